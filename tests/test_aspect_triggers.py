"""The lines of the other aspect of the hand trigger verbs (kg/data/ru/triggers_aspect.tsv,
scripts/learn_aspect_pairs.py): an imperfective or reflexive partner gives the event of its
source's line, a pair the filters or the stop list rejected gives none, a habit word stops a
derived imperfective in the present too, the setting 'none' turns the file off, and the script
writes the shipped file again. Sentences are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, lexicon_rows
from script_loader import load_script

from kg.nlp.ru import events
from kg.nlp.ru.lexicon import DATA_DIR


@pytest.fixture(autouse=True)
def shipped(monkeypatch):
    """The shipped file turned on (it is off by default)."""
    monkeypatch.setenv("KG_ASPECT_TRIGGERS", "shipped")
    monkeypatch.delenv("KG_LEARNED_TRIGGERS", raising=False)
    events.reload_lexicon()
    yield
    monkeypatch.delenv("KG_ASPECT_TRIGGERS", raising=False)
    events.reload_lexicon()


def _kinds(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(d.kind, d.agents, d.targets) for d in described(text)]


def test_an_imperfective_partner_gives_its_lines_event():
    assert _kinds("Сейчас министр Олег Зимин звонит премьеру Илье Горскому.") == [
        ("PhoneCall", frozenset({"Олег Зимин"}), frozenset({"Илья Горский"}))]
    assert [d.kind for d in described(
        "Сенатор Пётр Лунёв звонит губернатору Анне Вербицкой, чтобы обсудить паводок.")] \
        == ["PhoneCall"]


def test_a_partner_tells_no_event_in_its_past_infinitive_converb_or_negated():
    # the imperfective past, infinitive and converb tell a habit, a background or a plan;
    # the negated present a stance (NEREL marks almost only perfective verbs)
    assert described("В молодости Олег Зимин трижды побеждал Илью Горского.") == []
    assert described("Министр Олег Зимин звонил премьеру Илье Горскому по пятницам.") == []
    assert described("Олег Зимин будет звонить Илье Горскому.") == []
    assert described("Звоня Илье Горскому, Олег Зимин шутил.") == []
    assert described("Олег Зимин не звонит Илье Горскому.") == []
    # the perfective's own hand line is unchanged
    assert [d.kind for d in described("Вчера Олег Зимин позвонил Илье Горскому.")] == ["PhoneCall"]


def test_a_reflexive_imperfective_partner_gives_its_lines_event():
    # `отказаться от` has a line; `отказываться` has none of its own
    assert "отказываться" not in {r[0] for r in lexicon_rows(DATA_DIR / "triggers.tsv")}
    found = described("Клуб «Северный ветер» отказывается от контракта с Олегом Зиминым.")
    assert [d.kind for d in found] == ["Rejection"]


def test_a_partner_keeps_its_sources_context_words():
    # `создать` has a line only with `альянс`: `создавать` does too, and a bare one gives nothing
    assert [d.kind for d in described(
        "Партия «Заря» и партия «Рассвет» создают альянс в Твери.")] \
        == ["Agreement"]
    assert described("Инженер Олег Зимин создаёт новые модели тракторов.") == []


def test_a_habit_word_stops_a_derived_imperfective_in_the_present():
    assert described("Олег Зимин каждый день звонит Илье Горскому.") == []
    assert described("Олег Зимин часто звонит Илье Горскому.") == []


def test_a_rejected_pair_gives_no_event():
    # `доставить в больницу` is an injury; `доставать` (to take out, a different verb) is
    # made by the same pattern and rejected by its vector, `утверждать` (to claim) by the review
    assert [d.kind for d in described("Вчера Олега Зимина доставили в больницу Твери.")] \
        == ["Injury"]
    assert described("Олег Зимин доставал в больнице Твери редкие лекарства.") == []
    rules = events.rules()
    assert "доставать" not in rules and "утверждать" not in rules and "бить" not in rules
    assert all(d.kind != "Appointment" for d in described(
        "Министр Олег Зимин утверждает, что отчёт Ильи Горского полон ошибок."))


@pytest.mark.parametrize("setting", ["none", ""])
def test_no_partner_lines_when_the_setting_says_none_or_nothing(monkeypatch, setting):
    assert "звонить" in events.rules()
    monkeypatch.setenv("KG_ASPECT_TRIGGERS", setting)
    events.reload_lexicon()
    assert "звонить" not in events.rules() and not events.aspect_partners()
    assert described("Сейчас министр Олег Зимин звонит премьеру Илье Горскому.") == []


def test_the_shipped_file_lies_below_the_hand_lines():
    hand = {r[0] for r in lexicon_rows(DATA_DIR / "triggers.tsv")}
    rows = lexicon_rows(DATA_DIR / "triggers_aspect.tsv")
    assert rows
    stop = load_script("learn_aspect_pairs").stop_pairs(DATA_DIR / "triggers_aspect_stop.txt")
    for row in rows:
        assert row[0] not in hand and len(row) == 14 and row[13] == "impf"
        assert (row[10], row[0]) not in stop
        assert row[2] in {r.kind for r in events.rules()[row[0]]}


def test_the_script_writes_the_shipped_file(tmp_path):
    out = tmp_path / "aspect.tsv"
    assert load_script("learn_aspect_pairs").main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA_DIR / "triggers_aspect.tsv").read_bytes()


def test_the_patterns_make_the_partners_and_the_false_pair():
    script = load_script("learn_aspect_pairs")
    impf = script.perfective_to_imperfective
    assert "создавать" in impf("создать") and "отказывать" in impf("отказать")
    assert "звонить" in impf("позвонить") and "подозревать" in impf("заподозрить")
    assert "доставать" in impf("доставить")  # made, and left to the dictionary and the vectors
    assert "позвонить" in script.imperfective_to_perfective("звонить")


def test_resetting_the_learned_settings_to_the_environment_reads_the_lines_again():
    # an extraction configured without the partner lines, then kg.nlp.ru.learned reset to the
    # environment's (which turns them on): the next extraction has them again
    from kg import nlp
    from kg.nlp.ru import learned
    from kg.records import Document
    from kg.settings import Settings

    text = "Сейчас министр Олег Зимин звонит премьеру Илье Горскому."
    off = nlp.extract(Document("t", text), Settings.load({"mention_model": ""}, environ={}))
    assert [e.kind for e in off.events] == []
    learned.configure(None)
    assert "звонить" in events.rules()
    assert [e.kind for e in nlp.extract(Document("t", text)).events] == ["PhoneCall"]


def test_a_pair_on_the_keep_list_gives_its_lines_event_without_a_vector():
    # `ударять` has no navec vector; the keep list (triggers_aspect_keep.txt) accepts it
    keep = load_script("learn_aspect_pairs").stop_pairs(DATA_DIR / "triggers_aspect_keep.txt")
    assert ("ударить", "ударять") in keep
    assert [k for k, _, _ in _kinds("Олег Зимин ударяет Илью Горского.")] == ["Attack"]


def test_the_keep_list_only_adds_pairs_the_patterns_and_the_dictionary_make(tmp_path):
    script = load_script("learn_aspect_pairs")
    out, every = tmp_path / "aspect.tsv", tmp_path / "all.tsv"
    keep = tmp_path / "keep.txt"
    keep.write_text("застрелить застреливать\nубить стрелять\n", encoding="utf-8")
    assert script.main(["--out", str(out), "--keep", str(keep), "--all", str(every)]) == 0
    partners = {r[0] for r in lexicon_rows(out)}
    assert "застреливать" in partners and "стрелять" not in partners
    nothing = tmp_path / "none.txt"
    nothing.write_text("", encoding="utf-8")
    assert script.main(["--out", str(out), "--keep", str(nothing)]) == 0
    assert "застреливать" not in {r[0] for r in lexicon_rows(out)}
