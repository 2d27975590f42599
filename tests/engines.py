"""Real SPARQL engines for the tests: Oxigraph server and Virtuoso Open Source, each started on a
free loopback port with its own configuration in a scratch folder and stopped afterwards; and
`BACKENDS`, the settings of a new, empty store of every backend, which the tests that must hold on
every backend are parametrised over."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.settings import Settings
from tests.live_process import free_port

# Virtuoso's built-in administrator; the engine is bound to loopback and lives in a scratch folder.
VIRTUOSO_USER = "dba"
VIRTUOSO_PASSWORD = "dba"

_VIRTUOSO_INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {max_seconds}
"""
# The engines' own query time limit, as docs/deployment.md advises: a query newskg gave up on
# stops there, instead of keeping a core busy.
ENGINE_QUERY_LIMIT = 60


@dataclass
class Engine:
    """A running engine: where its protocols answer, the credentials it asks for, its process."""

    name: str
    query_url: str
    update_url: str
    graph_store_url: str | None
    user: str | None = None
    password: str | None = None
    process: subprocess.Popen | None = field(default=None, repr=False)

    def settings_env(self) -> dict[str, str]:
        """The KG_STORE_* variables that point newskg at this engine."""
        env = {"KG_STORE_QUERY_URL": self.query_url, "KG_STORE_UPDATE_URL": self.update_url}
        if self.graph_store_url:
            env["KG_STORE_GRAPH_STORE_URL"] = self.graph_store_url
        if self.user:
            env["KG_STORE_USER"] = self.user
            env["KG_STORE_PASSWORD"] = self.password or ""
        return env

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def oxigraph_command() -> str | None:
    """The `oxigraph` server binary of the project's environment (PyPI package `oxigraph`)."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def virtuoso_command() -> str | None:
    """`virtuoso-t` of Debian's `virtuoso-opensource`, when installed."""
    return shutil.which("virtuoso-t")


def _wait_for(url: str, process: subprocess.Popen, log: Path, seconds: float) -> None:
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"engine exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"engine did not answer {url} within {seconds} s: {log.read_text()[-2000:]}")


def start_oxigraph(folder: Path, max_seconds: int = ENGINE_QUERY_LIMIT) -> Engine:
    """`oxigraph serve` on a fresh store: /query, /update and /store (the Graph Store Protocol);
    it stops a query after `max_seconds`."""
    command = oxigraph_command()
    if command is None:
        raise FileNotFoundError("the oxigraph server (PyPI package `oxigraph`) is not installed")
    port = free_port()
    log = folder / "oxigraph.log"
    process = subprocess.Popen(
        [command, "serve", "--location", str(folder / "store"), "--bind", f"127.0.0.1:{port}",
         "--timeout-s", str(max_seconds)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    _wait_for(base + "/query", process, log, 60)
    return Engine("oxigraph-server", base + "/query", base + "/update", base + "/store",
                  process=process)


def start_virtuoso(folder: Path, max_seconds: int = ENGINE_QUERY_LIMIT) -> Engine:
    """`virtuoso-t` in the foreground on a fresh database: /sparql for queries, /sparql-auth and
    /sparql-graph-crud-auth (HTTP digest authentication) for writes; it stops a query after
    `max_seconds`."""
    command = virtuoso_command()
    if command is None:
        raise FileNotFoundError("virtuoso-t (Debian package virtuoso-opensource) is not installed")
    http_port, sql_port = free_port(), free_port()
    ini = _VIRTUOSO_INI.format(http_port=http_port, sql_port=sql_port, max_seconds=max_seconds)
    (folder / "virtuoso.ini").write_text(ini)
    log = folder / "server.log"
    process = subprocess.Popen([command, "+foreground", "+configfile", "virtuoso.ini"], cwd=folder,
                               stdout=log.open("wb"), stderr=subprocess.STDOUT,
                               env={**os.environ, "HOME": str(folder)})
    base = f"http://127.0.0.1:{http_port}"
    _wait_for(base + "/sparql", process, log, 120)
    return Engine("virtuoso", base + "/sparql", base + "/sparql-auth",
                  base + "/sparql-graph-crud-auth", VIRTUOSO_USER, VIRTUOSO_PASSWORD, process)


_RUNNING: dict[str, Engine] = {}
_STARTERS = {"oxigraph-server": (oxigraph_command, start_oxigraph),
             "virtuoso": (virtuoso_command, start_virtuoso)}


def shared_engine(name: str) -> Engine | None:
    """One engine of each kind for the whole test run (Virtuoso takes ~10 s to start), stopped
    when the run ends; None when it is not installed."""
    import atexit
    import tempfile

    if name not in _RUNNING:
        installed, start = _STARTERS[name]
        if installed() is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix=f"newskg-{name}-"))
        _RUNNING[name] = start(folder)
        atexit.register(_RUNNING[name].stop)
        atexit.register(shutil.rmtree, folder, True)
    return _RUNNING[name]


def emptied(engine: Engine) -> Engine:
    """`engine` with every graph newskg may have written dropped: a new, empty store."""
    from kg.store.remote.client import Client, Endpoints
    from kg.store.remote.store import META_GRAPH
    from kg.store.remote.union import CATALOGUE_GRAPH, UNION_GRAPH

    client = Client(Endpoints(engine.query_url, engine.update_url, engine.graph_store_url,
                              engine.user, engine.password))
    if engine.name == "virtuoso":  # its own graphs (virtrdf …) must stay
        with client.query(f"SELECT ?g WHERE {{ GRAPH <{CATALOGUE_GRAPH}> {{ ?g ?p ?o }} }}",
                          "application/sparql-results+json") as answer:
            import json
            names = [b["g"]["value"] for b in json.loads(answer.read())["results"]["bindings"]]
        drops = [f"DROP SILENT GRAPH <{g}>" for g in names + [UNION_GRAPH, CATALOGUE_GRAPH, META_GRAPH]]
        client.update(" ;\n".join(drops))
    else:
        client.update("DROP ALL")
    return engine


def _embedded_on_disk(tmp_path: Path) -> Settings:
    return Settings(store=str(tmp_path / "store"), store_backend="oxigraph")


def _embedded_in_memory(tmp_path: Path) -> Settings:
    return Settings(store=":memory:", store_backend="oxigraph")


def _remote(name: str) -> Callable[[Path], Settings]:
    """A SPARQL 1.1 engine started on loopback for the whole run, emptied for each test."""
    def settings(tmp_path: Path) -> Settings:
        engine = shared_engine(name)
        if engine is None:
            pytest.skip(f"{name} is not installed (scripts/test-deps.sh installs it)")
        env = emptied(engine).settings_env()
        return Settings(store_query_url=env["KG_STORE_QUERY_URL"],
                        store_update_url=env["KG_STORE_UPDATE_URL"],
                        store_graph_store_url=env.get("KG_STORE_GRAPH_STORE_URL", ""),
                        store_user=env.get("KG_STORE_USER", ""),
                        store_password=env.get("KG_STORE_PASSWORD", ""))

    return settings


# backend → the settings of a new, empty store of it in `tmp_path`; a new backend is tested by
# adding its line here
BACKENDS: dict[str, Callable[[Path], Settings]] = {
    "oxigraph": _embedded_on_disk,
    "oxigraph-memory": _embedded_in_memory,
    "oxigraph-server": _remote("oxigraph-server"),
    "virtuoso": _remote("virtuoso"),
}
# the backends a server is deployed on: the embedded store on disk and each remote engine
SERVED = ["oxigraph", "oxigraph-server", "virtuoso"]
