"""SHACL-gated writes: a SPARQL Update or a set of graph changes is validated before it commits.

An Update runs first on a scratch copy of the store (a RocksDB checkpoint: hard links, cheap), so
its WHERE clauses see exactly the data they would see live. The graphs it touched are read back
from the copy, each is validated against the shapes, and only if all conform are they written to
the live store in one transaction (`replace_graphs`), which also keeps the default graph the exact
union. Writes to the default graph itself are refused: it is derived from the named graphs.
https://www.w3.org/TR/sparql11-update/
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable

import pyoxigraph as ox

from kg.errors import Forbidden, QueryError, without_paths
from kg.sparql_text import scan
from kg.store.gate import WriteResult, gate
from kg.store.update_plan import _NO_LOAD, _Plan, _plans


def _split(text: str) -> tuple[str, list[str]]:
    """(every PREFIX/BASE declaration, the text of each operation): `;` at brace depth 0 ends an
    operation."""
    toks = list(scan(text))
    decls, ops, depth, start = [], [], 0, 0
    for i, tok in enumerate(toks):
        if tok.kind == "other" and tok.text in ("{", "}"):
            depth += 1 if tok.text == "{" else -1
        elif tok.kind == "other" and tok.text == ";" and depth == 0:
            ops.append(text[start:tok.start])
            start = tok.end
        elif tok.kind == "word" and depth == 0 and tok.text.upper() in ("PREFIX", "BASE"):
            last = i + (2 if tok.text.upper() == "PREFIX" else 1)
            if last < len(toks):
                decls.append(text[tok.start:toks[last].end])
    ops.append(text[start:])
    ops = [o for o in ops if any(t.kind == "word" and t.text.upper() not in ("PREFIX", "BASE")
                                 for t in scan(o))]
    return "\n".join(decls) + "\n", ops


def _where(op_text: str) -> str | None:
    """The group after WHERE at depth 0 (DELETE/INSERT … WHERE, DELETE WHERE), as text."""
    depth, begin = 0, None
    for tok in scan(op_text):
        if tok.kind == "other" and tok.text in ("{", "}"):
            if tok.text == "{":
                if depth == 0 and begin == "after-where":
                    begin = tok.start
                depth += 1
            else:
                depth -= 1
                if depth == 0 and isinstance(begin, int):
                    return op_text[begin:tok.end]
        elif tok.kind == "word" and tok.text.upper() == "WHERE" and depth == 0:
            begin = "after-where"
    return None


def _graph_triples(store: ox.Store, name: str) -> set[ox.Triple] | None:
    g = ox.NamedNode(name)
    if not store.contains_named_graph(g):
        return None
    return {q.triple for q in store.quads_for_pattern(None, None, None, g)}


def apply_update(store, text: str, validate: Callable[[str, set[ox.Triple]], None]) -> WriteResult:
    """Run a SPARQL Update on a scratch copy, validate the graphs it changed, commit them."""
    try:  # Oxigraph's parser gives the message users get; nothing of the update runs
        _syntax_check(text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
    plans = _plans(text)
    prologue, op_texts = _split(text)
    stepwise = (any(p.variables for p in plans) and not any(p.every for p in plans)
                and len(op_texts) == len(plans))
    with store.write_lock:
        scratch, folder = _scratch_copy(store)
        try:
            try:
                if stepwise:  # each operation's graphs, found on the data it runs on
                    names = _run_stepwise(scratch, prologue, op_texts, plans)
                else:
                    scratch.update(text)
                    names = set().union(*(p.graphs for p in plans))
            except SyntaxError as exc:
                raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
            except OSError as exc:
                raise QueryError(f"the update failed: {without_paths(str(exc))}") from exc
            if not stepwise and any(p.every or p.variables for p in plans):
                names = {g.value for g in scratch.named_graphs() if isinstance(g, ox.NamedNode)}
                names |= set(store.graph_names())
            changes = {n: _graph_triples(scratch, n) for n in names}
        finally:
            del scratch
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        return gate(store, changes, validate)


def _run_stepwise(scratch: ox.Store, prologue: str, op_texts: list[str],
                  plans: list[_Plan]) -> set[str]:
    """Run the operations one by one; before each, bind its template graph variables by running
    its WHERE as a SELECT, so only the graphs it can write are compared afterwards."""
    names: set[str] = set()
    for op_text, plan in zip(op_texts, plans):
        names |= plan.graphs
        if plan.variables:
            where = _where(op_text)
            if where is None:  # cannot tell: every graph
                names |= {g.value for g in scratch.named_graphs() if isinstance(g, ox.NamedNode)}
            else:
                variables = " ".join("?" + v for v in dict.fromkeys(plan.variables))
                select = f"{prologue}SELECT DISTINCT {variables} WHERE {where}"
                for row in scratch.query(select):
                    names |= {t.value for t in row if isinstance(t, ox.NamedNode)}
        scratch.update(prologue + op_text)
    return names


_GUARD = "urn:kg:syntax-check"  # the graph the probe's first operation fails to create


def _syntax_check(text: str) -> None:
    """Oxigraph's own parse of `text`, with nothing of it run: Oxigraph parses a whole Update
    before it runs its first operation, so the probe starts with an operation that fails (CREATE
    of a graph that exists). The probe also has every other "service" and "load" of the text
    changed to "xervice" and "xoad": the federation check has allowed every SERVICE it read (they
    become GRAPH, same shape) and refused every LOAD, so if Oxigraph read another one as a
    keyword, the probe is a syntax error instead of a call. Raises SyntaxError or QueryError."""
    from kg.sparql_text import has_keyword

    if has_keyword(text, "LOAD"):
        raise Forbidden(_NO_LOAD)
    probe, at = _probe_text(text)
    scratch = ox.Store()
    guard = ox.NamedNode(_GUARD)
    scratch.add(ox.Quad(guard, guard, guard, guard))
    try:
        scratch.update(probe)
    except SyntaxError as exc:
        raise SyntaxError(_shift_position(str(exc), text, at)) from None
    except (OSError, RuntimeError, ValueError) as exc:
        if _GUARD in str(exc):  # the guard failed first: the update parsed, nothing ran
            return
        raise QueryError(f"the update could not be checked: {exc}") from exc
    raise QueryError("the update could not be checked before it runs; "
                     "put its PREFIX and BASE declarations first")


def _probe_text(text: str) -> tuple[str, int]:
    """The probe for `_syntax_check` and the offset in `text` where its guard goes; the probe
    has the length of `text` but for the guard, so Oxigraph's error positions still fit."""
    toks = list(scan(text))
    i = 0  # the guard goes after the prologue: Oxigraph reads PREFIX and BASE only before it
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("PREFIX", "BASE"):
        i += 3 if toks[i].text.upper() == "PREFIX" else 2
    at = toks[i].start if i < len(toks) else len(text)
    chars = list(text)
    services = set()
    for j, tok in enumerate(toks):  # an allowed SERVICE [SILENT] <e> { } becomes GRAPH <e> { }
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            services.add(tok.start)
            chars[tok.start:tok.end] = "GRAPH  "
            if j + 1 < len(toks) and toks[j + 1].text.upper() == "SILENT":
                chars[toks[j + 1].start:toks[j + 1].end] = " " * 6
    for m in _NEUTRALISE.finditer(text):  # any other: no longer a keyword, same token otherwise
        if m.start() not in services:
            chars[m.start()] = "X" if text[m.start()].isupper() else "x"
    neutral = "".join(chars)
    return neutral[:at] + f"CREATE GRAPH <{_GUARD}> ;\n" + neutral[at:], at


# ASCII only: Oxigraph's keywords are ASCII (ſERVICE is no SERVICE to it)
_NEUTRALISE = re.compile(r"(?i:service|load)", re.ASCII)


def _shift_position(message: str, text: str, at: int) -> str:
    """Oxigraph's "error at LINE:COLUMN" in the probe, said of `text` (the guard is one line)."""
    m = re.search(r"at (\d+):(\d+)", message)
    if not m:
        return message
    line, col = int(m.group(1)), int(m.group(2))
    guard_line = text.count("\n", 0, at) + 1
    if line == guard_line + 1:
        line, col = guard_line, col + at - (text.rfind("\n", 0, at) + 1)
    elif line > guard_line + 1:
        line -= 1
    return message[:m.start()] + f"at {line}:{col}" + message[m.end():]


def _scratch_copy(store) -> tuple[ox.Store, str | None]:
    if store.in_memory:
        copy = ox.Store()
        copy.extend(store.raw)
        return copy, None
    from kg.store.oxigraph.store import scratch_prefix

    parent = os.path.dirname(os.path.abspath(store.location))
    # same disk: hard links work; named for the store, so its next opening removes what a killed
    # update leaves (kg.store.oxigraph.store.remove_stale_scratch)
    folder = tempfile.mkdtemp(prefix=scratch_prefix(store.location), dir=parent)
    target = os.path.join(folder, "copy")
    store.checkpoint(target)
    return ox.Store(target), folder


__all__ = ["apply_update"]
