"""Streaming writers for SPARQL SELECT results (JSON, XML, CSV, TSV) that stop at a row cap.

pyoxigraph's own serialiser writes every row, with no way to stop it, so rows are written here
one by one: https://www.w3.org/TR/sparql11-results-json/, /rdf-sparql-XMLres/,
/sparql11-results-csv-tsv/. ASK and CONSTRUCT results still go through pyoxigraph. The rows
are any sequences of kg.rdf.terms values: pyoxigraph's own solutions, or kg.store.answers rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_BATCH = 512  # rows per write: few syscalls, bounded memory

# bytes of an answer a query runner holds in memory until it is complete; the rest goes to a
# temporary file
HOLD_MEMORY = 8 << 20


def send_held(write: Callable[[IO[bytes]], dict], out: IO[bytes],
              announce: Callable[[dict], None]) -> None:
    """Hold the answer `write` writes until it is complete, then announce the header it returns
    and send the answer to `out`: whether rows were cut at the cap is known only at the end, and
    the header says so (as a query worker holds its answer)."""
    import shutil
    import tempfile

    with tempfile.SpooledTemporaryFile(max_size=HOLD_MEMORY) as held:
        announce(write(held))
        held.seek(0)
        shutil.copyfileobj(held, out)


def _json_term(t: Any) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                            "predicate": _json_term(t.predicate),
                                            "object": _json_term(t.object)}}
    raise TypeError(f"unexpected term {t!r}")


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>"
                f"{_xml_term(t.predicate)}</predicate><object>{_xml_term(t.object)}</object>"
                "</triple>")
    raise TypeError(f"unexpected term {t!r}")


def _csv_field(t: Any) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        value = f"_:{t.value}"
    elif isinstance(t, (ox.NamedNode, ox.Literal)):
        value = t.value
    else:
        value = str(t)
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _tsv_field(t: Any) -> str:
    # N-Triples syntax, which already escapes newlines and quotes; tabs must go too
    return "" if t is None else str(t).replace("\t", "\\t")


def _rows(solutions: Any, names: list[str], limit: int, render: Callable[[list], str],
          out: IO[bytes], sep: str = "", more: Callable[[], None] | None = None) -> int:
    count, batch = 0, []
    for sol in solutions:
        if count >= limit:  # a row past the cap exists: it and the rest are left out
            if more is not None:
                more()
            break
        batch.append(render([sol[i] for i in range(len(names))]))
        count += 1
        if len(batch) >= _BATCH:
            out.write(((sep if count > len(batch) else "") + sep.join(batch)).encode())
            batch = []
    if batch:
        out.write(((sep if count > len(batch) else "") + sep.join(batch)).encode())
    return count


def write_solutions(solutions: Any, out: IO[bytes], fmt: str, max_rows: int,
                    more: Callable[[], None] | None = None) -> int:
    """Write SELECT `solutions` in `fmt` (json, xml, csv, tsv), at most `max_rows` rows; returns
    how many were written. `more()` is called when rows past `max_rows` were left out."""
    # pyoxigraph's Variables (the embedded workers), or the names of kg.store.answers.Solutions
    names = [getattr(v, "value", v) for v in solutions.variables]
    if fmt == "json":
        head = json.dumps({"head": {"vars": names}}, ensure_ascii=False, separators=(",", ":"))
        out.write(head[:-1].encode() + b',"results":{"bindings":[')

        def render(terms: list) -> str:
            return json.dumps({n: _json_term(t) for n, t in zip(names, terms) if t is not None},
                              ensure_ascii=False, separators=(",", ":"))

        n = _rows(solutions, names, max_rows, render, out, ",", more)
        out.write(b"]}}")
        return n
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in names)
        out.write(('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   f"<head>{head}</head><results>").encode())

        def render(terms: list) -> str:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(names, terms) if t is not None)
            return f"<result>{cells}</result>"

        n = _rows(solutions, names, max_rows, render, out, more=more)
        out.write(b"</results></sparql>\n")
        return n
    if fmt == "csv":
        out.write((",".join(_csv_field(ox.Literal(v)) for v in names) + "\r\n").encode())
        return _rows(solutions, names, max_rows,
                     lambda terms: ",".join(map(_csv_field, terms)) + "\r\n", out, more=more)
    if fmt == "tsv":
        out.write(("\t".join(f"?{v}" for v in names) + "\n").encode())
        return _rows(solutions, names, max_rows,
                     lambda terms: "\t".join(map(_tsv_field, terms)) + "\n", out, more=more)
    raise ValueError(f"unknown results format {fmt!r}")


def write_boolean(value: bool, out: IO[bytes], fmt: str) -> None:
    """Write an ASK answer in `fmt` (json, xml, csv, tsv)."""
    word = "true" if value else "false"
    if fmt == "json":
        out.write(b'{"head":{},"boolean":' + word.encode() + b"}")
    elif fmt == "xml":
        out.write(('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   f"<head></head><boolean>{word}</boolean></sparql>\n").encode())
    elif fmt in ("csv", "tsv"):
        out.write(word.encode() + (b"\r\n" if fmt == "csv" else b"\n"))
    else:
        raise ValueError(f"unknown results format {fmt!r}")
