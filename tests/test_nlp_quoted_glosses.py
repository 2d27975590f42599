"""A body's other name in quotes, alone in the parenthesis right after it (kg.nlp.ru.known_names
`parenthetical_aliases`): `Nordic Wings («Северные крылья»)` is one more mention of the body.
After a person the quoted name is a club or a party, not another name. Sentences and names are
written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, [m.text for m in e.mentions]) for e in extract(Document("t", text)).entities]


def test_a_quoted_translation_after_a_latin_company_is_the_company():
    found = entities(
        "Билеты продаёт перевозчик Nordic Wings («Северные крылья») через свой сайт.")
    assert ("organization", ["Nordic Wings", "Северные крылья"]) in found


def test_a_quoted_short_name_after_a_quoted_station_is_the_station():
    found = entities("Радиостанция «Волна Севера» («Волна») сменила частоту.")
    assert ("organization", ["Волна Севера", "Волна"]) in found


def test_a_quoted_translation_of_a_blocs_name_is_the_bloc():
    found = entities("На выборах победил блок «Сандигу Лаяр» («Общий парус»), созданный весной.")
    assert ("organization", ["Сандигу Лаяр", "Общий парус"]) in found


def test_a_quoted_club_after_a_player_is_the_club_not_his_name():
    found = entities("Вратарь Игорь Смолин («Динамо») пропустил два мяча.")
    assert ("person", ["Игорь Смолин"]) in found
    assert ("organization", ["Динамо"]) in found


def test_a_quoted_translation_of_a_film_title_is_no_entity():
    found = entities("Лента «Южный берег» («Морской сад») вышла в прокат.")
    assert not any("Морской сад" in texts for _, texts in found)


def test_a_quoted_article_heading_after_a_code_is_no_entity():
    found = entities("Против него возбудили дело по статье 105 УК РФ («Убийство»).")
    assert not any("Убийство" in texts for _, texts in found)
