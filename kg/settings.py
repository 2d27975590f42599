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

    base: str = _setting("http://localhost:5000/", "Base IRI every minted IRI starts with.")
    store: str = _setting("./data/store", "Folder of the on-disk Oxigraph store ('' or ':memory:' for memory).")
    host: str = _setting("127.0.0.1", "Address the server listens on.")
    port: int = _setting(5000, "Port the server listens on.")
    lang: str = _setting("ru", "Language of articles that do not say theirs.")
    token: str = _setting("", "Bearer token that enables writes over HTTP; empty = read-only service.")
    max_request_bytes: int = _setting(5_000_000, "Largest request body accepted, in bytes.")
    max_text_chars: int = _setting(1_000_000, "Longest article text accepted, in characters.")
    query_timeout: float = _setting(30.0, "Seconds a SPARQL query may run before it is stopped (503).")
    query_workers: int = _setting(4, "Processes that run SPARQL queries, so a query past the "
                                     "timeout can be killed; 0 = run queries in the server process "
                                     "(the timeout is then only checked between result rows).")
    max_rows: int = _setting(100_000, "Most result rows a SELECT query returns.")
    threads: int = _setting(8, "Worker threads of the WSGI server.")
    dump_delay: float = _setting(2.0, "Seconds with no write (and after start-up) before a child "
                                      "process writes the dump files of the store's state, so "
                                      "downloads are file reads; negative = only on download.")
    gazetteer: str = _setting("", "Gazetteer index file for Wikidata linking ('' = the one shipped).")
    federation: str = _setting("", "Space-separated SPARQL endpoints SERVICE may call; empty = none.")
    scheduler: str = _setting("", "Dask scheduler (tcp://HOST:PORT) that `kg ingest` and `kg load` "
                                  "run the NLP and SHACL checks on; empty = none.")
    workers: int = _setting(0, "Worker processes of a local Dask cluster for `kg ingest` and "
                               "`kg load` when no scheduler is given; 0 = no cluster.")

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None,
             environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then `KG_<NAME>` variables, then `overrides` (flags); None values are ignored."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"KG_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f, raw)
        for key, value in (overrides or {}).items():
            if value is not None:
                values[key] = value
        settings = cls(**values)
        return dataclasses.replace(settings, base=_with_slash(settings.base))

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def documentation(cls) -> list[tuple[str, str, Any]]:
        """(environment variable, help, default) for every setting."""
        return [(f"KG_{f.name.upper()}", f.metadata["help"], f.default) for f in fields(cls)]


def _coerce(f: dataclasses.Field, raw: str) -> Any:
    kind = f.type if isinstance(f.type, type) else {"int": int, "float": float}.get(str(f.type), str)
    try:
        return kind(raw)
    except ValueError as exc:
        raise ValueError(f"KG_{f.name.upper()}={raw!r} is not a valid {kind.__name__}") from exc


def _with_slash(base: str) -> str:
    return base if base.endswith(("/", "#")) else base + "/"
