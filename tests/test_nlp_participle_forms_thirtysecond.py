"""Participle attributes the tagger misreads or whose time was read in the tense of the clause
around them (thirty-second round, ptcp32): a participle written with `ё` or opening a sentence
is a participle, not an adjective in a wrong case, and a past participle's own weekday is a past
one. Sentences invented for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from paraphrase_breadth import events_of  # noqa: E402

from kg.nlp.ru.analysis import analyse  # noqa: E402

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def _token(text: str, word: str):
    return next(t for t in analyse(text).tokens if t.text == word)


def test_a_participle_written_with_yo_is_tagged_a_participle():
    t = _token("Вчера награждённый орденом Дружбы учёный Пётр Ершов уехал в Томск.", "награждённый")
    assert (t.pos, t.lemma, t.feats.get("VerbForm"), t.feats.get("Voice")) == \
        ("VERB", "наградить", "Part", "Pass")


@pytest.mark.parametrize("text, word", [
    ("Посол Соединённого Королевства вручил ноту.", "Соединённого"),
    ("Объединённые Арабские Эмираты ввели новые визы.", "Объединённые"),
])
def test_a_word_of_a_name_keeps_the_taggers_reading(text, word):
    # a capital inside the sentence, or before another capitalised word, marks a name's word
    assert _token(text, word).pos != "VERB"


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


def test_a_law_told_adopted_by_a_dated_participle_is_an_adoption_with_no_one_named():
    found = kinds("Закон о музеях, принятый в 2004 году, давно устарел.", "LawAdoption")
    assert [(d.agents | d.targets | d.others, d.year) for d in found] == [(frozenset(), 2004)]


def test_a_law_told_adopted_by_a_participle_with_its_own_place_is_an_adoption_there():
    found = [d for d in events_of("Закон о музеях, принятый в Эстонии, вызвал споры.")
             if d.kind == "LawAdoption"]
    assert [(d.place, d.actors) for d in found] == [("Эстония", frozenset())]


def test_a_law_told_adopted_by_a_bare_participle_is_no_event():
    # no date nor place of its own: the participle only says which law
    assert not kinds("Принятый закон о музеях вызвал споры.", "LawAdoption")
    assert not kinds("Согласно принятому закону о музеях, вход станет платным.", "LawAdoption")


def test_a_genitive_participle_phrase_the_parse_takes_for_a_noun_describes_the_noun_after_it():
    # `задержанного` hung on `адвокат` as a genitive noun: it is the businessman who was held
    found = kinds("Адвокат задержанного в Самаре фермера Ильи Громова обжаловал арест.", "Arrest")
    assert [d.targets for d in found][:1] == [frozenset({"Илья Громов"})]


def test_a_bare_genitive_participle_before_its_noun_tells_no_act():
    assert not kinds("Адвокат задержанного фермера Ильи Громова дал интервью.", "Arrest")


def test_a_participle_retelling_an_arrest_told_before_joins_it():
    found = kinds("В понедельник полиция задержала фермера Илью Громова. Задержанный в "
                  "понедельник фермер Илья Громов признал вину.", "Arrest")
    assert len(found) == 1


def test_a_participle_attribute_of_a_future_post_tells_no_election():
    # `будущий` is no participle; the man is only described by the post he is to take
    assert not kinds("Будущий мэр Томска Илья Громов родился в Омске.", "Election", "Appointment")
