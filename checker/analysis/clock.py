"""Times of day as news writes them: "3:12 p.m.", "about 10.15 a.m.", "0737 GMT", "shortly after 3pm local
time". The words are language data (``lang/en/dates.yaml``'s clock); a pace ("4:30 per mile") or a game clock
("2:56 of the sixth") is no time of day.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from checker import lang
from checker.normalise.patterns import alternation
from checker.normalise.patterns import phrases as _words

DIGIT = re.compile(r"\d")


def _weekdays() -> list[str]:
    return list(lang.load().calendar.weekdays)


def clock_halves(gap: str) -> tuple[str, str]:
    """The halves of a 12-hour clock as patterns ("a.m.", "pm"): the letters, each may take a full stop,
    with ``gap`` between them."""
    clock = lang.load().dates.clock

    def spelt(halves: list[str]) -> str:
        return "(?:" + "|".join((r"\.?" + gap).join(map(re.escape, half)) for half in halves) + ")"

    return spelt(clock.before_noon), spelt(clock.after_noon)


class TimePatterns(NamedTuple):
    time: re.Pattern[str]  # a time of day, with its hedge ("shortly after") and zone
    duration_around: re.Pattern[str]  # "2:01:17", "2:52 per kilometre", "with 7:41 left": no time of day
    entry_header: re.Pattern[str]  # a live blog's entry heading on a line of its own: "Saturday, 9:15 a.m."
    time_line: re.Pattern[str]  # a live blog's entry time on a line of its own: "9:15 a.m. MST"


@cache
def time_patterns() -> TimePatterns:
    """The patterns of times of day, from ``lang/en/dates.yaml``. The hedge before a time and the names after it
    are matched as written (case-sensitively), the halves of the clock in any case."""
    clock = lang.load().dates.clock
    am, pm = clock_halves(r"\s?")
    universal = alternation(clock.universal, fold_case=False)
    # zones named in words ("British time", "Eastern"): the abbreviations are matched as capitals below
    named_zones = alternation([z for z in lang.load().calendar.time_zones if not z.isalpha() or len(z) > 4])
    hours = alternation(clock.hours, fold_case=False)
    # "11.30 p.m. ET": a two-letter zone only when it is one (any other three or four capitals are read, then
    # dropped by ``_zone`` if unknown; two capitals after a time are too often a word of a headline)
    two_letter = alternation([z.upper() for z in lang.load().calendar.time_zones if len(z) == 2], fold_case=False)
    entry_time = r"(?:(?:{}|{})\.?)?\s*[A-Za-z]{{0,5}}".format(*clock_halves(""))  # "9:15 a.m. MST", "9:15pm"
    return TimePatterns(
        re.compile(
            rf"(?P<hedge>\b{_words(clock.hedges)}\s+)?"
            rf"\b(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>(?i:{am}|{pm})\b\.?)?"
            rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:{universal}|{hours}\b)))(?![\w:])"
            rf"(?:\s*(?P<tz>{_words(clock.local)}|(?i:{named_zones})\b|{universal}|[A-Z]{{3,4}}\b|{two_letter}\b))?"
        ),
        re.compile(
            rf":\d\d|\s*(?:{_words(clock.pace_per)}|/)\s*{_words(clock.pace_units)}|\s+{_words(clock.game_clock)}\b",
            re.I,
        ),
        re.compile(rf"(?:(?P<wd>{_words(_weekdays())})\.?,?\s+)?\d{{1,2}}[:.]\d\d\s*{entry_time}", re.I),
        re.compile(rf"[\d:.]+\s*{entry_time}"),
    )


def clock_times(text: str) -> list[tuple[int, int, int, int, str | None]]:
    """Times of day in a sentence: (start, end, minutes after midnight, tolerance, timezone).

    A number is a time only with minutes after a colon ("15:12"), or with am/pm ("3.12pm", "3pm").
    """
    out: list[tuple[int, int, int, int, str | None]] = []
    if not DIGIT.search(text):
        return out  # every time of day has a digit; most sentences have none
    clock, patterns = lang.load().dates.clock, time_patterns()
    for m in patterns.time.finditer(text):
        if m.group("hh"):  # "0737 GMT": a 24-hour time without a colon, only beside a zone
            out.append((m.start("hh"), m.end(), int(m.group("hh")) * 60 + int(m.group("mm")), 0, _zone(m)))
            continue
        h, minutes, ampm = int(m.group("h")), m.group("m"), (m.group("ampm") or "").lower()
        if not ampm and (minutes is None or text[m.start("h") : m.end("h") + 1][-1:] != ":"):
            continue  # "3.12" alone may be a decimal, "15" alone a count
        if not ampm and (patterns.duration_around.match(text, m.end()) or re.search(r"\d:$", text[: m.start("h")])):
            continue  # "2:01:17", "2:52 per kilometre": a race time or a pace, not a time of day
        half = re.sub(r"[.\s]", "", ampm)
        if half in clock.after_noon and h < 12:
            h += 12
        elif half in clock.before_noon and h == 12:
            h = 0
        hedge = " ".join((m.group("hedge") or "").lower().split())
        start = m.start("hedge") if m.group("hedge") else m.start("h")
        out.append((start, m.end(), h * 60 + int(minutes or 0), clock.hedges.get(hedge, 0), _zone(m)))
    return out


def _zone(m: re.Match[str]) -> str | None:
    """ "local time" is local; a known zone abbreviation ("EDT", "GMT") is kept lower-cased; other capitals
    after a time ("3pm MONDAY") are no zone."""
    tz = " ".join((m.group("tz") or "").lower().split()) or None
    if tz in lang.load().dates.clock.local:
        return "local"
    return tz if tz in lang.load().calendar.time_zones else None


