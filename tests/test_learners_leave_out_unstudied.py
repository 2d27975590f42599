"""The learners of the off-by-default models (scripts/learn_event_candidates.py,
learn_event_actors.py, learn_mentions.py), of the learned product names (learn_product_names.py)
and of the learned name-type words (learn_name_types.py) read neither the held-out articles nor the judges' (scripts/held_out.py `unstudied`): their
listings and counts leave both out. The folders the tests list are made here, with files of their
own that carry only those articles' names."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import held_out, judges  # noqa: E402

STUDIED = "nerel-dev-studied-by-the-tests"


def _stems() -> tuple[str, str]:
    """A judge article's stem and a held-out one's (names only: nothing of theirs is read)."""
    stem = lambda names: sorted(n for n in names if not n.endswith(".txt"))[0]  # noqa: E731
    return stem(judges()), stem(held_out())


def _texts(folder: Path) -> Path:
    """A nerel-dev-like folder: an article and an empty gold of a judge's name, of a held-out
    name and of a studied one, each with text written here."""
    for stem in (*_stems(), STUDIED):
        (folder / f"{stem}.txt").write_text("Илья Горский прибыл в Тверь.", encoding="utf-8")
        (folder / f"{stem}.gold.json").write_text(
            json.dumps({"entities": [], "events": [], "spans": []}), encoding="utf-8")
    return folder


def test_the_candidate_rates_count_no_judge_or_held_out_article():
    learn = load_script("learn_event_candidates")
    judge, frozen = _stems()
    per_article = {s: {"прибыть\tVERB": [1, 1]} for s in (judge, frozen, STUDIED)}
    assert learn.pooled_rates(per_article) == {"прибыть\tVERB": (1, 1)}


@pytest.mark.parametrize("folder", ["dev10", "dev19", "dev20", "frozen"])
def test_the_candidate_learner_refuses_a_judge_or_held_out_folder(folder):
    learn = load_script("learn_event_candidates")
    with pytest.raises(SystemExit):
        learn._refuse(ROOT / "tests" / "gold-nerel" / folder)


def test_the_candidate_learner_reads_a_studied_gold_folder():
    learn = load_script("learn_event_candidates")
    learn._refuse(ROOT / "tests" / "gold-nerel" / "dev3")  # no stop


def test_the_actor_learner_lists_only_studied_articles(tmp_path):
    learn = load_script("learn_event_actors")
    assert learn.article_names(_texts(tmp_path), None) == [STUDIED]


def test_the_actor_learner_drops_collected_rows_of_judge_or_held_out_articles(tmp_path):
    learn = load_script("learn_event_actors")
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"doc": s, "events": []}) + "\n"
                            for s in (*_stems(), STUDIED)), encoding="utf-8")
    assert [r["doc"] for r in learn.read_rows(rows)] == [STUDIED]


def test_the_mention_learner_lists_only_studied_articles(tmp_path):
    learn = load_script("learn_mentions")
    assert learn.articles(_texts(tmp_path)) == [STUDIED]


def test_the_mention_learner_drops_collected_records_of_judge_or_held_out_articles(tmp_path):
    learn = load_script("learn_mentions")
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps({"doc": s, "gold": 0, "cands": []}) + "\n"
                            for s in (*_stems(), STUDIED)), encoding="utf-8")
    assert [r["doc"] for r in learn.read(data)] == [STUDIED]


def test_the_mention_folds_test_no_judge_or_held_out_article(tmp_path, monkeypatch):
    learn = load_script("learn_mentions")
    data = tmp_path / "data.jsonl"
    data.write_text(json.dumps({"doc": STUDIED, "gold": 0, "cands": []}) + "\n",
                    encoding="utf-8")
    monkeypatch.setattr(learn, "train", lambda records: {})
    monkeypatch.setattr(learn, "write_model", lambda model, path: None)
    texts = tmp_path / "texts"
    texts.mkdir()
    learn.folds(data, _texts(texts), tmp_path / "folds", 2)
    tested = [ln for f in sorted((tmp_path / "folds").glob("*.articles"))
              for ln in f.read_text(encoding="utf-8").split()]
    assert tested == [STUDIED]


def _product_article(folder: Path, stem: str) -> None:
    """An article naming a service the gold annotates PRODUCT (words written here)."""
    text = "Певица написала в Фотоленте о новом альбоме."
    begin = text.index("Фотоленте")
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps({"entities": [], "spans": [
        {"source_type": "PRODUCT", "text": "Фотоленте", "begin": begin, "end": begin + 9}]}),
        encoding="utf-8")


def test_the_product_names_learner_counts_no_judge_or_held_out_article(tmp_path):
    learn = load_script("learn_product_names")
    for stem in (*_stems(), STUDIED):
        _product_article(tmp_path, stem)
    assert learn.learn(tmp_path) == []  # one studied article is no evidence


def test_the_product_names_learner_learns_from_two_studied_articles(tmp_path):
    learn = load_script("learn_product_names")
    for stem in (STUDIED, STUDIED + "-2"):
        _product_article(tmp_path, stem)
    assert learn.learn(tmp_path) == ["фотоленте"]


def test_the_name_types_learner_reads_no_judge_or_held_out_article(tmp_path):
    learn = load_script("learn_name_types")
    assert [doc for doc, _, _ in learn._articles(_texts(tmp_path))] == [STUDIED]
