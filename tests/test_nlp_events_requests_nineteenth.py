"""Families of acts added in the nineteenth round (kg/data/ru/triggers.tsv, the group of the
nineteenth round after the eighteenth's): a candidacy withdrawn (`взял самоотвод`), a
recommendation of an act (`рекомендовал` + infinitive), a request sent (`направил запрос`), and the
contexts in which that noun tells no request of its own (`по запросу X`, a search query); going out into the streets (`вышли на улицы`), which asks for
the plural through the `*` context of a line. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# a candidacy withdrawn: a Withdrawal of the candidate

def test_taking_a_self_recusal_is_a_withdrawal_of_the_candidate():
    assert readings("Губернатор Олег Петров взял самоотвод.") == [
        ("Withdrawal", "Actual", frozenset({"Олег Петров"}))]


def test_a_self_recusal_handed_in_with_the_subject_after_the_verb():
    assert readings("Самоотвод подал и депутат Иван Сидоров.") == [
        ("Withdrawal", "Actual", frozenset({"Иван Сидоров"}))]


def test_a_self_recusal_declared_is_a_withdrawal():
    assert readings("Кандидат Олег Зимин заявил самоотвод.") == [
        ("Withdrawal", "Actual", frozenset({"Олег Зимин"}))]


# a recommendation of an act: an Appeal to the one advised

def test_recommending_an_act_is_an_appeal_to_the_one_advised():
    assert readings("Врачи рекомендовали Ивану Петрову отказаться от поездки.") == [
        ("Appeal", "Actual", frozenset({"Иван Петров"}))]


def test_recommending_a_thing_is_no_appeal():
    assert "Appeal" not in kinds("Эксперты рекомендовали книгу Ивана Петрова студентам.")


# a request sent: an Appeal of whoever sends it

def test_a_request_sent_is_an_appeal_of_the_sender_to_the_addressee():
    assert readings("Депутат Олег Зимин направил запрос в Генеральную прокуратуру.") == [
        ("Appeal", "Actual", frozenset({"Олег Зимин", "Генеральная прокуратура"}))]


def test_a_request_sent_with_the_sender_after_the_verb():
    assert readings("Запрос в Минфин направила компания «Вектор».") == [
        ("Appeal", "Actual", frozenset({"Вектор", "Минфин"}))]


def test_a_media_outlets_inquiry_answered_is_no_appeal():
    assert "Appeal" not in kinds("В ответ на запрос «Интерфакса» в пресс-службе ничего не сказали.")


def test_at_someones_request_names_no_request_of_its_own():
    assert "Appeal" not in kinds("По запросу суда документы передали в архив.")


def test_a_search_query_is_no_appeal():
    assert "Appeal" not in kinds("Пользователи Google вводят запрос в строку поиска.")


# going out into the streets: a Protest; the singular only leaves a house (the `*` context)

def test_going_out_into_the_streets_is_a_protest():
    assert kinds("В субботу тысячи жителей Самары вышли на улицы города.") == ["Protest"]


def test_protest_into_the_streets_planned_is_planned():
    assert readings("Горняки Кузбасса выйдут на улицы Кемерова 5 мая.") == [
        ("Protest", "Planned", frozenset({"Горняки Кузбасса"}))]


def test_going_out_into_the_street_in_the_singular_is_no_protest():
    assert "Protest" not in kinds("Мэр Томска Иван Лебедев вышел на улицу и сел в машину.")
