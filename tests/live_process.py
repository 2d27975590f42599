"""`kg serve` as its own process on a free loopback port, for tests where the server may crash
(a crash then fails the test instead of killing the test run) or where start-up is tested."""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

KG = str(Path(sys.executable).with_name("kg"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_store(path: Path) -> Path:
    """An empty on-disk store at `path` (a served store must exist)."""
    from kg.store import open_store

    store = open_store(str(path))
    store.close()
    del store
    return path


def request(url: str, data: bytes | None = None, headers: dict | None = None,
            method: str | None = None, timeout: float = 60) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def answers(url: str) -> bool:
    """Whether the server at `url` answers `ASK {}` correctly."""
    try:
        status, _, body = request(f"{url}/sparql?{urllib.parse.urlencode({'query': 'ASK {}'})}",
                                  headers={"Accept": "application/sparql-results+json"}, timeout=20)
    except OSError:
        return False
    return status == 200 and b'"boolean"' in body


@contextlib.contextmanager
def kg_serve(store: Path, env: dict[str, str] | None = None, memory_bytes: int | None = None,
             args: tuple[str, ...] = ()) -> Iterator[tuple[str, subprocess.Popen]]:
    """`kg serve` over `store` with `KG_*` variables `env`, its address space capped at
    `memory_bytes` if given; yields (base URL, process) once it answers."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    full_env.update({"KG_DUMP_DELAY": "-1", **(env or {})})

    def limit() -> None:
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), *args],
                            env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=limit)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not answers(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                out, err = proc.communicate(timeout=5) if proc.poll() is not None else (b"", b"")
                raise RuntimeError(f"kg serve did not start: {err.decode()[-2000:]}")
            time.sleep(0.1)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
