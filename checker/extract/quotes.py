"""Quoted words, one claim per quoted sentence, with the speaker they are attributed to."""

from __future__ import annotations

import re

from checker.extract.attribution import Speaker
from checker.extract.document import Document
from checker.models import QuoteClaim
from checker.normalise.spelling import INSERTED_NAME, canonical, check_examples
from checker.normalise.text import words

# a quotation may run over line breaks (copy with one sentence per line), never over a blank line or into a
# line that opens with a quotation mark (the next paragraph of a remark quoted over several paragraphs); a
# mark that closes a quotation over lines is followed by no letter (a letter after it opens the next quote)
QUOTED = re.compile(r'"(?P<q>[^"\r\n]{2,1200}?(?:(?:\r?\n[^"\r\n]{1,1200}?){1,4}(?="(?![A-Za-z0-9])))??)"')
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


# "6:41pm PST", "18:41", "6 p.m.": a clock time, with minutes or with am/pm, and a zone after it
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?|\s*([ap])\.?\s?m\b\.?)(?-i:\s+[A-Z]{2,4}\b)?", re.I
)


def _clock24(m: re.Match[str]) -> str:
    meridiem = (m.group(3) or m.group(4) or "").lower()
    hour = int(m.group(1)) % 12 + (12 if meridiem == "p" else 0) if meridiem else int(m.group(1))
    return f"{hour:02d}{m.group(2) or '00'}"


CLARIFICATION = re.compile(r"\(\s*[^()\s]+(?:\s+[^()\s]+)+\s*\)")  # several words in parentheses


def bare_key(text: str) -> str | None:
    """The quote's key without the outlet's clarification in parentheses ("altered (its direction)
    towards"), when it has one: another outlet may print the remark without it."""
    without = CLARIFICATION.sub(" ", text)
    return quote_key(without) if without != text else None


def quote_key(text: str) -> str:
    """Words of a quote for comparison: case, punctuation, hashtags, "(with)" and "w/" folded."""
    t = re.sub(r"\bw/\s*", "with ", text, flags=re.I)
    t = re.sub(r"[#@]", "", t)
    t = INSERTED_NAME.sub("", t)  # before the brackets go: "her (Tara Reid) family" is "her family"
    # a parenthesis with a figure inside quoted words is the outlet's conversion ("at 6:41pm PST (0241 GMT
    # Friday)"), not the speaker's; a word in parentheses ("complied (with)") stands for the speaker's own
    t = re.sub(r"\([^()]*\d[^()]*\)", " ", t)
    t = re.sub(r"[()\[\]]", "", t)
    t = CLOCK.sub(_clock24, t)  # "6:41pm PST" and "18:41" are one time, written two ways
    t = re.sub(r"(?<=\w)\.(?:com|net|org)\b", "", t, flags=re.I)  # "MySpace.com" is MySpace
    t = re.sub(r"\.\.\.|\u2026", " ", t)
    check_examples()
    return canonical(t)


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


def find_quotes(doc: Document, speakers_by_sentence: dict[int, Speaker]) -> list[QuoteClaim]:
    out: list[QuoteClaim] = []
    previous: str | None = None
    last_para_speaker: tuple[int, Speaker] | None = None
    if not doc.sentences:  # all furniture ('"March 3"' is a stamp): nothing said, nothing quoted
        return out
    for m in QUOTED.finditer(doc.folded, doc.article.body_start):
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
            last_para_speaker = (para, speaker)
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
