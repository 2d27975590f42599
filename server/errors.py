"""One error shape for every failure: JSON `{"error": {status, title, message, link}}` for API
clients, plain text for everyone else (by Accept); KgError and HTTPException both end here."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException

from kg.errors import KgError, ShapeViolation

_TITLES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 406: "Not Acceptable", 413: "Payload Too Large",
           415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests",
           499: "Client Closed Request",
           500: "Internal Server Error",
           503: "Service Unavailable"}


def error_response(status: int, message: str, *, link: str | None = None,
                   headers: dict | None = None) -> Response:
    """The error shape for the current Flask request."""
    return error_shape(status, message, link=link, headers=headers,
                       accept=request.accept_mimetypes, path=request.path,
                       json=current_app.json)


def error_shape(status: int, message: str, *, accept: MIMEAccept, path: str, json: Any,
                link: str | None = None, headers: dict | None = None) -> Response:
    """The error shape without a Flask request: `accept` is the client's Accept header, `json`
    the app's JSON provider (`app.json`), so that both render alike."""
    title = _TITLES.get(status, "Error")
    best = accept.best_match(["application/json", "text/plain", "text/html"])
    wants_json = best == "application/json" or path.startswith("/documents")
    if wants_json:
        body = {"status": status, "title": title, "message": message}
        if link:
            body["link"] = link
        resp = json.response(error=body)
    else:
        resp = Response(f"{status} {title}: {message}\n", mimetype="text/plain")
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def _shape_violation(exc: ShapeViolation) -> Response:
    """422 with the SHACL report: JSON-LD or Turtle as the client asks (JSON envelope by default)."""
    fmt = request.accept_mimetypes.best_match(["application/json", "text/turtle", "application/ld+json"])
    if fmt == "text/turtle":
        return Response(exc.report.graph.serialize(format="turtle"), 422, mimetype="text/turtle")
    if fmt == "application/ld+json":
        return Response(exc.report.graph.serialize(format="json-ld"), 422,
                        mimetype="application/ld+json")
    resp = jsonify(error={"status": 422, "title": _TITLES[422], "message": exc.message,
                          "report": exc.report.text})
    resp.status_code = 422
    return resp


def init_app(app: Flask) -> None:
    @app.errorhandler(ShapeViolation)
    def _shacl(exc: ShapeViolation):
        return _shape_violation(exc)

    @app.errorhandler(KgError)
    def _kg(exc: KgError):
        return error_response(exc.status, exc.message, link=exc.link, headers=exc.headers)

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        headers = {}
        if exc.code == 405 and getattr(exc, "valid_methods", None):
            headers["Allow"] = ", ".join(exc.valid_methods)
        message = exc.description or _TITLES.get(exc.code or 500, "")
        if exc.code == 413:
            message = (f"the request body is larger than the limit of "
                       f"{app.config['MAX_CONTENT_LENGTH']} bytes")
        return error_response(exc.code or 500, message, headers=headers)
