"""A place or body the text names whole once and elsewhere by a short form of that name (`Петербург`
after `Санкт-Петербург`, `Apple` after `Apple Inc.`) is one entity, named
by the whole name (kg.nlp.ru.short_forms, kg.nlp.ru.entities._merge_short_forms). Sentences and
names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.ru.short_forms import short_form_of
from kg.records import Document


def entities(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind != "person"}


def test_a_city_without_its_hyphenated_prefix_is_the_city():
    found = entities("Концерт прошёл в Санкт-Петербурге. В Петербурге собрались тысячи зрителей.")
    assert found == {"Санкт-Петербург": ["Санкт-Петербурге", "Петербурге"]}


def test_a_company_without_its_legal_form_is_the_company():
    found = entities("Apple Inc. представила новый телефон. Apple обещает начать продажи осенью.")
    assert found["Apple Inc"] == ["Apple Inc", "Apple"]
    assert short_form_of("Microsoft", "Microsoft Corporation")
    assert short_form_of("Ромашка", "ООО Ромашка")


def test_the_extraction_marks_the_short_forms_for_the_linker():
    text = "Apple Inc. представила новый телефон. Apple обещает начать продажи осенью."
    apple = next(e for e in extract(Document("t", text)).entities if e.kind != "person")
    assert apple.shortened == ("Apple",)  # the linker looks up the whole name only


def test_a_body_without_its_country_is_not_taken_for_a_short_form():
    # `МВД` beside `МВД России` and `МВД Италии`: the country tells the body, and the linker
    # joins the two where one Wikidata item has both names
    assert not short_form_of("ФСБ", "ФСБ России")
    assert not short_form_of("МВД", "МВД РФ")


def test_a_company_beside_a_country_in_the_nominative_is_a_branch_not_the_same_body():
    assert not short_form_of("Газпром", "Газпром Армения")


def test_two_places_sharing_a_word_stay_apart_from_the_word_alone():
    found = entities("Делегации Южной Кореи и Северной Кореи встретились. Корея обсуждала мир.")
    assert {"Южная Корея", "Северная Корея"} <= set(found)
    assert not short_form_of("Новгород", "Нижний Новгород")
    assert not short_form_of("Новгород", "Великий Новгород")


def test_a_short_form_that_two_names_of_the_text_share_joins_neither():
    found = entities("Иски подали Apple Inc. и Apple Ltd. Суд решил, что Apple должна заплатить.")
    assert found["Apple"] == ["Apple"]
    assert not short_form_of("Реал", "Реал Сосьедад")
