"""Wiki markup removal (kg.nlp.markup) on hand-written lines: what is removed or kept, and that
every span of the cleaned text maps back to exactly the same words of the original."""

from __future__ import annotations

import re

from kg.nlp.markup import clean
from kg.nlp.ru.lexicon import word_list

OPTIONS = word_list("wiki_image_options")


def cleaned(text: str):
    return clean(text, OPTIONS)


def words_map_back(text: str) -> bool:
    """Every word of the cleaned text maps back to the same word in the original."""
    c = cleaned(text)
    for m in re.finditer(r"\w+", c.text):
        start, end = c.span(m.start(), m.end())
        if text[start:end] != m.group():
            return False
    return True


def test_italic_and_bold_quotes_are_removed_and_the_name_maps_back():
    text = "Концерт прошёл в клубе ''Северное сияние'' и в зале '''Орбита'''."
    c = cleaned(text)
    assert c.text == "Концерт прошёл в клубе Северное сияние и в зале Орбита."
    i = c.text.index("Северное сияние")
    start, end = c.span(i, i + len("Северное сияние"))
    assert text[start:end] == "Северное сияние"


def test_external_link_is_replaced_by_its_words():
    text = "Министр [https://example.org/news?id=7 сообщил] журналистам о решении."
    c = cleaned(text)
    assert c.text == "Министр сообщил журналистам о решении."
    i = c.text.index("сообщил")
    assert text[slice(*c.span(i, i + 7))] == "сообщил"


def test_a_span_across_removed_markup_covers_the_original_from_first_to_last_word():
    text = "Об этом [http://example.org/a заявил] глава ведомства."
    c = cleaned(text)
    i = c.text.index("заявил глава")
    start, end = c.span(i, i + len("заявил глава"))
    assert text[start:end] == "заявил] глава"


def test_a_link_glued_to_the_word_before_is_a_citation_read_as_a_parenthesis():
    text = ("Против выступил Павел Орлов[https://example.org/a Орлов назвал закон ошибкой], "
            "глава фонда.")
    c = cleaned(text)
    assert c.text == "Против выступил Павел Орлов (Орлов назвал закон ошибкой), глава фонда."
    i = c.text.index("Павел Орлов")
    assert text[slice(*c.span(i, i + len("Павел Орлов")))] == "Павел Орлов"
    assert words_map_back(text)


def test_bare_external_link_is_removed():
    assert cleaned("Текст закона [http://example.org/law] опубликован.").text == \
        "Текст закона  опубликован."


def test_wiki_link_keeps_its_label_or_its_target():
    c = cleaned("Делегация прибыла из [[Казань|Казани]] в [[Самара]].")
    assert c.text == "Делегация прибыла из Казани в Самара."
    assert words_map_back("Делегация прибыла из [[Казань|Казани]] в [[Самара]].")


def test_image_options_are_removed_and_the_caption_stays_a_line():
    text = "Мост открыли после ремонта\nthumb|left|Новый мост через реку\nМост открыли в среду."
    assert cleaned(text).text == ("Мост открыли после ремонта\nНовый мост через реку\n"
                                  "Мост открыли в среду.")


def test_localised_options_file_names_and_sizes_are_image_fields():
    text = "мини|слева|250px|Старый вокзал\nФайл:Вокзал, вид с площади.jpg|Вокзал\nмини|справа"
    assert cleaned(text).text == "Старый вокзал\nВокзал\n"


def test_a_line_with_a_bar_that_is_not_an_image_line_is_left_alone():
    text = "Счёт матча|итог 3:1 в пользу хозяев."
    assert cleaned(text).text == text


def test_heading_marks_are_removed():
    assert cleaned("Начало.\n== Справка ==\n=== Итоги года ===\nКонец.").text == \
        "Начало.\nСправка\nИтоги года\nКонец."


def test_html_entity_becomes_its_character_and_maps_to_the_whole_entity():
    text = "Налог составит 75&nbsp;% дохода."
    c = cleaned(text)
    assert c.text == "Налог составит 75\xa0% дохода."
    i = c.text.index("75")
    start, end = c.span(i, i + 4)
    assert text[start:end] == "75&nbsp;%"


def test_templates_references_and_tags_are_removed():
    text = "Завод{{уточнить}} закрыли<ref>Газета, 2020</ref> в <small>марте</small>.<br/>Всё."
    assert cleaned(text).text == "Завод закрыли в марте.\nВсё."
    assert words_map_back(text)


def test_line_breaks_are_never_removed():
    text = "Заголовок без точки\n''Подпись''\n\n== Раздел ==\nАбзац [http://example.org/x текста]."
    assert cleaned(text).text.count("\n") == text.count("\n")


def test_text_without_markup_is_unchanged():
    text = "Премьер-министр Канады Анна Ли встретилась с президентом Чили в Сантьяго."
    c = cleaned(text)
    assert not c.changed and c.text == text
    assert c.span(3, 10) == (3, 10)


def test_every_word_of_a_mixed_text_maps_back_to_the_original_word():
    text = ("Фестиваль ''Белые ночи'' открылся\nмини|Сцена фестиваля\n"
            "Как [https://example.org/f сообщили] организаторы, на открытие пришли "
            "3&nbsp;000 зрителей из [[Тверь|Твери]] и Пскова.\n== Программа ==\n"
            "Концерты&#160;идут неделю.")
    assert words_map_back(text)


def test_an_empty_span_stays_empty_in_the_original():
    c = cleaned("Это ''слово'' здесь.")
    start, end = c.span(4, 4)
    assert start == end


def test_extraction_reads_through_markup_and_its_spans_point_into_the_original_text():
    from kg import nlp
    from kg.records import Document

    text = ("Переговоры в ''Северной столице''\nПремьер-министр Норвегии Ларс Ульсен в среду "
            "[https://example.org/n/1 встретился] с президентом Финляндии Микко Вирта "
            "в ''Хельсинки''.")
    x = nlp.extract(Document(id="t", text=text))
    assert x.document.text == text
    (event,) = x.events
    assert (event.trigger.text, text[event.trigger.start:event.trigger.end]) == ("встретился",) * 2
    place = x.entity(event.place)
    assert place.kind == "place" and [m.text for m in place.mentions] == ["Хельсинки"]
    spans = [m for e in x.entities for m in e.mentions] + [event.trigger, event.sentence]
    assert all(text[s.start:s.end] == s.text for s in spans)
