"""Place claims: where things happened, with the hierarchy the gazetteer and the text give.

A place can also be where an organisation is based (see ``bases``): such a mention gets the role
``base`` and the organisation's name.
"""

from __future__ import annotations

from checker.analysis.article import ArticleAnalysis
from checker.analysis.bases import organisation_bases
from checker.analysis.document import Document
from checker.analysis.mentions import PlaceMention
from checker.models import PlaceClaim


def extract_places(doc: Document, places: list[PlaceMention], excluded: list[tuple[int, int]]) -> list[PlaceClaim]:
    out = []
    bases = organisation_bases(doc)
    place_starts = {p.start for p in places}
    for p in places:
        sent = doc.sentence_at(p.start)
        org = bases.get(p.start)
        if sent is None or p.in_org and org is None:
            continue  # "the Denpasar search and rescue office": part of a name, not a place of the story
        if org is not None and org_is_place(org, place_starts, doc, p.start):
            org = None
        # a base is a base inside a speaker's description too ("Sakuragi Motor, the Nagoya carmaker, said")
        role = "base" if org else "jurisdiction" if any(s <= p.start < e for s, e in excluded) else "mention"
        level = {"country": "country", "admin1": "admin1", "admin2": "district", "locality": "locality"}.get(
            p.place.level, "unknown"
        )
        out.append(
            PlaceClaim(
                # a town placed by the text carries the words that place it: they are the evidence
                **doc.located(p.start, min(p.told_end or p.end, sent.end), sent),
                name=p.place.name,
                level=level,  # type: ignore[arg-type]
                admin1=p.place.region(),
                # a district is compared only where it is the place itself or the text names it; a
                # company's base is compared as a town, so its district is kept too
                admin2=p.place.district() if p.place.level == "admin2" or p.place.stated or org else None,
                country=p.place.country,
                role=role,
                stated=p.place.stated,
                organisation=org,
            )
        )  # type: ignore[arg-type]
    return out


def org_is_place(org: str, place_starts: set[int], doc: Document, at: int) -> bool:
    """The "organisation" is itself a place the article names ("Stuttgart-based in Feuerbach")."""
    found = doc.folded.find(org, max(0, at - 80), at + 120)
    return found in place_starts


def extract(a: ArticleAnalysis) -> list[PlaceClaim]:
    """The places an article ties to what it reports, outside attributions ("police in Kabul said")."""
    return extract_places(a.doc, a.places, a.attribution_spans)
