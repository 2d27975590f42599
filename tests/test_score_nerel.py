"""scripts/score_nerel.py: the shared scorers run in process give the same counts as through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEREL = SHARED / "data" / "nerel-dev"
ARTICLES = ("nerel-dev-120043",)  # a short article: each CLI call loads the models (~7 s)

pytestmark = pytest.mark.skipif(not NEREL.is_dir() or not (SHARED / "eval").is_dir(),
                                reason="../shared/data/nerel-dev or ../shared/eval is absent")


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("nerel-sample")
    for name in ARTICLES:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(NEREL / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder


def _kg() -> str:
    return f"{sys.executable} -m kg"


@pytest.mark.parametrize("which,scorer,extra", [
    ("entities", "score_entities.py", ["--view", "proper-flat"]),
    ("events", "score_nerel_events.py", []),
])
def test_in_process_scoring_gives_the_counts_of_the_cli_scorer(texts, tmp_path, which, scorer, extra):
    cli, fast = tmp_path / "cli.json", tmp_path / "fast.json"
    subprocess.run([sys.executable, str(SHARED / "eval" / scorer), "--kg", _kg(), "--texts", str(texts),
                    "--json", str(cli), *extra], check=True, cwd=ROOT, capture_output=True, timeout=600)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "score_nerel.py"), which, "--texts", str(texts),
                    "--json", str(fast), *extra], check=True, cwd=ROOT, capture_output=True, timeout=600)
    a, b = json.loads(cli.read_text()), json.loads(fast.read_text())
    assert not a["failures"] and not b["failures"]
    assert a["totals"] == b["totals"]
    assert any(v for v in (a["totals"].values() if which == "events" else a["totals"]["all"].values()))


def test_articles_option_links_only_the_listed_articles(tmp_path):
    module = load_script("score_nerel")
    for name in ("story-a", "story-b"):
        (tmp_path / f"{name}.txt").write_text("Текст.", encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text("{}", encoding="utf-8")
    args = module._only_articles(["--texts", str(tmp_path), "--view", "proper-flat"], ["story-b"])
    folder = Path(args[args.index("--texts") + 1])
    assert folder != tmp_path and args[2:] == ["--view", "proper-flat"]
    assert sorted(p.name for p in folder.iterdir()) == ["story-b.gold.json", "story-b.txt"]
    with pytest.raises(SystemExit):
        module._only_articles(["--texts", str(tmp_path)], ["story-c"])


def test_the_printed_table_leaves_out_the_rows_of_held_out_articles():
    module = load_script("score_nerel")
    out = __import__("io").StringIO()
    stream = module.HideHeldOut(out, frozenset({"nerel-dev-1", "nerel-dev-1.txt"}))
    stream.write("article  sys\nnerel-dev-1   3 0.5\nnerel-dev-2 ")
    stream.write("  4 1.0\n\n714 articles: trigger precision 0.6\n")
    assert out.getvalue() == ("article  sys\nnerel-dev-2   4 1.0\n"
                              "\n714 articles: trigger precision 0.6\n")
