"""The `sparql` backend: the graph kept in any SPARQL 1.1 store (Virtuoso, Oxigraph server,
Fuseki …) through the SPARQL 1.1 Protocol, with the SHACL gate, the set-semantics default graph
and the store's record kept by newskg.

Each write is one SPARQL Update request, which the engine applies whole: the named graphs, the
union (kg.store.remote.union) and the store's record (its base IRI and write generation, in a
graph of its own) change together. Blank nodes are refused as on the embedded store: a remote
engine would mint new ones on every write, and the union could no longer be kept exact.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import EndpointError, InputError, QueryError, StoreError
from kg.sparql_text import has_keyword, scan
from kg.store.answers import Answer, QueryForms, Solutions, Triples
from kg.store.remote.client import Client, Endpoints
from kg.store.remote.union import CATALOGUE_GRAPH, UNION_GRAPH, Union

META_GRAPH = "https://w3id.org/newskg/graph/meta"
_SELF = "<https://w3id.org/newskg/store>"
_KG = "https://w3id.org/newskg#"
_JSON = "application/sparql-results+json"
_TURTLE = "text/turtle"
# Updates that carry their own data or name their graphs; pattern updates (INSERT … WHERE, ADD,
# COPY, MOVE) may read any graph, which a copy of the graphs they write cannot show them.
_DATA_OPERATIONS = {"InsertData", "DeleteData", "DeleteWhere", "Clear", "Drop", "Create"}
_BATCH_CHARS = 2_000_000  # N-Triples text per update request of a bulk add
_NAMES_PER_QUERY = 500  # graph names in one VALUES block
_UNION_TRIPLES = 2_000  # triples in one INSERT DATA into the union


def _ntriples(triples: Iterable[ox.Triple]) -> str:
    return "\n".join(f"{t} ." for t in triples)


def _check_no_bnodes(name: str, triples: Iterable[ox.Triple]) -> None:
    for t in triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            raise InputError(f"graph <{name}> holds blank nodes, which the store does not keep "
                             "(give them IRIs)")


def _term(binding: dict) -> Any:
    """A SPARQL JSON results term → a kg.rdf.terms value."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value) if value.replace("_", "").isalnum() else ox.BlankNode()
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:  # "typed-literal" in older engines' answers (Virtuoso)
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def _broken(location: str, exc: Exception) -> EndpointError:
    # Oxigraph server ends a streamed answer early, with a well-formed HTTP ending, when it stops
    # the query at its own limit (`--timeout-s`)
    return EndpointError(f"the store at {location} sent an answer that breaks off ({exc}); an "
                         "engine stops a query that way at its own time limit")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them in the text, outside strings."""
    for token in scan(sparql):
        if token.kind == "word" and token.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return token.text.upper()
    raise QueryError("SPARQL syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE in the query")


class RemoteStore(QueryForms):
    """A store in another process, reached at `settings.store_query_url` and its siblings."""

    @classmethod
    def open(cls, settings: Any, *, read_only: bool = False, create: bool = True) -> RemoteStore:
        if not settings.store_query_url:
            raise InputError("the sparql store backend needs KG_STORE_QUERY_URL (and "
                             "KG_STORE_UPDATE_URL to write)")
        endpoints = Endpoints(settings.store_query_url,
                              settings.store_update_url or settings.store_query_url,
                              settings.store_graph_store_url or None,
                              settings.store_user or None, settings.store_password or None)
        return cls(Client(endpoints, timeout=max(settings.query_timeout, 60.0)),
                   union=settings.store_union, read_only=read_only)

    def __init__(self, client: Client, *, union: str = "auto", read_only: bool = False):
        self.client = client
        self.location = client.endpoints.query_url
        self.read_only = read_only
        self._lock = threading.RLock()
        self.union = self._layout(union)
        self.etag_seed = f"{time.time():.6f}"

    def _layout(self, union: str) -> Union:
        if union == "auto":  # Virtuoso's default graph is every graph: keep the union apart
            with self.client.query("ASK {}", _JSON) as answer:
                server = answer.server
            union = "graph" if "virtuoso" in server.lower() else "default"
        if union == "graph":
            return Union(UNION_GRAPH, CATALOGUE_GRAPH, (META_GRAPH,))
        if union == "default":
            return Union(None, None, (META_GRAPH,))
        raise InputError(f"KG_STORE_UNION is {union!r}: say auto, default or graph")

    @property
    def write_lock(self) -> threading.RLock:
        """Held by writes that read before they write, in this process; the engine itself
        serialises the update requests of every process."""
        return self._lock

    # -- the store's record: base IRI, generation, time of the last write -------------------

    def _record(self) -> dict[str, str]:
        rows = self._select(f"SELECT ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{ {_SELF} ?p ?o }} }}")
        return {p.value[len(_KG):]: o.value for p, o in rows if p.value.startswith(_KG)}

    @property
    def generation(self) -> int:
        return int(self._record().get("generation", 0))

    @property
    def last_modified(self) -> float:
        return float(self._record().get("modified", 0.0))

    def _stamp(self) -> str:
        """The update operations that record a write (a new generation and time)."""
        now = time.time_ns()
        return (f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {_SELF} <{_KG}generation> ?n }} }} ;\n"
                f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {_SELF} <{_KG}modified> ?m }} }} ;\n"
                f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {_SELF} <{_KG}generation> \"{now}\" ; "
                f"<{_KG}modified> \"{now / 1e9:.6f}\" }} }}")

    def meta(self) -> dict[str, Any]:
        record = self._record()
        return {"base": record["base"]} if "base" in record else {}

    def set_meta(self, **values: Any) -> None:
        self._writable()
        ops = []
        for key, value in values.items():
            ops.append(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ {_SELF} <{_KG}{key}> ?v }} }}")
            ops.append(f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {_SELF} <{_KG}{key}> "
                       f"{json.dumps(str(value), ensure_ascii=False)} }} }}")
        self.client.update(" ;\n".join(ops))

    # -- writes -------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")

    def replace_graph(self, name: str, graph: Any) -> int:
        from kg.rdf.terms import to_ox

        triples = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}
        self.replace_graphs({name: triples})
        return len(triples)

    def replace_graphs(self, changes: Mapping[str, set[ox.Triple] | None]) -> None:
        self._writable()
        ops = []
        for name, triples in changes.items():
            if triples is None:
                ops.append(self.union.drop(name))
            else:
                _check_no_bnodes(name, triples)
                ops.append(self.union.replace(name, _ntriples(triples)))
        if ops:
            with self._lock:
                self.client.update(" ;\n".join(ops + [self._stamp()]))

    def drop_graph(self, name: str) -> bool:
        with self._lock:
            if not self.has_graph(name):
                return False
            self.replace_graphs({name: None})
        return True

    def bulk_add_new_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> int:
        """New graphs in update requests of about 2 MB each; every request is whole, the batch
        as a whole is not (a failure part-way leaves the graphs before it, each complete). The
        union gets each triple once per call, however many of the graphs assert it."""
        self._writable()
        graphs = {name: set(triples) for name, triples in graphs.items()}
        existing = self.existing_graphs(graphs)
        if existing:
            raise StoreError(f"graphs exist already: {', '.join(sorted(existing)[:5])}")
        added, texts, size = 0, {}, 0
        joined: set[ox.Triple] = set()  # sent to the union by an earlier request of this call

        def send() -> None:
            fresh = [t for name in texts for t in graphs[name] if t not in joined]
            fresh = list(dict.fromkeys(fresh))
            joined.update(fresh)
            # Virtuoso's SPARQL compiler runs out of memory on one INSERT DATA of ~10,000 triples
            joining = [_ntriples(fresh[i:i + _UNION_TRIPLES])
                       for i in range(0, len(fresh), _UNION_TRIPLES)]
            adding = self.union.add(texts, joining)
            if adding:
                self.client.update(adding + " ;\n" + self._stamp())

        for name, triples in graphs.items():
            _check_no_bnodes(name, triples)
        with self._lock:
            for name, triples in graphs.items():
                texts[name] = _ntriples(triples)
                size += len(texts[name])
                added += len(triples)
                if size > _BATCH_CHARS:
                    send()
                    texts, size = {}, 0
            if texts:
                send()
        return added

    def update(self, text: str, validate: Any) -> Any:
        """A SHACL-gated SPARQL Update: run on an in-memory copy of the graphs it names, then
        those graphs validated and written back in one request (kg.store.gate)."""
        from rdflib.plugins.sparql.algebra import translateUpdate
        from rdflib.plugins.sparql.parser import parseUpdate

        from kg.store.gate import gate
        from kg.store.update_plan import ALL, update_targets

        self._writable()
        targets = update_targets(text)  # refuses LOAD (403) and writes to the default graph
        operations = {op.name for op in translateUpdate(parseUpdate(text)).algebra}
        if ALL in targets or not operations <= _DATA_OPERATIONS:
            raise InputError("on a remote store, SPARQL Update takes INSERT DATA, DELETE DATA, "
                             "DELETE WHERE, CLEAR, DROP and CREATE on graphs it names; run other "
                             "updates in the store itself, then `kg validate`")
        with self._lock:
            scratch = ox.Store()
            for name in targets:
                scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                               for t in self.triples(name))
            try:
                scratch.update(text)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {exc}") from exc
            changes = {}
            for name in targets:
                node = ox.NamedNode(name)
                kept = {q.triple for q in scratch.quads_for_pattern(None, None, None, node)}
                changes[name] = kept if scratch.contains_named_graph(node) else None
            return gate(self, changes, validate)

    def rename_iris(self, old: str, new: str) -> tuple[int, int]:
        from kg.store.rename import rename_iris

        with self._lock:
            return rename_iris(self, old, new)

    # -- reads --------------------------------------------------------------------------------

    def _select(self, sparql: str, **dataset: Any) -> list[list[Any]]:
        with self.client.query(sparql, _JSON, **dataset) as answer:
            data = json.loads(answer.read())
        names = data["head"]["vars"]
        return [[_term(r[n]) if n in r else None for n in names]
                for r in data["results"]["bindings"]]

    def has_graph(self, name: str) -> bool:
        if self.union.catalogue:
            rows = self._select(f"SELECT ?g WHERE {{ GRAPH <{self.union.catalogue}> "
                                f"{{ <{name}> ?p ?g }} }} LIMIT 1")
        else:
            rows = self._select(f"SELECT ?s WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }} LIMIT 1")
        return bool(rows)

    def existing_graphs(self, names: Iterable[str]) -> set[str]:
        """Which of `names` are graphs of the store, asked about them alone (a VALUES query per
        500 names): listing every graph costs time in proportion to the store, and asking about
        each graph alone one request per graph."""
        names = list(dict.fromkeys(names))
        found: set[str] = set()
        for i in range(0, len(names), _NAMES_PER_QUERY):
            values = " ".join(f"<{n}>" for n in names[i:i + _NAMES_PER_QUERY])
            catalogue = self.union.catalogue
            pattern = (f"GRAPH <{catalogue}> {{ ?g ?p ?o }}" if catalogue
                       else "GRAPH ?g { ?s ?p ?o }")
            rows = self._select(f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} "
                                f"{pattern} }}")
            found.update(row[0].value for row in rows)
        return found

    def graph_names(self) -> list[str]:
        return sorted(row[0].value for row in self._select(self.union.names()))

    def graph_size(self, name: str) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        return int(rows[0][0].value)

    def triples(self, name: str | None) -> set[ox.Triple]:
        pattern = "?s ?p ?o" if name is None and not self.union.graph else \
            f"GRAPH <{name or self.union.graph}> {{ ?s ?p ?o }}"
        return {ox.Triple(s, p, o) for s, p, o in self._select(f"SELECT ?s ?p ?o WHERE {{ {pattern} }}")}

    def graph(self, name: str) -> Any:
        from kg.rdf.terms import triples_to_graph

        return triples_to_graph(self.triples(name))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        for name in [graph] if graph is not None else self.graph_names():
            node = ox.NamedNode(name)
            for t in sorted(self.triples(name), key=str):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def triples_count(self) -> int:
        pattern = f"GRAPH <{self.union.graph}> {{ ?s ?p ?o }}" if self.union.graph else "?s ?p ?o"
        return int(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")[0][0].value)

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Answer:
        form = query_form(sparql)
        if not default_graph and not named_graphs and self.union.graph \
                and not has_keyword(sparql, "FROM") and not has_keyword(sparql, "GRAPH"):
            # The set union, not the engine's bag of all graphs. Only for queries without GRAPH:
            # once Virtuoso is given a default graph (by the protocol or its own pragma), GRAPH
            # <g> finds nothing in it, and GRAPH ?g still finds every graph.
            default_graph = [self.union.graph]
        dataset = {"default_graphs": default_graph, "named_graphs": named_graphs,
                   "timeout": timeout}
        if form in ("CONSTRUCT", "DESCRIBE"):
            with self.client.query(sparql, _TURTLE, **dataset) as answer:
                body = answer.read_within(timeout or self.client.timeout)
            try:
                return Triples([q.triple for q in ox.parse(body, ox.RdfFormat.TURTLE)])
            except SyntaxError as exc:
                raise _broken(self.location, exc) from None
        with self.client.query(sparql, _JSON, **dataset) as answer:
            body = answer.read_within(timeout or self.client.timeout)
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise _broken(self.location, exc) from None
        if "boolean" in data:
            return bool(data["boolean"])
        names = data["head"].get("vars", [])
        rows = ([_term(r[n]) if n in r else None for n in names]
                for r in data["results"]["bindings"])
        return Solutions(names, rows)

    def query_runner(self, settings: Any) -> Any:
        from kg.store.remote.runner import RemoteRunner

        return RemoteRunner(self)

    # -- dumps, upkeep ------------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: str, *, graph: str | None = None) -> None:
        from kg.rdf.formats import RDF_FORMATS

        spec = RDF_FORMATS[fmt]
        if spec.dataset:
            ox.serialize(self.quads(graph), output, spec.ox_format)
        else:
            ox.serialize(self.triples(graph), output, spec.ox_format)

    def dump_files(self) -> None:
        return None  # downloads stream from the engine through `dump`

    def backup(self, target: str) -> None:
        raise InputError("a remote store is backed up with its engine's own tools (Virtuoso: "
                         "backup_online; Oxigraph server: `oxigraph backup`)")

    def flush(self) -> None:
        pass

    def optimize(self) -> bool:
        return False

    def close(self) -> None:
        pass

