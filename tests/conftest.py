"""Shared fixtures: settings on a temporary store, a store, the Flask app and a live server on a
free loopback port, and the path of the shared corpus (tests that need it skip without it)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
TOKEN = "test-token-123"


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"needs the shared corpus beside the project: {path} is missing")
    return path


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.load({"store": str(tmp_path / "store"), "token": TOKEN}, environ={})


@pytest.fixture
def store(settings):
    from kg.store import open_store

    s = open_store(settings.store)
    yield s
    s.close()


@pytest.fixture
def app(settings, store):
    from server import create_app

    return create_app(settings, store=store)


@pytest.fixture
def client(app):
    return app.test_client()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(app):
    """The app under waitress on a free loopback port; yields its base URL."""
    from waitress.server import create_server

    port = _free_port()
    server = create_server(app, host="127.0.0.1", port=port, threads=4, _quiet=True)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # poll until it answers, never a fixed sleep
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.02)
    yield url
    server.close()
