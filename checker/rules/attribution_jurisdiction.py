"""FC401 attribution-jurisdiction."""

from __future__ import annotations

from checker.models import AttributionClaim, Finding, PlaceClaim
from checker.rules.base import Context, Rule


class AttributionJurisdiction(Rule):
    """A speaker whose office answers for one territory describes an event in another.

    The role names a place with an office that has a territory (provincial council, governor, mayor,
    police chief); the place of what they are quoted as saying lies in a different province or state
    of the same country. Checked inside each article.

    Disagreeing:
        "Gunmen attacked a checkpoint in Peshawar," Punjab Provincial Assembly member Ali Raza
        said (Peshawar is in Khyber Pakhtunkhwa).

    Consistent:
        A spokesman for Punjab's provincial governor said gunmen attacked a checkpoint in Lahore
        (Lahore is in Punjab).
    """

    code = "FC401"
    name = "attribution-jurisdiction"
    kind = "attribution"
    severity = "error"
    summary = "A speaker's jurisdiction does not contain the place of the event they describe."

    def check(self, ctx: Context) -> list[Finding]:
        findings = []
        event_regions = ctx.main_event.tied_regions
        for x in ctx.extractions:
            places = [
                c
                for c in x.claims
                if isinstance(c, PlaceClaim) and c.level in ("admin1", "locality") and c.role == "mention" and c.admin1
            ]
            for a in (c for c in x.claims if isinstance(c, AttributionClaim) and c.jurisdiction_admin1):
                said = [
                    p
                    for p in places
                    if p.admin1 in event_regions  # "funerals in the Eastern Cape": no source ties it to the event
                    and p.sent_start == a.sent_start
                    and not (a.start <= p.start < a.end)
                    and p.country == a.jurisdiction_country
                    and p.admin1 != a.jurisdiction_admin1
                ]
                if not said:
                    here = [p for p in places if p.sent_start == a.sent_start and not (a.start <= p.start < a.end)]
                    lead = ctx.main_event.place()
                    if (
                        here
                        or lead is None
                        or lead.country != a.jurisdiction_country
                        or lead.admin1 == a.jurisdiction_admin1
                    ):
                        continue
                    # nothing placed in the sentence: the office still belongs to another province than the story's
                    msg = (
                        f"{a.name} is described as {a.role!r}, an office for {a.jurisdiction}, in a story set in "
                        f"{(lead.admin1 or '').title()}."
                    )
                    # the words that set the story there stand beside the office: its own article's, where it has them
                    own = ctx.main_event.leads.get(a.article)
                    setting = own if own is not None and own.admin1 == lead.admin1 else lead
                    findings.append(
                        self.finding(
                            ctx, [a, setting], f"jurisdiction of {a.name}", msg, 0.6, severity="warning",
                            values=[a.jurisdiction, setting.admin1],
                        )
                    )
                    continue
                p = said[0]
                msg = (
                    f"{a.name} is described as {a.role!r}, an office for {a.jurisdiction}, but speaks of "
                    f"{p.text} in {(p.admin1 or '').title()}."
                )
                findings.append(
                    self.finding(ctx, [a, p], f"jurisdiction of {a.name}", msg, 0.8, values=[a.jurisdiction, p.admin1])
                )
        return findings
