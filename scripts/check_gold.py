"""Checks a folder of gold files against the texts it points into: the article's length and hash,
every mention's offsets giving its surface form, mentions not overlapping, every hashed span
(trigger, quote, content, time) matching its hash, every statement naming its speaker or source (or
marked anonymous), and every reference naming an entity or time of the same file; then that `kg eval` can load every file. Prints the problems and exits 1 if any.

It reads only the texts of the folder's own files; it refuses a folder that lists or holds a held-out
article (tests/gold-nerel/frozen*/ARTICLES, scripts/held_out.py).

    python scripts/check_gold.py tests/gold-nerel/speech [--texts ../shared/data/nerel-dev]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from held_out import held_out  # noqa: E402
from kg.eval import load_gold, span_hash  # noqa: E402


def problems(path: Path, texts: Path) -> list[str]:
    """What is wrong with one gold file (an empty list when nothing is)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    text = (texts / d["article"]).read_text(encoding="utf-8")
    out = []
    if d["chars"] != len(text) or d["sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
        out.append("chars or sha256 do not match the article")
    ids = {e["id"] for e in d["entities"]}
    times = {t["id"] for t in d["times"]}
    spans = []
    for e in d["entities"]:
        for s, end, surface in e["mentions"]:
            if text[s:end] != surface:
                out.append(f"mention of {e['id']} at {s}: {text[s:end]!r} is not {surface!r}")
            spans.append((s, end))
    spans.sort()
    out += [f"mentions overlap at {b[0]}" for a, b in zip(spans, spans[1:]) if b[0] < a[1]]
    hashed = [t["span"] for t in d["times"]]
    refs = []
    for ev in d["events"]:
        hashed.append(ev["trigger"])
        refs += [*ev["agents"], *ev["targets"], *ev["others"], ev["place"]]
        if ev["time"] is not None and ev["time"] not in times:
            out.append(f"event at {ev['trigger'][0]}: unknown time {ev['time']}")
    for st in d["statements"]:
        hashed += [st["trigger"], *st["quotes"], st["content"]]
        refs += [*st["speakers"], st["source"], st["addressee"]]
        if not st["quotes"] and not st["content"]:
            out.append(f"statement at {st['trigger'][0]}: neither quote nor content")
        if not st["speakers"] and st["source"] is None and not st["anonymous"]:
            # tests/gold/README.md: only statements whose speaker or source the text names are
            # listed (an unnamed source is marked `anonymous`)
            out.append(f"statement at {st['trigger'][0]}: names neither speaker nor source")
    for sp in hashed:
        if sp and span_hash(text[sp[0]:sp[1]]) != sp[2]:
            out.append(f"span {sp[0]}–{sp[1]}: hash {sp[2]} does not match the text")
    out += [f"unknown entity {r}" for r in refs if r is not None and r not in ids]
    try:
        load_gold(path)
    except (KeyError, ValueError, TypeError) as exc:
        out.append(f"kg eval cannot load it: {exc!r}")
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    args = p.parse_args()
    listed = args.folder / "ARTICLES"
    names = listed.read_text(encoding="utf-8").split() if listed.is_file() else []
    names += [f.stem for f in args.folder.glob("*.json")]  # (a copy without its ARTICLES file)
    if set(names) & held_out():
        print(f"{args.folder} holds held-out articles: not read here", file=sys.stderr)
        return 2
    bad = 0
    files = sorted(args.folder.glob("*.json"))
    for f in files:
        for msg in problems(f, args.texts):
            print(f"{f.name}: {msg}")
            bad += 1
    print(f"{len(files)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
