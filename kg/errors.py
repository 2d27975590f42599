"""One error hierarchy for the core: each error carries the HTTP status it maps to and a reason."""

from __future__ import annotations

import re


class KgError(Exception):
    """Base error: `message` for people, `status` for HTTP, `link` to the spec or doc that explains it."""

    status = 500

    def __init__(self, message: str, *, status: int | None = None, link: str | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.link = link


class InputError(KgError):
    """The caller sent something the service cannot use (400)."""

    status = 400


class NotFound(KgError):
    """No such document, entity or graph (404)."""

    status = 404


class ShapeViolation(KgError):
    """The graph does not conform to the SHACL shapes (422); `report` holds the validation report."""

    status = 422

    def __init__(self, message: str, report):
        super().__init__(message)
        self.report = report


class StoreError(KgError):
    """The store failed to read or write (500)."""

    status = 500


class QueryError(KgError):
    """A SPARQL query or update that cannot be parsed or run (400)."""

    status = 400


class QueryEngineFault(KgError):
    """The query engine itself crashed on a query (a panic inside pyoxigraph) and its worker was
    replaced (500): a fault of the engine, not of the query, so `message` says what it reported."""

    status = 500


_PATH = re.compile(r"(?<![\w.:/~-])(?:/[\w.~+@-]+)+/?")


def without_paths(text: str) -> str:
    """`text` with file system paths (absolute, POSIX) replaced by "…": for messages of engine
    and system errors that reach clients, to whom the server's layout is none of their business.
    IRIs are left as they are (their slashes follow a scheme or a host)."""
    return _PATH.sub("…", text)
