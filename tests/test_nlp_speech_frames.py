"""Reported speech (kg.nlp.ru.speech) in frames read from unseen news: quotes broken over a line
by their verb, quotes interrupted twice, quotes framed by a bare comma, and more verbs and cues;
every sentence here is written for the test."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.speech import find_statements
from kg.records import Document


def statements(text: str):
    a = analyse(text)
    entities = find_entities(a)
    names = {e.key: e.name for e in entities}
    return find_statements(a, entities, Document(id="t", text=text)), names


def test_a_quote_broken_over_a_line_by_its_verb_is_the_verbs_two_quotes():
    text = ("Заседание перенесли\n«Если кворума нет, заседание можно перенести на неделю, — "
            "сказал депутат Олег Смирнов.\n— Теперь нам нужно подождать».\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Смирнов"
    assert st.quote.text == "Если кворума нет, заседание можно перенести на неделю"
    assert [q.text for q in st.more_quotes] == ["Теперь нам нужно подождать"]


def test_a_quote_interrupted_twice_gives_the_second_verb_the_sentence_it_ends():
    text = ("«Мы очень надеемся, — говорит Иван Петров, — что к нам присоединятся другие. "
            "Это важно. В такой момент, — заключил он, — все должны помочь».")
    sts, names = statements(text)
    said = {st.trigger.text: st for st in sts}
    assert said["говорит"].quote.text == "Мы очень надеемся"
    assert [q.text for q in said["говорит"].more_quotes] == [
        "что к нам присоединятся другие. Это важно."]
    assert said["заключил"].quote.text == "В такой момент"
    assert names[said["заключил"].speaker] == "Иван Петров"


def test_a_sentence_long_quote_frames_a_verb_after_a_bare_comma():
    text = ("«Такое случается очень редко. Череп сохранился целиком», сказал директор музея "
            "Пётр Котов.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Пётр Котов"
    assert st.quote.text == "Такое случается очень редко. Череп сохранился целиком"
    assert st.content is None


def test_a_quoted_name_before_a_comma_is_not_the_verbs_quote():
    text = "Нападающий перешёл в «Торпедо», сказал тренер Иван Орлов."
    sts, names = statements(text)
    assert all(st.quote is None or st.quote.text != "Торпедо" for st in sts)
