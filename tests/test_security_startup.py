"""Start-up and data safety, with real `kg serve` processes: the server never creates a store (a
mistyped --store is refused, saying so), a damaged store is a message and not a traceback, the
scratch copy a killed update leaves is removed at the next start, and an unusable KG_TOKEN is
refused before serving."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import TOKEN
from tests.live_process import KG, answers, kg_serve, make_store


def serve_fails(store: Path, env: dict | None = None) -> tuple[int, str]:
    """Run `kg serve` that must stop by itself; (exit code, stderr)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    proc = subprocess.run([KG, "serve", "--store", str(store), "--port", "1"],
                          env={**full_env, **(env or {})}, capture_output=True, text=True,
                          timeout=60)
    return proc.returncode, proc.stderr


def test_serve_refuses_a_store_folder_that_does_not_exist(tmp_path):
    missing = tmp_path / "stroe"
    code, err = serve_fails(missing)
    assert code != 0 and "no store at" in err and "does not exist" in err and "--store" in err
    assert "Traceback" not in err
    assert not missing.exists()  # nothing created


def test_serve_refuses_a_folder_that_holds_no_store(tmp_path):
    (tmp_path / "notes.txt").write_text("not a store")
    code, err = serve_fails(tmp_path)
    assert code != 0 and "holds no store" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_damaged_store_is_named_and_not_a_traceback(tmp_path):
    store = make_store(tmp_path / "store")
    (store / "CURRENT").write_text("garbage\n")
    code, err = serve_fails(store)
    assert code != 0 and "damaged" in err and "Traceback" not in err


@pytest.mark.parametrize("token, says", [("x", "at least 12"), (f" {TOKEN} ", "white space"),
                                         (f"{TOKEN}\n", "white space")])
def test_serve_refuses_an_unusable_token(tmp_path, token, says):
    code, err = serve_fails(make_store(tmp_path / "store"), {"KG_TOKEN": token})
    assert code != 0 and says in err and "Traceback" not in err


KILLED_UPDATE = textwrap.dedent("""
    import sys
    from kg.store import open_store
    from kg.store.oxigraph.update import apply_update
    store = open_store(sys.argv[1])
    # a cross join: slow enough to be killed while it runs on the scratch copy
    apply_update(store, "INSERT { GRAPH <http://example.org/g2> { ?a <http://example.org/q> ?i } } "
                        "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", lambda name, triples: None)
""")


def test_the_scratch_copy_of_a_killed_update_is_removed_at_the_next_start(tmp_path):
    from kg.store import open_store

    path = tmp_path / "store"
    store = open_store(str(path))
    store.replace_graphs({"http://example.org/g": {
        ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                  ox.Literal(str(i))) for i in range(200)}})
    store.close()
    del store
    neighbour = tmp_path / ".kg-update-other-store.abcdefgh"  # another store's: left alone
    neighbour.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_UPDATE, str(path)], cwd=Path.cwd())
    try:
        deadline = time.monotonic() + 60
        while not [p for p in tmp_path.glob(".kg-update-store.*")]:
            assert proc.poll() is None and time.monotonic() < deadline, "no scratch copy appeared"
            time.sleep(0.05)
        time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(tmp_path.glob(".kg-update-store.*"))  # what the killed update left
    with kg_serve(path) as (url, _):
        assert answers(url)
        assert not list(tmp_path.glob(".kg-update-store.*"))
    assert neighbour.is_dir()


@pytest.fixture
def small_disk(tmp_path):
    """A 40 MB file system (tmpfs), so that a test can fill it; needs root (skips otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("filling a disk needs a small file system: mount (as root) is not available")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_writes_work_again_once_a_full_disk_has_space_without_a_restart(small_disk, settings):
    import urllib.parse

    from kg.store import open_store
    from tests.conftest import serve
    from tests.live_process import request

    store = open_store(str(small_disk / "store"))
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"}

    def put(graph: str, n: int) -> int:
        body = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{graph} {i} {"x" * 200}" .\n'
                       for i in range(n)).encode()
        url_ = f"{url}/graph-store?{urllib.parse.urlencode({'graph': 'http://example.org/' + graph})}"
        return request(url_, body, auth, "PUT")[0]

    try:
        with serve(settings.replace(store=str(small_disk / "store"), query_workers=0), store) as (url, _):
            assert put("before", 100) == 201
            fill = small_disk / "fill"
            with open(fill, "wb") as f:
                with pytest.raises(OSError):
                    while True:
                        f.write(b"\0" * (1 << 20))
                        f.flush()
            assert put("full", 5000) == 500  # the disk is full: refused, nothing half-stored
            fill.unlink()
            assert put("after", 50) == 201  # space again: writes work, no restart
            assert store.graph_names() == ["http://example.org/after", "http://example.org/before"]
    finally:
        store.close()
