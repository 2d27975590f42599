"""SPARQL queries in worker processes that can be killed, so a query timeout really stops the work.

pyoxigraph has no way to cancel a running query, and a thread cannot be stopped; a process can.
Each worker opens the on-disk store read-only and re-opens it when the store's write generation
has changed, runs one query at a time, holds the serialised answer until it is complete (so its
header can say whether the row cap cut it) and sends it back through a pipe. The server waits for
the answer with a deadline; past it, or when the client has gone away, the worker is killed
(SIGKILL: the CPU is freed at once) and a fresh one takes its place. A worker that dies on its own
is explained from its standard error: a Rust panic inside pyoxigraph is a QueryEngineFault. An
in-memory store cannot be shared with another process: there the query runs in the calling
thread and the deadline is only checked between result rows (see `run_in_thread`).

Messages on the pipe: the request is a pickled dict; the answer is frames of bytes whose first
byte says what they are: H (header: json {kind, format, cut}), D (data), E (error: json {status,
message}), Z (end), or A (a whole small answer: header length, header, body) in one frame; `cut`
is the row cap when rows past it were left out; the header also carries `ms`, the worker's time
for the query and its serialisation, and `planned`, whether the join planner rewrote it.

The hop to a worker costs more than a point query itself, so a query proven quick runs in the
calling thread instead, on the server's own open store: when the same query (same text, dataset,
formats, row cap) already ran in a worker *at the same store write generation* in under
`THREAD_MAX_MS`, as written (the join planner did not rewrite it), and its whole answer was under
`THREAD_MAX_BYTES`, it will take the same time again on the same data, so it cannot run past the
timeout and needs no process to be killed. It is then evaluated in the thread as written (no
planning there: that may read statistics), its answer built in memory and sent whole. What is
remembered is a bounded LRU of `THREAD_KEYS` hashed keys, forgotten when the generation changes;
a thread run that turns out much slower (`THREAD_EVICT_MS`) puts its query back on the worker
path. `QueryPool.stats` counts the queries run each way.

"The same time again" holds only for a query whose work depends on the text and the data alone:
one that uses NOW(), RAND(), UUID(), STRUUID(), BNODE() or SERVICE (read from its tokens by
kg.sparql_text.volatile) can be cheap once and explosive later, so it always goes to a worker. A
thread run has its own bound as well: its answer is checked against `THREAD_MAX_BYTES` and
`THREAD_ABORT_MS` at every write, and past either it stops and the query is answered by a worker.

With federation off the workers cannot open a network connection at all (kg.store.oxigraph.sandbox).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import io
import json
import logging
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import (
    KgError,
    QueryCancelled,
    QueryEngineFault,
    QueryError,
    QueryMemoryLimit,
    QueryTimeout,
    StoreError,
    WorkersBusy,
    error_for,
    without_paths,
)
from kg.rdf.formats import RDF_FORMATS, RESULTS_FORMATS
from kg.rdf.jsonld import write_jsonld
from kg.rdf.vocab import PREFIXES
from kg.sparql_text import volatile
from kg.store.oxigraph.join_planner import planner_for
from kg.store.results import HOLD_MEMORY, send_held, write_solutions

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024
THREAD_MAX_MS = 3.0  # a query quicker than this in a worker may run in the request's thread
THREAD_MAX_BYTES = 32 * 1024  # ... if its whole answer is smaller than this
THREAD_KEYS = 4096  # how many such queries are remembered (hashed: ~100 bytes each)
# a thread run slower than this goes back to the worker path: far above THREAD_MAX_MS, because a
# busy machine stretches single runs now and then, while a changed plan would stretch every run
THREAD_EVICT_MS = 10 * THREAD_MAX_MS
# a thread run still going after this long stops (at its next write) and a worker answers: a
# bound on what a run in the request's thread can take, far above the noise of a busy machine
THREAD_ABORT_MS = 250.0
GONE_POLL_S = 0.2  # how often a computing query looks whether its client is still there


# -- the work itself: shared by worker processes and the in-thread fallback -------------------

def evaluate(store: ox.Store, req: dict, out: IO[bytes], on_kind: Any,
             on_cut: Callable[[], None] | None = None) -> bool:
    """Run `req` on `store` and serialise the answer into `out`. `on_kind(kind, fmt_key)` is
    called once the result kind is known; it raises the 406 if no format fits that kind;
    `on_cut()` when rows (or triples) past `max_rows` were left out.
    Returns whether the join planner rewrote the query (see kg.store.oxigraph.join_planner)."""
    kwargs: dict[str, Any] = {}
    if req.get("default_graph"):
        kwargs["default_graph"] = [ox.NamedNode(i) for i in req["default_graph"]]
    if req.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(i) for i in req["named_graphs"]]
    planned = None
    if not kwargs and req.get("plan", True):  # statistics describe the default graph only
        planner = planner_for(req.get("store_key") or id(store))
        planned = planner.plan(store, req["query"], req.get("generation"))
    try:
        result = store.query(planned or req["query"], **kwargs)
    except SyntaxError as exc:
        if planned is None:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        result = store.query(req["query"], **kwargs)  # never fail because of a rewrite
    kind = ("graph" if isinstance(result, ox.QueryTriples)
            else "boolean" if isinstance(result, ox.QueryBoolean) else "results")
    fmt = req["formats"]["graph" if kind == "graph" else "results"]
    on_kind(kind, fmt)
    if req.get("head_only"):
        return planned is not None
    if kind == "graph":
        spec = RDF_FORMATS[fmt]
        kw = {"prefixes": PREFIXES} if spec.key in ("ttl", "trig", "rdf") else {}
        triples = _capped(result, req["max_rows"], on_cut)
        if spec.key == "jsonld":  # with the model's @context (kg.rdf.jsonld)
            write_jsonld(triples, out)
        else:
            ox.serialize(triples, out, spec.ox_format, **kw)
    elif kind == "boolean":
        result.serialize(out, RESULTS_FORMATS[fmt].ox_format)
    else:
        write_solutions(result, out, fmt, req["max_rows"], on_cut)
    return planned is not None


def _capped(items: Iterator, limit: int, on_cut: Callable[[], None] | None) -> Iterator:
    """The first `limit` of `items`; `on_cut()` when there was one more."""
    for i, item in enumerate(items):
        if i >= limit:
            if on_cut is not None:
                on_cut()
            return
        yield item


class _FrameWriter:
    """File-like: holds the whole answer (in memory up to HOLD_MEMORY, then in a temporary file)
    and sends it when it is complete: the H frame, D frames and Z, or one A frame when it is
    small. Held, because the status line and headers go out with the H frame, and whether the
    answer was cut at the row cap (the header's `cut`) is known only at its end; a query that
    fails or passes its deadline before then still gets its own status. The answer is at most
    `max_rows` rows or triples, so what is held is bounded."""

    def __init__(self, conn: Connection):
        self.conn, self.header = conn, None
        self.held = tempfile.SpooledTemporaryFile(max_size=HOLD_MEMORY)
        self.sent_header = False

    def write(self, data: bytes) -> int:
        return self.held.write(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        head = json.dumps(self.header).encode()
        size = self.held.tell()
        self.held.seek(0)
        if size < _CHUNK:  # the whole answer fits in one frame: header, body and end at once
            self.conn.send_bytes(b"A" + len(head).to_bytes(4, "big") + head + self.held.read())
        else:
            self.conn.send_bytes(b"H" + head)
            self.sent_header = True
            while chunk := self.held.read(_CHUNK):
                self.conn.send_bytes(b"D" + chunk)
            self.conn.send_bytes(b"Z")

    def close(self) -> None:
        self.held.close()


def _error_body(exc: BaseException) -> dict:
    """{status, message} for any failure of a query, in a worker or in a thread alike."""
    if isinstance(exc, KgError):
        return {"status": exc.status, "message": exc.message}
    if isinstance(exc, MemoryError):  # past the worker's limit, within Python
        return {"status": 503, "message": "memory", "memory": True}
    if isinstance(exc, OSError):  # a SERVICE that failed, or the store
        return {"status": 502 if "http" in str(exc).lower() else 500,
                "message": without_paths(str(exc))}
    return {"status": 500, "message": without_paths(f"{type(exc).__name__}: {exc}")}


def _error_frame(exc: BaseException) -> bytes:
    return b"E" + json.dumps(_error_body(exc)).encode()


def _open(location: str) -> ox.Store:
    # the server may be compacting while a read-only view opens: a file named in the manifest can
    # vanish before it is read; opening again sees the new manifest
    for attempt in range(20):
        try:
            return ox.Store.read_only(location)
        except (OSError, RuntimeError):
            if attempt == 19:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space: an allocation past it fails (Oxigraph then aborts the
    process, Python raises MemoryError), so one query cannot take the machine's memory. The
    address space is above the resident size: a worker starts at about 0.5 GB of it."""
    if memory_mb > 0:
        import resource

        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _worker_main(rfd: int, wfd: int, location: str, network: bool = True,
                 memory_mb: int = 0) -> None:
    _limit_memory(memory_mb)
    if not network:  # federation is off: no SERVICE may reach anything (kg.store.oxigraph.sandbox)
        from kg.store.oxigraph.sandbox import deny_network

        deny_network()
    inbox, outbox = Connection(rfd, writable=False), Connection(wfd, readable=False)
    store, generation = None, None
    while True:
        try:
            req = inbox.recv()
        except EOFError:
            return
        req["store_key"] = location  # one join planner for every re-opening of the store
        for attempt in range(3):
            writer = _FrameWriter(outbox)
            try:
                if store is None or req["generation"] != generation:
                    store, generation = None, None
                    store, generation = _open(location), req["generation"]

                def on_kind(kind: str, fmt: Any, writer: _FrameWriter = writer) -> None:
                    if isinstance(fmt, dict):  # the 406 for this kind of result
                        raise error_for(fmt["status"], fmt["message"])
                    writer.header = {"kind": kind, "format": fmt}

                def on_cut(writer: _FrameWriter = writer, cap: int = req["max_rows"]) -> None:
                    writer.header["cut"] = cap

                started = time.perf_counter()
                planned = evaluate(store, req, writer, on_kind, on_cut)
                elapsed = time.perf_counter() - started
                if writer.header is not None:  # the pool's evidence that the query is quick
                    writer.header["ms"] = elapsed * 1000
                    # a thread run skips planning: only a query run as written is proven quick
                    writer.header["planned"] = planned
                writer.finish()
                if elapsed > TRIM_AFTER_S:
                    _release_memory()
                break
            except (OSError, RuntimeError) as exc:
                store = None  # files moved under the read-only view: re-open, and retry if we can
                if writer.sent_header or attempt == 2 or "http" in str(exc).lower():
                    outbox.send_bytes(_error_frame(exc))
                    break
            except BaseException as exc:  # reported to the server, which answers with its status
                outbox.send_bytes(_error_frame(exc))
                break
            finally:
                writer.close()  # what it held (a temporary file past HOLD_MEMORY)


# -- the server side ------------------------------------------------------------------------

TRIM_AFTER_S = 0.05  # a query this long may have built large hash tables and sort buffers


def _release_memory() -> None:
    """Give the heap that a heavy query freed back to the system. glibc keeps freed memory in
    its arenas, so a worker's resident size would otherwise stay at the peak of its heaviest
    query (about 285 MiB at 20,000 documents, against 101-121 MiB with this: 3-17 ms after such
    a query, once its answer has been sent)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018  (glibc only: musl and others have no malloc_trim)
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _load_libc()


class _Worker:
    def __init__(self, location: str, network: bool = True, memory_mb: int = 0):
        r1, w1 = os.pipe()  # server → worker
        r2, w2 = os.pipe()  # worker → server
        # the worker imports this package from where the server found it, installed or not
        root = str(Path(__file__).resolve().parents[3])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; "
                                   "from kg.store.oxigraph.workers import _worker_main; "
                                   f"_worker_main({r1}, {w2}, sys.argv[1], sys.argv[2] == '1', "
                                   f"{int(memory_mb)})",
             location, "1" if network else "0"],
            pass_fds=(r1, w2), close_fds=True, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env=env)
        os.close(r1)
        os.close(w2)
        self.send, self.recv = Connection(w1, readable=False), Connection(r2, writable=False)
        # what the worker writes to stderr goes to the log, and its last lines are kept: when it
        # dies, they say why (a Rust panic, a failed allocation)
        self.stderr_tail: deque[bytes] = deque(maxlen=STDERR_LINES)
        self.panic: list[bytes] = []  # a Rust panic's first lines (a backtrace may follow)
        self._stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_reader.start()

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:  # type: ignore[union-attr]
            self.stderr_tail.append(line)
            if b"panicked at" in line:
                self.panic = [line]
            elif 0 < len(self.panic) < 4:
                self.panic.append(line)
            log.warning("query worker %d: %s", self.proc.pid,
                        line.decode("utf-8", "replace").rstrip())

    def death(self) -> tuple[int | None, str]:
        """(exit code, its panic or else the last lines of stderr) of a worker that hung up; the
        code is negative for a signal (-6 SIGABRT: Rust aborts after a panic or a failed
        allocation; -9 SIGKILL)."""
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        self._stderr_reader.join(timeout=1)  # stderr closes when the process has exited
        return code, b"".join(self.panic or self.stderr_tail).decode("utf-8", "replace")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.send.close()
        self.recv.close()


class QueryPool:
    """`size` worker processes over the on-disk store at `location`; `local()` gives the server's
    own open store (same data), where queries proven quick run in the caller's thread."""

    def __init__(self, location: str, size: int, generation: Any,
                 local: Callable[[], ox.Store] | None = None, *, network: bool = True,
                 queue_wait: float | None = None, memory_mb: int = 0):
        self.location, self.generation, self.local = location, generation, local
        # how long a query waits for a free worker (None: as long as its timeout): a few heavy
        # queries then cost the next ones a quick 503, not their whole timeout in a queue
        self.queue_wait = queue_wait
        self.network = network  # False: the workers cannot open a connection (federation off)
        self.memory_mb = memory_mb  # each worker's address-space limit; 0 = none
        # last in, first out: the worker used last is reused, and a place (None) becomes a
        # process only when that many queries run at once
        self._idle: queue.LifoQueue = queue.LifoQueue()
        for _ in range(size):
            self._idle.put(None)
        self.workers = size
        self._closed = False
        self._quick: OrderedDict[bytes, None] = OrderedDict()  # keys of queries proven quick
        self._quick_generation: Any = None
        self._quick_lock = threading.Lock()
        self.stats = {"worker": 0, "thread": 0}

    def run(self, req: dict, timeout: float,
            gone: Callable[[], bool] | None = None) -> tuple[dict, Iterator[bytes]]:
        """Run `req` in a free worker, or in this thread when it was proven quick and small at the
        current generation; return the header and an iterator of the body. Raises the query's own
        error (status from the worker), QueryTimeout, or QueryCancelled when `gone()` (the client
        went away) turns true while the worker computes: the worker is then killed."""
        generation = self.generation()
        # a query whose cost can change between runs is never proven quick (kg.sparql_text)
        key = (_quick_key(req) if self.local is not None and volatile(req["query"]) is None
               else None)
        if key is None:
            self.stats["worker"] += 1
        if key is not None and self._is_quick(key, generation):
            try:
                return self._run_here(req, key)
            except _OverBudget:  # larger or slower than it was proven: a worker answers
                self._forget(key)
                self.stats["thread"] -= 1  # counted as what it became
                self.stats["worker"] += 1
        header, body = self._run_in_worker({**req, "generation": generation}, timeout, gone)
        ms, planned = header.pop("ms", None), header.pop("planned", True)
        if (key is not None and ms is not None and ms < THREAD_MAX_MS and not planned
                and isinstance(body, tuple) and len(body[0]) < THREAD_MAX_BYTES):
            self._remember(key, generation)
        return header, body

    def busy(self) -> int:
        """Worker places taken by a running query."""
        return max(0, self.workers - self._idle.qsize())

    @property
    def closed(self) -> bool:
        return self._closed

    def _is_quick(self, key: bytes, generation: Any) -> bool:
        with self._quick_lock:
            if generation != self._quick_generation:  # a write: what was quick may not be now
                self._quick.clear()
                self._quick_generation = generation
            quick = key in self._quick
            if quick:
                self._quick.move_to_end(key)
            self.stats["thread" if quick else "worker"] += 1
            return quick

    def _remember(self, key: bytes, generation: Any) -> None:
        with self._quick_lock:
            # only if no write happened since the worker ran it, nor since _is_quick was asked
            if generation != self._quick_generation or generation != self.generation():
                return
            self._quick[key] = None
            if len(self._quick) > THREAD_KEYS:
                self._quick.popitem(last=False)

    def _forget(self, key: bytes) -> None:
        with self._quick_lock:
            self._quick.pop(key, None)

    def _run_here(self, req: dict, key: bytes) -> tuple[dict, tuple[bytes]]:
        """Evaluate `req` on the server's own store, the answer whole in memory; errors as a
        worker would report them."""
        out, header = _Budget(THREAD_MAX_BYTES, THREAD_ABORT_MS), {}

        def on_kind(kind: str, fmt: Any) -> None:
            if isinstance(fmt, dict):  # the 406 for this kind of result
                raise error_for(fmt["status"], fmt["message"])
            header.update(kind=kind, format=fmt)

        def on_cut() -> None:
            header["cut"] = req["max_rows"]

        started = time.perf_counter()
        try:  # as written, as the worker ran it: no planning (statistics) in the request's thread
            evaluate(self.local(), {**req, "plan": False}, out, on_kind, on_cut)
        except Exception as exc:
            self._forget(key)
            if isinstance(exc, KgError | _OverBudget):
                raise
            body = _error_body(exc)
            raise error_for(body["status"], body["message"]) from exc
        body = out.buffer.getvalue()
        elapsed_ms = (time.perf_counter() - started) * 1000
        if elapsed_ms > THREAD_EVICT_MS or len(body) >= THREAD_MAX_BYTES:
            self._forget(key)  # slower or larger than it was: back to a worker next time
        return header, (body,)

    def _run_in_worker(self, req: dict, timeout: float,
                       gone: Callable[[], bool] | None = None) -> tuple[dict, Iterator[bytes]]:
        deadline = time.monotonic() + timeout
        wait = timeout if self.queue_wait is None else min(timeout, self.queue_wait)
        try:  # waiting for a free worker counts against the same deadline
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise WorkersBusy(f"every query worker was busy for {wait:g} s; try again "
                              "later") from None
        if worker is None or worker.proc.poll() is not None:
            worker = _Worker(self.location, self.network, self.memory_mb)
        try:
            try:
                worker.send.send(req)
            except OSError:  # it died since its last query (killed, out of memory): once more
                self._discard(worker, replace=False)
                worker = _Worker(self.location, self.network, self.memory_mb)
                worker.send.send(req)
            kind, payload = self._next(worker, deadline, timeout, gone)
        except BaseException:
            self._discard(worker)
            raise
        if kind == "E":
            err = json.loads(payload)
            if err.get("memory"):  # its heap is in an unknown state: a fresh worker instead
                self._discard(worker)
                raise QueryMemoryLimit(self.memory_mb)
            self._idle.put(worker)
            raise error_for(err["status"], err["message"])
        if kind == "A":  # a small answer, complete: no streaming needed
            self._idle.put(worker)
            size = int.from_bytes(payload[:4], "big")
            return json.loads(payload[4:4 + size]), (payload[4 + size:],)
        return json.loads(payload), self._body(worker, deadline, timeout)

    def _next(self, worker: _Worker, deadline: float, timeout: float,
              gone: Callable[[], bool] | None = None) -> tuple[str, bytes]:
        while True:
            wait = deadline - time.monotonic()
            if worker.recv.poll(max(0.0, wait if gone is None else min(wait, GONE_POLL_S))):
                break
            if time.monotonic() >= deadline:
                raise QueryTimeout(f"the query ran longer than the limit of {timeout:g} s and was "
                                   "stopped; narrow it (LIMIT, more specific patterns) and try "
                                   "again")
            if gone is not None and gone():  # nobody waits for the answer: stop the work
                raise QueryCancelled("the client closed the connection before the answer was "
                                     "ready; the query was stopped")
        try:
            frame = worker.recv.recv_bytes()
        except EOFError as exc:
            code, stderr = worker.death()
            panic = engine_panic(stderr)
            if panic is not None:
                raise QueryEngineFault(panic) from exc
            if self.memory_mb > 0 and code in (-6, -9):  # an allocation past the limit aborts
                raise QueryMemoryLimit(self.memory_mb) from exc
            raise StoreError(f"the query worker died (exit status {code}); a fresh one "
                             "answers the next query") from exc
        return chr(frame[0]), frame[1:]

    def _body(self, worker: _Worker, deadline: float, timeout: float) -> Iterator[bytes]:
        done = False
        try:
            while True:
                kind, payload = self._next(worker, deadline, timeout)
                if kind == "D":
                    yield payload
                elif kind == "Z":
                    done = True
                    return
                else:  # an error after the status was sent: all we can do is cut the body
                    done = True
                    raise StoreError(json.loads(payload)["message"])
        finally:
            # a client that went away or a deadline mid-stream: the worker is still busy, kill it
            if done:
                self._idle.put(worker)
            else:
                self._discard(worker)

    def _discard(self, worker: _Worker, *, replace: bool = True) -> None:
        threading.Thread(target=worker.kill, daemon=True).start()
        if replace:
            self._idle.put(None)  # started again when it is needed

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                return
            if w is not None:
                w.kill()


class _OverBudget(Exception):
    """An in-thread run went past its byte or time budget: the query goes to a worker."""


class _Budget:
    """File-like: the in-thread answer, in memory, checked against its budget at every write,
    so a run that turns out larger or slower than it was proven stops at its next row."""

    def __init__(self, max_bytes: int, max_ms: float):
        self.buffer, self.max_bytes = io.BytesIO(), max_bytes
        self.deadline = time.perf_counter() + max_ms / 1000

    def write(self, data: bytes) -> int:
        if self.buffer.tell() + len(data) >= self.max_bytes or time.perf_counter() > self.deadline:
            raise _OverBudget
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


STDERR_LINES = 40  # lines of a worker's stderr kept to explain its death


def engine_panic(stderr: str) -> str | None:
    """The message for a worker whose stderr shows a Rust panic inside pyoxigraph ("thread …
    panicked at FILE:LINE:COL:" then the panic's message), or None. Rust aborts the process after such a
    panic (SIGABRT), exactly as after a failed allocation: only stderr tells them apart."""
    lines = stderr.splitlines()
    at = next((i for i in range(len(lines) - 1, -1, -1) if "panicked at" in lines[i]), None)
    if at is None:
        return None
    parts = []
    for line in lines[at + 1:at + 4]:  # the message, up to the backtrace or the note about it
        if line.startswith(("stack backtrace:", "note:")):
            break
        parts.append(line.strip())
    said = " ".join(filter(None, parts)) or "(no message)"
    message = (f"the query engine (pyoxigraph) crashed on this query with the error "
               f"{without_paths(said)!r}; the query worker was replaced")
    if "total order" in said:  # Rust's sort checks the order it is given (since Rust 1.81)
        message += (". This is a known fault of pyoxigraph 0.5: ORDER BY over values it cannot "
                    "order consistently, such as xsd:dateTime values with and without a timezone, "
                    "makes its sort panic. Sort on STR(?x), or on values that all have a timezone")
    return message


def _quick_key(req: dict) -> bytes:
    """A fixed-size digest of everything that decides a query's work and answer."""
    return hashlib.blake2b(repr(sorted(req.items())).encode(), digest_size=16).digest()


def run_in_thread(store: ox.Store, req: dict, out: IO[bytes], on_kind: Any, timeout: float,
                  on_cut: Callable[[], None] | None = None) -> None:
    """The fallback for in-memory stores: the deadline is checked as output is written, so a query
    that streams is stopped, but one that computes everything before its first row is not."""
    deadline = time.monotonic() + timeout

    class _Deadline:
        def write(self, data: bytes) -> int:
            if time.monotonic() > deadline:
                raise QueryTimeout(f"the query ran longer than the limit of {timeout:g} s and was "
                                   "stopped")
            return out.write(data)

        def flush(self) -> None:
            pass

    evaluate(store, req, _Deadline(), on_kind, on_cut)


class ThreadRunner:
    """The query runner of an in-memory store (or with no query workers): each query runs in a
    thread of this process (`run_in_thread`), streamed through kg.export.start_stream."""

    workers = 0

    def __init__(self, local: Callable[[], ox.Store]):
        self.local = local
        self.stats = {"worker": 0, "thread": 0}
        self._running = 0
        self._count_lock = threading.Lock()

    def run(self, req: dict, timeout: float,
            gone: Callable[[], bool] | None = None) -> tuple[dict, Iterator[bytes]]:
        # `gone` is not watched: a query in this thread cannot be stopped from outside
        from kg.export import start_stream

        def answer(held: IO[bytes]) -> dict:
            header: dict = {}

            def on_kind(kind: str, fmt: Any) -> None:
                if isinstance(fmt, dict):
                    raise error_for(fmt["status"], fmt["message"])
                header.update(kind=kind, format=fmt)

            def on_cut() -> None:
                header["cut"] = req["max_rows"]

            try:
                run_in_thread(self.local(), req, held, on_kind, timeout, on_cut)
            except OSError as exc:
                raise error_for(502 if "http" in str(exc).lower() else 500,
                                f"the query failed: {without_paths(str(exc))}") from exc
            return header

        def work(out: IO[bytes], announce: Callable[[dict], None]) -> None:
            with self._count_lock:
                self._running += 1
            try:
                send_held(answer, out, announce)
            finally:
                with self._count_lock:
                    self._running -= 1

        self.stats["thread"] += 1
        return start_stream(work)

    def busy(self) -> int:
        return self._running

    @property
    def closed(self) -> bool:
        return False

    def close(self) -> None:
        pass
