"""kg.nlp.ru.reference_groups.may_be_group_word: the one test of a word that may stand for several
people named before, asked by the group search and by the event roles alike."""

from __future__ import annotations

from event_helpers import agents_targets

import kg.nlp.ru as ru
from kg.nlp.ru.reference_groups import may_be_group_word


def _word(text: str, word: str) -> bool:
    a = ru.analyse(text)
    t = next(t for t in a.tokens if t.text == word)
    return may_be_group_word(t, a.children(t.index))


def test_a_plural_pronoun_may_stand_for_a_group():
    assert _word("Вечером они уехали в Казань.", "они")


def test_a_plural_owner_before_a_noun_may_stand_for_a_group():
    assert _word("Их встреча продлилась час.", "Их")


def test_a_singular_pronoun_stands_for_no_group():
    assert not _word("Вечером он уехал в Казань.", "он")


def test_both_alone_may_stand_for_a_group():
    assert _word("Оба отказались от комментариев.", "Оба")


def test_a_noun_counted_by_both_may_stand_for_a_group():
    assert _word("Оба политика отказались от комментариев.", "политика")


def test_a_plural_noun_not_counted_by_both_stands_for_no_group():
    assert not _word("Политики отказались от комментариев.", "Политики")


def test_an_object_counted_by_both_may_stand_for_a_group():
    assert _word("Обоих политиков встретили в аэропорту.", "политиков")


def test_they_after_two_named_persons_still_meet_as_the_two():
    text = "Иван Котов и Олег Зимин прибыли в Казань. Там они провели встречу."
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset())]
