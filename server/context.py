"""The model's JSON-LD @context, published at /context.jsonld (kg.rdf.jsonld writes it inline)."""

from __future__ import annotations

import json

from flask import Blueprint, Response

from kg.rdf.jsonld import context

bp = Blueprint("context", __name__)


@bp.get("/context.jsonld")
def jsonld_context() -> Response:
    body = json.dumps(context(), ensure_ascii=False, indent=1)
    return Response(body, mimetype="application/ld+json",
                    headers={"Cache-Control": "public, max-age=86400",
                             "Access-Control-Allow-Origin": "*"})
