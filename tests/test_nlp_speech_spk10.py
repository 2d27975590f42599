"""Reported speech (kg.nlp.ru.speech): speaker precision when the speaker is not named in the
statement's own sentence (`он` taken for the one person the article named). Every sentence here
is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- `он` with an unnamed person of that gender in view: no speaker ----------------------------
@pytest.mark.parametrize("text", [
    # a passive subject in the sentence before
    "Фермер Аркадий Лемешев много лет разводит коз под Тверью. Ночью в его сарай проник "
    "посторонний. Утром был задержан 40-летний житель соседнего посёлка. Он сказал, что ничего "
    "не знал о хозяйстве.",
    # the subject of a verb that is not speech
    "Фермер Аркадий Лемешев много лет разводит коз под Тверью. Ночью к дому подошёл 40-летний "
    "мужчина из соседнего посёлка. Он рассказал, что просто заблудился в темноте.",
])
def test_he_is_not_the_one_named_person_when_an_unnamed_man_is_in_view(text):
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Аркадий Лемешев" for s in sts)


@pytest.mark.parametrize("text, who", [
    # the unnamed man came before the person was last named
    ("Ночью в сарай проник 40-летний житель соседнего посёлка. Хозяин сарая, фермер Аркадий "
     "Лемешев, вызвал полицию. Утром собаки всё ещё лаяли. Он рассказал, что не спал до утра.",
     "Аркадий Лемешев"),
    # a woman in view does not stand in for `он`
    ("Фермер Аркадий Лемешев много лет разводит коз под Тверью. Ночью к дому подошла соседка. "
     "Он рассказал, что не спал до утра.", "Аркадий Лемешев"),
    # a description two sentences back, before the words, is out of view
    ("Режиссёр Остап Веденский возглавит жюри фестиваля в Сочи. 70-летний кинематографист станет "
     "первым уральцем на этом посту. «Я очень рад приглашению. Спасибо организаторам», — сказал "
     "он.", "Остап Веденский"),
])
def test_he_stays_with_the_one_named_person_otherwise(text, who):
    sts, names = statements(text)
    assert [names.get(s.speaker) for s in sts] == [who]


# ---- `он` right after a speaker the last-speaker rules could not carry on: no speaker ----------
@pytest.mark.parametrize("text", [
    "Фермер Аркадий Лемешев в прошлом году взял кредит на покупку трактора. Банк «Зарница» "
    "сообщил, что долг до сих пор не погашен. Он также добавил, что готов обсудить отсрочку.",
    "Фермер Аркадий Лемешев в прошлом году взял кредит на покупку трактора. Сбербанк сообщил, "
    "что долг до сих пор не погашен. Он также добавил, что готов обсудить отсрочку.",
])
def test_he_after_a_body_that_spoke_is_not_the_one_named_person(text):
    sts, names = statements(text)
    assert [names.get(s.speaker) for s in sts if s.trigger.text == "добавил"] in ([], [None])
    assert any(s.trigger.text == "сообщил" and s.speaker for s in sts)


def test_a_body_that_spoke_further_back_does_not_stop_the_one_named_person():
    text = ("Фермер Аркадий Лемешев в прошлом году взял кредит на покупку трактора. Банк «Зарница» "
            "сообщил, что долг до сих пор не погашен. Весной урожай оказался плохим. Поля залило "
            "дождями. Он рассказал, что готов продать трактор.")
    sts, names = statements(text)
    assert [names.get(s.speaker) for s in sts if s.trigger.text == "рассказал"] == ["Аркадий Лемешев"]
