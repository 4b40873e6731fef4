"""Qualities a story gives of a thing it names, compared across sources by FC901: the colour of a vehicle
(``colours``), and what a named person died of and where (``death``). The words are language data
(``lang/en/qualities.yaml``).
"""

from __future__ import annotations

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.claims.quality.colours import read_colours
from checker.claims.quality.death import read_causes_of_death, read_places_of_death
from checker.models import QualityClaim


def check_examples() -> None:
    """The examples of ``lang/en/qualities.yaml``: each text reads as the thing and colours given, and as the
    person and cause or place of death given."""
    from checker.analysis.article import analyse_cluster
    from checker.analysis.document import analyse
    from checker.models import Article

    wrong = []
    for ex in lang.load().qualities.examples:
        found = read_colours(analyse(Article(id="x", path="x", text=ex.text)))
        got = (found[0].thing, list(found[0].values)) if found else ("", [])
        if got != (ex.thing, sorted(ex.colours)):
            wrong.append(f"{ex.text!r} read as {got}")
    for death in lang.load().qualities.death.examples:
        causes = read_causes_of_death(analyse_cluster([Article(id="x", path="x", text=death.text)])[0])
        got_death = (causes[0].thing, list(causes[0].values)) if causes else ("", [])
        if got_death != (death.person, sorted(death.cause)):
            wrong.append(f"{death.text!r} read as {got_death}")
    for where in lang.load().qualities.death.place_examples:
        places = read_places_of_death(analyse_cluster([Article(id="x", path="x", text=where.text)])[0])
        got_place = (places[0].thing, list(places[0].values)) if places else ("", [])
        if got_place != (where.person, sorted(where.place)):
            wrong.append(f"{where.text!r} read as {got_place}")
    if wrong:
        raise ValueError(f"lang/en/qualities.yaml: examples read the wrong way: {wrong}")


def extract(a: ArticleAnalysis) -> list[QualityClaim]:
    """The colours an article gives the vehicles it names, and what the people it reports dead died of, and where."""
    return [*read_colours(a.doc), *read_causes_of_death(a), *read_places_of_death(a)]
