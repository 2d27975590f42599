"""A relative clause's `который` stands for the noun it agrees with: as the act's object or
subject it is that noun to a line's `=` context, and where the parse hung the clause on the last
noun of the phrase it is the noun above (kg/nlp/ru/events.py `relative_antecedent`). The
sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import found

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.events import _Extractor


def test_amendments_which_the_duma_adopted_are_an_adoption_by_the_duma():
    assert found("Депутаты обсудили поправки, которые приняла Государственная дума в мае.",
                 "LawAdoption") == [("Actual", frozenset({"Государственная дума"}), frozenset())]


def test_a_law_on_a_subject_which_the_duma_adopted_is_the_law_adopted_not_its_subject():
    assert found("Депутаты обсудили закон о связи, который приняла Государственная дума в мае.",
                 "LawAdoption") == [("Actual", frozenset({"Государственная дума"}), frozenset())]


def _antecedent(text: str, verb: str) -> str | None:
    a = analyse(text)
    ex = _Extractor(a, find_entities(a), find_times(text, None, a))
    noun = ex.relative_antecedent(next(t for t in a.tokens if t.text == verb))
    return noun.lemma if noun is not None else None


def test_which_stands_for_the_noun_it_agrees_with_nearest_first():
    assert _antecedent("Депутаты обсудили закон о реформе, которую провела Дума.",
                       "провела") == "реформа"
    assert _antecedent("Депутаты обсудили закон о связи, который приняла Дума.",
                       "приняла") == "закон"


def test_which_that_agrees_with_no_noun_of_the_phrase_stands_for_none():
    assert _antecedent("Депутаты обсудили законы о связи, который приняла Дума.",
                       "приняла") is None


def test_which_stands_for_the_nearer_noun_of_the_phrase_the_parse_hung_it_past():
    assert _antecedent("В Твери выступил композитор Олег Маркин, лауреат Государственной "
                       "премии, которую он получил за оперу «Метель».", "получил") == "премия"
