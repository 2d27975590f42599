"""SPARQL 1.1 Protocol endpoint at /sparql (https://www.w3.org/TR/sparql11-protocol/): queries by
GET, form POST or direct POST, run in killable worker processes under a timeout and streamed in
the negotiated format; SHACL-gated updates (token required); a Service Description otherwise.
Reading a request, the checks and the run take the request and app as arguments, so that
server.fast_path answers queries through the same code without a Flask request context."""

from __future__ import annotations

import threading

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from werkzeug.wrappers import Request

from kg.errors import (
    Forbidden,
    InputError,
    MethodNotAllowed,
    NotFound,
    UnsupportedMediaType,
)
from kg.rdf.formats import RDF_FORMATS, RESULTS_FORMATS
from kg.sparql_text import calls
from kg.store import QueryRunner
from kg.store.gate import validator
from kg.upload_checks import check_sparql
from server.auth import require_write_access
from server.conneg import format_param, negotiate_rdf, prefers_html, query_formats
from server.params import iri_param
from server.service_description import service_description
from server.store import get_settings, get_store

bp = Blueprint("sparql", __name__)

_METHODS = "GET, POST, HEAD, OPTIONS"
#: Sent with an answer cut at the row cap (KG_MAX_ROWS), the cap as its value.
TRUNCATED_HEADER = "Results-Truncated"
_pool_lock = threading.Lock()


def read_request(r: Request) -> tuple[str | None, str | None]:
    """(query, update) from request `r`, per the Protocol's three ways of sending each."""
    if r.method in ("GET", "HEAD"):
        if "update" in r.args:
            raise MethodNotAllowed("a SPARQL Update must be sent with POST (as "
                               "application/sparql-update or a form field 'update')", _METHODS)
        return r.args.get("query"), None
    ctype = (r.mimetype or "").lower()
    if ctype == "application/sparql-query":
        return _body_text(r), None
    if ctype == "application/sparql-update":
        return None, _body_text(r)
    if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        query, update = r.form.get("query"), r.form.get("update")
        if query is not None and update is not None:
            raise InputError("send either 'query' or 'update', not both")
        if query is None and update is None:
            raise InputError("the form has neither a 'query' nor an 'update' field")
        return query, update
    raise UnsupportedMediaType(f"unsupported media type {r.mimetype or '(none)'!r} for a SPARQL "
                               "POST; send application/sparql-query, application/sparql-update "
                               "or application/x-www-form-urlencoded")


def _body_text(r: Request) -> str:
    try:
        return r.get_data().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the request body is not UTF-8 (bad byte at position {exc.start})") \
            from exc


def _param_list(r: Request, name: str) -> list[str]:
    # with a direct POST the body is the query: protocol parameters come in the URL
    source = r.args if r.mimetype in ("application/sparql-query",
                                      "application/sparql-update") else r.values
    return [v for v in source.getlist(name) if v]


def _dataset(r: Request, store) -> tuple[list[str] | None, list[str] | None]:
    default_graph = [iri_param(v, "default-graph-uri") for v in _param_list(r, "default-graph-uri")]
    named = [iri_param(v, "named-graph-uri") for v in _param_list(r, "named-graph-uri")]
    for name in (*default_graph, *named):
        if not store.has_graph(name):
            raise NotFound(f"unknown graph <{name}> in default-graph-uri/named-graph-uri: the "
                           "store has no graph of that name")
    return default_graph or None, named or None


def check_federation(text: str, federation: str | None = None, *, update: bool = False) -> None:
    """SERVICE may call only the endpoints in the `federation` setting (none by default), and an
    `update` may not LOAD; `federation` defaults to the current app's setting. Decided on the
    tokens of the text (kg.sparql_text), in linear time, before anything runs: an endpoint that
    cannot be read with certainty is refused, never guessed."""
    allowed: list[str] | None = None
    for keyword, endpoint in calls(text, update=update):  # stops at the first refusal
        if allowed is None:
            allowed = (get_settings().federation if federation is None else federation).split()
        if keyword == "LOAD":
            raise Forbidden("LOAD is not allowed (it would make the server fetch any URL); upload "
                            "the data with the Graph Store Protocol or `kg load`")
        if endpoint is None:
            raise Forbidden("SERVICE is allowed only with an absolute IRI as its endpoint (no "
                            "variable, relative IRI, escape or undeclared prefix), written "
                            "apart from the keyword")
        if endpoint not in allowed:
            which = (f"the allowed endpoints are: {' '.join(allowed)}" if allowed
                     else "federation is off (setting KG_FEDERATION lists the endpoints allowed)")
            raise Forbidden(f"SERVICE <{endpoint}> is not allowed on this server; {which}")


@bp.route("/sparql", methods=["GET", "POST", "HEAD", "OPTIONS"])
def endpoint():
    if request.method == "OPTIONS":
        return Response(status=204, headers={"Allow": _METHODS})
    query, update = read_request(request)
    if update is not None:
        return _update(update)
    if query is None:
        if prefers_html(request.headers.get("Accept")):
            from server.pages import index  # the query page, rendered in one place

            return index()
        fmt = negotiate_rdf(request.headers.get("Accept"), format_param(request.values),
                            allowed=("ttl", "nt", "rdf", "jsonld"))
        g = service_description(get_settings())
        return Response(g.serialize(format=fmt.rdflib_name), mimetype=fmt.media_type,
                        headers={"Vary": "Accept"})
    if not query.strip():
        raise InputError("the query is empty: send a SPARQL query in 'query' (GET or form) or as "
                         "the body of an application/sparql-query POST")
    return run_query(current_app._get_current_object(), request, query, request_formats(request))


def run_query(app: Flask, r: Request, query: str, formats: dict) -> Response:
    """Evaluate a query of request `r` under the limits and answer in the negotiated format
    (`formats`, from `request_formats`). Needs no Flask request context, so the
    /sparql fast path (server.fast_path) answers through here too."""
    settings, store = app.config["KG_SETTINGS"], app.extensions["kg_store"]
    check_sparql(query, settings.max_nesting)  # the parsers recurse: a deep query could crash
    check_federation(query, settings.federation)
    default_graph, named_graphs = _dataset(r, store)
    req = {"query": query, "default_graph": default_graph, "named_graphs": named_graphs,
           "formats": formats, "max_rows": settings.max_rows,
           "head_only": r.method == "HEAD"}
    # waitress says when the client closed its connection (the page's stop button): a query
    # worker is then killed at once instead of computing an answer nobody reads
    header, body = query_pool(app).run(req, settings.query_timeout,
                                       r.environ.get("waitress.client_disconnected"))
    table = RDF_FORMATS if header["kind"] == "graph" else RESULTS_FORMATS
    mimetype = table[header["format"]].media_type
    headers = {"Vary": "Accept"}
    if header.get("cut"):  # rows past the cap were left out: say so (docs/sparql.md, Limits)
        headers[TRUNCATED_HEADER] = str(header["cut"])
    if req["head_only"]:
        for _ in body:  # nothing comes, but the worker is handed back at the end
            pass
        return Response(status=200, mimetype=mimetype, headers=headers)
    if isinstance(body, tuple):  # complete already: sent with a Content-Length
        return Response(body[0], mimetype=mimetype, headers=headers)
    return Response(body, mimetype=mimetype, headers=headers)


def query_pool(app: Flask) -> QueryRunner:
    """The app's query runner (`Store.query_runner`), started on first use."""
    ext = app.extensions
    if "kg_query_pool" not in ext:
        with _pool_lock:
            if "kg_query_pool" not in ext:
                store, settings = ext["kg_store"], app.config["KG_SETTINGS"]
                ext["kg_query_pool"] = store.query_runner(settings)
    return ext["kg_query_pool"]


def request_formats(r: Request) -> dict:
    """The format key for each kind of result for request `r` (see server.conneg.query_formats)."""
    return query_formats(r.headers.get("Accept"), format_param(r.values))


def _update(text: str) -> Response:
    require_write_access()
    if _param_list(request, "using-graph-uri") or _param_list(request, "using-named-graph-uri"):
        raise InputError("using-graph-uri / using-named-graph-uri are not supported; "
                         "put USING or GRAPH in the update itself")
    if not text.strip():
        raise InputError("the update is empty")
    check_sparql(text, get_settings().max_nesting, "update")  # before any parser sees it
    check_federation(text, update=True)
    from kg.validate import ensure_conforms

    result = get_store().update(text, validator(ensure_conforms))
    return jsonify(result.as_dict())


__all__ = ["bp", "check_federation", "query_pool", "request_formats",
           "read_request", "run_query"]
