"""Events whose participant is the one who announces or asks for them (docs/events.md, role code
`self`): a resignation announced or requested by the person who leaves."""

from __future__ import annotations

from event_helpers import described


def resignations(text: str) -> list[set[str]]:
    """The target names of each Resignation of the text."""
    return [d.targets for d in described(text) if d.kind == "Resignation"]


def test_who_announces_leaving_a_band_is_the_one_who_leaves():
    assert resignations("Певица Мария Соколова объявила об уходе из группы «Звезда».") == [
        {"Мария Соколова"}]


def test_who_files_a_resignation_letter_is_the_one_who_resigns():
    assert resignations("Губернатор Игорь Лебедев написал заявление об отставке.") == [
        {"Игорь Лебедев"}]


def test_who_asks_for_a_resignation_is_the_one_who_resigns():
    assert resignations("Министр Олег Зайцев попросил президента об отставке.") == [
        {"Олег Зайцев"}]


def test_a_resignation_naming_its_own_person_is_not_the_announcer_s():
    assert resignations("Президент Иван Орлов объявил об отставке министра Петра Волкова.") == [
        {"Пётр Волков"}]


def test_who_says_he_will_leave_his_post_is_the_one_who_leaves():
    assert resignations("Министр Олег Зайцев заявил, что покинет свой пост в марте.") == [
        {"Олег Зайцев"}]


def test_a_that_clause_disagreeing_in_gender_keeps_no_subject_of_the_speaker():
    assert resignations("Певица Анна Белова заявила, что ушёл в отставку.") == []


def test_who_denies_a_resignation_letter_is_not_the_one_who_resigns():
    assert resignations("Пресс-секретарь Ольга Миронова опровергла заявление об отставке.") == []

