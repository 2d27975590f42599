"""`kg load`: RDF files in bulk through the SHACL gate, graph by graph, keeping the default graph
the exact union; graphs that do not conform are refused and not stored."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.loader import load
from tests.conftest import SHARED
from tests.test_server_writes import fixture_ntriples

GOOD, BAD = "http://example.org/graph/good", "http://example.org/graph/bad"


def nquads(graph: str, ntriples: str) -> str:
    return "".join(line[:-1] + f"<{graph}> .\n" for line in ntriples.splitlines() if line.strip())


def union_is_exact(store) -> bool:
    named: set = set()
    for name in store.graph_names():
        named |= store.triples(name)
    return store.triples(None) == named


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A gzipped N-Quads file with one conforming and one non-conforming graph."""
    path = tmp_path / "mixed.nq.gz"
    text = (nquads(GOOD, fixture_ntriples())
            + nquads(BAD, fixture_ntriples("invalid/two-entity-types.ttl")))
    path.write_bytes(gzip.compress(text.encode()))
    return path


def test_conforming_graphs_are_stored_and_the_others_refused(store, mixed):
    summary = load(store, [str(mixed)], processes=1)
    assert store.graph_names() == [GOOD]
    assert list(summary.refused) == [BAD] and "Conforms: False" in summary.refused[BAD]
    assert summary.graphs == 1 and summary.triples == len(store.triples(GOOD))
    assert union_is_exact(store)


def test_loading_the_same_file_again_gives_the_same_store(store, mixed):
    load(store, [str(mixed)], processes=1)
    first = set(store.quads())
    load(store, [str(mixed)], processes=1)
    assert set(store.quads()) == first and union_is_exact(store)


def test_turtle_goes_into_the_graph_named_by_the_graph_option(store, tmp_path):
    from rdflib import Graph

    path = tmp_path / "doc.ttl"
    path.write_text(Graph().parse(data=fixture_ntriples(), format="nt").serialize(format="turtle"))
    load(store, [str(path)], graph=GOOD, processes=1)
    assert store.graph_names() == [GOOD] and union_is_exact(store)


def test_triples_without_a_graph_need_the_graph_option(store, tmp_path):
    path = tmp_path / "doc.nt"
    path.write_text(fixture_ntriples())
    with pytest.raises(InputError, match="--graph"):
        load(store, [str(path)], processes=1)
    assert store.graph_names() == []


def test_trig_keeps_its_graphs(store, tmp_path):
    quads = ox.parse(nquads(GOOD, fixture_ntriples()).encode(), ox.RdfFormat.N_QUADS)
    path = tmp_path / "doc.trig"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    load(store, [str(path)], processes=1)
    assert store.graph_names() == [GOOD]


def test_a_graph_split_across_the_file_is_loaded_whole(store, tmp_path):
    lines = nquads(GOOD, fixture_ntriples()).splitlines(keepends=True)
    other = nquads("http://example.org/graph/other", fixture_ntriples())
    path = tmp_path / "split.nq"
    path.write_text("".join(lines[:10]) + other + "".join(lines[10:]))
    load(store, [str(path)], processes=1)
    assert len(store.triples(GOOD)) == len(lines) and union_is_exact(store)


def test_the_cli_shows_progress_and_a_summary_and_exits_3_on_refusals(settings, mixed):
    done = subprocess.run([sys.executable, "-m", "kg", "load", str(mixed), "--store",
                           settings.store, "--processes", "1"], capture_output=True, text=True)
    assert done.returncode == 3
    assert "loading:" in done.stderr and f"VIOLATES\t{BAD}" in done.stderr
    assert done.stdout.startswith("loaded 1 graphs,") and "1 graphs refused" in done.stdout


def test_generated_bench_data_loads_and_conforms(store, tmp_path):
    gen = SHARED / "bench" / "gen.py"
    if not gen.exists():
        pytest.skip(f"needs the shared bench generator: {gen} is missing")
    path = tmp_path / "x.nq.gz"
    subprocess.run([sys.executable, str(gen), "--docs", "20", "-o", str(path)], check=True,
                   capture_output=True)
    in_file = {q.graph_name.value for q in ox.parse(gzip.open(path), ox.RdfFormat.N_QUADS)}
    summary = load(store, [str(path)], processes=2)
    assert not summary.refused, next(iter(summary.refused.values()))
    assert set(store.graph_names()) == in_file and summary.graphs == len(in_file)
    assert union_is_exact(store)
