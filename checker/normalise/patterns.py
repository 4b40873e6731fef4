"""Regular expressions for word lists, built so that Python's engine can scan them fast.

A plain alternation of a few hundred words ("killed|kill|wounded|...") makes the engine try every
word at every position of the text; the same words as a trie ("k(?:ill(?:ed)?)|wounded") let it
reject a position on its first letter. Matching is unchanged: at each position the longest word
that lets the whole pattern match wins, as with a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

NEVER = "(?!x)x"  # an alternation of no words matches nothing


def phrases(words: Iterable[str], space: str | None = r"\s+", *, fold_case: bool = True) -> str:
    """``alternation`` of language-data phrases, a space inside a phrase matching any white space by default
    ("set off" across a line break): what the readers of ``lang/en`` build their patterns from."""
    return alternation(words, space=space, fold_case=fold_case)


def alternation(words: Iterable[str], *, space: str | None = None, fold_case: bool = True) -> str:
    """A non-capturing group matching any of ``words`` literally, longest first.

    ``space``: the pattern a space inside a phrase stands for (``r"\\s+"`` lets "set off" match
    across a line break); by default a space matches one space. ``fold_case``: build from the
    lower-case words, for patterns compiled with ``re.IGNORECASE``.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word.lower() if fold_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return NEVER

    def piece(ch: str) -> str:
        return space if ch == " " and space is not None else re.escape(ch)

    def build(node: dict[str, dict]) -> str:
        branches = [piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on: try the longer ones first
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


def finditer_where(pattern: re.Pattern[str], text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at the positions where ``starts`` matches the lower-cased text.

    A case-insensitive pattern with many alternatives is slow to scan: the engine tries each of them at
    every position. ``starts``, a case-sensitive pattern of the first letters any match can begin with,
    scans fast; the full pattern then runs at those positions only. The matches are the same as
    ``finditer``'s provided every match of ``pattern`` begins where ``starts`` matches and none is empty.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): offsets would drift
        yield from pattern.finditer(text)
        return
    done = 0
    for cand in starts.finditer(low):
        at = cand.start()
        if at < done:
            continue
        m = pattern.match(text, at)
        if m:
            yield m
            done = m.end()


@lru_cache(maxsize=64)
def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without IGNORECASE: for patterns of lower-case words, run over lower-cased text."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def search_lowered(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a case-insensitive pattern of lower-case words (an ``alternation``).

    The match is found in ``text.lower()`` without IGNORECASE, several times faster; its offsets are
    those of ``text`` (lower case keeps the length, and where it does not the pattern runs as it is).
    """
    low = text.lower()
    if len(low) != len(text):
        return pattern.search(text)
    return case_sensitive(pattern).search(low)
