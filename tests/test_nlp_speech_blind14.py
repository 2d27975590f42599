"""Reported speech (kg.nlp.ru.speech), the fourteenth round's blind reading of 100 unlabeled
nerel-dev articles (docs/quality.md): a quoted name taken for the words said, a pronoun given to a
named person when an unnamed one was the subject just before, unnamed sources taken up again by
`их`. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- a quoted name after its noun is no quote of the words said ----------------------------------
@pytest.mark.parametrize("text, trigger, words", [
    ("Сенат внёс изменения в ст. 5 Федерального закона «О защите лесов от пожаров», сообщает ТАСС.",
     "сообщает", "Сенат внёс изменения в ст. 5 Федерального закона «О защите лесов от пожаров»"),
    ("Губернатор Иван Ранов сообщил певице Анне Лесной, что подписал указ о её награждении "
     "орденом «За заслуги перед Отечеством».", "сообщил",
     "подписал указ о её награждении орденом «За заслуги перед Отечеством»"),
    ("Режиссёр Олег Вершинин рассказал, что съёмки фильма «Дом у самой реки» закончатся в мае.",
     "рассказал", "съёмки фильма «Дом у самой реки» закончатся в мае"),
])
def test_a_quoted_name_after_its_noun_is_not_the_quote(text, trigger, words):
    sts, _ = statements(text)
    (st,) = [s for s in sts if s.trigger.text == trigger]
    assert st.quote is None
    assert st.content.text == words


def test_quoted_words_inside_the_clause_are_still_the_quote():
    # guard: quoted words after a noun that names nothing (`решение «…»`) stay the quote
    text = "Сенатор Пётр Ланин сказал, что решение «было принято слишком поспешно и без обсуждения»."
    sts, _ = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "сказал"]
    assert st.quote is not None
    assert st.quote.text == "было принято слишком поспешно и без обсуждения"


def test_a_naming_verb_keeps_its_quoted_words_after_a_title_noun():
    # guard: `назвал закон «…»` in lower case is what was said of the law, not its name
    text = "Депутат Игорь Лавров назвал новый закон «позорным и вредным для всех фермеров»."
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "назвал"]
    assert names[st.speaker] == "Игорь Лавров"
    assert st.quote is not None and st.quote.text == "позорным и вредным для всех фермеров"
