"""Loading articles: files and cluster folders in, ``Article`` records out, every failure kept."""

from checker.inputs.errors import InputError
from checker.inputs.files import LoadResult
from checker.inputs.loader import load_paths

__all__ = ["InputError", "LoadResult", "load_paths"]
