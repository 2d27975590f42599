"""Settings: defaults, then KG_* variables, then flags; every setting documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_without_environment():
    s = Settings.load(environ={})
    assert s.store == "./data/store" and s.port == 5000 and s.token == ""


def test_environment_overrides_defaults_and_is_typed():
    s = Settings.load(environ={"KG_PORT": "8080", "KG_STORE": "/tmp/x", "KG_QUERY_TIMEOUT": "2.5"})
    assert (s.port, s.store, s.query_timeout) == (8080, "/tmp/x", 2.5)


def test_flags_override_environment():
    s = Settings.load({"port": 9000, "store": None}, environ={"KG_PORT": "8080", "KG_STORE": "/e"})
    assert s.port == 9000 and s.store == "/e"


def test_base_gets_a_trailing_slash():
    assert Settings.load({"base": "https://news.example.org"}, environ={}).base == \
        "https://news.example.org/"


def test_bad_number_in_environment_says_which_variable():
    with pytest.raises(ValueError, match="KG_PORT"):
        Settings.load(environ={"KG_PORT": "eighty"})


def test_every_setting_is_documented_in_the_configuration_doc():
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for env, help_text, _ in Settings.documentation():
        assert help_text
        assert f"`{env}`" in doc, f"{env} is missing from docs/configuration.md"


def test_an_unset_base_follows_the_port():
    assert Settings.load({"port": 5123}, environ={}).base == "http://localhost:5123/"
    assert Settings.load(environ={"KG_PORT": "5124"}).base == "http://localhost:5124/"


def test_a_set_base_is_marked_as_given():
    assert Settings.load(environ={"KG_BASE": "https://news.example.org"}).base_given
    assert not Settings.load(environ={}).base_given
