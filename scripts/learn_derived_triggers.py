"""Rebuilds kg/data/ru/triggers_derived.tsv: the nouns of the trigger verbs of kg/data/ru/triggers.tsv
and the verbs of its trigger nouns, one derivational family read from the other (`депортировать` →
`депортация`, `выстрелить` → `выстрел`, `возбудить` → `возбуждение`; `лишение` → `лишиться`),
each with its source's lines, the roles moved from the verb's clause to the
noun's phrase (or back).

Offline and deterministic: nothing is downloaded, nothing depends on NEREL's text.
1. Candidates: the derivation patterns below (verb ending → noun ending: -ировать → -ация,
   -ить → -ение with the usual consonant change, -овать/-ать/-ить → a bare stem, -ыть → -ытие,
   -йти → -ход, …), read forwards for a verb's nouns and backwards for a noun's verbs. A
   reflexive verb drops its `-ся` in the noun (`отказаться` → `отказ`), and a noun's verb is
   tried with and without it.
2. Dictionary: the candidate is a word pymorphy2's dictionary knows (not a guess), a noun whose
   lemma it is, or a perfective infinitive (NEREL marks almost no imperfective verb: the
   imperfective of a trigger is scripts/learn_aspect_pairs.py's business, off by default).
3. Distribution: the navec vectors of the natasha package put a true nominalisation near its verb
   (`депортировать`/`депортация` 0.42); a word the pattern makes that means something else
   (`издать` → `издание` 0.04, `образовать` → `образование` 0.08) lies far off. A pair is kept
   when the cosine is at least --min-sim; the default was set by eye on the list of all candidates
   (--all).
4. Review: kg/data/ru/triggers_derived_stop.txt lists the pairs a reviewer rejected by eye
   (`source candidate`, one a line: another sense that is common in news);
   kg/data/ru/triggers_derived_keep.txt the true pairs the vectors miss (no vector for a rare
   word, or a cosine below the threshold), kept as if the vectors agreed.
A candidate with a line of its own (hand, learned) keeps its own lines; one that two sources
claim takes the lines of the nearer. Lines are copied when their context words are plain lemmas
(a line with `=`, `>`, `*`, `@`, `^`, `+inf` or a refusal `не` speaks of the source's own syntax).

Roles, verb → noun: the subject becomes the noun's `host` (the subject of the verb it is the
object of: `X провёл депортацию`), and its genitive when the verb has no object (`выстрел
снайпера`); the object or passive subject becomes the genitive (`депортация журналиста`); an
instrumental agent and the codes only a verb has (`xcomp`, `если`, `pred`) are dropped;
prepositional codes stay (`выстрел в полицейского`). Noun → verb: `host` and an agent's genitive
become the subject, a target's genitive the object or passive subject, the codes only a noun has
(`gov`, `part`, `frame`, `self`, `at`) are dropped.

usage: learn_derived_triggers.py [--lexicon kg/data/ru/triggers.tsv]
       [--learned kg/data/ru/triggers_learned.tsv] [--out kg/data/ru/triggers_derived.tsv]
       [--stop kg/data/ru/triggers_derived_stop.txt] [--keep kg/data/ru/triggers_derived_keep.txt]
       [--min-sim 0.27] [--all F.tsv]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from learn_aspect_pairs import COLUMNS, _stems, cosine, hand_lines, report, stop_pairs  # noqa: E402

EVIDENCE = ("source", "pattern", "similarity")

# verb ending → the noun endings it makes ("" = the bare stem: `арестовать` → `арест`)
_V2N: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ировать", ("ирование", "ация", "ировка")), ("овать", ("ование", "", "ация")),
    ("ать", ("ание", "", "ка")), ("ять", ("яние", "ятие", "", "ка")),
    ("ить", ("ение", "ка", "")), ("еть", ("ение", "")), ("ыть", ("ытие",)),
    ("йти", ("ход", "хождение")), ("сти", ("дение", "сение")), ("звать", ("зов", "зыв")),
    ("рвать", ("рыв",)), ("бить", ("бийство",)), ("жечь", ("жог",)), ("пасть", ("падение",)),
    ("ехать", ("езд",)), ("нуть", ("новение",)), ("гнуть", ("жение",)),
    ("инуть", ("ижение",)), ("чь", ("чение",)),
)
# stem-final consonant changes before -ение (`освободить` → `освобождение`, `уволить` →
# `увольнение`)
_CHANGE = {"т": ("ч", "щ"), "д": ("ж", "жд"), "с": ("ш",), "ст": ("щ",), "з": ("ж",),
           "б": ("бл",), "в": ("вл",), "п": ("пл",), "м": ("мл",), "ф": ("фл",), "л": ("ль",)}
# context marks that speak of the source word's own syntax, which its derivative does not share
_SYNTAX_MARKS = ("=", ">", "*", "@", "^", "+")
# classes of an act addressed to someone (a request, a demand): the verb's object is the one
# addressed, but the noun's genitive is the one who asks (`просить X` → `прошение X`: X asked)
_ASKER_GENITIVE = {"Appeal", "Demand"}
# role codes only one of the two parts of speech has
_VERB_ONLY = {"ins", "xcomp", "если", "pred", "obj", "pass", "nsubj"}
_NOUN_ONLY = {"gov", "govpost", "part", "frame", "self", "at", "host", "gen", "granter",
              "honoured"}


def verb_to_nouns(verb: str) -> dict[str, str]:
    """Candidate nouns of a verb (without `-ся`) → the pattern that made each."""
    out: dict[str, str] = {}
    for v, nouns in _V2N:
        if not verb.endswith(v) or len(verb) <= len(v) + 1:
            continue
        stem = verb[: -len(v)]
        for n in nouns:
            forms = [stem + n]
            if v == "ить" and n == "ение":
                forms += [stem[: -len(old)] + new + n for old, news in _CHANGE.items()
                          if stem.endswith(old) for new in news]
            for f in forms:
                out.setdefault(f, f"-{v}>-{n or '0'}")
    return out


def noun_to_verbs(noun: str) -> dict[str, str]:
    """Candidate verbs of a noun (with and without `-ся`) → the pattern that made each."""
    out: dict[str, str] = {}
    for v, nouns in _V2N:
        for n in nouns:
            if not noun.endswith(n) or len(noun) - len(n) < 3:
                continue
            stem = noun[: -len(n)] if n else noun
            stems = [stem]
            if v == "ить" and n == "ение":
                stems += [stem[: -len(new)] + old for old, news in _CHANGE.items()
                          for new in news if stem.endswith(new)]
            for s in stems:
                for refl in ("", "ся", "сь"):
                    out.setdefault(s + v + refl, f"-{n or '0'}>-{v}")
    return out


def is_noun(word: str, morph) -> bool:
    """A common noun the dictionary knows by this lemma (not a name: `Арестов`)."""
    return morph.word_is_known(word) and any(
        p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == word
        and not p.tag.grammemes & {"Name", "Surn", "Patr", "Geox", "Orgn"} for p in morph.parse(word))


def infinitive_aspects(word: str, morph) -> set[str]:
    if not morph.word_is_known(word):
        return set()
    return {("perf" if "perf" in p.tag.grammemes else "impf") for p in morph.parse(word)
            if p.tag.POS == "INFN" and p.normal_form.replace("ё", "е") == word}


def _cells(cell: str) -> list[str]:
    return [] if cell in ("", "-") else [c.strip() for c in cell.split(",")]


def _join(codes: list[str]) -> str:
    seen: list[str] = []
    for c in codes:
        if c not in seen:
            seen.append(c)
    return ",".join(seen) or "-"


def to_noun(row: tuple[str, ...]) -> tuple[str, ...]:
    """A verb line's roles as the noun's: the subject → `host` (the subject of the verb the noun
    is the object of); on a bare line of a verb with no object also the genitive (`выстрел
    снайпера`, `эмиграция писателя`), which a context line leaves to its context word
    (`получение премии`, `введение санкций`); the object and passive subject → the genitive."""
    agent, target, others, place = (_cells(c) for c in row[3:7])
    bare = row[1] in ("", "-")
    intransitive = not any(c in ("obj", "pass") for c in target + others + place)

    def subject() -> list[str]:
        return ["gen", "host"] if bare and intransitive else ["host"]
    a: list[str] = []
    for c in agent:
        if c == "nsubj":
            a += subject()
        elif c not in _VERB_ONLY:
            a.append(c)

    def undergo(codes: list[str]) -> list[str]:
        out: list[str] = []
        for c in codes:
            if c in ("obj", "pass"):
                out.append("gen")
            elif c == "nsubj":
                out += [x for x in subject() if x not in a]
            elif c not in _VERB_ONLY:
                out.append(c)
        return out
    t = undergo(target)
    if row[2] in _ASKER_GENITIVE and "gen" in t:
        # `прошение адвоката`, `ходатайство защиты`: the one who asks, not the one asked (who
        # is named by a prepositional phrase, `прошение к X`, `у X`, the dative of the verb that
        # sends it, `подал прошение президенту`, or is the subject of a verb that grants it,
        # `парламент удовлетворил прошение X`: kg/data/ru/granting_verbs.txt)
        a = ["gen"] + [c for c in a if c != "gen"]
        t = [c for c in t if c != "gen"] + [c for c in ("к+dat", "dat", "granter") if c not in t]
    o = [c for c in undergo(others) if c not in a + t]
    # the place a verb takes as its object is the noun's genitive (`посетил завод` →
    # `посещение завода`)
    p = [("gen" if c == "obj" else c) for c in place if c == "obj" or c not in _VERB_ONLY]
    detail = [c for c in _cells(row[9]) if c not in _VERB_ONLY]
    return (row[1], row[2], _join(a), _join(t), _join(o), _join(p), row[7], row[8], _join(detail))


def to_verb(row: tuple[str, ...], reflexive: bool) -> tuple[str, ...]:
    """A noun line's roles as the verb's: `host`, and the genitive of an agent, → the subject;
    the genitive of a target → the object or passive subject (with an instrumental agent beside
    it), or the subject of a reflexive verb (`лишение прав` → `лишился прав`)."""
    agent, target, others, place = (_cells(c) for c in row[3:7])
    a: list[str] = []
    for c in agent:
        if c in ("host", "gen"):
            a.append("nsubj")
        elif c not in _NOUN_ONLY:
            a.append(c)
    t: list[str] = []
    for c in target:
        if c == "gen":
            t += ["nsubj"] if reflexive else ["obj", "pass"]
        elif c == "host":
            t.append("nsubj")
        elif c not in _NOUN_ONLY:
            t.append(c)
    if "pass" in t and "nsubj" in a:
        a.append("ins")
    if "nsubj" in t:
        a = [c for c in a if c != "nsubj"]
    o = [c for c in others if c not in _NOUN_ONLY and c not in a + t]
    p = [c for c in place if c not in _NOUN_ONLY]
    detail = [c for c in _cells(row[9]) if c not in _NOUN_ONLY]
    return (row[1], row[2], _join(a), _join(t), _join(o), _join(p), row[7], row[8], _join(detail))


def copyable(row: tuple[str, ...]) -> bool:
    """A line whose context words are plain lemmas (or none), and not a refusal line."""
    words = _cells(row[1])
    return not any(w[:1] in _SYNTAX_MARKS or "+" in w or w == "не" for w in words)


def derive(rows, learned: set[str], morph, emb, stop: set[tuple[str, str]], a,
           keep: set[tuple[str, str]] | frozenset = frozenset()):
    """(kept rows, every candidate's verdict as (source, candidate, pattern, cosine, verdict)).
    `keep`: pairs a reviewer accepted by eye that the vectors miss (`помолвиться помолвка`: no
    vector; `захватить захват` 0.26)."""
    known = {r[0].replace("ё", "е") for r in rows} | learned
    verdicts: list[tuple[str, str, str, str, str]] = []
    pairs: dict[str, list[tuple[float, str, str, str]]] = {}  # cand → (cos, source, pattern, dir)
    for source in sorted({r[0].replace("ё", "е") for r in rows if " " not in r[0]}):
        verb = bool(infinitive_aspects(source, morph))
        if verb:
            stem, _ = _stems(source)
            cands, direction = verb_to_nouns(stem), "noun"
        elif is_noun(source, morph):
            cands, direction = noun_to_verbs(source), "verb"
        else:
            continue
        for cand, pattern in sorted(cands.items()):
            if cand == source:
                continue
            if direction == "noun":
                if not is_noun(cand, morph):
                    continue
            else:
                aspects = infinitive_aspects(cand, morph)
                if not aspects:
                    continue
                if aspects != {"perf"}:
                    verdicts.append((source, cand, pattern, "-", "imperfective"))
                    continue
            sim = cosine(emb, source, cand)
            shown = "-" if sim is None else f"{sim:.3f}"
            if cand in known:
                verdict = "has a line"
            elif (source, cand) in keep:
                verdict = "kept (keep list)"
                pairs.setdefault(cand, []).append((-1.0 if sim is None else sim, source, pattern,
                                                   direction))
            elif sim is None:
                verdict = "no vector"
            elif sim < a.min_sim:
                verdict = "far"
            elif (source, cand) in stop:
                verdict = "stop list"
            else:
                verdict = "kept"
                pairs.setdefault(cand, []).append((sim, source, pattern, direction))
            verdicts.append((source, cand, pattern, shown, verdict))
    out: list[tuple[str, ...]] = []
    for cand in sorted(pairs):
        sim, source, pattern, direction = max(pairs[cand], key=lambda x: (x[0], x[1]))
        reflexive = cand.endswith(("ся", "сь"))
        lines = [to_noun(r) if direction == "noun" else to_verb(r, reflexive)
                 for r in rows if r[0].replace("ё", "е") == source and copyable(r)]
        for line in lines:
            out.append((cand,) + line + (source, pattern, "-" if sim < 0 else f"{sim:.3f}"))
    return out, verdicts


def write(rows, out: Path, a: argparse.Namespace) -> None:
    head = [
        "# The nouns of the trigger verbs of triggers.tsv and the verbs of its trigger nouns, written",
        "# by scripts/learn_derived_triggers.py (do not edit by hand: rerun it; add a rejected pair",
        "# to triggers_derived_stop.txt). A candidate made by a derivation pattern counts when",
        "# pymorphy2's dictionary knows it as a noun (or a perfective infinitive) and its navec",
        f"# vector is at cosine >= {a.min_sim:.2f} of its source's. Each line copies a line of its",
        "# source, the roles moved between the verb's clause and the noun's phrase. Read below the",
        "# hand lines and the learned ones (kg/nlp/ru/events.py; KG_DERIVED_TRIGGERS): a lemma with",
        "# a line there never reads this file. Evidence: source lemma, pattern, cosine.",
        "\t".join(COLUMNS + EVIDENCE),
    ]
    out.write_text("\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lexicon", default=str(ROOT / "kg" / "data" / "ru" / "triggers.tsv"))
    ap.add_argument("--learned", default=str(ROOT / "kg" / "data" / "ru" / "triggers_learned.tsv"))
    ap.add_argument("--stop", default=str(ROOT / "kg" / "data" / "ru" / "triggers_derived_stop.txt"))
    ap.add_argument("--keep", default=str(ROOT / "kg" / "data" / "ru" / "triggers_derived_keep.txt"))
    ap.add_argument("--out", default=str(ROOT / "kg" / "data" / "ru" / "triggers_derived.tsv"))
    ap.add_argument("--min-sim", type=float, default=0.27)
    ap.add_argument("--all", help="write every candidate with its verdict here")
    a = ap.parse_args(argv)
    from kg.nlp.ru.models import load_embedding, load_models

    rows = hand_lines(Path(a.lexicon))
    learned = {r[0].replace("ё", "е") for r in hand_lines(Path(a.learned))} \
        if Path(a.learned).exists() else set()
    kept, verdicts = derive(rows, learned, load_models().morph_vocab, load_embedding(),
                            stop_pairs(Path(a.stop)), a, stop_pairs(Path(a.keep)))
    write(kept, Path(a.out), a)
    report(kept, verdicts, a, "derivatives")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
