"""`kg load`: bulk-load RDF files (N-Quads, TriG with their graphs; Turtle, N-Triples, RDF/XML,
JSON-LD into the graph named by --graph; gzip too) through the SHACL gate, graph by graph.

Each graph in the input replaces the graph of that name in the store (loading a file twice gives
the same store). Graphs are validated in batches by a pool of processes, because validation is the
cost of loading (kg.validate.check_triples: the compiled shapes, pySHACL for what they refuse);
graphs that conform are written with Oxigraph's bulk loader when they are new,
or in one transaction when they replace a graph, either way keeping the default graph the exact
union. Graphs that do not conform are not stored and are listed in the summary.
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdf.formats import rdf_format

_SPAWN = multiprocessing.get_context("spawn")
BATCH_TRIPLES = 50_000  # per validation batch: enough to keep the processes busy, little memory


@dataclass
class LoadSummary:
    """What a load did."""

    graphs: int = 0  # graphs stored
    triples: int = 0  # triples stored, counted per graph
    refused: dict[str, str] = field(default_factory=dict)  # graph → SHACL report text
    seconds: float = 0.0
    compact_seconds: float = 0.0  # of `seconds`: compacting the store at the end

    def line(self) -> str:
        rate = self.triples / self.seconds if self.seconds else 0.0
        return (f"loaded {self.graphs} graphs, {self.triples} triples in {self.seconds:.1f} s "
                f"({rate:,.0f} triples/s, compaction {self.compact_seconds:.1f} s); "
                f"{len(self.refused)} graphs refused by the shapes")


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _format(path: Path):
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    fmt = rdf_format(Path(name).suffix.lstrip("."))
    if fmt is None:
        raise InputError(f"{path}: cannot tell the RDF format from the file name (use .nq, .trig, "
                         ".ttl, .nt, .rdf or .jsonld, optionally .gz)")
    return fmt


def read_graphs(paths: Iterable[str], graph: str | None) -> Iterator[tuple[str, list[ox.Triple]]]:
    """(graph name, triples) runs in file order; a graph may come in several runs."""
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise InputError(f"{p}: no such file")
        fmt = _format(path)
        if not fmt.dataset and not graph:
            raise InputError(f"{p}: {fmt.key} holds triples without a graph; name the graph "
                             "they go to with --graph IRI")
        current, run = None, []
        with _open(path) as f:
            try:
                for q in ox.parse(f, fmt.ox_format, base_iri=graph):
                    g = q.graph_name
                    name = g.value if isinstance(g, ox.NamedNode) else graph
                    if name is None:
                        raise InputError(f"{p}: triples in the default graph, which is derived "
                                         "from the named graphs; give --graph IRI to load "
                                         "them into one")
                    if name != current:
                        if run:
                            yield current, run
                        current, run = name, []
                    run.append(q.triple)
            except SyntaxError as exc:
                raise InputError(f"{p}: not valid {fmt.key}: {exc}") from exc
        if run:
            yield current, run


def _check(item: tuple[str, bytes]) -> tuple[str, str | None]:
    """In a worker process: validate one graph given as N-Triples; the report text on failure.
    The compiled shapes read the triples as they are; an rdflib graph is built only for pySHACL,
    when they find a violation (kg.validate.check_triples)."""
    from kg.rdf.terms import triples_to_graph
    from kg.validate import check_triples

    name, data = item
    triples = list(ox.parse(data, ox.RdfFormat.N_TRIPLES))
    return name, check_triples(triples, lambda: triples_to_graph(triples))


class _Progress:
    def __init__(self, out: IO[str]):
        self.out, self.start, self.tty = out, time.monotonic(), out.isatty()

    def show(self, s: LoadSummary) -> None:
        elapsed = time.monotonic() - self.start
        rate = (s.graphs + len(s.refused)) / elapsed if elapsed else 0.0
        text = (f"loading: {s.graphs} graphs, {s.triples} triples, {len(s.refused)} refused, "
                f"{rate:,.1f} graphs validated/s")
        self.out.write(("\r" + text) if self.tty else text + "\n")
        self.out.flush()

    def done(self) -> None:
        if self.tty:
            self.out.write("\n")


def load(store, paths: Iterable[str], *, graph: str | None = None, processes: int | None = None,
         progress: IO[str] | None = None, executor: Executor | None = None) -> LoadSummary:
    """Load the files into `store` through the SHACL gate; see the module docstring. The checks
    run in `executor` when given (a Dask cluster's, kg.cluster), split `processes` ways."""
    summary, started = LoadSummary(), time.monotonic()
    bar = _Progress(progress or sys.stderr)
    loaded: dict[str, int] = {}  # graph → size, written by this load: a later run merges into it
    processes = processes or os.cpu_count() or 1
    # spawned, not forked: this process holds an open store, whose threads a fork would copy
    # mid-flight
    with (nullcontext(executor) if executor is not None else
          ProcessPoolExecutor(max_workers=processes, mp_context=_SPAWN)) as pool:
        in_flight: tuple[dict, list[Future]] | None = None
        for batch in _batches(read_graphs(paths, graph)):
            for name in batch:  # a graph split across batches: merge with its earlier part
                if in_flight and name in in_flight[0]:
                    batch[name] |= in_flight[0][name]
                elif name in loaded:
                    batch[name] |= store.triples(name)
            items = [(n, "".join(f"{t} .\n" for t in ts).encode()) for n, ts in batch.items()]
            # one task per process and batch; the next batch is parsed while these run
            futures = [pool.submit(_validate_batch, items[i::processes]) for i in range(processes)]
            if in_flight:
                _commit(store, *in_flight, summary, loaded)
                bar.show(summary)
            in_flight = (batch, futures)
        if in_flight:
            _commit(store, *in_flight, summary, loaded)
    store.flush()
    if summary.graphs:
        compacting = time.monotonic()
        store.optimize()
        summary.compact_seconds = time.monotonic() - compacting
    summary.seconds = time.monotonic() - started
    bar.show(summary)
    bar.done()
    return summary


def _batches(runs: Iterator[tuple[str, list[ox.Triple]]]) -> Iterator[dict[str, set[ox.Triple]]]:
    batch: dict[str, set[ox.Triple]] = {}
    size = 0
    for name, triples in runs:
        batch.setdefault(name, set()).update(triples)
        size += len(triples)
        if size >= BATCH_TRIPLES:
            yield batch
            batch, size = {}, 0
    if batch:
        yield batch


def check_many(items: list[tuple[str, bytes]],
               processes: int | None = None) -> dict[str, str | None]:
    """Validate many graphs (name, N-Triples) in parallel processes: name → report text or None."""
    processes = processes or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=processes, mp_context=_SPAWN) as pool:
        futures = [pool.submit(_validate_batch, items[i::processes]) for i in range(processes)]
        return {n: v for f in futures for n, v in f.result()}


def _validate_batch(items: list[tuple[str, bytes]]) -> list[tuple[str, str | None]]:
    return [_check(item) for item in items]


def _commit(store, batch: dict[str, set[ox.Triple]], futures: list[Future], summary: LoadSummary,
            loaded: dict[str, int]) -> None:
    verdicts = {n: v for f in futures for n, v in f.result()}
    good = {n: t for n, t in batch.items() if verdicts[n] is None}
    for n, text in verdicts.items():
        if text is not None:
            summary.refused[n] = text
    there = store.existing_graphs(good)  # one question per batch, not one per graph
    new = {n: t for n, t in good.items() if n not in there}
    old = {n: t for n, t in good.items() if n not in new}
    if new:
        store.bulk_add_new_graphs(new)
    if old:
        store.replace_graphs(old)
    for n, t in good.items():  # a graph met again was merged: its size replaces the earlier one
        summary.triples += len(t) - loaded.get(n, 0)
        summary.graphs += n not in loaded
        loaded[n] = len(t)
