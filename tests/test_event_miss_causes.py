"""scripts/event_miss_causes.py: held-out and judge folders give their counts only, never a list."""

from __future__ import annotations

import sys

import pytest
from script_loader import load_script


def _refusal(monkeypatch, *args: str) -> str:
    script = load_script("event_miss_causes")
    monkeypatch.setattr(sys, "argv", ["event_miss_causes.py", *args])
    with pytest.raises(SystemExit) as stop:
        script.main()
    return str(stop.value.code)


def test_a_judge_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    judge = tmp_path / "dev17"
    judge.mkdir()
    assert "judge folder" in _refusal(monkeypatch, str(judge), "-v")


def test_a_frozen_folder_is_refused_with_the_list(monkeypatch, tmp_path):
    frozen = tmp_path / "frozen3"
    frozen.mkdir()
    assert "held out" in _refusal(monkeypatch, str(frozen), "-v")
