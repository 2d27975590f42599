"""The error hierarchy: every error class of the project is in kg/errors.py, and statuses are
given by class, never built by hand where an error is raised."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import kg
import server
from kg.errors import KgError, error_for

ROOT = Path(__file__).resolve().parent.parent
# modules that do something when imported: start the CLI, build an app over the configured store
SKIP = {"kg.__main__", "server.wsgi"}


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_error_class_is_defined_in_kg_errors():
    for package in (kg, server):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name not in SKIP:
                importlib.import_module(info.name)
    elsewhere = sorted(f"{c.__module__}.{c.__qualname__}" for c in _subclasses(KgError)
                       if c.__module__ != "kg.errors" and not c.__module__.startswith("tests"))
    assert elsewhere == []


HAND_BUILT = re.compile(r"\babort\(\s*\d{3}|KgError\([^()]*(?:\([^()]*\)[^()]*)*status=\d{3}")


def test_no_status_is_built_by_hand_where_an_error_is_raised():
    places = [f"{path.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}"
              for folder in ("kg", "server") for path in sorted((ROOT / folder).rglob("*.py"))
              for text in [path.read_text(encoding="utf-8")] for m in HAND_BUILT.finditer(text)]
    assert places == []


def test_a_status_that_crossed_a_process_comes_back_as_its_class():
    from kg.errors import NotAcceptable, QueryCancelled, StoreError

    assert type(error_for(406, "no format")) is NotAcceptable
    assert type(error_for(499, "gone")) is QueryCancelled
    assert type(error_for(500, "broken")) is StoreError
    odd = error_for(418, "a teapot")
    assert type(odd) is KgError and odd.status == 418 and odd.message == "a teapot"


def test_an_error_that_says_when_to_come_back_carries_retry_after():
    from kg.errors import MethodNotAllowed, TooManyFailures, WorkersBusy

    assert WorkersBusy("busy").headers == {"Retry-After": "5"}
    assert TooManyFailures(7).headers == {"Retry-After": "7"}
    assert MethodNotAllowed("no", "GET, HEAD").headers == {"Allow": "GET, HEAD"}
