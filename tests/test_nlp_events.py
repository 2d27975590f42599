"""Events from Russian sentences: classes from the trigger lexicon, roles from the parse, time,
duration, metonymy, factuality (negated and hypothetical events kept as such), and no event where
words are missing."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import corpus_file
from rdflib import RDFS, Graph, Namespace

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.events import find_events, rules
from kg.records import Document, Extraction

KG = Namespace("https://w3id.org/newskg#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


def extract(text: str, published: date | None = None) -> Extraction:
    a = analyse(text)
    entities = find_entities(a)
    doc = Document(id="t", text=text, published=published)
    times = find_times(text, published, a)
    return Extraction(document=doc, entities=entities, events=find_events(a, entities, doc, times),
                      times=times)


ASSERTED = ("Actual", "Planned")


def described(x: Extraction) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each asserted (actual or planned) event as (class, agent names, target names)."""
    name = {e.key: e.name for e in x.entities}
    return [(ev.kind, frozenset(name[k] for k in ev.agents), frozenset(name[k] for k in ev.targets))
            for ev in x.events if ev.factuality in ASSERTED]


# sentence → the (class, agents, targets) expected, in text order
ROLE_CASES = [
    ("Кремль отверг обвинения Лондона.", [("Denial", {"Кремль"}, set())]),
    ("Кремль отверг предложение Лондона.", [("Rejection", {"Кремль"}, {"Лондон"})]),
    ("Вашингтон пригрозил Москве санкциями.", [("SanctionThreat", {"Вашингтон"}, {"Москва"})]),
    ("Евросоюз готов ввести санкции против Ирана.", [("SanctionThreat", {"Евросоюз"}, {"Иран"})]),
    ("Евросоюз ввёл санкции против Ирана.", [("Sanction", {"Евросоюз"}, {"Иран"})]),
    ("Владимир Зеленский призвал Запад ввести санкции против России.",
     [("Appeal", {"Владимир Зеленский"}, {"Запад"})]),
    ("Россия стягивает войска к границе с Украиной.", [("MilitaryBuildup", {"Россия"}, set())]),
    ("Евросоюз продлил санкции против России.", [("Sanction", {"Евросоюз"}, {"Россия"})]),
    ("Евросоюз наложил санкции на Иран.", [("Sanction", {"Евросоюз"}, {"Иран"})]),
    ("Армия Азербайджана обстреляла Степанакерт.", [("Attack", {"Азербайджан"}, {"Степанакерт"})]),
    ("Звонок Джо Байдена Владимиру Зеленскому состоялся в субботу.",
     [("PhoneCall", {"Джо Байден"}, {"Владимир Зеленский"})]),
    ("Россия и Турция достигли договорённости по Идлибу.",
     [("Agreement", {"Россия", "Турция"}, set())]),
    ("Требование Москвы к Киеву остаётся в силе.", [("Demand", {"Москва"}, {"Киев"})]),
    ("Президент Франции Эмманюэль Макрон, который встретился с Владимиром Путиным в Москве, "
     "заявил о прогрессе.", [("Meeting", {"Эмманюэль Макрон"}, {"Владимир Путин"})]),
    ("Россия и Белоруссия подписали договор о союзном государстве.",
     [("Agreement", {"Россия", "Белоруссия"}, set())]),
    ("Министром иностранных дел назначен Сергей Лавров.",
     [("Appointment", set(), {"Сергей Лавров"})]),
    ("Армия Израиля атаковала позиции ХАМАС.", [("Attack", {"Израиль"}, set())]),
    ("Израиль нанёс удар по Газе.", [("Attack", {"Израиль"}, {"Газа"})]),
    ("КНДР пригрозила США ядерным ударом.", [("Threat", {"КНДР"}, {"США"})]),
    ("Премьер-министр Японии Фумио Кисида подчеркнул, что его правительство готово ввести санкции, "
     "если Китай нападёт на Тайвань.", [("SanctionThreat", {"Фумио Кисида"}, {"Китай"})]),
    ("Евросоюз пригрозил ввести санкции, если Белоруссия не освободит журналиста.",
     [("SanctionThreat", {"Евросоюз"}, {"Белоруссия"})]),
    ("Переговоры между Россией и Украиной пройдут в Стамбуле 29 марта.",
     [("Negotiation", {"Россия", "Украина"}, set())]),
    ("Сергей Иванов окончил университет в Москве. Позднее президент Борис Ельцин назначил его "
     "послом в Канаде.",
     [("Appointment", {"Борис Ельцин"}, {"Сергей Иванов"})]),
    ("Пекин отверг эти обвинения и потребовал от Вашингтона извинений.",
     [("Denial", {"Пекин"}, set()), ("Demand", {"Пекин"}, {"Вашингтон"})]),
    ("Президент Франции Эмманюэль Макрон назначил Элизабет Борн премьер-министром.",
     [("Appointment", {"Эмманюэль Макрон"}, {"Элизабет Борн"})]),
    ("Ангела Меркель призвала Александра Лукашенко освободить заключённых.",
     [("Appeal", {"Ангела Меркель"}, {"Александр Лукашенко"})]),
    ("Владимир Путин встретился с Реджепом Эрдоганом в Сочи.",
     [("Meeting", {"Владимир Путин"}, {"Реджеп Эрдоган"})]),
]


@pytest.mark.parametrize("text,expected", ROLE_CASES, ids=[c[0][:40] for c in ROLE_CASES])
def test_event_class_and_roles_come_from_lexicon_and_parse(text, expected):
    assert described(extract(text)) == [(k, frozenset(a), frozenset(t)) for k, a, t in expected]


@pytest.mark.parametrize("text,kinds", [
    ("Министр иностранных дел Франции Жан-Ив Ле Дриан не встретился с послом Японии.", []),
    ("Если Турция нападёт на Грецию, НАТО ответит.", []),
    ("Белый дом опроверг сообщения о визите Джо Байдена в Киев.", ["Denial"]),  # not the visit
    ("Москва не отвергла предложение Парижа.", []),
    ("Токио не видит угрозы вторжения со стороны Пекина.", []),
    ("Эксперты не исключают, что Турция нападёт на Грецию.", []),
    ("США нанесли удар по экономике России.", []),
    ("Компания Apple отказалась комментировать слухи.", ["Rejection"]),  # gold convention
    ("После санкций 2014 года экономика России замедлилась.", []),
    ("НАТО выступает против размещения российских войск у границ Польши.", []),
])
def test_negated_hypothetical_or_figurative_event_is_not_asserted(text, kinds):
    events = extract(text).events
    assert [ev.kind for ev in events if ev.factuality in ASSERTED] == kinds
    assert all(ev.factuality in ("Negated", "Possible") for ev in events if ev.kind not in kinds)


@pytest.mark.parametrize("text", [
    "Встреча министра обороны Турции Хулуси Акара с министром обороны Греции Никосом "
    "Панайотопулосом, намеченная на 12 июня, не состоится.",
    "Переговоры Нарендры Моди с Шахбазом Шарифом не пройдут в Дели 12 июня.",
    "Канцлер Германии Олаф Шольц отменил визит в Польшу, запланированный на 3 октября.",
    "Консультации делегаций Сербии и Косова, запланированные на 8 мая, отменены.",
    "Встреча Нарендры Моди и Шахбаза Шарифа сорвалась.",
    "Евросоюз отменил санкции против Белоруссии.",  # no SanctionThreat either
])
def test_negated_or_cancelled_scheduled_event_is_negated(text):
    events = extract(text, published=date(2024, 3, 20)).events
    assert [ev.factuality for ev in events] in ([], ["Negated"])


def test_later_mention_of_a_cancelled_meeting_does_not_revive_it():
    x = extract("Встреча Нарендры Моди с Шахбазом Шарифом в Дели, намеченная на 12 июня, не "
                "пройдёт. Подготовка встречи Моди и Шарифа шла месяц.")
    assert [(ev.kind, ev.factuality) for ev in x.events] == [("Meeting", "Negated")]


def test_a_cancel_word_under_negation_cancels_nothing():
    x = extract("Визит Олафа Шольца в Польшу не отменён.")
    assert [(ev.kind, x.entity(ev.place).name) for ev in x.events] == [("Visit", "Польша")]


def test_postponed_visit_is_still_planned_for_its_new_date():
    x = extract("Олаф Шольц перенёс визит в Польшу на 3 октября.", published=date(2024, 3, 20))
    assert [(ev.kind, ev.time.begin) for ev in x.events] == [("Visit", date(2024, 10, 3))]


def test_date_of_the_act_asked_for_is_not_the_time_of_the_appeal():
    x = extract("Лидер партии Янош Сабо призвал избирателей прийти на референдум 14 мая.",
                published=date(2024, 3, 20))
    (ev,) = [ev for ev in x.events if ev.factuality in ASSERTED]
    assert ev.kind == "Appeal" and ev.time is None
    (t,) = x.times
    assert t.begin == date(2024, 5, 14)  # asked for: ahead of publication, not May 2023


def test_date_of_the_appeal_itself_is_its_time():
    x = extract("Лидер партии Янош Сабо 2 марта призвал избирателей прийти на референдум.",
                published=date(2024, 3, 20))
    (ev,) = [ev for ev in x.events if ev.factuality in ASSERTED]
    assert ev.kind == "Appeal" and ev.time.begin == date(2024, 3, 2)


def test_unnamed_subject_with_a_place_and_time_gives_an_actorless_event():
    x = extract("Беспилотники атаковали нефтебазу в Курской области в ночь на 5 февраля.",
                published=date(2024, 3, 20))
    (ev,) = x.events
    assert (ev.kind, ev.agents, ev.targets) == ("Attack", (), ())
    assert x.entity(ev.place).name == "Курская область"
    assert (ev.time.begin, ev.time.end) == (date(2024, 2, 4), date(2024, 2, 5))


@pytest.mark.parametrize("text", ["Беспилотники атаковали.", "Похитители потребовали выкуп.",
                                  "Это потребовало времени."])
def test_unnamed_subject_with_nothing_named_to_anchor_it_gives_no_event(text):
    assert extract(text).events == ()


def test_unnamed_subject_anchored_by_a_name_in_its_phrase_gives_an_event():
    x = extract("Похитители журналистов в Мали потребовали выкуп.")
    assert [(ev.kind, ev.agents) for ev in x.events] == [("Demand", ())]


def test_sending_warships_or_reinforcements_is_military_movement():
    assert described(extract("Япония направила военные корабли к островам Сенкаку.")) == [
        ("MilitaryBuildup", frozenset({"Япония"}), frozenset())]
    assert described(extract("Россия направила подкрепление к границе с Финляндией.")) == [
        ("MilitaryBuildup", frozenset({"Россия"}), frozenset())]


def test_ships_that_are_not_sent_anywhere_are_no_event():
    assert extract("В порту стояли военные корабли.").events == ()


@pytest.mark.parametrize("text", [
    "Премьер-министр Канады Джастин Трюдо \n с президентом Мексики Андресом Мануэлем Лопесом "
    "Обрадором в Оттаве.",
    "Секретарь Совета безопасности Армении \n, что Ереван не видит угрозы.",
    "По словам \n , переговоры с \n в Осло.",
])
def test_gap_where_a_word_was_stripped_gives_no_event(text):
    assert extract(text).events == ()


def test_nominal_call_has_both_actors_time_and_duration_from_next_sentence():
    x = extract("Вечером 5 марта состоялся телефонный разговор президента России Владимира Путина "
                "с президентом Франции Эмманюэлем Макроном. Он длился 40 минут. "
                "Разговор прошёл в деловой атмосфере.", published=date(2022, 3, 6))
    assert described(x) == [("PhoneCall", frozenset({"Владимир Путин"}),
                             frozenset({"Эмманюэль Макрон"}))]
    (ev,) = x.events
    assert ev.time.begin == date(2022, 3, 5)
    assert ev.duration == "PT40M"
    assert ev.trigger.text == "разговор"


@pytest.mark.parametrize("text,duration", [
    ("Встреча Путина и Байдена прошла в Женеве и длилась почти четыре часа.", "PT4H"),
    ("Телефонный разговор Макрона с Шольцем состоялся вечером. Разговор длился полтора часа.",
     "PT1H30M"),
    ("Сергей Лавров и Энтони Блинкен провели переговоры в Женеве. "
     "Встреча длилась около полутора часов.", "PT1H30M"),
])
def test_duration_in_words_and_in_a_conjoined_verb(text, duration):
    (ev,) = extract(text).events
    assert ev.duration == duration


def test_summit_takes_date_and_place_from_the_relative_clause_after_it():
    x = extract("Премьер добавил, что увидится с коллегой на саммите АСЕАН, "
                "который будет проходить с 8 по 10 октября во Вьетнаме.")
    (ev,) = x.events
    assert ev.kind == "Summit" and (ev.time.month, ev.time.day) == (10, 8)
    assert x.entity(ev.place).name == "Вьетнам"


def test_place_hung_on_a_name_by_the_parse_is_still_the_place_of_the_talks():
    x = extract("Накануне Сергей Лавров провёл переговоры с Мевлютом Чавушоглу в Анкаре.")
    (ev,) = x.events
    assert x.entity(ev.place).name == "Анкара"


def test_summit_of_a_group_with_a_latin_name():
    x = extract("Саммит G7 пройдёт в Эльмау 26–28 июня.", published=date(2022, 3, 10))
    (ev,) = x.events
    assert [x.entity(k).name for k in ev.others] == ["G7"]
    assert (ev.time.begin, ev.time.end) == (date(2022, 6, 26), date(2022, 6, 28))


def test_taking_part_in_a_summit_makes_the_subject_an_agent():
    x = extract("Владимир Путин примет участие в саммите БРИКС в Йоханнесбурге.")
    (ev,) = x.events
    assert ev.kind == "Summit"
    assert [x.entity(k).name for k in ev.agents] == ["Владимир Путин"]
    assert [x.entity(k).name for k in ev.others] == ["БРИКС"]
    assert x.entity(ev.place).name == "Йоханнесбург"


def test_nominal_talks_with_place_and_time_resolved_forward_from_publication():
    x = extract("Переговоры Сергея Лаврова с Дмитрием Кулебой состоятся в Анталье 10 марта.",
                published=date(2022, 3, 1))
    (ev,) = x.events
    assert ev.kind == "Negotiation"
    assert x.entity(ev.place).name == "Анталья"
    assert ev.time.begin == date(2022, 3, 10)
    assert len(set(ev.agents) | set(ev.targets)) == 2


def test_talks_without_named_actors_count_when_dated_and_organisation_is_a_participant():
    x = extract("Консультации пройдут 14 февраля. 15 февраля начнутся дискуссии в ОБСЕ.",
                published=date(2022, 2, 1))
    assert [(ev.kind, ev.time.begin) for ev in x.events] == [
        ("Negotiation", date(2022, 2, 14)), ("Negotiation", date(2022, 2, 15))]
    assert [x.entity(k).name for k in x.events[1].others] == ["ОБСЕ"]


def test_one_mention_with_two_dated_stages_is_two_events_with_their_own_place():
    x = extract("Консультации состоятся сначала в Вене 3 марта, а затем в рамках Совета Европы "
                "в Страсбурге 5 марта.", published=date(2022, 2, 20))
    stages = [(ev.time.begin, x.entity(ev.place).name if ev.place else None,
               [x.entity(k).name for k in ev.others]) for ev in x.events]
    assert stages == [(date(2022, 3, 3), "Вена", []),
                      (date(2022, 3, 5), "Страсбург", ["Совет Европы"])]
    assert len({ev.trigger.start for ev in x.events}) == 2  # two event IRIs


def test_bare_noun_in_a_sentence_with_another_date_is_not_the_earlier_event():
    x = extract("Встреча Эрдогана и Путина пройдёт в Сочи 29 сентября. В прошлый раз президенты "
                "встречались в Москве 5 марта 2020 года, тогда переговоры длились шесть часов.",
                published=date(2020, 9, 15))
    (ev,) = x.events
    assert ev.time.begin == date(2020, 9, 29) and ev.duration is None


def test_headline_glued_to_a_sentence_whose_parse_lost_its_subject():
    x = extract("Шольц и Макрон обсудили поставки газа\nКанцлер Германии Олаф Шольц в среду провёл "
                "телефонный разговор с президентом Франции Эмманюэлем Макроном. "
                "Беседа продолжалась около часа.")
    (ev,) = x.events
    assert [x.entity(k).name for k in (*ev.agents, *ev.targets)] == ["Олаф Шольц",
                                                                    "Эмманюэль Макрон"]
    assert ev.duration == "PT1H"


def test_meeting_in_a_where_clause_takes_the_visitor_and_the_place():
    x = extract("Глава МИД Польши Збигнев Рау посетил Вильнюс, где встретился с министром "
                "иностранных дел Литвы Габриэлюсом Ландсбергисом.")
    meeting = next(ev for ev in x.events if ev.kind == "Meeting")
    assert [x.entity(k).name for k in meeting.agents] == ["Збигнев Рау"]
    assert x.entity(meeting.place).name == "Вильнюс"


def test_headline_glued_to_the_first_sentence_does_not_lend_it_a_subject():
    x = extract("Эрдоган и Путин обсудили ситуацию в Сирии\nПрезидент Турции Реджеп Тайип Эрдоган "
                "провёл телефонный разговор с президентом России Владимиром Путиным.")
    assert described(x) == [("PhoneCall", frozenset({"Реджеп Тайип Эрдоган"}),
                             frozenset({"Владимир Путин"}))]


def test_undated_bare_noun_repeats_the_earlier_event_and_generic_class_merges_into_specific():
    x = extract("Эмманюэль Макрон побеседовал с Олафом Шольцем. "
                "Телефонный разговор Эмманюэля Макрона с Олафом Шольцем длился час. "
                "Разговор был конструктивным.")
    assert [ev.kind for ev in x.events] == ["PhoneCall"]


def test_coordinated_verb_shares_the_time_of_the_first():
    x = extract("Кремль в пятницу отверг обвинения и потребовал от Лондона извинений.",
                published=date(2022, 3, 10))
    assert [(ev.kind, ev.time.begin) for ev in x.events] == [
        ("Denial", date(2022, 3, 4)), ("Demand", date(2022, 3, 4))]


def test_event_time_without_publication_date_keeps_no_year():
    x = extract("Переговоры Сергея Лаврова с Дмитрием Кулебой прошли в Анталье 10 марта.")
    (ev,) = x.events
    assert (ev.time.year, ev.time.month, ev.time.day, ev.time.begin) == (None, 3, 10, None)


def test_metonymic_agent_builds_a_graph_that_conforms():
    from kg.rdf.build import build_graph
    from kg.validate import validate

    x = extract("Кремль отверг обвинения Лондона. Вашингтон пригрозил Москве санкциями.")
    g = build_graph(x, "http://localhost:5000/")
    report = validate(g)
    assert report.conforms, report.text
    agents = {str(o) for o in g.objects(None, KG.agent)}
    assert any(a.endswith("/entity/kreml") for a in agents)


def test_acting_capital_stands_for_its_country_in_the_graph():
    from kg.nlp.ru.metonymy import with_metonyms
    from kg.rdf.build import build_graph
    from kg.validate import validate

    x = extract("Москва потребовала от Вашингтона гарантий. Отношения России и США ухудшились. "
                "Переговоры прошли в Париже.")
    entities = with_metonyms(x.entities, x.events)
    stands = {e.name: x.entity(e.stands_for).name for e in entities if e.stands_for}
    assert stands == {"Москва": "Россия", "Вашингтон": "США"}  # Париж is only where it happened
    g = build_graph(Extraction(document=x.document, entities=entities, events=x.events),
                    "http://localhost:5000/")
    assert validate(g).conforms
    assert len(list(g.triples((None, KG.standsFor, None)))) == 2


def test_every_lexicon_class_is_an_ontology_event_class_and_none_is_a_statement():
    from kg.validate import SHAPES_DIR

    onto = Graph().parse(SHAPES_DIR / "ontology.ttl", format="turtle")
    classes = {r.kind for rs in rules().values() for r in rs} - {"-"}  # "-": no event there
    classes |= {r.irrealis for rs in rules().values() for r in rs if r.irrealis != "drop"}
    assert "Statement" not in classes
    for c in classes:
        assert (KG[c], RDFS.subClassOf, SEM.Event) in onto, c


def test_corpus_putin_biden_call_and_january_talks():
    path = corpus_file("ru-2021-12-31-putin-biden-call.txt")
    x = extract(path.read_text(encoding="utf-8"), published=date(2021, 12, 31))
    name = {e.key: e.name for e in x.entities}
    calls = [ev for ev in x.events if ev.kind == "PhoneCall"]
    assert len(calls) == 1
    call = calls[0]
    actors = {name[k] for k in (*call.agents, *call.targets)}
    assert any("Путин" in a for a in actors) and any("Байден" in a for a in actors)
    assert (call.time.begin, call.time.end) == (date(2021, 12, 30), date(2021, 12, 31))
    assert call.duration == "PT50M"
    talks = [ev for ev in x.events if ev.kind == "Negotiation" and ev.time is not None]
    assert talks and all(ev.time.year == 2022 and ev.time.month == 1 for ev in talks)
    assert {ev.factuality for ev in talks} == {"Planned"}  # Geneva, Brussels, the OSCE: ahead
    places = {name[ev.place] for ev in talks if ev.place} | {name[k] for ev in talks for k in ev.others}
    assert {"Женева", "Брюссель", "ОБСЕ"} <= places
    (threat,) = [ev for ev in x.events if ev.kind == "SanctionThreat"]
    assert threat.factuality == "Actual" and {name[k] for k in threat.targets} == {"Россия"}
    january = [t for t in x.times if t.month == 1 and t.year is not None]
    assert january and all(t.year == 2022 for t in january)
