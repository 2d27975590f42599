"""Loads a development script of scripts/ as a module, for the tests of those scripts, and runs one
to read what it stops with."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py, executed afresh as the module `name`."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def refusal(monkeypatch: pytest.MonkeyPatch, name: str, *args: str) -> str:
    """The message scripts/<name>.py stops with when run with the command-line `args` (a folder it
    must not list, refused)."""
    script = load_script(name)
    monkeypatch.setattr(sys, "argv", [f"{name}.py", *args])
    with pytest.raises(SystemExit) as stop:
        script.main()
    return str(stop.value.code)
