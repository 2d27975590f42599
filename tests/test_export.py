"""kg.export.start_stream: a writer's output as chunks, its failures raised where they are read."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.export import start_stream


def _failing(after_announcing: bool):
    def work(out, announce):
        if after_announcing:
            announce("header")
            out.write(b"x" * 100_000)
        raise KgError("the writer failed", status=503)

    return work


def test_a_failure_before_the_announcement_is_raised_by_start_stream():
    with pytest.raises(KgError, match="the writer failed"):
        start_stream(_failing(after_announcing=False))


def test_a_failure_after_the_announcement_is_raised_while_reading_the_body():
    header, body = start_stream(_failing(after_announcing=True))
    assert header == "header"
    with pytest.raises(KgError, match="the writer failed"):
        for _ in body:
            pass


def test_a_writer_that_succeeds_gives_all_it_wrote():
    def work(out, announce):
        announce(None)
        out.write(b"a" * 70_000)
        out.write(b"b")

    _, body = start_stream(work)
    assert b"".join(body) == b"a" * 70_000 + b"b"
