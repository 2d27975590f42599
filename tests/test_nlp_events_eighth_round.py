"""Mentions and actors of the eighth coverage round (docs/events.md): a bare event noun far from
its event is one more mention of the article's one event of its class when its sentence names one
of that event's actors, is singular and names no owner it cannot settle. Hand-written sentences."""

from __future__ import annotations

from event_helpers import extract

FILLER = "Он владел тремя заводами. Его компания строила дороги. У него было двое детей. "


def mentions(text: str) -> list[tuple[str, str, list[str]]]:
    """Each event as (class, trigger, the words of its other mentions)."""
    return [(e.kind, e.trigger.text, [m.text for m in e.mentions]) for e in extract(text).events]


def test_a_bare_noun_far_after_the_one_event_of_its_class_is_its_mention():
    text = "Бизнесмен Олег Ветров был убит в Омске. " + FILLER + "Убийство потрясло друзей Ветрова."
    assert mentions(text) == [("Killing", "убит", ["Убийство"])]


def test_a_bare_noun_before_the_one_event_of_its_class_is_its_mention():
    text = "Убийство потрясло друзей Олега Ветрова. " + FILLER + "Бизнесмен Ветров был убит в Омске."
    assert mentions(text) == [("Killing", "убит", ["Убийство"])]


def test_a_bare_noun_far_from_two_events_of_its_class_is_neither():
    text = ("Бизнесмен Олег Ветров был убит в Омске. В 2010 году был убит его партнёр Сергей "
            "Лапин. " + FILLER + "Убийство потрясло друзей Ветрова.")
    assert all(not m for _, _, m in mentions(text))


def test_a_bare_noun_with_a_date_of_its_own_is_no_mention_of_the_one_event():
    text = "Бизнесмен Олег Ветров был убит в Омске. " + FILLER + \
        "Убийство 5 июня 2001 года потрясло друзей Ветрова."
    assert all(not m for _, _, m in mentions(text))


def test_a_plural_bare_noun_is_no_mention_of_the_one_event_of_its_class():
    text = "Бизнесмен Олег Ветров был убит в Омске. " + FILLER + "Убийства потрясли друзей Ветрова."
    assert all(not m for _, _, m in mentions(text))


def test_a_bare_noun_whose_sentence_names_none_of_the_events_actors_is_no_mention_of_it():
    text = "Бизнесмен Олег Ветров был убит в Омске. " + FILLER + "Убийство потрясло жителей города."
    assert all(not m for _, _, m in mentions(text))


def test_a_bare_noun_naming_an_owner_it_cannot_settle_is_no_mention_of_the_one_event():
    text = "Бизнесмен Олег Ветров был убит в Омске. " + FILLER + \
        "Убийство известного банкира потрясло друзей Ветрова."
    assert all(not m for _, _, m in mentions(text))
