"""Names and titles: "Col." is "Colonel", "Mr Trump" is Donald Trump, honorifics do not count."""

from __future__ import annotations

from functools import lru_cache

from checker import lang
from checker.normalise.text import possessive, space_possessives
from checker.normalise.text import words as text_words


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, str], frozenset[str], list[list[str]]]:
    data = lang.load().titles
    abbr = {k.replace(".", "").replace("-", " ").lower(): v for k, v in data.abbreviations.items()}
    honorifics = frozenset(data.honorifics)
    full = sorted(
        {t.split()[0] and t for t in data.name_titles}
        | set(data.posts)  # "Regent Yohanes Lewar": a post before a name is a title
        | set(abbr.values())
        | set(honorifics)
        | {r for group in data.rank_groups.values() for r in group},
        key=lambda t: -len(t.split()),
    )
    return abbr, honorifics, [t.split() for t in full]


def normalise_title(text: str) -> str:
    """'Col.' -> 'colonel', 'Lt. Gen' -> 'lieutenant general', 'Secretary of State' unchanged."""
    abbr, _h, _f = _titles()
    key = " ".join(text.replace(".", " ").replace("-", " ").lower().split())
    return abbr.get(key, key)


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split leading title words off a capitalised run: (normalised title, remaining words)."""
    title, rest = _split_title(tuple(words))
    return title, list(rest)


@lru_cache(maxsize=32768)
def _split_title(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    # names repeat across a cluster's articles: each run is split once
    abbr, _honorifics, full = _titles()
    lowered = [w.lower().rstrip(".") for w in words]
    expanded: list[str] = []
    title: str | None = None
    i = 0
    # abbreviations first, longest first ("lt gen" before "lt")
    for size in (2, 1):
        if len(lowered) > size and " ".join(lowered[:size]) in abbr:
            title = abbr[" ".join(lowered[:size])]
            i = size
            break
    if title is None:
        for t in full:
            if lowered[: len(t)] == t and len(lowered) > len(t):
                title, i = " ".join(t), len(t)
                break
    expanded = list(words[i:])
    if title is not None and i < len(words):
        more, rest = _split_title(tuple(expanded))
        if more is not None:
            return f"{title} {more}", rest
    return title, tuple(expanded)


@lru_cache(maxsize=1)
def _written_honorifics() -> frozenset[str]:
    """ "Mr", "Dr." as news writes them before a name (speech.yaml), besides the honorifics written out."""
    return frozenset(h.lower() for h in lang.load().speech.attribution.honorifics)


def person_key(name: str) -> str:
    """Lowercase name words without honorifics: 'Sheikh Ahmed Ali Khan' -> 'ahmed ali khan'."""
    _abbr, honorifics, _full = _titles()
    tokens = [w for w in text_words(name) if w not in honorifics and w not in _written_honorifics()]
    short = lang.load().names.short_forms
    # a given name's short form is the name: "Dave Rossi" is David Rossi (a lone word is a surname)
    return " ".join([short.get(w, w) for w in tokens[:-1]] + tokens[-1:])


def surname(key: str) -> str:
    return key.split()[-1] if key else ""


def same_person(a: str, b: str) -> bool:
    """Two person keys name the same person: same surname and no clashing given names."""
    if not a or not b:
        return False
    ta, tb = a.split(), b.split()
    if ta[-1] != tb[-1]:
        return False
    given_a, given_b = set(ta[:-1]), set(tb[:-1])
    return not given_a or not given_b or bool(given_a & given_b)


@lru_cache(maxsize=4096)
def office_of(text: str | None) -> str | None:
    """The office a title or role names ("finance chief" -> "chief financial officer"), longest alias first."""
    if not text:
        return None
    low = " " + " ".join(space_possessives(text.lower()).replace("-", " ").split()) + " "
    best: tuple[int, str, str] | None = None
    for office, aliases in lang.load().titles.offices.items():
        for alias in aliases:
            if f" {alias} " in low and (best is None or len(alias) > best[0]):
                best = (len(alias), office, alias)
    if best is None:
        return None
    # "deputy director general" is a post of its own, below the director general
    before = low[: low.index(f" {best[2]} ")].split()
    grade = before[-1] if before and before[-1] in lang.load().titles.grades.office else None
    return f"{grade} {best[1]}" if grade else best[1]


def rank_group(title: str | None) -> str | None:
    if not title:
        return None
    for group, ranks in lang.load().titles.rank_groups.items():
        if title in ranks:
            return group
    return None


@lru_cache(maxsize=4096)
def post_of(role: str | None) -> str | None:
    """The public post a role names, owners and articles left out: "the state's chief secretary" ->
    "chief secretary", "special relief commissioner" as it is; None when its last word is no post."""
    if not role:
        return None
    from checker.normalise.place_lookup import place_key
    from checker.normalise.places import gazetteer

    gaz = gazetteer()
    post_words = lang.load().titles.post_words
    words = [w for w in role.lower().replace("\u2019", "'").split() if w not in post_words.articles]

    def owner_words() -> int:
        """How many leading words say whose post it is: "the state's", "Ontario", "New York"."""
        if words[0].endswith((*possessive().singular, *possessive().plural)):
            return 1
        for n in (3, 2, 1):
            key = place_key(" ".join(words[:n]))
            if len(words) > n and (key in gaz.countries or key in gaz.admin1):
                return n
        return 0

    while words and (n := owner_words()):
        words = words[n:]
    # "commissioner for housing", "minister of long-term care": the post comes before its portfolio
    portfolio = next((i for i, w in enumerate(words) if w in post_words.portfolio and i > 0), len(words))
    if not words or words[portfolio - 1].strip(".,") not in lang.load().titles.posts:
        return None
    rest = " ".join(words[portfolio + 1 :])
    if rest and (gaz.lookup(rest) or place_key(rest) in gaz.countries):
        words = words[:portfolio]  # "president of Emilia-Romagna": whose post, not which post
    # "regional president", "provincial governor": the level of government, not the post
    words = [w for w in words if w not in post_words.levels]
    return " ".join(w.strip(".,") for w in words) if words else None


def role_head(words: list[str]) -> int:
    """Where a role phrase's head noun stands (lower-case words): before its first preposition ("director AT
    McAfee Labs", "minister FOR housing"), else last."""
    prepositions = lang.load().speech.attribution.role_prepositions
    return next((i for i, w in enumerate(words) if w in prepositions and i > 0), len(words)) - 1


def is_possessive(word: str) -> bool:
    """A word written as an owner ("Halvorsen's", "the soldiers'"), its apostrophe straight or curly."""
    p = possessive()
    return word.replace("\u2019", "'").endswith((*p.singular, *p.bare))


OUTNUMBERING = 2  # a spelling written by more than twice as many articles as another ...
MIN_COMMON_ARTICLES = 3  # ... three of which do not write the other, is the name's; the other a slip


def outnumbers(common: set[str], rare: set[str]) -> bool:
    """The articles writing one spelling outnumber those writing the other enough to call the other a slip."""
    return len(common) > OUTNUMBERING * len(rare) and len(common - rare) >= MIN_COMMON_ARTICLES

