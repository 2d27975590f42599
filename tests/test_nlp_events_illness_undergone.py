"""A stroke or a heart attack undergone (`перенёс инсульт`, `перенесла инфаркт`) is an Injury of
the subject, as a surgery undergone (`перенёс операцию`) is (thirty-second round;
kg/data/ru/triggers.tsv; tests/gold-nerel/README.md calls a health event an Injury)."""

from __future__ import annotations

from event_helpers import described, kinds


def test_a_stroke_undergone_is_an_injury_of_the_subject():
    (ev,) = described("Иван Петров перенёс инсульт в Лиманске.")
    assert (ev.kind, ev.targets) == ("Injury", {"Иван Петров"})


def test_a_heart_attack_undergone_is_an_injury():
    assert kinds("Несколько дней назад Анна Орлова перенесла инфаркт.") == ["Injury"]


def test_a_seizure_undergone_is_an_injury():
    assert kinds("Иван Петров перенёс сердечный приступ.") == ["Injury"]


def test_a_meeting_put_off_is_no_injury():
    assert "Injury" not in kinds("Иван Петров перенёс встречу с Анной Орловой на май.")
