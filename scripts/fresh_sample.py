"""A fresh sample of readable nerel-dev articles for reading the extraction's output by hand: the
articles that are not held out (`scripts/held_out.py`), in no `tests/gold-nerel/*/ARTICLES`, not
in `tests/gold-nerel/STUDIED`, and not among the earlier fresh samples (the first 100 by
SHA-256 of `"evprec22:" + name` and the first 60 by `"ident23:" + name`, margins over the 80 and
30 those rounds read, whose pools were drawn a little differently), ordered by SHA-256 of
`seed + name` (name with `.txt`); the first N. A sample once read is added to STUDIED (so that
no later draw, held-out or fresh, takes it) and its judgements are kept in
`tests/gold-nerel/judged/<seed>-events.tsv`, whose `# sample:` lines name it; those names are
not left out when the same seed is drawn again, so the draw replays.

    python scripts/fresh_sample.py prec25: 30     # the twenty-fifth round's precision sample

It prints only names, never text.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_draw import TEXTS, already_drawn, studied  # noqa: E402
from held_out import held_out  # noqa: E402

JUDGED = Path(__file__).resolve().parent.parent / "tests" / "gold-nerel" / "judged"

EARLIER = (("evprec22:", 100), ("ident23:", 60))


def _order(seed: str, names: list[str]) -> list[str]:
    return sorted(names, key=lambda s: hashlib.sha256((seed + s).encode("utf-8")).hexdigest())


def sample(seed: str, n: int) -> list[str]:
    frozen = held_out()
    names = [p.name for p in sorted(TEXTS.glob("*.txt")) if p.name not in frozen]
    own = JUDGED / f"{seed.rstrip(':')}-events.tsv"
    mine = {n for ln in own.read_text(encoding="utf-8").splitlines()
            if ln.startswith("# sample:") for n in ln.split()[2:]} if own.exists() else set()
    skip = already_drawn() | studied()
    for earlier, k in EARLIER:
        skip |= {s.removesuffix(".txt") for s in _order(earlier, names)[:k]}
    # a gold folder drawn beside the sample may take one of its articles later: it still replays
    skip -= mine
    stems = [s.removesuffix(".txt") for s in _order(seed, names)]
    return [s for s in stems if s not in skip][:n]


if __name__ == "__main__":
    print("\n".join(sample(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)))
