"""Each rule's documentation inside the page: what `checker explain CODE` prints, once per rule used.

A finding's rule code links to its entry (``#rule-CODE``), a ``<details>`` the page's script opens on
the way there; nothing is fetched, so the documentation is there offline and when the page is mailed.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.report.html_text import escape, escape_text


def explanation(code: str) -> str | None:
    """The text `checker explain CODE` prints (kept equal by a test), or None for an unknown code."""
    from checker.rules import RULES

    rule = RULES.get(code)
    if rule is None:
        return None
    return f"{rule.code} {rule.name} ({rule.kind}, default severity {rule.severity})\n\n{rule.doc()}\n"


def rule_link(code: str) -> str:
    return (
        f'<a class="rule" href="#rule-{escape(code)}" data-rule="{escape(code)}" '
        f'title="what {escape(code)} checks (checker explain {escape(code)})">{escape(code)}</a>'
    )


def rules_section(codes: Iterable[str]) -> str:
    """A ``<details>`` per rule, in code order; a code without documentation is listed as such."""
    items = []
    for code in sorted(set(codes)):
        doc = explanation(code)
        summary = doc.split("\n", 1)[0] if doc else f"{code}: no documentation in this version of checker"
        body = f"<pre>{escape_text(doc)}</pre>" if doc else ""
        items.append(
            f'<details class="ruledoc" id="rule-{escape(code)}"><summary>{escape(summary)}</summary>{body}'
            f'<p class="hint">The same text as <code>checker explain {escape(code)}</code>.</p></details>'
        )
    if not items:
        return ""
    return f'<section id="rules"><h2>Rules in this report</h2>{"".join(items)}</section>'
