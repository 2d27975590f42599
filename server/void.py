"""The dataset described for machines and people: VoID at `/.well-known/void` (counted from the live
store), the ontology at `/ns` and the SHACL shapes at `/shapes`, each negotiated (RDF or HTML)."""

from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, current_app, request

from kg import __version__
from kg.errors import NotFound
from kg.rdf.formats import RDF_FORMATS
from kg.rdf.vocab import ONTOLOGY_GRAPH, PREFIXES, sparql_prologue
from server.conneg import format_param, negotiate_rdf, prefers_html
from server.linked_data import class_label, html_page, rdf_response, short
from server.store import get_settings, get_store

bp = Blueprint("void", __name__)

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
_FORMATS = ("ttl", "jsonld", "nt", "rdf")
VOID = "http://rdfs.org/ns/void#"
DCT = PREFIXES["dcterms"]
FOAF = "http://xmlns.com/foaf/0.1/"
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
#: Titles of the external graphs entities link to; a linkset is made for any namespace found.
KNOWN_TARGETS = {"http://www.wikidata.org/entity/": ("Wikidata", "https://www.wikidata.org/"),
                 "http://dbpedia.org/resource/": ("DBpedia", "https://dbpedia.org/"),
                 "https://sws.geonames.org/": ("GeoNames", "https://www.geonames.org/")}
#: The classes whose instances are the dataset's entities (void:entities).
ENTITY_CLASSES = ("schema:NewsArticle", "schema:Person", "schema:Organization", "schema:Place",
                  "sem:Event")


def _v(local: str) -> ox.NamedNode:
    return ox.NamedNode(VOID + local)


def _d(local: str) -> ox.NamedNode:
    return ox.NamedNode(DCT + local)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))


def _count(query: str) -> int:
    return int(next(iter(get_store().select(sparql_prologue() + query)))["n"].value)


def void_statistics() -> dict:
    """Counts from the live store: triples, documents, entities, classes and outgoing links;
    kept until the store's next write (its `generation`), since they scan the whole graph."""
    store = get_store()
    key = (id(store), getattr(store, "generation", None))
    cache = current_app.extensions.setdefault("kg_void", {})
    if key[1] is not None and cache.get("key") == key:
        return cache["stats"]
    # the classes of the data: the ontology's own terms (owl:Class, kg:Factuality…) are described
    # by its subset below, not counted as instances
    classes = [(r["c"].value, int(r["n"].value)) for r in store.select(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c "
        f"FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s a ?c }} }} }} "
        "GROUP BY ?c ORDER BY DESC(?n) ?c")]
    values = " ".join(ENTITY_CLASSES)
    entities = _count(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}")
    links = [(r["ns"].value, int(r["n"].value)) for r in store.select(sparql_prologue() + """
        SELECT ?ns (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o . FILTER(isIRI(?o))
        BIND(REPLACE(STR(?o), "[^/#]+$", "") AS ?ns)
        FILTER(?ns != "") } GROUP BY ?ns ORDER BY DESC(?n) ?ns""")]  # no / or #: no URI space
    stats = {"triples": _count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
             "documents": dict(classes).get(PREFIXES["schema"] + "NewsArticle", 0),
             "entities": entities, "classes": classes, "links": links,
             "ontology_triples": _count(
                 f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")}
    cache.update(key=key, stats=stats)
    return stats


def void_triples(stats: dict) -> list[ox.Triple]:
    """The VoID description of the dataset served under the configured base."""
    base = get_settings().base
    doc = ox.NamedNode(f"{base}.well-known/void")
    ds = ox.NamedNode(f"{base}.well-known/void#dataset")
    out = [ox.Triple(doc, RDF_TYPE, _v("DatasetDescription")),
           ox.Triple(doc, _d("title"), ox.Literal("VoID description of the newskg dataset", language="en")),
           ox.Triple(doc, ox.NamedNode(FOAF + "primaryTopic"), ds),
           ox.Triple(ds, RDF_TYPE, _v("Dataset")),
           ox.Triple(ds, _d("title"), ox.Literal("newskg news knowledge graph", language="en")),
           ox.Triple(ds, _d("description"), ox.Literal(
               "People, organisations, places, events and reported speech extracted from news "
               "articles; one named graph per article and one for the ontology "
               "(https://w3id.org/newskg), the default graph their union.", language="en")),
           ox.Triple(ds, _v("sparqlEndpoint"), ox.NamedNode(f"{base}sparql")),
           ox.Triple(ds, _v("uriSpace"), ox.Literal(base)),
           ox.Triple(ds, _v("rootResource"), ox.NamedNode(f"{base}documents")),
           ox.Triple(ds, _v("triples"), _int(stats["triples"])),
           ox.Triple(ds, _v("entities"), _int(stats["entities"])),
           ox.Triple(ds, _v("documents"), _int(stats["documents"])),
           ox.Triple(ds, _v("classes"), _int(len(stats["classes"]))),
           ox.Triple(ds, _v("feature"), ox.NamedNode("http://www.w3.org/ns/formats/Turtle")),
           ox.Triple(ds, _v("feature"), ox.NamedNode("http://www.w3.org/ns/formats/RDF_XML")),
           ox.Triple(ds, _d("conformsTo"), ox.NamedNode(f"{base}shapes")),
           ox.Triple(ds, _d("hasVersion"), ox.Literal(__version__))]
    if stats.get("ontology_triples"):  # the ontology's named graph, part of the default graph
        onto = ox.NamedNode(f"{base}.well-known/void#ontology")
        out += [ox.Triple(ds, _v("subset"), onto), ox.Triple(onto, RDF_TYPE, _v("Dataset")),
                ox.Triple(onto, _d("title"), ox.Literal("newskg ontology", language="en")),
                ox.Triple(onto, _v("triples"), _int(stats["ontology_triples"])),
                ox.Triple(onto, _v("rootResource"), ox.NamedNode(ONTOLOGY_GRAPH)),
                ox.Triple(onto, _v("dataDump"), ox.NamedNode(f"{base}ns.ttl"))]
    for ns in PREFIXES.values():
        if ns.startswith("http") and ns != base:
            out.append(ox.Triple(ds, _v("vocabulary"), ox.NamedNode(ns)))
    for fmt in RDF_FORMATS.values():
        for ext in (fmt.extension, fmt.extension + ".gz"):
            dump = ox.NamedNode(f"{base}dump.{ext}")
            out.append(ox.Triple(ds, _v("dataDump"), dump))
            out.append(ox.Triple(dump, _d("format"), ox.Literal(
                "application/gzip" if ext.endswith(".gz") else fmt.media_type)))
    for i, (cls, n) in enumerate(stats["classes"]):
        part = ox.NamedNode(f"{base}.well-known/void#class-{i + 1}")
        out += [ox.Triple(ds, _v("classPartition"), part), ox.Triple(part, _v("class"), ox.NamedNode(cls)),
                ox.Triple(part, _v("entities"), _int(n))]
    for ns, n in stats["links"]:
        title, home = KNOWN_TARGETS.get(ns, (ns, ns))
        slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
        target = ox.NamedNode(f"{base}.well-known/void#{slug}")
        ls = ox.NamedNode(f"{base}.well-known/void#links-{slug}")
        out += [ox.Triple(ds, _v("subset"), ls), ox.Triple(ls, RDF_TYPE, _v("Linkset")),
                ox.Triple(ls, _v("subjectsTarget"), ds), ox.Triple(ls, _v("objectsTarget"), target),
                ox.Triple(ls, _v("linkPredicate"), ox.NamedNode(PREFIXES["owl"] + "sameAs")),
                ox.Triple(ls, _v("triples"), _int(n)),
                ox.Triple(target, RDF_TYPE, _v("Dataset")), ox.Triple(target, _d("title"), ox.Literal(title)),
                ox.Triple(target, _v("uriSpace"), ox.Literal(ns)),
                ox.Triple(target, ox.NamedNode(FOAF + "homepage"), ox.NamedNode(home))]
    order = {s: i for i, s in reversed(list(enumerate(t.subject for t in out)))}
    return sorted(out, key=lambda t: order[t.subject])  # one block per subject in Turtle


@bp.route("/.well-known/void")
@bp.route("/.well-known/void.<ext>")
def void(ext: str | None = None):
    if ext is not None and ext not in {RDF_FORMATS[k].extension for k in _FORMATS}:
        raise NotFound(f"no VoID in format {ext!r}")
    stats = void_statistics()
    if ext or not prefers_html(request.headers.get("Accept")):
        fmt = negotiate_rdf(request.headers.get("Accept"), ext or format_param(request.values),
                            allowed=_FORMATS)
        return rdf_response(void_triples(stats), fmt, {"void": VOID, "foaf": FOAF})
    base = get_settings().base
    classes = [(c, short(c), class_label(c, "en") if c.startswith(PREFIXES["kg"]) else "", n)
               for c, n in stats["classes"]]
    links = [(KNOWN_TARGETS.get(ns, (ns, ns))[0], ns, n) for ns, n in stats["links"]]
    return html_page("void/void.html", stats=stats, classes=classes, links=links, base=base,
                     dumps=[(f.extension, f.media_type) for f in RDF_FORMATS.values()])


@functools.cache
def _parsed(names: tuple[str, ...]) -> list[ox.Triple]:
    triples: list[ox.Triple] = []
    for name in names:
        with open(SHAPES_DIR / name, "rb") as f:
            triples += [q.triple for q in ox.parse(f, ox.RdfFormat.TURTLE, base_iri="https://w3id.org/newskg")]
    return triples


def shape_files() -> tuple[str, ...]:
    """Every shapes/*.ttl but the ontology."""
    return tuple(sorted(p.name for p in SHAPES_DIR.glob("*.ttl") if p.name != "ontology.ttl"))


@bp.route("/ns")
@bp.route("/ns.<ext>")
def ontology(ext: str | None = None):
    return _file_resource(("ontology.ttl",), ext, "void/ontology.html")


@bp.route("/shapes")
@bp.route("/shapes.<ext>")
def shapes(ext: str | None = None):
    return _file_resource(shape_files(), ext, "void/shapes.html")


def _file_resource(names: tuple[str, ...], ext: str | None, template: str):
    if ext is not None and ext not in {RDF_FORMATS[k].extension for k in _FORMATS}:
        raise NotFound(f"no such format {ext!r}")
    triples = _parsed(names)
    if ext or not prefers_html(request.headers.get("Accept")):
        fmt = negotiate_rdf(request.headers.get("Accept"), ext or format_param(request.values),
                            allowed=_FORMATS)
        return rdf_response(triples, fmt)
    return html_page(template, **_describe_terms(triples),
                     files=[(n, (SHAPES_DIR / n).read_text(encoding="utf-8")) for n in names])


def _describe_terms(triples: list[ox.Triple]) -> dict:
    """Classes, properties and node shapes of an ontology or shapes graph, for the HTML views."""
    by_subject: dict[str, dict[str, list[str]]] = {}
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            by_subject.setdefault(t.subject.value, {}).setdefault(short(t.predicate.value), []).append(
                t.object.value if not isinstance(t.object, ox.Literal) or not t.object.language
                else f"{t.object.value} @{t.object.language}")
    kinds = {"classes": "owl:Class", "properties": ("owl:ObjectProperty", "owl:DatatypeProperty",
                                                     "rdf:Property"), "node_shapes": "http://www.w3.org/ns/shacl#NodeShape"}
    out: dict[str, list] = {k: [] for k in kinds}
    for iri, props in sorted(by_subject.items()):
        types = {short(t) for t in props.get("rdf:type", [])}
        for key, wanted in kinds.items():
            if types & ({wanted} if isinstance(wanted, str) else set(wanted)):
                out[key].append({"iri": iri, "name": iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                                 "props": {k: [short(v) for v in vs] for k, vs in props.items()}})
    return out
