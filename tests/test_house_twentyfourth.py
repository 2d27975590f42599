"""Housekeeping of the twenty-fourth round, on sentences written for it: a former holder's word
with `ё` under a named subject (`Котов, отстранённый от власти, прибыл`) says no office is held,
as the same word under a title does; one reading of the future `быть` (`future_be`), one set of
quote marks (`QUOTE_MARKS`), one walk over a trigger's dated days (`day_stretches`) for a visit's
stops and a meeting's stages, and one reading of who published (`Finder.publishers`) for the
outlet of the sentence before and for the outlet of the text so far."""

from __future__ import annotations

from datetime import date

from event_helpers import described, extract, lemmatised_as, of_class

_INTRO = "Президент Лимании Иван Котов выступил в Киеве. "


def _with_yo(monkeypatch):
    lemmatised_as(monkeypatch, "отстранённый", "отстранённый")


# ---- a former holder's arrival, the word under the name --------------------------------------


# a named person's own trip to a named city is a Visit whatever office he held (twenty-fifth
# round, `named_traveller`), unless the arrival is told with where he comes from: with `из` only
# an office held makes one, so the former-holder word still decides there

def test_a_named_holder_called_former_with_yo_arrives_as_a_private_person(monkeypatch):
    _with_yo(monkeypatch)
    assert not of_class(_INTRO + "Котов, отстранённый от власти, прибыл в Москву из Киева.",
                        "Visit")


def test_a_named_holder_called_former_with_e_arrives_as_a_private_person(monkeypatch):
    _with_yo(monkeypatch)
    assert not of_class(_INTRO + "Котов, отстраненный от власти, прибыл в Москву из Киева.",
                        "Visit")


def test_a_named_holder_not_called_former_arriving_from_a_city_still_visits(monkeypatch):
    _with_yo(monkeypatch)
    assert [d.agents for d in of_class(_INTRO + "Через год Котов прибыл в Москву из Киева.",
                                       "Visit")] == [
        frozenset({"Иван Котов"})]


def test_a_named_holder_not_called_former_still_visits(monkeypatch):
    _with_yo(monkeypatch)
    assert [d.agents for d in of_class(_INTRO + "Через год Котов прибыл в Москву.", "Visit")] == [
        frozenset({"Иван Котов"})]


def test_a_named_holder_with_another_word_in_yo_still_visits(monkeypatch):
    # `ё` in a word that is no former-title word changes nothing
    _with_yo(monkeypatch)
    assert [d.agents for d in of_class(_INTRO + "Котов, утомлённый дорогой, прибыл в Москву.",
                                       "Visit")] \
        == [frozenset({"Иван Котов"})]


# ---- the future of быть, read once ---------------------------------------------------------------


def _token(text: str, lemma: str = "быть"):
    from kg.nlp.ru.analysis import Token

    return Token(index=0, start=0, end=len(text), text=text, lemma=lemma, pos="AUX", feats={},
                 head=None, rel="aux", sent=0)


def test_the_future_forms_of_byt_are_future():
    from kg.nlp.ru.analysis import future_be

    assert all(future_be(_token(w)) for w in ("будет", "Будут", "буду", "будем"))


def test_the_past_and_present_forms_of_byt_are_not_future():
    from kg.nlp.ru.analysis import future_be

    assert not any(future_be(_token(w)) for w in ("был", "была", "было", "есть"))
    assert not future_be(_token("будильник", lemma="будильник"))  # another word


def test_an_infinitive_under_the_future_auxiliary_is_planned():
    assert [(d.kind, d.factuality) for d in described("Ивана Котова будут судить в Лиманске.")] \
        == [("Trial", "Planned")]


def test_the_past_of_the_same_act_is_actual():
    assert [(d.kind, d.factuality) for d in described("Ивана Котова судили в Лиманске.")] \
        == [("Trial", "Actual")]


# ---- the quote marks, one set ----------------------------------------------------------------


def test_the_quote_marks_are_the_opening_ones_and_the_closing_ones():
    from kg.nlp.ru.quotes import OPENING_QUOTES, QUOTE_MARKS

    assert set(OPENING_QUOTES) < QUOTE_MARKS
    assert QUOTE_MARKS == frozenset('«»"„“”')


# ---- one walk over the dated days ----------------------------------------------------------------


def test_a_visit_with_two_dated_stops_is_two_visits_each_with_its_place():
    x = extract("Иван Котов посетит Варшаву 20 марта и Прагу 21 марта.",
                published=date(2022, 3, 1))
    visits = [(ev.time.begin, x.entity(ev.place).name) for ev in x.events if ev.kind == "Visit"]
    assert visits == [(date(2022, 3, 20), "Варшава"), (date(2022, 3, 21), "Прага")]


def test_a_visit_whose_second_stretch_names_another_person_stays_one():
    x = extract("Иван Котов посетит Варшаву 20 марта, а Пётр Сомов — Прагу 21 марта.",
                published=date(2022, 3, 1))
    assert len([ev for ev in x.events if ev.kind == "Visit"]) <= 1


def test_a_visit_with_one_day_is_one_visit():
    x = extract("Иван Котов посетит Варшаву 20 марта.", published=date(2022, 3, 1))
    assert len([ev for ev in x.events if ev.kind == "Visit"]) == 1


# ---- who published, one reading ------------------------------------------------------------------


def _source_of(text: str, trigger: str) -> str | None:
    from speech_helpers import statements

    sts, names = statements(text)
    cued = [s for s in sts if s.trigger.text == trigger]
    return names.get(cued[0].source) if cued and cued[0].source else None


def test_an_outlet_that_published_in_the_sentence_before_is_the_source_of_its_pronoun():
    assert _source_of("Об уходе тренера написало агентство «Лиманские новости». По его данным, "
                      "тренер уже покинул клуб.", "данным") == "Лиманские новости"


def test_an_outlet_that_only_might_have_published_is_no_source():
    assert _source_of("Агентство «Лиманские новости» могло бы написать об уходе тренера. По его "
                      "данным, тренер уже покинул клуб.", "данным") is None


def test_an_outlet_that_published_earlier_in_the_text_is_the_outlet_noun():
    assert _source_of("В Лиманске сменился тренер клуба. Об этом пишет «Лиманский курьер». По "
                      "информации издания, тренер уже покинул город.", "информации") \
        == "Лиманский курьер"


def test_an_outlet_that_only_might_have_published_earlier_is_not_the_outlet_noun():
    assert _source_of("В Лиманске сменился тренер клуба. Об этом мог бы написать «Лиманский "
                      "курьер». По информации издания, тренер уже покинул город.",
                      "информации") is None
