"""Who did what: the agents of named acts (signed, claimed, ordered, scored, led) and their witnesses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.analysis.document import Document, Sentence
from checker.analysis.mentions import CAP_WORD, PersonMention
from checker.models import RoleClaim
from checker.normalise.patterns import alternation
from checker.normalise.patterns import phrases as _words
from checker.normalise.places import gazetteer
from checker.normalise.text import words


@dataclass(frozen=True)
class Agent:
    """Who can do an act: a named person, or an organisation named by a capitalised phrase."""

    start: int
    end: int
    text: str
    key: str




@lru_cache(maxsize=1)
def _passive_parts() -> tuple[str, str, str, str]:
    """The words of a passive, from ``lang/en/acts.yaml``: what the act is for ("for the missing"), its
    auxiliary ("was"), a short time phrase ("yesterday at about 3:30 p.m."), and "by"."""
    ag, clock = lang.load().acts.agents, lang.load().dates.clock
    clock_letters = "".join(sorted({ch for half in clock.before_noon + clock.after_noon for ch in half}))
    of = rf"(?:\s+{_words(ag.object_of)}\s+(?:{_words(ag.articles)}\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    at = rf"{_words(ag.clock_words)}\s+(?:{_words(ag.clock_hedges)}\s+)?[\d:.{clock_letters} ]{{1,12}}"
    when = rf"(?:\s+(?:{_words(ag.times)}|{_words(ag.day_words)}\s+\w+|{at}))*"
    return of, _words(ag.auxiliaries), when, _words(ag.by)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    data = lang.load().acts
    ag = data.agents
    witness, the = alternation(data.witness_verbs), _words(ag.articles)
    of, auxiliaries, when, by = _passive_parts()
    out = []
    for name, act in data.acts.items():
        verbs = alternation(act.verbs, space=r"\s+")
        objs = alternation(act.objects)
        nouns = alternation(act.nouns)
        active = re.compile(
            rf"\b(?P<verb>{verbs})\s+(?:\w+\s+)?(?:{_words(ag.determiners)}\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<obj>{objs})\b",
            re.I,
        )
        # "the deal was signed by X", "the order to fire was given by X"
        # "the evacuation of low-lying villages, ordered on October 21 by X": a reduced relative clause
        passive = re.compile(
            # "the search for the missing was called off yesterday at about 3:30 p.m. by X": what the act is
            # for, and a short time phrase, may come between
            rf"\b(?:(?P<obj>{objs}){of}\s+{auxiliaries}\s+(?:\w+\s+)?(?:{verbs}){when}"
            rf"|(?:{nouns})\s+{_words(ag.noun_to)}\s+(?:\w+\s+){{0,2}}?(?P<obj2>{objs})\b[^.]{{0,30}}?\s+"
            rf"{_words(ag.noun_auxiliaries)}\s+{_words(ag.noun_given)}"
            rf"|(?P<obj3>{objs})\b[^.;,]{{0,60}},\s+(?:{verbs})(?:\s+{_words(ag.relative_times)}\s+[^,.;]{{1,30}}?)?)"
            rf"\s+{by}\s+",
            re.I,
        )
        wit = re.compile(
            rf"\b(?P<verb>{witness})\s+(?:{the}\s+)?(?:{nouns}|(?:{verbs}))\b(?:\s+{_words(ag.witness_of)}\s+"
            rf"(?:{the}\s+)?(?:[\w-]+\s+){{0,2}}?(?P<obj>{objs}))?",
            re.I,
        )
        out.append((name, active, passive, wit))
    return out


@lru_cache(maxsize=1)
def _agent_patterns() -> tuple[re.Pattern[str], ...]:
    """An organisation's name and its leading article, the relative clause and the appositive an agent
    stands before ("X, who ...", "X, a group active in the north, ..."), from ``lang/en/acts.yaml``."""
    ag = lang.load().acts.agents
    joiners = alternation(ag.name_joiners, fold_case=False)
    return (
        re.compile(rf"{CAP_WORD}(?:\s(?:{joiners}\s)?{CAP_WORD})*(?:\s\([A-Z]{{2,6}}\))?"),
        re.compile(rf"^{alternation(ag.name_articles, fold_case=False)}\s+"),
        re.compile(rf",\s+{_words(ag.relatives, fold_case=False)}\s+(?:\w+\s+){{0,4}}$"),
        re.compile(rf",\s+{_words(ag.appositive_articles, fold_case=False)}\s+[^,]*,\s*(?:\w+\s+){{0,6}}$"),
    )


def _agents(doc: Document, sent: Sentence, people: list[PersonMention], known: dict[str, list[str]]) -> list[Agent]:
    """People in the sentence, and organisations: capitalised phrases that are neither people nor places."""
    out = [
        Agent(p.start, p.end, p.text, resolve_person(p.key, known)) for p in people if sent.start <= p.start < sent.end
    ]
    gaz = gazetteer()
    name, article = _agent_patterns()[:2]
    stopwords = lang.load().acts.agents.key_stopwords
    for m in name.finditer(sent.text):
        s, e = sent.start + m.start(), sent.start + m.end()
        text = article.sub("", m.group(0))
        s = e - len(text)
        lone_opener = s == sent.start and " " not in text and "-" not in text and not text.isupper()
        if any(a.start < e and s < a.end for a in out) or lone_opener:
            continue
        if gaz.lookup(text) or text.split()[0].lower() in _stop():
            continue  # a place, or a sentence-opening word ("Several of ...")
        # "Tehreek-e-Jihad Frontier (TJF)" is keyed by its name; the acronym resolves to it in the rules
        key = " ".join(w for w in words(re.sub(r"\s*\([A-Z]{2,6}\)$", "", text)) if w not in stopwords)
        out.append(Agent(s, e, doc.text[s:e], key))
    return sorted(out, key=lambda a: a.start)


@cache
def _cue_words(act: str) -> tuple[str, ...]:
    data = lang.load().acts
    spec = data.acts[act]
    return tuple(w.split()[0].lower() for w in spec.verbs + spec.nouns + data.witness_verbs)


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One scan for the cue words of every act: the pattern reports, at each position of a lower-cased
    sentence, the longest cue word found there; the map gives the acts of that word and of the shorter
    cue words it begins with (those are found at the same position)."""
    acts_of: dict[str, set[str]] = {}
    for act in lang.load().acts.acts:
        for w in _cue_words(act):
            acts_of.setdefault(w, set()).add(act)
    closure = {w: frozenset(a for c, acts in acts_of.items() if w.startswith(c) for a in acts) for w in acts_of}
    return re.compile(rf"(?=({alternation(acts_of, fold_case=False)}))"), closure


def _acts_cued(low: str) -> frozenset[str]:
    """The acts any of whose verbs, nouns or witness verbs occur in the lower-cased sentence."""
    pattern, closure = _cue_index()
    found = {m.group(1) for m in pattern.finditer(low)}
    return frozenset().union(*(closure[w] for w in found)) if found else frozenset()


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(lang.load().names.not_names)


def extract_roles(doc: Document, people: list[PersonMention], known: dict[str, list[str]]) -> list[RoleClaim]:
    out: list[RoleClaim] = []
    for sent in doc.sentences:
        here: list[Agent] | None = None
        cued = _acts_cued(sent.text.lower())
        if not cued:
            continue  # no verb, noun or witness word of any act
        for act, active, passive, wit in _patterns():
            if act not in cued:
                continue  # none of the act's verbs, nouns or witness verbs: skip its three patterns
            matches = list(passive.finditer(sent.text)), list(active.finditer(sent.text)), list(wit.finditer(sent.text))
            if not any(matches):
                continue
            if here is None:
                here = _agents(doc, sent, people, known)
            for m in matches[0]:
                at = sent.start + m.end()
                agents = _apposed_person(doc, [a for a in here if at <= a.start <= at + 60], people, known)
                obj = m.group("obj") or m.group("obj2") or m.group("obj3")
                out.extend(_claims(doc, sent, agents[:1], act, obj, "agent", sent.start + m.start()))
            for m in matches[1]:
                at = sent.start + m.start()
                clause_start = max(sent.start, doc.folded.rfind(",", sent.start, at) + 1)
                rel = _agent_patterns()[2].search(doc.folded[sent.start : at])
                if rel:
                    comma = sent.start + rel.start()
                    # the antecedent of "who"/"which" is the name right before the comma, or nobody we know
                    agents = [a for a in here if comma - 6 <= a.end <= comma]
                else:
                    agents = [a for a in here if clause_start <= a.start and a.end <= at][-1:]
                    # "X, a group active in the north, claimed the attack": step back over the appositive
                    app = _agent_patterns()[3].search(doc.folded[sent.start : at])
                    if not agents and app:
                        comma = sent.start + app.start()
                        agents = [a for a in here if comma - 6 <= a.end <= comma]
                    # "Jane Doe, the region's education minister, ordered ...": the person before the aside;
                    # "The captain, Bambang Sucipto, ordered ...": else the name between the commas
                    named = re.search(r",\s+[^,]{2,90},\s*$", doc.folded[sent.start : at])
                    if not agents and named:
                        comma = sent.start + named.start()
                        people_keys = {resolve_person(p.key, known) for p in people}
                        agents = [a for a in here if comma - 6 <= a.end <= comma and a.key in people_keys]
                    if not agents and named:
                        lo, hi = sent.start + named.start(), at
                        agents = [a for a in here if lo <= a.start and a.end <= hi][-1:]
                obj = m.group("obj")
                if act == "score" and (minute := match_minute(sent.text, m.end())) is not None:
                    # goals are told apart by when they were scored
                    obj = f"{lang.load().acts.match_minutes.scored_at} {minute}'"
                out.extend(_claims(doc, sent, agents, act, obj, "agent", at))
            for m in matches[2]:
                at = sent.start + m.start()
                before = [a for a in here if a.end <= at and at - a.end <= 40]
                out.extend(_claims(doc, sent, before[-1:], act, m.group("obj") or act, "witness", at))
    return out


def _apposed_person(
    doc: Document, agents: list[Agent], people: list[PersonMention], known: dict[str, list[str]]
) -> list[Agent]:
    """ "led by the state Commissioner for Security, Alhaji Ibrahim Marafa": a title that is no person, then
    the person who holds it after a comma; the person is the agent."""
    if len(agents) < 2:
        return agents
    keys = {resolve_person(p.key, known) for p in people}
    first, second = agents[0], agents[1]
    if first.key not in keys and second.key in keys and doc.folded[first.end : second.start].strip() == ",":
        return agents[1:]
    return agents


@lru_cache(maxsize=1)
def _minute() -> re.Pattern[str]:
    """ "88th minute", "on 58 minutes", "(58 mins)", "two minutes from time", from ``lang/en/acts.yaml``
    (the ordinal suffixes are numbers.yaml's, the minute counting.yaml's)."""
    data = lang.load()
    mm = data.acts.match_minutes
    ordinal = alternation(data.numbers.ordinal_suffixes)
    return re.compile(
        rf"\b(?P<ord>\d{{1,3}}){ordinal}[- ]{alternation(data.counting.match_minute)}\b"
        rf"|\b{_words(mm.after)}\s+(?P<on>\d{{1,3}})\s+{_words(mm.minutes)}\b"
        rf"|\((?P<mins>\d{{1,3}})\s+{_words(mm.bracketed)}\)|\b(?P<left>\w+)\s+{_words(mm.left)}\b",
        re.I,
    )


def check_examples() -> None:
    """The examples of ``lang/en/acts.yaml``: each match minute reads as the minute given (the roles are read
    by the whole extractor, in tests/test_lang_data.py)."""
    wrong = [text for text, minute in lang.load().acts.examples.minutes if match_minute(text) != minute]
    if wrong:
        raise ValueError(f"lang/en/acts.yaml: match minutes read the wrong way: {wrong}")


def match_minute(text: str, near: int = 0) -> int | None:
    """When in a match something happened: "88th minute", "on 58 minutes", "two minutes from time" (88).

    With several in the sentence, the one nearest ``near`` (where the act is named) is meant.
    """
    found = list(_minute().finditer(text))
    if not found:
        return None
    m = min(found, key=lambda f: abs(f.start() - near))
    if m.group("left"):
        from checker.normalise.numbers import words_to_number

        left = words_to_number(m.group("left")) if not m.group("left").isdigit() else float(m.group("left"))
        return None if left is None else int(90 - left)
    return int(m.group("ord") or m.group("on") or m.group("mins"))


def _claims(
    doc: Document,
    sent: Sentence,
    agents: list[Agent],
    act: str,
    obj: str,
    relation: str,
    verb_at: int,
) -> list[RoleClaim]:
    out = []
    for p in agents:
        start, end = min(p.start, verb_at), max(p.end, verb_at)
        end = max(end, doc.folded.find(obj, verb_at) + len(obj) if obj in doc.folded[verb_at : verb_at + 80] else end)
        out.append(
            RoleClaim(
                **doc.located(start, end, sent),
                act=act,
                obj=obj.lower(),
                agent=p.text,
                agent_key=p.key,
                relation=relation,  # type: ignore[arg-type]
            )
        )  # type: ignore[arg-type]
    return out


def extract(a: ArticleAnalysis) -> list[RoleClaim]:
    """Who did what (signed, announced, led) and who holds which post."""
    return extract_roles(a.doc, a.people, a.known_people)
