"""Learn the event-actor fallback (kg/nlp/ru/event_actor_model.py) from NEREL's argument relations,
and count why the rules miss NEREL's actors.

    python scripts/learn_event_actors.py collect --texts ../shared/data/nerel-dev --out ROWS.jsonl [--articles LIST]
    python scripts/learn_event_actors.py causes ROWS.jsonl [-v]
    python scripts/learn_event_actors.py train ROWS.jsonl --out WEIGHTS.json [--articles LIST]
    python scripts/learn_event_actors.py folds ROWS.jsonl [--thresholds 0.8,0.85] [--second] [--only agent,person,nearest,seen]
    python scripts/learn_event_actors.py split --texts ../shared/data/nerel-dev --out-a A.txt --out-b B.txt
    python scripts/learn_event_actors.py build [--texts ../shared/data/nerel-dev]   # the shipped weights

`collect` runs the extraction (the model off) on every article of `--texts` (or those of
`--articles`, one name a line) except the held-out ones of tests/gold-nerel/frozen*/ARTICLES and
the judge folders' (scripts/held_out.py `unstudied`), and
writes one JSON line per article: each event the rules found that sits on a NEREL trigger (matched
one to one as scripts/score_nerel.py events matches them), the rules' actors, every entity of the
trigger's sentence that is not already an actor with its features and its NEREL label (`agent`
for AGENT and ORGANIZES, `participant` for PARTICIPANT_IN, else `none`), and for each NEREL actor
the rules missed the reason: not one of our entities, in the sentence (with the dependency path
shape), or only in another sentence. `causes` counts those reasons. `train` fits the model
(multinomial logistic regression, full-batch gradient descent from zero weights: the same rows
give the same file) and writes it as readable JSON. `folds` trains on each half of the rows and
counts actors on the other as scripts/score_nerel.py does (`--second`: also give events that have
an actor one more; `--only`: stricter settings, the model proposing only agents, only persons, only
the candidate nearest the trigger along the parse, or only entity types the event class has NEREL
actors of in the training half). `split` halves the studied articles by the SHA-256
of their file names (for 2-fold figures). `build` is collect + train on all studied articles into
kg/data/ru/event_actor_model.json.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied  # noqa: E402

ACTOR_ROLES = {"AGENT": "agent", "ORGANIZES": "agent", "PARTICIPANT_IN": "participant"}
MIN_COUNT = 2  # features seen in fewer articles are left out
L2 = 0.1
STEPS = 600
RATE = 0.5


def frozen() -> frozenset[str]:
    """The articles never read: the held-out ones and the judges' (`held_out.unstudied`)."""
    return unstudied()


def article_names(texts: Path, listed: str | None, readable: bool = True) -> list[str]:
    names = sorted(p.name[:-4] for p in texts.glob("*.txt") if (texts / (p.name[:-4] + ".gold.json")).exists())
    if listed:
        keep = set(Path(listed).read_text(encoding="utf-8").split())
        names = [n for n in names if n in keep]
    bad = frozen() if readable else set()
    return [n for n in names if n not in bad]


def half(name: str) -> str:
    """'A' or 'B' by the first byte of the SHA-256 of the article's text file name."""
    return "A" if hashlib.sha256((name + ".txt").encode("utf-8")).digest()[0] < 128 else "B"


# ---- collecting -----------------------------------------------------------------------------

def _overlap(a, b) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _any_overlap(xs, ys) -> bool:
    return any(_overlap(x, y) > 0 for x in xs for y in ys)


def collect_article(text: str, gold: dict, doc: str) -> dict:
    import kg.nlp.ru as ru
    from kg.nlp.ru import event_actor_model as am
    from kg.nlp.ru import events as ev
    from kg.pipeline import extract, make_document
    from kg.settings import Settings

    seen: dict = {}
    clean, records = ru.clean, ev._Extractor.records

    def catch_clean(*args, **kw):
        seen["cleaned"] = clean(*args, **kw)
        return seen["cleaned"]

    def catch_records(self):
        seen["x"] = self
        return records(self)

    ru.clean, ev._Extractor.records = catch_clean, catch_records
    try:
        extract(make_document(text, id=doc), Settings.load().replace(event_actor_model=""))
    finally:
        ru.clean, ev._Extractor.records = clean, records
    x, cleaned = seen["x"], seen["cleaned"]
    orig = lambda s, e: tuple(cleaned.span(s, e))  # noqa: E731
    smen = {k: [orig(m.start, m.end) for m in e.mentions] for k, e in x.entities.items()}
    gmen = {e["id"]: [(m["begin"], m["end"]) for m in e["mentions"]] for e in gold["entities"]}
    gev = gold["events"]
    gspan = [(g["trigger"]["begin"], g["trigger"]["end"]) for g in gev]
    spans = {}
    for n, f in enumerate(x.events):
        spans[n] = [orig(f.trigger.start, f.trigger.end)] + [
            orig(x.a.tokens[j].start, x.a.tokens[j].end) for j in sorted(f.tokens) if j != f.trigger.index]
    pairs = sorted((-_overlap(t, gspan[j]), n, j) for n, ts in spans.items() for t in ts
                   for j in range(len(gev)) if _overlap(t, gspan[j]) > 0)
    match, used = {}, set()
    for _, n, j in pairs:
        if n not in match and j not in used:
            match[n] = j
            used.add(j)
    events = []
    for n, f in enumerate(x.events):
        if n not in match:
            continue
        g = gev[match[n]]
        gact: dict[str, str] = {}
        for arg in g["arguments"]:
            if arg["role"] in ACTOR_ROLES and arg.get("entity"):
                gact.setdefault(arg["entity"], ACTOR_ROLES[arg["role"]])
        actors = sorted(f.actors)
        rows = []
        for cand, feats in am.pair_rows(x, f, set(actors) | ({f.place} if f.place else set())):
            label = "none"
            for e, role in gact.items():
                if _any_overlap(smen[cand.key], gmen[e]):
                    label = role
                    break
            rows.append({"key": cand.key, "label": label, "feats": feats, "place": False})
        if f.place and f.place not in actors:  # what the rules took as the place, for the causes
            for cand, feats in am.pair_rows(x, f, set(actors)):
                if cand.key == f.place:
                    label = next((role for e, role in gact.items()
                                  if _any_overlap(smen[cand.key], gmen[e])), "none")
                    rows.append({"key": cand.key, "label": label, "feats": feats, "place": True})
        sent = x.a.sentences[f.trigger.sent]
        sent_span = orig(sent.start, sent.end)
        misses = []
        for e, role in gact.items():
            if any(_any_overlap(smen[k], gmen[e]) for k in actors):
                continue
            ours = [k for k, ms in smen.items() if _any_overlap(ms, gmen[e])]
            row = next((r for r in rows if _any_overlap(smen[r["key"]], gmen[e])), None)
            if not ours:
                why = "not one of our entities"
            elif row is not None:
                why = "the rules' place" if row["place"] else "in the sentence"
            elif any(_overlap(m, sent_span) > 0 for m in gmen[e]):
                why = "in the sentence, mention not ours"
            else:
                why = "another sentence"
            shape = next((ft[6:] for ft in row["feats"] if ft.startswith("shape=")), "") if row else ""
            misses.append({"role": role, "why": why, "shape": shape})
        spurious = sum(1 for k in actors if not any(_any_overlap(smen[k], gmen[e]) for e in gact))
        events.append({"kind": f.kind, "trigger": f.trigger.text, "lemma": f.trigger.lemma,
                       "pos": f.trigger.pos, "n_actors": len(actors), "gold": len(gact),
                       "spurious": spurious, "misses": misses, "rows": rows})
    return {"doc": doc, "events": events}


def collect(texts: Path, out: Path, listed: str | None) -> None:
    names = article_names(texts, listed)
    before = os.environ.get("KG_EVENT_ACTOR_MODEL")
    os.environ["KG_EVENT_ACTOR_MODEL"] = ""  # the rules alone
    try:
        with out.open("w", encoding="utf-8") as w:
            for i, name in enumerate(names, 1):
                text = (texts / (name + ".txt")).read_text(encoding="utf-8")
                gold = json.loads((texts / (name + ".gold.json")).read_text(encoding="utf-8"))
                w.write(json.dumps(collect_article(text, gold, name), ensure_ascii=False) + "\n")
                if i % 50 == 0:
                    print(f"{i}/{len(names)}", file=sys.stderr, flush=True)
    finally:
        if before is None:
            del os.environ["KG_EVENT_ACTOR_MODEL"]
        else:
            os.environ["KG_EVENT_ACTOR_MODEL"] = before


def read_rows(path: Path, listed: str | None = None) -> list[dict]:
    keep = set(Path(listed).read_text(encoding="utf-8").split()) if listed else None
    bad = frozen()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["doc"] in bad or (keep is not None and r["doc"] not in keep):
            continue
        out.append(r)
    return out


# ---- the causes -----------------------------------------------------------------------------

def causes(rows: list[dict], verbose: bool) -> None:
    why, shapes, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    by_state = collections.Counter()
    events = gold = 0
    for r in rows:
        for e in r["events"]:
            events += 1
            gold += e["gold"]
            for m in e["misses"]:
                why[m["why"]] += 1
                by_state[("no actor" if e["n_actors"] == 0 else "has actors", m["why"])] += 1
                if m["why"] == "in the sentence":
                    shapes[m["shape"]] += 1
                    kinds[e["kind"]] += 1
    print(f"{len(rows)} articles, {events} events on a NEREL trigger, {gold} NEREL actors that are our entities or not")
    print("missed NEREL actors by reason:")
    for k, v in why.most_common():
        print(f"  {v:5d}  {k}")
    print("by whether the rules gave the event an actor:")
    for k, v in sorted(by_state.items()):
        print(f"  {v:5d}  {k[0]:11s} {k[1]}")
    print("in the sentence: dependency path shapes (trigger ^up | vdown to the entity's head):")
    for k, v in shapes.most_common(25 if verbose else 12):
        print(f"  {v:5d}  {k}")
    print("in the sentence: event classes:")
    for k, v in kinds.most_common(15 if verbose else 8):
        print(f"  {v:5d}  {k}")


# ---- training -------------------------------------------------------------------------------

def examples(rows: list[dict], only_bare: bool = False):
    from kg.nlp.ru.event_actor_model import CLASSES

    out = []
    for r in rows:
        for e in r["events"]:
            for c in e["rows"]:
                if c.get("place"):
                    continue
                out.append((c["feats"], CLASSES.index(c["label"])))
    return out


def train(rows: list[dict], steps: int = STEPS) -> dict:
    import numpy as np

    from kg.nlp.ru.event_actor_model import CLASSES

    data = examples(rows)
    # a feature must occur in MIN_COUNT articles: nothing one article alone says is learned
    counts = collections.Counter(f for r in rows for f in {f for e in r["events"] for c in e["rows"]
                                                           if not c.get("place") for f in c["feats"]})
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    n, d, k = len(data), len(vocab), len(CLASSES)
    rows_i, cols = [], []
    for i, (feats, _) in enumerate(data):
        for f in sorted(set(feats)):
            if f in index:
                rows_i.append(i)
                cols.append(index[f])
    X = np.zeros((n, d), dtype=np.float64)
    X[rows_i, cols] = 1.0
    y = np.array([label for _, label in data])
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    W = np.zeros((d, k))
    b = np.zeros(k)
    for _ in range(steps):
        z = X @ W + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - Y
        W -= RATE * ((X.T @ g) / n + L2 * W / n)
        b -= RATE * g.sum(axis=0) / n
    weights = {f: [round(float(v), 4) for v in W[i]] for f, i in index.items()
               if any(abs(v) >= 1e-4 for v in W[i])}
    return {"classes": list(CLASSES), "trained_on": {"examples": n, "features": d,
            "labels": {c: int((y == i).sum()) for i, c in enumerate(CLASSES)},
            "articles": len(rows), "steps": steps, "l2": L2, "rate": RATE, "min_count": MIN_COUNT},
            "bias": [round(float(v), 4) for v in b], "weights": dict(sorted(weights.items()))}


ONLY = ("agent", "person", "nearest", "seen")  # the stricter settings `folds --only` compares


def _feature(row: dict, name: str) -> str:
    return next((f[len(name) + 1:] for f in row["feats"] if f.startswith(name + "=")), "")


def seen_pairs(rows: list[dict], at_least: int = 2) -> set[tuple[str, str]]:
    """(event class, entity type) pairs NEREL gives an actor of at least `at_least` times in
    `rows`: the types a class allows, as the training half shows them."""
    c = collections.Counter((e["kind"], _feature(row, "ent")) for r in rows for e in r["events"]
                            for row in e["rows"] if row["label"] != "none" and not row.get("place"))
    return {k for k, n in c.items() if n >= at_least}


def admissible(kind: str, row: dict, p, only: tuple[str, ...], seen: set[tuple[str, str]]) -> bool:
    """Whether a stricter setting lets the model propose this candidate at all: `agent` only
    agents (the model scores agent above participant), `person` only persons, `nearest` only
    the candidate with the shortest path, `seen` only entity types the class has had actors of."""
    if "agent" in only and p[1] < p[2]:
        return False
    if "person" in only and _feature(row, "ent") != "person":
        return False
    if "nearest" in only and _feature(row, "rank_len") != "0":
        return False
    return not ("seen" in only and (kind, _feature(row, "ent")) not in seen)


def simulate(model: dict, rows: list[dict], threshold: float, second: bool,
             only: tuple[str, ...] = (), seen: set[tuple[str, str]] = frozenset()) -> dict:
    """Actor counts on `rows` as scripts/score_nerel.py events would count them, before and
    after the model adds one actor to each event the rules gave none (`second`: to every event;
    `only`: under the stricter settings of `admissible`)."""
    from kg.nlp.ru.event_actor_model import Model

    m = Model(bias=tuple(model["bias"]), weights={f: tuple(w) for f, w in model["weights"].items()},
              threshold=threshold)
    c = collections.Counter()
    for r in rows:
        for e in r["events"]:
            c["sys"] += e["n_actors"]
            c["tp_sys"] += e["n_actors"] - e["spurious"]
            c["gold"] += e["gold"]
            c["tp_gold"] += e["gold"] - len(e["misses"])
            if e["n_actors"] and not second:
                continue
            best = None
            for row in e["rows"]:
                if row.get("place"):
                    continue
                p = m.probabilities(row["feats"])
                if not admissible(e["kind"], row, p, only, seen):
                    continue
                if 1 - p[0] >= threshold and (best is None or 1 - p[0] > best[0]):
                    best = (1 - p[0], row, p)
            if best is None:
                continue
            row = best[1]
            c["added"] += 1
            if row["label"] != "none":
                c["added_ok"] += 1
                c["role_ok"] += (row["label"] == "agent") == (best[2][1] >= best[2][2])
    c["sys_after"] = c["sys"] + c["added"]
    c["tp_sys_after"] = c["tp_sys"] + c["added_ok"]
    c["tp_gold_after"] = c["tp_gold"] + c["added_ok"]
    return dict(c)


def _prf(tp_s, s, tp_g, g) -> str:
    p, r = tp_s / s if s else 0, tp_g / g if g else 0
    return f"P {p:.3f} ({tp_s}/{s}) R {r:.3f} ({tp_g}/{g}) F1 {2 * p * r / (p + r) if p + r else 0:.3f}"


def folds(rows_path: Path, thresholds: list[float], second: bool, only: tuple[str, ...] = ()) -> None:
    """2-fold figures of the model on the collected rows: train on one half, count on the other."""
    rows = read_rows(rows_path)
    halves = {h: [r for r in rows if half(r["doc"]) == h] for h in "AB"}
    models = {h: train(halves[h]) for h in "AB"}
    seen = {h: seen_pairs(halves[h]) for h in "AB"}
    for t in thresholds:
        total = collections.Counter()
        for train_on, test_on in (("A", "B"), ("B", "A")):
            total.update(simulate(models[train_on], halves[test_on], t, second, only, seen[train_on]))
        print(f"threshold {t:.2f}: before {_prf(total['tp_sys'], total['sys'], total['tp_gold'], total['gold'])}; "
              f"after {_prf(total['tp_sys_after'], total['sys_after'], total['tp_gold_after'], total['gold'])}; "
              f"added {total['added']} of which right {total['added_ok']} (role right {total['role_ok']})")


def write_model(model: dict, out: Path) -> None:
    """The weights as JSON a person can read: one feature a line, its weights for none, agent,
    participant."""
    lines = ["{"]
    for key in ("classes", "trained_on", "bias"):
        lines.append(f"{json.dumps(key)}: {json.dumps(model[key], ensure_ascii=False)},")
    lines.append('"weights": {')
    items = list(model["weights"].items())
    for n, (f, w) in enumerate(items):
        lines.append(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" + ("," if n < len(items) - 1 else ""))
    lines.append("}}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # still JSON
    out.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    c.add_argument("--out", required=True)
    c.add_argument("--articles")
    s = sub.add_parser("causes")
    s.add_argument("rows")
    s.add_argument("--articles")
    s.add_argument("-v", action="store_true")
    t = sub.add_parser("train")
    t.add_argument("rows")
    t.add_argument("--out", required=True)
    t.add_argument("--articles")
    f = sub.add_parser("folds")
    f.add_argument("rows")
    f.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    f.add_argument("--second", action="store_true", help="also events that have an actor")
    f.add_argument("--only", default="", help="stricter settings, comma-separated: " + ", ".join(ONLY))
    p = sub.add_parser("split")
    p.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    p.add_argument("--out-a", required=True)
    p.add_argument("--out-b", required=True)
    b = sub.add_parser("build")
    b.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    b.add_argument("--rows", help="keep the collected rows here (default: a temporary file)")
    a = ap.parse_args(argv)
    if a.cmd == "collect":
        collect(Path(a.texts), Path(a.out), a.articles)
    elif a.cmd == "causes":
        causes(read_rows(Path(a.rows), a.articles), a.v)
    elif a.cmd == "train":
        write_model(train(read_rows(Path(a.rows), a.articles)), Path(a.out))
    elif a.cmd == "folds":
        only = tuple(v for v in a.only.split(",") if v)
        if set(only) - set(ONLY):
            ap.error(f"--only: one of {', '.join(ONLY)}")
        folds(Path(a.rows), [float(v) for v in a.thresholds.split(",")], a.second, only)
    elif a.cmd == "split":
        # the studied articles only: a fold's score is studied too, the judges stay unseen
        names = article_names(Path(a.texts), None)
        Path(a.out_a).write_text("".join(n + "\n" for n in names if half(n) == "A"), encoding="utf-8")
        Path(a.out_b).write_text("".join(n + "\n" for n in names if half(n) == "B"), encoding="utf-8")
    elif a.cmd == "build":
        import tempfile

        from kg.nlp.ru.event_actor_model import SHIPPED

        rows = Path(a.rows) if a.rows else Path(tempfile.mkstemp(suffix=".jsonl")[1])
        collect(Path(a.texts), rows, None)
        write_model(train(read_rows(rows)), SHIPPED)
        if not a.rows:
            os.unlink(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
