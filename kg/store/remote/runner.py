"""The endpoint's query runner over a remote store: the engine runs the query under the timeout
(its HTTP answer is cut off past it), and the answer is written in the format the client asked
for by the same writers as the embedded store's, with the same row cap."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf.formats import RDF_FORMATS
from kg.store.answers import Solutions, Triples


class RemoteRunner:
    """Runs each query in a thread of this process that waits on the remote engine."""

    workers = 0

    def __init__(self, store: Any) -> None:
        self.store = store
        self.stats = {"worker": 0, "thread": 0}
        self._running = 0
        self._count = threading.Lock()
        self._closed = False

    def run(self, req: dict, timeout: float) -> tuple[dict, Iterator[bytes]]:
        from kg.export import start_stream
        from kg.rdf.jsonld import write_jsonld
        from kg.rdf.vocab import PREFIXES
        from kg.store.results import write_boolean, write_solutions

        def work(out: IO[bytes], announce: Callable[[dict], None]) -> None:
            with self._count:
                self._running += 1
            try:
                try:
                    answer = self.store.query(req["query"], default_graph=req.get("default_graph"),
                                              named_graphs=req.get("named_graphs"), timeout=timeout)
                except KgError as exc:
                    if exc.status == 504:  # the engine did not answer in time
                        raise KgError(f"the query ran longer than the limit of {timeout:g} s and "
                                      "was stopped", status=503) from None
                    raise
                kind = ("graph" if isinstance(answer, Triples)
                        else "boolean" if isinstance(answer, bool) else "results")
                fmt = req["formats"]["graph" if kind == "graph" else "results"]
                if isinstance(fmt, dict):
                    raise KgError(fmt["message"], status=fmt["status"])
                announce({"kind": kind, "format": fmt})
                if req.get("head_only"):
                    return
                if kind == "graph":
                    spec = RDF_FORMATS[fmt]
                    triples = itertools.islice(answer, req["max_rows"])
                    if spec.key == "jsonld":
                        write_jsonld(triples, out)
                    else:
                        kw = {"prefixes": PREFIXES} if spec.key in ("ttl", "trig", "rdf") else {}
                        ox.serialize(triples, out, spec.ox_format, **kw)
                elif kind == "boolean":
                    write_boolean(answer, out, fmt)
                else:
                    assert isinstance(answer, Solutions)
                    write_solutions(answer, out, fmt, req["max_rows"])
            finally:
                with self._count:
                    self._running -= 1

        self.stats["thread"] += 1
        return start_stream(work)

    def busy(self) -> int:
        return self._running

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
