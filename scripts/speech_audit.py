"""Finds sentences of unlabeled articles that very likely report speech and that the extraction
gives no statement (or none with a speaker), and sorts them into failure classes.

A sentence is a candidate when it has quote marks with a dash or a colon beside them, a verb of
saying, thinking or reporting from a broad list (wider than kg/data/ru/speech_verbs.tsv, on
purpose: the words it lacks are what is looked for), or a cue (`по словам`, `по данным`, `как
передаёт`, `со ссылкой на`). The class of a miss is read from the parse: the verb is not in the
lexicon, its subject is a pronoun or a common noun nobody named, it has no subject, the speech is
negated or future, the content was not found, and so on. The counts are a recall proxy; the
sample printed is for reading.

    python scripts/speech_audit.py cache --texts ../shared/data/nerel-dev --out /tmp/audit
    python scripts/speech_audit.py audit --cache /tmp/audit [--sample N] [--seed S] [--json F]

`cache` analyses every article once (the slow part: parser, NER, times) and pickles it, leaving
out the articles of tests/gold-nerel/frozen*/ARTICLES and of the judge folders (scripts/held_out.py
`unstudied`); `audit` runs the speech rules of the
working tree on the pickles (seconds), so a rule change is measured without re-parsing.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pickle
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied  # noqa: E402


# Lemmas of saying, thinking and reporting, broader than the speech lexicon on purpose.
BROAD = """заявить заявлять сообщить сообщать отметить отмечать подчеркнуть подчеркивать добавить
добавлять пояснить пояснять рассказать рассказывать считать полагать признать признавать уточнить
уточнять написать писать объявить объявлять ответить отвечать предупредить предупреждать указать
указывать напомнить напоминать назвать называть выразить выражать опровергнуть опровергать
утверждать говориться сказать говорить заметить замечать объяснить объяснять подтвердить
подтверждать заверить заверять обещать пообещать настаивать констатировать предположить
предполагать сообщаться отмечаться цитировать процитировать отрицать признаться признаваться
обвинить обвинять высказаться высказываться прокомментировать комментировать поделиться
пожаловаться жаловаться возразить возражать передать передавать заключить резюмировать
вспомнить вспоминать допустить допускать исключить исключать упомянуть упоминать думать
уверять убеждать убедить рассуждать поблагодарить поздравить призвать призывать пригрозить
угрожать потребовать требовать предложить предлагать попросить просить выступить заверить
оценить оценивать прогнозировать спрогнозировать опасаться сожалеть извиниться раскритиковать
критиковать осудить осуждать похвалить одобрить сообщиться указываться говорится сказано
известить информировать проинформировать уведомить анонсировать огласить озвучить сформулировать
процитировать пересказать рассказываться писаться охарактеризовать квалифицировать
объясниться уточниться подытожить сетовать посетовать возмущаться возмутиться удивиться
признать заподозрить подозревать продиктовать продекларировать декларировать провозгласить
заметиться опасаться надеяться описать описывать отозваться выразиться""".split()
CUES = ("по словам", "по данным", "по мнению", "как передает", "как передаёт", "со ссылкой на",
        "по сообщению", "по информации", "по сведениям", "по оценке", "по версии",
        "по утверждению", "согласно")
QUOTE = re.compile(r"[«„“\"][^«»„“”\"\n]{3,}[»“”\"]")
QUOTE_FRAME = re.compile(r"[»“”\"]\s*,?\s*[—–-]|:\s*[«„“\"]|^\s*[—–-]\s")


def readable(texts: Path) -> list[Path]:
    frozen = unstudied()
    return [p for p in sorted(texts.glob("*.txt")) if p.name not in frozen and p.stem not in frozen]


def cache(texts: Path, out: Path) -> None:
    from kg import pipeline
    from kg.nlp.markup import clean
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.dates import find_times
    from kg.nlp.ru.entities import find_entities
    from kg.nlp.ru.lexicon import word_list

    out.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(readable(texts)):
        target = out / (path.stem + ".pkl")
        if target.exists():
            continue
        document = pipeline.make_document(path.read_text(encoding="utf-8"), id=path.stem)
        document = replace(document, text=clean(document.text, word_list("wiki_image_options")).text)
        a = analyse(document.text)
        entities = find_entities(a)
        times = find_times(document.text, document.published, a)
        target.write_bytes(pickle.dumps((document, a, entities, times)))
        if i % 50 == 0:
            print(i, path.name, file=sys.stderr)


def _subject(a, verb):
    for c in a.children(verb.index):
        if c.rel.split(":")[0] in ("nsubj",):
            return c
    return None


def classify(f, a, sent, statements, entity_tokens) -> tuple[str, str] | None:
    """The failure class of a candidate sentence with no statement with a speaker, and the word it
    turned on; None when the sentence is not a candidate."""
    toks = a.sentence_tokens(sent.index)
    text = a.text[sent.start:sent.end]
    low = text.lower()
    lex = [t for t in toks if f.verb(t) is not None]
    broad = [t for t in toks if t.pos in ("VERB", "ADJ", "AUX") and t.lemma.replace("ё", "е") in BROAD]
    cue = next((c for c in CUES if re.search(r"(?<!\w)" + c + r"(?!\w)", low)), None)
    framed = bool(QUOTE.search(text)) and bool(QUOTE_FRAME.search(text))
    if not (lex or broad or cue or framed):
        return None
    for v in lex:
        e = f.verb(v)
        if f.hypothetical(v):
            continue
        negated = any(c.text.lower() == "не" for c in a.children(v.index))
        subj = _subject(a, v)
        if e.voice == "impersonal":
            return "impersonal verb, no document owner", v.lemma
        if negated:
            return "negated verb", v.lemma
        if subj is None and v.rel.split(":")[0] == "conj" and v.head is not None \
                and _subject(a, a.tokens[v.head]) is not None:
            return "coordinated verb, subject on the first verb", v.lemma
        if subj is None:
            if v.feats.get("Number") == "Plur":
                return "plural verb, no subject (`сообщили в …`)", v.lemma
            if v.feats.get("VerbForm") in ("Conv", "Part"):
                return "converb or participle", v.lemma
            return "no subject", v.lemma
        if subj.pos == "PRON":
            return "pronoun speaker unresolved", subj.text.lower()
        if subj.index not in entity_tokens and any(
                t.index in entity_tokens for t in f.subtree(subj.index)
                if t.rel.split(":")[0] in ("appos", "flat", "nmod", "nsubj")):
            return "named speaker in a title phrase, not taken", v.lemma
        if subj.index not in entity_tokens:
            if subj.feats.get("Number") == "Plur":
                return "common noun speaker, plural (group)", subj.lemma
            if subj.feats.get("Animacy") == "Anim":
                return "common noun speaker, a person described", subj.lemma
            return "common noun speaker, a body or thing", subj.lemma
        return "named speaker, content or frame not read", v.lemma
    if any(f.hypothetical(v) for v in lex):
        return "future, condition or refused", lex[0].lemma
    if broad:
        return "verb not in the lexicon", broad[0].lemma.replace("ё", "е")
    if cue:
        return "cue without statement", cue
    return "quote frame without a speech verb", ""


def audit(cache_dir: Path, sample: int, seed: str, json_out: Path | None, show: str | None) -> None:
    from kg.nlp.ru.speech import find_statements
    from kg.nlp.ru.speech_clauses import Finder

    classes: collections.Counter = collections.Counter()
    words: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses: list[dict] = []
    n_cand = n_stmt = n_speaker = n_source = n_statements = 0
    for p in sorted(cache_dir.glob("*.pkl")):
        document, a, entities, times = pickle.loads(p.read_bytes())
        statements = find_statements(a, entities, document, times)
        n_statements += len(statements)
        f = Finder(a, entities)
        entity_tokens = {t.index for e in entities for m in e.mentions
                         for t in a.tokens_in(m.start, m.end)}
        for sent in a.sentences:
            mine = [s for s in statements
                    if sent.start <= s.trigger.start < sent.end
                    or any(x is not None and x.start < sent.end and sent.start < x.end
                           for x in (s.quote, s.content))]
            got = classify(f, a, sent, mine, entity_tokens)
            if got is None:
                continue
            n_cand += 1
            if mine:
                n_stmt += 1
            if any(s.speaker for s in mine):
                n_speaker += 1
                continue
            if any(s.source or s.anonymous_source for s in mine):
                n_source += 1  # attributed to a cited or an unnamed source: not a miss
                continue
            cls, word = got
            if mine:
                cls = "statement without a speaker: " + cls
            classes[cls] += 1
            words[cls][word] += 1
            misses.append(dict(article=p.stem, cls=cls, word=word,
                               text=a.text[sent.start:sent.end].replace("\n", " ")))
    print(f"statements {n_statements}; candidate sentences {n_cand}; with a statement {n_stmt}; "
          f"with a speaker {n_speaker}; with a source only {n_source}; "
          f"missed (no statement, or one with no attribution) {n_cand - n_speaker - n_source}")
    for cls, n in classes.most_common():
        top = ", ".join(f"{w} {k}" for w, k in words[cls].most_common(12))
        print(f"{n:5d}  {cls}   [{top}]")
    if sample:
        key = lambda m: hashlib.sha256((seed + m["article"] + m["text"]).encode()).hexdigest()
        chosen = sorted((m for m in misses if show is None or m["cls"].startswith(show)), key=key)
        for m in chosen[:sample]:
            print(f"\n[{m['cls']} | {m['word']}] {m['article']}\n  {m['text'][:400]}")
    if json_out:
        json_out.write_text(json.dumps(dict(classes=classes, misses=misses), ensure_ascii=False,
                                       indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("--texts", type=Path, required=True)
    c.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("audit")
    r.add_argument("--cache", type=Path, required=True)
    r.add_argument("--sample", type=int, default=0)
    r.add_argument("--seed", default="speech8")
    r.add_argument("--show", default=None, help="sample only the classes that start with this")
    r.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if args.cmd == "cache":
        cache(args.texts, args.out)
    else:
        audit(args.cache, args.sample, args.seed, args.json, args.show)


if __name__ == "__main__":
    main()
