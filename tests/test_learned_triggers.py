"""The learned trigger lexicon (kg/data/ru/triggers_learned.tsv, scripts/learn_triggers.py): it
loads below the hand lines of triggers.tsv, a learned lemma triggers its class, a hand line wins
over a learned one, and the script writes the same file twice from the same input. Sentences and
the small article fixture are invented for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_helpers import described, lexicon_rows
from script_loader import load_script

from kg.nlp.ru import events
from kg.nlp.ru.lexicon import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
HEADER = "trigger\twith\tclass\tagent\ttarget\tothers\tplace\trequire\tirrealis\tdetail\n"


@pytest.fixture
def learned(tmp_path, monkeypatch):
    """Point KG_LEARNED_TRIGGERS at a file of the given lines; the lexicon is read again after."""
    def use(*lines: str) -> Path:
        path = tmp_path / "learned.tsv"
        path.write_text("# learned for a test\n" + HEADER + "".join(f"{ln}\n" for ln in lines),
                        encoding="utf-8")
        monkeypatch.setenv("KG_LEARNED_TRIGGERS", str(path))
        events.reload_lexicon()
        return path

    yield use
    monkeypatch.delenv("KG_LEARNED_TRIGGERS", raising=False)
    events.reload_lexicon()


def test_the_shipped_learned_file_loads_below_the_hand_lines(monkeypatch):
    monkeypatch.delenv("KG_LEARNED_TRIGGERS", raising=False)
    events.reload_lexicon()
    rows = lexicon_rows(DATA_DIR / "triggers_learned.tsv")
    hand = {r[0] for r in lexicon_rows(DATA_DIR / "triggers.tsv")}
    assert rows, "the shipped learned file has no lines"
    for row in rows:
        assert row[0] not in hand  # the script leaves out every lemma the hand lexicon has
        assert [r.kind for r in events.rules()[row[0]]] == [row[2]]
        assert len(row) == 18 and row[10] in ("nerel", "navec")  # each row carries its evidence


def test_no_learned_lines_when_the_setting_says_none(learned, monkeypatch):
    learned("потасовка\t-\tAttack\thost,между+ins\tс+ins\t-\tв+loc,на+loc\tany\tdrop\t-")
    assert "потасовка" in events.rules()
    monkeypatch.setenv("KG_LEARNED_TRIGGERS", "none")
    events.reload_lexicon()
    assert "потасовка" not in events.rules()
    assert described("В Твери Олег Зимин устроил потасовку с Ильёй Горским.") == []


def test_a_learned_noun_triggers_its_class(learned):
    learned("потасовка\t-\tAttack\thost,между+ins\tс+ins\t-\tв+loc,на+loc\tany\tdrop\t-")
    found = described("В Твери Олег Зимин устроил потасовку с Ильёй Горским.")
    assert [(d.kind, d.agents, d.targets) for d in found] == [
        ("Attack", frozenset({"Олег Зимин"}), frozenset({"Илья Горский"}))]


def test_a_learned_verb_triggers_its_class(learned):
    learned("перебраться\t-\tRelocation\tnsubj\t-\t-\tв+acc\tagent\tdrop\t-")
    found = described("В 2015 году художница Вера Ланина перебралась в Казань.")
    assert [(d.kind, d.agents, d.year) for d in found] == [
        ("Relocation", frozenset({"Вера Ланина"}), 2015)]


def test_a_hand_line_wins_over_a_learned_one(learned):
    learned("убить\t-\tCongratulation\tnsubj\tobj\t-\t-\tany\tdrop\t-",
            "потасовка\t-\tAttack\thost,между+ins\tс+ins\t-\tв+loc,на+loc\tany\tdrop\t-")
    assert "потасовка" in events.rules()  # the file was read
    # (the hand lines' `-` line, `убитый горем`, refuses a sense and is no class)
    assert {r.kind for r in events.rules()["убить"]} - {"-"} == {"Killing"}
    found = described("Вчера в Омске Глеб Карпов убил Илью Горского.")
    assert [d.kind for d in found] == ["Killing"]


# the script, on a fixture of invented articles (never on nerel-dev texts)

ARTICLES = {
    "fixture-1": ("Вечером в Твери Олег Зимин устроил потасовку с охранником клуба. "
                  "Полиция задержала Зимина.", ["потасовку", "задержала"]),
    "fixture-2": ("В Перми произошла потасовка между болельщиками двух команд. "
                  "Матч закончился вничью.", ["потасовка", "Матч"]),
    "fixture-3": ("Депутат Илья Горский рассказал о потасовке у здания мэрии. "
                  "Потасовка длилась несколько минут.", ["потасовке", "Потасовка"]),
}


def _fixture(folder: Path) -> None:
    folder.mkdir()
    for name, (text, words) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        evs = [{"trigger": {"begin": text.index(w), "end": text.index(w) + len(w)}, "arguments": []}
               for w in words]
        (folder / f"{name}.gold.json").write_text(
            json.dumps({"doc": name, "entities": [], "events": evs}, ensure_ascii=False),
            encoding="utf-8")


def _load(name: str):
    return load_script(name)


def _script():
    return _load("learn_triggers")


def test_the_script_writes_the_same_file_twice(tmp_path):
    texts = tmp_path / "texts"
    _fixture(texts)
    vocabulary = tmp_path / "vocabulary.txt"
    vocabulary.write_text("схватка\nавтоавария\nстол\nтеатр\n", encoding="utf-8")
    script = _script()
    outs = []
    for i in (1, 2):
        out = tmp_path / f"learned{i}.tsv"
        assert script.main(["--texts", str(texts), "--out", str(out), "--min-hits", "2",
                            "--min-articles", "2", "--min-rate", "0.5", "--vocabulary",
                            str(vocabulary), "--min-event", "0.0"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    rows = {r[0]: r for r in lexicon_rows(tmp_path / "learned1.tsv")}
    # marked 4 times of 4 in 3 articles, its nearest hand lemma `стычка` an Attack (a hand line
    # since the sixteenth round; `драка` before, with the same roles)
    assert rows["потасовка"][2] == "Attack" and rows["потасовка"][10:14] == ["nerel", "4", "4", "3"]
    assert rows["потасовка"][15] == "стычка"
    assert "задержать" not in rows and "матч" not in rows  # hand lemmas are never learned
    assert all(r[10] == "navec" for k, r in rows.items() if k != "потасовка")  # (may be none)


# hand lines that keep a learned line out of the contexts where its word is no such event

def test_laying_down_ones_powers_is_a_resignation_not_a_surrender():
    found = described("Мэр Твери Олег Зимин вчера сложил полномочия.")
    assert [(d.kind, d.targets) for d in found] == [("Resignation", frozenset({"Олег Зимин"}))]
    assert described("Депутат Илья Горский сложил вещи в чемодан.") == []


def test_a_round_table_is_a_meeting_and_a_table_is_none():
    found = described("Депутат Илья Горский провёл в Казани круглый стол.")
    assert [(d.kind, d.actors) for d in found] == [("Meeting", frozenset({"Илья Горский"}))]
    assert described("Депутат Илья Горский положил папку на стол.") == []


def test_an_aircraft_that_collapsed_is_an_accident_and_prices_that_did_are_none():
    found = described("3 марта в Омске рухнул вертолёт компании «Авиастар».")
    assert [d.kind for d in found] == ["Accident"]
    assert described("В понедельник цены на нефть рухнули.") == []


# the 2-fold measurement: the split, the article list of the scorer, the sum of the halves

def test_the_halves_follow_the_sha256_of_the_file_name():
    import hashlib

    script = _script()
    names = [f"fixture-{i}" for i in range(40)]
    halves = {n: script.half(n) for n in names}
    assert set(halves.values()) == {"A", "B"}
    for n, h in halves.items():
        even = hashlib.sha256(f"{n}.txt".encode()).digest()[0] % 2 == 0
        assert h == ("A" if even else "B")


def test_the_fold_counts_add_up_beside_the_baseline_of_the_same_articles(tmp_path, capsys):
    def run(path: Path, articles: dict) -> str:
        path.write_text(json.dumps({"articles": articles}), encoding="utf-8")
        return str(path)

    base = run(tmp_path / "base.json", {"a1": {"sys": 4, "sys_on_nerel": 2},
                                        "a2": {"sys": 6, "sys_on_nerel": 3},
                                        "a3": {"sys": 100, "sys_on_nerel": 0}})
    on_b = run(tmp_path / "b.json", {"a1": {"sys": 5, "sys_on_nerel": 3}})
    on_a = run(tmp_path / "a.json", {"a2": {"sys": 6, "sys_on_nerel": 4}})
    assert _load("trigger_folds").main(["--baseline", base, "--fold", on_b, "--fold", on_a]) == 0
    out = capsys.readouterr().out
    assert "baseline: trigger precision 0.500 (5/10)" in out  # a3 is in neither half
    assert "learned:  trigger precision 0.636 (7/11)" in out


def test_the_settings_passed_to_the_extraction_choose_the_learned_lines_not_the_environment(
        learned, monkeypatch):
    from kg.pipeline import extract, make_document
    from kg.settings import Settings

    path = learned("потасовка\t-\tAttack\thost,между+ins\tс+ins\t-\tв+loc,на+loc\tany\tdrop\t-")
    monkeypatch.setenv("KG_LEARNED_TRIGGERS", "none")
    events.reload_lexicon()
    text = "В Твери Олег Зимин устроил потасовку с Ильёй Горским."
    on = extract(make_document(text, id="t"), Settings.load().replace(learned_triggers=str(path)))
    assert [e.kind for e in on.events] == ["Attack"]
    off = extract(make_document(text, id="t"), Settings.load())
    assert [e.kind for e in off.events] == []


@pytest.mark.parametrize("setting", ["KG_LEARNED_TRIGGERS", "KG_ASPECT_TRIGGERS"])
def test_a_trigger_file_the_setting_names_that_is_not_there_is_an_error(setting, tmp_path,
                                                                           monkeypatch):
    monkeypatch.setenv(setting, str(tmp_path / "mistyped.tsv"))
    events.reload_lexicon()
    try:
        with pytest.raises(FileNotFoundError, match=setting):
            events.rules()
    finally:
        monkeypatch.delenv(setting)
        events.reload_lexicon()


@pytest.mark.parametrize("name", ["", "shipped", "default"])
def test_the_shipped_learned_file_is_named_by_empty_shipped_or_default(name, monkeypatch):
    monkeypatch.setenv("KG_LEARNED_TRIGGERS", name)
    events.reload_lexicon()
    try:
        assert events.learned_path() == DATA_DIR / "triggers_learned.tsv"
    finally:
        monkeypatch.delenv("KG_LEARNED_TRIGGERS")
        events.reload_lexicon()
