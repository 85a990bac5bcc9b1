"""The data files' YAML reader: PyYAML's safe subset, parsed by libyaml's C parser when PyYAML
was built with it (about ten times faster than the pure-Python parser; the actor dictionary
and the lexicons took about 0.4 s of every run's start with it), else by the pure-Python one.
Both build the same objects."""
from __future__ import annotations

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """yaml.safe_load, on the fastest safe loader available."""
    return yaml.load(stream, Loader=LOADER)
