"""Tally the false and missed mentions of a dump by error kind and by the shape of the words.

    python scripts/score_nerel.py entities --texts ../shared/data/nerel-dev --view proper-flat \
        --no-validate --dump /tmp/d.jsonl
    python scripts/nerel_error_shapes.py /tmp/d.jsonl [--by kind|shape|both|entities|identity]
        [--show CLASS] [--n 40]

The dump (scripts/score_nerel.py `--dump`) holds only the readable articles: the frozen ones of
tests/gold-nerel/frozen*/ARTICLES are never written to it, and this script skips them again should
one appear. Every gold mention of the view `proper-flat` that the system does not give with its
span and type, and every system mention that answers no gold mention exactly, is one error:

* kind: `missed` (no system mention overlaps it), `spurious` (overlaps no gold mention), `typed
  X→Y` (same span, gold type X, ours Y), `longer` / `shorter` (overlapping, ours holds it or lies
  in it; with the side the extra or lost words are on), `shifted`;
* shape: the first of these that fits the gold span (the system span for spurious ones): an
  abbreviation (`США`, `NASA`), Latin letters, a quoted name, a nationality or country adjective
  (`Американский`, by `kg/data/ru/country_adjectives.tsv` or its `-ск-` ending), a title before a
  name (its first word a job title, honorific or a word of `title_cues.tsv`), a lower-case word
  inside it (`Совет безопасности`), a name of one capitalised word; each with where it stands
  (opening a line, opening a sentence, inside one).

`--by both` (the default) prints kind × shape counts, largest first; `--by entities` counts the
unmatched system and gold entities instead (spurious, split, merged, missed, type differs);
`--by identity` the same, a split or merged entity with how (`merged_how`, `split_how`: forms of one
name the gold keeps apart, two QIDs or two types the gold gives one name, a span not the gold's);
`--show PREFIX` lists the examples of the classes starting with PREFIX, each with some context.
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
from nerel_mention_errors import (  # noqa: E402
    CYRILLIC,
    LATIN,
    VIEW,
    context,
    match_entities,
    print_classes,
    texts_dir,
)

ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ0-9&.\-]{2,}$")
QUOTES = "«»\"„“”'"


def _words(name: str) -> set[str]:
    path = ROOT / "kg" / "data" / "ru" / name
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].strip().lower())
    return out


COUNTRY_ADJECTIVES = _words("country_adjectives.tsv")
TITLES = _words("job_titles.txt") | _words("honorifics.txt") | _words("title_cues.tsv")
_ADJ_ENDING = re.compile(r"(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими|ым)$")


def where(text: str, b: int) -> str:
    line_start = text.rfind("\n", 0, b) + 1
    prefix = text[line_start:b].strip(" «\"'(")
    if not prefix:
        return "line-start"
    if re.search(r"[.!?…]\s*[«\"'(]*$", prefix):
        return "sent-start"
    return "inside"


def shape(text: str, b: int, e: int) -> str:
    span = text[b:e].strip(QUOTES + " ")
    words = span.split()
    n = "1w" if len(words) == 1 else "2w" if len(words) == 2 else "3+w"
    before, after = text[max(0, b - 2) : b], text[e : e + 2]
    first = words[0].lower().strip(QUOTES) if words else ""
    if len(words) == 1 and ABBREVIATION.match(span):
        kind = "abbreviation"
    elif LATIN.search(span) and not CYRILLIC.search(span):
        kind = "latin"
    elif (
        any(q in before for q in '«"„“')
        or any(q in after for q in '»"“”')
        or span != text[b:e].strip()
    ):
        kind = "quoted"
    elif len(words) == 1 and (
        first[:6] in {w[:6] for w in COUNTRY_ADJECTIVES} and _ADJ_ENDING.search(first)
    ):
        kind = "nationality-adj"
    elif len(words) == 1 and _ADJ_ENDING.search(first):
        kind = "adjective"
    elif len(words) > 1 and re.sub(r"[^а-яё-]", "", first) in TITLES:
        kind = "title+name"
    elif any(w[:1].islower() for w in words[1:]):
        kind = "with-lowercase"
    else:
        kind = "capitalised"
    return f"{kind} {n} {where(text, b)}"


def counted_mentions(record: dict, sc) -> tuple[list[dict], list[dict]]:
    """The gold mentions the view counts, and the system mentions not aligned to a gold mention
    the view leaves out (a nested or lower-case one), as the scorer counts them."""
    gm_all = record["gold"]
    gm = [m for m in gm_all if sc.counted(m, VIEW)]
    ents = record["entities"]
    sm_all = [dict(b=b, e=e, type=ents[i]["type"], ent=i) for b, e, i in record["mentions"]]
    ignored = {j for j, m in enumerate(gm_all) if not sc.counted(m, VIEW)}
    to_gold = sc.align_overlap(sm_all, gm_all, False)
    return gm, [s for i, s in enumerate(sm_all) if to_gold.get(i) not in ignored]


def errors(record: dict, text: str, sc):
    """(kind, shape, b, e, note) for every mention error of one article."""
    gm, sm = counted_mentions(record, sc)
    exact = {(s["b"], s["e"]): s for s in sm}
    gold_exact = {(m["b"], m["e"]) for m in gm}
    for m in gm:
        s = exact.get((m["b"], m["e"]))
        if s and s["type"] == m["type"]:
            continue
        sh = shape(text, m["b"], m["e"])
        if s:
            yield f"typed {m['type']}→{s['type']}", sh, m["b"], m["e"], ""
            continue
        over = [x for x in sm if x["b"] < m["e"] and m["b"] < x["e"]]
        if not over:
            yield f"missed {m['type']}", sh, m["b"], m["e"], ""
            continue
        x = max(over, key=lambda x: min(x["e"], m["e"]) - max(x["b"], m["b"]))
        ours = text[x["b"] : x["e"]]
        typ = m["type"] + ("" if x["type"] == m["type"] else f"→{x['type']}")
        if x["b"] <= m["b"] and x["e"] >= m["e"]:
            side = "+".join(
                s
                for s, gap in (("before", text[x["b"] : m["b"]]), ("after", text[m["e"] : x["e"]]))
                if gap.strip()
            )
            yield f"longer {typ} ({side})", sh, m["b"], m["e"], f"ours: {ours}"
        elif x["b"] >= m["b"] and x["e"] <= m["e"]:
            side = "+".join(
                s
                for s, gap in (("start", text[m["b"] : x["b"]]), ("end", text[x["e"] : m["e"]]))
                if gap.strip()
            )
            yield f"shorter {typ} (lost {side})", sh, m["b"], m["e"], f"ours: {ours}"
        else:
            yield f"shifted {typ}", sh, m["b"], m["e"], f"ours: {ours}"
    for s in sm:
        if (s["b"], s["e"]) in gold_exact:
            continue
        if any(x["b"] < s["e"] and s["b"] < x["e"] for x in gm):
            continue  # counted above from the gold side
        yield f"spurious {s['type']}", shape(text, s["b"], s["e"]), s["b"], s["e"], ""


def entity_errors(record: dict, text: str, sc, identity: bool = False):
    """(class, note) for every system entity the scorer matches to no gold entity and every gold
    entity it matches to no system entity, by the scorer's entity alignment: `spurious` (no
    mention of it overlaps a gold one), `split` (the gold entities it overlaps are matched to
    other system entities), `merged` (the system entities it overlaps are matched to other gold
    entities), `missed`, `type differs`. With `identity`, a split or merged class also says how
    (`merged_how`, `split_how`)."""
    gm, sm = counted_mentions(record, sc)
    ents = record["entities"]
    gents = {e["id"]: e for e in record["gold_entities"]}
    _, shared, match = match_entities(sc, sm, gm, ents, gents)
    used_s, used_g = set(match), set(match.values())
    for s in {x["ent"] for x in sm} - set(match):
        gs = {g for (x, g) in shared if x == s}
        forms = sorted({text[x["b"] : x["e"]] for x in sm if x["ent"] == s})[:4]
        kind = "spurious" if not gs else "split" if gs <= used_g else "type differs"
        how = f": {split_how(s, gs, sm, gm, ents, gents)}" if identity and kind == "split" else ""
        yield f"system entity {kind} {ents[s]['type']}{how}", f"ours {forms}"
    for g in {m["ent"] for m in gm} - set(match.values()):
        ss = {s for (s, x) in shared if x == g}
        forms = sorted({m["text"] for m in gm if m["ent"] == g})[:4]
        kind = "missed" if not ss else "merged" if ss <= used_s else "type differs"
        how = ""
        if identity and kind == "merged":
            how = f": {merged_how(g, [match[s] for s in ss], gm, gents)}"
        yield f"gold entity {kind} {gents[g]['type']}{how}", f"gold {forms}"


def _word_heads(forms) -> set[str]:
    """The first four letters of each word of three letters or more, lower case, `ё` as `е`: what
    two case forms of one name share (`Кристину` / `Кристина`, `Насира` / `Абид Насир`)."""
    return {w.lower().replace("ё", "е")[:4] for f in forms for w in re.findall(r"[\w’'-]+", f)
            if len(w) >= 3}


def merged_how(g: str, others: list[str], gm: list[dict], gents: dict) -> str:
    """Why a gold entity whose mentions all went to system entities matched to other gold
    entities is unmatched: the gold gives one name two types or two QIDs, splits one QID, or
    keeps apart forms of one name (its clusters join unlinked mentions only by the same surface
    string: `Кристину` beside `Кристина`), or the two share no word."""
    ge = gents[g]
    qid, other_qids = ge.get("wikidata"), {gents[o].get("wikidata") for o in others}
    if any(gents[o]["type"] != ge["type"] for o in others):
        return "the gold gives one name two types"
    if qid and qid in other_qids:
        return "the gold splits one QID"
    if qid and other_qids - {None}:
        return "the gold gives two QIDs"
    forms = {m["text"] for m in gm if m["ent"] == g}
    others_forms = {m["text"] for m in gm if m["ent"] in others}
    if _word_heads(forms) & _word_heads(others_forms):
        return "the gold keeps forms of one name apart"
    return "no word shared"


def split_how(s: str, gs: set, sm: list[dict], gm: list[dict], ents: dict, gents: dict) -> str:
    """Why a system entity whose gold entities are all matched to other system entities is
    unmatched: a span of it is not the gold's, or every span is and its type is not the gold's,
    or one gold entity is two of ours."""
    spans = {(m["b"], m["e"]) for m in gm}
    if not all((x["b"], x["e"]) in spans for x in sm if x["ent"] == s):
        return "a span differs from the gold's"
    if ents[s]["type"] not in {gents[g]["type"] for g in gs}:
        return "the gold's spans, another type"
    return "the gold's spans: one gold entity, two of ours"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    texts = texts_dir(argv)
    by = argv[argv.index("--by") + 1] if "--by" in argv else "both"
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    n = int(argv[argv.index("--n") + 1]) if "--n" in argv else 40
    frozen = unstudied()  # held-out and judge articles: never listed
    sc = score_nerel._load("entities")
    counts: collections.Counter = collections.Counter()
    examples: dict = collections.defaultdict(list)
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["doc"] in frozen:
                continue
            text = (texts / f"{record['doc']}.txt").read_text(encoding="utf-8")
            if by in ("entities", "identity"):
                for key, note in entity_errors(record, text, sc, by == "identity"):
                    counts[key] += 1
                    examples[key].append(f"{record['doc']}: {note}")
                continue
            for kind, sh, b, e, note in errors(record, text, sc):
                key = {"kind": kind, "shape": sh.split(" ")[0], "both": f"{kind} | {sh}"}[by]
                counts[key] += 1
                examples[key].append(
                    f"{record['doc']}: {context(text, b, e)}{'  ' + note if note else ''}"
                )
    total = sum(counts.values())
    print(f"{total:6d}  errors")
    print_classes(counts, examples, show, n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
