"""Event identity and factuality, twenty-third round (docs/events.md), from a reading of fresh
nerel-dev articles: a bare event noun that names the place of the act of its class told last is
that act, at any distance (`авария на ГЭС` in the title, in the body, and again with its day),
unless it is said to be another one (`предыдущая`, `ещё одна`, `другой`), counts an edition or
recurs in a past year; the headline's act and the lead's, apart only because their actor was spelt
two ways, are joined once the names are; the act a case is about (`рассмотрит дело об избиении X`)
took place, whatever the hearing's tense; `против` opposes an act, not a person or the subject of
its noun."""

from __future__ import annotations

from event_helpers import of_class

# ---- one happening named again by its place ---------------------------------------------------

_HPP = ("Расследование аварии на Лиманской ГЭС завершено\n\n"
        "Следователи завершили работу. В числе обвиняемых по делу об аварии на Лиманской ГЭС "
        "проходит руководство станции. Суд начнётся весной. Адвокаты готовят защиту. ")


def test_an_accident_named_again_by_its_place_and_day_is_the_one_told():
    found = of_class(_HPP + "Напомним, авария на Лиманской ГЭС произошла 5 февраля 2023 года.",
                     "Accident")
    assert len(found) == 1 and found[0].year == 2023


def test_accidents_at_two_places_stay_two():
    text = ("Авария на Лиманской ГЭС\n\nАвария на Лиманской ГЭС произошла в понедельник. Станция "
            "остановлена. Инженеры осмотрели турбины. Ремонт займёт месяц. Авария на "
            "Нижнелиманской ГЭС произошла во вторник.")
    assert len(of_class(text, "Accident")) == 2


def test_accidents_at_one_place_on_two_days_stay_two():
    text = ("Авария на Лиманской ГЭС\n\nАвария на Лиманской ГЭС произошла 5 февраля 2023 года. "
            "Станция остановлена. Инженеры осмотрели турбины. Ремонт займёт месяц. Авария на "
            "Лиманской ГЭС произошла 3 января 2023 года.")
    assert len(of_class(text, "Accident")) == 2


def test_one_more_accident_at_the_place_is_another():
    text = ("Авария на Лиманской ГЭС\n\nУтром на Лиманской ГЭС произошла авария. Рабочие "
            "эвакуированы. Пожар потушен. Директор приехал на место. Ещё одна авария на Лиманской "
            "ГЭС произошла вечером.")
    assert len(of_class(text, "Accident")) == 2


def test_the_previous_accident_at_the_place_is_another():
    text = ("Авария на Лиманской ГЭС\n\nУтром на Лиманской ГЭС произошла авария. Рабочие "
            "эвакуированы. Пожар потушен. Директор приехал на место. Предыдущая авария на "
            "Лиманской ГЭС случилась год назад.")
    assert len(of_class(text, "Accident")) == 2


def test_a_festival_of_a_past_year_at_the_place_is_another():
    text = ("Фестиваль в Лиманске\n\nФестиваль в Лиманске пройдёт в мае. Гости приедут из десяти "
            "стран. Билеты уже продаются. Организаторы ждут зрителей. Фестиваль в Лиманске "
            "2019 года собрал тысячу гостей.")
    assert len(of_class(text, "Performance")) >= 2


# ---- the act a case is about -------------------------------------------------------------------


def test_the_beating_a_court_will_hear_took_place():
    found = of_class("Суд рассмотрит дело об избиении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_the_hearing_of_the_case_stays_planned():
    found = of_class("Суд рассмотрит дело об избиении Ивана Котова.", "Trial")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_beating_told_and_then_heard_is_one_act():
    found = of_class("Ивана Котова избили неизвестные. Суд рассмотрит дело об избиении Ивана "
                     "Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_decision_about_holding_an_election_keeps_it_ahead():
    # (`вопрос о проведении выборов`: no case noun; the election is still to come)
    found = of_class("Суд рассмотрит вопрос о проведении выборов мэра Лиманска.", "Election")
    assert all(d.factuality != "Actual" for d in found)


def test_a_visit_a_report_is_about_stays_planned():
    # (`сообщение о визите`: a telling, not a case; the visit lies ahead)
    found = of_class("Пресс-служба распространила сообщение о визите Ивана Котова в Лиманск, "
                     "который состоится в мае.", "Visit")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_case_the_court_would_not_hear_was_still_about_a_done_act():
    found = of_class("Суд не стал рассматривать дело об избиении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


# ---- the headline's act and the lead's, one actor in two spellings ----------------------------

from kg.link.identity import join_retold  # noqa: E402
from kg.records import Event, Span, TimeValue  # noqa: E402

_TEXT = ("Актриса Джессика Сомерс стала мамой\n\nДжессика Сомерс в 2019 году\n\n"
         "Американская актриса Джессика Саммерс стала мамой в 40 лет. Отцом стал Пётр Сомов.\n\n"
         "Актриса Джессика Саммерс стала мамой и в 2015 году.")


def _event(key: str, word: str, nth: int, actors: tuple[str, ...], time: TimeValue | None = None,
           factuality: str = "Actual") -> Event:
    start = -1
    for _ in range(nth):
        start = _TEXT.index(word, start + 1)
    return Event(key, "Birth", Span(start, start + len(word), word), agents=actors, time=time,
                 factuality=factuality)


def _joined(before: list[Event], after: list[Event]) -> list[Event]:
    return list(join_retold(tuple(before), tuple(after), _TEXT))


def test_the_leads_telling_with_the_actor_spelt_otherwise_joins_the_headlines_act():
    before = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стала", 2, ("e2",))]
    after = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стала", 2, ("e1",))]
    out = _joined(before, after)
    assert [e.key for e in out] == ["v1"] and out[0].mentions[0].start == after[1].trigger.start


def test_two_acts_the_extractor_kept_apart_with_one_actor_stay_two():
    # (the same key before the names were joined: the extractor weighed them and kept two)
    before = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стала", 2, ("e1",))]
    assert len(_joined(before, before)) == 2


def test_a_telling_after_the_lead_is_not_joined():
    before = [_event("v1", "стала", 1, ("e1",)), _event("v3", "стала", 3, ("e2",))]
    after = [_event("v1", "стала", 1, ("e1",)), _event("v3", "стала", 3, ("e1",))]
    assert len(_joined(before, after)) == 2


def test_the_leads_act_of_another_day_is_not_joined():
    day = TimeValue(Span(0, 1, "А"), year=2015)
    other = TimeValue(Span(0, 1, "А"), year=2019)
    before = [_event("v1", "стала", 1, ("e1",), day), _event("v2", "стала", 2, ("e2",), other)]
    after = [_event("v1", "стала", 1, ("e1",), day), _event("v2", "стала", 2, ("e1",), other)]
    assert len(_joined(before, after)) == 2


def test_the_leads_act_of_another_factuality_is_not_joined():
    before = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стала", 2, ("e2",), None, "Planned")]
    after = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стала", 2, ("e1",), None, "Planned")]
    assert len(_joined(before, after)) == 2


def test_the_leads_act_of_another_actor_is_not_joined():
    before = [_event("v1", "стала", 1, ("e1",)), _event("v2", "стал", 3, ("e3",))]
    assert len(_joined(before, before)) == 2


# ---- what `против` opposes ---------------------------------------------------------------------


def test_a_death_the_people_charged_took_part_in_took_place():
    found = of_class("Присяжные не выдвинули обвинения против полицейских, причастных к гибели "
                     "Ивана Котова.", "Death")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_deployment_opposed_stays_possible():
    found = of_class("Жители Лиманска выступили против размещения войск.", "MilitaryBuildup")
    assert [d.factuality for d in found] == ["Possible"]


def test_an_election_under_a_decision_opposed_stays_possible():
    found = of_class("Депутаты выступили против решения о проведении выборов мэра Лиманска.",
                     "Election")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_release_aimed_at_stays_possible():
    found = of_class("Жители Лиманска вышли на улицы ради освобождения Ивана Котова.",
                     "ReleaseFromCustody")
    assert [d.factuality for d in found] == ["Possible"]


def test_the_subject_of_an_opposed_noun_is_not_what_is_opposed():
    # a headline parsed without its verb: `Протесты` hung as the subject of `взятия`, the noun of
    # the `против` phrase; the protests are not inside what they oppose
    from types import SimpleNamespace

    from kg.nlp.ru.analysis import Token
    from kg.nlp.ru.event_assert import Assertion

    protests = Token(0, 0, 8, "Протесты", "протест", "NOUN", {"Animacy": "Inan"}, 1, "nsubj", 0)
    taking = Token(1, 9, 15, "взятия", "взятие", "NOUN", {"Animacy": "Inan"}, None, "root", 0)
    reform = Token(2, 16, 22, "реформы", "реформа", "NOUN", {"Animacy": "Inan"}, 1, "nmod", 0)
    fake = SimpleNamespace(ent_at={}, rule_for=lambda t: None, head=lambda t: None)
    assert not Assertion.opposed_act(fake, protests, taking, protests)
    assert Assertion.opposed_act(fake, reform, taking, reform)
    assert Assertion.opposed_act(fake, taking, taking, taking)
