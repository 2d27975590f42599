"""Group the mention and entity errors of a nerel_failure_classes.py dump by type, shape and cause.

    python scripts/nerel_failure_classes.py --dump /tmp/d.jsonl      # one run of the pipeline
    python scripts/nerel_mention_errors.py /tmp/d.jsonl [--texts DIR] [--show CLASS] [--n 40]

The dump holds only the readable articles (the frozen ones are never written to it). Every gold
mention of the view `proper-flat` that the system does not give with its span and type, and every
system mention no gold span overlaps, is put in one class: the kind of error (missed, spurious,
longer, shorter, shifted, typed), the gold or system type, and a shape read off the text (Latin
letters, quoted, opening a sentence, one word or several, the NEREL span type it falls in for
spurious ones). Entity errors (a gold entity spread over several system entities, or a system
entity holding several gold ones) are grouped by type and by how their mentions differ. Counts
are printed largest first; `--show CLASS` prints up to `--n` examples of classes starting with
CLASS, each with a few words of context (for reading on the readable articles only).
`--standard` prints instead the counts of scripts/nerel_failure_classes.py (the tables of
docs/quality.md), taken from the dump.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import score_nerel  # noqa: E402
from held_out import unstudied  # noqa: E402

VIEW = "proper-flat"
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def shape(text: str, b: int, e: int) -> str:
    """A few words on how a span looks: script, quotes, words, where it stands."""
    span = text[b:e]
    parts = []
    parts.append("latin" if LATIN.search(span) and not CYRILLIC.search(span) else "cyr")
    before = text[max(0, b - 3) : b]
    after = text[e : e + 2]
    if "«" in before or "«" in span[:1] or "»" in after or '"' in before:
        parts.append("quoted")
    words = len(span.split())
    parts.append("1w" if words == 1 else "2w" if words == 2 else "3+w")
    line_start = text.rfind("\n", 0, b) + 1
    prefix = text[line_start:b].strip(" «\"'(")
    if not prefix:
        parts.append("line-start")
    elif re.search(r"[.!?…]\s*[«\"'(]*$", prefix):
        parts.append("sent-start")
    return " ".join(parts)


def context(text: str, b: int, e: int, width: int = 50) -> str:
    left = text[max(0, b - width) : b].replace("\n", "⏎")
    right = text[e : e + width].replace("\n", "⏎")
    return f"{left}[[{text[b:e]}]]{right}"


def nerel_span(spans: list[dict], b: int, e: int) -> str:
    """The NEREL type of the smallest gold span (any type) that holds b..e, or 'none'."""
    holding = [s for s in spans if s["begin"] <= b and s["end"] >= e]
    if not holding:
        over = [s for s in spans if s["begin"] < e and b < s["end"]]
        return (
            ("overlaps " + min(over, key=lambda s: s["end"] - s["begin"])["source_type"])
            if over
            else "none"
        )
    return min(holding, key=lambda s: s["end"] - s["begin"])["source_type"]


def analyse(record: dict, text: str, sc, classes: collections.Counter, examples: dict) -> None:
    gm_all = record["gold"]
    gm = [m for m in gm_all if sc.counted(m, VIEW)]
    ents = record["entities"]
    sm_all = [dict(b=b, e=e, type=ents[i]["type"], ent=i) for b, e, i in record["mentions"]]
    ignored = {j for j, m in enumerate(gm_all) if not sc.counted(m, VIEW)}
    to_gold = sc.align_overlap(sm_all, gm_all, False)
    sm = [s for i, s in enumerate(sm_all) if to_gold.get(i) not in ignored]
    by_span = {(s["b"], s["e"]): s for s in sm}
    gold_spans = {(m["b"], m["e"]) for m in gm}
    gents = {e["id"]: e for e in record["gold_entities"]}
    spans = record["spans"]

    def add(key: str, b: int, e: int, note: str = "") -> None:
        classes[key] += 1
        examples[key].append(f"{record['doc']}: {context(text, b, e)}{'  ' + note if note else ''}")

    for m in gm:
        gtype = m["type"] + ("/country" if gents[m["ent"]].get("country") else "")
        src = "/".join(gents[m["ent"]].get("source_types", []))
        s = by_span.get((m["b"], m["e"]))
        if s and s["type"] == m["type"]:
            continue
        if s:
            add(
                f"typed {s['type']} for {m['type']} [{src}] {shape(text, m['b'], m['e'])}",
                m["b"],
                m["e"],
            )
            continue
        over = [x for x in sm if x["b"] < m["e"] and m["b"] < x["e"]]
        if not over:
            add(f"missed {gtype} [{src}] {shape(text, m['b'], m['e'])}", m["b"], m["e"])
            continue
        x = over[0]
        if x["b"] <= m["b"] and x["e"] >= m["e"]:
            extra = (text[x["b"] : m["b"]].strip() and "before") or ""
            extra += ("+" if extra and text[m["e"] : x["e"]].strip() else "") + (
                "after" if text[m["e"] : x["e"]].strip() else ""
            )
            add(f"longer {m['type']} ({extra}) [{src}]", x["b"], x["e"], f"gold: {m['text']}")
        elif x["b"] >= m["b"] and x["e"] <= m["e"]:
            lost = (text[m["b"] : x["b"]].strip() and "start") or ""
            lost += ("+" if lost and text[x["e"] : m["e"]].strip() else "") + (
                "end" if text[x["e"] : m["e"]].strip() else ""
            )
            add(
                f"shorter {m['type']} (lost {lost}) [{src}]",
                m["b"],
                m["e"],
                f"ours: {text[x['b']:x['e']]}",
            )
        else:
            add(f"shifted {m['type']}", m["b"], m["e"], f"ours: {text[x['b']:x['e']]}")
    for s in sm:
        if (s["b"], s["e"]) not in gold_spans and not any(
            x["b"] < s["e"] and s["b"] < x["e"] for x in gm
        ):
            where = nerel_span(spans, s["b"], s["e"])
            add(f"spurious {s['type']} in {where} {shape(text, s['b'], s['e'])}", s["b"], s["e"])
    aligned = sc.align_overlap(sm, gm, False)
    g2s, s2g = collections.defaultdict(set), collections.defaultdict(set)
    for i, j in aligned.items():
        g2s[gm[j]["ent"]].add(sm[i]["ent"])
        s2g[sm[i]["ent"]].add(gm[j]["ent"])
    for g, ss in g2s.items():
        if len(ss) > 1:
            forms = sorted({text[m["b"] : m["e"]] for m in gm if m["ent"] == g})
            labels = [ents[s]["labels"][:1] for s in sorted(ss)]
            kinds = sorted({ents[s]["type"] for s in ss})
            cause = "types differ" if len(kinds) > 1 else "same type"
            linked = sum(bool(ents[s]["qids"]) for s in ss)
            add(
                f"entity split {gents[g]['type']} ({cause}, {linked} linked)",
                *_first(gm, g),
                f"forms {forms} ours {labels}",
            )
    for s, gs in s2g.items():
        if len(gs) > 1:
            names = [
                (gents[g].get("name") or "?", gents[g].get("wikidata") or "-") for g in sorted(gs)
            ]
            unlinked = sum(q == "-" for _, q in names)
            cause = "gold unlinked forms" if unlinked >= len(names) - 1 else "two items"
            add(f"entity merged {ents[s]['type']} ({cause})", *_first_sys(sm, s), f"gold {names}")


def _first(gm, g):
    m = next(m for m in gm if m["ent"] == g)
    return m["b"], m["e"]


def _first_sys(sm, s):
    x = next(x for x in sm if x["ent"] == s)
    return x["b"], x["e"]


def texts_dir(argv: list[str]) -> Path:
    """The folder of the articles: `--texts DIR`, else ../shared/data/nerel-dev."""
    if "--texts" in argv:
        return Path(argv[argv.index("--texts") + 1])
    return ROOT.parent / "shared" / "data" / "nerel-dev"


def match_entities(sc, sm: list[dict], gm: list[dict], ents: dict, gents: dict):
    """The shared scorer's entity alignment: the mention alignment, the count of aligned mentions
    per (system entity, gold entity), and the system → gold pairs taken greedily by that count
    among entities of one type."""
    aligned = sc.align_overlap(sm, gm, False)
    shared: collections.Counter = collections.Counter()
    for i, j in aligned.items():
        shared[(sm[i]["ent"], gm[j]["ent"])] += 1
    pairs = sorted(
        (-n, s, g) for (s, g), n in shared.items() if ents[s]["type"] == gents[g]["type"]
    )
    match: dict = {}
    for _, s, g in pairs:
        if s not in match and g not in match.values():
            match[s] = g
    return aligned, shared, match


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    texts = texts_dir(argv)
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    n = int(argv[argv.index("--n") + 1]) if "--n" in argv else 40
    coarse = "--coarse" in argv
    sc = score_nerel._load("entities")
    if "--standard" in argv:
        return _standard(argv[0], texts, sc)
    classes: collections.Counter = collections.Counter()
    examples: dict = collections.defaultdict(list)
    skip = unstudied()
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["doc"] in skip:  # held-out and judge articles are never listed
                continue
            text = (texts / f"{record['doc']}.txt").read_text(encoding="utf-8")
            analyse(record, text, sc, classes, examples)
    if coarse:
        rolled: collections.Counter = collections.Counter()
        for key, value in classes.items():
            rolled[re.sub(r" \[.*|\s(cyr|latin).*", "", key)] += value
        classes = rolled
    print_classes(classes, examples, show, n)
    return 0


def print_classes(classes: collections.Counter, examples: dict, show: str | None, n: int) -> None:
    """Each class with its count, most first; with `show`, only the classes starting with it,
    then up to `n` examples of each."""
    for key, value in classes.most_common():
        if show is None or key.startswith(show):
            print(f"{value:6d}  {key}")
    if show:
        for key, value in classes.most_common():
            if key.startswith(show):
                print(f"\n== {key} ({value})")
                for line in examples[key][:n]:
                    print("  " + line)


def _standard(path: str, texts: Path, sc) -> int:
    """The counts of scripts/nerel_failure_classes.py, from a dump instead of a run."""
    import nerel_failure_classes

    from kg.link import load_gazetteer
    from kg.settings import Settings

    qids = set(load_gazetteer(Settings.load().gazetteer).items)
    counts: collections.Counter = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["doc"] in unstudied():
                continue
            text = (texts / f"{r['doc']}.txt").read_text(encoding="utf-8")
            ents = {k: {**v, "qids": set(v["qids"])} for k, v in r["entities"].items()}
            nerel_failure_classes.classes(
                sc,
                {"entities": r["gold_entities"]},
                r["gold"],
                ents,
                [tuple(x) for x in r["mentions"]],
                text,
                qids,
                counts,
            )
    for key, value in sorted(counts.items()):
        print(f"{value:7d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
