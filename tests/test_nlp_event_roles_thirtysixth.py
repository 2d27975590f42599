"""Subjects the parse hangs where no subject can stand, so an event whose line fits names no
doer: a list of names hung under the noun of a prepositional phrase before the verb (`в письме
Анна и Пётр Орловы призвали`), and a coordinated verb the parse hung on a verb after it
(`поздравила жителей и вручила медали тем, которые …`: `вручила` under the relative clause's
verb), and a subject left unsaid down a life story past a verbless line with a
participle or with people named aside in brackets (`Одна из спортсменок, выигравших … (кроме неё
— X, Y). Возглавила …`); the imperfective `принимать` carries the event it takes part in as
`принять` does (`принимал участие в эстафете огня`); the infinitive of an appeal is the act of
the one called on (`призвала членов жюри взять самоотвод`). Every sentence is written for these
tests."""

from __future__ import annotations

from event_helpers import found

ANNA_AND_PYOTR = frozenset({"Анна Смирнова", "Пётр Орлов"})

# ---- a subject hung under a prepositional phrase ----------------------------------------------


def test_two_names_hung_under_a_prepositional_noun_are_the_subject_of_the_verb():
    text = "В письме Анна Смирнова и Пётр Орлов призвали прокуратуру провести проверку."
    assert found(text, "Appeal") == [("Actual", ANNA_AND_PYOTR, frozenset())]


def test_the_names_under_the_phrase_carry_down_to_a_coordinated_verb():
    text = ("В открытом письме Анна и Пётр Смирновы благодарят волонтёров за помощь и "
            "призывают соседей выйти на субботник.")
    assert found(text, "Appeal") == [
        ("Actual", frozenset({"Анна Смирнова", "Пётр Смирнов"}), frozenset())]


def test_a_list_of_names_hung_as_an_apposition_moves_together():
    text = "После гибели брата Анна Смирнова и Пётр Орлов переехали в Казань."
    assert found(text, "Relocation") == [("Actual", ANNA_AND_PYOTR, frozenset())]


def test_the_names_of_a_clause_after_posle_togo_kak_hold_the_match():
    # `после того как X и Y провели`: the parse hangs the names on `того`
    text = ("Весной, после того как Вера Колосова и Нина Гурьева провели матч в Казани, турнир "
            "закрыли.")
    assert found(text, "SportsMatch") == [
        ("Actual", frozenset({"Вера Колосова", "Нина Гурьева"}), frozenset())]


def test_a_name_in_the_dative_under_the_phrase_stays_the_one_appealed_to():
    text = "В письме Анне Смирновой Пётр Орлов призвал её вернуться."
    assert found(text, "Appeal") == [
        ("Actual", frozenset({"Пётр Орлов"}), frozenset({"Анна Смирнова"}))]


def test_one_name_under_the_phrase_is_no_subject_of_a_plural_verb():
    # the list agrees by its count: one woman does not `призвали`
    text = "В письме Анна Смирнова призвали прокуратуру провести проверку."
    assert found(text, "Appeal") == []


# ---- a conjunct hung on a verb after it ----------------------------------------------------------


def test_a_verb_coordinated_before_a_relative_clause_shares_the_first_verbs_subject():
    text = ("На празднике глава района Елена Воронцова поздравила жителей с юбилеем посёлка и "
            "вручила медали тем ветеранам, которые проработали на заводе больше тридцати лет.")
    assert found(text, "Award") == [("Actual", frozenset({"Елена Воронцова"}), frozenset())]



# ---- a subject left unsaid down a life story --------------------------------------------------


def test_a_verbless_line_with_a_participle_passes_the_unsaid_subject_on():
    # `Один` hung as the participle's subject is no subject of a clause of its own
    text = ("Ирина Белова — российский физик. Один из авторов, описавших новый тип кристаллов. "
            "В 2016 году возглавила лабораторию.")
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Ирина Белова"}))]


def test_people_named_aside_in_brackets_do_not_take_the_unsaid_subject():
    text = ("Ирина Сергеевна Белова — российская пловчиха, чемпионка Европы (2009). Одна из "
            "немногих спортсменок, выигравших медали на трёх олимпиадах (кроме неё — Орлова, "
            "Зайцева). Работать тренером стала в 2016 году, возглавив женскую сборную.")
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Ирина Белова"}))]


def test_a_line_whose_own_subject_is_unnamed_still_stops_the_search():
    text = ("Ирина Белова — российская пловчиха. Спасатели, дежурившие у бассейна, помогли "
            "зрителю. В 2016 году возглавила женскую сборную.")
    assert found(text, "Appointment") == []


# ---- the imperfective of a verb that carries a noun trigger ------------------------------------


def test_one_who_was_taking_part_in_a_relay_takes_part_in_it():
    text = ("Глеб Ласточкин руководил сельской библиотекой. Тогда же принимал участие в эстафете "
            "паралимпийского огня в Сочи.")
    assert found(text, "Ceremony") == [("Actual", frozenset({"Глеб Ласточкин"}), frozenset())]


def test_one_who_was_taking_part_in_a_rally_protests():
    text = "Анна Орлова принимала участие в митинге против закрытия больницы."
    assert found(text, "Protest") == [("Actual", frozenset({"Анна Орлова"}), frozenset())]


# ---- an appeal's infinitive is done by the one called on ----------------------------------------


def test_the_one_who_calls_on_a_jury_to_step_down_does_not_step_down():
    text = "Депутат Ольга Дроздова призвала членов жюри конкурса взять самоотвод."
    assert found(text, "Withdrawal") == []
    assert found(text, "Appeal") == [("Actual", frozenset({"Ольга Дроздова"}), frozenset())]


def test_a_call_caught_in_a_parse_cycle_with_its_infinitive_names_no_caller():
    # the parse hangs `призывая` under its own infinitive `отказать`: the pronoun object of the
    # appeal is not who makes it
    text = ("Указ был подписан губернатором вопреки просьбе учеников покойного в 2018 году "
            "профессора Льва Зимина, призывая его отказать в назначении нового ректора.")
    assert found(text, "Appeal") == []
