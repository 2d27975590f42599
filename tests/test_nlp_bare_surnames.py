"""A surname written alone, where the text names several people who bear it
(kg.nlp.ru.entities.find_entities). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_bare_surname_is_the_person_introduced_first_not_the_relative_named_last():
    # a surname no ending tells the gender of: only the order of introduction decides
    text = ("Умер кинорежиссёр Джеймс Коулридж. Ему было 87 лет.\n\n"
            "О смерти сообщила его вдова, актриса Сара Коулридж. "
            "Коулридж снял более сорока фильмов.")
    found = people(text)
    assert "Коулридж" in found["Джеймс Коулридж"]
    assert found["Сара Коулридж"] == ["Сара Коулридж"]


def test_a_bare_surname_after_a_namesake_still_names_the_first_person():
    text = ("Космонавт Тарас Гремячий вернулся из полёта. "
            "Встречал его брат, Остап Гремячий. "
            "Гремячий провёл на орбите полгода.")
    found = people(text)
    assert "Гремячий" in found["Тарас Гремячий"]
    assert found["Остап Гремячий"] == ["Остап Гремячий"]


def test_an_adjectival_surname_in_the_masculine_genitive_is_not_the_womans():
    # `Раздольного` is a man's genitive: it joins the man even though the woman was named first
    text = ("На митинг пришли Дарья Раздольная и Тарас Раздольный. "
            "Сторонники Раздольного раздавали листовки.")
    found = people(text)
    assert "Раздольного" in found["Тарас Раздольный"]
    assert found["Дарья Раздольная"] == ["Дарья Раздольная"]


def test_the_verb_of_a_bare_surname_tells_which_of_two_namesakes_it_is():
    # the man is named first, but `согласилась` is said of a woman: the wife
    text = ("Продюсер Джеймс Коулридж и его жена Сара Коулридж купили дом в Ницце. "
            "Коулридж согласилась дать интервью.")
    found = people(text)
    assert "Коулридж" in found["Сара Коулридж"]
    assert found["Джеймс Коулридж"] == ["Джеймс Коулридж"]


def test_a_persons_gender_is_read_off_the_verbs_of_their_full_name_first():
    # the dictionary reads `Колин` as a man's name; `родилась` says the writer is a woman, so the
    # feminine `написала` is hers, though the man is named first
    text = ("Врач Патрик Сомерс лечил детей в Корке. Колин Сомерс родилась в Дублине. "
            "Сомерс написала двенадцать романов.")
    found = people(text)
    assert "Сомерс" in found["Колин Сомерс"]
    assert found["Патрик Сомерс"] == ["Патрик Сомерс"]


def test_a_namesake_introduced_as_the_genitive_of_a_kinship_noun_is_the_relative():
    # `Внук … Льва Гремячего, … Антон Гремячий`: the sentence introduces Антон by his grandfather;
    # the surname alone afterwards is Антон's, though the grandfather's name comes first
    text = ("Внук драматурга Льва Гремячего, предприниматель Антон Гремячий, купил хоккейный клуб. "
            "Гремячий обещал построить новую арену.")
    found = people(text)
    assert "Гремячий" in found["Антон Гремячий"]
    assert found["Лев Гремячий"] == ["Льва Гремячего"]


def test_a_namesake_named_after_the_kinship_noun_is_still_the_relative():
    # `Иван Сомов … его сын, Пётр Сомов`: the son is the relative, the father stays the subject
    text = ("Губернатор Иван Сомов подал в отставку. Его сын, депутат Пётр Сомов, промолчал. "
            "Сомов руководил областью восемь лет.")
    found = people(text)
    assert "Сомов" in found["Иван Сомов"]
