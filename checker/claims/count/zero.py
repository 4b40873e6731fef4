"""Zero tolls: "no one was hurt", "nobody was killed", "no deaths were reported".

A figure-less sentence can still give a toll: none. Read as a count of 0 people with its outcome, it meets
"two officers were injured" in another article as any two tolls do (FC101), where before it gave nothing
to compare. The subjects and the word "no" are language data (``lang/en/outcomes.yaml``), each example
checked on first use; the outcome comes from the outcomes' own cue words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.analysis.scope import is_background
from checker.models import CountClaim, Interval
from checker.normalise.patterns import alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = lang.load().outcomes
    cue_of = {cue: name for name, o in data.outcomes.items() if name in ("killed", "wounded", "casualties")
              for cue in o.cues if " " not in cue}
    cues = alternation(sorted(cue_of))
    zero = data.zero_words
    auxiliary = alternation(zero.auxiliaries, space=r"\s+")
    # "no one", or "none of the 21 crew of the ship": a whole none of whom the outcome befell
    none_of_whole = alternation(data.none_of_whole, space=r"\s+")
    whole = rf"(?:{none_of_whole})\s+[^.;:,]{{1,60}}?"
    subject = re.compile(
        rf"\b(?P<who>{alternation(data.nobody)}|{whole})\s+{auxiliary}\s+(?:{alternation(zero.degrees)}\s+)?"
        rf"(?P<cue>{cues})\b",
        re.I,
    )
    # "no deaths were reported", "no injuries." — not "no death toll was available", "no dead bodies":
    # the outcome word must end the phrase (a stop, a preposition, or "were reported")
    reported = rf"(?:\s+{auxiliary}\s+{alternation(zero.reported)})?"
    after = rf"(?=\s*[,.;:!?]|\s+{alternation(zero.phrase_ends)}\b|\s*$)"
    noun = re.compile(rf"\b(?P<who>{alternation(data.none_of)})\s+(?P<cue>{cues})\b{reported}{after}", re.I)
    return subject, noun, cue_of


@lru_cache(maxsize=1)
def check_examples() -> None:
    """Each zero-toll example of the language data reads as the outcome it names."""
    data = lang.load().outcomes
    wrong = [s for s, outcome in data.zero_examples if _outcomes(s) != [outcome]]
    wrong += [s for s in data.zero_non_examples if _outcomes(s)]
    if wrong:
        raise ValueError(f"lang/en/outcomes.yaml: zero tolls read the wrong way: {wrong}")


def _outcomes(text: str) -> list[str]:
    subject, noun, cue_of = _patterns()
    return [cue_of[m.group("cue").lower()] for p in (subject, noun) for m in p.finditer(text)]


def extract_zero_counts(doc: Document) -> list[CountClaim]:
    """Each zero toll of the article, outside quotes (a speaker's "no one was hurt" may be another moment)."""
    check_examples()
    subject, noun, cue_of = _patterns()
    out = []
    for sent in doc.sentences:
        for pattern in (subject, noun):
            for m in pattern.finditer(doc.text, sent.start, sent.end):
                if doc.in_quote(m.start()) or doc.in_title(m.start()):
                    continue
                if is_background(doc, sent.start, sent.end):
                    continue  # "a similar blast in 2019, when no one was killed": another event
                out.append(
                    CountClaim(
                        **doc.located(m.start(), m.end(), sent),
                        value=Interval(low=0, high=0),
                        noun=m.group("who").lower(),
                        category="people",
                        outcome=cue_of[m.group("cue").lower()],
                        context=" ".join(doc.text[sent.start : sent.end].lower().split()[:12]),
                    )
                )
    return out
