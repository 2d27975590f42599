"""A capitalised phrase of a body's head word and lower-case words, followed by the place or body
it belongs to, is one organisation (kg.nlp.ru.name_types.phrase_bodies), and the head words are
learned from gold by scripts/learn_name_types.py. Sentences are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from script_loader import load_script

from kg.nlp import extract
from kg.records import Document

ROOT = Path(__file__).resolve().parent.parent


def names(text: str) -> dict[str, str]:
    return {m.text: e.kind for e in extract(Document("t", text)).entities for m in e.mentions}


def test_a_cabinet_and_its_country_opening_a_line_are_one_organisation():
    found = names("Отставка\nКабинет министров Молдавии утвердил план реформы.")
    assert found.get("Кабинет министров Молдавии") == "organization"


def test_the_country_stays_a_mention_inside_the_body():
    assert names("Отставка\nКабинет министров Молдавии утвердил план реформы.").get("Молдавии") == "place"


def test_residents_of_a_city_are_no_body():
    found = names("Жители Москвы вышли на улицы в воскресенье.")
    assert not any(text.startswith("Жители") for text in found)


def test_an_adverb_opening_a_sentence_opens_no_body():
    found = names("Закон\nСегодня пресс-служба Кремля заявила о новом указе.")
    assert not any(text.startswith("Сегодня") for text in found)


def _gold_article(folder: Path, name: str, text: str, mentions: list[tuple[str, str, bool]]) -> None:
    entities = [{"id": f"E{i}", "type": kind, "mentions": [
        {"begin": text.index(m), "end": text.index(m) + len(m), "text": m, "source_type": kind.upper(),
         **({"nested_in": ["T0"]} if nested else {})}]}
        for i, (m, kind, nested) in enumerate(mentions)]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"entities": entities, "spans": []}), encoding="utf-8")


def _learner():
    return load_script("learn_name_types")


def test_a_phrase_head_is_learned_where_gold_makes_the_phrase_one_body(tmp_path):
    for name in ("a", "b"):
        _gold_article(tmp_path, name, "Счётная палата парламента Чили и Жители столицы Чили спорят.",
                      [("Счётная палата парламента Чили", "Organization", False),
                       ("Чили", "Place", True)])
    assert [row[0] for row in _learner().learn_phrase_heads(tmp_path)] == ["палата"]


def test_the_shipped_phrase_heads_are_what_the_learner_gives(tmp_path):
    src = ROOT.parent / "shared" / "data" / "nerel-dev"
    if not src.is_dir():
        import pytest
        pytest.skip("../shared/data/nerel-dev is absent")
    shipped = (ROOT / "kg" / "data" / "ru" / "body_phrase_heads.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in shipped.splitlines()[5:]]
    assert rows == [tuple(map(str, row)) for row in _learner().learn_phrase_heads(src)]
