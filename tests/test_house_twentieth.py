"""Faults of the house noticed in the nineteenth round and fixed in the twentieth: vocabularies read
from their data files, the gazetteer the settings name reaching the language layer, the learned
mention model built without held-out articles, work done once per document. Sentences and names
are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.eponyms import services_used
from kg.nlp.ru.known_names import NameMention


def _given(text: str, given: tuple[tuple[str, str], ...]):
    """The analysis and the mentions `given` (words, kind), set by hand."""
    a = analyse(text)
    mentions = []
    for words, kind in given:
        at = text.index(words)
        first, last = a.token_at(at), a.token_at(at + len(words) - 1)
        mentions.append(NameMention(span(text, at, at + len(words)), words, kind, True,
                                    first.index, last.index))
    return a, mentions


def _services(text: str, name: str) -> list[str]:
    a, mentions = _given(text, ((name, "organization"),))
    return [m.span.text for m in services_used(a, mentions)]


# possessives: every case form of kg/data/ru/possessives.tsv, not a list of forms in the code

def test_a_service_after_a_first_person_plural_possessive_is_where_one_writes():
    assert _services("Подробности мы опубликуем завтра в нашем Telegram.", "Telegram") == []


def test_a_service_after_a_second_person_possessive_in_the_feminine_is_where_one_writes():
    assert _services("Редакция ответит на вопросы в вашей ВКонтакте.", "ВКонтакте") == []


def test_a_service_after_a_reflexive_possessive_and_an_account_adjective_is_where_one_writes():
    assert _services("Певица написала в своём официальном Telegram, что тур отменён.",
                     "Telegram") == []


def test_a_service_after_a_demonstrative_is_no_possessive_and_stays():
    assert _services("Об этом знают в этом Telegram и в других компаниях.", "Telegram") == ["Telegram"]


def test_a_service_after_a_plain_adjective_stays():
    assert _services("Ошибку нашли в новом Telegram, сообщили разработчики.", "Telegram") == ["Telegram"]


def test_a_service_after_a_personal_pronoun_in_the_instrumental_stays():
    assert _services("Сделку обсудили в Лондоне с ним и Telegram.", "Telegram") == ["Telegram"]
