"""Participle attributes the tagger misreads or whose time was read in the tense of the clause
around them (thirty-second round, ptcp32): a participle written with `ё` or opening a sentence
is a participle, not an adjective in a wrong case, and a past participle's own weekday is a past
one. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described

from kg.nlp.ru.analysis import analyse


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def _token(text: str, word: str):
    return next(t for t in analyse(text).tokens if t.text == word)


def test_a_participle_written_with_yo_is_tagged_a_participle():
    t = _token("Вчера награждённый орденом Дружбы учёный Пётр Ершов уехал в Томск.", "награждённый")
    assert (t.pos, t.lemma, t.feats.get("VerbForm"), t.feats.get("Voice")) == \
        ("VERB", "наградить", "Part", "Pass")


def test_a_participle_opening_a_sentence_is_no_adjective_in_the_instrumental():
    t = _token("Награждённая грамотой учительница Ольга Зимина ушла на пенсию.", "Награждённая")
    assert (t.pos, t.feats.get("VerbForm"), t.feats.get("Case")) == ("VERB", "Part", "Nom")


def test_selected_works_a_man_stricken_with_grief_and_an_appointed_hour_tell_no_event():
    assert not kinds("Вышли избранные произведения поэта Ильи Громова.", "Election")
    assert not kinds("Убитый горем вдовец Илья Громов не вышел к журналистам.", "Killing")
    assert not kinds("В назначенное время министр Илья Громов не пришёл.", "Appointment")


def test_an_award_told_by_a_participle_with_yo_before_its_noun_is_an_award_to_that_noun():
    found = kinds("Награждённый орденом Почёта хирург Павел Зотов вернулся в Омск.", "Award")
    assert [(d.targets | d.agents | d.others, d.factuality) for d in found] == \
        [(frozenset({"Павел Зотов"}), "Actual")]


def test_a_past_participles_weekday_is_a_past_one_in_a_future_clause():
    # the death is past, though the clause around the noun tells what is still to come
    found = kinds("Умерший в пятницу поэт Илья Громов будет похоронен в Твери.", "Death")
    assert [d.factuality for d in found] == ["Actual"]
