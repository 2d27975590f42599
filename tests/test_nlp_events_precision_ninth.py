"""Trigger senses of the ninth round (kg/data/ru/triggers.tsv, the last groups): getting into an
accident is the accident, negated with its verb; being held under arrest is a state, not an
arrest. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, str]]:
    return [(d.kind, d.factuality) for d in described(text)]


def test_getting_into_an_accident_is_an_accident_of_whoever_got_into_it():
    found = [d for d in described("Певица Вера Лапина попала в аварию в Твери.")
             if d.kind == "Accident"]
    assert [(d.factuality, d.actors) for d in found] == [("Actual", frozenset({"Вера Лапина"}))]


def test_escaping_an_accident_is_negated():
    # "никогда не попадал в аварию" was here too; since the eighteenth round a generic negation
    # is no event at all (tests/test_nlp_events_precision_eighteenth.py)
    assert events("Певец Вадим Лапин в тот вечер чудом не попал в аварию в Твери.") == [
        ("Accident", "Negated")]


def test_being_held_under_house_arrest_is_no_arrest():
    assert [k for k, _ in events("Бывший мэр Твери Глеб Карпов находился под домашним арестом.")
            ] == []


def test_being_put_under_arrest_is_an_arrest():
    assert ("Arrest", "Actual") in events("Полиция Твери арестовала бывшего мэра Глеба Карпова.")


def test_a_choice_explained_or_made_is_no_election():
    assert [k for k, _ in events("Компания «Стрела» так объяснила свой выбор.")] == []
    assert [k for k, _ in events("Певец Илья Горский сделал выбор в пользу клуба «Сибирь».")] == []


def test_choosing_a_patriarch_is_an_election():
    assert [k for k, _ in events("Выбор нового патриарха церкви состоится в Твери 5 мая.")] == [
        "Election"]


def test_playing_for_a_team_is_no_performance():
    assert [k for k, _ in events("Вратарь Илья Горский на протяжении трёх сезонов выступает за "
                                 "клуб «Сибирь».")] == []


def test_performing_at_a_festival_is_a_performance():
    assert [k for k, _ in events("Певица Алла Дроздова выступает на фестивале в Твери.")] == [
        "Performance"]


def test_a_movement_or_a_party_born_is_no_birth():
    assert [k for k, _ in events("Так родилось «Движение садоводов» в Твери.")] == []
    assert [k for k, _ in events("Так в 2015 году родилась партия «Рассвет».")] == []
    assert [k for k, _ in events("В 2015 году родился проект «Рассвет».")] == []


def test_a_child_or_a_person_born_is_a_birth():
    assert [k for k, _ in events("В 2015 году у Ильи Горского родилась дочь.")] == ["Birth"]
    assert [k for k, _ in events("Мстислав Зарецкий родился 5 мая 1950 года.")] == ["Birth"]


def test_twins_born_to_named_parents_are_a_birth():
    # the tagger calls `двойня` inanimate: a person taking part keeps the birth
    assert [k for k, _ in events("18 июня у артиста Ильи Горского и его супруги певицы Аллы "
                                 "Дроздовой родилась двойня.")] == ["Birth"]
