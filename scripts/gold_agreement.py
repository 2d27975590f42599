"""How far two annotations of the same articles agree: scores one gold folder (B) against another
(A) with the matching of `kg eval` (kg/eval.py), B's records standing where the extraction stands.

    python scripts/gold_agreement.py tests/gold-nerel/dev8 tests/gold-nerel-agreement/dev8 \
        [--texts ../shared/data/nerel-dev] [--json] [--details] [--one-way]

Both ways are scored (A as gold with B as "system", then B as gold with A as "system"); F1 is the
same either way up to the entity alignment, precision and recall swap. Events are matched as `kg
eval` matches them: class and the set of actors (agents, targets and others together, through the
entity alignment), and for "events" also the time value; factuality is compared over the events
matched on class and actors; statements by overlapping quoted or reported words, right when the
speaker is one of the gold speakers. The event classes are those of A's `CLASSES` file when it has
one. Only the articles both folders annotate are scored.

How B becomes an extraction (the only step kg eval does not have): each B entity is an Entity
(its id as key, type as kind, name and mentions; kg eval aligns it to A's entity of the same type
and name, or else to the one most of its mentions overlap); each event an Event with its class,
roles, place, factuality and time value; each statement a Statement with its first speaker (kg
eval's records hold one), first quote (the others as `more_quotes`), content, source, addressee
and `anonymous`; each time a TimeValue.

`--details` lists, article by article, the events and statements of one annotation the other does
not have, paired where a counterpart is found (the same trigger words, or the same class with a
shared actor): class differs, actors differ, factuality differs, or listed by one annotation only.

It reads no extraction and runs no pipeline. Like scripts/check_gold.py it refuses folders that
hold a held-out article (scripts/held_out.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from held_out import held_out  # noqa: E402

from kg.eval import (  # noqa: E402
    DocResult,
    GoldDoc,
    Report,
    _entities,
    _gold_time,
    evaluate,
    gold_classes,
    load_gold,
    score_document,
    score_table,
)
from kg.records import Document, Entity, Event, Extraction, Span, Statement, TimeValue  # noqa: E402

DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "nerel-dev"
HEADLINE = ("events (class + actors)", "events", "statements", "statements (words only)")


def _span(text: str, sp) -> Span | None:
    if not sp:
        return None
    return Span(sp[0], sp[1], text[sp[0]:sp[1]])


def _time(text: str, gold: GoldDoc, tid: str | None) -> TimeValue | None:
    if tid is None:
        return None
    t = next(t for t in gold.times if t["id"] == tid)
    v = t["value"]
    begin = date.fromisoformat(v["begin"]) if v.get("begin") else None
    end = date.fromisoformat(v["end"]) if v.get("end") else None
    return TimeValue(_span(text, t["span"]), begin=begin, end=end, year=v.get("year"),
                     month=v.get("month"), day=v.get("day"), season=v.get("season"))


def extraction_from_gold(gold: GoldDoc, text: str) -> Extraction:
    """A gold annotation as the records `kg eval` scores (see the module's docstring)."""
    ents = tuple(Entity(e["id"], e["type"], e["name"],
                        tuple(Span(s, t, text[s:t]) for s, t, _ in e["mentions"]),
                        aliases=tuple(e.get("aliases", ())))
                 for e in gold.entities)
    events = tuple(Event(f"ev{i}", g["class"], _span(text, g["trigger"]),
                         agents=tuple(g["agents"]), targets=tuple(g["targets"]),
                         others=tuple(g["others"]), place=g["place"],
                         time=_time(text, gold, g["time"]),
                         factuality=g.get("factuality", "Actual"))
                   for i, g in enumerate(gold.events))
    statements = []
    for i, g in enumerate(gold.statements):
        quotes = [_span(text, q) for q in g["quotes"]]
        statements.append(Statement(
            f"st{i}", _span(text, g["trigger"]),
            speaker=g["speakers"][0] if g["speakers"] else None,
            quote=quotes[0] if quotes else None, content=_span(text, g["content"]),
            addressee=g.get("addressee"), source=g.get("source"),
            anonymous_source="anonymous" if g.get("anonymous") else None,
            more_quotes=tuple(quotes[1:])))
    times = tuple(_time(text, gold, t["id"]) for t in gold.times)
    return Extraction(Document(Path(gold.article).stem, text, published=gold.published),
                      entities=ents, events=events, statements=tuple(statements),
                      times=tuple(t for t in times if t is not None))


def _common(a_dir: Path, b_dir: Path) -> set[str]:
    return {p.name for p in a_dir.glob("*.json")} & {p.name for p in b_dir.glob("*.json")}


def _refuse_held_out(*folders: Path) -> None:
    frozen = held_out()
    for folder in folders:
        listed = folder / "ARTICLES"
        names = listed.read_text(encoding="utf-8").split() if listed.is_file() else []
        names += [p.stem for p in folder.glob("*.json")]
        if set(names) & frozen:
            raise SystemExit(f"{folder} holds held-out articles: not read here")


def _timeless(gold: GoldDoc) -> GoldDoc:
    return replace(gold, events=tuple({**e, "time": None} for e in gold.events))


def agreement(a_dir: Path, b_dir: Path, texts: Path = DEFAULT_TEXTS,
              with_time: bool = True) -> Report:
    """B scored against A (A as gold), over the articles both annotate, by kg eval's own loop.
    `with_time=False` drops both sides' event times first, so that kg eval's per-class figures
    (class + actors + time) become class + actors only; every other figure is unchanged by it."""
    a_dir, b_dir = Path(a_dir), Path(b_dir)
    names = _common(a_dir, b_dir)
    if not names:
        raise SystemExit(f"{a_dir} and {b_dir} annotate no article in common")

    def predict(path: Path, gold: GoldDoc, text: str) -> Extraction:
        other = load_gold(b_dir / path.name)
        return extraction_from_gold(other if with_time else _timeless(other), text)

    if not with_time:
        return _timeless_report(a_dir, names, texts, predict)

    # kg eval's loop reads every *.json of its folder: a view of A restricted to the shared names
    if {p.name for p in a_dir.glob("*.json")} == names:
        return evaluate(a_dir, texts, predict=predict)
    with tempfile.TemporaryDirectory(prefix="gold-agreement-") as tmp:
        view = _restricted(a_dir, names, Path(tmp))
        report = evaluate(view, texts, predict=predict)
    report.gold_dir = str(a_dir)
    return report


def _timeless_report(a_dir: Path, names: set[str], texts: Path, predict) -> Report:
    """kg eval's loop (evaluate) over A's files with their event times dropped."""
    classes = gold_classes(a_dir)
    docs = []
    for name in sorted(names):
        gold = _timeless(load_gold(a_dir / name))
        text = (Path(texts) / gold.article).read_text(encoding="utf-8")
        docs.append(score_document(gold, text, predict(a_dir / name, gold, text), classes))
    return Report(str(a_dir), docs)


def _restricted(folder: Path, names: set[str], tmp: Path) -> Path:
    """A copy in `tmp` of the folder's gold files of `names`, with the folder's CLASSES."""
    for n in sorted(names):
        shutil.copy(folder / n, tmp / n)
    if (folder / "CLASSES").is_file():
        shutil.copy(folder / "CLASSES", tmp / "CLASSES")
    return tmp


# ---- reading the disagreements ---------------------------------------------------------------
def _actors(ev: dict) -> frozenset[str]:
    return frozenset(ev["agents"] + ev["targets"] + ev["others"])


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _entity_map(a: GoldDoc, b: GoldDoc, text: str) -> dict[str, str]:
    """B's entity ids → A's, as kg eval aligns them."""
    return _entities(a, extraction_from_gold(b, text), DocResult(a.article))


def disagreements(a: GoldDoc, b: GoldDoc, text: str) -> list[dict]:
    """The events and statements the two annotations of one article do not share, each paired
    with its likeliest counterpart; `kind` says how they differ."""
    align = _entity_map(a, b, text)
    bmap = lambda ids: frozenset(align.get(i, f"?{i}") for i in ids)  # noqa: E731
    a_ev = [(e, _actors(e), _gold_time(a, e["time"])) for e in a.events]
    b_ev = [(e, bmap(_actors(e)), _gold_time(b, e["time"])) for e in b.events]
    # pairs, the likeliest first: the same class and actors (what kg eval matches) with the same
    # factuality (then the same time and trigger words first); the same class and actors with the
    # same trigger words; any two events on overlapping trigger words; the same class and actors;
    # last the same class with an actor in common
    a_free, b_free = list(range(len(a_ev))), list(range(len(b_ev)))
    out: list[dict] = []

    def exact(i: int, j: int) -> bool:
        return a_ev[i][0]["class"] == b_ev[j][0]["class"] and a_ev[i][1] == b_ev[j][1]

    def same(i: int, j: int, what: str) -> bool:
        if what == "factuality":
            return a_ev[i][0].get("factuality") == b_ev[j][0].get("factuality")
        if what == "time":
            return a_ev[i][2] == b_ev[j][2]
        return _overlap(a_ev[i][0]["trigger"], b_ev[j][0]["trigger"])

    tiers = [lambda i, j, t=t, w=w: exact(i, j) and same(i, j, "factuality")
             and (not t or same(i, j, "time")) and (not w or same(i, j, "words"))
             for t in (True, False) for w in (True, False)]
    tiers += [lambda i, j: exact(i, j) and same(i, j, "words"),
              lambda i, j: same(i, j, "words"),
              exact,
              lambda i, j: (a_ev[i][0]["class"] == b_ev[j][0]["class"]
                            and bool(a_ev[i][1] & b_ev[j][1]))]
    for tier in tiers:
        for j in list(b_free):
            hit = next((i for i in a_free if tier(i, j)), None)
            if hit is None:
                continue
            a_free.remove(hit)
            b_free.remove(j)
            (ea, ka, ta), (eb, kb, tb) = a_ev[hit], b_ev[j]
            if ea["class"] != eb["class"]:
                kind = "class differs" if ka == kb else "class and actors differ"
            elif ka != kb:
                kind = "actors differ"
            elif ea.get("factuality") != eb.get("factuality"):
                kind = "factuality differs"
            elif ta != tb:
                kind = "time differs"
            else:
                continue
            out.append(_row(kind, text, ea, eb, sorted(ka), sorted(kb)))
    out += [_row("event in A only", text, a_ev[i][0], None, sorted(a_ev[i][1])) for i in a_free]
    out += [_row("event in B only", text, None, b_ev[j][0], None, sorted(b_ev[j][1]))
            for j in b_free]
    # statements: by overlapping words, as kg eval matches them
    def said(st):
        return [s for s in [*st["quotes"], st["content"]] if s]
    b_free_st = list(range(len(b.statements)))
    for ga in a.statements:
        best, size = None, 0
        for j in b_free_st:
            o = sum(max(0, min(x[1], y[1]) - max(x[0], y[0]))
                    for x in said(ga) for y in said(b.statements[j]))
            if o > size:
                best, size = j, o
        if best is None:
            out.append(_srow("statement in A only", text, ga, None))
            continue
        b_free_st.remove(best)
        gb = b.statements[best]
        who = {align.get(s, f"?{s}") for s in gb["speakers"]}
        if (who & set(ga["speakers"])) if ga["speakers"] else not who:
            continue
        out.append(_srow("speaker differs", text, ga, gb, sorted(who)))
    out += [_srow("statement in B only", text, None, b.statements[j]) for j in b_free_st]
    return out


def _words(text: str, sp) -> str:
    return " ".join(text[sp[0]:sp[1]].split()) if sp else ""


def _context(text: str, sp, width: int = 60) -> str:
    s = max(0, sp[0] - width)
    return " ".join((text[s:sp[0]] + "[" + text[sp[0]:sp[1]] + "]"
                     + text[sp[1]:sp[1] + 30]).split())


def _row(kind, text, ea, eb, xa=None, xb=None) -> dict:
    def one(e, extra):
        if e is None:
            return None
        return {"class": e["class"], "trigger": _words(text, e["trigger"]),
                "factuality": e.get("factuality"),
                "actors": extra if isinstance(extra, list) else sorted(_actors(e)),
                "context": _context(text, e["trigger"])}
    return {"kind": kind, "A": one(ea, xa), "B": one(eb, xb)}


def _srow(kind, text, sa, sb, who_b=None) -> dict:
    def one(s, who):
        if s is None:
            return None
        return {"trigger": _words(text, s["trigger"]), "speakers": who or s["speakers"],
                "source": s["source"], "context": _context(text, s["trigger"])}
    return {"kind": kind, "A": one(sa, None), "B": one(sb, who_b)}


def all_disagreements(a_dir: Path, b_dir: Path, texts: Path = DEFAULT_TEXTS) -> dict[str, list]:
    out = {}
    for name in sorted(_common(Path(a_dir), Path(b_dir))):
        a, b = load_gold(Path(a_dir) / name), load_gold(Path(b_dir) / name)
        text = (Path(texts) / a.article).read_text(encoding="utf-8")
        out[a.article] = disagreements(a, b, text)
    return out


# ---- output ----------------------------------------------------------------------------------
def summary(report: Report, loose: Report | None = None) -> dict:
    """The figures that mean something between two annotations (the entity lines of kg eval do
    not: each annotation lists only the entities its events and statements need)."""
    d = report.as_dict()
    out = {"articles": d["articles"], "scores": {n: d["scores"][n] for n in HEADLINE},
           "ratios": d["ratios"], "event classes (with time)": d["event classes"]}
    if loose is not None:
        out["event classes (class + actors)"] = loose.as_dict()["event classes"]
    return out


def format_agreement(report: Report, loose: Report | None = None) -> str:
    """kg eval's table, cut to the lines that mean something between two annotations; with
    `loose` (the same scored without times), the events per class on class + actors too."""
    lines = [f"{len(report.documents)} articles", "", *score_table(report, HEADLINE)]
    strict = report.per_class()
    by_actors = loose.per_class() if loose is not None else {}
    lines += ["", f"{'events per class':26}{'class + actors':^33}   {'with time':^33}",
              f"{'':26}" + f"{'P':>7}{'R':>7}{'F1':>7} {'tp/fp/fn':>9}   " * 2]
    for n in sorted(set(strict) | set(by_actors)):
        row = f"  {n:24}"
        for part in (by_actors, strict):
            s = part.get(n)
            row += (f"{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f} {f'{s.tp}/{s.fp}/{s.fn}':>9}   "
                    if s else f"{'':33}")
        lines.append(row.rstrip())
    lines.append(f"{'event duplicates':26}{sum(d.duplicates for d in report.documents):7d}")
    return "\n".join(lines) + "\n"


def kind_counts(rows: dict[str, list]) -> dict[str, int]:
    """How many disagreements of each kind, over all articles."""
    out: dict[str, int] = {}
    for items in rows.values():
        for r in items:
            out[r["kind"]] = out.get(r["kind"], 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def format_details(rows: dict[str, list]) -> str:
    lines = [f"  {n:28}{c:4d}" for n, c in kind_counts(rows).items()] + [""]
    for article, items in rows.items():
        if not items:
            continue
        lines.append(f"== {article}")
        for r in items:
            lines.append(f"  {r['kind']}")
            for side in ("A", "B"):
                x = r[side]
                if x is None:
                    continue
                if "class" in x:
                    lines.append(f"    {side}: {x['class']} {x['factuality']} actors={x['actors']}"
                                 f"  …{x['context']}…")
                else:
                    lines.append(f"    {side}: statement speakers={x['speakers']} source="
                                 f"{x['source']}  …{x['context']}…")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("a", type=Path, help="annotation A (read as the gold)")
    p.add_argument("b", type=Path, help="annotation B (read as the system)")
    p.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    p.add_argument("--json", action="store_true", help="the figures (and details) as JSON")
    p.add_argument("--details", action="store_true", help="list the disagreements")
    p.add_argument("--one-way", action="store_true", help="only B against A")
    args = p.parse_args(argv)
    _refuse_held_out(args.a, args.b)
    ab = agreement(args.a, args.b, args.texts)
    ab_loose = agreement(args.a, args.b, args.texts, with_time=False)
    ba = ba_loose = None
    if not args.one_way:
        ba = agreement(args.b, args.a, args.texts)
        ba_loose = agreement(args.b, args.a, args.texts, with_time=False)
    rows = all_disagreements(args.a, args.b, args.texts) if args.details else None
    if args.json:
        out = {"A": str(args.a), "B": str(args.b), "B against A": summary(ab, ab_loose)}
        if ba is not None:
            out["A against B"] = summary(ba, ba_loose)
        if rows is not None:
            out["disagreements by kind"] = kind_counts(rows)
            out["disagreements"] = rows
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"B = {args.b} scored against A = {args.a} (A as gold)")
    sys.stdout.write(format_agreement(ab, ab_loose))
    if ba is not None:
        print(f"\nA = {args.a} scored against B = {args.b} (B as gold)")
        sys.stdout.write(format_agreement(ba, ba_loose))
    if rows is not None:
        print("\nDisagreements (A = the first folder, B = the second)")
        sys.stdout.write(format_details(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
