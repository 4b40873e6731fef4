"""FC701 role-conflict."""

from __future__ import annotations

from checker import lang
from checker.models import Finding, RoleClaim
from checker.normalise.names import same_person
from checker.rules.base import Context, Rule


def _object(c: RoleClaim) -> str:
    return lang.load().acts.synonyms.get(c.obj, c.obj)


class RoleConflict(Rule):
    """Different sources name different people as doing the same act (signed, claimed, scored, ordered).

    A person named as the agent in one source and only as a witness of the same act in another is the
    strongest case; two different agents of the same act are reported with lower confidence.

    Disagreeing:
        A: "the deal was signed by US Secretary of State Mike Pompeo"
        B: "envoy Zalmay Khalilzad signed the deal" ... "Mike Pompeo, who witnessed the signing"

    Consistent:
        A: "Khalilzad signed the deal"   B: "the deal was signed by envoy Zalmay Khalilzad"
    """

    code = "FC701"
    name = "role-conflict"
    kind = "role"
    severity = "warning"
    summary = "Sources name different people as doing the same act."

    def check(self, ctx: Context) -> list[Finding]:
        roles = [c for c in ctx.claims("role") if isinstance(c, RoleClaim)]
        findings = []
        done: set[tuple[str, ...]] = set()
        for a in roles:
            if a.relation != "agent":
                continue
            for b in roles:
                if b.article == a.article or b.act != a.act or _object(b) != _object(a) and b.relation == "agent":
                    continue
                other_agents = [r for r in roles if r.article == b.article and r.act == a.act and r.relation == "agent"]
                if any(same_person(r.agent_key, a.agent_key) for r in other_agents):
                    continue
                if b.relation == "witness" and same_person(b.agent_key, a.agent_key):
                    claims = [a, b] + other_agents[:1]
                    msg = (
                        f"{a.article} says {a.agent} did the act ({a.act} the {a.obj}); {b.article} says "
                        f"{b.agent} only witnessed it"
                        + (f" and {other_agents[0].agent} did it." if other_agents else ".")
                    )
                    confidence = 0.85
                elif (
                    b.relation == "agent"
                    and not same_person(b.agent_key, a.agent_key)
                    and not any(same_person(r.agent_key, b.agent_key) for r in roles if r.article == a.article)
                ):
                    claims = [a, b]
                    msg = f"{a.article} says {a.agent} did it ({a.act} the {a.obj}); {b.article} says {b.agent} did."
                    confidence = 0.55
                else:
                    continue
                sig = tuple(sorted({a.article, b.article})) + (a.act, _object(a))
                if sig in done:
                    continue
                done.add(sig)
                findings.append(
                    self.finding(
                        ctx,
                        claims,
                        f"who did the act: {a.act} {a.obj}",
                        msg,
                        confidence,
                        values=[c.agent for c in claims],
                    )
                )
        return findings
