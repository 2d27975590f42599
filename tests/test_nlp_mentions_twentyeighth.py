"""Entity mentions, twenty-eighth round: a capitalised deity name standing alone (`Господь`,
`Христос`) is a person mention, as NEREL marks it; not when it opens a quoted title or belongs to
a longer name. Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities}


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(Document("t", text)).entities}


def test_a_deity_name_standing_alone_is_a_person():
    text = "Старик вздохнул: я не держу зла, Господь ему судья."
    assert mentions(text).get("Господь") == ["Господь"]
    assert kinds(text)["Господь"] == "person"


def test_a_deity_name_in_an_oblique_case_is_the_same_person():
    found = mentions("Господь, помоги нам! Господу молились все жители деревни.")
    assert found.get("Господь") == ["Господь", "Господу"]


def test_a_deity_name_inside_quoted_speech_is_a_person():
    found = mentions("Настоятель сказал: «Пусть Господь хранит наш город».")
    assert found.get("Господь") == ["Господь"]


def test_a_deity_name_after_that_is_a_person():
    found = mentions("Проповедник напомнил, что Христос учил прощать врагов.")
    assert any(forms == ["Христос"] for forms in found.values())


def test_a_deity_name_opening_a_quoted_title_is_no_person():
    found = mentions("Вандал облил краской икону «Господь Вседержитель» в соборе.")
    assert "Господь" not in found


def test_a_deity_name_before_another_capitalised_word_is_left_to_the_longer_name():
    found = mentions("Туристы осмотрели икону Господь Вседержитель в соборе.")
    assert "Господь" not in found


def test_god_opening_a_sentence_is_no_person():
    found = mentions("Бог знает, чем всё закончится.")
    assert "Бог" not in found
