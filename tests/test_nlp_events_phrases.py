"""More phrases of the frequent acts (docs/events.md "Event classes"): custody and captivity,
court appearances and verdicts, victories won, births, songs, dispersals, battles, the European
cups, suicides, annulments, beauty contests; a trigger noun written together with its year
(`ЧМ-2018`); prizes won at an event; the subject of a clause framed by a shoot-out; a country
that takes part in a tournament. Hand-written sentences."""

from __future__ import annotations

import pytest
from event_helpers import described as events_of
from event_helpers import extract


def described(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each event as (class, names of all its actors)."""
    return [(d.kind, d.actors) for d in events_of(text)]


CASES = [
    ("Полиция Омска взяла под стражу Игоря Смирнова.", "Arrest", {"Игорь Смирнов"}),
    ("В 2015 году Олег Зимин попал в плен.", "Kidnapping", {"Олег Зимин"}),
    ("Игорь Смирнов предстал перед судом в Твери.", "Trial", {"Игорь Смирнов"}),
    ("У певицы Анны Беловой появилась на свет дочь.", "Birth", {"Анна Белова"}),
    ("Певица Анна Белова исполнила песню на фестивале в Сочи.", "Performance", {"Анна Белова"}),
    ("Олег Зимин участвовал в боях за Донецк.", "Attack", {"Олег Зимин"}),
    ("Врачи сообщили об отравлении Сергея Гусева в Лондоне.", "Attack", {"Сергей Гусев"}),
    ("Бывший офицер Карл Миттаг был отравлен в Лондоне.", "Attack", {"Карл Миттаг"}),
    ("Сборная Чили одержала победу над Норвегией.", "SportsMatch", {"Чили", "Норвегия"}),
    ("Иван Петров одержал победу на выборах мэра Омска.", "Election", {"Иван Петров"}),
    ("Актёр Олег Зимин совершил самоубийство.", "Death", {"Олег Зимин"}),
    ("Врачи сообщили о суициде Олега Зимина в Омске.", "Death", {"Олег Зимин"}),
    ("Власти Аргентины аннулировали визу Олега Зимина.", "Revocation", {"Олег Зимин"}),
    ("В 2012 году Анна Белова участвовала в «Мисс Европе».", "Performance", {"Анна Белова"}),
]


@pytest.mark.parametrize("text, kind, actors", CASES)
def test_a_phrase_of_a_frequent_act_gives_its_event(text, kind, actors):
    assert any(k == kind and actors <= found for k, found in described(text))


def test_a_verdict_is_a_sentence():
    assert "Sentence" in [kind for kind, _ in described("Суд Твери вынес вердикт по делу Игоря Смирнова.")]


def test_a_trigger_noun_written_with_its_year_is_a_trigger():
    # the championship is one more mention of the match the verb reports
    (ev,) = extract("Сборная Бразилии обыграла Мексику на ЧМ-2014.").events
    assert ev.kind == "SportsMatch" and "ЧМ-2014" in [m.text for m in ev.mentions]


def test_a_prize_won_at_an_event_names_its_participant():
    # the gold of the Games: whoever won it took part in them
    found = described("Гимнастка Анна Петрова выиграла золото Олимпиады-2008 в Пекине.")
    assert ("SportsMatch", frozenset({"Анна Петрова"})) in found


def test_a_shoot_out_framing_a_clause_takes_its_subject():
    found = described("Игорь Смирнов был убит в перестрелке с охраной банка.")
    assert ("Attack", frozenset({"Игорь Смирнов"})) in found
    assert ("Killing", frozenset({"Игорь Смирнов"})) in found


def test_an_unknown_word_with_a_year_is_no_trigger():
    from kg.nlp.ru.events import edition_stem

    assert edition_stem("чм-2018") == "чм"
    assert edition_stem("олимпиаде-2016") == "олимпиада"
    assert edition_stem("сочи-2014") is None  # a place, not an event noun
    assert edition_stem("чм") is None


def test_a_country_that_takes_part_in_a_tournament_is_a_participant_not_its_place():
    x = extract("Сербия участвовала в турнире в Лондоне.")
    name = {e.key: e.name for e in x.entities}
    (ev,) = x.events
    assert [name[k] for k in ev.others] == ["Сербия"] and name[ev.place] == "Лондон"


def test_a_country_a_tournament_noun_names_in_its_genitive_is_its_place():
    (ev,) = extract("Чемпионат Испании по футболу завершился в мае.").events
    assert ev.kind == "SportsMatch" and not ev.others and ev.place is not None
