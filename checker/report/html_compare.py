"""The compare view of one finding: every article its evidence comes from, side by side.

One column per cited article (as many as there are; the stylesheet wraps them on a narrow screen),
headed by the article's id, outlet, publication date and title, then the paragraph around each
evidence span with the span marked, and links down to the span in the full text. Each column has a
label area (``labels``) so a later finding field (which outlets hold which value) can tag it without
changing the layout. Everything is rendered here, once, in Python; the page's script only shows and
hides it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checker.models import Article, ArticleEntry, Finding
from checker.report.html_text import Layout, Marker, context_range, escape, merge
from checker.report.positions import evidence_span
from checker.sides import describe_sides


def cited(f: Finding, order: Sequence[str]) -> list[str]:
    """The articles ``f`` cites, in the report's order (an unknown id last, as cited)."""
    ids = list(dict.fromkeys(ev.article for ev in f.evidence))
    rank = {a: i for i, a in enumerate(order)}
    return sorted(ids, key=lambda a: (rank.get(a, len(rank)), ids.index(a)))


def column_header(art_id: str, entry: ArticleEntry | None, lay: Layout | None, labels: Sequence[str]) -> str:
    title = lay.title if lay else entry.title if entry else None
    meta = [
        f'<span class="src">{escape(entry.source)}</span>' if entry and entry.source else "",
        f"<time>{escape(entry.published)}</time>" if entry and entry.published else "no date",
    ]
    tags = "".join(f'<span class="tag">{escape(label)}</span>' for label in labels)
    return (
        f'<header><h4>{escape(art_id)}</h4><div class="labels">{tags}</div>'
        f'<div class="meta">{" · ".join(m for m in meta if m)}</div>'
        + (f'<div class="ctitle">{escape(title)}</div>' if title else "")
        + "</header>"
    )


def excerpts(f: Finding, art: Article, lay: Layout, severity: str) -> str:
    """The paragraphs around ``f``'s evidence in ``art``, the evidence marked, cut paragraphs with an ellipsis."""
    text = art.text
    mine = [(i, ev) for i, ev in enumerate(f.evidence) if ev.article == art.id]
    spans = [(ev.start, ev.end, f"{f.id}:{i}") for i, ev in mine] + lay.spans
    marker = Marker({f.id: severity}, anchors=False)
    out = []
    for lo, hi in merge([context_range(text, ev.start, ev.end, art.body_start) for _, ev in mine]):
        para_lo = max(art.body_start, text.rfind("\n", 0, lo) + 1)
        nl = text.find("\n", hi)
        para_hi = len(text) if nl < 0 else nl
        where = " headline" if lay.headline and lay.headline[0] <= lo < lay.headline[1] else ""
        body = marker.render(text, lo, hi, spans).strip()
        out.append(
            f'<blockquote class="excerpt{where}">{"… " if lo > para_lo else ""}{body}'
            f'{" …" if hi < para_hi else ""}</blockquote>'
        )
    return "".join(out)


def column(
    f: Finding,
    art_id: str,
    articles: dict[str, Article],
    entry: ArticleEntry | None,
    lay: Layout | None,
    labels: Sequence[str] = (),
) -> str:
    art = articles.get(art_id)
    links = []
    for i, ev in enumerate(f.evidence):
        if ev.article != art_id:
            continue
        where = f"line {evidence_span(ev, articles).start_line}" if art is not None else "evidence"
        links.append(f'<a href="#ev-{escape(f.id)}-{i}" class="evlink">{where} in the full text</a>')
    if art is not None and art.status == "ok" and lay is not None:
        body = excerpts(f, art, lay, f.severity)
    else:  # the article is not in the page (a baseline or a partial run): its cited words are all there is
        body = "".join(
            f'<blockquote class="excerpt"><mark class="ev sev-{f.severity}">{escape(ev.text)}</mark></blockquote>'
            for ev in f.evidence
            if ev.article == art_id
        )
    return (
        f'<section class="col{" draft" if art is not None and art.draft else ""}" data-article="{escape(art_id)}">'
        f"{column_header(art_id, entry, lay, labels)}"
        f'{body}<div class="links">{" · ".join(links)}</div></section>'
    )


def side_labels(f: Finding, articles: Mapping[str, Article]) -> dict[str, list[str]]:
    """Each article's tags from the finding's sides: the value it gives, where it stands, the latest."""
    labels: dict[str, list[str]] = {}
    odd = [s for s in f.sides if s.standing == "minority" and not s.draft]
    for side in f.sides:
        for art_id in side.articles:
            art = articles.get(art_id)
            tags = ["your draft"] if art is not None and art.draft else []
            tags.append(side.value)
            if side.standing == "majority" and len(f.sides) > 1:
                tags.append(f"majority ({len(side.articles)})")
            elif side in odd:
                tags.append("odd one out" if len(odd) == 1 and len(side.articles) == 1 else "minority")
            if side.latest == art_id and "your draft" not in tags:
                tags.append("latest")
            labels[art_id] = tags
    return labels


def compare_view(
    f: Finding,
    articles: dict[str, Article],
    entries: Mapping[str, ArticleEntry],
    layouts: Mapping[str, Layout],
) -> str:
    ids = cited(f, list(entries))
    labels = side_labels(f, articles)
    # the editor's draft first, the sources beside it
    ids.sort(key=lambda a: not (articles.get(a) is not None and articles[a].draft))
    cols = "".join(column(f, a, articles, entries.get(a), layouts.get(a), labels.get(a, ())) for a in ids)
    who = describe_sides(f, articles)
    lead = f'<p class="sides">{escape(who)}</p>' if who and not any(s.draft for s in f.sides) else ""
    return f'<div class="compare" data-columns="{len(ids)}">{lead}<div class="cols">{cols}</div></div>'
