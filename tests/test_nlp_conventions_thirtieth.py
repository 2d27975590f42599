"""Gold conventions settled in the thirtieth round (tests/gold-nerel/README.md, "Conventions taken
while annotating"): who speaks when a named person tells an outlet or something becomes known to
one, whether a call without a quote is speech, what a departure from a country is, and whom the
authorities of a country name. Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import described
from speech_helpers import said, statements


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(speaker, source) for speaker, source, _, _ in said(text)]


# ---- an outlet told something by a named speaker: the speaker speaks, the outlet is addressed ----

def _told(text: str) -> list[tuple[str | None, str | None, str | None]]:
    sts, names = statements(text)
    return [(names.get(s.speaker), names.get(s.source), names.get(s.addressee)) for s in sts]


def test_a_named_speaker_who_told_an_agency_speaks_to_it():
    assert _told("Главный инженер Игорь Лебедев сообщил агентству «Интерфакс», что цех закроют "
                 "в мае.") == [("Игорь Лебедев", None, "Интерфакс")]


def test_a_named_speaker_who_told_a_bare_named_outlet_speaks_to_it():
    assert _told("Певица Анна Белова подтвердила «Коммерсанту», что концерт перенесён.") \
        == [("Анна Белова", None, "Коммерсант")]


# ---- what became known to an outlet is the outlet's statement ----------------------------------

def test_what_became_known_to_an_agency_is_the_agencys_statement():
    assert _who("Как стало известно агентству «Интерфакс», полиция задержала двух "
                "подозреваемых.") == [("Интерфакс", None)]


# ---- a call with no quote is an Appeal, not a statement ------------------------------------------

def test_a_call_with_an_infinitive_and_no_quote_is_no_statement():
    assert said("Мэр Омска Олег Зимин призвал жителей не выходить на улицу.") == []


def test_a_call_with_an_infinitive_and_no_quote_is_an_appeal_of_the_caller():
    assert [d.agents for d in described("Мэр Омска Олег Зимин призвал жителей не выходить на "
                                        "улицу.") if d.kind == "Appeal"] \
        == [frozenset({"Олег Зимин"})]


def test_a_call_that_frames_a_quote_is_a_statement():
    assert _who("Посол Игорь Котов призвал стороны прекратить огонь: «Насилие должно "
                "закончиться».") == [("Игорь Котов", None)]


# ---- a departure from a country: a Withdrawal with the country as target -------------------------

def test_leaving_a_country_is_a_withdrawal_from_it():
    found = [d for d in described("Бизнесмен Игорь Котов покинул Россию в марте.")
             if d.kind == "Withdrawal"]
    assert [(d.agents, d.targets) for d in found] \
        == [(frozenset({"Игорь Котов"}), frozenset({"Россия"}))]


def test_fleeing_a_country_is_an_escape():
    assert [d.kind for d in described("Министр Олег Зимин бежал из Грузии.")] == ["Escape"]


# ---- the authorities of a country act as the country -------------------------------------------

def test_the_authorities_of_a_country_act_as_the_country():
    found = [d for d in described("Власти Польши запретили митинг в Варшаве.")
             if d.kind == "Sanction"]
    assert [d.agents for d in found] == [frozenset({"Польша"})]
