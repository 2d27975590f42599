"""Cities and the regions csc-states labels with their bare names, and bodies known only from NEREL
mentions: the linker on hand-written sentences, with the shipped gazetteer."""

from __future__ import annotations

import dataclasses

from linking_helpers import linked_qid, make_extraction

from kg.link import annotate, load_gazetteer
from kg.link.linker import candidate_qids
from kg.records import Document, Event, Link, Span


def test_a_region_labelled_with_a_city_name_is_labelled_by_its_region_name():
    # csc-states labels Q5714 (Chelyabinsk Oblast) `Челябинск`; NEREL's texts call it otherwise
    item = load_gazetteer().items["Q5714"]
    assert (item.label_ru, item.bare) == ("Челябинская область", "челябинск")


def test_a_bare_city_name_links_the_city_not_the_region_of_that_label():
    # Natural Earth gives the city Q906; the region Q5714 is labelled `Челябинск` by csc-states
    x = make_extraction("Вечером над Челябинском сбили два беспилотника.",
             ("b", "place", "Челябинск", "Челябинском"))
    assert linked_qid(x, "b") == "Q906"


def test_a_bare_name_with_no_city_in_the_gazetteer_stays_unlinked():
    # the province Q132945 is labelled `Бушер`; the port city has no row: no link beats the
    # province
    x = make_extraction("Паром вышел из порта Бушер утром.", ("t", "place", "Бушер", "Бушер"))
    assert linked_qid(x, "t") is None


def test_a_region_word_before_the_bare_name_links_the_region():
    x = make_extraction("Бои шли в провинции Тартус всю неделю.", ("t", "place", "Тартус", "Тартус"))
    assert linked_qid(x, "t") == "Q232382"


def test_the_region_named_with_its_adjective_form_links():
    x = make_extraction("Власти Челябинской области ввели режим тревоги.",
             ("r", "place", "Челябинская область", "Челябинской области"))
    e = annotate(x).entity("r")
    assert (e.link.qid, e.link.label_ru) == ("Q5714", "Челябинская область")


def test_a_region_whose_bare_name_the_news_use_still_links_without_a_type_word():
    # NEREL's texts write `Калифорния` for the state itself: that name is not only csc's
    x = make_extraction("Лесные пожары охватили Калифорнию.", ("c", "place", "Калифорния", "Калифорнию"))
    assert linked_qid(x, "c") == "Q99"


def test_a_city_and_its_region_in_one_text_stay_two_entities_and_the_event_keeps_the_city():
    text = "Губернатор Челябинской области сообщил, что обстрелу подвергся Челябинск."
    x = make_extraction(text, ("r", "place", "Челябинская область", "Челябинской области"),
             ("c", "place", "Челябинск", "Челябинск"),
             events=(Event("ev1", "Attack", Span(text.index("обстрелу"), text.index("обстрелу") + 8,
                                                  "обстрелу"), targets=("c",)),))
    out = annotate(x)
    assert {e.key for e in out.entities} == {"r", "c"}
    assert out.entity("c").link.qid == "Q906" and out.entity("r").link.qid == "Q5714"
    assert out.events[0].targets == ("c",)


def test_a_city_linked_upstream_to_its_region_is_not_merged_into_the_region():
    # whatever linked `Белгород` to the oblast item, beside `Белгородская область` it is the city
    link = Link("Q3329", 0.9, "test", None, "Белгородская область")
    text = "В Белгородской области объявили тревогу, в Белгороде закрыты школы."
    x = make_extraction(text, ("r", "place", "Белгородская область", "Белгородской области", {"link": link}),
             ("c", "place", "Белгород", "Белгороде", {"link": link}))
    out = annotate(x)
    assert {e.key for e in out.entities} == {"r", "c"}
    assert out.entity("c").link is None and out.entity("r").link.qid == "Q3329"


def test_an_abbreviation_known_only_from_mentions_is_not_linked():
    # Q4504117 is known only as NEREL's `ЦИК`; many countries have a central election commission
    x = make_extraction("ЦИК Словакии объявил итоги. В Словакии прошли выборы президента.",
             ("z", "organization", "ЦИК", "ЦИК"), ("s", "country", "Словакия", "Словакии"))
    assert linked_qid(x, "z") is None


def test_a_body_known_only_from_mentions_links_where_the_document_names_its_country():
    # NEREL's mentions of Q18400825 say `Следственный комитет Белоруссии`
    by = make_extraction("Следственный комитет возбудил дело. Белоруссия ответила на запрос.",
              ("k", "organization", "Следственный комитет", "Следственный комитет"),
              ("b", "country", "Белоруссия", "Белоруссия"))
    kz = make_extraction("Следственный комитет возбудил дело. Казахстан ответил на запрос.",
              ("k", "organization", "Следственный комитет", "Следственный комитет"),
              ("b", "country", "Казахстан", "Казахстан"))
    assert linked_qid(by, "k") == "Q18400825"
    assert linked_qid(kz, "k") != "Q18400825"


def test_a_body_known_only_from_mentions_with_no_country_links_with_low_confidence():
    x = make_extraction("Проект поддержало Москино.", ("m", "organization", "Москино", "Москино"))
    link = annotate(x).entity("m").link
    assert link.qid == "Q100144542" and link.confidence < 0.75


def test_the_online_reconciler_gets_no_region_hint_for_a_settlement():
    # the gazetteer's offers steer `kg link`; a bare city name must not steer it to the region
    gaz = load_gazetteer()
    text = "Утром в Челябинске и в Челябинской области завыли сирены."
    city = make_extraction(text, ("c", "place", "Челябинск", "Челябинске")).entities[0]
    region = make_extraction(text, ("r", "place", "Челябинская область", "Челябинской области")).entities[0]
    assert "Q5714" in candidate_qids(city, gaz)  # by name alone the region is a candidate
    assert "Q5714" not in candidate_qids(city, gaz, text)
    assert "Q5714" in candidate_qids(region, gaz, text)


def test_every_bare_name_is_a_name_of_its_region_and_has_no_region_word():
    from kg.link.names import names_region

    gaz = load_gazetteer()
    bare = [i for i in gaz.items.values() if i.bare]
    assert bare, "the index marks no bare region name"
    for item in bare:
        assert item.kind == "place", item.qid
        assert not names_region(item.bare, gaz.lang), item.qid
        assert item.qid in {i.qid for i, _ in gaz.lookup(item.bare)}, item.qid


def test_a_city_acting_is_not_the_region_of_its_bare_name_either():
    # `Тартус заявил`: tagged as an organisation, the name still means the city, not the province
    x = make_extraction("Тартус заявил о готовности принять беженцев.",
             ("t", "organization", "Тартус", "Тартус"))
    assert linked_qid(x, "t") == "Q174916"  # the city (Natural Earth), not the province Q232382


def _entity_iris(store, doc_iri: str) -> set[str]:
    rows = store.query("SELECT DISTINCT ?s WHERE { GRAPH <" + doc_iri + "> "
                       "{ ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?s } }")
    return {r["s"].value for r in rows}


def test_a_region_labelled_with_a_city_name_and_that_city_get_two_iris(settings, store):
    from kg.pipeline import store_extraction

    region = make_extraction("Бои шли в провинции Тартус всю неделю.", ("t", "place", "Тартус", "Тартус"))
    city = make_extraction("Паром вышел из порта Тартус утром.", ("t", "place", "Тартус", "Тартус"))
    for doc_id, x in (("d1", region), ("d2", city)):
        x = dataclasses.replace(x, document=Document(doc_id, x.document.text))
        store_extraction(annotate(x), settings=settings, store=store)
    b = settings.base
    assert _entity_iris(store, f"{b}doc/d1") == {f"{b}entity/tartus-region"}
    assert _entity_iris(store, f"{b}doc/d2") == {f"{b}entity/tartus"}
