"""A structure named after a person whose name opens on its own capitalised noun (kg.nlp.ru.eponyms
`structures_named_after`): `Башня Елизаветы`, `Канал Грибоедова` are places, the noun included.
Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, e.kind) for e in extract(Document("t", text)).entities for m in e.mentions]


def names(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(Document("t", text)).entities}


def test_a_capitalised_tower_before_a_first_name_is_one_place():
    found = mentions("Туристы долго стояли у Башни Екатерины и фотографировали её.")
    assert ("Башни Екатерины", "place") in found
    assert not any(kind == "person" for _, kind in found)


def test_a_capitalised_canal_before_a_surname_opening_a_caption_line_is_one_place():
    found = mentions("Канал Ломоносова\nЛодки плыли мимо старых домов.")
    assert ("Канал Ломоносова", "place") in found


def test_a_renamed_tower_in_quotes_is_one_place_in_every_case():
    text = ("Старую башню решили переименовать в «Башню Марии Стюарт». "
            "Теперь Башня Марии Стюарт открыта для гостей.")
    found = mentions(text)
    assert ("Башню Марии Стюарт", "place") in found
    assert ("Башня Марии Стюарт", "place") in found
    assert names(text).get("Башня Марии Стюарт") == "place"


def test_a_first_name_and_surname_after_a_capitalised_square_are_the_square():
    found = mentions("Вечером горожане собрались на Площади Ивана Петрова у фонтана.")
    assert ("Площади Ивана Петрова", "place") in found


def test_a_structure_noun_opening_a_sentence_inside_a_paragraph_says_nothing():
    found = mentions("Вчера прошёл дождь. Мост Ильина встретил его сына у реки.")
    assert not any(text.startswith("Мост") and kind == "place" for text, kind in found)


def test_a_lower_case_structure_noun_leaves_the_person():
    found = mentions("Марина Орлова прошла по мосту. Мост строил ещё дед Орловой.")
    assert ("Марина Орлова", "person") in found
    assert not any(kind == "place" and "Орлов" in text for text, kind in found)


def test_a_museum_named_after_a_person_stays_a_body():
    found = mentions("Вчера в Музее Анны Ахматовой открылась новая выставка.")
    assert not any(text.startswith("Музе") and kind == "place" for text, kind in found)


def test_a_lower_case_genitive_after_a_capitalised_alley_inside_a_sentence_is_its_name():
    text = "Звезду певицы заложили на Аллее славы в Голливуде. Аллея славы открыта круглосуточно."
    assert ("Аллее славы", "place") in mentions(text)
    assert names(text).get("Аллея славы") == "place"


def test_a_capitalised_street_noun_and_a_lower_case_genitive_opening_a_sentence_are_no_name():
    found = mentions("Дождь шёл весь день. Улица города опустела к вечеру.")
    assert not any(text.startswith("Улица") for text, _ in found)
