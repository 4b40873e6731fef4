"""The extraction progress bar: drawn only on a terminal and for a big batch, silent otherwise."""

from __future__ import annotations

import io
import sys

from checker import progress
from checker.cli import main
from tests.conftest import SEED


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_stderr_is_not_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "MIN_ARTICLES", 0)  # the seed's 5 articles would otherwise be too few anyway
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--fail-on", "never", str(SEED)], stdout=out, stderr=err) == 0
    assert err.getvalue() == ""
    assert not progress.wanted(1000, err)


def test_silent_for_a_small_batch_even_on_a_terminal() -> None:
    assert not progress.wanted(5, FakeTTY())
    assert progress.wanted(progress.MIN_ARTICLES + 1, FakeTTY())


def test_bar_drawn_on_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "MIN_ARTICLES", 0)
    out, err = io.StringIO(), FakeTTY()
    assert main(["check", "--fail-on", "never", str(SEED)], stdout=out, stderr=err) == 0
    assert "extracting" in err.getvalue()


def test_the_bar_advances_once_per_article() -> None:
    from checker.claims import extract_cluster
    from checker.inputs import load_paths

    calls: list[None] = []
    articles = load_paths([str(SEED)]).articles
    extract_cluster(articles, lambda: calls.append(None))
    assert len(calls) == sum(a.status == "ok" for a in articles) > 1


def test_rich_is_imported_lazily() -> None:
    # (spaCy may pull rich in on its own later; the progress module and the CLI must not)
    import subprocess

    code = "import sys, checker.progress, checker.cli, checker.config; print('rich' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False"
