"""POST /documents over real HTTP: 201 with IRI and counts, 422 with the SHACL report, 400 with a
message for bad input, and nothing half-stored."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from conftest import EXAMPLES, TOKEN

TEXT = (EXAMPLES / "ru-un-security-council.txt").read_text(encoding="utf-8")


def post(url: str, body: bytes, *, ctype: str = "application/json", token: str | None = TOKEN,
         accept: str = "application/json"):
    req = urllib.request.Request(url + "/documents", data=body, method="POST",
                                 headers={"Content-Type": ctype, "Accept": accept})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def as_json(body: bytes) -> dict:
    return json.loads(body.decode("utf-8"))


def test_posting_an_article_creates_its_document(live_server, store):
    status, headers, body = post(live_server, json.dumps(
        {"text": TEXT, "id": "un-1", "published": "2024-05-10", "title": "Совбез"}).encode())
    assert status == 201
    data = as_json(body)
    assert data["iri"] == "http://localhost:5000/doc/un-1" == headers["Location"]
    assert data["triples"] == store.graph_size(data["iri"]) and data["entities"] >= 4


def test_posting_the_same_id_again_replaces_it(live_server, store):
    post(live_server, json.dumps({"text": TEXT, "id": "un-1"}).encode())
    status, _, body = post(live_server, json.dumps({"text": TEXT, "id": "un-1"}).encode())
    assert status == 200 and as_json(body)["replaced"] is True
    assert store.graph_names() == ["http://localhost:5000/doc/un-1"]


@pytest.mark.parametrize("body, ctype, message", [
    (b"{not json", "application/json", "not valid JSON"),
    ("{\"text\": \"\u043f\"}".encode("cp1251", "replace") + b"\xff", "application/json", "UTF-8"),
    (b"[1, 2]", "application/json", "JSON object"),
    (b"{}", "application/json", "'text' is required"),
    (b'{"text": "   "}', "application/json", "'text' is required"),
    (b'{"text": "x", "published": "tomorrow"}', "application/json", "YYYY-MM-DD"),
    (b'{"text": "x", "colour": "red"}', "application/json", "unknown field"),
    (b'{"text": "x", "lang": "tlh"}', "application/json", "'lang' must be one of"),
    (b'{"text": "The minister said on Monday that the talks in Geneva would go on next week."}',
     "application/json", "does not look like Russian"),
    (b"text=hello", "application/x-www-form-urlencoded", "application/json"),
])
def test_bad_requests_get_400_with_a_message_and_store_nothing(live_server, store, body, ctype,
                                                               message):
    status, _, resp = post(live_server, body, ctype=ctype)
    assert status == 400
    error = as_json(resp)["error"]
    assert error["status"] == 400 and message in error["message"]
    assert store.graph_names() == []


def test_too_large_a_body_gets_413(live_server, settings, store):
    # just over the limit: read, and refused by the app (far over it, waitress refuses it from
    # its Content-Length and closes: tests/test_server_limits.py)
    big = json.dumps({"text": "a" * settings.max_request_bytes}).encode()
    status, _, resp = post(live_server, big)
    assert status == 413 and "limit" in as_json(resp)["error"]["message"]
    assert store.graph_names() == []


def test_writes_need_the_bearer_token(live_server, store):
    status, _, resp = post(live_server, json.dumps({"text": TEXT}).encode(), token=None)
    assert status == 401 and "Bearer" in as_json(resp)["error"]["message"]
    status, _, _ = post(live_server, json.dumps({"text": TEXT}).encode(), token="wrong")
    assert status == 403
    assert store.graph_names() == []


def test_read_only_service_refuses_writes(tmp_path):
    from server import create_app
    from kg.settings import Settings

    app = create_app(Settings.load({"store": ""}, environ={}))
    resp = app.test_client().post("/documents", json={"text": TEXT})
    assert resp.status_code == 403 and "read-only" in resp.get_json()["error"]["message"]
