"""The extraction is a function of the text: two processes with different string-hash seeds (so
different set and dict-of-set orders) give the same records for the same articles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NEREL = ROOT.parent / "shared" / "data" / "nerel-dev"
sys.path.insert(0, str(ROOT / "scripts"))

from held_out import held_out as _held_out  # noqa: E402  (every tests/gold-nerel/frozen*/ARTICLES)

_SCRIPT = """
import hashlib, sys
from pathlib import Path
from kg.pipeline import extract
from kg.records import Document
for name in sys.argv[1:]:
    path = Path(name)
    x = extract(Document(id=path.stem, text=path.read_text(encoding="utf-8")))
    print(path.stem, hashlib.sha256(repr((x.entities, x.events, x.statements, x.times))
                                    .encode()).hexdigest())
"""


def _digests(seed: str, paths: list[Path]) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *map(str, paths)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=True)
    return done.stdout.splitlines()


def test_two_hash_seeds_give_the_same_records():
    held_out = _held_out()
    news = [p for p in sorted(NEREL.glob("*.txt")) if p.stem not in held_out]
    paths = sorted(CORPUS.glob("*.txt")) + news[:80]  # pronouns, titles, speech of every kind
    assert paths
    first = _digests("1", paths)
    assert len(first) == len(paths)
    assert _digests("2", paths) == first
