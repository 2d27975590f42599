"""Taking part told with a noun (`принять участие`, `за участие в акции`) is read off the `part`
row of kg/data/ru/event_frames.tsv, the same row `Roles.part_noun` reads, not off a word written
in the code (kg/nlp/ru/event_roles.py `takes_part_noun`, used by `events.host_of` and
`participants_of`; thirty-third round, fix33). Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import actors_of

from kg.nlp.ru import event_roles
from kg.nlp.ru.analysis import Token
from kg.nlp.ru.lexicon import table


def _token(lemma: str, pos: str) -> Token:
    return Token(0, 0, len(lemma), lemma, lemma, pos, {}, None, "obj", 0)


def test_every_noun_of_the_part_row_is_a_noun_of_taking_part():
    nouns = [lemma for lemma, kind in table("event_frames") if kind == "part"
             and not lemma.endswith("ть")]
    assert nouns and all(event_roles.Roles.takes_part_noun(None, _token(w, "NOUN")) for w in nouns)


def test_a_verb_of_the_part_row_is_no_noun_of_taking_part():
    assert not event_roles.Roles.takes_part_noun(None, _token("участвовать", "VERB"))


def test_the_subject_of_taking_part_in_a_summit_is_a_participant():
    assert actors_of("Олег Зуев принял участие в саммите НАТО.", "Summit") == [
        frozenset({"Олег Зуев", "НАТО"})]


def test_taking_part_follows_the_data_not_the_word(monkeypatch):
    real = event_roles._frames
    monkeypatch.setattr(event_roles, "_frames",
                        lambda kind: real(kind) - {"участие"} if kind == "part" else real(kind))
    assert actors_of("Олег Зуев принял участие в саммите НАТО.", "Summit") == [
        frozenset({"НАТО"})]
