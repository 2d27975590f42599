"""The indexes at `/entity/`, `/doc/` and `/event/`: browse by type and search by name with `?q=`,
paginated, as HTML for browsers and JSON for clients that ask for `application/json`."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from kg.errors import InputError
from kg.search_index import ENTITY_TYPES, KG, Page, SearchIndex
from server.conneg import index_wants_json
from server.store import get_settings, get_store

bp = Blueprint("browse", __name__)

#: Items per page unless `size` says otherwise, and the most `size` may ask for.
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
_ENTITY_KINDS = {"person": "People", "organization": "Organisations", "place": "Places",
                 "country": "Countries"}


def search_index() -> SearchIndex:
    """The app's search index (its parts are kept current with the store, see kg.search_index)."""
    index = current_app.extensions.get("kg_search_index")
    if index is None:
        index = current_app.extensions.setdefault("kg_search_index", SearchIndex(get_store()))
    return index


def _paging() -> tuple[int, int]:
    """(page, size) from the query string; `size` is capped at MAX_PAGE_SIZE."""
    try:
        page = int(request.args.get("page", 1))
        size = int(request.args.get("size", PAGE_SIZE))
    except ValueError:
        raise InputError("page and size must be whole numbers") from None
    if page < 1 or size < 1:
        raise InputError("page and size start at 1")
    return page, min(size, MAX_PAGE_SIZE)


def _respond(kind: str, found: Page, page: int, size: int, items: list[dict[str, Any]],
             **context: Any) -> Response:
    args = {k: v for k, v in request.args.items() if k not in ("page", "format") and v}
    args["size"] = size
    prev_url = url_for(request.endpoint, **args, page=page - 1) if page > 1 else None
    next_url = url_for(request.endpoint, **args, page=page + 1) if found.has_next else None
    if index_wants_json(request.headers.get("Accept"), request.args.get("format")):
        resp = jsonify(query=request.args.get("q", ""), type=request.args.get("type") or None,
                       total=found.total, page=page, size=size, next=next_url, prev=prev_url,
                       items=items)
    else:
        resp = Response(render_template(
            f"browse/{kind}.html", items=items, total=found.total, page=page, size=size,
            first=found.offset + 1, next_url=next_url, prev_url=prev_url,
            q=request.args.get("q", ""), type=request.args.get("type", ""), **context),
            mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    links = [f'<{u}>; rel="{rel}"' for u, rel in ((next_url, "next"), (prev_url, "prev")) if u]
    if links:
        resp.headers["Link"] = ", ".join(links)
    return resp


def _kind_arg(allowed) -> str | None:
    kind = request.args.get("type") or None
    if kind is not None and kind not in allowed:
        raise InputError(f"unknown type {kind!r}; use one of {', '.join(sorted(allowed))}")
    return kind


def _href(iri: str) -> str:
    """The path of an IRI minted under the base (pages' links stay on this server)."""
    base = get_settings().base
    return "/" + iri[len(base):] if iri.startswith(base) else iri


@bp.route("/entity/")
def entities():
    page, size = _paging()
    kind = _kind_arg(ENTITY_TYPES)
    index = search_index().entities()
    found = index.search_entities(request.args.get("q", ""), kind, offset=(page - 1) * size,
                                  limit=size)
    items = [{"id": e.iri, "name": e.name, "types": list(e.kinds), "mentions": e.mentions,
              "labels": [t for t, _ in e.labels], "altLabels": e.alt,
              "sameAs": e.same_as, "href": _href(e.iri)} for e in found.items]
    return _respond("entities", found, page, size, items, kinds=_ENTITY_KINDS,
                    counts=index.entity_counts())


@bp.route("/doc/")
def docs():
    page, size = _paging()
    found = search_index().docs().search_docs(request.args.get("q", ""), offset=(page - 1) * size,
                                       limit=size)
    items = [{"id": d.iri, "headline": d.headline, "published": d.published or None,
              "href": _href(d.iri)} for d in found.items]
    return _respond("docs", found, page, size, items)


@bp.route("/event/")
def events():
    page, size = _paging()
    index = search_index().events()
    classes = {c[len(KG):]: labels for c, labels in index.event_classes.items()
               if c.startswith(KG) and c in index.event_counts()}
    kind = _kind_arg(classes)
    found = index.search_events(request.args.get("q", ""), KG + kind if kind else None,
                                offset=(page - 1) * size, limit=size)
    labels = {e.iri: e.name for e in (index.entities.entity_by_iri.get(a) for ev in found.items
                                      for a in ev.actors) if e is not None}
    items = [{"id": ev.iri, "type": ev.kind[len(KG):] if ev.kind.startswith(KG) else ev.kind,
              "label": index.event_classes.get(ev.kind, {}).get("ru", ev.kind.rsplit("#", 1)[-1]),
              "date": ev.date or None, "doc": ev.doc or None,
              "participants": [{"id": a, "name": labels.get(a, "")} for a in ev.actors],
              "href": _href(ev.iri)} for ev in found.items]
    counts = index.event_counts()
    return _respond("events", found, page, size, items,
                    classes={k: (v.get("ru") or v.get("en") or k, counts.get(KG + k, 0))
                             for k, v in sorted(classes.items())})
