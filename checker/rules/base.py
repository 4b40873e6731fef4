"""What every rule shares: its identity, the context it reads, and how a finding is built."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from checker.analysis.article import ArticleAnalysis
from checker.analysis.event import MainEvent, main_event
from checker.models import Article, ClaimBase, Evidence, Finding, Kind, Severity
from checker.settings import Settings, declared

T = TypeVar("T")


@dataclass
class Context:
    extractions: list[ArticleAnalysis]
    settings: Settings = field(default_factory=Settings)

    _articles: dict[str, Article] = field(default_factory=dict, init=False, repr=False)
    _by_kind: dict[str, list[ClaimBase]] = field(default_factory=dict, init=False, repr=False)
    _main_event: MainEvent | None = field(default=None, init=False, repr=False)
    _done: dict[Callable[..., Any], Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # built once: rules ask for these for every pair they look at
        self._articles = {x.doc.article.id: x.doc.article for x in self.extractions}
        for x in self.extractions:
            for c in x.claims:
                self._by_kind.setdefault(getattr(c, "kind", "other"), []).append(c)

    def once(self, work: Callable[[Context], T]) -> T:
        """``work(self)``, done once per check however many rules ask for it (the toll comparison that
        FC101 and FC102 both read): typed by the function, not by a string key."""
        if work not in self._done:
            self._done[work] = work(self)
        result: T = self._done[work]
        return result

    @property
    def main_event(self) -> MainEvent:
        """Where the articles lead and the story's own province, worked out once per check."""
        if self._main_event is None:
            self._main_event = main_event(self.extractions)
        return self._main_event

    @property
    def articles(self) -> dict[str, Article]:
        return self._articles

    def claims(self, kind: str) -> list[ClaimBase]:
        return self._by_kind.get(kind, [])

    def sentence(self, c: ClaimBase) -> str:
        art = self.articles[c.article]
        return " ".join(art.text[c.sent_start : c.sent_end].split())


class Rule:
    """A comparison rule. The class docstring is the user documentation (``checker explain``)."""

    code: ClassVar[str]
    name: ClassVar[str]
    kind: ClassVar[Kind]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    reads: ClassVar[tuple[str, ...]] = ()  # the settings (``checker.settings.Settings``) the rule reads

    def check(self, ctx: Context) -> list[Finding]:
        raise NotImplementedError

    @classmethod
    def doc(cls) -> str:
        """The class docstring, then the settings the rule reads with their defaults and config keys."""
        text = re.sub(r"\n    ", "\n", cls.__doc__ or "").strip()
        settings = [s for s in declared() if s.name in cls.reads]
        if settings:
            lines = [f"    {s.key} = {s.default:g}  ({s.low:g}-{s.high:g}): {s.doc}" for s in settings]
            text += "\n\nSettings (config file keys, defaults):\n" + "\n".join(lines)
        return text

    def finding(
        self,
        ctx: Context,
        claims: Sequence[ClaimBase],
        subject: str,
        message: str,
        confidence: float,
        severity: Severity | None = None,
        values: Sequence[object] | None = None,
        kind: Kind | None = None,
    ) -> Finding:
        evidence = []
        seen = set()
        for i, c in enumerate(claims):
            if (c.article, c.start, c.end) in seen:
                continue
            seen.add((c.article, c.start, c.end))
            value = values[i] if values is not None else None
            evidence.append(
                Evidence(
                    article=c.article, start=c.start, end=c.end, text=c.text, value=value, sentence=ctx.sentence(c)
                )
            )
        evidence.sort(key=lambda e: (e.article, e.start))
        fingerprint = "|".join([self.code] + [f"{e.article}:{e.start}:{e.end}" for e in evidence])
        return Finding(
            id=hashlib.sha1(fingerprint.encode()).hexdigest()[:16],
            rule=self.code,
            name=self.name,
            kind=kind or self.kind,
            severity=severity or self.severity,
            confidence=round(confidence, 2),
            subject=subject,
            message=message,
            evidence=tuple(evidence),
        )
