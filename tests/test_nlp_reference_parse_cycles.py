"""Reference resolution on a parse that holds a cycle: natasha's parser can return two words that
each name the other as head; walking up to a name's head word must stop where the cycle closes
instead of looping (kg.nlp.ru.reference.Reference._post_taken)."""

from __future__ import annotations

import pytest

from kg.nlp.ru.analysis import Analysis, Sentence, Token
from kg.nlp.ru.reference import Reference
from kg.records import Entity, Span

TEXT = "Иван Орехов назначен министром."


def _tok(i, start, end, lemma, pos, head, rel, **feats):
    return Token(index=i, start=start, end=end, text=TEXT[start:end], lemma=lemma, pos=pos,
                 feats=feats, head=head, rel=rel, sent=0)


def _analysis(name_heads: tuple[int | None, int | None]) -> Analysis:
    tokens = (
        _tok(0, 0, 4, "иван", "PROPN", name_heads[0], "nsubj:pass", Case="Nom", Gender="Masc"),
        _tok(1, 5, 11, "орехов", "PROPN", name_heads[1], "flat:name", Case="Nom", Gender="Masc"),
        _tok(2, 12, 20, "назначить", "VERB", None, "root"),
        _tok(3, 21, 30, "министр", "NOUN", 2, "obl", Case="Ins"),
        _tok(4, 30, 31, ".", "PUNCT", 2, "punct"),
    )
    return Analysis(text=TEXT, tokens=tokens, sentences=(Sentence(0, 0, len(TEXT), 0, 4),), ner=())


def _reference(a: Analysis) -> Reference:
    person = Entity(key="p", kind="person", name="Иван Орехов",
                    mentions=(Span(0, 11, "Иван Орехов"),))
    return Reference(a, (person,), {0: "p", 1: "p"})


def test_a_well_formed_parse_introduces_the_post_the_person_takes():
    ref = _reference(_analysis((2, 0)))
    assert "министр" in ref.intro["p"]


def test_a_cycle_inside_a_name_stops_the_walk_to_its_head_word(alarm):
    ref = _reference(_analysis((1, 0)))  # Иван -> Орехов -> Иван
    assert "p" in ref.intro  # built, not looping
