"""Entity mentions, twenty-eighth round: a capitalised deity name standing alone (`Господь`,
`Христос`) is a person mention, as NEREL marks it, named `Бог` / `Иисус Христос`; not when it opens
a quoted title, belongs to a longer name or is the vocative exclamation `Господи`. A body named by
its remit (`Комитет`, `Контактная группа`) takes the `по` phrase after its name. Sentences are
written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities}


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(Document("t", text)).entities}


def test_a_deity_name_standing_alone_is_a_person():
    text = "Старик вздохнул: я не держу зла, Господь ему судья."
    assert mentions(text).get("Бог") == ["Господь"]
    assert kinds(text)["Бог"] == "person"


def test_a_deity_name_in_an_oblique_case_is_the_same_person():
    found = mentions("Господь, помоги нам! Господу молились все жители деревни.")
    assert found.get("Бог") == ["Господь", "Господу"]


def test_a_deity_name_inside_quoted_speech_is_a_person():
    found = mentions("Настоятель сказал: «Пусть Господь хранит наш город».")
    assert found.get("Бог") == ["Господь"]


def test_a_deity_name_after_that_is_a_person():
    found = mentions("Проповедник напомнил, что Христос учил прощать врагов.")
    assert any(forms == ["Христос"] for forms in found.values())


def test_a_deity_name_opening_a_quoted_title_is_no_person():
    found = mentions("Вандал облил краской икону «Господь Вседержитель» в соборе.")
    assert not any("Господь" in forms for forms in found.values())


def test_a_deity_name_before_another_capitalised_word_is_left_to_the_longer_name():
    found = mentions("Туристы осмотрели икону Господь Вседержитель в соборе.")
    assert not any("Господь" in forms for forms in found.values())


def test_god_opening_a_sentence_is_no_person():
    found = mentions("Бог знает, чем всё закончится.")
    assert "Бог" not in found


# ---- a body named by its remit takes its `по` phrase ---------------------------------------


def test_a_committee_takes_its_remit_after_po():
    found = mentions("Об этом сообщил член Комитета Палаты представителей по внутренней "
                     "безопасности Олег Сомов.")
    assert "Комитет Палаты представителей по внутренней безопасности" in found
    assert found.get("Олег Сомов") == ["Олег Сомов"]


def test_a_remit_runs_over_a_list_of_genitives():
    found = mentions("Комитет Госдумы по вопросам семьи, женщин и детей разработал законопроект.")
    assert "Комитет Госдумы по вопросам семьи, женщин и детей" in found


def test_a_contact_group_takes_its_remit():
    found = mentions("Представитель России в Контактной группе по урегулированию конфликта "
                     "Олег Сомов прибыл в Минск.")
    assert "Контактная группа по урегулированию конфликта" in found


def test_a_remit_after_a_lower_case_committee_is_not_the_named_body_s():
    found = mentions("Об этом сообщил член комитета Совета Федерации по обороне и безопасности "
                     "Олег Сомов.")
    assert "Совет Федерации" in found
    assert not any(name.startswith("Совет Федерации по") for name in found)


def test_a_body_whose_name_is_whole_keeps_an_adverbial_po_phrase_out():
    found = mentions("Совет Федерации по итогам заседания одобрил закон.")
    assert "Совет Федерации" in found


def test_the_vocative_of_a_deity_name_is_an_exclamation_not_a_person():
    found = mentions("Господи, помилуй нас и этот город!")
    assert not any("Господи" in forms for forms in found.values())


def test_a_remit_s_body_keeps_its_owner_nested():
    found = mentions("Комитет Госдумы по вопросам семьи, женщин и детей разработал законопроект.")
    assert found.get("Госдума") == ["Госдумы"]
