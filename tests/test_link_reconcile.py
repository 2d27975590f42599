"""Online reconciliation against a real SPARQL endpoint on loopback: `oxigraph serve-read-only`
loaded with tests/data/wikidata-fixture.ttl. No internet is used; a small HTTP server on loopback
stands in for a rate-limiting endpoint."""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.link import annotate
from kg.link.reconcile import USER_AGENT, Reconciler
from kg.records import Document, Entity, Extraction, Span

FIXTURE = Path(__file__).parent / "data" / "wikidata-fixture.ttl"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str:
    exe = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.skip("needs the oxigraph server (pip install oxigraph, in requirements-dev.txt)")
    return exe


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """A read-only Oxigraph SPARQL endpoint on a free loopback port, holding the fixture."""
    exe = _oxigraph()
    location = tmp_path_factory.mktemp("wikidata")
    subprocess.run([exe, "load", "--location", str(location), "--file", str(FIXTURE)],
                   check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    while True:  # poll until it answers, never a fixed sleep
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _doc(text: str, *entities: tuple) -> Extraction:
    out = []
    for key, kind, name, form, *extra in entities:
        start = text.index(form)
        out.append(Entity(key, kind, name, (Span(start, start + len(form), form),), **(extra[0] if extra else {})))
    return annotate(Extraction(Document("t", text), tuple(out)))


def _qid(x: Extraction, key: str) -> str | None:
    e = x.entity(key)
    return e.link.qid if e.link else None


def test_a_unique_label_match_of_the_right_type_links(endpoint, tmp_path):
    x = _doc("Анна Образцова-Тестова приехала.",
             ("a", "person", "Анна Образцова-Тестова", "Анна Образцова-Тестова"))
    e = Reconciler(endpoint, tmp_path).reconcile(x).entity("a")
    assert e.link.qid == "Q90000003" and e.link.method == "wikidata-sparql"
    assert 0 < e.link.confidence < 1


def test_an_alias_match_links(endpoint, tmp_path):
    x = _doc("Анна Тестова приехала.", ("a", "person", "Анна Тестова", "Анна Тестова"))
    assert _qid(Reconciler(endpoint, tmp_path).reconcile(x), "a") == "Q90000003"


def test_the_entity_type_chooses_between_a_town_and_a_club(endpoint, tmp_path):
    rec = Reconciler(endpoint, tmp_path)
    place = _doc("Мы в Новоградске.", ("n", "place", "Новоградск", "Новоградске"))
    club = _doc("Новоградск выиграл.", ("n", "organization", "Новоградск", "Новоградск"))
    assert _qid(rec.reconcile(place), "n") == "Q90000004"
    assert _qid(rec.reconcile(club), "n") == "Q90000005"
    assert rec.reconcile(place).entity("n").link.label_en == "Novogradsk"


def test_an_organisation_is_found_through_a_subclass(endpoint, tmp_path):
    x = _doc("Фонд Примерных Исследований сообщил.",
             ("f", "organization", "Фонд Примерных Исследований", "Фонд Примерных Исследований"))
    assert _qid(Reconciler(endpoint, tmp_path).reconcile(x), "f") == "Q90000006"


def test_the_position_country_picks_one_of_two_namesakes(endpoint, tmp_path):
    x = _doc("Министр иностранных дел России Игорь Примеров заявил.", ("r", "country", "Россия", "России"),
             ("p", "person", "Игорь Примеров", "Игорь Примеров",
              {"job_title": "министр иностранных дел России", "affiliation": "r"}))
    assert _qid(x, "r") == "Q159"  # the gazetteer settled the country offline
    assert _qid(Reconciler(endpoint, tmp_path).reconcile(x), "p") == "Q90000001"


def test_namesakes_the_text_does_not_tell_apart_stay_unlinked(endpoint, tmp_path):
    x = _doc("Игорь Примеров заявил.", ("p", "person", "Игорь Примеров", "Игорь Примеров"))
    assert _qid(Reconciler(endpoint, tmp_path).reconcile(x), "p") is None


def test_the_documents_countries_pick_one_of_two_towns(endpoint, tmp_path):
    rec = Reconciler(endpoint, tmp_path)
    about_russia = _doc("В Тестовке, в России, тепло.", ("t", "place", "Тестовка", "Тестовке"),
                        ("r", "place", "Россия", "России"))
    nowhere = _doc("В Тестовке тепло.", ("t", "place", "Тестовка", "Тестовке"))
    assert _qid(rec.reconcile(about_russia), "t") == "Q90000007"
    assert _qid(rec.reconcile(nowhere), "t") is None


def test_a_second_run_is_answered_from_the_disk_cache(endpoint, tmp_path):
    x = _doc("Анна Тестова приехала.", ("a", "person", "Анна Тестова", "Анна Тестова"))
    first = Reconciler(endpoint, tmp_path)
    assert _qid(first.reconcile(x), "a") == "Q90000003" and first.requests > 0
    second = Reconciler("http://127.0.0.1:9/unreachable", tmp_path)  # would fail if it asked
    second.endpoint = endpoint  # same endpoint, so the same cache entries
    assert _qid(second.reconcile(x), "a") == "Q90000003" and second.requests == 0


def test_an_unreachable_endpoint_leaves_the_entities_as_they_were(tmp_path):
    x = _doc("Анна Тестова в Москве.", ("a", "person", "Анна Тестова", "Анна Тестова"),
             ("m", "place", "Москва", "Москве"))
    rec = Reconciler(f"http://127.0.0.1:{_free_port()}/sparql", tmp_path, timeout=2)
    out = rec.reconcile(x)
    assert out == x and rec.available is False and rec.requests == 1


class _RateLimited(http.server.BaseHTTPRequestHandler):
    """Answers 429 (Retry-After: 0) to the first request, then an empty SPARQL result."""

    calls: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).calls.append(self.headers.get("User-Agent", ""))
        if len(type(self).calls) == 1:
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = json.dumps({"head": {"vars": ["item"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_429_is_retried_after_the_wait_it_asks_for_with_a_polite_user_agent(tmp_path):
    _RateLimited.calls = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RateLimited)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    waits: list[float] = []
    try:
        rec = Reconciler(f"http://127.0.0.1:{server.server_address[1]}/sparql", tmp_path, sleep=waits.append)
        assert rec.select("SELECT ?item WHERE { ?item ?p ?o }") == []
    finally:
        server.shutdown()
        server.server_close()
    assert waits == [0.0] and len(_RateLimited.calls) == 2
    assert all(ua == USER_AGENT and "newskg" in ua for ua in _RateLimited.calls)


def _kg(*args: str) -> str:
    """Runs the `kg` command in its own process, as a user would; its standard output."""
    import sys

    done = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_kg_link_relinks_stored_documents_and_a_second_run_asks_nothing(endpoint, tmp_path):
    article = tmp_path / "anna.txt"
    article.write_text("Вчера Анна Образцова-Тестова прилетела в Москву и встретилась с журналистами.",
                       encoding="utf-8")
    common = ["--store", str(tmp_path / "store"), "--base", "http://example.org/"]
    _kg("ingest", str(article), *common)
    same_as = "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }"
    assert "Q90000003" not in _kg("query", same_as, "--format", "csv", *common)  # not in the gazetteer
    link = ["link", "--endpoint", endpoint, "--link-cache", str(tmp_path / "cache"), *common]
    assert "1 documents" in _kg(*link)
    after = _kg("query", same_as, "--format", "csv", *common)
    assert "http://www.wikidata.org/entity/Q90000003" in after
    assert "http://www.wikidata.org/entity/Q649" in after  # the offline link of Москва is kept
    assert " 0 requests" in _kg(*link)


def test_ingest_with_an_unreachable_endpoint_stores_the_same_graph_as_offline(tmp_path):
    from kg.pipeline import ingest, make_document
    from kg.settings import Settings
    from kg.store import open_store

    text = "Президент России Владимир Путин провёл переговоры с Анной Тестовой в Москве."
    graphs = []
    for name, reconciler in (("offline", None),
                             ("online", Reconciler(f"http://127.0.0.1:{_free_port()}/sparql", tmp_path / "c",
                                                   timeout=2))):
        settings = Settings.load({"store": str(tmp_path / name)}, environ={})
        store = open_store(settings.store)
        try:
            result = ingest(make_document(text, id="d", settings=settings), settings=settings,
                            store=store, reconciler=reconciler)
            graphs.append({t for t in store.graph(result.doc_iri) if "endedAtTime" not in str(t[1])})
        finally:
            store.close()
    assert graphs[0] == graphs[1] and len(graphs[0]) > 20


def test_the_documented_federated_query_joins_our_events_with_the_endpoints_facts(endpoint, settings, store):
    """docs/linking.md's example, with Wikidata's endpoint swapped for the loopback one."""
    import re as _re

    from conftest import serve

    from kg.pipeline import store_extraction
    from kg.records import Event, Link

    docs = (Path(__file__).resolve().parents[1] / "docs" / "linking.md").read_text(encoding="utf-8")
    section = docs[docs.index("## Federated queries"):]
    query = _re.search(r"```sparql\n(.*?)```", section, _re.S).group(1)
    wikidata = "https://query.wikidata.org/sparql"
    assert wikidata in query
    query = query.replace(wikidata, endpoint)
    text = "Игорь Примеров провёл переговоры."
    x = Extraction(Document("fed", text), (Entity(
        "p", "person", "Игорь Примеров", (Span(0, 14, "Игорь Примеров"),),
        link=Link("Q90000001", 0.8, "wikidata-sparql", "Igor Primerov", "Игорь Примеров")),),
        events=(Event("v", "Negotiation", Span(22, 32, "переговоры"), agents=("p",)),))
    store_extraction(x, settings=settings, store=store)
    with serve(settings.replace(federation=endpoint), store) as (url, _):
        request = urllib.request.Request(
            f"{url}/sparql?" + urllib.parse.urlencode({"query": query}),
            headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as resp:
            bindings = json.loads(resp.read())["results"]["bindings"]
    assert [(b["name"]["value"], b["item"]["value"], b["citizenshipLabel"]["value"]) for b in bindings] == [
        ("Игорь Примеров", "http://www.wikidata.org/entity/Q90000001", "Russia")]


def test_kg_ingest_with_an_endpoint_links_online_while_ingesting(endpoint, tmp_path):
    article = tmp_path / "anna.txt"
    article.write_text("Вчера Анна Образцова-Тестова прилетела в Москву.", encoding="utf-8")
    common = ["--store", str(tmp_path / "store"), "--base", "http://example.org/"]
    _kg("ingest", str(article), "--endpoint", endpoint, "--link-cache", str(tmp_path / "cache"), *common)
    same_as = "SELECT ?o WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }"
    assert "http://www.wikidata.org/entity/Q90000003" in _kg("query", same_as, "--format", "csv", *common)


def test_kg_link_leaves_a_document_it_cannot_reingest_as_it_was_and_says_so(endpoint, tmp_path):
    import sys

    from kg.pipeline import store_extraction
    from kg.settings import Settings
    from kg.store import open_store

    settings = Settings.load({"store": str(tmp_path / "store"), "base": "http://example.org/"}, environ={})
    store = open_store(settings.store)
    try:  # a language this version has no extractor for: it cannot be extracted again
        store_extraction(Extraction(Document("odd", "Anna Testova.", lang="xx")), settings=settings, store=store)
        before = store.graph_size("http://example.org/doc/odd")
    finally:
        store.close()
    done = subprocess.run([sys.executable, "-m", "kg", "link", "--endpoint", endpoint, "--link-cache",
                           str(tmp_path / "cache"), "--store", settings.store, "--base", settings.base],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "odd: left as it was" in done.stderr
    store = open_store(settings.store)
    try:
        assert store.graph_size("http://example.org/doc/odd") == before
    finally:
        store.close()


def test_the_endpoint_confirms_the_unconfirmed_city_id_the_gazetteer_offered(endpoint, tmp_path):
    x = _doc("Фестиваль в Чибе, в Японии.", ("h", "place", "Чиба", "Чибе"), ("s", "place", "Япония", "Японии"))
    assert _qid(x, "h") is None  # offline: csc's city id is unconfirmed
    e = Reconciler(endpoint, tmp_path).reconcile(x).entity("h")
    assert (e.link.qid, e.link.method) == ("Q170616", "wikidata-sparql/gazetteer")


def test_a_common_noun_the_gazetteer_blocks_is_not_linked_online_either(endpoint, tmp_path):
    x = _doc("Давление Запада растёт.", ("w", "place", "Запад", "Запада"))
    rec = Reconciler(endpoint, tmp_path)
    assert _qid(rec.reconcile(x), "w") is None and rec.requests == 0


def test_an_abbreviation_is_asked_for_in_capitals(endpoint, tmp_path):
    x = _doc("ФПИ выделил грант. Решение ФПИ.", ("f", "organization", "Фпи", "ФПИ"))
    assert _qid(Reconciler(endpoint, tmp_path).reconcile(x), "f") == "Q90000014"
