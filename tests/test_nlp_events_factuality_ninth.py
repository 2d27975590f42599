"""Factuality classes of the ninth round (docs/events.md "Factuality"; kg/nlp/ru/event_assert.py,
kg/nlp/ru/events.py, kg/data/ru/event_modality.txt): a conditional, a hope or a request leaves its
act undone; a `не` the parse hung elsewhere still negates the verb written after it; an event
named by the genitive of another event noun or of an anniversary took place whatever the clause
says of that noun; a past decision to leave, resign or refuse is the act; and a circumstance that
dates a plan is no part of the plan. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import factualities

# ---- a conditional, a hope, a request ---------------------------------------------------------

def test_a_match_someone_would_have_played_in_is_possible():
    assert factualities("Марк Ортис принял бы участие в матче в Лиме.", "SportsMatch") == [
        "Possible"]


def test_a_match_in_a_counterfactual_is_no_event():
    # twenty-ninth round: with `если бы` neither the final nor the match took place, and the
    # gold convention (tests/gold-nerel/README.md) lists no event for a counterfactual
    assert factualities("Если бы Перу вышло в финал, Марк Ортис принял бы участие в матче в "
                        "Лиме.", "SportsMatch") == []


def test_the_same_match_told_as_played_is_actual():
    assert factualities("Марк Ортис принял участие в матче в Лиме.", "SportsMatch") == ["Actual"]


def test_an_investigation_asked_for_in_a_request_is_possible():
    assert factualities("Депутат Олег Зимин направил в прокуратуру запрос о проведении "
                        "расследования в отношении компании «Стрела».",
                        "Investigation") == ["Possible"]


# ---- a `не` the parse hung on another word -------------------------------------------------------

def test_a_prize_not_awarded_is_negated_in_a_long_clause():
    found = factualities("Коллеги Ильи Горского выразили удивление, почему приз не был присуждён "
                         "ему ранее, когда возраст ещё мог бы позволить ему насладиться победой.",
                         "Award")
    assert found and "Actual" not in found


def test_a_prize_awarded_is_actual():
    assert factualities("Премия была присуждена поэту Илье Горскому.", "Award") == ["Actual"]


# ---- an event named by another event noun or by an anniversary -------------------------------

def test_a_killing_whose_investigation_is_still_to_come_took_place():
    assert factualities("Расследованием убийства Глеба Карпова будет заниматься полиция Твери.",
                        "Killing") == ["Actual"]
    assert factualities("Полиция Твери начнёт расследование убийства Глеба Карпова.",
                        "Killing") == ["Actual"]


def test_a_death_whose_anniversary_is_to_be_marked_took_place():
    assert factualities("В Твери пройдёт вечер к 150-летию со дня смерти поэта Ильи Горского.",
                        "Death") == ["Actual"]


def test_a_killing_still_to_come_is_planned():
    # no other event noun governs it: the future of the clause is its own
    found = factualities("Наёмник Глеб Карпов совершит убийство судьи Ильи Горского завтра.",
                         "Killing")
    assert found and "Actual" not in found


# ---- a past decision that performs the act ------------------------------------------------------

def test_deciding_to_leave_a_race_is_leaving_it():
    assert factualities("Сенатор Павел Ковров решил выйти из гонки.", "Withdrawal") == ["Actual"]


def test_deciding_to_resign_is_resigning():
    assert factualities("Министр Павел Ковров решил подать в отставку.",
                        "Resignation") == ["Actual"]


def test_a_decision_to_leave_still_to_be_taken_is_planned():
    assert factualities("Сенатор Павел Ковров решит выйти из партии «Рассвет».",
                        "Withdrawal") == ["Planned"]


def test_deciding_to_run_is_still_a_plan():
    assert factualities("Павел Ковров решил баллотироваться в мэры Твери.",
                        "Election") == ["Planned"]


def test_not_having_decided_yet_is_no_refusal():
    assert not factualities("Певица Алла Дроздова ещё не решила, вернётся ли она в Тверь.",
                            "Rejection")


def test_deciding_not_to_contest_is_still_a_refusal():
    assert factualities("Прокуроры Твери решили не оспаривать приговор Павлу Коврову.",
                        "Rejection") == ["Actual"]


def test_an_event_inside_the_circumstance_that_dates_a_decision_is_not_part_of_it():
    assert factualities("После третьего места на праймериз в Айове Павел Ковров решил выйти из "
                        "гонки.", "Election") == ["Actual"]


def test_a_reason_clause_the_parse_took_for_a_hope_is_asserted():
    assert factualities("Родные надеются, что проверка подтвердит их версию, потому что Глеб "
                        "Карпов был убит.", "Killing") == ["Actual"]


def test_a_killing_one_does_not_rule_out_is_possible():
    assert factualities("Следователи не исключают, что Глеб Карпов был убит.", "Killing") == [
        "Possible"]


def test_a_disappearance_whose_causes_are_to_be_found_took_place():
    assert factualities("Полиция Твери будет выяснять причины исчезновения Глеба Карпова.",
                        "Disappearance") == ["Actual"]


def test_a_performance_something_is_counted_from_took_place():
    assert factualities("Карантин будет отсчитываться с момента последнего выступления Аллы "
                        "Дроздовой.", "Performance") == ["Actual"]


def test_a_release_worked_for_is_a_goal_not_done():
    assert factualities("Вождь Илья Горский прилагает много усилий ради освобождения Глеба "
                        "Карпова.", "ReleaseFromCustody") == ["Possible"]


def test_a_release_told_as_done_is_actual():
    assert factualities("Полиция Твери освободила Глеба Карпова.",
                        "ReleaseFromCustody") == ["Actual"]



def _rewired(text: str, edits: dict[str, tuple[str | None, str]]):
    """An extractor over the analysis of `text` with the heads of some words set by hand, as a
    broken parse sets them: word -> (its head word or None, its relation)."""
    import dataclasses

    from kg.nlp.ru.analysis import Analysis, analyse
    from kg.nlp.ru.events import _Extractor

    a = analyse(text)
    at = {t.text: t for t in a.tokens}
    tokens = list(a.tokens)
    for word, (head, rel) in edits.items():
        t = at[word]
        tokens[t.index] = dataclasses.replace(t, head=at[head].index if head else None, rel=rel)
    b = Analysis(a.text, tuple(tokens), a.sentences, a.ner)
    return _Extractor(b, (), ()), {t.text: t for t in b.tokens}


def test_a_clause_and_a_hope_that_govern_each_other_are_a_broken_parse_not_a_hope():
    x, w = _rewired("Глеб Карпов утром был доставлен в клинику, но родные надеются на лучшее.",
                    {"доставлен": ("надеются", "ccomp"), "надеются": ("доставлен", "conj")})
    assert x.irrealis(w["доставлен"], None) is None


def test_a_clause_under_a_hope_is_hoped_for():
    x, w = _rewired("Глеб Карпов утром был доставлен в клинику, но родные надеются на лучшее.",
                    {"доставлен": ("надеются", "ccomp"), "надеются": (None, "root")})
    assert x.irrealis(w["доставлен"], None) == "надеяться"
