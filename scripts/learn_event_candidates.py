"""Learn the model of event mentions no trigger line fits (kg/nlp/ru/event_candidates.py) from the
readable gold folders, and judge it by leave-one-folder-out cross-validation.

    python scripts/learn_event_candidates.py rates --out RATES.json [--cache F.json] [--texts DIR]
    python scripts/learn_event_candidates.py collect --out ROWS.jsonl [folders] [--events | --nerel]
    python scripts/learn_event_candidates.py train ROWS.jsonl RATES.json --out MODEL.json
    python scripts/learn_event_candidates.py folds ROWS.jsonl RATES.json [--thresholds 0.1,0.2,0.3]
        [--nerel-rows NEREL.jsonl] [--filter]
    python scripts/learn_event_candidates.py build [--filter]   # rates + collect + train, shipped

`rates` counts, for every noun and verb lemma of the studied nerel-dev articles (those of
tests/gold-nerel/frozen*/ARTICLES and of the judge folders never read: `held_out.unstudied`), its
occurrences and how often it is the head word
of a NEREL EVENT span (scripts/learn_triggers.py's count), per article, so that a fold can leave
its own articles out. `collect` runs the extraction (the model off: a recorder that scores every
candidate 0) on every article of the gold folders (default tests/gold-nerel/dev … dev8; a
`frozen*` or judge folder is refused) and writes one JSON line per candidate: a word whose lemma has
lexicon lines none of which fits, once per class of its lines, with its features (the rate ones
apart, added from the rates at training) and its label: 1 when a gold event of that class has
its trigger on the word. `train` fits the logistic regression (full-batch gradient descent from
zero weights, L2: the same rows give the same file) and writes it with the rates of the lemmas
that have lexicon lines. `folds` trains on all folders but one (the rates without that folder's
articles), runs `kg eval`'s matching on the one left out with the model at each threshold and
without it, and prints the pooled events (class + actors) tp/fp/fn; `--nerel-rows` adds the rows
of `collect --nerel` (NEREL's EVENT spans on the studied articles as labels, any class, the
folder's own articles left out) to the training. `collect --events` gives the rows of the events
the rules make instead, each labelled 1 when it matches a gold event on class and actors, for the
learned filter of events (`folds --filter`, `build --filter`: kg/data/ru/event_filter_model.json).
Both models are off by default; docs/events.md has the figures.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import JUDGES, unstudied  # noqa: E402

GOLD = ROOT / "tests" / "gold-nerel"
FOLDERS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
TEXTS = ROOT.parent / "shared" / "data" / "nerel-dev"
SHIPPED = ROOT / "kg" / "data" / "ru" / "event_candidate_model.json"
FILTER_SHIPPED = ROOT / "kg" / "data" / "ru" / "event_filter_model.json"
L2 = 1.0
STEPS = 800
RATE = 0.5
MIN_COUNT = 2  # features seen in fewer candidates are left out
SCORE = "events (class + actors)"


def _refuse(folder: Path) -> None:
    """Stop at a held-out or judge folder: the model is learned and cross-validated on studied
    folders only (a judge is scored by `kg eval`'s totals, the model given by its setting)."""
    name = folder.resolve().name
    if name.startswith("frozen") or name in JUDGES:
        sys.exit(f"learn_event_candidates: {folder} is held out or a judge")


# ---- the rates -------------------------------------------------------------------------------

def rates(texts: Path, out: Path, cache: Path | None = None) -> None:
    """Per article, `lemma\tPOS` → [occurrences, hits] (a --cache of scripts/learn_triggers.py
    is read and completed if given: the parse is the slow part)."""
    import learn_triggers as lt

    per_article = lt.counts(texts, lt.article_names(texts), cache)
    out.write_text(json.dumps(per_article, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def pooled_rates(per_article: dict,
                 leave_out: set[str] = frozenset()) -> dict[str, tuple[int, int]]:
    """`lemma\\tPOS` → (occurrences, hits) over the articles not left out (stems, no `.txt`);
    the held-out and judge articles (`held_out.unstudied`) never count."""
    frozen = unstudied()
    total: dict[str, list[int]] = {}
    for name, rows in per_article.items():
        if name in leave_out or name in frozen:
            continue
        for key, (n, hits) in rows.items():
            row = total.setdefault(key, [0, 0])
            row[0] += n
            row[1] += hits
    return {k: (v[0], v[1]) for k, v in total.items()}


# ---- collecting ------------------------------------------------------------------------------

class _Recorder:
    """Stands in for the model while collecting: every candidate's features are kept, none is
    made an event (the extraction is the rules' own)."""

    threshold = 2.0
    rates: dict = {}

    def __init__(self) -> None:
        self.seen: list[tuple] = []

    def probability(self, feats: list[str]) -> float:
        """Nothing reaches the threshold: no candidate becomes an event."""
        return 0.0


def _spy():
    """Makes the extraction record its candidates; returns the list they are appended to."""
    from kg.nlp.ru import event_candidates as ec
    from kg.nlp.ru import events as ev

    seen: list[tuple] = []
    real_features = ec.features

    def spy(x, t, kind, why, lines, rates_):
        feats = real_features(x, t, kind, why, lines, rates_)
        seen.append((t.start, t.end, t.lemma, t.pos, ec.rate_key(t), kind,
                     [f for f in feats if "rate=" not in f]))
        return feats

    recorder = _Recorder()
    ec.features = spy
    ev._candidate_model = lambda: recorder
    return seen


def _rows(seen: list[tuple], source: str, folder: str, stem: str, label) -> list[dict]:
    """One row per candidate word and class of an article (a word and class scored again count
    once), labelled by `label(start, end, class)`."""
    out, done = [], set()
    for start, end, lemma, pos, key, kind, feats in seen:
        if (start, kind) in done:
            continue
        done.add((start, kind))
        out.append({"source": source, "folder": folder, "article": stem, "start": start,
                    "end": end, "lemma": lemma, "pos": pos, "key": key, "class": kind,
                    "feats": feats, "label": int(label(start, end, kind))})
    return out


def collect(folders: list[Path], texts: Path, out: Path) -> int:
    """The candidates of the gold folders' articles, labelled by their gold events."""
    from kg.pipeline import extract, make_document

    seen = _spy()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for folder, gold, stem, text in _gold_articles(folders, texts):
            seen.clear()
            extract(make_document(text, id=stem, published=gold.published))

            def label(start, end, kind, events=gold.events):
                return any(g["class"] == kind and g["trigger"][0] < end and
                           start < g["trigger"][1] for g in events)

            for row in _rows(seen, "gold", folder.name, stem, label):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


def _gold_articles(folders: list[Path], texts: Path):
    """(folder, gold, article stem, text) of each article of the gold folders, in folder and file
    order, a held-out or judge folder refused and a held-out or judge article never read."""
    from kg.eval import load_gold

    frozen = unstudied()
    for folder in folders:
        _refuse(folder)
        for path in sorted(folder.glob("*.json")):
            gold = load_gold(path)
            stem = Path(gold.article).stem
            if stem not in frozen:
                yield folder, gold, stem, (texts / gold.article).read_text(encoding="utf-8")


def collect_nerel(texts: Path, out: Path) -> int:
    """The candidates of every studied nerel-dev article (neither held out nor a judge's),
    labelled 1 where NEREL marks an EVENT whose span covers the word (of any class: NEREL's
    events have none of ours)."""
    import learn_triggers as lt

    from kg.pipeline import extract, make_document

    seen = _spy()
    frozen = unstudied()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for stem in lt.article_names(texts):
            if stem in frozen:
                continue
            text = (texts / f"{stem}.txt").read_text(encoding="utf-8")
            gold = json.loads((texts / f"{stem}.gold.json").read_text(encoding="utf-8"))
            spans = [(e["trigger"]["begin"], e["trigger"]["end"]) for e in gold.get("events", ())]
            seen.clear()
            extract(make_document(text, id=stem))

            def label(start, end, kind, spans=spans):
                return any(b < end and start < e for b, e in spans)

            for row in _rows(seen, "nerel", "", stem, label):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


def collect_events(folders: list[Path], texts: Path, out: Path) -> int:
    """The events the rules make on the gold folders' articles, each labelled 1 when it matches
    a gold event on class and actors (as `kg eval` aligns actors), for the event filter; events
    of classes a folder does not annotate are left out."""
    from kg.eval import events_with_gold_actors, gold_classes
    from kg.nlp.ru import event_candidates as ec
    from kg.nlp.ru import events as ev
    from kg.pipeline import extract, make_document

    seen: list[tuple] = []
    real_features = ec.event_features

    def spy(x, f, rates_):
        feats = real_features(x, f, rates_)
        t = f.trigger
        seen.append((t.start, f.kind, t.lemma, t.pos, ec.rate_key(t),
                     [g for g in feats if "rate=" not in g]))
        return feats

    class Keep(_Recorder):
        threshold = -1.0  # every event is kept

    keep = Keep()
    ec.event_features = spy
    ev._filter_model = lambda: keep
    classes_of: dict[Path, frozenset[str] | None] = {}  # a folder's CLASSES, read once
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for folder, gold, stem, text in _gold_articles(folders, texts):
            if folder not in classes_of:
                classes_of[folder] = gold_classes(folder)
            classes = classes_of[folder]
            seen.clear()
            x = extract(make_document(text, id=stem, published=gold.published))
            keys = {(g["class"], frozenset(g["agents"] + g["targets"] + g["others"]))
                    for g in gold.events}
            preds = {(e.trigger.start, e.kind): (e.kind, acts)
                     for e, acts in events_with_gold_actors(gold, x)}
            for start, kind, lemma, pos, key, feats in seen:
                if (start, kind) not in preds or (classes is not None and kind not in classes):
                    continue
                fh.write(json.dumps({"source": "gold", "folder": folder.name, "article": stem,
                                     "start": start, "lemma": lemma, "pos": pos, "key": key,
                                     "class": kind, "feats": feats,
                                     "label": int(preds[(start, kind)] in keys)},
                                    ensure_ascii=False) + "\n")
                n += 1
    return n


def read_rows(path: Path) -> list[dict]:
    """The rows a `collect` wrote, one JSON object a line."""
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


# ---- training --------------------------------------------------------------------------------

def row_features(row: dict, rates_: dict) -> list[str]:
    """A row's features with the rate ones of `rates_` (a fold's rates leave its own articles
    out, so they are added here, not when collecting)."""
    from kg.nlp.ru import event_candidates as ec

    # NEREL's marks are another annotation's: their rows carry a feature of their own, which the
    # runtime never sets, so that what they share with the gold's rows is what is learned
    src = ["src=nerel"] if row.get("source") == "nerel" else []
    return row["feats"] + ec.rate_features(row["class"], row["pos"], rates_.get(row["key"])) + src


def train(rows: list[dict], rates_: dict, steps: int = STEPS) -> dict:
    """Binary logistic regression as the two-class softmax kg.nlp.linear reads: bias and weights
    of `none` are zero, those of `event` learned."""
    import numpy as np

    data = [(row_features(r, rates_), r["label"]) for r in rows]
    count = collections.Counter(f for feats, _ in data for f in set(feats))
    names = sorted(f for f, c in count.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    X = np.zeros((len(data), len(names)))
    for i, (feats, _) in enumerate(data):
        for f in feats:
            if f in index:
                X[i, index[f]] = 1.0
    y = np.array([label for _, label in data], dtype=np.float64)
    w = np.zeros(len(names))
    b = 0.0
    n = max(len(data), 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        g = p - y
        w -= RATE * (X.T @ g / n + L2 * w / n)
        b -= RATE * float(g.mean()) if len(data) else 0.0
    return {"classes": ["none", "event"], "bias": [0.0, round(b, 6)],
            "weights": {f: [0.0, round(float(w[i]), 6)] for f, i in index.items()
                        if abs(w[i]) >= 1e-6},
            "rows": len(data), "positives": int(y.sum())}


def lexicon_rates(rates_: dict) -> dict[str, list[int]]:
    """The rates of the lemmas the trigger lexicon has lines for (the only ones read)."""
    from kg.nlp.ru import events as ev

    lemmas = set(ev.rules())
    return {k: list(v) for k, v in sorted(rates_.items()) if k.split("\t")[0] in lemmas}


def write_model(model: dict, rates_: dict, out: Path, articles: int,
                rows: str = "candidates", labelled: str = "by their gold events") -> None:
    """Write a trained model with the rates of the lemmas that have lexicon lines, as JSON a
    person can read; `articles`: how many articles the rates were counted on; `rows` and
    `labelled` say what it was learned from."""
    body = dict(model)
    body["about"] = ("Learned by scripts/learn_event_candidates.py (do not edit by hand: rerun it) "
                     f"from the {rows} of the readable gold folders tests/gold-nerel/dev ... "
                     f"dev8, labelled {labelled}; rates: NEREL's EVENT head words in "
                     f"{articles} studied nerel-dev articles (held-out and judge articles, "
                     "scripts/held_out.py unstudied, never read), [occurrences, hits] per lemma "
                     "with lexicon lines.")
    body["rates"] = lexicon_rates(rates_)
    # JSON a person can read: one feature, one lemma a line
    lines = ["{"]
    for key in ("about", "classes", "rows", "positives", "bias"):
        lines.append(f"{json.dumps(key)}: {json.dumps(body[key], ensure_ascii=False)},")
    for key, end in (("weights", ","), ("rates", "")):
        lines.append(f"{json.dumps(key)}: {{")
        items = sorted(body[key].items())
        lines += [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" +
                  ("," if n < len(items) - 1 else "") for n, (k, v) in enumerate(items)]
        lines.append("}" + end)
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # still JSON
    out.write_text(text, encoding="utf-8")


# ---- folds -----------------------------------------------------------------------------------

def _articles(folder: Path) -> set[str]:
    """The stems of a gold folder's articles."""
    from kg.eval import load_gold

    return {Path(load_gold(p).article).stem for p in folder.glob("*.json")}


def folds(rows: list[dict], per_article: dict, thresholds: list[float], texts: Path,
          folders: list[str], nerel: list[dict] = (), setting: str = "EVENT_CANDIDATE") -> dict:
    """Leave-one-folder-out: per folder, a model trained without it (and without its articles'
    rates and NEREL rows), scored on it off and at each threshold; pooled and per folder
    tp/fp/fn of `SCORE`. `setting`: the Settings name the model is given by (the candidate
    model or the event filter)."""
    import functools

    import kg.nlp.ru as ru
    from kg.eval import evaluate

    real = ru.analyse
    ru.analyse = functools.lru_cache(maxsize=64)(real)  # the same text parsed once per fold
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    per_folder: dict[str, dict[str, tuple[int, int, int]]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="event_candidates_"))
    for name in folders:
        folder = GOLD / name
        _refuse(folder)
        left_out = _articles(folder)
        fold_rates = pooled_rates(per_article, left_out)
        model = train([r for r in rows if r["folder"] != name] +
                      [r for r in nerel if r["article"] not in left_out], fold_rates)
        path = tmp / f"{name}.json"
        write_model(model, fold_rates, path, 0)
        per_folder[name] = {}
        for th in [None, *thresholds]:
            # the pipeline loads its settings from the environment for every article
            os.environ[f"KG_{setting}_MODEL"] = str(path) if th is not None else ""
            os.environ[f"KG_{setting}_THRESHOLD"] = str(th or 0.5)
            score = evaluate(folder, texts).total(SCORE)
            label = "off" if th is None else f"{th:.2f}"
            per_folder[name][label] = (score.tp, score.fp, score.fn)
            for i, v in enumerate((score.tp, score.fp, score.fn)):
                totals[label][i] += v
            print(name, label, score.tp, score.fp, score.fn, flush=True)
    return {"totals": dict(totals), "folders": per_folder}


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 of a tp/fp/fn count."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str]) -> int:
    """The command line (module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rates")
    r.add_argument("--texts", type=Path, default=TEXTS)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--cache", type=Path)
    c = sub.add_parser("collect")
    c.add_argument("folders", nargs="*", type=Path)
    c.add_argument("--texts", type=Path, default=TEXTS)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--events", action="store_true", help="the events the rules make, for the "
                   "event filter, instead of the candidates")
    c.add_argument("--nerel", action="store_true", help="the readable nerel-dev articles, "
                   "labelled by NEREL's EVENT spans, instead of the gold folders")
    t = sub.add_parser("train")
    t.add_argument("rows", type=Path)
    t.add_argument("rates", type=Path)
    t.add_argument("--out", type=Path, default=SHIPPED)
    f = sub.add_parser("folds")
    f.add_argument("rows", type=Path)
    f.add_argument("rates", type=Path)
    f.add_argument("--texts", type=Path, default=TEXTS)
    f.add_argument("--thresholds", default="0.5,0.6,0.7")
    f.add_argument("--folders", default=",".join(FOLDERS))
    f.add_argument("--json", type=Path)
    f.add_argument("--filter", action="store_true", help="the rows are events (collect --events): "
                   "judge the event filter")
    f.add_argument("--nerel-rows", type=Path, help="rows of `collect --nerel` to learn from too "
                   "(those of the folder left out never)")
    b = sub.add_parser("build")
    b.add_argument("--texts", type=Path, default=TEXTS)
    b.add_argument("--out", type=Path)
    b.add_argument("--filter", action="store_true", help="the event filter "
                   "(kg/data/ru/event_filter_model.json) instead of the candidate model")
    a = ap.parse_args(argv)
    if a.cmd == "rates":
        rates(a.texts, a.out, a.cache)
    elif a.cmd == "collect":
        folders = a.folders or [GOLD / n for n in FOLDERS]
        n = (collect_nerel(a.texts, a.out) if a.nerel else
             collect_events(folders, a.texts, a.out) if a.events else
             collect(folders, a.texts, a.out))
        print(n, "candidates")
    elif a.cmd == "train":
        per_article = json.loads(a.rates.read_text(encoding="utf-8"))
        pooled = pooled_rates(per_article)
        write_model(train(read_rows(a.rows), pooled), pooled, a.out, len(per_article))
    elif a.cmd == "folds":
        per_article = json.loads(a.rates.read_text(encoding="utf-8"))
        out = folds(read_rows(a.rows), per_article, [float(x) for x in a.thresholds.split(",")],
                    a.texts, a.folders.split(","),
                    read_rows(a.nerel_rows) if a.nerel_rows else [],
                    "EVENT_FILTER" if a.filter else "EVENT_CANDIDATE")
        for label, (tp, fp, fn) in out["totals"].items():
            print(f"pooled {label}: {tp}/{fp}/{fn} F1 {f1(tp, fp, fn):.3f}")
        if a.json:
            a.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    elif a.cmd == "build":
        with tempfile.TemporaryDirectory() as tmp:
            rates_file, rows_file = Path(tmp) / "rates.json", Path(tmp) / "rows.jsonl"
            rates(a.texts, rates_file)
            (collect_events if a.filter else collect)([GOLD / n for n in FOLDERS], a.texts,
                                                      rows_file)
            per_article = json.loads(rates_file.read_text(encoding="utf-8"))
            pooled = pooled_rates(per_article)
            out = a.out or (FILTER_SHIPPED if a.filter else SHIPPED)
            if a.filter:
                learned = ("events the rules make", "by whether a gold event matches them on "
                           "class and actors")
            else:
                learned = ("candidates", "by their gold events")
            write_model(train(read_rows(rows_file), pooled), pooled, out, len(per_article),
                        *learned)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
