"""One store per app, opened at start-up and reached through `get_store()`."""

from __future__ import annotations

from flask import Flask, current_app

from kg.settings import Settings
from kg.store import Store, open_store


def init_app(app: Flask, store: Store | None = None) -> None:
    settings: Settings = app.config["KG_SETTINGS"]
    # the server never creates a store: a mistyped --store would serve an empty one
    app.extensions["kg_store"] = (store if store is not None
                                  else open_store(settings.store, create=False))


def get_store() -> Store:
    return current_app.extensions["kg_store"]


def get_settings() -> Settings:
    return current_app.config["KG_SETTINGS"]
