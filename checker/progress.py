"""A progress bar on stderr while articles are extracted: only for a terminal and a big enough batch.

``rich`` is imported only when a bar is actually drawn, so ordinary runs (CI, pipes, small clusters)
neither pay for the import nor print anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

MIN_ARTICLES = 20  # fewer than this finish before a bar is worth looking at


def wanted(count: int, stream: TextIO | None) -> bool:
    if stream is None or count <= MIN_ARTICLES:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


@contextmanager
def extraction(count: int, stream: TextIO | None) -> Iterator[Callable[[], None]]:
    """A bar advancing once per analysed article while the block runs, when :func:`wanted`: the block
    gets the function to call as each article is read (a no-op when no bar is drawn)."""
    if not wanted(count, stream):
        yield _nothing
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task("extracting", total=count)
        yield lambda: bar.advance(task)


def _nothing() -> None:
    return None
