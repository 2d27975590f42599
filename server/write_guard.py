"""Who may write, and the record of it: the token's own checks at start-up, a per-client limit on
wrong tokens (429 past it), and a log line for every write and every refused one."""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections import OrderedDict, deque

from flask import Flask, current_app, g, request

from kg.errors import Forbidden, InputError, TooManyFailures, Unauthorized

log = logging.getLogger("newskg.audit")

MIN_TOKEN_CHARS = 12
_CLIENTS_KEPT = 4096  # clients whose recent failures are remembered; the oldest are forgotten


def check_token(token: str) -> None:
    """Refuse at start-up a token that cannot be meant: too short to resist guessing, or padded
    with white space (a header never carries that padding, so writes would be silently closed)."""
    if not token:
        return
    if token != token.strip():
        raise InputError("KG_TOKEN starts or ends with white space; remove it (an Authorization "
                      "header cannot carry it, so no write would ever be accepted)")
    if len(token) < MIN_TOKEN_CHARS:
        raise InputError(f"KG_TOKEN is {len(token)} character(s) long; use at least "
                      f"{MIN_TOKEN_CHARS} (for example: python -c 'import secrets; "
                      "print(secrets.token_urlsafe(24))')")


class FailureLimiter:
    """At most `limit` wrong tokens per client address in `window` seconds; after that the client
    gets 429 until its oldest failure in the window is `window` seconds old."""

    def __init__(self, limit: int, window: float = 60.0):
        self.limit, self.window = limit, window
        self._failures: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque:
        times = self._failures.get(client)
        if times is None:
            return deque()
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def check(self, client: str) -> None:
        """Raise 429 when `client` has used up its failures."""
        if self.limit <= 0:
            return
        with self._lock:
            now = time.monotonic()
            times = self._recent(client, now)
            if len(times) >= self.limit:
                raise TooManyFailures(max(1, int(self.window - (now - times[0])) + 1))

    def failed(self, client: str) -> None:
        with self._lock:
            now = time.monotonic()
            times = self._recent(client, now)
            times.append(now)
            self._failures[client] = times
            self._failures.move_to_end(client)
            while len(self._failures) > _CLIENTS_KEPT:
                self._failures.popitem(last=False)


def _where() -> str:
    # repr: a path or query may hold line breaks, which must not start a forged log line
    return repr(f"{request.method} {request.full_path.rstrip('?')}"[:300])


def require_write_access() -> None:
    """Writes: closed unless KG_TOKEN is set; then `Authorization: Bearer <token>`, compared in
    constant time; a client past its wrong tokens gets 429; every outcome is logged."""
    token = current_app.config["KG_SETTINGS"].token
    client = request.remote_addr or "-"
    if not token:
        log.info("refused write %s from %s: the service is read-only", _where(), client)
        raise Forbidden("this service is read-only: writes are enabled by setting KG_TOKEN on the "
                        "server")
    limiter: FailureLimiter = current_app.extensions["kg_write_limiter"]
    try:
        limiter.check(client)
    except TooManyFailures:
        log.warning("refused write %s from %s: too many wrong tokens", _where(), client)
        raise
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        log.warning("refused write %s from %s: no bearer token", _where(), client)
        raise Unauthorized("writes need an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        limiter.failed(client)
        log.warning("refused write %s from %s: wrong token", _where(), client)
        raise Forbidden("the bearer token is not valid for this service")
    g.kg_write_client = client


def record_write(response) -> None:
    """Log the outcome of an authorised write (called from the app's one after-request hook,
    server.auth.cors_headers: another hook would turn the /sparql fast path off)."""
    client = g.get("kg_write_client")
    if client is not None:
        log.info("write %s from %s: %s", _where(), client, response.status_code)


def init_app(app: Flask) -> None:
    """Check the token and start the limiter."""
    settings = app.config["KG_SETTINGS"]
    check_token(settings.token)
    app.extensions["kg_write_limiter"] = FailureLimiter(settings.auth_failures)

