"""Review of the seventeenth speech reading (speech17): forms its new rules took wrongly; every
sentence here is written for the test."""

from __future__ import annotations

from speech_helpers import statements


def test_zamechat_that_notices_something_is_no_speech():
    # `замечать` frames a quote (`— замечает X`); negated, `не замечал, что …` is (not) noticing,
    # not speech
    for text in ("Инженер Иван Смирнов долго не замечал, что за ним следят.",
                 "Инженер Иван Смирнов не заметил, что за ним следят.",
                 "Врач Ольга Зимина стала замечать у пациента странные симптомы.",
                 "Жители посёлка замечают, что автобусы ходят реже."):
        sts, _ = statements(text)
        assert sts == (), text


def test_a_current_title_is_not_the_former_holder_of_it():
    # the article names only a former premier; `премьер-министр Италии` (no `бывший`) is the
    # sitting one, whom it does not name
    for text in ("Бывший премьер Италии Марио Росси дал интервью газете.\n"
                 "Премьер-министр Италии заявил, что правительство выполнит обещания.",
                 "Бывший премьер Италии Марио Росси дал интервью газете.\n"
                 "Премьер Италии заявил, что правительство выполнит обещания."):
        sts, names = statements(text)
        assert all(names.get(s.speaker) != "Марио Росси" for s in sts), text


def test_a_former_title_still_names_the_former_holder():
    text = ("Бывший премьер Италии Марио Росси дал интервью газете.\n"
            "Бывший премьер-министр Италии заявил, что покидает политику.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Марио Росси"


def test_soyuz_after_two_unions_named_is_neither():
    # the tagger may take one union for a place; it is still a union the word may refer to
    text = ("Европейский союз и Африканский союз подписали соглашение.\n"
            "Союз заявил, что поможет беженцам.")
    sts, names = statements(text)
    assert all(s.speaker is None or names.get(s.speaker) not in
               ("Европейский союз", "Африканский союз") for s in sts)


def test_a_pronoun_left_open_does_not_make_the_one_referred_to_the_speaker():
    # `она` finds no woman before it; the minister the clause refers to is still not `она`
    text = ("Депутат Иван Смирнов вернулся из поездки.\n"
            "Со ссылкой на министра Олега Кузнецова она заявила, что завод закроют.\n")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Олег Кузнецов" for s in sts)
    assert [names.get(s.source) for s in sts] == ["Олег Кузнецов"]
