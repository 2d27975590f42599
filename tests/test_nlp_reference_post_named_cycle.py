"""Reference._post_named (speech17) walks down a chain of genitives from the noun a name stands in
apposition to; on a parse whose two words name each other as head (natasha's parser can return
that) the walk must stop rather than loop."""

from __future__ import annotations

import pytest

from kg.nlp.ru.analysis import Analysis, Sentence, Token
from kg.nlp.ru.reference import Reference
from kg.records import Entity, Span

TEXT = "Аспирант института Павел Рощин уехал."


def _tok(i, start, end, lemma, pos, head, rel, **feats):
    return Token(index=i, start=start, end=end, text=TEXT[start:end], lemma=lemma, pos=pos,
                 feats=feats, head=head, rel=rel, sent=0)


def _analysis(noun_head: int | None, noun_rel: str) -> Analysis:
    tokens = (
        _tok(0, 0, 8, "аспирант", "NOUN", noun_head, noun_rel, Case="Gen"),
        _tok(1, 9, 18, "институт", "NOUN", 0, "nmod", Case="Gen", Animacy="Inan"),
        _tok(2, 19, 24, "павел", "PROPN", 0, "appos", Case="Nom", Gender="Masc"),
        _tok(3, 25, 30, "рощин", "PROPN", 2, "flat:name", Case="Nom", Gender="Masc"),
        _tok(4, 31, 36, "уехать", "VERB", None, "root"),
        _tok(5, 36, 37, ".", "PUNCT", 4, "punct"),
    )
    return Analysis(text=TEXT, tokens=tokens, sentences=(Sentence(0, 0, len(TEXT), 0, 5),), ner=())


def _reference(a: Analysis) -> Reference:
    person = Entity(key="p", kind="person", name="Павел Рощин",
                    mentions=(Span(19, 30, "Павел Рощин"),))
    return Reference(a, (person,), {2: "p", 3: "p"})


def test_a_well_formed_parse_is_walked(alarm):
    ref = _reference(_analysis(4, "nsubj"))
    assert "p" in ref.intro


def test_a_cycle_in_the_chain_of_genitives_stops_the_walk(alarm):
    ref = _reference(_analysis(1, "nmod"))  # аспирант -> институт -> аспирант
    assert "p" in ref.intro  # built, not looping
