"""Join hints for Oxigraph: a query that must compute its whole join (aggregates, ORDER BY, no
LIMIT) over one basic graph pattern is rewritten so that a large triple pattern that would be
probed once per intermediate row is scanned once and hash-joined instead, when the store's
statistics say that is cheaper.

Oxigraph joins the patterns of a basic graph pattern by index nested loops: one index seek per
row coming from the patterns before (about 5 µs each on disk). When a pattern would be probed by
hundreds of thousands of rows but holds, say, 350,000 triples in all, scanning it once (about
0.2 µs per triple) and joining by hash costs a tenth of that. Oxigraph evaluates a sub-SELECT on
its own and joins it by hash, so the hint is to wrap such a pattern in
`{ SELECT vars WHERE { tp } }`.
The rewrite keeps the answer: a basic graph pattern without blank nodes is the join of its
triple patterns, a sub-SELECT that projects all variables of one pattern is that pattern, and the
FILTERs stay where they were (they apply to the whole group). Any query outside the shapes handled
here (OPTIONAL, UNION, GRAPH, property paths, blank nodes, subqueries, FROM, …) runs unchanged.

Statistics (triple counts, distinct subjects and objects per predicate, exact counts of patterns
with a constant) are read from the store with COUNT queries, kept per process for a few minutes:
plans change speed, never answers, so slightly stale figures are harmless.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Costs in µs per row, measured on Oxigraph 0.5 with an on-disk store (docs/performance.md):
# an index seek per probing row, against a scan plus a hash build and probe.
PROBE_COST = 5.0
SCAN_COST = 0.5
HASH_PROBE_COST = 0.3
MARGIN = 1.5  # the rewrite must be estimated this many times cheaper
MAX_SCAN = 5_000_000  # a pattern larger than this is never scanned whole
COUNT_CAP = 5_000_001  # pattern counts stop here (enough to know it is too large to scan)
STATS_TTL = 300.0  # seconds a figure is reused, across writes
_MAX_ENTRIES = 20_000
# the keys are query texts and their terms, chosen by clients: kept as digests, and the plans
# (rewritten texts) kept only up to this many bytes in all
_MAX_PLAN_BYTES = 8 * 1024 * 1024

_TOKEN = re.compile(r"""
  (?P<ws>\s+|\#[^\n]*)
| (?P<iri><[^<>"{}|^`\\\s]*>)
| (?P<str>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
         |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
| (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<dt>\^\^)
| (?P<bnode>_:)
| (?P<num>[+-]?(?:\d*\.\d+|\d+)(?:[eE][+-]?\d+)?)
| (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w\-.\u00B7-\uFFFF]*)?:(?:[\w\-\u00B7-\uFFFF:%]
           (?:[\w\-.\u00B7-\uFFFF:%]*[\w\-\u00B7-\uFFFF:%])?)?)
| (?P<word>[A-Za-z_][A-Za-z0-9_]*)
| (?P<punct>&&|\|\||!=|<=|>=|[{}()\[\].,;*=<>!+\-/|^?])
""", re.X)

_UNSUPPORTED = {"optional", "union", "graph", "minus", "values", "service", "exists", "from",
                "base"}


class Unsupported(Exception):
    """The query is outside the shapes the planner rewrites: it runs unchanged."""


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Pattern:
    """One triple pattern: its three terms as SPARQL text, and their keys (IRI, literal text or
    ?variable) for statistics."""

    text: str
    s: str
    p: str
    o: str

    def variables(self) -> list[str]:
        seen: list[str] = []
        for t in (self.s, self.p, self.o):
            if t.startswith("?") and t not in seen:
                seen.append(t)
        return seen


@dataclass
class ParsedQuery:
    prologue: str  # the PREFIX declarations, for statistics queries
    body_start: int  # offsets of the WHERE group's contents in the query text
    body_end: int
    items: list  # Pattern or str (a FILTER or BIND, verbatim), in the order written


def tokenize(text: str) -> list[Tok]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise Unsupported(f"cannot read {text[pos:pos + 10]!r}")
        kind = m.lastgroup or ""
        if kind != "ws":
            out.append(Tok(kind, m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def parse(text: str) -> ParsedQuery:
    """The query's single basic graph pattern, FILTERs and trailing BINDs, or Unsupported."""
    toks = tokenize(text)
    prefixes: dict[str, str] = {}
    i = 0
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.lower() == "prefix":
        if i + 2 >= len(toks) or toks[i + 1].kind != "pname" or toks[i + 2].kind != "iri":
            raise Unsupported("malformed PREFIX")
        prefixes[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
        i += 3
    prologue_end = toks[i].start if i < len(toks) else len(text)
    if i >= len(toks) or toks[i].kind != "word" or toks[i].text.lower() != "select":
        raise Unsupported("only SELECT queries are planned")
    whole = _must_compute_whole_join(toks[i:])
    if not whole:
        raise Unsupported("a LIMIT without ORDER BY or aggregates may stop early: nested loops win")
    depth, j = 0, i + 1
    while j < len(toks) and not (toks[j].text == "{" and depth == 0):
        t = toks[j]
        if t.kind == "word" and t.text.lower() in _UNSUPPORTED:
            raise Unsupported(t.text)
        depth += t.text == "("
        depth -= t.text == ")"
        j += 1
    if j >= len(toks):
        raise Unsupported("no WHERE group")
    open_at = j
    close_at = next((k for k in range(open_at + 1, len(toks)) if toks[k].text in "{}"), None)
    if close_at is None or toks[close_at].text != "}":
        raise Unsupported("nested groups")
    items = _group_items(toks[open_at + 1:close_at], text, prefixes)
    return ParsedQuery(text[:prologue_end], toks[open_at].end, toks[close_at].start, items)


def _must_compute_whole_join(toks: list[Tok]) -> bool:
    words = {t.text.lower() for t in toks if t.kind == "word"}
    aggregate = words & {"count", "sum", "min", "max", "avg", "sample", "group_concat"}
    return "limit" not in words or "order" in words or "group" in words or bool(aggregate)


def _group_items(toks: list[Tok], text: str, prefixes: dict[str, str]) -> list:
    items: list = []
    i = 0

    def term(k: int, *, predicate: bool = False) -> tuple[str, int]:
        """(key, next index) of the term at k."""
        if k >= len(toks):
            raise Unsupported("unexpected end of group")
        t = toks[k]
        if t.kind == "var":
            return "?" + t.text[1:], k + 1
        if t.kind == "iri":
            return t.text[1:-1], k + 1
        if t.kind == "pname":
            return _expand(t.text, prefixes), k + 1
        if predicate and t.kind == "word" and t.text == "a":
            return RDF_TYPE, k + 1
        if predicate:
            raise Unsupported(f"predicate {t.text!r} (a path?)")
        if t.kind == "str":
            if k + 1 < len(toks) and toks[k + 1].kind == "lang":
                return '"' + t.text + toks[k + 1].text, k + 2
            if k + 1 < len(toks) and toks[k + 1].kind == "dt":
                dt, nxt = term(k + 2, predicate=True)
                if dt.startswith("?"):
                    raise Unsupported("datatype")
                return '"' + t.text + "^^" + dt, nxt
            return '"' + t.text, k + 1
        if t.kind == "num" or (t.kind == "word" and t.text in ("true", "false")):
            return '"' + t.text, k + 1
        raise Unsupported(f"term {t.text!r}")

    def spelt(a: int, b: int) -> str:
        return text[toks[a].start:toks[b - 1].end]

    after_bind = False
    while i < len(toks):
        t = toks[i]
        if t.kind == "word" and t.text.lower() in ("filter", "bind"):
            # a BIND closes the basic graph pattern before it: only trailing BINDs keep the
            # patterns one basic graph pattern
            after_bind = after_bind or t.text.lower() == "bind"
            end = _filter_end(toks, i + 1)
            items.append(text[t.start:toks[end - 1].end])
            i = end
            if i < len(toks) and toks[i].text == ".":
                i += 1
            continue
        if t.kind == "word" and t.text.lower() in _UNSUPPORTED:
            raise Unsupported(t.text)
        if after_bind:
            raise Unsupported("a triple pattern after BIND")
        s_at = i
        s, i = term(i)
        s_text = spelt(s_at, i)
        while True:
            p_at = i
            p, i = term(i, predicate=True)
            p_text = spelt(p_at, i)
            while True:
                o_at = i
                o, i = term(i)
                items.append(Pattern(f"{s_text} {p_text} {spelt(o_at, i)} .", s, p, o))
                if i < len(toks) and toks[i].text == ",":
                    i += 1
                    continue
                break
            if i < len(toks) and toks[i].text == ";":
                while i < len(toks) and toks[i].text == ";":
                    i += 1
                if i >= len(toks) or toks[i].text == ".":
                    break
                if toks[i].kind == "word" and toks[i].text.lower() in ("filter", "bind"):
                    break
                continue
            break
        if i < len(toks):
            if toks[i].text == ".":
                i += 1
            elif not (toks[i].kind == "word" and toks[i].text.lower() in ("filter", "bind")):
                raise Unsupported(f"unexpected {toks[i].text!r}")
    for it in items:
        if isinstance(it, Pattern) and it.p.startswith("?"):
            raise Unsupported("variable predicate")
    return items


def _filter_end(toks: list[Tok], k: int) -> int:
    """Index after a FILTER's constraint (a bracketted expression or a function call) or a
    BIND's bracketted expression."""
    if k < len(toks) and toks[k].kind in ("word", "pname", "iri") and k + 1 < len(toks) \
            and toks[k + 1].text == "(":
        k += 1
    if k >= len(toks) or toks[k].text != "(":
        raise Unsupported("FILTER form")
    depth = 0
    for j in range(k, len(toks)):
        if toks[j].text in "{}[" and toks[j].kind == "punct":
            raise Unsupported("group inside FILTER")
        depth += toks[j].text == "("
        depth -= toks[j].text == ")"
        if depth == 0:
            return j + 1
    raise Unsupported("unbalanced FILTER")


def _expand(pname: str, prefixes: dict[str, str]) -> str:
    prefix, _, local = pname.partition(":")
    if prefix not in prefixes:
        raise Unsupported(f"unknown prefix {prefix!r}")
    if "\\" in local or "%" in local:
        raise Unsupported("escaped local name")
    return prefixes[prefix] + local


# -- statistics ------------------------------------------------------------------------------

class Statistics:
    """Figures about the default graph of one store, read with COUNT queries and kept for
    `ttl` seconds (also across writes: they steer plans, not answers)."""

    def __init__(self, ttl: float = STATS_TTL):
        self.ttl = ttl
        self._cache: OrderedDict[Any, tuple[float, Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    generation: Any = None  # the store's write generation the figures are read at, if known

    def _get(self, key: Any, compute: Any) -> Any:
        key = _digest(repr(key))  # a term can be a long literal: 16 bytes whatever it is
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and _fresh(hit, now, self.generation, self.ttl):
                self._cache.move_to_end(key)
                return hit[2]
        value = compute()
        with self._lock:
            self._cache[key] = (now, self.generation, value)
            while len(self._cache) > _MAX_ENTRIES:
                self._cache.popitem(last=False)
        return value

    def pattern_count(self, store: ox.Store, prologue: str, pat: Pattern) -> int:
        """Triples matching the pattern (its variables free), up to COUNT_CAP."""
        key = ("count", _const(pat.s), pat.p, _const(pat.o), pat.s == pat.o)
        if key[1] == "?" and key[3] == "?" and not key[4]:
            return self.predicate(store, pat.p)[0]
        sparql = (f"{prologue}SELECT (COUNT(*) AS ?n) WHERE {{ SELECT * WHERE {{ {pat.text} }} "
                  f"LIMIT {COUNT_CAP} }}")
        return self._get(key, lambda: _first_int(store.query(sparql)))

    def predicate(self, store: ox.Store, iri: str) -> tuple[int, int, int]:
        """(triples, distinct subjects, distinct objects) of a predicate."""
        sparql = (f"SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?ds) "
                  f"(COUNT(DISTINCT ?o) AS ?do) "
                  f"WHERE {{ SELECT ?s ?o WHERE {{ ?s <{iri}> ?o }} LIMIT {COUNT_CAP} }}")

        def compute() -> tuple[int, int, int]:
            row = next(iter(store.query(sparql)))
            return tuple(int(row[v].value) for v in ("n", "ds", "do"))  # type: ignore[return-value]

        return self._get(("predicate", iri), compute)


def _fresh(entry: tuple, now: float, generation: Any, ttl: float) -> bool:
    """Read at the same write generation, or recently enough."""
    return (generation is not None and entry[1] == generation) or now - entry[0] < ttl


def _const(term: str) -> str:
    return "?" if term.startswith("?") else term


def _first_int(solutions: Any) -> int:
    return int(next(iter(solutions))[0].value)


# -- planning --------------------------------------------------------------------------------

def choose_hash_joins(store: ox.Store, parsed: ParsedQuery, stats: Statistics) -> list[Pattern]:
    """The patterns to scan once and join by hash, or [] to leave the plan to the engine.

    The engine's nested loops are costed in the order its own planner takes (see `engine_order`),
    with the row counts the statistics give; against them, the same order with every pattern
    but the first scanned once and joined by hash. The rewrite is chosen only when it is cheaper
    by a clear margin."""
    patterns = [it for it in parsed.items if isinstance(it, Pattern)]
    if len(patterns) < 3:
        return []
    order = engine_order(patterns)
    counts = {k: stats.pattern_count(store, parsed.prologue, patterns[k]) for k in order}
    rows, bound = float(counts[order[0]]), set(patterns[order[0]].variables())
    probes: dict[int, float] = {}
    for k in order[1:]:
        probes[k] = rows
        rows = max(1.0, rows * _fanout(store, stats, patterns[k], counts[k], bound))
        bound |= set(patterns[k].variables())
    nested = sum(probes.values()) * PROBE_COST
    scanned = [k for k in probes if counts[k] <= MAX_SCAN and patterns[k].variables()]
    hashed = (sum(counts[k] * SCAN_COST + probes[k] * HASH_PROBE_COST for k in scanned)
              + sum(probes[k] * PROBE_COST for k in probes if k not in scanned))
    if not scanned or hashed * MARGIN > nested:
        return []
    return [patterns[k] for k in sorted(scanned)]


def engine_order(patterns: list[Pattern]) -> list[int]:
    """The order in which Oxigraph's planner (0.5) joins the patterns of a basic graph pattern,
    as observed in its query explanations: it starts from the pattern with the most bound
    positions and goes on with connected patterns the same way; it needs no statistics, so a
    constant class in `?x rdf:type C` does not count (classes are large)."""
    def bound_positions(p: Pattern, bound: set[str]) -> int:
        n = 0
        for position, term in (("s", p.s), ("o", p.o)):
            if term.startswith("?"):
                n += term in bound
            elif not (position == "o" and p.p == RDF_TYPE):
                n += 1
        return n

    order: list[int] = []
    bound: set[str] = set()
    remaining = list(range(len(patterns)))
    while remaining:
        connected = [k for k in remaining if bound & set(patterns[k].variables())] or remaining
        k = max(connected, key=lambda c: (bound_positions(patterns[c], bound), -c))
        order.append(k)
        bound |= set(patterns[k].variables())
        remaining.remove(k)
    return order


def _fanout(store: ox.Store, stats: Statistics, pat: Pattern, count: int, bound: set[str]) -> float:
    """Rows one incoming row becomes after joining `pat`, given the variables already bound."""
    s_bound, o_bound = pat.s in bound, pat.o in bound
    if not s_bound and not o_bound:
        return float(count)
    n, ds, do = stats.predicate(store, pat.p)
    if n == 0:
        return 0.0
    if s_bound and o_bound:
        return min(1.0, n / max(1, ds * do) * max(ds, do))
    if s_bound:
        return count / max(1, ds) if pat.o.startswith("?") else min(1.0, count / max(1, ds))
    return count / max(1, do) if pat.s.startswith("?") else min(1.0, count / max(1, do))


def rewrite(text: str, parsed: ParsedQuery, hashed: list[Pattern]) -> str:
    """The query with each hashed pattern wrapped in a sub-SELECT, in its place."""
    lines = []
    for it in parsed.items:
        if isinstance(it, Pattern) and it in hashed and it.variables():
            lines.append(f"{{ SELECT {' '.join(it.variables())} WHERE {{ {it.text} }} }}")
        else:
            lines.append(it.text if isinstance(it, Pattern) else it)
    return text[:parsed.body_start] + "\n  " + "\n  ".join(lines) + "\n" + text[parsed.body_end:]


class Planner:
    """Plans per query text, kept as long as the statistics they came from."""

    def __init__(self, ttl: float = STATS_TTL):
        self.stats = Statistics(ttl)
        self._plans: OrderedDict[bytes, tuple[float, Any, str | None]] = OrderedDict()
        self._plan_bytes = 0  # the length of the plans kept
        self._lock = threading.Lock()
        self.ttl = ttl

    def plan(self, store: ox.Store, query: str, generation: Any = None) -> str | None:
        """The rewritten query, or None to run `query` as it is. `generation` is the store's
        write generation when the caller knows it: figures read at it stay valid until it
        changes."""
        now = time.monotonic()
        key = _digest(query)
        with self._lock:
            hit = self._plans.get(key)
            if hit is not None and _fresh(hit, now, generation, self.ttl):
                self._plans.move_to_end(key)
                return hit[2]
        try:
            parsed = parse(query)
            self.stats.generation = generation
            hashed = choose_hash_joins(store, parsed, self.stats)
            planned = rewrite(query, parsed, hashed) if hashed else None
        except Unsupported:
            planned = None
        except (SyntaxError, OSError, ValueError, StopIteration, IndexError):
            planned = None  # a statistics query failed: the engine's own plan
        with self._lock:
            old = self._plans.pop(key, None)
            if old is not None:
                self._plan_bytes -= len(old[2] or "")
            if len(planned or "") <= _MAX_PLAN_BYTES // 8:  # a huge plan is made again, not kept
                self._plans[key] = (now, generation, planned)
                self._plan_bytes += len(planned or "")
            while self._plans and (len(self._plans) > _MAX_ENTRIES
                                   or self._plan_bytes > _MAX_PLAN_BYTES):
                self._plan_bytes -= len(self._plans.popitem(last=False)[1][2] or "")
        return planned

    def cached_bytes(self) -> int:
        """What the kept plans and their keys take, in bytes of text (for tests and stats)."""
        with self._lock:
            return self._plan_bytes + 16 * len(self._plans)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_PLANNERS: dict[Any, Planner] = {}


def planner_for(key: Any) -> Planner:
    """One planner per store (by a key the caller chooses: the store's location)."""
    found = _PLANNERS.get(key)
    if found is None:
        if len(_PLANNERS) >= 64:  # keys from stores long closed (tests open many)
            _PLANNERS.clear()
        found = _PLANNERS.setdefault(key, Planner())
    return found
