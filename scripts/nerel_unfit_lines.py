"""Words that have lines in kg/data/ru/triggers.tsv but none that fits, and how often NEREL marks them.

For every article of nerel-dev outside tests/gold-nerel/frozen*/ARTICLES and the judges'
(scripts/held_out.py `JUDGES`), each noun or verb whose
lemma has lexicon lines but for which `rule_for` (kg/nlp/ru/events.py) finds none is counted
(the bucket "lemmas with lines, none fits" of scripts/event_miss_causes.py, on all readable
articles rather than the gold folders), by lemma and form: `attr` an attributive participle,
`short` a short passive, `VERB/Fin`, `VERB/Inf`, `VERB/Conv`, `NOUN`. A word for which a `-` line
fits (told no event on purpose) is left out. It counts as marked when it overlaps a NEREL EVENT
span: a line that made it an event would add events at about that share of trigger precision.

Each word is also sorted by why no line fits (twenty-sixth round), judged on the line that comes
closest (fewest context words missing):
  attributive  an attributive participle (the lines are not read for it)
  refused      a `-` line fits: the word is no event there on purpose (`отказался
               прокомментировать`; words of this kind are left out of the counts here, not in
               scripts/event_miss_causes.py)
  check        a line fits its context, but a check of events.py `rule_for` dropped it (an
               arrival of no office holder, a founding of no body, a vote on a document, …)
  negation     the closest line is a refusal asking for `не`; infinitive: one asking for `+inf`
  twin         a line of the word's other aspect or of its noun or verb (the patterns of
               scripts/learn_aspect_pairs.py and scripts/learn_derived_triggers.py) would fit: a
               hand line of the word shuts the generated ones out
  elsewhere    the missing context word stands in the sentence, not next to the word in the parse
               (another path: a sibling, a broken attachment)
  absent       the missing context word is not in the sentence (another wording)

Printed: totals by form and by why, then the lemma/form groups with the most marked words (no
article text). `--tsv F` writes one row per word (marked, lemma, form, why, article, the lemmas of
its dependents, the words around it) to read when choosing a context line.

    python scripts/nerel_unfit_lines.py [--texts ../shared/data/nerel-dev] [--limit N] [--top 60] [--tsv F]
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


def form(t) -> str:
    f = t.feats
    if f.get("VerbForm") == "Part":
        return "short" if f.get("Variant") == "Short" else "attr"
    return t.pos + ("/" + f["VerbForm"] if f.get("VerbForm") else "")


def partners(t) -> set[str]:
    """The word's other aspect and its noun or verb, by the learners' derivation patterns (any
    candidate: the dictionary and vector checks are the learners' business)."""
    from learn_aspect_pairs import imperfective_to_perfective, perfective_to_imperfective
    from learn_derived_triggers import noun_to_verbs, verb_to_nouns

    if t.pos == "NOUN":
        verbs = set(noun_to_verbs(t.lemma))
        return verbs | {v + "ся" for v in verbs}
    base, sfx = (t.lemma[:-2], "ся") if t.lemma.endswith("ся") else (t.lemma, "")
    return {*verb_to_nouns(base), *(v + sfx for v in (*perfective_to_imperfective(base),
                                                      *imperfective_to_perfective(base)))}


def why(ex, t, lines, near: set[str], lex) -> str:
    """Why no line of `t` fits (the module docstring's classes)."""
    if ex.attributive(t):
        return "attributive"
    if any(r.kind == "-" and all(w in near for w in r.with_) for r in lines):
        return "refused"
    # the closest line; of as close ones, one that asks for no negation
    scored = sorted(((sum(w not in near for w in r.with_), r) for r in lines if r.kind != "-"),
                    key=lambda x: (x[0], "не" in x[1].with_))
    if not scored or scored[0][0] == 0:
        return "check"
    missing = [w for w in scored[0][1].with_ if w not in near]
    if "не" in missing:
        return "negation"
    if "+inf" in missing:
        return "infinitive"
    if any(r.kind != "-" and r.with_ and "не" not in r.with_ and all(w in near for w in r.with_)
           for p in partners(t) for r in lex.get(p, ())):
        return "twin"
    sent = {x.lemma for x in ex.a.tokens if x.sent == t.sent and x.index != t.index}
    if any(w.lstrip("=>*@^") in sent for w in missing):
        return "elsewhere"
    return "absent"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--tsv")
    a = ap.parse_args(argv)
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.dates import find_times
    from kg.nlp.ru.entities import find_entities
    from kg.nlp.ru.events import _Extractor, rules

    # the judges' articles are read by totals only: never listed (COMMON brief)
    names = studied(a.texts, a.limit)  # judges and held-out left out
    lex = rules()
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    marked: collections.Counter[tuple[str, str]] = collections.Counter()
    rows: list[str] = []
    whys: collections.Counter[str] = collections.Counter()
    whys_marked: collections.Counter[str] = collections.Counter()
    for name in names:
        gold = json.loads((Path(a.texts) / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8")
        an = analyse(text)
        ex = _Extractor(an, find_entities(an), find_times(text, None, an))
        spans = [(g["trigger"]["begin"], g["trigger"]["end"]) for g in gold["events"]]
        for t in an.tokens:
            lines = lex.get(t.lemma) if t.pos in ("NOUN", "VERB", "PROPN") else None
            if not lines or ex.rule_for(t) is not None:
                continue
            near = ex.neighbours(t)
            if any(r.kind == "-" and all(w in near for w in r.with_) for r in lines):
                continue
            hit = any(min(t.end, e) > max(t.start, b) for b, e in spans)
            key = (t.lemma, form(t))
            seen[key] += 1
            marked[key] += hit
            reason = why(ex, t, lines, near, lex)
            whys[reason] += 1
            whys_marked[reason] += hit
            kids = " ".join(sorted(k.lemma for k in ex.kids(t)))
            around = text[max(0, t.start - 50):t.end + 40].replace("\n", " ")
            rows.append(f"{int(hit)}\t{t.lemma}\t{form(t)}\t{reason}\t{name}\t{kids}\t{around}")
    if a.tsv:
        Path(a.tsv).write_text("\n".join(rows) + "\n", encoding="utf-8")
    total, hits = sum(seen.values()), sum(marked.values())
    print(f"{len(names)} articles; words with lines, none fits: {total}, marked by NEREL {hits}"
          f" ({hits / total if total else 0:.2f})")
    by_form: collections.Counter[str] = collections.Counter()
    by_form_marked: collections.Counter[str] = collections.Counter()
    for (lemma, f), n in seen.items():
        by_form[f] += n
        by_form_marked[f] += marked[(lemma, f)]
    print("\nform: words, marked, share")
    for f, n in by_form.most_common():
        print(f"  {f:12s} {n:5d} {by_form_marked[f]:5d} {by_form_marked[f] / n:.2f}")
    print("\nwhy no line fits: words, marked, share")
    for w, n in whys.most_common():
        print(f"  {w:12s} {n:5d} {whys_marked[w]:5d} {whys_marked[w] / n:.2f}")
    print("\nlemma / form: words, marked, share (most marked first)")
    for (lemma, f), n in sorted(seen.items(), key=lambda kv: (-marked[kv[0]], -kv[1]))[:a.top]:
        print(f"  {lemma:20s} {f:10s} {n:4d} {marked[(lemma, f)]:4d} {marked[(lemma, f)] / n:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
