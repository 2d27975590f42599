"""One error hierarchy for the core: each error carries the HTTP status it maps to and a reason."""

from __future__ import annotations

import re


class KgError(Exception):
    """Base error: `message` for people, `status` for HTTP, `link` to the spec or doc that explains
    it, `headers` the HTTP answer must carry (Allow, Retry-After)."""

    status = 500
    retry_after: int | None = None  # seconds; sent as Retry-After

    def __init__(self, message: str, *, status: int | None = None, link: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.link = link
        self.headers = dict(headers or {})
        if self.retry_after:
            self.headers.setdefault("Retry-After", str(self.retry_after))


# -- the caller's mistakes (4xx) ----------------------------------------------------------------

class InputError(KgError):
    """The caller sent something the service cannot use (400)."""

    status = 400


class QueryError(InputError):
    """A SPARQL query or update that cannot be parsed or run (400)."""


class Unauthorized(KgError):
    """A write without credentials (401)."""

    status = 401


class Forbidden(KgError):
    """Not allowed for this caller or on this server: a wrong token, writes off, SERVICE or LOAD
    (403)."""

    status = 403


class NotFound(KgError):
    """No such document, entity, graph, format or store (404)."""

    status = 404


class MethodNotAllowed(KgError):
    """The route has no such method (405); `allow` lists those it has."""

    status = 405

    def __init__(self, message: str, allow: str | None = None):
        super().__init__(message, headers={"Allow": allow} if allow else None)


class NotAcceptable(KgError):
    """Nothing the client accepts can be given (406)."""

    status = 406


class Conflict(KgError):
    """The request contradicts the state of the store (409)."""

    status = 409


class BaseMismatch(Conflict):
    """The base IRI asked for is not the one the store's data was built with (409)."""


class PayloadTooLarge(KgError):
    """The request is larger than a limit (413)."""

    status = 413


class UnsupportedMediaType(KgError):
    """A request body of a type the route does not take (415)."""

    status = 415


class ShapeViolation(KgError):
    """The graph does not conform to the SHACL shapes (422); `report` holds the validation report."""

    status = 422

    def __init__(self, message: str, report):
        super().__init__(message)
        self.report = report


class TooManyFailures(KgError):
    """A client sent too many wrong tokens (429, with Retry-After)."""

    status = 429

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(f"too many wrong tokens from this address; try again in {retry_after} s")


class QueryCancelled(KgError):
    """The client went away while its query computed; the work was stopped (499, as nginx logs a
    request its client closed: nobody reads the answer)."""

    status = 499


# -- the service's own failures (5xx) -----------------------------------------------------------

class StoreError(KgError):
    """The store failed to read or write (500)."""

    status = 500


class QueryEngineFault(KgError):
    """The query engine itself crashed on a query (a panic inside pyoxigraph) and its worker was
    replaced (500): a fault of the engine, not of the query, so `message` says what it reported."""

    status = 500


class EndpointError(KgError):
    """A remote SPARQL endpoint (Wikidata, for the linker's reconciler) could not answer:
    unreachable, timed out, or kept refusing (502)."""

    status = 502


class EndpointTimeout(EndpointError):
    """A remote SPARQL endpoint (the store of the sparql backend, Wikidata) did not answer within
    the time allowed (504)."""

    status = 504


class Unavailable(KgError):
    """The service cannot answer this now; it may later (503)."""

    status = 503


class QueryTimeout(Unavailable):
    """The query ran past `query_timeout` and was stopped (503)."""


class WorkersBusy(Unavailable):
    """Every query worker stayed busy for `query_queue_wait` (503, with Retry-After)."""

    retry_after = 5


class QueryMemoryLimit(Unavailable):
    """The query needed more memory than a worker may take (`query_memory_mb`) and was stopped
    (503)."""

    def __init__(self, memory_mb: int):
        super().__init__(f"the query needed more memory than the limit of {memory_mb} MB per query "
                         "worker (setting KG_QUERY_MEMORY_MB) and was stopped; narrow it (LIMIT, "
                         "more specific patterns, no ORDER BY over large joins) and try again")


_BY_STATUS: dict[int, type[KgError]] = {
    400: InputError, 401: Unauthorized, 403: Forbidden, 404: NotFound, 406: NotAcceptable,
    409: Conflict, 413: PayloadTooLarge, 415: UnsupportedMediaType, 499: QueryCancelled,
    500: StoreError, 502: EndpointError, 503: Unavailable, 504: EndpointTimeout}


def error_for(status: int, message: str) -> KgError:
    """The error of this hierarchy for an HTTP `status`: how an error that crossed a process
    boundary as (status, message), from a query worker, is raised again."""
    cls = _BY_STATUS.get(status)
    return cls(message) if cls is not None else KgError(message, status=status)


_PATH = re.compile(r"(?<![\w.:/~-])(?:/[\w.~+@-]+)+/?")


def without_paths(text: str) -> str:
    """`text` with file system paths (absolute, POSIX) replaced by "…": for messages of engine
    and system errors that reach clients, to whom the server's layout is none of their business.
    IRIs are left as they are (their slashes follow a scheme or a host)."""
    return _PATH.sub("…", text)
