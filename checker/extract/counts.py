"""Counts: tolls, tallies and amounts, with what is counted, the outcome and the event's place.

"killing at least 10 soldiers and four police" is one claim worth at least 14 (parts kept);
"six police were killed and seven wounded" is two claims, the second inheriting "police".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from checker import lang
from checker.extract.document import Document, Sentence
from checker.extract.entities import PlaceMention
from checker.extract.scope import PAST_EVENT
from checker.models import CountClaim, CountPart, Interval
from checker.normalise.categories import ancestors, category_of, common_category
from checker.normalise.numbers import (
    NumberMention,
    currency_names,
    currency_of,
    find_numbers,
    hedge_around,
    to_interval,
)
from checker.normalise.patterns import alternation, case_sensitive
from checker.normalise.text import words

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
STOP = {
    # a question word ends a noun phrase: "asked the three holdouts how many people ..."
    "how",
    "what",
    "whom",
    "whose",
    "where",
    "why",
    "still",
    "also",
    "reportedly",
    "already",
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "ago",
    "now",
    "in",
    "on",
    "at",
    "of",
    "for",
    "from",
    "with",
    "by",
    "to",
    "during",
    "across",
    "after",
    "before",
    "since",
    "and",
    "or",
    "were",
    "was",
    "had",
    "have",
    "has",
    "are",
    "is",
    "been",
    "be",
    "who",
    "which",
    "that",
    "as",
    "than",
    "while",
    "when",
    "into",
    "over",
    "under",
    "per",
    "a",
    "an",
    "the",
    "will",
    "would",
    "said",
}
NOUN_OF = re.compile(
    r"\b([A-Za-z]{3,})\s+of\s+$"
    r"|\b(toll|tally|count)\s+(?:\w+\s+){0,3}?(?:rose|risen|climbed|jumped|increased|reached|stood|stands|hit)\s+(?:to\s+|at\s+)?$"
    # a point on a scale, named before the figure: "danger level 3", "a Category 4 storm"
    r"|\b(level|category|grade|stage|phase)\s+$",
    re.I,
)
HISTORICAL = re.compile(
    r"\b(?:\d+|nearly \d+|decades?|years|centur(?:y|ies))\s+(?:years?\s+)?of\s+(?:war|fighting|conflict)"
    r"|\bsince\s+(?:19|20)\d\d\b|\bin\s+history\b",
    re.I,
)
AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "still", "also"})
NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s+$", re.I)
STOPWORDS = STOP | {
    "it",
    "its",
    "their",
    "his",
    "her",
    "they",
    "he",
    "she",
    "we",
    "not",
    "also",
    "but",
    "this",
    "there",
    "so",
    "up",
    "out",
    "about",
    "more",
    "least",
    "some",
    "all",
}


@lru_cache(maxsize=1)
def _outcome_cues() -> list[tuple[str, str, re.Pattern[str]]]:
    """(outcome, cue in lower case, pattern) for every cue word of every outcome."""
    cues = []
    for name, outcome in lang.load().outcomes.outcomes.items():
        for cue in outcome.cues:
            cues.append((name, cue.lower(), re.compile(rf"\b{re.escape(cue)}\b", re.I)))
    return cues


@lru_cache(maxsize=4096)
def _is_outcome_word(word: str) -> bool:
    low = word.lower()
    return any(cue in low and p.search(word) for _n, cue, p in _outcome_cues())


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    out = {}
    for name, unit in lang.load().counted.units.items():
        for w in unit.words:
            out[w.lower()] = name
    return out


@lru_cache(maxsize=1)
def CURRENCY_WORD() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, built once from the data
    """A currency named after the figure: "2.4bn euros", "412 kroner"."""
    return re.compile(rf"\s*({alternation(currency_names())})\b", re.I)


# patterns the per-figure loop runs, compiled once (the ``re`` module's cache look-up costs as much as a short match)
ORDINAL_MINUTE = re.compile(r"^(?:st|nd|rd|th)[- ]minute\b")
MORE_AFTER = re.compile(r"^\s+(?:more|other|further|additional|extra)\b")
ANOTHER_BEFORE = re.compile(r"\b(?:another|additional|further|extra)\s+$")
GLUED_WORD = re.compile(r"^-?([A-Za-z]+)\b")
PERCENT_AFTER = re.compile(r"^\s*(?:%|per\s?cent\b|percent\b|pc\b)")
CUE_WORD = re.compile(r"^\s+(?:were\s+|was\s+|are\s+|is\s+|had\s+been\s+)?(?:still\s+|also\s+|later\s+)?(\w+)")
PART_GAP = re.compile(r"\s*,?\s*(?:and|plus)?\s*")
COMMA_GAP = re.compile(r"\s*,\s*")
COORDINATE_NOUN = re.compile(r"^\s+(?:and|or)\s+([a-z]+)")
OF_A_FIGURE = re.compile(r"^\s+of\s+(?:the|its|their)\s+[\d,]+\b")
OF_WHOLE_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|the)\b")
COUNTDOWN_AFTER = re.compile(r"^\s*(?:from\s+time|left|remaining|to\s+go|later|earlier|into)\b")
INCLUDING_BEFORE = re.compile(r",\s+(?:including|among them|of whom)\s+(?:\w+\s+){0,2}$")
GLUED_AFTER = re.compile(r"^(?:st|nd|rd|th)\b|^[a-z]")
SHORT_UNIT_AFTER = re.compile(r"^(?:bn|m|k|mn|tn|km|mm|cm|kg)\b")
CLOCK_BEFORE = re.compile(r"\d[:]$")
SCORE_BEFORE = re.compile(r"\d-$")
CLOCK_AFTER = re.compile(r"^\s*(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|h\b|o'clock)|^:\d\d")
PLURAL_AFTER = re.compile(r"^\s+(?:people|votes|[a-z]+s)\b")
YEAR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|of|by)\s+$")
IDENTIFIER_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
DIMENSION_AFTER = re.compile(r"\s?x\s?\d")
DIMENSION_BEFORE = re.compile(r"\d\s?x\s?$")
ACRONYM_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\b[A-Z]-)\s?$")
NOT_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+day|[A-Z][a-z]+ly|In|On|At|By|Of|About|Some|Over|Nearly|Almost|To)\s$"
)
AGED_BEFORE = re.compile(r"\b(?:aged|age)\s+$")
DIRECTION_AFTER = re.compile(r"\s+(higher|lower|up|down)\b", re.I)
OF_POSSESSOR = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|them|whom)\b")
NOUN_WORD = re.compile(r"[A-Za-z]+(?:[.'-][A-Za-z]+)*\.?")
BLANKS = re.compile(r"[ \t]+")


MONTH_BEFORE = re.compile(r"(?:" + "|".join(MONTHS) + r")\.?\s+$")
MONTH_AFTER = re.compile(r"^\s+(?:" + "|".join(MONTHS) + r")\b")


def _is_date_or_time(text: str, n: NumberMention) -> bool:
    before = text[max(0, n.start - 12) : n.start].lower()
    after = text[n.end : n.end + 12].lower()
    if n.start > 0 and _identifier(text, n, after):
        return True  # names and model numbers: "Windows 2000", "USB 3.0", "HD 4000", "I-805", "1440 x 900"
    if GLUED_AFTER.match(after) and not SHORT_UNIT_AFTER.match(after):
        return True  # ordinals "1st" and glued words
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after):
        return True
    if CLOCK_BEFORE.search(before):
        return True  # the minutes of "7:42 left", "2:56": part of a clock
    if CLOCK_AFTER.match(after):
        return True
    if (
        n.value is not None
        and 1900 <= n.value <= 2100
        and float(n.value).is_integer()
        and "," not in text[n.start : n.end]
    ):
        return not PLURAL_AFTER.match(after) or bool(YEAR_PREPOSITION_BEFORE.search(before))
    if after.startswith("-") and after[1:2].isdecimal() or SCORE_BEFORE.search(before):
        return True  # identifiers and scores: "ATR 72-600", "a 9-14 start", "a 27-24 overtime loss"
    if AGED_BEFORE.search(before) or after.startswith("-year-old"):
        return True
    return False


def _identifier(text: str, n: NumberMention, after: str) -> bool:
    """A figure that is part of a name: an acronym or a letter and hyphen just before it ("USB 3.0", "HD
    4000", "I-805"), a capitalised word inside a sentence of ordinary case ("Windows 2000 users", "Flight
    317"), or one side of a dimension ("1440 x 900"). A headline's capitals ("Bus Crash Kills 12") are
    no name, and neither is a preposition or a weekday ("On 12 May")."""
    if DIMENSION_AFTER.match(after) or DIMENSION_BEFORE.search(text, max(0, n.start - 8), n.start):
        return True
    if not text[n.start : n.start + 1].isdigit():
        return False  # "gave Brightwater three contracts": a name is numbered in figures, not in words
    before = text[max(0, n.start - 12) : n.start]
    word = ACRONYM_BEFORE.search(before) or IDENTIFIER_BEFORE.search(before)
    if not word or NOT_IDENTIFIER_BEFORE.search(before):
        return False
    line_start = text.rfind("\n", 0, n.start) + 1
    line_end = text.find("\n", n.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words_ = re.findall(r"[A-Za-z][\w'-]*", line)
    title_case = sum(w[0].isupper() for w in words_) * 2 > len(words_)
    if ACRONYM_BEFORE.search(before) and not title_case:
        return True
    opens = not text[line_start : n.start - len(word.group(0))].strip(" \"'([") or re.search(
        r"[.!?]\s*$", text[line_start : n.start - len(word.group(0))]
    )
    return not title_case and not opens


@lru_cache(maxsize=1)
def _verb_cue_before() -> re.Pattern[str]:
    """An outcome verb in -ing right before a bare figure: "killing 12", "injuring 22"."""
    cues = [c for _name, c, _p in _outcome_cues() if c.endswith("ing") and " " not in c]
    return re.compile(rf"\b{alternation(cues)}\s+$", re.I)


# "in 2016", "in September 2023", "since early 2020": the sentence is about another year's event
OTHER_YEAR = re.compile(
    r"\b(?:in|of|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTHS) + r")\.?\s+)?((?:19|20)\d\d)\b",
    re.I,
)
CHANGE_BEFORE = re.compile(
    r"\b(?:fall|fell|drop|dropped|rise|rose|climb|climbed|increase|increased|decrease|decreased|cut|cuts)\s+"
    r"(?:\w+\s+){0,2}?by\s+(?:about\s+|around\s+|some\s+)?(?:\w+\s+(?:or|to)\s+)?$",
    re.I,
)
SCALE_AFTER = re.compile(r"\s+(Celsius|Fahrenheit|centigrade)\b", re.I)
FRACTION_BEFORE = re.compile(r"\b(?:quarter|third|half|fifth|tenth|three[- ]quarters)\s+(?:of\s+)?$", re.I)
RATE_BEFORE = re.compile(r"\b(?:one|1|a)\s+(?:in|out\s+of)\s+$", re.I)
STILL_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:remain(?:ed|s)?|(?:are|were|is|was)\s+still|still)\s+"
    r"(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|in\s+intensive\s+care|admitted)\b",
    re.I,
)
OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:those|them|these),?\s+$", re.I)
OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+")
SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b")
# a figure whose noun is left out because the one before it says it: "... in Odisha and 110,000 in West Bengal"
ELLIPSIS_GAP = re.compile(r"[^.;:\d]{0,40}?\s(?:and|while|but|with)\s+")
ELLIPSIS_PLACE = re.compile(r"\s+(?:in|at|from|across)\s+(?:neighbouring\s+|neighboring\s+)?[A-Z]")


VOTE_SPLIT_GAP = re.compile(r"\s*(?:votes?\s+)?(?:to|-|\u2013)\s*", re.I)
VOTE_CUE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bmotion\b|\bballot|\bcarried\b|\bdissent|\bruling\b|\bverdict\b", re.I)


def _vote_split(text: str, sent: Sentence, a: NumberMention, b: NumberMention) -> bool:
    """ "by 31 votes to 26", "carried 31-26", "a 7-2 vote": two sides of one vote, in a sentence about a vote."""
    if not VOTE_SPLIT_GAP.fullmatch(text, a.end, b.start):
        return False
    if a.value is None or b.value is None or a.value < b.value or a.currency or b.currency:
        return False  # "between 20 and 30", "$5-10": a range, not a split; the winning side comes first
    return bool(VOTE_CUE.search(text, sent.start, sent.end))


def _noun_phrase(text: str, at: int) -> tuple[int, int, str, list[str]]:
    """The noun phrase after a number: (start, end, noun phrase, capitalised modifiers).

    Up to four words on the same line; it ends at the last known counted noun or unit, else at the
    last plural-looking word ("three army outposts"), so trailing verbs are left out.
    """
    m = OF_POSSESSOR.match(text, at)
    pos = m.end() if m else at
    toks = list(NOUN_WORD.finditer(text[pos : pos + 80]))
    taken: list[re.Match[str]] = []
    head = -1
    units = _units()
    known = _category_words()
    prev_end = 0
    for t in toks:
        gap = text[pos + prev_end : pos + t.start()]
        if not BLANKS.fullmatch(gap):
            break
        word = t.group(0)
        low = word.lower().rstrip(".")
        if low in STOP:
            break
        if _is_outcome_word(word) and low not in known:
            break
        taken.append(t)
        prev_end = t.end()
        if low in units and len(taken) == 1:
            head = 0
            break
        if low in known or (word[:1].islower() and low.endswith("s") and not low.endswith("ss")):
            head = len(taken) - 1
        elif word[:1].islower() and head == -1 and len(taken) == 1 and not re.search(r"(?:ed|ing|ly)$", low):
            head = 0  # a lone word after the number is its noun, unless it reads as a verb or adverb
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break
        if len(taken) == 4:
            break
    if head < 0:
        return at, at, "", []
    taken = taken[: head + 1]
    start = pos + taken[0].start()
    end = pos + taken[-1].end()
    if text[end - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", taken[-1].group(0)):
        end -= 1
    caps = [t.group(0).rstrip(".").lower().replace(".", "") for t in taken[:-1] if t.group(0)[:1].isupper()]
    return start, end, text[start:end], caps


@lru_cache(maxsize=1)
def _hypothetical() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(lang.load().outcomes.hypothetical)}\b", re.I)


@lru_cache(maxsize=1)
def _category_words() -> frozenset[str]:
    return frozenset(n.lower() for c in lang.load().counted.categories.values() for n in c.nouns)


def _outcome(text: str, lo: int, hi: int, clause_lo: int, clause_hi: int) -> str | None:
    best: tuple[int, str] | None = None
    clause = text[clause_lo:clause_hi].lower()
    for name, cue, pat in _outcome_cues():
        if cue not in clause:
            continue  # a substring test is far cheaper than the pattern, and most cues are absent
        for m in pat.finditer(text, clause_lo, clause_hi):
            if NEGATED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "200 passengers who were not hurt": the cue is denied
            if lo <= m.start() < hi:
                dist = 0
            elif m.end() <= lo:
                dist = len(words(text[m.end() : lo])) * 2 + 1
            else:  # auxiliaries do not separate a figure from its verb: "one person was still missing"
                dist = len([w for w in words(text[hi : m.start()]) if w not in AUXILIARIES]) * 2
            if dist <= 12 and (best is None or dist < best[0]):
                best = (dist, name)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _measure_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """One alternation for all measure words and one for direction words, longest first."""
    data = lang.load().measures

    def compile_table(table: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
        owner = {w.lower(): name for name, ws in table.items() for w in ws}
        return re.compile(rf"\b{alternation(owner)}\b", re.I), owner

    measures, measure_owner = compile_table(data.measures)
    directions, direction_owner = compile_table(data.directions)
    return measures, measure_owner, directions, direction_owner


@lru_cache(maxsize=32)
def _measure_hits(text: str) -> list[tuple[int, int, str]]:
    """Every measure word of a text, in order: found once per article, not once per figure."""
    measures, owner, _d, _o = _measure_patterns()
    low = text.lower()
    if len(low) == len(text):  # lower case keeps the offsets: match without IGNORECASE, four times faster
        return [(m.start(), m.end(), owner[m.group(0)]) for m in case_sensitive(measures).finditer(low)]
    return [(m.start(), m.end(), owner[m.group(0).lower()]) for m in measures.finditer(text)]


def measure_of(text: str, lo: int, at: int, end: int, hi: int) -> tuple[str | None, str | None]:
    """What a figure measures (nearest measure word in its clause) and its direction (just before it)."""
    measures, owner, directions, direction_owner = _measure_patterns()
    best: tuple[int, str] | None = None
    # a whole article's measure words are found once; a short text (a noun phrase) is read directly
    hits = (
        _measure_hits(text)
        if len(text) > 200
        else [(m.start(), m.end(), owner[m.group(0).lower()]) for m in measures.finditer(text)]
    )
    for m_start, m_end, measure in hits[bisect_left(hits, (lo,)) :]:
        if m_end > hi:
            break
        dist = at - m_end if m_end <= at else (m_start - end) * 2 + 1  # words before count more
        if dist >= 0 and (best is None or dist < best[0]):
            best = (dist, measure)
    found = directions.search(text, max(lo, at - 25), at)
    direction = direction_owner[found.group(0).lower()] if found else None
    return (best[1] if best and best[0] <= 80 else None), direction


ASIDE = re.compile(
    r"^(?:,\s+(?:including|among them|of whom|mostly|many of them|[\w-]+\s+of\s+(?:them|whom))\b[^,;.]*,"
    r"|\s+-\s[^-;.]*\s-|\s*\([^)]*\))"
)


def _clause(text: str, lo: int, hi: int, sent: Sentence) -> tuple[int, int]:
    """The clause a figure stands in; an aside right after it (", including ...,", "- ... -") is stepped over."""
    left = max(text.rfind(c, sent.start, lo) for c in (";", ":", "(", " - "))
    aside = ASIDE.match(text[hi : sent.end])
    start_right = hi + aside.end() if aside else hi
    right_c = [text.find(c, start_right, sent.end) for c in (";", ".", "(", " - ", ", ")]
    right = min([r for r in right_c if r != -1] or [sent.end])
    return max(left + 1, sent.start), right


def extract_counts(
    doc: Document, places: list[PlaceMention], speaker_of: dict[int, str | None], excluded: list[tuple[int, int]]
) -> list[CountClaim]:
    text = doc.folded
    out: list[CountClaim] = []
    units = _units()
    last_noun: tuple[str, str] | None = None  # across sentences: "Of those, 318 ..." looks back
    # places that can be where a counted thing happened: not part of a name, not a speaker's title
    event_places = [p for p in places if not p.in_org and not any(s <= p.start < e for s, e in excluded)]
    for si, sent in enumerate(doc.sentences):
        mentions = [
            NumberMention(n.start + sent.start, n.end + sent.start, n.value, n.vague, n.currency, n.rounding)
            for n in find_numbers(sent.text)
        ]
        consumed: set[int] = set()
        prev_noun: tuple[str, str] | None = None
        prev_end: int | None = None
        for idx, n in enumerate(mentions):
            nxt_split = mentions[idx + 1] if idx + 1 < len(mentions) else None
            if idx not in consumed and nxt_split and _vote_split(text, sent, n, nxt_split):
                # "carried by 31 votes to 26", "a 7-2 vote": the votes for and the votes against, two figures
                consumed.add(idx + 1)
                year = OTHER_YEAR.search(text, sent.start, sent.end)
                # "a motion defeated 35-22 in March 2024": another vote, kept out of the comparison
                another_vote = bool(year and doc.article.published and int(year.group(1)) != doc.article.published.year)
                for mention, noun_of_side, measure_of_side in (
                    (n, "votes for", "votes_for"),
                    (nxt_split, "votes against", "votes_against"),
                ):
                    around = text[max(sent.start, n.start - 60) : min(sent.end, nxt_split.end + 40)]
                    out.append(
                        CountClaim(
                            **doc.located(mention.start, mention.end, sent),
                            speaker=speaker_of.get(si),
                            value=to_interval(mention, None),
                            noun=noun_of_side,
                            category="vote",
                            measure=measure_of_side,
                            subset=another_vote or bool(PAST_EVENT.search(text, sent.start, sent.end)),
                            context=" ".join(w for w in words(around) if w not in STOPWORDS and not w.isdigit()),
                        )
                    )
                continue
            minute = ORDINAL_MINUTE.match(text[n.end : n.end + 12])
            if idx in consumed or (not minute and _is_date_or_time(text, n)):
                continue
            if MORE_AFTER.match(text[n.end : n.end + 12]) or ANOTHER_BEFORE.search(
                text[max(0, n.start - 12) : n.start]
            ):
                continue  # "eight more bodies": an increment, not a total
            if FRACTION_BEFORE.search(text, max(0, n.start - 24), n.start):
                continue  # "a quarter of a million dollars": a fraction of the figure, left unread rather than misread
            if RATE_BEFORE.search(text, max(0, n.start - 16), n.start):
                continue  # "one in 40 cases", "fewer than one in 100": a rate, not a count
            if CHANGE_BEFORE.search(text, max(0, n.start - 30), n.start):
                continue  # "temperatures will fall by four or five degrees": a change, not a level
            hedge, took_before, took_after = hedge_around(text[sent.start : n.start], text[n.end : sent.end])
            value = to_interval(n, hedge)
            nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
            joint = nxt and re.fullmatch(
                r"\s*(?:%|per\s?cent)?\s*(?:to|-|and)\s*(?:EUR|USD|GBP|Rs\.?)?\s*", text[n.end : nxt.start], re.I
            )
            # "rose 24% to DKK 394": a share and a price, not a range
            percent_then_money = bool(nxt and joint and re.search(r"%|cent", joint.group(0)) and nxt.currency)
            if (
                nxt
                and joint
                and not percent_then_money
                and n.value is not None
                and nxt.value is not None
                and n.value < nxt.value
                and ("and" not in joint.group(0) or re.search(r"\bbetween\s+$", text[max(0, n.start - 9) : n.start]))
            ):
                if n.currency and not nxt.currency and nxt.value < 1000 <= n.value:
                    pass
                else:
                    value = Interval(low=n.value, high=nxt.value)
                    consumed.add(idx + 1)
                    took_after = 0
                    n = NumberMention(n.start, nxt.end, n.value, None, n.currency or nxt.currency)
            span_start = n.start - took_before
            after = n.end + took_after
            unit = None
            if minute:  # "the 32nd-minute opener", "in the 23rd minute": a point on the match clock
                after = n.end + minute.end()
            glued = None if minute else GLUED_WORD.match(text[after : after + 20])  # "35-minute", "310mm"
            if glued and glued.group(1).lower() in units:
                unit = units[glued.group(1).lower()]
                after += glued.end()  # "35-minute": the unit is part of the claim
            ns, ne, noun, caps = _noun_phrase(text, after)
            head = noun.split()[-1].lower() if noun else ""
            if minute:
                unit, noun, head, ne = "match_minute", "", "minute", after
            if unit is None and head in units and len(noun.split()) == 1:
                unit = units[head]
            scale = SCALE_AFTER.match(text, ne) if head in ("degree", "degrees") else None
            if scale:  # "11 degrees Celsius", "52 degrees Fahrenheit": the scale is the unit
                unit = units.get(scale.group(1).lower(), unit)
                ne = scale.end()
            money = CURRENCY_WORD().match(text, after) if not n.currency else None
            if n.currency or money:
                # the currency is part of the unit: euros are compared with euros, never with kroner
                unit = "currency:" + currency_of(n.currency or (money.group(1) if money else ""))
            pct = PERCENT_AFTER.match(text[n.end : n.end + 12])
            if pct:
                unit, ne = "percent", n.end + pct.end()
                noun, head = "", "percent"
                base = re.match(
                    r"^\s+of\s+(?:the\s+|all\s+)?((?:[\w']+\s+){0,2}?(?:votes?|ballots|voters|electorate|"
                    r"population|residents|seats|shares|revenue|sales|workforce|staff|employees))\b",
                    text[ne : ne + 60],
                )
                if base:  # "46.4% of valid votes": what the share is of
                    noun = base.group(1).lower()
            category = category_of(noun) if noun else None
            if not noun and not unit:
                cue = CUE_WORD.match(text[after : after + 20])
                lead = NOUN_OF.search(text[sent.start : span_start])
                if prev_noun and cue and _outcome(text, after, after + len(cue.group(0)), after, sent.end):
                    noun, category = prev_noun  # "six police were killed and seven wounded"
                    ns = ne = after
                elif (prev_noun or last_noun) and OF_THOSE.search(text, max(sent.start, span_start - 20), span_start):
                    noun, category = prev_noun or last_noun  # type: ignore[misc]  # "... Of those, 318 have been confirmed"
                    ns = ne = after
                elif nxt and OF_THE.fullmatch(text[n.end : nxt.start]) and _noun_phrase(text, nxt.end)[2]:
                    # "Fourteen of the 189 occupants": the noun comes with the base figure
                    _s, _e, noun, _c = _noun_phrase(text, nxt.end)
                    head = noun.split()[-1].lower()
                    category = category_of(noun)
                    ns = ne = after
                elif _verb_cue_before().search(text, max(sent.start, span_start - 25), span_start):
                    noun, category = "people", "people"  # "killing nine and injuring 22": people, by the verb
                    ns = ne = after
                elif (
                    prev_noun
                    and prev_end is not None
                    and ELLIPSIS_GAP.fullmatch(text[prev_end:span_start])
                    and (ELLIPSIS_PLACE.match(text, after))
                ):
                    noun, category = prev_noun  # "950,000 people in Odisha and 110,000 in West Bengal"
                    ns = ne = after
                elif lead and (lead.group(1) or lead.group(2) or lead.group(3)).lower() not in STOPWORDS:
                    # "a crowd of 47,312", "the death toll rose to 14": the noun comes first
                    g = next(i for i in (1, 2, 3) if lead.group(i))
                    noun = head = lead.group(g).lower()
                    category = category_of(noun)
                    ns, ne = sent.start + lead.start(g), sent.start + lead.end(g)
                    span_start = min(span_start, ns)
                else:
                    continue
            if category is None and not unit:
                category = "raw:" + re.sub(r"s$", "", head)
            parts: list[CountPart] = []
            end = max(ne, after)
            # sums of parts: "10 soldiers and four police", "four civilians and 11 troops"
            j = idx + 1
            while j < len(mentions) and not unit:
                gap = text[end : mentions[j].start]
                if not PART_GAP.fullmatch(gap) or not gap.strip(" ,"):
                    if not COMMA_GAP.fullmatch(gap):
                        break
                nxt = mentions[j]
                if SUBSET_AFTER.match(text, nxt.end):
                    break  # "Eleven pilgrims, eight of them women": a part of the eleven, not more of them
                s2, e2, noun2, _c2 = _noun_phrase(text, nxt.end)
                cat2 = category_of(noun2) if noun2 else None
                if (
                    cat2 is None
                    and noun2
                    and category
                    and "people" in ancestors(category)
                    and noun2.split()[-1].lower().endswith("s")
                ):
                    cat2 = "people"  # "nine shopkeepers and three customers": people we have no word for
                if cat2 is None:
                    break
                if not parts:
                    parts.append(
                        CountPart(
                            start=span_start,
                            end=ne,
                            text=doc.text[span_start:ne],
                            value=value,
                            noun=noun,
                            category=category or "",
                        )
                    )
                parts.append(
                    CountPart(
                        start=nxt.start,
                        end=e2,
                        text=doc.text[nxt.start : e2],
                        value=to_interval(nxt, None),
                        noun=noun2,
                        category=cat2,
                    )
                )
                consumed.add(j)
                end = e2
                j += 1
            coord = COORDINATE_NOUN.match(text[end : end + 30])
            if not parts and coord and category and category_of(coord.group(1)):
                other = category_of(coord.group(1)) or category
                category = common_category(category, other)
                end += coord.end()
                noun = text[ns:end]
            if parts:
                lows = [p.value.low or 0 for p in parts]
                highs = [p.value.high for p in parts]
                total = Interval(
                    low=sum(lows),
                    high=None
                    if any(h is None for h in highs) or not value.is_exact() and value.high is None
                    else sum(h for h in highs if h is not None),
                )
                value = total
                category = common_category(*[p.category for p in parts])
                noun = " and ".join(p.noun for p in parts)
            clause_lo, clause_hi = _clause(text, span_start, end, sent)
            aside = ASIDE.match(text[end : sent.end])
            beyond = end + aside.end() if aside else end  # numbers inside an aside are not "the next number"
            later = [
                m.start
                for m in mentions[idx + 1 :]
                if m.start >= beyond
                and mentions.index(m) not in consumed
                and not SUBSET_AFTER.match(text, m.end)  # "eight of them women" shares the verb that follows
                and not OF_THE.fullmatch(text[n.end : m.start])  # "14 of the 189 occupants were hurt": so does a base
            ]
            if later:
                clause_hi = min(clause_hi, later[0])  # a cue after the next number belongs to that number
            earlier = [m.end for m in mentions[:idx] if m.end <= span_start]
            if earlier:
                clause_lo = max(clause_lo, earlier[-1])
            outcome = None
            if not unit and (category or "").startswith("raw:") or category and "people" in ancestors(category):
                # an aside after the figure ("Nine fans - six from X and three from Y - were arrested") does not count
                # measured from the figure itself, so "killing nine workers and injuring 22" is nine killed
                first = min(ns, n.start) if noun else n.start
                outcome = _outcome(text, first, beyond, clause_lo, max(clause_hi, beyond))
                if outcome == "arrested" and not (category and "people" in ancestors(category)):
                    outcome = None  # "923 rounds were seized": things are seized, people arrested
                if outcome and _hypothetical().search(text, clause_lo, max(clause_hi, beyond)):
                    outcome = None  # "there might have been two people killed": a possibility, not a toll
            implied = lang.load().counted.implied_outcomes.get(head)
            if implied and (outcome is None or implied == "killed" and outcome == "casualties"):
                outcome = implied
            if outcome is None and parts and any(p.noun.split()[-1:] in (["crew"], ["crewmen"]) for p in parts[1:]):
                outcome = "aboard"  # "with 182 passengers and seven crew": a manifest, the people on board
            # "14 of the 189 occupants were hurt": the 14 is the count, the 189 only its base
            of_a_figure = OF_A_FIGURE.match(text[n.end : n.end + 24])
            base_of = idx > 0 and OF_THE.fullmatch(text[mentions[idx - 1].end : n.start])
            if base_of:
                outcome = None
            subset = bool(not of_a_figure and OF_WHOLE_AFTER.match(text[n.end : n.end + 14])) or bool(
                COUNTDOWN_AFTER.match(text[end : end + 14])
            )  # "two minutes from time" counts down: not a figure to compare
            if INCLUDING_BEFORE.search(text[max(0, span_start - 30) : span_start]) or OF_THOSE.search(
                text, max(sent.start, span_start - 20), span_start
            ):
                subset = True  # "18 people, including seven police officers", "Of those, 318": part of the whole
            if STILL_AFTER.match(text, end):
                subset = True  # "12 remained hospitalized": those still in hospital, a part of the injured
            year = OTHER_YEAR.search(text, sent.start, sent.end)
            if year and doc.article.published and int(year.group(1)) != doc.article.published.year:
                outcome = None  # "the 2016 quake killed more than 200": another event
            if PAST_EVENT.search(text, clause_lo, max(clause_hi, end)):
                outcome = None  # "six years ago, a fire injured three workers": an earlier event
            if HISTORICAL.search(text[clause_lo : max(clause_hi, end)]):
                outcome = None  # "the deaths of thousands of troops in 19 years of war" is background
            place = _event_place(event_places, [], sent, n.start, clause_lo, clause_hi, n.end)
            affiliation = next((c for c in caps if c not in ("the",)), None)
            measure, direction = measure_of(text, max(sent.start, clause_lo - 40), span_start, end, clause_hi)
            if direction is None and unit == "percent":
                after_word = DIRECTION_AFTER.match(text, end)  # "closed 8.6 percent lower"
                direction = _measure_patterns()[3].get(after_word.group(1).lower()) if after_word else None
            own = measure_of(noun, 0, 0, 0, len(noun))[0] if noun else None
            if own or category and not category.startswith("raw:") and not unit:
                measure = own  # the counted noun says what is measured ("3,500 jobs"): nothing nearby overrides it
            # the words around the figure say what it counts: "250 mm of rain in 36 hours in Brisighella"
            around = text[max(sent.start, span_start - 60) : min(sent.end, end + 40)]
            context = " ".join(w for w in words(around) if w not in STOPWORDS and not w.isdigit())
            out.append(
                CountClaim(
                    **doc.located(span_start, end, sent),
                    speaker=speaker_of.get(si),
                    value=value,
                    noun=noun.lower(),
                    category=category or (unit or ""),
                    outcome=outcome,
                    affiliation=affiliation,
                    place=place.place.key if place else None,
                    region=place.place.region() if place else None,
                    place_level=place.place.level if place else None,
                    subset=subset,
                    measure=measure,
                    direction=direction,
                    unit=unit,
                    parts=tuple(parts),
                    context=context,
                )
            )
            if category and not unit:
                prev_noun, prev_end = (noun, category), end
                last_noun = prev_noun
    return out


def _event_place(
    places: list[PlaceMention],
    excluded: list[tuple[int, int]],
    sent: Sentence,
    at: int,
    clause_lo: int,
    clause_hi: int,
    at_end: int | None = None,
) -> PlaceMention | None:
    """The place of the count's clause, else the nearest one earlier in the sentence.

    Distance is counted from the figure's nearer edge, so in "950,000 people in Odisha and 110,000 in
    West Bengal" the second figure takes West Bengal, not the Odisha that ends just before it."""
    end = at if at_end is None else at_end
    here = [
        p
        for p in places
        if sent.start <= p.start < sent.end and not p.in_org and not any(s <= p.start < e for s, e in excluded)
    ]
    clause = [p for p in here if clause_lo <= p.start < clause_hi]
    earlier = [p for p in here if p.start < clause_lo]
    for group in (clause, earlier):
        specific = [p for p in group if p.place.level != "country"] or group
        if specific:
            return min(specific, key=lambda p: p.start - end if p.start >= end else at - p.end)
    return None
