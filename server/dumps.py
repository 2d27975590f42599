"""Whole-store dumps at /dump.<ext> (ttl, nt, nq, trig, jsonld, rdf), streamed, optionally gzipped."""

from __future__ import annotations

from flask import Blueprint, Response, abort, request

from kg.export import stream
from kg.rdf.formats import RDF_FORMATS
from server.store import get_store

bp = Blueprint("dumps", __name__)


@bp.route("/dump.<ext>", methods=["GET", "HEAD"])
def dump(ext: str):
    gz = ext.endswith(".gz")
    key = ext[:-3] if gz else ext
    fmt = RDF_FORMATS.get(key)
    if fmt is None:
        abort(404, description=f"no dump in format {ext!r}; available: "
                               + ", ".join(f"/dump.{k}" for k in RDF_FORMATS))
    headers = {"Content-Disposition": f'attachment; filename="newskg.{ext}"'}
    mimetype = "application/gzip" if gz else fmt.media_type
    if request.method == "HEAD":
        return Response(status=200, mimetype=mimetype, headers=headers)
    store = get_store()
    return Response(stream(lambda out: store.dump(out, fmt.key), gzipped=gz),
                    mimetype=mimetype, headers=headers)
