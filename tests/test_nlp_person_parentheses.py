"""A parenthesis after a person's name (kg.nlp.ru.known_names.parenthetical_aliases). Sentences
are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def test_a_party_abbreviation_after_a_persons_name_is_the_party_not_the_person():
    text = ("В думе выступили Олег Сомов («Новые силы») и Игорь Ветров (КПРФ). "
            "Позже Ветров ответил на вопросы. КПРФ поддержала законопроект.")
    ents = {e.name: e for e in entities(text)}
    assert ents["Игорь Ветров"].kind == "person"
    assert [m.text for m in ents["Игорь Ветров"].mentions] == ["Игорь Ветров", "Ветров"]
    assert ents["КПРФ"].kind == "organization"
    assert len(ents["КПРФ"].mentions) == 2


def test_a_latin_gloss_after_a_persons_name_is_still_the_person():
    text = "Суд оправдал Майкла Доннелли (Michael Donnelly), бывшего пилота из Дублина."
    person = next(e for e in entities(text) if e.name == "Майкл Доннелли")
    assert "Michael Donnelly" in [m.text for m in person.mentions]
