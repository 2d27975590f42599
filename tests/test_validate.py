"""SHACL shapes: every valid fixture conforms; each invalid fixture fails for the reason it states."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from rdflib.namespace import SH

from kg.rdf.vocab import KG
from kg.validate import shapes_graph, validate

DATA = Path(__file__).resolve().parent / "data" / "shapes"


def load(fixture: Path) -> Graph:
    text = (DATA / "prefixes.ttl").read_text() + (DATA / "base.ttl").read_text() + fixture.read_text()
    return Graph().parse(data=text, format="turtle")


def shape_named_in(fixture: Path) -> str:
    first = fixture.read_text().splitlines()[0]
    return first.lstrip("# ").split(":")[0]


@pytest.mark.parametrize("fixture", sorted((DATA / "valid").glob("*.ttl")), ids=lambda p: p.stem)
def test_valid_fixture_conforms(fixture):
    report = validate(load(fixture))
    assert report.conforms, report.text


@pytest.mark.parametrize("fixture", sorted((DATA / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_invalid_fixture_fails_for_its_stated_reason(fixture):
    report = validate(load(fixture))
    assert not report.conforms
    assert KG[shape_named_in(fixture)] in failing_node_shapes(report.graph), report.text


def failing_node_shapes(report: Graph) -> set:
    """The node shapes whose own constraints, or whose property shapes, produced a result."""
    shapes = shapes_graph()
    out = set()
    for source in report.objects(None, SH.sourceShape):
        out.add(source)
        out.update(shapes.subjects(SH.property, source))
    return out


def test_event_without_factuality_conforms_with_a_warning():
    fixture = DATA / "prefixes.ttl"
    text = fixture.read_text() + (DATA / "base.ttl").read_text() + (
        "ev:a-d a sem:Event , kg:Death ; sem:hasActor e:ivan-petrov ; kg:target e:ivan-petrov ;\n"
        "    prov:wasDerivedFrom <http://example.org/doc/a#char=12,20> .\n")
    report = validate(Graph().parse(data=text, format="turtle"))
    assert report.conforms
    severities = set(report.graph.objects(None, SH.resultSeverity))
    assert severities == {SH.Warning}


def _with_offset(lexical: str) -> Graph:
    """The base fixture plus a phrase whose begin offset is `lexical` typed as xsd:integer."""
    phrase = ('<http://example.org/doc/a#char=0,4> a nif:Phrase ; nif:referenceContext d:a ;\n'
              f'    nif:beginIndex "{lexical}"^^xsd:integer ; '
              'nif:endIndex "4"^^xsd:nonNegativeInteger ;\n'
              '    nif:anchorOf "Иван" ; itsrdf:taIdentRef e:ivan-petrov .\n')
    text = (DATA / "prefixes.ttl").read_text() + (DATA / "base.ttl").read_text() + phrase
    return Graph().parse(data=text, format="turtle")


def test_an_offset_that_is_no_integer_is_refused_with_a_report_naming_it():
    # rdflib's SPARQL engine recurses without end on such a literal; the graph still gets a report
    report = validate(_with_offset("ноль"))
    assert not report.conforms
    assert KG.PhraseShape in failing_node_shapes(report.graph)
    assert "beginIndex" in report.text and "char=0,4" in report.text


def test_pyshacl_alone_refuses_an_offset_that_is_no_integer_with_a_report(monkeypatch):
    from kg import validate as validation

    monkeypatch.setenv("KG_SHACL_ENGINE", "pyshacl")
    validation.engine.cache_clear()
    try:
        report = validate(_with_offset("ноль"))
    finally:
        validation.engine.cache_clear()
    assert not report.conforms and "beginIndex" in report.text
