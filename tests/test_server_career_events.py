"""A person's appointments, awards and death on their entity page, and the example query "who was
appointed to what", over records stored through the real build, SHACL gate and store."""

from __future__ import annotations

from datetime import date

import pytest

HTML = {"Accept": "text/html"}
TEXT = ("Указом президента Мария Орлова 2 февраля 2020 года назначена министром культуры. "
        "В 2021 году Мария Орлова награждена орденом Почёта. Мария Орлова скончалась в Казани. "
        "Позднее Мария Орлова возглавит комитет.")


def _at(part: str, nth: int = 0):
    from kg.records import Span

    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(part, i + 1)
    return Span(i, i + len(part), part)


@pytest.fixture
def career(settings, store) -> str:
    from kg.pipeline import store_extraction
    from kg.records import Document, Entity, Event, Extraction, TimeValue

    orlova = Entity("o", "person", "Мария Орлова", tuple(_at("Мария Орлова", n) for n in range(4)))
    kazan = Entity("k", "place", "Казань", (_at("Казани"),))
    store_extraction(Extraction(Document("career", TEXT, published=date(2022, 5, 1)), (orlova, kazan), events=(
        Event("a", "Appointment", _at("назначена"), targets=("o",), post="министр культуры",
              time=TimeValue(_at("2 февраля 2020 года"), begin=date(2020, 2, 2))),
        Event("w", "Award", _at("награждена"), targets=("o",), award="орден Почёта",
              time=TimeValue(_at("В 2021 году"), year=2021)),
        Event("d", "Death", _at("скончалась"), targets=("o",), place="k"),
        Event("p", "Appointment", _at("возглавит"), targets=("o",), post="комитет",
              factuality="Planned"),
    )), settings=settings, store=store)
    return f"{settings.base}entity/mariya-orlova"


def test_person_page_shows_appointment_with_post_award_with_prize_and_death(client, career):
    html = client.get(career, headers=HTML).data.decode()
    timeline = html[html.index('class="timeline"'):html.index("</ol>")]
    assert "Назначение</a>: министр культуры" in timeline
    assert "Награждение</a>: орден Почёта" in timeline
    assert "Смерть</a>" in timeline


def test_person_page_marks_a_planned_appointment_as_planned(client, career):
    html = client.get(career, headers=HTML).data.decode()
    timeline = html[html.index('class="timeline"'):html.index("</ol>")]
    assert "Назначение</a>: комитет <span class=\"muted\">(planned)</span>" in timeline


def test_example_query_who_was_appointed_to_what(client, career):
    from server.pages import example_queries

    (query,) = [q["query"] for q in example_queries() if q["name"] == "11-appointments"]
    resp = client.post("/sparql", data=query.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    rows = {(b["who"]["value"], b["kind"]["value"], b.get("post", {}).get("value"),
             b["factuality"]["value"]) for b in resp.get_json()["results"]["bindings"]}
    assert rows == {("Мария Орлова", "Appointment", "министр культуры", "Actual"),
                    ("Мария Орлова", "Appointment", "комитет", "Planned")}
