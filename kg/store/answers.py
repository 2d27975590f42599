"""What a query answers, whatever the backend: `Solutions` (SELECT) of `Row`s, a bool (ASK), or
`Triples` (CONSTRUCT, DESCRIBE); their terms are kg.rdf.terms values. `QueryForms` gives a
backend `select`, `ask` and `construct` from its `query`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.errors import QueryError


class Row(tuple):
    """One solution: its terms in the order of the variables (None where unbound), also by name
    (`row["x"]`). Unpacking by position is the cheap way to read a large answer."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def get(self, name: str, default: Any = None) -> Any:
        i = self._index.get(name)
        value = None if i is None else tuple.__getitem__(self, i)
        return default if value is None else value

    def as_dict(self) -> dict[str, Any]:
        """{variable: term} of the bound variables."""
        return {n: tuple.__getitem__(self, i) for n, i in self._index.items()
                if tuple.__getitem__(self, i) is not None}


class Solutions:
    """The answer of a SELECT: `variables` (names, without '?') and the rows, read once, lazily."""

    def __init__(self, variables: list[str], rows: Iterable[Iterable[Any]]):
        self.variables = list(variables)
        index = {name: i for i, name in enumerate(self.variables)}
        self._row = type("Row", (Row,), {"__slots__": (), "_index": index})
        self._rows = iter(rows)

    def __iter__(self) -> Iterator[Row]:
        make = self._row
        return (make(r) for r in self._rows)


class Triples:
    """The answer of a CONSTRUCT or DESCRIBE: triples, read once, lazily."""

    def __init__(self, triples: Iterable[Any]):
        self._triples = iter(triples)

    def __iter__(self) -> Iterator[Any]:
        return self._triples


Answer = Solutions | bool | Triples


class QueryForms:
    """`select`, `ask` and `construct` over a backend's `query`: each checks the form it got."""

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Answer:
        raise NotImplementedError

    def select(self, sparql: str, **dataset: Any) -> Solutions:
        return _expect(self.query(sparql, **dataset), Solutions, "SELECT")

    def ask(self, sparql: str, **dataset: Any) -> bool:
        return _expect(self.query(sparql, **dataset), bool, "ASK")

    def construct(self, sparql: str, **dataset: Any) -> Triples:
        return _expect(self.query(sparql, **dataset), Triples, "CONSTRUCT or DESCRIBE")


def _expect(answer: Answer, kind: type, form: str) -> Any:
    if not isinstance(answer, kind):
        raise QueryError(f"expected a {form} query")
    return answer
