"""The in-memory search index: prefix search on every name, case- and ё-insensitive, ranked by
mentions, and rebuilt only when the store's generation moves."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.search_index import SearchIndex, normalize, tokens

B = "http://localhost:5000/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
REF = ox.NamedNode("http://www.w3.org/2005/11/its/rdf#taIdentRef")
SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")


def entity(slug: str, kind: str, label: str, *alt: str, mentions: int = 1, qid: str = "") -> set:
    """An entity's card and `mentions` mentions of it in document graph doc/`slug`."""
    e = ox.NamedNode(B + "entity/" + slug)
    out = {ox.Triple(e, RDF_TYPE, ox.NamedNode("http://schema.org/" + kind)),
           ox.Triple(e, LABEL, ox.Literal(label, language="ru"))}
    out |= {ox.Triple(e, ALT, ox.Literal(a, language="ru")) for a in alt}
    out |= {ox.Triple(ox.NamedNode(f"{B}doc/{slug}#char={i},{i + 1}"), REF, e) for i in range(mentions)}
    if qid:
        out.add(ox.Triple(e, SAME, ox.NamedNode("http://www.wikidata.org/entity/" + qid)))
    return out


@pytest.fixture
def filled(store):
    store.replace_graphs({
        B + "doc/a": entity("fedor-lyovin", "Person", "Фёдор Лёвин", "Лёвина", mentions=2),
        B + "doc/b": entity("levinskiy-zavod", "Organization", "Левинский завод", mentions=5),
        B + "doc/c": entity("london", "Place", "Лондон", "London", mentions=3, qid="Q84"),
    })
    return store


def test_normalize_folds_case_and_yo():
    assert normalize("Фёдор ЛЁВИН") == "федор левин"
    assert tokens("Лёвин-Петров, O'Neil") == ["левин", "петров", "o", "neil"]


def test_a_query_word_matches_the_start_of_any_word_of_any_name(filled):
    snap = SearchIndex(filled).entities()
    assert [e.name for e in snap.search_entities("лев").items] == ["Левинский завод", "Фёдор Лёвин"]
    assert [e.name for e in snap.search_entities("ФЕДОР Л").items] == ["Фёдор Лёвин"]
    assert [e.name for e in snap.search_entities("лёвина").items] == ["Фёдор Лёвин"]  # an alias
    assert [e.name for e in snap.search_entities("lond").items] == ["Лондон"]  # a Latin alias
    assert snap.search_entities("евин").items == []  # inside a word is not a prefix


def test_results_are_ranked_by_mentions_and_filtered_by_type(filled):
    snap = SearchIndex(filled).entities()
    assert [(e.name, e.mentions) for e in snap.search_entities("").items] == [
        ("Левинский завод", 5), ("Лондон", 3), ("Фёдор Лёвин", 2)]
    assert [e.name for e in snap.search_entities("л", "person").items] == ["Фёдор Лёвин"]
    assert [e.name for e in snap.search_entities("", "place").items] == ["Лондон"]


def test_pages_split_the_ranked_results(filled):
    snap = SearchIndex(filled).entities()
    first, second = snap.search_entities("", limit=2), snap.search_entities("", offset=2, limit=2)
    assert (first.total, len(first.items), first.has_next) == (3, 2, True)
    assert ([e.name for e in second.items], second.has_next) == (["Фёдор Лёвин"], False)


def test_entities_are_found_by_their_wikidata_link(filled):
    snap = SearchIndex(filled).entities()
    assert [e.name for e in snap.entities_same_as("Q84")] == ["Лондон"]


def test_the_index_is_rebuilt_only_after_a_write(filled):
    index = SearchIndex(filled)
    first = index.entities()
    assert index.entities() is first and index.builds == 1  # no write: the same snapshot
    filled.replace_graphs({B + "doc/d": entity("lev-tolstoy", "Person", "Лев Толстой", mentions=9)})
    second = index.entities()
    assert second is not first and index.builds == 2
    assert [e.name for e in second.search_entities("лев").items][0] == "Лев Толстой"
    filled.drop_graph(B + "doc/b")
    assert "Левинский завод" not in [e.name for e in index.entities().search_entities("лев").items]


def test_only_the_part_asked_for_is_built(filled):
    index = SearchIndex(filled)
    index.entities()
    assert index.builds == 1  # neither the documents nor the events
    index.docs()
    assert index.builds == 2


def test_a_slow_rebuild_runs_in_the_background_while_the_old_index_answers(filled):
    index = SearchIndex(filled, sync_rebuild_seconds=0.0)  # every rebuild counts as slow
    first = index.entities()  # the first build has nothing older to serve: it waits
    filled.replace_graphs({B + "doc/d": entity("lev-tolstoy", "Person", "Лев Толстой", mentions=9)})
    assert index.entities() is first  # stale, while the new one is built
    index.wait(timeout=30)
    fresh = index.entities()
    assert fresh.generation == filled.generation and fresh is not first
    assert [e.name for e in fresh.search_entities("толст").items] == ["Лев Толстой"]
