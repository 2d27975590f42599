"""Acts told with participants the text does not name (docs/events.md, "Which mentions become
events", rule 5, `unnamed_participant` in kg/nlp/ru/event_assert.py): a person or group word, a
count of people or a personal pronoun the reference leaves unresolved in the required role of a
past verb keeps the event, with the actors the text does name, its factuality, place and time;
a habit, a generic statement, a conditional and an act told for an unnamed doer give none."""

from __future__ import annotations

from event_helpers import actors_facts, described, extract

from kg.pipeline import validated_graph
from kg.settings import Settings


def test_a_group_noun_that_detains_unnamed_people_makes_an_arrest_with_no_actors():
    text = "Ночью патрульные сняли пикет и задержали троих студентов-активистов."
    assert actors_facts(text, "Arrest") == [(frozenset(), "Actual")]


def test_a_count_of_people_held_in_a_passive_makes_an_arrest():
    text = "Десятки горожан пострадали в давке. Сотни демонстрантов были задержаны."
    assert actors_facts(text, "Arrest") == [(frozenset(), "Actual")]


def test_numbers_of_people_who_died_make_a_death_each_with_no_actors():
    assert actors_facts("Пять рыбаков утонули, а три пассажира погибли.", "Death") == [
        (frozenset(), "Actual"), (frozenset(), "Actual")]


def test_a_numeral_that_counts_people_makes_an_event_with_no_actors():
    assert actors_facts("На переправе через реку трое утонули.",
                        "Death") == [(frozenset(), "Actual")]
    assert actors_facts("В итоге суд оправдал одного из подсудимых.", "Sentence") == [
        (frozenset(), "Actual")]


def test_a_pronoun_the_reference_leaves_unresolved_is_not_replaced_by_a_guess():
    # `она` cannot be Олег Гранин (a man): the death is kept, its actor left empty
    text = ("Олег Гранин вызвал врачей к соседке по даче. "
            "Спасти её не удалось: через неделю она скончалась.")
    assert actors_facts(text, "Death") == [(frozenset(), "Actual")]


def test_a_pronoun_the_reference_resolves_names_its_antecedent():
    text = "Марина Ветлугина заболела весной. Через неделю она скончалась."
    assert actors_facts(text, "Death") == [(frozenset({"Марина Ветлугина"}), "Actual")]


def test_the_place_and_the_time_of_an_arrest_of_unnamed_people_are_kept():
    x = extract("12 февраля в Вологде полиция задержала двух грабителей.")
    names = {e.key: e.name for e in x.entities}
    [ev] = [e for e in x.events if e.kind == "Arrest"]
    assert (ev.agents, ev.targets, ev.others) == ((), (), ())
    assert names[ev.place] == "Вологда"
    assert (ev.time.month, ev.time.day) == (2, 12)


def test_a_negated_act_of_unnamed_people_keeps_its_factuality():
    assert actors_facts("Во время акции журналисты не были задержаны.", "Arrest") == [
        (frozenset(), "Negated")]


def test_a_present_habit_of_a_group_gives_no_event():
    assert actors_facts("Патрульные обычно задерживают безбилетников на вокзале.", "Arrest") == []


def test_a_past_habit_of_a_group_gives_no_event():
    assert actors_facts("Патрульные часто задерживали безбилетников на вокзале.", "Arrest") == []


def test_an_act_said_of_every_or_of_no_such_person_gives_no_event():
    assert actors_facts("Каждый задержанный был арестован.", "Arrest") == []
    assert actors_facts("Ни один пассажир не погиб.", "Death") == []


def test_a_conditional_act_of_unnamed_people_gives_no_event():
    assert actors_facts("Если бы патрульные задержали его, всё сложилось бы иначе.", "Arrest") == []


def test_an_act_told_for_an_unnamed_doer_alone_gives_no_event():
    # an `agent` line: whose denial it is is the news, and the text does not say
    assert actors_facts("После заседания депутаты опровергли слухи об отставках.", "Denial") == []


def test_an_act_told_for_whom_it_befalls_needs_a_name():
    # a `target` line: who got the prize is the news, and the text does not say
    assert actors_facts("Вчера бухгалтер районной больницы получил премию.", "Award") == []


def test_a_passive_that_leaves_its_doer_out_keeps_its_named_target():
    assert [(d.agents, d.targets) for d in described("Игорь Вельяминов был обвинён в растрате.")
            if d.kind == "Accusation"] == [(frozenset(), frozenset({"Игорь Вельяминов"}))]


def test_two_arrests_of_unnamed_people_are_not_merged_for_lacking_actors():
    text = ("Утром у мэрии патрульные задержали двух пикетчиков. "
            "Вечером у вокзала патрульные задержали ещё пятерых студентов.")
    assert actors_facts(text, "Arrest") == [(frozenset(), "Actual"), (frozenset(), "Actual")]


def test_an_event_with_no_participants_is_valid_rdf():
    x = extract("Ночью патрульные сняли пикет и задержали троих студентов-активистов.")
    [ev] = [e for e in x.events if e.kind == "Arrest"]
    assert not (ev.agents or ev.targets or ev.others)
    graph = validated_graph(x, Settings.load())  # raises ShapeViolation when it does not conform
    assert any("Arrest" in str(o) for o in graph.objects())


def test_a_title_that_names_no_one_is_the_arrest_the_body_tells_with_a_name():
    text = "Задержан глава фонда «Берег»\nПётр Ласточкин был задержан в аэропорту Самары.\n"
    assert [(d.kind, d.actors) for d in described(text)] == [
        ("Arrest", frozenset({"Пётр Ласточкин"}))]


def test_one_unnamed_person_retold_after_a_named_death_is_that_death():
    # `дипломат` is left unresolved (no title ties it to Гранин): one person, the death told again
    text = "Олег Гранин скончался 5 мая. Дипломат скончался в больнице Самары после долгой болезни."
    assert actors_facts(text, "Death") == [(frozenset({"Олег Гранин"}), "Actual")]


def test_unnamed_people_held_after_a_named_arrest_are_an_arrest_of_their_own():
    text = "Ирина Кольцова была задержана в Омске. Позже были задержаны трое её помощников."
    assert actors_facts(text, "Arrest") == [(frozenset({"Ирина Кольцова"}), "Actual"),
                                     (frozenset(), "Actual")]
