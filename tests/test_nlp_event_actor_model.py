"""The learned event-actor fallback (kg/nlp/ru/event_actor_model.py): an event the role rules
left without an actor takes the entity of its own sentence the model scores an actor, above the
threshold; scripts/learn_event_actors.py labels and trains deterministically. Sentences are
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_helpers import of_class
from script_loader import load_script

from kg.nlp.ru import event_actor_model as am
from kg.nlp.ru.analysis import Token
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MEDAL = "Илья Горский стал третьим на чемпионате Европы."
QUAKE = "Землетрясение в Твери 5 мая разрушило дом Ильи Горского."


def _learner():
    return load_script("learn_event_actors")


def _model_file(folder: Path, bias: list[float], weights: dict | None = None) -> str:
    path = folder / f"model_{len(list(folder.iterdir()))}.json"
    path.write_text(json.dumps({"classes": list(am.CLASSES), "bias": bias, "weights": weights or {}}),
                    encoding="utf-8")
    return str(path)


def test_the_fallback_is_off_by_default_and_the_shipped_weights_load():
    # off: on NEREL's 2-fold count it adds recall but its actors are a little less precise
    # than the rules' (docs/events.md)
    assert Settings.load(environ={}).event_actor_model == ""
    model = am.load(am.SHIPPED, 0.85)
    assert model is not None and len(model.bias) == len(am.CLASSES) and model.threshold == 0.85
    assert all(len(w) == len(am.CLASSES) for w in model.weights.values())
    assert am.load("", 0.8) is None


def test_weights_of_other_classes_are_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"classes": ["no", "yes"], "bias": [0, 0], "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError):
        am.load(str(path), 0.5)


def test_a_name_on_the_path_is_no_feature_word():
    class Parse:
        ent_at = {1: "e1"}

    def token(i: int, lemma: str, pos: str) -> Token:
        return Token(i, 6 * i, 6 * i + 5, lemma, lemma, pos, {}, None, "nsubj", 0)

    words = [am.word(Parse, t) for t in (token(1, "горский", "NOUN"), token(2, "лунск", "PROPN"),
                                         token(3, "суд", "NOUN"))]
    assert words == ["<name>", "<name>", "суд"]  # no name of the training articles is a weight
    assert "via=<name>" in am.load(am.SHIPPED, 0.85).weights


def test_the_shipped_weights_read_a_bare_championships_medallist_as_an_actor_more_than_not(
        monkeypatch):
    scored: list[tuple[float, ...]] = []
    original = am.propose

    def spy(model, x, f, exclude):
        scored.extend(model.probabilities(feats) for _, feats in am.pair_rows(x, f, exclude))
        return original(model, x, f, exclude)

    monkeypatch.setattr(am, "propose", spy)
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "shipped")
    of_class(MEDAL, "SportsMatch")
    assert len(scored) == 1 and scored[0][0] < 0.5  # `none` is the first label


def test_a_medallist_takes_part_in_the_championship_the_rules_left_bare(monkeypatch):
    # the threshold sits below the shipped weights' score for the subject (see the test above),
    # so what is tested is the fallback giving the event its actor, not one trained value
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "shipped")
    monkeypatch.setenv("KG_EVENT_ACTOR_THRESHOLD", "0.6")
    found = of_class(MEDAL, "SportsMatch")
    assert [d.actors for d in found] == [frozenset({"Илья Горский"})]
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "")  # the rules alone give it no actor
    assert [d.actors for d in of_class(MEDAL, "SportsMatch")] == [frozenset()]


def test_the_owner_of_a_house_an_earthquake_destroyed_is_not_made_an_actor(monkeypatch):
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "shipped")
    assert [d.actors for d in of_class(QUAKE, "Disaster")] == [frozenset()]


def test_a_model_that_takes_anyone_adds_an_agent_but_never_from_another_sentence(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", _model_file(tmp_path, [-10.0, 10.0, 0.0]))
    assert [d.agents for d in of_class(QUAKE, "Disaster")] == [frozenset({"Илья Горский"})]
    two = "Илья Горский живёт в Твери. Землетрясение в Лунске 5 мая разрушило сотни домов."
    found = of_class(two, "Disaster")
    assert len(found) == 1 and found[0].actors == frozenset()  # Лунск is its place, Горский elsewhere


def test_an_event_the_rules_gave_an_actor_is_left_alone(monkeypatch, tmp_path):
    text = "Суд Твери приговорил Глеба Карпова к трём годам, сообщил журналист Илья Горский."
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "")
    rules = of_class(text, "Sentence")
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", _model_file(tmp_path, [-10.0, 10.0, 0.0]))
    assert rules and of_class(text, "Sentence") == rules


def test_a_participant_is_a_target_where_the_line_names_targets(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", _model_file(tmp_path, [-10.0, 0.0, 10.0]))
    found = of_class(MEDAL, "SportsMatch")
    assert [(d.agents, d.targets | d.others) for d in found] == [(frozenset(), frozenset({"Илья Горский"}))]


def test_a_threshold_no_candidate_reaches_adds_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", _model_file(tmp_path, [0.0, 0.1, 0.0]))  # about 0.68
    monkeypatch.setenv("KG_EVENT_ACTOR_THRESHOLD", "0.9")
    assert [d.actors for d in of_class(QUAKE, "Disaster")] == [frozenset()]


def _fixture(folder: Path) -> Path:
    """Two articles of one sentence each, NEREL-style gold: the medallist is a participant of the
    championship; the house owner is no argument of the earthquake."""
    texts = {"a-1": MEDAL, "a-2": QUAKE}
    for name, text in texts.items():
        who = "Илья Горский" if name == "a-1" else "Ильи Горского"
        b = text.index(who)
        trigger = "чемпионате" if name == "a-1" else "Землетрясение"
        t = text.index(trigger)
        args = [{"role": "PARTICIPANT_IN", "begin": b, "end": b + len(who), "text": who, "entity": "E1"}] \
            if name == "a-1" else []
        gold = {"doc": name, "entities": [{"id": "E1", "type": "Person", "mentions": [
                    {"begin": b, "end": b + len(who), "text": who}]}],
                "events": [{"id": "V1", "trigger": {"begin": t, "end": t + len(trigger), "text": trigger},
                            "arguments": args}]}
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_collecting_labels_a_nerel_participant_and_training_is_deterministic(tmp_path):
    learn = _learner()
    (tmp_path / "texts").mkdir()
    texts = _fixture(tmp_path / "texts")
    rows_file = tmp_path / "rows.jsonl"
    learn.collect(texts, rows_file, None)
    rows = learn.read_rows(rows_file)
    labels = {r["doc"]: [(c["label"], e["kind"]) for e in r["events"] for c in e["rows"] if not c["place"]]
              for r in rows}  # (the rows of the rules' place, Европа and Тверь, are kept apart)
    assert labels == {"a-1": [("participant", "SportsMatch")], "a-2": [("none", "Disaster")]}
    assert [m["why"] for e in rows[0]["events"] for m in e["misses"]] == ["in the sentence"]
    learn.MIN_COUNT = 1
    first, second = tmp_path / "m1.json", tmp_path / "m2.json"
    learn.write_model(learn.train(rows, steps=200), first)
    learn.write_model(learn.train(rows, steps=200), second)
    assert first.read_bytes() == second.read_bytes()
    model = am.load(str(first), 0.5)
    medal = next(c["feats"] for c in rows[0]["events"][0]["rows"] if not c["place"])
    quake = next(c["feats"] for c in rows[1]["events"][0]["rows"] if not c["place"])
    assert model.probabilities(medal)[2] > 0.5 > model.probabilities(quake)[2]


@pytest.mark.parametrize("on", ["shipped", "default"])
def test_the_settings_passed_to_the_extraction_choose_the_fallback_not_the_environment(
        monkeypatch, on):
    from kg.pipeline import extract, make_document

    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", "")
    on_settings = Settings.load().replace(event_actor_model=on, event_actor_threshold=0.6)
    x = extract(make_document(MEDAL, id="t"), on_settings)
    names = {e.key: e.name for e in x.entities}
    assert [{names[k] for k in e.agents + e.targets + e.others} for e in x.events
            if e.kind == "SportsMatch"] == [{"Илья Горский"}]
    x = extract(make_document(MEDAL, id="t"), Settings.load())
    assert [e.agents + e.targets + e.others for e in x.events if e.kind == "SportsMatch"] == [()]


def test_an_act_of_unnamed_people_is_given_no_guessed_actor(monkeypatch, tmp_path):
    # `она` is no one the reference can settle (Гранин is a man): the death keeps no actor even
    # under a model that takes anyone in its sentence (docs/events.md, rule 5)
    monkeypatch.setenv("KG_EVENT_ACTOR_MODEL", _model_file(tmp_path, [-10.0, 10.0, 0.0]))
    text = "Соседка Олега Гранина упала в саду, и через неделю она скончалась."
    assert [d.actors for d in of_class(text, "Death")] == [frozenset()]
