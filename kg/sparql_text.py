"""Reading SPARQL text without running it, in linear time: its tokens, the endpoints its SERVICE
clauses and LOAD operations would call, and whether its cost can change from one run to the next.

The lexer follows the terminals of the SPARQL 1.1 grammar (https://www.w3.org/TR/sparql11-query/
#sparqlGrammar) as Oxigraph reads them: strings with their escapes, IRIs with \\u escapes,
prefixed names with `%hh` and `\\`-escapes (`ex:a\\#b` is one name, not a name and a comment),
blank node labels, variables, language tags and comments. Every token alternative either consumes
what it scanned or fails without scanning past its first character, with possessive repeats, so
the whole text is read in time linear in its length, whatever it holds.

Oxigraph matches keywords in ASCII, case-insensitively, and without needing a boundary after them
(`SERVICE<http://…>`, `SERVICEex:e` and `SERVICESILENT<…>` are all one SERVICE to it). So a
keyword counts here wherever a word or prefixed name *starts* with it: such a token is read as the
keyword, which errs on the side of refusing, never of letting a call through.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
         "\U00010000-\U000effff")
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_LOCAL = (rf"(?:[{_U}:0-9]|{_PLX})"
          rf"(?:[{_CHARS}:]|{_PLX}|\.++(?=[{_CHARS}:]|{_PLX}))*+")
_PREFIX = rf"[{_BASE}](?:[{_CHARS}]|\.++(?=[{_CHARS}]))*+"

# order matters: a prefixed name before a bare word, so that `ex:a` is one token
_LEXER_SOURCE = rf"""
  (?P<ws>\s++)
| (?P<comment>\#[^\r\n]*+)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*+(?:''')?
           |\"\"\"(?:[^"\\]|\\.|"(?!""))*+(?:\"\"\")?
           |'(?:[^'\\\r\n]|\\[^\r\n])*+'?
           |"(?:[^"\\\r\n]|\\[^\r\n])*+"?)
| (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*+>)
| (?P<var>[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*+)
| (?P<bnode>_:[{_U}0-9](?:[{_CHARS}]|\.++(?=[{_CHARS}]))*+)
| (?P<lang>@[A-Za-z]++(?:-[A-Za-z0-9]++)*+)
| (?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)
| (?P<number>(?:[0-9]++(?:\.[0-9]*+)?|\.[0-9]++)(?:[eE][+-]?[0-9]++)?)
| (?P<word>[{_U}0-9][{_CHARS}]*+)
| (?P<other>.)
"""


@functools.cache
def _lexer() -> re.Pattern:
    """Compiled on first use (~0.1 s): query worker processes, which import this, never lex."""
    return re.compile(_LEXER_SOURCE, re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, bnode, lang, pname, number, word or other (comments dropped)
    text: str
    start: int
    end: int

    def starts_with(self, keyword: str) -> bool:
        """True when this word or prefixed name begins with `keyword` (ASCII, any case), which
        is how Oxigraph would read a keyword here."""
        return (self.kind in ("word", "pname")
                and self.text[:len(keyword)].upper() == keyword.upper())


def scan(text: str) -> Iterator[Token]:
    """Every token of `text` but white space and comments, in order; never fails."""
    for m in _lexer().finditer(text):
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, m.group(), m.start(), m.end())


def has_keyword(text: str, keyword: str) -> bool:
    """True when `keyword` may be read as a keyword somewhere in `text` (not in a string, IRI,
    comment or variable)."""
    if keyword.lower() not in text.lower():  # the common case, without tokenising
        return False
    return any(t.starts_with(keyword) for t in scan(text))


def _unescape_local(local: str) -> str:
    return re.sub(r"\\(.)", r"\1", local)


def _windows(text: str) -> Iterator[tuple[re.Match, list[re.Match]]]:
    """Each token's match with the (at most) two tokens after it, white space and comments
    skipped; match objects only, so that reading a long text costs no more than the regex."""
    window: list[re.Match] = []
    for m in _lexer().finditer(text):
        if m.lastgroup in ("ws", "comment"):
            continue
        window.append(m)
        if len(window) == 3:
            yield window[0], window[1:]
            del window[0]
    while window:
        yield window[0], window[1:]
        del window[0]


def _token(m: re.Match) -> Token:
    return Token(m.lastgroup or "other", m.group(), m.start(), m.end())


def _may_start(m: re.Match, keywords: tuple[str, ...]) -> bool:
    return m.lastgroup in ("word", "pname") and any(
        m.string.startswith(k, m.start()) or m.string[m.start():m.start() + len(k)].upper() == k
        for k in keywords)


def calls(text: str, *, update: bool = False) -> Iterator[tuple[str, str | None]]:
    """(keyword, endpoint IRI) of every SERVICE (and LOAD, in an `update`), in order; the
    endpoint is None when it is a variable or cannot be read with certainty (an IRI relative to a
    BASE or with escapes, a keyword run into other characters, an unknown prefix). Callers refuse
    None: no endpoint is guessed."""
    lowered = text.lower()
    keywords = ("SERVICE", "LOAD") if update else ("SERVICE",)
    if not any(k.lower() in lowered for k in keywords):  # the common case
        return
    prefixes: dict[str, str | None] = {}
    for m, following in _windows(text):
        if _may_start(m, ("PREFIX",)) and m.group().upper() == "PREFIX" and len(following) == 2:
            name, iri = following
            if (name.lastgroup == "pname" and name.group().endswith(":")
                    and iri.lastgroup == "iri"):
                prefixes[name.group()[:-1]] = _absolute(iri.group()[1:-1])
            continue
        if not _may_start(m, keywords):
            continue
        tok = _token(m)
        for keyword in keywords:
            if tok.starts_with(keyword):
                yield keyword, _endpoint(tok, keyword, [_token(f) for f in following], prefixes)


def _absolute(iri: str) -> str | None:
    """`iri` when it is absolute and has no escapes, else None (it could resolve elsewhere)."""
    if "\\" in iri or not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri):
        return None
    return iri


def _endpoint(tok: Token, keyword: str, following: list[Token],
              prefixes: dict[str, str | None]) -> str | None:
    if tok.text.upper() != keyword:  # SERVICE run into what follows (SERVICEex:e): refuse
        return None
    rest = list(following)
    if rest and rest[0].kind == "word" and rest[0].text.upper() == "SILENT":
        rest = rest[1:]
    if not rest:
        return None
    target = rest[0]
    if target.kind == "iri":
        return _absolute(target.text[1:-1])
    if target.kind == "pname":
        prefix, _, local = target.text.partition(":")
        base = prefixes.get(prefix)
        if base is None or "%" in local:
            return None
        return base + _unescape_local(local)
    return None


# functions whose value differs from one run to the next, so the cost of a query that uses them
# can too (a FILTER on NOW() that lets nothing through today and everything tomorrow)
VOLATILE = ("NOW", "RAND", "UUID", "STRUUID", "BNODE", "SERVICE")


def volatile(text: str) -> str | None:
    """The first keyword of VOLATILE that `text` uses (a function call, or SERVICE), or None.
    Decided on the tokens, with the same reading of run-on keywords as `calls`."""
    upper = text.upper()
    if not any(word in upper for word in VOLATILE):  # the common case, without tokenising
        return None
    for m, following in _windows(text):
        if not _may_start(m, VOLATILE):
            continue
        tok = _token(m)
        for word in VOLATILE:
            if not tok.starts_with(word):
                continue
            if word in ("SERVICE", "STRUUID", "UUID") or tok.text.upper() != word:
                return word
            # NOW, RAND and BNODE are only calls when a "(" follows; a run-on word counts anyway
            if following and following[0].group() == "(":
                return word
    return None
