"""One spelling for words printed several ways: contractions and British/American variants.

Two outlets quoting the same remark print "aren't" or "are not", "realised" or "realized", "it's" or
"it ' s": the remark is the same. Quotes are compared after both sides pass through ``canonical``.
The rewrites are language data (``lang/en/spelling.yaml``), with examples checked when first used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.normalise.patterns import alternation
from checker.normalise.text import words

# "her (Tara Reid) family", "[the minister]": a name an editor put inside the quote is not the speaker's word
INSERTED_NAME = re.compile(r"\s*[(\[][^()\[\]]*[A-Z][^()\[\]]*[)\]]")
# "6:00 p.m." and "6 pm", "6.30pm" and "6:30 pm": one clock time however it is printed
FULL_HOUR = re.compile(r"(\d)[:.]00\b")


@lru_cache(maxsize=1)
def _spaced_apostrophe() -> re.Pattern[str]:
    """ "it ' s", "aren ’ t": an apostrophe that tokenised copy spaced out, before the letters after the
    apostrophe of a contraction (``lang/en/spelling.yaml``)."""
    data = lang.load().spelling
    contracted = [*data.contractions, *data.contracted_endings, *data.is_contraction]
    after = {k.split("'", 1)[1].split()[0] for k in contracted if "'" in k}
    return re.compile(rf"(?<=[A-Za-z])\s*'\s*(?={alternation(sorted(after))}\b)", re.I)


@lru_cache(maxsize=1)
def _meridiem() -> re.Pattern[str]:
    """ "6:00 p.m." and "6 pm", "6.30pm" and "6:30 pm": the clock's halves of ``lang/en/dates.yaml``, each
    letter may take a full stop, a space may stand before the last."""
    clock = lang.load().dates.clock
    halves = "|".join(r"\.?\s?".join(map(re.escape, half)) for half in [*clock.before_noon, *clock.after_noon])
    return re.compile(rf"(\d)?\s*\b({halves})\b\.?", re.I)


def _half(m: re.Match[str]) -> str:
    return f"{m.group(1) or ''} {''.join(ch for ch in m.group(2) if ch.isalpha()).lower()}"


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], dict[str, str], list[tuple[str, str, int]], frozenset[str]]:
    data = lang.load().spelling
    table = dict(data.contractions)
    table.update({w + short: w + full for w in data.is_contracted for short, full in data.is_contraction.items()})
    whole = sorted(table, key=len, reverse=True)
    endings = sorted(data.contracted_endings, key=len, reverse=True)
    table.update(data.contracted_endings)
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
    plain = _meridiem().sub(_half, FULL_HOUR.sub(r"\1", plain))
    lowered = _spaced_apostrophe().sub("'", plain).lower()
    expanded = pattern.sub(lambda m: table[m.group()], lowered)
    return " ".join(ordinals.get(w) or _respell(w, suffixes, keep) for w in words(expanded))


@lru_cache(maxsize=1)
def check_examples() -> None:
    """The language data's example pairs must come out the same: a typo in the data fails early."""
    wrong = [(a, b) for a, b in lang.load().spelling.examples if canonical(a) != canonical(b)]
    if wrong:
        raise ValueError(f"lang/en/spelling.yaml: examples that differ once respelled: {wrong}")
