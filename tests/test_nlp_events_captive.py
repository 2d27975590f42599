"""A person taken captive by `захватить` is a kidnapping (kg/data/ru/triggers.tsv, the bare
`захватить` line): its captive must be a named person (kg/nlp/ru/events.py `add`), so a seized town,
building or company tells no kidnapping. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def test_militants_who_seize_a_named_engineer_kidnap_him():
    found = kinds("Вчера боевики захватили в Багдаде инженера Ивана Петрова.", "Kidnapping")
    assert [(d.targets, d.factuality) for d in found] == [(frozenset({"Иван Петров"}), "Actual")]


def test_a_passive_seizure_of_a_named_person_is_a_kidnapping_of_its_subject():
    found = kinds("Инженер Пётр Сидоров был захвачен в Кабуле в марте 2021 года.", "Kidnapping")
    assert [(d.targets, d.year) for d in found] == [(frozenset({"Пётр Сидоров"}), 2021)]


def test_a_seized_town_is_no_kidnapping():
    assert kinds("В понедельник повстанцы захватили город Нарвиль.", "Kidnapping") == []


def test_a_seized_company_is_no_kidnapping():
    assert kinds("Рейдеры захватили компанию «Северный трубный завод».", "Kidnapping") == []


def test_power_seized_is_no_kidnapping():
    assert kinds("В 1999 году генерал Олег Бурцев захватил власть в стране.", "Kidnapping") == []


def test_hostages_taken_keep_their_line():
    found = kinds("Боевики захватили в заложники журналиста Ивана Петрова.", "Kidnapping")
    assert [d.targets for d in found] == [frozenset({"Иван Петров"})]


def test_someone_taken_along_is_no_kidnapping():
    # `захватить с собой`: to bring someone along
    assert kinds("На переговоры министр Олег Зимин захватил с собой помощника Илью Горского.",
                 "Kidnapping") == []
    assert kinds("Певица Анна Лисова захватила с собой в турне сестру Веру Лисову.",
                 "Kidnapping") == []
