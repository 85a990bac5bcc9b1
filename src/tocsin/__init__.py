"""tocsin: conflict news in, a traceable record of political violence out."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tocsin")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
