"""Formats pyoxigraph query results for the command line (table, JSON, CSV, TSV, XML, Turtle)."""

from __future__ import annotations

import io
import re

import pyoxigraph as ox

from kg.rdf.formats import RESULTS_FORMATS
from kg.rdf.vocab import PREFIXES


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for p, ns in PREFIXES.items():
            if term.value.startswith(ns) and term.value != ns:
                return f"{p}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def format_result(result, fmt: str = "table") -> str:
    if isinstance(result, ox.QueryBoolean):
        return ("true" if bool(result) else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        buf = io.BytesIO()
        ox.serialize(result, buf, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return buf.getvalue().decode()
    if fmt != "table":
        buf = io.BytesIO()
        result.serialize(buf, RESULTS_FORMATS[fmt].ox_format)
        return buf.getvalue().decode()
    names = [v.value for v in result.variables]
    rows = [[_short(sol[n]) for n in names] for sol in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


# -- reading SPARQL text without evaluating it: which endpoints SERVICE would call ------------

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00b7-\uffff]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7-\uffff]*)?:[\w.\-:%\u00b7-\uffff]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>\S)
""", re.VERBOSE)


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) for each SPARQL token, comments dropped: enough to find keywords and IRIs
    outside strings, not a parser."""
    return [(m.lastgroup or "", m.group()) for m in _TOKEN.finditer(text)
            if m.lastgroup != "comment"]


def service_endpoints(text: str) -> list[str | None]:
    """The endpoint IRI of every SERVICE in a query or update, None for `SERVICE ?variable`."""
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    out: list[str | None] = []
    for i, (kind, value) in enumerate(toks):
        if kind != "word":
            continue
        word = value.upper()
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
        elif word == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][1].upper() == "SILENT":
                j += 1
            if j >= len(toks):
                break
            k, v = toks[j]
            if k == "iri":
                out.append(v[1:-1])
            elif k == "pname":
                p, _, local = v.partition(":")
                out.append(prefixes[p] + local if p in prefixes else v)
            else:
                out.append(None)
    return out


def has_keyword(text: str, keyword: str) -> bool:
    """True when `keyword` occurs as a SPARQL keyword (not inside a string, IRI or comment)."""
    keyword = keyword.upper()
    return any(k == "word" and v.upper() == keyword for k, v in tokens(text))
