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
    ("Губернатор Иван Ранов рассказал, что певицу Анну Лесную наградят медалью «За заслуги перед "
     "родным городом» в мае.", "рассказал",
     "певицу Анну Лесную наградят медалью «За заслуги перед родным городом» в мае"),
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


# ---- `он` after an unnamed person was the subject of the sentence before -------------------------
@pytest.mark.parametrize("text", [
    "Студента Ахмеда Карими отчислили из колледжа. Директор колледжа сообщил журналистам, что из-за "
    "жалоб родителей отчислил Карими. Он добавил, что примет студента обратно через год.",
    "Вчера в Турине прошёл митинг против насилия. Политик заявил, что партия и сам Марко Бруни "
    "осудили нападение. По его словам, осуждения заслуживают обе стороны.",
])
def test_he_after_an_unnamed_subject_is_not_the_person_named_in_passing(text):
    sts, names = statements(text)
    last = [s for s in sts if s.trigger.text in ("добавил", "словам")]
    # the named person was the object or a subject inside the clause; `он` may be the director
    # or the politician, whom the article does not name: no speaker rather than a guess
    assert not any(s.speaker is not None for s in last)


def test_he_goes_on_with_the_person_who_was_the_subject_before():
    # guard: the person named as the subject before is `он`
    text = ("Студента Ахмеда Карими отчислили из колледжа. Позже Карими сообщил журналистам, что не "
            "угрожал никому. Он добавил, что хочет вернуться к учёбе.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "добавил"]
    assert names[st.speaker] == "Ахмед Карими"


def test_he_after_an_unnamed_subject_given_the_name_in_that_sentence():
    # guard: `человек … представлен как X` names the subject: `он` is X
    text = ("Видео с угрозами появилось в сети в среду. В ролике мужчина в маске представлен как "
            "Рашид Валиев из Казани. Он заявил, что не боится никого.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "заявил"]
    assert names[st.speaker] == "Рашид Валиев"


# ---- `по их словам` takes up the unnamed sources of the sentence before --------------------------
def test_their_words_are_the_unnamed_sources_of_the_sentence_before():
    text = ("Агентство Рейтер сообщает о новом расследовании. Источники агентства полагают, что "
            "расследование продлится год. По их словам, глава компании давно управляет всей отраслью.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "словам"]
    assert st.speaker is None and st.anonymous_source
    assert names.get(st.source) == "Рейтер"
    assert st.content.text == "глава компании давно управляет всей отраслью"


def test_their_words_after_representatives_of_a_body():
    # (spk31: `полиция Перу` is one organisation, and its representatives speak as it, as
    # `Представители компании X` do; before, the police of a country were an unnamed source)
    text = ("Представители полиции Перу подтвердили задержание Хосе Рамиреса. По их словам, "
            "задержание носит временный характер.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "словам"]
    assert names.get(st.speaker) == "Полиция Перу" and not st.anonymous_source
    assert st.content.text == "задержание носит временный характер"


def test_their_words_after_a_plural_noun_that_is_no_source_are_no_ones():
    # guard: `врачи` are no unnamed source of the article; `их` settles no one
    text = "Врачи осмотрели Хосе Рамиреса в больнице. По их словам, его жизни ничто не угрожает."
    sts, _ = statements(text)
    assert not any(s.trigger.text == "словам" for s in sts)


def test_their_words_with_two_unnamed_sources_before_settle_no_one():
    # guard: two plural unnamed sources in view, `их` may be either
    text = ("Источники в полиции сообщили о задержании Хосе Рамиреса, а собеседники в мэрии "
            "заявили, что он на свободе. По их словам, задержание было ошибкой.")
    sts, _ = statements(text)
    assert not any(s.trigger.text == "словам" for s in sts)
