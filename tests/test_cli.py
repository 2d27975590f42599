"""The `kg` command: every command run as a real process, its output, messages and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from conftest import EXAMPLES

EXAMPLE = EXAMPLES / "ru-scholz-macron-call.txt"


def kg(*args: str, store: Path, stdin: str | None = None, base: bool = True) -> subprocess.CompletedProcess:
    """`kg ARGS --store STORE` as a process; with KG_BASE set to the default unless `base=False`."""
    env = {"PATH": "/usr/bin:/bin", **({"KG_BASE": "http://localhost:5000/"} if base else {})}
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(store)],
                          input=stdin, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def loaded(store_dir) -> Path:
    r = kg("ingest", str(EXAMPLES), store=store_dir)
    assert r.returncode == 0, r.stderr
    return store_dir


def test_ingest_prints_each_document_iri_and_triple_count(store_dir):
    r = kg("ingest", str(EXAMPLE), store=store_dir)
    assert r.returncode == 0, r.stderr
    iri, triples = r.stdout.split("\t")[:2]
    assert iri == "http://localhost:5000/doc/ru-scholz-macron-call"
    assert int(triples.split()[0]) > 50


def test_ingest_takes_metadata_from_the_sidecar_file(loaded):
    r = kg("query", "PREFIX schema: <http://schema.org/> SELECT ?d WHERE { "
           "<http://localhost:5000/doc/ru-scholz-macron-call> schema:datePublished ?d }",
           "--format", "json", store=loaded)
    values = [b["d"]["value"] for b in json.loads(r.stdout)["results"]["bindings"]]
    assert values == ["2023-10-05"]


def test_ingest_reads_stdin_with_flags(store_dir):
    r = kg("ingest", "-", "--id", "from-stdin", "--published", "2024-03-01", "--title", "T",
           store=store_dir, stdin="Премьер-министр Италии Джорджа Мелони прибыла в Токио.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("http://localhost:5000/doc/from-stdin\t")


def test_reingest_says_the_document_was_replaced(loaded):
    r = kg("ingest", str(EXAMPLE), store=loaded)
    assert "(replaced)" in r.stdout


def test_missing_file_is_a_clear_error_with_exit_2(store_dir):
    r = kg("ingest", "/nonexistent/article.txt", store=store_dir)
    assert r.returncode == 2
    assert "no such file" in r.stderr


def test_non_utf8_file_is_a_clear_error(tmp_path, store_dir):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Привет".encode("cp1251"))
    r = kg("ingest", str(bad), store=store_dir)
    assert r.returncode == 2 and "not UTF-8" in r.stderr


def test_a_batch_stores_every_good_file_and_names_each_bad_one(tmp_path, store_dir):
    import shutil

    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a-good.txt")
    (folder / "b-latin1.txt").write_bytes("Привет".encode("cp1251"))
    (folder / "c-empty.txt").write_text("  \n", encoding="utf-8")
    shutil.copy(EXAMPLES / "ru-un-security-council.txt", folder / "d-good.txt")
    r = kg("ingest", str(folder), store=store_dir)
    assert r.returncode == 1
    assert [line.split("\t")[0].rsplit("/", 1)[-1] for line in r.stdout.splitlines()] == ["a-good", "d-good"]
    assert "b-latin1.txt: not UTF-8" in r.stderr and "c-empty.txt: 'text' is required" in r.stderr
    assert "2 documents stored, 2 failed" in r.stderr
    listed = kg("query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
           "FILTER(?g != <https://w3id.org/newskg>) }",
                "--format", "csv", store=store_dir)
    assert listed.stdout.split()[-1] == "2"


def test_progress_shows_count_rate_and_time_left(tmp_path, store_dir):
    r = kg("ingest", str(EXAMPLES), "--progress", store=store_dir)
    assert r.returncode == 0, r.stderr
    assert "kg: 3/3 documents, " in r.stderr and "/s" in r.stderr


def test_an_article_in_another_language_is_refused_with_the_reason(tmp_path, store_dir):
    english = tmp_path / "english.txt"
    english.write_text("The Prime Minister met the President in London on Tuesday to discuss "
                       "trade, security and the war in the region.", encoding="utf-8")
    r = kg("ingest", str(english), store=store_dir)
    assert r.returncode == 2 and "does not look like Russian" in r.stderr


def test_bad_date_is_a_clear_error(store_dir):
    r = kg("ingest", str(EXAMPLE), "--published", "yesterday", store=store_dir)
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr


def test_query_prints_a_table(loaded):
    r = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/NewsArticle> }",
           store=loaded)
    assert r.returncode == 0
    assert r.stdout.splitlines()[2].strip() == "3"


def test_query_syntax_error_says_what_is_wrong(loaded):
    r = kg("query", "SELEC ?x", store=loaded)
    assert r.returncode == 2 and "syntax" in r.stderr.lower()


def test_query_from_file(loaded):
    r = kg("query", "-f", "kg/data/queries/06-documents.rq", "--format", "csv", store=loaded)
    assert r.returncode == 0 and len(r.stdout.strip().splitlines()) == 4


@pytest.mark.parametrize("fmt, dataset", [("ttl", False), ("nt", False), ("rdf", False),
                                          ("nq", True), ("trig", True), ("jsonld", True)])
def test_dump_parses_back_to_the_same_size(loaded, tmp_path, fmt, dataset):
    out = tmp_path / f"dump.{fmt}"
    r = kg("dump", "--format", fmt, "-o", str(out), store=loaded)
    assert r.returncode == 0, r.stderr
    nq = tmp_path / "all.nq"
    kg("dump", "--format", "nq", "-o", str(nq), store=loaded)
    quads = len(Dataset().parse(nq, format="nquads"))
    nt = tmp_path / "all.nt"
    kg("dump", "--format", "nt", "-o", str(nt), store=loaded)
    triples = len(Graph().parse(nt, format="nt"))
    name = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "nq": "nquads", "trig": "trig",
            "jsonld": "json-ld"}[fmt]
    if dataset:
        assert len(Dataset().parse(out, format=name)) == quads
    else:
        assert len(Graph().parse(out, format=name)) == triples


def test_validate_store_reports_every_graph_conforming(loaded):
    r = kg("validate", store=loaded)
    assert r.returncode == 0, r.stdout
    assert "3 of 3 graphs conform" in r.stdout


def test_validate_file_that_violates_exits_3(tmp_path, store_dir):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://x/e> a <http://schema.org/Person> , <http://schema.org/Place> ;"
                   ' <http://www.w3.org/2000/01/rdf-schema#label> "X"@ru .')
    r = kg("validate", str(bad), store=store_dir)
    assert r.returncode == 3 and "VIOLATES" in r.stdout


def test_delete_removes_a_document_by_id(loaded):
    r = kg("delete", "ru-scholz-macron-call", store=loaded)
    assert r.returncode == 0
    r = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/NewsArticle> }",
           store=loaded)
    assert r.stdout.splitlines()[2].strip() == "2"


def test_delete_unknown_document_exits_1(loaded):
    r = kg("delete", "no-such-doc", store=loaded)
    assert r.returncode == 1 and "no document" in r.stderr


def test_optimize_compacts_the_store_and_keeps_every_triple(loaded):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = kg("query", count, store=loaded)
    r = kg("optimize", store=loaded)
    assert r.returncode == 0 and "compacted" in r.stdout
    after = kg("query", count, store=loaded)
    assert after.returncode == 0 and after.stdout == before.stdout


def test_the_store_keeps_its_base_and_later_commands_use_it(store_dir):
    r = kg("ingest", str(EXAMPLE), "--base", "https://news.example.org/", store=store_dir, base=False)
    assert r.returncode == 0, r.stderr
    graphs = kg("query", "SELECT ?g WHERE { GRAPH ?g {} }", "--format", "csv", store=store_dir, base=False)
    assert "https://news.example.org/doc/ru-scholz-macron-call" in graphs.stdout
    deleted = kg("delete", "ru-scholz-macron-call", store=store_dir, base=False)  # no --base: the store's
    assert deleted.returncode == 0 and "https://news.example.org/doc/" in deleted.stdout


def test_a_base_that_contradicts_the_store_is_refused_naming_both(store_dir):
    assert kg("ingest", str(EXAMPLE), "--base", "https://a.example/", store=store_dir, base=False).returncode == 0
    r = kg("ingest", str(EXAMPLE), "--base", "https://b.example/", store=store_dir, base=False)
    assert r.returncode == 1
    assert "https://a.example/" in r.stderr and "https://b.example/" in r.stderr and "kg rebase" in r.stderr


def test_rebase_moves_every_iri_and_records_the_new_base(store_dir):
    assert kg("ingest", str(EXAMPLE), "--base", "https://a.example/", store=store_dir, base=False).returncode == 0
    r = kg("rebase", "https://b.example/", store=store_dir, base=False)
    assert r.returncode == 0 and "from https://a.example/ to https://b.example/" in r.stdout
    old = kg("query", "ASK { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'a.example') || "
             "CONTAINS(STR(?s), 'a.example') || CONTAINS(STR(?o), 'a.example')) }",
             "--format", "json", store=store_dir, base=False)
    assert json.loads(old.stdout) is False
    again = kg("ingest", str(EXAMPLE), "--base", "https://b.example/", store=store_dir, base=False)
    assert again.returncode == 0 and "(replaced)" in again.stdout


@pytest.fixture
def running_server(loaded):
    """`kg serve` as a real process over the loaded store; yields the store folder."""
    from live_process import kg_serve

    with kg_serve(loaded):
        yield loaded


def test_reading_commands_work_beside_a_running_server(running_server):
    q = kg("query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
           "FILTER(?g != <https://w3id.org/newskg>) }",
           "--format", "csv", store=running_server)
    assert q.returncode == 0 and q.stdout.split()[-1] == "3", q.stderr
    assert kg("dump", "--format", "nt", store=running_server).returncode == 0
    assert kg("validate", store=running_server).returncode == 0


def test_a_write_beside_a_running_server_says_the_server_holds_the_store(running_server):
    r = kg("ingest", str(EXAMPLE), store=running_server, base=False)
    assert r.returncode != 0
    assert "in use by another process" in r.stderr and "POST /documents" in r.stderr


def test_a_backup_taken_beside_a_running_server_serves_the_same_data(running_server, tmp_path):
    backup = tmp_path / "backup"
    r = kg("backup", str(backup), store=running_server)
    assert r.returncode == 0, r.stderr
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    original = kg("query", count, "--format", "csv", store=running_server)
    copy = kg("query", count, "--format", "csv", store=backup)
    assert copy.returncode == 0 and copy.stdout == original.stdout and int(copy.stdout.split()[-1]) > 0
    assert json.loads((backup / "newskg.json").read_text())["base"] == "http://localhost:5000/"


def test_a_backup_never_overwrites_a_folder_with_files(loaded, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    r = kg("backup", str(tmp_path / "full"), store=loaded)
    assert r.returncode == 2 and "not empty" in r.stderr
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


def test_reading_a_store_that_does_not_exist_says_so(tmp_path):
    r = kg("query", "ASK {}", store=tmp_path / "no-such-store")
    assert r.returncode != 0 and "there is no store" in r.stderr
    assert not (tmp_path / "no-such-store").exists()
