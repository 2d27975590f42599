"""POST /documents: one article as JSON in, its document IRI and counts out (201), or the SHACL
report (422), or a 400 that says what is wrong with the request. Nothing is half-stored."""

from __future__ import annotations

import json

from flask import Blueprint, jsonify, request

from kg.errors import InputError
from kg.pipeline import ingest, make_document
from kg.upload_checks import check_json
from server.auth import require_write_access
from server.store import get_settings, get_store

bp = Blueprint("documents", __name__)

_FIELDS = ("text", "id", "title", "published", "url", "lang")


@bp.route("/documents", methods=["POST"])
def create():
    require_write_access()
    if request.mimetype != "application/json":
        raise InputError(f"send the document as application/json, not {request.mimetype or 'nothing'}")
    raw = request.get_data()
    try:
        text = raw.decode("utf-8")
        check_json(text, get_settings().max_nesting)
        body = json.loads(text)
    except UnicodeDecodeError as exc:
        raise InputError(f"the body is not UTF-8 (bad byte at position {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"the body is not valid JSON: {exc.msg} at line {exc.lineno} "
                         f"column {exc.colno}") from exc
    if not isinstance(body, dict):
        raise InputError("the body must be a JSON object with at least 'text'")
    unknown = sorted(set(body) - set(_FIELDS))
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(_FIELDS)}")
    settings = get_settings()
    doc = make_document(settings=settings, **{k: body.get(k) for k in _FIELDS})
    result = ingest(doc, settings=settings, store=get_store())
    resp = jsonify(result.as_dict())
    resp.status_code = 200 if result.replaced else 201
    resp.headers["Location"] = result.doc_iri
    return resp
