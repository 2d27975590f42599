"""Wrong joins and links the nineteenth round's identity rules made on sentences written to probe
them: a short name an earlier join gave to one body drawing that body into another; a hyphenated
place adjective not read as a qualifier; a name tied between two items settled by the document's
link while an unlinked body of the text may be the other one. Sentences are written for these tests."""

from __future__ import annotations

from kg.link import annotate
from kg.link.names import adjective_form
from kg.nlp import extract
from kg.records import Document


def bodies(text: str):
    return [e for e in annotate(extract(Document("t", text))).entities if e.kind == "organization"]


def test_a_body_an_earlier_join_gave_a_longer_name_stays_apart_from_another_qualified_body():
    found = bodies("Китайская коммунистическая партия провела съезд. Коммунистическая партия Нарнии "
                   "прислала делегацию. Коммунистическая партия отчиталась о визите.")
    chinese = next(e for e in found if e.name == "Китайская коммунистическая партия")
    assert [m.text for m in chinese.mentions] == ["Китайская коммунистическая партия"], found


def test_a_hyphenated_place_adjective_is_read_by_its_last_part():
    assert adjective_form("Санкт-Петербургский", "ru")
    assert adjective_form("Восточно-Казахстанская", "ru")
    assert not adjective_form("Ростов-на-Дону", "ru")


def test_a_short_name_two_qualified_names_end_with_joins_neither():
    found = bodies("Московский государственный университет и Санкт-Петербургский государственный "
                   "университет подписали соглашение. Государственный университет получит грант.")
    moscow = next(e for e in found if e.name == "Московский государственный университет")
    assert [m.text for m in moscow.mentions] == ["Московский государственный университет"], found


def test_a_short_name_joins_the_one_name_a_hyphenated_adjective_qualifies():
    found = bodies("Санкт-Петербургский государственный университет открыл кафедру. "
                   "Государственный университет получит грант.")
    assert len(found) == 1, found


def test_an_unlinked_body_of_the_same_opening_word_keeps_a_tied_name_unlinked():
    found = bodies("Министерство обороны Российской Федерации сообщило об ударе. Министерство обороны "
                   "Украины это опровергло. В Минобороны пообещали доказательства.")
    short = next(e for e in found if e.name == "Минобороны")
    assert short.link is None, found


def test_without_such_a_body_the_documents_link_settles_the_tie():
    found = bodies("«Реал Мадрид» выиграл Лигу чемпионов. «Реал» отпраздновал победу.")
    assert len(found) == 1 and [m.text for m in found[0].mentions] == ["Реал Мадрид", "Реал"], found


def test_a_bare_one_word_name_is_no_rival_for_a_tied_name():
    found = bodies("Правительство Российской Федерации утвердило программу. Правительство обещало "
                   "отчитаться. Решение Правительства РФ вступит в силу в мае.")
    full = next(e for e in found if e.name == "Правительство Российской Федерации")
    assert "Правительства РФ" in [m.text for m in full.mentions], found
