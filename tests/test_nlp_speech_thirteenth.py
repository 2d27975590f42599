"""Reported speech (kg.nlp.ru.speech), thirteenth round: forms counted over unlabeled nerel-dev
articles (joined speech verbs, anonymous sources of a named medium, damaged cues); every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- two speech verbs joined, one subject --------------------------------------------------------
@pytest.mark.parametrize("text, first, second, said1, said2", [
    # no comma before the second verb: its conjunction ends the first clause
    ("В интервью радиостанции «Голос Севера» Иван Петров сказал, что очень рад возвращению домой "
     "и добавил, что продолжит свою работу.", "сказал", "добавил",
     "очень рад возвращению домой", "продолжит свою работу"),
    # a two-word verb (`выразил сомнение, что`) after the conjunction
    ("Во вторник Сергей Орлов сообщил, что ищет новое помещение для музея, и выразил сомнение, "
     "что городские власти согласятся помочь.", "сообщил", "выразил",
     "ищет новое помещение для музея", "городские власти согласятся помочь"),
])
def test_a_second_joined_speech_verb_is_a_statement_of_the_same_speaker(text, first, second,
                                                                       said1, said2):
    sts, names = statements(text)
    by_verb = {s.trigger.text: s for s in sts}
    assert set(by_verb) == {first, second}
    assert names[by_verb[first].speaker] == names[by_verb[second].speaker]
    assert by_verb[first].content.text == said1
    assert by_verb[second].content.text == said2


def test_a_short_adjective_of_opinion_inside_the_reported_clause_stays_in_it():
    # `уверен` is what he wrote, not a second statement of the narrator
    text = ("Студент Павел Ремезов написал в своём блоге, что готов заплатить любой штраф и уверен, "
            "что суд его оправдает.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Павел Ремезов"
    assert "уверен, что суд его оправдает" in st.content.text


# ---- a cue damaged by a typo or a stray comma ----------------------------------------------------
@pytest.mark.parametrize("text, source, words", [
    ("Пр данным газеты «Вечерний вестник», дело возбуждено следственным отделом в Тамбове.",
     "Вечерний вестник", "дело возбуждено следственным отделом в Тамбове"),
    ("Пр данным «Северной звезды» выручка за прошлый год составила сто миллионов рублей.",
     "Северная звезда", "выручка за прошлый год составила сто миллионов рублей"),
])
def test_a_mistyped_po_before_a_cue_noun_is_the_cue(text, source, words):
    (st,), names = statements(text)
    assert names[st.source] == source and st.speaker is None
    assert st.content.text == words


@pytest.mark.parametrize("text", [
    # `но`, `до` are words of their own, not a mistyped `по`
    "Но данным переписи никто не поверил, и её провели заново.",
    "До данным соседей доходило мало сведений о переписи в Тамбове.",
])
def test_a_real_word_before_a_cue_noun_makes_no_cue(text):
    sts, _ = statements(text)
    assert not [s for s in sts if s.trigger.text in ("данным",)]


@pytest.mark.parametrize("text, who, words", [
    ("По словам, 34-летнего Марка Дэвиса, он «не может поверить», что снова ходит.",
     "Марк Дэвис", "он «не может поверить», что снова ходит"),
    ("По словам, Ивана Петрова, завод закроют в мае.", "Иван Петров", "завод закроют в мае"),
])
def test_a_stray_comma_after_the_cue_noun_keeps_its_owner(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.content.text == words


@pytest.mark.parametrize("text", [
    "По информации, у неё были найдены симптомы гриппа.",
    "По данным, полученным от полиции, погибших нет.",
])
def test_a_comma_after_a_cue_noun_with_no_name_after_it_makes_no_speaker(text):
    sts, _ = statements(text)
    assert not any(s.speaker or s.source for s in sts)
