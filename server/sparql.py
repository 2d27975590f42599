"""SPARQL 1.1 Protocol endpoint at /sparql: queries by GET, form POST or direct POST; results
streamed in the negotiated format; a Service Description when no query is given."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from kg.errors import InputError, KgError
from kg.export import start_stream
from kg.rdf.vocab import PREFIXES
from server.conneg import negotiate_rdf, negotiate_results, prefers_html
from server.service_description import service_description
from server.store import get_settings, get_store

bp = Blueprint("sparql", __name__)


def _read_query() -> tuple[str | None, str | None]:
    """(query, update) from the request, per the SPARQL 1.1 Protocol's three ways of sending."""
    if request.method == "GET" or request.method == "HEAD":
        return request.args.get("query"), None
    ctype = (request.mimetype or "").lower()
    if ctype == "application/sparql-query":
        return _body_text(), None
    if ctype == "application/sparql-update":
        return None, _body_text()
    if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return request.form.get("query"), request.form.get("update")
    raise KgError(f"unsupported media type {request.mimetype or '(none)'!r} for a SPARQL POST; "
                  "send application/sparql-query, application/sparql-update or a form",
                  status=415)


def _body_text() -> str:
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the request body is not UTF-8") from exc


def _graph_params() -> tuple[list[str] | None, list[str] | None]:
    values = request.values if request.method != "POST" or request.mimetype != "application/sparql-query" \
        else request.args
    return values.getlist("default-graph-uri") or None, values.getlist("named-graph-uri") or None


@bp.route("/sparql", methods=["GET", "POST", "HEAD", "OPTIONS"])
def endpoint():
    if request.method == "OPTIONS":
        return Response(status=204, headers={"Allow": "GET, POST, HEAD, OPTIONS"})
    query, update = _read_query()
    if update is not None:
        raise KgError("SPARQL Update is not enabled on this read-only service", status=403)
    if query is None:
        if prefers_html():
            from server.pages import example_queries
            return render_template("sparql/query.html", examples=example_queries())
        fmt = negotiate_rdf("ttl")
        g = service_description(get_settings())
        return Response(g.serialize(format=fmt.rdflib_name), mimetype=fmt.media_type)
    if not query.strip():
        raise InputError("the query is empty")
    default_graph, named_graphs = _graph_params()
    formats = _acceptable_formats()
    store = get_store()

    def work(out, announce):
        # pyoxigraph results must be consumed on the thread that made them: query here
        result = store.query(query, default_graph=default_graph, named_graphs=named_graphs)
        kind = "graph" if isinstance(result, ox.QueryTriples) else "results"
        fmt = formats[kind]
        if isinstance(fmt, KgError):
            raise fmt
        announce(fmt.media_type)
        if request_method == "HEAD":
            return
        if kind == "graph":
            kwargs = {"prefixes": PREFIXES} if fmt.key in ("ttl", "trig", "rdf") else {}
            ox.serialize(result, out, fmt.ox_format, **kwargs)
        else:
            result.serialize(out, fmt.ox_format)

    request_method = request.method
    mimetype, body = start_stream(work)
    headers = {"Vary": "Accept"}
    if request_method == "HEAD":
        return Response(status=200, mimetype=mimetype, headers=headers)
    return Response(body, mimetype=mimetype, headers=headers)


def _acceptable_formats() -> dict:
    """The format for each kind of result, or the 406 error to raise if the query yields that kind."""
    out: dict = {}
    for kind, pick in (("results", lambda: negotiate_results("json")),
                       ("graph", lambda: negotiate_rdf("ttl"))):
        try:
            out[kind] = pick()
        except KgError as exc:
            out[kind] = exc
    return out


__all__ = ["bp"]
