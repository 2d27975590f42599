"""Awards, like products, are learned from gold as names that are no entities of the graph
(scripts/learn_product_names.py, kg/data/ru/product_names.txt). Sentences are written for these
tests."""

from __future__ import annotations

import json
from pathlib import Path

from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _learner():
    return load_script("learn_product_names")


def _article(folder: Path, name: str, text: str, awards: list[str]) -> None:
    spans = [{"source_type": "AWARD", "text": p, "begin": text.index(p), "end": text.index(p) + len(p)}
             for p in awards]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"entities": [], "spans": spans}), encoding="utf-8")


def test_an_award_annotated_in_two_articles_is_learned(tmp_path):
    _article(tmp_path, "a", "Сериал получил премию «Бриз» в мае.", ["Бриз"])
    _article(tmp_path, "b", "Актриса взяла «Бриз» второй раз.", ["Бриз"])
    assert _learner().learn(tmp_path) == ["бриз"]


def test_an_award_named_like_a_person_is_not_learned(tmp_path):
    _article(tmp_path, "a", "Фильм получил премию «Оскар» в марте.", ["Оскар"])
    _article(tmp_path, "b", "Режиссёр взял «Оскар» за сценарий.", ["Оскар"])
    assert _learner().learn(tmp_path) == []

