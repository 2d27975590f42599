"""The linked-data pages: every minted IRI dereferences (HTML for browsers, RDF by Accept or suffix),
unknown IRIs are 404, non-ASCII ids round-trip, and the pages show what people need."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote, unquote

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def path_of(iri: str, settings) -> str:
    return "/" + quote(iri[len(settings.base):])


class Links(HTMLParser):
    """The hrefs and the text of a page."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("id"):
            self.ids.append(a["id"])

    def handle_data(self, data):
        self.text.append(data)


def page(client, path: str) -> Links:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200, resp.data[:300]
    assert resp.mimetype == "text/html"
    parsed = Links()
    parsed.feed(resp.data.decode())
    return parsed


def text_of(links: Links) -> str:
    return re.sub(r"\s+", " ", "".join(links.text))


@pytest.mark.parametrize("key", ["doc1", "doc2", "macron", "scholz", "meeting", "call", "statement"])
def test_every_minted_iri_dereferences_to_html_and_turtle(client, settings, linked_store, key):
    path = path_of(linked_store[key], settings)
    page(client, path)
    resp = client.get(path, headers={"Accept": "text/turtle"})
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    g = Graph().parse(data=resp.data.decode(), format="turtle")
    assert (URIRef(linked_store[key]), None, None) in g


@pytest.mark.parametrize("suffix,media,rdflib_name", [
    ("ttl", "text/turtle", "turtle"), ("jsonld", "application/ld+json", "json-ld"),
    ("nt", "application/n-triples", "nt"), ("rdf", "application/rdf+xml", "xml")])
def test_suffix_and_accept_give_the_same_graph(client, settings, linked_store, suffix, media, rdflib_name):
    path = path_of(linked_store["macron"], settings)
    by_suffix = client.get(f"{path}.{suffix}")
    by_accept = client.get(path, headers={"Accept": media})
    assert by_suffix.mimetype == by_accept.mimetype == media
    g1 = Graph().parse(data=by_suffix.data, format=rdflib_name)
    g2 = Graph().parse(data=by_accept.data, format=rdflib_name)
    assert len(g1) == len(g2) > 0 and set(g1) == set(g2)
    assert (URIRef(linked_store["macron"]), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q3052772")) in g1


def test_pages_say_they_vary_by_accept(client, settings, linked_store):
    path = path_of(linked_store["macron"], settings)
    for headers in (HTML, {"Accept": "text/turtle"}):
        assert "Accept" in client.get(path, headers=headers).headers["Vary"]


@pytest.mark.parametrize("path", ["/entity/no-such-person", "/doc/no-such-doc", "/event/no-such-1",
                                  "/entity/no-such-person.ttl", "/doc/%D0%BD%D0%B5%D1%82",
                                  "/entity/a%3Eb", "/event/x%22y", "/doc/a%20b"])
def test_unknown_iris_are_404(client, linked_store, path):
    assert client.get(path, headers=HTML).status_code == 404
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


def test_non_ascii_document_id_round_trips(client, settings, linked_store):
    iri = linked_store["doc1"]
    assert "статья-1" in iri
    resp = client.get(path_of(iri, settings) + ".nt")
    assert resp.status_code == 200
    assert f"<{iri}>" in resp.data.decode("utf-8")  # the IRI comes back exactly, not re-encoded
    # links to the document from an entity page lead back to the same IRI
    hrefs = [h for h in page(client, path_of(linked_store["macron"], settings)).hrefs if "/doc/" in h]
    assert any(settings.base + unquote(h.split("#")[0]).lstrip("/") == iri for h in hrefs)


def test_entity_page_shows_names_position_and_wikidata(client, settings, linked_store):
    p = page(client, path_of(linked_store["macron"], settings))
    text = text_of(p)
    assert "Эмманюэль Макрон" in text and "Emmanuel Macron" in text
    assert "президент Франции" in text
    assert "Эмманюэлю Макрону" in text  # another surface form seen
    assert "http://www.wikidata.org/entity/Q3052772" in p.hrefs


def test_entity_page_timeline_lists_events_in_date_order(client, settings, linked_store):
    p = page(client, path_of(linked_store["scholz"], settings))
    events = [h for h in p.hrefs if "/event/" in h]
    meeting, call = (path_of(linked_store[k], settings) for k in ("meeting", "call"))
    assert meeting in events and call in events
    text = text_of(p)
    assert "2022-03-03" in text and "5 мая" in text
    assert events.index(meeting) < events.index(call)  # dated first, the year-less call after


def test_entity_page_links_co_occurring_people_places_and_not_events(client, settings, linked_store):
    html = client.get(path_of(linked_store["macron"], settings), headers=HTML).data.decode()
    section = html.split("<h2>Appears with</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'href="{path_of(linked_store["scholz"], settings)}"' in section
    assert 'href="/entity/berlin"' in section and 'href="/entity/oon"' in section
    assert "/event/" not in section and "/doc/" not in section


def test_entity_page_shows_each_mention_in_context_with_a_link_into_its_document(client, settings, linked_store):
    p = page(client, path_of(linked_store["macron"], settings))
    doc1 = path_of(linked_store["doc1"], settings)
    anchors = [h for h in p.hrefs if h.startswith(doc1 + "#char=")]
    assert len(anchors) == 2  # "Эмманюэль Макрон" and "Макрон"
    doc_page = page(client, doc1)
    for a in anchors:
        assert a.split("#", 1)[1] in doc_page.ids  # the link lands on the highlighted mention


def test_document_page_highlights_and_links_every_mention(client, settings, linked_store):
    resp = client.get(path_of(linked_store["doc1"], settings), headers=HTML)
    html = resp.data.decode()
    marks = re.findall(r'<mark id="char=(\d+),(\d+)" class="m-(\w+)"><a href="([^"]+)">([^<]+)</a></mark>', html)
    by_text = {m[4]: (m[2], m[3]) for m in marks}
    assert by_text["Эмманюэль Макрон"] == ("person", path_of(linked_store["macron"], settings))
    assert by_text["встретился"] == ("event", path_of(linked_store["meeting"], settings))
    assert by_text["Берлине"][0] == "place" and by_text["ООН"][0] == "organization"
    text = text_of(page(client, path_of(linked_store["doc1"], settings)))
    assert "Позже Шольц провёл переговоры с ООН." in text  # the whole text is there


def test_event_page_shows_actors_place_time_and_source_sentence(client, settings, linked_store):
    p = page(client, path_of(linked_store["meeting"], settings))
    text = text_of(p)
    assert "Встреча" in text and "Meeting" in text and "040" in text
    assert {path_of(linked_store["macron"], settings), path_of(linked_store["scholz"], settings),
            "/entity/berlin"} <= set(p.hrefs)
    assert "2022-03-03" in text
    # the sentence of the trigger, and only that sentence
    assert "Президент Франции Эмманюэль Макрон 3 марта 2022 года встретился в Берлине" in text
    assert "наш друг" not in text


def test_event_page_of_a_year_less_date_says_the_year_is_not_given(client, settings, linked_store):
    text = text_of(page(client, path_of(linked_store["call"], settings)))
    assert "5 мая" in text and "year is not given" in text


def test_statement_page_shows_the_quote_and_speaker(client, settings, linked_store):
    p = page(client, path_of(linked_store["statement"], settings))
    text = text_of(p)
    assert "Шольц — наш друг" in text and "Speaker" in text
    assert path_of(linked_store["macron"], settings) in p.hrefs


def test_every_page_links_to_the_void_description(client, settings, linked_store):
    for key in ("doc1", "macron", "meeting"):
        assert "/.well-known/void" in page(client, path_of(linked_store[key], settings)).hrefs
    for path in ("/", "/documents"):
        assert "/.well-known/void" in page(client, path).hrefs


def test_documents_page_lists_documents(client, settings, linked_store):
    hrefs = page(client, "/documents").hrefs
    assert path_of(linked_store["doc1"], settings) in hrefs and path_of(linked_store["doc2"], settings) in hrefs


def test_sentence_around_stops_at_sentence_ends_not_inside_quotes():
    from server.pages import sentence_around

    text = "Первое. Он сказал: «Да! Конечно». Третье „Нет. Так“ предложение.\nПоследнее"
    b = text.index("сказал")
    s, e = sentence_around(text, b, b + len("сказал"))
    assert text[s:e] == "Он сказал: «Да! Конечно»."
    b = text.index("предложение")
    s, e = sentence_around(text, b, b + 3)
    assert text[s:e] == "Третье „Нет. Так“ предложение."


def run_example(client, name: str) -> list[dict]:
    from server.pages import example_queries

    (query,) = [q["query"] for q in example_queries() if q["name"] == name]
    resp = client.post("/sparql", data=query.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert resp.status_code == 200, resp.data[:300]
    return [{k: v["value"] for k, v in b.items()} for b in resp.get_json()["results"]["bindings"]]


def test_every_example_query_runs_and_the_page_offers_it(client, linked_store):
    from server.pages import example_queries

    html = client.get("/", headers=HTML).data.decode()
    assert len(example_queries()) >= 10
    for q in example_queries():
        run_example(client, q["name"])
        assert f'data-name="{q["name"]}"' in html


def test_example_who_spoke_with_whom(client, linked_store):
    rows = {(r["who"], r["withWhom"], r["how"]) for r in run_example(client, "07-who-spoke-with-whom")}
    assert rows == {("Эмманюэль Макрон", "Олаф Шольц", "Meeting"),
                    ("Олаф Шольц", "Эмманюэль Макрон", "PhoneCall"),
                    ("Олаф Шольц", "ООН", "Negotiation")}


def test_example_actor_timeline_puts_dated_events_first_in_order(client, settings, linked_store):
    rows = run_example(client, "08-actor-timeline")
    assert {r["actor"] for r in rows} == {linked_store["macron"]}  # ties go to the first IRI
    events = [r["event"] for r in rows]
    assert set(events) == {linked_store[k] for k in ("meeting", "statement", "call")}
    assert events[-1] == linked_store["call"]  # neither its date nor its article's is known


def test_example_said_about_finds_who_a_quote_names(client, linked_store):
    rows = run_example(client, "09-said-about")
    assert [(r["about"], r.get("speaker"), r["said"]) for r in rows] == [
        ("Олаф Шольц", "Эмманюэль Макрон", "Шольц — наш друг")]


def test_example_events_by_place(client, linked_store):
    rows = run_example(client, "10-events-by-place")
    assert [(r["name"], r["kind"], r["events"]) for r in rows] == [("Берлин", "Meeting", "1")]


def test_query_editor_assets_are_served_only_from_the_installed_package(client):
    from server.pages import yasgui_available

    if not yasgui_available():
        pytest.skip("YASGUI is not installed (run `npm ci`): the page uses its plain editor")
    js = client.get("/assets/yasgui/yasgui.min.js")
    assert js.status_code == 200 and "javascript" in js.mimetype
    assert client.get("/assets/yasgui/yasgui.min.css").mimetype == "text/css"
    assert client.get("/assets/yasgui/package.json").status_code == 404
    assert client.get("/assets/yasgui/..%2Fpackage.json").status_code == 404
    html = client.get("/", headers=HTML).data.decode()
    assert "/assets/yasgui/yasgui.min.js" in html and "cdn" not in html.lower()


def test_entity_page_shows_the_earliest_events_and_says_how_many_there_are(client, settings, linked_store,
                                                                           monkeypatch):
    import server.pages

    monkeypatch.setattr(server.pages, "TIMELINE_MAX", 2)
    p = page(client, path_of(linked_store["scholz"], settings))
    events = [h for h in p.hrefs if h.startswith("/event/")]
    assert path_of(linked_store["meeting"], settings) in events
    assert path_of(linked_store["call"], settings) not in events  # undated, in an undated article
    assert "The first 2 of 3 events" in text_of(p)


def test_document_page_lists_its_events_with_who_acted_on_whom(client, settings, linked_store):
    html = client.get(path_of(linked_store["doc1"], settings), headers=HTML).data.decode()
    events = html.split("<h2>Events</h2>", 1)[1]
    meeting = events.split("</li>")[0]
    assert path_of(linked_store["meeting"], settings) in meeting and "Встреча" in meeting
    assert meeting.index("Эмманюэль Макрон") < meeting.index("→") < meeting.index("Олаф Шольц")


def test_query_page_without_the_npm_assets_is_the_plain_editor(client, monkeypatch, tmp_path):
    import server.pages

    monkeypatch.setattr(server.pages, "YASGUI_DIR", tmp_path / "not-installed")
    html = client.get("/", headers=HTML).data.decode()
    assert "/assets/yasgui/" not in html
    assert '<textarea id="query" name="query"' in html and "query.js" in html
    assert client.get("/assets/yasgui/yasgui.min.js").status_code == 404


def test_browsers_asking_the_endpoint_get_the_query_page(client):
    resp = client.get("/sparql", headers=HTML)
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    assert 'id="examples"' in resp.data.decode()


def test_place_page_lists_the_events_that_happened_there(client, settings, linked_store):
    html = client.get("/entity/berlin", headers=HTML).data.decode()
    timeline = html.split("<h2>Timeline</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'href="{path_of(linked_store["meeting"], settings)}"' in timeline and "here" in timeline
    assert f'href="{path_of(linked_store["macron"], settings)}"' in timeline  # who met there
