"""The SPARQL 1.1 Protocol and the Graph Store Protocol over real HTTP on loopback, on every backend
a server is deployed on (tests/engines.py `SERVED`: the embedded store, Oxigraph server, Virtuoso):
the three ways of sending a query, every results format and content negotiation, the query forms,
the dataset parameters, the row cap, the timeout, SHACL-gated writes and errors in one shape.
What only the embedded store does (query worker processes, streaming, the engine's panics) stays
in test_server_sparql.py."""

from __future__ import annotations

import json
import urllib.parse

import pyoxigraph as ox
import pytest

from kg.rdf.formats import RDF_FORMATS
from kg.settings import Settings
from kg.store import open_store
from tests.conftest import EX, G1, G2, QUERY_LIMIT_S, TOKEN, T, serve
from tests.engines import BACKENDS, SERVED
from tests.live_process import request
from tests.test_server_writes import AUTH, DOC, fixture_ntriples

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "SELECT ?o WHERE { ?s <http://example.org/label> ?o }"
NT = "application/n-triples"
RESULTS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
           "csv": "text/csv", "tsv": "text/tab-separated-values"}
PARSED = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
          "tsv": ox.QueryResultsFormat.TSV}
# 3^13 rows, each hashed: 3^12 took about 3 s on embedded Oxigraph on an idle test machine (and
# then finished inside the limit of `limited`, answering 200), so nine times the 3^11 rows that took
# 4-8 s on a loaded one: past the limit on an idle machine too, and over within a minute or so when
# an engine keeps running it after newskg gave up.
HEAVY = ("SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h0 ?i . ?j ?k ?l . "
         "?m ?n0 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd . ?ee ?ff ?gg . "
         "?kk ?ll ?mm . ?nn ?oo ?pp . "
         "BIND(SHA512(CONCAT(STR(?a), STR(?d), STR(?g), STR(?j), STR(?m), STR(?p), STR(?s), "
         "STR(?v), STR(?y), STR(?bb), STR(?ee), STR(RAND()))) AS ?h) }")


@pytest.fixture(params=SERVED)
def backend(request) -> str:
    return request.param


@pytest.fixture
def settings(backend, tmp_path) -> Settings:
    return BACKENDS[backend](tmp_path).replace(token=TOKEN, query_workers=1, query_timeout=30.0)


@pytest.fixture
def store(settings):
    """Two graphs that share one triple (the union holds it once)."""
    s = open_store(settings)
    s.replace_graphs({G1: {T("putin", "label", "Путин"), T("a", "knows", EX + "b")},
                      G2: {T("putin", "label", "Путин"), T("c", "knows", EX + "d")}})
    yield s
    s.close()


@pytest.fixture
def url(settings, store):
    with serve(settings, store) as (base, _):
        yield base


@pytest.fixture
def limited(settings, store):
    """A server that answers two rows at most and gives a query QUERY_LIMIT_S seconds."""
    with serve(settings.replace(max_rows=2, query_timeout=QUERY_LIMIT_S), store) as (base, _):
        yield base


@pytest.fixture
def capped(settings, store):
    """A server that answers two rows at most, with a timeout no busy machine reaches."""
    with serve(settings.replace(max_rows=2), store) as (base, _):
        yield base


def get(base: str, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return request(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def rows(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]


def error(body: bytes, status: int) -> str:
    """The message of an answer in the one error shape, checked to be that shape."""
    err = json.loads(body)["error"]
    assert err["status"] == status and err["title"] and isinstance(err["message"], str)
    return err["message"]


def document() -> str:
    """A document that conforms to the shapes, as N-Triples, without its `schema:duration`:
    Virtuoso 7.2 cannot store xsd:duration literals (docs/deployment.md); the gate is the same."""
    return "".join(line + "\n" for line in fixture_ntriples().splitlines()
                   if "XMLSchema#duration" not in line)


def sparql_update(base: str, text: str):
    return request(f"{base}/sparql", data=text.encode(), method="POST",
                   headers={"Content-Type": "application/sparql-update",
                            "Accept": "application/json", **AUTH})


def gsp(base: str, method: str, graph: str, body: bytes | None = None, accept: str = NT):
    headers = {"Accept": accept, **AUTH}
    if body is not None:
        headers["Content-Type"] = NT
    return request(f"{base}/graph-store?{urllib.parse.urlencode({'graph': graph})}", data=body,
                   headers=headers, method=method)


# -- sending a query ----------------------------------------------------------------------------

def test_get_form_post_and_direct_post_give_the_union_counted_once(url):
    by_get = get(url, COUNT)
    form = request(f"{url}/sparql", data=urllib.parse.urlencode({"query": COUNT}).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"}, method="POST")
    direct = request(f"{url}/sparql", data=COUNT.encode(),
                     headers={"Content-Type": "application/sparql-query"}, method="POST")
    assert by_get[0] == form[0] == direct[0] == 200
    assert by_get[1]["Content-Type"].startswith(RESULTS["json"])
    # the triple both graphs assert counts once: the default graph is their set union
    assert rows(by_get[2])[0]["n"]["value"] == rows(form[2])[0]["n"]["value"] \
        == rows(direct[2])[0]["n"]["value"] == "3"


def test_head_answers_the_headers_without_a_body(url):
    status, headers, body = request(f"{url}/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                                    method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith(RESULTS["json"])


# -- formats and content negotiation ------------------------------------------------------------

def test_select_answers_in_each_results_format_by_accept_and_by_format_parameter(url):
    for fmt, media in RESULTS.items():
        by_accept, by_param = get(url, LABELS, media), get(url, LABELS, None, format=fmt)
        assert by_accept[0] == by_param[0] == 200, fmt
        assert by_accept[1]["Content-Type"].startswith(media)
        assert by_accept[2] == by_param[2]
        if fmt == "csv":
            assert by_accept[2].decode() == "o\r\nПутин\r\n"
        else:
            assert [s["o"].value for s in ox.parse_query_results(by_accept[2], PARSED[fmt])] \
                == ["Путин"]


def test_accept_q_values_pick_the_preferred_format_and_nothing_acceptable_is_406(url):
    accept = "application/sparql-results+json;q=0.5, application/sparql-results+xml;q=0.9"
    status, headers, _ = get(url, COUNT, accept)
    assert status == 200 and headers["Content-Type"].startswith(RESULTS["xml"])
    status, _, body = get(url, COUNT, "image/png")
    assert status == 406 and b"image/png" in body


def test_ask_answers_true_or_false_in_json_and_xml(url):
    status, _, body = get(url, "ASK { ?s <http://example.org/knows> <http://example.org/b> }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = get(url, "ASK { ?s <http://example.org/knows> ?s }", RESULTS["xml"])
    assert status == 200 and headers["Content-Type"].startswith(RESULTS["xml"])
    assert bool(ox.parse_query_results(body, ox.QueryResultsFormat.XML)) is False


def test_construct_answers_the_union_in_each_rdf_format(url):
    for key in ("ttl", "nt", "nq", "trig", "rdf", "jsonld"):
        spec = RDF_FORMATS[key]
        status, headers, body = get(url, "CONSTRUCT WHERE { ?s ?p ?o }", spec.media_type)
        assert status == 200 and headers["Content-Type"].startswith(spec.media_type), key
        assert {q.triple for q in ox.parse(body, spec.ox_format)} == {
            T("putin", "label", "Путин"), T("a", "knows", EX + "b"), T("c", "knows", EX + "d")}


def test_describe_answers_the_triples_about_a_resource(url):
    status, _, body = get(url, f"DESCRIBE <{EX}a>", NT)
    assert status == 200
    assert {q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)} == {T("a", "knows", EX + "b")}


# -- the dataset --------------------------------------------------------------------------------

def test_default_graph_uri_and_named_graph_uri_set_the_dataset(url):
    status, _, body = get(url, "SELECT ?s WHERE { ?s <http://example.org/knows> ?o }",
                          **{"default-graph-uri": G1})
    assert status == 200 and [r["s"]["value"] for r in rows(body)] == [EX + "a"]
    status, _, body = get(url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                          **{"named-graph-uri": G2})
    assert status == 200 and [r["g"]["value"] for r in rows(body)] == [G2]


def test_an_unknown_graph_in_the_dataset_is_404_in_the_error_shape(url):
    status, _, body = get(url, COUNT, "application/json", **{"default-graph-uri": EX + "nope"})
    assert status == 404 and "nope" in error(body, 404)


# -- errors -------------------------------------------------------------------------------------

def test_a_syntax_error_is_400_in_the_error_shape(url):
    status, _, body = get(url, "SELECT ?x WHERE { ?x ", "application/json")
    assert status == 400 and error(body, 400)


def test_wrong_method_and_media_type_are_405_and_415_in_the_error_shape(url):
    status, headers, body = request(f"{url}/sparql", data=b"x", method="PUT",
                                    headers={"Accept": "application/json"})
    assert status == 405 and "POST" in headers["Allow"] and error(body, 405)
    status, _, body = request(f"{url}/sparql", data=COUNT.encode(), method="POST",
                              headers={"Content-Type": "text/plain", "Accept": "application/json"})
    assert status == 415 and "application/sparql-query" in error(body, 415)


# -- limits -------------------------------------------------------------------------------------

def test_an_answer_cut_at_the_row_cap_says_so_in_a_header(capped):
    for fmt in RESULTS:
        status, headers, body = get(capped, "SELECT * WHERE { ?s ?p ?o }", format=fmt)
        assert status == 200 and headers["Results-Truncated"] == "2", fmt
    assert len(rows(get(capped, "SELECT * WHERE { ?s ?p ?o }")[2])) == 2
    status, headers, body = get(capped, "CONSTRUCT WHERE { ?s ?p ?o }", NT)
    assert status == 200 and body.count(b"\n") == 2 and headers["Results-Truncated"] == "2"


def test_an_answer_within_the_row_cap_has_no_truncation_header(capped):
    for query in ("SELECT * WHERE { ?s ?p ?o } LIMIT 2", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"):
        status, headers, _ = get(capped, query)
        assert status == 200 and "Results-Truncated" not in headers


def test_a_query_past_the_timeout_is_503_in_the_error_shape(limited):
    status, _, body = get(limited, HEAVY, "application/json")
    assert status == 503 and f"limit of {QUERY_LIMIT_S:g} s" in error(body, 503)


# -- writes through the SHACL gate --------------------------------------------------------------

def test_a_non_conforming_update_is_422_and_changes_nothing(url, store):
    before = store.triples(None)
    bad = f'<{DOC}> <http://schema.org/datePublished> "вчера" .'  # not a date
    text = f"INSERT DATA {{ GRAPH <{DOC}> {{\n{document()}{bad}\n}} }}"
    status, _, body = sparql_update(url, text)
    assert status == 422 and error(body, 422)
    assert "datePublished" in json.loads(body)["error"]["report"]
    assert not store.has_graph(DOC) and store.triples(None) == before


def test_a_conforming_update_is_200_and_stored_in_its_graph_and_the_union(url, store):
    status, _, body = sparql_update(url, f"INSERT DATA {{ GRAPH <{DOC}> {{\n{document()}\n}} }}")
    assert status == 200, body
    assert len(store.triples(DOC)) == document().count("\n")
    assert store.triples(DOC) <= store.triples(None)
    status, _, body = get(url, f"ASK {{ <{DOC}> a <http://schema.org/NewsArticle> }}")
    assert json.loads(body)["boolean"] is True


def test_graph_store_put_get_and_delete_a_graph(url, store):
    data = document().encode()
    assert gsp(url, "PUT", DOC, data)[0] == 201
    status, headers, body = gsp(url, "GET", DOC)
    assert status == 200 and headers["Content-Type"].startswith(NT)
    assert {q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)} == store.triples(DOC)
    assert len(store.triples(DOC)) == document().count("\n")
    assert gsp(url, "PUT", DOC, data)[0] == 204  # replaced
    assert gsp(url, "DELETE", DOC)[0] == 204
    assert not store.has_graph(DOC)
    status, _, body = gsp(url, "GET", DOC, accept="application/json")
    assert status == 404 and error(body, 404)


def test_a_non_conforming_graph_store_put_is_422_and_leaves_the_graph_as_it_was(url, store):
    assert gsp(url, "PUT", DOC, document().encode())[0] == 201
    before = store.triples(DOC)
    bad = "".join(line + "\n" for line in fixture_ntriples("invalid/two-entity-types.ttl")
                  .splitlines() if "XMLSchema#duration" not in line)
    status, _, body = gsp(url, "PUT", DOC, bad.encode(), accept="application/json")
    assert status == 422 and error(body, 422)
    assert store.triples(DOC) == before


def test_graph_store_post_merges_into_the_graph_and_the_union(url, store):
    assert gsp(url, "PUT", DOC, document().encode())[0] == 201
    extra = f'<{DOC}> <http://schema.org/publisher> "ТАСС" .\n'
    assert gsp(url, "POST", DOC, extra.encode())[0] == 204
    assert len(store.triples(DOC)) == document().count("\n") + 1
    status, _, body = get(url, f'ASK {{ <{DOC}> <http://schema.org/publisher> "ТАСС" }}')
    assert json.loads(body)["boolean"] is True


def test_graph_store_reads_the_default_graph_as_the_union_and_refuses_to_write_it(url, store):
    status, _, body = request(f"{url}/graph-store?default", headers={"Accept": NT})
    assert status == 200
    assert {q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)} == store.triples(None) == {
        T("putin", "label", "Путин"), T("a", "knows", EX + "b"), T("c", "knows", EX + "d")}
    status, _, body = request(f"{url}/graph-store?default", data=b"", method="PUT",
                              headers={"Content-Type": NT, "Accept": "application/json", **AUTH})
    assert status == 405 and "derived" in error(body, 405)


@pytest.fixture
def keeps_durations(backend) -> None:
    """Skips, before any engine starts, the backends that cannot store an xsd:duration."""
    if backend == "virtuoso":
        pytest.skip("Virtuoso 7.2 cannot store xsd:duration literals (a documented limit: "
                    "docs/deployment.md, upstream issue 224)")


def test_a_document_with_a_duration_keeps_it(keeps_durations, url, store):
    assert gsp(url, "PUT", DOC, fixture_ntriples().encode())[0] == 201
    status, _, body = get(url, "SELECT ?d WHERE { ?e <http://schema.org/duration> ?d }")
    assert status == 200 and [r["d"]["value"] for r in rows(body)] == ["PT50M"]
