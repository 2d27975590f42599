"""A possessive `его`/`её` before an event noun names whose act it is, whether the tagger reads it
as a determiner or, as it does about as often, as a genitive personal pronoun (`nmod`): `в день
его задержания` is his arrest (kg.nlp.ru.event_roles `owner_pronoun`, `possessor`), and the
subject of the clause the noun dates is then no participant of it (`governor`). Not where the
clause's subject is a thing of the pronoun's gender that the pronoun stands for (`Указ вступает в
силу со дня его подписания`: the decree's signing), nor an object pronoun of a verb."""

from __future__ import annotations

from event_helpers import actors_of, described

# ---- must fire ----------------------------------------------------------------------------


def test_a_genitive_pronoun_before_an_arrest_noun_names_the_one_arrested():
    text = "Ивана Петрова отпустили через день после его задержания."
    assert actors_of(text, "Arrest") == [frozenset({"Иван Петров"})]


def test_the_subject_of_the_clause_an_arrest_noun_dates_is_not_its_target():
    text = "Полиция отпустила Ивана Петрова через день после его задержания."
    assert actors_of(text, "Arrest") == [frozenset({"Иван Петров"})]


def test_a_court_subject_does_not_stand_for_the_pronoun():
    text = "Суд отпустил Ивана Петрова под залог в день его ареста."
    assert actors_of(text, "Arrest") == [frozenset({"Иван Петров"})]


def test_a_genitive_pronoun_names_the_one_whose_leaving_is_demanded():
    text = "Иван Петров возглавлял банк «Вектор». Акционеры потребовали его отставки."
    assert [(d.factuality, d.targets) for d in described(text) if d.kind == "Resignation"] == [
        ("Possible", frozenset({"Иван Петров"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_a_decree_subject_is_what_its_pronoun_stands_for():
    text = "Президент Иван Петров подписал указ. Указ вступает в силу со дня его подписания."
    assert [d.kind for d in described(text)] == ["LawAdoption"]


def test_a_bill_subject_is_what_its_pronoun_stands_for():
    text = ("Законопроект, внесённый Иваном Петровым, в случае его принятия запретит продажу "
            "алкоголя.")
    assert actors_of(text, "LawAdoption") == []


def test_an_object_pronoun_of_the_verb_is_no_owner():
    text = "Иван Петров приехал в Омск. Полиция задержала его у здания мэрии."
    assert actors_of(text, "Arrest") == [frozenset({"Полиция", "Иван Петров"})]


def test_a_thing_subject_before_a_person_named_after_it_does_not_stand_for_the_pronoun():
    text = "Дело Ивана Петрова рассматривается с момента его ареста в мае."
    assert actors_of(text, "Arrest") == [frozenset({"Иван Петров"})]
