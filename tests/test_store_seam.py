"""The store seam holds: outside its backend's package, no code reaches the Oxigraph engine."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BACKEND = ROOT / "kg" / "store" / "oxigraph"
# what only the embedded backend may touch: the engine, its query answers, its bulk loader and
# checkpoints, the open handle, and the backend's modules themselves
ENGINE = re.compile(r"\box\.Store\b|\bpyoxigraph\.Store\b|\bQuery(?:Solutions|Boolean|Triples)\b"
                    r"|\.raw\b|\.bulk_load\(|\.checkpoint\(|\bin_memory\b"
                    r"|^\s*(?:from|import)\s+kg\.store\.oxigraph\b", re.MULTILINE)


# A backend package may use pyoxigraph's in-memory engine as a tool (the remote backend runs a
# gated update on an in-memory copy of the graphs it names), but never the embedded backend.
OTHER_BACKENDS = [ROOT / "kg" / "store" / "remote"]
TOOL = re.compile(r"\box\.Store\(\)")


def _callers() -> list[Path]:
    files = [*(ROOT / "kg").rglob("*.py"), *(ROOT / "server").rglob("*.py")]
    return [f for f in files if BACKEND not in f.parents]


def _leaks(f: Path, text: str) -> list[str]:
    tool_allowed = any(b in f.parents for b in OTHER_BACKENDS)
    return [f"{f.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}: {m.group(0).strip()}"
            for m in ENGINE.finditer(text)
            if not (tool_allowed and TOOL.match(text, m.start()))]


def test_no_caller_outside_the_backend_reaches_the_engine():
    leaks = [leak for f in _callers() for leak in _leaks(f, f.read_text(encoding="utf-8"))]
    assert leaks == []


def test_the_seam_check_finds_a_leak_where_there_is_one():
    assert ENGINE.search("rows = store.raw.query(q)")
    assert ENGINE.search("from kg.store.oxigraph.workers import QueryPool")
    assert not ENGINE.search("rows = store.select(q)")
