"""Formats query answers (kg.store.answers) for the command line: table, JSON, CSV, TSV, XML,
Turtle."""

from __future__ import annotations

import io
import sys

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES
from kg.store.answers import Answer, Solutions
from kg.store.results import write_solutions


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


def format_result(result: Answer, fmt: str = "table") -> str:
    if isinstance(result, bool):
        return ("true" if result else "false") + "\n"
    if not isinstance(result, Solutions):  # CONSTRUCT, DESCRIBE
        buf = io.BytesIO()
        ox.serialize(result, buf, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return buf.getvalue().decode()
    if fmt != "table":
        buf = io.BytesIO()
        write_solutions(result, buf, fmt, sys.maxsize)
        return buf.getvalue().decode()
    names = result.variables
    rows = [[_short(term) for term in row] for row in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
