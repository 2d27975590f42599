"""The scorer of `kg eval` (kg.eval) on small hand-made gold/prediction pairs, and the command."""

from __future__ import annotations

import json
from datetime import date

from kg.eval import GoldDoc, score_document
from kg.records import Document, Entity, Event, Extraction, Link, Span, Statement, TimeValue

TEXT = "Владимир Путин позвонил Джо Байдену 9 января. «Всё хорошо», — сказал Путин в Москве."



def sp(start: int, end: int) -> Span:
    return Span(start, end, TEXT[start:end])


def h(start: int, end: int) -> list:
    return [start, end, "x"]


PUTIN = {"id": "putin", "type": "person", "name": "Владимир Путин",
         "mentions": [[0, 14, "Владимир Путин"], [69, 74, "Путин"]],
         "wikidata": {"qid": "Q7747", "file": "people.tsv", "source": "s"}}
BIDEN = {"id": "biden", "type": "person", "name": "Джо Байден", "aliases": ["Джозеф Байден"],
         "mentions": [[24, 35, "Джо Байдену"]],
         "wikidata": {"qid": "Q6279", "file": "people.tsv", "source": "s"}}
MOSCOW = {"id": "moscow", "type": "place", "name": "Москва", "mentions": [[77, 83, "Москве"]]}


def gold(**over) -> GoldDoc:
    base = dict(article="t.txt", published=None, entities=(PUTIN, BIDEN, MOSCOW),
                times=({"id": "t1", "span": h(36, 44), "value": {"month": 1, "day": 9}},),
                events=({"class": "PhoneCall", "trigger": h(15, 23), "agents": ["putin"],
                         "targets": ["biden"],
                         "others": [], "place": None, "time": "t1"},),
                statements=({"trigger": h(62, 68), "speakers": ["putin"], "quotes": [h(47, 57)],
                             "content": None,
                             "source": None, "anonymous": False, "addressee": None},))
    base.update(over)
    return GoldDoc(**base)


def entities(putin_kind="person", biden_name="Джо Байден",
             putin_link="Q7747") -> tuple[Entity, ...]:
    return (Entity("e1", putin_kind, "Владимир Путин", (sp(0, 14), sp(69, 74)),
                   link=Link(putin_link, 0.9, "test") if putin_link else None),
            Entity("e2", "person", biden_name, (sp(24, 35),), link=Link("Q6279", 0.9, "test")),
            Entity("e3", "place", "Москва", (sp(77, 83),)))


TIME = TimeValue(sp(36, 44), month=1, day=9)


def extraction(ents=None, events=None, statements=None, times=None) -> Extraction:
    ents = entities() if ents is None else ents
    ev = (Event("v1", "PhoneCall", sp(15, 23), agents=("e1",), targets=("e2",), time=TIME),)
    st = (Statement("s1", sp(62, 68), speaker="e1", quote=sp(47, 57)),)
    return Extraction(Document("t", TEXT), entities=ents,
                      events=ev if events is None else events,
                      statements=st if statements is None else statements,
                      times=(TIME,) if times is None else times)


def test_a_perfect_extraction_scores_one_everywhere():
    r = score_document(gold(), TEXT, extraction())
    for name, s in r.scores.items():
        assert (s.precision, s.recall) == (1.0, 1.0), name
    assert r.ratios["speaker accuracy"].value == 1.0
    assert r.invented_years == [] and r.duplicates == 0


def test_an_entity_of_the_wrong_type_is_both_missed_and_spurious():
    r = score_document(gold(), TEXT, extraction(entities(putin_kind="organization")))
    s = r.scores["entities"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_a_gold_alias_is_an_acceptable_canonical_name_and_yo_is_ignored():
    r = score_document(gold(), TEXT, extraction(entities(biden_name="ДЖОЗЕФ БАЙДЕН")))
    assert r.scores["entities"].fn == 0
    r = score_document(gold(), TEXT, extraction(entities(biden_name="Джо Байдена")))
    assert r.scores["entities"].fn == 1


def test_a_wrong_link_lowers_precision_and_a_missing_one_recall():
    s = score_document(gold(), TEXT, extraction(entities(putin_link="Q1"))).scores["entity links"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    s = score_document(gold(), TEXT, extraction(entities(putin_link=None))).scores["entity links"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_a_link_on_an_entity_the_gold_leaves_unlinked_is_wrong():
    moscow = Entity("e3", "place", "Москва", (sp(77, 83),), link=Link("Q649", 1, "t"))
    ents = entities()[:2] + (moscow,)
    s = score_document(gold(), TEXT, extraction(ents)).scores["entity links"]
    assert s.fp == 1


def test_an_event_needs_its_class_actors_and_time_all_right():
    wrong_time = Event("v1", "PhoneCall", sp(15, 23), agents=("e1",), targets=("e2",),
                       time=TimeValue(sp(36, 44), begin=date(2022, 1, 9), end=date(2022, 1, 9)))
    no_target = Event("v1", "PhoneCall", sp(15, 23), agents=("e1",), time=TIME)
    for ev in (wrong_time, no_target):
        s = score_document(gold(), TEXT, extraction(events=(ev,))).scores["events"]
        assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_an_event_found_twice_is_a_duplicate_not_an_error():
    ev = Event("v1", "PhoneCall", sp(15, 23), agents=("e1",), targets=("e2",), time=TIME)
    r = score_document(gold(), TEXT, extraction(events=(ev, ev)))
    assert r.scores["events"].fp == 0 and r.duplicates == 1


def test_a_statement_with_the_wrong_speaker_counts_against_speaker_accuracy():
    st = Statement("s1", sp(62, 68), speaker="e2", quote=sp(47, 57))
    r = score_document(gold(), TEXT, extraction(statements=(st,)))
    assert r.ratios["speaker accuracy"].value == 0.0
    s = r.scores["statements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert r.scores["statements (words only)"].tp == 1


def test_a_statement_whose_words_overlap_no_gold_statement_is_spurious():
    st = Statement("s1", sp(15, 23), speaker="e1", content=sp(24, 44))
    s = score_document(gold(), TEXT, extraction(statements=(st,))).scores["statements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_a_time_value_with_an_added_year_does_not_match_a_yearless_gold():
    t = TimeValue(sp(36, 44), year=2022, month=1, day=9)
    s = score_document(gold(), TEXT, extraction(times=(t,))).scores["time values"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_a_year_neither_the_text_nor_the_publication_date_gives_is_invented():
    t = TimeValue(sp(36, 44), begin=date(2022, 1, 9), end=date(2022, 1, 9))
    r = score_document(gold(), TEXT, extraction(times=(t,)))
    assert r.invented_years == ["2022 in '9 января'"]
    r = score_document(gold(published=date(2021, 12, 31)), TEXT, extraction(times=(t,)))
    assert r.invented_years == []


def test_kg_eval_prints_the_figures_as_json(tmp_path, capsys):
    from kg.cli import main

    corpus, gold_dir = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold_dir.mkdir()
    (corpus / "t.txt").write_text(TEXT, encoding="utf-8")
    doc = {"article": "t.txt", "published": None, "entities": [PUTIN], "times": [], "events": [],
           "statements": []}
    (gold_dir / "t.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(gold_dir), "--corpus", str(corpus), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 1
    assert out["scores"]["entities"]["recall"] == 1.0
    assert out["invented years"] == []


def test_kg_eval_on_a_folder_without_gold_is_a_usage_error(tmp_path, capsys):
    from kg.cli import main

    assert main(["eval", str(tmp_path)]) == 2
    assert "no gold files" in capsys.readouterr().err


def test_the_hand_made_spans_point_at_their_words():
    for g in (PUTIN, BIDEN, MOSCOW):
        for s, e, surface in g["mentions"]:
            assert TEXT[s:e] == surface
    assert TEXT[62:68] == "сказал" and TEXT[47:57] == "Всё хорошо"


def _call(**kw) -> Event:
    return Event("v1", "PhoneCall", sp(15, 23), agents=("e1",), targets=("e2",), time=TIME, **kw)


def _gold_call(**kw) -> dict:
    return {"class": "PhoneCall", "trigger": h(15, 23), "agents": ["putin"], "targets": ["biden"],
            "others": [], "place": None, "time": "t1", **kw}


def test_factuality_is_scored_where_the_gold_gives_it():
    r = score_document(gold(events=(_gold_call(factuality="Planned"),)), TEXT,
                       extraction(events=(_call(factuality="Actual"),)))
    assert (r.ratios["factuality accuracy"].right, r.ratios["factuality accuracy"].total) == (0, 1)
    assert r.scores["events"].tp == 1  # the event itself still matches


def test_each_prediction_is_held_to_the_gold_event_of_its_own_factuality_among_equal_keys():
    golds = (_gold_call(factuality="Actual"), _gold_call(factuality="Possible"))
    preds = (_call(factuality="Possible"), Event("v2", "PhoneCall", sp(15, 23), agents=("e1",),
                                                 targets=("e2",), time=TIME, factuality="Actual"))
    r = score_document(gold(events=golds), TEXT, extraction(events=preds))
    assert (r.ratios["factuality accuracy"].right, r.ratios["factuality accuracy"].total) == (2, 2)
    assert r.scores["events (class + actors)"].tp == 2


def test_possible_event_is_left_out_against_a_gold_without_factuality():
    r = score_document(gold(), TEXT, extraction(events=(_call(), Event(
        "v2", "Meeting", sp(15, 23), agents=("e1",), targets=("e2",), factuality="Possible"))))
    assert (r.scores["events"].tp, r.scores["events"].fp) == (1, 0)


def test_classes_the_gold_was_not_annotated_with_are_left_out():
    death = Event("v2", "Death", sp(15, 23), targets=("e2",))
    scored = score_document(gold(), TEXT, extraction(events=(_call(), death)),
                            classes=frozenset({"PhoneCall"}))
    unrestricted = score_document(gold(), TEXT, extraction(events=(_call(), death)))
    assert scored.scores["events"].fp == 0 and unrestricted.scores["events"].fp == 1
    assert unrestricted.classes["Death"].fp == 1 and unrestricted.classes["PhoneCall"].tp == 1
