"""A noun of what a picture shows, opening a caption line before a name, is no part of the name
(kg/data/ru/caption_nouns.txt, kg.nlp.ru.known_names.trim_leading_words). Sentences and names are
written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import surname_stem
from kg.nlp.ru.known_names import NameMention, trim_leading_words


def _trimmed(text: str, words: str, kind: str) -> list[str]:
    """trim_leading_words on one mention made of `words` (the NER's span, set by hand)."""
    a = analyse(text)
    n = len(words.split())
    i = next(k for k in range(len(a.tokens))
             if " ".join(t.text for t in a.tokens[k:k + n]) == words)
    m = NameMention(span(text, a.tokens[i].start, a.tokens[i + n - 1].end), words, kind, False,
                    i, i + n - 1)
    return [x.span.text for x in trim_leading_words(a, [m], surname_stem)]


def test_a_flag_under_a_picture_is_cut_from_the_body_it_shows():
    text = "Боевики заняли село\nФлаг Фронта Зари\nОтряд вошёл в село на рассвете."
    assert _trimmed(text, "Флаг Фронта Зари", "organization") == ["Фронта Зари"]


def test_a_town_noun_under_a_picture_is_cut_from_the_town_named_only_there():
    text = "Фестиваль перенесли на осень\nГород Вельяно\nОрганизаторы объявили новые даты."
    assert _trimmed(text, "Город Вельяно", "place") == ["Вельяно"]


def test_a_building_noun_opening_a_caption_stays_in_the_name():
    text = "Обыски прошли в столице\nЗдание Агентства Связи\nСотрудники ушли домой."
    assert _trimmed(text, "Здание Агентства Связи", "organization") == ["Здание Агентства Связи"]
