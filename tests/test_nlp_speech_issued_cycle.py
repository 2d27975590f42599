"""Finder._issued_in (eighteenth round) reads a `в котором` clause on a document as the words of the
document's issuer, whose speaker may itself come from such a clause; on a parse that loops from
clause to document to clause (natasha's parser can return cycles) the reading must stop."""

from __future__ import annotations

from kg.nlp.ru.analysis import Analysis, Sentence, Token
from kg.nlp.ru.speech_clauses import Finder

TEXT = "в котором заявил письмо в котором написал заявление"


def _tok(i, start, end, lemma, pos, head, rel, **feats):
    return Token(index=i, start=start, end=end, text=TEXT[start:end], lemma=lemma, pos=pos,
                 feats=feats, head=head, rel=rel, sent=0)


def _analysis(last_head: int | None, last_rel: str) -> Analysis:
    fin = dict(VerbForm="Fin", Tense="Past", Gender="Masc", Number="Sing")
    tokens = (
        _tok(0, 0, 1, "в", "ADP", 1, "case"),
        _tok(1, 2, 9, "который", "PRON", 2, "obl", Case="Loc"),
        _tok(2, 10, 16, "заявить", "VERB", 3, "acl:relcl", **fin),
        _tok(3, 17, 23, "письмо", "NOUN", 6, "obj", Case="Acc", Animacy="Inan"),
        _tok(4, 24, 25, "в", "ADP", 5, "case"),
        _tok(5, 26, 33, "который", "PRON", 6, "obl", Case="Loc"),
        _tok(6, 34, 41, "написать", "VERB", 7, "acl:relcl", **fin),
        _tok(7, 42, 51, "заявление", "NOUN", last_head, last_rel, Case="Acc", Animacy="Inan"),
    )
    return Analysis(text=TEXT, tokens=tokens, sentences=(Sentence(0, 0, len(TEXT), 0, 7),),
                    ner=())


def test_a_clause_on_a_document_with_no_issuer_names_no_one(alarm):
    a = _analysis(None, "root")
    assert Finder(a, ()).speaker_of(a.tokens[2]) == (None, None)


def test_a_loop_from_clause_to_document_to_clause_stops(alarm):
    a = _analysis(2, "obj")  # заявил -> письмо -> написал -> заявление -> заявил
    assert Finder(a, ()).speaker_of(a.tokens[2]) == (None, None)
