"""Entities, twenty-sixth round: the name of a building that houses one body (`Кремль`, `Белый
дом`) means the building or the body by its context, mention by mention, and the two are two
entities. Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def kinds(text: str, name: str) -> dict[str, list[str]]:
    """{kind: mentions} of the entities of the text named `name`."""
    out: dict[str, list[str]] = {}
    for e in extract(Document("t", text)).entities:
        if e.name == name:
            out.setdefault(e.kind, []).extend(m.text for m in e.mentions)
    return out


def entities_named(text: str, name: str) -> list:
    return [e for e in extract(Document("t", text)).entities if e.name == name]


# the building: a preposition of position, or `в` with the prepositional case

def test_a_seat_after_a_preposition_of_position_is_the_building():
    assert kinds("Пикетчики простояли перед Белым домом до утра.", "Белый дом") == {
        "place": ["Белым домом"]}


def test_a_seat_after_a_two_word_preposition_is_the_building():
    assert kinds("Полицейские оцепили улицы недалеко от Белого дома.", "Белый дом") == {
        "place": ["Белого дома"]}


def test_a_meeting_held_in_a_seat_is_held_in_the_building():
    assert kinds("Переговоры министров прошли в Кремле во вторник.", "Кремль") == {
        "place": ["Кремле"]}


def test_the_building_stays_a_place_and_takes_no_link_to_the_body():
    found = entities_named("Студенты вышли на пикет возле Кремля в субботу.", "Кремль")
    assert [(e.kind, e.link) for e in found] == [("place", None)]


def test_the_building_and_the_body_in_one_text_are_two_entities():
    found = kinds("Демонстранты собрались перед Белым домом. Белый дом заявил, что президент "
                  "не выйдет к ним.", "Белый дом")
    assert found == {"place": ["Белым домом"], "organization": ["Белый дом"]}


# the body: everywhere else (must not become the building)

def test_a_seat_as_the_subject_is_the_body():
    assert kinds("Кремль опроверг эти сведения в понедельник.", "Кремль") == {
        "organization": ["Кремль"]}


def test_a_seat_in_the_genitive_of_a_message_is_the_body():
    assert kinds("В сообщении Кремля говорится о новых переговорах.", "Кремль") == {
        "organization": ["Кремля"]}


def test_a_seat_where_a_subjectless_plural_verb_speaks_is_the_body():
    assert kinds("В Кремле заявили, что визит отменён.", "Кремль") == {"organization": ["Кремле"]}


def test_sources_in_a_seat_are_of_the_body():
    assert kinds("Источники в Кремле сообщили, что визит отменён.", "Кремль") == {
        "organization": ["Кремле"]}


def test_a_post_in_a_seat_is_a_post_of_the_body():
    assert kinds("Сомов получил должность в Белом доме осенью.", "Белый дом") == {
        "organization": ["Белом доме"]}


def test_going_to_work_into_a_seat_in_the_accusative_is_the_body():
    assert kinds("Сомов поступил на работу в Белый дом в 1983 году.", "Белый дом") == {
        "organization": ["Белый дом"]}


def test_a_body_not_listed_as_a_seat_keeps_its_kind_after_a_preposition_of_position():
    # `перед Сбербанком`: the rule reads only the names of seat_bodies.txt
    found = extract(Document("t", "Вкладчики собрались перед Сбербанком в понедельник.")).entities
    assert [(e.name, e.kind) for e in found] == [("Сбербанк", "organization")]


def test_a_seat_the_ner_takes_for_a_person_is_read_like_the_rest():
    assert kinds("В заявлении Даунинг-стрит назвали эту меру временной.", "Даунинг-стрит") == {
        "organization": ["Даунинг-стрит"]}


def test_a_seat_the_tagger_gives_no_case_after_na_is_the_building():
    assert kinds("Премьер живёт в резиденции на Даунинг-стрит.", "Даунинг-стрит") == {
        "place": ["Даунинг-стрит"]}


def test_a_seat_in_the_accusative_after_na_is_the_body():
    assert kinds("Письмо отправили на Даунинг-стрит во вторник.", "Даунинг-стрит") == {
        "organization": ["Даунинг-стрит"]}


def test_a_plural_verb_with_a_subject_of_its_own_leaves_the_building():
    assert kinds("В Кремле прошли переговоры президентов.", "Кремль") == {"place": ["Кремле"]}


def test_two_seats_as_subjects_of_one_verb_are_both_bodies():
    text = "Кремль и Белый дом заявили о продлении договора."
    assert kinds(text, "Кремль") == {"organization": ["Кремль"]}
    assert kinds(text, "Белый дом") == {"organization": ["Белый дом"]}


def test_a_worker_of_a_seat_in_the_genitive_is_of_the_body():
    assert kinds("Сотрудник Белого дома подал в отставку.", "Белый дом") == {
        "organization": ["Белого дома"]}


def test_the_one_answered_to_after_pered_is_the_body():
    assert kinds("Министр отчитался перед Кремлём о расходах.", "Кремль") == {
        "organization": ["Кремлём"]}


def test_what_a_seat_has_after_u_is_the_body():
    assert kinds("У Кремля нет планов по встрече.", "Кремль") == {"organization": ["Кремля"]}


def test_disputes_around_a_seat_are_about_the_body():
    assert kinds("Споры вокруг Белого дома не утихают.", "Белый дом") == {
        "organization": ["Белого дома"]}
