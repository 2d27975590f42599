"""A capitalised `-ский` adjective made on the surname of a person the text names in full is a
mention of that person (kg.nlp.ru.eponyms.surname_adjectives), as `Нобелевской` is of Alfred
Nobel. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.eponyms import surname_adjectives
from kg.nlp.ru.known_names import NameMention
from kg.records import Document


def _people(text: str) -> dict[str, list[str]]:
    """Each person entity's name → its mentions as written."""
    return {e.name: [m.text for m in e.mentions]
            for e in extract(Document("t", text)).entities if e.kind == "person"}


def _added(text: str, given: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str]]:
    """surname_adjectives over the mentions `given` (written form, name, kind; set by hand):
    the text and name of each mention it adds."""
    a = analyse(text)
    mentions = []
    for written, name, kind in given:
        at = text.index(written)
        first, last = a.token_at(at), a.token_at(at + len(written) - 1)
        mentions.append(NameMention(span(text, at, at + len(written)), name, kind, True,
                                    first.index, last.index))
    out = surname_adjectives(a, mentions)
    return [(m.span.text, m.name) for m in out if m.derived]


def test_an_adjective_of_a_writers_surname_is_a_mention_of_the_writer():
    people = _people("Писатель Василий Сомкин родился в 1929 году. В Барнауле открылся "
                     "Сомкинский кинофестиваль, лауреатом Сомкинской премии стал Иван Петров.")
    assert people["Василий Сомкин"] == ["Василий Сомкин", "Сомкинский", "Сомкинской"]


def test_an_adjective_made_with_ev_on_a_soft_surname_is_the_persons():
    people = _people("Математик Нильс Берланд умер молодым. Берландовская премия вручается с "
                     "2003 года.")
    assert people["Нильс Берланд"] == ["Нильс Берланд", "Берландовская"]


def test_an_adjective_of_a_surname_no_person_bears_is_left_alone():
    text = "Сомкинский кинофестиваль открылся в Барнауле, сообщил Иван Петров."
    assert _added(text, (("Иван Петров", "Иван Петров", "person"),)) == []


def test_an_adjective_of_a_surname_two_people_bear_is_left_alone():
    text = "Иван Сомкин и Пётр Сомкин учредили Сомкинскую премию."
    given = (("Иван Сомкин", "Иван Сомкин", "person"), ("Пётр Сомкин", "Пётр Сомкин", "person"))
    assert _added(text, given) == []


def test_an_adjective_before_a_territory_noun_names_a_place():
    text = "Депутат Иван Сомкинов посетил Сомкиновскую область в среду."
    assert _added(text, (("Иван Сомкинов", "Иван Сомкинов", "person"),)) == []


def test_an_adjective_before_a_capitalised_word_opens_a_longer_name():
    text = "Сын Василия Сомкина приехал в Сомкинскую Слободу."
    assert _added(text, (("Василия Сомкина", "Василий Сомкин", "person"),)) == []


def test_the_adjective_is_added_where_the_text_names_the_person_in_full():
    text = "Василий Сомкин написал роман. Сомкинская премия вручается ежегодно."
    assert _added(text, (("Василий Сомкин", "Василий Сомкин", "person"),)) == [
        ("Сомкинская", "Василий Сомкин")]


def test_an_adjective_before_a_church_noun_names_the_church_not_the_person():
    # a church is named for a saint or a feast, not for a person of the text
    text = "Министр Пётр Сомкин выступил на заседании. Сомкинский храм отреставрируют."
    assert _added(text, (("Пётр Сомкин", "Пётр Сомкин", "person"),)) == []
