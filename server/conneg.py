"""Content negotiation: the best format from a `format` parameter, a file suffix or Accept (q-values)."""

from __future__ import annotations

from flask import request

from kg.errors import KgError
from kg.rdf.formats import RDF_FORMATS, RESULTS_FORMATS, RdfFormat, ResultsFormat, rdf_format, results_format


class NotAcceptable(KgError):
    status = 406


_GRAPH_FORMAT_ALIASES = {"n3": "ttl", "text/n3": "ttl", "text/rdf+n3": "ttl", "json": "jsonld",
                         "application/json": "jsonld"}


def _best(options: dict[str, str], default: str) -> str:
    """The key whose media type the Accept header prefers; `default` when Accept is absent or */*."""
    accept = request.accept_mimetypes
    if not accept or accept.best == "*/*":
        return default
    media = accept.best_match(list(options.values()))
    if media is None:
        raise NotAcceptable(f"none of the media types in Accept ({request.headers.get('Accept')}) "
                            f"is available here; available: {', '.join(options.values())}")
    if accept[options[default]] >= accept[media]:
        return default  # a tie (e.g. through */*) goes to the default
    return next(k for k, v in options.items() if v == media)


def _media_table(table: dict) -> dict[str, str]:
    out = {}
    for f in table.values():
        out[f.key] = f.media_type
    return out


def negotiate_results(default: str = "json") -> ResultsFormat:
    """SPARQL SELECT/ASK results format."""
    name = request.values.get("format") or request.values.get("output")
    if name:
        f = results_format(name)
        if f is None:
            raise NotAcceptable(f"unknown results format {name!r}; use one of {', '.join(RESULTS_FORMATS)}")
        return f
    options = _media_table(RESULTS_FORMATS)
    # clients that ask for plain JSON or XML mean the SPARQL results flavour
    options_alias = {**options, "json-plain": "application/json", "xml-plain": "application/xml"}
    key = _best(options_alias, default)
    return RESULTS_FORMATS[{"json-plain": "json", "xml-plain": "xml"}.get(key, key)]


def negotiate_rdf(default: str = "ttl", *, suffix: str | None = None,
                  allowed: tuple[str, ...] | None = None) -> RdfFormat:
    """RDF format for graphs (CONSTRUCT, DESCRIBE, pages, dumps)."""
    allowed = allowed or tuple(RDF_FORMATS)
    name = suffix or request.values.get("format") or request.values.get("output")
    if name:
        # the `format`/`output` parameter is shared with SELECT results: for a graph, clients such
        # as SPARQLWrapper say "n3" for Turtle, "json" for JSON-LD and "xml" for RDF/XML
        name = _GRAPH_FORMAT_ALIASES.get(name.strip().lower(), name)
        f = rdf_format(name)
        if f is None or f.key not in allowed:
            raise NotAcceptable(f"unknown RDF format {name!r}; use one of {', '.join(allowed)}")
        return f
    options = {k: RDF_FORMATS[k].media_type for k in allowed}
    return RDF_FORMATS[_best(options, default)]


def prefers_html() -> bool:
    """True when a browser asks: text/html ranks above every RDF and results type."""
    accept = request.accept_mimetypes
    if not accept:
        return False
    html = accept["text/html"]
    others = max([accept[f.media_type] for f in (*RDF_FORMATS.values(), *RESULTS_FORMATS.values())]
                 + [0])
    return html > 0 and html >= others and accept.best != "*/*"
