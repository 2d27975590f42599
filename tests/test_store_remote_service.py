"""newskg over a remote SPARQL store, as an operator runs it: `kg ingest`, `kg query` and `kg serve`
with only the KG_STORE_* variables set, against Oxigraph server and Virtuoso on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from tests.engines import emptied, shared_engine
from tests.live_process import KG, kg_serve, request

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
ARTICLES = ["ru-biden-correa-snowden-call.txt", "ru-huntsman-ambassador-russia.txt"]
BASE = "http://localhost:5999/"


@pytest.fixture(scope="module", params=["oxigraph-server", "virtuoso"])
def remote(request, tmp_path_factory):
    engine = shared_engine(request.param)
    if engine is None:
        pytest.skip(f"{request.param} is not installed (scripts/test-deps.sh installs it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(emptied(engine).settings_env(), KG_BASE=BASE)
    # no --store anywhere: the KG_STORE_* variables choose the remote store
    done = subprocess.run([KG, "ingest", *(str(CORPUS / a) for a in ARTICLES)], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return env


def kg(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], env=env, capture_output=True, text=True, timeout=300)


def sparql(url: str, query: str) -> dict:
    status, _, body = request(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}",
                              headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return json.loads(body)


def test_ingest_stores_each_article_in_its_own_graph(remote):
    out = kg(remote, "query", "SELECT ?g WHERE { GRAPH ?g { ?g a <http://schema.org/NewsArticle> } }",
             "--format", "json")
    graphs = {b["g"]["value"] for b in json.loads(out.stdout)["results"]["bindings"]}
    assert graphs == {BASE + "doc/" + a[:-4] for a in ARTICLES}


def test_a_triple_both_articles_assert_is_seen_once_by_the_endpoint(remote):
    with kg_serve(Path("unused"), env=remote) as (url, _):
        # a country both articles mention: its label is asserted by both documents
        rows = sparql(url, "SELECT ?l WHERE { ?c <http://www.w3.org/2002/07/owl#sameAs> "
                           "<http://www.wikidata.org/entity/Q30> ; "
                           "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'ru') }")
        labels = [b["l"]["value"] for b in rows["results"]["bindings"]]
        asserted_by = sparql(url, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?c "
                                  "<http://www.w3.org/2002/07/owl#sameAs> "
                                  "<http://www.wikidata.org/entity/Q30> } "
                                  f"FILTER(STRSTARTS(STR(?g), '{BASE}doc/')) }}")
    assert asserted_by["results"]["bindings"][0]["n"]["value"] == "2"
    assert len(labels) == len(set(labels)) >= 1


def test_the_served_pages_and_void_read_the_remote_store(remote):
    with kg_serve(Path("unused"), env=remote) as (url, _):
        rows = sparql(url, "SELECT ?e WHERE { ?e a <http://schema.org/Person> } LIMIT 1")
        person = rows["results"]["bindings"][0]["e"]["value"]
        status, _, page = request(url + urllib.parse.urlsplit(person).path,
                                  headers={"Accept": "text/html"})
        assert status == 200 and b"<html" in page
        status, _, void = request(url + "/.well-known/void", headers={"Accept": "text/turtle"})
        assert status == 200 and b"void:triples" in void


def test_a_write_through_the_endpoint_passes_the_shacl_gate_on_the_remote_store(remote):
    env = {**remote, "KG_TOKEN": "a-long-enough-secret"}
    graph = BASE + "doc/ru-biden-correa-snowden-call"
    bad = f"INSERT DATA {{ GRAPH <{graph}> {{ <{graph}> <http://schema.org/datePublished> \"вчера\" }} }}"
    with kg_serve(Path("unused"), env=env) as (url, _):
        status, _, body = request(url + "/sparql", data=urllib.parse.urlencode({"update": bad}).encode(),
                                  headers={"Authorization": "Bearer a-long-enough-secret",
                                           "Content-Type": "application/x-www-form-urlencoded"})
        assert status == 422, body
        asked = sparql(url, f"ASK {{ <{graph}> <http://schema.org/datePublished> \"вчера\" }}")
    assert asked["boolean"] is False


def test_kg_dump_and_kg_load_carry_the_graph_between_remote_stores(remote, tmp_path):
    dump = tmp_path / "all.nq"
    done = kg(remote, "dump", "--format", "nq", "--output", str(dump))
    assert done.returncode == 0, done.stderr
    graphs = {line.rsplit(" ", 2)[-2] for line in dump.read_text(encoding="utf-8").splitlines() if line}
    # the documents, and the ontology beside them as on the embedded store
    assert graphs == {f"<{BASE}doc/{a[:-4]}>" for a in ARTICLES} | {"<https://w3id.org/newskg>"}
    # into a new embedded store and back out: the same quads
    copy = tmp_path / "copy"
    embedded = {k: v for k, v in remote.items() if not k.startswith("KG_STORE_")}
    done = kg(embedded, "load", str(dump), "--store", str(copy))
    assert done.returncode == 0, done.stderr
    again = tmp_path / "again.nq"
    done = kg(embedded, "dump", "--format", "nq", "--output", str(again), "--store", str(copy))
    assert by_value(again) == by_value(dump)


def by_value(nquads: Path) -> list[str]:
    """The lines of an N-Quads file, with derived integer types read as xsd:integer, as Oxigraph
    stores them (Virtuoso keeps xsd:nonNegativeInteger as written)."""
    text = nquads.read_text(encoding="utf-8").replace("XMLSchema#nonNegativeInteger>", "XMLSchema#integer>")
    return sorted(text.splitlines())


def test_a_dask_cluster_ingests_into_the_remote_store(remote, tmp_path):
    article = tmp_path / "ru-cluster.txt"
    article.write_text("Президент Франции Эммануэль Макрон встретился в Париже с канцлером "
                       "Германии Олафом Шольцем.\n", encoding="utf-8")
    done = kg(remote, "ingest", str(article), "--workers", "1")
    assert done.returncode == 0, done.stderr
    out = kg(remote, "query", f"ASK {{ GRAPH <{BASE}doc/ru-cluster> {{ ?s ?p ?o }} }}",
             "--format", "json")
    assert json.loads(out.stdout) is True  # `kg query --format json` prints an ASK as a bare boolean
