"""A country adjective opening a sentence names the country (`Итальянская пресса`) or, before a
body's head noun, the country's body (`Британская полиция`). Sentences are written for these
tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def organisations(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "organization"}


def places(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind in ("place", "country")}


def test_a_country_adjective_opening_a_sentence_before_a_thing_is_the_country():
    assert places("Вчера прошли выборы. Португальская пресса назвала их честными.") == {
        "Португалия": ["Португальская"]}


def test_the_country_adjective_takes_the_name_the_text_gives_the_country():
    found = places("Английская газета вышла с опозданием. Тираж продают по всей Великобритании.")
    assert found == {"Великобритания": ["Английская", "Великобритании"]}


def test_a_country_adjective_before_a_person_noun_is_left_to_the_description():
    assert places("Вчера прошёл бой. Португальский боксёр победил соперника.") == {}


def test_a_country_adjective_inside_a_sentence_in_lower_case_is_no_mention():
    assert places("Вчера португальская пресса назвала выборы честными.") == {}


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
