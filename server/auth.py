"""Access control. Writes: closed unless KG_TOKEN is set; then `Authorization: Bearer <token>`,
compared in constant time. Reads: open to any origin (CORS)."""

from __future__ import annotations

import hmac

from flask import request

from kg.errors import KgError
from server.headers import security_headers
from server.store import get_settings


def require_write_access() -> None:
    token = get_settings().token
    if not token:
        raise KgError("this service is read-only: writes are enabled by setting KG_TOKEN on the "
                      "server", status=403)
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise KgError("writes need an 'Authorization: Bearer <token>' header", status=401)
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise KgError("the bearer token is not valid for this service", status=403)


_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Location, Content-Disposition",
}
_PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization, If-None-Match, "
                                    "If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


def cors_headers(response, method: str | None = None):
    """CORS for browser clients (YASGUI, Comunica in a page): the data is public, so any origin
    may read; writes still need the bearer token, which a page must hold itself. `method` is for
    callers outside a Flask request (the /sparql fast path); Flask's hook passes none. Every
    response passes here, so the security headers are added here too."""
    security_headers(response)
    response.headers.update(_CORS)
    if (method or request.method) == "OPTIONS":
        response.headers.update(_PREFLIGHT)
    return response
