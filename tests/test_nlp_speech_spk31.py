"""Reported speech, thirty-first round: a prosecutor's office or a police force written in lower
case before the place it serves (`как сообщила федеральная прокуратура Австрии`, `полиция штата
Огайо`) is one organisation, and it speaks what it reports; with no place after it, or a place
under a preposition, it stays a common noun. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities


def _organisations(text: str) -> list[str]:
    """The text of every organisation mention of `text`."""
    return [text[m.start:m.end] for e in find_entities(analyse(text))
            if e.kind == "organization" for m in e.mentions]


def test_a_lower_case_prosecutors_office_before_a_country_speaks_for_itself():
    text = "Как сообщила федеральная прокуратура Австрии, в Вене задержаны трое подозреваемых."
    assert said(text) == [("Федеральная прокуратура Австрии", None, False,
                           "в Вене задержаны трое подозреваемых")]


def test_a_police_force_of_a_state_is_one_organisation_and_speaks():
    text = "Как сообщила полиция штата Огайо, ночью водитель грузовика скрылся с места аварии."
    assert _organisations(text) == ["полиция штата Огайо"]
    assert said(text)[0][0] == "Полиция штата Огайо"


def test_an_undeclined_city_after_the_police_is_its_owner():
    text = "Начальник полиции Сан-Франциско вышел к журналистам после обеда."
    assert _organisations(text) == ["полиции Сан-Франциско"]


def test_a_police_force_with_no_place_after_it_makes_no_organisation():
    text = "Местная полиция сообщила, что задержала двух угонщиков."
    assert _organisations(text) == []


def test_a_city_after_the_police_is_not_its_owner():
    text = "Полицейские отдела полиции города Твери задержали двух угонщиков."
    assert "полиции города Твери" not in _organisations(text)


def test_a_place_under_a_preposition_after_the_police_is_not_its_owner():
    text = "Усиленные наряды полиции у парка Горького дежурили всю ночь."
    assert _organisations(text) == []


def test_their_words_after_representatives_of_a_named_body_are_that_bodys():
    text = ("Представители компании «Северный ветер» подтвердили продажу завода. По их словам, "
            "сделка будет закрыта к осени.")
    found = said(text)
    assert ("Северный ветер", None, False, "сделка будет закрыта к осени") in found


def test_their_words_after_representatives_of_two_bodies_are_no_ones():
    text = ("Представители компании «Северный ветер» и банка «Южный берег» подписали договор. "
            "По их словам, сделка будет закрыта к осени.")
    assert not [s for s in said(text) if s[3] == "сделка будет закрыта к осени"]


def test_a_government_before_a_country_stays_the_country_acting():
    text = "Как заявило правительство Эстонии, закон о языке вступит в силу в мае."
    assert said(text)[0][0] == "Эстония"
