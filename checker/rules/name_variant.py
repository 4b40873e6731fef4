"""FC601 name-variant."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from checker.match import similar_pairs
from checker.models import Finding, NameClaim
from checker.normalise.names import outnumbers
from checker.normalise.text import without_plural_ending
from checker.rules.base import Context, Rule

# surnames further apart than the cutoff ("Maddox", "Maddocks": sound-alike spellings) are still one
# person's name when the given names are the same
SAME_GIVEN_NAME_CUTOFF = 70.0
# a given name spelled two ways beside one surname ("Latoya" / "LaTonya Brown"), in names of two words
GIVEN_NAME_CUTOFF = 70.0
GIVEN_MIN_LETTERS = 5


def _bare_given(name: str) -> str:
    """A given name with every final plural ending (counting.yaml) left off ("Jons" -> "Jon", "Chris" -> "Chri"):
    two given names that differ only there are not weighed as two spellings of one."""
    while (bare := without_plural_ending(name)) != name:
        name = bare
    return name


def _letter_dropped(a: str, b: str, min_letters: int = GIVEN_MIN_LETTERS) -> bool:
    """One given name is the other with a letter inside it left out ("Anre" / "Andre"): a slip of typing,
    though the shorter is short; a last letter dropped is more often another name ("Sara" / "Sarah")."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) < min_letters or len(long_) - len(short) != 1:
        return False
    return any(long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_) - 1))


def _short_slip(ga: str, gb: str, arts_a: set[str], arts_b: set[str]) -> bool:
    """Two short given names beside one surname that are one slip apart: a letter inside dropped from a name
    of five letters ("Anre" / "Andre"), or from a shorter one that many more articles write the other way
    ("John Owen" once, "Jon Owen" in six: "Jon" and "John" are two names, but not in one story about one man)."""
    if _letter_dropped(ga, gb):
        return True
    return (outnumbers(arts_a, arts_b) or outnumbers(arts_b, arts_a)) and _letter_dropped(ga, gb, min_letters=4)


def _surname_slip(ka: str, kb: str, where: dict[str, set[str]]) -> bool:
    """ "Commerce Secretary Gary Locke added ... Salazar and Lock said": a surname alone, one letter off the
    surname of a person the same articles name in full, and never written with a given name itself, is that
    person's name misspelled, not a second person (news names a person in full before the surname alone)."""
    lone, full = (ka, kb) if len(ka.split()) < len(kb.split()) else (kb, ka)
    if len(lone.split()) != 1 or len(full.split()) < 2 or not where[lone] <= where[full]:
        return False
    return Levenshtein.distance(lone, full.split()[-1]) == 1


class NameVariant(Rule):
    """One person's name spelled differently across sources (Jasinghe / Jayasinghe).

    Names that add or drop given names or honorifics are the same name ("Sheikh Khan" and "Sheikh
    Ahmed Ali Khan"); two similar names that both appear in one article are two people. A given name
    spelled two ways beside the same surname ("Brian Dalton", "Bryant Dalton") is reported too, when
    both given names have five letters or more, or one is the other with a letter inside it dropped ("Anre
    Iguodala", "Andre Iguodala"; of a four-letter name, when three times as many articles write the other:
    "John Owen" once, "Jon Owen" six times). A surname written alone one letter off the surname an
    article names in full and writes more than twice as often ("it seems that Olsen has" in a story about
    "Karen B. Olson") is that name misspelled, and the finding cites the article's own right spelling.

    Disagreeing:
        A: "Dr Anil Jasinghe said"   B: "Dr Anil Jayasinghe said"

    Consistent:
        A: "Sheikh Khan"             B: "Sheikh Ahmed Ali Khan"
    """

    code = "FC601"
    name = "name-variant"
    kind = "name"
    severity = "warning"
    summary = "A name is spelled differently in different sources."
    reads = ("name_cutoff",)

    def check(self, ctx: Context) -> list[Finding]:
        names = [c for c in ctx.claims("name") if isinstance(c, NameClaim) and c.entity == "person" and c.key.strip()]
        first: dict[str, NameClaim] = {}
        fullest: dict[tuple[str, str], NameClaim] = {}  # the same, in each article that writes the name
        where: dict[str, set[str]] = {}
        for c in names:
            # the fullest mention stands for the name: "Marcus Halvorsen" rather than a headline's "Halvorsen"
            if c.key not in first or len(c.text.split()) > len(first[c.key].text.split()):
                first[c.key] = c
            here = fullest.get((c.key, c.article))
            if here is None or len(c.text.split()) > len(here.text.split()):
                fullest[(c.key, c.article)] = c
            where.setdefault(c.key, set()).add(c.article)
        keys = sorted(first)
        surnames = [k.split()[-1] for k in keys]
        findings = []
        cutoff = ctx.settings.name_cutoff
        for i, j, score in similar_pairs(surnames, fuzz.ratio, min(cutoff, SAME_GIVEN_NAME_CUTOFF)):
            ka, kb = keys[i], keys[j]
            if surnames[i] == surnames[j] or len(surnames[i]) < 4:
                continue
            slip = _surname_slip(ka, kb, where)
            if where[ka] & where[kb] and not slip:
                continue  # two similar names one article gives are two people
            if min(len(ka.split()), len(kb.split())) == 1 and set(ka.split()) & set(kb.split()):
                continue  # "Angeles" and "Los Angeles Angels": a lone word of the other name, not its misspelling
            ga, gb = ka.split()[:-1], kb.split()[:-1]
            if ga and gb and ga != gb and fuzz.ratio(" ".join(ga), " ".join(gb)) < 85:
                continue
            if score < cutoff and not (ga and ga == gb) and not slip:
                continue  # "Maddox" / "Maddocks" are one name only beside the same given name (or a lone slip of it)
            a, b = first[ka], first[kb]
            cited = [a, b]
            msg = f"{a.article} spells the name {a.text!r}, {b.article} spells it {b.text!r}."
            if slip:  # the article that slips names the person right elsewhere: it contradicts itself
                lone, full_key = (a, kb) if len(ka.split()) == 1 else (b, ka)
                own = fullest.get((full_key, lone.article))
                if own is not None and own not in cited:
                    cited.append(own)
                    msg += f" {lone.article} itself writes {own.text!r} elsewhere."
            findings.append(
                self.finding(
                    ctx, cited, f"spelling of {b.text}", msg, round(score / 100, 2), values=[c.key for c in cited]
                )
            )
        # where each name is written with a given name: a bare "Brown" (read as the cluster's fullest Brown)
        # does not show that an article also knows the "LaTonya" it never wrote
        named: dict[str, set[str]] = {}
        for c in names:
            if len(c.text.split()) > 1:
                named.setdefault(c.key, set()).add(c.article)
        findings.extend(self._given_names(ctx, keys, first, named))
        return findings

    def _given_names(
        self, ctx: Context, keys: list[str], first: dict[str, NameClaim], where: dict[str, set[str]]
    ) -> list[Finding]:
        """ "Brian Dalton" / "Bryant Dalton": one surname, a given name spelled two ways in different sources."""
        by_surname: dict[str, list[str]] = {}
        for k in keys:
            if len(k.split()) >= 2 and k in where:  # "latonya sharon brown" is a Brown given "latonya"
                by_surname.setdefault(k.split()[-1], []).append(k)
        out = []
        for group in by_surname.values():
            for i, ka in enumerate(group):
                for kb in group[i + 1 :]:
                    ga, gb = ka.split()[0], kb.split()[0]
                    if (
                        (min(len(ga), len(gb)) < GIVEN_MIN_LETTERS and not _short_slip(ga, gb, where[ka], where[kb]))
                        or where[ka] & where[kb]
                        or _bare_given(ga) == _bare_given(gb)
                    ):
                        continue  # "Mark"/"Marc" are often two people, and so are two names one article gives
                    score = fuzz.ratio(ga, gb)
                    a, b = first[ka], first[kb]
                    if a.text.split()[0].lower() == b.text.split()[0].lower():
                        continue  # written alike ("Betty Mae Page", "Betty Page"): the keys differ, not the words
                    if score >= GIVEN_NAME_CUTOFF:
                        msg = f"{a.article} spells the name {a.text!r}, {b.article} spells it {b.text!r}."
                        out.append(
                            self.finding(
                                ctx, [a, b], f"spelling of {b.text}", msg, round(score / 100, 2), values=[a.key, b.key]
                            )
                        )
        return out
