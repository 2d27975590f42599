"""compose.yaml read as Docker Compose reads it, without a Docker engine: its services, profiles,
ports and settings agree with each other, with kg.settings and with docs/configuration.md. (The
containers themselves run only where an engine is present: tests/test_docker.py.)"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest

from kg.settings import Settings

yaml = pytest.importorskip("yaml", reason="PyYAML (installed with dask) reads compose.yaml")

ROOT = Path(__file__).resolve().parent.parent
# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}
_VARIABLE = re.compile(r"\$\{(\w+)(?:(:?[-?])([^}]*))?\}")


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def interpolated(value: object, environ: dict[str, str]) -> str:
    """`value` as Compose fills in its variables from `environ`; an unset required one raises."""
    def fill(match: re.Match) -> str:
        name, how, rest = match.groups()
        if name in environ and (environ[name] or how not in (":-", ":?")):
            return environ[name]
        if how and how.endswith("?"):
            raise KeyError(f"{name}: {rest}")
        return rest or ""

    return _VARIABLE.sub(fill, str(value))


def services(profile: str | None) -> dict[str, dict]:
    """The services `docker compose [--profile P] up` starts."""
    return {name: s for name, s in compose()["services"].items()
            if not s.get("profiles") or profile in s["profiles"]}


def settings_of(service: dict, environ: dict[str, str]) -> Settings:
    env = {k: interpolated(v, environ) for k, v in service.get("environment", {}).items()}
    return Settings.load({}, environ={k: v for k, v in env.items() if k.startswith("KG_")})


def documented_settings() -> set[str]:
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(KG_\w+)` \|", text, flags=re.M))


def test_every_kg_variable_of_every_service_is_a_documented_setting():
    documented = documented_settings()
    assert "KG_STORE_QUERY_URL" in documented
    for name, service in compose()["services"].items():
        for key in service.get("environment", {}):
            if key.startswith("KG_"):
                assert key in documented, f"{name}: {key} is not in docs/configuration.md"


def test_the_file_reads_with_no_variable_set():
    # Compose fills in every service's variables, in every profile, before it picks services:
    # a required variable anywhere would stop a plain `docker compose up`
    for name, service in compose()["services"].items():
        for key, value in service.get("environment", {}).items():
            try:
                interpolated(value, {})
            except KeyError as missing:
                pytest.fail(f"{name}: {key} needs {missing}")


def test_the_default_services_use_the_embedded_store():
    started = services(None)
    assert set(started) == {"newskg"}
    settings = settings_of(started["newskg"], {})
    assert settings.store_query_url == "" and settings.store == "./data/store"


def test_the_virtuoso_profile_points_newskg_at_the_virtuoso_service_of_the_profile():
    started = services("virtuoso")
    virtuoso, newskg = started["virtuoso"], started["newskg-virtuoso"]
    assert virtuoso["image"].startswith("openlink/virtuoso-opensource-7:")
    assert "virtuoso" in newskg["depends_on"]
    environ = {"VIRTUOSO_DBA_PASSWORD": "a-password-of-the-operator"}
    settings = settings_of(newskg, environ)
    for url, path in ((settings.store_query_url, "/sparql"),
                      (settings.store_update_url, "/sparql-auth"),
                      (settings.store_graph_store_url, "/sparql-graph-crud-auth")):
        parts = urllib.parse.urlsplit(url)
        assert (parts.hostname, parts.port, parts.path) == ("virtuoso", 8890, path)
    # newskg logs in as the administrator whose password the Virtuoso container was given
    assert settings.store_user == "dba"
    assert settings.store_password == interpolated(virtuoso["environment"]["DBA_PASSWORD"],
                                                   environ) == "a-password-of-the-operator"
    # newskg gives up on a query before Virtuoso's own limit stops it (docs/deployment.md)
    limit = virtuoso["environment"]["VIRT_SPARQL_MaxQueryExecutionTime"]
    assert settings.query_timeout < float(limit)


def test_both_profiles_can_run_at_once_on_different_host_ports():
    ports = [p.split(":")[-2] for s in services("virtuoso").values() for p in s.get("ports", [])]
    assert sorted(ports) == ["5000", "5001"]


def test_each_newskg_service_serves_iris_under_its_own_host_port():
    for name, service in services("virtuoso").items():
        if "KG_BASE" in service.get("environment", {}):
            base = settings_of(service, {"VIRTUOSO_DBA_PASSWORD": "x" * 12}).base
            (published,) = [p.split(":")[-2] for p in service["ports"]]
            assert urllib.parse.urlsplit(base).port == int(published), name


def test_the_services_use_the_image_the_compose_file_builds():
    built = compose()["services"]["newskg"]["image"]
    for name, service in compose()["services"].items():
        if name != "virtuoso":
            assert service["image"] == built, name
