"""A town's administration acts as that body, not as the town."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def _run(text: str):
    x = extract(Document("t", text))
    names = {e.key: e.name for e in x.entities}
    return x, names


def _kinds(text: str) -> dict[str, str]:
    x, _ = _run(text)
    return {e.name: e.kind for e in x.entities}


def _agents(text: str, kind: str) -> list[str]:
    x, names = _run(text)
    return [names[k] for e in x.events if e.kind == kind for k in e.agents]


def test_a_city_administration_in_lower_case_is_an_organisation_with_the_city_nested():
    kinds = _kinds("В среду администрация Самары отказала Игорю Лапину в разрешении на митинг.")
    assert kinds.get("Администрация Самары") == "organization"
    assert kinds.get("Самара") == "place"


def test_a_countrys_administration_in_lower_case_makes_no_body():
    # the corpus gold reads `администрация США` as the country acting (collective_heads.txt)
    kinds = _kinds("Как пишет газета, администрация Канады добивается новых переговоров.")
    assert "organization" not in kinds.values()


def test_a_city_administration_refusing_is_the_body_not_the_city():
    agents = _agents("В среду администрация Самары отказала Игорю Лапину в разрешении на митинг.",
                     "Rejection")
    assert agents == ["Администрация Самары"]


def test_a_citys_administration_as_a_passives_agent_is_the_administration():
    assert _agents("Проект парка был отклонён администрацией Самары.", "Rejection") == \
        ["Администрация Самары"]


def test_the_police_of_a_city_still_names_the_city_acting():
    # only a body no country owns acts itself; the police stays its place (collective_heads.txt)
    assert _agents("Вечером Олег Сомов был задержан полицией Тулы.", "Arrest") == ["Тула"]


def test_a_countrys_government_still_names_the_country_acting():
    # the corpus gold reads `правительство Франции` as France acting (collective_heads.txt)
    assert _agents("Правительство Франции ввело санкции против Олега Сомова.", "Sanction") == \
        ["Франция"]
