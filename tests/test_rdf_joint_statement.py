"""A joint statement in the graph: one kg:speaker and kg:agent per speaker, and it conforms."""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf.build import build_graph
from kg.records import Document, Entity, Extraction, Span, Statement
from kg.validate import validate

BASE = "http://example.org/"
TEXT = "Пётр Сомов и Анна Ковальска заявили, что подпишут соглашение."


def at(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start, start + len(word), word)


def graph():
    people = (Entity("e1", "person", "Пётр Сомов", (at("Пётр Сомов"),)),
              Entity("e2", "person", "Анна Ковальска", (at("Анна Ковальска"),)))
    said = Statement("s1", at("заявили"), speaker="e1", co_speakers=("e2",),
                     content=at("подпишут соглашение"))
    return build_graph(Extraction(Document("d", TEXT), people, (), (said,)), BASE)


SPEAKERS = """PREFIX kg: <https://w3id.org/newskg#>
SELECT ?who WHERE { ?st a kg:Statement ; kg:speaker ?who ; kg:agent ?who }"""


def test_each_speaker_of_a_joint_statement_is_a_speaker_and_an_agent():
    found = {str(r.who) for r in graph().query(SPEAKERS)}
    assert found == {BASE + "entity/petr-somov", BASE + "entity/anna-kovalska"}


def test_a_statement_with_two_speakers_conforms_to_the_shapes():
    report = validate(graph())
    assert report.conforms, report.text


def test_a_speaker_that_is_no_agent_still_breaks_the_shapes():
    g = graph()
    st = next(g.subjects(URIRef("https://w3id.org/newskg#speaker"), None))
    g.add((st, URIRef("https://w3id.org/newskg#speaker"), URIRef(BASE + "entity/someone-else")))
    assert not validate(g).conforms
