"""Streamed output: run a writer that expects a binary file in a thread and yield what it writes.

Dumps and query results are written by the store's backend into a file object; this turns that
into an iterator of byte chunks with a bounded buffer, so memory stays flat however large the
output.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any

_CHUNK = 64 * 1024
_DONE = object()


class _Closed(Exception):
    """The reader went away (client disconnected); the writer stops."""


class _QueueWriter(io.RawIOBase):
    def __init__(self, q: queue.Queue, stop: threading.Event):
        self.q, self.stop = q, stop
        self.buf = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        if self.stop.is_set():
            raise _Closed()
        self.buf += data
        if len(self.buf) >= _CHUNK:
            self._put(bytes(self.buf))
            self.buf.clear()
        return len(data)

    def _put(self, item) -> None:
        while True:
            try:
                self.q.put(item, timeout=0.5)
                return
            except queue.Full:
                if self.stop.is_set():
                    raise _Closed() from None

    def flush_all(self) -> None:
        if self.buf:
            self._put(bytes(self.buf))
            self.buf.clear()


def stream(write: Callable[[IO[bytes]], None], *, gzipped: bool = False) -> Iterator[bytes]:
    """Yield the bytes `write(file)` produces, as it produces them."""
    def work(out: IO[bytes], announce: Callable[[Any], None]) -> None:
        announce(None)
        write(out)

    return start_stream(work, gzipped=gzipped)[1]


def start_stream(work: Callable[[IO[bytes], Callable[[Any], None]], None], *,
                 gzipped: bool = False) -> tuple[Any, Iterator[bytes]]:
    """Run `work(file, announce)` in its own thread; return what it announces and its output.

    `work` calls `announce(value)` once it knows it will succeed (e.g. the query parsed and its
    result format is chosen); an exception before that is raised here, in the caller's thread, so
    the caller can still answer with an error status. Everything `work` needs that cannot cross
    threads (a backend's query results) must be made inside `work`.
    """
    q: queue.Queue = queue.Queue(maxsize=16)
    stop = threading.Event()
    announced: queue.Queue = queue.Queue(maxsize=1)
    errors: list[BaseException] = []
    # whether `work` announced: the caller takes the announcement off the queue at once, so the
    # queue's emptiness cannot tell an error before it from one after it
    said: list[bool] = []

    def announce(value: Any) -> None:
        said.append(True)
        announced.put(("ok", value))

    def run() -> None:
        w = _QueueWriter(q, stop)
        try:
            if gzipped:
                with gzip.GzipFile(fileobj=w, mode="wb", mtime=0) as gz:
                    work(gz, announce)
            else:
                work(w, announce)
            w.flush_all()
        except _Closed:
            return
        except BaseException as exc:  # handed to the reader, which re-raises it
            # without this thread's frames: what they hold is freed here, where it was made
            # (pyoxigraph's query answers must not be dropped in another thread)
            exc = exc.with_traceback(None)
            if not said:
                announced.put(("error", exc))
                return
            errors.append(exc)
        finally:
            try:
                q.put(_DONE, timeout=5)
            except queue.Full:
                pass

    t = threading.Thread(target=run, daemon=True, name="kg-stream")
    t.start()
    status, value = announced.get()
    if status == "error":
        raise value

    def chunks() -> Iterator[bytes]:
        try:
            while True:
                item = q.get()
                if item is _DONE:
                    break
                yield item
            if errors:
                raise errors[0]
        finally:
            stop.set()

    return value, chunks()


def etag(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32]


def cached(path: str, produce: Iterator[bytes] | Callable[[], Iterator[bytes]], *,
           still_valid: Callable[[], bool] = lambda: True) -> Iterator[bytes]:
    """The bytes of file `path` if it exists; else those of `produce()`, kept in `path` as they
    pass (renamed into place only when complete and `still_valid()`), so the next request for the
    same content is a file read."""
    import os
    import tempfile

    if os.path.exists(path):
        def read() -> Iterator[bytes]:
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    yield chunk
        return read()

    def tee() -> Iterator[bytes]:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".part-")
        except OSError:  # no room or no right to keep a copy: serve it all the same
            yield from (produce() if callable(produce) else produce)
            return
        complete = False
        try:
            with os.fdopen(fd, "wb") as f:
                for chunk in (produce() if callable(produce) else produce):
                    f.write(chunk)
                    yield chunk
            complete = True
        finally:
            if complete and still_valid():
                os.replace(tmp, path)
            else:
                os.unlink(tmp)
    return tee()


def limit_malloc_arenas(count: int = 2) -> None:
    """Bound the server's malloc arenas. glibc gives each thread that allocates its own arena and
    keeps each one's high-water mark, so large buffers passing through many server threads (dump
    and result chunks) grow the process by up to a chunk's worth per thread and arena. Only
    effective before a second thread allocates; left alone when MALLOC_ARENA_MAX is set or the C
    library is not glibc."""
    if "MALLOC_ARENA_MAX" in os.environ or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-8, count)  # -8: M_ARENA_MAX
    except (OSError, AttributeError):
        pass
