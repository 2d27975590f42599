"""A time written right after an event noun's phrase is the noun's, though the parse hangs it on
the verb above (kg/nlp/ru/events.py `trailing_time`); an accident or attack one died or was hurt
in takes the time of the harm (`share_times`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import extract


def times(text: str) -> dict[str, str | None]:
    """Each event's class and the words of its time expression."""
    x = extract(text)
    return {e.kind: (text[e.time.span.start:e.time.span.end] if e.time else None)
            for e in x.events}


def test_an_accident_a_death_happened_in_takes_the_date_after_it():
    assert times("Иван Белов погиб в автокатастрофе 14 октября 2019 года.") == {
        "Death": "14 октября 2019 года", "Accident": "14 октября 2019 года"}


def test_a_coup_named_in_a_phrase_of_the_death_takes_the_date_after_it():
    assert times("Иван Белов погиб в ходе военного переворота 11 сентября 1973 года.")[
        "Protest"] == "11 сентября 1973 года"


def test_a_shootout_framing_a_death_takes_the_date_after_its_words():
    assert times("Иван Белов погиб во время перестрелки с полицией 26 июня 1975 года.")[
        "Attack"] == "26 июня 1975 года"


def test_an_offence_named_by_an_arrest_does_not_take_the_arrests_date():
    assert times("Полиция задержала Ивана Белова по подозрению в убийстве Петра Котова 5 мая "
                 "2019 года.")["Killing"] is None


def test_a_date_past_a_comma_and_another_verb_is_not_the_nouns():
    assert times("Иван Белов погиб в ДТП в Твери, а 14 октября 2019 года его похоронили.")[
        "Accident"] is None


def test_a_coup_in_a_relative_clause_takes_the_date_after_it_wherever_the_parse_hangs_it():
    assert times("Писатель Иван Белов выступал в поддержку министра Петра Котова, который погиб "
                 "в ходе военного переворота 11 сентября 1973 года.")["Protest"] == \
        "11 сентября 1973 года"


def test_an_accident_someone_died_in_takes_the_deaths_date_said_before_the_verb():
    assert times("30 ноября 2012 года вице-губернатор Иван Белов погиб в ДТП.")["Accident"] == \
        "30 ноября 2012 года"


def test_an_accident_someone_died_in_stays_undated_when_the_death_is():
    assert times("Иван Белов погиб в ДТП.")["Accident"] is None
