"""Place claims: where things happened, with the hierarchy the gazetteer and the text give."""

from __future__ import annotations

from checker.extract.document import Document
from checker.extract.entities import PlaceMention
from checker.models import PlaceClaim


def extract_places(doc: Document, places: list[PlaceMention], excluded: list[tuple[int, int]]) -> list[PlaceClaim]:
    out = []
    for p in places:
        sent = doc.sentence_at(p.start)
        if sent is None or p.in_org:
            continue
        role = "jurisdiction" if any(s <= p.start < e for s, e in excluded) else "mention"
        level = {"country": "country", "admin1": "admin1", "admin2": "district", "locality": "locality"}.get(
            p.place.level, "unknown"
        )
        out.append(
            PlaceClaim(
                **doc.located(p.start, p.end, sent),
                name=p.place.name,
                level=level,  # type: ignore[arg-type]
                admin1=p.place.region(),
                # a district is compared only where it is the place itself or the text names it
                admin2=p.place.district() if p.place.level == "admin2" or p.place.stated else None,
                country=p.place.country,
                role=role,
                stated=p.place.stated,
            )
        )  # type: ignore[arg-type]
    return out
