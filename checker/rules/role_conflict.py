"""FC701 role-conflict."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.match import blocks
from checker.models import Finding, RoleClaim
from checker.normalise.names import same_person
from checker.normalise.text import drop_possessive, words
from checker.rules.base import Context, Rule


def _object(c: RoleClaim) -> str:
    return lang.load().acts.synonyms.get(c.obj, c.obj)


ACRONYM = re.compile(r"((?:[A-Z][\w'-]*\s+){1,6}?[A-Z][\w'-]*)\s+\(([A-Z]{2,6})\)")


def acronyms(ctx: Context) -> dict[str, str]:
    """Acronyms the cluster defines ("Tehreek-e-Jihad Frontier (TJF)"): acronym key -> name key."""
    out: dict[str, str] = {}
    stopwords = lang.load().acts.agents.key_stopwords
    for art in ctx.articles.values():
        for m in ACRONYM.finditer(art.text):
            name, short = m.group(1), m.group(2)
            initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
            if initials.endswith(short) or short in initials:
                out[short.lower()] = " ".join(w for w in words(name) if w not in stopwords)
    return out


OFFICE = "office:"


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    titles = lang.load().titles
    return frozenset(
        {w for t in [*titles.name_titles, *titles.posts, *titles.abbreviations.values()] for w in t.split()}
        | {w for aliases in titles.offices.values() for a in aliases for w in a.split()}
        | set(titles.office_words)
    )


def agent_identity(key: str) -> tuple[str, str]:
    """("office", "chief minister") for an agent named only by a post ("CM", "the Chief Minister's
    Office"); ("person", key without leading titles) otherwise ("DM Rathore" -> "rathore")."""
    titles = lang.load().titles
    title_words = _title_words()
    toks = [drop_possessive(t, plural=True) for t in key.split()]
    toks = [titles.abbreviations.get(t, t) for t in toks if t not in titles.office_nouns]
    expanded = " ".join(toks).split()
    if expanded and all(t in title_words for t in expanded):
        return "office", " ".join(expanded)
    while len(expanded) > 1 and expanded[0] in title_words:
        expanded = expanded[1:]
    return "person", " ".join(expanded) if expanded else key


def _qualifier(r: RoleClaim) -> str | None:
    """The word that tells one act of a kind from another: "judicial" in "ordered a judicial inquiry"."""
    m = re.search(rf"\b([a-z]+)\s+{re.escape(r.obj)}\b", r.text.lower())
    word = m.group(1) if m else None
    return word if word and word not in lang.load().acts.not_qualifiers else None


class RoleConflict(Rule):
    """Different sources name different people as doing the same act (signed, claimed, scored, ordered).

    A person named as the agent in one source and only as a witness of the same act in another is the
    strongest case; two different agents of the same act are reported with lower confidence.

    Disagreeing:
        A: "the accord was signed by Foreign Minister Maria Lopez"
        B: "envoy Pedro Alvarez signed the accord" ... "Maria Lopez, who witnessed the signing"

    Consistent:
        A: "Alvarez signed the accord"   B: "the accord was signed by envoy Pedro Alvarez"
    """

    code = "FC701"
    name = "role-conflict"
    kind = "role"
    severity = "warning"
    summary = "Sources name different people as doing the same act."

    def check(self, ctx: Context) -> list[Finding]:
        self._acronyms = acronyms(ctx)
        roles = [c for c in ctx.claims("role") if isinstance(c, RoleClaim)]
        findings = []
        for block_key, group in sorted(blocks(roles, lambda c: (c.act, _object(c))).items(), key=lambda kv: str(kv[0])):
            act, obj = str(block_key[0]), str(block_key[1])  # type: ignore[index]
            findings.extend(
                self._act(ctx, act, obj, group, [r for r in roles if r.act == act and r.relation == "witness"])
            )
        return findings

    def _act(
        self, ctx: Context, act: str, obj: str, group: list[RoleClaim], witnesses: list[RoleClaim]
    ) -> list[Finding]:
        # who each article names as doing the act, and as only looking on
        agents: dict[str, dict[str, RoleClaim]] = {}
        for r in group:
            if r.relation == "agent":
                agents.setdefault(self._person(r, agents), {}).setdefault(r.article, r)
        watched: dict[str, dict[str, RoleClaim]] = {}
        for r in witnesses:
            watched.setdefault(self._person(r, agents), {}).setdefault(r.article, r)
        findings = []
        covered: set[tuple[str, str]] = set()
        for person, by_article in sorted(agents.items()):
            for article, w in sorted(watched.get(person, {}).items()):
                if article in by_article:
                    continue
                a = next(iter(sorted(by_article.values(), key=lambda r: r.article)))
                others = [r for p, arts in agents.items() if p != person for r in arts.values() if r.article == article]
                msg = f"{a.article} says {a.agent} did it ({a.act} the {a.obj}); "
                msg += f"{article} says {w.agent} only witnessed it"
                msg += f" and {others[0].agent} did it." if others else "."
                findings.append(
                    self.finding(
                        ctx,
                        [a, w] + others[:1],
                        f"who did the act: {act} {a.obj}",
                        msg,
                        0.85,
                        values=[a.agent, w.agent] + [o.agent for o in others[:1]],
                    )
                )
                covered.update(
                    (person, o_person)
                    for o_person in agents
                    if any(o.article == article for o in agents[o_person].values())
                )
                break
        spec = lang.load().acts.acts[act]
        if not spec.single_agent or obj in spec.shared_objects:
            return findings  # several agents normally share it: only a witness named as agent contradicts
        people = sorted(agents)
        clashing: dict[str, RoleClaim] = {}
        for i, p in enumerate(people):
            for q in people[i + 1 :]:
                if (p, q) in covered or (q, p) in covered:
                    continue
                if p.startswith(OFFICE) != q.startswith(OFFICE):
                    continue  # "the Regent" and "Yohanes Lewar": an office and a person may be one agent
                qp = {x for r in agents[p].values() if (x := _qualifier(r))}
                qq = {x for r in agents[q].values() if (x := _qualifier(r))}
                if qp and qq and not qp & qq:
                    continue  # "a magisterial inquiry" and "a judicial inquiry" are two acts
                only_p = [r for art, r in agents[p].items() if art not in agents[q]]
                only_q = [r for art, r in agents[q].items() if art not in agents[p]]
                if only_p and only_q:
                    for r in only_p + only_q:
                        clashing.setdefault(f"{r.article}:{r.start}", r)
        if clashing:
            # one finding for the act: every source and the agent it names
            claims = sorted(clashing.values(), key=lambda r: (r.article, r.start))
            names = sorted({r.agent for r in claims})
            desc = "; ".join(f"{r.article}: {r.agent}" for r in claims)
            msg = f"Sources name different agents of one act ({act.replace('_', ' ')} the {claims[0].obj}): {desc}."
            findings.append(
                self.finding(
                    ctx, claims, f"who did the act: {act} {claims[0].obj}", msg, 0.55, values=[r.agent for r in claims]
                )
            )
            del names
        return findings

    def _person(self, r: RoleClaim, known: dict[str, dict[str, RoleClaim]]) -> str:
        key = self._acronyms.get(r.agent_key, r.agent_key)
        kind, key = agent_identity(key)
        if kind == "office":
            return OFFICE + key  # "CM", "Chief Minister's Office" and "chief minister" are one agent
        return next((k for k in known if same_person(k, key)), key)
