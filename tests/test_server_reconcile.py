"""The Reconciliation Service API at /reconcile, over real HTTP on loopback: the manifest, query
batches shaped like the protocol's own examples (version 0.2), preview and suggest, checked with
an independent client of the protocol (py-reconciliation-service-api, whose pydantic models
validate every response)."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

py_recon = pytest.importorskip("py_reconciliation_service_api")


def get(url: str, **params) -> tuple[int, dict, bytes]:
    full = url + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(full, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def post_queries(url: str, batch: dict) -> tuple[int, dict]:
    data = urllib.parse.urlencode({"queries": json.dumps(batch)}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


@pytest.fixture
def recon(live_server, linked_store):
    return live_server + "/reconcile"


def test_the_manifest_is_valid_for_a_protocol_client(recon, settings):
    service = py_recon.build_reconciliation_service(recon)  # fetches and validates the manifest
    m = service._manifest
    assert m.versions == ["0.2"]
    assert m.identifier_space == settings.base + "entity/"
    assert m.schema_space == "https://w3id.org/newskg"
    assert {t.id for t in m.default_types} == {"http://schema.org/Person", "http://schema.org/Organization",
                                               "http://schema.org/Place"}
    assert "{{id}}" in m.preview.url and "{{id}}" in m.view.url
    assert m.suggest.entity.service_url == recon and m.suggest.entity.service_path == "/suggest/entity"


def test_the_manifest_allows_any_origin(recon):
    status, headers, _ = get(recon)
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_a_name_finds_its_entity_through_the_client(recon):
    service = py_recon.build_reconciliation_service(recon)
    result = service.reconcile({"query": "Олаф Шольц"})
    top = result.result[0]
    assert (top.id, top.name, top.score, top.match) == ("olaf-sholts", "Олаф Шольц", 100.0, True)
    assert top.type[0].id == "http://schema.org/Person"


def test_a_batch_shaped_like_the_protocol_example(recon):
    # the specification's example batch (query, type, limit, properties, type_strict), on our data
    batch = {"q0": {"query": "Макрон", "type": "http://schema.org/Person", "limit": 5,
                    "properties": [{"pid": "http://schema.org/jobTitle", "v": "президент Франции"}],
                    "type_strict": "should"},
             "q1": {"query": "берлин", "type": ["http://schema.org/Place"]}}
    status, body = post_queries(recon, batch)
    assert status == 200 and set(body) == {"q0", "q1"}
    q0 = body["q0"]["result"]
    assert q0[0]["id"] == "emmanyuel-makron" and q0[0]["match"] is True
    assert {f["id"] for f in q0[0]["features"]} >= {"name", "schema:jobTitle"}
    assert [c["id"] for c in body["q1"]["result"]] == ["berlin"]


def test_several_values_of_one_property_as_in_the_protocol_example(recon):
    # a string and an already reconciled value for the same property
    status, body = post_queries(recon, {"q0": {"query": "Эмманюэль Макрон", "properties": [
        {"pid": "schema:affiliation", "v": ["Германия", {"id": "frantsiya", "name": "Франция"}]}]}})
    assert status == 200 and body["q0"]["result"][0]["score"] == 100.0


def test_an_inflected_name_still_finds_its_entity(recon):
    _, body = post_queries(recon, {"q": {"query": "Олафом Шольцем"}})
    assert body["q"]["result"][0]["id"] == "olaf-sholts"


def test_a_wikidata_qid_finds_the_entity_linked_to_it(recon):
    _, body = post_queries(recon, {"q": {"query": "Scholz, O.", "properties": [
        {"pid": "owl:sameAs", "v": "Q61053"}]}})
    assert body["q"]["result"][0]["id"] == "olaf-sholts"
    _, body = post_queries(recon, {"q": {"properties": [
        {"pid": "http://www.w3.org/2002/07/owl#sameAs", "v": "http://www.wikidata.org/entity/Q64"}]}})
    assert [(c["id"], c["match"]) for c in body["q"]["result"]] == [("berlin", True)]


def test_a_type_constraint_excludes_other_types(recon):
    _, body = post_queries(recon, {"q": {"query": "Франция", "type": "schema:Organization"}})
    assert body["q"]["result"] == []


def test_namesakes_are_not_a_sure_match(recon):
    _, body = post_queries(recon, {"q": {"query": "Олаф Шольц", "limit": 1}})
    assert len(body["q"]["result"]) == 1
    _, body = post_queries(recon, {"q": {"query": "ОЛАФ"}})  # a part of the name: a candidate, not a match
    assert body["q"]["result"][0]["id"] == "olaf-sholts" and body["q"]["result"][0]["match"] is False


def test_queries_also_work_by_get(recon):
    status, _, raw = get(recon, queries=json.dumps({"q0": {"query": "ООН"}}))
    assert status == 200 and json.loads(raw)["q0"]["result"][0]["id"] == "oon"


@pytest.mark.parametrize("batch, part", [
    ("not json", "not JSON"), ("[1]", "JSON object"), ('{"q": {"limit": 3}}', "query string or properties"),
    ('{"q": {"query": "x", "type": "schema:Planet"}}', "unknown type"),
    ('{"q": {"query": "x", "properties": [{"pid": "P31", "v": "x"}]}}', "unknown property"),
    ('{"q": {"query": "x", "limit": 0}}', "positive integer"), ('{"q": {"query": "x", "colour": 1}}', "unknown fields"),
])
def test_a_malformed_batch_is_a_400_that_says_why(recon, batch, part):
    data = urllib.parse.urlencode({"queries": batch}).encode()
    req = urllib.request.Request(recon, data=data, headers={"Accept": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=30)
    assert exc.value.code == 400 and part in json.load(exc.value)["error"]["message"]


def test_the_preview_is_a_small_escaped_html_card(recon):
    status, headers, raw = get(recon + "/preview", id="emmanyuel-makron")
    page = raw.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Эмманюэль Макрон" in page and "президент Франции" in page and "Wikidata Q3052772" in page
    assert get(recon + "/preview", id="<script>")[0] == 404


def test_entity_suggest_completes_a_prefix(recon):
    status, _, raw = get(recon + "/suggest/entity", prefix="эмм")
    result = json.loads(raw)["result"]
    assert status == 200 and [r["id"] for r in result] == ["emmanyuel-makron"]
    assert result[0]["notable"][0]["id"] == "http://schema.org/Person"
    assert json.loads(get(recon + "/suggest/entity", prefix="olaf-sholts")[2])["result"][0]["id"] == "olaf-sholts"


def test_entity_suggest_answers_jsonp_when_asked(recon):
    status, headers, raw = get(recon + "/suggest/entity", prefix="бер", callback="cb")
    assert headers["Content-Type"].startswith("application/javascript")
    assert raw.decode().startswith("/**/cb(") and '"berlin"' in raw.decode()
    assert get(recon + "/suggest/entity", prefix="x", callback="alert(1)")[0] == 400


def test_type_and_property_suggest(recon):
    types = json.loads(get(recon + "/suggest/type", prefix="pers")[2])["result"]
    assert types == [{"id": "http://schema.org/Person", "name": "Person"}]
    props = json.loads(get(recon + "/suggest/property", prefix="wiki")[2])["result"]
    assert [p["id"] for p in props] == ["http://www.w3.org/2002/07/owl#sameAs"]


def test_the_flyout_gives_the_card_as_json(recon):
    body = json.loads(get(recon + "/flyout/entity", id="berlin")[2])
    assert body["id"] == "berlin" and "Берлин" in body["html"]


def test_a_part_of_a_name_scores_high_but_is_not_a_match(recon):
    _, body = post_queries(recon, {"q": {"query": "Шольц Олаф", "type": "schema:Person"}})
    top = body["q"]["result"][0]
    assert top["id"] == "olaf-sholts" and top["score"] < 95 and top["match"] is False


def test_the_manifest_documentation_page_names_the_endpoint(recon):
    status, _, raw = get(recon + "/docs")
    assert status == 200 and recon in raw.decode() and "http://schema.org/jobTitle" in raw.decode()
