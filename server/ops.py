"""What an operator watches: /healthz, /readyz, Prometheus metrics at /metrics, and an access log.

The request counters and the access log sit in a WSGI layer around the whole app, outside the
/sparql fast path, so every request is counted and logged once whichever layer answered it.
Metrics live in a registry of the app's own (two apps in one process do not share counters).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

from server.store import get_store

bp = Blueprint("ops", __name__)
access_log = logging.getLogger("newskg.access")

# Route labels are a fixed set, so a client cannot grow the metrics by inventing paths.
_ROUTES = ("/sparql", "/graph-store", "/documents", "/dump", "/entity", "/doc", "/event",
           "/.well-known/void", "/void", "/ns", "/shapes", "/healthz", "/readyz", "/metrics", "/static")
_SECONDS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


def route_label(path: str) -> str:
    """The metrics label of a request path: a known route prefix, `/` or `other`."""
    if path in ("", "/"):
        return "/"
    for route in _ROUTES:
        if path == route or path.startswith(route + "/") or (route == "/dump" and path.startswith("/dump")):
            return route
    return "other"


class _StoreCollector:
    """Store size and query workers, read when /metrics is scraped. The triple count is a scan of
    the store, so it is recounted only after a write (the store's generation changed)."""

    def __init__(self, app: Flask):
        self.app = app
        self._lock = threading.Lock()
        self._counted: tuple[Any, int, int] | None = None  # (generation, triples, documents)

    def describe(self) -> list:
        return []  # collected lazily: nothing to check at registration

    def collect(self) -> Iterator[GaugeMetricFamily]:
        store = self.app.extensions.get("kg_store")
        if store is not None:
            with self._lock:
                generation = getattr(store, "generation", None)
                if self._counted is None or self._counted[0] != generation:
                    self._counted = (generation, store.triples_count(), len(store.graph_names()))
                _, triples, documents = self._counted
            yield GaugeMetricFamily("newskg_store_triples", "Triples in the store (every named graph)",
                                    value=triples)
            yield GaugeMetricFamily("newskg_store_graphs", "Named graphs in the store (documents)",
                                    value=documents)
        runner = self.app.extensions.get("kg_query_pool")
        if runner is not None and runner.workers > 0:  # queries run in worker processes
            yield GaugeMetricFamily("newskg_query_workers", "Query worker places",
                                    value=runner.workers)
            yield GaugeMetricFamily("newskg_query_workers_busy", "Query worker places running a query",
                                    value=runner.busy())


class Metrics:
    """The app's metrics and the WSGI layer that counts and logs every request."""

    def __init__(self, app: Flask):
        self.registry = CollectorRegistry(auto_describe=False)
        self.requests = Counter("newskg_http_requests", "HTTP requests answered",
                                ("route", "method", "status"), registry=self.registry)
        self.seconds = Histogram("newskg_http_request_seconds",
                                 "Time to answer a request, body included", ("route",),
                                 buckets=_SECONDS, registry=self.registry)
        self.registry.register(_StoreCollector(app))

    def wrap(self, wsgi: Callable) -> _Measured:
        return _Measured(self, wsgi)

    def _done(self, environ: dict, status: list[str], sent: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        code = status[0] if status else "000"  # the client went away before an answer began
        route = route_label(path)
        self.requests.labels(route, method if method in _METHODS else "other", code).inc()
        self.seconds.labels(route).observe(elapsed)
        query = environ.get("QUERY_STRING", "")
        target = path + ("?" + query if query else "")
        if len(target) > 500:  # a 4 MB query string is not a log line
            target = target[:500] + "…"
        access_log.info('%s - - [%s] "%s %s %s" %s %d %.1fms', environ.get("REMOTE_ADDR", "-"),
                        time.strftime("%d/%b/%Y:%H:%M:%S %z"), method, target,
                        environ.get("SERVER_PROTOCOL", "HTTP/1.1"), code, sent, elapsed * 1000)


_METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")


class _Measured:
    """WSGI middleware around the whole app (`inner`): counts, times and logs each request."""

    def __init__(self, metrics: Metrics, inner: Callable):
        self.metrics, self.inner = metrics, inner

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        status: list[str] = []

        def start(code: str, headers: list, exc_info: Any = None) -> Callable:
            status[:] = [code.split(" ", 1)[0]]
            return start_response(code, headers, exc_info)

        body = self.inner(environ, start)
        return _Counted(body, lambda sent: self.metrics._done(environ, status, sent, started))


class _Counted:
    """A response body that counts its bytes and reports once it is closed (sent or abandoned)."""

    def __init__(self, body: Iterable[bytes], done: Callable[[int], None]):
        self.body, self.done, self.sent, self.closed = body, done, 0, False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.body:
            self.sent += len(chunk)
            yield chunk

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.done(self.sent)


@bp.get("/healthz")
def healthz() -> Response:
    """Liveness: the process answers HTTP."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Readiness: the store answers a read, and a query worker can be had or started."""
    problems = []
    try:
        get_store().has_graph("urn:newskg:readyz")
    except Exception as exc:  # any failure of the store means not ready; say which
        problems.append(f"store: {type(exc).__name__}")
    runner = current_app.extensions.get("kg_query_pool")
    if runner is not None and runner.closed:
        problems.append("query workers: closed")
    if problems:
        return jsonify(status="unavailable", problems=problems), 503
    return jsonify(status="ready"), 200


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus text exposition of the app's registry."""
    registry = current_app.extensions["kg_metrics"].registry
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST,
                    headers={"Cache-Control": "no-store"})


def install(app: Flask) -> None:
    """Register the routes and wrap the whole WSGI app (call last, after the fast path)."""
    m = Metrics(app)
    app.extensions["kg_metrics"] = m
    app.register_blueprint(bp)
    app.wsgi_app = m.wrap(app.wsgi_app)  # type: ignore[method-assign]
