"""Rebuilds kg/data/ru/triggers_vector.tsv: lines for lemmas with no line, given the class their
nearest lined lemmas by navec vector share, where NEREL marks the lemma as an event often enough.

Offline and deterministic; navec (inside the natasha package) is read here only, never at run
time: the file is the whole lemma → class table.
1. Evidence (scripts/noline_candidates.py's parse and counts): every noun and verb lemma of the
   readable nerel-dev articles less the judges' (the held-out tests/gold-nerel/frozen*/ARTICLES
   and the judge folders, scripts/held_out.py JUDGES, are never read), its occurrences, how many
   overlap a NEREL EVENT span, in how many articles. `--leave-out DIR` drops a gold folder's
   articles too (a leave-one-folder-out measurement of that folder).
2. Candidates: a lemma no line of the lexicon has (kg.nlp.ru.events.rules() as the settings in
   force give it; the aspect partners' lemmas, off by default, and the context words of lines,
   whose marks are often the line's own event, left out), the dictionary form of an inanimate
   common noun or of a verb (scripts/learn_triggers.py `dictionary_form`), marked at least
   --min-hits times, in at least --min-articles articles, on at least --min-rate of its
   occurrences; and not on kg/data/ru/triggers_vector_stop.txt (lemmas a reviewer rejected by
   eye: another sense common in news).
3. Class (scripts/learn_triggers.py `vote`): the --k nearest lemmas of the same part of speech
   that have a bare line of a class in triggers.tsv, at cosine --min-sim or more, vote for their
   class weighted by similarity; the class needs --min-share of the vote, and its nearest lemma
   must be at --min-cos or more. The line copies that lemma's bare line of the class (roles,
   require, irrealis), with the evidence in the last columns.

    python scripts/learn_vector_triggers.py [--texts ../shared/data/nerel-dev] [--cache F.jsonl]
        [--out kg/data/ru/triggers_vector.tsv] [--leave-out tests/gold-nerel/dev3] [thresholds]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import learn_triggers as lt  # noqa: E402
import noline_candidates as nc  # noqa: E402

DATA = ROOT / "kg" / "data" / "ru"
COLUMNS = lt.COLUMNS
EVIDENCE = ("neighbour", "similarity", "vote", "marked", "occurrences", "articles")


def folder_articles(folders: list[str]) -> set[str]:
    """The article stems of the gold folders named (their ARTICLES files)."""
    out: set[str] = set()
    for d in folders:
        for ln in (Path(d) / "ARTICLES").read_text(encoding="utf-8").splitlines():
            if ln.strip():
                out.add(ln.strip().removesuffix(".txt"))
    return out


def count_heads(docs: list[dict]) -> dict[str, list]:
    """lemma → [occurrences, marked, articles, marked articles], as scripts/noline_candidates.py
    `count`, but a token counts as marked only when it is the head of the NEREL span it overlaps,
    taken as the span's first verb, else its first noun (Russian puts the head noun before its
    genitives): a word inside a longer span (`пуля` of `попадание пули`, `дом` of `приобрела
    дом`) is the span's participant or setting, not its trigger."""
    import collections

    rows: dict[str, list] = collections.defaultdict(lambda: [0, 0, set(), set()])
    for d in docs:
        content = [t for t in d["toks"] if t[3] in nc.POS]
        heads = set()
        for b, e in d["events"]:
            inside = [i for i, t in enumerate(content) if min(e, t[1]) > max(b, t[0])]
            verbs = [i for i in inside if content[i][3] == "VERB"]
            if inside:
                heads.add((verbs or inside)[0])
        for i, t in enumerate(content):
            if not t[2].isalpha():
                continue
            r = rows[t[2].lower()]
            r[0] += 1
            r[2].add(d["name"])
            if i in heads:
                r[1] += 1
                r[3].add(d["name"])
    return rows


def stop_words(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {ln.split("#")[0].strip().replace("ё", "е")
            for ln in path.read_text(encoding="utf-8").splitlines()} - {""}


def candidates(rows: dict[str, list], lined: set[str], skip: set[str], morph,
               a: argparse.Namespace) -> list[tuple[str, str, list]]:
    """(lemma, part of speech, counts) of the no-line lemmas NEREL marks often enough."""
    out = []
    for lemma in sorted(rows):
        r = rows[lemma]
        if lemma in lined or lemma in skip or len(lemma) < 3:
            continue
        if r[1] < a.min_hits or len(r[3]) < a.min_articles or r[1] / r[0] < a.min_rate:
            continue
        pos = lt.dictionary_form(lemma, morph)
        if pos is not None:
            out.append((lemma, pos, r))
    return out


def learn(rows: dict[str, list], emb, morph, a: argparse.Namespace) -> list[tuple[str, ...]]:
    from kg.nlp.ru import events as ev

    lined = set(ev.rules())
    aspect = {r[0].replace("ё", "е") for r in ev.table_file(DATA / "triggers_aspect.tsv")}
    skip = aspect | nc.context_lemmas() | stop_words(Path(a.stop))
    _, bare = lt.hand_lines(Path(a.lexicon))
    pool: dict[str, list] = {p: [] for p in lt.POS}
    for lemma in sorted(bare):
        p = lt.pos_of(lemma, morph)
        if p is not None and lemma in emb:
            pool[p].append((lemma, lt._unit(emb, lemma)))
    out = []
    for lemma, pos, r in candidates(rows, lined, skip, morph, a):
        if lemma not in emb:
            continue
        found = lt.vote(lt._unit(emb, lemma), pos, pool, bare, a, a.min_sim)
        if found is None or found[2] < a.min_cos:
            continue
        kind, nb, s, share = found
        out.append((lemma,) + bare[nb][kind][1:] + (
            nb, f"{s:.3f}", f"{share:.2f}", str(r[1]), str(r[0]), str(len(r[3]))))
    return out


def write(rows: list[tuple[str, ...]], out: Path, a: argparse.Namespace, articles: int) -> None:
    head = [
        "# Lines for lemmas with no other line, written by scripts/learn_vector_triggers.py (do",
        "# not edit by hand: rerun it; add a rejected lemma to triggers_vector_stop.txt). A noun",
        "# or verb lemma gets the bare line of the class its nearest lined lemmas by navec vector",
        f"# vote for ({a.k} nearest at cosine >= {a.min_sim:.2f}, share >= {a.min_share:.2f}, "
        f"the nearest of the class at >= {a.min_cos:.2f})",
        f"# when NEREL marks it as an event at least {a.min_hits} times, in at least "
        f"{a.min_articles} articles, on at least {a.min_rate:.2f}",
        f"# of its occurrences ({articles} readable nerel-dev articles, held-out and judge "
        "articles left out).",
        "# Read below every other line, off by default (kg/nlp/ru/events.py; KG_VECTOR_TRIGGERS).",
        "# Evidence: the neighbour whose line is copied, its cosine, the class's share of the",
        "# vote, NEREL's marks, occurrences, articles.",
        "\t".join(COLUMNS + EVIDENCE),
    ]
    out.write_text("\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--out", default=str(DATA / "triggers_vector.tsv"))
    ap.add_argument("--lexicon", default=str(DATA / "triggers.tsv"))
    ap.add_argument("--stop", default=str(DATA / "triggers_vector_stop.txt"))
    ap.add_argument("--leave-out", action="append", default=[])
    ap.add_argument("--marks", choices=("head", "overlap"), default="head",
                    help="a mark counts when the word is its span's head (its first verb, else "
                         "its first noun), "
                         "or whenever it overlaps the span")
    ap.add_argument("--min-hits", type=int, default=2)
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("--min-rate", type=float, default=0.3)
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--min-sim", type=float, default=0.45)
    ap.add_argument("--min-share", type=float, default=0.6)
    ap.add_argument("--min-cos", type=float, default=0.5)
    a = ap.parse_args(argv)
    docs = nc.load(a.texts, a.cache)
    out = folder_articles(a.leave_out)
    docs = [d for d in docs if d["name"] not in out]
    from kg.nlp.ru.models import load_embedding, load_models

    counts = count_heads(docs) if a.marks == "head" else nc.count(docs)
    rows = learn(counts, load_embedding(), load_models().morph_vocab, a)
    write(rows, Path(a.out), a, len(docs))
    print(f"{len(rows)} lines from {len(docs)} articles -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
