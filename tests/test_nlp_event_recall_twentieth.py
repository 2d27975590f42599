"""Event recall of the twentieth round: the derivational partners of the trigger lexicon
(kg/data/ru/triggers_derived.tsv, scripts/learn_derived_triggers.py). A noun made of a trigger
verb (`депортация` of `депортировать`) and a perfective verb made of a trigger noun (`лишиться` of
`лишение`) tell their source's event, with the roles moved between the verb's clause and the
noun's phrase; a pair whose common sense in news is another (`утверждение` a claim, `обращение` a
treatment, `осуждение` a condemnation) is left out by the review, an imperfective by the
dictionary, and a hand line always wins. Sentences invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, kinds, lexicon_rows, readings, shipped_lexicon  # noqa: F401
from script_loader import load_script

from kg.nlp.ru import events
from kg.nlp.ru.lexicon import DATA_DIR

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# a verb's noun tells the verb's event

def test_the_noun_of_a_trigger_verb_tells_its_event_with_the_genitive_as_the_one_it_befalls():
    # `депортировать` has a line, `депортация` none of its own
    assert readings("Власти Латвии объявили о депортации журналиста Олега Зимина.") == [
        ("Arrest", "Actual", frozenset({"Латвия", "Олег Зимин"}))]


def test_the_noun_of_an_intransitive_verb_takes_its_doer_in_the_genitive():
    assert readings("Эмиграция Ильи Горского в Канаду прошла незаметно.") == [
        ("Relocation", "Actual", frozenset({"Илья Горский"}))]


def test_a_noun_made_of_a_context_line_needs_the_same_context_word():
    # `наложить санкции` is a sanction; `наложение` only with `санкция` (the keep list)
    assert "Sanction" in kinds("Евросоюз начал наложение санкций на Олега Зимина.")
    assert described("Наложение швов заняло у хирурга Олега Зимина час.") == []


def test_a_seized_town_is_no_kidnapping_although_the_captive_is():
    assert readings("Боевики объявили о захвате инженера Олега Зимина в Кабуле.") == [
        ("Kidnapping", "Actual", frozenset({"Олег Зимин"}))]
    assert described("Захват Мосула занял у армии Ирака три месяца.") == []


def test_a_planned_or_negated_derived_event_keeps_its_factuality():
    got = readings("Суд Латвии отменил депортацию журналиста Олега Зимина.")
    assert all(f != "Actual" for _, f, _ in got)


# a noun's perfective verb tells the noun's event

def test_losing_something_is_no_revocation_although_being_deprived_is():
    # `лишиться` (of `лишение`) is on the stop list: mostly losing a job, a leg or support,
    # with no one taking it away; the transitive `лишить` keeps its own line
    assert "лишиться" not in events.rules()
    assert described("В мае Олег Зимин лишился работы.") == []
    assert readings("В мае суд лишил Олега Зимина водительских прав.") == [
        ("Revocation", "Actual", frozenset({"Олег Зимин"}))]


# pairs the review or the dictionary leaves out

def test_a_claim_is_no_appointment():
    assert "утверждение" not in events.rules()
    assert described("Утверждения Олега Зимина о заговоре не подтвердились.") == []


def test_handling_animals_is_no_appeal():
    # no bare line: only an address to someone (`обращение … к X`, twenty-second round) is one
    assert all(r.with_ for r in events.rules().get("обращение", ()))
    assert described("Жестокое обращение с животными в цирке Олега Зимина возмутило зрителей.") \
        == []


def test_a_condemnation_is_no_sentence():
    assert "Sentence" not in kinds("Слова Олега Зимина вызвали осуждение у Ильи Горского.")


def test_a_contract_is_no_agreement():
    assert "Agreement" not in kinds("По договору аренды Олег Зимин платит Илье Горскому.")


def test_a_ban_in_force_an_instruction_or_attendance_is_no_event():
    rules = events.rules()
    assert "запрет" not in rules and "поручение" not in rules and "посещение" not in rules
    assert described("Олег Зимин написал закон о запрете курения в Твери.") == []
    assert described("Олег Зимин дал поручения сотрудникам мэрии Твери.") == []
    assert described("Олег Зимин начал регулярные посещения Твери в 1990 году.") == []


def test_the_imperfective_of_a_trigger_noun_is_not_derived():
    # NEREL marks almost no imperfective verb: `голосовать` of `голосование` stays out
    rows = lexicon_rows(DATA_DIR / "triggers_derived.tsv")
    assert "голосовать" not in {r[0] for r in rows}
    assert described("Олег Зимин обычно голосует рано утром.") == []


# the file and its place in the lexicon

def test_a_hand_line_wins_over_a_derived_one():
    hand = {r[0] for r in lexicon_rows(DATA_DIR / "triggers.tsv")}
    learned = {r[0] for r in lexicon_rows(DATA_DIR / "triggers_learned.tsv")}
    rows = lexicon_rows(DATA_DIR / "triggers_derived.tsv")
    assert rows
    stop = load_script("learn_derived_triggers").stop_pairs(DATA_DIR / "triggers_derived_stop.txt")
    for row in rows:
        assert row[0] not in hand | learned and len(row) == 13
        assert (row[10], row[0]) not in stop
        assert row[2] in {r.kind for r in events.rules()[row[0]]}


@pytest.mark.parametrize("setting", ["none"])
def test_no_derived_lines_when_the_setting_says_none(monkeypatch, setting):
    assert "депортация" in events.rules()
    monkeypatch.setenv("KG_DERIVED_TRIGGERS", setting)
    events.reload_lexicon()
    assert "депортация" not in events.rules()
    assert described("Эмиграция Ильи Горского в Канаду прошла незаметно.") == []


def test_the_roles_move_between_the_verbs_clause_and_the_nouns_phrase():
    script = load_script("learn_derived_triggers")
    # subject → host; object → genitive; an instrumental agent is the verb's own
    verb = ("арестовать", "-", "Arrest", "nsubj,ins", "obj,pass", "-", "в+loc", "any", "drop", "-")
    assert script.to_noun(verb)[2:4] == ("host", "gen")
    # no object: the doer's genitive (`эмиграция писателя`)
    assert script.to_noun(("эмигрировать", "-", "Relocation", "nsubj", "-", "-", "в+acc",
                           "agent", "drop", "-"))[2] == "gen,host"
    # a context line leaves the genitive to its context word (`получение премии`)
    assert script.to_noun(("получить", "премия", "Award", "-", "nsubj", "-", "в+loc",
                           "target", "drop", "-"))[3] == "host"
    noun = ("лишение", "-", "Revocation", "host", "gen", "-", "-", "target", "drop", "-")
    assert script.to_verb(noun, reflexive=True)[2:4] == ("-", "nsubj")
    assert script.to_verb(noun, reflexive=False)[2:4] == ("nsubj,ins", "obj,pass")


def test_the_patterns_make_the_nouns_and_the_verbs():
    script = load_script("learn_derived_triggers")
    assert "депортация" in script.verb_to_nouns("депортировать")
    assert "освобождение" in script.verb_to_nouns("освободить")
    assert "выстрел" in script.verb_to_nouns("выстрелить")
    assert "лишить" in script.noun_to_verbs("лишение")


def test_the_script_writes_the_shipped_file(tmp_path):
    out = tmp_path / "derived.tsv"
    assert load_script("learn_derived_triggers").main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA_DIR / "triggers_derived.tsv").read_bytes()


# verbs that carry an act noun (kg/data/ru/event_hosts.tsv): doing it, or undergoing it

def _roles(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(d.kind, d.agents, d.targets) for d in described(text)]


def test_a_verb_of_doing_gives_the_act_noun_its_doer():
    assert _roles("Армия Ирака осуществила обстрел Мосула.") == [
        ("Attack", frozenset({"Ирак"}), frozenset({"Мосул"}))]
    assert ("Arrest", frozenset({"Полиция"}), frozenset({"Олег Зимин"})) in _roles(
        "Полиция произвела задержание Олега Зимина.")


def test_what_a_verb_of_doing_makes_or_fulfils_is_no_event():
    assert described("Завод Олега Зимина произвёл тысячу тракторов.") == []
    assert described("Олег Зимин осуществил мечту детства.") == []


def test_who_undergoes_an_act_is_its_target_not_its_doer():
    assert _roles("Министр Олег Зимин подвергся аресту в Твери.") == [
        ("Arrest", frozenset(), frozenset({"Олег Зимин"}))]
    assert _roles("Олег Зимин подвергся критике Ильи Горского.") == [
        ("Accusation", frozenset({"Илья Горский"}), frozenset({"Олег Зимин"}))]


def test_an_undergone_act_keeps_its_factuality():
    assert readings("Олег Зимин не подвергся аресту в Твери.") == [
        ("Arrest", "Negated", frozenset({"Олег Зимин"}))]
    assert all(f != "Actual" for _, f, _ in readings("Олег Зимин может подвергнуться аресту в "
                                                     "Твери."))


def test_living_through_a_war_or_a_death_makes_no_one_its_target():
    assert described("Олег Зимин пережил жену на десять лет.") == []
    assert all("Олег Зимин" not in d.targets for d in described(
        "Олег Зимин пережил войну в Твери."))
    assert [(d.kind, d.targets) for d in described("Олег Зимин пережил смерть Анны Вербицкой.")] \
        == [("Death", frozenset({"Анна Вербицкая"}))]


def test_an_attack_undergone_with_no_attacker_named_is_the_undergoers():
    # `нападение` is kept with its target alone (thirty-third round, roles33), as `неизвестные
    # напали на X` is, and as NEREL marks it (`Нападение на X произошло`: X takes part)
    assert [(d.kind, d.agents, d.targets) for d in described(
        "Министр Олег Зимин подвергся нападению в Твери.")] == [
        ("Attack", frozenset(), frozenset({"Олег Зимин"}))]
