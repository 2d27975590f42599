"""The settings the learned parts read (the mention model, the learned and aspect trigger lines,
the event-actor model): those the extractor was configured with, else kg.settings's."""

from __future__ import annotations

from kg.settings import Settings

_CONFIGURED: Settings | None = None  # None: kg.settings's (defaults, KG_* variables), read anew


def configure(settings: Settings | None) -> None:
    """Read the learned parts from these settings from now on; None: from kg.settings again."""
    global _CONFIGURED
    _CONFIGURED = settings


def settings() -> Settings:
    """The settings in force: the configured ones (a worker's, a caller's), else loaded once."""
    global _CONFIGURED
    if _CONFIGURED is None:
        _CONFIGURED = Settings.load()
    return _CONFIGURED
