"""False events corrected in the thirtieth round (docs/events.md, "Event classes"): a solemn
gathering, or one held in someone's honour, is a Ceremony, not a Meeting, for every gathering
noun as for `встреча` (`торжественное собрание в честь юбилея`); a gathering of a body's members
stays a Meeting."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(e.kind, e.actors) for e in described(text)]


def test_a_solemn_assembly_held_by_a_mayor_is_his_ceremony():
    assert events("Мэр Лиманска Олег Воронов провёл торжественное собрание в честь Дня "
                  "города.") == [("Ceremony", frozenset({"Олег Воронов"}))]


def test_a_solemn_sitting_in_honour_of_a_jubilee_is_no_meeting():
    assert events("Губернатор Олег Воронов выступил на торжественном заседании в честь юбилея "
                  "театра.") == [("Ceremony", frozenset({"Олег Воронов"}))]


def test_an_evening_in_someones_honour_has_him_as_participant():
    assert events("В Лиманске прошёл вечер в честь Ивана Петрова.") == [
        ("Ceremony", frozenset({"Иван Петров"}))]


def test_an_assembly_in_someones_honour_is_a_ceremony():
    assert [k for k, _ in events("В Лиманске прошло собрание в честь Ивана Петрова, "
                                 "организованное Олегом Вороновым.")] == ["Ceremony"]


def test_a_solemn_assembly_with_no_one_named_gives_no_meeting():
    assert "Meeting" not in [k for k, _ in events(
        "В Лиманске 4 мая состоялось торжественное собрание в честь 150-летия со дня рождения "
        "Ивана Петрова.")]


def test_a_shareholders_meeting_stays_a_meeting():
    assert events("Олег Воронов провёл собрание акционеров компании «Зимник».") == [
        ("Meeting", frozenset({"Олег Воронов"}))]


def test_a_governments_sitting_stays_a_meeting():
    assert [k for k, _ in events("Олег Воронов выступил на заседании правительства "
                                 "Лиманской области.")] == ["Meeting"]
