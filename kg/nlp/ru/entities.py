"""Named entities of a Russian article: NER spans → canonical nominative names → merged Entities.

Within a document, person mentions merge by surname: full names whose first names agree (equal,
or one a short form of the other: `Джо` / `Джозеф`) are one person, and a bare surname joins the
full name it belongs to (the nearest one before it when two people share the surname). Places and
organisations merge by their normalised name. Job titles come from the position phrase that
stands before a person's name (`президент России Владимир Путин`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from kg.nlp.base import casefold_name, span
from kg.nlp.ru.analysis import Analysis, NerSpan
from kg.nlp.ru.lexicon import word_list
from kg.records import Entity, EntityKind, Span

_KINDS: dict[str, EntityKind] = {"PER": "person", "ORG": "organization", "LOC": "place"}
_TRIM = re.compile(r"^[\s\"'«»„“”()\[\].,:;]+|[\s\"'«»„“”()\[\].,:;]+$")
_TITLE_GAP = 6  # most tokens between a title's head noun and the name


@dataclass
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)  # normalised names, in order of appearance
    mentions: list[Span] = field(default_factory=list)
    first_names: set[str] = field(default_factory=set)
    surname: str = ""
    kinds: list[EntityKind] = field(default_factory=list)  # the NER tag of each mention
    job_title: str | None = None
    affiliation_span: NerSpan | None = None

    @property
    def first_offset(self) -> int:
        return min(m.start for m in self.mentions)


def _clean(name: str) -> str:
    name = _TRIM.sub("", name)
    return re.sub(r"\s+", " ", name)


def _compatible(a: str, b: str) -> bool:
    """First names that can be one person's: equal, or one a short form of the other."""
    a, b = casefold_name(a), casefold_name(b)
    return a == b or (min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)))


def find_entities(a: Analysis) -> tuple[Entity, ...]:
    """All entities of the analysed text, keyed e1, e2, … in order of first mention."""
    stop = word_list("ner_stoplist")
    persons: list[_Cluster] = []
    others: dict[str, _Cluster] = {}  # by normalised name: one name is one entity, whatever the tag
    bare: list[tuple[NerSpan, str]] = []  # surname-only person mentions, resolved last
    mention_cluster: dict[tuple[int, int], _Cluster] = {}

    for sp in a.ner:
        name = _clean(sp.normal)
        if not name or casefold_name(name) in stop:
            continue
        m = span(a.text, sp.start, sp.end)
        kind = _KINDS.get(sp.type)
        if kind is None:
            continue
        if kind != "person":
            c = others.setdefault(casefold_name(name), _Cluster(kind))
            c.kinds.append(kind)
            c.names.append(name)
            c.mentions.append(m)
            mention_cluster[(sp.start, sp.end)] = c
            continue
        parts = name.split(" ")
        if len(parts) == 1:
            bare.append((sp, name))
            continue
        surname, first = casefold_name(parts[-1]), parts[0]
        c = next((c for c in persons if c.surname == surname
                  and any(_compatible(first, f) for f in c.first_names)), None)
        if c is None:
            c = _Cluster("person", surname=surname)
            persons.append(c)
        c.first_names.add(first)
        c.names.append(name)
        c.mentions.append(m)
        mention_cluster[(sp.start, sp.end)] = c
        _attach_title(a, sp, c)

    for sp, name in bare:
        key = casefold_name(name)
        candidates = [c for c in persons if c.surname == key]
        if len(candidates) > 1:
            before = [c for c in candidates if c.first_offset < sp.start]
            candidates = [max(before or candidates,
                              key=lambda c: max((m.start for m in c.mentions if m.start < sp.start),
                                                default=-1))]
        if candidates:
            c = candidates[0]
        else:
            c = next((c for c in persons if not c.first_names and c.surname == key), None)
            if c is None:
                c = _Cluster("person", surname=key)
                persons.append(c)
            c.names.append(name)
        c.mentions.append(span(a.text, sp.start, sp.end))
        mention_cluster[(sp.start, sp.end)] = c
        _attach_title(a, sp, c)

    clusters = sorted([*persons, *others.values()], key=lambda c: c.first_offset)
    keys = {id(c): f"e{i}" for i, c in enumerate(clusters, 1)}
    entities = []
    for c in clusters:
        name = _canonical(c)
        aff = mention_cluster.get((c.affiliation_span.start, c.affiliation_span.end)) \
            if c.affiliation_span else None
        kind = max(c.kinds, key=c.kinds.count) if c.kinds else c.kind
        entities.append(Entity(
            key=keys[id(c)], kind=kind, name=name,
            mentions=tuple(sorted(set(c.mentions), key=lambda m: m.start)),
            aliases=tuple(sorted({n for n in c.names if n != name})),
            job_title=c.job_title,
            affiliation=keys[id(aff)] if aff is not None and aff is not c else None))
    return tuple(entities)


def _canonical(c: _Cluster) -> str:
    """The name to label an entity with: the first full name seen, else the most frequent."""
    if c.kind == "person":
        full = [n for n in c.names if " " in n]
        if full:
            return full[0]
    counts: dict[str, int] = defaultdict(int)
    for n in c.names:
        counts[n] += 1
    return max(c.names, key=lambda n: (counts[n], -c.names.index(n)))


def _attach_title(a: Analysis, sp: NerSpan, c: _Cluster) -> None:
    """Find `президента России` before `Владимира Путина` and keep it, nominative, as the job title."""
    if c.job_title is not None:
        return
    titles = word_list("job_titles")
    sent = a.tokens[sp.first].sent
    first = a.sentences[sent].first
    head = None
    for i in range(sp.first - 1, max(first, sp.first - _TITLE_GAP) - 1, -1):
        t = a.tokens[i]
        if t.pos in ("VERB", "PUNCT", "ADP", "CCONJ", "SCONJ", "AUX") and t.text not in "-":
            break
        if t.lemma in titles and t.pos in ("NOUN", "ADJ", "PROPN"):
            head = i
    if head is None:
        return
    words = [a.tokens[head].lemma if not a.tokens[head].text.isupper() else a.tokens[head].text]
    words += [t.text for t in a.tokens[head + 1:sp.first]]
    title = " ".join(words)
    c.job_title = re.sub(r"\s+-\s+", "-", title)
    inside = [n for n in a.ner if a.tokens[head].start <= n.start and n.end <= sp.start
              and n.type in ("LOC", "ORG")]
    c.affiliation_span = inside[-1] if inside else None
