"""The learned model of event mentions no trigger line fits, and the learned filter of the events
the rules make (kg/nlp/ru/event_candidates.py): both off by default, both read through their
settings. A word whose lines do not fit its context, an attributive participle or a line a check
dropped is a candidate; the model reads it by its class's barest line. Sentences are written for
these tests; models that take everything or nothing stand in for trained weights, so what is
tested is the mechanism, not one trained value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401
from script_loader import load_script

from kg.nlp.ru import event_candidates as ec
from kg.settings import Settings

pytestmark = pytest.mark.usefixtures("shipped_lexicon")

WON = "Илья Горский выиграл в Казани."  # `выиграть` has lines only with a medal or a side (`у`)
KILLED = "Брат убитого журналиста Ильи Горского выступил в суде."  # an attributive participle
ARRIVED = "Илья Горский прибыл на место аварии."  # an arrival that is no official visit


def _model(folder: Path, bias: float, name: str = "m") -> str:
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"classes": list(ec.CLASSES), "bias": [0.0, bias], "weights": {}}),
                    encoding="utf-8")
    return str(path)


def _kinds(text: str) -> list[tuple[str, frozenset[str], str]]:
    return [(d.kind, d.actors, d.factuality) for d in described(text)]


@pytest.fixture
def take_all(monkeypatch, tmp_path):
    """The candidate model on, with weights that make every candidate an event."""
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", _model(tmp_path, 10.0))
    monkeypatch.setenv("KG_EVENT_CANDIDATE_THRESHOLD", "0.5")


def test_both_models_are_off_by_default_and_the_shipped_weights_load():
    s = Settings.load(environ={})
    assert s.event_candidate_model == "" and s.event_filter_model == ""
    for shipped in (ec.SHIPPED, ec.FILTER_SHIPPED):
        model = ec.load("shipped", 0.3, shipped)
        assert model is not None and len(model.bias) == 2 and model.threshold == 0.3
        assert model.rates and all(len(v) == 2 for v in model.rates.values())
    assert ec.load("", 0.3) is None


def test_weights_of_other_classes_are_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"classes": ["none", "agent"], "bias": [0, 0], "weights": {}}),
                    encoding="utf-8")
    with pytest.raises(ValueError):
        ec.load(str(path), 0.5)


def test_a_word_whose_lines_do_not_fit_makes_no_event_with_the_model_off(monkeypatch):
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", "")
    assert _kinds(WON) == []


def test_a_word_whose_lines_do_not_fit_is_read_by_its_bare_line_under_the_model(take_all):
    assert _kinds(WON) == [("SportsMatch", frozenset({"Илья Горский"}), "Actual")]


def test_an_attributive_participle_is_a_candidate(take_all, monkeypatch):
    assert _kinds(KILLED) == [("Killing", frozenset({"Илья Горский"}), "Actual")]
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", "")
    assert _kinds(KILLED) == []


def test_a_line_a_check_dropped_is_a_candidate(take_all, monkeypatch):
    assert _kinds(ARRIVED) == [("Visit", frozenset({"Илья Горский"}), "Actual")]
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", "")
    assert _kinds(ARRIVED) == []


def test_a_negated_word_is_never_read_by_the_model(take_all):
    assert _kinds("Илья Горский не выиграл в Казани.") == []
    assert _kinds("Илья Горский так и не прибыл на место аварии.") == []


def test_a_quoted_title_is_no_candidate_event(take_all):
    # (the release of the song is the hand lines' event; the win is only the song's title)
    kinds = [k for k, _, _ in _kinds("Группа Ильи Горского выпустила песню «Гранин выиграл».")]
    assert kinds == ["Release"]


def test_a_word_with_a_no_event_line_that_fits_is_left_alone(take_all):
    # `день рождения`: the lexicon's "-" line says the word is no event there
    assert [k for k, _, _ in _kinds("Илья Горский отметил день рождения в Твери.")] == []


def test_a_threshold_no_candidate_reaches_adds_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", _model(tmp_path, 0.0))  # 0.5 for all
    monkeypatch.setenv("KG_EVENT_CANDIDATE_THRESHOLD", "0.6")
    assert _kinds(WON) == []


def test_the_filter_drops_every_event_under_its_threshold_and_keeps_them_when_off(
        monkeypatch, tmp_path):
    text = "Суд Твери приговорил Глеба Карпова к трём годам."
    monkeypatch.setenv("KG_EVENT_FILTER_MODEL", "")
    assert [k for k, _, _ in _kinds(text)] == ["Sentence"]
    monkeypatch.setenv("KG_EVENT_FILTER_MODEL", _model(tmp_path, -10.0, "drop"))
    monkeypatch.setenv("KG_EVENT_FILTER_THRESHOLD", "0.3")
    assert _kinds(text) == []
    monkeypatch.setenv("KG_EVENT_FILTER_MODEL", _model(tmp_path, 10.0, "keep"))
    assert [k for k, _, _ in _kinds(text)] == ["Sentence"]


def test_the_rate_of_a_lemma_is_a_coarse_value():
    assert ec.rate_bin(None) == "unseen" and ec.rate_bin((2, 2)) == "unseen"
    assert [ec.rate_bin((10, n)) for n in (0, 1, 2, 4, 7, 10)] == \
        ["0", "<.1", "<.25", "<.5", "<.75", ">=.75"]


def test_training_is_deterministic_and_learns_the_label_of_a_feature(tmp_path):
    learn = load_script("learn_event_candidates")
    rows = [{"source": "gold", "folder": "dev", "class": "Visit", "pos": "VERB", "key": "k\tVERB",
             "feats": ["class=Visit", "subj=person" if i % 2 else "subj=none"], "label": i % 2}
            for i in range(20)]
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    learn.write_model(learn.train(rows, {}), {}, first, 0)
    learn.write_model(learn.train(rows, {}), {}, second, 0)
    assert first.read_bytes() == second.read_bytes()
    model = ec.load(str(first), 0.5)
    assert model.probability(["class=Visit", "subj=person"]) > 0.5 > \
        model.probability(["class=Visit", "subj=none"])


def test_a_held_out_folder_is_refused():
    learn = load_script("learn_event_candidates")
    with pytest.raises(SystemExit):
        learn._refuse(Path("tests/gold-nerel/frozen3"))


def test_with_the_defaults_gaining_time_is_no_win(monkeypatch):
    # the shipped weights, turned on at their threshold, read `выиграл время` as a win (they
    # cannot tell the senses of a word apart: docs/events.md); off by default, nothing is read
    monkeypatch.delenv("KG_EVENT_CANDIDATE_MODEL", raising=False)
    monkeypatch.delenv("KG_EVENT_CANDIDATE_THRESHOLD", raising=False)
    assert _kinds("Илья Горский выиграл время.") == []


@pytest.mark.parametrize("text", ["Илья Горский стал известным.",
                                  "Илья Горский принял гостей в Твери.",
                                  "Илья Горский назвал сына Олегом."])
def test_the_shipped_weights_read_no_event_into_other_senses(monkeypatch, text):
    monkeypatch.setenv("KG_EVENT_CANDIDATE_MODEL", "shipped")
    monkeypatch.delenv("KG_EVENT_CANDIDATE_THRESHOLD", raising=False)
    assert _kinds(text) == []
