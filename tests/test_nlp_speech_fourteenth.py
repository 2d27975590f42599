"""Reported speech (kg.nlp.ru.speech), fourteenth round: forms counted over unlabeled nerel-dev
articles (a cue whose owner is a site name with a dot in it, a plural verb said in a body the
article named before by another word); every sentence here is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- a dot inside the cue's owner (`Lenta.ru`) is no end of the sentence -------------------------
@pytest.mark.parametrize("text, source, words", [
    ("По данным Fontanka.ru, пожар на складе в Колпине потушили только к утру.",
     "Fontanka.ru", "пожар на складе в Колпине потушили только к утру"),
    ("Согласно информации портала Vesti.lv, мэр Юрмалы подал в отставку в пятницу.",
     "Vesti.lv", "мэр Юрмалы подал в отставку в пятницу"),
])
def test_a_cue_whose_owner_has_a_dot_in_its_name_cites_it(text, source, words):
    sts, names = statements(text)
    cued = [s for s in sts if s.trigger.text in ("данным", "информации")]
    assert len(cued) == 1
    st = cued[0]
    assert names.get(st.source) == source and st.speaker is None
    assert st.content.text == words


def test_an_unnamed_source_of_a_site_with_a_dot_is_anonymous_and_the_words_follow():
    text = "По словам собеседника Daily.ru, директор фабрики уже неделю не появлялся в офисе."
    sts, _ = statements(text)
    cued = [s for s in sts if s.trigger.text == "словам"]
    assert len(cued) == 1
    assert cued[0].speaker is None and cued[0].anonymous_source
    assert cued[0].content.text == "директор фабрики уже неделю не появлялся в офисе"


def test_a_full_stop_after_the_cue_owner_still_ends_the_sentence():
    # a dot with a space after it is the sentence's end: the owner is `газеты` alone, not the
    # words of the next sentence
    text = ("По данным газеты. Вчера Иван Петров сообщил, что музей закроют на ремонт.")
    sts, names = statements(text)
    assert not any(s.trigger.text == "данным" for s in sts)
    (st,) = [s for s in sts if s.trigger.text == "сообщил"]
    assert names[st.speaker] == "Иван Петров"


def test_an_initial_glued_to_a_surname_is_no_site_name():
    # `И.Сомов`: the dot of an initial, upper case after it, is not read as a site's name; the
    # owner is read as before (the name the NER gives, or no one)
    text = "По словам И.Сомова, мост через реку откроют в мае."
    sts, names = statements(text)
    cued = [s for s in sts if s.trigger.text == "словам"]
    assert all(s.source is None for s in cued)
    assert all(s.content is None or "откроют в мае" in s.content.text for s in cued)


# ---- `в ведомстве сообщили`: a body named before by another word ----------------------------------
@pytest.mark.parametrize("text, body", [
    ("Федеральная налоговая служба Эстонии начала проверку фирмы «Балтсвет». Проверка займёт "
     "несколько месяцев. В ведомстве отметили, что владельцы фирмы отказались давать пояснения.",
     "Федеральная налоговая служба Эстонии"),
    ("Министерство транспорта Молдавии закрыло мост через Прут. В министерстве рассказали, что "
     "ремонт продлится до осени.", "Министерство транспорта Молдавии"),
])
def test_a_plural_verb_said_in_a_noun_that_refers_back_speaks_for_that_body(text, body):
    sts, names = statements(text)
    spoken = [s for s in sts if s.trigger.text in ("отметили", "рассказали")]
    assert len(spoken) == 1
    assert names.get(spoken[0].speaker) == body


@pytest.mark.parametrize("text", [
    # two bodies the noun could stand for: no one is guessed
    ("Министерство финансов Литвы и Министерство экономики Литвы подготовили поправки. "
     "В ведомстве отметили, что поправки вступят в силу весной."),
    # the noun has words of its own: another ministry than the one named
    ("Министерство финансов Литвы подготовило поправки. В министерстве обороны отметили, что "
     "поправки вступят в силу весной."),
    # a plural noun: many bodies, not the one named
    ("Министерство финансов Литвы подготовило поправки. В министерствах отметили, что поправки "
     "вступят в силу весной."),
    # the body is named only after the noun
    ("В ведомстве отметили, что поправки вступят в силу весной. Об этом пишет Министерство "
     "финансов Литвы."),
])
def test_a_noun_that_settles_no_one_body_leaves_the_plural_verb_without_a_speaker(text):
    sts, names = statements(text)
    spoken = [s for s in sts if s.trigger.text == "отметили"]
    assert all(names.get(s.speaker) not in ("Министерство финансов Литвы",
                                            "Министерство экономики Литвы") for s in spoken)
