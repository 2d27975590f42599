"""A street or square named after a person (kg.nlp.ru.eponyms.streets_named_after): the name after
the street noun is the street, a place. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.eponyms import streets_named_after
from kg.nlp.ru.known_names import NameMention


def _streets(text: str, given: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(written, kind, name) of the person mentions `given`, after the pass."""
    a = analyse(text)
    mentions = []
    for words in given:
        at = text.index(words)
        first, last = a.token_at(at), a.token_at(at + len(words) - 1)
        mentions.append(NameMention(span(text, at, at + len(words)), words, "person", False,
                                    first.index, last.index))
    return [(m.span.text, m.kind, m.name) for m in streets_named_after(a, mentions)]


def test_a_full_name_in_the_genitive_after_a_street_noun_is_the_street():
    text = "Митинг прошёл на улице Михаила Сомова в центре города."
    assert _streets(text, ("Михаила Сомова",)) == [("Михаила Сомова", "place", "Михаила Сомова")]


def test_a_name_after_a_square_noun_is_the_square():
    text = "Жители собрались у памятника на площади Петра Зорина в субботу."
    assert _streets(text, ("Петра Зорина",)) == [("Петра Зорина", "place", "Петра Зорина")]


def test_a_title_and_surname_after_a_street_noun_are_the_street():
    text = "Новый дом построили на улице Космонавта Зорина за два года."
    assert _streets(text, ("Космонавта Зорина",))[0][1] == "place"


def test_a_name_in_the_nominative_after_a_street_noun_is_the_next_clause_subject():
    text = "Вчера на улице Анна Сомова встретила своего брата."
    assert _streets(text, ("Анна Сомова",)) == [("Анна Сомова", "person", "Анна Сомова")]


def test_a_name_after_the_plural_streets_is_left_alone():
    text = "Сторонники Михаила Сомова вышли на улицы Петра Зорина и других."
    assert _streets(text, ("Петра Зорина",))[0][1] == "person"


def test_a_name_after_a_capitalised_street_noun_is_left_alone():
    text = "Улица Михаила Сомова. Так называлась его первая книга."
    assert _streets(text, ("Михаила Сомова",))[0][1] == "person"


def test_the_whole_pipeline_gives_the_street_as_a_place_and_keeps_the_person():
    text = ("Михаил Сомов родился в Казани в 1950 году. "
            "В 2010 году улице Михаила Сомова присвоили его имя, сообщил мэр Игорь Лапин.")
    found = {(e.kind, e.name) for e in find_entities(analyse(text))}
    assert ("person", "Михаил Сомов") in found
    assert ("place", "Михаила Сомова") in found
