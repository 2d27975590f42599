"""Runs the extraction on the blind paraphrases (tests/data/events/paraphrases_*.tsv) and counts,
per class and per form, sentences read right, with the class but wrong actors or factuality, with
only another class, or with nothing.

    python scripts/paraphrase_breadth.py [--failed] [--file paraphrases_thirtyfirst.tsv]

A row is `class, form, actors (";"), factuality, sentence, xfail reason`. A sentence is right when
one of its events has the class, exactly those actors (agents, targets and others by canonical
name) and that factuality; events of other classes beside it are not counted against it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from event_constructions import Got, events_of  # noqa: E402

DATA = ROOT / "tests" / "data" / "events"
OUTCOMES = ("right", "actors", "factuality", "class", "nothing")


class Row(NamedTuple):
    """One paraphrase: the act's class, the form stating it, the actors, factuality, the text and
    why it is expected to fail (empty when it should pass)."""

    kind: str
    form: str
    actors: frozenset[str]
    factuality: str
    text: str
    xfail: str


def rows(path: Path) -> list[Row]:
    """The rows of one paraphrase file (comment lines start with #)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""] * 6
        kind, form, actors, fact, text, why = (c.strip() for c in cells[:6])
        out.append(Row(kind, form, frozenset(a for a in actors.split(";") if a), fact, text, why))
    return out


def _folded(names: frozenset[str]) -> frozenset[str]:
    """Names with `ё` read as `е`: one letter to the project (`kg.rdf.iris.entity_slug`), and a row
    may be written either way while the extraction keeps the letter the text wrote."""
    return frozenset(n.replace("ё", "е").replace("Ё", "Е") for n in names)


def outcome(row: Row, got: list[Got]) -> str:
    """How the extraction read the row: right, actors, factuality, class or nothing."""
    same = [d for d in got if d.kind == row.kind]
    want = _folded(row.actors)
    if any(_folded(d.actors) == want and d.factuality == row.factuality for d in same):
        return "right"
    if any(_folded(d.actors) == want for d in same):
        return "factuality"
    if same:
        return "actors"
    return "class" if got else "nothing"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failed", action="store_true", help="print the sentences not read right")
    ap.add_argument("--file", nargs="*", default=None, help="files under tests/data/events")
    args = ap.parse_args(argv)
    files = ([DATA / f for f in args.file] if args.file
             else sorted(DATA.glob("paraphrases_*.tsv")))
    by_class: dict[str, Counter] = defaultdict(Counter)
    by_form: dict[str, Counter] = defaultdict(Counter)
    for path in files:
        for row in rows(path):
            got = events_of(row.text)
            o = outcome(row, got)
            by_class[row.kind][o] += 1
            by_form[row.form][o] += 1
            if o != "right" and args.failed:
                shown = "; ".join(f"{d.kind}{sorted(d.actors)} {d.factuality}" for d in got)
                print(f"- [{row.kind} {row.form} {o}] {row.text}\n    got: {shown or '-'}"
                      f"   want: {sorted(row.actors)} {row.factuality}")
    for title, table in (("class", by_class), ("form", by_form)):
        print(f"{title:12} " + " ".join(f"{o:>10}" for o in OUTCOMES))
        for k in sorted(table):
            print(f"{k:12} " + " ".join(f"{table[k][o]:>10}" for o in OUTCOMES))
    total = Counter()
    for c in by_class.values():
        total.update(c)
    print("all          " + " ".join(f"{total[o]:>10}" for o in OUTCOMES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
