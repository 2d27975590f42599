"""Runs the extraction on short news-style sentences written blind for the event classes (none
from an article; tests/data/events/constructions_*.json) and counts those whose events come out as
expected: for each expected event, one of its class with exactly those actors (agents, targets and
others together, by canonical name), that factuality and, where given, that place and year; and
no event beyond those expected (none at all where none is expected).

    python scripts/event_constructions.py [--failed] [--file culture ...]

Each file holds one family of classes. An item is `{"set": 1, "text": ..., "expect": [{"class":
"Visit", "actors": ["Эммануэль Макрон"], "place": "Китай", "factuality": "Actual", "year":
2023}]}`; `factuality` defaults to `Actual`, `place` and `year` are checked only when given, and
the text is taken as published on 1 March 2023 (`tests/event_helpers.PUBLISHED`). `set` 1 holds
the sentences written before any rule was changed for them, `set` 2 those written after the
changes, varying their words to check that the changes carry over (docs/quality.md, twenty-second
round).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from event_helpers import extract  # noqa: E402

DATA = ROOT / "tests" / "data" / "events"


class Got(NamedTuple):
    """One extracted event as the sets compare it: class, actors and place by name, factuality
    and year."""

    kind: str
    actors: frozenset[str]
    place: str | None
    factuality: str
    year: int | None


def events_of(text: str) -> list[Got]:
    """Each event of the text, in the extractor's order."""
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [Got(ev.kind, frozenset(name[k] for k in (*ev.agents, *ev.targets, *ev.others)),
                name.get(ev.place) if ev.place else None, ev.factuality,
                ev.time.year if ev.time else None) for ev in x.events]


def _fits(e: dict, d: Got) -> bool:
    return (d.kind == e["class"] and d.actors == frozenset(e.get("actors", ()))
            and d.factuality == e.get("factuality", "Actual")
            and ("place" not in e or d.place == e["place"])
            and ("year" not in e or d.year == e["year"]))


def _show(d: Got) -> str:
    return f"{d.kind}{sorted(d.actors)} @{d.place} {d.factuality} {d.year}"


def check(item: dict) -> tuple[bool, list[str]]:
    """Whether the sentence comes out as expected, and what differs."""
    got = events_of(item["text"])
    left = list(got)
    notes = []
    for e in item["expect"]:
        hit = next((d for d in left if _fits(e, d)), None)
        if hit is None:
            near = [_show(d) for d in left if d.kind == e["class"]]
            want = (f"{e['class']}{sorted(e.get('actors', ()))} @{e.get('place')} "
                    f"{e.get('factuality', 'Actual')} {e.get('year')}")
            notes.append(f"missing {want}" + (f" (got {'; '.join(near)})" if near else ""))
        else:
            left.remove(hit)
    # an event nobody expected is a false reading, even beside the right ones
    if left:
        notes.append("beyond those expected: " + "; ".join(_show(d) for d in left))
    return not notes, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failed", action="store_true", help="print the sentences that fail")
    ap.add_argument("--file", nargs="*", default=None,
                    help="families to run (constructions_<name>.json); all by default")
    args = ap.parse_args(argv)
    files = (sorted(DATA.glob("constructions_*.json")) if not args.file
             else [DATA / f"constructions_{n}.json" for n in args.file])
    everything = [0, 0]
    for path in files:
        items = json.loads(path.read_text(encoding="utf-8"))
        passed: dict[int, int] = {}
        total: dict[int, int] = {}
        for item in items:
            ok, notes = check(item)
            total[item["set"]] = total.get(item["set"], 0) + 1
            passed[item["set"]] = passed.get(item["set"], 0) + ok
            if not ok and args.failed:
                print(f"- {item['text']}\n    " + "; ".join(notes))
        name = path.stem.removeprefix("constructions_")
        for k in sorted(total):
            print(f"{name} set {k}: {passed[k]}/{total[k]}")
        everything[0] += sum(passed.values())
        everything[1] += sum(total.values())
    print(f"all: {everything[0]}/{everything[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
