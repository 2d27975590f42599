"""Lines given in the thirty-sixth round (kg/data/ru/triggers.tsv, "lines37"): a public action
held, taking place or taken part in is a protest, and a guilt not admitted told in the
imperfective is a denial; with the neighbouring senses they must leave alone (a share, a shop's
sale, a charity action, a result not admitted). The sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import agents_facts, of_class


def test_an_action_held_by_a_movement_is_its_protest():
    text = "Активисты движения «Зелёный город» провели акцию у здания мэрии Самары."
    assert [a for a, _ in agents_facts(text, "Protest")] == [frozenset({"Зелёный город"})]


def test_an_action_held_told_in_the_imperfective_is_a_protest():
    text = "Движение «Новый путь» каждую субботу проводит акцию на площади Ленина в Омске."
    assert [a for a, _ in agents_facts(text, "Protest")] == [frozenset({"Новый путь"})]


def test_an_action_that_took_place_in_a_city_is_a_protest():
    assert len(of_class("В субботу в Томске прошла акция в защиту городского парка.",
                        "Protest")) == 1


def test_an_action_that_began_is_a_protest_of_whose_action_it_is():
    text = "Акция движения «Весна» началась у памятника Пушкину."
    assert [a for a, _ in agents_facts(text, "Protest")] == [frozenset({"Весна"})]


def test_an_action_taken_part_in_is_a_protest():
    text = "Жители Ярославля приняли участие в акции «Чистый берег» 3 июня."
    assert len(of_class(text, "Protest")) == 1


def test_shares_of_a_company_are_no_protest():
    assert of_class("Акции компании «Северсталь» подешевели за неделю на треть.", "Protest") == []


def test_a_shops_sale_held_is_no_protest():
    assert of_class("Магазин «Лента» провёл акцию со скидками для покупателей.", "Protest") == []


def test_a_charity_action_held_is_no_protest():
    assert of_class("Фонд «Добрые руки» провёл благотворительную акцию в Твери.", "Protest") == []


def test_a_guilt_not_admitted_in_the_imperfective_is_a_denial_of_who_does_not_admit_it():
    assert [a for a, _ in agents_facts("Бизнесмен Олег Пронин своей вины не признаёт.",
                                         "Denial")] == [frozenset({"Олег Пронин"})]


def test_a_guilt_not_admitted_before_an_appeal_is_a_denial():
    text = "Журналист Игорь Сомов не признаёт своей вины и намерен обжаловать приговор."
    assert [a for a, _ in agents_facts(text, "Denial")] == [frozenset({"Игорь Сомов"})]


def test_a_guilt_admitted_in_the_imperfective_is_no_denial():
    assert of_class("Депутат Анна Сергеева признаёт свою вину.", "Denial") == []


def test_a_result_not_admitted_in_the_imperfective_is_no_denial():
    assert of_class("Министр Павел Орлов не признаёт результаты выборов.", "Denial") == []
