"""Accusations, twenty-fourth round (docs/events.md): criticism told with `подвергнуть` and its
reflexive (`подверг X критике`, `X подвергся критике со стороны Y`) and condemning an act in words
(`осудил действия X`) are Accusations; self-criticism, doubt, a shelling, a film's reviews, the
adjective `критический`, and a verdict (`осудили на пять лет`, `осуждён за убийство`) are not."""

from __future__ import annotations

import pytest
from event_helpers import described, found, kinds, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- criticism with `подвергнуть` ----------------------------------------------------------------


def test_subjecting_a_person_to_criticism_accuses_him():
    assert found("Сенатор Анна Белова подвергла Ивана Котова резкой критике.", "Accusation") == [
        ("Actual", frozenset({"Анна Белова"}), frozenset({"Иван Котов"}))]


def test_criticism_of_a_policy_keeps_the_critic():
    assert found("Сенатор Анна Белова подвергла критике политику Ивана Котова.", "Accusation") == [
        ("Actual", frozenset({"Анна Белова"}), frozenset())]


def test_the_one_shown_in_pictures_whose_editing_is_criticised_is_not_accused():
    assert found("Министр Жан Дюбуа подверг критике редактирование портретов Ивана Котова.",
                 "Accusation") == [("Actual", frozenset({"Жан Дюбуа"}), frozenset())]


def test_criticism_from_a_named_side_names_the_critic_and_the_one_criticised():
    assert found("Министр Пётр Белов подвергся резкой критике со стороны депутата Анны Беловой.",
                 "Accusation") == [("Actual", frozenset({"Анна Белова"}), frozenset({"Пётр Белов"}))]


def test_criticism_of_oneself_accuses_no_one():
    assert "Accusation" not in kinds("Министр Пётр Белов подверг себя критике за ошибки.")


def test_casting_doubt_is_no_accusation():
    assert "Accusation" not in kinds("Министр Пётр Белов подверг сомнению выводы Анны Беловой.")


def test_a_town_under_fire_is_no_accusation():
    assert "Accusation" not in kinds("Город Лиманск подвергся обстрелу со стороны армии.")


def test_a_novel_criticised_in_the_press_accuses_no_one():
    assert "Accusation" not in kinds("Роман Ивана Котова подвергся критике в прессе.")


def test_a_critical_report_is_no_accusation():
    assert "Accusation" not in kinds("Анна Белова выступила с критическим докладом о политике "
                                     "Ивана Котова.")


def test_criticism_called_for_is_not_told_as_done():
    assert ("Actual" not in {f for f, _, _ in found("Анна Белова призвала подвергнуть критике "
                                                    "политику Ивана Котова.", "Accusation")})


# ---- condemning an act ---------------------------------------------------------------------------


def test_condemning_a_countrys_actions_accuses_the_country():
    assert found("Президент Иван Котов осудил действия Израиля.", "Accusation") == [
        ("Actual", frozenset({"Иван Котов"}), frozenset({"Израиль"}))]


def test_a_parliament_condemning_laws_accuses():
    assert found("Европарламент осудил эти законы.", "Accusation") == [
        ("Actual", frozenset({"Европарламент"}), frozenset())]


def test_a_condemnation_not_made_is_negated():
    assert found("Иван Котов не осудил действия Израиля.", "Accusation") == [
        ("Negated", frozenset({"Иван Котов"}), frozenset({"Израиль"}))]


def test_a_refusal_to_condemn_is_no_condemnation():
    assert "Accusation" not in kinds("Иван Котов отказался осудить действия Израиля.")


def test_a_term_given_by_a_court_is_a_sentence_not_an_accusation():
    assert kinds("Суд осудил Петра Белова на пять лет.") == ["Sentence"]


def test_a_passive_verdict_for_a_murder_is_no_accusation():
    assert "Accusation" not in kinds("Пётр Белов был осуждён за убийство Анны Беловой.")


def test_a_decision_named_as_the_reason_for_a_verdict_is_no_condemnation():
    assert kinds("Петра Белова осудили за решение закрыть завод.") == ["Sentence"]


# ---- the one a relative clause describes, when `который` is not its subject ----------------------


def test_a_name_whose_relative_clause_tells_he_was_criticised_is_the_target_not_the_critic():
    assert found("Мануэль Норьега, которого критиковали за коррупцию, ушёл в отставку.",
                 "Accusation") == [("Actual", frozenset(), frozenset({"Мануэль Норьега"}))]


def test_an_accusation_in_a_relative_clause_with_its_doer_left_out_names_the_accused():
    assert found("Адвокат защищал Ивана Котова, которого обвинили в краже.", "Accusation") == [
        ("Actual", frozenset(), frozenset({"Иван Котов"}))]


def test_a_relative_clause_whose_subject_is_kotoryj_keeps_its_doer():
    assert found("Мануэль Норьега, который обвинил Ивана Котова в обмане, ушёл в отставку.",
                 "Accusation") == [("Actual", frozenset({"Мануэль Норьега"}), frozenset({"Иван Котов"}))]


def test_the_one_attacked_in_a_relative_clause_is_no_attacker():
    assert [(d.agents, d.targets) for d in described(
        "Мануэль Норьега, на которого напали в тюрьме, выжил.") if d.kind == "Attack"] == [
        (frozenset(), frozenset({"Мануэль Норьега"}))]


def test_the_one_appointed_in_a_relative_clause_is_no_appointer():
    assert "Мануэль Норьега" not in {a for d in described(
        "Мануэль Норьега, которого назначили министром, прибыл в Москву.")
        if d.kind == "Appointment" for a in d.agents}


def test_an_accusation_only_wished_for_in_a_relative_clause_is_not_told_as_made():
    assert "Actual" not in {f for f, _, _ in found("Иван Котов, которого хотят обвинить в краже, "
                                                   "уехал.", "Accusation")}


# ---- criticism voiced again and again ----------------------------------------------------------


def test_a_journalist_who_often_criticised_a_president_accuses_him():
    assert found("Журналистка Анна Белова нередко критиковала президента Ивана Котова.",
                 "Accusation") == [("Actual", frozenset({"Анна Белова"}), frozenset({"Иван Котов"}))]


def test_an_accusation_made_time_and_again_names_the_accused():
    assert found("Ивана Котова неоднократно обвиняли в обмане.", "Accusation") == [
        ("Actual", frozenset(), frozenset({"Иван Котов"}))]


def test_a_shooting_habit_is_still_no_attack():
    assert "Attack" not in kinds("Иван Котов часто стрелял по воронам в Лиманске.")


def test_a_yearly_festival_is_still_no_event_of_its_own():
    assert kinds("Иван Котов каждый год проводил фестиваль в Лиманске.") == []


def test_meetings_held_often_are_still_no_meeting():
    assert "Meeting" not in kinds("Иван Котов часто встречался с Анной Беловой.")
