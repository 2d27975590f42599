"""Why the NEREL events with a named participant that no event of ours sits on are missed, by class.

For every article of nerel-dev outside tests/gold-nerel/frozen*/ARTICLES: the events of the
pipeline are compared with NEREL's EVENT spans as the shared scorer does (a trigger mention
overlapping the span); each NEREL event with a named participant that none overlaps is put in one
failure class, judged on the extractor's own parse of the article:

  no line          the head lemma of the span is in no line of kg/data/ru/triggers.tsv
  attributive      a line, but the word is an attributive participle (`погибших`)
  no context       a line, but none whose `with` words stand next to it (or a `-` line)
  suppressed       a line fired, but the word was taken as part of another event (host verb,
                   context word, governing trigger)
  refused          it was found negated or cancelled
  no participant   it was found, but no role named an entity and the line requires one; split
                   by whether the NEREL participant is one of our entities in the same sentence

Printed: counts per class, the most frequent lemmas of "no line" (all / in how many articles),
and per class the lemmas with the word forms (VerbForm, Voice, part of speech). For each
lemma of "no line" also how often it occurs as a noun or verb in those articles and what share of
its occurrences NEREL marks as an event (any event, named or not): what a line for it would
cost in trigger precision. No article text.

    python scripts/nerel_event_gaps.py [--texts ../shared/data/nerel-dev] [--limit N] [--top 80] [--tsv F]

`--tsv F` writes one line per missed event (class, lemma, form, article) for further counting,
`--examples F` the same with the NEREL participants and the sentence, to read (as the
`--uncovered` file of scripts/nerel_event_classes.py).
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
from held_out import studied  # noqa: E402

ACTOR_ROLES = {"AGENT", "PARTICIPANT_IN", "ORGANIZES"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _form(t) -> str:
    f = t.feats
    bits = [t.pos, f.get("VerbForm", ""), f.get("Voice", ""), f.get("Variant", ""), t.rel]
    return "/".join(b for b in bits if b)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--tsv")
    ap.add_argument("--examples")
    a = ap.parse_args(argv)
    from kg import pipeline
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.dates import find_times
    from kg.nlp.ru.entities import find_entities
    from kg.nlp.ru.events import _Extractor, rules

    names = studied(a.texts, a.limit)  # judges and held-out left out
    lex = rules()
    classes: collections.Counter[str] = collections.Counter()
    by_class: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    articles: dict[str, set[str]] = collections.defaultdict(set)
    rows: list[str] = []
    examples: list[str] = []
    total = covered = 0
    occurs: collections.Counter[str] = collections.Counter()  # noun/verb tokens of a lemma
    marked: collections.Counter[str] = collections.Counter()  # … that overlap a NEREL event
    for name in names:
        gold = json.loads((Path(a.texts) / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8")
        if not gold["events"]:
            continue
        x = pipeline.extract(pipeline.make_document(text, id=name))
        spans = [(m.start, m.end) for ev in x.events for m in (ev.trigger, *ev.mentions)]
        an = analyse(text)
        ents = find_entities(an)
        ex = _Extractor(an, ents, find_times(text, None, an))
        attempted: set[int] = set()
        add = ex.add

        def spy(t, *args, _add=add, **kw):
            attempted.add(t.index)
            return _add(t, *args, **kw)

        ex.add = spy
        ex.find()
        found = {i for f in ex.events for i in f.tokens}
        refused = {i for f in ex.refused for i in f.tokens}
        ours = [(m.start, m.end) for e in ents for m in e.mentions]
        gspans = [(g["trigger"]["begin"], g["trigger"]["end"]) for g in gold["events"]]
        for t in an.tokens:
            if t.pos in ("NOUN", "VERB", "PROPN"):
                lem = t.lemma.replace("ё", "е")
                occurs[lem] += 1
                marked[lem] += any(_overlaps((t.start, t.end), gs) for gs in gspans)
        gmen = {e["id"]: [(m["begin"], m["end"]) for m in e["mentions"]] for e in gold["entities"]}
        for g in gold["events"]:
            parts = [r["entity"] for r in g["arguments"] if r["role"] in ACTOR_ROLES and r.get("entity")]
            if not parts:
                continue
            total += 1
            gs = (g["trigger"]["begin"], g["trigger"]["end"])
            if any(_overlaps(gs, s) for s in spans):
                covered += 1
                continue
            toks = [t for t in an.tokens if t.start < gs[1] and t.end > gs[0]]
            inside = {t.index for t in toks}
            heads = [t for t in toks if t.head not in inside and t.pos not in ("ADP", "PUNCT")] or toks
            if not heads:
                classes["no token"] += 1
                continue
            t = heads[0]
            ruled = [u for u in toks if ex.rule_for(u)]
            lemma = t.lemma.replace("ё", "е")
            if ruled:
                u = ruled[0]
                lemma = u.lemma.replace("ё", "е")
                if u.index in found:
                    cls = "found elsewhere"  # an event, but its span is not the one the scorer saw
                elif u.index in refused:
                    cls = "refused"
                elif u.index not in attempted:
                    cls = "suppressed"
                else:
                    sent = an.sentences[u.sent]
                    same = any(_overlaps(m, (sent.start, sent.end)) and any(_overlaps(m, o) for o in ours)
                               for p in parts for m in gmen.get(p, []))
                    cls = "no participant: ours in sentence" if same else "no participant: elsewhere"
                t = u
            elif lemma in lex:
                attributive = t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") != "Short"
                cls = "attributive" if attributive else "no context"
            else:
                cls = "no line"
            classes[cls] += 1
            by_class[cls][f"{lemma}\t{_form(t)}"] += 1
            if cls == "no line":
                articles[lemma].add(name)
            rows.append(f"{cls}\t{lemma}\t{_form(t)}\t{name}")
            if a.examples:
                sent = an.sentences[t.sent]
                who = [text[m[0]:m[1]] for p in parts for m in gmen.get(p, [])[:1]]
                examples.append(f"{cls}\t{lemma}\t{_form(t)}\t{name}\t{g['trigger']['text']}\t{who}\t"
                                f"{' '.join(text[sent.start:sent.end].split())[:300]}")
    print(f"{len(names)} articles; NEREL events with a named participant {total}, covered {covered} "
          f"({covered / max(total, 1):.3f}), missed {total - covered}")
    for cls, n in classes.most_common():
        print(f"  {cls:36s} {n}")
    lemmas: collections.Counter[str] = collections.Counter()
    for key, n in by_class["no line"].items():
        lemmas[key.split("\t")[0]] += n
    print("\nno line: lemma, missed events, articles, occurrences, share marked by NEREL")
    for lem, n in lemmas.most_common(a.top):
        share = marked[lem] / occurs[lem] if occurs[lem] else 0.0
        print(f"  {lem:24s} {n:4d} {len(articles[lem]):4d} {occurs[lem]:5d} {share:5.2f}")
    for cls in classes:
        if cls == "no line":
            continue
        print(f"\n{cls}: lemma / form")
        for key, n in by_class[cls].most_common(a.top // 2):
            print(f"  {n:4d}  {key}")
    if a.tsv:
        Path(a.tsv).write_text("\n".join(rows) + "\n", encoding="utf-8")
    if a.examples:
        Path(a.examples).write_text("\n".join(examples) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
