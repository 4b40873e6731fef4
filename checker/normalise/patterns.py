"""Regular expressions for word lists, built so that Python's engine can scan them fast.

A plain alternation of a few hundred words ("killed|kill|wounded|...") makes the engine try every
word at every position of the text; the same words as a trie ("k(?:ill(?:ed)?)|wounded") let it
reject a position on its first letter. Matching is unchanged: at each position the longest word
that lets the whole pattern match wins, as with a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = "(?!x)x"  # an alternation of no words matches nothing


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
