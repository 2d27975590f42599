"""Write access: closed unless KG_TOKEN is set; then `Authorization: Bearer <token>`, compared in
constant time."""

from __future__ import annotations

import hmac

from flask import request

from kg.errors import KgError
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
