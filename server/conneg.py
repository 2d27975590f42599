"""Content negotiation as pure functions over header and parameter values: the best format from a
`format` (or `output`) parameter, a file suffix or an Accept header (q-values). They read no
request and keep no state, so the Flask views and the /sparql fast path (server.fast_path) call
the same functions with the values they have."""

from __future__ import annotations

from collections.abc import Mapping

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.errors import KgError, NotAcceptable
from kg.rdf.formats import (
    RDF_FORMATS,
    RESULTS_FORMATS,
    RdfFormat,
    ResultsFormat,
    rdf_format,
    results_format,
)

__all__ = ["NotAcceptable", "format_param", "index_wants_json", "negotiate_rdf",
           "negotiate_results", "prefers_html", "query_formats"]

_GRAPH_FORMAT_ALIASES = {"n3": "ttl", "text/n3": "ttl", "text/rdf+n3": "ttl", "json": "jsonld",
                         "application/json": "jsonld"}


def format_param(values: Mapping[str, str]) -> str | None:
    """The format a client names in the parameters `values` (`format`, or `output` as some SPARQL
    clients send it); None when it names none."""
    return values.get("format") or values.get("output") or None


def _accept(header: str | None) -> MIMEAccept:
    return parse_accept_header(header, MIMEAccept)


def _best(accept_header: str | None, options: dict[str, str], default: str) -> str:
    """The key whose media type the Accept header prefers; `default` when Accept is absent or
    */*."""
    accept = _accept(accept_header)
    if not accept or accept.best == "*/*":
        return default
    media = accept.best_match(list(options.values()))
    if media is None:
        raise NotAcceptable(f"none of the media types in Accept ({accept_header}) is available "
                            f"here; available: {', '.join(options.values())}")
    if accept[options[default]] >= accept[media]:
        return default  # a tie (e.g. through */*) goes to the default
    return next(k for k, v in options.items() if v == media)


def negotiate_results(accept: str | None, name: str | None = None,
                      default: str = "json") -> ResultsFormat:
    """The SPARQL SELECT/ASK results format for Accept `accept`, or the one `name`d by a
    `format` parameter."""
    if name:
        f = results_format(name)
        if f is None:
            raise NotAcceptable(f"unknown results format {name!r}; use one of "
                                f"{', '.join(RESULTS_FORMATS)}")
        return f
    options = {f.key: f.media_type for f in RESULTS_FORMATS.values()}
    # clients that ask for plain JSON or XML mean the SPARQL results flavour
    options_alias = {**options, "json-plain": "application/json", "xml-plain": "application/xml"}
    key = _best(accept, options_alias, default)
    return RESULTS_FORMATS[{"json-plain": "json", "xml-plain": "xml"}.get(key, key)]


def negotiate_rdf(accept: str | None, name: str | None = None, default: str = "ttl", *,
                  allowed: tuple[str, ...] | None = None) -> RdfFormat:
    """The RDF format for a graph (CONSTRUCT, DESCRIBE, pages, dumps) for Accept `accept`, or the
    one `name`d by a file suffix or a `format` parameter."""
    allowed = allowed or tuple(RDF_FORMATS)
    if name:
        # the `format`/`output` parameter is shared with SELECT results: for a graph, clients such
        # as SPARQLWrapper say "n3" for Turtle, "json" for JSON-LD and "xml" for RDF/XML
        name = _GRAPH_FORMAT_ALIASES.get(name.strip().lower(), name)
        f = rdf_format(name)
        if f is None or f.key not in allowed:
            raise NotAcceptable(f"unknown RDF format {name!r}; use one of {', '.join(allowed)}")
        return f
    options = {k: RDF_FORMATS[k].media_type for k in allowed}
    return RDF_FORMATS[_best(accept, options, default)]


def prefers_html(accept_header: str | None) -> bool:
    """True when a browser asks: text/html ranks above every RDF and results type."""
    accept = _accept(accept_header)
    if not accept:
        return False
    html = accept["text/html"]
    others = max([accept[f.media_type] for f in (*RDF_FORMATS.values(), *RESULTS_FORMATS.values())]
                 + [0])
    return html > 0 and html >= others and accept.best != "*/*"


def index_wants_json(accept_header: str | None, name: str | None = None) -> bool:
    """For an index page (HTML or JSON): JSON when `format=json` or when Accept ranks
    application/json above text/html (a tie, no Accept, or */* gives HTML, as on the pages);
    406 when Accept allows neither."""
    name = (name or "").lower()
    if name in ("json", "html"):
        return name == "json"
    if name:
        raise NotAcceptable(f"unknown format {name!r} for an index; use json or html")
    accept = _accept(accept_header)
    if not accept or accept.best == "*/*":
        return False
    best = accept.best_match(["text/html", "application/json"])
    if best is None:
        raise NotAcceptable(f"an index is served as text/html or application/json, not "
                            f"{accept_header}")
    return best == "application/json" and accept["application/json"] > accept["text/html"]


def query_formats(accept: str | None, name: str | None = None) -> dict:
    """For a SPARQL query, whose kind of result is known only once it runs: the format key for
    each kind ("results" for SELECT/ASK, "graph" for CONSTRUCT/DESCRIBE), or, where none fits,
    the 406 as {status, message}, raised only if the query gives that kind."""
    out: dict = {}
    for kind, pick in (("results", lambda: negotiate_results(accept, name, "json")),
                       ("graph", lambda: negotiate_rdf(accept, name, "ttl"))):
        try:
            out[kind] = pick().key
        except KgError as exc:
            out[kind] = {"status": exc.status, "message": exc.message}
    return out
