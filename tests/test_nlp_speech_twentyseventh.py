"""Reported speech, twenty-seventh round: one statement where a frame and the verb inside it tell
the same words. A cue whose own words hold a speech verb of the same speaker (`По словам X, она
так пояснила …`) adds no second statement; a speech verb inside someone's quote that the quote
names no speaker for (`«…, объявив, что …»`) is no statement of the one quoted. Every sentence is
written for these tests."""

from __future__ import annotations

from speech_helpers import said, statements


def _triggers(text: str) -> list[tuple[str, str | None]]:
    sts, names = statements(text)
    return [(s.trigger.text, names.get(s.speaker) if s.speaker else None) for s in sts]


# ---- a cue and a verb of the same speaker inside its words: one statement -------------------

def test_a_cue_holding_the_same_speakers_verb_gives_one_statement():
    text = ("Певица Анна Петрова вернулась в Москву.\n\n"
            "По словам Петровой она так объяснила своё решение поклонникам:\n"
            "Я слишком долго жила вдали от дома и очень соскучилась по своему городу.\n")
    found = said(text)
    assert len(found) == 1, found
    assert found[0][0] == "Анна Петрова"
    assert "соскучилась" in found[0][3]


def test_a_cue_before_an_opinion_verb_of_the_same_speaker_gives_one_statement():
    text = ("Писатель Олег Смирнов выступил на фестивале. По словам Смирнова, как автор детских "
            "книг, он считает, что школам нужны новые библиотеки.")
    assert _triggers(text) == [("считает", "Олег Смирнов")]


def test_a_cue_of_one_speaker_and_a_verb_of_another_stay_two_statements():
    text = ("Министр Иван Петров и депутат Олег Смирнов встретились в Казани. По словам Петрова, "
            "Смирнов заявил, что закон примут весной.")
    assert ("заявил", "Олег Смирнов") in _triggers(text)


def test_a_cue_alone_still_gives_its_statement():
    text = ("Министр Иван Петров посетил завод. По словам Петрова, завод откроют в мае.")
    assert _triggers(text) == [("словам", "Иван Петров")]


# ---- a speech verb inside a quote that names no speaker of its own ---------------------------

def test_a_converb_inside_a_quote_is_no_statement_of_the_one_quoted():
    text = ("Бизнесмен Олег Смирнов записал видеообращение, в котором сообщил:\n"
            "Боюсь, что моё признание не запишут, объявив, что меня поймали на вокзале.\n")
    assert [t for t, _ in _triggers(text)] == ["сообщил"]


def test_a_speaker_the_quote_names_keeps_the_inner_statement():
    text = ("В сообщении Кремля говорится:\n"
            "Владимир Путин выразил уверенность, что переговоры продолжатся.\n")
    assert ("выразил", "Владимир Путин") in _triggers(text)


def test_a_speaker_the_quote_names_after_the_verb_keeps_the_inner_statement():
    text = "Министр Иван Петров заявил: «Как сообщил мне Олег Смирнов, деньги на стройку есть»."
    assert ("сообщил", "Олег Смирнов") in _triggers(text)


def test_a_speaker_named_right_after_a_verb_inside_a_quote_keeps_the_statement():
    text = "Министр Иван Петров заявил: «Мне сказал Олег Смирнов, что деньги на стройку есть»."
    assert ("сказал", "Олег Смирнов") in _triggers(text)
