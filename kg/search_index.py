"""An in-memory search index over the store's entities, documents and events, rebuilt lazily when
the store's `generation` changes: prefix search on every label and alias, mention counts, types."""

from __future__ import annotations

import bisect
import logging
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
log = logging.getLogger(__name__)


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


class _Ranked:
    """Items in rank order with a word index over them; read-only once built, so threads share
    it freely."""

    generation: int
    built_in: float

    @staticmethod
    def _page(items: Sequence, hits: set[int] | None, within: list[int] | None, offset: int,
              limit: int) -> Page:
        """The page of `items` at the positions in `hits` (None: all) that are also `within`
        (sorted positions of one type; None: all); positions are ranks, so sorted they order
        the page."""
        if hits is None:
            positions: Sequence[int] = range(len(items)) if within is None else within
        else:
            positions = sorted(hits if within is None else hits.intersection(within))
        return Page([items[i] for i in positions[offset:offset + limit]], len(positions), offset, limit)

    @staticmethod
    def _positions_by(items: Sequence, keys) -> dict[str, list[int]]:
        """The positions of the items of each key (`keys(item)` gives an item's keys)."""
        out: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            for k in keys(item):
                out.setdefault(k, []).append(i)
        return out


class EntityIndex(_Ranked):
    """The entities of one store generation, most mentioned first."""

    def __init__(self, generation: int, entities: list[EntityEntry], seconds: float = 0.0):
        self.generation, self.built_in = generation, seconds
        self.entities = sorted(entities, key=lambda e: (-e.mentions, normalize(e.name), e.iri))
        self.entity_by_iri = {e.iri: e for e in self.entities}
        self._words = _TokenIndex({w for n in e.names for w in tokens(n)} for e in self.entities)
        self._of_kind = self._positions_by(self.entities, lambda e: e.kinds)
        self._counts = {k: len(self._of_kind.get(k, [])) for k in ENTITY_TYPES}
        self._by_qid: dict[str, list[int]] = {}
        for i, e in enumerate(self.entities):
            for q in e.wikidata:
                self._by_qid.setdefault(q, []).append(i)

    def search_entities(self, query: str = "", kind: str | None = None, *, offset: int = 0,
                        limit: int = 50) -> Page:
        """Entities with a name whose words start with the query's words, most mentioned first."""
        return self._page(self.entities, self._words.matching(query),
                          None if kind is None else self._of_kind.get(kind, []), offset, limit)

    def entity_candidates(self, query: str, *, cap: int = 300) -> list[EntityEntry]:
        """Entities sharing word stems with `query` (each word cut to at most its first five
        letters, so inflected forms meet their nominative: «Шольцем» finds «Шольц»): those that
        share the most words first, then the most mentioned; at most `cap`."""
        shared: dict[int, int] = {}
        for w in set(tokens(query)):
            for i in self._words.with_prefix(w[:5]):
                shared[i] = shared.get(i, 0) + 1
        best = sorted(shared, key=lambda i: (-shared[i], i))[:cap]
        return [self.entities[i] for i in best]

    def entities_same_as(self, qid: str) -> list[EntityEntry]:
        return [self.entities[i] for i in self._by_qid.get(qid, [])]

    def entity_counts(self) -> dict[str, int]:
        """How many entities there are of each kind."""
        return self._counts


class DocIndex(_Ranked):
    """The documents of one store generation, newest first."""

    def __init__(self, generation: int, docs: list[DocEntry], seconds: float = 0.0):
        self.generation, self.built_in = generation, seconds
        self.docs = sorted(docs, key=lambda d: (d.published, d.iri), reverse=True)
        self._words = _TokenIndex(tokens(d.headline) for d in self.docs)

    def search_docs(self, query: str = "", *, offset: int = 0, limit: int = 50) -> Page:
        """Documents whose headline has words starting with the query's words, newest first."""
        return self._page(self.docs, self._words.matching(query), None, offset, limit)


class EventIndex(_Ranked):
    """The events of one store generation, newest first, findable by their class's labels and
    their participants' names (from `entities`)."""

    def __init__(self, generation: int, events: list[EventEntry],
                 event_classes: dict[str, dict[str, str]], entities: EntityIndex, seconds: float = 0.0):
        self.generation, self.built_in = generation, seconds
        self.events = sorted(events, key=lambda e: (e.date, e.iri), reverse=True)
        self.event_classes = event_classes
        self.entities = entities
        self._words = _TokenIndex(self._event_tokens(e) for e in self.events)
        self._of_kind = self._positions_by(self.events, lambda e: (e.kind,))
        self._counts = {k: len(v) for k, v in self._of_kind.items()}

    def _event_tokens(self, ev: EventEntry) -> set[str]:
        words = {w for label in self.event_classes.get(ev.kind, {}).values() for w in tokens(label)}
        words.update(tokens(ev.kind.rsplit("#", 1)[-1]))
        for a in ev.actors:
            entry = self.entities.entity_by_iri.get(a)
            if entry is not None:
                words.update(w for n in entry.names for w in tokens(n))
        return words

    def search_events(self, query: str = "", kind: str | None = None, *, offset: int = 0,
                      limit: int = 50) -> Page:
        """Events whose class or participants' names match the query, newest first; `kind` a
        kg: class IRI."""
        return self._page(self.events, self._words.matching(query),
                          None if kind is None else self._of_kind.get(kind, []), offset, limit)

    def event_counts(self) -> dict[str, int]:
        """How many events there are of each class."""
        return self._counts


class _Part:
    """One part of the index, current with the store: rebuilt on first use after the store's
    generation moved. A rebuild that took longer than `sync_seconds` last time is done in a
    background thread instead, the stale part answering meanwhile (one rebuild at a time)."""

    def __init__(self, store: Any, build, sync_seconds: float):
        self.store, self.build, self.sync_seconds = store, build, sync_seconds
        self.value: Any = None
        self.builds = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _rebuild(self) -> None:
        with self._lock:
            gen = self.store.generation
            if self.value is None or self.value.generation != gen:
                t0 = time.perf_counter()
                value = self.build(gen)
                value.built_in = time.perf_counter() - t0
                self.value = value
                self.builds += 1

    def _rebuild_logged(self) -> None:
        try:
            self._rebuild()
        except Exception:  # the stale part keeps answering; the next request tries again
            log.exception("rebuilding the search index failed")

    def current(self) -> Any:
        value = self.value
        if value is not None and value.generation == self.store.generation:
            return value
        if value is None or value.built_in <= self.sync_seconds:
            self._rebuild()
            return self.value
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._rebuild_logged, name="search-index",
                                                daemon=True)
                self._thread.start()
        return value

    def wait(self, timeout: float | None = None) -> None:
        """Until a background rebuild in progress (if any) ends."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)


class SearchIndex:
    """The entity, document and event indexes of a store, each built on first use and kept
    current with the store's generation (see _Part for when a rebuild runs in the background)."""

    #: A part whose last build took at most this long is rebuilt while the request waits, so a
    #: document is searchable on the next request; a slower one is rebuilt in the background.
    SYNC_REBUILD_SECONDS = 2.0

    def __init__(self, store: Any, sync_rebuild_seconds: float | None = None):
        self.store = store
        sync = self.SYNC_REBUILD_SECONDS if sync_rebuild_seconds is None else sync_rebuild_seconds
        self._entities = _Part(store, lambda gen: EntityIndex(gen, read_entities(store)), sync)
        self._docs = _Part(store, lambda gen: DocIndex(gen, read_docs(store)), sync)
        self._events = _Part(store, self._build_events, sync)

    def _build_events(self, gen: int) -> EventIndex:
        classes = read_event_classes(self.store)
        return EventIndex(gen, read_events(self.store, classes), classes, self.entities())

    def entities(self) -> EntityIndex:
        return self._entities.current()

    def docs(self) -> DocIndex:
        return self._docs.current()

    def events(self) -> EventIndex:
        return self._events.current()

    @property
    def builds(self) -> int:
        """How many times a part was built (for tests and metrics)."""
        return self._entities.builds + self._docs.builds + self._events.builds

    def wait(self, timeout: float | None = None) -> None:
        for part in (self._entities, self._docs, self._events):
            part.wait(timeout)


def _rows(store: Any, query: str):
    """The solutions of a SELECT, each unpacked in the order of its variables (by position:
    looking terms up by name doubles the cost of reading a large result)."""
    yield from store.select(sparql_prologue() + query)


def read_event_classes(store: Any) -> dict[str, dict[str, str]]:
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


def read_entities(store: Any) -> list[EntityEntry]:
    """Every entity with its names, links, positions, affiliations and mention count."""
    kinds: dict[str, set[str]] = {}
    for e, t in _rows(store, "SELECT ?e ?t WHERE { VALUES ?t { schema:Person schema:Organization "
                             "schema:Place schema:Country } ?e a ?t }"):
        kinds.setdefault(e.value, set()).add(_KIND_OF[t.value])
    entities: dict[str, EntityEntry] = {}
    for iri, ks in kinds.items():
        entities[iri] = EntityEntry(iri, "", tuple(k for k in ENTITY_TYPES if k in ks))
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
    return list(entities.values())


def read_docs(store: Any) -> list[DocEntry]:
    """Every document with its headline and publication date (simple patterns, joined here)."""
    docs = {d.value: DocEntry(d.value, "", "") for (d,) in _rows(
        store, "SELECT ?d WHERE { ?d a schema:NewsArticle }")}
    for d, h in _rows(store, "SELECT ?d ?h WHERE { ?d schema:headline ?h }"):
        if d.value in docs:
            docs[d.value].headline = h.value
    for d, p in _rows(store, "SELECT ?d ?p WHERE { ?d schema:datePublished ?p }"):
        if d.value in docs:
            docs[d.value].published = p.value
    return list(docs.values())


def read_events(store: Any, classes: dict[str, dict[str, str]]) -> list[EventEntry]:
    """Every event of a kg: class with its date, article and participants. Simple patterns,
    joined here: joined in the query, each costs a look-up per event."""
    published = dict(_rows_as_pairs(store, "SELECT ?d ?p WHERE { ?d schema:datePublished ?p }"))
    events: dict[str, EventEntry] = {}
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
    return list(events.values())


def _rows_as_pairs(store: Any, query: str):
    for a, b in _rows(store, query):
        yield a.value, b.value
