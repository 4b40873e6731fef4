"""The one exception loaders raise for input they cannot use."""

from __future__ import annotations


class InputError(Exception):
    """An input that could not be read or parsed. ``str()`` is the one line shown on stderr."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
