"""The SPARQL 1.1 Protocol and Graph Store Protocol over HTTP, with the authentication the engine
asks for (basic or digest), for stores that live in another process: Virtuoso, Oxigraph server,
Fuseki, GraphDB."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import IO

from kg.errors import EndpointError, EndpointTimeout, QueryError, QueryTimeout, StoreError

# What an engine's answer may say about itself in an error body that reaches a client.
_ERROR_BODY_CHARS = 600
# How an engine says that it stopped a query at its own time limit (Virtuoso's
# MaxQueryExecutionTime: "S1T00 Error SR171: Transaction timed out"): the query's cost, not a
# fault of the store, so the client gets the 503 of a query past the timeout.
_ENGINE_TIMEOUTS = ("SR171", "S1T00")


@dataclass(frozen=True)
class Endpoints:
    """Where a remote store answers, and who we are to it."""

    query_url: str
    update_url: str
    graph_store_url: str | None = None
    user: str | None = None
    password: str | None = None


class RemoteAnswer:
    """An engine's answer: its media type and a stream of its body (close it, or use `with`)."""

    def __init__(self, response) -> None:
        self._response = response
        self.media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip()
        self.server = response.headers.get("Server") or ""

    def read(self, size: int | None = None) -> bytes:
        # None, not -1: http.client reads a chunked body whole only when given no size
        return self._response.read(size)

    def read_within(self, seconds: float) -> bytes:
        """The whole body, or an EndpointTimeout when it takes longer than `seconds` (an engine
        that streams a huge answer never lets a socket timeout fire)."""
        deadline = time.monotonic() + seconds
        parts = []
        while chunk := self._response.read1(1 << 16) if hasattr(self._response, "read1") \
                else self._response.read(1 << 16):
            parts.append(chunk)
            if time.monotonic() > deadline:
                self.close()
                raise EndpointTimeout(f"the store did not answer within {seconds:g} s")
        return b"".join(parts)

    @property
    def stream(self) -> IO[bytes]:
        return self._response

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> RemoteAnswer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _DigestAuth(urllib.request.HTTPDigestAuthHandler):
    """Digest authentication that answers the last challenge up front: the stock handler sends
    every request bare, is refused with a 401, and sends it again, so each update went twice
    (its whole body both times). A nonce the engine no longer takes is refused as before and
    answered by the stock handshake, whose new challenge is kept in its place."""

    def __init__(self, passwords: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(passwords)
        self._lock = threading.Lock()  # the nonce count is shared by the client's threads
        self._challenge: dict[str, str] | None = None
        self.challenges = 0  # 401s answered: one per nonce when the engine keeps its nonces

    def retry_http_digest_auth(self, req, auth):  # type: ignore[no-untyped-def]
        _, challenge = auth.split(" ", 1)
        with self._lock:
            self.challenges += 1
            self._challenge = urllib.request.parse_keqv_list(
                filter(None, urllib.request.parse_http_list(challenge)))
        return super().retry_http_digest_auth(req, auth)

    def get_authorization(self, req, chal):  # type: ignore[no-untyped-def]
        with self._lock:
            return super().get_authorization(req, chal)

    def http_request(self, req):  # type: ignore[no-untyped-def]
        if self._challenge is not None and not req.has_header(self.auth_header):
            answer = self.get_authorization(req, self._challenge)
            if answer:
                req.add_unredirected_header(self.auth_header, f"Digest {answer}")
        return req

    https_request = http_request


class Client:
    """Requests to one remote store. Thread-safe: each call builds its own request."""

    def __init__(self, endpoints: Endpoints, *, timeout: float = 60.0) -> None:
        self.endpoints = endpoints
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        self.digest: _DigestAuth | None = None
        if endpoints.user is not None:
            # Both schemes answer the engine's challenge, so one setting serves Virtuoso
            # (digest on /sparql-auth) and engines behind basic authentication alike.
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (endpoints.query_url, endpoints.update_url, endpoints.graph_store_url):
                if url:
                    passwords.add_password(None, url, endpoints.user, endpoints.password or "")
            self.digest = _DigestAuth(passwords)
            handlers += [self.digest, urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    # -- the SPARQL 1.1 Protocol
    def query(self, sparql: str, accept: str, *, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> RemoteAnswer:
        """POST a query (form-encoded, the one form every engine answers) and return the stream."""
        fields = [("query", sparql)]
        fields += [("default-graph-uri", g) for g in default_graphs or ()]
        fields += [("named-graph-uri", g) for g in named_graphs or ()]
        body = urllib.parse.urlencode(fields).encode()
        return self._send("POST", self.endpoints.query_url, body,
                          {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
                          timeout, query=True)

    def update(self, sparql: str, *, timeout: float | None = None) -> None:
        """POST an update; the engine applies the whole request or none of it. The text goes as
        the body itself (the protocol's "update via POST directly", which Virtuoso, Oxigraph,
        Fuseki and GraphDB take): a form would percent-encode megabytes of N-Triples in this
        process, and make each Cyrillic letter six bytes instead of two."""
        with self._send("POST", self.endpoints.update_url, sparql.encode(),
                        {"Content-Type": "application/sparql-update; charset=utf-8"}, timeout,
                        query=True):
            pass

    # -- the Graph Store Protocol
    def put_graph(self, graph: str, data: bytes, media_type: str = "application/n-triples",
                  *, timeout: float | None = None) -> None:
        with self._send("PUT", self._graph_url(graph), data, {"Content-Type": media_type}, timeout):
            pass

    def get_graph(self, graph: str, accept: str = "application/n-triples",
                  *, timeout: float | None = None) -> RemoteAnswer:
        return self._send("GET", self._graph_url(graph), None, {"Accept": accept}, timeout)

    def _graph_url(self, graph: str) -> str:
        if not self.endpoints.graph_store_url:
            raise StoreError("this store has no Graph Store Protocol address (KG_STORE_GRAPH_STORE_URL)")
        base = self.endpoints.graph_store_url
        # Oxigraph and Fuseki read `graph`; Virtuoso reads `graph-uri`. Each ignores the other.
        key = "graph-uri" if base.rstrip("/").endswith(("sparql-graph-crud", "sparql-graph-crud-auth")) else "graph"
        return base + ("&" if "?" in base else "?") + urllib.parse.urlencode({key: graph})

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str],
              timeout: float | None, *, query: bool = False) -> RemoteAnswer:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            return RemoteAnswer(self._opener.open(request, timeout=timeout or self.timeout))
        except urllib.error.HTTPError as error:
            detail = error.read(_ERROR_BODY_CHARS).decode("utf-8", "replace").strip()
            message = f"the store at {_origin(url)} answered {error.code}: {detail or error.reason}"
            # A 400 from a query or update endpoint is the text's fault, not the store's.
            if query and error.code == 400:
                raise QueryError(message) from None
            if query and any(code in detail for code in _ENGINE_TIMEOUTS):
                raise QueryTimeout(f"the store at {_origin(url)} stopped the query at its own time "
                                   f"limit: {detail}") from None
            if error.code in (401, 403):
                raise StoreError(message + " (check KG_STORE_USER and KG_STORE_PASSWORD)") from None
            raise EndpointError(message) from None
        except (socket.timeout, TimeoutError):
            raise EndpointTimeout(f"the store at {_origin(url)} did not answer within "
                                  f"{timeout or self.timeout:g} s") from None
        except urllib.error.URLError as error:
            raise EndpointError(f"cannot reach the store at {_origin(url)}: {error.reason}") from None


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
