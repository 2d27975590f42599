"""The indexes at /entity/, /doc/ and /event/ over HTTP: search, types, pages, HTML or JSON."""

from __future__ import annotations

import json
import urllib.request

JSON = {"Accept": "application/json"}


def test_entity_search_answers_json_to_a_json_client(client, linked_store):
    r = client.get("/entity/?q=ШОЛ", headers=JSON)
    assert r.status_code == 200 and r.mimetype == "application/json"
    body = r.get_json()
    assert body["total"] == 1 and body["items"][0]["id"] == linked_store["scholz"]
    assert body["items"][0]["name"] == "Олаф Шольц" and body["items"][0]["types"] == ["person"]
    assert "http://www.wikidata.org/entity/Q61053" in body["items"][0]["sameAs"]


def test_entity_search_answers_html_to_a_browser_and_escapes_the_query(client, linked_store):
    r = client.get("/entity/?q=<b>макрон", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.status_code == 200 and r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    assert "&lt;b&gt;макрон" in page and "<b>макрон" not in page
    r = client.get("/entity/?q=макрон", headers={"Accept": "text/html"})
    assert 'href="/entity/emmanyuel-makron"' in r.get_data(as_text=True)


def test_entities_are_listed_most_mentioned_first_and_filtered_by_type(client, linked_store):
    names = [e["name"] for e in client.get("/entity/?type=person", headers=JSON).get_json()["items"]]
    assert names == ["Олаф Шольц", "Эмманюэль Макрон"]
    places = client.get("/entity/?type=place&format=json").get_json()["items"]
    assert {e["name"] for e in places} == {"Берлин", "Франция"}


def test_pages_link_to_the_next_and_previous_page(client, linked_store):
    r = client.get("/entity/?size=2&page=2", headers=JSON)
    body = r.get_json()
    assert (body["total"], len(body["items"]), body["page"]) == (5, 2, 2)
    assert "page=3" in body["next"] and "page=1" in body["prev"]
    assert 'rel="next"' in r.headers["Link"] and 'rel="prev"' in r.headers["Link"]
    last = client.get(body["next"], headers=JSON).get_json()
    assert len(last["items"]) == 1 and last["next"] is None


def test_the_page_size_is_capped(client, linked_store):
    assert client.get("/entity/?size=100000", headers=JSON).get_json()["size"] == 200


def test_bad_paging_or_type_is_a_400_in_the_error_shape(client, linked_store):
    for path in ("/entity/?page=0", "/entity/?size=x", "/entity/?type=planet", "/event/?type=Nope"):
        r = client.get(path, headers=JSON)
        assert r.status_code == 400, path
        assert r.get_json()["error"]["status"] == 400


def test_an_index_refuses_a_media_type_it_cannot_give(client, linked_store):
    assert client.get("/entity/", headers={"Accept": "text/turtle"}).status_code == 406


def test_documents_are_searched_by_headline(client, linked_store):
    body = client.get("/doc/?q=встрет", headers=JSON).get_json()
    assert [d["id"] for d in body["items"]] == [linked_store["doc1"]]
    assert body["items"][0]["published"] == "2022-03-03"


def test_events_are_searched_by_kind_or_participant(client, linked_store):
    by_kind = client.get("/event/?type=PhoneCall", headers=JSON).get_json()["items"]
    assert [e["id"] for e in by_kind] == [linked_store["call"]]
    by_name = client.get("/event/?q=макрон встреча", headers=JSON).get_json()["items"]
    assert [e["id"] for e in by_name] == [linked_store["meeting"]]
    assert {p["name"] for p in by_name[0]["participants"]} >= {"Эмманюэль Макрон", "Олаф Шольц"}


def test_a_new_document_is_searchable_at_once(client, linked_store, settings):
    assert client.get("/entity/?q=меркель", headers=JSON).get_json()["total"] == 0
    from kg.pipeline import store_extraction
    from kg.records import Document, Entity, Extraction, Span

    text = "Ангела Меркель приехала."
    store_extraction(Extraction(Document("doc-3", text), (
        Entity("a", "person", "Ангела Меркель", (Span(0, 14, "Ангела Меркель"),)),)),
        settings=settings, store=client.application.extensions["kg_store"])
    assert client.get("/entity/?q=меркель", headers=JSON).get_json()["total"] == 1


def test_the_entity_pages_still_answer_beside_the_index(client, linked_store):
    assert client.get("/entity/olaf-sholts", headers={"Accept": "text/turtle"}).status_code == 200


def test_the_index_over_real_http(live_server, linked_store):
    req = urllib.request.Request(live_server + "/entity/?q=%D0%BC%D0%B0%D0%BA", headers=JSON)
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith("application/json")
        assert [e["id"] for e in json.load(resp)["items"]] == [linked_store["macron"]]


def test_every_page_links_to_the_entity_index(client):
    assert 'href="/entity/"' in client.get("/", headers={"Accept": "text/html"}).get_data(as_text=True)
