"""Formats pyoxigraph query results for the command line (table, JSON, CSV, TSV, XML, Turtle)."""

from __future__ import annotations

import io

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
