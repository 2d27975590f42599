"""The dot of a person's last initial belongs to the name, though the NER leaves it out; a regnal
number's full stop ends the sentence (kg.nlp.ru.entities._raw_mentions). Sentences and names are
written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import _pieces
from kg.records import Document


def mentions(text: str) -> list[str]:
    ents = extract(Document("t", text)).entities
    return [text[m.start:m.end] for e in ents if e.kind == "person" for m in e.mentions]


def test_the_last_initials_dot_is_the_names():
    text = ("Ушёл в отставку глава района Сомчук И. Ф. Заявление главы района Сомчука И. Ф. о "
            "досрочной отставке приняли.")
    assert [n.text for n in analyse(text).ner] == ["Сомчук И. Ф", "Сомчука И. Ф"]  # no dots
    assert mentions(text) == ["Сомчук И. Ф.", "Сомчука И. Ф."], mentions(text)


def test_a_regnal_numbers_full_stop_is_not_the_names():
    text = "Медаль вручит король Годрик V."
    assert [n.text for n in analyse(text).ner] == ["Годрик V."]  # the NER takes the full stop
    assert mentions(text) == ["Годрик V"], mentions(text)


@pytest.mark.parametrize("text, mention", [
    # a song's title in Latin letters after the singer's Cyrillic name
    ("Клип корейского певца Пака Мин Хо Gangnam Night собрал рекорд просмотров.", "Пака Мин Хо"),
    # a soft hyphen left by a web page
    ("Брат Айдара Сомова — Тамерлан \u00ad— был ранен.", "Тамерлан"),
])
def test_a_persons_span_ends_with_the_cyrillic_name(text, mention):
    assert mention in mentions(text), mentions(text)


def test_a_semicolon_ends_a_name():
    # the NER's span `Кира Сомова; Kira Somova` is cut at the semicolon (_CUT)
    assert _pieces("Кира Сомова; Kira Somova", 0, 24) == [(0, 11)]
    text = "Нападению подверглась Мэллори Финч (Мэллори Финч; Mallory Finch), победительница конкурса."
    assert "Мэллори Финч; Mallory Finch)" in [n.text for n in analyse(text).ner]  # the NER runs on
    assert all(";" not in m for m in mentions(text)), mentions(text)
    assert mentions(text).count("Мэллори Финч") == 2, mentions(text)


def test_a_one_letter_name_does_not_take_the_sentences_full_stop():
    # `Ван И`: a Chinese name whose last word is one letter, no initial
    text = "С заявлением выступил министр иностранных дел КНР Ван И. Он призвал к диалогу."
    assert "Ван И" in [n.text for n in analyse(text).ner]  # the NER leaves the full stop out
    assert mentions(text) == ["Ван И"], mentions(text)


def test_a_lone_initial_the_text_writes_with_a_dot_keeps_it():
    text = "Задержан Карим Ш. Его брат Анвар Ш. был задержан позже."
    assert "Карим Ш." in mentions(text), mentions(text)
