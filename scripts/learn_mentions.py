"""Learn kg/data/ru/mention_model.json, the last word on each name mention (kg.nlp.ru.mention_model),
from the nerel-dev articles in ../shared, and measure it by cross-validation.

    python scripts/learn_mentions.py collect [--texts DIR] [--out F.jsonl]
        run the extraction over every article (the model off) and write each final candidate
        mention with its features and its label against the gold (view proper-flat, the scorer's
        alignment): keep (exact span and type), drop (overlaps no gold mention), boundary
        (overlaps one, other span), person/organization/place (exact span, gold's other type),
        ignored (answers a gold mention the view does not count). One JSON line an article.
    python scripts/learn_mentions.py errors [--data F.jsonl]
        counts of the labels and the oracle ceilings of mention F1: every spurious span dropped,
        every wrongly typed one retyped.
    python scripts/learn_mentions.py train [--data F.jsonl] [--out MODEL.json] [--articles LIST]
        train on the articles (all studied ones by default) and write the model.
    python scripts/learn_mentions.py folds [--data F.jsonl] [--dir DIR] [--k 5]
        split all articles into K folds by SHA-256 of the file name; for each fold write
        DIR/foldI.articles (its articles) and DIR/foldI.json (a model trained on the others);
        then score each fold with
        `scripts/score_nerel.py entities --articles DIR/foldI.articles --mention-model DIR/foldI.json`
    `--actions drop` (train, folds): the model only drops mentions, it gives no new kind.
    `--boundary drop` (train, folds): boundary errors train as drops, not as keeps.
    `--labels final` (errors, train, folds): label the kinds against those the mentions have
    after the linker (collected beside the rules' kinds), not the rules' own (`nlp`, the default).

    python scripts/learn_mentions.py estimate [--data F.jsonl] [--k 5]
        the K-fold out-of-fold mention F1 the labels give (studied articles, no extraction):
        a quick way to compare options; the scorer's folds remain the figure that counts.
    `--without context` (train, folds, estimate): leave the context features out
        (mention_model.CONTEXT), or any comma-separated feature prefixes.
    `--choose nlp` (train, folds, estimate): choose the thresholds against the rules' kinds
        (the old way), not those after the linker (`final`, the default).
    python scripts/learn_mentions.py sum F1.json F2.json …
        the scorer's totals summed over the folds' --json files.

Measured (docs/quality.md): 5-fold CV, all 714 articles, proper-flat, mention F1 0.9423 → 0.9444,
entity F1 0.9265 → 0.9285 (`--labels nlp`, drop and retype); drop alone 0.9439 / 0.9277; `--labels
final` 0.9441 / 0.9276; `--boundary drop` 0.9449 / 0.9281. The hook stays off by default
(KG_MENTION_MODEL). Thirty-second round, on its rules (627 readable articles collected): the
options as above 0.9568 → 0.9566 / 0.9403 → 0.9404; `--boundary drop` with the thresholds chosen
against the scorer's kinds (`--choose final`, now the default) 0.9574 / 0.9405.
Thirty-third round, the 537 studied articles (judges left out too), 5 scorer folds, `--boundary
drop`: mention F1 0.9595 → 0.9599, entity F1 0.9427 → 0.9426, link P 4064/4138 → 4060/4133.

Training never reads the gold of tests/gold-nerel/frozen*/ARTICLES nor of the judge folders
(scripts/held_out.py `unstudied`), and no fold tests them. The model is a
multinomial logistic regression in numpy: full-batch AdaGrad, a fixed number of steps from
zero weights, so the same data give the same file. Features seen in fewer than MIN_DOCS
training articles are left out (what one article says is no evidence). The drop and retype
thresholds are chosen inside the training articles by an inner cross-validation (INNER folds),
maximising the mention F1 the labels predict; never below MIN_THRESHOLD.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import studied, unstudied  # noqa: E402

from kg.nlp.ru import mention_model  # noqa: E402
from kg.nlp.ru.mention_model import CLASSES, KIND_CLASS  # noqa: E402

TEXTS = ROOT.parent / "shared" / "data" / "nerel-dev"
DATA = Path("/tmp/learn_mentions.jsonl")
MODEL = ROOT / "kg" / "data" / "ru" / "mention_model.json"
VIEW = "proper-flat"
MIN_DOCS = 3
L2 = 1e-4  # per article-averaged example
STEPS = 300
RATE = 0.5
SEED = 12  # the inner folds' salt; training itself draws no random numbers
INNER = 3
MIN_THRESHOLD = 0.5
GRID = [x / 100 for x in range(50, 100, 5)]
OFF = 1.01  # a threshold no probability reaches: the action is off
# what the model may do: "drop" alone, or "drop,retype" (a new kind; the linker may give a linked
# entity its item's kind afterwards, so the labels' estimate of a retype is optimistic)
ACTIONS = {"drop", "retype"}
# which labels train the model: "nlp" (against the kind the rules gave) or "final" (against the
# kind each mention has after the linker, as the scorer sees it: a kind the linker already puts
# right needs no retype). Cross-validated, both gain alike (docs/quality.md); "nlp" a little more.
LABELS = ["nlp"]


# which labels choose the thresholds (and judge `estimate`): "final" (the kinds the scorer sees,
# after the linker: a retype the linker makes anyway gains nothing, one it would have undone
# costs) or "nlp". Thirty-second round: against the rules' kinds the inner CV chose retypes that
# lost right mentions after the linker (docs/quality.md).
CHOOSE = ["final"]


def _label(c: dict) -> str:
    return c["label_final"] if LABELS[0] == "final" else c["label"]


def _kind(c: dict) -> str:
    return c["final"] if LABELS[0] == "final" else c["kind"]
# what the boundary errors train as: the span overlaps a name the gold marks otherwise; dropping
# it removes a false mention but may lose the entity it carries, so it is its own label and the
# model keeps it (trained as "keep")
TRAIN_CLASS = {"keep": "keep", "drop": "drop", "boundary": "keep", "person": "person",
               "organization": "organization", "place": "place"}
BOUNDARY = {"keep": "keep", "drop": "drop"}  # --boundary drop: train boundary errors as drops


def frozen() -> frozenset[str]:
    """The articles whose gold is never read: the held-out ones and the judges'
    (`held_out.unstudied`)."""
    return unstudied()


def fold_of(name: str, k: int) -> int:
    """The fold of an article, by SHA-256 of its file name (`nerel-dev-123.txt`)."""
    return int(hashlib.sha256(f"{name}.txt".encode()).hexdigest(), 16) % k


# ---- collect -------------------------------------------------------------------------------
def _scorer():
    import importlib.util

    path = ROOT.parent / "shared" / "eval" / "score_entities.py"
    spec = importlib.util.spec_from_file_location("shared_entities", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def label(scorer, gmentions: list[dict], cands: list[tuple[int, int, str]]) -> list[str]:
    """The label of each candidate (begin, end, scorer type) as the scorer's view sees it."""
    sm_all = [dict(b=b, e=e, type=t) for b, e, t in cands]
    ignored = {j for j, m in enumerate(gmentions) if not scorer.counted(m, VIEW)}
    to_gold = scorer.align_overlap(sm_all, gmentions, False)
    counted = [m for m in gmentions if scorer.counted(m, VIEW)]
    exact = {(m["b"], m["e"], m["type"]) for m in counted}
    spans = {(m["b"], m["e"]): m["type"] for m in counted}
    out = []
    for i, s in enumerate(sm_all):
        if to_gold.get(i) in ignored:
            out.append("ignored")
        elif (s["b"], s["e"], s["type"]) in exact:
            out.append("keep")
        elif (s["b"], s["e"]) in spans:
            out.append(spans[(s["b"], s["e"])].lower())
        elif any(min(s["e"], m["e"]) > max(s["b"], m["b"]) for m in gmentions):
            out.append("boundary")
        else:
            out.append("drop")
    return out


SCORER_TYPE = {"person": "Person", "organization": "Organization", "place": "Place", "country": "Place"}


def articles(texts: Path) -> list[str]:
    """The articles `collect` reads, the model is trained on and the folds test: every nerel-dev
    article of `texts` with a gold file, but the held-out and judge ones (`held_out.studied`)."""
    return studied(texts)


def collect(texts: Path, out: Path) -> None:
    from kg import pipeline
    from kg.nlp.markup import clean
    from kg.nlp.ru.lexicon import word_list
    from kg.settings import Settings

    scorer = _scorer()
    held_out = frozen()
    settings = Settings.load({"mention_model": ""})
    with out.open("w", encoding="utf-8") as fh:
        for doc in articles(texts):
            assert doc not in held_out  # their gold is never read here
            gold, gm = scorer.load_gold(str(texts / f"{doc}.gold.json"))
            text = (texts / f"{doc}.txt").read_text(encoding="utf-8")
            cleaned = clean(text, word_list("wiki_image_options"))  # as the extractor reads it
            mention_model.RECORDER = []
            try:
                document = pipeline.make_document(text, id=doc, published=gold.get("published"),
                                                  settings=settings)
                extraction = pipeline.extract(document, settings)
                (_, mentions, feats), = mention_model.RECORDER
            finally:
                mention_model.RECORDER = None
            cands = [(*cleaned.span(m.span.start, m.span.end), SCORER_TYPE[m.kind]) for m in mentions]
            labels = label(scorer, gm, cands)
            # the kind each mention has in the end, after the linker (which may give a linked
            # entity its item's kind): what the scorer sees
            final = {(x.start, x.end): KIND_CLASS[e.kind] for e in extraction.entities for x in e.mentions}
            finals = [final.get((b, e)) for b, e, _ in cands]
            labels_final = label(scorer, gm, [(b, e, SCORER_TYPE[k or "place"]) for (b, e, _), k in zip(cands, finals)])
            record = {"doc": doc, "gold": sum(scorer.counted(m, VIEW) for m in gm),
                      "cands": [{"b": b, "e": e, "kind": KIND_CLASS[m.kind], "label": lab,
                                 "final": k, "label_final": lf if k else "gone",
                                 "group": mention_model.group_key(m),
                                 "feats": f} for (b, e, _), m, lab, k, lf, f
                                in zip(cands, mentions, labels, finals, labels_final, feats)]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()


# feature prefixes left out of training (`--without context`: mention_model.CONTEXT), to measure
# what a group of features adds on the same collection
WITHOUT: list[str] = []


def read(data: Path) -> list[dict]:
    held_out = frozen()
    records = [r for r in map(json.loads, data.open(encoding="utf-8")) if r["doc"] not in held_out]
    if WITHOUT:
        for r in records:
            for c in r["cands"]:
                c["feats"] = [f for f in c["feats"] if not f.startswith(tuple(WITHOUT))]
    return records


# ---- error counts and oracle ceilings ------------------------------------------------------
def _f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def counts(records: list[dict]) -> tuple[int, int, int]:
    """(tp, predicted, gold) of the exact-span typed mention score, from the labels. Duplicate
    spans count once, as the scorer's set does."""
    tp = pred = gold = 0
    for r in records:
        seen = {}
        for c in r["cands"]:
            if _label(c) not in ("ignored", "gone"):
                seen[(c["b"], c["e"], _kind(c))] = _label(c)
        pred += len(seen)
        tp += sum(lab == "keep" for lab in seen.values())
        gold += r["gold"]
    return tp, pred, gold


def errors(records: list[dict]) -> None:
    labels = Counter(_label(c) for r in records for c in r["cands"])
    tp, pred, gold = counts(records)
    print(f"{len(records)} articles; candidates by label: {dict(labels.most_common())}")
    print(f"mention counts from the labels: tp {tp} / predicted {pred} / gold {gold}: F1 {_f1(tp, pred, gold):.4f}")
    spurious = labels["drop"]
    retype = labels["person"] + labels["organization"] + labels["place"]
    boundary = labels["boundary"]
    print(f"(a) drop every spurious span ({spurious}): F1 {_f1(tp, pred - spurious, gold):.4f}")
    print(f"(b) retype every wrongly typed one ({retype}): F1 {_f1(tp + retype, pred, gold):.4f}")
    print(f"(a)+(b): F1 {_f1(tp + retype, pred - spurious, gold):.4f}")
    print(f"(a)+(b) and drop every boundary error ({boundary}) too: "
          f"F1 {_f1(tp + retype, pred - spurious - boundary, gold):.4f} "
          f"(a boundary fix, right span, would give {_f1(tp + retype + boundary, pred - spurious, gold):.4f})")
    by_kind = defaultdict(Counter)
    for r in records:
        for c in r["cands"]:
            by_kind[_kind(c)][_label(c)] += 1
    for kind, c in sorted(by_kind.items()):
        print(f"  {kind:13s} {dict(c.most_common())}")
    sources = defaultdict(Counter)
    for r in records:
        for c in r["cands"]:
            src = next((f.split("|")[0] for f in c["feats"] if f.startswith("ner=")), "?")
            sources[src][_label(c)] += 1
    print("by source (ner=exact:TYPE: the NER's span as is; overlap: a rule changed its span; none: a rule's own):")
    for src, c in sorted(sources.items()):
        print(f"  {src:18s} {dict(c.most_common())}")


# ---- training ------------------------------------------------------------------------------
def _examples(records: list[dict]) -> tuple[list[list[str]], list[int], list[str]]:
    feats, ys, docs = [], [], []
    for r in records:
        for c in r["cands"]:
            cls = TRAIN_CLASS.get(_label(c))
            if cls is None:
                continue
            feats.append(c["feats"])
            ys.append(CLASSES.index(cls))
            docs.append(r["doc"])
    return feats, ys, docs


def train(records: list[dict], choose: bool = True) -> dict:
    """A model dict (the JSON file's content) trained on `records`; thresholds by inner CV."""
    feats, ys, docs = _examples(records)
    weights, bias = _fit(feats, ys, docs)
    drop_t, retype_t = OFF, OFF
    if choose:
        probs, cands = [], []
        inner = sorted({r["doc"] for r in records})
        for i in range(INNER):
            test = {d for d in inner if _inner_fold(d) == i}
            tr = [r for r in records if r["doc"] not in test]
            te = [r for r in records if r["doc"] in test]
            f, y, d = _examples(tr)
            w, b = _fit(f, y, d)
            model = _as_model(w, b, 1.0, 1.0)
            for r in te:
                for c in r["cands"]:
                    probs.append(model.probabilities(c["feats"]))
                    cands.append((r["doc"], c))
        drop_t, retype_t = _thresholds(records, probs, cands)
    return {"classes": list(CLASSES), "drop_threshold": drop_t, "retype_threshold": retype_t,
            "trained_on": len(records), "min_docs": MIN_DOCS, "l2": L2, "steps": STEPS,
            "bias": [round(x, 5) for x in bias],
            "weights": {f: [round(x, 5) for x in w] for f, w in sorted(weights.items())}}


def _inner_fold(doc: str) -> int:
    return int(hashlib.sha256(f"{SEED}:{doc}".encode()).hexdigest(), 16) % INNER


def _as_model(weights: dict, bias: list[float], drop_t: float, retype_t: float):
    return mention_model.Model({f: tuple(w) for f, w in weights.items()}, tuple(bias), drop_t, retype_t)


def _fit(feats: list[list[str]], ys: list[int], docs: list[str]) -> tuple[dict, list[float]]:
    df: dict[str, set[str]] = defaultdict(set)
    for f, d in zip(feats, docs):
        for x in f:
            df[x].add(d)
    vocab = sorted(x for x, ds in df.items() if len(ds) >= MIN_DOCS)
    index = {x: i for i, x in enumerate(vocab)}
    rows = [sorted({index[x] for x in f if x in index}) for f in feats]
    n, k, v = len(rows), len(CLASSES), len(vocab)
    lengths = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    nonempty = lengths > 0
    y = np.zeros((n, k))
    y[np.arange(n), ys] = 1.0
    w = np.zeros((v, k))
    b = np.zeros(k)
    gw2 = np.full((v, k), 1e-8)
    gb2 = np.full(k, 1e-8)
    for _ in range(STEPS):
        scores = np.zeros((n, k))
        if len(flat):
            sums = np.add.reduceat(w[flat], offsets[nonempty], axis=0)
            scores[nonempty] = sums
        scores += b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - y) / n
        gw = np.zeros((v, k))
        np.add.at(gw, flat, np.repeat(d, lengths, axis=0))
        gw += L2 * w
        gb = d.sum(axis=0)
        gw2 += gw * gw
        gb2 += gb * gb
        w -= RATE * gw / np.sqrt(gw2)
        b -= RATE * gb / np.sqrt(gb2)
    weights = {x: w[i].tolist() for i, x in enumerate(vocab) if np.abs(w[i]).max() >= 1e-4}
    return weights, b.tolist()


def _thresholds(records: list[dict], probs: list[list[float]], cands: list) -> tuple[float, float]:
    """The drop and retype thresholds that maximise the labels' mention F1 over out-of-fold
    probabilities, acting as kg.nlp.ru.mention_model.decisions does (a new kind for a whole
    group on its mean probability); ties keep the higher, more cautious threshold. Judged
    against the CHOOSE labels."""
    saved = LABELS[0]
    LABELS[0] = CHOOSE[0]
    try:
        return _best_thresholds(records, probs, cands)
    finally:
        LABELS[0] = saved


def _best_thresholds(records: list[dict], probs: list[list[float]], cands: list
                     ) -> tuple[float, float]:
    tp, pred, gold = counts(records)
    drop_i = CLASSES.index("drop")
    sums: dict[tuple[str, str], np.ndarray] = {}
    for p, (doc, c) in zip(probs, cands):
        sums.setdefault((doc, c["group"]), np.zeros(len(CLASSES) + 1))
        sums[(doc, c["group"])] += [*p, 1]
    rows = []  # (P(drop), best other kind's mean P, its kind, label) of each counted candidate
    for p, (doc, c) in zip(probs, cands):
        if _label(c) in ("ignored", "gone"):
            continue
        acc = sums[(doc, c["group"])]
        mean = acc[:-1] / acc[-1]
        # the model sees the rules' kind; a retype to the kind the mention ends with anyway
        # changes nothing
        other = max((x for x in ("person", "organization", "place") if x != c["kind"]),
                    key=lambda x: mean[CLASSES.index(x)])
        rows.append((p[drop_i], mean[CLASSES.index(other)], other if other != _kind(c) else None, _label(c)))
    best = (_f1(tp, pred, gold), OFF, OFF)
    for dt in sorted(GRID, reverse=True) if "drop" in ACTIONS else [OFF]:
        for rt in sorted(GRID, reverse=True) if "retype" in ACTIONS else [OFF]:
            dtp = dpred = 0
            for pd, pr, other, lab in rows:
                if pd >= dt:
                    dpred -= 1
                    dtp -= lab == "keep"
                elif pr >= rt and other is not None:
                    dtp += (lab == other) - (lab == "keep")
            f = _f1(tp + dtp, pred + dpred, gold)
            if f > best[0] + 1e-9:
                best = (f, dt, rt)
    print(f"  thresholds: drop {best[1]}, retype {best[2]}: inner-CV mention F1 {best[0]:.4f} "
          f"(labels' F1 without the model {_f1(tp, pred, gold):.4f})", file=sys.stderr)
    return best[1], best[2]


def write_model(model: dict, path: Path) -> None:
    """The model as JSON with one feature a line (feature: one weight per class), readable and
    diffable."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append(' "weights": {')
    rows = [f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in model["weights"].items()]
    lines.append(",\n".join(rows))
    lines += [" }", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- cross-validation ----------------------------------------------------------------------
def folds(data: Path, texts: Path, out: Path, k: int) -> None:
    records = read(data)
    out.mkdir(parents=True, exist_ok=True)
    names = articles(texts)  # the held-out and judge articles are tested in no fold
    for i in range(k):
        test = [n for n in names if fold_of(n, k) == i]
        (out / f"fold{i}.articles").write_text("\n".join(test) + "\n", encoding="utf-8")
        model = train([r for r in records if fold_of(r["doc"], k) != i])
        write_model(model, out / f"fold{i}.json")
        print(f"fold {i}: {len(test)} test articles, model trained on "
              f"{sum(fold_of(r['doc'], k) != i for r in records)}", file=sys.stderr)


def _acted(c: dict, action: str, labels: str = "") -> dict | None:
    """The candidate as the labels (`labels`, LABELS by default) see it after the model's action
    (a drop is None)."""
    if action == "drop":
        return None
    if action == "keep":
        return c
    final = (labels or LABELS[0]) == "final"
    kind, lab = ("final", "label_final") if final else ("kind", "label")
    if c[lab] in ("ignored", "gone", "drop", "boundary"):
        return {**c, kind: action}
    # right span: right now when the new kind is the gold's; wrong when it was right before
    new = "keep" if c[lab] == action else (c[kind] if c[lab] == "keep" else c[lab])
    return {**c, kind: action, lab: new}


def estimate(records: list[dict], k: int) -> None:
    """Out-of-fold mention F1 from the labels (the readable articles, no extraction): each fold's
    candidates judged by a model trained on the other folds, as kg.nlp.ru.mention_model acts."""
    acted, actions = [], Counter()
    for i in range(k):
        model = train([r for r in records if fold_of(r["doc"], k) != i])
        m = _as_model(model["weights"], model["bias"], model["drop_threshold"],
                      model["retype_threshold"])
        for r in (r for r in records if fold_of(r["doc"], k) == i):
            cands = r["cands"]
            acts = m.actions([c["kind"] for c in cands], [c["group"] for c in cands],
                             [c["feats"] for c in cands])
            actions.update(f"{a}:{c['label_final' if CHOOSE[0] == 'final' else 'label']}"
                           for a, c in zip(acts, cands) if a != "keep")
            out = [x for c, a in zip(cands, acts) if (x := _acted(c, a, CHOOSE[0])) is not None]
            acted.append({**r, "cands": out})
    LABELS[0], trained = CHOOSE[0], LABELS[0]  # judged as the thresholds were chosen
    tp, pred, gold = counts(records)
    tp2, pred2, gold2 = counts(acted)
    LABELS[0] = trained
    print(f"{len(records)} articles, {k}-fold, labels {LABELS[0]} (judged {CHOOSE[0]}), "
          f"actions {sorted(ACTIONS)}, "
          f"boundary as {TRAIN_CLASS['boundary']}, without {WITHOUT or '-'}: mention F1 "
          f"{_f1(tp, pred, gold):.4f} ({tp}/{pred}/{gold}) → {_f1(tp2, pred2, gold2):.4f} "
          f"({tp2}/{pred2}/{gold2})")
    print("  actions (action:label):", dict(actions.most_common()))


KEYS = ["m_tp", "m_sys", "m_gold", "o_tp", "o_sys", "o_gold", "e_tp", "e_sys", "e_gold",
        "n_ok", "n_n", "np_ok", "np_n", "l_tp", "l_sys", "l_gold"]


def summed(paths: list[str], view: str = VIEW) -> dict:
    total = dict.fromkeys(KEYS, 0)
    seen = set()
    for p in paths:
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        for doc, views in data["articles"].items():
            if doc in seen:
                raise SystemExit(f"{doc} is scored twice")
            seen.add(doc)
            for key in KEYS:
                total[key] += views[view][key]
    total["articles"] = len(seen)
    return total


def report(total: dict) -> str:
    def f(tp, s, g):
        return 2 * total[tp] / (total[s] + total[g]) if total[s] + total[g] else 0.0
    return (f"{total['articles']} articles, view {VIEW}: mention F1 {f('m_tp', 'm_sys', 'm_gold'):.4f} "
            f"(tp {total['m_tp']} / predicted {total['m_sys']} / gold {total['m_gold']}); entity F1 "
            f"{f('e_tp', 'e_sys', 'e_gold'):.4f} ({total['e_tp']} / {total['e_sys']} / {total['e_gold']}); "
            f"Person names {total['np_ok'] / max(total['np_n'], 1):.3f} ({total['np_ok']}/{total['np_n']}); "
            f"link P {total['l_tp'] / max(total['l_sys'], 1):.3f} ({total['l_tp']}/{total['l_sys']}) "
            f"R {total['l_tp'] / max(total['l_gold'], 1):.3f} ({total['l_tp']}/{total['l_gold']})")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["collect", "errors", "train", "folds", "sum", "estimate"])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--articles", type=Path)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/learn_mentions_folds"))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--labels", choices=["final", "nlp"], default="nlp",
                    help="train against the kinds after the linker (final) or the rules' (nlp)")
    ap.add_argument("--boundary", choices=["keep", "drop"], default="keep",
                    help="what a boundary error (a span overlapping a gold name of another span) trains as")
    ap.add_argument("--actions", default="drop,retype", help="what the model may do: drop, retype or both")
    ap.add_argument("--choose", choices=["final", "nlp"], default="final",
                    help="the labels the thresholds are chosen against (final: the scorer's kinds)")
    ap.add_argument("--without", default="",
                    help="feature prefixes to leave out, comma-separated "
                    "('context': the context features)")
    a = ap.parse_args(argv)
    WITHOUT[:] = [p for x in a.without.split(",") if x
                  for p in (mention_model.CONTEXT if x == "context" else (x,))]
    ACTIONS.clear()
    ACTIONS.update(a.actions.split(","))
    LABELS[0] = a.labels
    CHOOSE[0] = a.choose
    TRAIN_CLASS["boundary"] = BOUNDARY[a.boundary]
    if a.command == "collect":
        collect(a.texts, a.out or DATA)
    elif a.command == "errors":
        errors(read(a.data))
    elif a.command == "train":
        records = read(a.data)
        if a.articles:
            keep = set(a.articles.read_text(encoding="utf-8").split())
            records = [r for r in records if r["doc"] in keep]
        write_model(train(records), a.out or MODEL)
    elif a.command == "estimate":
        estimate(read(a.data), a.k)
    elif a.command == "folds":
        folds(a.data, a.texts, a.dir, a.k)
    else:
        print(report(summed(a.files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
