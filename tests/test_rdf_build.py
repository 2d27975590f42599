"""Records → RDF: a hand-made extraction gives exactly the golden graph (compared by isomorphism)."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from kg.rdf.build import build_graph
from kg.records import (Document, Entity, Event, Extraction, Link, Span, Statement, TimeValue)
from kg.validate import validate

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
BASE = "http://example.org/"
TEXT = "Президент Литвы Анна Ковальска позвонила в Ригу 9 января. «Всё решено», — сказала она."


def s(start: int, end: int) -> Span:
    return Span(start, end, TEXT[start:end])


def at(word: str) -> Span:
    start = TEXT.index(word)
    return s(start, start + len(word))


def extraction() -> Extraction:
    doc = Document("call-1", TEXT, title="Звонок", published=date(2024, 1, 10),
                   url="https://news.example.org/1")
    person = Entity("e1", "person", "Анна Ковальска", (at("Анна Ковальска"),),
                    job_title="президент Литвы", affiliation="e2")
    country = Entity("e2", "country", "Литва", (at("Литвы"),),
                     link=Link("Q37", 0.99, "gazetteer-label", label_en="Lithuania"))
    city = Entity("e3", "place", "Рига", (at("Ригу"),))
    call = Event("v1", "PhoneCall", at("позвонила"), agents=("e1",), targets=("e3",),
                 time=TimeValue(at("9 января"), month=1, day=9), duration="PT5M")
    said = Statement("s1", at("сказала"), speaker="e1", quote=at("Всё решено"),
                     anonymous_source="неназванный источник")
    return Extraction(doc, (person, country, city), (call,), (said,))


def built() -> Graph:
    return build_graph(extraction(), BASE, ended_at=datetime(2024, 1, 10, 12, tzinfo=timezone.utc))


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    a, b = to_isomorphic(actual), to_isomorphic(expected)
    if a != b:
        _, only_actual, only_expected = graph_diff(a, b)
        raise AssertionError("graphs differ\nonly in actual:\n"
                             + only_actual.serialize(format="nt")
                             + "\nonly in golden:\n" + only_expected.serialize(format="nt"))


def test_records_build_the_golden_graph():
    golden = GOLDEN / "call.ttl"
    if os.environ.get("KG_REGENERATE_GOLDEN"):
        built().serialize(golden, format="turtle")
    assert_isomorphic(built(), Graph().parse(golden, format="turtle"))


def test_golden_graph_conforms_to_the_shapes():
    report = validate(built())
    assert report.conforms, report.text


def test_build_is_deterministic():
    assert to_isomorphic(built()) == to_isomorphic(built())


def test_a_linked_entity_keeps_the_gazetteer_label_as_an_alternative_label_when_named_otherwise():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    text = "Звонил Пётр Сомов."
    person = Entity("e1", "person", "Пётр Сомов", (Span(7, 17, "Пётр Сомов"),),
                    link=Link("Q1", 0.9, "gazetteer-name-variant", label_ru="Пётр Ильич Сомов"))
    g = build_graph(Extraction(Document("d", text), (person,)), BASE)
    s = URIRef(BASE + "entity/petr-ilich-somov")
    assert set(g.objects(s, RDFS.label)) == {Literal("Пётр Сомов", lang="ru")}
    assert Literal("Пётр Ильич Сомов", lang="ru") in set(g.objects(s, SKOS.altLabel))
