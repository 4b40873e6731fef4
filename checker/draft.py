"""The editor's check of a draft: only what involves the draft, said from the draft's point of view.

An editor checking their story against the wire copy it draws on does not want every quarrel between
two wires. ``checker check --draft story.md wires/`` keeps the findings whose evidence includes a draft,
and rewrites each message as the editor asks it: what my draft says, what the sources say, how many of
them, which outlets, and the latest ("Your draft says 12 killed; 3 of the 4 sources that give it say 14
(...), the latest 004 (Reuters, 2020-03-05T14:05)"). A disagreement between two drafts alone is not
reported (each draft is checked against the sources, not against the other drafts); a finding inside
one draft (its headline against its body) is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checker.display import plural
from checker.models import Article, Finding, Side
from checker.sides import outlet, published_when, value_of


def _is_draft(article_id: str, articles: Mapping[str, Article]) -> bool:
    art = articles.get(article_id)
    return art is not None and art.draft


def _names(ids: Iterable[str], articles: Mapping[str, Article]) -> str:
    return ", ".join(outlet(i, articles) for i in ids)


def _sources(side: Side, articles: Mapping[str, Article]) -> list[str]:
    return [i for i in side.articles if not _is_draft(i, articles)]


def _latest(side: Side, articles: Mapping[str, Article]) -> str:
    """ "the latest X of <date>", when one source on the side was published after all the others."""
    ids = _sources(side, articles)
    if side.latest is None or _is_draft(side.latest, articles) or len(ids) < 2:
        return ""
    dates = sorted(when for i in ids if (when := published_when(articles.get(i))) is not None)
    if len(dates) < len(ids) or len(dates) > 1 and dates[-1] == dates[-2]:
        return ""  # undated sources, or a tie: no one is the latest
    return f", the latest {outlet(side.latest, articles)} of {side.latest_published}"


def _share(count: int, total: int) -> str:
    """ "2 of the 3 sources that give it say", "all 4 sources that give it say", "the one source ... says"."""
    if total == 1:
        return "the one source that gives it says"
    if count == total:
        return "both sources that give it say" if total == 2 else f"all {total} sources that give it say"
    return f"{count} of the {plural(total, 'source')} that give it {'says' if count == 1 else 'say'}"


def draft_message(draft: str, finding: Finding, articles: Mapping[str, Article]) -> str | None:
    """What ``draft`` says against what the sources say; None when no source differs from the draft."""
    home = next((s for s in finding.sides if draft in s.articles), None)
    if home is None:
        return None
    others = [s for s in finding.sides if s is not home and _sources(s, articles)]
    if not others:
        return None
    agreeing = _sources(home, articles)
    total = len(agreeing) + sum(len(_sources(s, articles)) for s in others)
    parts = [f"Your draft {draft} says {value_of(finding, draft)}"]
    for s in others:
        ids = _sources(s, articles)
        parts.append(f"{_share(len(ids), total)} {s.value} ({_names(ids, articles)}{_latest(s, articles)})")
    if agreeing:
        verb = "agrees" if len(agreeing) == 1 else "agree"
        parts.append(f"{len(agreeing)} {verb} with the draft ({_names(agreeing, articles)})")
    said = "; ".join(parts) + "."
    # a value alone does not say who did what: the rule's own sentence does
    return f"{said} {finding.message}" if finding.kind == "role" else said


def for_drafts(findings: Iterable[Finding], articles: Mapping[str, Article]) -> list[Finding]:
    """The findings that involve a draft, each message said from the draft's side."""
    kept = []
    for f in findings:
        involved = list(dict.fromkeys(e.article for e in f.evidence if _is_draft(e.article, articles)))
        if not involved:
            continue
        if len({e.article for e in f.evidence}) == 1:  # about the draft alone
            kept.append(f.model_copy(update={"message": f"Your draft {involved[0]}: {f.message}"}))
            continue
        said = [m for d in involved if (m := draft_message(d, f, articles))]
        if said:
            kept.append(f.model_copy(update={"message": " ".join(said)}))
    return kept
