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
