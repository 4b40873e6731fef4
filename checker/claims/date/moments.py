"""What a time of day times, from the parse: "The Airbus took off ... at 9:47 p.m." times a take-off, however
far back in the sentence the verb stands. The words around a time (``DateClaim.event``) are a window of the
sentence; a long place name between the verb and the time ("took off from Tancredo Neves International Airport in
Confins, Minas Gerais state, at 9:47 p.m.") pushes the verb out of it, and with it the kind of happening that
lets two outlets' times of one moment meet (FC202). The happening's words are put before the window's."""

from __future__ import annotations

from collections.abc import Sequence

from checker.analysis.clauses import moments_at
from checker.claims.date.dates import TIME_WINDOW, event_words
from checker.claims.date.heads import HasClaims
from checker.models import DateClaim
from checker.normalise.happenings import happening_kinds


def assign_moments(results: Sequence[HasClaims]) -> None:
    """Each time of day's event words begin with the words of the happening the parse hangs it on. Only the
    sentences holding a time are parsed, in one batch for the cluster."""
    jobs: list[tuple[HasClaims, int, list[DateClaim]]] = []
    for r in results:
        by_sentence: dict[int, list[DateClaim]] = {}
        for c in r.claims:
            # a time its window of words reaches back to its sentence's start from (a live blog's entry stamp
            # among them) lost no verb behind it, and one whose words already name its happening ("departed SBCF
            # at 20:47") needs no parse to name it
            if (
                isinstance(c, DateClaim)
                and c.clock is not None
                and c.start - c.sent_start > TIME_WINDOW
                and not happening_kinds(c.event)
            ):
                by_sentence.setdefault(c.sent_start, []).append(c)
        jobs.extend((r, start, found) for start, found in sorted(by_sentence.items()))
    if not jobs:
        return
    texts = [(r.doc.text[s : found[0].sent_end], [(c.start - s, c.end - s) for c in found]) for r, s, found in jobs]
    moment: dict[int, str] = {}
    for (_r, s, found), spans in zip(jobs, moments_at(texts), strict=True):
        for c in found:
            said = " ".join(w for w in event_words(spans.get(c.start - s, "")) if w not in c.event.split())
            if said:
                moment[id(c)] = f"{said} {c.event}".strip()
    for r in results:
        r.claims = [c.model_copy(update={"event": moment[id(c)]}) if id(c) in moment else c for c in r.claims]
