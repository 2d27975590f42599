"""Event nouns whose own roles name no one, twenty-eighth round (kg.nlp.ru.event_roles): a
noun picked out of a set by `один из` (`во время одной из встреч`, `на одном из митингов`)
frames its clause as the bare noun does, so the clause's subject takes part (role code `gov`);
the numeral carries the preposition, and the same limits hold (an owner of the noun, a
preposition of aim). `столкнуться`/`сталкиваться` + `с` are verbs of undergoing
(kg/data/ru/event_hosts.tsv `undergo`): their subject is the act's target, also when a relative
clause on the noun names who acts (kg.nlp.ru.events `undergoing_head`). A mourning, a requiem,
a prayer, a minute of silence or a ceremony `в память о X` is held for X (kg/data/ru/triggers.tsv,
`в_память+gen` among the line's others). A noun of an `anchored` line with no actor, place or
time of its own is anchored by the place `attach_places` would give it later: the first
`в`-place after it in its clause, which the parse hung on the verb it depends on (kg.nlp.ru.events
`later_place`)."""

from __future__ import annotations

from event_helpers import actors_of, described

# ---- must fire ----------------------------------------------------------------------------


def test_one_of_the_ceremonies_frames_its_clause_like_the_bare_noun():
    text = "Во время одной из торжественных встреч Анна Белова потеряла сознание."
    assert actors_of(text, "Ceremony") == [frozenset({"Анна Белова"})]


def test_one_of_the_rallies_gives_the_speaker_who_spoke_there():
    text = "На одном из митингов Пётр Сомов выступил с короткой речью."
    assert actors_of(text, "Protest") == [frozenset({"Пётр Сомов"})]


def test_the_bare_noun_still_frames_its_clause():
    text = "Во время торжественной встречи Анна Белова потеряла сознание."
    assert actors_of(text, "Ceremony") == [frozenset({"Анна Белова"})]


def test_one_who_faces_protests_is_their_target():
    text = "Министр Анна Белова третий месяц сталкивается с непрекращающимися протестами."
    assert [(d.agents, d.targets) for d in described(text) if d.kind == "Protest"] == [
        (frozenset(), frozenset({"Анна Белова"}))]


def test_one_who_faces_protests_others_organise_is_still_their_target():
    text = ("Министр Анна Белова сталкивается с протестами, которые организуют "
            "оппозиционные активисты.")
    assert [d.targets for d in described(text) if d.kind == "Protest"] == [
        frozenset({"Анна Белова"})]


def test_one_who_underwent_an_attack_another_carried_out_is_its_target():
    text = "Министр Анна Белова подверглась нападению, которое совершил Пётр Сомов."
    assert [(d.agents, d.targets) for d in described(text) if d.kind == "Attack"] == [
        (frozenset({"Пётр Сомов"}), frozenset({"Анна Белова"}))]


def test_mourning_in_memory_of_a_named_person_is_held_for_that_person():
    text = "В Португалии объявлен трёхдневный траур в память об Иване Петрове."
    assert actors_of(text, "Ceremony") == [frozenset({"Иван Петров"})]


def test_a_minute_of_silence_in_memory_of_a_named_person_is_held_for_that_person():
    text = "Матч начался с минуты молчания в память о Петре Сомове."
    assert actors_of(text, "Ceremony") == [frozenset({"Пётр Сомов"})]


def test_a_genocide_whose_place_the_parse_hung_on_the_verb_is_anchored_by_it():
    text = "Депутат неоднократно выступал с заявлениями, осуждающими геноцид в Камбодже."
    assert [(d.actors, d.year) for d in described(text) if d.kind == "Killing"] == [
        (frozenset(), None)]


# ---- must not fire ------------------------------------------------------------------------


def test_one_of_the_rallies_told_about_gives_no_participant():
    text = "Пётр Сомов рассказал журналистам об одном из митингов."
    assert actors_of(text, "Protest") == []


def test_one_of_someones_rallies_keeps_its_owner_and_not_the_clause_subject():
    text = "На одном из его митингов Пётр Сомов выступил с короткой речью."
    assert frozenset({"Пётр Сомов"}) not in actors_of(text, "Protest")


def test_one_against_which_the_clause_is_aimed_gives_no_participant():
    text = "Пётр Сомов выступил против одного из митингов."
    assert actors_of(text, "Protest") == []


def test_colliding_with_a_car_is_no_act_undergone():
    text = "Анна Белова на своей машине столкнулась с автомобилем Пежо."
    assert [d for d in described(text) if d.kind not in ("Accident",)] == []


def test_a_requiem_in_memory_of_unnamed_victims_names_no_one():
    text = "Панихида в память о жертвах теракта прошла в Москве."
    assert actors_of(text, "Ceremony") == [frozenset()]


def test_a_genocide_with_no_place_after_it_in_its_clause_stays_unanchored():
    text = "Депутат неоднократно выступал с заявлениями, осуждающими геноцид, в Камбодже."
    assert [d for d in described(text) if d.kind == "Killing"] == []
