"""scripts/event_miss_causes.py: held-out and judge folders give their counts only, never a list;
gold events are paired with predictions on their own trigger first."""

from __future__ import annotations

import sys
from pathlib import Path

from script_loader import load_script, refusal

from kg.records import Event, Span


def test_a_judge_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    judge = tmp_path / "dev17"
    judge.mkdir()
    assert "judge folder" in refusal(monkeypatch, "event_miss_causes", str(judge), "-v")


def test_a_frozen_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    frozen = tmp_path / "frozen3"
    frozen.mkdir()
    assert "held out" in refusal(monkeypatch, "event_miss_causes", str(frozen), "-v")


def _event(kind: str, start: int, end: int, *, mentions: tuple[Span, ...] = ()) -> Event:
    return Event(key=f"e{start}", kind=kind, trigger=Span(start, end, "x" * (end - start)),
                 mentions=mentions)


def _gold(kind: str, start: int, end: int, actors: list[str]) -> dict:
    return {"class": kind, "trigger": [start, end], "agents": actors, "targets": [], "others": []}


def _pair(golds: list[dict], preds: list[tuple[Event, frozenset[str]]]) -> dict[int, int]:
    keys = [(g["class"], frozenset(g["agents"])) for g in golds]
    return load_script("event_miss_causes").pair(golds, keys, [(e, e.kind, a) for e, a in preds])


def test_a_prediction_goes_to_the_gold_event_on_its_trigger_before_an_earlier_twin():
    # two meetings of the same people; only the second is found: the first is a miss, not a merge
    golds = [_gold("Meeting", 10, 18, ["a", "b"]), _gold("Meeting", 60, 68, ["a", "b"])]
    assert _pair(golds, [(_event("Meeting", 60, 68), frozenset({"a", "b"}))]) == {1: 0}


def test_a_prediction_goes_to_the_gold_event_on_a_later_mention_before_an_earlier_twin():
    golds = [_gold("Death", 10, 16, ["a"]), _gold("Death", 60, 66, ["a"])]
    death = _event("Death", 90, 95, mentions=(Span(60, 66, "смерть"),))
    assert _pair(golds, [(death, frozenset({"a"}))]) == {1: 0}


def test_a_prediction_on_no_gold_trigger_goes_to_the_first_gold_event_of_its_key():
    golds = [_gold("Meeting", 10, 18, ["a", "b"]), _gold("Meeting", 60, 68, ["a", "b"])]
    assert _pair(golds, [(_event("Meeting", 30, 38), frozenset({"a", "b"}))]) == {0: 0}


def test_a_prediction_on_a_gold_trigger_of_other_actors_pairs_by_its_own_key():
    golds = [_gold("Meeting", 10, 18, ["a", "b"]), _gold("Meeting", 60, 68, ["c", "d"])]
    assert _pair(golds, [(_event("Meeting", 60, 68), frozenset({"a", "b"}))]) == {0: 0}


def test_a_prediction_is_paired_with_one_gold_event_only():
    golds = [_gold("Meeting", 10, 18, ["a"]), _gold("Meeting", 12, 18, ["a"])]
    assert _pair(golds, [(_event("Meeting", 12, 18), frozenset({"a"}))]) == {0: 0}


def test_by_class_counts_each_cause_within_its_gold_class(monkeypatch, tmp_path, capsys):
    # totals only: the per-class counts add up to the per-cause counts, and no event is listed
    folder = tmp_path / "readable"
    folder.mkdir()
    gold = sorted((Path(__file__).parent / "gold-nerel" / "dev14").glob("*.json"))[0]
    (folder / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    script = load_script("event_miss_causes")
    monkeypatch.setattr(sys, "argv", ["event_miss_causes.py", str(folder), "--by-class"])
    assert script.main() == 0
    head, _, tail = capsys.readouterr().out.partition("\n## by gold class\n")
    causes = sum(int(line.split()[0]) for line in head.splitlines() if line.strip())
    classes = sum(int(line.split()[0]) for line in tail.splitlines() if line.strip())
    assert causes > 0 and causes == classes and "'" not in tail
