"""Linked-data pages: `/` (query page), `/doc/<id>`, `/entity/<slug>`, `/event/<id>`, `/documents`,
negotiated to HTML for people and RDF (Turtle, JSON-LD, N-Triples, RDF/XML, or a .ext suffix)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, render_template, request, send_from_directory
from markupsafe import Markup, escape

from kg import __version__
from kg.errors import NotFound
from kg.rdf import iris
from kg.rdf.formats import RDF_FORMATS
from kg.rdf.vocab import ONTOLOGY_GRAPH, PREFIXES
from server.conneg import format_param, negotiate_rdf, prefers_html
from server.linked_data import (
    KG,
    PAGE_FORMATS,
    checked_iri,
    class_label,
    clip_left,
    clip_right,
    describe,
    highlight,
    html_page,
    labels_of,
    link,
    local_href,
    ontology_classes,
    props_of,
    rdf_response,
    select,
    sentence_around,
    short,
)
from server.store import get_settings, get_store

__all__ = ["bp", "example_queries", "sentence_around", "yasgui_available"]

bp = Blueprint("pages", __name__, static_folder="static", static_url_path="/static")

ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = ROOT / "kg" / "data" / "queries"
#: YASGUI's built files, installed by `npm ci` (package.json); absent, the page keeps its plain editor.
YASGUI_DIR = ROOT / "node_modules" / "@zazuko" / "yasgui" / "build"
_YASGUI_FILES = ("yasgui.min.js", "yasgui.min.css")
#: An entity page shows at most this many events and mentions; the query page has them all.
TIMELINE_MAX = 200
MENTIONS_MAX = 100
COOC_DOCS = 300
_ROLES = {"kg:speaker": "speaker", "kg:agent": "agent", "kg:addressee": "addressee",
          "kg:target": "target", "sem:hasPlace": "place"}
_TYPE_NAMES = {"schema:Person": "person", "schema:Organization": "organization",
               "schema:Country": "country", "schema:Place": "place"}


@functools.cache
def example_queries() -> list[dict[str, str]]:
    """The example queries in kg/data/queries/*.rq; the first comment line is the title."""
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip()
        label = re.split(r" \(|: ", title, maxsplit=1)[0]
        out.append({"name": path.stem, "title": title, "label": label,
                    "query": "\n".join(text.splitlines()[1:]).strip() + "\n"})
    return out


def yasgui_available() -> bool:
    return all((YASGUI_DIR / f).is_file() for f in _YASGUI_FILES)


@bp.app_context_processor
def _globals():
    return {"version": __version__, "yasgui": yasgui_available(), "base": get_settings().base,
            "prefixes": PREFIXES, "ontology_graph": ONTOLOGY_GRAPH}


@bp.route("/")
def index():
    """The query page; /sparql answers a browser with it too (server.sparql)."""
    return render_template("sparql/query.html", examples=example_queries())


@bp.route("/assets/yasgui/<name>")
def yasgui_asset(name: str):
    """YASGUI's own files, served by the service (never a CDN)."""
    if name not in _YASGUI_FILES or not yasgui_available():
        raise NotFound(f"no asset {name}; run `npm ci` to install the query editor")
    return send_from_directory(YASGUI_DIR, name, max_age=86400)


def _split_suffix(name: str) -> tuple[str, str | None]:
    for key in PAGE_FORMATS:
        if name.endswith("." + RDF_FORMATS[key].extension):
            return name[: -len(RDF_FORMATS[key].extension) - 1], key
    return name, None


@bp.app_template_filter("link")
def _link_filter(iri, label=None, **attrs) -> Markup:
    """`{{ iri|link(label) }}`: a link to an IRI, or its label as text when it is no web address."""
    return link(iri.value if hasattr(iri, "value") else str(iri), label, **attrs)


def _anchor(doc: str, b: int, e: int) -> str | None:
    href = local_href(doc)
    return f"{href}#char={b},{e}" if href is not None else None


@bp.app_template_filter("term")
def term_html(term) -> Markup:
    """A term as HTML: IRIs as links (local ones to their page), literals as text with their language."""
    if isinstance(term, ox.NamedNode):
        return link(term.value, short(term.value))
    if isinstance(term, ox.Literal):
        lang = f' <span class="muted">@{escape(term.language)}</span>' if term.language else ""
        return Markup(f"{escape(term.value)}{lang}")
    return Markup(escape(str(term)))


def _negotiated(iri: str, suffix: str | None, what: str):
    """RDF for RDF clients (or a suffix); None when a browser should get the HTML page."""
    triples = describe(iri)
    if not triples:
        raise NotFound(f"no {what} {iri}")
    if suffix or not prefers_html(request.headers.get("Accept")):
        fmt = negotiate_rdf(request.headers.get("Accept"), suffix or format_param(request.values),
                            allowed=PAGE_FORMATS)
        return triples, rdf_response(triples, fmt)
    return triples, None


@bp.route("/entity/<path:name>")
def entity(name: str):
    slug, suffix = _split_suffix(name)
    iri = checked_iri(iris.entity_iri(get_settings().base, slug), "entity")
    triples, rdf = _negotiated(iri, suffix, "entity")
    if rdf is not None:
        return rdf
    props = props_of(triples, iri)
    types = [_TYPE_NAMES[t] for t in map(short, (o.value for o in props.get("rdf:type", [])))
             if t in _TYPE_NAMES]
    mentions = select("""SELECT ?doc ?b ?e ?text ?headline WHERE {
        ?m itsrdf:taIdentRef $e ; nif:referenceContext ?doc ; nif:beginIndex ?b ; nif:endIndex ?e .
        ?doc nif:isString ?text . OPTIONAL { ?doc schema:headline ?headline } }
        LIMIT %d""" % MENTIONS_MAX, e=iri)
    contexts = []
    for r in sorted(mentions, key=lambda r: (r["doc"].value, int(r["b"].value))):
        text, b, e = r["text"].value, int(r["b"].value), int(r["e"].value)
        contexts.append({"doc": r["doc"].value, "headline": r["headline"].value if r["headline"] else "",
                         "href": _anchor(r["doc"].value, b, e),
                         "before": clip_left(text[max(0, b - 90):b]), "anchor": text[b:e],
                         "after": clip_right(text[e:e + 90])})
        c = contexts[-1]
        c["more_before"] = b - len(c["before"]) > 0 and text[b - len(c["before"]) - 1] != "\n"
        c["more_after"] = e + len(c["after"]) < len(text) and text[e + len(c["after"])] != "\n"
    counts = select("""SELECT (COUNT(?m) AS ?n) (COUNT(DISTINCT ?doc) AS ?d) WHERE {
        ?m itsrdf:taIdentRef $e ; nif:referenceContext ?doc }""", e=iri)[0]
    n_mentions, n_docs = int(counts["n"].value), int(counts["d"].value)
    timeline, timeline_total = _timeline(iri)
    cooc = _cooccurring(iri)
    affiliations = props.get("schema:affiliation", [])
    labels = labels_of([o for o, _, _ in cooc] + affiliations)
    groups: dict[str, list] = {}
    for o, kind, n in cooc:
        groups.setdefault(kind, []).append({"iri": o, "label": labels.get(o, short(o)), "n": n})
    return html_page(
        "pages/entity.html", iri=iri, slug=slug, props=props, types=types,
        labels=sorted(props.get("rdfs:label", []), key=lambda lit: (lit.language != "ru", lit.value)),
        alt=[lit.value for lit in props.get("skos:altLabel", [])],
        affiliations=[(a.value, labels.get(a.value, short(a.value))) for a in affiliations],
        same_as=[o.value for o in props.get("owl:sameAs", [])],
        timeline=timeline, timeline_total=timeline_total, groups=groups, cooc_docs=COOC_DOCS,
        contexts=contexts, n_mentions=n_mentions, n_docs=n_docs)


def _cooccurring(iri: str, limit: int = 60) -> list[tuple[str, str, int]]:
    """People, organisations and places named in the same articles as `iri`, with how many
    articles they share, over at most COOC_DOCS of its articles, so the cost is bounded however
    famous the entity is. Each step is its own query: joined in one, the store starts from the
    type triples and the cost grows with the whole graph."""
    docs = [r["doc"].value for r in select(f"""SELECT DISTINCT ?doc WHERE {{
        ?m itsrdf:taIdentRef $e ; nif:referenceContext ?doc }} LIMIT {COOC_DOCS}""", e=iri)]
    if not docs:
        return []
    values = " ".join(f"<{d}>" for d in docs)
    counts = select(f"""SELECT ?o (COUNT(DISTINCT ?doc) AS ?n) WHERE {{ VALUES ?doc {{ {values} }}
        ?m nif:referenceContext ?doc ; itsrdf:taIdentRef ?o . FILTER(?o != $e) }} GROUP BY ?o""", e=iri)
    if not counts:
        return []
    n_of = {r["o"].value: int(r["n"].value) for r in counts}
    values = " ".join(f"<{o}>" for o in n_of)
    kinds: dict[str, str] = {}
    for r in select(f"""SELECT ?o ?t WHERE {{ VALUES ?o {{ {values} }} ?o a ?t .
            FILTER(?t IN (schema:Person, schema:Organization, schema:Place)) }}"""):
        kinds[r["o"].value] = _TYPE_NAMES[short(r["t"].value)]
    ranked = sorted(kinds, key=lambda o: (-n_of[o], o))[:limit]
    return [(o, kinds[o], n_of[o]) for o in ranked]


#: How a timeline marks an event that did not (yet) happen; an actual one is left unmarked.
_FACTUALITY = {"kg:Planned": "planned", "kg:Possible": "possible", "kg:Negated": "did not happen"}


def _timeline(iri: str) -> tuple[list[dict], int]:
    """The first TIMELINE_MAX events an entity took part in, oldest first (undated ones by their
    article's date, then unknown last), and how many there are in all."""
    # an actor's events, and for a place also the events that happened there; sorted here, as
    # simple lookups are much cheaper for the store than one ORDER BY over joined dates
    when: dict[str, str] = {}
    for r in select("""SELECT ?ev ?date WHERE { ?ev sem:hasActor|sem:hasPlace $e .
            OPTIONAL { ?ev sem:hasBeginTimeStamp ?date } }""", e=iri):
        if r["date"] or r["ev"].value not in when:
            when[r["ev"].value] = r["date"].value if r["date"] else ""
    undated = [ev for ev, d in when.items() if not d]
    for chunk in range(0, len(undated), 1000):
        values = " ".join(f"<{ev}>" for ev in undated[chunk:chunk + 1000])
        for r in select(f"""SELECT ?ev (MIN(STR(?pub)) AS ?p) WHERE {{ VALUES ?ev {{ {values} }}
                ?ev prov:wasDerivedFrom/nif:referenceContext/schema:datePublished ?pub }} GROUP BY ?ev"""):
            when[r["ev"].value] = r["p"].value
    total = len(when)
    first = sorted(when, key=lambda ev: (when[ev] or "9999", ev))[:TIMELINE_MAX]
    if not first:
        return [], total
    values = " ".join(f"<{ev}>" for ev in first)
    found = select(f"""SELECT ?ev ?class ?role ?date ?tlabel ?doc ?published ?said ?detail ?fact WHERE {{
        VALUES ?ev {{ {values} }} ?ev a ?class . FILTER(STRSTARTS(STR(?class), STR(kg:)))
        OPTIONAL {{ ?ev ?role $e . FILTER(?role IN (kg:agent, kg:target, kg:speaker, kg:addressee, sem:hasPlace)) }}
        OPTIONAL {{ ?ev sem:hasBeginTimeStamp ?date }}
        OPTIONAL {{ ?ev sem:hasTime/rdfs:label ?tlabel }}
        OPTIONAL {{ ?ev kg:quote|kg:content ?said }}
        OPTIONAL {{ ?ev kg:post|kg:award ?detail }}
        OPTIONAL {{ ?ev kg:factuality ?fact }}
        OPTIONAL {{ ?ev prov:wasDerivedFrom/nif:referenceContext ?doc .
                   OPTIONAL {{ ?doc schema:datePublished ?published }} }} }}""", e=iri)
    events: dict[str, dict] = {ev: {} for ev in first}  # keeps the order
    for r in found:
        ev = events[r["ev"].value]
        if not ev:
            ev.update({"iri": r["ev"].value, "kind": class_label(r["class"].value), "roles": set(),
                       "date": r["date"].value if r["date"] else "",
                       "when": r["tlabel"].value if r["tlabel"] else "",
                       "doc": r["doc"].value if r["doc"] else "",
                       "published": r["published"].value if r["published"] else "",
                       "said": r["said"].value if r["said"] else "", "with": [],
                       # the post of an appointment, the prize of an award; whether it happened
                       "detail": r["detail"].value if r["detail"] else "",
                       "factuality": _FACTUALITY.get(short(r["fact"].value), "") if r["fact"] else ""})
        if r["role"]:
            ev["roles"].add(_ROLES[short(r["role"].value)])
    others = select(f"""SELECT ?ev ?a WHERE {{ VALUES ?ev {{ {values} }}
        ?ev sem:hasActor ?a FILTER(?a != $e) }} ORDER BY ?a""", e=iri)
    labels = labels_of(r["a"] for r in others)
    for r in others:
        if events[r["ev"].value]:
            events[r["ev"].value]["with"].append((r["a"].value, labels.get(r["a"].value, "")))
    out = [e for e in events.values() if e]
    for e in out:
        e["role"] = next((r for r in _ROLES.values() if r in e["roles"]), "")
    return out, total


@bp.route("/doc/<path:name>")
def doc(name: str):
    doc_id, suffix = _split_suffix(name)
    iri = checked_iri(iris.doc_iri(get_settings().base, doc_id), "document")
    store = get_store()
    if not store.has_graph(iri):
        raise NotFound(f"no document {iri}")
    if suffix or not prefers_html(request.headers.get("Accept")):
        fmt = negotiate_rdf(request.headers.get("Accept"), suffix or format_param(request.values),
                            allowed=PAGE_FORMATS)
        return rdf_response([q.triple for q in store.quads(iri)], fmt)
    meta = select("""SELECT ?text ?headline ?published ?url ?lang WHERE { GRAPH $d { $d nif:isString ?text .
        OPTIONAL { $d schema:headline ?headline } OPTIONAL { $d schema:datePublished ?published }
        OPTIONAL { $d schema:url ?url } OPTIONAL { $d schema:inLanguage ?lang } } }""", d=iri)[0]
    mentions = select("""SELECT ?b ?e ?ref ?kind WHERE { GRAPH $d { ?m nif:referenceContext $d ;
        nif:beginIndex ?b ; nif:endIndex ?e ; itsrdf:taIdentRef ?ref .
        OPTIONAL { ?ref a ?kind . VALUES ?kind { schema:Person schema:Organization schema:Place sem:Event } } } }
        ORDER BY ?b DESC(?e)""", d=iri)
    events = select("""SELECT ?ev ?class ?b ?role ?who WHERE { GRAPH $d { ?ev a sem:Event , ?class .
        FILTER(STRSTARTS(STR(?class), STR(kg:))) ?ev prov:wasDerivedFrom/nif:beginIndex ?b
        OPTIONAL { ?ev ?role ?who . FILTER(?role IN (kg:agent, kg:target)) } } }
        ORDER BY ?b ?ev ?role ?who""", d=iri)
    entities = select("""SELECT ?ent (COUNT(?m) AS ?n) WHERE { GRAPH $d { ?m itsrdf:taIdentRef ?ent .
        ?ent a ?t . VALUES ?t { schema:Person schema:Organization schema:Place } } }
        GROUP BY ?ent ORDER BY DESC(?n) ?ent""", d=iri)
    labels = labels_of([r["ent"] for r in entities] + [r["who"] for r in events])
    doc_events: dict[str, dict] = {}
    for r in events:
        ev = doc_events.setdefault(r["ev"].value, {"iri": r["ev"].value, "kind": class_label(r["class"].value),
                                                   "agent": [], "target": []})
        if r["role"]:
            ev[r["role"].value.rsplit("#", 1)[-1]].append((r["who"].value, labels.get(r["who"].value, "")))
    return html_page("pages/doc.html", iri=iri, meta=meta, body=highlight(meta["text"].value, mentions),
                     events=list(doc_events.values()),
                     entities=[{"iri": r["ent"].value, "label": labels.get(r["ent"].value, ""),
                                "n": int(r["n"].value)} for r in entities])


@bp.route("/event/<path:name>")
def event(name: str):
    event_id, suffix = _split_suffix(name)
    iri = checked_iri(f"{get_settings().base}event/{event_id}", "event")
    triples, rdf = _negotiated(iri, suffix, "event")
    if rdf is not None:
        return rdf
    props = props_of(triples, iri)
    kinds = [o.value for o in props.get("rdf:type", []) if o.value.startswith(KG)]
    roles = [(role, o.value) for key, role in (("kg:speaker", "speaker"), ("kg:agent", "agent"),
                                                ("kg:addressee", "addressee"), ("kg:target", "target"))
             for o in props.get(key, [])]
    named = {v for _, v in roles}
    roles += [("participant", o.value) for o in props.get("sem:hasActor", []) if o.value not in named]
    seen: set[str] = set()
    actors = [(r, v) for r, v in roles if not (v in seen or seen.add(v))]
    places = [o.value for o in props.get("sem:hasPlace", [])]
    sources = [o.value for o in props.get("prov:wasAttributedTo", [])]
    labels = labels_of([v for _, v in actors] + places + sources)
    time_node = props.get("sem:hasTime", [None])[0]
    time_desc = props_of(triples, time_node.value) if time_node is not None else {}
    for s in sources:  # anonymous sources are minted under the event and carry their own label
        for lab in props_of(triples, s).get("rdfs:label", []):
            labels.setdefault(s, lab.value)
    trigger = select("""SELECT ?doc ?b ?e ?text ?headline ?published WHERE { $ev prov:wasDerivedFrom ?m .
        ?m nif:referenceContext ?doc ; nif:beginIndex ?b ; nif:endIndex ?e . ?doc nif:isString ?text .
        OPTIONAL { ?doc schema:headline ?headline } OPTIONAL { ?doc schema:datePublished ?published } }
        LIMIT 1""", ev=iri)
    source = None
    if trigger:
        t = trigger[0]
        text, b, e = t["text"].value, int(t["b"].value), int(t["e"].value)
        s0, s1 = sentence_around(text, b, e)
        source = {"doc": t["doc"].value, "headline": t["headline"].value if t["headline"] else "",
                  "published": t["published"].value if t["published"] else "",
                  "href": _anchor(t["doc"].value, b, e),
                  "before": text[s0:b], "trigger": text[b:e], "after": text[e:s1]}
    return html_page("pages/event.html", iri=iri, props=props, source=source,
                     kinds=[{"iri": k, "ru": class_label(k, "ru"), "en": class_label(k, "en"),
                             "cameo": ontology_classes().get(k, {}).get("cameo", "")} for k in kinds],
                     actors=[(r, v, labels.get(v, short(v))) for r, v in actors],
                     places=[(p, labels.get(p, short(p))) for p in places],
                     sources=[(s, labels.get(s, short(s))) for s in sources], time_desc=time_desc)


@bp.route("/documents")
def documents():
    page = max(1, request.args.get("page", 1, type=int))
    size = 100
    found = select(f"""SELECT ?doc ?published WHERE {{ ?doc a schema:NewsArticle .
        OPTIONAL {{ ?doc schema:datePublished ?published }} }}
        ORDER BY DESC(?published) ?doc LIMIT {size + 1} OFFSET {(page - 1) * size}""")
    # headlines for this page only: joined before the sort, every document's would be read
    headlines = {}
    if found:
        values = " ".join(f"<{r['doc'].value}>" for r in found[:size])
        headlines = {r["doc"].value: r["h"] for r in select(
            f"SELECT ?doc ?h WHERE {{ VALUES ?doc {{ {values} }} ?doc schema:headline ?h }}")}
    rows = [{**r, "headline": headlines.get(r["doc"].value)} for r in found[:size]]
    return html_page("pages/documents.html", rows=rows, page=page, more=len(found) > size)
