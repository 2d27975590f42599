"""Reference resolution on a parse that holds a cycle: natasha's parser can return two words that
each name the other as head. Walking up to a name's head word (Reference._post_taken) and down a
chain of genitives from the noun a name stands in apposition to (Reference._post_named) must stop
where the cycle closes instead of looping."""

from __future__ import annotations

from kg.nlp.ru.analysis import Analysis, Sentence, Token
from kg.nlp.ru.reference import Reference
from kg.records import Entity, Span


def _tok(text, i, start, end, lemma, pos, head, rel, **feats):
    return Token(index=i, start=start, end=end, text=text[start:end], lemma=lemma, pos=pos,
                 feats=feats, head=head, rel=rel, sent=0)


def _reference(text: str, tokens: tuple[Token, ...], person: Entity, owners: dict) -> Reference:
    a = Analysis(text=text, tokens=tokens, sentences=(Sentence(0, 0, len(text), 0, len(tokens) - 1),), ner=())
    return Reference(a, (person,), owners)


APPOINTED = "Иван Орехов назначен министром."


def _appointed(name_heads: tuple[int | None, int | None]) -> Reference:
    t = APPOINTED
    tokens = (
        _tok(t, 0, 0, 4, "иван", "PROPN", name_heads[0], "nsubj:pass", Case="Nom", Gender="Masc"),
        _tok(t, 1, 5, 11, "орехов", "PROPN", name_heads[1], "flat:name", Case="Nom", Gender="Masc"),
        _tok(t, 2, 12, 20, "назначить", "VERB", None, "root"),
        _tok(t, 3, 21, 30, "министр", "NOUN", 2, "obl", Case="Ins"),
        _tok(t, 4, 30, 31, ".", "PUNCT", 2, "punct"),
    )
    person = Entity(key="p", kind="person", name="Иван Орехов", mentions=(Span(0, 11, "Иван Орехов"),))
    return _reference(t, tokens, person, {0: "p", 1: "p"})


LEFT = "Аспирант института Павел Рощин уехал."


def _left(noun_head: int | None, noun_rel: str) -> Reference:
    t = LEFT
    tokens = (
        _tok(t, 0, 0, 8, "аспирант", "NOUN", noun_head, noun_rel, Case="Gen"),
        _tok(t, 1, 9, 18, "институт", "NOUN", 0, "nmod", Case="Gen", Animacy="Inan"),
        _tok(t, 2, 19, 24, "павел", "PROPN", 0, "appos", Case="Nom", Gender="Masc"),
        _tok(t, 3, 25, 30, "рощин", "PROPN", 2, "flat:name", Case="Nom", Gender="Masc"),
        _tok(t, 4, 31, 36, "уехать", "VERB", None, "root"),
        _tok(t, 5, 36, 37, ".", "PUNCT", 4, "punct"),
    )
    person = Entity(key="p", kind="person", name="Павел Рощин", mentions=(Span(19, 30, "Павел Рощин"),))
    return _reference(t, tokens, person, {2: "p", 3: "p"})


def test_a_well_formed_parse_introduces_the_post_the_person_takes(alarm):
    assert "министр" in _appointed((2, 0)).intro["p"]


def test_a_cycle_inside_a_name_stops_the_walk_to_its_head_word(alarm):
    assert "p" in _appointed((1, 0)).intro  # Иван -> Орехов -> Иван: built, not looping


def test_a_well_formed_chain_of_genitives_is_walked(alarm):
    assert "p" in _left(4, "nsubj").intro


def test_a_cycle_in_the_chain_of_genitives_stops_the_walk(alarm):
    assert "p" in _left(1, "nmod").intro  # аспирант -> институт -> аспирант: built, not looping
