"""Entity identity across documents, through the real build, SHACL gate and store: one Wikidata item
is one IRI whatever the surface form, name variants share an IRI, and a clash of two different
things with one name gives the newcomer a suffixed IRI instead of a silent merge."""

from __future__ import annotations

from kg.link import annotate
from kg.pipeline import store_extraction
from kg.records import Document, Entity, Extraction, Link, Span

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def _store_doc(settings, store, doc_id: str, text: str, *entities: tuple, link: bool = False) -> None:
    """Entities as (key, kind, name, surface form[, Link])."""
    out = []
    for key, kind, name, form, *rest in entities:
        start = text.index(form)
        out.append(Entity(key, kind, name, (Span(start, start + len(form), form),),
                          link=rest[0] if rest else None))
    x = Extraction(Document(doc_id, text), tuple(out))
    store_extraction(annotate(x) if link else x, settings=settings, store=store)


def _entity_iris(store, doc_iri: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{doc_iri}> {{ ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?s }} }}")
    return {r["s"].value for r in rows}


def test_one_wikidata_item_is_one_iri_whatever_the_surface_form(settings, store):
    _store_doc(settings, store, "d1", "Соединённые Штаты ввели санкции.",
               ("a", "place", "Соединённые Штаты", "Соединённые Штаты"), link=True)
    _store_doc(settings, store, "d2", "США ввели санкции.", ("a", "place", "США", "США"), link=True)
    b = settings.base
    assert _entity_iris(store, f"{b}doc/d1") == _entity_iris(store, f"{b}doc/d2") \
        == {f"{b}entity/soedinennye-shtaty"}


def test_a_linked_item_keeps_the_iri_it_was_first_stored_under(settings, store):
    b = settings.base
    _store_doc(settings, store, "d1", "Иван Петров приехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q111", 0.9, "test")))
    _store_doc(settings, store, "d2", "Иван Иванович Петров уехал.",
               ("p", "person", "Иван Иванович Петров", "Иван Иванович Петров", Link("Q111", 0.9, "test")))
    assert _entity_iris(store, f"{b}doc/d2") == {f"{b}entity/ivan-petrov"}


def test_word_order_and_yo_variants_of_an_unlinked_name_share_an_iri(settings, store):
    b = settings.base
    _store_doc(settings, store, "d1", "Совет НАТО-Россия собрался.",
               ("c", "organization", "Совет НАТО-Россия", "Совет НАТО-Россия"))
    _store_doc(settings, store, "d2", "Совет Россия-НАТО собрался.",
               ("c", "organization", "Совет Россия-НАТО", "Совет Россия-НАТО"))
    _store_doc(settings, store, "d3", "Пётр Семёнов пришёл.", ("p", "person", "Пётр Семёнов", "Пётр Семёнов"))
    _store_doc(settings, store, "d4", "Петр Семенов пришел.", ("p", "person", "Петр Семенов", "Петр Семенов"))
    assert _entity_iris(store, f"{b}doc/d1") == _entity_iris(store, f"{b}doc/d2")
    assert _entity_iris(store, f"{b}doc/d3") == _entity_iris(store, f"{b}doc/d4") == {f"{b}entity/petr-semenov"}


def test_two_people_with_one_name_are_not_merged(settings, store):
    b = settings.base
    _store_doc(settings, store, "d1", "Иван Петров приехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q111", 0.9, "test")))
    _store_doc(settings, store, "d2", "Иван Петров уехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q222", 0.9, "test")))
    assert _entity_iris(store, f"{b}doc/d1") == {f"{b}entity/ivan-petrov"}
    assert _entity_iris(store, f"{b}doc/d2") == {f"{b}entity/ivan-petrov-q222"}
    same_as = {(r["s"].value, r["o"].value) for r in store.query(
        f"SELECT ?s ?o WHERE {{ ?s <{SAME_AS}> ?o }}")}
    assert same_as == {(f"{b}entity/ivan-petrov", "http://www.wikidata.org/entity/Q111"),
                       (f"{b}entity/ivan-petrov-q222", "http://www.wikidata.org/entity/Q222")}


def test_a_later_document_about_the_newcomer_finds_its_suffixed_iri(settings, store):
    b = settings.base
    _store_doc(settings, store, "d1", "Иван Петров приехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q111", 0.9, "test")))
    _store_doc(settings, store, "d2", "Иван Петров уехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q222", 0.9, "test")))
    _store_doc(settings, store, "d3", "Иван Петров вернулся.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q222", 0.9, "test")))
    _store_doc(settings, store, "d1", "Иван Петров приехал снова.",  # re-ingest: keeps its IRI
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q111", 0.9, "test")))
    assert _entity_iris(store, f"{b}doc/d3") == {f"{b}entity/ivan-petrov-q222"}
    assert _entity_iris(store, f"{b}doc/d1") == {f"{b}entity/ivan-petrov"}


def test_a_person_and_a_place_with_one_name_are_not_merged(settings, store):
    b = settings.base
    _store_doc(settings, store, "d1", "Вашингтон был президентом.", ("p", "person", "Вашингтон", "Вашингтон"))
    _store_doc(settings, store, "d2", "Мы в Вашингтоне.", ("w", "place", "Вашингтон", "Вашингтоне"))
    assert _entity_iris(store, f"{b}doc/d1") == {f"{b}entity/vashington"}
    assert _entity_iris(store, f"{b}doc/d2") == {f"{b}entity/vashington-place"}


def test_an_unlinked_name_shares_the_iri_of_the_linked_entity_of_that_name(settings, store):
    # nothing tells them apart, so no clash is known and no suffix is given
    b = settings.base
    _store_doc(settings, store, "d1", "Иван Петров приехал.",
               ("p", "person", "Иван Петров", "Иван Петров", Link("Q111", 0.9, "test")))
    _store_doc(settings, store, "d2", "Иван Петров уехал.", ("p", "person", "Иван Петров", "Иван Петров"))
    assert _entity_iris(store, f"{b}doc/d2") == {f"{b}entity/ivan-petrov"}
