"""IRI minting: patterns from MODEL.md, stability, transliterated slugs."""

from __future__ import annotations

import pytest

from kg.rdf import iris

B = "http://example.org/"


@pytest.mark.parametrize("name, slug", [
    ("Владимир Путин", "vladimir-putin"),
    ("Джозеф Байден", "dzhozef-bayden"),
    ("Сергей Лавров", "sergey-lavrov"),
    ("Совет НАТО-Россия", "sovet-nato-rossiya"),
    ("Щёлково", "shchelkovo"),
    ("The Hill", "the-hill"),
])
def test_slug_is_lowercase_ascii_transliteration(name, slug):
    assert iris.slugify(name) == slug


def test_slug_of_yo_and_ye_spellings_is_the_same():
    assert iris.slugify("Соединённые Штаты") == iris.slugify("Соединенные Штаты")


def test_slug_of_a_name_without_letters_is_still_an_ascii_slug():
    slug = iris.slugify("…")
    assert slug and slug.isascii()


def test_document_id_from_text_is_stable_and_differs_between_texts():
    assert iris.text_doc_id("текст") == iris.text_doc_id("текст")
    assert iris.text_doc_id("текст") != iris.text_doc_id("текст 2")


def test_mention_iri_uses_rfc5147_fragment():
    assert iris.mention_iri(B + "doc/a", 3, 10) == B + "doc/a#char=3,10"


@pytest.mark.parametrize("doc_id, ok", [
    ("article-1", True), ("статья-1", True), ("a.b_c~d", True),
    ("", False), ("a/b", False), ("a b", False), ("a#b", False), ("..", False), ("x" * 129, False),
])
def test_document_ids_are_checked(doc_id, ok):
    assert iris.is_valid_doc_id(doc_id) is ok


def test_patterns_follow_the_model():
    assert iris.doc_iri(B, "x") == B + "doc/x"
    assert iris.entity_iri(B, "vladimir-putin") == B + "entity/vladimir-putin"
    assert iris.event_iri(B, "x", 42).startswith(B + "event/")
    assert iris.doc_id_of(B, B + "doc/x") == "x"
    assert iris.doc_id_of(B, B + "entity/x") is None
