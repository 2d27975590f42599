"""Limits of the nineteenth round's event coverage: a gathering named by its scope (`чемпионат
мира`, `открытие Олимпийских игр`, kg/data/ru/gathering_scope.tsv) has the clause's subject taking
part only when the clause is at it or within its time (`на`, `в`, `во время`), not when it is
told before or after it; and two mentions of a class whose actor does the act in one and undergoes it in the other are two
events, but not when a possessive on the event noun alone gives that actor (`его назначение`).
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import actors_of

# a gathering named by its scope: who is at it takes part, not who acts before or after it

def test_who_announces_something_after_a_championship_is_no_participant_of_it():
    assert actors_of("После чемпионата Европы Олег Белов объявил о завершении карьеры.",
                     "SportsMatch") in ([], [frozenset()])


def test_who_scores_during_a_championship_takes_part_in_it():
    assert actors_of("Во время чемпионата мира в Катаре Олег Белов забил пять голов.",
                     "SportsMatch") == [frozenset({"Олег Белов"})]


def test_a_body_sitting_on_the_eve_of_an_opening_is_no_ceremony_participant():
    assert actors_of("Накануне открытия Олимпийских игр в Сочи МОК провёл заседание.",
                     "Ceremony") == []


def test_who_gives_an_interview_before_a_closing_is_no_ceremony_participant():
    assert actors_of("Перед закрытием фестиваля в Каннах Анна Белова дала интервью.",
                     "Ceremony") == []


def test_who_takes_part_in_a_world_championship_still_takes_part_in_it():
    assert actors_of("Олег Белов принял участие в чемпионате мира в Москве.",
                     "SportsMatch") == [frozenset({"Олег Белов"})]


def test_who_speaks_at_the_opening_of_a_championship_still_takes_part_in_the_ceremony():
    assert actors_of("На открытии чемпионата мира в Москве выступил Олег Белов.",
                     "Ceremony") == [frozenset({"Олег Белов"})]


# an actor on both sides of two mentions: a subject, or only a possessive on the noun

def test_a_possessive_resolved_to_the_agent_does_not_split_an_appointment():
    assert len(actors_of("Иван Петров назначил Олега Белова послом. Его назначение вызвало "
                         "критику.", "Appointment")) == 1


def test_an_order_giver_later_arrested_as_a_pronoun_subject_makes_two_arrests():
    assert len(actors_of("Генерал Олег Белов отдал приказ об аресте протестующих. Через год он "
                         "был арестован.", "Arrest")) == 2


def test_two_dismissals_with_both_sides_named_either_way_round_stay_two():
    assert actors_of("Олег Белов уволил Ивана Петрова. Через год Иван Петров уволил Олега "
                     "Белова.", "Resignation") == [frozenset({"Олег Белов", "Иван Петров"})] * 2


# a recognition or a denial of genocide is no killing by who recognises or denies it

def test_a_parliament_recognising_a_genocide_is_no_killer():
    assert not any("Бундестаг" in a for a in actors_of("Бундестаг признал геноцид армян в "
                                                       "Османской империи в 1915 году.", "Killing"))


def test_denying_the_holocaust_is_no_killing():
    assert actors_of("Иранский лидер Махмуд Ахмадинежад отрицает холокост.", "Killing") == []
