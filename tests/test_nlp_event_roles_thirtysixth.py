"""Subjects the parse hangs where no subject can stand, so an event whose line fits names no
doer: a list of names hung under the noun of a prepositional phrase before the verb (`в письме
Анна и Пётр Орловы призвали`), and a coordinated verb the parse hung on a verb after it
(`пожелал удачи и вручил кубки тем, которые …`: `вручил` under the relative clause's verb), and
a subject left unsaid down a life story past a verbless line with a participle or with people
named aside in brackets (`Один из трёх игроков, забивавших … (другие — X, Y). Возглавил …`);
the imperfective `принимать` carries the event it takes part in as `принять` does (`принимал
участие в эстафете`); the infinitive of an appeal is the act of the one called on
(`призвала коллегию взять самоотвод`)."""

from __future__ import annotations

from event_helpers import found

ANNA_AND_PYOTR = frozenset({"Анна Смирнова", "Пётр Орлов"})

# ---- a subject hung under a prepositional phrase ----------------------------------------------


def test_two_names_hung_under_a_prepositional_noun_are_the_subject_of_the_verb():
    text = "В письме Анна Смирнова и Пётр Орлов призвали прокуратуру провести проверку."
    assert found(text, "Appeal") == [("Actual", ANNA_AND_PYOTR, frozenset())]


def test_the_names_under_the_phrase_carry_down_to_a_coordinated_verb():
    text = ("В обращении Анна и Пётр Смирновы выражают несогласие с решением суда и призывают "
            "прокуратуру провести проверку.")
    assert found(text, "Appeal") == [
        ("Actual", frozenset({"Анна Смирнова", "Пётр Смирнов"}), frozenset())]


def test_a_list_of_names_hung_as_an_apposition_moves_together():
    text = "После гибели брата Анна Смирнова и Пётр Орлов переехали в Казань."
    assert found(text, "Relocation") == [("Actual", ANNA_AND_PYOTR, frozenset())]


def test_the_names_of_a_clause_after_posle_togo_kak_hold_the_match():
    # `после того как X и Y провели`: the parse hangs the names on `того`
    text = ("В 1990 году, после того как Анатолий Карпов и Гарри Каспаров провели свой матч в "
            "Лионе, шахматисты разъехались.")
    assert found(text, "SportsMatch") == [
        ("Actual", frozenset({"Анатолий Карпов", "Гарри Каспаров"}), frozenset())]


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
    text = ("На церемонии почётный председатель фонда «Рассвет» Олег Смирнов пожелал всем "
            "здоровья и вручил дипломы тем школьникам, которые показали высокие результаты по "
            "итогам года.")
    assert found(text, "Award") == [("Actual", frozenset({"Олег Смирнов"}), frozenset())]



# ---- a subject left unsaid down a life story --------------------------------------------------


def test_a_verbless_line_with_a_participle_passes_the_unsaid_subject_on():
    # `Один` hung as the participle's subject is no subject of a clause of its own
    text = ("Олег Смирнов — российский футболист. Один из трёх игроков, забивавших голы в двух "
            "финалах подряд. В 2015 году возглавил молодёжную сборную.")
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Олег Смирнов"}))]


def test_people_named_aside_in_brackets_do_not_take_the_unsaid_subject():
    text = ("Олег Петрович Смирнов — российский футболист, защитник. Мастер спорта России (2005). "
            "Один из трёх игроков, забивавших голы в двух финалах подряд (другие — Иванов, "
            "Кузнецов). Тренерскую карьеру начал в 2015 году, возглавив молодёжную сборную.")
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Олег Смирнов"}))]


def test_a_line_whose_own_subject_is_unnamed_still_stops_the_search():
    text = ("Олег Смирнов — российский футболист. Санитары, прибывшие на место, помогли раненым. "
            "В 2015 году возглавил молодёжную сборную.")
    assert found(text, "Appointment") == []


# ---- the imperfective of a verb that carries a noun trigger ------------------------------------


def test_one_who_was_taking_part_in_a_relay_takes_part_in_it():
    text = ("Олег Смирнов работал в городском театре. В 2013 году принимал участие в эстафете "
            "олимпийского огня.")
    assert found(text, "Ceremony") == [("Actual", frozenset({"Олег Смирнов"}), frozenset())]


def test_one_who_was_taking_part_in_a_rally_protests():
    text = "Анна Орлова принимала участие в митинге против закрытия больницы."
    assert found(text, "Protest") == [("Actual", frozenset({"Анна Орлова"}), frozenset())]


# ---- an appeal's infinitive is done by the one called on ----------------------------------------


def test_the_one_who_calls_on_a_jury_to_step_down_does_not_step_down():
    text = "Анна Смирнова призвала коллегию присяжных взять самоотвод."
    assert found(text, "Withdrawal") == []
    assert found(text, "Appeal") == [("Actual", frozenset({"Анна Смирнова"}), frozenset())]


def test_a_call_caught_in_a_parse_cycle_with_its_infinitive_names_no_caller():
    # the parse hangs `призывая` under its own infinitive `отказать`: the pronoun object of the
    # appeal is not who makes it
    text = ("Решение было принято мэром несмотря на письмо родных погибшего в 2010 году "
            "журналиста Ивана Петрова, призывая его отказать в утверждении кандидатуры.")
    assert found(text, "Appeal") == []
