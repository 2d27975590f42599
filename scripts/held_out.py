"""The held-out articles: every name in tests/gold-nerel/frozen*/ARTICLES (frozen/, frozen2/,
frozen3/, frozen4/, frozen5/, frozen6/, frozen7/: 87 articles).

Scripts that learn from nerel-dev or list its errors leave these out, so the frozen halves stay a
measurement of articles no rule or learned list has seen.

    python scripts/held_out.py     # their stems, one a line (to filter a listing with grep -vFf)
"""

from __future__ import annotations

import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold-nerel"


def held_out() -> frozenset[str]:
    """The article names (with `.txt`) and their stems (without), for either kind of lookup."""
    names = {ln.strip() for f in sorted(GOLD.glob("frozen*/ARTICLES"))
             for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()}
    # ARTICLES lists stems (`nerel-dev-123`); a caller holding a file name asks with `.txt`
    stems = {n.removesuffix(".txt") for n in names}
    return frozenset(stems | {s + ".txt" for s in stems})


JUDGES = ("dev10", "dev11", "dev12", "dev13", "dev16", "dev17", "dev18", "dev19",
          "dev20")


def judges() -> frozenset[str]:
    """The articles of the judge folders (tests/gold-nerel/dev10 … dev13, dev16 … dev20: read by
    totals only, never studied), names with `.txt` and stems, like `held_out`."""
    stems = {ln.strip().removesuffix(".txt") for d in JUDGES
             for ln in (GOLD / d / "ARTICLES").read_text(encoding="utf-8").splitlines()
             if ln.strip()}
    return frozenset(stems | {s + ".txt" for s in stems})


def unstudied() -> frozenset[str]:
    """The articles an error listing leaves out: the held-out ones and the judges'."""
    return held_out() | judges()


def readable(texts: str | Path, limit: int | None = None) -> list[str]:
    """The article stems of a nerel-dev folder (`*.gold.json`) that are not held out, sorted; the
    first `limit` of them when it is set."""
    frozen = held_out()
    names = sorted(p.name[:-len(".gold.json")] for p in Path(texts).glob("*.gold.json"))
    names = [n for n in names if n not in frozen]
    return names[:limit] if limit else names


def studied(texts: str | Path, limit: int | None = None) -> list[str]:
    """The article stems of a nerel-dev folder an error listing may show: `readable` without the
    judges' articles (`judges`); the first `limit` of them when it is set."""
    jury = judges()
    names = [n for n in readable(texts) if n not in jury]
    return names[:limit] if limit else names


if __name__ == "__main__":
    sys.stdout.write("".join(f"{n}\n" for n in sorted(held_out()) if not n.endswith(".txt")))
