"""The Reconciliation Service API (version 0.2 of the W3C Entity Reconciliation Community Group's
protocol, as OpenRefine speaks it) at `/reconcile`: the manifest, query batches with type and
property constraints, HTML previews, and suggest services for entities, types and properties."""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

from flask import Blueprint, Response, render_template, request

from kg import __version__
from kg.errors import InputError, NotFound, PayloadTooLarge
from kg.rdf.vocab import ONTOLOGY_GRAPH, PREFIXES
from kg.search_index import ENTITY_TYPES, WD, EntityEntry, EntityIndex, normalize, tokens
from server.browse import search_index
from server.store import get_settings

bp = Blueprint("reconcile", __name__, url_prefix="/reconcile")

#: Candidates per query unless the query's `limit` says otherwise, and the most it may ask for.
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
#: The most queries in one batch (the manifest's batchSize; more is a 413).
MAX_BATCH = 100
#: A candidate is a `match` when its score reaches this and no other candidate's does.
MATCH_SCORE = 95.0
SUGGEST_SIZE = 10
PREVIEW_WIDTH, PREVIEW_HEIGHT = 430, 160

_TYPE_NAMES = {"person": "Person", "organization": "Organization", "place": "Place",
               "country": "Country"}
SAME_AS = PREFIXES["owl"] + "sameAs"
JOB_TITLE = PREFIXES["schema"] + "jobTitle"
AFFILIATION = PREFIXES["schema"] + "affiliation"
PROPERTIES = {SAME_AS: "Wikidata item (owl:sameAs)", JOB_TITLE: "position (schema:jobTitle)",
              AFFILIATION: "affiliation (schema:affiliation)"}
_PROPERTY_ALIASES = {"owl:sameAs": SAME_AS, "sameAs": SAME_AS, "schema:jobTitle": JOB_TITLE,
                     "jobTitle": JOB_TITLE, "schema:affiliation": AFFILIATION,
                     "affiliation": AFFILIATION}
_QID = re.compile(r"(?:^|/|:)(Q[1-9][0-9]*)$")
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


# -- identifiers -------------------------------------------------------------------------------

def _space() -> str:
    """The identifier space: entity identifiers are the part of the entity IRI after it."""
    return get_settings().base + "entity/"


def entity_id(e: EntityEntry) -> str:
    space = _space()
    return e.iri[len(space):] if e.iri.startswith(space) else e.iri


def _entity_for(index: EntityIndex, ident: str) -> EntityEntry | None:
    ident = ident.strip()
    return index.entity_by_iri.get(ident) or index.entity_by_iri.get(_space() + ident)


def _kind_of(type_id: str) -> str:
    """A type identifier (schema:Person, http(s)://schema.org/Person, Person) → an index kind."""
    local = re.split(r"[/#:]", type_id.strip())[-1].lower()
    if local not in ENTITY_TYPES:
        raise InputError(f"unknown type {type_id!r}; this service knows "
                         f"{', '.join(ENTITY_TYPES[k] for k in ENTITY_TYPES)}")
    return local


def _type_json(kind: str) -> dict[str, str]:
    return {"id": ENTITY_TYPES[kind], "name": _TYPE_NAMES[kind]}


# -- responses ---------------------------------------------------------------------------------

def _json(data: Any, status: int = 200) -> Response:
    """JSON, or JSONP when the request names a `callback` (the protocol allows both)."""
    body = json.dumps(data, ensure_ascii=False)
    callback = request.args.get("callback")
    if callback:
        if not _CALLBACK.match(callback):
            raise InputError("callback must be a JavaScript identifier")
        return Response(f"/**/{callback}({body});", status, mimetype="application/javascript")
    return Response(body, status, mimetype="application/json")


def manifest() -> dict[str, Any]:
    root = request.url_root.rstrip("/") + bp.url_prefix
    return {
        "versions": ["0.2"],
        "name": f"newskg ({get_settings().base})",
        "identifierSpace": _space(),
        "schemaSpace": ONTOLOGY_GRAPH,
        "documentation": root + "/docs",
        "serviceVersion": __version__,
        "defaultTypes": [_type_json(k) for k in ("person", "organization", "place")],
        "view": {"url": _space() + "{{id}}"},
        "preview": {"url": root + "/preview?id={{id}}", "width": PREVIEW_WIDTH,
                    "height": PREVIEW_HEIGHT},
        "suggest": {kind: {"service_url": root, "service_path": f"/suggest/{kind}"}
                    for kind in ("entity", "type", "property")} | {
            "entity": {"service_url": root, "service_path": "/suggest/entity",
                       "flyout_service_path": "/flyout/entity?id=${id}"}},
        "batchSize": MAX_BATCH,
    }


@bp.route("", methods=["GET", "POST"])
@bp.route("/", methods=["GET", "POST"])  # the address with a final slash is the same service
def endpoint():
    raw = request.values.get("queries")
    if raw is None:
        return _json(manifest())
    try:
        batch = json.loads(raw)
    except ValueError as exc:
        raise InputError(f"queries is not JSON: {exc}") from exc
    if not isinstance(batch, dict):
        raise InputError("queries must be a JSON object of queries by key")
    if len(batch) > MAX_BATCH:
        raise PayloadTooLarge(f"a batch may hold at most {MAX_BATCH} queries; this one has "
                              f"{len(batch)}")
    index = search_index().entities()
    return _json({key: {"result": reconcile(index, q, key)} for key, q in batch.items()})


@bp.route("/docs")
def docs():
    """Where the manifest's `documentation` points: how to use the service from OpenRefine."""
    return render_template("reconcile/docs.html", endpoint=request.url_root.rstrip("/") + bp.url_prefix,
                           types=[_type_json(k) for k in ENTITY_TYPES], properties=PROPERTIES)


# -- queries -----------------------------------------------------------------------------------

def _check_query(q: Any, key: str) -> tuple[str, list[str], bool, int, list[tuple[str, list]]]:
    """(query text, kinds, all kinds required, limit, [(property IRI, values)]) of one query."""
    if not isinstance(q, dict):
        raise InputError(f"query {key!r} must be an object")
    unknown = set(q) - {"query", "type", "limit", "properties", "type_strict"}
    if unknown:
        raise InputError(f"query {key!r} has unknown fields: {', '.join(sorted(unknown))}")
    text = q.get("query", "")
    if not isinstance(text, str):
        raise InputError(f"query {key!r}: query must be a string")
    types = q.get("type") or []
    types = [types] if isinstance(types, str) else types
    if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
        raise InputError(f"query {key!r}: type must be a string or a list of strings")
    strict = q.get("type_strict", "any")
    if strict not in ("any", "should", "all"):
        raise InputError(f"query {key!r}: type_strict must be any, should or all")
    limit = q.get("limit", DEFAULT_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit < 1 or limit != int(limit):
        raise InputError(f"query {key!r}: limit must be a positive integer")
    props = []
    for p in q.get("properties") or []:
        if not isinstance(p, dict) or "pid" not in p or "v" not in p:
            raise InputError(f"query {key!r}: each property needs pid and v")
        pid = _PROPERTY_ALIASES.get(p["pid"], p["pid"])
        if pid not in PROPERTIES:
            raise InputError(f"query {key!r}: unknown property {p['pid']!r}; this service knows "
                             f"{', '.join(PROPERTIES)}")
        values = p["v"] if isinstance(p["v"], list) else [p["v"]]
        props.append((pid, [v.get("id", "") if isinstance(v, dict) else str(v) for v in values]))
    if not text.strip() and not props:
        raise InputError(f"query {key!r} needs a query string or properties")
    return text, [_kind_of(t) for t in types], strict == "all", min(int(limit), MAX_LIMIT), props


#: The name feature of a name that holds every word of the query and more («Лавров» for «Сергей
#: Лавров»): high, but under MATCH_SCORE, so a part of a name is never matched on its own.
PART_OF_NAME = 0.9


def _similarity(a: str, b: str) -> float:
    wa, wb = tokens(a), tokens(b)
    a, b = " ".join(wa), " ".join(wb)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    return max(ratio, PART_OF_NAME) if set(wa) <= set(wb) else ratio


def _name_score(query: str, e: EntityEntry) -> float:
    return max((_similarity(query, n) for n in e.names), default=0.0)


def _qid(value: str) -> str | None:
    m = _QID.search(value.strip())
    return m.group(1) if m else None


def _property_score(index: EntityIndex, e: EntityEntry, pid: str, values: list[str]) -> float:
    """How well one of `values` fits the entity's `pid` values, 0..1."""
    if pid == SAME_AS:
        wanted = {_qid(v) for v in values} | {v.strip() for v in values}
        return 1.0 if wanted & (set(e.wikidata) | set(e.same_as)) else 0.0
    if pid == JOB_TITLE:
        return max((_similarity(v, j) for v in values for j in e.job_titles), default=0.0)
    best = 0.0
    for a in e.affiliations:
        org = index.entity_by_iri.get(a)
        for v in values:
            if _entity_for(index, v) is org and org is not None:
                return 1.0
            if org is not None:
                best = max(best, _name_score(v, org))
    return best


def reconcile(index: EntityIndex, q: Any, key: str = "q0") -> list[dict[str, Any]]:
    """The candidates for one reconciliation query, best first."""
    text, kinds, all_kinds, limit, props = _check_query(q, key)
    pool: dict[str, EntityEntry] = {}
    if text.strip():
        for e in index.entity_candidates(text):
            pool[e.iri] = e
        named = _entity_for(index, text)  # an identifier given as the query
        if named is not None:
            pool[named.iri] = named
    for pid, values in props:
        if pid == SAME_AS:
            for v in values:
                for e in index.entities_same_as(_qid(v) or ""):
                    pool[e.iri] = e
    if not text.strip() and not any(pid == SAME_AS for pid, _ in props):
        pool = {e.iri: e for e in index.entities}  # properties alone: every entity is a candidate
    scored = []
    for e in pool.values():
        if kinds and not (all(k in e.kinds for k in kinds) if all_kinds else
                          any(k in e.kinds for k in kinds)):
            continue
        features = []
        parts = []
        if text.strip():
            name = 1.0 if _entity_for(index, text) is e else _name_score(text, e)
            features.append({"id": "name", "value": round(name, 4)})
            parts.append(name)
        for pid, values in props:
            s = _property_score(index, e, pid, values)
            features.append({"id": _short(pid), "value": round(s, 4)})
            parts.append(s)
        score = round(100 * sum(parts) / len(parts), 2)
        if score <= 0:
            continue
        features.append({"id": "mentions", "value": e.mentions})
        scored.append((score, e, features))
    scored.sort(key=lambda t: (-t[0], -t[1].mentions, t[1].iri))
    sure = [s for s, _, _ in scored if s >= MATCH_SCORE]
    return [{"id": entity_id(e), "name": e.name, "description": _description(e), "score": score,
             "match": score >= MATCH_SCORE and len(sure) == 1,
             "type": [_type_json(k) for k in e.kinds], "features": features}
            for score, e, features in scored[:limit]]


def _short(iri: str) -> str:
    return next(f"{p}:{iri[len(ns):]}" for p, ns in PREFIXES.items() if iri.startswith(ns))


def _description(e: EntityEntry) -> str:
    """A line to tell namesakes apart: positions, then the Wikidata link, then mentions."""
    parts = list(e.job_titles[:2])
    parts += [f"Wikidata {q}" for q in e.wikidata[:1]]
    parts.append(f"{e.mentions} mention{'' if e.mentions == 1 else 's'}")
    return "; ".join(parts)


# -- preview and suggest -----------------------------------------------------------------------

def _entity_arg(index: EntityIndex) -> EntityEntry:
    ident = request.args.get("id", "")
    e = _entity_for(index, ident)
    if e is None:
        raise NotFound(f"no entity {ident!r}")
    return e


def _card(index: EntityIndex, e: EntityEntry) -> str:
    affiliations = [index.entity_by_iri[a].name for a in e.affiliations if a in index.entity_by_iri]
    return render_template("reconcile/card.html", e=e, types=[_TYPE_NAMES[k] for k in e.kinds],
                           affiliations=affiliations,
                           links=[s for s in e.same_as if s.startswith(("http://", "https://"))],
                           wd=WD)


@bp.route("/preview")
def preview():
    index = search_index().entities()
    e = _entity_arg(index)
    return Response(render_template("reconcile/preview.html", card=_card(index, e), e=e),
                    mimetype="text/html")


@bp.route("/flyout/entity")
def flyout():
    index = search_index().entities()
    e = _entity_arg(index)
    return _json({"id": entity_id(e), "html": _card(index, e)})


def _cursor() -> int:
    try:
        cursor = int(request.args.get("cursor", 0))
    except ValueError:
        raise InputError("cursor must be a whole number") from None
    if cursor < 0:
        raise InputError("cursor must not be negative")
    return cursor


@bp.route("/suggest/entity")
def suggest_entity():
    index = search_index().entities()
    prefix, cursor = request.args.get("prefix", ""), _cursor()
    kinds = [_kind_of(t) for t in request.args.getlist("type") if t]
    found = index.search_entities(prefix, kinds[0] if len(kinds) == 1 else None, offset=cursor,
                                  limit=SUGGEST_SIZE + 1)
    items = [e for e in found.items if not kinds or any(k in e.kinds for k in kinds)]
    named = _entity_for(index, prefix) if prefix.strip() and cursor == 0 else None
    if named is not None and named not in items:  # an identifier given as the prefix
        items.insert(0, named)
    return _json({"result": [{"id": entity_id(e), "name": e.name, "description": _description(e),
                              "notable": [_type_json(k) for k in e.kinds]}
                             for e in items[:SUGGEST_SIZE]]})


def _suggest(options: dict[str, str]) -> Response:
    """Suggest from a fixed list of {id: name}: a prefix of any word of the name or of the id."""
    prefix = normalize(request.args.get("prefix", "").strip())
    cursor = _cursor()
    found = [{"id": i, "name": n} for i, n in options.items()
             if not prefix or any(w.startswith(prefix) for w in tokens(n) + [normalize(i)])
             or normalize(_short(i)).startswith(prefix)]
    return _json({"result": found[cursor:cursor + SUGGEST_SIZE]})


@bp.route("/suggest/type")
def suggest_type():
    return _suggest({ENTITY_TYPES[k]: _TYPE_NAMES[k] for k in ENTITY_TYPES})


@bp.route("/suggest/property")
def suggest_property():
    return _suggest(PROPERTIES)
