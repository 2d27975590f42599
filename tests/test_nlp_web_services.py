"""A Latin name right after a noun of a web service names a product, not a body
(kg/data/ru/product_nouns.txt, kg.nlp.ru.name_types.latin_products). Sentences and names are
written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def names(text: str) -> list[str]:
    return [e.name for e in extract(Document("t", text)).entities]


def test_a_name_after_a_video_hosting_noun_is_no_entity_anywhere_in_the_text():
    text = "На видеохостинге Vidoria вышел сериал. Пользователи Vidoria оценили новинку."
    assert "Vidoria" not in names(text)


def test_a_name_after_an_online_shop_noun_is_no_entity():
    text = "Книга продавалась в онлайн-магазине Bookmarta. Тираж разошёлся за неделю."
    assert "Bookmarta" not in names(text)


def test_the_same_name_after_a_company_noun_stays_a_body():
    text = ("Книга продавалась в онлайн-магазине Bookmarta. "
            "Компания Bookmarta отчиталась о росте продаж.")
    assert "Bookmarta" in names(text)
