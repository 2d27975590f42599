"""Property tests of the checks every body passes before a parser (kg.upload_checks): the depth
they measure is the real nesting whatever strings, comments, IRIs and escapes hold, and bodies in
other encodings or with a DOCTYPE never reach a parser."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.upload_checks import check_json, check_sparql, check_upload, check_xml

FUZZ = hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BRACKETY = st.text(alphabet=st.sampled_from("{}()[]\"'#\\<>ab \n"), max_size=30)


def json_depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max((json_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((json_depth(v) for v in value), default=0)
    return 0


json_values = st.recursive(st.none() | st.booleans() | st.integers() | BRACKETY,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(BRACKETY, inner, max_size=3), max_leaves=30)


@FUZZ
@given(json_values, st.booleans())
def test_the_json_depth_is_the_nesting_of_objects_and_arrays(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert check_json(text, 1000) == json_depth(value)


@FUZZ
@given(st.integers(1, 300), st.sampled_from("{(["))
def test_json_and_sparql_deeper_than_the_limit_are_refused(depth, bracket):
    closing = {"{": "}", "(": ")", "[": "]"}[bracket]
    text = bracket * depth + closing * depth
    for check in (check_sparql, check_json):
        if bracket == "(" and check is check_json:
            continue
        if depth > 100:
            with pytest.raises(InputError, match="KG_MAX_NESTING"):
                check(text, 100)
        else:
            assert check(text, 100) == depth


def literal(s: str) -> str:
    """`s` as a SPARQL string literal, in one of its four quotings."""
    escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("'", "\\'").replace("\n", "\\n")
    return f'"{escaped}"'


sparql_noise = st.one_of(
    BRACKETY.map(literal),
    BRACKETY.map(lambda s: "'''" + s.replace("\\", "\\\\").replace("'", "\\'") + "'''"),
    BRACKETY.map(lambda s: "# " + s.replace("\n", " ") + "\n"),
    st.just("<http://example.org/a>"),
    st.just("ex:a\\#b"),
)


@st.composite
def sparql_groups(draw, depth: int = 0):
    """(text, depth) of nested groups with noise between and inside them."""
    parts, deepest = [draw(sparql_noise)], depth
    for _ in range(draw(st.integers(0, 2 if depth < 6 else 0))):
        inner, d = draw(sparql_groups(depth + 1))
        open_, close = draw(st.sampled_from(["{}", "()", "[]"]))
        parts += [open_, inner, draw(sparql_noise), close]
        deepest = max(deepest, d)
    return " ".join(parts), deepest


@FUZZ
@given(sparql_groups())
def test_brackets_in_strings_comments_and_escapes_do_not_count(case):
    text, depth = case
    assert check_sparql(text, 1000) == depth


@FUZZ
@given(st.integers(101, 3000))
def test_a_deep_update_is_refused_before_oxigraph_parses_it(depth):
    text = "INSERT { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } } WHERE " + "{" * depth + "}" * depth
    with pytest.raises(InputError):
        check_sparql(text, 100)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;">]>'
                  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                  'xmlns:e="http://e/"><rdf:Description rdf:about="http://e/s"><e:p>&b;</e:p>'
                  '</rdf:Description></rdf:RDF>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32", "latin-1", "cp1251"])
def test_a_doctype_never_reaches_a_parser_in_any_encoding(encoding):
    data = BILLION_LAUGHS.replace('<?xml version="1.0"?>',
                                  f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    with pytest.raises(InputError, match="DOCTYPE|UTF-8|NUL"):
        check_upload(data, "rdf", 100)


@FUZZ
@given(st.integers(1, 400), st.sampled_from(["utf-8", "utf-16"]))
def test_rdfxml_depth_is_counted_by_elements_whatever_the_encoding(levels, encoding):
    body = ('<?xml version="1.0" encoding="%s"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:e="http://e/"><rdf:Description rdf:about="http://e/s">' % encoding
            + "<e:p><rdf:Description>" * levels + "</rdf:Description></e:p>" * levels
            + "</rdf:Description></rdf:RDF>").encode(encoding)
    depth = 2 + 2 * levels
    if depth > 100:
        with pytest.raises(InputError):
            check_xml(body, 100)
    else:
        assert check_xml(body, 100) == depth
    if encoding != "utf-8":  # uploads must be UTF-8: refused before the depth is even asked
        with pytest.raises(InputError, match="UTF-8"):
            check_upload(body, "rdf", 1000)
    elif depth <= 100:
        check_upload(body, "rdf", 100)
        assert ox.parse(body, ox.RdfFormat.RDF_XML)  # what passes, the parser reads safely


@FUZZ
@given(st.binary(max_size=200), st.sampled_from(["rdf", "jsonld", "ttl", "nt"]))
def test_any_bytes_are_either_refused_with_a_400_or_parsed_without_harm(data, fmt):
    try:
        check_upload(data, fmt, 100)
    except InputError:
        return
    spec = {"rdf": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
            "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
    try:
        list(ox.parse(data, spec, base_iri="http://e/"))
    except SyntaxError:
        pass
