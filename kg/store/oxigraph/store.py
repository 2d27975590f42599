"""Embedded Oxigraph store on disk with a materialised, exact set-union default graph.

Writes keep an invariant: a triple is in the default graph iff at least one named graph holds it.
Every write is one SPARQL Update, which Oxigraph applies in a single transaction, so a failed
write leaves nothing behind. A process-wide lock serialises writers, because the set of default
graph triples to remove is computed from the store before the update runs. Each write also bumps
`generation` and `last_modified`, which dumps use for ETags and query workers to re-open.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import InputError, NotFound, QueryError, StoreError, without_paths
from kg.rdf.formats import RDF_FORMATS
from kg.rdf.jsonld import write_jsonld
from kg.rdf.terms import from_ox, to_ox, triples_to_graph  # noqa: F401  (re-exported)
from kg.store.answers import Answer, QueryForms, Solutions, Triples

DEFAULT = ox.DefaultGraph()


def _check_no_bnodes(name: str, triples: Iterable[ox.Triple]) -> None:
    for t in triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            raise InputError(f"graph {name} holds blank nodes; document graphs must not "
                             "(give those nodes IRIs, i.e. skolemise them, first)")


META_FILE = "newskg.json"  # RocksDB leaves files it does not know alone


def _write_meta(folder: str, meta: dict[str, Any]) -> None:
    tmp = os.path.join(folder, META_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    os.replace(tmp, os.path.join(folder, META_FILE))  # whole or not at all


def _store_mtime(location: str) -> float:
    """When the on-disk store last changed (newest file), so Last-Modified survives restarts."""
    try:
        return max((e.stat().st_mtime for e in os.scandir(location) if e.is_file()),
                   default=time.time())
    except OSError:
        return time.time()


def is_store(location: str) -> bool:
    """Whether `location` holds an on-disk store (RocksDB writes CURRENT when it creates one)."""
    return os.path.isfile(os.path.join(location, "CURRENT"))


def scratch_prefix(location: str) -> str:
    """The name prefix of the scratch copies SHACL-gated updates make beside the store at
    `location` (kg.store.oxigraph.update): named for the store, so that stores sharing a folder
    never remove each other's."""
    return f".kg-update-{os.path.basename(os.path.abspath(location))}."


def remove_stale_scratch(location: str) -> list[str]:
    """Remove the scratch copies a killed update left beside the store at `location`. Only safe
    while holding the store open for writing: no update of this store can be running then in
    another process (RocksDB's lock), and this process has not started one yet."""
    parent, prefix = os.path.dirname(os.path.abspath(location)), scratch_prefix(location)
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.path)
    return removed


class OxigraphStore(QueryForms):
    """The default backend: pyoxigraph.Store on disk (or in memory for '' / ':memory:')."""

    @classmethod
    def open(cls, settings: Any, *, read_only: bool = False, create: bool = True) -> OxigraphStore:
        """The store at `settings.store` (kg.store.open_store); an in-memory store belongs to
        this process alone, so it is never read-only."""
        location = settings.store
        return cls(location, read_only=read_only and location not in ("", ":memory:"),
                   create=create)

    def __init__(self, location: str, *, read_only: bool = False, create: bool = True):
        self.location = location
        self.in_memory = location in ("", ":memory:")
        self._lock = threading.RLock()
        if not self.in_memory and not create and not is_store(location):
            what = "holds no store" if os.path.isdir(location) else "does not exist"
            raise NotFound(f"no store at {location!r}: the folder {what}. Check --store (or "
                           "KG_STORE); `kg ingest` and `kg load` create a store")
        try:
            if self.in_memory:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(location)
            else:
                os.makedirs(location, exist_ok=True)
                self._store = ox.Store(location)
        except OSError as exc:
            if "LOCK" in str(exc):
                raise StoreError(
                    f"the store at {location!r} is in use by another process (a running `kg "
                    "serve`?): reading commands (query, dump, validate) work beside it; to write, "
                    "stop that process or write through its HTTP API (POST /documents, the Graph "
                    "Store Protocol)") from None
            if read_only and not os.path.isdir(location):
                raise StoreError(f"there is no store at {location!r}") from None
            raise StoreError(f"cannot open the store at {location!r}: {exc}") from exc
        except RuntimeError as exc:  # RocksDB's own errors: a damaged store
            raise StoreError(f"the store at {location!r} is damaged and cannot be opened ({exc}); "
                             "restore it from a backup, or build it again with `kg load` or "
                             "`kg ingest`") from exc
        if not self.in_memory and not read_only:
            remove_stale_scratch(location)  # this process holds the store's lock now
        self._failed = False  # a write failed with an I/O error: open again before the next one
        self.read_only = read_only
        self._meta: dict[str, Any] = {}
        self.generation = 0
        self.last_modified = time.time() if self.in_memory else _store_mtime(location)
        # ETags must differ across restarts too: the seed is the state of the files at opening
        self.etag_seed = f"{self.last_modified:.6f}"

    @property
    def write_lock(self) -> threading.RLock:
        """Held by writes that read before they write (SPARQL Update): none interleaves."""
        return self._lock

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store, for this backend's own modules (query runner, updates, dumps)."""
        return self._store

    # -- writes ---------------------------------------------------------------------------

    def replace_graph(self, name: str, graph: Graph) -> int:
        new = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}
        self.replace_graphs({name: new})
        return len(new)

    def drop_graph(self, name: str) -> bool:
        with self._lock:
            if not self._store.contains_named_graph(ox.NamedNode(name)):
                return False
            self._replace_locked({name: None})
        return True

    def replace_graphs(self, changes: Mapping[str, set[ox.Triple] | None]) -> None:
        """Make each named graph hold exactly its set of triples (None drops it), all in one
        transaction, keeping the default graph the exact union."""
        for name, triples in changes.items():
            if triples is not None:
                _check_no_bnodes(name, triples)
        with self._lock:
            self._replace_locked(changes)

    def _replace_locked(self, changes: Mapping[str, set[ox.Triple] | None]) -> None:
        self._reopen_if_failed()
        removed: dict[str, set[ox.Triple]] = {}
        added: dict[str, set[ox.Triple]] = {}
        creates, drops = [], []
        for name, new in changes.items():
            g = ox.NamedNode(name)
            exists = self._store.contains_named_graph(g)
            old = self.triples(name) if exists else set()
            if new is None:
                if exists:
                    removed[name], drops = old, [*drops, g]
                continue
            removed[name], added[name] = old - new, new - old
            if not exists:
                creates.append(g)
        gone = set().union(*removed.values()) if removed else set()
        still = set().union(*(t for t in changes.values() if t is not None))
        orphaned = [t for t in gone if t not in still and not self._held_outside(t, changes)]
        new_default = set().union(*added.values()) if added else set()
        self._apply(removed, orphaned, creates, drops, added, new_default)

    def _held_outside(self, triple: ox.Triple, changing: Mapping[str, Any]) -> bool:
        s, p, o = triple.subject, triple.predicate, triple.object
        for q in self._store.quads_for_pattern(s, p, o, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value not in changing:
                return True
        return False

    def _apply(self, removed, orphaned, creates, drops, added, new_default) -> None:
        parts = []
        inner = "".join(f"GRAPH {ox.NamedNode(n)} {{\n{''.join(f'{t} .{chr(10)}' for t in ts)}}}\n"
                        for n, ts in removed.items() if ts)
        if inner or orphaned:
            parts.append("DELETE DATA {\n" + "".join(f"{t} .\n" for t in orphaned) + inner + "}")
        parts += [f"DROP SILENT GRAPH {g}" for g in drops]
        parts += [f"CREATE SILENT GRAPH {g}" for g in creates]
        inner = "".join(f"GRAPH {ox.NamedNode(n)} {{\n{''.join(f'{t} .{chr(10)}' for t in ts)}}}\n"
                        for n, ts in added.items() if ts)
        if inner:
            parts.append("INSERT DATA {\n" + "".join(f"{t} .\n" for t in new_default) + inner + "}")
        if not parts:
            return
        try:
            try:
                self._store.update(" ;\n".join(parts))
            except OSError:
                # RocksDB stops writing after an I/O error (a full disk) until it is opened again:
                # once space is free, a fresh handle writes; if it cannot, the error stands
                self._failed = True
                if not self._reopen_if_failed(quiet=True):
                    raise
                self._store.update(" ;\n".join(parts))
        except (SyntaxError, OSError) as exc:  # SyntaxError here means a term we failed to escape
            raise StoreError(f"the write failed and was rolled back: {exc}") from exc
        self._touch()

    def bulk_add_new_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> int:
        """Add graphs that do not exist yet, with the bulk loader (not transactional: for `kg load`
        into graphs it has checked are new); their triples join the default graph. Returns the
        number of triples."""
        for name, triples in graphs.items():
            _check_no_bnodes(name, triples)
        # N-Quads text for Oxigraph's bulk loader: building it is 4x cheaper than Quad objects
        parts, count = [], 0
        for name, triples in graphs.items():
            tail = f" {ox.NamedNode(name)} .\n"
            for t in triples:
                line = str(t)
                parts.append(line + tail)
                parts.append(line + " .\n")
                count += 1
        with self._lock:
            self._reopen_if_failed()
            for name in graphs:
                if self._store.contains_named_graph(ox.NamedNode(name)):
                    raise StoreError(f"graph {name} already exists; bulk adding would merge "
                                     "into it")
            try:
                self._store.bulk_load("".join(parts).encode(), ox.RdfFormat.N_QUADS)
                for name in graphs:  # an empty graph still exists as a graph
                    self._store.add_graph(ox.NamedNode(name))
            except (OSError, SyntaxError) as exc:
                self._failed = isinstance(exc, OSError)
                raise StoreError(f"bulk load failed: {exc}") from exc
            self._touch()
        return count

    def _reopen_if_failed(self, quiet: bool = False) -> bool:
        """After a write failed with an I/O error, open the store again (under the write lock),
        so that writes work again once the cause (a full disk) is gone, without a restart.
        While it cannot be opened for writing, it is open read-only: reads go on. Returns whether
        the store is writable; raises StoreError when it is not, unless `quiet`."""
        if not self._failed or self.in_memory:
            return True
        with self._lock:
            self._store = None  # type: ignore[assignment]  # RocksDB's lock goes with the handle
            try:
                self._store = ox.Store(self.location)
            except (OSError, RuntimeError) as exc:
                self._store = ox.Store.read_only(self.location)
                if quiet:
                    return False
                raise StoreError(f"the store cannot be written to ({exc}); free disk space and "
                                 "try again") from exc
            self._failed = False
            return True

    def _touch(self) -> None:
        self.generation += 1
        self.last_modified = time.time()

    # -- reads ----------------------------------------------------------------------------

    def has_graph(self, name: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(name))

    def existing_graphs(self, names: Iterable[str]) -> set[str]:
        return {n for n in names if self._store.contains_named_graph(ox.NamedNode(n))}

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_size(self, name: str) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(name)))

    def triples(self, name: str | None) -> set[ox.Triple]:
        """The triples of named graph `name` (None: the default graph) as pyoxigraph Triples."""
        g = ox.NamedNode(name) if name is not None else DEFAULT
        return {q.triple for q in self._store.quads_for_pattern(None, None, None, g)}

    def graph(self, name: str) -> Graph:
        return triples_to_graph(self.triples(name))

    def triples_count(self) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, DEFAULT))

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Answer:
        """Run a query in this thread. `timeout` is not enforced here (Oxigraph has no cancel);
        the endpoint runs queries in killable worker processes instead (`query_runner`)."""
        result = self._query(sparql, default_graph, named_graphs)
        if isinstance(result, ox.QuerySolutions):
            return Solutions([v.value for v in result.variables], result)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return Triples(result)

    def _query(self, sparql: str, default_graph: list[str] | None,
               named_graphs: list[str] | None) -> Any:
        kwargs: dict[str, Any] = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(i) for i in default_graph]
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(i) for i in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the query failed: {without_paths(str(exc))}") from exc

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Iterate the quads of the named graphs (all, or one); the default graph is derived."""
        if graph is not None:
            yield from self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return
        for g in self._named_graphs_sorted():
            yield from self._store.quads_for_pattern(None, None, None, g)

    def _named_graphs_sorted(self) -> list[ox.NamedNode]:
        return sorted((g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)),
                      key=lambda g: g.value)

    def dump(self, output: IO[bytes], fmt: str, *, graph: str | None = None) -> None:
        """Triple formats get the default graph (the set union) or `graph`; quad formats every
        named graph. N-Quads is written graph by graph by Oxigraph itself (fast, constant
        memory)."""
        spec = RDF_FORMATS[fmt]
        if spec.key == "nq":
            graphs = [ox.NamedNode(graph)] if graph else self._named_graphs_sorted()
            for g in graphs:
                # N-Triples lines end in " .\n" and literals escape newlines, so the graph name
                # goes in front of each line end
                body = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
                output.write(body.replace(b" .\n", f" {g} .\n".encode()))
        elif spec.key == "jsonld":  # compact keys with the model's @context, streamed
            write_jsonld(self.quads(graph), output)
        elif spec.dataset:
            ox.serialize(self.quads(graph), output, spec.ox_format,
                         **({"prefixes": spec.prefixes} if spec.prefixes else {}))
        else:
            source = ox.NamedNode(graph) if graph else DEFAULT
            self._store.dump(output, spec.ox_format, from_graph=source, prefixes=spec.prefixes)

    def query_runner(self, settings: Any) -> Any:
        """Killable worker processes over an on-disk store (kg.store.oxigraph.workers); for an
        in-memory store, or with `query_workers` 0, the caller's thread."""
        from kg.store.oxigraph.workers import QueryPool, ThreadRunner

        if self.in_memory or settings.query_workers <= 0:
            return ThreadRunner(lambda: self._store)
        # the server's own open store: small, quick queries may run on it in-thread;
        # with federation off the workers cannot open a connection at all
        return QueryPool(self.location, settings.query_workers, lambda: self.generation,
                         local=lambda: self._store, network=bool(settings.federation.split()),
                         queue_wait=settings.query_queue_wait,
                         memory_mb=settings.query_memory_mb)

    def update(self, text: str, validate: Any) -> Any:
        """A SHACL-gated SPARQL Update, run first on a scratch copy (kg.store.oxigraph.update)."""
        from kg.store.oxigraph.update import apply_update

        return apply_update(self, text, validate)

    def rename_iris(self, old: str, new: str) -> tuple[int, int]:
        from kg.store.rename import rename_iris

        with self._lock:
            return rename_iris(self, old, new)

    def dump_files(self) -> Any:
        """Dump files beside an on-disk store, written by child processes that open it
        read-only (kg.store.oxigraph.dump_files); None in memory."""
        if self.in_memory:
            return None
        from kg.store.oxigraph.dump_files import DumpFiles

        return DumpFiles(self)

    def backup(self, target: str) -> None:
        if self.in_memory:
            raise InputError("an in-memory store has nothing to back up")
        self.checkpoint(target)

    def checkpoint(self, target: str) -> None:
        """A consistent copy of the store on disk at `target` (RocksDB checkpoint: hard links)."""
        if self.in_memory:
            raise StoreError("an in-memory store has no on-disk checkpoint")
        self._reopen_if_failed()
        if not self.read_only:  # a read-only view has nothing of its own to flush
            self._store.flush()
        self._store.backup(target)
        meta = self.meta()
        if meta:
            _write_meta(target, meta)

    # -- what the store records about itself (the base IRI of its data) --------------------------

    def meta(self) -> dict[str, Any]:
        """The store's own record (`{"base": …}`), kept in `newskg.json` in its folder."""
        if self.in_memory:
            return dict(self._meta)
        try:
            with open(os.path.join(self.location, META_FILE), encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise StoreError(f"the store's record {META_FILE} is unreadable: {exc}") from exc

    def set_meta(self, **values: Any) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")
        meta = {**self.meta(), **values}
        if self.in_memory:
            self._meta = meta
        else:
            _write_meta(self.location, meta)

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> bool:
        """Compact the on-disk store (RocksDB full compaction): after a bulk load, index seeks
        then cross one sorted level instead of many files, about twice as fast."""
        if self.in_memory:
            return False
        self._store.optimize()
        return True

    def close(self) -> None:
        # pyoxigraph closes the database when the object is released
        self._store = None  # type: ignore[assignment]
