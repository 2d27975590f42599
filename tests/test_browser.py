"""The pages in a real headless browser (Debian's chromium driven by Playwright): the query page runs
an example and shows linked rows, with YASGUI and with the plain fallback; the entity page reads
on a phone. Set KG_SCREENSHOT_DIR (e.g. docs/img) to keep the screenshots."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT = 30_000  # ms; how long a step may take before the browser is declared stuck


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements-dev.txt)")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is missing (Debian package chromium; scripts/test-deps.sh installs it)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # what the Content-Security-Policy blocked is reported on the console only
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    pg.errors = errors
    yield pg
    context.close()


def shot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def needs_yasgui():
    from server.pages import yasgui_available

    if not yasgui_available():
        pytest.skip("YASGUI is not installed (npm ci): the query page serves its plain editor")


def test_query_page_runs_an_example_in_yasgui_and_links_iris(page, live_server, linked_store, tmp_path):
    needs_yasgui()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(live_server + "/")
    page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
    assert page.is_hidden("#query-form")  # the editor replaced the plain form
    page.click("#examples button[data-name='07-who-spoke-with-whom']")
    page.wait_for_selector("#yasgui .yasr table.dataTable tbody tr", timeout=WAIT)
    table = page.inner_text("#yasgui .yasr table.dataTable")
    assert "Олаф Шольц" in table and "PhoneCall" in table and "Negotiation" in table
    assert page.locator("#yasgui .yasr table.dataTable tbody tr").count() == 3
    assert "07-who-spoke" not in page.url  # nothing left the page
    assert all(u.startswith(live_server) or u.startswith("data:") for u in requests), requests
    # a query with IRIs: they link to their pages on this server
    page.click("#examples button[data-name='01-people']")
    page.wait_for_selector("#yasgui .yasr a[href='/entity/olaf-sholts']", timeout=WAIT)
    page.screenshot(path=str(shot_path(tmp_path, "query-page.png")), full_page=True)
    download = page.get_attribute("#downloads a[data-format='csv']", "href")
    assert download.startswith(live_server + "/sparql?format=csv&query=") and "schema%3APerson" in download
    page.click("#yasgui .yasr a[href='/entity/olaf-sholts']")
    page.wait_for_url(live_server + "/entity/olaf-sholts", timeout=WAIT)
    assert "Олаф Шольц" in page.inner_text("h1")
    assert not page.errors, page.errors


def test_yasgui_completes_the_project_prefixes(page, live_server, linked_store):
    needs_yasgui()
    page.goto(live_server + "/")
    page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
    page.evaluate("window.newskgYasgui.getTab().getYasqe().setValue('')")
    page.click("#yasgui .CodeMirror-code")
    page.keyboard.type("PREFIX k")
    page.wait_for_selector(".CodeMirror-hints", timeout=WAIT)
    hints = page.inner_text(".CodeMirror-hints")
    assert "kg: <https://w3id.org/newskg#>" in hints


def test_plain_query_page_works_without_the_editor_assets(page, live_server, linked_store):
    page.route("**/assets/yasgui/**", lambda route: route.abort())
    page.goto(live_server + "/")
    assert page.is_visible("#query-form") and page.is_hidden("#yasgui")
    page.click("#examples button[data-name='10-events-by-place']")
    page.wait_for_selector("#results table tr >> nth=1", timeout=WAIT)
    text = page.inner_text("#results")
    assert "Берлин" in text and "Meeting" in text
    assert page.get_attribute("#results a[href='/entity/berlin']", "href") == "/entity/berlin"
    assert not page.errors, page.errors


def test_entity_page_reads_on_a_phone(browser, live_server, linked_store, settings, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg = context.new_page()
    try:
        pg.goto(live_server + "/" + quote(linked_store["macron"][len(settings.base):]))
        assert "Эмманюэль Макрон" in pg.inner_text("h1")
        assert pg.locator(".timeline li").count() == 3
        # nothing wider than the screen: no sideways scrolling
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        pg.screenshot(path=str(shot_path(tmp_path, "entity-page-phone.png")), full_page=True)
    finally:
        context.close()


def test_entity_page_and_document_page_in_a_desktop_browser(page, live_server, linked_store, settings, tmp_path):
    page.goto(live_server + "/" + quote(linked_store["scholz"][len(settings.base):]))
    page.screenshot(path=str(shot_path(tmp_path, "entity-page.png")), full_page=True)
    # follow the first mention into its document: the browser lands on the highlighted mention
    page.click("ul.mentions a >> nth=0")
    page.wait_for_load_state()
    fragment = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert fragment.startswith("char=")
    assert page.evaluate(f"document.getElementById({fragment!r}).tagName") == "MARK"
    assert not page.errors, page.errors


def set_query(page, text: str) -> None:
    page.evaluate("q => window.newskgYasgui.getTab().getYasqe().setValue(q)", text)


def run_in_yasgui(page) -> None:
    """Run the editor's query (a failing one too: its error is the page's to show)."""
    page.evaluate("window.newskgYasgui.getTab().query().catch(() => {})")


@pytest.fixture
def page_without_csp(browser):
    """A page whose Content-Security-Policy is not enforced: a request the page's script makes to
    another host then really goes out (and is recorded), instead of being blocked by the policy."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


def test_yasgui_completes_classes_and_properties_from_this_endpoint_only(
        page_without_csp, live_server, store, linked_store):
    needs_yasgui()
    from kg.store.ontology import ensure_ontology

    ensure_ontology(store)  # the classes and properties come from the ontology's graph
    page = page_without_csp
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(live_server + "/")
    page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
    set_query(page, "PREFIX kg: <https://w3id.org/newskg#>\nSELECT * WHERE { ?e a kg:Meet")
    page.evaluate("() => { const y = window.newskgYasgui.getTab().getYasqe(); y.focus();"
                  " y.setCursor(y.lastLine(), 1000); }")
    page.keyboard.press("Control+Space")
    hints = complete(page)
    assert all(u.startswith(live_server) or u.startswith("data:") for u in requests), requests
    assert "kg:Meeting" in hints
    page.keyboard.press("Escape")
    set_query(page, "PREFIX kg: <https://w3id.org/newskg#>\nSELECT * WHERE { ?e kg:ag")
    page.evaluate("() => { const y = window.newskgYasgui.getTab().getYasqe(); y.focus();"
                  " y.setCursor(y.lastLine(), 1000); }")
    page.keyboard.press("Control+Space")
    hints = complete(page)
    assert all(u.startswith(live_server) or u.startswith("data:") for u in requests), requests
    assert "kg:agent" in hints


def complete(page) -> str:
    """The completion list shown, or "" when none came."""
    try:
        page.wait_for_selector(".CodeMirror-hints", timeout=10_000)
    except Exception:  # playwright's TimeoutError: the caller's assertions say what is wrong
        return ""
    return page.inner_text(".CodeMirror-hints")


def test_a_query_error_reads_as_text_in_yasgui(page, live_server, linked_store):
    needs_yasgui()
    page.goto(live_server + "/")
    page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
    set_query(page, "SELECT * WHERE { SERVICE <http://example.org/" + "very-long-" * 80
              + "sparql> { ?s ?p ?o } }")
    run_in_yasgui(page)
    page.wait_for_selector("#yasgui .query-error", timeout=WAIT)
    text = page.inner_text("#yasgui .query-error")
    assert text.startswith("403 Forbidden") and "federation is off" in text
    assert '{"error"' not in page.inner_text("#yasgui .yasr")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1200  # wrapped, not wide
    assert not page.errors, page.errors


def test_yasgui_results_show_plain_values_with_the_raw_literal_on_hover(page, live_server,
                                                                       linked_store):
    needs_yasgui()
    page.goto(live_server + "/")
    page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
    set_query(page, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    "PREFIX schema: <http://schema.org/>\n"
                    "SELECT ?name ?published WHERE { ?p rdfs:label ?name . "
                    "FILTER(LANG(?name) = 'ru') "
                    "?d schema:datePublished ?published } ORDER BY ?name")
    run_in_yasgui(page)
    page.wait_for_selector("#yasgui .yasr table.dataTable tbody tr", timeout=WAIT)
    table = page.inner_text("#yasgui .yasr table.dataTable")
    assert "Олаф Шольц" in table and "2022-03-03" in table
    assert "@ru" not in table and "^^" not in table
    titles = page.eval_on_selector_all("#yasgui .yasr span.literal", "els => els.map(e => e.title)")
    assert '"Олаф Шольц"@ru' in titles and '"2022-03-03"^^xsd:date' in titles


def test_a_cut_answer_has_a_visible_note(page, settings, store, linked_store):
    needs_yasgui()
    from tests.conftest import serve

    with serve(settings.replace(max_rows=2), store) as (url, _):
        page.goto(url + "/")
        page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
        set_query(page, "SELECT * WHERE { ?s ?p ?o }")
        run_in_yasgui(page)
        page.wait_for_selector("#yasgui .truncated", timeout=WAIT)
        assert "first 2 rows" in page.inner_text("#yasgui .truncated")
        # a whole answer has none
        set_query(page, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        run_in_yasgui(page)
        page.wait_for_function("!document.querySelector('#yasgui .truncated')", timeout=WAIT)


def test_the_plain_page_shows_errors_as_text_and_notes_a_cut_answer(page, settings, store,
                                                                    linked_store):
    from tests.conftest import serve

    page.route("**/assets/yasgui/**", lambda route: route.abort())
    with serve(settings.replace(max_rows=2), store) as (url, _):
        page.goto(url + "/")
        page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
        page.click("#run")
        page.wait_for_selector("#results .truncated", timeout=WAIT)
        assert "first 2 rows" in page.inner_text("#results .truncated")
        page.fill("#query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        page.click("#run")
        page.wait_for_selector("#results .query-error", timeout=WAIT)
        assert page.inner_text("#results .query-error").startswith("403 Forbidden")
    assert not page.errors, page.errors


ENDLESS = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
           "?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }")


@pytest.mark.parametrize("editor", ["yasgui", "plain"])
def test_stop_cancels_the_query_on_the_server_and_frees_its_worker(page, settings, store,
                                                                   linked_store, editor):
    import time
    import urllib.parse

    from tests.conftest import serve
    from tests.live_process import request

    if editor == "yasgui":
        needs_yasgui()
    else:
        page.route("**/assets/yasgui/**", lambda route: route.abort())
    with serve(settings.replace(query_workers=1, query_timeout=120.0), store) as (url, app):
        ask = urllib.parse.urlencode({"query": "ASK {}"})
        assert request(f"{url}/sparql?{ask}")[0] == 200  # starts the one worker
        pool = app.extensions["kg_query_pool"]
        (worker,) = list(pool._idle.queue)
        page.goto(url + "/")
        if editor == "yasgui":
            page.wait_for_selector("#yasgui .CodeMirror", timeout=WAIT)
            set_query(page, ENDLESS)
            page.click("#yasgui .yasqe_queryButton")
        else:
            page.fill("#query", ENDLESS)
            page.click("#run")
        deadline = time.monotonic() + 30
        while pool._idle.qsize():  # until the worker has the query
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        assert worker.proc.poll() is None  # computing
        page.click("#yasgui .yasqe_queryButton" if editor == "yasgui" else "#run")  # Stop
        started = time.monotonic()
        worker.proc.wait(timeout=15)  # killed, not left to run for two minutes
        assert time.monotonic() - started < 10
        assert request(f"{url}/sparql?{ask}")[0] == 200  # a fresh worker answers
