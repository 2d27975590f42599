"""Candidate trigger lemmas with no lexicon line, counted on NEREL's EVENT spans of nerel-dev.

    python scripts/noline_candidates.py [--texts ../shared/data/nerel-dev] [--cache F.jsonl]
        [--top 80] [--min-occ 5] [--min-articles 3] [--min-rate 0.5]
        [--lemmas a,b,c] [--show LEMMA [--limit 20]]

The articles are the readable ones (scripts/held_out.py's readable(): the held-out
tests/gold-nerel/frozen*/ARTICLES never read) less the judge folders' (scripts/held_out.py
JUDGES: tests/gold-nerel/dev10 … dev13), whose articles are read by totals only. Each is parsed as
the extractor sees it (Natasha's parse, pymorphy lemmas); `--cache` keeps the parse (one JSON line
an article) so a second run reads it instead. For every noun and verb lemma the script counts its
occurrences, how many of them overlap a NEREL EVENT span ("marked"), in how many articles it
occurs and is marked, and whether the trigger lexicon (kg.nlp.ru.events.rules(): hand lines and
the generated ones) has a line for it.

Default output: the lemmas with no line, at least --min-occ occurrences in at least
--min-articles articles and at least --min-rate of them marked (the threshold the twenty-seventh
round wrote down, docs/quality.md), then the most marked no-line lemmas below it (--top).
`--lemmas` prints the counts of the named lemmas (a word family or a class's synonyms), line or
not. `--show` prints the sentences of a lemma's occurrences, each with its mark, to read its
senses one by one.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import readable, unstudied  # noqa: E402

POS = ("NOUN", "VERB")


def articles(texts: Path) -> list[str]:
    skip = unstudied()  # held-out and judge articles
    return [n for n in readable(texts) if n not in skip]


def parse_article(texts: Path, name: str) -> dict:
    from kg.nlp.ru.analysis import analyse

    text = (texts / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((texts / f"{name}.gold.json").read_text(encoding="utf-8"))
    an = analyse(text)
    toks = [[t.start, t.end, t.lemma.replace("ё", "е"), t.pos, t.sent] for t in an.tokens]
    sents = [[s.start, s.end] for s in an.sentences]
    spans = [[g["trigger"]["begin"], g["trigger"]["end"]] for g in gold.get("events", ())]
    return {"name": name, "toks": toks, "sents": sents, "events": spans}


def load(texts: Path, cache: Path | None) -> list[dict]:
    """The parsed articles, from the cache where it has them (held-out and judges left out)."""
    names = articles(texts)
    stored: dict[str, dict] = {}
    if cache and cache.exists():
        for ln in cache.read_text(encoding="utf-8").splitlines():
            d = json.loads(ln)
            stored[d["name"]] = d
    out = []
    for i, name in enumerate(names):
        if name not in stored:
            stored[name] = parse_article(texts, name)
            if i % 50 == 0:
                print(f"parsed {i}/{len(names)}", file=sys.stderr, flush=True)
        out.append(stored[name])
    if cache:
        keep = set(names)  # never write a held-out or judge article into the cache
        cache.write_text("".join(json.dumps(stored[n], ensure_ascii=False) + "\n"
                                 for n in sorted(stored) if n in keep), encoding="utf-8")
    return out


def marked(tok: list, spans: list[list[int]]) -> bool:
    """The token overlaps a NEREL EVENT span (the scorer's trigger overlap)."""
    return any(min(e, tok[1]) > max(b, tok[0]) for b, e in spans)


def count(docs: list[dict]) -> dict[str, list]:
    """lemma → [occurrences, marked, articles, marked articles]."""
    rows: dict[str, list] = collections.defaultdict(lambda: [0, 0, set(), set()])
    for d in docs:
        for t in d["toks"]:
            if t[3] not in POS or not t[2].isalpha():
                continue
            r = rows[t[2].lower()]
            r[0] += 1
            r[2].add(d["name"])
            if marked(t, d["events"]):
                r[1] += 1
                r[3].add(d["name"])
    return rows


def context_lemmas() -> set[str]:
    """The lemmas that stand as context words of some line (`взойти престол`): their marks are
    often the line's event, caught by the other word."""
    from kg.nlp.ru import events as ev

    return {c.lstrip("=@>*+") for rs in ev.rules().values() for r in rs for c in r.with_}


def line(lemma: str, r: list, lined: bool, ctx: bool = False) -> str:
    rate = r[1] / r[0] if r[0] else 0.0
    tag = "line" if lined else "ctx" if ctx else "-"
    return (f"{lemma:22s} {tag:4s} marked {r[1]:3d}/{r[0]:4d} ({rate:.2f})"
            f"  articles {len(r[3])}/{len(r[2])}")


def show(docs: list[dict], texts: Path, lemma: str, limit: int) -> None:
    n = 0
    for d in docs:
        text = None
        for t in d["toks"]:
            if t[2].lower() != lemma or t[3] not in POS:
                continue
            text = text or (texts / f"{d['name']}.txt").read_text(encoding="utf-8")
            s, e = d["sents"][t[4]] if t[4] < len(d["sents"]) else (t[0] - 80, t[1] + 80)
            sent = " ".join(text[max(s, t[0] - 150):min(e, t[1] + 150)].split())
            mark = "M" if marked(t, d["events"]) else "."
            print(f"{mark} {d['name']} [{text[t[0]:t[1]]}] {sent}")
            n += 1
            if n >= limit:
                return


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--min-occ", type=int, default=5)
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.5)
    ap.add_argument("--lemmas")
    ap.add_argument("--show")
    ap.add_argument("--limit", type=int, default=20)
    a = ap.parse_args(argv)
    from kg.nlp.ru import events as ev

    docs = load(a.texts, a.cache)
    if a.show:
        show(docs, a.texts, a.show.replace("ё", "е"), a.limit)
        return 0
    rows = count(docs)
    lines, ctx = set(ev.rules()), context_lemmas()
    print(f"{len(docs)} articles (held-out and judge articles left out)")
    if a.lemmas:
        for lem in a.lemmas.split(","):
            lem = lem.strip().replace("ё", "е")
            print(line(lem, rows.get(lem, [0, 0, set(), set()]), lem in lines, lem in ctx))
        return 0
    free = [(lem, r) for lem, r in rows.items() if lem not in lines and r[1]]
    passing = [(lem, r) for lem, r in free if r[0] >= a.min_occ and len(r[2]) >= a.min_articles
               and r[1] / r[0] >= a.min_rate]
    print(f"no line, >= {a.min_occ} occurrences in >= {a.min_articles} articles, "
          f"marked >= {a.min_rate}: {len(passing)}")
    for lem, r in sorted(passing, key=lambda x: (-x[1][1], x[0])):
        print(line(lem, r, False, lem in ctx))
    print(f"most marked no-line lemmas (top {a.top})")
    for lem, r in sorted(free, key=lambda x: (-x[1][1], x[0]))[:a.top]:
        print(line(lem, r, False, lem in ctx))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
