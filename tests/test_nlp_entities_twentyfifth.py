"""Entities, twenty-fifth round: a side of the world written with a capital before a place's
genitive names one region (`на Юге США`). Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def places(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind in ("place", "country")}


# a capitalised side of the world before a place's genitive

def test_a_capitalised_side_before_a_countrys_genitive_is_one_region():
    found = places("Во времена сегрегации на Юге США жили миллионы людей.")
    assert found["Юг США"] == ["Юге США"]


def test_a_hyphenated_side_before_a_citys_genitive_is_one_region():
    found = places("Пожар начался в квартире на Юго-Западе Москвы ночью.")
    assert found["Юго-Запад Москвы"] == ["Юго-Западе Москвы"]


def test_the_place_of_a_region_stays_a_mention_inside_it():
    # the event roles read `на Юго-Западе Москвы` as Moscow
    found = places("Пожар начался в квартире на Юго-Западе Москвы ночью.")
    assert found["Москва"] == ["Москвы"]


def test_a_region_the_ner_took_whole_keeps_the_place_as_written_in_its_name():
    found = places("Жители Востока Украины покидают свои дома.")
    assert found == {"Восток Украины": ["Востока Украины"]}


def test_a_side_in_lower_case_is_a_direction_and_leaves_the_country():
    assert places("Ураган обрушился на юг США в понедельник.") == {"США": ["США"]}


def test_a_side_opening_the_sentence_is_left_alone():
    assert places("Юг США пострадал от урагана сильнее всего.") == {"США": ["США"]}


def test_a_side_before_a_place_not_in_the_genitive_is_no_region():
    found = places("Запад Москва не интересует, сказал министр.")
    assert "Москва" in found and not any(" " in name for name in found)


def test_a_side_inside_a_longer_name_is_left_to_it():
    found = places("Делегация прилетела с Дальнего Востока России вчера.")
    assert "Дальний Восток" in found and "Россия" in found


def test_a_quoted_side_is_a_name_of_its_own():
    found = places("Спутник «Восток» облетел Землю.")
    assert not any(name.startswith("Восток ") for name in found)


def test_a_surname_like_a_side_is_no_region():
    found = places("Иван Запад из Москвы выиграл турнир.")
    assert found == {"Москва": ["Москвы"]}
