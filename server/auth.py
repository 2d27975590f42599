"""Access control. Writes: closed unless KG_TOKEN is set; then `Authorization: Bearer <token>`,
compared in constant time (server.write_guard). Reads: open to any origin (CORS)."""

from __future__ import annotations

from flask import request

from server.headers import security_headers
from server.write_guard import record_write, require_write_access

__all__ = ["cors_headers", "require_write_access"]


_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Location, Content-Disposition, "
                                     "Results-Truncated",
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
    if method is None:  # a Flask request: it may be a write, which is logged
        record_write(response)
    response.headers.update(_CORS)
    if (method or request.method) == "OPTIONS":
        response.headers.update(_PREFLIGHT)
    return response
