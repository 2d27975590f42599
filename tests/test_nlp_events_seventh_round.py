"""Actors of the seventh coverage round (docs/events.md): a person noun written with a capital,
which the tagger takes for a name (`Певец скончался`), is the person introduced with it, not a
person of its own; a prize won at a tournament puts its winner in it. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described as events_of
from event_helpers import extract


def described(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each event as (class, names of all its actors)."""
    return [(d.kind, d.actors) for d in events_of(text)]


def test_a_capitalised_person_noun_inside_a_sentence_is_the_person_introduced_with_it():
    text = ("Певец Олег Сафонов выступал в Омске сорок лет. По словам его агента, "
            "Певец скончался утром в больнице.")
    assert ("Death", frozenset({"Олег Сафонов"})) in described(text)


def test_a_capitalised_person_noun_opening_a_sentence_is_the_person_introduced_with_it():
    assert ("Death", frozenset({"Олег Сафонов"})) in described(
        "Актёр Олег Сафонов родился в Омске. Актёр скончался в Москве.")


def test_a_capitalised_introducing_noun_still_introduces_the_person():
    # the tagger takes both `Художница` for names: the first introduces Лесина, the second is she
    text = "Художница Анна Лесина жила в Твери. Как сообщили близкие, Художница умерла вчера."
    assert ("Death", frozenset({"Анна Лесина"})) in described(text)


def test_a_capitalised_person_noun_is_no_person_of_its_own():
    x = extract("Певец Олег Сафонов выступал в Омске. По словам агента, Певец скончался утром.")
    assert [e.name for e in x.entities if e.kind == "person"] == ["Олег Сафонов"]


def test_a_surname_that_is_also_a_common_noun_stays_the_persons_name():
    x = extract("Генерал Александр Лебедь прилетел в Омск. По словам помощника, "
                "Лебедь выступил перед солдатами.")
    people = [e for e in x.entities if e.kind == "person"]
    assert [e.name for e in people] == ["Александр Лебедь"]
    assert len(people[0].mentions) == 2


def test_a_name_written_as_a_common_nouns_oblique_form_stays_a_person():
    # `Кота` reads in the dictionary only as the genitive of `кот`: a name it does not know
    text = "Альпинист Юити Сато поднялся на вершину. Сато и его сын Кота позвонили родным."
    x = extract(text)
    assert "Кота" in [text[m.start:m.end] for e in x.entities if e.kind == "person" for m in e.mentions]


def test_a_prize_won_at_a_tournament_puts_its_winner_in_it():
    # the parse hangs `на Олимпиаде` on the medal, not on the verb
    found = described("Пловчиха Анна Котова завоевала золотую медаль на Олимпиаде в Токио.")
    assert ("SportsMatch", frozenset({"Анна Котова"})) in found



def test_an_act_one_was_forced_to_do_took_place_and_is_theirs():
    found = events_of("В 2010 году министр Пётр Белов был вынужден уйти в отставку.")
    assert [(d.kind, d.targets, d.factuality) for d in found] == \
        [("Resignation", frozenset({"Пётр Белов"}), "Actual")]


def test_who_was_made_to_act_is_the_object_of_the_verb_that_made_them():
    found = events_of("Мятежники вынудили мэра Олега Зимина бежать из города.")
    assert [(d.kind, d.agents, d.factuality) for d in found] == \
        [("Escape", frozenset({"Олег Зимин"}), "Actual")]


def test_an_act_one_managed_to_do_is_the_act_of_the_dative():
    found = events_of("Олегу Зимину удалось бежать из тюрьмы.")
    assert [(d.kind, d.agents, d.factuality) for d in found] == \
        [("Escape", frozenset({"Олег Зимин"}), "Actual")]


def test_an_act_one_was_asked_to_do_stays_only_asked_for():
    # the object of `призвать` is who would act, and the act has not happened
    found = [d for d in events_of("Депутаты призвали министра Петра Белова уйти в отставку.")
             if d.kind == "Resignation"]
    assert all(d.factuality != "Actual" for d in found)


def test_the_body_one_is_elected_to_takes_part_in_the_election():
    found = events_of("Анна Белова была избрана в Государственную думу в 2016 году.")
    assert [(d.kind, d.targets, d.others) for d in found] == \
        [("Election", frozenset({"Анна Белова"}), frozenset({"Государственная дума"}))]


def test_whom_a_vote_is_cast_for_is_the_one_elected():
    found = events_of("За Ивана Петрова проголосовали 50 депутатов.")
    assert [(d.kind, d.targets) for d in found] == [("Election", frozenset({"Иван Петров"}))]
