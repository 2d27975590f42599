"""A quoted name after a noun of a built place, which the NER leaves untagged, is a facility
(kg.nlp.ru.name_types.quoted_facilities, `quoted` rows of kg/data/ru/facility_heads.tsv). Sentences
and names are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.name_types import quoted_facilities


def _found(text: str, given: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """quoted_facilities over the mentions `given` (set by hand): each result's text and kind."""
    a = analyse(text)
    mentions = []
    for words in given:
        at = text.index(words)
        first, last = a.token_at(at), a.token_at(at + len(words) - 1)
        mentions.append(NameMention(span(text, at, at + len(words)), words, "organization", True,
                                    first.index, last.index))
    return [(m.span.text, m.kind) for m in quoted_facilities(a, mentions)]


def test_an_untagged_quoted_name_after_a_fountain_is_a_place():
    text = "Город объявил тендер на ремонт фонтана «Зелёный лист» в центральном парке."
    assert _found(text) == [("Зелёный лист", "place")]


def test_an_untagged_quoted_name_after_a_metro_noun_is_a_place():
    text = "Поезда не останавливаются на станции метро «Заречная» до субботы."
    assert _found(text) == [("Заречная", "place")]


def test_a_quoted_name_after_another_noun_is_left_alone():
    text = "Группа выпустила альбом «Зелёный лист» весной."
    assert _found(text) == []


def test_a_quoted_name_the_ner_tagged_is_left_as_it_is():
    text = "Город объявил тендер на ремонт фонтана «Зелёный лист» в центральном парке."
    assert _found(text, ("Зелёный лист",)) == [("Зелёный лист", "organization")]


def test_a_quoted_name_in_the_genitive_is_the_nouns_owner_not_its_name():
    # `переходе «Северной звезды»`: a club moving, not a passage called so; a quoted facility's
    # own name stands in the nominative whatever the noun's case (`фонтана «Зелёный лист»`)
    text = "Клуб объявил о переходе «Северной звезды» на новую арену."
    assert _found(text) == []


def _places(text: str) -> list[str]:
    from kg.nlp import extract
    from kg.records import Document

    entities = extract(Document("t", text)).entities
    return [m.text for e in entities if e.kind == "place" for m in e.mentions]


def test_a_road_s_number_after_a_road_noun_is_a_place():
    # road_nouns.txt: `трасса`, `автодорога`, `шоссе` …; the NER leaves the codes untagged
    assert _places("Фура перевернулась на 315-м километре трассы Р-208 утром.") == ["Р-208"]
    assert _places("Ремонт автодороги М14 закончат к осени.") == ["М14"]


def test_a_code_after_another_noun_is_no_road():
    assert "Р-208" not in _places("Завод выпустил новую модель Р-208 в мае.")


def test_a_car_s_model_after_the_adjective_dorogoy_is_no_road():
    # review18c: `дорогой` is the adjective `expensive` here (the tagger's reading), not `дорога`
    assert _places("Бизнесмен купил себе дорогой A6 в кредит.") == []
    assert _places("Чиновник приехал на дорогой А8 с мигалкой.") == []
    assert _places("Авария случилась на дороге М-4 утром.") == ["М-4"]
