"""Titles of works the NER tags as bodies, thirty-first round (ment31): a work's noun opening a
sentence, and a run of titles after `среди которых` / `в том числе`. Sentences are written for
these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, e.kind) for e in extract(Document("t", text)).entities for m in e.mentions]


def test_a_quoted_title_after_a_work_noun_opening_a_sentence_is_no_entity():
    found = mentions("Альбом «Northern Star» вышел в 2001 году. Затем «Northern Star» переиздали.")
    assert not any(text == "Northern Star" for text, _ in found)


def test_a_latin_title_after_a_work_noun_opening_a_sentence_is_no_entity():
    found = mentions(
        "Альбом Silver Harbour певицы Марины Лоран вышел в 1999 году. "
        "Поклонник попросил Лоран подписать Silver Harbour."
    )
    assert not any(text == "Silver Harbour" for text, _ in found)
    assert ("Марины Лоран", "person") in found


def test_titles_after_among_which_following_a_work_noun_are_no_entities():
    found = mentions(
        "Группа «Полярная ночь» известна синглами, среди которых «Night Harbor», «Northern Star» "
        "и «Skyline»."
    )
    assert not any(text == "Northern Star" for text, _ in found)


def test_titles_after_including_following_a_work_noun_are_no_entities():
    found = mentions(
        "Певица записала несколько песен, в том числе «Skyline», «Northern Star» и «Blue Harbor»."
    )
    assert not any(text == "Northern Star" for text, _ in found)


def test_a_company_opening_a_sentence_before_a_quoted_name_stays():
    found = mentions("Он выпустил альбом. Компания «Northern Star» открыла офис в Казани.")
    assert ("Northern Star", "organization") in found


def test_a_latin_maker_opening_a_sentence_stays():
    found = mentions("Компания Zelmora выпустила автомобиль. Zelmora заявила о росте продаж.")
    assert ("Zelmora", "organization") in found



def test_a_compound_work_noun_heads_a_run_of_titles():
    found = mentions(
        "Певица прославилась своими поп-синглами, среди которых «Today», «Blue Monday», «Skyline»."
    )
    assert not any(text == "Today" for text, _ in found)


def test_a_station_sharing_a_films_title_stays_a_place():
    found = mentions(
        "Вчера вышел фильм «Сосновка» о событиях 2009 года. Героя застрелили на станции метро "
        "«Сосновка» в Омске."
    )
    assert ("Сосновка", "place") in found


def test_the_other_quoted_mentions_of_a_title_stay_dropped_beside_a_station():
    found = mentions(
        "Фильм «Сосновка» снят по реальным событиям. Зрители полюбили «Сосновку»."
    )
    assert not any(text.startswith("Сосновк") for text, _ in found)



def test_a_title_after_a_show_noun_is_no_facility():
    # the learned facility words hold `передача`: a show's noun still names a work
    found = mentions("Ведущий передачи «Русское лото» Михаил Борисов умер в Твери.")
    assert not any(text == "Русское лото" for text, _ in found)
    assert ("Михаил Борисов", "person") in found
