"""The draw of the gold-nerel folders: nerel-dev articles in the SHA-256 order of their file names
(with `.txt`), leaving out every article already in a `tests/gold-nerel/*/ARTICLES` and every
article whose text shares an 8-word run with an article of `../shared/corpus/`; the next N in
that order, alternating between a readable and a held-out folder (1st, 3rd, ... → the first;
2nd, 4th, ... → the second). This is how dev3/frozen2 (24), dev4/frozen3 (16),
dev5/frozen4 (16), dev6/frozen5 (16) and dev7/frozen6 (16) were drawn.

With `--unstudied` the draw also leaves out every article listed in
`tests/gold-nerel/STUDIED`: the nerel-dev articles the project's docs and tests named when
dev8/frozen7 were drawn (fresh samples read while looking for failures, examples in the
quality notes), so that a held-out article is one nobody studied while writing rules. The list
is a file, not a search of the docs, so the draw replays after the docs name the new folders.
This is how dev8/frozen7 (36) were drawn.

    python scripts/gold_draw.py 16            # prints "readable<TAB>name" / "held-out<TAB>name"
    python scripts/gold_draw.py 16 dev6 frozen5 dev7 frozen6   # replays the draw of dev6/frozen5
    python scripts/gold_draw.py 16 dev7 frozen6   # and of the last two
    python scripts/gold_draw.py --unstudied 36 dev8 frozen7   # replays dev8/frozen7
    python scripts/gold_draw.py --seed speech2-gold: 20 speech2   # replays speech2/
    python scripts/gold_draw.py --seed speech3-gold: 15 speech3   # replays speech3/
    python scripts/gold_draw.py --seed speech4-gold: 15 speech4   # replays speech4/
    python scripts/gold_draw.py --seed dev9-gold: 10 dev9   # replays dev9/ (events and statements)
    python scripts/gold_draw.py --seed dev10-gold: 10 dev10   # replays dev10/ (the same)
    python scripts/gold_draw.py --seed dev11-gold: 10 dev11   # replays dev11/ (the same)
    python scripts/gold_draw.py --seed dev12-gold: 10 dev12   # replays dev12/ (the same)
    python scripts/gold_draw.py --seed dev13-gold: 10 dev13   # replays dev13/ (the same)
    python scripts/gold_draw.py --seed dev14-gold: 10 dev14   # replays dev14/ (the same)
    python scripts/gold_draw.py --seed dev15-gold: 10 dev15   # replays dev15/ (the same)
    python scripts/gold_draw.py --seed dev16-gold: 10 dev16   # replays dev16/ (the same)
    python scripts/gold_draw.py --seed dev17-gold: 10 dev17   # replays dev17/ (the same)
    python scripts/gold_draw.py --seed dev18-gold: 10 dev18   # replays dev18/ (the same)
    python scripts/gold_draw.py --seed dev19-gold: 10 dev19   # replays dev19/ (the same)
    python scripts/gold_draw.py --seed dev20-gold: 10 dev20   # replays dev20/ (the same)

With `--seed S` the draw is of one readable folder only (no held-out half): the articles in the
SHA-256 order of `S` + file name, leaving out the held-out articles, every article of a gold
folder, of `STUDIED` and of the corpus as above. This is how `speech2/` (20, the statement gold
of the twenty-fifth round, seed `speech2-gold:`), `speech3/` (15, the statement gold of the
twenty-sixth round, seed `speech3-gold:`), `speech4/` (15, twenty-seventh round, seed
`speech4-gold:`), `dev9/` (10, a fresh event and statement gold of the twenty-seventh round,
seed `dev9-gold:`), `dev10/` (10, a second one of that round, seed `dev10-gold:`), `dev11/`
(10, a third one, twenty-eighth round, seed `dev11-gold:`), `dev12/` (10, a fourth one, the
same round, seed `dev12-gold:`), `dev13/` (10, a fifth one, twenty-ninth round, seed
`dev13-gold:`), `dev14/` and `dev15/` (10 each, the same round, seeds `dev14-gold:` and
`dev15-gold:`) were drawn.

It prints only names, never text.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT.parent / "shared" / "data" / "nerel-dev"
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "gold-nerel"
STUDIED = GOLD / "STUDIED"


def _runs(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def in_corpus() -> set[str]:
    """Stems of nerel-dev articles sharing an 8-word run with a corpus article."""
    corpus: set[tuple[str, ...]] = set()
    for p in sorted(CORPUS.glob("*.txt")):
        corpus |= _runs(p.read_text(encoding="utf-8"))
    return {p.stem for p in sorted(TEXTS.glob("*.txt"))
            if _runs(p.read_text(encoding="utf-8")) & corpus}


def already_drawn(leave: tuple[str, ...] = ()) -> set[str]:
    """The articles of every gold-nerel folder but those named in `leave`."""
    return {ln.strip() for f in GOLD.glob("*/ARTICLES") if f.parent.name not in leave
            for ln in f.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


def studied() -> set[str]:
    """The articles of `tests/gold-nerel/STUDIED` (one name a line, `#` comments)."""
    return {ln.strip() for ln in STUDIED.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


def draw(n: int, leave: tuple[str, ...] = (), unstudied: bool = False
         ) -> tuple[list[str], list[str]]:
    """The next `n` articles (readable half, held-out half), counting the folders named in
    `leave` as not yet drawn (so a past draw can be replayed: `draw(16, ("dev4", "frozen3"))`);
    with `unstudied`, none of the articles of `tests/gold-nerel/STUDIED`."""
    names = sorted((p.name for p in TEXTS.glob("*.txt")),
                   key=lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest())
    skip = already_drawn(leave) | in_corpus() | (studied() if unstudied else set())
    picked = [s for s in (x.removesuffix(".txt") for x in names) if s not in skip][:n]
    return picked[0::2], picked[1::2]


def draw_seeded(n: int, seed: str, leave: tuple[str, ...] = ()) -> list[str]:
    """The first `n` articles in the SHA-256 order of `seed` + file name (with `.txt`) that are
    not held out and in no gold folder (but those named in `leave`), not in `STUDIED`, and share
    no 8-word run with the corpus: a readable folder drawn on its own. The articles of the folders
    in `leave` are never left out for being in `STUDIED`: a sample read beside the draw may name
    one of them later (a fresh sample drawn at the same time), and the draw must still replay."""
    from held_out import held_out

    names = sorted((p.name for p in TEXTS.glob("*.txt")),
                   key=lambda s: hashlib.sha256((seed + s).encode("utf-8")).hexdigest())
    replayed = already_drawn() - already_drawn(leave)
    skip = already_drawn(leave) | in_corpus() | (studied() - replayed) | held_out()
    return [s for s in (x.removesuffix(".txt") for x in names) if s not in skip][:n]


def main(argv: list[str]) -> None:
    if "--seed" in argv:
        k = argv.index("--seed")
        seed, rest = argv[k + 1], argv[:k] + argv[k + 2:]
        for a in draw_seeded(int(rest[1]), seed, tuple(rest[2:])):
            print(f"readable\t{a}")
        return
    unstudied = "--unstudied" in argv
    argv = [a for a in argv if a != "--unstudied"]
    n = int(argv[1]) if len(argv) > 1 else 16
    readable, held = draw(n, tuple(argv[2:]), unstudied)
    for a in readable:
        print(f"readable\t{a}")
    for a in held:
        print(f"held-out\t{a}")


if __name__ == "__main__":
    main(sys.argv)
