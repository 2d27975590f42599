"""An act noun described by a past passive participle of a verb that carries acts
(kg/data/ru/event_hosts.tsv `agent`: `совершить`, `провести`, `организовать`) is done by that
participle's passive agent (kg.nlp.ru.event_roles `done_by`): `нападение, совершённое боевиками
X` is X's attack, as `нападение, которое совершили боевики X` already was. Not through a word
that calls the act off or moves it (`визит, отменённый X`), nor a phrase that is no passive agent
(`с помощью X`), nor for a show or contest, whose participle names who organised it
(event_class_groups.tsv `organised`)."""

from __future__ import annotations

from event_helpers import described


def agents(text: str, kind: str) -> list[frozenset[str]]:
    return [d.agents for d in described(text) if d.kind == kind]


# ---- must fire ----------------------------------------------------------------------------


def test_an_attack_done_by_a_group_is_the_groups():
    assert agents("Нападение, совершённое боевиками «Талибана», унесло жизни 10 человек.",
                  "Attack") == [frozenset({"Талибан"})]


def test_an_attack_organised_by_a_body_before_its_noun_is_the_bodys():
    assert agents("Организованный «Аль-Каидой» теракт унёс жизни 3000 человек.", "Attack") == [
        frozenset({"Аль-Каида"})]


def test_an_investigation_carried_out_by_a_body_is_the_bodys():
    assert agents("Расследование, проведённое ФБР, не выявило нарушений.", "Investigation") == [
        frozenset({"ФБР"})]


def test_a_killing_committed_by_a_named_man_is_his():
    assert agents("Убийство, совершённое Иваном Петровым в 2010 году, потрясло город.",
                  "Killing") == [frozenset({"Иван Петров"})]


def test_talks_held_by_two_countries_are_theirs():
    assert agents("Переговоры, проведённые Россией и Украиной в Минске, закончились ничем.",
                  "Negotiation") == [frozenset({"Россия", "Украина"})]


# ---- must not fire ------------------------------------------------------------------------


def test_a_visit_called_off_by_someone_is_not_done_by_him():
    assert all("Сергей Лавров" not in d.actors for d in described(
        "Визит, отменённый Сергеем Лавровым, должен был состояться в мае."))


def test_a_helper_in_a_prepositional_phrase_is_no_doer():
    assert agents("Расследование, проведённое с помощью ФБР, не выявило нарушений.",
                  "Investigation") in ([], [frozenset()])


def test_talks_held_somewhere_name_no_one():
    assert agents("Переговоры, проведённые в Минске, закончились ничем.", "Negotiation") in (
        [], [frozenset()])


def test_a_concert_organised_by_a_company_is_not_performed_by_it():
    assert agents("Концерт, организованный компанией «Вектор», прошёл в Омске.",
                  "Performance") in ([], [frozenset()])
