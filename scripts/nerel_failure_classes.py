"""Count the entity failure classes of docs/quality.md on nerel-dev, unstudied articles left out.

    python scripts/nerel_failure_classes.py [--texts ../shared/data/nerel-dev] [--limit N] [--dump F]

`--dump F` also writes, one JSON line per readable article, the gold and system mentions and
entities the counts come from, for scripts/nerel_mention_errors.py to list and group.

Runs the shared entity scorer in process (as scripts/score_nerel.py does, without the SHACL
check), and for every article outside tests/gold-nerel/frozen*/ARTICLES and the judge folders
(scripts/held_out.py `unstudied`) aligns system and gold
mentions of the view `proper-flat` as the scorer does, then counts: gold mentions missed (and
those whose text the system tagged elsewhere in the article), spans too long or too short, type
confusions, spurious mentions, split and merged entities, and gold QIDs found or missed by reason
(not in the gazetteer, entity not found, found but unlinked, linked to another item), and wrong
links. Only counts are printed: no article text.
"""

from __future__ import annotations

import collections
import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import score_nerel  # noqa: E402
from held_out import unstudied  # noqa: E402

VIEW = "proper-flat"


def classes(sc, gold, gm_all, ents, ments, text, gazetteer_qids, counts) -> None:
    gm = [m for m in gm_all if sc.counted(m, VIEW)]
    sm_all = [dict(b=b, e=e, type=ents[i]["type"], ent=i) for b, e, i in ments]
    ignored = {j for j, m in enumerate(gm_all) if not sc.counted(m, VIEW)}
    to_gold = sc.align_overlap(sm_all, gm_all, False)
    sm = [s for i, s in enumerate(sm_all) if to_gold.get(i) not in ignored]
    by_span = {(s["b"], s["e"]): s for s in sm}
    gold_spans = {(m["b"], m["e"]) for m in gm}
    sys_texts = {text[s["b"]:s["e"]] for s in sm}
    for m in gm:
        s = by_span.get((m["b"], m["e"]))
        if s and s["type"] == m["type"]:
            continue
        if s:
            counts[f"mention type {s['type']} for {m['type']}"] += 1
            continue
        over = [x for x in sm if x["b"] < m["e"] and m["b"] < x["e"]]
        if not over:
            counts["mention missed"] += 1
            counts["mention missed, tagged elsewhere"] += m["text"] in sys_texts
        elif over[0]["b"] <= m["b"] and over[0]["e"] >= m["e"]:
            counts["mention span longer"] += 1
        elif over[0]["b"] >= m["b"] and over[0]["e"] <= m["e"]:
            counts["mention span shorter"] += 1
        else:
            counts["mention span shifted"] += 1
    for s in sm:
        if (s["b"], s["e"]) not in gold_spans and not any(x["b"] < s["e"] and s["b"] < x["e"] for x in gm):
            counts["mention spurious"] += 1
    aligned = sc.align_overlap(sm, gm, False)
    g2s, s2g = collections.defaultdict(set), collections.defaultdict(set)
    for i, j in aligned.items():
        g2s[gm[j]["ent"]].add(sm[i]["ent"])
        s2g[sm[i]["ent"]].add(gm[j]["ent"])
    counts["entity split"] += sum(len(v) > 1 for v in g2s.values())
    counts["entity merged"] += sum(len(v) > 1 for v in s2g.values())
    gents = {e["id"]: e for e in gold["entities"]}
    judged = lambda e: e.get("wikidata") and e.get("name_basis") != "kb_name_generic_not_used"  # noqa: E731
    gold_q = {gents[g]["wikidata"]: g for g in {m["ent"] for m in gm} if judged(gents[g])}
    sys_q = collections.defaultdict(set)
    for s in {x["ent"] for x in sm}:
        for q in ents[s]["qids"]:
            sys_q[q].add(s)
    for q, g in gold_q.items():
        found = g2s.get(g, set())
        if q in sys_q:
            counts["link found"] += 1
        elif q not in gazetteer_qids:
            counts["link missed: not in the gazetteer"] += 1
        elif not found:
            counts["link missed: entity not found"] += 1
        elif any(ents[x]["qids"] for x in found):
            counts["link missed: linked to another item"] += 1
        else:
            counts["link missed: unlinked"] += 1
    for q, ss in sys_q.items():
        matched = s2g.get(next(iter(ss)), set())
        if q not in gold_q and not (matched and not any(judged(gents[g]) for g in matched)):
            counts["link wrong"] += 1


def main(argv: list[str]) -> int:
    from kg.link import load_gazetteer

    frozen = unstudied()
    scorer = score_nerel._load("entities")
    runner = score_nerel.InProcess(validate=False)
    scorer.ingest = lambda kg, path, store, slug, published: runner.ingest(path, store, slug, published)
    scorer.query = lambda kg, store, sparql: runner.query(store, sparql)
    qids = set(load_gazetteer(runner.settings.gazetteer).items)
    texts = Path(argv[argv.index("--texts") + 1]) if "--texts" in argv else ROOT.parent / "shared" / "data" / "nerel-dev"
    counts: collections.Counter = collections.Counter()
    articles = [0]
    dump = None
    rest = list(argv)
    if "--dump" in rest:
        i = rest.index("--dump")
        dump = open(rest[i + 1], "w", encoding="utf-8")
        del rest[i:i + 2]
    score_doc = scorer.score_doc

    def counting(gold, gm, ents, ments, view):
        if view == VIEW and gold["doc"] not in frozen:
            articles[0] += 1
            text = (texts / f"{gold['doc']}.txt").read_text(encoding="utf-8")
            classes(scorer, gold, gm, ents, ments, text, qids, counts)
            if dump:
                record = {"doc": gold["doc"], "gold": gm, "gold_entities": gold["entities"],
                          "spans": gold.get("spans", []), "mentions": ments,
                          "entities": {k: {"type": v["type"], "labels": sorted(v["labels"]),
                                           "qids": sorted(v["qids"])} for k, v in ents.items()}}
                dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        return score_doc(gold, gm, ents, ments, view)

    scorer.score_doc = counting
    if "--texts" in rest:  # passed on below
        i = rest.index("--texts")
        del rest[i:i + 2]
    sys.argv = ["score_entities.py", "--kg", "in-process", "--texts", str(texts), "--view", VIEW, *rest]
    with contextlib.redirect_stdout(io.StringIO()):
        scorer.main()
    if dump:
        dump.close()
    print(f"{articles[0]} articles outside the held-out and judge sets, view {VIEW}")
    for key, value in sorted(counts.items()):
        print(f"{value:7d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
