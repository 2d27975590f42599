"""Content negotiation (server/conneg.py) as pure functions of header and parameter values: no
request context, no state, the same answer for the same values."""

from __future__ import annotations

import pytest

from kg.errors import NotAcceptable
from server.conneg import (
    format_param,
    index_wants_json,
    negotiate_rdf,
    negotiate_results,
    prefers_html,
    query_formats,
)


def test_no_accept_or_any_gives_the_default():
    assert negotiate_results(None).key == "json"
    assert negotiate_rdf("*/*").key == "ttl"


def test_q_values_pick_the_preferred_format():
    accept = "application/sparql-results+json;q=0.5, application/sparql-results+xml;q=0.9"
    assert negotiate_results(accept).key == "xml"
    assert negotiate_rdf("text/turtle;q=0.2, application/n-triples").key == "nt"


def test_a_named_format_wins_over_accept_and_graph_aliases_apply():
    assert negotiate_results("text/csv", "tsv").key == "tsv"
    assert negotiate_rdf("text/turtle", "n3").key == "ttl"
    assert negotiate_rdf(None, "json").key == "jsonld"


def test_plain_json_means_the_sparql_flavour():
    assert negotiate_results("application/json").key == "json"


def test_nothing_acceptable_is_a_406_that_lists_what_is_available():
    with pytest.raises(NotAcceptable, match="text/turtle"):
        negotiate_rdf("image/png", allowed=("ttl",))
    with pytest.raises(NotAcceptable, match="unknown RDF format"):
        negotiate_rdf(None, "png")


def test_a_query_gets_a_format_per_kind_of_result_or_the_406_for_that_kind():
    formats = query_formats("application/sparql-results+json")
    assert formats["results"] == "json" and formats["graph"]["status"] == 406
    assert query_formats(None, "ttl")["results"]["status"] == 406


def test_browsers_prefer_html_and_rdf_clients_do_not():
    assert prefers_html("text/html,application/xhtml+xml,*/*;q=0.8")
    assert not prefers_html("text/turtle, text/html;q=0.5")
    assert not prefers_html(None) and not prefers_html("*/*")


def test_the_format_parameter_is_format_or_output():
    assert format_param({"format": "csv"}) == "csv"
    assert format_param({"output": "xml"}) == "xml"
    assert format_param({"format": ""}) is None


def test_an_index_is_json_only_when_asked_above_html():
    assert index_wants_json("application/json")
    assert index_wants_json("text/html", "json")
    assert not index_wants_json("text/html, application/json")  # a tie gives the page
    assert not index_wants_json(None) and not index_wants_json("*/*")
    with pytest.raises(NotAcceptable):
        index_wants_json("image/png")
    with pytest.raises(NotAcceptable, match="json or html"):
        index_wants_json(None, "xml")
