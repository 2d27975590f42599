"""The settings the learned parts read (the mention model, the learned and aspect trigger lines,
the event-actor model), and the gazetteer index the language layer's checks share with the linker
(a place adjective's place): those the extractor was configured with, else kg.settings's."""

from __future__ import annotations

from collections.abc import Callable

from kg.settings import Settings

_CONFIGURED: Settings | None = None  # None: kg.settings's (defaults, KG_* variables), read anew

# what a module caches from the settings (the trigger lexicon): the fields it reads, and how it
# forgets what it read; `configure` calls it whenever those fields change, whoever configures
_WATCHERS: list[tuple[Callable[[Settings], object], Callable[[], None]]] = []


def on_change(fields: Callable[[Settings], object], forget: Callable[[], None]) -> None:
    """Call `forget` whenever `configure` changes what `fields` reads from the settings in force."""
    _WATCHERS.append((fields, forget))


def configure(settings: Settings | None) -> None:
    """Read the learned parts from these settings from now on; None: from kg.settings again."""
    global _CONFIGURED
    before = _CONFIGURED if _CONFIGURED is not None else Settings.load()
    after = settings if settings is not None else Settings.load()
    _CONFIGURED = settings
    for fields, forget in _WATCHERS:
        if fields(before) != fields(after):
            forget()


def settings() -> Settings:
    """The settings in force: the configured ones (a worker's, a caller's), else loaded once."""
    global _CONFIGURED
    if _CONFIGURED is None:
        _CONFIGURED = Settings.load()
    return _CONFIGURED
