"""An in-memory search index over the store's entities, documents and events, rebuilt lazily when
the store's `generation` changes: prefix search on every label and alias, mention counts, types."""

from __future__ import annotations

import bisect
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.rdf.vocab import PREFIXES, sparql_prologue

SCHEMA = PREFIXES["schema"]
KG = PREFIXES["kg"]
WD = PREFIXES["wd"]
#: Entity kinds as the index and its users name them, and the classes they come from.
ENTITY_TYPES = {"person": SCHEMA + "Person", "organization": SCHEMA + "Organization",
                "place": SCHEMA + "Place", "country": SCHEMA + "Country"}
_KIND_OF = {iri: kind for kind, iri in ENTITY_TYPES.items()}
_TOKEN = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """Case-folded, ё as е: the form every label and every query is compared in."""
    return text.casefold().replace("ё", "е")


def tokens(text: str) -> list[str]:
    """The words of `text`, normalised (letters and digits; punctuation separates)."""
    return _TOKEN.findall(normalize(text))


@dataclass
class EntityEntry:
    iri: str
    name: str  # the best label: Russian, then English, then any
    kinds: tuple[str, ...]  # ENTITY_TYPES keys
    mentions: int = 0
    labels: list[tuple[str, str]] = field(default_factory=list)  # (text, language) of rdfs:label
    alt: list[str] = field(default_factory=list)  # skos:altLabel
    same_as: list[str] = field(default_factory=list)  # owl:sameAs IRIs
    job_titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # IRIs

    @property
    def names(self) -> list[str]:
        """Every name the entity is known by: labels, then aliases."""
        return [t for t, _ in self.labels] + self.alt

    @property
    def wikidata(self) -> list[str]:
        """The Wikidata QIDs it is the same as."""
        return [s[len(WD):] for s in self.same_as if s.startswith(WD)]


@dataclass
class DocEntry:
    iri: str
    headline: str
    published: str


@dataclass
class EventEntry:
    iri: str
    kind: str  # the kg: class IRI
    date: str  # its begin time stamp, else its article's publication date, else ""
    doc: str
    actors: list[str] = field(default_factory=list)


class _TokenIndex:
    """Which items (by position) carry which words, with prefix look-up over the sorted words."""

    def __init__(self, words_of_items: Iterable[Iterable[str]]):
        postings: dict[str, set[int]] = {}
        for i, words in enumerate(words_of_items):
            for w in words:
                postings.setdefault(w, set()).add(i)
        self.words = sorted(postings)
        self.postings = postings

    def with_prefix(self, prefix: str) -> set[int]:
        out: set[int] = set()
        at = bisect.bisect_left(self.words, prefix)
        while at < len(self.words) and self.words[at].startswith(prefix):
            out |= self.postings[self.words[at]]
            at += 1
        return out

    def matching(self, query: str) -> set[int] | None:
        """Items with a word starting with each word of `query` (None: an empty query)."""
        words = tokens(query)
        if not words:
            return None
        found: set[int] | None = None
        for w in sorted(set(words), key=len, reverse=True):  # the rarest (longest) word first
            hits = self.with_prefix(w)
            found = hits if found is None else found & hits
            if not found:
                return set()
        return found


@dataclass
class Page:
    """One page of a search: the items in order, and how many matched in all."""

    items: list
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total


class Snapshot:
    """The index of one store generation; read-only once built, so threads share it freely."""

    def __init__(self, generation: int, entities: list[EntityEntry], docs: list[DocEntry],
                 events: list[EventEntry], event_classes: dict[str, dict[str, str]], seconds: float):
        self.generation = generation
        self.built_in = seconds
        # positions are ranks: entities by mentions, documents and events newest first
        self.entities = sorted(entities, key=lambda e: (-e.mentions, normalize(e.name), e.iri))
        self.docs = sorted(docs, key=lambda d: (d.published, d.iri), reverse=True)
        self.events = sorted(events, key=lambda e: (e.date, e.iri), reverse=True)
        self.event_classes = event_classes
        self.entity_by_iri = {e.iri: e for e in self.entities}
        self._entity_words = _TokenIndex(
            {w for n in e.names for w in tokens(n)} for e in self.entities)
        self._doc_words = _TokenIndex(tokens(d.headline) for d in self.docs)
        self._event_words = _TokenIndex(self._event_tokens(e) for e in self.events)
        self._entity_counts = {k: sum(k in e.kinds for e in self.entities) for k in ENTITY_TYPES}
        self._event_counts: dict[str, int] = {}
        for ev in self.events:
            self._event_counts[ev.kind] = self._event_counts.get(ev.kind, 0) + 1
        self._by_qid: dict[str, list[int]] = {}
        for i, e in enumerate(self.entities):
            for q in e.wikidata:
                self._by_qid.setdefault(q, []).append(i)

    def _event_tokens(self, ev: EventEntry) -> set[str]:
        words = {w for label in self.event_classes.get(ev.kind, {}).values() for w in tokens(label)}
        words.update(tokens(ev.kind.rsplit("#", 1)[-1]))
        for a in ev.actors:
            entry = self.entity_by_iri.get(a)
            if entry is not None:
                words.update(w for n in entry.names for w in tokens(n))
        return words

    # -- look-ups ---------------------------------------------------------------------------

    @staticmethod
    def _page(items: Sequence, hits: set[int] | None, keep, offset: int, limit: int) -> Page:
        """The page of `items` at the positions in `hits` (None: all) that pass `keep` (None:
        all pass); positions are ranks, so sorting them orders the page."""
        positions: Sequence[int] = range(len(items)) if hits is None else sorted(hits)
        if keep is not None:
            positions = [i for i in positions if keep(items[i])]
        return Page([items[i] for i in positions[offset:offset + limit]], len(positions), offset, limit)

    def search_entities(self, query: str = "", kind: str | None = None, *, offset: int = 0,
                        limit: int = 50) -> Page:
        """Entities with a name whose words start with the query's words, most mentioned first."""
        return self._page(self.entities, self._entity_words.matching(query),
                          None if kind is None else lambda e: kind in e.kinds, offset, limit)

    def search_docs(self, query: str = "", *, offset: int = 0, limit: int = 50) -> Page:
        """Documents whose headline has words starting with the query's words, newest first."""
        return self._page(self.docs, self._doc_words.matching(query), None, offset, limit)

    def search_events(self, query: str = "", kind: str | None = None, *, offset: int = 0,
                      limit: int = 50) -> Page:
        """Events whose class or participants' names match the query, newest first; `kind` a
        kg: class IRI."""
        return self._page(self.events, self._event_words.matching(query),
                          None if kind is None else lambda e: e.kind == kind, offset, limit)

    def entity_candidates(self, query: str, *, cap: int = 300) -> list[EntityEntry]:
        """Entities sharing word stems with `query` (each word cut to at most its first five
        letters, so inflected forms meet their nominative: «Шольцем» finds «Шольц»): those that
        share the most words first, then the most mentioned; at most `cap`."""
        shared: dict[int, int] = {}
        for w in set(tokens(query)):
            for i in self._entity_words.with_prefix(w[:5]):
                shared[i] = shared.get(i, 0) + 1
        best = sorted(shared, key=lambda i: (-shared[i], i))[:cap]
        return [self.entities[i] for i in best]

    def entities_same_as(self, qid: str) -> list[EntityEntry]:
        return [self.entities[i] for i in self._by_qid.get(qid, [])]

    def entity_counts(self) -> dict[str, int]:
        """How many entities there are of each kind."""
        return self._entity_counts

    def event_counts(self) -> dict[str, int]:
        """How many events there are of each class."""
        return self._event_counts


class SearchIndex:
    """The current Snapshot of a store, rebuilt on first use after the store's generation moved.

    Readers take `current()`; one rebuild runs at a time (others wait for it, then share it)."""

    def __init__(self, store: Any):
        self.store = store
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self.builds = 0  # how many snapshots were built (for tests and metrics)

    def current(self) -> Snapshot:
        snap, gen = self._snapshot, self.store.generation
        if snap is not None and snap.generation == gen:
            return snap
        with self._lock:
            gen = self.store.generation
            if self._snapshot is None or self._snapshot.generation != gen:
                self._snapshot = build_snapshot(self.store, gen)
                self.builds += 1
            return self._snapshot


def _rows(store: Any, query: str):
    res = store.query(sparql_prologue() + query)
    names = [v.value for v in res.variables]
    for sol in res:
        yield [sol[n] for n in names]


def _event_classes(store: Any) -> dict[str, dict[str, str]]:
    """Event class IRI → its labels by language: from the ontology graph in the store, else from
    the ontology the service ships (a store may hold documents without the ontology graph)."""
    classes: dict[str, dict[str, str]] = {}
    for c, label in _rows(store, "SELECT ?c ?l WHERE { ?c rdfs:subClassOf+ sem:Event ; rdfs:label ?l }"):
        classes.setdefault(c.value, {})[getattr(label, "language", None) or ""] = label.value
    if not classes:
        from rdflib import RDFS, Literal

        from kg.validate import ontology_graph

        graph = ontology_graph()
        for c in set(graph.subjects(RDFS.subClassOf, None)):
            for label in graph.objects(c, RDFS.label):
                if isinstance(label, Literal) and str(c).startswith(KG):
                    classes.setdefault(str(c), {})[label.language or ""] = str(label)
    return classes


def build_snapshot(store: Any, generation: int) -> Snapshot:
    """Read what the index needs from the store in a few whole-store SELECTs."""
    t0 = time.perf_counter()
    kinds: dict[str, set[str]] = {}
    for e, t in _rows(store, "SELECT ?e ?t WHERE { VALUES ?t { schema:Person schema:Organization "
                             "schema:Place schema:Country } ?e a ?t }"):
        kinds.setdefault(e.value, set()).add(_KIND_OF[t.value])
    entities: dict[str, EntityEntry] = {}
    for iri, ks in kinds.items():
        ordered = tuple(k for k in ENTITY_TYPES if k in ks)
        entities[iri] = EntityEntry(iri, "", ordered)
    for s, p, o in _rows(store, "SELECT ?s ?p ?o WHERE { VALUES ?p { rdfs:label skos:altLabel "
                                "owl:sameAs schema:jobTitle schema:affiliation } ?s ?p ?o }"):
        entry = entities.get(s.value)
        if entry is None:
            continue
        p = p.value
        if p.endswith("#label"):
            entry.labels.append((o.value, getattr(o, "language", None) or ""))
        elif p.endswith("#altLabel"):
            entry.alt.append(o.value)
        elif p.endswith("#sameAs"):
            entry.same_as.append(o.value)
        elif p.endswith("/jobTitle"):
            entry.job_titles.append(o.value)
        else:
            entry.affiliations.append(o.value)
    rank = {"ru": 0, "en": 1}
    for entry in entities.values():
        entry.labels.sort(key=lambda lab: (rank.get(lab[1], 2), lab[0]))
        entry.alt.sort()
        entry.name = entry.labels[0][0] if entry.labels else entry.iri.rsplit("/", 1)[-1]
    for e, n in _rows(store, "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e"):
        entry = entities.get(e.value)
        if entry is not None:
            entry.mentions = int(n.value)
    docs = [DocEntry(d.value, h.value if h else "", p.value if p else "") for d, h, p in _rows(
        store, "SELECT ?d ?h ?p WHERE { ?d a schema:NewsArticle OPTIONAL { ?d schema:headline ?h } "
               "OPTIONAL { ?d schema:datePublished ?p } }")]
    published = {d.iri: d.published for d in docs}
    classes = _event_classes(store)
    events: dict[str, EventEntry] = {}
    # simple patterns only, joined here: joined in the query, each costs a scan per event
    values = " ".join(f"<{c}>" for c in classes if c.startswith(KG))
    for ev, c in _rows(store, f"SELECT ?ev ?c WHERE {{ VALUES ?c {{ {values} }} ?ev a ?c }}"):
        events.setdefault(ev.value, EventEntry(ev.value, c.value, "", ""))
    for ev, m in _rows(store, "SELECT ?ev ?m WHERE { ?ev prov:wasDerivedFrom ?m }"):
        entry = events.get(ev.value)
        if entry is not None and not entry.doc:
            entry.doc = m.value.split("#", 1)[0]  # a mention is its document's IRI + #char=…
            entry.date = published.get(entry.doc, "")
    for ev, d in _rows(store, "SELECT ?ev ?d WHERE { ?ev sem:hasBeginTimeStamp ?d }"):
        if ev.value in events:
            events[ev.value].date = d.value
    for ev, a in _rows(store, "SELECT ?ev ?a WHERE { { ?ev sem:hasActor ?a } UNION { ?ev sem:hasPlace ?a } }"):
        if ev.value in events and a.value not in events[ev.value].actors:
            events[ev.value].actors.append(a.value)
    return Snapshot(generation, list(entities.values()), docs, list(events.values()), classes,
                    time.perf_counter() - t0)
