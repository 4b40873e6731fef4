"""One spelling for words printed several ways: contractions and British/American variants.

Two outlets quoting the same remark print "aren't" or "are not", "realised" or "realized", "it's" or
"it ' s": the remark is the same. Quotes are compared after both sides pass through ``canonical``.
The rewrites are language data (``lang/en/spelling.yaml``), with examples checked when first used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.normalise.text import words

# "it ' s", "aren ’ t": an apostrophe that tokenised copy spaced out, before a contraction's ending
SPACED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\s*'\s*(?=(?:s|t|re|ve|ll|d|m)\b)", re.I)
# "her (Tara Reid) family", "[the minister]": a name an editor put inside the quote is not the speaker's word
INSERTED_NAME = re.compile(r"\s*[(\[][^()\[\]]*[A-Z][^()\[\]]*[)\]]")
# "6:00 p.m." and "6 pm", "6.30pm" and "6:30 pm": one clock time however it is printed
FULL_HOUR = re.compile(r"(\d)[:.]00\b")
MERIDIEM = re.compile(r"(\d)?\s*\b([ap])\.?\s?m\b\.?", re.I)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], dict[str, str], list[tuple[str, str, int]], frozenset[str]]:
    data = lang.load().spelling
    table = dict(data.contractions)
    table.update({f"{w}'s": f"{w} is" for w in data.is_contracted})
    whole = sorted((k for k in table if not k.startswith(("'", "n'"))), key=len, reverse=True)
    endings = sorted((k for k in table if k.startswith(("'", "n'"))), key=len, reverse=True)
    alternatives = [rf"\b{re.escape(k)}\b" for k in whole] + [rf"(?<=[a-z]){re.escape(k)}\b" for k in endings]
    pattern = re.compile("|".join(alternatives))
    suffixes = sorted(((s.from_, s.to, s.min_length) for s in data.suffixes), key=lambda s: -len(s[0]))
    rules = (pattern, table, suffixes, frozenset(data.keep))
    return rules


def _respell(word: str, suffixes: list[tuple[str, str, int]], keep: frozenset[str]) -> str:
    if word in keep:
        return word
    for old, new, min_length in suffixes:
        if len(word) >= min_length and word.endswith(old):
            return word[: -len(old)] + new
    return word


def canonical(text: str) -> str:
    """The words of ``text``, lower-cased, contractions expanded and spellings made American."""
    pattern, table, suffixes, keep = _rules()
    ordinals = lang.load().spelling.ordinals
    plain = INSERTED_NAME.sub("", text.replace("\u2019", "'").replace("\u2018", "'"))
    plain = MERIDIEM.sub(lambda m: f"{m.group(1) or ''} {m.group(2).lower()}m", FULL_HOUR.sub(r"\1", plain))
    lowered = SPACED_APOSTROPHE.sub("'", plain).lower()
    expanded = pattern.sub(lambda m: table[m.group()], lowered)
    return " ".join(ordinals.get(w) or _respell(w, suffixes, keep) for w in words(expanded))


@lru_cache(maxsize=1)
def check_examples() -> None:
    """The language data's example pairs must come out the same: a typo in the data fails early."""
    wrong = [(a, b) for a, b in lang.load().spelling.examples if canonical(a) != canonical(b)]
    if wrong:
        raise ValueError(f"lang/en/spelling.yaml: examples that differ once respelled: {wrong}")
