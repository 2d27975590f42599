"""Words around a mention that decide whether it took place: an act being prepared has not, and
`без` under a negated verb is a double negation (kg/data/ru/event_modality.txt,
kg/nlp/ru/event_assert.py; docs/events.md)."""

from __future__ import annotations

from event_helpers import factualities


def test_an_attack_being_prepared_has_not_taken_place():
    assert factualities("Он был задержан по подозрению в подготовке покушения на Олега Зимина.",
                        "Attack") == ["Possible"]


def test_an_attack_suspected_of_someone_did_take_place():
    assert factualities("Его задержали по подозрению в покушении на Олега Зимина.",
                        "Attack") == ["Actual"]


def test_a_performance_it_did_not_go_without_took_place():
    assert factualities("Не обошлось без выступления певицы Анны Беловой.",
                        "Performance") == ["Actual"]


def test_an_evening_held_without_a_performance_did_not_have_it():
    assert "Actual" not in factualities("Вечер прошёл без выступления певицы Анны Беловой.",
                                        "Performance")


def test_an_event_in_the_run_up_to_which_something_happens_is_planned():
    assert factualities("В преддверии концерта группы «Рассвет» министерство выступило с "
                        "заявлением.", "Performance") == ["Planned"]
