"""Courts, custody and the fall of a ruler (docs/events.md, "Event classes"): a court's session
is a hearing, the court one is brought before takes part in the trial, leaving a prison is a
release from custody, an attempt on someone's life is an attack on them, and a ruler's own
overthrow (`до своего свержения`) is his."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, set[str], set[str]]]:
    """(class, agent names, target names) of each event of the text."""
    return [(d.kind, d.agents, d.targets) for d in described(text) if d.kind != "Statement"]


def test_a_session_of_a_court_is_a_hearing():
    assert events("Заседание Тверского суда Москвы длилось шесть часов.") == [
        ("Trial", {"Тверской суд Москвы"}, set())]


def test_the_court_one_is_brought_before_takes_part_in_the_trial():
    assert events("Вчера Олег Зуев предстал перед Тверским судом Москвы.") == [
        ("Trial", {"Тверской суд Москвы"}, {"Олег Зуев"})]


def test_leaving_a_prison_colony_is_a_release_from_custody():
    assert events("Утром Олег Зуев покинул территорию исправительной колонии.") == [
        ("ReleaseFromCustody", set(), {"Олег Зуев"})]


def test_leaving_a_country_stays_a_withdrawal():
    assert [e[0] for e in events("В 2014 году Олег Зуев покинул Россию.")] == ["Withdrawal"]


def test_an_attempt_on_a_life_is_an_attack_on_that_person():
    assert events("В 2005 году было совершено покушение на Петра Лаврова.") == [
        ("Attack", set(), {"Пётр Лавров"})]


def test_a_rulers_own_overthrow_is_his_resignation():
    assert events("Король Карл VII правил страной восемь лет, до своего свержения в 1974 году.") \
        == [("Resignation", set(), {"Карл VII"})]


def test_the_overthrow_of_a_regime_named_by_no_entity_is_nobodys():
    assert events("После свержения монархии Олег Зуев эмигрировал во Францию.") == [
        ("Relocation", {"Олег Зуев"}, set())]


def test_an_attempted_killing_is_no_killing():
    assert [e[0] for e in events("Ему предъявлены обвинения в покушении на убийство Олега "
                                 "Зуева.") if e[0] == "Killing"] == []


def test_a_punishment_imposed_is_a_sentence_not_an_appointment():
    assert events("Суд назначил Олегу Зуеву наказание в виде трёх лет тюрьмы.") == [
        ("Sentence", set(), {"Олег Зуев"})]
