"""The dot of a person's last initial belongs to the name, though the NER leaves it out; a regnal
number's full stop ends the sentence (kg.nlp.ru.entities._raw_mentions). Sentences and names are
written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.nlp.ru.analysis import analyse
from kg.records import Document


def mentions(text: str) -> list[str]:
    ents = extract(Document("t", text)).entities
    return [text[m.start:m.end] for e in ents if e.kind == "person" for m in e.mentions]


@pytest.mark.parametrize("text, mention", [
    ("В связи с заявлением губернатора области Сомчука И. Ф. о досрочном прекращении полномочий "
     "указ подписан.", "Сомчука И. Ф."),
    ("По словам официальных лиц, Нуреддин Х. И его брат были арестованы в пятницу.", "Нуреддин Х."),
])
def test_the_last_initials_dot_is_the_names(text, mention):
    assert mention in mentions(text), mentions(text)


def test_a_regnal_numbers_full_stop_is_not_the_names():
    text = "Наследником стал сын короля Годрика V. Церемония прошла в столице."
    assert "Годрика V" in mentions(text), mentions(text)


def test_a_regnal_numbers_full_stop_inside_the_ner_span_is_left_out():
    text = "Вручение премии произведёт король Норвегии Годрик V. Премия учреждена в 2002 году."
    assert "Годрик V" in mentions(text), mentions(text)


@pytest.mark.parametrize("text, mention", [
    # a song's title in Latin letters after the singer's Cyrillic name
    ("Видео певца Пака Чэ Сана Gangnam Style набрало миллиард просмотров.", "Пака Чэ Сана"),
    # a soft hyphen left by a web page
    ("Брат Айдара Сомова — Тамерлан \u00ad— был ранен.", "Тамерлан"),
])
def test_a_persons_span_ends_with_the_cyrillic_name(text, mention):
    assert mention in mentions(text), mentions(text)


def test_a_semicolon_ends_a_name():
    text = "Нападению подверглась Мэллори Финч (Мэллори Финч; Mallory Finch), победительница конкурса."
    assert "Мэллори Финч; Mallory Finch)" in [n.text for n in analyse(text).ner]  # the NER runs on
    assert all(";" not in m for m in mentions(text)), mentions(text)
    assert mentions(text).count("Мэллори Финч") == 2, mentions(text)
