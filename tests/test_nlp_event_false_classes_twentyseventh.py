"""General classes of false events removed in the twenty-seventh round (docs/events.md, "Which
mentions become events", rules 0 and 3): a reporter's inquiry is no criminal investigation; a
death of one person only described, after a death told with a name, is that death told again."""

from __future__ import annotations

from event_helpers import described, kinds


def test_a_journalist_investigating_makes_no_investigation():
    assert "Investigation" not in kinds("Журналистка Ольга Зимина расследовала коррупцию в "
                                        "Приморье.")


def test_a_reporter_investigating_makes_no_investigation():
    assert "Investigation" not in kinds("Репортёр Анна Белова расследовала махинации мэра Тихона "
                                        "Воронова.")


def test_a_journalistic_investigation_noun_is_none():
    assert "Investigation" not in kinds("Прокуратура Лиманска прочла журналистское расследование в "
                                        "отношении мэра Тихона Воронова.")


def test_a_journalist_who_investigated_makes_no_investigation():
    assert "Investigation" not in kinds("Журналист Олег Зимин, который расследовал хищения в "
                                        "Приморье, погиб в Омске.")


def test_the_police_investigating_a_blogger_stays_an_investigation():
    assert kinds("Полиция Лиманска расследует блогера Олега Зимина.") == ["Investigation"]


def test_an_investigator_investigating_stays_an_investigation():
    assert kinds("Следователь Олег Кравцов расследовал хищения на заводе «Лиманск».") == [
        "Investigation"]


def test_an_investigation_by_prosecutors_stays():
    assert kinds("Прокуратура Лиманска начала расследование в отношении мэра Тихона "
                 "Воронова.") == ["Investigation"]


def deaths(text: str) -> list[tuple[frozenset[str], int | None]]:
    return [(e.targets, e.year) for e in described(text) if e.kind == "Death"]


def test_a_described_person_dying_on_a_date_is_the_named_death_told_again():
    assert deaths("Бывший премьер Лимании Олег Гранин скончался в Москве. Ему было 90 лет. "
                  "Бывший глава правительства скончался 5 мая в больнице.") == [
        (frozenset({"Олег Гранин"}), 2022)]


def test_a_described_person_with_a_place_in_the_description_is_the_named_death():
    assert deaths("Бывший премьер Лимании Олег Гранин скончался в Москве. Ему было 90 лет. "
                  "Бывший глава Лимании скончался в больнице.") == [
        (frozenset({"Олег Гранин"}), None)]


def test_a_relatives_death_stays_another_death():
    assert len(deaths("Бывший премьер Лимании Олег Гранин скончался в Москве. "
                      "Его брат скончался в 2010 году.")) == 2


def test_a_death_of_someone_owned_by_the_named_stays_another_death():
    assert len(deaths("Бывший премьер Лимании Олег Гранин скончался в Москве. "
                      "Его водитель скончался 5 мая в больнице.")) == 2


def test_a_described_death_on_another_day_stays_another_death():
    assert len(deaths("Бывший премьер Лимании Олег Гранин скончался 4 мая. "
                      "Водитель скончался 5 мая в больнице.")) == 2


def test_a_described_death_in_another_city_stays_another_death():
    assert len(deaths("Актёр Олег Гранин скончался в Москве. В тот же день в Казани скончался "
                      "известный режиссёр.")) == 2


def test_a_described_death_told_by_a_verb_of_the_other_gender_stays_another_death():
    assert len(deaths("Актриса Анна Белова скончалась 5 мая. Водитель автобуса погиб 5 мая в "
                      "Казани.")) == 2


def test_a_described_death_told_as_one_more_stays_another_death():
    assert len(deaths("Журналистка Анна Белова погибла в Сирии. В Сирии погиб и оператор.")) == 2


def test_a_birth_told_again_of_the_child_stays_the_mothers_birth():
    # the gender of a birth's verb is the mother's, not the child's: one birth
    assert [e.kind for e in described("Актриса Анна Белова родила сына в Москве. Ребёнок "
                                      "появился на свет около пяти часов вечера.")
            if e.kind == "Birth"] == ["Birth"]
