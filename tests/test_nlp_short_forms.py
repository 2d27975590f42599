"""A place or body the text names whole once and elsewhere by a short form of that name (`Петербург`
after `Санкт-Петербург`, `Apple` after `Apple Inc.`, `ФСБ` after `ФСБ России`) is one entity, named
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


def test_a_body_without_its_country_in_the_genitive_is_the_body():
    found = entities("Сотрудники ФСБ России задержали мужчину. В ФСБ сообщили о задержании.")
    assert found["ФСБ России"] == ["ФСБ России", "ФСБ"]
    fsb = next(e for e in extract(Document("t", "Сотрудники ФСБ России задержали мужчину. В ФСБ "
                                                 "сообщили о задержании.")).entities)
    assert fsb.shortened == ("ФСБ",)  # the linker looks up the whole name only
    assert short_form_of("МВД", "МВД РФ")
    assert short_form_of("Минобороны", "Минобороны Украины")


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
