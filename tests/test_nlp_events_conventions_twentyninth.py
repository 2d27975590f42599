"""Lexicon lines aligned with the written gold conventions, twenty-ninth round
(tests/gold-nerel/README.md, "Conventions taken while annotating" and the calls of each folder;
kg/data/ru/triggers.tsv): where a `-` line or a class line contradicted an explicit convention
that the readable golds follow, the line now says what the convention says."""

from __future__ import annotations

from event_helpers import described, of_class


def test_declining_to_comment_is_a_rejection_of_who_declines():
    found = of_class("Министр Олег Зимин отказался прокомментировать отставку.", "Rejection")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]


def test_declining_comments_with_a_noun_is_a_rejection():
    found = of_class("Компания «Северсталь» отказалась от комментариев.", "Rejection")
    assert len(found) == 1 and found[0].factuality == "Actual"


def test_declining_to_name_something_is_a_rejection():
    assert of_class("Тренер Пётр Соколов отказался назвать фамилии новичков.", "Rejection")


def test_declining_to_tell_the_sum_is_a_rejection():
    assert of_class("Банкир Игорь Лебедев отказался сообщить размер выплаты.", "Rejection")


def test_a_search_at_someones_home_is_no_event():
    assert described("Полиция провела обыск у Олега Зимина в Омске.") == []


def test_a_flat_searched_is_no_event():
    assert described("Сотрудники ФСБ обыскали квартиру Анны Беловой.") == []


def test_an_arrest_after_a_search_keeps_the_arrest_only():
    assert [d.kind for d in described("Олег Зимин был задержан после обыска в Омске.")] \
        == ["Arrest"]


def test_an_extradition_to_a_country_is_no_event():
    assert described("Пётр Лесин был экстрадирован в Германию.") == []


def test_a_country_handing_a_person_over_is_no_event():
    assert described("Польша выдала Литве бизнесмена Игоря Котова.") == []


def test_a_petition_signed_to_an_official_is_an_appeal_to_him():
    found = of_class("Жители Омска подписали обращение к губернатору Олегу Зимину.", "Appeal")
    assert [d.targets for d in found] == [frozenset({"Олег Зимин"})]


def test_a_petition_to_be_signed_is_a_planned_appeal():
    found = of_class("Активисты движения «Зелёный щит» подпишут петицию в защиту парка.", "Appeal")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_letter_signed_stays_no_event():
    assert described("Олег Зимин подписал письмо в защиту Анны Беловой.") == []


def test_taking_up_duties_on_a_later_date_is_a_planned_appointment():
    found = of_class("Новый тренер Пётр Соколов приступит к исполнению обязанностей 1 мая.",
                     "Appointment")
    assert [(d.targets, d.factuality) for d in found] == [
        (frozenset({"Пётр Соколов"}), "Planned")]


def test_taking_up_a_governors_duties_is_an_appointment():
    found = of_class("Олег Зимин приступил к исполнению обязанностей губернатора.", "Appointment")
    assert [d.targets for d in found] == [frozenset({"Олег Зимин"})]
