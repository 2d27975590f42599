"""Linked-data pages: `/` (query page), `/doc/<id>`, `/entity/<slug>`, `/event/<id>`, negotiated to
HTML for people and RDF (Turtle, JSON-LD, N-Triples, RDF/XML, or a .ext suffix) for machines."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request
from markupsafe import Markup, escape

from kg import __version__
from kg.rdf import iris
from kg.rdf.formats import RDF_FORMATS
from kg.rdf.vocab import PREFIXES
from server.conneg import negotiate_rdf, prefers_html
from server.store import get_settings, get_store

bp = Blueprint("pages", __name__, static_folder="static", static_url_path="/static")

QUERIES_DIR = Path(__file__).resolve().parent.parent / "kg" / "data" / "queries"
_PAGE_FORMATS = ("ttl", "jsonld", "nt", "rdf")


@functools.cache
def example_queries() -> list[dict[str, str]]:
    """The example queries in kg/data/queries/*.rq; the first comment line is the title."""
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip()
        out.append({"title": title, "query": "\n".join(text.splitlines()[1:]).strip() + "\n"})
    return out


@bp.app_context_processor
def _globals():
    return {"version": __version__}


@bp.route("/")
def index():
    return render_template("sparql/query.html", examples=example_queries())


def _split_suffix(name: str) -> tuple[str, str | None]:
    for key in _PAGE_FORMATS:
        if name.endswith("." + RDF_FORMATS[key].extension):
            return name[: -len(RDF_FORMATS[key].extension) - 1], key
    return name, None


def _rdf_response(triples, fmt) -> Response:
    buf = io.BytesIO()
    kwargs = {"prefixes": PREFIXES} if fmt.key in ("ttl", "rdf") else {}
    ox.serialize(triples, buf, fmt.ox_format, **kwargs)
    return Response(buf.getvalue(), mimetype=fmt.media_type, headers={"Vary": "Accept"})


def _rows(query: str, **bindings) -> list[dict]:
    store = get_store()
    for k, v in bindings.items():
        query = query.replace("$" + k, f"<{v}>")
    res = store.query(query)
    names = [v.value for v in res.variables]
    return [{n: sol[n] for n in names} for sol in res]


def _describe(iri: str) -> list:
    """The triples about `iri` and about the nodes minted under it (#time, #source)."""
    store = get_store()
    q = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        {{ BIND(<{iri}> AS ?s) ?s ?p ?o }} UNION
        {{ <{iri}> ?x ?s . ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "{iri}#")) }} }}"""
    return list(store.query(q))


@bp.route("/entity/<path:name>")
def entity(name: str):
    slug, suffix = _split_suffix(name)
    settings = get_settings()
    iri = iris.entity_iri(settings.base, slug)
    triples = _describe(iri)
    if not triples:
        abort(404, description=f"no entity {iri}")
    if suffix or not prefers_html():
        return _rdf_response(triples, negotiate_rdf("ttl", suffix=suffix, allowed=_PAGE_FORMATS))
    P = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX schema: <http://schema.org/> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> PREFIX kg: <https://w3id.org/newskg#> "
    mentions = _rows(P + """SELECT ?doc ?b ?e ?text ?headline WHERE {
        ?m itsrdf:taIdentRef $e ; nif:referenceContext ?doc ; nif:beginIndex ?b ; nif:endIndex ?e2 .
        BIND(?e2 AS ?e) ?doc nif:isString ?text . OPTIONAL { ?doc schema:headline ?headline } }
        ORDER BY ?doc ?b LIMIT 200""", e=iri)
    contexts = []
    for r in mentions:
        text, b, e = r["text"].value, int(r["b"].value), int(r["e"].value)
        contexts.append({"doc": r["doc"].value, "headline": r["headline"].value if r["headline"] else "",
                         "before": text[max(0, b - 80):b], "anchor": text[b:e], "after": text[e:e + 80]})
    events = _rows(P + """SELECT DISTINCT ?ev ?kind ?date WHERE {
        ?ev sem:hasActor $e ; a ?c . ?c rdfs:label ?kind . FILTER(lang(?kind) = "ru")
        FILTER(STRSTARTS(STR(?c), "https://w3id.org/newskg#"))
        OPTIONAL { ?ev sem:hasBeginTimeStamp ?date } } ORDER BY ?date ?ev LIMIT 200""", e=iri)
    cooc = _rows(P + """SELECT ?o ?label (COUNT(DISTINCT ?doc) AS ?n) WHERE {
        ?m itsrdf:taIdentRef $e ; nif:referenceContext ?doc .
        ?m2 nif:referenceContext ?doc ; itsrdf:taIdentRef ?o . FILTER(?o != $e)
        ?o rdfs:label ?label . FILTER(lang(?label) = "ru") }
        GROUP BY ?o ?label ORDER BY DESC(?n) ?label LIMIT 30""", e=iri)
    return render_template("pages/entity.html", iri=iri, slug=slug, props=_props(triples, iri),
                           contexts=contexts, events=events, cooc=cooc)


def _props(triples, iri: str) -> list[tuple[str, list]]:
    out: dict[str, list] = {}
    for t in triples:
        if t.subject.value == iri:
            out.setdefault(_short(t.predicate.value), []).append(t.object)
    return sorted(out.items())


def _short(value: str) -> str:
    for p, ns in PREFIXES.items():
        if value.startswith(ns) and value != ns:
            return f"{p}:{value[len(ns):]}"
    return value


@bp.app_template_filter("term")
def term_html(term) -> Markup:
    """A term as HTML: local IRIs link to their page, Wikidata to Wikidata, literals as text."""
    if isinstance(term, ox.NamedNode):
        base = get_settings().base
        href = term.value
        label = _short(term.value)
        if term.value.startswith(base):
            href = "/" + term.value[len(base):]
        return Markup(f'<a href="{escape(href)}">{escape(label)}</a>')
    if isinstance(term, ox.Literal):
        lang = f' <span class="muted">@{escape(term.language)}</span>' if term.language else ""
        return Markup(f"{escape(term.value)}{lang}")
    return Markup(escape(str(term)))


@bp.route("/doc/<path:name>")
def doc(name: str):
    doc_id, suffix = _split_suffix(name)
    settings = get_settings()
    iri = iris.doc_iri(settings.base, doc_id)
    store = get_store()
    if not store.has_graph(iri):
        abort(404, description=f"no document {iri}")
    if suffix or not prefers_html():
        fmt = negotiate_rdf("ttl", suffix=suffix, allowed=_PAGE_FORMATS)
        triples = [q.triple for q in store.quads(iri)]
        return _rdf_response(triples, fmt)
    meta = _rows("""PREFIX schema: <http://schema.org/> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?text ?headline ?published ?url WHERE { GRAPH $d { $d nif:isString ?text .
        OPTIONAL { $d schema:headline ?headline } OPTIONAL { $d schema:datePublished ?published }
        OPTIONAL { $d schema:url ?url } } }""", d=iri)[0]
    mentions = _rows("""PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
        SELECT ?b ?e ?ref WHERE { GRAPH $d { ?m nif:referenceContext $d ; nif:beginIndex ?b ;
        nif:endIndex ?e ; itsrdf:taIdentRef ?ref } } ORDER BY ?b""", d=iri)
    text = meta["text"].value
    return render_template("pages/doc.html", iri=iri, meta=meta,
                           body=_highlight(text, mentions, settings.base))


def _highlight(text: str, mentions: list[dict], base: str) -> Markup:
    parts, pos = [], 0
    for m in mentions:
        b, e, ref = int(m["b"].value), int(m["e"].value), m["ref"].value
        if b < pos:
            continue  # overlapping mention: the first one wins
        href = "/" + ref[len(base):] if ref.startswith(base) else ref
        parts.append(escape(text[pos:b]))
        parts.append(Markup(f'<mark><a href="{escape(href)}">{escape(text[b:e])}</a></mark>'))
        pos = e
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


@bp.route("/event/<path:name>")
def event(name: str):
    event_id, suffix = _split_suffix(name)
    settings = get_settings()
    iri = f"{settings.base}event/{event_id}"
    triples = _describe(iri)
    if not triples:
        abort(404, description=f"no event {iri}")
    if suffix or not prefers_html():
        return _rdf_response(triples, negotiate_rdf("ttl", suffix=suffix, allowed=_PAGE_FORMATS))
    return render_template("pages/event.html", iri=iri, props=_props(triples, iri))


@bp.route("/documents")
def documents():
    rows = _rows("""PREFIX schema: <http://schema.org/>
        SELECT ?doc ?headline ?published WHERE { ?doc a schema:NewsArticle .
        OPTIONAL { ?doc schema:headline ?headline } OPTIONAL { ?doc schema:datePublished ?published } }
        ORDER BY DESC(?published) ?doc""")
    return render_template("pages/documents.html", rows=rows)
