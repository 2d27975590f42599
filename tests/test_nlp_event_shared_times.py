"""Which time dates an event mention: the nearest in the parse (kg/nlp/ru/event_time.py
`own_time`), or one it shares with the verb it is coordinated with or announced by
(kg/nlp/ru/events.py `share_times`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times, extract


def test_a_coordinated_verb_takes_the_time_of_a_first_verb_that_is_no_event():
    assert event_times("В 1975 году Пётр Белов бросил университет и переехал в Лондон.") == {
        "Relocation": "1975 году"}


def test_a_first_verb_takes_the_time_its_coordinated_verb_ends_on():
    assert event_times("Пётр Белов похитил и убил Ивана Зуева в июне 2017 года.") == {
        "Kidnapping": "в июне 2017 года", "Killing": "в июне 2017 года"}


def test_a_time_said_before_the_coordinated_verb_is_not_shared_back():
    assert event_times("Олег Зимин переехал в Москву, а в 2015 году Олег Зимин был назначен "
                       "министром.") == {"Relocation": None, "Appointment": "2015 году"}


def test_an_act_announced_by_its_doer_takes_the_announcements_time():
    assert event_times("21 ноября Олег Зимин заявил об уходе с поста губернатора.") == {
        "Resignation": "21 ноября"}


def test_an_announced_act_still_ahead_does_not_take_the_announcements_time():
    assert event_times("5 мая Олег Зимин объявил о предстоящем уходе с поста губернатора.") == {
        "Resignation": None}


def test_of_two_times_the_one_nearer_in_the_parse_dates_the_event():
    assert event_times("Лидер группы (с 1984 года) Пётр Белов родился 25 декабря 1958 года в "
                       "Москве.") \
        == {"Birth": "25 декабря 1958 года"}


def test_a_time_after_a_coordinated_verb_is_its_own_though_the_parse_hangs_it_on_the_first():
    x = extract("Закон был принят Государственной думой 26 ноября 2010 года и одобрен Советом "
                "Федерации 1 декабря 2010 года.")
    assert sorted((e.time.month, e.time.day) for e in x.events) == [(11, 26), (12, 1)]


def test_this_happened_dates_the_event_told_just_before():
    assert event_times("Полиция Ладонии задержала Олега Сомова. Это произошло 10 декабря.") == {
        "Arrest": "10 декабря"}


def test_this_happened_does_not_replace_a_time_the_event_already_has():
    assert event_times("Олег Сомов подал в отставку в 2007 году. Это случилось 10 декабря.") == {
        "Resignation": "2007 году"}


def test_this_became_known_is_no_date_of_the_event():
    # `стало известно` dates the news, not the resignation
    assert event_times("Олег Сомов подал в отставку. Это стало известно 10 декабря.") == {
        "Resignation": None}


def test_a_verb_that_is_no_event_dates_the_event_its_noun_names_by_a_later_time():
    assert event_times("Олег Сомов и Анна Громова были приглашены на свадьбу принца Карла в 2004 "
                       "году.") == {"Marriage": "2004 году"}


def test_a_time_before_such_a_verb_is_not_passed_down_to_its_noun():
    assert event_times("В 2004 году Олег Сомов был приглашён на свадьбу принца Карла.") == {
        "Marriage": None}


def test_a_time_the_parse_hangs_on_a_verb_above_two_nouns_dates_the_event_noun():
    # `в 2004 году` rewired onto `пропустил`, as the parse does on longer sentences: the verb
    # is no event, so the time it carries after the noun dates the wedding under `начало`
    from dataclasses import replace

    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import find_entities
    from kg.nlp.ru.events import find_events
    from kg.records import Document

    text = "Олег Сомов пропустил начало свадьбы принца Карла в 2004 году."
    a = analyse(text)
    verb = next(t for t in a.tokens if t.text == "пропустил")
    tokens = [replace(t, head=verb.index, rel="obl") if t.text == "году" else t for t in a.tokens]
    a = replace(a, tokens=tuple(tokens))
    (event,) = find_events(a, find_entities(a), Document("t", text))
    assert (event.kind, event.time.span.text) == ("Marriage", "2004 году")
