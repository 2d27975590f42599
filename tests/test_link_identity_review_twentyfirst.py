"""Entity links and identity, twenty-first round's review: the entity a merge by QID names, and a
place qualified by the region or country written right after it. Sentences written for these
tests."""

from __future__ import annotations

from kg.link import annotate
from kg.nlp import extract
from kg.records import Document


def linked(text: str):
    return annotate(extract(Document("t", text))).entities


def links(text: str) -> dict[str, str | None]:
    return {e.name: e.link.qid if e.link else None for e in linked(text) if e.kind in ("place", "country")}


# which entity names a merge by QID

def test_a_name_equal_to_the_label_but_linked_at_mention_strength_does_not_lead():
    # `Конго` is csc's label of the Republic of the Congo, which the texts use for the other Congo
    found = [e for e in linked("В Республике Конго прошли выборы. Конго получило кредит.") if e.kind == "country"]
    assert [(e.name, e.link.qid) for e in found] == [("Республика Конго", "Q971")], found


def test_the_name_the_label_reached_still_leads():
    found = [e for e in linked("РФ подписала договор. Россия выполнит обязательства.") if e.kind == "country"]
    assert [e.name for e in found] == ["Россия"], found


# a place qualified by the region or country after it

def test_a_city_followed_by_its_region_is_that_countrys_city():
    assert links("Вчера в Сан-Хосе, Калифорния, прошла выставка.")["Сан-Хосе"] == "Q16553"


def test_a_city_with_its_region_in_brackets_is_that_countrys_city():
    assert links("Музей открылся в Лондоне (провинция Онтарио).")["Лондон"] == "Q92561"


def test_a_capital_alone_keeps_its_rank():
    assert links("Президент выступил в Сан-Хосе.")["Сан-Хосе"] == "Q3070"


def test_a_city_followed_by_its_own_country_keeps_its_link():
    assert links("Саммит прошёл в Лондоне, Великобритания.")["Лондон"] == "Q84"


def test_a_list_of_a_city_and_countries_is_no_qualifier():
    assert links("Лондон, Канада и Австралия подписали соглашение.")["Лондон"] == "Q84"
    assert links("Представители Лондона, Канады, Австралии встретились.")["Лондон"] == "Q84"


def test_a_region_opening_the_next_clause_is_no_qualifier():
    assert links("Встреча прошла в Лондоне, Калифорния и Техас прислали делегатов.")["Лондон"] == "Q84"


# a plural type word in any case but the nominative names what the name's bearer holds

def test_a_prepositional_plural_type_word_before_a_country_keeps_the_country():
    assert links("Выборы прошли в штатах Венесуэлы.")["Венесуэла"] == "Q717"


def test_a_prepositional_plural_type_word_before_nominative_names_still_selects():
    found = links("Пожары бушуют в штатах Калифорния и Невада.")
    assert found.get("Калифорния") == "Q99", found
