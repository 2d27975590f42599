"""The Flask application factory: `create_app(settings)` wires the store, blueprints and errors.

The server only parses HTTP, calls the core (kg.pipeline, the store, kg.export) and negotiates
formats; it never imports the NLP.
"""

from __future__ import annotations

from flask import Flask

from kg.settings import Settings
from kg.store.base import settle


def create_app(settings: Settings | None = None, *, store=None) -> Flask:
    """Build the app. `settings` defaults to `Settings.load()`; `store` lets tests share a store."""
    from server import (
        browse,
        context,
        documents,
        dumps,
        errors,
        fast_path,
        graph_store,
        ops,
        pages,
        reconcile,
        sparql,
        void,
        write_guard,
    )
    from server import store as store_ext
    from server.auth import cors_headers

    settings = settings or Settings.load()
    app = Flask(__name__)
    app.config["KG_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    write_guard.init_app(app)  # refuses an unusable KG_TOKEN before the store is opened
    store_ext.init_app(app, store)
    # the store's base IRI wins over a defaulted one; a contradicting KG_BASE stops start-up
    settings = settle(settings, app.extensions["kg_store"],
                      writing=not getattr(app.extensions["kg_store"], "read_only", False))
    app.config["KG_SETTINGS"] = settings
    errors.init_app(app)
    # every response, whichever blueprint (or none) answered: CORS and the security headers
    app.after_request(cors_headers)
    for bp in (sparql.bp, graph_store.bp, dumps.bp, documents.bp, pages.bp, void.bp, context.bp):
        app.register_blueprint(bp)
    app.register_blueprint(browse.bp)  # /entity/, /doc/, /event/: indexes and search
    app.register_blueprint(reconcile.bp)  # /reconcile: the Reconciliation Service API
    fast_path.install(app)  # SPARQL queries on /sparql without Flask's request handling
    ops.install(app)  # health, metrics and the access log, around everything (after the fast path)
    return app
