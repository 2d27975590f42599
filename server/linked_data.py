"""What the linked-data pages share: SPARQL rows and descriptions from the store, labels, links to
this server's pages, RDF and HTML responses, and the text helpers (highlighted mentions, sentences)."""

from __future__ import annotations

import functools
import io
import re
from urllib.parse import quote

import pyoxigraph as ox
from flask import Response, render_template, request
from markupsafe import Markup, escape

from kg.errors import NotFound
from kg.rdf.formats import RDF_FORMATS
from kg.rdf.jsonld import write_jsonld
from kg.rdf.vocab import PREFIXES, sparql_prologue
from server.store import get_settings, get_store

PAGE_FORMATS = ("ttl", "jsonld", "nt", "rdf")
KG = PREFIXES["kg"]
# Characters that cannot stand in a SPARQL IRIREF: such a name was never minted, so it is a 404.
NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
P = sparql_prologue()
WEB_SCHEMES = ("http://", "https://")  # the only IRIs a page links to (besides its own)


@functools.cache
def ontology_classes() -> dict[str, dict[str, str]]:
    """Event classes of shapes/ontology.ttl: IRI → labels by language and CAMEO code."""
    from kg.validate import ontology_graph

    out: dict[str, dict[str, str]] = {}
    for cls, p, o in ontology_graph():
        key = {"http://www.w3.org/2000/01/rdf-schema#label": getattr(o, "language", None),
               KG + "cameoCode": "cameo"}.get(str(p))
        if key:
            out.setdefault(str(cls), {})[key] = str(o)
    return out


def class_label(iri: str, lang: str = "ru") -> str:
    labels = ontology_classes().get(iri, {})
    return labels.get(lang) or labels.get("en") or short(iri)


def checked_iri(iri: str, what: str) -> str:
    if NOT_IRI.search(iri):
        raise NotFound(f"no {what} {iri}")
    return iri


def alternates(path: str) -> str:
    return ", ".join(f'<{quote(path)}.{RDF_FORMATS[k].extension}>; rel="alternate"; '
                     f'type="{RDF_FORMATS[k].media_type}"' for k in PAGE_FORMATS)


def rdf_response(triples, fmt, prefixes: dict[str, str] | None = None) -> Response:
    buf = io.BytesIO()
    kwargs = {"prefixes": {**PREFIXES, **(prefixes or {})}} if fmt.key in ("ttl", "rdf") else {}
    if fmt.key == "jsonld":  # with the model's @context: short keys for JSON consumers
        write_jsonld(triples, buf)
    else:
        ox.serialize(triples, buf, fmt.ox_format, **kwargs)
    return Response(buf.getvalue(), mimetype=fmt.media_type, headers={"Vary": "Accept"})


def html_page(template: str, **context) -> Response:
    resp = Response(render_template(template, **context), mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    resp.headers["Link"] = alternates(request.path) + ', </.well-known/void>; rel="describedby"'
    return resp


def select(query: str, **bindings: str) -> list[dict]:
    """SELECT rows as dicts of terms (kg.rdf.terms); `$name` in the query is bound to IRI
    `bindings[name]`."""
    for k, v in bindings.items():
        query = query.replace("$" + k, f"<{v}>")
    res = get_store().select(P + query)
    return [{n: row[n] for n in res.variables} for row in res]


def describe(iri: str) -> list:
    """The triples about `iri` and about the nodes minted under it (#time, #source)."""
    q = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        {{ BIND(<{iri}> AS ?s) ?s ?p ?o }} UNION
        {{ <{iri}> ?x ?s . ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "{iri}#")) }} }}"""
    return list(get_store().construct(q))


def labels_of(nodes) -> dict[str, str]:
    """The best label of each IRI: Russian, then English, then any."""
    nodes = {n.value if hasattr(n, "value") else n for n in nodes if n is not None}
    nodes = [n for n in nodes if not NOT_IRI.search(n)]
    if not nodes:
        return {}
    values = " ".join(f"<{n}>" for n in nodes)
    rank = {"ru": 0, "en": 1}
    best: dict[str, tuple[int, str]] = {}
    for r in select(f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label ?l }}"):
        score = rank.get(r["l"].language or "", 2)
        if r["s"].value not in best or score < best[r["s"].value][0]:
            best[r["s"].value] = (score, r["l"].value)
    return {k: v for k, (_, v) in best.items()}


def props_of(triples, iri: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for t in triples:
        if t.subject.value == iri:
            out.setdefault(short(t.predicate.value), []).append(t.object)
    return out


def short(value: str) -> str:
    for p, ns in PREFIXES.items():
        if value.startswith(ns) and value != ns:
            return f"{p}:{value[len(ns):]}"
    return value


def local_href(iri: str) -> str | None:
    """Where a link to `iri` goes: its path on this server if it was minted under the base, the
    IRI itself if it is an http(s) address, else None (no link: `javascript:`, `data:` and other
    schemes written into the store are shown as text, never followed)."""
    base = get_settings().base
    if iri.startswith(base):
        return "/" + quote(iri[len(base):], safe="/#=,:~-._")
    if iri[:8].lower().startswith(WEB_SCHEMES):
        return iri
    return None


def link(iri: str, label: str | None = None, **attrs: str) -> Markup:
    """`<a href>` to `iri` labelled `label` (the IRI when none), or the label as text when the IRI
    is no web address (see local_href)."""
    text = escape(iri if label is None else label)
    href = local_href(iri)
    if href is None:
        return Markup(f'<span class="iri">{text}</span>')
    extra = "".join(f' {k.rstrip("_")}="{escape(v)}"' for k, v in attrs.items() if v)
    return Markup(f'<a href="{escape(href)}"{extra}>{text}</a>')


def clip_left(s: str) -> str:
    """The end of a context before a mention: within its line, from a word start."""
    line = s.split("\n")[-1]
    return line if len(line) < 90 else line.split(" ", 1)[-1]


def clip_right(s: str) -> str:
    line = s.split("\n")[0]
    return line if len(line) < 90 else line.rsplit(" ", 1)[0]


def highlight(text: str, mentions: list[dict]) -> Markup:
    """The text with each mention marked, linked to what it denotes, and anchored as `#char=b,e`."""
    parts, pos = [], 0
    for m in mentions:
        b, e, ref = int(m["b"].value), int(m["e"].value), m["ref"].value
        if b < pos:
            continue  # overlapping mention: the longer one that starts first wins
        kind = "event" if m["kind"] and m["kind"].value.endswith("/Event") else \
            (m["kind"].value.rsplit("/", 1)[-1].lower() if m["kind"] else "other")
        parts.append(escape(text[pos:b]))
        parts.append(Markup(f'<mark id="char={b},{e}" class="m-{kind}">{link(ref, text[b:e])}</mark>'))
        pos = e
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


def sentence_around(text: str, begin: int, end: int, limit: int = 400) -> tuple[int, int]:
    """The bounds of the sentence holding text[begin:end]. A sentence ends at a line break or at
    . ! ? … followed by a space, but not inside «…» or “…” quotes; at most `limit` characters
    each side."""
    depth, start, stop = 0, 0, len(text)
    for i, ch in enumerate(text):
        if ch in "«„" or (ch == "“" and depth == 0):
            depth += 1
        elif ch in "»”“":  # “ closes „…“ (Russian) and opens “…” (English)
            depth = max(0, depth - 1)
        boundary = ch == "\n" or (depth == 0 and ch in ".!?…" and (i + 1 == len(text) or text[i + 1].isspace()))
        if not boundary:
            continue
        if i < begin:
            start = i + 1
        elif i + 1 >= end:
            stop = i + (ch != "\n")
            break
    while start < begin and text[start].isspace():
        start += 1
    return max(start, begin - limit), min(stop, end + limit)
