"""A thin WSGI dispatcher in front of the Flask app that answers SPARQL queries on /sparql itself,
without Flask's request handling; everything else, and anything it is not sure of, goes to Flask.

A point query costs the engine a fraction of a millisecond; Flask's routing, request and app
contexts and hooks cost about as much again. This layer reads the request with the same werkzeug
`Request` Flask uses and answers through the same functions as the Flask view
(`server.sparql.read_request`, `request_formats` over the pure negotiation of server.conneg,
`run_query`, `server.errors.error_shape`, `server.auth.cors_headers`), so status, headers and
body are the same either way. It handles GET/HEAD with `query`, and POST
`application/sparql-query` or form-encoded `query` whose size is within the limit.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.exceptions import HTTPException

from kg.errors import KgError
from server.auth import cors_headers
from server.errors import error_shape
from server.sparql import read_request, request_formats, run_query

log = logging.getLogger(__name__)

_BODY_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")


class _Unsure(Exception):
    """The request is not one this layer answers: Flask takes it."""


class SparqlFastPath:
    """WSGI middleware: `app.wsgi_app = SparqlFastPath(app, app.wsgi_app)`. `answered` counts the
    requests it answered itself (the rest went to Flask)."""

    def __init__(self, app: Flask, flask_wsgi: Callable):
        self.app, self.flask_wsgi = app, flask_wsgi
        self.answered = 0
        self._checked = self._usable_now = False

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/sparql" or not self._usable():
            return self.flask_wsgi(environ, start_response)
        method = environ.get("REQUEST_METHOD")
        body: bytes | None = None
        try:
            r = self._request(environ)
            try:
                if method == "POST":
                    body = r.get_data()  # read once; Flask gets it again if it answers instead
                query, update = read_request(r)
            except (KgError, HTTPException):  # its own 4xx: Flask words it
                raise _Unsure from None
            if update is not None or query is None or not query.strip():
                raise _Unsure
            try:
                response = run_query(self.app, r, query, request_formats(r))
            except KgError as exc:
                response = error_shape(exc.status, exc.message, link=exc.link,
                                       accept=r.accept_mimetypes, path=r.path, json=self.app.json,
                                       headers=exc.headers)
        except _Unsure:
            return self._to_flask(environ, start_response, body)
        except Exception:  # unexpected here: a query is read-only, so Flask may run it again
            log.exception("the /sparql fast path failed; answering through Flask")
            return self._to_flask(environ, start_response, body)
        cors_headers(response, method)
        self.answered += 1
        return response(environ, start_response)

    def _request(self, environ: dict) -> Any:
        """The request as Flask would see it, with the app's limits; raises _Unsure for what this
        layer leaves to Flask."""
        method = environ.get("REQUEST_METHOD")
        r = self.app.request_class(environ, populate_request=False)
        config = self.app.config
        r.max_content_length = config["MAX_CONTENT_LENGTH"]
        r.max_form_memory_size = config["MAX_FORM_MEMORY_SIZE"]
        r.max_form_parts = config["MAX_FORM_PARTS"]
        if method in ("GET", "HEAD"):
            return r
        if method != "POST" or (r.mimetype or "").lower() not in _BODY_TYPES:
            raise _Unsure  # OPTIONS, updates, multipart, other media types
        length = environ.get("CONTENT_LENGTH") or ""
        if not length.isdigit() or (r.max_content_length is not None
                                    and int(length) > r.max_content_length):
            raise _Unsure  # no length, or too large: Flask answers (413), the body unread
        return r

    def _to_flask(self, environ: dict, start_response: Callable, body: bytes | None):
        if body is not None:
            environ["wsgi.input"] = io.BytesIO(body)
        return self.flask_wsgi(environ, start_response)

    def _usable(self) -> bool:
        """Only while the app's request hooks are the ones this layer reproduces (the CORS
        headers): a hook added later would be skipped here, so then Flask answers everything."""
        if not self._checked:
            app = self.app
            hooks = [f for funcs in app.after_request_funcs.values() for f in funcs]
            others = (app.before_request_funcs, app.url_value_preprocessors,
                      app.teardown_request_funcs)
            self._usable_now = (hooks == [cors_headers]
                                and not any(v for d in others for v in d.values()))
            self._checked = True
            if not self._usable_now:
                log.warning("request hooks other than CORS are registered: the /sparql fast "
                            "path is off")
        return self._usable_now


def install(app: Flask) -> SparqlFastPath:
    """Put the fast path in front of `app` (for `kg serve`, `server.wsgi:app` and tests alike)."""
    fast = SparqlFastPath(app, app.wsgi_app)
    app.wsgi_app = fast  # type: ignore[method-assign]
    app.extensions["kg_fast_path"] = fast
    return fast
