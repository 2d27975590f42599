"""scripts/event_false_causes.py: held-out and judge folders are not listed sentence by sentence."""

from __future__ import annotations

from script_loader import load_script, refusal


def test_a_judge_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    judge = tmp_path / "dev12"
    judge.mkdir()
    assert "judge folder" in refusal(monkeypatch, "event_false_causes", str(judge), "-v")


def test_a_frozen_folder_is_refused(monkeypatch, tmp_path):
    frozen = tmp_path / "frozen3"
    frozen.mkdir()
    assert "held out" in refusal(monkeypatch, "event_false_causes", str(frozen))


def _gold(*actors: str) -> dict:
    return {"agents": list(actors[:1]), "targets": list(actors[1:]), "others": []}


def test_actors_a_subset_of_the_gold_events_are_one_missing():
    script = load_script("event_false_causes")
    assert script.actor_difference(frozenset({"a"}), _gold("a", "b")) == "one missing or more"


def test_actors_beyond_the_gold_events_are_one_extra():
    script = load_script("event_false_causes")
    got = script.actor_difference(frozenset({"a", "b", "place"}), _gold("a", "b"))
    assert got == "one extra or more"


def test_actors_that_share_some_with_the_gold_event_are_missing_and_extra():
    script = load_script("event_false_causes")
    assert script.actor_difference(frozenset({"a", "c"}), _gold("a", "b")) == "missing and extra"


def test_an_event_with_no_actor_names_none():
    script = load_script("event_false_causes")
    assert script.actor_difference(frozenset(), _gold("a")) == "none named"


def test_by_class_prints_counts_and_no_sentence():
    script = load_script("event_false_causes")
    rows = [{"kind": "Meeting", "cause": "actors", "how": "none named", "aligned": [],
             "factuality": "Actual", "sentence": "Секретная фраза."},
            {"kind": "Meeting", "cause": "no gold event", "how": "", "aligned": ["x"],
             "factuality": "Planned", "sentence": "Другая фраза."}]
    text = "\n".join(script.by_class(rows))
    assert "2  Meeting: actors (none named) 1, no gold event 1" in text
    assert "no gold event: no actor 0, not Actual 1" in text
    assert "фраза" not in text
