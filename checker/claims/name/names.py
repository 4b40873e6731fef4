"""Name claims: people as written, for spelling comparison across sources."""

from __future__ import annotations

from checker.analysis.attribution import resolve_person
from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention, PlaceMention
from checker.models import NameClaim


def extract_names(
    doc: Document, people: list[PersonMention], places: list[PlaceMention], known: dict[str, list[str]]
) -> list[NameClaim]:
    out = []
    for p in people:
        sent = doc.sentence_at(p.start)
        if sent is None:
            continue
        out.append(
            NameClaim(
                **doc.located(p.start, p.end, sent),
                name=p.text,
                entity="person",
                key=resolve_person(p.key, known),
            )
        )
    return out
