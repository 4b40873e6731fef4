"""Datelines: "NAIROBI, March 12 (Reuters) -" at the start of a story's first paragraph.

A dateline says where the story was filed, perhaps on which day, and which agency filed it. The agency
is the article's outlet and the day may date an undated article; the place is the filing desk, not the
event's place, and none of it is a claim of the story (``anatomy`` makes the span furniture). The
agency names and month names are language data (``lang/en/outlets.yaml``, ``lang/en/calendar.yaml``);
the examples there are checked when the data is first used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.inputs.plaintext import looks_like_headline
from checker.normalise.text import fold

# a place as datelines print it, in capitals: "NAIROBI", "ST. LOUIS", "PORT-AU-PRINCE", "N'DJAMENA"
_UPPER = "A-ZÀ-ÖØ-Þ"
PLACE = rf"[{_UPPER}][{_UPPER}'.\-]*(?:[ ][{_UPPER}][{_UPPER}'.\-]*){{0,3}}"
# the state or country after it, as written: "Afghanistan", "Calif.", "N.Y.", "South Africa"
REGION = r"[A-Z][\w'.\-]*(?:[ ][A-Z][\w'.\-]*){0,2}"
# what ends a dateline: a dash of any length (folded to "-"), AP's old underscore, or a colon
MARK = r"[ ]?(?:--?|_|:)[ ]+"
AGENCY = r"[ ]?\((?P<agency>[^()\n]{1,40})\)"
LINE = re.compile(r"[^\n]+")
MAX_LINES = 3  # a dateline opens the first paragraph: after a headline and a standfirst at most
MIN_PLACE_LETTERS = 3  # "A: " and "Q: " open the lines of an interview, not datelines


@dataclass(frozen=True)
class Dateline:
    start: int  # the span of the dateline in the text, its closing dash included
    end: int
    place: str | None
    outlet: str | None  # the agency's name as ``outlets.yaml`` gives it, else as printed
    month: int | None = None
    day: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class Patterns:
    full: re.Pattern[str]  # PLACE[, Region][, Month Day[, Year]][ (Agency)] -
    bare: re.Pattern[str]  # (Agency) -
    credit: re.Pattern[str]  # a line of its own: "AFP, KABUL"
    agencies: dict[str, str]  # spelling, lower case -> outlet
    months: dict[str, int]  # name or abbreviation, lower case -> month number


def _patterns() -> Patterns:
    data = lang.load()
    months: dict[str, int] = {}
    for number, (name, short) in enumerate(data.calendar.months.items(), 1):
        months.update({w.lower(): number for w in (name, *short)})
    month = "|".join(sorted(months, key=len, reverse=True))
    date = rf"(?:,?[ ](?P<month>(?i:{month}))\.?[ ](?P<day>\d{{1,2}})(?:,[ ](?P<year>\d{{4}}))?)?"
    region = rf"(?:,[ ](?!(?i:{month})\b)(?P<region>{REGION}))?"
    agencies = {s.lower(): name for name, spellings in data.outlets.agencies.items() for s in spellings}
    return Patterns(
        full=re.compile(rf"(?P<place>{PLACE}){region}{date}(?:{AGENCY})?{MARK}"),
        bare=re.compile(rf"{AGENCY.removeprefix('[ ]?')}{MARK}"),
        credit=re.compile(rf"(?P<agency>[^,\n]{{1,40}}),[ ](?P<place>{PLACE})[ ]*$"),
        agencies=agencies,
        months=months,
    )


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The dateline patterns, with the language data's examples checked once, when first used."""
    found = _patterns()
    examples = lang.load().outlets.examples
    # the text is read folded (dashes as "-"), as the extractors read it
    wrong = [x.text for x in examples.datelines if _describe(match_line(fold(x.text), 0, found)) != _expected(x)]
    wrong += [x for x in examples.prose if match_line(fold(x), 0, found) is not None]
    if wrong:
        raise ValueError(f"lang/en/outlets.yaml: examples read the wrong way: {wrong}")
    return found


def _expected(x: lang.DatelineExample) -> tuple[str | None, str | None, str | None]:
    return x.outlet, x.place, x.date


def _describe(d: Dateline | None) -> tuple[str | None, str | None, str | None] | None:
    if d is None:
        return None
    day = f"{d.month:02d}-{d.day:02d}" if d.month and d.day else None
    return d.outlet, d.place, f"{d.year:04d}-{day}" if d.year and day else day


def _outlet(printed: str | None, p: Patterns) -> str | None:
    """A known agency by its name; an unknown one as printed, if it reads as a name ("(KTLA)")."""
    if printed is None:
        return None
    name = p.agencies.get(" ".join(printed.split()).lower())
    if name is not None:
        return name
    looks_like_name = printed[:1].isupper() and len(printed.split()) <= 4  # "(KTLA)", "(TVK 24)"
    return printed.strip() if looks_like_name else None


def _story_follows(rest: str) -> bool:
    # the lead sentence follows: a capital, a figure or a quote first, and lower-case words (no shouted headline)
    return bool(rest[:1]) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'") and rest != rest.upper()


def match_line(line: str, offset: int, p: Patterns) -> Dateline | None:
    """The dateline that opens ``line`` (which starts at ``offset`` in the text), or None."""
    lead = len(line) - len(line.lstrip())
    text = line[lead:].rstrip()
    credit = p.credit.match(text)
    name = p.agencies.get(" ".join(credit.group("agency").split()).lower()) if credit else None
    if credit and name and _place_ok(credit.group("place")):
        return Dateline(offset + lead, offset + lead + len(text), credit.group("place"), name)
    m = p.full.match(text)
    place = m.group("place") if m else None
    if m is None or not _place_ok(place):
        m, place = p.bare.match(text), None
    if m is None or not _story_follows(text[m.end() :]):
        return None
    printed = m.groupdict().get("agency")
    if place is None and (printed is None or " ".join(printed.split()).lower() not in p.agencies):
        return None  # "(Reuters) -" alone opens a story; "(Photo) -" does not
    outlet = _outlet(printed, p)
    end = offset + lead + len(m.group(0).rstrip())
    month = p.months.get(m.group("month").lower()) if m.groupdict().get("month") else None
    day = int(m.group("day")) if month else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = int(m.group("year")) if month and m.group("year") else None
    return Dateline(offset + lead, end, place, outlet, month, day, year)


def _place_ok(place: str | None) -> bool:
    return place is not None and sum(c.isalpha() for c in place) >= MIN_PLACE_LETTERS


def find_dateline(
    text: str, body_start: int = 0, furniture: Callable[[str], bool] | None = None, title: str | None = None
) -> Dateline | None:
    """The dateline at the start of the story in ``text`` (folded), if there is one.

    It is looked for in the first lines from ``body_start`` that are neither ``furniture`` (stamps,
    bylines) nor the ``title`` (a headline's kicker, "IKOYI HORROR:", is no dateline): a standfirst
    may come first, but a line of prose ends the search.
    """
    p = patterns()
    headline = " ".join(fold(title).split()) if title else None
    tried = 0
    for m in LINE.finditer(text, body_start):
        line = m.group()
        if not line.strip() or (furniture is not None and furniture(line)) or " ".join(line.split()) == headline:
            continue
        found = match_line(line, m.start(), p)
        if found is not None:
            return found
        tried += 1
        if tried >= MAX_LINES or not looks_like_headline(line.strip()):
            return None
    return None
