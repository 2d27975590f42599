"""Linear checks of an upload before a parser sees it: how deep it nests, and no XML DOCTYPE.

The RDF parsers (Oxigraph's JSON-LD, SPARQL and RDF/XML readers) recurse once per level of
nesting: tens of thousands of nested `{` overflow the stack and kill the process, and an RDF/XML
DOCTYPE can declare entities that expand a few hundred bytes into gigabytes ("billion laughs").
So before parsing, each text is scanned once, without recursion: brackets are counted outside
strings, IRIs and comments, and a body nesting deeper than the limit is refused (400) at once;
RDF/XML goes through expat (a streaming, non-recursive parser) that refuses any DOCTYPE at its
first event and counts element depth.
"""

from __future__ import annotations

import itertools
import operator
import re
import xml.parsers.expat

from kg.errors import InputError

SETTING = "KG_MAX_NESTING"

# SPARQL's lexical forms that may hold brackets which are not structure: strings, IRIs, comments,
# escapes of prefixed names. Each alternative starts with its own character, and its quantifiers
# are possessive (nothing to backtrack into), so removing them is linear in the text. A string
# left open runs to the end of its line (or of the text): the parser stops there with an error.
_SPARQL_NOT_CODE = re.compile(r"""
    '\'\'(?:[^'\\]++|\\.?|'(?!''))*+(?:'\'\'|\Z) | \"\"\"(?:[^"\\]++|\\.?|"(?!""))*+(?:\"\"\"|\Z)
  | '(?:[^'\\\n\r]++|\\.?)*+(?:'|$) | "(?:[^"\\\n\r]++|\\.?)*+(?:"|$)
  | <[^<>"{}|^`\\\x00-\x20]*+>
  | \#[^\n\r]*+
  | \\.
""", re.X | re.S | re.M)
_JSON_STRINGS = re.compile(r'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.S)
_NOT_BRACKET = re.compile(r"[^{}()\[\]]+")
_OPENS = bytes(int(chr(i) in "{([") for i in range(256))  # bytes.translate tables: 1 or 0
_CLOSES = bytes(int(chr(i) in "})]") for i in range(256))


def _too_deep(what: str, limit: int) -> InputError:
    return InputError(f"the {what} nests more than {limit} levels deep, the limit of this "
                      f"service (setting {SETTING})")


def _depth(code: str, limit: int, what: str) -> int:
    """The deepest nesting of the brackets in `code` (text with its strings removed): a running
    sum of +1 per opening and -1 per closing bracket, every step in C (a few ms per megabyte)."""
    brackets = _NOT_BRACKET.sub("", code).encode("ascii")
    steps = map(operator.sub, brackets.translate(_OPENS), brackets.translate(_CLOSES))
    deepest = max(itertools.accumulate(steps), default=0)
    if deepest > limit:
        raise _too_deep(what, limit)
    return deepest


def check_sparql(text: str, limit: int, what: str = "query") -> int:
    """Refuse (400) a SPARQL query or update whose groups, brackets and parentheses nest deeper
    than `limit`; return the depth."""
    return _depth(_SPARQL_NOT_CODE.sub(" ", text), limit, what)


def check_json(text: str, limit: int, what: str = "JSON body") -> int:
    """Refuse (400) JSON (or JSON-LD) whose objects and arrays nest deeper than `limit`."""
    return _depth(_JSON_STRINGS.sub(" ", text), limit, what)


class _Refused(Exception):
    pass


def check_xml(data: bytes, limit: int, what: str = "RDF/XML body") -> int:
    """Refuse (400) XML with a DOCTYPE (entity declarations) or elements nested deeper than
    `limit`, or XML that is not well-formed; return the depth."""
    parser = xml.parsers.expat.ParserCreate()
    depth = deepest = 0

    def start(name: str, attrs: object) -> None:
        nonlocal depth, deepest
        depth += 1
        if depth > limit:
            raise _Refused(_too_deep(what, limit).message)
        deepest = max(deepest, depth)

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    def doctype(*args: object) -> None:
        raise _Refused(f"the {what} has a DOCTYPE: document type declarations (and the "
                       "entities they declare) are not accepted")

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = doctype
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise InputError(str(exc)) from None
    except xml.parsers.expat.ExpatError as exc:
        raise InputError(f"the {what} is not well-formed XML: {exc}") from None
    return deepest


def check_upload(data: bytes, fmt_key: str, limit: int) -> None:
    """The checks for an RDF upload in format `fmt_key` (a kg.rdf.formats key): UTF-8 for every
    text format, then nesting (and DOCTYPE for RDF/XML)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the body is not UTF-8 (bad byte at position {exc.start}); RDF uploads "
                         "must be UTF-8") from None
    if fmt_key == "rdf":
        if "\x00" in text:
            raise InputError("the RDF/XML body holds a NUL character, which XML does not allow")
        check_xml(data, limit)
    elif fmt_key == "jsonld":
        check_json(text, limit, "JSON-LD body")
