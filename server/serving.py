"""The HTTP server (waitress) with the service's limits on connections and requests, for
`kg serve` and the tests alike.

waitress reads each request whole (headers and body) before the app sees it. Its own limits are
set from the settings: how many connections it holds (`connection_limit`), how long one may stay
silent (`channel_timeout`), and the largest body (from `max_request_bytes`, see `body_limit`:
waitress checks it against Content-Length before reading the body, so a 1 GB upload is refused
from its headers, never spooled to disk). A client that sends a byte every few seconds is never
silent, so on top of these a request must arrive whole within `request_read_timeout` of its first
byte.
"""

from __future__ import annotations

from typing import Any

from kg.settings import Settings

MAX_HEADER_BYTES = 64 * 1024  # request line and headers together


def waitress_options(settings: Settings) -> dict[str, Any]:
    """The keyword arguments of `waitress.serve` / `create_server` for `settings`."""
    return {"threads": settings.threads, "ident": "newskg",
            "connection_limit": settings.connection_limit,
            "channel_timeout": settings.channel_timeout,
            # how often silent and slow connections are looked for
            "cleanup_interval": max(1, min(30, settings.channel_timeout // 2,
                                           settings.request_read_timeout // 2)),
            "max_request_body_size": body_limit(settings),
            "max_request_header_size": MAX_HEADER_BYTES,
            # keep reading a connection while its request runs, so that a client that closes it
            # (a query stopped in the page) is seen: environ["waitress.client_disconnected"]
            "channel_request_lookahead": 1,
            # X-Forwarded-* only from the proxy the operator declared (KG_TRUSTED_PROXY)
            **({"trusted_proxy": settings.trusted_proxy, "trusted_proxy_count": 1,
                "trusted_proxy_headers": "x-forwarded-for x-forwarded-host x-forwarded-proto "
                                         "x-forwarded-port"} if settings.trusted_proxy else {})}


def body_limit(settings: Settings) -> int:
    """The body size from which waitress refuses a request from its Content-Length alone (a
    plain 413, the connection closed, the body never read). It is above the app's own limit, so
    that a body a little over `max_request_bytes` is read (a few MB at most) and gets the app's
    413 with its error shape, which a client still sending its body can read; a body far over
    it (1 GB) is never read nor spooled to disk."""
    return 2 * settings.max_request_bytes + 1024 * 1024


def create_server(app: Any, settings: Settings, host: str, port: int):
    """A waitress server for `app` with the limits of `settings`, not yet running."""
    from waitress.server import create_server as create

    server = create(app, host=host, port=port, **waitress_options(settings))
    limit_request_time(server, settings.request_read_timeout)
    return server


def limit_request_time(server: Any, seconds: float) -> None:
    """Close a connection whose current request has not arrived whole `seconds` after waitress
    first saw it: the slow client's share of `connection_limit` is then bounded in time."""
    first_seen: dict[int, float] = {}
    original = server.maintenance

    def maintenance(now: float) -> None:
        original(now)  # waitress's own: silent connections
        seen: dict[int, float] = {}
        for channel in list(server.active_channels.values()):
            request = getattr(channel, "request", None)  # the request being read, if any
            if request is None:
                continue
            started = first_seen.get(id(request), now)
            seen[id(request)] = started
            if now - started > seconds:
                channel.will_close = True
        first_seen.clear()
        first_seen.update(seen)

    server.maintenance = maintenance
