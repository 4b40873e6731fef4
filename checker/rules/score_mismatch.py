"""FC107 score-mismatch."""

from __future__ import annotations

from checker import lang
from checker.match import Components
from checker.models import Finding, ScoreClaim
from checker.rules.base import Context, Rule


class ScoreMismatch(Rule):
    """One game given different final scores ("the Bluejays defeated Drake 65-53" / "Creighton 65, Drake 5").

    A score is read beside a result: a verb of beating and the team beaten ("beat the host Jaguars, 31-24"),
    its passive ("beaten at home by Boston College, 85-78"), a result noun ("a 91-73 victory over
    Evansville"), or a line of two teams and their points ("Creighton 65, Drake 53"); runs, leads and
    records are none. Scores naming a team in common are one game's (words many names share, "State",
    "College", do not join them). Each article's first score of a game outside sentences about earlier
    games is its score, so a headline slip meets the body's figure.

    Disagreeing:
        A: "Arch Madness: Creighton 65, Drake 5"   B: "the top-seeded Bluejays defeated Drake 65-53"

    Consistent:
        A: "Creighton defeated Drake, 65-53"   B: "a 65-53 victory over Drake"
    """

    code = "FC107"
    name = "score-mismatch"
    kind = "count"
    severity = "warning"
    summary = "One game is given different final scores."

    def check(self, ctx: Context) -> list[Finding]:
        scores = [c for c in ctx.claims("score") if isinstance(c, ScoreClaim) and not c.background]
        generic = set(lang.load().scores.generic_team_words)
        games = Components()
        by_word: dict[str, int] = {}
        for i, c in enumerate(scores):
            games.find(i)
            for word in set(c.teams) - generic:
                games.union(i, by_word.setdefault(word, i))
        findings = []
        for game in games.groups():
            first: dict[str, ScoreClaim] = {}
            for c in sorted((scores[i] for i in game), key=lambda c: (c.article, c.start)):
                first.setdefault(c.article, c)
            shown = sorted(first.values(), key=lambda c: c.article)
            if len({(c.winner, c.loser) for c in shown}) < 2:
                continue
            desc = "; ".join(f"{c.article}: {c.winner}-{c.loser}" for c in shown)
            findings.append(
                self.finding(
                    ctx,
                    shown,
                    "final score",
                    f"One game is given different final scores: {desc}.",
                    0.7,
                    values=[f"{c.winner}-{c.loser}" for c in shown],
                )
            )
        return findings
