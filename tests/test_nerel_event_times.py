"""scripts/nerel_event_times.py: an event's time is judged against the time arguments of the NEREL
event its trigger overlaps. Text and annotation invented for the tests."""

from __future__ import annotations

from pathlib import Path

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
times = load_script("nerel_event_times")

TEXT = ("В 2015 году министр Пётр Белов ушёл в отставку. "
        "Олег Зимин переехал в Москву.")


def _event(word: str, time: str | None) -> dict:
    b = TEXT.index(word)
    args = []
    if time is not None:
        tb = TEXT.index(time)
        args.append({"role": "POINT_IN_TIME", "begin": tb, "end": tb + len(time), "text": time})
    return {"trigger": {"begin": b, "end": b + len(word), "text": word}, "arguments": args}


def test_a_time_over_nerels_argument_agrees_and_one_without_its_own_is_missed():
    gold = {"events": [_event("ушёл", "2015 году"), _event("переехал", "2015 году")]}
    c = times.score_article(TEXT, gold, "t")
    assert (c["agree"], c["missed"], c["disagree"]) == (1, 1, 0)


def test_a_time_nerel_does_not_give_is_extra_not_wrong():
    gold = {"events": [_event("ушёл", None)]}
    c = times.score_article(TEXT, gold, "t")
    assert (c["extra"], c["agree"], c["disagree"]) == (1, 0, 0)


def test_an_event_on_no_nerel_event_is_not_judged():
    assert sum(times.score_article(TEXT, {"events": []}, "t").values()) == 0


def test_a_listing_row_names_the_case_the_trigger_and_both_times():
    rows: list[dict] = []
    gold = {"events": [_event("ушёл", "2015 году")]}
    times.score_article(TEXT, gold, "t", rows)
    assert [(r["case"], r["trigger"], r["ours"], r["nerel"]) for r in rows] == [
        ("agree", "ушёл", "2015 году", ["2015 году"])]
