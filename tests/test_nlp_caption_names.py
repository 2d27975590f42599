"""A name the text tags elsewhere, written alone on a caption line or opening a sentence
(kg.nlp.ru.known_names.repeated_names). Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import surname_stem
from kg.nlp.ru.known_names import NameMention, repeated_names
from kg.records import Document


def _repeated(text: str, word: str, kind: str, occurrence: int) -> list[int]:
    """repeated_names given one mention only, `word`'s `occurrence`-th token (the NER's, set by
    hand): the starts of all mentions it returns for that word."""
    a = analyse(text)
    hits = [t for t in a.tokens if t.text == word]
    t = hits[occurrence]
    m = NameMention(span(text, t.start, t.end), word, kind, True, t.index, t.index)
    return [x.span.start for x in repeated_names(a, [m], surname_stem) if x.span.text == word]


def test_a_town_alone_on_a_caption_line_is_the_town_the_text_names():
    text = "Пожар на складе\nГент\nВ городе Гент сгорел склад."
    caption = text.index("Гент")
    assert analyse(text).token_at(caption).pos != "PROPN"  # the tagger reads it as a noun
    assert caption in _repeated(text, "Гент", "place", 1)


def test_a_common_word_opening_a_line_is_not_the_body_of_that_name():
    text = "Акции компании «Вектор» подешевели.\nВектор развития отрасли изменился."
    assert _repeated(text, "Вектор", "organization", 0) == [text.index("Вектор")]


def test_a_common_word_opening_a_sentence_stays_out_of_the_entity():
    text = ("Акции компании «Вектор» подешевели.\n"
            "Вектор развития отрасли изменился, сказал аналитик.")
    found = [m.text for e in extract(Document("t", text)).entities if e.name == "Вектор"
             for m in e.mentions]
    assert found == ["Вектор"]
