"""Quoted words, one claim per quoted sentence, with the speaker they are attributed to."""

from __future__ import annotations

import re
from functools import cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import Speaker
from checker.analysis.clock import clock_halves
from checker.analysis.document import Document
from checker.models import QuoteClaim
from checker.normalise.patterns import alternation
from checker.normalise.spelling import INSERTED_NAME, canonical, check_examples
from checker.normalise.text import words

# a quotation may run over line breaks (copy with one sentence per line), never over a blank line or into a
# line that opens with a quotation mark (the next paragraph of a remark quoted over several paragraphs); a
# mark that closes a quotation over lines is followed by no letter (a letter after it opens the next quote)
QUOTED = re.compile(r'"(?P<q>[^"\r\n]{2,1200}?(?:(?:\r?\n[^"\r\n]{1,1200}?){1,12}(?="(?![A-Za-z0-9])))??)"')
# a remark quoted over several paragraphs opens each with a mark and closes only the last: a paragraph that
# opens with a mark and holds no other runs to the line before the next paragraph's opening mark
UNCLOSED = re.compile(r'(?m)^"(?P<q>[^"\r\n]{2,1200}(?:\r?\n[^"\r\n]{1,1200}){0,12})(?=\r?\n")')
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


@cache
def _clock() -> re.Pattern[str]:
    """ "6:41pm PST", "18:41", "6 p.m.": a clock time, with minutes or with the clock's half, and a zone after
    it (groups: hour, minutes, then before and after noon twice, after minutes and alone)."""
    am, pm = clock_halves(r"\s?")
    half = rf"(?:({am})|({pm}))\b\.?"
    return re.compile(rf"\b(\d{{1,2}})(?:[:.](\d{{2}})(?:\s*{half})?|\s*{half})(?-i:\s+[A-Z]{{2,4}}\b)?", re.I)


def _clock24(m: re.Match[str]) -> str:
    hour = int(m.group(1))
    if m.group(3) or m.group(5):
        hour %= 12
    elif m.group(4) or m.group(6):
        hour = hour % 12 + 12
    return f"{hour:02d}{m.group(2) or '00'}"


@cache
def _key_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An abbreviation that stands for a word ("w/"), and a web address's suffix (".com"), from speech.yaml."""
    speech = lang.load().speech
    abbreviation = re.compile(rf"\b({alternation(speech.quote_abbreviations)})\s*", re.I)
    return abbreviation, re.compile(rf"(?<=\w)\.{alternation(speech.web_suffixes)}\b", re.I)


def _expand(m: re.Match[str]) -> str:
    return lang.load().speech.quote_abbreviations[m.group(1).lower()] + " "


CLARIFICATION = re.compile(r"\(\s*[^()\s]+(?:\s+[^()\s]+)+\s*\)")  # several words in parentheses


def bare_key(text: str) -> str | None:
    """The quote's key without the outlet's clarification in parentheses ("altered (its direction)
    towards"), when it has one: another outlet may print the remark without it."""
    without = CLARIFICATION.sub(" ", text)
    return quote_key(without) if without != text else None


def quote_key(text: str) -> str:
    """Words of a quote for comparison: case, punctuation, hashtags, "(with)" and "w/" folded."""
    abbreviation, web_suffix = _key_patterns()
    t = abbreviation.sub(_expand, text)
    t = re.sub(r"[#@]", "", t)
    t = INSERTED_NAME.sub("", t)  # before the brackets go: "her (Tara Reid) family" is "her family"
    # a parenthesis with a figure inside quoted words is the outlet's conversion ("at 6:41pm PST (0241 GMT
    # Friday)"), not the speaker's; a word in parentheses ("complied (with)") stands for the speaker's own
    t = re.sub(r"\([^()]*\d[^()]*\)", " ", t)
    t = re.sub(r"[()\[\]]", "", t)
    t = _clock().sub(_clock24, t)  # "6:41pm PST" and "18:41" are one time, written two ways
    t = web_suffix.sub("", t)  # "MySpace.com" is MySpace
    t = re.sub(r"\.\.\.|\u2026", " ", t)
    check_examples()
    return canonical(t)


def check_quote_examples() -> None:
    """The examples of ``lang/en/speech.yaml``'s ``quote_examples``: each pair of remarks is keyed alike."""
    wrong = [pair for pair in lang.load().speech.quote_examples if quote_key(pair[0]) != quote_key(pair[1])]
    if wrong:
        raise ValueError(f"lang/en/speech.yaml: remarks keyed apart: {wrong}")


def is_title(text: str) -> bool:
    """ "The Notorious Bettie Page", "In Search of Bettie Page": a quoted title names a work, it is no
    remark. Most of its words are capitalised and it is short; a remark's are not."""
    tokens = re.findall(r"[A-Za-z][\w'-]*", text)
    if not 2 <= len(tokens) <= 12 or text.rstrip().endswith(("?", "!")) and len(tokens) > 6:
        return False
    content = [t for t in tokens[1:] if len(t) > 3]
    if len(content) == 1:
        # one long word tells little: "Van Wilder" is a title, "Mommy, Mommy, I got hit." a cry
        return all(t[0].isupper() for t in tokens) and "," not in text
    return bool(content) and sum(t[0].isupper() for t in content) / len(content) >= 0.75


def _quotations(doc: Document) -> list[re.Match[str]]:
    """Each quotation of the body, in order: closed ones, and paragraphs of a remark quoted over several."""
    closed = list(QUOTED.finditer(doc.folded, doc.article.body_start))
    spans = [(m.start(), m.end()) for m in closed]
    open_ones = [
        m for m in UNCLOSED.finditer(doc.folded, doc.article.body_start)
        if not any(lo < m.end() and m.start() < hi for lo, hi in spans)
    ]
    return sorted(closed + open_ones, key=lambda m: m.start())


def find_quotes(doc: Document, speakers_by_sentence: dict[int, Speaker]) -> list[QuoteClaim]:
    out: list[QuoteClaim] = []
    previous: str | None = None
    last_para_speaker: tuple[int, Speaker] | None = None
    if not doc.sentences:  # all furniture ('"March 3"' is a stamp): nothing said, nothing quoted
        return out
    for m in _quotations(doc):
        q_start, q_end = m.start("q"), m.end("q")
        if doc.in_title(q_start) or any(lo <= q_start < hi for lo, hi in doc.furniture):
            continue  # a headline's or a stamp's quotation marks hold no remark
        first_i = doc.sentence_index(q_start)
        last_i = doc.sentence_index(max(q_start, q_end - 1))  # the last quoted character's sentence
        speaker = None
        for i in range(first_i, last_i + 1):
            if i in speakers_by_sentence:
                speaker = speakers_by_sentence[i]
                break
        para = doc.sentences[first_i].paragraph if doc.sentences else 0
        if (
            speaker is None
            and last_para_speaker
            and para - last_para_speaker[0] <= 2
            and doc.folded[doc.sentences[first_i].start] == '"'
        ):
            speaker = last_para_speaker[1]  # a quote running on into the next paragraph
        if speaker is not None:
            last_para_speaker = (doc.sentences[last_i].paragraph, speaker)
        sent = doc.sentences[first_i]
        partial = q_start - 1 > sent.start or m.group("q")[:1].islower()
        pieces = [(p.start(), p.end()) for p in re.finditer(r"[^.!?]+(?:[.!?]+|$)", m.group("q"))]
        merged: list[tuple[int, int]] = []
        for ps, pe in pieces:
            # keep abbreviations and decimals inside one piece: split only before a capital
            if merged and not re.match(r"\s+[A-Z\"']", m.group("q")[ps : ps + 3] or " "):
                merged[-1] = (merged[-1][0], pe)
            else:
                merged.append((ps, pe))
        for ps, pe in merged:
            raw = m.group("q")[ps:pe]
            stripped = raw.strip().rstrip(",;:-").strip()
            if len(words(stripped)) < 2 or is_title(stripped):
                continue
            s = q_start + ps + (len(raw) - len(raw.lstrip()))
            e = s + len(stripped)
            key = quote_key(stripped)
            out.append(
                QuoteClaim(
                    article=doc.article.id,
                    start=s,
                    end=e,
                    text=doc.text[s:e],
                    sent_start=sent.start,
                    sent_end=doc.sentences[last_i].end,
                    speaker=speaker.key if speaker else None,
                    words=key,
                    bare=bare_key(stripped),
                    previous=previous,
                    partial=partial,
                )
            )
            previous = key
    return out


def extract(a: ArticleAnalysis) -> list[QuoteClaim]:
    """Quoted words with their speakers."""
    return find_quotes(a.doc, a.speaker_by_sentence)
