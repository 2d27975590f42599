"""A territorial adjective after a title (`Папа Римский`, `Патриарх Болгарский`) is a place, the
name after it the person. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def kinds(text: str) -> dict[str, list[tuple[str, list[str]]]]:
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for e in entities(text):
        out.setdefault(e.kind, []).append((e.name, [m.text for m in e.mentions]))
    return out


def test_the_adjective_between_a_title_and_a_name_is_the_place_and_the_name_the_person():
    found = kinds("Во вторник Папа Римский Франциск прилетел в Багдад.")
    assert ("Рим", ["Римский"]) in found["place"]
    assert found["person"] == [("Франциск", ["Франциск"])]


def test_a_title_and_adjective_without_a_name_are_no_person():
    found = kinds("Позже Папа Римский вернулся в Ватикан.")
    assert "person" not in found
    assert ("Рим", ["Римский"]) in found["place"]


def test_a_country_adjective_after_a_title_names_the_country():
    found = kinds("Патриархом Болгарским был избран митрополит Пловдивский. Патриарх Болгарский Максим умер давно.")
    places = dict(found["place"])
    assert places["Болгария"] == ["Болгарским", "Болгарский"]
    assert "Пловдивский" in places
    assert [name for name, _ in found["person"]] == ["Максим"]


def test_an_adjective_opening_a_body_name_after_a_title_stays_in_the_body():
    found = kinds("Его принял патриарх Болгарской православной церкви.")
    assert [name for name, _ in found.get("organization", [])] == ["Болгарская православная церковь"]
    assert "place" not in found


def test_an_adjective_after_a_word_that_is_no_title_is_left_alone():
    found = kinds("Учитель Пловдивский приехал в Москву.")
    assert "Пловдивский" not in [name for name, _ in found.get("place", [])]


def test_the_place_keeps_the_adjective_s_name_when_a_person_follows():
    found = kinds("Службу вёл митрополит Пловдивский Николай.")
    assert ("Пловдивский", ["Пловдивский"]) in found["place"]
    assert found["person"] == [("Николай", ["Николай"])]
