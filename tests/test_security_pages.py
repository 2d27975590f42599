"""HTML pages against stored script: data written with the token never becomes a `javascript:` (or
any non-http) link, every response says `nosniff`, and HTML pages carry a Content-Security-Policy."""

from __future__ import annotations

import urllib.parse

import pytest

from tests.conftest import TOKEN
from tests.live_process import request
from tests.test_server_pages import HTML, Links, path_of

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
AFFILIATION = "http://schema.org/affiliation"


def post_triples(url: str, graph: str, ntriples: str) -> int:
    """Merge N-Triples into `graph` through the Graph Store with the token."""
    status, _, body = request(f"{url}/graph-store?{urllib.parse.urlencode({'graph': graph})}",
                              data=ntriples.encode(), method="POST",
                              headers={"Content-Type": "application/n-triples",
                                       "Authorization": f"Bearer {TOKEN}"})
    assert status in (201, 204), body[:500]
    return status


@pytest.mark.parametrize("predicate", [OWL_SAME_AS, AFFILIATION])
@pytest.mark.parametrize("target", ["javascript:alert(document.domain)", "JavaScript:alert(1)",
                                    "data:text/html,<script>alert(1)</script>",
                                    "vbscript:msgbox(1)"])
def test_a_script_iri_written_through_the_graph_store_is_shown_as_text(
        live_server, linked_store, settings, predicate, target):
    macron = linked_store["macron"]
    stored = urllib.parse.quote(target, safe=":/(),=.")
    post_triples(live_server, linked_store["doc1"], f"<{macron}> <{predicate}> <{stored}> .\n")
    status, _, body = request(live_server + path_of(macron, settings), headers=HTML)
    assert status == 200
    links = Links()
    links.feed(body.decode())
    assert stored not in [h.strip() for h in links.hrefs]
    assert not [h for h in links.hrefs if h.strip().lower().startswith(("javascript:", "vbscript:"))]
    assert 'href="javascript:' not in body.decode().lower()
    assert stored in "".join(links.text)  # still shown, as text


def test_http_links_stay_links(live_server, linked_store, settings):
    status, _, body = request(live_server + path_of(linked_store["macron"], settings), headers=HTML)
    assert status == 200
    links = Links()
    links.feed(body.decode())
    assert "http://www.wikidata.org/entity/Q3052772" in links.hrefs


@pytest.mark.parametrize("path", ["/", "/sparql?query=ASK%7B%7D", "/dump.nt", "/no-such-page",
                                  "/.well-known/void", "/static/style.css", "/documents"])
def test_every_response_forbids_content_sniffing(live_server, linked_store, path):
    _, headers, _ = request(live_server + path)
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("key", ["macron", "doc1", "meeting"])
def test_html_pages_carry_a_content_security_policy_that_forbids_inline_script(
        live_server, linked_store, settings, key):
    status, headers, _ = request(live_server + path_of(linked_store[key], settings), headers=HTML)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    policy = {d.split()[0]: d.split()[1:] for d in headers["Content-Security-Policy"].split(";")
              if d.strip()}
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_the_query_page_carries_the_policy_too(live_server):
    status, headers, _ = request(live_server + "/", headers=HTML)
    assert status == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
