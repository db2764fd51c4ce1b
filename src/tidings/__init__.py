"""tidings: turn news articles into source-traceable political event data (CAMEO and PLOVER)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tidings")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
