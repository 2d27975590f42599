"""Rebuilds kg/data/ru/triggers_aspect.tsv: the other aspect of the trigger verbs of
kg/data/ru/triggers.tsv (`создать` → `создавать`, `отказаться` → `отказываться`, `звонить` ←
`позвонить`), each with a copy of its source line (class, context words, roles, requirements).

Offline and deterministic: nothing is downloaded, nothing depends on NEREL's text.
1. Candidates: for each verb lemma of a hand line, the words the derivation patterns below make
   of it (perfective → imperfective suffixes such as -ить → -ять/-ивать, -ать → -ывать,
   -дать → -давать, -йти → -ходить, with the usual consonant changes, and the reverse; prefix
   removal `по-`, `с-`, … for a perfective made of its imperfective by a prefix, and the reverse).
   A reflexive lemma keeps its `-ся` (`отказаться` → `отказываться`).
2. Dictionary: the candidate is a word pymorphy2's dictionary knows (not a guess), an infinitive,
   of the other aspect than its source (a verb of both aspects is left alone).
3. Distribution: the navec vectors of the natasha package put a true partner very close to its
   source (`выиграть`/`выигрывать`); a different verb that a pattern happens to make
   (`доставить` → `доставать`) is further off: a pair is kept when the cosine is at least
   --min-sim (prefix pairs, riskier, need --min-sim-prefix); the defaults were set by eye on the
   list of all candidates (--all) so that `доставать` (0.245) falls out and `отклонять`
   (0.288) stays.
4. Review: kg/data/ru/triggers_aspect_stop.txt lists the pairs a reviewer rejected by eye
   (`source candidate`, one a line); they are left out. kg/data/ru/triggers_aspect_keep.txt lists
   true pairs the vectors miss (no vector for a rare imperfective, `застреливать`, or a cosine
   below the threshold, `пропасть`/`пропадать` 0.105); they are kept as if the vectors agreed.
A candidate that has a hand line itself keeps its own lines (hand lines win); one that two
sources claim takes the lines of the nearer. A refusal line (context `не`) is not copied: the
imperfective `не признаёт`, `не поддерживает` tells a stance held, not an act.

usage: learn_aspect_pairs.py [--lexicon kg/data/ru/triggers.tsv]
       [--out kg/data/ru/triggers_aspect.tsv] [--stop kg/data/ru/triggers_aspect_stop.txt]
       [--keep kg/data/ru/triggers_aspect_keep.txt]
       [--min-sim 0.27] [--min-sim-prefix 0.44] [--all F.tsv: every candidate with its verdict]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLUMNS = ("trigger", "with", "class", "agent", "target", "others", "place", "require",
           "irrealis", "detail")
EVIDENCE = ("source", "pattern", "similarity", "aspect")

# perfective ending → imperfective endings (the longest ending that fits is tried first, and all
# that fit are tried); the reverse direction reads the same table backwards
_SUFFIX: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("дать", ("давать",)), ("знать", ("знавать",)), ("стать", ("ставать",)),
    ("йти", ("ходить",)), ("ехать", ("езжать",)), ("вести", ("водить",)),
    ("везти", ("возить",)), ("нести", ("носить",)), ("брать", ("бирать",)),
    ("звать", ("зывать",)), ("рвать", ("рывать",)), ("слать", ("сылать",)),
    ("жечь", ("жигать",)), ("влечь", ("влекать",)), ("мереть", ("мирать",)),
    ("пасть", ("падать",)), ("честь", ("читывать",)), ("лечь", ("лекать",)),
    ("ложить", ("лагать", "кладывать")), ("нять", ("нимать",)), ("бежать", ("бегать",)),
    ("лететь", ("летать",)), ("плыть", ("плывать",)), ("бить", ("бивать",)),
    ("лить", ("ливать",)), ("пить", ("пивать",)), ("шить", ("шивать",)),
    ("деть", ("девать",)), ("жить", ("живать",)), ("ступить", ("ступать",)),
    ("пустить", ("пускать",)), ("смотреть", ("сматривать",)), ("волить", ("вольнять",)),
    ("гнать", ("гонять",)), ("нуть", ("гать", "ать", "дать")), ("ыть", ("ывать",)),
    ("сти", ("сать", "тать")), ("еть", ("евать", "ивать")),
    ("ить", ("ять", "ать", "ивать", "ывать", "евать", "лять", "жать")),
    ("ать", ("ывать", "ивать")), ("ять", ("ивать", "ывать")),
)
# stem-final consonant changes before the imperfective -ать/-ять/-ивать endings
_CHANGE = {"т": ("ч", "щ"), "д": ("ж", "жд"), "с": ("ш",), "з": ("ж",), "ст": ("щ",),
           "б": ("бл",), "в": ("вл",), "п": ("пл",), "м": ("мл",), "ф": ("фл",)}
# prefixes that make a perfective of an imperfective without changing what it says (позвонить,
# сыграть, построить); removing others (у-бить, о-судить) makes a different verb, which the
# vectors and the review catch
_PREFIXES = ("по", "с", "за", "на", "о", "у", "про", "вы", "из", "под", "раз", "рас", "от")


def _stems(lemma: str) -> tuple[str, str]:
    """(the lemma without `-ся`/`-сь`, the reflexive ending or '')."""
    for r in ("ся", "сь"):
        if lemma.endswith(r) and len(lemma) > 4:
            return lemma[: -len(r)], r
    return lemma, ""


def _root_vowel(word: str, ending: str) -> set[str]:
    """The word and its -ивать/-ывать form with the last root `о` as `а` (`устроить` →
    `устраивать`, `спросить` → `спрашивать`)."""
    out = {word}
    if ending in ("ивать", "ывать"):
        stem = word[: -len(ending)]
        i = stem.rfind("о")
        if i > 0:
            out.add(stem[:i] + "а" + stem[i + 1:] + ending)
    return out


def perfective_to_imperfective(verb: str, prefixed: bool = False) -> dict[str, str]:
    """Candidate imperfectives of a perfective (without -ся) → the pattern that made each."""
    out: dict[str, str] = {}
    for perf, impfs in _SUFFIX:
        if not verb.endswith(perf) or len(verb) <= len(perf) + 1:
            continue
        stem = verb[: -len(perf)]
        for impf in impfs:
            forms = {stem + impf}
            if perf == "ить" and impf in ("ять", "ать", "ивать", "ывать"):
                for old, news in _CHANGE.items():
                    if stem.endswith(old):
                        forms |= {stem[: -len(old)] + new + impf for new in news}
            for f in forms:
                for g in _root_vowel(f, impf):
                    out.setdefault(g, f"-{perf}>-{impf}")
    for p in _PREFIXES:
        if verb.startswith(p) and len(verb) - len(p) >= 4:
            out.setdefault(verb[len(p):], f"{p}->")
            if not prefixed:  # `заподозрить` → `подозревать`: the prefix and the suffix both
                for cand, pattern in perfective_to_imperfective(verb[len(p):], True).items():
                    if not pattern.endswith("->"):
                        out.setdefault(cand, f"{p}->{pattern}")
    return out


def imperfective_to_perfective(verb: str) -> dict[str, str]:
    """Candidate perfectives of an imperfective (without -ся): the table read backwards, and
    the prefixed forms."""
    out: dict[str, str] = {}
    for perf, impfs in _SUFFIX:
        for impf in impfs:
            if not verb.endswith(impf) or len(verb) <= len(impf) + 1:
                continue
            stem = verb[: -len(impf)]
            stems = {stem}
            if perf == "ить":
                for old, news in _CHANGE.items():
                    for new in news:
                        if stem.endswith(new):
                            stems.add(stem[: -len(new)] + old)
            if impf in ("ивать", "ывать"):
                i = stem.rfind("а")
                if i > 0:
                    stems |= {s[:i] + "о" + s[i + 1:] for s in set(stems) if s[i:i + 1] == "а"}
            for s in stems:
                out.setdefault(s + perf, f"-{impf}>-{perf}")
    for p in _PREFIXES:
        out.setdefault(p + verb, f">{p}-")
    return out


def hand_lines(path: Path) -> list[tuple[str, ...]]:
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    return [tuple((tuple(c.strip() for c in ln.split("\t")) + ("",) * 10)[:10]) for ln in rows]


def stop_pairs(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    out = set()
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.split("#", 1)[0].strip()
        if ln:
            a, b = ln.split()[:2]
            out.add((a, b))
    return out


def infinitive_aspect(word: str, morph) -> str | None:
    """'perf' or 'impf' when the dictionary (not a guess) knows the word as an infinitive of one
    aspect only; None otherwise (unknown, not a verb, or both aspects)."""
    if not morph.word_is_known(word):
        return None
    aspects = {("perf" if "perf" in p.tag.grammemes else "impf")
               for p in morph.parse(word)
               if p.tag.POS == "INFN" and p.normal_form.replace("ё", "е") == word}
    return aspects.pop() if len(aspects) == 1 else None


def cosine(emb, a: str, b: str) -> float | None:
    import numpy as np

    if a not in emb or b not in emb:
        return None
    u, v = np.asarray(emb[a], dtype=np.float64), np.asarray(emb[b], dtype=np.float64)
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


def derive(rows, morph, emb, stop: set[tuple[str, str]], a: argparse.Namespace,
           keep: set[tuple[str, str]] | frozenset = frozenset()):
    """(kept rows, every candidate's verdict as (source, candidate, pattern, cosine, verdict)).
    `keep`: pairs a reviewer accepted by eye that the vectors miss (no vector, or below the
    cosine threshold: `застрелить застреливать`, `пропасть пропадать`)."""
    known = {r[0].replace("ё", "е") for r in rows}
    verdicts: list[tuple[str, str, str, str, str]] = []
    pairs: dict[str, list[tuple[float, str, str]]] = {}  # candidate → (cosine, source, pattern)
    aspects: dict[str, str] = {}
    for source in sorted({r[0].replace("ё", "е") for r in rows if " " not in r[0]}):
        aspect = infinitive_aspect(source, morph)
        if aspect is None:
            continue
        stem, refl = _stems(source)
        cands = perfective_to_imperfective(stem) if aspect == "perf" \
            else imperfective_to_perfective(stem)
        for cand, pattern in sorted(cands.items()):
            cand += refl
            if cand == source:
                continue
            other = infinitive_aspect(cand, morph)
            if other is None:
                continue  # no dictionary infinitive: most patterns make no word at all
            sim = cosine(emb, source, cand)
            shown = "-" if sim is None else f"{sim:.3f}"
            if other == aspect:
                verdict = "same aspect"
            elif cand in known:
                verdict = "has a hand line"
            elif (source, cand) in keep:
                verdict = "kept (keep list)"
                pairs.setdefault(cand, []).append((-1.0 if sim is None else sim, source, pattern))
                aspects[cand] = other
            elif sim is None:
                verdict = "no vector"
            elif sim < (a.min_sim if pattern.startswith("-") else a.min_sim_prefix):
                verdict = "far"
            elif (source, cand) in stop:
                verdict = "stop list"
            else:
                verdict = "kept"
                pairs.setdefault(cand, []).append((sim, source, pattern))
                aspects[cand] = other
            verdicts.append((source, cand, pattern, shown, verdict))
    out: list[tuple[str, ...]] = []
    for cand in sorted(pairs):
        sim, source, pattern = max(pairs[cand], key=lambda x: (x[0], x[1]))
        for r in rows:
            # a refusal line ("не поддержала") is no act in the imperfective: "не поддерживает",
            # "не признаёт" tell a stance held
            if r[0].replace("ё", "е") == source and "не" not in r[1].split(","):
                out.append((cand,) + r[1:] + (source, pattern, "-" if sim < 0 else f"{sim:.3f}",
                                              aspects[cand]))
    return out, verdicts


def write(rows, out: Path, a: argparse.Namespace) -> None:
    head = [
        "# The other aspect of the trigger verbs of triggers.tsv, written by",
        "# scripts/learn_aspect_pairs.py (do not edit by hand: rerun it; add a rejected pair to",
        "# triggers_aspect_stop.txt). A candidate made by a derivation pattern counts when",
        "# pymorphy2's dictionary knows it as an infinitive of the other aspect and its navec",
        f"# vector is at cosine >= {a.min_sim:.2f} of its source's (>= {a.min_sim_prefix:.2f} for"
        " a prefix",
        "# pair). Each line copies a line of its source (not a refusal line). Read, when",
        "# KG_ASPECT_TRIGGERS=shipped (off by default), below the hand lines and the learned ones",
        "# (kg/nlp/ru/events.py): a lemma with a line there never reads this file.",
        "# Evidence: source lemma, the pattern that made the partner, the cosine, the partner's",
        "# aspect in the dictionary (impf: fires only as a finite present, kg/nlp/ru/events.py).",
        "\t".join(COLUMNS + EVIDENCE),
    ]
    out.write_text("\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def report(kept, verdicts, a: argparse.Namespace, what: str) -> None:
    """Write every candidate with its verdict when asked (`--all`), and print the tally."""
    if a.all:
        Path(a.all).write_text("".join("\t".join(v) + "\n" for v in verdicts), encoding="utf-8")
    tally: dict[str, int] = {}
    for v in verdicts:
        tally[v[4]] = tally.get(v[4], 0) + 1
    print(f"{len(verdicts)} dictionary candidates: " +
          ", ".join(f"{k} {n}" for k, n in sorted(tally.items())) +
          f"; {len({r[0] for r in kept})} {what}, {len(kept)} lines -> {a.out}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lexicon", default=str(ROOT / "kg" / "data" / "ru" / "triggers.tsv"))
    ap.add_argument("--stop", default=str(ROOT / "kg" / "data" / "ru" / "triggers_aspect_stop.txt"))
    ap.add_argument("--keep", default=str(ROOT / "kg" / "data" / "ru" / "triggers_aspect_keep.txt"))
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "ru" / "triggers_aspect.tsv"))
    ap.add_argument("--min-sim", type=float, default=0.27)
    ap.add_argument("--min-sim-prefix", type=float, default=0.44)
    ap.add_argument("--all", help="write every candidate with its verdict here")
    a = ap.parse_args(argv)
    from kg.nlp.ru.models import load_embedding, load_models

    rows = hand_lines(Path(a.lexicon))
    kept, verdicts = derive(rows, load_models().morph_vocab, load_embedding(),
                            stop_pairs(Path(a.stop)), a, stop_pairs(Path(a.keep)))
    write(kept, Path(a.out), a)
    report(kept, verdicts, a, "partners")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
