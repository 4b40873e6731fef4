"""FC103 tally-mismatch."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from checker import lang
from checker.analysis.event import once_per_event
from checker.claims.count.keys import (
    ALIKE_ENOUGH,
    DEED_CUTOFF,
    SHARED_WORDS,
    named_itself,
    same_deed,
    shared_words,
)
from checker.match import Components, blocks, distinct, pairs_to_compare
from checker.models import CountClaim, Finding, Interval
from checker.normalise.categories import ancestors
from checker.rules.base import Context, Rule
from checker.rules.slips import (
    as_figure,
    as_is,
    in_base_unit,
    is_ceiling,
    is_floor,
    middle,
    near,
    slip,
    telling_slip,
)
from checker.sides import sides_of


def _other_ones(a: CountClaim, b: CountClaim) -> bool:
    """Figures of one measure whose words say which of it they are, differently ("Friday's closing price of
    $34.70" / "the $46.50 offer price"), or a count of one kind of a thing against the whole count ("170
    corporate jobs" / "1,100 jobs")."""
    if a.qualifier == b.qualifier:
        return False
    return bool(a.qualifier and b.qualifier) or a.measure in lang.load().measures.counts_things


class TallyMismatch(Rule):
    """Tallies, amounts and measures of the same thing that differ (attacks, votes, minutes, km, %).

    Compared only when they count the same thing in the same unit (after conversion: 31 miles is about 50 km) and
    their sentences say nearly the same around the number, or fairly alike when the parse makes both nouns the
    argument of one verb done by one doer ("hackers may have stolen the records of up to 120,000 patients" / "... of
    up to 12,000 patients"; a pronoun's deed, "he caught 29 passes", may be anyone's and keys nothing). A span of
    time counted back ("married two weeks ago", "wed about three weeks ago", "three weeks before the shooting") is
    compared with spans of the same kind of happening from the same anchor (the report, or another happening). Spans
    of time within a day are keyed by what the parse says they are the time of ("locked down the area for almost
    three hours while they negotiated", "after two hours of negotiations"), whatever else their sentences say. Two
    exact whole figures of three digits or more one digit apart ("2,029" and "2,129 points") are one figure
    misreported whatever their sentences say (not prices or shares, set a digit apart by design, nor two figures one
    apart: a record and the mark that passes it). Figures whose sentences name different people as their owners
    ("Manning threw three touchdowns", "Harrison's five touchdowns") are not compared. A warning needs a named
    measure (revenue, a prison term, a magnitude) or figures no two of which name different owners; figures that
    only count the same noun beside different people ("Manning threw three touchdowns", "Harrison's five
    touchdowns") may be two players' figures: they are reported as info. So is a figure that only counts a noun ("10
    games", "25 points") unless outlets agree on one figure against a dissenter (three say 12 magazines, one 31) or
    the two figures are one slip apart (14 and 41 days, 105 and 106 games, a power of ten): each outlet giving its
    own figure of a noun is more often several quantities. Two upper bounds ("up to 12,000 patients", "as many as
    120,000") are two estimates of one figure and are compared as figures; an upper bound and a figure under it
    agree. A threshold ("households using less than 60 units") meets an exact figure only in nearly the same words;
    a count's floor ("at least three banks") is no threshold. A figure whose noun is its measure's own word meets
    the same measure in another of its words ("a crowd of 6,412" / "the announced attendance was 4,612"). Figures
    of one measure whose words say which of it they are, differently ("Friday's closing price of $34.70" / "the
    $46.50 offer price"; quarterly and annual revenue), measure two things, and so does a count of one kind of a
    thing against the whole count ("170 corporate jobs" / "1,100 jobs"). The whole a part is counted of ("missing
    10 of the Saints' 16 games") meets no figure.

    Disagreeing:
        A: "revenue of $3.2 billion in the quarter"
        B: "quarterly revenue of $3.6 billion"

    Consistent:
        A: "a 35-minute phone call"
        B: "speaking on the telephone for 35 minutes"
    """

    code = "FC103"
    name = "tally-mismatch"
    kind = "count"
    severity = "warning"
    summary = "Two sources give different figures for the same tally or measure."
    reads = ("numeric_tolerance", "tally_context_cutoff")

    def check(self, ctx: Context) -> list[Finding]:
        counts = [
            c
            for c in ctx.claims("count")
            if isinstance(c, CountClaim) and not c.outcome and not c.subset and not once_per_event(c)
        ]
        findings = []
        tol = ctx.settings.numeric_tolerance

        counted = frozenset(lang.load().measures.counts_things)

        def key(c: CountClaim) -> tuple[str, str]:
            if c.measure and not c.unit and (c.measure not in counted or named_itself(c)):
                # a level named by its measure, whatever noun holds it: "blood-alcohol content of 0.17" and "a breath
                # test registered 0.14"; counts of things ("1,200 jobs", "two sites") keep their nouns apart
                return ("", c.measure)
            if (c.since or c.activity) and not c.measure:
                return (in_base_unit(c)[0], "span")  # "a week ago" / "eight days ago": one span in two units
            return (in_base_unit(c)[0], c.measure or c.category)

        for _key, block in sorted(blocks(counts, key).items(), key=lambda kv: str(kv[0])):
            comps = Components()
            per_article = Counter((c.article, c.category) for c in block)
            # one representative per article and wording: versions of a story repeat their figures
            group, members = distinct(block, lambda c: (c.value, c.context, c.direction, c.affiliation, c.category))
            # what each article states of this key, in the key's base unit ("2 years" and "9 months" both)
            stated: Stated = {}
            for c in block:
                stated.setdefault(c.article, []).append((in_base_unit(c)[1], c.owner))
            arts = [frozenset(c.article for c in members[k]) for k in range(len(group))]
            # every pair in a real cluster; each figure against the most-cited 64 past that (linear)
            for i, j in pairs_to_compare([len(members[k]) for k in range(len(group))]):
                a, b = group[i], group[j]
                if len(arts[i] | arts[j]) < 2:
                    continue
                if (
                    self._same_thing(ctx, a, b, per_article)
                    and not self._agree(a, b, stated, tol)
                    and (a.measure or near(a, b))
                ):
                    comps.union(i, j)
            for comp in comps.groups():
                claims = sorted((c for k in comp for c in members[k]), key=lambda c: (c.article, c.start))
                what = claims[0].measure or claims[0].noun or "tally"
                if claims[0].since:  # "report:marry": the time of a happening, counted back
                    anchor, happening = claims[0].since.split(":", 1)
                    what = f"time of '{happening}' counted back from the {anchor}"
                desc = "; ".join(f"{c.article}: {c.text!r}" for c in claims)
                found = self.finding(
                    ctx,
                    claims,
                    what.replace("_", " "),
                    f"Different figures for the same {what.replace('_', ' ')}: {desc}.",
                    0.7 if claims[0].measure else 0.5,
                    severity=None if self._keyed(claims) else "info",
                    values=[c.value.as_value() for c in claims],
                )
                if found.severity != "info" and not self._corroborated(found, ctx, claims, stated):
                    found = found.model_copy(update={"severity": "info"})
                findings.append(found)
        return findings

    @staticmethod
    def _corroborated(
        found: Finding, ctx: Context, claims: list[CountClaim], stated: Stated
    ) -> bool:
        """A figure that only counts a noun ("10 games", "25 points") is a weak key: outlets agreeing on
        one figure against a dissenter (the same tally, misreported once), or two figures one slip
        apart (14 and 41 days), are worth a warning; each outlet giving its own figure is more often
        several quantities that count the same noun (two players' points): info. A named measure (revenue,
        a prison term) is key enough, unless one article itself gives it two values that disagree (two
        defendants' terms, a quarter's revenue and the year's forecast): then it warns only when two
        outlets give one of its figures alike (the quarter's revenue, against a third outlet's)."""
        tol = ctx.settings.numeric_tolerance
        owner = _one_owner(claims)
        if owner:
            # one named person's figure ("Richard Carter scored 14 points" / "Richard Carter had 12 points")
            return not any(_several(_told(stated, a, owner), tol) for a in {c.article for c in claims})
        several = any(_several(_told(stated, a, None), tol) for a in {c.article for c in claims})
        if claims[0].measure and not several:
            return True
        sides = sides_of(found, ctx.articles, tol)
        if sides and sides[0].standing == "majority" and len(sides[0].articles) >= 2:
            return True
        if claims[0].measure and _shared(claims):
            return True
        values = {middle(in_base_unit(c)[1]) for c in claims}
        return len(values) == 2 and slip(*values)

    @staticmethod
    def _keyed(claims: list[CountClaim]) -> bool:
        """A named measure ("revenue", "prison term"), a span dating one kind of happening ("married two
        weeks ago"), or no two figures beside different people: a match strong enough to warn about.
        Figures that only count the same noun beside different people may be two players' figures: worth
        a look (info), not a warning."""
        owners = {c.subjects for c in claims if c.subjects}
        return bool(claims[0].measure or claims[0].since) or len(owners) <= 1

    def _same_thing(self, ctx: Context, a: CountClaim, b: CountClaim, per_article: Counter[tuple[str, str]]) -> bool:
        if a.converted and b.converted:
            return False  # two outlets' conversions of an amount, each at its own rate
        if a.owner and b.owner and a.owner != b.owner:
            return False  # two people's figures: one player's touchdowns, another's
        if a.whole or b.whole:
            return False  # "10 of the Saints' 16 games": the season's games, not the games he missed; its base
        if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
            return False
        if a.direction and b.direction and a.direction != b.direction:
            return False  # "down 18%" and "up 18%" are different changes (or a direction conflict)
        if a.since or b.since:
            # spans counted back ("married two weeks ago", "wed about three weeks ago") meet when they date
            # the same kind of happening from the same anchor, whatever else their sentences say
            return a.since == b.since and not (a.since or "").endswith(":?")  # "?": a happening no word names
        if set(a.activity) & set(b.activity):
            return True  # spans of time of one doing: "deliberated for 40 hours" / "after 30 hours of deliberation"
        if a.unit and a.dimension != b.dimension:
            return False  # "40 metres wide" and "rose 4.5 metres" measure different things
        if a.unit == b.unit == "percent" and a.noun and b.noun and a.noun.split()[-1] != b.noun.split()[-1]:
            return False  # "60 percent of its revenue" and "7.2% of the market": shares of two wholes
        if (a.category == b.category or a.measure and a.measure == b.measure) and telling_slip(a, b):
            return True  # "2,029 points" / "2,129 points": one figure, one digit misreported
        ratio = fuzz.token_set_ratio(a.context, b.context)
        one_open = (a.value.low is None) != (b.value.low is None) or (a.value.high is None) != (b.value.high is None)
        # "less than 60 units", "up to 250 mm": a threshold or a ceiling; "at least three banks" is a count's floor
        floors = all(is_floor(v) for v in (a.value, b.value) if v.low is None or v.high is None)
        if one_open and not floors and ratio < 90:
            return False  # "households using less than 60 units" is a threshold, "a family using 90 units" a case
        if a.measure and b.measure:
            return a.measure == b.measure and ratio >= 40 and not _other_ones(a, b)
        if a.category != b.category:
            return False
        if a.category.startswith("raw:") and _other_kinds(a.noun, b.noun):
            return False  # "176 receiving yards" and "189 rushing yards": two kinds of the same noun
        # a thing each article counts once ("a crowd of 47,312") is the same thing in both
        if (
            a.category.startswith("raw:")
            and per_article[(a.article, a.category)] == 1 == per_article[(b.article, b.category)]
        ):
            return ratio >= 50
        needed = ALIKE_ENOUGH if "people" in ancestors(a.category) else ctx.settings.tally_context_cutoff
        if same_deed(a, b):
            needed = min(needed, DEED_CUTOFF)  # "may have stolen the records of 12,000 / 120,000 patients"
        return ratio >= needed and len(shared_words(a, b)) >= SHARED_WORDS

    @staticmethod
    def _agree(a: CountClaim, b: CountClaim, stated: Stated, tol: float) -> bool:
        # one unit in both: the figures as written ("almost three hours" is no "two hours"); converted to a
        # base unit, a figure is one outlet's rounding of the other's, compared with a tolerance
        va, vb = in_base_unit(a)[1], in_base_unit(b)[1]
        if a.unit == b.unit:
            va, vb = va.model_copy(update={"approx": a.value.approx}), vb.model_copy(update={"approx": b.value.approx})
        # "up to 12,000 patients" and "as many as 120,000": two estimates of the most there may be, not two
        # bounds that both hold: their figures (and what each article states) are compared as figures
        read = as_figure if is_ceiling(va) and is_ceiling(vb) else as_is
        va, vb = read(va), read(vb)
        if va.overlaps(vb, tol):
            return True
        # each article also gives the other's figure: the two figures are two different things
        # (of one person's figure, what each article states of that person: "Carter 12 points", "Artino 14 points")
        owner = a.owner if a.owner == b.owner else None
        return any(read(v).overlaps(va, tol) for v in _told(stated, b.article, owner)) or any(
            read(v).overlaps(vb, tol) for v in _told(stated, a.article, owner)
        )



def _other_kinds(a: str | None, b: str | None) -> bool:
    """Both nouns say which kind of the thing they count, and no word of it is shared ("receiving yards",
    "rushing yards"); "yards" alone beside either says nothing against it."""
    wa, wb = (a or "").split()[:-1], (b or "").split()[:-1]
    return bool(wa and wb) and not set(wa) & set(wb)


def _shared(claims: list[CountClaim]) -> bool:
    """Two outlets give one of the figures alike (no tolerance: 27 and 30 years are not alike). Sorted by
    lower bound, a figure can only overlap one that starts before the furthest end seen so far: one sweep,
    not every pair, for a thousand outlets each giving its own figure."""
    values = sorted(
        ((v.bounds()[0], v.bounds()[1], c.article, v) for c in claims for v in [in_base_unit(c)[1]]),
        key=lambda x: (x[0], x[1]),
    )
    open_: list[tuple[float, str, Interval]] = []  # figures whose upper end is not yet passed
    for lo, hi, article, v in values:
        open_ = [x for x in open_ if x[0] >= lo]
        if any(a != article and w.overlaps(v, 0.0) for _end, a, w in open_):
            return True
        open_.append((hi, article, v))
    return False


Stated = dict[str, list[tuple[Interval, str | None]]]  # by article: each figure of a key, with its owner


def _told(stated: Stated, article: str, owner: str | None) -> list[Interval]:
    """What an article states of a key; of one owner's figures only, when an owner is given."""
    return [v for v, o in stated.get(article, []) if owner is None or o == owner]


def _one_owner(claims: list[CountClaim]) -> str | None:
    """The one person every figure is said to belong to, if they all name the same one."""
    owners = {c.owner for c in claims}
    return owners.pop() if len(owners) == 1 else None


def _several(values: list[Interval], tol: float) -> bool:
    """An article states two figures of one key that do not agree."""
    return any(not v.overlaps(w, tol) for i, v in enumerate(values) for w in values[i + 1 :])
