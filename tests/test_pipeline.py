"""The whole path: text → records → RDF → SHACL → store; bad input and invalid graphs store nothing."""

from __future__ import annotations

import io
from datetime import date

import pytest

from conftest import EXAMPLES, corpus_file
from kg.errors import InputError, ShapeViolation
from kg.pipeline import ingest, make_document, store_extraction
from kg.rdf import iris
from kg.records import Document, Entity, Extraction, Span

TEXT = (EXAMPLES / "ru-lavrov-ankara-talks.txt").read_text(encoding="utf-8")


def nq_dump(store) -> bytes:
    buf = io.BytesIO()
    store.dump(buf, "nq")
    return buf.getvalue()


def count(store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)


def test_ingest_stores_the_document_in_its_own_named_graph(settings, store):
    result = ingest(make_document(TEXT, id="talks"), settings=settings, store=store)
    assert result.doc_iri == iris.doc_iri(settings.base, "talks")
    assert store.graph_names() == [result.doc_iri]
    assert store.graph_size(result.doc_iri) == result.triples > 0
    assert result.entities >= 3 and not result.replaced


def test_reingesting_a_document_replaces_its_graph(settings, store):
    first = ingest(make_document(TEXT, id="talks"), settings=settings, store=store)
    second = ingest(make_document(TEXT, id="talks", title="Новый заголовок"), settings=settings,
                    store=store)
    assert second.replaced and store.graph_names() == [first.doc_iri]
    headlines = list(store.query(
        f"SELECT ?h WHERE {{ <{first.doc_iri}> <http://schema.org/headline> ?h }}"))
    assert [h["h"].value for h in headlines] == ["Новый заголовок"]


def test_document_without_id_is_named_by_a_hash_of_its_text(settings, store):
    result = ingest(make_document(TEXT), settings=settings, store=store)
    assert result.doc_id == iris.text_doc_id(TEXT)


def test_default_graph_holds_a_shared_triple_once(settings, store):
    ingest(make_document(TEXT, id="one"), settings=settings, store=store)
    ingest(make_document(TEXT + "\nЛавров вернулся в Москву.", id="two"), settings=settings,
           store=store)
    lavrov = iris.entity_iri(settings.base, "sergey-lavrov")
    n = count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{lavrov}> a <http://schema.org/Person> }}")
    assert n == 1


def test_deleting_a_document_keeps_what_other_documents_still_say(settings, store):
    ingest(make_document(TEXT, id="one"), settings=settings, store=store)
    ingest(make_document(TEXT, id="two"), settings=settings, store=store)
    lavrov = iris.entity_iri(settings.base, "sergey-lavrov")
    assert store.drop_graph(iris.doc_iri(settings.base, "one"))
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ <{lavrov}> a <http://schema.org/Person> }}"
    assert count(store, q) == 1
    assert store.drop_graph(iris.doc_iri(settings.base, "two"))
    assert count(store, q) == 0
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 0


def test_deleting_an_unknown_document_reports_false(settings, store):
    assert store.drop_graph(iris.doc_iri(settings.base, "nope")) is False


def test_non_conforming_graph_is_refused_and_the_store_is_unchanged(settings, store):
    ingest(make_document(TEXT, id="talks"), settings=settings, store=store)
    before = nq_dump(store)
    text = "Иван Петров приехал."
    broken = Extraction(  # offsets that do not point at the anchor text
        document=Document("bad", text),
        entities=(Entity("e1", "person", "Иван Петров", (Span(0, 4, "Иван Петров"),)),))
    with pytest.raises(ShapeViolation) as err:
        store_extraction(broken, settings=settings, store=store)
    assert "anchorOf" in err.value.report.text
    assert nq_dump(store) == before


def test_replacing_with_a_non_conforming_graph_keeps_the_old_version(settings, store):
    ingest(make_document("Иван Петров приехал в Казань.", id="bad"), settings=settings, store=store)
    before = nq_dump(store)
    text = "Иван Петров приехал."
    broken = Extraction(document=Document("bad", text), entities=(
        Entity("e1", "person", "Иван Петров", (Span(0, 11, "Иван Петров"),)),
        Entity("e2", "person", "Иван Петров", (Span(0, 99, "Иван"),))))
    with pytest.raises(ShapeViolation):
        store_extraction(broken, settings=settings, store=store)
    assert nq_dump(store) == before


@pytest.mark.parametrize("kwargs, message", [
    ({"text": ""}, "'text' is required"),
    ({"text": "   \n"}, "'text' is required"),
    ({"text": 42}, "'text' is required"),
    ({"text": "ok", "lang": "xx"}, "'lang' must be one of"),
    ({"text": "ok", "id": "a/b"}, "not a valid document id"),
    ({"text": "ok", "published": "31.12.2021"}, "YYYY-MM-DD"),
    ({"text": "ok", "published": "2021-02-30"}, "YYYY-MM-DD"),
    ({"text": "ok", "url": "ftp://x"}, "absolute http"),
    ({"text": "ok", "url": "not a url"}, "absolute http"),
    ({"text": "ok", "title": ""}, "'title'"),
    ({"text": "a\x00b"}, "NUL"),
])
def test_bad_input_is_refused_with_a_message(settings, kwargs, message):
    with pytest.raises(InputError, match=message):
        make_document(settings=settings, **kwargs)


def test_text_over_the_limit_is_refused(settings):
    with pytest.raises(InputError, match="limit"):
        make_document("а" * (settings.max_text_chars + 1), settings=settings)


def test_metadata_is_kept(settings):
    doc = make_document("Текст.", id="x", title=" Заголовок ", published="2021-12-31T10:00:00Z",
                        url="https://news.example.org/a", settings=settings)
    assert (doc.title, doc.published, doc.url) == ("Заголовок", date(2021, 12, 31),
                                                    "https://news.example.org/a")


def test_seed_article_yields_one_entity_per_real_person(settings, store):
    path = corpus_file("ru-2021-12-31-putin-biden-call.txt")
    doc = make_document(path.read_text(encoding="utf-8"), id="seed", published="2021-12-31",
                        settings=settings)
    result = ingest(doc, settings=settings, store=store)
    rows = store.query(f"""SELECT DISTINCT ?p ?name WHERE {{ GRAPH <{result.doc_iri}> {{
        ?p a <http://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name .
        FILTER(lang(?name) = "ru") }} }}""")
    names = {}
    for r in rows:
        names.setdefault(r["p"].value, []).append(r["name"].value)
    surnames = sorted(ns[0].split()[-1] for ns in names.values())
    assert surnames == ["Байден", "Данилов", "Путин", "Ушаков"], names
