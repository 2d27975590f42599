"""Dump files prepared in the background (kg.store.oxigraph.dump_files): they appear after a write without any
download, go with the next write, are served byte for byte as `kg dump` writes them, and leave
ETags and 304s as they were."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import pytest

from kg.store.oxigraph.dump_files import cache_folder, store_version
from tests.conftest import serve
from tests.test_server_dumps import EX, T, fetch, fill

DEADLINE = 60  # seconds: a child process starts Python and dumps a tiny store well within this


@pytest.fixture
def quick(settings):
    return settings.replace(dump_delay=0.05)


def wait_for(predicate, what: str):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"not within {DEADLINE} s: {what}")


def prepared(store, ext: str) -> str:
    return os.path.join(cache_folder(store), f"{store_version(store)}.{ext}")


def kg_dump(store, tmp_path, ext: str) -> bytes:
    """`kg dump` of a consistent copy of the store (the served store is locked by the server)."""
    copy = tmp_path / f"copy-{store.generation}-{ext}"
    store.checkpoint(str(copy))
    out = tmp_path / f"cli-{store.generation}.{ext}"
    subprocess.run([sys.executable, "-m", "kg", "dump", "--store", str(copy), "--format",
                    ext.removesuffix(".gz"), "-o", str(out)], check=True, capture_output=True)
    return out.read_bytes()


def test_a_write_gets_its_dump_files_without_any_download(quick, store):
    with serve(quick, store):
        fill(store)
        for ext in ("nt", "nq"):
            path = prepared(store, ext)
            wait_for(lambda p=path: os.path.exists(p), f"{path} written")
            assert "два".encode() in open(path, "rb").read()


def test_the_next_write_removes_the_old_files_and_prepares_new_ones(quick, store):
    with serve(quick, store):
        fill(store)
        old = prepared(store, "nt")
        wait_for(lambda: os.path.exists(old), "the first generation's file")
        store.replace_graphs({EX + "g3": {T("c", "три")}})
        new = prepared(store, "nt")
        wait_for(lambda: not os.path.exists(old), "the old file removed")
        wait_for(lambda: os.path.exists(new), "the new generation's file")
        assert "три".encode() in open(new, "rb").read()


@pytest.mark.parametrize("ext", ["nt", "nq"])
def test_the_download_of_a_prepared_file_is_kg_dump_byte_for_byte(quick, store, tmp_path, ext):
    fill(store)
    with serve(quick, store) as (url, _):  # the store's files are prepared at start-up
        path = prepared(store, ext)
        wait_for(lambda: os.path.exists(path), "prepared at start-up")
        _, _, body = fetch(f"{url}/dump.{ext}")
        assert body == open(path, "rb").read() == kg_dump(store, tmp_path, ext) and body


def test_a_format_downloaded_before_is_prepared_for_the_next_generation(quick, store, tmp_path):
    fill(store)
    with serve(quick, store) as (url, _):
        first = fetch(f"{url}/dump.nt.gz")[2]
        store.replace_graphs({EX + "g3": {T("c", "три")}})
        path = prepared(store, "nt.gz")
        wait_for(lambda: os.path.exists(path), "the gzip dump prepared")
        body = fetch(f"{url}/dump.nt.gz")[2]
        assert body != first
        assert body == open(path, "rb").read() == kg_dump(store, tmp_path, "nt.gz")


def test_etag_and_304_are_the_same_before_and_after_the_file_is_ready(settings, store):
    fill(store)
    with serve(settings.replace(dump_delay=-1), store) as (url, _):
        _, before, body_before = fetch(f"{url}/dump.nq")
    os.unlink(prepared(store, "nq"))  # the copy the download kept: the preparer must write it
    with serve(settings.replace(dump_delay=0.05), store) as (url, _):
        path = prepared(store, "nq")
        wait_for(lambda: os.path.exists(path), "prepared")
        status, after, body = fetch(f"{url}/dump.nq")
        assert status == 200 and after["ETag"] == before["ETag"] and body == body_before
        status, _, empty = fetch(f"{url}/dump.nq", {"If-None-Match": before["ETag"]})
        assert status == 304 and empty == b""


def test_a_write_during_preparation_leaves_only_the_newest_state(quick, store, tmp_path):
    fill(store)
    with serve(quick, store) as (_, app):
        preparer = app.extensions["kg_dump_preparer"]
        wait_for(lambda: preparer._job is not None or os.path.exists(prepared(store, "nq")),
                 "a preparation started")
        store.replace_graphs({EX + "g3": {T("c", "три")}})
        path = prepared(store, "nq")
        wait_for(lambda: os.path.exists(path), "the newest generation prepared")
        folder = cache_folder(store)
        wait_for(lambda: sorted(os.listdir(folder)) == sorted(
            os.path.basename(prepared(store, e)) for e in ("nt", "nq")), "only the newest files")
        assert open(path, "rb").read() == kg_dump(store, tmp_path, "nq")


def test_a_negative_delay_prepares_nothing(settings, store):
    fill(store)
    with serve(settings.replace(dump_delay=-1), store) as (_, app):
        assert "kg_dump_preparer" not in app.extensions


def test_a_prepared_file_is_sent_with_its_length(quick, store):
    fill(store)
    with serve(quick, store) as (url, _):
        path = prepared(store, "nt")
        wait_for(lambda: os.path.exists(path), "prepared")
        status, headers, body = fetch(f"{url}/dump.nt")
        assert status == 200
        assert int(headers["Content-Length"]) == os.path.getsize(path) == len(body)


def test_head_tells_the_length_once_the_file_is_ready(quick, store):
    fill(store)
    with serve(quick, store) as (url, _):
        path = prepared(store, "nq")
        wait_for(lambda: os.path.exists(path), "prepared")
        req = urllib.request.Request(f"{url}/dump.nq", method="HEAD")
        with urllib.request.urlopen(req, timeout=30) as r:
            assert int(r.headers["Content-Length"]) == os.path.getsize(path) and r.read() == b""


def test_head_gives_no_length_before_the_file_is_ready(settings, store):
    fill(store)
    with serve(settings.replace(dump_delay=-1), store) as (url, _):
        req = urllib.request.Request(f"{url}/dump.nq", method="HEAD")
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status == 200 and "Content-Length" not in r.headers


def test_a_newer_write_kills_the_preparation_of_an_older_generation(quick, store):
    fill(store)
    with serve(quick, store) as (_, app):
        preparer = app.extensions["kg_dump_preparer"]
        job = wait_for(lambda: preparer._job, "a preparation started")
        store.replace_graphs({EX + "g3": {T("c", "три")}})  # before its Python has even started
        wait_for(lambda: job.proc.poll() is not None, "the old child ended")
        assert job.proc.returncode == -9
        assert not any(os.path.exists(p) for p in job.parts.values())


def test_formats_kept_before_a_restart_are_prepared_after_it(settings, store):
    fill(store)
    with serve(settings.replace(dump_delay=-1), store) as (url, _):
        fetch(f"{url}/dump.ttl")  # kept beside the store, under this server's version
    with serve(settings.replace(dump_delay=0.05), store) as (_, app):
        assert "ttl" in app.extensions["kg_dump_preparer"].wanted()


def test_a_download_during_preparation_follows_the_file_being_written(quick, store, tmp_path):
    fill(store)
    with serve(quick, store) as (_, app):
        preparer = app.extensions["kg_dump_preparer"]
        job = wait_for(lambda: preparer._job, "a preparation started")
        following = preparer.follow(job.generation, "nq")
        assert following is not None
        assert b"".join(following) == kg_dump(store, tmp_path, "nq")


def test_a_followed_download_is_cut_when_a_newer_write_stops_the_preparation(quick, store):
    from kg.errors import StoreError

    fill(store)
    with serve(quick, store) as (_, app):
        preparer = app.extensions["kg_dump_preparer"]
        job = wait_for(lambda: preparer._job, "a preparation started")
        following = preparer.follow(job.generation, "nq")
        store.replace_graphs({EX + "g3": {T("c", "три")}})
        with pytest.raises(StoreError):
            b"".join(following)
