"""Who did what: the agents of named acts (signed, claimed, ordered, scored, led) and their witnesses."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.extract.attribution import resolve_person
from checker.extract.document import Document, Sentence
from checker.extract.entities import PersonMention
from checker.models import RoleClaim


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    data = lang.load().acts
    witness = "|".join(sorted(data.witness_verbs, key=len, reverse=True))
    out = []
    for name, act in data.acts.items():
        verbs = "|".join(act.verbs)
        objs = "|".join(sorted(act.objects, key=len, reverse=True))
        nouns = "|".join(act.nouns) or "(?!x)x"
        active = re.compile(
            rf"\b(?P<verb>{verbs})\s+(?:\w+\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<obj>{objs})\b",
            re.I,
        )
        passive = re.compile(
            rf"\b(?P<obj>{objs})\s+(?:was|were|had\s+been|has\s+been|is|being)\s+"
            rf"(?:\w+\s+)?(?P<verb>{verbs})\s+by\s+",
            re.I,
        )
        wit = re.compile(
            rf"\b(?P<verb>{witness})\s+(?:the\s+)?(?:{nouns}|(?:{verbs}))\b(?:\s+of\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<obj>{objs}))?",
            re.I,
        )
        out.append((name, active, passive, wit))
    return out


def extract_roles(doc: Document, people: list[PersonMention], known: dict[str, list[str]]) -> list[RoleClaim]:
    out: list[RoleClaim] = []
    for sent in doc.sentences:
        here = [p for p in people if sent.start <= p.start < sent.end]
        if not here:
            continue
        for act, active, passive, wit in _patterns():
            for m in passive.finditer(sent.text):
                at = sent.start + m.end()
                agents = [p for p in here if at <= p.start <= at + 60]
                out.extend(_claims(doc, sent, agents[:1], act, m.group("obj"), "agent", known, sent.start + m.start()))
            for m in active.finditer(sent.text):
                at = sent.start + m.start()
                clause_start = max(sent.start, doc.folded.rfind(",", sent.start, at) + 1)
                rel = re.search(r",\s+who\s+(?:\w+\s+){0,4}$", doc.folded[sent.start : at])
                if rel:
                    clause_start = sent.start
                    comma = sent.start + rel.start()
                    # the antecedent of "who" is the name right before the comma, or nobody we know
                    agents = [p for p in here if comma - 2 <= p.end <= comma]
                else:
                    agents = [p for p in here if clause_start <= p.start and p.end <= at]
                out.extend(_claims(doc, sent, agents, act, m.group("obj"), "agent", known, at))
            for m in wit.finditer(sent.text):
                at = sent.start + m.start()
                before = [p for p in here if p.end <= at and at - p.end <= 40]
                out.extend(_claims(doc, sent, before[-1:], act, m.group("obj") or act, "witness", known, at))
    return out


def _claims(
    doc: Document,
    sent: Sentence,
    agents: list[PersonMention],
    act: str,
    obj: str,
    relation: str,
    known: dict[str, list[str]],
    verb_at: int,
) -> list[RoleClaim]:
    out = []
    for p in agents:
        start, end = min(p.start, verb_at), max(p.end, verb_at)
        end = max(end, doc.folded.find(obj, verb_at) + len(obj) if obj in doc.folded[verb_at : verb_at + 80] else end)
        out.append(
            RoleClaim(
                article=doc.article.id,
                start=start,
                end=end,
                text=doc.text[start:end],
                sent_start=sent.start,
                sent_end=sent.end,
                act=act,
                obj=obj.lower(),
                agent=p.text,
                agent_key=resolve_person(p.key, known),
                relation=relation,  # type: ignore[arg-type]
            )
        )  # type: ignore[arg-type]
    return out
