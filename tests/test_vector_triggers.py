"""Lines for lemmas with no line, given the class of their nearest lined lemmas by navec vector
(kg/data/ru/triggers_vector.tsv, scripts/learn_vector_triggers.py, KG_VECTOR_TRIGGERS, off by
default): a derived lemma fires with its class and reads like the line it copies (negation,
hypotheticals, hearsay); a lemma below the thresholds gets no line. Sentences are invented."""

from __future__ import annotations

import argparse

import numpy as np
import pytest
from event_helpers import described
from script_loader import load_script

from kg.nlp.ru import events
from kg.nlp.ru.lexicon import DATA_DIR


@pytest.fixture
def vector_lines(monkeypatch):
    """Turn the shipped vector lines on; the lexicon is read again after."""
    monkeypatch.setenv("KG_VECTOR_TRIGGERS", "shipped")
    events.reload_lexicon()
    yield
    monkeypatch.delenv("KG_VECTOR_TRIGGERS", raising=False)
    events.reload_lexicon()


def _seen(sentence: str) -> list[tuple]:
    return [(d.kind, d.agents, d.factuality) for d in described(sentence)]


def test_vector_lines_are_off_by_default(monkeypatch):
    monkeypatch.delenv("KG_VECTOR_TRIGGERS", raising=False)
    events.reload_lexicon()
    assert "праздник" not in events.rules()
    assert _seen("Мэр Олег Зимин устроил праздник для жителей Казани.") == []


def test_the_shipped_lines_are_read_below_every_other_line(vector_lines):
    rows = [ln.split("\t") for ln in
            (DATA_DIR / "triggers_vector.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    hand = {r[0] for r in events.table("triggers")}
    assert rows
    for row in rows:
        assert row[0] not in hand and len(row) == 16  # the line and its six evidence columns
        assert [r.kind for r in events.rules()[row[0]]] == [row[2]]


def test_a_derived_noun_fires_with_the_class_of_its_neighbours(vector_lines):
    assert _seen("Мэр Олег Зимин устроил праздник для жителей Казани.") == [
        ("Ceremony", frozenset({"Олег Зимин"}), "Actual")]


@pytest.mark.parametrize("frame", [
    "Мэр Олег Зимин не устраивал {} для жителей Казани.",
    "Мэр Олег Зимин может устроить {} для жителей Казани.",
    "Мэр Олег Зимин устроит {} для жителей Казани в мае.",
    "Мэр Олег Зимин якобы устроил {} для жителей Казани.",
])
def test_a_derived_noun_reads_negation_and_factuality_as_the_line_it_copies(vector_lines, frame):
    # `праздник` copies the bare line of `празднование`: the same sentence, the same reading
    assert _seen(frame.format("праздник")) == _seen(frame.format("празднование"))
    assert _seen(frame.format("праздник"))


@pytest.mark.parametrize("frame", [
    "Вчера на трассе под Казанью произошло {}.",
    "Вчера на трассе под Казанью {} не произошло.",
    "Вчера на трассе под Казанью якобы произошло {}.",
])
def test_a_derived_accident_noun_reads_as_the_accident_line_it_copies(vector_lines, frame):
    assert _seen(frame.format("происшествие")) == _seen(frame.format("ДТП"))
    assert [k for k, _, _ in _seen(frame.format("происшествие"))] == ["Accident"]


def _learn(counts: dict[str, list], vectors: dict[str, np.ndarray], **thresholds) -> list:
    script = load_script("learn_vector_triggers")
    from kg.nlp.ru.models import load_models

    a = argparse.Namespace(lexicon=str(DATA_DIR / "triggers.tsv"), stop="", k=3, min_sim=0.45,
                           min_share=0.6, min_cos=0.5, min_hits=2, min_articles=2, min_rate=0.3)
    vars(a).update(thresholds)
    rows = {lem: [occ, hits, set(f"a{i}" for i in range(occ)), set(f"a{i}" for i in range(arts))]
            for lem, (occ, hits, arts) in counts.items()}
    return script.learn(rows, vectors, load_models().morph_vocab, a)


def _vectors() -> dict[str, np.ndarray]:
    """A toy embedding: `авария` and `катастрофа` (lined, Accident) point one way, the candidate
    `сшибка` close to them, `суматоха` elsewhere."""
    one, two = np.eye(300)[0], np.eye(300)[1]
    return {"авария": one, "катастрофа": one + 0.1 * two, "сшибка": one + 0.3 * two,
            "суматоха": two}


def test_a_marked_lemma_near_one_class_gets_that_class_line():
    rows = _learn({"сшибка": (6, 4, 3)}, _vectors())
    # the line copied is the nearest neighbour's of the class
    assert [(r[0], r[2], r[10]) for r in rows] == [("сшибка", "Accident", "катастрофа")]


def test_a_lemma_nerel_marks_too_rarely_gets_no_line():
    assert _learn({"сшибка": (10, 2, 2)}, _vectors()) == []  # 0.2 of its occurrences
    assert _learn({"сшибка": (2, 2, 1)}, _vectors()) == []  # one article


def test_a_marked_lemma_far_from_every_lined_lemma_gets_no_line():
    assert _learn({"суматоха": (6, 4, 3)}, _vectors()) == []
