"""scripts/event_false_causes.py: held-out and judge folders are not listed sentence by sentence."""

from __future__ import annotations

from script_loader import refusal


def test_a_judge_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    judge = tmp_path / "dev12"
    judge.mkdir()
    assert "judge folder" in refusal(monkeypatch, "event_false_causes", str(judge), "-v")


def test_a_frozen_folder_is_refused(monkeypatch, tmp_path):
    frozen = tmp_path / "frozen3"
    frozen.mkdir()
    assert "held out" in refusal(monkeypatch, "event_false_causes", str(frozen))
