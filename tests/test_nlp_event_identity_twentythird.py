"""Event identity and factuality, twenty-third round (docs/events.md), from a reading of fresh
nerel-dev articles: a bare event noun that names the place of the act of its class told last is
that act, at any distance (`авария на ГЭС` in the title, in the body, and again with its day),
unless it is said to be another one (`предыдущая`, `ещё одна`, `другой`), counts an edition or
recurs in a past year; the act a case is about (`рассмотрит дело об избиении X`) took place,
whatever the hearing's tense."""

from __future__ import annotations

from event_helpers import described


def _of(text: str, kind: str):
    return [d for d in described(text) if d.kind == kind]


# ---- one happening named again by its place ---------------------------------------------------

_HPP = ("Расследование аварии на Лиманской ГЭС завершено\n\n"
        "Следователи завершили работу. В числе обвиняемых по делу об аварии на Лиманской ГЭС "
        "проходит руководство станции. Суд начнётся весной. Адвокаты готовят защиту. ")


def test_an_accident_named_again_by_its_place_and_day_is_the_one_told():
    found = _of(_HPP + "Напомним, авария на Лиманской ГЭС произошла 5 февраля 2023 года.",
                "Accident")
    assert len(found) == 1 and found[0].year == 2023


def test_accidents_at_two_places_stay_two():
    text = ("Авария на Лиманской ГЭС\n\nАвария на Лиманской ГЭС произошла в понедельник. Станция "
            "остановлена. Инженеры осмотрели турбины. Ремонт займёт месяц. Авария на "
            "Нижнелиманской ГЭС произошла во вторник.")
    assert len(_of(text, "Accident")) == 2


def test_accidents_at_one_place_on_two_days_stay_two():
    text = ("Авария на Лиманской ГЭС\n\nАвария на Лиманской ГЭС произошла 5 февраля 2023 года. "
            "Станция остановлена. Инженеры осмотрели турбины. Ремонт займёт месяц. Авария на "
            "Лиманской ГЭС произошла 3 января 2023 года.")
    assert len(_of(text, "Accident")) == 2


def test_one_more_accident_at_the_place_is_another():
    text = ("Авария на Лиманской ГЭС\n\nУтром на Лиманской ГЭС произошла авария. Рабочие "
            "эвакуированы. Пожар потушен. Директор приехал на место. Ещё одна авария на Лиманской "
            "ГЭС произошла вечером.")
    assert len(_of(text, "Accident")) == 2


def test_the_previous_accident_at_the_place_is_another():
    text = ("Авария на Лиманской ГЭС\n\nУтром на Лиманской ГЭС произошла авария. Рабочие "
            "эвакуированы. Пожар потушен. Директор приехал на место. Предыдущая авария на "
            "Лиманской ГЭС случилась год назад.")
    assert len(_of(text, "Accident")) == 2


def test_a_festival_of_a_past_year_at_the_place_is_another():
    text = ("Фестиваль в Лиманске\n\nФестиваль в Лиманске пройдёт в мае. Гости приедут из десяти "
            "стран. Билеты уже продаются. Организаторы ждут зрителей. Фестиваль в Лиманске "
            "2019 года собрал тысячу гостей.")
    assert len(_of(text, "Performance")) >= 2


# ---- the act a case is about -------------------------------------------------------------------


def test_the_beating_a_court_will_hear_took_place():
    found = _of("Суд рассмотрит дело об избиении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_the_hearing_of_the_case_stays_planned():
    found = _of("Суд рассмотрит дело об избиении Ивана Котова.", "Trial")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_beating_told_and_then_heard_is_one_act():
    found = _of("Ивана Котова избили неизвестные. Суд рассмотрит дело об избиении Ивана Котова.",
                "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_decision_about_holding_an_election_keeps_it_ahead():
    # (`вопрос о проведении выборов`: no case noun; the election is still to come)
    found = _of("Суд рассмотрит вопрос о проведении выборов мэра Лиманска.", "Election")
    assert all(d.factuality != "Actual" for d in found)


def test_a_visit_a_report_is_about_stays_planned():
    # (`сообщение о визите`: a telling, not a case; the visit lies ahead)
    found = _of("Пресс-служба распространила сообщение о визите Ивана Котова в Лиманск, который "
                "состоится в мае.", "Visit")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_case_the_court_would_not_hear_was_still_about_a_done_act():
    found = _of("Суд не стал рассматривать дело об избиении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]
