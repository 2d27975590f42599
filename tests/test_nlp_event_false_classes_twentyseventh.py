"""General classes of false events removed in the twenty-seventh round (docs/events.md, "Which
mentions become events", rule 0): a reporter's inquiry is no criminal investigation."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str) -> list[str]:
    return [e.kind for e in described(text)]


def test_a_journalist_investigating_makes_no_investigation():
    assert "Investigation" not in kinds(
        "Журналистка Ольга Зимина расследовала коррупцию в Приморье.")


def test_a_reporter_investigating_makes_no_investigation():
    assert "Investigation" not in kinds(
        "Репортёр Анна Белова расследовала махинации мэра Тихона Воронова.")


def test_a_journalistic_investigation_noun_is_none():
    assert "Investigation" not in kinds(
        "Прокуратура Лиманска прочла журналистское расследование в отношении мэра Тихона "
        "Воронова.")


def test_an_investigator_investigating_stays_an_investigation():
    assert kinds("Следователь Олег Кравцов расследовал хищения на заводе «Лиманск».") == [
        "Investigation"]


def test_an_investigation_by_prosecutors_stays():
    assert kinds("Прокуратура Лиманска начала расследование в отношении мэра Тихона "
                 "Воронова.") == ["Investigation"]
