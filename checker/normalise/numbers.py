"""Numbers as written in news ("four", "1.2 million", "two dozen", "$40m") found and read, with their
currencies. The hedges around them ("at least 10") and the intervals they stand for are in ``hedges.py``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.normalise.patterns import alternation, finditer_where

# a whole number and a fraction ("2 1/2", "2-1/2", "2½"), thousands, decimals, a decimal with no whole part
# (".38", ".357": calibers)
VULGAR = "½¼¾⅓⅔⅛"
_DIGITS = rf"\d+(?:[\s-]\d/\d{{1,2}}\b|[{VULGAR}])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def digits_value(written: str) -> float:
    """The value of a figure written in digits: "1,200", "2.5", ".38", "2 1/2", "2-1/2", "2½"."""
    written = written.replace(",", "")
    if "/" in written:
        whole, fraction = re.split(r"[\s-]", written, maxsplit=1)
        top, bottom = fraction.split("/")
        return int(whole) + int(top) / int(bottom)
    if written[-1] in VULGAR:
        return int(written[:-1]) + unicodedata.numeric(written[-1])
    return float(written)


TIME_BASES = frozenset({"second", "day", "month"})  # the bases of counted.yaml's units of time


@lru_cache(maxsize=1)
def time_unit_words() -> frozenset[str]:
    """The words of counted.yaml's units of time: "minutes", "hrs", "weeks", "years"."""
    return frozenset(w for u in lang.load().counted.units.values() if u.base in TIME_BASES for w in u.words)


@lru_cache(maxsize=1)
def number_pattern() -> re.Pattern[str]:
    data = lang.load().numbers
    counted = lang.load().counted
    mult = alternation(m for m in data.multipliers if len(m) > 1)
    vague = alternation(data.vague)
    cardinal = alternation(data.cardinals)
    words = rf"{cardinal}(?:(?:[\s-]+|\s+{alternation(data.cardinal_joiners)}\s+){cardinal})*"
    codes = alternation(currency_codes(), fold_case=False)
    signs, abbreviations = alternation(counted.currency_signs), alternation(counted.currency_abbreviations)
    # "minus-20": a hyphen after a word joins a compound ("Covid-19") unless the word makes it negative, or a currency
    # sign follows it ("$18 million-$25 million": a range's second sum)
    hyphen = "|".join(f"(?<={re.escape(w)}-)" for w in [*data.negative, *data.hyphen_before])
    fraction = alternation(data.fraction_after, space=r"\s+")
    # "41/2 months": a whole number and a half that lost its space, before a unit only ("on 11/2" is a date)
    unit_words = alternation(w for u in counted.units.values() for w in u.words)
    lost = rf"(?P<lost>\d{{1,2}}){re.escape(data.lost_half)}(?=[\s-]+(?:{unit_words})\b)"
    # "half a mile"; "a mile and a half" (the fraction after the unit)
    halves = alternation(data.half_before_unit, space=r"\s+")
    half = rf"(?P<half>{halves})(?=\s+(?:{unit_words})\b)"
    one = (
        rf"(?P<one>{alternation(data.one_before_unit)})"
        rf"(?=\s+(?:{unit_words})\s+(?P<ufrac>{fraction})\b)"
    )
    # "a week ago", "one year earlier": one unit of time counted back (counting.yaml ``since_anchors``)
    time_words = alternation(time_unit_words())
    anchors = alternation(lang.load().counting.since_anchors)
    one_span = rf"(?P<one_span>{alternation(data.one_before_span)})(?=\s+(?:{time_words})\s+(?:{anchors})\b)"
    return re.compile(
        rf"(?<![\w.,])(?:{hyphen}|(?<![A-Za-z]-)|(?=(?:{signs})\s?\d))(?P<num>{half}|{one}|{one_span}|(?P<vague>{vague})|{lost}"
        rf"|(?P<cur>{signs}|(?-i:{codes})\s?|{abbreviations}\.?\s)?\s?(?P<digits>{_DIGITS})(?P<dfrac>\s+{fraction}\b)?"
        rf"(?:[\s-]?(?P<mult>{mult})\b|(?P<short>{alternation(data.glued_multipliers)})\b)?"
        rf"|(?P<words>(?:{alternation(data.article_numbers)}\s+)?{words}(?:\s+{alternation(data.word_multipliers)})?)"
        rf"(?P<wfrac>\s+{fraction}\b)?(?:\s+(?P<wmult>{mult}))?\b)",
        re.IGNORECASE,
    )


def _fraction(m: re.Match[str], group: str) -> float:
    """What "and a half" after a whole number adds (0 when none follows)."""
    written = m.group(group)
    return lang.load().numbers.fraction_after[" ".join(written.lower().split())] if written else 0.0


@lru_cache(maxsize=1)
def currency_words() -> dict[str, str]:
    """Currency names and signs -> comparison key: the data's table, then ISO 4217's names ("zloty",
    "zlotys" -> "pln"); a name several currencies share is its own key ("pesos" -> "peso")."""
    from collections import defaultdict

    import pycountry

    data = lang.load().counted
    plurals = lang.load().counting.plural_endings  # "zlotys"
    out = dict(data.currencies)
    skip = set(data.not_currency_words)
    codes_of: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.currencies:
        word = c.name.split()[-1].lower()
        if not c.alpha_3.startswith("X") and word.isalpha() and len(word) > 2 and word not in skip:
            codes_of[word].add(c.alpha_3.lower())
    for word, codes in sorted(codes_of.items()):
        key = next(iter(codes)) if len(codes) == 1 else word
        for form in (word, *(word + ending for ending in plurals)):
            out.setdefault(form, key)
    return out


def currency_names() -> list[str]:
    """The currency words (not signs) that can follow a figure: "2.4bn euros", "412 kroner"."""
    return [w for w in currency_words() if w.isalpha() and len(w) > 2]


def _money_after(text: str, at: int) -> bool:
    """ "2.5m euros": a currency named right after the figure makes its "m" a million."""
    names = currency_names()
    following = text[at : at + 12].lstrip().lower()
    return any(following.startswith(n) for n in names)


def currency_codes() -> list[str]:
    """ISO 4217 codes ("DKK 17.9bn", "ZAR 2.1 billion"), from pycountry, less those that are English words."""
    import pycountry

    skip = set(lang.load().counted.not_currency_codes)
    return sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in skip)


def currency_of(written: str) -> str:
    """A currency as a comparison key: "€" and "EUR" and "euros" are "eur"; unknown words stay as written."""
    low = written.strip().lower().rstrip(".")
    return currency_words().get(low, low)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float | None  # exact value, when not vague
    vague: tuple[float | None, float | None] | None = None
    currency: str | None = None
    rounding: float = 0.0  # half the last written digit's worth: "8.17 million" is 8,165,000 to 8,175,000


@lru_cache(maxsize=1)
def _article_number() -> re.Pattern[str]:
    return re.compile(rf"^({alternation(lang.load().numbers.article_numbers)})\s+")


@lru_cache(maxsize=4096)
def words_to_number(text: str) -> float | None:
    from text_to_num import text2num  # imported lazily: only articles with number words pay for it

    data = lang.load().numbers
    t = _article_number().sub(lambda m: data.article_numbers[m.group(1)] + " ", text.lower().strip())
    t = t.replace("-", " ")
    factor = 1.0
    for word in data.word_multipliers:  # "two dozen": text2num reads the words before it
        if t.endswith(" " + word):
            t, factor = t[: -len(" " + word)], data.multipliers[word]
            break
    try:
        value = float(text2num(t, "en"))
    except ValueError:
        return None
    return value * factor


@lru_cache(maxsize=1)
def _singular_counted_nouns() -> frozenset[str]:
    """Counted nouns that are singular: what "one" counts ("one person", "one soldier")."""
    counted = lang.load().counted
    plural = tuple(lang.load().counting.plural_endings)
    nouns = {n.lower() for c in counted.categories.values() for n in c.nouns}
    return frozenset(n for n in nouns if not n.endswith(plural) and n not in counted.not_singular_nouns)


def _counted_noun_after(text: str, at: int) -> bool:
    nxt = re.match(r"\s+([a-z]+)\b", text[at : at + 24])
    return nxt is not None and nxt.group(1) in _singular_counted_nouns()


@lru_cache(maxsize=1)
def _negative_words() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(lang.load().numbers.negative)}[\s-]$", re.I)


def _negative_before(text: str, at: int) -> bool:
    """ "minus 17 degrees": the word before makes the figure negative."""
    return bool(_negative_words().search(text[max(0, at - 12) : at]))


def parse_mention(m: re.Match[str]) -> NumberMention | None:
    data = lang.load().numbers
    if m.group("half"):
        return NumberMention(m.start("num"), m.end("num"), 0.5)
    if m.group("one"):
        return NumberMention(m.start("num"), m.end("num"), 1 + _fraction(m, "ufrac"))
    if m.group("one_span"):
        return NumberMention(m.start("num"), m.end("num"), 1)
    if m.group("vague"):
        lo, hi = data.vague[m.group("vague").lower()]
        return NumberMention(m.start("num"), m.end("num"), None, (lo, hi))
    if m.group("lost"):
        return NumberMention(m.start("num"), m.end("num"), int(m.group("lost")) + 0.5)
    if m.group("digits"):
        value = digits_value(m.group("digits")) + _fraction(m, "dfrac")
        money_only = m.group("short") in data.money_only_multipliers
        if money_only and not m.group("cur") and not _money_after(m.string, m.end()):
            # "1,200m underground", "the 800m final": metres; "m" is million only for money ("$40m")
            return NumberMention(m.start("num"), m.start("short"), value, None, None)
        mult = m.group("mult") or m.group("short")
        rounding = 0.0
        if mult:
            factor = data.multipliers[mult.lower()]
            decimals = len(m.group("digits").split(".")[1]) if "." in m.group("digits") else 0
            value *= factor
            rounding = 0.5 * factor / 10**decimals  # a figure written in millions is rounded to its last digit
        cur = m.group("cur")
        if _negative_before(m.string, m.start("num")):
            value = -value
        return NumberMention(m.start("num"), m.end("num"), value, None, cur, rounding)
    text = m.group("words")
    if text.lower() in data.ambiguous_words and not _counted_noun_after(m.string, m.end()):
        return None  # "one of the", "a", "an": a number only before a counted noun ("one person was missing")
    start = m.start("num")
    spelled = words_to_number(text)
    if spelled is None and (article := _article_number().match(text.lower())):
        # "a two-hour standoff", "a five-year sentence": the article is the phrase's, not one of the number
        start, text = start + article.end(), text[article.end() :]
        ambiguous = text.lower() in data.ambiguous_words and not _counted_noun_after(m.string, m.end())
        spelled = None if ambiguous else words_to_number(text)  # "a one-time champion"
    if spelled is None:
        return None
    spelled += _fraction(m, "wfrac")
    if m.group("wmult"):  # "five lakh doses", "two crore"
        return NumberMention(start, m.end("num"), spelled * data.multipliers[m.group("wmult").lower()])
    return NumberMention(start, m.end("num"), spelled)


@lru_cache(maxsize=1)
def _number_starts() -> re.Pattern[str]:
    """Where a number can begin, over lower-cased text: a digit (or the space before one), a currency
    sign or code, a number word, "a"/"an" before one, or a vague quantity's first word. Most sentences
    have few such places; the full pattern is tried only there."""
    data, counted = lang.load().numbers, lang.load().counted
    firsts = [
        *data.cardinals,
        *(w.split()[0] for w in data.vague),
        *(w.split()[0] for w in data.half_before_unit),
        *(f"{w} " for w in [*data.one_before_unit, *data.one_before_span]),
        *currency_codes(),
        *counted.currency_signs,
        *counted.currency_abbreviations,
        *(f"{a} " for a in data.article_numbers),
    ]
    return re.compile(rf"(?<![\w.,])(?:\s(?=\d)|\d|\.(?=\d)|{alternation(firsts)})")


def find_numbers(text: str) -> list[NumberMention]:
    out = []
    for m in finditer_where(number_pattern(), text, _number_starts()):
        mention = parse_mention(m)
        if mention is not None:
            out.append(mention)
    return out


@lru_cache(maxsize=1)
def check_examples() -> None:
    """The examples of ``lang/en/numbers.yaml``, checked once: the number words, articles, currency signs and
    multipliers listed there build ``number_pattern``, and a change to either must keep the examples true."""
    wrong = []
    for text, expected in lang.load().numbers.examples:
        first = find_numbers(text)[:1]
        if (first[0].value if first else None) != expected:
            wrong.append(text)
    if wrong:
        raise ValueError(f"lang/en/numbers.yaml: examples read the wrong way: {wrong}")
