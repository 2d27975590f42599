"""Count why the gold events of a tests/gold-nerel folder are missed, by cause (docs/quality.md,
"Events on a blind gold of 12 articles").

    python scripts/event_miss_causes.py tests/gold-nerel/dev2 [more folders] [--corpus DIR] [-v]
                                        [--by-class]

(`--corpus` defaults to ../shared/data/nerel-dev.) Several folders are pooled into one count.

Each gold event no prediction matches on class and actors (as `kg eval` scores them) is put in
the first cause that fits, judged on the extractor's own parse: class wrong, actors missing,
wrong or extra (a prediction on its trigger), merged (a prediction on its trigger already matched
another gold event of the same class and actors, or the mention was taken as a repeat of an
earlier event), a line whose required roles name no entity (the event is not made), a lemma with
lines none of which fits (an attributive participle, a missing context word), or no line at all.
Under `-v` a word of "lemmas with lines, none fits" also says why no line fits, as
scripts/nerel_unfit_lines.py sorts it (attributive, refused, check, negation, infinitive, twin,
elsewhere, absent), and those are counted after the list.
A gold event is paired with a prediction of its class and actors on its own trigger first, then
with one whose later mention lies on that trigger, and only then with the first one left in
order: paired in order alone, a gold event whose twin (same class and actors) is not found at all
took the twin's prediction, and the twin was filed as merged (the thirty-first round, causes31).
The pairing changes which gold events are matched, not how many of each class and actors.
Matched events with the wrong factuality are counted apart. `-v` lists each one with its trigger
words and lemmas. A held-out folder (`frozen*`) gives its counts only, so that both halves can be
reported per failure class (docs/quality.md) while nothing of its articles is shown: `-v` is
refused there, as the frozen half is never read while writing rules. The judge folders
(held_out.JUDGES) are read by totals only: with `-v` they are refused too. `--by-class` adds the
count of each cause within each gold class: totals still, so it is allowed on every folder.
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from held_out import JUDGES  # noqa: E402
from nerel_unfit_lines import why  # noqa: E402

from kg.eval import events_with_gold_actors, gold_classes, load_gold  # noqa: E402
from kg.nlp.ru import events as ev  # noqa: E402
from kg.nlp.ru.analysis import analyse  # noqa: E402
from kg.nlp.ru.dates import find_times  # noqa: E402
from kg.nlp.ru.entities import find_entities  # noqa: E402
from kg.pipeline import extract, make_document  # noqa: E402
from kg.records import Event, Span  # noqa: E402


def _watch_merges(seen: set[tuple[int, str]]) -> None:
    """Record where a mention was folded into an earlier event (events.py `coreferent`)."""
    original = ev._Extractor.coreferent

    def coreferent(self, f):
        prev = original(self, f)
        if prev is not None:
            seen.add((f.trigger.start, f.kind))
        return prev

    ev._Extractor.coreferent = coreferent


def _overlaps(spans: Iterable[Span], s: int, t: int) -> bool:
    return any(m.start < t and s < m.end for m in spans)


def pair(golds: Sequence[dict], keys: Sequence[tuple[str, frozenset[str]]],
         preds: Sequence[tuple[Event, str, frozenset[str]]]) -> dict[int, int]:
    """Gold event index -> the index of the prediction of the same class and actors that matches
    it: first a prediction whose trigger lies on the gold trigger, then one whose later mention
    does, then the first one left in order. Paired in order alone, a gold event whose twin (same
    class and actors) is not found at all could take the twin's prediction, and be filed as
    merged with it."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    spans_of = (lambda e: (e.trigger,), lambda e: e.mentions, None)
    for spans in spans_of:
        for i, (g, key) in enumerate(zip(golds, keys, strict=True)):
            if i in pairs:
                continue
            s, t = g["trigger"][:2]
            j = next((j for j, (e, k, acts) in enumerate(preds)
                      if j not in used and (k, acts) == key
                      and (spans is None or _overlaps(spans(e), s, t))), None)
            if j is not None:
                pairs[i] = j
                used.add(j)
    return pairs


def causes(gold_dir: Path, corpus: Path) -> tuple[collections.Counter, dict[str, list[str]]]:
    """Counts per cause and, per cause, one line per event (article, class, trigger words)."""
    classes = gold_classes(gold_dir)
    counts: collections.Counter = collections.Counter()
    cases: dict[str, list[str]] = collections.defaultdict(list)
    merged: set[tuple[int, str]] = set()
    _watch_merges(merged)
    for path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(path)
        text = (corpus / gold.article).read_text(encoding="utf-8")
        merged.clear()
        x = extract(make_document(text, id=Path(gold.article).stem, published=gold.published))
        preds = [(e, e.kind, acts) for e, acts in events_with_gold_actors(gold, x)
                 if e.kind != "Statement" and (classes is None or e.kind in classes)]
        a = analyse(text)
        parse = ev._Extractor(a, find_entities(a), find_times(text, gold.published, a))
        keys = [(g["class"], frozenset(g["agents"] + g["targets"] + g["others"]))
                for g in gold.events]
        pairs = pair(gold.events, keys, preds)
        for i, (g, key) in enumerate(zip(gold.events, keys, strict=True)):
            s, t = g["trigger"][:2]
            words = text[s:t]
            hit = pairs.get(i)
            if hit is not None:
                if g.get("factuality") and preds[hit][0].factuality != g["factuality"]:
                    counts["matched, factuality wrong"] += 1
                    cases["matched, factuality wrong"].append(
                        f"{gold.article} {g['class']} {words!r} "
                        f"made {preds[hit][0].factuality} gold {g['factuality']} "
                        # a prediction of another trigger: the gold event itself was not made
                        f"on {preds[hit][0].trigger.text!r}")
                continue
            on = [(k, acts) for e, k, acts in preds
                  if e.trigger.start < t and s < e.trigger.end]
            lemmas: list[str] = []
            if on:
                kind, acts = on[0]
                # the actors on both sides say which participant went astray
                lemmas = [f"gold {sorted(key[1])} made {kind} {sorted(acts)}"]
                if kind != g["class"]:
                    cause = "trigger found, class wrong"
                elif acts == key[1]:
                    cause = "merged with another event"
                elif acts < key[1]:
                    cause = "actors missing"
                else:
                    cause = "actors wrong or extra"
            else:
                cause = "no line for the lemma"
                for tok in (k for k in a.tokens if k.start < t and s < k.end):
                    lemmas.append(tok.lemma)
                    rule = parse.rule_for(tok)
                    if rule is not None:
                        cause = ("trigger found, class wrong" if rule.kind != g["class"] else
                                 "merged with another event" if (tok.start, rule.kind) in merged
                                 else "a line fits, roles name no entity")
                        break
                    if tok.lemma in ev.rules() and cause != "lemmas with lines, none fits":
                        cause = "lemmas with lines, none fits"
                        reason = why(parse, tok, ev.rules()[tok.lemma], parse.neighbours(tok),
                                     ev.rules())
            counts[cause] += 1
            counts[("class", g["class"], cause)] += 1
            if cause == "lemmas with lines, none fits":
                counts["(none fits: " + reason + ")"] += 1
                lemmas.append(reason)
            cases[cause].append(
                f"{gold.article} {g['class']} {g.get('factuality', '')} {words!r} {lemmas}")
    return counts, cases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="+", metavar="gold_dir")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("-v", action="store_true", help="list the events of each cause")
    ap.add_argument("--by-class", action="store_true",
                    help="also count each cause within each gold class (totals only)")
    args = ap.parse_args()
    frozen = [d for d in args.gold_dirs if d.resolve().name.startswith("frozen")]
    if frozen and args.v:  # frozen/, frozen2/, …: counts only, never the events themselves
        sys.exit(f"event_miss_causes: {frozen[0]} is held out: its counts only, without -v")
    if args.v and any(d.resolve().name in JUDGES for d in args.gold_dirs):
        # a judge is scored on rules nobody wrote against its errors: its counts only
        sys.exit("event_miss_causes: a judge folder is read by totals only (no -v)")
    counts: collections.Counter = collections.Counter()
    cases: dict[str, list[str]] = collections.defaultdict(list)
    for gold_dir in args.gold_dirs:
        c, k = causes(gold_dir, args.corpus)
        counts.update(c)
        for cause, lines in k.items():
            cases[cause].extend(lines)
    by_class = {k: n for k, n in counts.items() if isinstance(k, tuple)}
    counts = collections.Counter({k: n for k, n in counts.items() if isinstance(k, str)})
    for cause, n in counts.most_common():
        if not cause.startswith("(none fits"):
            print(f"{n:4d}  {cause}")
    if args.by_class:
        print("\n## by gold class")
        totals = collections.Counter()
        for (_, cls, _), n in by_class.items():
            totals[cls] += n
        for cls, total in totals.most_common():
            parts = sorted(((n, cause) for (_, c, cause), n in by_class.items() if c == cls),
                           reverse=True)
            print(f"{total:4d}  {cls}: " + ", ".join(f"{cause} {n}" for n, cause in parts))
    if args.v:
        for cause in counts:
            if not cause.startswith("(none fits"):
                print(f"\n## {cause}")
                print("\n".join(f"   {c}" for c in cases[cause]))
        print("\n## why none fits")
        for cause, n in counts.most_common():
            if cause.startswith("(none fits"):
                print(f"{n:4d}  {cause[12:-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
