"""Whole-store dumps at /dump.<ext>[.gz] (ttl, nt, nq, trig, jsonld, rdf): streamed in constant
memory, byte-identical to `kg dump`, with ETag and Last-Modified from the store's write generation,
so a client that already has the current dump gets 304 Not Modified. Once the store has had no
write for `dump_delay` seconds, a child process writes the N-Triples and N-Quads dumps (and every
format downloaded before) into files beside the store (`Store.dump_files`), so downloads are file
reads; a download while the file is being written follows it, and one before that is streamed by
a child process from the store and kept.
The server process itself never serialises an on-disk store, so its memory does not grow with it."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from flask import Blueprint, Response, current_app, request
from werkzeug.wsgi import wrap_file

from kg.errors import NotFound
from kg.export import cached, etag, limit_malloc_arenas, stream
from kg.rdf.formats import RDF_FORMATS
from server.store import get_store

# glibc fixes its arena count when a second thread first allocates; the app factory imports this
# module before it opens the store (whose threads would be first), so it must happen here
limit_malloc_arenas()

bp = Blueprint("dumps", __name__)
_BLOCK = 256 * 1024  # read size when the WSGI server iterates a dump file itself


@bp.record_once
def _start_preparer(state) -> None:
    """One preparer per app with an on-disk store, unless `dump_delay` is negative."""
    store = state.app.extensions.get("kg_store")
    delay = state.app.config["KG_SETTINGS"].dump_delay
    files = store.dump_files() if store is not None and delay >= 0 else None
    if files is not None:
        state.app.extensions["kg_dump_preparer"] = files.preparer(delay)


def _not_modified(tag: str, last_modified: datetime) -> bool:
    """RFC 9110 §13.1: If-None-Match wins over If-Modified-Since when both are sent."""
    if request.if_none_match:
        return request.if_none_match.contains_weak(tag) or "*" in request.if_none_match
    since = request.headers.get("If-Modified-Since")
    if since:
        try:
            return last_modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


@bp.route("/dump.<ext>", methods=["GET", "HEAD"])
def dump(ext: str):
    gz = ext.endswith(".gz")
    key = ext[:-3] if gz else ext
    fmt = RDF_FORMATS.get(key)
    if fmt is None:
        raise NotFound(f"no dump in format {ext!r}; available: "
                       + ", ".join(f"/dump.{k}[.gz]" for k in RDF_FORMATS))
    store = get_store()
    # one snapshot of the generation: a write during the request changes the next ETag, not this
    generation, modified = store.generation, store.last_modified
    tag = etag(getattr(store, "etag_seed", ""), generation, ext)
    last_modified = datetime.fromtimestamp(int(modified), tz=UTC)
    headers = {"ETag": f'"{tag}"', "Last-Modified": format_datetime(last_modified, usegmt=True),
               "Cache-Control": "no-cache",  # may be stored, but revalidated: it changes on writes
               "Content-Disposition": f'attachment; filename="newskg.{ext}"'}
    mimetype = "application/gzip" if gz else fmt.media_type
    if _not_modified(tag, last_modified):
        return Response(status=304, headers=headers)
    files = store.dump_files()
    if files is None:  # e.g. an in-memory store: only this process can read it
        if request.method == "HEAD":
            return _head(mimetype, headers, None)
        return Response(stream(lambda out: store.dump(out, fmt.key), gzipped=gz),
                        mimetype=mimetype, headers=headers)
    version = files.version(generation)
    path = os.path.join(files.folder, f"{version}.{ext}")
    try:
        ready = open(path, "rb")  # noqa: SIM115 (the WSGI server closes it once sent)
    except OSError:
        ready = None
    size = os.fstat(ready.fileno()).st_size if ready is not None else None
    if request.method == "HEAD":
        if ready is not None:
            ready.close()
        return _head(mimetype, headers, size)
    preparer = current_app.extensions.get("kg_dump_preparer")
    if preparer is not None:
        preparer.want(ext)
    files.forget_other_versions(version)
    if ready is not None:  # the WSGI server sends it (waitress: straight from the file)
        response = Response(wrap_file(request.environ, ready, buffer_size=_BLOCK),
                            mimetype=mimetype, headers=headers, direct_passthrough=True)
        response.content_length = size
        return response
    following = preparer.follow(generation, ext) if preparer is not None else None
    if following is not None:  # being written right now: send it as it is written
        return Response(following, mimetype=mimetype, headers=headers)
    # not ready yet: a child process streams it from the store, and the copy is kept
    body = cached(path, lambda: files.stream(ext),
                  still_valid=lambda: store.generation == generation)
    return Response(body, mimetype=mimetype, headers=headers)


def _head(mimetype: str, headers: dict, size: int | None) -> Response:
    """A HEAD answer gives the length only when it is known (the dump file is ready)."""
    response = Response(status=200, mimetype=mimetype, headers=headers)
    if size is None:
        response.automatically_set_content_length = False
    else:
        response.content_length = size
    return response
