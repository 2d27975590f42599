"""A converb or infinitive with no subject of its own, under a finite verb whose subject is left
unsaid, is done by the person that unsaid subject stands for (kg.nlp.ru.event_roles
`sharing_verb`): `Карьеру начал в 2010 году, возглавив сборную` after a sentence about X — X
heads the team. Not through a verb of forcing or letting (its object acts), a plural verb with
no one named, or a verb whose own subject is someone else."""

from __future__ import annotations

from event_helpers import actors_of, found

BORN = "Пётр Волков родился в Омске в 1960 году. "


# ---- must fire ----------------------------------------------------------------------------


def test_a_converb_after_a_verb_with_its_subject_unsaid_is_the_persons_act():
    text = BORN + "Карьеру тренера начал в 2010 году, возглавив юношескую сборную."
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Пётр Волков"}))]


def test_a_converb_opening_the_sentence_is_the_persons_act():
    text = BORN + "Переехав в Москву, устроился на завод «Прогресс»."
    assert found(text, "Relocation") == [("Actual", frozenset({"Пётр Волков"}), frozenset())]


def test_an_infinitive_after_a_verb_with_its_subject_unsaid_is_the_persons_act():
    text = BORN + "В 2010 году решил переехать в Москву."
    assert actors_of(text, "Relocation") == [frozenset({"Пётр Волков"})]


def test_a_womans_converb_after_her_unsaid_subject_is_hers():
    text = ("Анна Волкова родилась в Омске в 1960 году. В 2010 году переехала в Москву, "
            "возглавив юношескую сборную.")
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Анна Волкова"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_the_infinitive_of_a_verb_of_forcing_is_not_the_forcers_act():
    text = BORN + "В 2010 году вынудил соседа переехать в Москву."
    assert actors_of(text, "Relocation") in ([], [frozenset()])


def test_a_plural_verb_with_no_one_named_gives_no_one():
    text = BORN + "В 2010 году решили переехать в Москву."
    assert actors_of(text, "Relocation") in ([], [frozenset()])


def test_a_converb_under_a_verb_with_its_own_subject_is_that_subjects():
    text = BORN + "В 2010 году Анна Белова переехала в Москву, возглавив юношескую сборную."
    assert found(text, "Appointment") == [("Actual", frozenset(), frozenset({"Анна Белова"}))]


def test_a_converb_after_a_verb_of_another_gender_takes_no_one():
    text = BORN + "В 2010 году переехала в Москву, возглавив юношескую сборную."
    assert actors_of(text, "Appointment") in ([], [frozenset()])


# ---- a noun under such a converb or infinitive --------------------------------------------


def test_a_noun_under_a_converb_after_an_unsaid_subject_is_the_persons_part():
    text = BORN + "В 2010 году вернулся в Омск, приняв участие в выборах мэра."
    assert actors_of(text, "Election") == [frozenset({"Пётр Волков"})]


def test_a_noun_under_an_infinitive_after_an_unsaid_subject_is_the_persons_act():
    text = BORN + "В 2010 году решил провести переговоры с Анной Беловой."
    assert found(text, "Negotiation") == [
        ("Planned", frozenset({"Пётр Волков"}), frozenset({"Анна Белова"}))]


def test_a_noun_under_the_infinitive_of_a_verb_of_forcing_is_not_the_forcers():
    text = BORN + "В 2010 году вынудил соседа провести переговоры с Анной Беловой."
    assert all("Пётр Волков" not in a for a in actors_of(text, "Negotiation"))
