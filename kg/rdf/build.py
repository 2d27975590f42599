"""Extraction records → one rdflib Graph per document, following ../shared/MODEL.md term by term.

Every IRI comes from kg.rdf.iris and every term from kg.rdf.vocab. No blank nodes are made: nodes
that have no IRI of their own (time descriptions, anonymous sources, link annotations) get one
under the document or event IRI, so a document graph can be replaced and compared exactly.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef

from kg import __version__
from kg.rdf import iris
from kg.rdf.vocab import (ITSRDF, KG, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, TIME, WD, XSD,
                          bind_prefixes)
from kg.records import Entity, Event, Extraction, Span, Statement, TimeValue

_KIND_CLASSES = {
    "person": (SCHEMA.Person, SEM.Actor),
    "organization": (SCHEMA.Organization, SEM.Actor),
    "place": (SCHEMA.Place, SEM.Place),
    "country": (SCHEMA.Place, SCHEMA.Country, SEM.Place),
}
SOFTWARE = URIRef(f"https://w3id.org/newskg#software-{__version__}")


class _Builder:
    def __init__(self, extraction: Extraction, base: str, ended_at: datetime | None):
        self.x = extraction
        self.base = base
        self.doc_id = extraction.document.id
        self.doc = URIRef(iris.doc_iri(base, self.doc_id))
        self.g = bind_prefixes(Graph())
        self.ended_at = ended_at or datetime.now(timezone.utc).replace(microsecond=0)
        self.entity_iris: dict[str, URIRef] = {}
        taken: set[str] = set()
        for e in extraction.entities:
            slug = e.slug or iris.default_slug(e)
            if slug in taken:  # two different entities of one document with one name
                slug = f"{slug}-{e.kind}"
            taken.add(slug)
            self.entity_iris[e.key] = URIRef(iris.entity_iri(base, slug))
        self.event_iris: dict[str, URIRef] = {}
        seen: set[str] = set()
        for ev in (*extraction.events, *extraction.statements):
            kind = ev.kind if isinstance(ev, Event) else "Statement"
            iri = iris.event_iri(base, self.doc_id, ev.trigger.start)
            if iri in seen:
                iri = iris.event_iri(base, self.doc_id, ev.trigger.start, kind)
            seen.add(iri)
            self.event_iris[ev.key] = URIRef(iri)

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def build(self) -> Graph:
        self.document()
        for e in self.x.entities:
            self.entity(e)
        for ev in self.x.events:
            self.event(ev)
        for st in self.x.statements:
            self.statement(st)
        return self.g

    def lang(self, text: str) -> Literal:
        return Literal(text, lang=self.x.document.lang)

    def document(self) -> None:
        d, doc = self.x.document, self.doc
        self.add(doc, RDF.type, SCHEMA.NewsArticle)
        self.add(doc, RDF.type, NIF.Context)
        self.add(doc, NIF.isString, Literal(d.text))
        self.add(doc, SCHEMA.headline, self.lang(d.title or _headline(d.text)))
        self.add(doc, SCHEMA.inLanguage, Literal(d.lang))
        if d.published:
            self.add(doc, SCHEMA.datePublished, Literal(d.published.isoformat(), datatype=XSD.date))
        if d.url:
            self.add(doc, SCHEMA.url, URIRef(d.url))
        act = URIRef(iris.activity_iri(str(doc)))
        self.add(doc, PROV.wasGeneratedBy, act)
        self.add(act, RDF.type, PROV.Activity)
        self.add(act, PROV.wasAssociatedWith, SOFTWARE)
        self.add(act, PROV.endedAtTime, Literal(self.ended_at.isoformat().replace("+00:00", "Z"),
                                                datatype=XSD.dateTime))

    def mention(self, span: Span, target: URIRef) -> URIRef:
        m = URIRef(iris.mention_iri(str(self.doc), span.start, span.end))
        self.add(m, RDF.type, NIF.Phrase)
        self.add(m, NIF.referenceContext, self.doc)
        self.add(m, NIF.beginIndex, Literal(span.start, datatype=XSD.nonNegativeInteger))
        self.add(m, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(m, NIF.anchorOf, Literal(span.text))
        self.add(m, ITSRDF.taIdentRef, target)
        return m

    def entity(self, e: Entity) -> None:
        s = self.entity_iris[e.key]
        for cls in _KIND_CLASSES[e.kind]:
            self.add(s, RDF.type, cls)
        # rdfs:label is the canonical nominative name (MODEL.md): a linked place's or body's
        # gazetteer label, a person's «Имя Фамилия» (the linker puts the gazetteer's in `name`);
        # every other form, the gazetteer label with a patronymic among them, is an altLabel
        label = e.name if e.kind == "person" or not (e.link and e.link.label_ru) else e.link.label_ru
        self.add(s, RDFS.label, self.lang(label))
        gazetteer = {e.link.label_ru} if e.link and e.link.label_ru else set()
        for alt in sorted({e.name, *e.aliases, *e.surface_forms, *gazetteer} - {label}):
            self.add(s, SKOS.altLabel, self.lang(alt))
        if e.job_title:
            self.add(s, SCHEMA.jobTitle, self.lang(e.job_title))
        if e.affiliation and e.affiliation in self.entity_iris:
            self.add(s, SCHEMA.affiliation, self.entity_iris[e.affiliation])
        if e.stands_for and e.stands_for in self.entity_iris:  # a capital acting for its country
            self.add(s, KG.standsFor, self.entity_iris[e.stands_for])
        if e.link:
            self.link(e, s)
        for m in e.mentions:
            self.mention(m, s)

    def link(self, e: Entity, s: URIRef) -> None:
        """owl:sameAs plus a reified copy that says how sure the linker was and why."""
        assert e.link is not None
        target = WD[e.link.qid]
        self.add(s, OWL.sameAs, target)
        if e.link.label_en:
            self.add(s, RDFS.label, Literal(e.link.label_en, lang="en"))
        r = URIRef(iris.link_iri(str(self.doc), str(s).rsplit("/", 1)[-1]))
        self.add(r, RDF.type, RDF.Statement)
        self.add(r, RDF.subject, s)
        self.add(r, RDF.predicate, OWL.sameAs)
        self.add(r, RDF.object, target)
        self.add(r, KG.linkConfidence, Literal(f"{e.link.confidence:.3f}", datatype=XSD.decimal))
        self.add(r, KG.linkMethod, Literal(e.link.method))

    def time(self, ev: URIRef, t: TimeValue) -> None:
        if t.begin:
            self.add(ev, SEM.hasBeginTimeStamp, Literal(t.begin.isoformat(), datatype=XSD.date))
            self.add(ev, SEM.hasEndTimeStamp, Literal((t.end or t.begin).isoformat(), datatype=XSD.date))
            return
        if not (t.year or t.month or t.day or t.season):
            return
        node = URIRef(f"{ev}#time")
        self.add(ev, SEM.hasTime, node)
        self.add(node, RDF.type, TIME.DateTimeDescription)
        self.add(node, RDFS.label, self.lang(t.span.text))
        if t.year:
            self.add(node, TIME.year, Literal(f"{t.year:04d}", datatype=XSD.gYear))
        if t.month:
            self.add(node, TIME.month, Literal(f"--{t.month:02d}", datatype=XSD.gMonth))
        if t.day:
            self.add(node, TIME.day, Literal(f"---{t.day:02d}", datatype=XSD.gDay))
        if t.season:
            self.add(node, KG.season, Literal(t.season))

    def _event_common(self, key: str, kind: str, trigger: Span, time: TimeValue | None) -> URIRef:
        ev = self.event_iris[key]
        self.add(ev, RDF.type, SEM.Event)
        self.add(ev, RDF.type, KG[kind])
        self.add(ev, PROV.wasDerivedFrom, self.mention(trigger, ev))
        if time:
            self.time(ev, time)
        return ev

    def _actor(self, ev: URIRef, prop: URIRef, key: str | None) -> None:
        if key and key in self.entity_iris:
            self.add(ev, SEM.hasActor, self.entity_iris[key])
            if prop != SEM.hasActor:
                self.add(ev, prop, self.entity_iris[key])

    def event(self, e: Event) -> None:
        ev = self._event_common(e.key, e.kind, e.trigger, e.time)
        for sp in e.mentions:  # the event told again: each of its mentions
            self.add(ev, PROV.wasDerivedFrom, self.mention(sp, ev))
        for k in e.agents:
            self._actor(ev, KG.agent, k)
        for k in e.targets:
            self._actor(ev, KG.target, k)
        for k in e.others:
            self._actor(ev, SEM.hasActor, k)
        if e.place and e.place in self.entity_iris:
            self.add(ev, SEM.hasPlace, self.entity_iris[e.place])
        if e.duration:
            self.add(ev, SCHEMA.duration, Literal(e.duration, datatype=XSD.duration))
        self.add(ev, KG.factuality, KG[e.factuality])
        if e.post:
            self.add(ev, KG.post, self.lang(e.post))
        if e.award:
            self.add(ev, KG.award, self.lang(e.award))

    def statement(self, st: Statement) -> None:
        ev = self._event_common(st.key, "Statement", st.trigger, st.time)
        # reported speech is reported as made: actual unless the record says otherwise
        self.add(ev, KG.factuality, KG[getattr(st, "factuality", None) or "Actual"])
        # a joint statement (`X и Y заявили`) has one kg:speaker, and kg:agent, per speaker
        for who in (st.speaker, *st.co_speakers) if st.speaker else ():
            if who in self.entity_iris:
                self._actor(ev, KG.agent, who)
                self.add(ev, KG.speaker, self.entity_iris[who])
        for q in (st.quote, *st.more_quotes) if st.quote else ():
            self.add(ev, KG.quote, self.lang(q.text))
        if st.content:
            self.add(ev, KG.content, self.lang(st.content.text))
        if st.addressee in self.entity_iris:
            self._actor(ev, KG.target, st.addressee)
            self.add(ev, KG.addressee, self.entity_iris[st.addressee])
        if st.source in self.entity_iris:
            self.add(ev, PROV.wasAttributedTo, self.entity_iris[st.source])
        elif st.anonymous_source:
            src = URIRef(f"{ev}#source")
            self.add(ev, PROV.wasAttributedTo, src)
            self.add(src, RDF.type, KG.AnonymousSource)
            self.add(src, RDFS.label, self.lang(st.anonymous_source))


def _headline(text: str, limit: int = 120) -> str:
    """A document without a title is headed by its first non-blank line, shortened at a word."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"


def build_graph(extraction: Extraction, base: str, *, ended_at: datetime | None = None) -> Graph:
    """The RDF graph of one document. `ended_at` fixes the extraction time (for golden tests)."""
    return _Builder(extraction, base, ended_at).build()
