"""Every setting of the service in one frozen dataclass, read from defaults, `KG_*` variables and flags.

One name per setting everywhere: `KG_BASE` in the environment, `Settings.base`, `--base` on the CLI.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """The service configuration; build it with `Settings.load()`."""

    base: str = _setting("http://localhost:5000/", "Base IRI every minted IRI starts with. Recorded "
                         "in the store when it is first opened for writing; later runs that do not set it use the "
                         "store's; unset on a new store, it is http://localhost:PORT/.")
    store: str = _setting("./data/store", "Folder of the on-disk Oxigraph store ('' or ':memory:' for memory).")
    store_backend: str = _setting("", "The store's backend, by its name in kg.store's registry: "
                                      "'oxigraph' (embedded, at KG_STORE) or 'sparql' (a SPARQL 1.1 "
                                      "store at KG_STORE_QUERY_URL); empty = 'sparql' when "
                                      "KG_STORE_QUERY_URL is set, else 'oxigraph'.")
    store_query_url: str = _setting("", "SPARQL 1.1 query endpoint of a remote store (Virtuoso: "
                                        "http://HOST:8890/sparql; Oxigraph server: …/query).")
    store_update_url: str = _setting("", "SPARQL 1.1 update endpoint of the remote store "
                                         "(Virtuoso: …/sparql-auth; Oxigraph server: …/update); "
                                         "empty = the query endpoint.")
    store_graph_store_url: str = _setting("", "Graph Store Protocol address of the remote store, "
                                              "where it has one (optional).")
    store_user: str = _setting("", "User name the remote store asks for (HTTP basic or digest "
                                   "authentication); empty = none.")
    store_password: str = _setting("", "Password of KG_STORE_USER.")
    store_union: str = _setting("auto", "Where newskg keeps the set union of the named graphs on "
                                        "a remote store: 'default' (the engine's default graph, "
                                        "apart from the named graphs: Oxigraph server, Fuseki), "
                                        "'graph' (a named graph queries are pointed at: "
                                        "Virtuoso), or 'auto' (asks the engine who it is).")
    host: str = _setting("127.0.0.1", "Address the server listens on.")
    port: int = _setting(5000, "Port the server listens on.")
    lang: str = _setting("ru", "Language of articles that do not say theirs.")
    token: str = _setting("", "Bearer token that enables writes over HTTP; empty = read-only service.")
    auth_failures: int = _setting(10, "Wrong tokens a client address may send in a minute before "
                                      "its writes get 429; 0 = no limit.")
    max_request_bytes: int = _setting(5_000_000, "Largest request body accepted, in bytes "
                                                 "(past twice this, refused unread).")
    # Extraction is near-linear: 200,000 characters (40-100 news articles) cost about 10 s of
    # CPU in the NLP and 20 s for the whole ingest (bench/long_article.py, docs/performance.md).
    max_text_chars: int = _setting(200_000, "Longest article text accepted, in characters "
                                            "(extraction takes about 0.1 s of CPU per 1,000).")
    query_timeout: float = _setting(30.0, "Seconds a SPARQL query may run before it is stopped (503).")
    query_workers: int = _setting(4, "Processes that run SPARQL queries, so a query past the "
                                     "timeout can be killed; 0 = run queries in the server process "
                                     "(the timeout is then only checked between result rows).")
    query_memory_mb: int = _setting(4096, "Address space each query worker may take, in MB "
                                          "(a query past it is stopped: 503); 0 = no limit. "
                                          "A worker starts at about 500 MB of it.")
    max_rows: int = _setting(100_000, "Most result rows a SELECT query returns.")
    threads: int = _setting(8, "Worker threads of the WSGI server.")
    dump_delay: float = _setting(2.0, "Seconds with no write (and after start-up) before a child "
                                      "process writes the dump files of the store's state, so "
                                      "downloads are file reads; negative = only on download.")
    gazetteer: str = _setting("", "Gazetteer index file for Wikidata linking, and for the checks "
                                  "of the extraction that ask what the linker knows (a place "
                                  "adjective's place); '' = the one shipped.")
    learned_triggers: str = _setting("", "Learned event-trigger lexicon, read below the hand "
                                         "lines of kg/data/ru/triggers.tsv (scripts/learn_triggers.py "
                                         "writes it); '', 'shipped' or 'default' = the one "
                                         "shipped (kg/data/ru/triggers_learned.tsv), 'none' = no "
                                         "learned lines, or a path.")
    aspect_triggers: str = _setting("", "Event-trigger lines for the other aspect of the hand "
                                        "trigger verbs (`создавать` of `создать`), read below the "
                                        "hand and learned lines (scripts/learn_aspect_pairs.py "
                                        "writes it); '' or 'none' = none (the default), 'shipped' "
                                        "= kg/data/ru/triggers_aspect.tsv, or a path.")
    derived_triggers: str = _setting("", "Event-trigger lines for the nouns of the hand trigger "
                                         "verbs and the verbs of its trigger nouns (`депортация` "
                                         "of `депортировать`), read below the hand, learned and "
                                         "aspect lines (scripts/learn_derived_triggers.py writes "
                                         "it); '', 'shipped' or 'default' = the one shipped "
                                         "(kg/data/ru/triggers_derived.tsv), 'none' = none, or a "
                                         "path.")
    vector_triggers: str = _setting("", "Event-trigger lines for lemmas no other line has whose "
                                        "nearest lined lemmas by navec vector share one class and "
                                        "which NEREL marks as events (scripts/"
                                        "learn_vector_triggers.py writes it), read below every "
                                        "other line; '' or 'none' = none (the default), 'shipped' "
                                        "= kg/data/ru/triggers_vector.tsv, or a path.")
    federation: str = _setting("", "Space-separated SPARQL endpoints SERVICE may call; empty = "
                                   "none, and the query workers cannot open any connection.")
    connection_limit: int = _setting(1000, "Most client connections the HTTP server holds open at "
                                           "once; past it, new ones wait in the system's queue.")
    channel_timeout: int = _setting(30, "Seconds a client connection may stay silent, between or "
                                        "inside requests, before the server closes it.")
    request_read_timeout: int = _setting(60, "Seconds a client may take to send one whole "
                                             "request (headers and body) from its first byte; "
                                             "past it the connection is closed.")
    query_queue_wait: float = _setting(2.0, "Seconds a SPARQL query waits for a free query worker "
                                            "before it is answered 503 with Retry-After.")
    max_nesting: int = _setting(100, "Deepest nesting accepted in a query, an update or an upload "
                                     "(SPARQL groups and brackets, JSON objects and arrays, XML "
                                     "elements), checked before any parser reads it (400 past it).")
    scheduler: str = _setting("", "Dask scheduler (tcp://HOST:PORT) that `kg ingest` and `kg load` "
                                  "run the NLP and SHACL checks on; empty = none.")
    workers: int = _setting(0, "Worker processes of a local Dask cluster for `kg ingest` and "
                               "`kg load` when no scheduler is given; 0 = no cluster.")
    trusted_proxy: str = _setting("", "Address of the reverse proxy whose X-Forwarded-For, -Proto, "
                                      "-Host and -Port headers `kg serve` trusts (client address "
                                      "in logs and limits); '*' = any peer; empty = none: such "
                                      "headers are removed.")
    shacl_engine: str = _setting("compiled", "What checks graphs against the SHACL shapes first: "
                                             "'compiled' (the shapes compiled into Python checks "
                                             "that agree with pySHACL; pySHACL still validates "
                                             "every graph they refuse and writes every report) "
                                             "or 'pyshacl' (pySHACL alone).")
    mention_model: str = _setting("", "The learned check of name mentions (kg.nlp.ru.mention_model): "
                                      "a model file written by scripts/learn_mentions.py, "
                                      "'default' or 'shipped' = kg/data/ru/mention_model.json, "
                                      "empty = off.")
    mention_threshold: float = _setting(0.0, "Probability of 'no name' at which the mention model "
                                             "drops a mention; 0 = the threshold its training chose.")
    event_actor_model: str = _setting("", "Weights file of the learned event-actor fallback "
                                          "(kg/nlp/ru/event_actor_model.py): it proposes an actor "
                                          "for an event the role rules gave none; 'shipped' or "
                                          "'default' = kg/data/ru/event_actor_model.json, '' = off.")
    event_actor_threshold: float = _setting(0.85, "Probability an entity of the trigger's "
                                                 "sentence must reach for the event-actor "
                                                 "fallback to make it an actor.")
    event_candidate_model: str = _setting("", "Weights file of the learned model of event "
                                              "mentions no trigger line fits "
                                              "(kg/nlp/ru/event_candidates.py): it makes such a "
                                              "word an event of its lines' class when it scores "
                                              "high enough; 'shipped' or 'default' = "
                                              "kg/data/ru/event_candidate_model.json, '' = off.")
    event_candidate_threshold: float = _setting(0.3, "Probability a word whose lexicon lines do "
                                                     "not fit its context must reach for the "
                                                     "learned event-mention model to make it an "
                                                     "event.")
    event_filter_model: str = _setting("", "Weights file of the learned filter of the events the "
                                           "rules make (kg/nlp/ru/event_candidates.py): an event "
                                           "it scores under its threshold is dropped; 'shipped' "
                                           "or 'default' = kg/data/ru/event_filter_model.json, "
                                           "'' = off.")
    event_filter_threshold: float = _setting(0.1, "Probability of being a gold event under which "
                                                  "the learned event filter drops an event.")
    # whether `base` was set (KG_BASE or a flag) rather than defaulted: a store's recorded base
    # wins over a defaulted one, and contradicts a set one (kg.store.base)
    base_given: bool = field(default=False, repr=False, metadata={"help": None})

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None,
             environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then `KG_<NAME>` variables, then `overrides` (flags); None values are ignored."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            if not f.metadata.get("help"):
                continue  # not a setting (derived)
            raw = environ.get(f"KG_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f, raw)
        for key, value in (overrides or {}).items():
            if value is not None:
                values[key] = value
        values.pop("base_given", None)
        given = "base" in values
        if not given:  # IRIs that dereference on the port served, as `make run PORT=…` expects
            values["base"] = f"http://localhost:{values.get('port', cls.port)}/"
        settings = cls(**values, base_given=given)
        return dataclasses.replace(settings, base=_with_slash(settings.base))

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def documentation(cls) -> list[tuple[str, str, Any]]:
        """(environment variable, help, default) for every setting."""
        return [(f"KG_{f.name.upper()}", f.metadata["help"], f.default) for f in fields(cls)
                if f.metadata.get("help")]


def _coerce(f: dataclasses.Field, raw: str) -> Any:
    kind = f.type if isinstance(f.type, type) else {"int": int, "float": float}.get(str(f.type), str)
    try:
        return kind(raw)
    except ValueError as exc:
        raise ValueError(f"KG_{f.name.upper()}={raw!r} is not a valid {kind.__name__}") from exc


def _with_slash(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"
