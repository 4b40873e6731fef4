"""FC201 date-mismatch."""

from __future__ import annotations

import datetime as dt

from rapidfuzz import fuzz

from checker import lang
from checker.match import Components, distinct, expand, similar_pairs
from checker.models import DateClaim, DateValue, Finding
from checker.normalise.happenings import happening_kinds
from checker.rules.base import Context, Rule
from checker.rules.dating import ahead, main_happening, misdated, same_dated_thing, same_happening, same_sum_dated

BACKGROUND_DAYS = 60  # a date this long before the first report tells of an earlier event
# a week standing for "the story's week" when no article is dated: 1 January 1900 was a Monday
_SOME_MONDAY = dt.date(1900, 1, 1)
# a year standing for "the year" of a month no year is known for ("launched in December"): never the week's
_SOME_YEAR = 1800


def _stand_ins(ctx: Context, claims: list[DateClaim]) -> tuple[dict[int, DateClaim], set[int]]:
    """Dates no calendar day is known for, placed where they can still be compared, and which of those are
    months. When no article of the cluster is dated, its weekday names ("Friday night", "early Saturday")
    are comparable: one story's Friday is one day, placed on that weekday of one stand-in week. So are an
    undated article's weekdays of a happening one has once ("died on Friday"), whatever other articles are
    dated: whichever week it was, one death has one day. A month alone
    whose year is not known ("launched a fashion line in December") is placed in a stand-in year: one
    thing launched in December and in September is misdated whatever the year. Such a copy is compared,
    never reported (the finding shows the article's own words); a stand-in never meets a calendar date."""
    weekdays = list(lang.load().calendar.weekdays)
    nights = {part for part, kind in lang.load().dates.day_parts.items() if kind == "night"}
    undated = not any(a.published for a in ctx.articles.values())
    out: dict[int, DateClaim] = {}
    months: set[int] = set()
    for c in claims:
        if c.value is not None or c.clock is not None:
            continue
        words = c.expression.split()
        day = next((w for w in words if w in weekdays), None)
        if (month := c.month_alone) is not None:
            last = (dt.date(_SOME_YEAR + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
            out[id(c)] = c.model_copy(update={"value": DateValue(start=dt.date(_SOME_YEAR, month, 1), end=last)})
            months.add(id(out[id(c)]))
        elif (undated or c.once) and day and len(words) <= 3:
            when = _SOME_MONDAY + dt.timedelta(days=weekdays.index(day))
            # "Friday night" runs into Saturday, as it does when the article is dated
            until = when + dt.timedelta(days=1) if nights & set(words) else when
            out[id(c)] = c.model_copy(update={"value": DateValue(start=when, end=until)})
    return out, months


def _coarse(c: DateClaim) -> bool:
    """ "last month", "this year": a month or a year named from the day of publication, too coarse to set against
    one day ("recaptured last month" is no "escaped on Monday")."""
    meaning = lang.load().dates.relative_days.get(c.expression, "")
    return meaning.endswith(("_month", "_year"))


def _a_day(c: DateClaim) -> bool:
    """A day or a night, or any span of a week or less."""
    return c.value is not None and (c.value.end - c.value.start).days < 7


def _describe(c: DateClaim) -> str:
    if c.value is not None:
        return c.value.describe()
    if (month := c.month_alone) is not None:
        return list(lang.load().calendar.months)[month - 1].capitalize() + " (year not known)"
    day = next((w for w in c.expression.split() if w in lang.load().calendar.weekdays), None)
    return day.capitalize() if day else "?"


class _Sides:
    """What makes two differently dated groups of claims no dispute, asked pair after pair."""

    def __init__(
        self, ctx: Context, reps: list[DateClaim], members: dict[int, list[DateClaim]], dates: list[DateClaim]
    ) -> None:
        self.ctx, self.reps, self.members = ctx, reps, members
        self.stated: dict[str, set[tuple[object, object]]] = {}
        for c in dates:
            if c.value is not None:
                self.stated.setdefault(c.article, set()).add((c.value.start, c.value.end))
        self.once = set(lang.load().events.once_per_story)
        self._own_day: dict[int, bool] = {}
        first = ctx.main_event.first_published  # a guessed year would put the story's own dates in the past
        margin = dt.timedelta(days=BACKGROUND_DAYS)
        self.before = first - margin if first and first > dt.date.min + margin else None  # year 1: no earlier

    def background(self, c: DateClaim) -> bool:
        """Dated well before the first report (not just last year: Dec 31 and Jan 1 are one story):
        an earlier event, which meets only other earlier dates."""
        return self.before is not None and c.value is not None and c.value.end < self.before

    def both_stated(self, i: int, j: int) -> bool:
        """Every article on each side also gives the other side's date: a period's two ends, not a dispute."""
        vi, vj = self.reps[i].value, self.reps[j].value
        assert vi is not None and vj is not None
        return all((vj.start, vj.end) in self.stated[m.article] for m in self.members[i]) and all(
            (vi.start, vi.end) in self.stated[m.article] for m in self.members[j]
        )

    def own_day(self, i: int) -> bool:
        """Every article of this side dates it to its own day of publication ("announced today (14 October)"),
        and it is no happening a story has once (a crash on two days is misdated, not a running story).
        Asked of each side once: pairs ask again and again."""
        if i not in self._own_day:
            value = self.reps[i].value
            self._own_day[i] = (
                value is not None
                and all(self.ctx.articles[m.article].published == value.start == value.end for m in self.members[i])
                and not happening_kinds(self.reps[i].event or "") & self.once
            )
        return self._own_day[i]

    def same_words(self, i: int, j: int) -> bool:
        """ "Friday" in both: the same relative words differ only by the days the copies were posted. So do
        two articles posted on different days that each date it to their own day ("announced today"): each
        tells that day's news of a running story."""
        a, b = self.reps[i], self.reps[j]
        if self.own_day(i) and self.own_day(j):
            return True
        return a.expression == b.expression and not any(ch.isdigit() for ch in a.expression)


class DateMismatch(Rule):
    """The same event dated to different days once relative dates are resolved.

    "Tuesday" in a Wednesday article is the day before; "Saturday last week" in a Thursday article is
    the Saturday of the week before. Two dates are compared only when their sentences describe the same
    event in nearly the same words; a date in an earlier year than the story's ("ran for sheriff in
    2020") dates an earlier event and meets only other such dates; two days a week or more apart are
    two happenings of a running story, not one misdated, unless their numbers are a digit apart as written ("June
    8" / "18 June": one date misreported); a day looked ahead to ("is expected to vote on Wednesday") is a plan and
    meets only other plans; a month or year named from the day of publication ("recaptured last month", "will host
    next year") is too coarse to set against one day, and meets only months and years. Years ("in 1957") and months
    ("in April 2007")
    are dates too, and two years of one sum of money done the same thing with ("sold for $30 million in
    1957" / "sold for $30 million in 1967") date one deal. A day of the story dates what the parse says was
    done then, a verb and its thing ("raised the alert on Thursday" / "raised the alert to Level IV on Friday"),
    whether or not its sentence names who did it. The same relative words ("on Friday") in two
    copies of a story do not disagree because the copies were posted on different days, nor do two
    articles that each date it to their own day of publication ("announced today"); two dates every
    source gives (a period's start and end) are no dispute.

    Disagreeing:
        A (published Wed 4 Mar): "a red alert was issued on Friday"   (28 Feb)
        B (published Wed 4 Mar): "a red alert was issued on Saturday" (29 Feb)

    Consistent:
        A (published Thu 5 Mar): "talks due to begin on Tuesday next week"
        B: "talks set to begin on 10 March"
    """

    code = "FC201"
    name = "date-mismatch"
    kind = "date"
    severity = "warning"
    summary = "Two sources date the same event to different days."
    reads = ("date_event_cutoff",)

    def check(self, ctx: Context) -> list[Finding]:
        claims_of = [c for c in ctx.claims("date") if isinstance(c, DateClaim) and c.event]
        placed, month_copies = _stand_ins(ctx, claims_of)
        dates = [placed.get(id(c), c) for c in claims_of if c.value is not None or id(c) in placed]
        original = {id(placed[id(c)]): c for c in claims_of if id(c) in placed}
        reps, members = distinct(dates, lambda c: (c.event, c.value))
        sides = _Sides(ctx, reps, members, dates)
        background = sides.background
        stand_in = {i for i, r in enumerate(reps) if id(r) in original}
        months = {i for i, r in enumerate(reps) if any(id(m) in month_copies for m in members[i])}
        coarse = {i for i, r in enumerate(reps) if _coarse(r)}

        def apart(i: int, j: int) -> bool:
            """A weekday of the stand-in week, a month of the stand-in year and a date of the calendar are
            never one another's; a month alone meets only a month dating the same thing (keyed by the parse); a
            day looked ahead to ("is expected to vote on Wednesday") is a plan, not the day a thing was done."""
            return (
                (i in stand_in) != (j in stand_in)
                or (i in months) != (j in months)
                or ahead(reps[i]) != ahead(reps[j])
                or (i in coarse and _a_day(reps[j]))
                or (j in coarse and _a_day(reps[i]))
            )

        comps = Components()
        cutoff = ctx.settings.date_event_cutoff
        for i, j, _score in similar_pairs([r.event for r in reps], fuzz.token_set_ratio, cutoff):
            a, b = reps[i], reps[j]
            if a.value is None or b.value is None or not misdated(a.value, b.value) or background(a) != background(b):
                continue
            if fuzz.token_sort_ratio(a.event, b.event) < cutoff - 15:
                continue
            if {m.article for m in members[i]} == {m.article for m in members[j]} and len(members[i]) == 1:
                continue  # one article dating two things
            if apart(i, j) or i in months:
                continue  # a month alone meets another only when the parse keys both to one thing
            if not (sides.both_stated(i, j) or sides.same_words(i, j)):
                comps.union(i, j)
        for i, j in same_dated_thing(reps, members, ctx):
            if background(reps[i]) != background(reps[j]) or apart(i, j):
                continue
            if not (sides.both_stated(i, j) or sides.same_words(i, j)):
                comps.union(i, j)
        for i, j in [
            *same_happening(reps, members),
            *main_happening(reps, members, background),
            *same_sum_dated(reps, members, ctx),
        ]:
            if background(reps[i]) != background(reps[j]) or apart(i, j) or i in months:
                continue
            if not (sides.both_stated(i, j) or sides.same_words(i, j)):
                comps.union(i, j)
        findings = []
        for found in expand(comps, members):
            claims = [original.get(id(c), c) for c in found]
            desc = "; ".join(f"{c.article}: {c.text!r} = {_describe(c)}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    "date of the same event",
                    f"The same event is dated differently: {desc}.",
                    0.6,
                    values=[c.value.model_dump(mode="json") if c.value else _describe(c) for c in claims],
                )
            )
        return findings
