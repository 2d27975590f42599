"""SPARQL 1.1 Graph Store HTTP Protocol at /graph-store?graph=IRI and ?default
(https://www.w3.org/TR/sparql11-http-rdf-update/). GET and HEAD read, like SPARQL; PUT, POST and
DELETE need the write token and go through the same SHACL gate as every write. The default graph
is the union of the named graphs, derived from them, so it can be read but not written here."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.errors import InputError, MethodNotAllowed, NotFound, UnsupportedMediaType
from kg.export import stream
from kg.rdf.formats import RDF_FORMATS, rdf_format
from kg.store.gate import gate, validator
from kg.upload_checks import check_upload
from server.auth import require_write_access
from server.conneg import format_param, negotiate_rdf
from server.params import iri_param
from server.store import get_settings, get_store

bp = Blueprint("graph_store", __name__)

_TRIPLE_FORMATS = tuple(k for k, f in RDF_FORMATS.items() if not f.dataset) + ("jsonld",)
_ALL = "GET, PUT, POST, DELETE, HEAD, OPTIONS"


def _target() -> str | None:
    """The graph IRI, or None for ?default; 400 unless exactly one of the two is given."""
    graph, default = request.args.get("graph"), "default" in request.args
    if bool(graph) == default:
        raise InputError("name the graph: /graph-store?graph=<IRI> or /graph-store?default")
    return iri_param(graph, "graph") if graph else None


@bp.route("/graph-store", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"])
def graph_store():
    if request.method == "OPTIONS":
        return Response(status=204, headers={"Allow": _ALL})
    if request.method in ("PUT", "POST", "DELETE"):
        require_write_access()
    name = _target()
    if request.method in ("GET", "HEAD"):
        return _read(name)
    if name is None:
        raise MethodNotAllowed("the default graph is the union of the named graphs and is "
                               "derived from them; write to a named graph: "
                               "/graph-store?graph=<IRI>", "GET, HEAD, OPTIONS")
    store = get_store()
    body = _parse_body(name) if request.method != "DELETE" else None
    with store.write_lock:  # read, validate and write with no other write in between
        existed = store.has_graph(name)
        if request.method == "DELETE":
            if not existed:
                raise NotFound(f"no graph <{name}> in the store")
            gate(store, {name: None}, _validate())
            return Response(status=204)
        if request.method == "POST" and existed:
            body |= store.triples(name)
        gate(store, {name: body}, _validate())
    return Response(status=204 if existed else 201,
                    headers={} if existed else {"Location": request.url})


def _read(name: str | None) -> Response:
    store = get_store()
    if name is not None and not store.has_graph(name):
        raise NotFound(f"no graph <{name}> in the store")
    fmt = negotiate_rdf(request.headers.get("Accept"), format_param(request.values),
                        allowed=_TRIPLE_FORMATS)
    headers = {"Vary": "Accept"}
    if request.method == "HEAD":
        return Response(status=200, mimetype=fmt.media_type, headers=headers)
    if fmt.dataset:  # JSON-LD: one graph, written as a dataset of that graph alone
        def write(out):
            triples = store.triples(name)
            ox.serialize(sorted(triples, key=str), out, fmt.ox_format)
    else:
        def write(out):
            store.dump(out, fmt.key, graph=name)
    return Response(stream(write), mimetype=fmt.media_type, headers=headers)


def _parse_body(name: str) -> set[ox.Triple]:
    fmt = rdf_format(request.mimetype or "")
    if fmt is None or (fmt.dataset and fmt.key != "jsonld"):
        raise UnsupportedMediaType(
            f"unsupported media type {request.mimetype or '(none)'!r} for a graph; send "
            + ", ".join(RDF_FORMATS[k].media_type for k in _TRIPLE_FORMATS))
    data = request.get_data()
    check_upload(data, fmt.key, get_settings().max_nesting)  # no DOCTYPE, no parser bomb
    try:
        quads = ox.parse(data, fmt.ox_format, base_iri=name)
        return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    except SyntaxError as exc:
        raise InputError(f"the body is not valid {fmt.key}: {exc}") from exc


def _validate():
    from kg.validate import ensure_conforms

    return validator(ensure_conforms)


__all__ = ["bp"]
