"""What the dictionary's reading of a name tells the entity layer and the linker: a word it reads as
a person's name stays a person, a capitalised function word is no name, a full name outranks the
item that carries the bare surname, and a NEREL note that is only a first name links nobody.
Sentences are written for these tests."""

from __future__ import annotations

from linking_helpers import linked_qid, make_extraction

from kg.link import annotate, load_gazetteer
from kg.nlp import extract
from kg.nlp.ru.name_types import function_word, personal_name
from kg.records import Document


def entities(text: str):
    return annotate(extract(Document("t", text)))


def holding(x, fragment: str):
    return [e for e in x.entities if any(m.text == fragment for m in e.mentions)]


def test_the_dictionary_reads_first_names_and_surnames_as_personal_names():
    assert personal_name("Долорес") and personal_name("Гор") and personal_name("Песков")
    assert not personal_name("Гаага") and not personal_name("Галифакс")


def test_a_capitalised_conjunction_is_a_function_word_and_a_noun_is_not():
    assert function_word("Так") and function_word("Впрочем")
    assert not function_word("Москва") and not function_word("Верёвка") and not function_word("Кремль")


def test_a_one_word_person_the_dictionary_reads_as_a_name_is_not_retyped_as_a_namesake_place():
    # the gazetteer's only `Долорес` is a town, but the dictionary knows it as a woman's name
    assert any(i.kind == "place" for i, _ in load_gazetteer().lookup("Долорес"))
    x = make_extraction("Пироги испекла её бабушка Долорес.",
                        ("d", "person", "Долорес", "Долорес", {"personal_name": True}))
    e = annotate(x).entity("d")
    assert e.kind == "person" and e.link is None


def test_the_extraction_marks_a_surname_read_from_the_dictionary():
    x = entities("В предвыборной гонке тогда участвовали Клинтон и Гор.")
    [gore] = holding(x, "Гор")
    assert gore.kind == "person" and gore.personal_name and gore.link is None


def test_a_capitalised_conjunction_after_a_lost_full_stop_is_not_a_name():
    x = entities("Мэр поблагодарил жителей Казани Так закончилась встреча в мэрии.")
    assert not holding(x, "Так")


def test_a_full_name_is_linked_by_the_full_name_not_by_an_item_labelled_with_the_bare_surname():
    # Q539698 carries only the label `Шевченко`; the poet Q134958 is `Тарас Григорьевич Шевченко`
    assert any(i.qid == "Q539698" for i, _ in load_gazetteer().lookup("Шевченко"))
    text = "Студенты читали стихи Тараса Шевченко. Шевченко писал и прозу."
    x = make_extraction(text, ("t", "person", "Тарас Шевченко", "Тараса Шевченко", "Шевченко"))
    assert linked_qid(x, "t") == "Q134958"


def test_a_first_name_alone_is_not_linked_to_a_nerel_note_of_that_first_name():
    # NEREL's note for one king is the bare `Филипп`: it says nothing about a `Филипп` elsewhere
    gaz = load_gazetteer()
    assert gaz.is_first_name("Филипп") and any(i.src == ("nerel",) for i, _ in gaz.lookup("Филипп"))
    x = make_extraction("На выставку приехал Филипп с друзьями.", ("f", "person", "Филипп", "Филипп"))
    assert linked_qid(x, "f") is None


def test_a_person_written_with_a_patronymic_is_named_without_it_and_keeps_the_full_form():
    x = extract(Document("t", "Отчёт зачитал Олег Витальевич Сомовцев, директор фабрики. Сомовцев ответил на вопросы."))
    [p] = [e for e in x.entities if e.kind == "person"]
    assert p.name == "Олег Сомовцев"
    assert "Олег Витальевич Сомовцев" in p.aliases


def test_a_middle_name_that_is_no_patronymic_stays_in_the_name():
    x = extract(Document("t", "В саду гулял Андрей Юлий Сомовцев."))
    [p] = [e for e in x.entities if e.kind == "person"]
    assert p.name == "Андрей Юлий Сомовцев"


def test_a_person_with_a_full_name_is_not_linked_by_the_first_name_alone():
    # `Филипп` is the whole Russian label of one item; the text's Филипп is someone else's son
    assert any(i.kind == "person" for i, s in load_gazetteer().lookup("Филипп") if s == 3)
    text = "У Анны Сомовой растёт сын Филипп."
    x = make_extraction(text, ("f", "person", "Филипп", "Филипп", {"aliases": ("Филипп Сомов",)}))
    assert linked_qid(x, "f") is None

