"""scripts/gold_agreement.py: one gold folder scored against another with kg eval's matching, on
small hand-made pairs of annotations of one short article (no pipeline is run)."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from script_loader import load_script

from kg.eval import span_hash

ga = load_script("gold_agreement")

TEXT = ("Иван Петров арестован 5 мая. Суд приговорил Петрова к году. "
        "«Я невиновен», — сказал Петров. Анна Смирнова родилась в Москве.")


def at(word: str, n: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(n):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def span(word: str, n: int = 1) -> list:
    s, e = at(word, n)
    return [s, e, span_hash(TEXT[s:e])]


def mention(word: str, n: int = 1) -> list:
    s, e = at(word, n)
    return [s, e, word]


def event(cls: str, trigger: str, targets: list, time=None, factuality="Actual") -> dict:
    return {"class": cls, "trigger": span(trigger), "agents": [], "targets": targets,
            "others": [], "place": None, "time": time, "factuality": factuality}


def annotation() -> dict:
    return {
        "article": "a.txt", "chars": len(TEXT),
        "sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(), "published": None,
        "entities": [
            {"id": "petrov", "type": "person", "name": "Иван Петров",
             "mentions": [mention("Иван Петров"), mention("Петрова"), mention("Петров", 3)]},
            {"id": "smirnova", "type": "person", "name": "Анна Смирнова",
             "mentions": [mention("Анна Смирнова")]},
            {"id": "moscow", "type": "place", "name": "Москва", "mentions": [mention("Москве")]},
        ],
        "times": [{"id": "t1", "span": span("5 мая"), "value": {"month": 5, "day": 5}}],
        "events": [event("Arrest", "арестован", ["petrov"], time="t1"),
                   event("Sentence", "приговорил", ["petrov"]),
                   event("Birth", "родилась", ["smirnova"])],
        "statements": [{"trigger": span("сказал"), "speakers": ["petrov"],
                        "quotes": [span("Я невиновен")], "content": None, "source": None,
                        "anonymous": False, "addressee": None}],
    }


def folders(tmp_path: Path, a: dict, b: dict) -> tuple[Path, Path, Path]:
    texts, fa, fb = tmp_path / "texts", tmp_path / "a", tmp_path / "b"
    for d in (texts, fa, fb):
        d.mkdir()
    (texts / "a.txt").write_text(TEXT, encoding="utf-8")
    (fa / "a.json").write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    (fb / "a.json").write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
    return fa, fb, texts


def scores(tmp_path: Path, a: dict, b: dict, **kw):
    fa, fb, texts = folders(tmp_path, a, b)
    return ga.agreement(fa, fb, texts, **kw)


def test_the_hand_made_annotation_is_a_valid_gold_file(tmp_path):
    from check_gold import problems

    fa, _, texts = folders(tmp_path, annotation(), annotation())
    assert problems(fa / "a.json", texts) == []


def test_identical_annotations_give_one_everywhere(tmp_path):
    r = scores(tmp_path, annotation(), annotation())
    for name in ga.HEADLINE:
        s = r.total(name)
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), name
    for name in ("speaker accuracy", "factuality accuracy"):
        assert r.ratio(name).value == 1.0
    assert r.total("events").tp == 3 and r.total("statements").tp == 1
    assert ga.disagreements(*_docs(tmp_path), TEXT) == []


def _docs(tmp_path: Path):
    from kg.eval import load_gold

    return load_gold(tmp_path / "a" / "a.json"), load_gold(tmp_path / "b" / "a.json")


def test_an_event_the_second_annotation_lacks_lowers_recall_only(tmp_path):
    b = annotation()
    del b["events"][2]  # no Birth
    r = scores(tmp_path, annotation(), b)
    s = r.total("events (class + actors)")
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    assert s.precision == 1.0 and s.recall < 1.0
    assert r.per_class()["Birth"].fn == 1
    rows = ga.disagreements(*_docs(tmp_path), TEXT)
    assert [x["kind"] for x in rows] == ["event in A only"]


def test_f1_is_the_same_both_ways(tmp_path):
    b = annotation()
    del b["events"][2]
    ab = scores(tmp_path, annotation(), b).total("events (class + actors)")
    ba = ga.agreement(tmp_path / "b", tmp_path / "a", tmp_path / "texts").total(
        "events (class + actors)")
    assert (ab.precision, ab.recall) == (ba.recall, ba.precision)
    assert ab.f1 == ba.f1


def test_a_different_actor_is_a_miss_and_a_false_event(tmp_path):
    b = annotation()
    b["events"][1]["targets"] = ["smirnova"]  # the sentence given to someone else
    r = scores(tmp_path, annotation(), b)
    s = r.total("events (class + actors)")
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    rows = ga.disagreements(*_docs(tmp_path), TEXT)
    assert [x["kind"] for x in rows] == ["actors differ"]
    assert rows[0]["A"]["actors"] == ["petrov"] and rows[0]["B"]["actors"] == ["smirnova"]


def test_an_actor_left_unresolved_is_a_miss_too(tmp_path):
    b = annotation()
    b["events"][1]["targets"] = []  # a description not resolved to the entity
    s = scores(tmp_path, annotation(), b).total("events (class + actors)")
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_entities_are_aligned_by_their_mentions_not_their_ids_or_names(tmp_path):
    b = annotation()
    b["entities"][0]["id"] = "p"
    b["entities"][0]["name"] = "Петров"  # another canonical name, the same mentions
    for ev in b["events"]:
        ev["targets"] = ["p" if t == "petrov" else t for t in ev["targets"]]
    b["statements"][0]["speakers"] = ["p"]
    r = scores(tmp_path, annotation(), b)
    assert r.total("events").f1 == 1.0 and r.total("statements").f1 == 1.0


def test_a_different_time_counts_against_events_with_time_only(tmp_path):
    b = annotation()
    b["times"][0]["value"] = {"month": 5}
    r = scores(tmp_path, annotation(), b)
    assert r.total("events (class + actors)").f1 == 1.0
    assert r.total("events").tp == 2
    assert r.per_class()["Arrest"].tp == 0  # kg eval's per-class figures hold the time
    loose = ga.agreement(tmp_path / "a", tmp_path / "b", tmp_path / "texts", with_time=False)
    assert loose.per_class()["Arrest"].tp == 1
    assert [x["kind"] for x in ga.disagreements(*_docs(tmp_path), TEXT)] == ["time differs"]


def test_factuality_and_class_and_speaker_differences(tmp_path):
    b = annotation()
    b["events"][0]["factuality"] = "Planned"
    b["events"][1]["class"] = "Trial"
    b["statements"][0]["speakers"] = ["smirnova"]
    r = scores(tmp_path, annotation(), b)
    assert r.ratio("factuality accuracy").right == 1 and r.ratio("factuality accuracy").total == 2
    assert r.total("statements").tp == 0 and r.total("statements (words only)").tp == 1
    kinds = sorted(x["kind"] for x in ga.disagreements(*_docs(tmp_path), TEXT))
    assert kinds == ["class differs", "factuality differs", "speaker differs"]


def test_a_statement_one_annotation_lacks(tmp_path):
    b = copy.deepcopy(annotation())
    b["statements"] = []
    r = scores(tmp_path, annotation(), b)
    assert (r.total("statements").tp, r.total("statements").fn) == (0, 1)
    assert [x["kind"] for x in ga.disagreements(*_docs(tmp_path), TEXT)] == ["statement in A only"]


def test_held_out_folders_are_refused(tmp_path):
    import pytest
    from held_out import held_out

    name = sorted(n for n in held_out() if not n.endswith(".txt"))[0]
    d = tmp_path / "f"
    d.mkdir()
    (d / "ARTICLES").write_text(name + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        ga._refuse_held_out(d)


def test_only_the_articles_both_annotate_are_scored(tmp_path):
    fa, fb, texts = folders(tmp_path, annotation(), annotation())
    other = annotation()
    other["article"] = "b.txt"
    (texts / "b.txt").write_text(TEXT, encoding="utf-8")
    (fa / "b.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    r = ga.agreement(fa, fb, texts)
    assert [d.article for d in r.documents] == ["a.txt"]
    assert r.total("events").f1 == 1.0
