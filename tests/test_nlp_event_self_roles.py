"""Events whose participant is the one who announces or asks for them (docs/events.md, role code
`self`): a resignation announced or requested by the person who leaves."""

from __future__ import annotations

from event_helpers import targets_of


def test_who_announces_leaving_a_band_is_the_one_who_leaves():
    assert targets_of("Певица Мария Соколова объявила об уходе из группы «Звезда».",
                      "Resignation") == [
        {"Мария Соколова"}]


def test_who_files_a_resignation_letter_is_the_one_who_resigns():
    assert targets_of("Губернатор Игорь Лебедев написал заявление об отставке.", "Resignation") == [
        {"Игорь Лебедев"}]


def test_who_asks_for_a_resignation_is_the_one_who_resigns():
    assert targets_of("Министр Олег Зайцев попросил президента об отставке.", "Resignation") == [
        {"Олег Зайцев"}]


def test_a_resignation_naming_its_own_person_is_not_the_announcer_s():
    assert targets_of("Президент Иван Орлов объявил об отставке министра Петра Волкова.",
                      "Resignation") == [
        {"Пётр Волков"}]


def test_who_says_he_will_leave_his_post_is_the_one_who_leaves():
    assert targets_of("Министр Олег Зайцев заявил, что покинет свой пост в марте.",
                      "Resignation") == [
        {"Олег Зайцев"}]


def test_a_that_clause_disagreeing_in_gender_keeps_no_subject_of_the_speaker():
    assert targets_of("Певица Анна Белова заявила, что ушёл в отставку.", "Resignation") == []


def test_who_denies_a_resignation_letter_is_not_the_one_who_resigns():
    assert targets_of("Пресс-секретарь Ольга Миронова опровергла заявление об отставке.",
                      "Resignation") == []

