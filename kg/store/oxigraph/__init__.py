"""The embedded backend: pyoxigraph on disk (or in memory), with killable query workers, a join
planner, prepared dumps, the bulk loader and checkpointed SHACL-gated updates. The store class is
`kg.store.oxigraph.store.OxigraphStore`; nothing is imported here, so that a query worker, which
imports `kg.store.oxigraph.workers` alone, starts without rdflib."""
