"""Dumps at /dump.<ext>[.gz]: every format parses back to the store, gzip is the same bytes
compressed, conditional requests get 304 until a write, and `kg dump` gives the same bytes."""

from __future__ import annotations

import gzip
import subprocess
import sys
import urllib.error
import urllib.request

import pyoxigraph as ox
import pytest

from kg.rdf.formats import RDF_FORMATS
from tests.conftest import serve

EX = "http://example.org/"


def T(s: str, o: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal(o, language="ru"))


def fill(store) -> None:
    store.replace_graphs({EX + "g1": {T("a", "один"), T("shared", "общий")},
                          EX + "g2": {T("b", "два"), T("shared", "общий")}})


def fetch(url: str, headers: dict | None = None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


@pytest.fixture
def dumped(live_server, store):
    fill(store)
    return live_server


@pytest.mark.parametrize("key", list(RDF_FORMATS))
def test_every_dump_parses_back_to_the_store(dumped, store, key):
    spec = RDF_FORMATS[key]
    status, headers, body = fetch(f"{dumped}/dump.{key}")
    assert status == 200 and headers["Content-Type"].startswith(spec.media_type)
    parsed = list(ox.parse(body, spec.ox_format))
    if spec.dataset:  # every named graph, with its name
        assert {(q.graph_name.value, q.triple) for q in parsed} == \
               {(q.graph_name.value, q.triple) for q in store.quads()}
    else:  # the default graph: the union as a set, the shared triple once
        assert {q.triple for q in parsed} == store.triples(None) and len(parsed) == 3


@pytest.mark.parametrize("key", ["nt", "nq", "ttl"])
def test_gzip_dump_is_the_plain_dump_compressed(dumped, key):
    _, headers, packed = fetch(f"{dumped}/dump.{key}.gz")
    assert headers["Content-Type"] == "application/gzip"
    assert gzip.decompress(packed) == fetch(f"{dumped}/dump.{key}")[2]


def test_if_none_match_gets_304_until_a_write_changes_the_etag(dumped, store):
    _, headers, _ = fetch(f"{dumped}/dump.nt")
    tag = headers["ETag"]
    status, again, body = fetch(f"{dumped}/dump.nt", {"If-None-Match": tag})
    assert status == 304 and body == b"" and again["ETag"] == tag
    store.replace_graphs({EX + "g3": {T("c", "три")}})
    status, after, _ = fetch(f"{dumped}/dump.nt", {"If-None-Match": tag})
    assert status == 200 and after["ETag"] != tag


def test_each_format_has_its_own_etag(dumped):
    assert fetch(f"{dumped}/dump.nt")[1]["ETag"] != fetch(f"{dumped}/dump.ttl")[1]["ETag"]


def test_if_modified_since_the_last_write_gets_304(dumped):
    _, headers, _ = fetch(f"{dumped}/dump.ttl")
    status, _, _ = fetch(f"{dumped}/dump.ttl", {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304
    long_ago = {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}
    status, _, _ = fetch(f"{dumped}/dump.ttl", long_ago)
    assert status == 200


def test_unknown_dump_format_is_404(dumped):
    assert fetch(f"{dumped}/dump.xyz")[0] == 404


@pytest.mark.parametrize("key", [*RDF_FORMATS, "nt.gz", "nq.gz"])
def test_kg_dump_is_byte_identical_to_the_http_dump(settings, tmp_path, key):
    from kg.store import open_store

    store = open_store(settings.store)
    fill(store)
    store.flush()
    store.close()
    del store
    out = tmp_path / f"cli.{key}"
    subprocess.run([sys.executable, "-m", "kg", "dump", "--store", settings.store, "--format",
                    key.removesuffix(".gz"), "-o", str(out)], check=True, capture_output=True)
    store = open_store(settings.store)
    try:
        with serve(settings, store) as (url, _):
            _, _, body = fetch(f"{url}/dump.{key}")
    finally:
        store.close()
    assert body == out.read_bytes() and body


def test_a_repeated_dump_is_the_same_and_a_write_shows_in_the_next(dumped, store):
    first = fetch(f"{dumped}/dump.nt")[2]
    assert fetch(f"{dumped}/dump.nt")[2] == first  # the second comes from the kept file
    store.replace_graphs({EX + "g3": {T("c", "три")}})
    after = fetch(f"{dumped}/dump.nt")[2]
    assert after != first and "три".encode() in after
