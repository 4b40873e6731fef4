"""FC402 title-mismatch."""

from __future__ import annotations

import re

from checker import lang
from checker.models import AttributionClaim, Finding
from checker.normalise.names import is_possessive, office_of, post_of, rank_group, role_head
from checker.normalise.places import gazetteer
from checker.rules.base import Context, Rule


def formal_titles(c: AttributionClaim) -> dict[str, str]:
    """The titles a claim gives, by kind: a rank ("colonel", "deputy inspector general"), an office
    ("chief financial officer", "spokesperson") and a public post of two words or more ("special relief
    commissioner"). Each kind is compared with its own kind only: a colonel may also be a spokesman, and a
    party president its candidate for chief minister. A post that spells out the rank stands for the rank;
    a bare post word ("Judge", "Justice") says too little to compare."""
    out: dict[str, str] = {}
    post = post_of(c.role)
    post = post if post and " " in post else None
    if post and (level := _post_level(c.role or "", post)):
        post = f"{level} {post}"  # "federal district judge" and "state district judge" are two posts
    if c.title and rank_group(c.title) and rank_group(c.title) != "academic" and not (post and c.title in post):
        out["rank"] = c.title  # "Dr" is no office
    office = office_of(c.title) or office_of(c.role)
    if office:
        out["office"] = office
    elif post:
        out["post"] = post
    elif job := _job(c.role):
        out["job"] = job
    return out


def _job(role: str | None) -> str | None:
    """A job described in words before a role noun ("security research and communications director at McAfee
    Labs" -> "security research and communications director"), when there are such words: the same words
    before two role nouns ("... director", "... manager") are one job given two grades."""
    if not role:
        return None
    words = role.lower().split()
    head_at = role_head(words)
    if head_at < 1 or words[head_at] not in lang.load().roles.role_nouns:
        return None
    # whose job it is ("Halvorsen's lawyer") says nothing of which job, nor where ("Galena fire chief")
    described = [w for w in words[:head_at] if not is_possessive(w)]
    while described and gazetteer().is_known(described[0]):
        described = described[1:]
    return " ".join([*described, words[head_at]]) if described else None


def _graded_titles(a: str, ca: AttributionClaim, b: str, cb: AttributionClaim) -> bool:
    """Two jobs a grade apart, both written as titles ("Galena Fire Chief" / "Assistant Fire Chief"): two posts.
    A job described in lower case ("public defender Peter Lynch") may be anyone's in that office, deputies too."""
    return _lower_grade(a, b) and _capitalised(ca.text, a.split()[-1]) and _capitalised(cb.text, b.split()[-1])


def _capitalised(text: str, word: str) -> bool:
    return any(w.lower() == word and w[:1].isupper() for w in re.findall(r"[\w'-]+", text))


def _one_job(a: str, b: str) -> bool:
    """Two jobs with the same words before role nouns that name two jobs: the same job, given two grades."""
    kin = {w: group[0] for group in lang.load().titles.job_kin for w in group}
    head_a, head_b = a.split()[-1], b.split()[-1]
    return a.split()[:-1] == b.split()[:-1] and kin.get(head_a, head_a) != kin.get(head_b, head_b)


def _post_level(role: str, post: str) -> str | None:
    """The level of government the words before a post name ("U.S. District Judge": federal), if any."""
    before = role.lower()[: max(0, role.lower().rfind(post))].replace("\u2019", "'")
    tokens = before.split()
    # "Lagos State Commissioner": a level word after a place is part of the place's name
    kept = [t for i, t in enumerate(tokens) if i == 0 or not gazetteer().is_known(tokens[i - 1])]
    words = set(kept) | {" ".join(p) for p in zip(kept, kept[1:], strict=False)}
    found = {level for level, cues in lang.load().titles.post_levels.items() if words & set(cues)}
    return found.pop() if len(found) == 1 else None


def _lower_grade(a: str, b: str) -> bool:
    """ "deputy director general" and "director general" are two posts, not one written more fully."""
    grades = lang.load().titles.grades
    a, b = _before_portfolio(a), _before_portfolio(b)  # "vice president of the lodge" / "president of the lodge 44"
    for short, long in ((a, b), (b, a)):
        if long.endswith(" " + short):
            words = long[: -len(short)].split()
            if words and words[-1] in (*grades.office, *grades.post):
                return True
    return False


def _before_portfolio(post: str) -> str:
    """The words of a post before its portfolio ("vice president" of "vice president of worldwide marketing")."""
    words = post.split()
    at = next((i for i, w in enumerate(words) if w in lang.load().titles.post_words.portfolio), None)
    return " ".join(words[:at]) if at else post


def _informal_same_post(kind: str, ca: AttributionClaim, a: str, cb: AttributionClaim, b: str) -> bool:
    """ "Mining minister" and "Mineral Resources and Energy Minister": one post, one of them described
    rather than titled. Two posts with the same head word clash only when both are written as titles."""
    if kind != "post" or a.split()[-1] != b.split()[-1]:
        return False
    head = a.split()[-1]
    return not all(re.search(rf"\b{re.escape(head.capitalize())}\b", c.text) for c in (ca, cb))


def _portfolio(post: str) -> tuple[str, frozenset[str]]:
    """A post's head word and its portfolio's words, however the post is written: "communications minister"
    and "minister for culture, communications and sport" are ("minister", {communications}) and ("minister",
    {culture, communications, sport}); kin words stand for one another ("interior", "internal")."""
    titles = lang.load().titles
    kin = {w: group[0] for group in titles.portfolio_kin for w in group}
    joiners = lang.load().speech.attribution.list_joiners
    skip = set(titles.post_words.portfolio) | set(titles.post_words.articles) | set(joiners)
    words = [w.strip(".,") for w in post.split()]
    at = next((i for i, w in enumerate(words) if w in titles.post_words.portfolio), None)
    head = words[at - 1] if at else words[-1]
    rest = words[:at - 1] + words[at + 1 :] if at else words[:-1]
    return head, frozenset(kin.get(w, w) for w in rest if w not in skip)


def _one_portfolio(a: str, b: str) -> bool:
    """Two forms of one post: the same head word, and one portfolio is part of the other's ("Communications
    Minister" of the "Minister for Culture, Communications and Sport"); a grade apart is two posts."""
    (head_a, words_a), (head_b, words_b) = _portfolio(a), _portfolio(b)
    if head_a != head_b or _lower_grade(a, b):
        return False
    # "company president" / "president of Penobscot Bay Express": a post whose only portfolio is the kind of body
    # it heads is the post the other names in full
    generic = set(lang.load().titles.post_words.generic_bodies)
    return words_a <= words_b or words_b <= words_a if words_a - generic and words_b - generic else True


def _bare(title: str) -> str:
    """ "L.A. Superior Court judge" and "LA Superior Court judge": abbreviations with or without full stops."""
    return title.replace(".", "")


class TitleMismatch(Rule):
    """The same person given different ranks or offices ("Major" in one source, "Colonel" in another).

    Abbreviations are expanded first ("Col." is "Colonel", "DIG" is "Deputy Inspector General", "CFO"
    is "chief financial officer"); a rank and a role noun do not conflict ("Colonel Hendra Wiratama" and
    "spokesman Hendra Wiratama"), nor does a title and a fuller form of it ("Judge" and "District Judge").
    A job described by the same words before two role nouns ("security research and communications director"
    / "... manager") is one job given two grades; role nouns of one job ("lawyer", "attorney") agree; a job and its
    assistant's or deputy's, both written as titles ("Galena Fire Chief" / "Assistant Fire Chief"), are two posts
    (a job in lower case, "public defender Peter Lynch", may be a deputy's). A post a
    grade apart ("vice president of worldwide marketing" / "Senior Vice President of Worldwide Marketing") is
    another post, whether or not both are written as titles. A post named only by the kind of body it heads
    ("company president") is the post another source names in full ("president of Penobscot Bay Express").

    Disagreeing:
        A: "Maj. Ahmed Khan said"   B: "Colonel Ahmed Khan said"

    Consistent:
        A: "Col. Hendra Wiratama"   B: "Colonel Hendra Wiratama"
    """

    code = "FC402"
    name = "title-mismatch"
    kind = "attribution"
    severity = "warning"
    summary = "One person is given different ranks or offices."

    def check(self, ctx: Context) -> list[Finding]:
        by_person: dict[str, list[tuple[AttributionClaim, dict[str, str]]]] = {}
        for c in ctx.claims("attribution"):
            if isinstance(c, AttributionClaim) and c.speaker and (t := formal_titles(c)):
                by_person.setdefault(c.speaker, []).append((c, t))
        findings = []
        for person, group in sorted(by_person.items()):
            claims: list[AttributionClaim] = []
            values: list[str] = []
            for kind in ("rank", "office", "post", "job"):
                first: dict[str, AttributionClaim] = {}
                for c, titles_of in group:
                    if kind in titles_of:
                        first.setdefault(titles_of[kind], c)
                titles = sorted(first)
                clash = [
                    (a, b)
                    for i, a in enumerate(titles)
                    for b in titles[i + 1 :]
                    if (_bare(a) not in _bare(b) and _bare(b) not in _bare(a) or _lower_grade(a, b))
                    and first[a].article != first[b].article
                    # a grade apart is two posts however the titles are written ("vice president" / "Senior Vice ...")
                    and not (_informal_same_post(kind, first[a], a, first[b], b) and not _lower_grade(a, b))
                    and not (kind == "post" and _one_portfolio(a, b))
                    and (kind != "job" or _one_job(a, b) or _graded_titles(a, first[a], b, first[b]))
                ]
                for title in titles if clash else []:
                    if not any(c is first[title] and v == title for c, v in zip(claims, values, strict=True)):
                        claims.append(first[title])  # a title both an office and a post is told once
                        values.append(title)
            if not claims:
                continue
            desc = "; ".join(f"{c.article}: {t}" for c, t in zip(claims, values, strict=True))
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"title of {person}",
                    f"{person} is given different titles: {desc}.",
                    0.7,
                    values=values,
                )
            )
        return findings
