"""Reported speech, twenty-fifth round: a reported clause the parser cut off as a second root
(`сообщил, что X, возможно, …`), an outlet in the dative named through its kind noun (`агентству
AFP`), a person the text does not name who spoke to a named outlet (`Его сын рассказал агентству
X`), `её подруга` not taken for the woman of the article, cues with `со ссылкой на`, and quoting
verbs with a story (`приводит рассказ X`) or a possessive owner (`приводит его слова`); and the
sentences where none of these may give a speaker or a statement. Every sentence is written for
these tests."""

from __future__ import annotations

from speech_helpers import said


def _who(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(who, source, anon) for who, source, anon, _ in said(text)]


# ---- a clause cut off as a second root keeps the subject before the speech verb -------------

def test_an_unnamed_source_before_a_clause_with_a_parenthetical_speaks():
    found = said("Источник, близкий к переговорам, сообщил агентству Reuters, что Иван Петров, "
                 "возможно, покинул страну.")
    assert [(w, s, a) for w, s, a, _ in found] == [(None, "Reuters", True)]
    assert "покинул страну" in found[0][3]


def test_a_named_speaker_keeps_a_clause_with_a_parenthetical():
    assert _who("Министр финансов Антон Силуанов сообщил, что налоги, вероятно, не вырастут.") \
        == [("Антон Силуанов", None, False)]


def test_a_speech_verb_with_no_subject_at_all_gives_nothing():
    assert _who("Сообщили, что завод, возможно, закроют.") == []


def test_a_plural_noun_before_a_clause_with_a_parenthetical_is_no_one():
    assert _who("Рабочие завода сообщили, что директор, возможно, уволится.") == []


# ---- an outlet in the dative named through its kind noun -------------------------------------

def test_an_unnamed_source_that_spoke_to_a_newspaper_cites_it():
    assert _who("Источник в полиции рассказал газете «Известия», что задержанного отпустят.") \
        == [(None, "Известия", True)]


def test_a_named_speaker_who_spoke_to_a_newspaper_stays_the_speaker():
    assert _who("Министр Иван Петров сообщил газете «Известия», что реформа продолжится.") \
        == [("Иван Петров", None, False)]


# ---- a person the text does not name who spoke to a named outlet -----------------------------

def test_an_unnamed_relative_who_spoke_to_an_outlet_cites_the_outlet():
    assert _who("Певец Олег Лавров умер в Риге. Его брат рассказал телеканалу «Дождь», что певец "
                "долго болел.") == [(None, "Дождь", False)]


def test_an_unnamed_lawyer_who_spoke_to_an_agency_cites_the_agency():
    assert _who("Бизнесмен Олег Лавров арестован в Риге. Его адвокат заявил агентству AFP, что "
                "арест незаконен.") == [(None, "AFP", False)]


def test_an_unnamed_relative_with_no_outlet_gives_nothing():
    assert _who("Певец Олег Лавров умер в Риге. Его брат рассказал, что певец долго болел.") == []


def test_an_unnamed_relative_who_told_a_company_gives_nothing():
    assert _who("Певец Олег Лавров умер в Риге. Его брат сообщил компании «Газпром», что певец "
                "долго болел.") == []


def test_an_unnamed_relative_who_told_a_ministry_gives_nothing():
    assert _who("Певец Олег Лавров пропал в Риге. Его брат сообщил МВД, что певец уехал.") == []


def test_an_unnamed_relative_who_did_not_tell_an_outlet_gives_nothing():
    assert _who("Певец Олег Лавров умер в Риге. Его брат не сообщил агентству Reuters, что певец "
                "болел.") == []


def test_an_unnamed_relative_who_may_tell_an_outlet_gives_nothing():
    assert _who("Если его брат расскажет агентству Reuters, что певец болел, суд отложат.") == []


def test_a_pronoun_nobody_named_who_spoke_to_an_outlet_gives_nothing():
    assert _who("Он рассказал агентству Reuters, что певец долго болел.") == []


# ---- `её подруга` is someone of hers, not she ------------------------------------------------

def test_her_friend_is_not_the_woman_of_the_article():
    assert _who("Актриса Анна Белова живёт в Париже. Её подруга заявила, что актриса здорова.") \
        == []


def test_the_feminine_noun_alone_still_refers_to_the_woman_of_the_article():
    assert _who("Актриса Анна Белова живёт в Париже. Актриса заявила, что здорова.") \
        == [("Анна Белова", None, False)]


# ---- cues with `со ссылкой на` -----------------------------------------------------------------

def test_a_cue_citing_a_body_has_the_outlet_as_source_and_the_body_as_speaker():
    assert _who("По данным телеканала CNN со ссылкой на Пентагон, в регион отправлен флот.") \
        == [("Пентагон", "CNN", False)]


def test_a_cue_citing_a_press_service_speaks_for_its_ministry():
    assert _who("По сообщению агентства Интерфакс со ссылкой на пресс-службу МЧС, пожар "
                "потушен.") == [("МЧС", "Интерфакс", False)]


def test_a_cue_citing_unnamed_sources_is_anonymous():
    assert _who("По информации газеты «Ведомости» со ссылкой на собеседников в министерстве, "
                "пошлины отменят.") == [(None, "Ведомости", True)]


def test_a_cue_without_a_citation_has_no_speaker():
    assert _who("По данным агентства Интерфакс, пожар потушен.") == [(None, "Интерфакс", False)]


def test_a_cue_of_words_keeps_its_owner_as_the_speaker():
    assert _who("По словам министра Ивана Петрова, пожар потушен.") \
        == [("Иван Петров", None, False)]


# ---- quoting verbs: a story, a possessive owner, a topic ---------------------------------------

def test_a_quoted_story_is_its_owners_words():
    assert _who("Газета «Коммерсант» приводит рассказ очевидца Олега Смирнова: «Машина "
                "вылетела на тротуар»." ) == [("Олег Смирнов", "Коммерсант", False)]


def test_quoted_words_with_a_possessive_and_a_topic_are_the_persons_named_before():
    assert _who("Водитель Сергей Орлов задержан в Самаре. Газета «Коммерсант» приводит его слова "
                "об аварии: «Я не видел светофора».") == [("Сергей Орлов", "Коммерсант", False)]


def test_a_story_brought_as_an_example_is_no_statement():
    assert _who("Учитель Иван Петров приводит рассказ Чехова в пример ученикам.") == []


# ---- a cue whose line closes with a colon introduces its owner's paragraph -------------------

def test_a_cue_line_closed_by_a_colon_takes_the_paragraph_as_its_quote():
    found = said("Водитель Сергей Орлов задержан. По словам Сергея Орлова, он уехал от страха:\n"
                 "Я испугался. Потом сел в машину и уехал домой.")
    assert [(w, s, a) for w, s, a, _ in found] == [("Сергей Орлов", None, False)]
    assert "Я испугался" in found[0][3] and "уехал от страха" in found[0][3]


def test_the_subject_of_a_cue_line_does_not_speak_the_paragraph():
    # (the words are the cue owner's, not those of the one the line is about)
    assert _who("Водитель Сергей Орлов задержан. По словам следователя Ивана Петрова, Орлов был "
                "пьян:\nОн не мог стоять на ногах и путал слова.") == [("Иван Петров", None, False)]


def test_a_cue_with_a_colon_inside_its_line_keeps_its_words():
    found = said("По данным агентства Интерфакс, в список вошли: Москва, Казань и Сочи.")
    assert [(w, s, a) for w, s, a, _ in found] == [(None, "Интерфакс", False)]
    assert "Москва, Казань и Сочи" in found[0][3]


def test_a_subject_that_only_acts_before_a_colon_paragraph_keeps_its_own_reading():
    # (no cue: the older reading of a named subject's colon paragraph stands)
    assert _who("Водитель Сергей Орлов опубликовал в соцсети видео:\nЯ не виноват, светофор не "
                "работал.")[0][0] == "Сергей Орлов"
