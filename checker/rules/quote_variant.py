"""FC501 quote-variant."""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from checker import lang
from checker.match import MAX_ALL_PAIRS, Components, similar_pairs
from checker.models import Finding, QuoteClaim
from checker.rules.base import Context, Rule

# a part of a longer quotation: at least this many words, this alike to the closest stretch of the longer (which
# is at least this many times its length: two wordings of about one length are compared whole)
PART_MIN_WORDS = 5
PART_CUTOFF = 75.0
PART_LONGER = 1.5
PART_SHARED = 0.7  # of the shorter's words, the share the longer has too


def _wordings(claims: list[QuoteClaim]) -> str:
    """Each distinct wording once, with the articles that print it."""
    by_words: dict[str, list[QuoteClaim]] = defaultdict(list)
    for c in claims:
        by_words[c.words].append(c)
    shown = [(", ".join(dict.fromkeys(c.article for c in group)), group[0].text) for group in by_words.values()]
    return " vs ".join(f"{arts}: \u201c{text}\u201d" for arts, text in shown)


def _slip(a: str, b: str) -> bool:
    """Two wordings of a long remark that differ only by one short word added or dropped inside it."""
    speech = lang.load().speech
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) < speech.slip_min_words or abs(len(wa) - len(wb)) != 1:
        return False
    longer, shorter = (wa, wb) if len(wa) > len(wb) else (wb, wa)
    for k, word in enumerate(longer):
        if longer[:k] + longer[k + 1 :] == shorter:
            return 0 < k < len(longer) - 1 and word in speech.slip_words
    return False


def _share_a_word(a: str, b: str) -> bool:
    """Two loosely alike wordings share a word that is not a short function word ("hit" in "I've been hit"
    and "I got hit"); "He was a creep" and "She was very sweet" share only "was": two remarks. Short remarks
    sharing only pronouns and auxiliaries ("He was my hero", "He was a thug") are two remarks too."""
    speech = lang.load().speech
    wa, wb = a.split(), b.split()
    # a longer common frame ("but we are not on ...") is itself the same remark's; a short one is not
    short = min(len(wa), len(wb)) <= speech.short_remark_words
    slight = set(speech.slip_words) | (set(speech.function_words) if short else set())
    return bool((set(wa) & set(wb)) - slight)


def _reordered(a: str, b: str) -> bool:
    """The same words of a long remark in another order ("enough of everything for a lifetime" / "enough for a
    lifetime of everything"): one remark transcribed twice."""
    wa, wb = a.split(), b.split()
    return len(wa) >= lang.load().speech.slip_min_words and sorted(wa) == sorted(wb)


def _name_spelled_apart(a: QuoteClaim, b: QuoteClaim) -> bool:
    """The wordings differ only in one word that both write with a capital: a name spelled two ways inside one
    remark ("Officer Kotsko" / "Officer Kostko"), a slip of the name, not of the quotation."""
    wa, wb = a.words.split(), b.words.split()
    edits = [op for op in SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1 or edits[0][0] != "replace" or edits[0][2] - edits[0][1] != 1 or edits[0][4] - edits[0][3] != 1:
        return False
    x, y = wa[edits[0][1]], wb[edits[0][3]]
    return _capitalised(a.text, x) and _capitalised(b.text, y)


def _capitalised(text: str, word: str) -> bool:
    """``word`` (lower case, as in the normalised wording) is written with a capital in ``text``, other than where
    a sentence starts ("Somebody hit me" / "Something hit me" are two wordings)."""
    return any(
        m.group(0).lower() == word and m.group(0)[:1].isupper() and not SENTENCE_START.search(text, 0, m.start())
        for m in WORD_RUN.finditer(text)
    )


WORD_RUN = re.compile(r"[\w'-]+")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\"'(\s]*$")


def _acronym_only(a: str, b: str) -> bool:
    """The wordings differ only where one writes a name's initials and the other the name ("all IE customers" /
    "all Internet Explorer customers"): one remark, the outlet's shorthand."""
    wa, wb = a.split(), b.split()
    edits = [op for op in SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not edits:
        return False
    for tag, i1, i2, j1, j2 in edits:
        short, long_ = (wa[i1:i2], wb[j1:j2]) if i2 - i1 < j2 - j1 else (wb[j1:j2], wa[i1:i2])
        if tag != "replace" or len(short) != 1 or len(long_) < 2:
            return False
        if short[0] != "".join(w[0] for w in long_):
            return False
    return True


def _no_other_wording(a: QuoteClaim, b: QuoteClaim, printed: dict[str, set[str]]) -> bool:
    """Two quotations that are not two wordings of one remark, whatever their score."""
    if a.words in b.words or b.words in a.words:
        return True  # a partial quote of the same words
    if _overlapping_pieces(a.words, b.words):
        return True  # "takes full responsibility" / "full responsibility for her actions": two pieces of one remark
    if b.words in printed[a.article] or a.words in printed[b.article]:
        return True  # one article prints both wordings: two remarks ("petrified", "an emotional wreck")
    if {a.words, a.bare} & {b.words, b.bare} - {None}:
        return True  # one prints the outlet's clarification in parentheses, the other does not
    if a.words.replace(" ", "") == b.words.replace(" ", ""):
        return True  # "data center" and "datacenter", "e-mail" and "email": one word written two ways
    if _name_spelled_apart(a, b):
        return True  # "Officer Kotsko was sent" / "Officer Kostko was sent": a name's spelling, FC601's
    return _acronym_only(a.words, b.words)


OVERLAP_MIN_WORDS = 2  # words one partial quote's end shares with another's start to be pieces of one remark


def _overlapping_pieces(a: str, b: str) -> bool:
    """One partial quote ends with the words another starts with ("takes full responsibility" / "full
    responsibility for her actions"): two pieces of one remark, which a fuller quotation joins."""
    wa, wb = a.split(), b.split()
    shorter = min(len(wa), len(wb))
    # at least half the shorter piece: "the worst tragedy in our history" / "our history has never seen worse"
    # share two words at their seam and are two wordings
    least = max(OVERLAP_MIN_WORDS, (shorter + 1) // 2)
    return any(wa[-k:] == wb[:k] or wb[-k:] == wa[:k] for k in range(least, shorter))


def _best_per_article(quotes: list[QuoteClaim], pairs: list[tuple[int, int, float]]) -> dict[tuple[int, str], float]:
    """For each quote, the best score of any quote of each other article: only that one can be its remark
    there ("It was actually man-coverage ..." is 007's first sentence of it, not the next one)."""
    best: dict[tuple[int, str], float] = {}
    for i, j, score in pairs:
        for x, y in ((i, j), (j, i)):
            key = (x, quotes[y].article)
            best[key] = max(best.get(key, 0.0), score)
    return best


def _same_speaker(a: QuoteClaim, b: QuoteClaim) -> bool:
    """Both name a speaker, and it is one person: the same key, or a spelling of it ("Vandenburg")."""
    return bool(a.speaker and b.speaker and (a.speaker == b.speaker or fuzz.ratio(a.speaker, b.speaker) >= 88))


def _speakers_agree(a: QuoteClaim, b: QuoteClaim) -> bool:
    return a.speaker is None or b.speaker is None or _same_speaker(a, b)


class QuoteVariant(Rule):
    """The same remark quoted in different words by different sources.

    Case, punctuation, hashtags, "w/" for "with", bracketed insertions and initials for a name ("IE" for
    "Internet Explorer") do not count; a partial quote inside a fuller one is the same quote. A remark is
    "the same" when it follows the same quoted sentence in both sources (the lead-in), or when the two
    wordings are nearly identical; a named speaker's short quotation is also compared with the closest
    stretch of the same speaker's longer one in another source, when most of its words are there ("But the
    setback was substantial." / "The setback he had was substantial and we're at that point ...").
    One short word added or dropped inside a long remark ("so insidious is it takes" / "so insidious it
    takes") is a slip of transcription: reported as a note (info), not a warning.

    Disagreeing:
        A: "I spoke to the minister today." ... "We had a good conversation."
        B: "I spoke to the minister today." ... "We had a very good talk."

    Consistent:
        A: "#Farmers & the ministry have complied w/ our agreements"
        B: "Farmers & the ministry have complied (with) our agreements"
    """

    code = "FC501"
    name = "quote-variant"
    kind = "quote"
    severity = "warning"
    summary = "The same remark is quoted with different words."
    reads = ("quote_anchored_cutoff", "quote_cutoff")

    @staticmethod
    def _within_longer(
        quotes: list[QuoteClaim],
        printed: dict[str, set[str]],
        best_whole: dict[tuple[int, str], float],
        into: tuple[Components, dict[tuple[int, int], float], set[int]],
    ) -> None:
        """One named speaker's short quotation that reads, in other words, as part of the same speaker's longer
        quotation in another article ("But the setback was substantial." / "The setback he had was substantial
        and we're at that point in the season ..."): one outlet quoted the remark whole, the other in pieces.
        Only the closest quotation of each other article counts, whole or in part."""
        comps, scores, varied = into
        by_speaker: dict[str, list[int]] = defaultdict(list)
        for k, q in enumerate(quotes):
            if q.speaker and len(q.words.split()) >= PART_MIN_WORDS:
                by_speaker[q.speaker].append(k)
        found: list[tuple[int, int, float]] = []
        for ks in by_speaker.values():
            texts = [quotes[k].words for k in ks]
            for x, y, score in similar_pairs(texts, fuzz.partial_ratio, PART_CUTOFF, per_item=MAX_ALL_PAIRS):
                a, b = quotes[ks[x]], quotes[ks[y]]
                short, long_ = sorted((a.words.split(), b.words.split()), key=len)
                shared = len(set(short) & set(long_)) / len(set(short))
                if a.article != b.article and len(long_) >= PART_LONGER * len(short) and shared >= PART_SHARED:
                    found.append((ks[x], ks[y], score))
        best = _best_per_article(quotes, found)
        for i, j, score in found:
            a, b = quotes[i], quotes[j]
            closest = max(best[(i, b.article)], best_whole.get((i, b.article), 0.0))
            if score < closest or score < max(best[(j, a.article)], best_whole.get((j, a.article), 0.0)):
                continue
            if _no_other_wording(a, b, printed):
                continue
            comps.union(i, j)
            scores[(i, j)] = score
            varied.update((i, j))

    def check(self, ctx: Context) -> list[Finding]:
        quotes = [c for c in ctx.claims("quote") if isinstance(c, QuoteClaim) and len(c.words.split()) >= 3]
        keys = [q.words for q in quotes]
        low = min(ctx.settings.quote_anchored_cutoff, ctx.settings.quote_cutoff)
        comps = Components()
        following: dict[int, str] = {}
        for prev, nxt in zip(quotes, quotes[1:], strict=False):
            if prev.article == nxt.article:
                following[id(prev)] = nxt.words
        scores: dict[tuple[int, int], float] = {}
        varied: set[int] = set()  # quotes paired with a wording that differs by more than a slip
        printed: dict[str, set[str]] = defaultdict(set)
        for q in quotes:
            printed[q.article].add(q.words)
        # versions of a story repeat their quotes word for word: score each wording once
        unique = list(dict.fromkeys(keys))
        where: dict[str, list[int]] = defaultdict(list)
        for k, key in enumerate(keys):
            where[key].append(k)
        pairs = [
            (i, j, score)
            for u, v, score in similar_pairs(unique, fuzz.ratio, low, per_item=MAX_ALL_PAIRS)
            for i in where[unique[u]]
            for j in where[unique[v]]
        ]
        best_there = _best_per_article(quotes, pairs)
        for i, j, score in pairs:
            a, b = quotes[i], quotes[j]
            if a.article == b.article or a.words == b.words or not _speakers_agree(a, b):
                continue
            if score < best_there[(i, b.article)] or score < best_there[(j, a.article)]:
                continue  # another quote of that article is closer: that one is this remark there
            if _no_other_wording(a, b, printed):
                continue
            # the same lead-in before, or the same words after, makes them one remark
            anchored = any(
                x and y and fuzz.ratio(x, y) >= 90
                for x, y in ((a.previous, b.previous), (following.get(id(a)), following.get(id(b))))
            )
            # the same named speaker is context enough to call two similar remarks one remark
            same_speaker = _same_speaker(a, b)
            if score >= ctx.settings.quote_cutoff or _reordered(a.words, b.words) or (
                (anchored or same_speaker)
                and score >= ctx.settings.quote_anchored_cutoff
                and _share_a_word(a.words, b.words)
            ):
                comps.union(i, j)
                scores[(i, j)] = score
                if not _slip(a.words, b.words):
                    varied.update((i, j))
        self._within_longer(quotes, printed, best_there, (comps, scores, varied))
        best_of: dict[int, float] = {}  # by component: one pass over the scores, not one per component
        for (i, _j), s in scores.items():
            root = comps.find(i)
            best_of[root] = max(best_of.get(root, 0.0), s)
        findings = []
        for members in comps.groups():
            claims = [quotes[k] for k in members]
            best = best_of.get(comps.find(members[0]), 0.0)
            desc = _wordings(claims)
            who = next((c.speaker for c in claims if c.speaker), None)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"quote of {who or 'an unnamed speaker'}",
                    f"The same remark is worded differently: {desc}.",
                    round(best / 100, 2),
                    severity=None if varied & set(members) else "info",
                    values=[c.words for c in claims],
                )
            )
        return findings
