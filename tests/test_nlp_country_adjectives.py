"""A country adjective and a body's head noun opening a sentence (`Британская полиция`) are one
organisation. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def organisations(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "organization"}


def test_a_country_adjective_and_a_body_head_opening_a_sentence_are_one_organisation():
    found = organisations("Вчера прошёл митинг. Португальская полиция задержала троих участников.")
    assert found == {"Португальская полиция": ["Португальская полиция"]}


def test_the_body_opening_a_headline_line_is_one_organisation():
    found = organisations("Норвежское правительство закрыло границу\nГраница закрыта с понедельника.")
    assert found == {"Норвежское правительство": ["Норвежское правительство"]}


def test_the_authorities_of_a_country_are_the_country_not_a_body():
    assert organisations("Днём прошёл митинг. Норвежские власти закрыли границу.") == {}


def test_the_same_words_in_lower_case_inside_a_sentence_are_no_name():
    assert organisations("Министр сказал, что португальская полиция задержала троих.") == {}


def test_a_country_adjective_before_a_noun_that_heads_no_body_makes_no_organisation():
    assert organisations("Португальский фермер подал иск к соседу.") == {}
