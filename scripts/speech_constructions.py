"""Runs the speech stage on short news-style sentences written for the nineteenth round (none from
an article; tests/data/speech/constructions_nineteenth.json) and counts those whose statements come
out as expected: for each expected statement, one whose quoted or reported words hold `words`,
with that speaker, cited source and (un)named source, and no statement beyond those expected
(none at all where none is expected).

    python scripts/speech_constructions.py [--failed] [--twentieth | --twentyfirst | --twentythird
                                                       | --twentyfourth | --twentyfifth]

`set` 1 is the sentences written before any rule was changed for them, 2 those written after the
first changes to check that they carry over, 3 those written after the changes to look for readings
they overreach into (`следовать` of motion, `пригрозил` with no clause, `МИД` as a building, a
title in quotes before `Так`, a relative `что`; docs/quality.md, nineteenth round).

`--twentieth` runs the twentieth round's sentences instead (tests/data/speech/
constructions_twentieth.json: `set` 1 written before any rule was changed for them, `set` 2
after the changes, varying their words to check that they carry over), on
constructions the first file does not hold: cue verbs and nouns outside it (`спрогнозировал`,
`со слов`, `согласно прогнозу`), quotes split or closed by `Такое заявление сделал X`, `будто`
and wh-clauses, speakers named by a title or pronoun in the sentence before, and negated,
planned, asked or other-sense uses of speech verbs where no statement is expected.

`--twentyfirst` runs the twenty-first round's sentences (tests/data/speech/
constructions_twentyfirst.json, `set` 1 written before any rule was changed for them): speakers
named by a title or pronoun in a later sentence, `по словам` before, inside and after the clause,
`как сообщает` / `передаёт` / `со ссылкой на`, quotes split over sentences, dialogue lines opened
by a dash (`— Нет, — ответил X`), headlines and photo captions, indirect questions, bodies and
ministries, `заявил журналистам`, speech brought in by a noun (`заявление`, `комментарий`,
`признание`), several speakers (`Аналогичное заявление сделал и X`, `Такое заявление сделал не
X, а Y`), and negated, planned or other-sense uses. Two expected statements there may hold the
same words (`Аналогичное заявление сделал и X` repeats the words before), so an expectation is
met by any statement holding its words with its speaker and sources.

`--twentythird` runs the twenty-third round's sentences (tests/data/speech/
constructions_twentythird.json, `set` 1 written before any rule was changed for them): speakers
given only by a description or title (`Руководитель компании`, `Президент` meaning the one
president named, `Эксперт`, `Сербский лидер`, `В ведомстве`), by a pronoun sentences later, by a
body with a country adjective (`Японские власти`; `Японские СМИ`, `Китайские эксперты` are no
body of the country), by the owner of a document named before (`В нём говорится`), outlets
cited (`По данным японской газеты X`, `По информации издания`), chains of quotes, and where two
candidates fit or the one described is not named, no speaker. Matching as for `--twentyfirst`.

`--twentyfourth` runs the twenty-fourth round's sentences (tests/data/speech/
constructions_twentyfourth.json, `set` 1 written before any rule was changed for them): speech
verbs outside the lexicon (`сравнил`, `крикнул`, `связывает`, `привёл цифры:`, `оценил … в`), speech
after a colon or a dash with no quotation marks, `о` phrases and wh-clauses, source phrases (`Как
сообщили в пресс-службе X`, `сообщает газета X`), speakers given by a body's people (`Врачи X`), a
place's office (`Мэрия Твери`, `В мэрии Казани`), `Как сообщили в суде` after the court was named, a
title only (`Генсек`, `Премьер`), pronouns, quotes split over sentences or interrupted by the
attribution; and where nothing may come out: the verbs in another sense (`сравнил подписи`,
`привёл в порядок`, `связывает клиентов`), a title that is no speaker, an outlet or a company that
only acts, negated and planned speech; `set` 2 was written after the changes, with other words,
to see that they carry over. Matching as for `--twentyfirst`.

`--twentyfifth` runs the twenty-fifth round's sentences (tests/data/speech/
constructions_twentyfifth.json, `set` 1 written before any rule was changed for them): a
parenthetical word inside the reported clause (`что X, возможно, …`, which the parser may cut off
as a sentence of its own), a cue with `со ссылкой на` (`По данным газеты X со ссылкой на Y`), an
unnamed person (`Его сын`, `Её подруга`) who spoke to a named outlet, quoting verbs with a
possessive owner (`приводит его слова`) or a story (`приводит рассказ X`); and where nothing may
come out: the same unnamed people with no outlet, the outlet only as the topic, a story brought
as an example, conditional speech; `set` 2 was written after the changes, with other words, to
see that they carry over. Matching as for `--twentyfirst`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from speech_helpers import statements  # noqa: E402

DATA = ROOT / "tests" / "data" / "speech" / "constructions_nineteenth.json"
DATA_TWENTIETH = ROOT / "tests" / "data" / "speech" / "constructions_twentieth.json"
DATA_TWENTYFIRST = ROOT / "tests" / "data" / "speech" / "constructions_twentyfirst.json"
DATA_TWENTYTHIRD = ROOT / "tests" / "data" / "speech" / "constructions_twentythird.json"
DATA_TWENTYFOURTH = ROOT / "tests" / "data" / "speech" / "constructions_twentyfourth.json"
DATA_TWENTYFIFTH = ROOT / "tests" / "data" / "speech" / "constructions_twentyfifth.json"


def check(item: dict, any_match: bool = False) -> tuple[bool, list[str]]:
    """Whether the sentence comes out as expected, and what differs; with `any_match` an
    expectation is met by any statement holding its words (not only the first)."""
    sts, names = statements(item["text"])
    notes = []
    if not item["expect"] and sts:
        notes.append(f"{len(sts)} statement(s) where none is expected")
    for e in item["expect"]:
        found = [s for s in sts if any(p is not None and e["words"] in p.text
                                       for p in (s.quote, s.content, *s.more_quotes))]
        if not found:
            notes.append(f"missing {e['words']!r}")
            continue
        gots = [(names.get(s.speaker) if s.speaker else None,
                 names.get(s.source) if s.source else None, bool(s.anonymous_source))
                for s in (found if any_match else found[:1])]
        want = (e["speaker"], e["source"], e["anonymous"])
        if want not in gots:
            notes.append(f"{e['words']!r}: {gots[0]} for {want}")
    if item["expect"]:
        # a statement that holds none of the expected words is one too many (a false reading
        # beside the right one)
        extra = [s for s in sts if not any(p is not None and e["words"] in p.text
                                          for e in item["expect"]
                                          for p in (s.quote, s.content, *s.more_quotes))]
        if extra:
            notes.append(f"{len(extra)} statement(s) beyond those expected")
    return not notes, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failed", action="store_true", help="print the sentences that fail")
    ap.add_argument("--twentieth", action="store_true",
                    help="run the twentieth round's sentences instead of the nineteenth's")
    ap.add_argument("--twentyfirst", action="store_true",
                    help="run the twenty-first round's sentences instead")
    ap.add_argument("--twentythird", action="store_true",
                    help="run the twenty-third round's sentences instead")
    ap.add_argument("--twentyfourth", action="store_true",
                    help="run the twenty-fourth round's sentences instead")
    ap.add_argument("--twentyfifth", action="store_true",
                    help="run the twenty-fifth round's sentences instead")
    args = ap.parse_args(argv)
    data = (DATA_TWENTYFIFTH if args.twentyfifth
            else DATA_TWENTYFOURTH if args.twentyfourth else DATA_TWENTYTHIRD if args.twentythird
            else DATA_TWENTYFIRST if args.twentyfirst else DATA_TWENTIETH if args.twentieth
            else DATA)
    items = json.loads(data.read_text(encoding="utf-8"))
    passed: dict[int, int] = {}
    total: dict[int, int] = {}
    for item in items:
        ok, notes = check(item, any_match=args.twentyfirst or args.twentythird
                          or args.twentyfourth or args.twentyfifth)
        total[item["set"]] = total.get(item["set"], 0) + 1
        passed[item["set"]] = passed.get(item["set"], 0) + ok
        if not ok and args.failed:
            print(f"- {item['text']}\n    " + "; ".join(notes))
    for k in sorted(total):
        print(f"set {k}: {passed[k]}/{total[k]}")
    print(f"all: {sum(passed.values())}/{sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
