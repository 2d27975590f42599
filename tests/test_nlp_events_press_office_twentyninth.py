"""A press office or press secretary acts for the person its genitive names, as it speaks for him
(tests/gold-nerel/README.md: a head of state's press service speaks as him; docs/events.md)."""

from __future__ import annotations

from event_helpers import of_class


def test_a_governors_press_service_declining_comment_is_his_rejection():
    found = of_class("Пресс-служба губернатора Олега Зимина отказалась от комментариев.",
                     "Rejection")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]


def test_a_press_service_named_by_its_owner_alone_acts_for_him():
    found = of_class("Пресс-служба Олега Зимина опровергла слухи о его отставке.", "Denial")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]


def test_a_title_settled_in_the_sentence_before_is_the_principal():
    text = ("Губернатор Омской области Олег Зимин готовится покинуть пост. "
            "Пресс-служба губернатора отказалась от комментариев.")
    found = of_class(text, "Rejection")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]


def test_an_unnamed_press_secretary_refusing_acts_for_his_principal():
    found = of_class("Пресс-секретарь Олега Зимина отказался прокомментировать отставку.",
                     "Rejection")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]


def test_a_press_secretary_with_his_own_name_acts_himself():
    text = ("Президент Иван Котов улетел в Минск. "
            "Пресс-секретарь президента Пётр Соколов отказался от комментариев.")
    found = of_class(text, "Rejection")
    assert [d.agents for d in found] == [frozenset({"Пётр Соколов"})]


def test_a_press_service_of_an_unnamed_principal_gives_no_agent():
    found = of_class("Пресс-служба губернатора отказалась от комментариев.", "Rejection")
    assert all(not d.agents for d in found)


def test_a_companys_press_service_does_not_act_for_a_person():
    text = "Пресс-служба компании «Северсталь» опровергла слухи об увольнении Олега Зимина."
    assert all("Олег Зимин" not in d.agents for d in of_class(text, "Denial"))


def test_a_press_service_named_whole_with_its_principals_title_acts_for_him():
    text = ("Президент Чили Иван Котов может уйти в отставку. "
            "Пресс-служба президента Чили отказалась от комментариев.")
    found = of_class(text, "Rejection")
    assert [d.agents for d in found] == [frozenset({"Иван Котов"})]


def test_a_press_service_of_a_regions_head_acts_for_its_governor():
    text = ("Губернатор Омской области Олег Зимин может уйти в отставку. "
            "Пресс-служба главы Омской области отказалась от комментариев.")
    found = of_class(text, "Rejection")
    assert [d.agents for d in found] == [frozenset({"Олег Зимин"})]
