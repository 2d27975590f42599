"""IRIs sent as request parameters (graph, default-graph-uri, named-graph-uri): checked where
they come in, so a malformed one is the client's 400, not an engine error later."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import InputError


def iri_param(value: str, name: str) -> str:
    """`value` when it is an absolute IRI, else a 400 that names the parameter `name`."""
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        shown = value if len(value) <= 200 else value[:200] + "…"
        raise InputError(f"{name}={shown!r} is not an absolute IRI ({exc})") from None
    return value
