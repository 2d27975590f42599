"""kg.sparql_text, the reading of SPARQL text before anything runs, against Oxigraph itself:
whatever the escapes, encodings and spellings, a text the federation check lets through makes
Oxigraph call nothing (a loopback listener is the witness), and the update syntax check runs
nothing. Property tests (hypothesis) mix the escapes of strings, IRIs and prefixed names with
SERVICE and LOAD written every way Oxigraph reads them."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.sparql_text import calls, volatile
from server.sparql import check_federation
from tests.loopback import Listener


@pytest.fixture(scope="module")
def spy():
    with Listener() as listener:
        yield listener


# -- pieces of SPARQL that hide things from a careless reader --------------------------------

_LOCAL_ESCAPES = [r"a\#", r"a\#b", r"\#", r"a\.b", r"a%23", r"\_x", r"a\'", r"a\~", r"a\?b",
                  r"a\(", r"a\)", r"x\,y", r"a\;", r"a\/b", r"a\@", r"a\%", r"a.b", "a:b"]
_STRINGS = ['"service"', r'"a\"b # c"', r'"\u0022 SERVICE"', r'"\\"', r"'it\'s'", "'#'",
            '"""two\nlines " "" SERVICE"""', "'''a ' '' #'''", r'"\t\n"', '"ж # ж"', '""', "''"]
_IRIS = ["<http://e/a#b>", r"<http://e/\u0041>", "<http://e/service>", "<urn:x:service>",
         r"<http://e/a\u003E>", "<http://e/%23>"]
_COMMENTS = ["# SERVICE <http://e/> { }\n", "#\n", "# ' \" < {\n"]


def _triple(obj: str) -> str:
    return f"?s ex:p {obj} ."


_DECOYS = st.one_of(
    st.sampled_from(_LOCAL_ESCAPES).map(lambda loc: _triple("ex:" + loc)),
    st.sampled_from(_LOCAL_ESCAPES).map(lambda loc: f"BIND(ex:{loc} AS ?b)"),
    st.sampled_from(_STRINGS).map(_triple),
    st.sampled_from(_STRINGS).map(lambda s: _triple(s + "@en")),
    st.sampled_from(_IRIS).map(_triple),
    st.sampled_from(_COMMENTS),
    st.sampled_from(["?service ?p ?o .", "?s <http://e/service> ?o .", "_:service ?p ?o .",
                     "?s ex:service ?o .", '?s ?p "x"@service .', "FILTER(?s != ?o)"]),
)
_SEPARATORS = st.sampled_from([" ", "\n", "\t", "", " . "])


def _service(url: str) -> st.SearchStrategy[str]:
    host = url.rsplit("/", 1)[0] + "/"
    keyword = st.sampled_from(["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "SERVICESILENT",
                               "service silent"])
    endpoint = st.sampled_from([f"<{url}>", " ep:sparql", "ep:sparql", f" <{url}>",
                                f"<{host}\\u0073parql>", "?where", " <sparql>"])
    return st.tuples(keyword, endpoint).map(lambda t: f"{t[0]}{t[1]} {{ ?x ?y ?z }}")


def _query(url: str) -> st.SearchStrategy[str]:
    host = url.rsplit("/", 1)[0] + "/"
    parts = st.lists(_DECOYS, min_size=1, max_size=6)
    return st.tuples(parts, st.one_of(st.none(), _service(url)), st.integers(0, 6),
                     _SEPARATORS, st.booleans()).map(
        lambda t: (f"PREFIX ex: <http://e/> PREFIX ep: <{host}> "
                   + (f"BASE <{host}> " if t[4] else "") + "SELECT * WHERE { "
                   + t[3].join(t[0][:t[2]] + ([t[1]] if t[1] else []) + t[0][t[2]:]) + " }"))


def _run_everything(text: str) -> None:
    """Let Oxigraph parse and run `text` on an empty store, whatever it says."""
    try:
        result = ox.Store().query(text)
        if not isinstance(result, ox.QueryBoolean):
            for _ in result:
                pass
    except (SyntaxError, OSError, ValueError, RuntimeError):
        pass


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_query_the_check_lets_through_makes_oxigraph_call_nothing(spy, data):
    text = data.draw(_query(spy.url))
    before = len(spy.calls)
    try:
        check_federation(text, "")
    except KgError as refused:
        assert refused.status == 403
        return
    _run_everything(text)
    assert len(spy.calls) == before, f"called out for: {text!r}"


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_DECOYS, min_size=1, max_size=6), sep=_SEPARATORS)
def test_service_in_strings_iris_comments_and_names_is_no_call(parts, sep):
    text = "PREFIX ex: <http://e/> SELECT * WHERE { " + sep.join(parts) + " }"
    assert list(calls(text)) == []


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_update_syntax_check_calls_nothing_whatever_the_update_says(spy, data):
    from kg.store.oxigraph.update import _syntax_check

    where = data.draw(_query(spy.url)).split("SELECT * WHERE ", 1)[1]
    load = data.draw(st.sampled_from(["", f"LOAD <{spy.url}> ;", f"load silent <{spy.url}> ;",
                                      f"LOAD<{spy.url}> INTO GRAPH <http://e/g> ;"]))
    prologue = f"PREFIX ex: <http://e/> PREFIX ep: <{spy.url.rsplit('/', 1)[0]}/> "
    text = prologue + load + " INSERT { GRAPH <http://e/g> { ?s ?p ?o } } WHERE " + where
    before = len(spy.calls)
    try:  # the check alone, without the federation check that runs before it on the server
        _syntax_check(text)
    except (SyntaxError, KgError):
        pass
    assert len(spy.calls) == before, f"called out for: {text!r}"


def test_an_update_syntax_check_leaves_a_valid_update_valid():
    from kg.store.oxigraph.update import _syntax_check

    for text in ["PREFIX ex: <http://e/> DROP SILENT GRAPH ex:g ; INSERT DATA { GRAPH ex:g "
                 "{ ex:a ex:load 'load service' } }",
                 "BASE <http://e/> PREFIX s: <http://e/service/> INSERT DATA { GRAPH <g> "
                 "{ s:a s:b s:c } }",
                 "CLEAR SILENT GRAPH <http://e/g>"]:
        _syntax_check(text)  # raises if the probe broke it


@pytest.mark.parametrize("text,expected", [
    ("SELECT (NOW() AS ?t) {}", "NOW"), ("SELECT * { BIND(rand () AS ?r) }", "RAND"),
    ("SELECT (STRUUID() AS ?u) {}", "STRUUID"), ("SELECT (UUID() AS ?u) {}", "UUID"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { BIND(BNODE() AS ?s) }", "BNODE"),
    ("SELECT * { SERVICE <http://e/> { } }", "SERVICE"),
    ("SELECT * { ?now ?p 'NOW()' } # RAND()", None), ("SELECT * { ?s ?p ?o }", None),
    (r"PREFIX ex: <http://e/> SELECT * { ?s ex:a\# ?o . BIND(NOW() AS ?t) }", "NOW"),
])
def test_volatile_names_what_makes_a_querys_cost_change_between_runs(text, expected):
    assert volatile(text) == expected
