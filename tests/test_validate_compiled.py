"""The compiled shapes agree with pySHACL: the same results on valid, invalid and mutated graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg import shacl_compiled
from kg.rdf.terms import triples_to_graph
from kg.validate import check_triples, compiled_shapes, shapes_graph, validate

DATA = Path(__file__).resolve().parent / "data" / "shapes"
FIXTURES = sorted((DATA / "valid").glob("*.ttl")) + sorted((DATA / "invalid").glob("*.ttl"))

# graphs beside the fixtures whose verdict depends on how each engine compares values
EXTRA = {
    "event-ends-at-a-time-before-its-begin-date": (
        'ev:a-12 sem:hasEndTimeStamp "2023-12-31T10:00:00"^^xsd:dateTime .\n'),
    "event-without-factuality": (
        "ev:a-d a sem:Event , kg:Death ; sem:hasActor e:ivan-petrov ; kg:target e:ivan-petrov ;\n"
        "    prov:wasDerivedFrom <http://example.org/doc/a#char=12,20> .\n"),
    "subclass-of-person-in-the-data": (
        "e:pyotr-sidorov a kg:Minister ; rdfs:label \"Пётр Сидоров\"@ru .\n"
        "kg:Minister rdfs:subClassOf schema:Person .\n"),
    "anchor-at-the-end-of-the-text": (
        '<http://example.org/doc/a#char=30,35> a nif:Phrase ; nif:referenceContext d:a ;\n'
        '    nif:beginIndex "30"^^xsd:integer ; nif:endIndex "36"^^xsd:integer ;\n'
        '    nif:anchorOf "нойовой." ; itsrdf:taIdentRef e:anna-smirnova .\n'),
}


def text_of(extra: str) -> str:
    return (DATA / "prefixes.ttl").read_text() + (DATA / "base.ttl").read_text() + extra


def pyshacl_results(graph: Graph) -> tuple[bool, set]:
    conforms, report, _ = pyshacl_validate(graph, shacl_graph=shapes_graph(), allow_warnings=True,
                                           inference="none")
    found = set()
    for r in report.objects(None, SH.result):
        found.add((report.value(r, SH.focusNode), report.value(r, SH.sourceShape),
                   report.value(r, SH.resultSeverity)))
    return bool(conforms), found


def compiled_results(data: shacl_compiled.Data) -> tuple[bool, set]:
    results = compiled_shapes().results(data)
    return shacl_compiled.conforms(results), {(r.focus, r.shape, r.severity) for r in results}


def assert_agree(graph: Graph) -> tuple[bool, set]:
    expected = pyshacl_results(graph)
    assert compiled_results(shacl_compiled.Data.from_graph(graph)) == expected
    return expected


def test_the_project_shapes_are_all_compiled():
    assert compiled_shapes() is not None


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_both_engines_find_the_same_results_in_each_fixture(fixture):
    graph = Graph().parse(data=text_of(fixture.read_text()), format="turtle")
    conforms, results = assert_agree(graph)
    assert conforms == (fixture.parent.name == "valid")
    assert conforms or results


@pytest.mark.parametrize("name", sorted(EXTRA))
def test_both_engines_find_the_same_results_where_values_are_compared(name):
    assert_agree(Graph().parse(data=text_of(EXTRA[name]), format="turtle"))


def test_an_event_without_factuality_is_a_warning_in_both_engines():
    conforms, results = assert_agree(
        Graph().parse(data=text_of(EXTRA["event-without-factuality"]), format="turtle"))
    assert conforms and {severity for _, _, severity in results} == {SH.Warning}


def full_fixture() -> Graph:
    extra = "".join(p.read_text() for p in sorted((DATA / "valid").glob("*.ttl")))
    return Graph().parse(data=text_of(extra), format="turtle")


def test_both_engines_agree_with_any_one_triple_left_out():
    graph = full_fixture()
    verdicts = set()
    for triple in sorted(graph):
        mutated = Graph()
        for t in graph:
            if t != triple:
                mutated.add(t)
        verdicts.add(assert_agree(mutated)[0])
    assert verdicts == {True, False}  # some triples are required, some are not


def retyped(value: Literal) -> list[Literal]:
    text = str(value)
    return [Literal(text), Literal(text, lang="ru"), Literal(text, datatype=XSD.integer),
            Literal(text, datatype=XSD.date), Literal("-3", datatype=XSD.integer)]


def test_both_engines_agree_with_any_one_value_changed():
    graph = full_fixture()
    iri = URIRef("http://example.org/entity/nobody")
    for s, p, o in sorted(graph):
        replacements = retyped(o) if isinstance(o, Literal) else [iri, Literal(str(o))]
        if p == RDF.type:
            replacements = [iri]
        for new in replacements:
            if new == o:
                continue
            mutated = Graph()
            for t in graph:
                mutated.add(t if t != (s, p, o) else (s, p, new))
            assert_agree(mutated)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_graphs_read_by_kg_load_get_the_verdict_pyshacl_gives(fixture):
    triples = [q.triple for q in ox.parse(text_of(fixture.read_text()), ox.RdfFormat.TURTLE)]
    as_loaded = triples_to_graph(triples)  # what pySHACL validated in kg load before
    expected = pyshacl_results(as_loaded)
    assert compiled_results(shacl_compiled.Data.from_ox(triples)) == expected
    verdict = check_triples(triples, lambda: triples_to_graph(triples))
    assert (verdict is None) == expected[0]


def test_a_refusal_carries_the_report_pyshacl_writes():
    fixture = DATA / "invalid" / "speaker-not-agent.ttl"
    report = validate(Graph().parse(data=text_of(fixture.read_text()), format="turtle"))
    assert not report.conforms
    assert "kg:speaker is also its kg:agent" in report.text
    assert (None, SH.conforms, Literal(False)) in report.graph


def test_an_accepted_graph_has_pyshacl_report_when_read():
    graph = Graph().parse(data=text_of(EXTRA["event-without-factuality"]), format="turtle")
    report = validate(graph)
    assert report.conforms
    assert "should have a kg:factuality" in report.text
    assert set(report.graph.objects(None, SH.resultSeverity)) == {SH.Warning}


def test_shapes_using_a_feature_not_compiled_are_left_to_pyshacl():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .""", format="turtle")
    with pytest.raises(shacl_compiled.Unsupported):
        shacl_compiled.CompiledShapes(shapes)


def test_a_path_other_than_a_predicate_is_left_to_pyshacl():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .""", format="turtle")
    with pytest.raises(shacl_compiled.Unsupported):
        shacl_compiled.CompiledShapes(shapes)


@pytest.fixture
def pyshacl_alone(monkeypatch):
    from kg import validate as validation

    monkeypatch.setenv("KG_SHACL_ENGINE", "pyshacl")
    validation.engine.cache_clear()
    yield
    monkeypatch.undo()
    validation.engine.cache_clear()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_kg_shacl_engine_pyshacl_gives_the_same_verdicts(fixture, pyshacl_alone):
    from kg import validate as validation

    assert validation.engine() == "pyshacl"
    report = validate(Graph().parse(data=text_of(fixture.read_text()), format="turtle"))
    assert report.conforms == (fixture.parent.name == "valid")
