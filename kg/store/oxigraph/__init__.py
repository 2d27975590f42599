"""The embedded backend: pyoxigraph on disk (or in memory), with killable query workers, a join
planner, prepared dumps, the bulk loader and checkpointed SHACL-gated updates."""

from kg.store.oxigraph.store import OxigraphStore

__all__ = ["OxigraphStore"]
