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
        level = p.place.level if p.place.level in ("country", "admin1", "locality") else "unknown"
        out.append(
            PlaceClaim(
                article=doc.article.id,
                start=p.start,
                end=p.end,
                text=p.text,
                sent_start=sent.start,
                sent_end=sent.end,
                name=p.place.name,
                level=level,  # type: ignore[arg-type]
                admin1=p.place.region(),
                country=p.place.country,
                role=role,
            )
        )  # type: ignore[arg-type]
    return out
