"""Reported speech, twentieth round: constructions of Russian news the earlier sets did not hold
(tests/data/speech/constructions_twentieth.json, `scripts/speech_constructions.py --twentieth`).
Every sentence here is invented; one behaviour per test, with the readings a rule must not
reach beside the one it must."""

from __future__ import annotations

from speech_helpers import said as _said
from speech_helpers import said_once as _one

# ---- cue verbs and nouns (data) ----------------------------------------------------------

def test_forecast_verb_with_a_clause_is_speech():
    speaker, _, _, words = _one("Министр финансов Антон Силуанов спрогнозировал, что инфляция "
                                "снизится до 4%.")
    assert speaker == "Антон Силуанов" and "инфляция снизится" in words


def test_expecting_is_speech_only_with_a_clause():
    assert _one("Аналитик Игорь Соколов ожидает, что нефть подешевеет к осени.")[0] \
        == "Игорь Соколов"
    assert _said("Аналитик Игорь Соколов ожидает решения суда.") == []
    assert _said("Пассажиры ожидают посадки в аэропорту Внуково.") == []
    assert _said("Ожидается, что нефть подешевеет к осени.") == []


def test_voicing_and_explaining_verbs_are_speech():
    assert "рост ВВП" in _one("Глава Минэкономразвития Максим Решетников озвучил, что рост ВВП "
                              "составит 2%.")[3]
    assert _one("Юрист Ольга Миронова разъяснила, что штраф можно оспорить в суде.")[0] \
        == "Ольга Миронова"


def test_doubting_with_a_clause_is_an_opinion_and_without_it_none():
    assert _one("Эксперт Павел Громов не сомневается, что цены на квартиры вырастут.")[0] \
        == "Павел Громов"
    assert _said("Эксперт Павел Громов сомневается в успехе реформы.") == []


def test_noticing_sense_of_turning_attention_is_no_speech():
    assert _said("Водитель Иван Смирнов с ужасом обратил внимание, что у автобуса нет "
                 "тормозов.") == []


def test_from_the_words_of_cue_names_the_speaker():
    speaker, source, _, words = _one("Со слов водителя Ивана Смирнова, тормоза отказали "
                                     "внезапно.")
    assert (speaker, source) == ("Иван Смирнов", None) and "тормоза отказали" in words


def test_forecast_count_and_poll_cues_name_the_source():
    for text in ("По подсчётам РБК, убытки составили 5 млрд рублей.",
                 "По прогнозу Банка России, инфляция вернётся к 4%.",
                 "Согласно опросу ВЦИОМ, большинство россиян поддерживают закон."):
        speaker, source, _, _ = _one(text)
        assert speaker is None and source is not None, text


# ---- what was said -----------------------------------------------------------------------

def test_budto_opens_the_words_said():
    assert "выборы были сфальсифицированы" in _one(
        "Депутат Евгений Фёдоров заявил, будто выборы были сфальсифицированы.")[3]


def test_kak_budto_is_a_comparison_not_the_words():
    words = _one("Депутат Олег Смолин заявил, как будто ничего не случилось, что закон "
                 "примут.")[3]
    assert "закон примут" in words


def test_such_a_statement_made_by_x_reports_the_sentence_before():
    speaker, _, _, words = _one("«Мы будем бороться до конца». Такое заявление сделал лидер "
                                "профсоюза Михаил Шмаков.")
    assert speaker == "Михаил Шмаков" and "Мы будем бороться" in words


def test_with_such_a_statement_came_out_x_reports_the_sentence_before():
    speaker, _, _, words = _one("«Страна справится с трудностями». С таким заявлением выступил "
                                "премьер-министр Михаил Мишустин.")
    assert speaker == "Михаил Мишустин" and "Страна справится" in words


def test_such_an_opinion_voiced_by_x_reports_the_sentence_before():
    speaker, _, _, words = _one("Ставку снизят в сентябре. Такое мнение высказал аналитик Иван "
                                "Ткачёв.")
    assert speaker == "Иван Ткачёв" and "Ставку снизят" in words


def test_such_a_decision_or_a_statement_as_subject_is_no_speech():
    assert _said("Завод закрыли в марте. Такое решение принял директор Иван Петров.") == []
    assert _said("Завод закрыли в марте. Такое заявление Ивана Петрова вызвало "
                 "протесты.") == []
    assert _said("С заявлением выступил премьер-министр Михаил Мишустин.") == []


def test_this_article_written_by_x_names_its_author_not_his_words():
    assert _said("Завод закрыли в марте. Эту статью написал журналист Иван Петров.") == []


def test_verb_interrupting_a_clause_after_its_subject_reports_the_whole_sentence():
    speaker, _, _, words = _one("Реформа, подчеркнул министр Сергей Кравцов, не затронет "
                                "сельские школы.")
    assert speaker == "Сергей Кравцов" and words.startswith("Реформа") \
        and "не затронет сельские школы" in words


def test_verb_after_a_connective_reports_only_what_follows():
    words = _one("Кроме того, сообщает РБК, руководителем назначен Иван Петров.")[3]
    assert words.startswith("руководителем")


def test_short_verbless_dialogue_line_is_the_words():
    speaker, _, _, words = _one("— Ситуация стабильная, — рассказала врач Елена Кравец.")
    assert speaker == "Елена Кравец" and "Ситуация стабильная" in words
    assert _said("Да, сказал Иван Петров.") == []


def test_opinion_verb_before_a_colon_reports_the_clause():
    speaker, _, _, words = _one("Министр просвещения Сергей Кравцов убеждён: школьная программа "
                                "нуждается в изменениях.")
    assert speaker == "Сергей Кравцов" and "школьная программа" in words
    assert _said("Эксперт Иван Петров считает деньги: их осталось мало.") == []


# ---- nothing said ------------------------------------------------------------------------

def test_ne_right_before_a_verb_of_saying_denies_it():
    assert _said("Министр Антон Силуанов не заявлял, что налоги вырастут.") == []
    assert _said("Пресс-секретарь Кремля Дмитрий Песков не сообщал о сроках визита.") == []


def test_ne_raz_is_many_times_and_still_speech():
    assert _one("Министр Антон Силуанов не раз заявлял, что налоги не вырастут.")[0] \
        == "Антон Силуанов"


def test_negated_denial_and_negative_advice_still_report_words():
    assert _one("Министр Антон Силуанов не отрицал, что налоги вырастут.")[0] == "Антон Силуанов"
    assert _one("Врач Иван Петров не рекомендует выходить на улицу.")[0] == "Иван Петров"


def test_negated_opinion_is_still_an_opinion():
    assert _one("Депутат Олег Смолин не исключает, что закон будет пересмотрен.")[0] \
        == "Олег Смолин"


def test_speech_verb_under_intention_or_obligation_is_not_yet_said():
    assert _said("Министр Антон Силуанов собирается заявить о новых мерах поддержки.") == []
    assert _said("Губернатор Игорь Руденя должен сообщить о решении в понедельник.") == []
    assert _said("Министр Антон Силуанов намерен рассказать о бюджете.") == []
    assert _said("Министр Антон Силуанов может объявить об отставке.") == []


# ---- who spoke ---------------------------------------------------------------------------

def test_person_after_a_data_cue_is_the_speaker():
    speaker, source, _, _ = _one("По сообщению директора музея Николая Петрова, музей приносит "
                                 "прибыль.")
    assert (speaker, source) == ("Николай Петров", None)


def test_body_after_a_data_cue_stays_the_source():
    speaker, source, _, _ = _one("По данным Росстата, инфляция выросла.")
    assert speaker is None and source == "Росстат"


def test_person_after_a_cue_of_data_stays_the_source():
    speaker, source, _, _ = _one("По данным адвоката Ивана Смирнова, его клиент невиновен.")
    assert (speaker, source) == (None, "Иван Смирнов")


def test_unnamed_source_speaking_to_an_outlets_reporter_has_the_outlet_as_source():
    speaker, source, anonymous, _ = _one("«Это не первый случай», — сказал корреспонденту ТАСС "
                                         "сотрудник полиции.")
    assert (speaker, source, anonymous) == (None, "ТАСС", True)


def test_named_speaker_to_an_outlets_reporter_keeps_no_source():
    speaker, source, _, _ = _one("Министр Иван Петров рассказал корреспонденту ТАСС, что завод "
                                 "закроют.")
    assert (speaker, source) == ("Иван Петров", None)


def test_reporter_of_a_state_body_is_no_source():
    _, source, anonymous, _ = _one("Сотрудник полиции рассказал сотруднику МВД, что задержаны "
                                   "трое.")
    assert source is None and anonymous


def test_bare_noun_after_the_same_unnamed_noun_is_that_unnamed_person():
    assert _said("Президент Уго Чавес встретился с лидером профсоюза. Лидер заявил, что "
                 "забастовка продолжится.") == []
    assert _said("Певец Иван Петров встретился с музыкантом. Музыкант заявил, что концерт "
                 "состоится.") == []
