"""Where organisations are based, as news writes it: "Munich-based Orvane", "Harbec Systems, the
Aarhus software company", "Dulmar, which is headquartered in Rotterdam".

Found once per article; the place finder takes such a name as a place, and the place claim records
the organisation (role ``base``), so FC303 can compare bases across sources.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.extract.document import Document

# Case-sensitive on purpose: the organisation is a capitalised name, the words around it are not.
ORG = r"(?P<org>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})"
PLACE = r"(?P<place>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
LOWER = r"(?:[a-z][\w-]*\s+)"
ORG_NOUN = (
    r"(?:company|companies|firm|group|maker|manufacturer|supplier|bank|lender|insurer|carrier|airline|operator|"
    r"developer|specialist|business|start-?up|retailer|producer|utility|conglomerate|chain|brand)"
)
BASES = [
    # "Munich-based car parts supplier Orvane", "Copenhagen-based Harbec Systems"
    re.compile(rf"{PLACE}-(?:based|headquartered)\s+{LOWER}{{0,4}}?{ORG}\b"),
    # "Rotterdam logistics group Dulmar"
    re.compile(rf"{PLACE}\s+{LOWER}{{0,3}}?{ORG_NOUN}\s+{ORG}\b"),
    # "Orvane, the Stuttgart car parts maker", "Harbec Systems, the Aarhus software company"
    re.compile(rf"{ORG},\s+(?:the|a|an)\s+{LOWER}{{0,2}}?{PLACE}(?:-based)?\s+{LOWER}{{0,3}}?{ORG_NOUN}\b"),
    # "Dulmar, which is headquartered in Rotterdam", "Orvane, based in Stuttgart"
    re.compile(rf"{ORG},?\s+(?:which\s+is\s+|is\s+)?(?:based|headquartered)\s+in\s+{PLACE}"),
    # "Harbec's headquarters at Aarhus", "Harbec would keep its headquarters and brand in Aarhus"
    re.compile(
        rf"{ORG}(?:'s\s+|\s+(?:\w+\s+){{0,3}}?its\s+)(?:headquarters|head\s+office)\s+(?:and\s+\w+\s+)?(?:in|at)\s+{PLACE}"
    ),
]

@lru_cache(maxsize=1)
def _not_organisations() -> frozenset[str]:
    """Capitalised words that open no organisation's name: "until next Monday", "in March"."""
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
    return frozenset([*days, *months, *lang.load().names.not_names])


CUE = re.compile(rf"based|headquarter|head office|\b{ORG_NOUN}\b")


def organisation_bases(doc: Document) -> dict[int, str]:
    """Start offset of a place name -> the organisation the text says is based there."""
    if "bases" in doc.memo:
        found: dict[int, str] = doc.memo["bases"]
        return found
    out: dict[int, str] = {}
    for sent in doc.sentences:
        if not CUE.search(sent.text):
            continue  # every form needs one of these words: most sentences have none
        for pattern in BASES:
            for m in pattern.finditer(sent.text):
                org = re.sub(r"^(?:The|A|An)\s+", "", m.group("org"))
                if org and org.split()[0].lower() not in _not_organisations():
                    out.setdefault(sent.start + m.start("place"), org)
    doc.memo["bases"] = out
    return out
