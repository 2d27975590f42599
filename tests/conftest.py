"""Shared fixtures: settings on a temporary store, a store, the Flask app and a live server on a
free loopback port, and the path of the shared corpus (tests that need it skip without it)."""

from __future__ import annotations

import contextlib
import signal
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
# The query time limit of the servers the timeout tests start: long enough that a quick query, or a
# query worker starting, is never cut on a loaded machine; their heavy queries run far longer.
QUERY_LIMIT_S = 4.0


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


@contextlib.contextmanager
def serving(app):
    """The app under waitress on a free loopback port; yields its base URL."""
    from server.serving import create_server

    # the OS picks a free port; the limits are the app's settings, as `kg serve` sets them
    server = create_server(app, app.config["KG_SETTINGS"].replace(threads=4), "127.0.0.1", 0)
    port = server.effective_port
    stopping = threading.Event()

    def run() -> None:
        try:
            server.run()
        except OSError:  # select() on the socket closed below
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # poll until it answers, never a fixed sleep
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.02)
    try:
        yield url
    finally:
        stopping.set()
        server.task_dispatcher.shutdown()
        server.close()
        thread.join(timeout=5)
        pool = app.extensions.get("kg_query_pool")
        if pool is not None:  # the SPARQL query worker processes
            pool.close()


EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"


def T(s: str, p: str, o):
    """A triple of example IRIs: `o` is an IRI when it starts with http, else a literal."""
    import pyoxigraph as ox

    obj = ox.Literal(o) if not str(o).startswith("http") else ox.NamedNode(o)
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj)


@pytest.fixture
def seeded(store):
    """`store` with two graphs that share one triple (the union holds it once)."""
    shared = T("putin", "label", "Путин")
    store.replace_graphs({G1: {shared, T("a", "knows", EX + "b")},
                          G2: {shared, T("c", "knows", EX + "d")}})
    return store


@contextlib.contextmanager
def serve(settings, store):
    """A second app over `store` with other `settings`, served; yields (base URL, app)."""
    from server import create_app

    app = create_app(settings, store=store)
    with serving(app) as url:
        yield url, app


@pytest.fixture
def live_server(app):
    """The app under waitress on a free loopback port; yields its base URL."""
    with serving(app) as url:
        yield url


def _span(text: str, part: str, nth: int = 0) -> "Span":
    from kg.records import Span

    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


@pytest.fixture
def linked_store(settings, store) -> dict[str, str]:
    """Two hand-written documents stored through the real build, SHACL gate and store: entities
    with Wikidata links, a dated meeting, a statement, a year-less phone call, and a non-ASCII
    document id. Returns the IRIs the tests look up."""
    from datetime import date

    from kg.pipeline import store_extraction
    from kg.records import Document, Entity, Event, Extraction, Link, Statement, TimeValue

    t1 = ("Президент Франции Эмманюэль Макрон 3 марта 2022 года встретился в Берлине с канцлером "
          "Германии Олафом Шольцем. Макрон заявил: «Шольц — наш друг». Позже Шольц провёл переговоры с ООН.")
    s = lambda part, nth=0: _span(t1, part, nth)  # noqa: E731
    ents = (
        Entity("m", "person", "Эмманюэль Макрон", (s("Эмманюэль Макрон"), s("Макрон", 1)),
               job_title="президент Франции", affiliation="fr",
               link=Link("Q3052772", 0.95, "gazetteer", "Emmanuel Macron", "Эмманюэль Макрон")),
        Entity("s", "person", "Олаф Шольц", (s("Олафом Шольцем"), s("Шольц", 1), s("Шольц", 2)),
               job_title="канцлер Германии", link=Link("Q61053", 0.9, "gazetteer", "Olaf Scholz")),
        Entity("fr", "country", "Франция", (s("Франции"),), link=Link("Q142", 0.99, "gazetteer")),
        Entity("b", "place", "Берлин", (s("Берлине"),), link=Link("Q64", 0.99, "gazetteer")),
        Entity("un", "organization", "ООН", (s("ООН"),)),
    )
    doc1 = Document("статья-1", t1, title="Макрон встретился с Шольцем", published=date(2022, 3, 3))
    store_extraction(Extraction(doc1, ents, events=(
        Event("e1", "Meeting", s("встретился"), agents=("m",), targets=("s",), place="b",
              time=TimeValue(s("3 марта 2022 года"), begin=date(2022, 3, 3))),
        Event("e2", "Negotiation", s("переговоры"), agents=("s",), targets=("un",)),
    ), statements=(Statement("st", s("заявил"), speaker="m", quote=s("Шольц — наш друг")),)),
        settings=settings, store=store)
    t2 = "Олаф Шольц 5 мая позвонил Эмманюэлю Макрону."
    s2 = lambda part: _span(t2, part)  # noqa: E731
    store_extraction(Extraction(Document("doc-2", t2), (
        Entity("s", "person", "Олаф Шольц", (s2("Олаф Шольц"),), link=Link("Q61053", 0.9, "gazetteer")),
        Entity("m", "person", "Эмманюэль Макрон", (s2("Эмманюэлю Макрону"),),
               link=Link("Q3052772", 0.95, "gazetteer", "Emmanuel Macron", "Эмманюэль Макрон")),
    ), events=(Event("c", "PhoneCall", s2("позвонил"), agents=("s",), targets=("m",),
                     time=TimeValue(s2("5 мая"), month=5, day=5)),)), settings=settings, store=store)
    b = settings.base
    return {"doc1": f"{b}doc/статья-1", "doc2": f"{b}doc/doc-2", "macron": f"{b}entity/emmanyuel-makron",
            "scholz": f"{b}entity/olaf-sholts", "meeting": f"{b}event/статья-1-{t1.index('встретился')}",
            "call": f"{b}event/doc-2-{t2.index('позвонил')}", "statement": f"{b}event/статья-1-{t1.index('заявил')}"}


@pytest.fixture
def alarm():
    """Fail, rather than hang the suite, if a search (reference resolution on a parse cycle) loops."""
    def _raise(*_):
        raise TimeoutError("reference resolution did not stop")
    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)
