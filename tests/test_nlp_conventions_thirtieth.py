"""Gold conventions settled in the thirtieth round (tests/gold-nerel/README.md, "Conventions taken
while annotating"): who is speaker and who is source when a named person or an outlet is told
something, whether a call without a quote is speech, and who a departure or the authorities of a
country name. Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import described
from speech_helpers import said


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(speaker, source) for speaker, source, _, _ in said(text)]


# ---- an outlet told something by a named speaker: the speaker speaks, the outlet is the source --

def test_a_named_speaker_who_told_an_agency_has_it_as_source():
    assert _who("Главный инженер Игорь Лебедев сообщил агентству «Интерфакс», что цех закроют "
                "в мае.") == [("Игорь Лебедев", "Интерфакс")]


def test_a_named_speaker_who_told_a_bare_named_outlet_has_it_as_source():
    assert _who("Певица Анна Белова подтвердила «Коммерсанту», что концерт перенесён.") \
        == [("Анна Белова", "Коммерсант")]


def test_a_ministry_told_something_is_no_source():
    assert _who("Директор фонда Олег Зимин сообщил Минфину, что отчёт готов.") \
        == [("Олег Зимин", None)]


def test_a_prosecutors_office_told_something_is_no_source():
    assert _who("Адвокат Пётр Соколов сообщил прокуратуре Омской области, что его клиент "
                "невиновен.") == [("Пётр Соколов", None)]


def test_a_company_told_something_is_no_source():
    assert _who("Глава холдинга Игорь Котов сообщил компании «Северсталь», что сделка "
                "отменена.") == [("Игорь Котов", None)]


def test_a_person_told_something_is_no_source():
    assert _who("Вице-премьер Олег Зимин сказал Владимиру Путину, что урожай собран.") \
        == [("Олег Зимин", None)]


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
