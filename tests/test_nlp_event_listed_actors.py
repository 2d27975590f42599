"""Actors the roles missed in four shapes (kg/nlp/ru/event_roles.py; docs/events.md): a body noun
that is no entity acting for its genitive owner (`суд Палермо`), `вместе с X` as a second subject,
a list of names after a dash or colon under a common noun, and a list whose later members the
parse hung on the first name as appositions (`X, её дочь Y и мать Z`)."""

from __future__ import annotations

from event_helpers import described


def test_a_court_that_is_no_entity_acts_for_its_city():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "В среду суд Палермо оправдал бизнесмена Марко Ферри.")]
    assert ("Sentence", frozenset({"Палермо"}), frozenset({"Марко Ферри"})) in got


def test_a_faction_acts_for_its_party():
    got = [(e.kind, e.agents) for e in described(
        "В знак протеста фракция ЛДПР покинула парламент.")]
    assert ("Withdrawal", frozenset({"ЛДПР"})) in got


def test_a_court_named_as_an_organisation_stays_itself():
    got = [(e.kind, e.agents) for e in described(
        "Суд Вероны приговорил Антонио Бруни к трём годам тюрьмы.")]
    assert ("Sentence", frozenset({"Суд Вероны"})) in got


def test_a_companion_dies_too():
    got = [(e.kind, e.actors) for e in described(
        "Пилот Иван Краснов погиб вместе с бортинженером Петром Лебедевым.")]
    assert got and got[0][0] == "Death"
    assert {"Иван Краснов", "Пётр Лебедев"} <= got[0][1]


def test_a_companion_of_a_passive_is_acted_on_too():
    got = [(e.kind, e.actors) for e in described(
        "Журналистка Анна Белова была госпитализирована вместе с водителем Олегом Сомовым.")]
    assert got and got[0][0] == "Injury"
    assert len(got[0][1]) == 2 and "Анна Белова" in got[0][1]


def test_names_after_a_dash_take_part():
    for subject in ("депутаты", "руководство области"):
        got = [(e.kind, e.actors) for e in described(
            f"В заседании приняли участие {subject} — Иван Петров, Сергей Смирнов и Олег Козлов.")]
        assert ("Meeting", frozenset({"Иван Петров", "Сергей Смирнов", "Олег Козлов"})) in got


def test_later_members_hung_on_the_first_name_die_too():
    got = [(e.kind, e.actors) for e in described(
        "Погибли 36-летняя Анна Ким, её дочь Мария и мать Ольга Ли.")]
    assert got and got[0][0] == "Death"
    assert len(got[0][1]) == 3


def test_a_description_of_the_one_who_died_adds_no_one():
    for text in ("Погибла Анна Ким, дочь Марии Ли.", "Погибла Анна Ким, дочь известного актёра."):
        got = [(e.kind, e.actors) for e in described(text)]
        assert got == [("Death", frozenset({"Анна Ким"}))]


def test_a_fronted_companion_points_back_and_is_not_added():
    got = [(e.kind, e.actors) for e in described(
        "Пилот Иван Краснов погиб при крушении самолёта. Вместе с Красновым погиб и бортинженер "
        "Пётр Лебедев.")]
    assert ("Death", frozenset({"Пётр Лебедев"})) in got


def test_a_genitive_name_under_a_description_is_no_list_member():
    got = [(e.kind, e.actors) for e in described(
        "Умер Олег Лунин, соратник Сунь Пэна.")]
    assert got == [("Death", frozenset({"Олег Лунин"}))]


def test_a_companion_between_the_subject_and_its_verb_dies_too():
    got = [(e.kind, e.actors) for e in described(
        "Пилот Иван Краснов вместе с бортинженером Петром Лебедевым погиб при крушении.")]
    assert ("Death", frozenset({"Иван Краснов", "Пётр Лебедев"})) in got


def test_a_court_of_a_state_acts_for_the_state_named_after_its_kind():
    got = [(e.kind, e.agents) for e in described(
        "Вчера окружной суд штата Невада приговорил Джона Смита к пяти годам тюрьмы.")]
    assert ("Sentence", frozenset({"Невада"})) in got


def test_a_companion_after_the_object_is_not_a_second_subject():
    # review14b: `вместе с Y` after a verb's object goes with the object (Y was detained too),
    # it names no second subject (Анна Ким gave as the one who detained)
    for text in ("Полиция Омска задержала Олега Сомова вместе с Анной Ким.",
                 "Олег Сомов похитил Игоря Лаврова вместе с Анной Ким."):
        got = [e for e in described(text) if e.kind in ("Arrest", "Kidnapping")]
        assert got and all("Анна Ким" not in e.agents for e in got), got
