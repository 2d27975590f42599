"""The base IRI is a property of the store: recorded with its data, checked on every open, moved
only by `rebase`.

Every IRI the pipeline mints starts with the base, so a store built under one base and served
under another has pages that 404 and links that point elsewhere. `settle` makes the settings
agree with the store before anything reads or writes: a store's recorded base wins over a
defaulted one, contradicts an explicitly set one (a clear error, not a silent 404), and is
recorded on a store opened for writing that has none yet.
"""

from __future__ import annotations

from typing import Any

from kg.errors import BaseMismatch
from kg.rdf.vocab import ONTOLOGY_GRAPH
from kg.settings import Settings
from kg.store import Store


def recorded_base(store: Store) -> str | None:
    """The base the store's data uses: its record, or for a store built before the base was
    recorded, what its document graphs are named under (`BASE doc/ID`)."""
    base = store.meta().get("base")
    if base:
        return base
    for name in store.graph_names():
        head, sep, _ = name.rpartition("/doc/")
        if sep:
            return head + "/"
    return None


def settle(settings: Settings, store: Store, *, writing: bool) -> Settings:
    """`settings` with the store's base, or BaseMismatch; records the base on a writable store
    that has none recorded yet."""
    recorded = recorded_base(store)
    # the ontology's graph (kg.store.ontology) is not data minted under a base
    has_data = any(name != ONTOLOGY_GRAPH for name in store.graph_names())
    if recorded is None or (not has_data and settings.base_given):
        # a new or empty store takes the base it is given (or the default for the port)
        if writing and store.meta().get("base") != settings.base:
            store.set_meta(base=settings.base)
        return settings
    if settings.base_given and settings.base != recorded:
        raise BaseMismatch(
            f"the store holds data under the base IRI {recorded!r}, not {settings.base!r} (set "
            f"by KG_BASE or --base): its IRIs would not dereference. Leave KG_BASE unset to "
            f"serve the store's base, or move every IRI with `kg rebase {settings.base}`")
    if writing and store.meta().get("base") != recorded:
        store.set_meta(base=recorded)  # a store from before the base was recorded
    return settings.replace(base=recorded)


def rebase(store: Store, new_base: str) -> dict[str, Any]:
    """Rewrite every IRI under the store's base to `new_base`, graph names included, in one atomic
    write (`Store.rename_iris`); record the new base. Returns {"old", "new", "graphs",
    "triples"}."""
    old = recorded_base(store)
    if not new_base.endswith(("/", "#")):
        new_base += "/"
    if old is None or old == new_base:
        store.set_meta(base=new_base)
        return {"old": old, "new": new_base, "graphs": 0, "triples": 0}
    graphs, triples = store.rename_iris(old, new_base)
    store.set_meta(base=new_base)
    return {"old": old, "new": new_base, "graphs": graphs, "triples": triples}
