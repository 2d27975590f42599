"""The endpoint's query runner over a remote store: the engine runs the query under the timeout
(its HTTP answer is cut off past it), and the answer is written in the format the client asked
for by the same writers as the embedded store's, with the same row cap."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import EndpointTimeout, QueryTimeout, error_for
from kg.rdf.formats import RDF_FORMATS
from kg.store.answers import Solutions, Triples
from kg.store.results import send_held


class RemoteRunner:
    """Runs each query in a thread of this process that waits on the remote engine."""

    workers = 0

    def __init__(self, store: Any) -> None:
        self.store = store
        self.stats = {"worker": 0, "thread": 0}
        self._running = 0
        self._count = threading.Lock()
        self._closed = False

    def run(self, req: dict, timeout: float,
            gone: Callable[[], bool] | None = None) -> tuple[dict, Iterator[bytes]]:
        # `gone` is not watched: the engine's HTTP answer ends the query, at the timeout at most
        from kg.export import start_stream

        def work(out: IO[bytes], announce: Callable[[dict], None]) -> None:
            with self._count:
                self._running += 1
            try:
                send_held(lambda held: self._answer(req, timeout, held), out, announce)
            finally:
                with self._count:
                    self._running -= 1

        self.stats["thread"] += 1
        return start_stream(work)

    def _answer(self, req: dict, timeout: float, out: IO[bytes]) -> dict:
        """Ask the engine, write the answer into `out`; the header."""
        from kg.rdf.jsonld import write_jsonld
        from kg.rdf.vocab import PREFIXES
        from kg.store.results import write_boolean, write_solutions

        try:
            answer = self.store.query(req["query"], default_graph=req.get("default_graph"),
                                      named_graphs=req.get("named_graphs"), timeout=timeout)
        except EndpointTimeout:
            raise QueryTimeout(f"the query ran longer than the limit of {timeout:g} s and was "
                               "stopped") from None
        kind = ("graph" if isinstance(answer, Triples)
                else "boolean" if isinstance(answer, bool) else "results")
        fmt = req["formats"]["graph" if kind == "graph" else "results"]
        if isinstance(fmt, dict):
            raise error_for(fmt["status"], fmt["message"])
        header: dict = {"kind": kind, "format": fmt}
        if req.get("head_only"):
            return header
        cap = req["max_rows"]

        def cut() -> None:
            header["cut"] = cap

        if kind == "graph":
            spec = RDF_FORMATS[fmt]
            triples = list(itertools.islice(answer, cap + 1))
            if len(triples) > cap:
                cut()
                del triples[cap:]
            if spec.key == "jsonld":
                write_jsonld(triples, out)
            else:
                kw = {"prefixes": PREFIXES} if spec.key in ("ttl", "trig", "rdf") else {}
                ox.serialize(triples, out, spec.ox_format, **kw)
        elif kind == "boolean":
            write_boolean(answer, out, fmt)
        else:
            assert isinstance(answer, Solutions)
            write_solutions(answer, out, fmt, cap, more=cut)
        return header

    def busy(self) -> int:
        return self._running

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
