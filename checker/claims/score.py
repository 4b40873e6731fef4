"""A game's final score and the teams named with it: "the Colts beat the host Jaguars, 31-24", "a 91-73 victory
over Evansville", "were beaten at home by Boston College, 85-78", and the line a headline or a box gives
("Creighton 65, Drake 53").

A score is read only beside a result, so that a run ("a 15-2 run"), a lead ("a 45-35 lead") or a record
("(10-0)") is none. The teams are the capitalised words right before the verb and of the name after it (or
of the line's two names); a game is met again wherever a team word is shared. The words are language data
(``lang/en/scores.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.document import Document
from checker.analysis.scope import is_background
from checker.models import ScoreClaim
from checker.normalise.patterns import alternation

TEAM = r"(?:No\.\s*\d+\s+)?(?:[A-Z][\w.'&-]*\s+){0,3}?[A-Z][\w.'&-]*"  # "No. 9 Drake Bulldogs", "Boston College"
SCORE = r"(?P<x>\d{1,3})\s*[-\u2013]\s*(?P<y>\d{1,3})(?![\d-])"
CAPITALISED = re.compile(r"[A-Z][\w.'&-]*")
DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    data = lang.load().scores
    beat, beaten = alternation(data.beat_verbs, space=r"\s+"), alternation(data.beaten_by)
    nouns, over = alternation(data.result_nouns), alternation(data.over)
    return [
        # "the Colts beat the host Jaguars, 31-24": who beat, whom, the score
        re.compile(
            rf"(?P<a>(?:[A-Z][\w.'&-]*\s+){{0,3}})(?:\(\d+-\d+\)\s+)?(?i:{beat})\s+(?:(?i:the)\s+)?(?:[a-z-]+\s+)?"
            rf"(?P<b>{TEAM}),?\s+{SCORE}"
        ),
        # "were beaten at home by Boston College, 85-78"
        re.compile(rf"\b(?i:{beaten})\s+(?:[a-z]+\s+){{0,3}}?by\s+(?:the\s+)?(?P<b>{TEAM}),?\s+{SCORE}"),
        # "a 91-73 victory over Evansville"
        re.compile(rf"\b{SCORE}\s+(?i:{nouns})\s+(?i:{over})\s+(?:(?i:the)\s+)?(?:[a-z-]+\s+)?(?P<b>{TEAM})"),
        # a line: "Creighton 65, Drake 53"
        re.compile(
            rf"(?:^|(?<=:\s)|(?<=\n))(?P<a>{TEAM})\s+(?P<x>\d{{1,3}}),\s+(?P<b>{TEAM})\s+(?P<y>\d{{1,3}})\s*$", re.M
        ),
    ]


def _teams(*names: str | None) -> tuple[str, ...]:
    skip = set(lang.load().scores.not_teams)
    words = {w.lower() for name in names if name for w in CAPITALISED.findall(name) if w not in skip}
    return tuple(sorted(words))


def read_scores(doc: Document) -> list[ScoreClaim]:
    """Each final score an article gives beside a result, with the teams named."""
    out: list[ScoreClaim] = []
    taken: set[int] = set()
    # a score has digits: the patterns run only over the sentences that hold one
    scored = [sent for sent in doc.sentences if DIGIT.search(doc.text, sent.start, sent.end)]
    for pattern in _patterns():
        for sent in scored:
            for m in pattern.finditer(doc.text, sent.start, sent.end):
                groups = m.groupdict()
                teams = _teams(groups.get("a"), groups.get("b"))
                if not teams or m.start("x") in taken:
                    continue
                taken.add(m.start("x"))
                x, y = int(m.group("x")), int(m.group("y"))
                start = m.start("a") if groups.get("a") else m.start()
                out.append(
                    ScoreClaim(
                        **doc.located(start, m.end(), sent),
                        teams=teams,
                        winner=max(x, y),
                        loser=min(x, y),
                        headline=doc.in_title(m.start()),
                        background=is_background(doc, sent.start, sent.end),
                    )
                )
    return sorted(out, key=lambda c: c.start)


def check_examples() -> None:
    """The examples of ``lang/en/scores.yaml``: each text reads as the teams and score given."""
    from checker.analysis.document import analyse
    from checker.models import Article

    wrong = []
    for ex in lang.load().scores.examples:
        found = read_scores(analyse(Article(id="x", path="x", text=ex.text)))
        got = (list(found[0].teams), [found[0].winner, found[0].loser]) if found else ([], [])
        if got != (sorted(ex.teams), ex.score):
            wrong.append(f"{ex.text!r} read as {got}")
    if wrong:
        raise ValueError(f"lang/en/scores.yaml: examples read the wrong way: {wrong}")


def extract(a: ArticleAnalysis) -> list[ScoreClaim]:
    """The final scores an article gives."""
    return read_scores(a.doc)
