"""scripts/held_out.py: the held-out articles, for scripts to leave out and a shell to filter by."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold-nerel"


def test_run_as_a_command_it_prints_every_frozen_folders_article_once_a_line():
    listed = {ln.strip() for f in GOLD.glob("frozen*/ARTICLES")
              for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()}
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "held_out.py")],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(set(out)) and set(out) == listed


def test_the_unstudied_articles_are_the_held_out_ones_and_the_judge_folders():
    sys.path.insert(0, str(ROOT / "scripts"))
    from held_out import held_out, unstudied

    judged = {ln.strip() for d in ("dev10", "dev11", "dev12", "dev13", "dev16", "dev17",
                                 "dev18", "dev19", "dev20")
              for ln in (GOLD / d / "ARTICLES").read_text(encoding="utf-8").splitlines()
              if ln.strip()}
    assert judged and judged <= unstudied()
    assert held_out() <= unstudied()
    assert not {n for n in unstudied() if not n.endswith(".txt")} - judged - held_out()


def test_an_error_listing_studies_neither_held_out_nor_judge_articles():
    sys.path.insert(0, str(ROOT / "scripts"))
    from held_out import studied, unstudied

    names = studied(ROOT.parent / "shared" / "data" / "nerel-dev")
    assert names and not set(names) & unstudied()
