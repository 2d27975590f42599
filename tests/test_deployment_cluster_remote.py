"""The recipe of docs/deployment.md on loopback: newskg over Virtuoso with its ingest on a Dask
cluster (a real `dask scheduler` and `dask worker`, a real Virtuoso), every command pointed at the
remote store by the KG_STORE_* variables alone, without `--store`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT
from tests.engines import start_virtuoso, virtuoso_command
from tests.test_cluster import TIMEOUT_S, scheduler  # noqa: F401  (the fixture, reused)

# two articles that both name Putin and Trump, and give no duration (Virtuoso 7.2 cannot store
# xsd:duration: docs/deployment.md)
ARTICLES = ["ru-trump-putin-elbe-joint-statement.txt", "ru-trump-putin-paris-meeting-macron.txt"]


@pytest.fixture(scope="module")
def virtuoso():
    if virtuoso_command() is None:
        pytest.skip("virtuoso-t is not installed (scripts/test-deps.sh installs it)")
    folder = Path(tempfile.mkdtemp(prefix="newskg-recipe-"))
    engine = start_virtuoso(folder)
    yield engine
    engine.stop()
    shutil.rmtree(folder, ignore_errors=True)


def kg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A `kg` command as the recipe runs it: the store given by the environment only."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          timeout=TIMEOUT_S, cwd=ROOT, env={**clean, **env})


def test_an_ingest_through_the_scheduler_lands_in_virtuoso_and_answers_queries(
        virtuoso, scheduler, tmp_path):  # noqa: F811
    inputs = tmp_path / "archive"
    inputs.mkdir()
    for name in ARTICLES:
        shutil.copy(CORPUS / name, inputs / name)
    env = virtuoso.settings_env()

    done = kg("ingest", str(inputs), "--scheduler", scheduler, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "2 documents stored, 0 refused by the shapes, 0 failed" in done.stderr

    asked = kg("query", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a "
               "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> }",
               "--format", "json", env=env)
    assert asked.returncode == 0, asked.stderr[-2000:]
    rows = json.loads(asked.stdout[asked.stdout.index("{"):])["results"]["bindings"]
    assert rows[0]["n"]["value"] == "2"

    # the default graph is the set union on Virtuoso too: a person both articles name is one
    # label, not one per document
    people = kg("query", 'SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> '
                '"Владимир Путин"@ru }', "--format", "json", env=env)
    assert people.returncode == 0, people.stderr[-2000:]
    found = json.loads(people.stdout[people.stdout.index("{"):])["results"]["bindings"]
    assert len(found) == 1
