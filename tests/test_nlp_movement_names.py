"""A movement named by a lower-case plural of its members (kg.nlp.ru.movements `movement_names`,
kg/data/ru/movement_names.tsv): `талибы` is the movement, an organisation and an actor of its
events; a row of the kind `ideology` (`хути`) and a generic word for fighters name no one.
Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.pipeline import extract as extract_linked
from kg.records import Document


def found(text: str):
    return extract(Document("t", text))


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, e.kind, e.name) for e in found(text).entities for m in e.mentions]


def actors(text: str, kind: str) -> tuple[list[str], list[str]]:
    x = found(text)
    names = {e.key: e.name for e in x.entities}
    event = next(ev for ev in x.events if ev.kind == kind)
    return [names[k] for k in event.agents], [names[k] for k in event.targets]


def test_a_lower_case_plural_of_taliban_members_is_the_movement():
    assert ("талибов", "organization", "Талибан") in mentions(
        "Жители деревни бежали в горы, опасаясь возвращения талибов.")


def test_the_movement_at_a_sentence_opening_is_the_same_organisation_linked_to_wikidata():
    x = extract_linked(Document("t", "Талибы заняли перевал у границы с Таджикистаном."))
    movement = next(e for e in x.entities if e.name == "Талибан")
    assert movement.kind == "organization"
    assert movement.link is not None and movement.link.qid == "Q42418"


def test_a_movement_word_annotated_as_an_ideology_stays_no_entity():
    assert all(e.name != "хуситы" for e in found("Министр обвинил хути в обстреле порта.").entities)


def test_the_movement_opening_a_sentence_is_the_attacker():
    assert actors("Талибы обстреляли блокпост на окраине Кандагара.", "Attack")[0] == ["Талибан"]


def test_generic_fighters_and_rebels_stay_no_entity():
    text = "Повстанцы и боевики атаковали колонну, а сепаратисты и ополченцы отступили."
    assert mentions(text) == []


def test_one_taliban_member_in_the_singular_is_not_the_movement():
    assert all(name != "Талибан" for _, _, name in mentions("Вчера талиб был задержан на блокпосту."))


def test_the_movement_inside_a_longer_quoted_name_is_left_to_that_name():
    found_names = [name for _, _, name in mentions("Движение «Техрик-е Талибан Пакистан» выбрало нового лидера.")]
    assert "Талибан" not in found_names
