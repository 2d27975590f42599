"""Who does an infinitive that hangs on a noun of a right, a chance or an honour
(kg.nlp.ru.event_roles `chance_holder`, kg/data/ru/chance_nouns.txt and chance_verbs.tsv): the
subject of a verb of having, getting or winning it (`получил право выступить`, `удостоился чести
нести флаг`), or the dative of a verb of giving it (`дал ему возможность выступить`); no one when
the verb is negated, deprives or loses, or names no one to hold it."""

from __future__ import annotations

from event_helpers import described


def _of(text: str, kind: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.agents, d.others) for d in described(text) if d.kind == kind]


# ---- must fire ----------------------------------------------------------------------------


def test_one_who_got_the_chance_to_perform_is_the_performer():
    text = "Пётр Сомов получил шанс выступить на фестивале в Омске."
    assert [d.agents for d in described(text) if d.kind == "Performance"] == [
        frozenset({"Пётр Сомов"})]


def test_one_who_got_the_possibility_to_emigrate_is_the_one_who_moves():
    text = "Пётр Сомов получил возможность эмигрировать в Израиль."
    assert [d.agents for d in described(text) if d.kind == "Relocation"] == [
        frozenset({"Пётр Сомов"})]


def test_one_honoured_to_carry_the_flag_at_an_opening_takes_part_in_the_ceremony():
    text = "Пётр Сомов удостоился чести нести флаг на открытии Олимпийских игр."
    assert [d.actors for d in described(text) if d.kind == "Ceremony"] == [
        frozenset({"Пётр Сомов"})]


def test_one_given_the_chance_is_the_performer_not_the_giver():
    text = "Анна Белова дала Петру Сомову возможность выступить на фестивале в Омске."
    assert [d.agents for d in described(text) if d.kind == "Performance"] == [
        frozenset({"Пётр Сомов"})]


def test_an_act_one_only_has_the_chance_to_do_is_not_told_as_done():
    text = "Пётр Сомов получил возможность встретиться с Анной Беловой."
    assert [d.factuality for d in described(text) if d.kind == "Meeting"] == ["Possible"]


# ---- must not fire ------------------------------------------------------------------------


def test_one_who_has_no_right_to_take_part_in_elections_is_not_their_participant():
    text = "Пётр Сомов не имеет права участвовать в выборах мэра Омска."
    assert all("Пётр Сомов" not in d.actors for d in described(text) if d.kind == "Election")


def test_one_deprived_of_the_right_is_not_given_the_act():
    text = "Суд лишил Петра Сомова права участвовать в выборах мэра Омска."
    assert all("Пётр Сомов" not in d.actors for d in described(text) if d.kind == "Election")


def test_one_who_missed_the_chance_does_not_perform():
    text = "Пётр Сомов упустил шанс выступить на фестивале в Омске."
    assert _of(text, "Performance") == []


def test_a_right_a_law_grants_to_no_one_named_gives_no_doer():
    text = "Новый закон даёт возможность эмигрировать в Израиль."
    assert _of(text, "Relocation") == []
