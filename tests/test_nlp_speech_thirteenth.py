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
    # `пи` is no key next to `о`: no cue is guessed from any two letters that open with `п`
    "Пи данным газеты «Вечерний вестник», дело возбуждено следственным отделом в Тамбове.",
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


# ---- an unnamed source speaks from the body it names ---------------------------------------------
@pytest.mark.parametrize("text, source, label", [
    ("Источник ТАСС утверждает, что проверку начали из-за жалобы поставщика.",
     "ТАСС", "Источник ТАСС"),
    ("По словам собеседника газеты «Коммерсантъ», оба заместителя уже подали заявления.",
     "Коммерсантъ", "собеседника газеты «Коммерсантъ"),
    # a bare media noun: the one medium that published before
    ("Об отставке Ивана Котова сообщает РБК. По мнению собеседников агентства, он уйдёт в мае.",
     "РБК", "собеседников агентства"),
    ("Об этом пишет газета «Северный вестник». «Скорее всего, срок сдвинут», — подчеркнул "
     "источник издания.", "Северный вестник", "источник издания"),
])
def test_an_unnamed_source_of_a_named_body_has_that_body_for_source(text, source, label):
    sts, names = statements(text)
    (st,) = [s for s in sts if s.anonymous_source]
    assert st.speaker is None
    assert names[st.source] == source
    assert st.anonymous_source.startswith(label)


@pytest.mark.parametrize("text", [
    # a person is no body: `собеседник министра` speaks for no organisation
    "Источник в окружении министра Петра Сомова сообщил, что тот уйдёт в отставку.",
    # two media published before: which one the agency is stays open
    "Об отставке сообщает РБК, а ТАСС пишет о болезни. Источники агентства полагают, что "
    "губернатор уйдёт в мае.",
])
def test_an_unnamed_source_without_one_body_has_no_source(text):
    sts, _ = statements(text)
    (st,) = [s for s in sts if s.anonymous_source]
    assert st.speaker is None and st.source is None


def test_one_label_speaks_for_the_medium_of_its_own_sentence():
    # `Источник издания` twice: after РБК alone it is РБК's; after ТАСС has written too, which
    # medium it means stays open, and the first one's body is not carried over
    text = ("Об этом сообщает РБК. Источник издания сообщил, что сделка сорвалась. Об этом же "
            "пишет ТАСС. Источник издания сообщил, что сделка состоится в мае.")
    sts, names = statements(text)
    got = [(s.content.text, names.get(s.source)) for s in sts if s.anonymous_source]
    assert got == [("сделка сорвалась", "РБК"), ("сделка состоится в мае", None)]


# ---- a reason given in the instrumental ----------------------------------------------------------
@pytest.mark.parametrize("text, who, words", [
    ("Уход со сцены 80-летний певец Олег Ракитин объяснил усталостью и болезнью жены.",
     "Олег Ракитин", "усталостью и болезнью жены"),
    ("Екатерина Лаптева мотивировала свою просьбу необходимостью ухода за больной матерью.",
     "Екатерина Лаптева", "необходимостью ухода за больной матерью"),
])
def test_a_reason_in_the_instrumental_is_what_was_said(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.content.text == words


@pytest.mark.parametrize("text, who, words", [
    ("Певец Олег Ракитин объяснил уход усталостью, а его жена Анна отказалась от комментариев.",
     "Олег Ракитин", "усталостью"),
    ("Министр Олег Сомов объяснил отставку усталостью, болезнью и долгами, а затем уехал в Тверь.",
     "Олег Сомов", "усталостью, болезнью и долгами"),
])
def test_a_reason_ends_where_a_clause_joined_after_it_begins(text, who, words):
    # what another clause tells (his wife's refusal, his leaving) is not the reason he gave
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "объяснил"]
    assert names[st.speaker] == who
    assert st.content.text == words


def test_a_reason_given_as_a_clause_is_still_the_clause():
    (st,), names = statements("Врач Анна Соколова объяснила это тем, что пациент опоздал.")
    assert names[st.speaker] == "Анна Соколова" and st.content.text == "пациент опоздал"


@pytest.mark.parametrize("text", [
    "Учитель Иван Белов объяснил детям правила игры.",  # no reason: what was explained only
    "Суд признал приговор законным и мотивированным.",
    "Министр Олег Сомов не объяснил своё решение ничем.",  # negated
])
def test_no_reason_in_the_instrumental_makes_no_statement(text):
    sts, _ = statements(text)
    assert not [s for s in sts if s.trigger.text.startswith(("объясн", "мотив"))]


@pytest.mark.parametrize("text, source", [
    ("Сделку отложили до весны, заметил один из давних собеседников агентства ТАСС.", "ТАСС"),
    ("Один из представителей компании «Ромашка» сообщил, что сделка сорвалась.", "Ромашка"),
])
def test_one_of_unnamed_sources_is_an_unnamed_source(text, source):
    (st,), names = statements(text)
    assert st.speaker is None and st.anonymous_source.lower().startswith("один из")
    assert names[st.source] == source


# ---- `Как полагает X, …` with a verb of opinion --------------------------------------------------
@pytest.mark.parametrize("text, who, words", [
    ("Как считает министр Олег Сомов, курс рубля вырастет.", "Олег Сомов", "курс рубля вырастет"),
    ("Как предполагает аналитик Инна Юдина, сделку закроют до осени.", "Инна Юдина",
     "сделку закроют до осени"),
])
def test_a_verb_of_opinion_in_a_kak_clause_reports_what_follows(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who and st.content.text == words


def test_an_impersonal_kak_clause_of_opinion_names_no_one():
    sts, _ = statements("Как считалось, певец Олег Дронов хотел уехать в Ригу.")
    assert not sts


# ---- a reported clause ends at a colon closing its line ------------------------------------------
def test_a_reported_clause_ends_at_a_colon_before_a_line_break():
    text = ("Тренер Олег Валиков добавил, что клуб не нуждается в новых игроках:\n\n\n"
            "Как сообщает газета «Спортивный край», переговоры с нападающим прекращены.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "добавил"]
    assert names[st.speaker] == "Олег Валиков"
    assert st.content.text == "клуб не нуждается в новых игроках"


def test_the_paragraph_after_the_colon_is_still_the_quote():
    text = ("Певица Алина Горская сказала, что очень рада вернуться:\n"
            "Это большая честь для меня, и я благодарна всем, кто ждал.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Алина Горская"
    assert st.content.text == "очень рада вернуться"
    assert st.quote.text.startswith("Это большая честь для меня")


def test_a_second_act_hung_on_the_reported_clause_by_the_parser_is_the_speakers():
    # `подтвердил` cannot share the clause's feminine subject (`фабрика`): it is the governor's
    text = ("Губернатор Пётр Лавров выразил надежду, что фабрика откроется к осени, а также "
            "подтвердил намерение помочь её работникам.")
    sts, names = statements(text)
    by_verb = {s.trigger.text: s for s in sts}
    assert set(by_verb) == {"выразил", "подтвердил"}
    assert names[by_verb["подтвердил"].speaker] == "Пётр Лавров"
    assert by_verb["выразил"].content.text == "фабрика откроется к осени"
    assert by_verb["подтвердил"].content.text == "намерение помочь её работникам"


def test_a_verb_that_can_share_the_clauses_subject_stays_inside_the_clause():
    # `завод … подтвердил`: the masculine clause subject may be its own, so no second statement
    text = ("Губернатор Пётр Лавров выразил надежду, что завод откроется к осени и подтвердил "
            "свою репутацию.")
    sts, _ = statements(text)
    assert [s.trigger.text for s in sts] == ["выразил"]
