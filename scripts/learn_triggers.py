"""Rebuilds kg/data/ru/triggers_learned.tsv: event triggers learned from NEREL's EVENT spans and the
navec embeddings that ship inside the natasha package (nothing is downloaded).

1. Evidence. Every noun and verb of the articles' texts is counted by its lemma and part of speech
   as the extractor sees them (Natasha's parse, pymorphy lemmas); a token that is the head word of a
   NEREL EVENT span (the token of the span whose syntactic head lies outside it) is a hit. Articles
   of tests/gold-nerel/frozen*/ARTICLES and of the judge folders (scripts/held_out.py
   `unstudied`) are never read, whatever the article list says.
2. Candidates. A lemma the trigger lexicon (kg/data/ru/triggers.tsv) has no line for, with at least
   --min-hits hits in at least --min-articles articles, NEREL marking at least --min-rate of its
   occurrences.
3. Class. Its nearest lemmas of the same part of speech among the triggers.tsv lemmas that have a
   bare line (no context words) of an event class, by cosine of their navec vectors: the --k
   nearest at --min-sim or more vote for their class, weighted by similarity; a class with at least
   --min-share of the vote wins, else the lemma is left out (no clear class). The learned line is a
   copy of the bare line of the nearest neighbour of that class (its roles, require, irrealis), with
   the lemma replaced; the evidence stays in the row's last columns for a reviewer.

The runtime reads the file as a lower-priority lexicon: a lemma with any line in triggers.tsv
keeps only its hand lines (kg/nlp/ru/events.py `rules`; the path is the setting
`KG_LEARNED_TRIGGERS`). The output is deterministic (sorted rows, fixed tie-breaks).

    python scripts/learn_triggers.py [--texts ../shared/data/nerel-dev] [--articles LIST]
        [--cache F.json] [--out kg/data/ru/triggers_learned.tsv] [thresholds]

--articles: a file of article names (one a line, `nerel-dev-119336`) to learn from; default all.
--cache: per-article counts, read if present and written if not (the parse is the slow part);
only the names it holds are reused, so one cache serves every article subset (the folds).
--vocabulary F: the words tried for navec rows, one a line (default: the whole navec vocabulary).
--fold A|B with --fold-out F: learn from one half of the articles (SHA-256 of the `.txt` file
name, even first byte = A), and write the other half's names to F (the articles to measure on).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied as frozen  # noqa: E402

POS = ("NOUN", "VERB")
COLUMNS = ("trigger", "with", "class", "agent", "target", "others", "place", "require",
           "irrealis", "detail")
EVIDENCE = ("source", "hits", "occurrences", "articles", "eventiveness", "neighbour", "similarity",
            "vote")


def half(name: str) -> str:
    """The fold of an article: A when the SHA-256 of its `.txt` file name starts with an even
    byte, else B."""
    return "A" if hashlib.sha256(f"{name}.txt".encode()).digest()[0] % 2 == 0 else "B"


def article_names(texts: Path) -> list[str]:
    held_out = frozen()
    return sorted(p.name[: -len(".gold.json")] for p in texts.glob("*.gold.json")
                  if p.name[: -len(".gold.json")] not in held_out
                  and (texts / (p.name[: -len(".gold.json")] + ".txt")).exists())


def count_article(text: str, gold: dict) -> dict[str, list[int]]:
    """`lemma\\tPOS` → [occurrences, hits] of one article."""
    from kg.nlp.ru.analysis import analyse

    an = analyse(text)
    heads: set[int] = set()
    for ev in gold.get("events", ()):
        b, e = ev["trigger"]["begin"], ev["trigger"]["end"]
        toks = [t for t in an.tokens if t.start < e and t.end > b]
        inside = {t.index for t in toks}
        head = [t for t in toks if t.head not in inside and t.pos not in ("ADP", "PUNCT")]
        if head:
            heads.add(head[0].index)
    out: dict[str, list[int]] = {}
    for t in an.tokens:
        if t.pos not in POS or not t.lemma.isalpha():
            continue
        key = f"{t.lemma.replace('ё', 'е')}\t{t.pos}"
        row = out.setdefault(key, [0, 0])
        row[0] += 1
        row[1] += t.index in heads
    return out


def counts(texts: Path, names: list[str], cache: Path | None) -> dict[str, dict[str, list[int]]]:
    stored = json.loads(cache.read_text(encoding="utf-8")) if cache and cache.exists() else {}
    held_out = frozen()
    out = {}
    for name in names:
        if name in held_out:
            continue
        if name not in stored:
            gold = json.loads((texts / f"{name}.gold.json").read_text(encoding="utf-8"))
            stored[name] = count_article((texts / f"{name}.txt").read_text(encoding="utf-8"), gold)
        out[name] = stored[name]
    if cache:
        cache.write_text(json.dumps(stored, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return out


def hand_lines(path: Path) -> tuple[set[str], dict[str, dict[str, tuple[str, ...]]]]:
    """The lemmas of the hand lexicon, and lemma → class → its bare line (the first one)."""
    lemmas: set[str] = set()
    bare: dict[str, dict[str, tuple[str, ...]]] = {}
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    for ln in rows:
        cells = tuple(c.strip() for c in ln.split("\t"))
        cells = (cells + ("",) * 10)[:10]
        lemma = cells[0].replace("ё", "е")
        lemmas.add(lemma)
        if cells[1] in ("", "-") and cells[2] not in ("", "-") and " " not in lemma:
            bare.setdefault(lemma, {}).setdefault(cells[2], cells)
    return lemmas, bare


def pos_of(lemma: str, morph) -> str | None:
    """The part of speech a trigger lemma of the hand lexicon has as a dictionary form."""
    for p in morph.parse(lemma):
        if p.normal_form.replace("ё", "е") == lemma and p.pos in POS:
            return p.pos
    return None


_NAMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}


def dictionary_form(word: str, morph) -> str | None:
    """The part of speech of a word of the embedding's vocabulary that is, in its most likely
    reading, the dictionary form of a common inanimate noun or an infinitive (a candidate trigger
    with no NEREL evidence: no names, no person nouns such as `водитель`)."""
    if len(word) < 4 or not all("а" <= c <= "я" or c == "ё" for c in word):
        return None
    parses = morph.parse(word)
    if not parses:
        return None
    p = parses[0]
    if p.normal_form.replace("ё", "е") != word.replace("ё", "е") or p.pos not in POS:
        return None
    if _NAMES & set(p.tag.grammemes) or p.feats.get("Animacy") == "Anim":
        return None
    return p.pos


def eventiveness(stats: dict[str, tuple[int, int]], emb, l2: float, cap: int):
    """A logistic model of the share of a lemma's occurrences NEREL marks as an event's head,
    from its navec vector and part of speech, fitted (Newton's method, L2 penalty `l2`) on the
    learning articles' lemmas, each weighted by its occurrences up to `cap`. Returns a function
    (vector, POS) → probability: how event-like a lemma never seen there is."""
    import numpy as np

    keys = [k for k in sorted(stats) if k.split("\t")[0] in emb]
    X = np.stack([_features(_unit(emb, k.split("\t")[0]), k.split("\t")[1]) for k in keys])
    y = np.array([stats[k][1] / stats[k][0] for k in keys])
    w = np.array([min(stats[k][0], cap) for k in keys], dtype=np.float64)
    beta = np.zeros(X.shape[1])
    penalty = np.full(X.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not penalised
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-(X @ beta)))
        grad = X.T @ (w * (p - y)) + penalty * beta
        hess = (X * (w * p * (1 - p))[:, None]).T @ X + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return lambda v, pos: float(1.0 / (1.0 + np.exp(-(_features(v, pos) @ beta))))


def _unit(emb, word: str):
    import numpy as np

    v = np.asarray(emb[word], dtype=np.float64)
    return v / np.linalg.norm(v)


def _features(v, pos: str):
    import numpy as np

    return np.concatenate([v, [1.0 if pos == "VERB" else 0.0, 1.0]])


def vote(v, pos: str, pool, bare, a: argparse.Namespace, min_sim: float):
    """The class the nearest hand lemmas vote for, with the neighbour whose line is copied, its
    cosine and the class's share of the vote; None when no neighbour is near or no class is
    clear."""
    import collections as c

    sims = sorted(((round(float(v @ u), 4), nb) for nb, u in pool[pos]),
                  key=lambda x: (-x[0], x[1]))
    near = [(s, nb) for s, nb in sims[: a.k] if s >= min_sim]
    if not near:
        return None
    votes: c.Counter[str] = c.Counter()
    for s, nb in near:
        for kind in bare[nb]:
            votes[kind] += s / len(bare[nb])
    kind, weight = sorted(votes.items(), key=lambda x: (-x[1], x[0]))[0]
    share = weight / sum(votes.values())
    if share < a.min_share:
        return None
    s, nb = next((s, nb) for s, nb in near if kind in bare[nb])
    return kind, nb, s, share


def learn(per_article: dict[str, dict[str, list[int]]], lexicon: Path, emb, morph,
          a: argparse.Namespace) -> list[tuple[str, ...]]:
    occ: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    arts: collections.Counter[str] = collections.Counter()
    for name in sorted(per_article):
        for key, (n, h) in per_article[name].items():
            occ[key] += n
            hits[key] += h
            arts[key] += h > 0
    lemmas, bare = hand_lines(lexicon)
    pool: dict[str, list] = {p: [] for p in POS}
    for lemma in sorted(bare):
        p = pos_of(lemma, morph)
        if p is not None and lemma in emb:
            pool[p].append((lemma, _unit(emb, lemma)))
    model = eventiveness({k: (occ[k], hits[k]) for k in occ}, emb, a.l2, a.cap) \
        if a.min_event < 1 else None
    rows: dict[str, tuple[str, ...]] = {}

    def add(lemma: str, pos: str, source: str, found, p_event: float | None) -> None:
        kind, nb, s, share = found
        key = f"{lemma}\t{pos}"
        line = (lemma,) + bare[nb][kind][1:]
        rows[lemma] = line + (source, str(hits[key]), str(occ[key]), str(arts[key]),
                              "-" if p_event is None else f"{p_event:.2f}", nb, f"{s:.3f}",
                              f"{share:.2f}")

    # 1. lemmas NEREL marks often enough in the learning articles
    for key in sorted(occ):
        lemma, p = key.split("\t")
        if lemma in lemmas or lemma not in emb or len(lemma) < 3:
            continue
        if hits[key] < a.min_hits or arts[key] < a.min_articles \
                or hits[key] / occ[key] < a.min_rate:
            continue
        found = vote(_unit(emb, lemma), p, pool, bare, a, a.min_sim)
        if found:
            add(lemma, p, "nerel", found, None)
    # 2. lemmas of the embedding's vocabulary with too little evidence to judge by counts: the
    # eventiveness model must find them event-like and their neighbours must be nearer
    if model is not None:
        vocabulary = emb.vocab.words if a.vocabulary is None else [
            w for w in Path(a.vocabulary).read_text(encoding="utf-8").split() if w in emb]
        for word in vocabulary:
            if word in lemmas or word in rows:
                continue
            p = dictionary_form(word, morph)
            if p is None or occ[f"{word}\t{p}"] >= a.judge:
                continue
            v = _unit(emb, word)
            found = vote(v, p, pool, bare, a, a.navec_sim)
            if found is None:
                continue
            p_event = model(v, p)
            if p_event >= a.min_event:
                add(word, p, "navec", found, p_event)
    return [rows[k] for k in sorted(rows)]


def write(rows: list[tuple[str, ...]], out: Path, a: argparse.Namespace, articles: int) -> None:
    head = [
        "# Event triggers learned by scripts/learn_triggers.py (do not edit by hand: rerun it).",
        "# From NEREL's EVENT spans in ../shared/data/nerel-dev (the articles of",
        "# tests/gold-nerel/frozen*/ARTICLES and of the judge folders left out) and the navec",
        "# vectors of the natasha package. A noun or verb lemma with no line in triggers.tsv",
        "# gets a line when",
        f"#   nerel: NEREL marks it as an event's head word at least {a.min_hits} times, in at "
        f"least {a.min_articles} articles,",
        f"#     in at least {a.min_rate:.2f} of its occurrences, or",
        f"#   navec: it occurs fewer than {a.judge} times in the learning articles, is the "
        "dictionary form",
        "#     of an inanimate common noun or a verb, and a logistic model of NEREL's marking",
        "#     rate over the navec vectors of the learning articles' lemmas gives it at least "
        f"{a.min_event:.2f}",
        f"#     (its nearest hand lemma at cosine >= {a.navec_sim:.2f});",
        f"# its class is the one its {a.k} nearest triggers.tsv lemmas of the same part of speech",
        f"# (cosine >= {a.min_sim:.2f}) vote for with a share >= {a.min_share:.2f}, its roles "
        "those of the bare line",
        "# of the nearest neighbour of that class.",
        f"# Learned from {articles} articles. Hand lines win: a lemma of triggers.tsv never "
        "reads this file.",
        "# Evidence: source, hits (NEREL event heads), occurrences, articles with a hit,",
        "# eventiveness (navec rows), the neighbour whose line is copied, its cosine, the",
        "# class's share of the vote.",
        "\t".join(COLUMNS + EVIDENCE),
    ]
    out.write_text("\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--articles")
    ap.add_argument("--fold", choices=("A", "B"))
    ap.add_argument("--fold-out")
    ap.add_argument("--cache")
    ap.add_argument("--lexicon", default=str(ROOT / "kg" / "data" / "ru" / "triggers.tsv"))
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "ru" / "triggers_learned.tsv"))
    ap.add_argument("--min-hits", type=int, default=3)
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("--min-rate", type=float, default=0.5)
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--min-sim", type=float, default=0.45)
    ap.add_argument("--min-share", type=float, default=0.6)
    ap.add_argument("--judge", type=int, default=4,
                    help="occurrences past which counts alone decide")
    ap.add_argument("--navec-sim", type=float, default=0.62)
    ap.add_argument("--min-event", type=float, default=0.5, help="1 = no navec rows")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--vocabulary", help="words to try for navec rows (default: the embedding's)")
    ap.add_argument("--cap", type=int, default=20)
    a = ap.parse_args(argv)
    texts = Path(a.texts)
    names = article_names(texts)
    if a.articles:
        wanted = {ln.strip() for ln in Path(a.articles).read_text().splitlines() if ln.strip()}
        names = [n for n in names if n in wanted]
    if a.fold:
        if a.fold_out:
            Path(a.fold_out).write_text("".join(f"{n}\n" for n in names if half(n) != a.fold))
        names = [n for n in names if half(n) == a.fold]
    per_article = counts(texts, names, Path(a.cache) if a.cache else None)
    from kg.nlp.ru.models import load_embedding, load_models

    rows = learn(per_article, Path(a.lexicon), load_embedding(), load_models().morph_vocab, a)
    write(rows, Path(a.out), a, len(per_article))
    print(f"{len(rows)} learned lines from {len(per_article)} articles -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
