"""Dump files written ahead of downloads: once the store's write generation has settled, a child
process writes the whole-store dumps of that generation beside the store, so downloads are file
reads and the server process never serialises (nor caches) the whole store itself.

A file is named by the store's version (ETag seed + generation) and format: `<version>.<ext>`.
The child writes temporary files; the server renames each into place only while holding the
store's write lock and seeing the same generation the child was started for, so a file always
holds the state its name says. A newer write kills the child of an older generation. A download
before the file is ready is streamed from another child (`stream_from_child`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import StoreError
from kg.export import etag
from kg.rdf.formats import RDF_FORMATS

ALWAYS = ("nt", "nq")  # prepared for every generation; other formats once someone downloaded them
_PART = ".part-"  # temporary files; a download's own copy (kg.export.cached) uses this prefix too
_PREP = _PART + "prep-"
_READ = 256 * 1024  # bytes per read from a streaming child's pipe or a file being written


def cache_folder(store: Any) -> str | None:
    """Where the dump files of an on-disk store live (beside it); None for an in-memory store."""
    if getattr(store, "in_memory", True):
        return None
    location = os.path.abspath(store.location)
    return os.path.join(os.path.dirname(location), f".{os.path.basename(location)}-dumps")


def store_version(store: Any, generation: int | None = None) -> str:
    """The name shared by every dump file of one store state."""
    gen = store.generation if generation is None else generation
    return etag(getattr(store, "etag_seed", ""), gen)


def forget_other_versions(folder: str, version: str) -> None:
    """Dumps of other generations are stale: remove them (a reader still streaming keeps its
    open file); temporary files are left to whoever writes them."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not name.startswith((version, _PART)):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:  # gone already, or not ours to remove
                pass


def _closed(store: Any) -> bool:
    try:
        return store.raw is None
    except AttributeError:
        return False


def _python_child(main: str, store: Any, arg: str) -> subprocess.Popen:
    """Start `kg.store.oxigraph.dump_files.<main>(store location, arg, our pid)` in a Python
    child whose stdout is a pipe to us."""
    # the child imports this package from where the server found it, installed or not
    root = str(Path(__file__).resolve().parents[3])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
    return subprocess.Popen(
        [sys.executable, "-c", f"import sys; from kg.store.oxigraph.dump_files import {main}; "
                               f"{main}(sys.argv[1], sys.argv[2], int(sys.argv[3]))",
         os.path.abspath(store.location), arg, str(os.getpid())],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, close_fds=True, env=env)


def stream_from_child(store: Any, ext: str) -> Iterator[bytes]:
    """The dump in format `ext` (e.g. "nt", "nq.gz") of an on-disk store, written by a child
    process and read from its pipe: the same bytes as `kg dump`, without the server's memory or
    GIL. A reader that stops early kills the child."""
    proc = _python_child("_stream_main", store, ext)
    done = False
    try:
        while chunk := proc.stdout.read1(_READ):
            yield chunk
        done = proc.wait() == 0
        if not done:
            raise StoreError(f"the dump stopped: its process exited with {proc.returncode}")
    finally:
        if not done and proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()


class _Job:
    """One child process writing the dumps of one generation."""

    def __init__(self, store: Any, folder: str, generation: int, exts: list[str]):
        self.generation, self.version = generation, store_version(store, generation)
        self.parts = {ext: os.path.join(folder, f"{_PREP}{self.version}.{ext}") for ext in exts}
        for part in self.parts.values():  # created now, so a download can follow one at once
            open(part, "wb").close()
        self.proc = _python_child("_child_main", store, json.dumps(self.parts))
        self.complete: set[str] = set()  # formats the child has finished writing
        self.done: list[str] = []  # formats renamed into place
        self.reader: threading.Thread | None = None  # reads the child's reports, renames files

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.remove_parts()

    def remove_parts(self) -> None:
        for ext, part in self.parts.items():
            if ext not in self.done:
                try:
                    os.unlink(part)
                except OSError:
                    pass


def _follow(job: _Job, ext: str, f: IO[bytes]) -> Iterator[bytes]:
    # whole blocks only while the child writes: many small chunks cost the WSGI server memory
    with f:
        while True:
            complete = ext in job.complete
            if complete or os.fstat(f.fileno()).st_size - f.tell() >= _READ:
                if chunk := f.read(_READ):
                    yield chunk
                    continue
                if complete:
                    return
            if job.proc.poll() is not None:
                if job.reader is not None:  # its last report may not be read yet
                    job.reader.join(timeout=5)
                if ext not in job.complete:
                    raise StoreError("the dump was stopped by a newer write; download it again")
                continue
            time.sleep(0.02)


class DumpPreparer:
    """Watches one store's generation from a thread; `delay` seconds after the last write (and
    after start-up) it has a child process write the dump files that are missing."""

    def __init__(self, store: Any, delay: float, *, poll: float | None = None):
        self.store, self.delay = store, delay
        self.folder = cache_folder(store)
        self.poll = poll if poll is not None else min(0.25, max(0.02, delay / 4))
        self._wanted: set[str] = set(ALWAYS)
        self._failed: int | None = None  # the generation whose preparation failed (not retried)
        self._job: _Job | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="kg-dump-preparer")

    def start(self) -> DumpPreparer:
        if self.folder is not None:
            self._adopt_folder()
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def want(self, ext: str) -> None:
        """Prepare `ext` too from the next generation on (someone downloaded it)."""
        with self._lock:
            self._wanted.add(ext)

    def wanted(self) -> list[str]:
        with self._lock:
            rest = sorted(self._wanted - set(ALWAYS))
        return [*ALWAYS, *rest]

    def follow(self, generation: int, ext: str) -> Iterator[bytes] | None:
        """The bytes of `ext` as the preparation under way for `generation` writes them, or None
        when none is writing it. A download during the preparation so costs no second dump; if a
        newer write stops the preparation, the body is cut (its ETag named the older state)."""
        job = self._job
        if job is None or job.generation != generation or ext not in job.parts:
            return None
        try:
            f = open(job.parts[ext], "rb", buffering=0)  # noqa: SIM115 (closed by the generator)
        except OSError:  # the preparation ended meanwhile
            return None
        return _follow(job, ext, f)

    def _adopt_folder(self) -> None:
        """Formats kept from before a restart were downloaded: keep preparing them. Temporary
        files of a child that outlived an earlier server are removed."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(_PREP):
                try:
                    os.unlink(os.path.join(self.folder, name))
                except OSError:
                    pass
            elif not name.startswith(_PART) and "." in name:
                ext = name.split(".", 1)[1]
                if ext.removesuffix(".gz") in RDF_FORMATS:
                    self._wanted.add(ext)

    def _missing(self, generation: int) -> list[str]:
        version = store_version(self.store, generation)
        return [ext for ext in self.wanted()
                if not os.path.exists(os.path.join(self.folder, f"{version}.{ext}"))]

    def _run(self) -> None:
        seen, settled_from = None, time.monotonic()
        try:
            while not self._stop.wait(self.poll):
                if _closed(self.store):
                    return
                generation = self.store.generation
                if generation != seen:
                    seen, settled_from = generation, time.monotonic()
                    self._abandon_older(generation)
                    forget_other_versions(self.folder, store_version(self.store, generation))
                job = self._job
                if job is not None and job.proc.poll() is not None and not job.reader.is_alive():
                    if job.proc.returncode != 0:
                        self._failed = job.generation
                    job.remove_parts()
                    self._job = job = None
                if (job is None and time.monotonic() - settled_from >= self.delay
                        and self._failed != generation and self._missing(generation)):
                    self._begin()
        finally:
            if self._job is not None:
                self._job.kill()
                self._job.reader.join(timeout=5)

    def _abandon_older(self, generation: int) -> None:
        job = self._job
        if job is not None and job.generation != generation:
            job.kill()
            job.reader.join(timeout=5)
            self._job = None

    def _begin(self) -> None:
        lock = self.store.write_lock
        if not lock.acquire(blocking=False):  # a write is under way: it bumps the generation
            return
        try:  # no write runs now, so the generation read here is the state on disk
            generation = self.store.generation
            missing = self._missing(generation)
            if not missing:
                return
            os.makedirs(self.folder, exist_ok=True)
            job = _Job(self.store, self.folder, generation, missing)
        except OSError:
            self._failed = self.store.generation
            return
        finally:
            lock.release()
        job.reader = threading.Thread(target=self._collect, args=(job,), daemon=True,
                                      name="kg-dump-collect")
        job.reader.start()
        self._job = job

    def _collect(self, job: _Job) -> None:
        """Rename each format the child reports finished, if the store is still at its
        generation."""
        try:
            for line in job.proc.stdout:
                ext = line.decode().strip()
                if ext not in job.parts:
                    continue
                job.complete.add(ext)
                with self.store.write_lock:
                    if self.store.generation != job.generation or _closed(self.store):
                        return
                    os.replace(job.parts[ext], os.path.join(self.folder, f"{job.version}.{ext}"))
                    job.done.append(ext)
        finally:
            job.proc.stdout.close()


def _write(store: Any, ext: str, raw: IO[bytes]) -> None:
    import gzip

    key, gz = (ext[:-3], True) if ext.endswith(".gz") else (ext, False)
    if gz:  # the same bytes as `kg dump -o x.gz` and the streamed /dump.*.gz
        with gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as out:
            store.dump(out, RDF_FORMATS[key].key)
    else:
        store.dump(raw, RDF_FORMATS[key].key)


def _child_main(location: str, parts_json: str, parent: int) -> None:
    """In the child: open the store read-only, write each format to its temporary file and say
    so on stdout, one format per line."""
    _die_with_parent(parent)
    from kg.store.oxigraph.store import OxigraphStore

    store = _open_read_only(location, OxigraphStore)
    for ext, part in json.loads(parts_json).items():
        with open(part, "wb") as raw:
            _write(store, ext, raw)
        sys.stdout.write(ext + "\n")
        sys.stdout.flush()


def _stream_main(location: str, ext: str, parent: int) -> None:
    """In the child: write the dump in format `ext` to stdout."""
    _die_with_parent(parent)
    from kg.store.oxigraph.store import OxigraphStore

    store = _open_read_only(location, OxigraphStore)
    try:
        _write(store, ext, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # the reader went away
        os._exit(1)


def _open_read_only(location: str, cls: Any) -> Any:
    # the server may be compacting while a read-only view opens: a file named in the manifest can
    # vanish before it is read; opening again sees the new manifest
    for attempt in range(20):
        try:
            return cls(location, read_only=True)
        except Exception:
            if attempt == 19:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _die_with_parent(parent: int) -> None:
    """A child whose server is gone stops (Linux: PR_SET_PDEATHSIG), rather than finish a dump no
    one will rename."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
        if os.getppid() != parent:
            os._exit(1)
    except (OSError, AttributeError):
        pass



class DumpFiles:
    """The dump files of one on-disk store (`OxigraphStore.dump_files`): the functions above,
    as the store protocol's DumpFiles."""

    def __init__(self, store: Any):
        self.store = store
        self.folder = cache_folder(store)

    def version(self, generation: int | None = None) -> str:
        return store_version(self.store, generation)

    def forget_other_versions(self, version: str) -> None:
        forget_other_versions(self.folder, version)

    def preparer(self, delay: float) -> DumpPreparer:
        return DumpPreparer(self.store, delay).start()

    def stream(self, ext: str) -> Iterator[bytes]:
        return stream_from_child(self.store, ext)
