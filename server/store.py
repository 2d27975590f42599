"""One store per app, opened at start-up and reached through `get_store()`."""

from __future__ import annotations

from flask import Flask, current_app

from kg.settings import Settings
from kg.store import Store, open_store
from kg.store.ontology import ensure_ontology


def init_app(app: Flask, store: Store | None = None) -> None:
    """Open the configured store (or take `store`, shared by tests); a store the app opens gets the
    current ontology in its graph https://w3id.org/newskg at start-up."""
    settings: Settings = app.config["KG_SETTINGS"]
    if store is None:
        # the server never creates a store: a mistyped --store would serve an empty one
        store = open_store(settings, create=False)
        ensure_ontology(store)
    app.extensions["kg_store"] = store


def get_store() -> Store:
    return current_app.extensions["kg_store"]


def get_settings() -> Settings:
    return current_app.config["KG_SETTINGS"]
