"""Events of politics, reviewed in the twenty-first round (docs/quality.md): the year a sentence
gives a bare day (not from a birth date, and a full date still ahead moves no day to the next
year), a win beside elections told as held, an election that only dates its clause, a delegation
led, and a post left told in the present."""

from __future__ import annotations

from event_helpers import described
from event_helpers import time_years as _years

# ---- the year a sentence gives a bare day ---------------------------------------------------


def test_a_birth_date_gives_no_year_to_a_later_clause():
    assert _years("Анна Белова родилась 7 апреля 1961 года, а 9 мая возглавила мэрию "
                  "Сорска.")[1] == ("9 мая", 2022)


def test_a_death_after_a_birth_date_is_not_put_before_the_birth():
    events = described("Пётр Сомов родился 3 марта 1950 года, а 5 февраля скончался в Сорске.")
    assert [(e.kind, e.year) for e in events] == [("Birth", 1950), ("Death", 2023)]


def test_a_full_date_still_ahead_keeps_an_earlier_day_in_its_year():
    assert _years("Голосование пройдёт 12 октября 2025 года, а 4 апреля откроется приём "
                  "заявок.")[1] == ("4 апреля", 2025)


def test_a_day_ahead_of_a_past_full_date_still_moves_to_the_next_year():
    assert _years("Об этом он сообщил 20 ноября 2019 года, добавив, что 3 марта будет избран "
                  "новый совет.")[1] == ("3 марта", 2020)


def test_a_date_in_a_quoted_title_gives_no_year():
    assert _years("Выставка «Сорск, 9 мая 1945 года» откроется 12 мая.")[1] == ("12 мая", 2023)


def test_a_document_date_gives_no_year():
    assert _years("Указ от 14 июня 2017 года был отменён губернатором 12 мая.")[1] == (
        "12 мая", 2022)


# ---- a win beside the elections told --------------------------------------------------------


def test_a_win_beside_elections_told_as_held_is_an_election():
    events = described("В Лимании прошли выборы президента, победил Пётр Сомов.")
    assert ("Election", frozenset({"Пётр Сомов"})) in [(e.kind, e.targets) for e in events]
    assert "SportsMatch" not in [e.kind for e in events]


def test_a_win_beside_elections_told_as_ended_is_an_election():
    events = described("Выборы губернатора завершились, победу одержала Анна Белова.")
    assert [(e.kind, e.targets) for e in events] == [("Election", frozenset({"Анна Белова"}))]


def test_a_match_beside_elections_a_week_later_stays_a_match():
    events = described("Сборная Лимании победила команду Сорска, а через неделю в стране "
                       "пройдут выборы.")
    assert [e.kind for e in events] == ["SportsMatch"]


def test_who_wins_a_tournament_on_the_eve_of_elections_takes_no_part_in_them():
    events = described("Накануне выборов Пётр Сомов победил в турнире по шахматам.")
    assert not any(e.kind == "Election" and "Пётр Сомов" in e.actors for e in events)


def test_who_leaves_after_the_elections_takes_no_part_in_them():
    assert described("После выборов Пётр Сомов уехал в отпуск.") == []


# ---- posts ----------------------------------------------------------------------------------


def test_leading_a_delegation_is_no_appointment():
    assert "Appointment" not in [e.kind for e in described(
        "Делегацию Сорска на переговорах возглавила вице-мэр Анна Белова.")]


def test_heading_a_ministry_named_first_stays_an_appointment():
    events = described("Министерство культуры возглавила Анна Белова.")
    assert [(e.kind, e.targets) for e in events] == [("Appointment", frozenset({"Анна Белова"}))]


def test_a_ministry_the_parse_takes_for_the_subject_still_has_a_head_appointed():
    # the neuter noun cannot be the subject of the masculine verb: someone took the post
    assert "Appointment" in [e.kind for e in described(
        "Министерство возглавил врио губернатора Пётр Сомов.")]


def test_leaving_a_post_told_in_the_present_is_a_resignation():
    events = described("Анна Белова покидает пост вице-мэра Сорска.")
    assert [(e.kind, e.targets) for e in events] == [("Resignation", frozenset({"Анна Белова"}))]


# ---- a negated infinitive of cancelling or putting off ---------------------------------------


def test_deciding_not_to_put_off_elections_keeps_them_planned():
    events = described("Губернатор решил не переносить выборы мэра Сорска, назначенные на 10 "
                       "сентября.")
    assert [(e.kind, e.factuality) for e in events] == [("Election", "Planned")]


def test_promising_not_to_cancel_a_visit_keeps_it_planned():
    events = described("Власти Сорска пообещали не отменять визит Анны Беловой 12 октября.")
    assert ("Visit", "Planned") in [(e.kind, e.factuality) for e in events]


# ---- a body's head noun that names a thing ---------------------------------------------------


def test_a_databank_created_founds_nothing():
    assert "Founding" not in [e.kind for e in described(
        "Полиция Сорска создала банк данных угнанных машин.")]


def test_a_group_created_in_a_social_network_founds_nothing():
    assert "Founding" not in [e.kind for e in described(
        "Анна Белова создала группу в социальной сети для жителей Сорска.")]


def test_a_bank_created_still_founds_a_body():
    events = described("Пётр Сомов создал банк в Сорске.")
    assert [(e.kind, e.agents) for e in events] == [("Founding", frozenset({"Пётр Сомов"}))]


# ---- a negated verb of beginning ------------------------------------------------------------


def test_not_taking_up_a_candidacy_is_negated():
    events = described("Анна Белова не стала баллотироваться на выборах мэра Сорска.")
    assert [(e.kind, e.factuality) for e in events] == [("Election", "Negated")]


def test_taking_up_a_candidacy_stays_actual():
    events = described("Анна Белова стала баллотироваться на выборах мэра Сорска.")
    assert [(e.kind, e.factuality) for e in events] == [("Election", "Actual")]


def test_not_commenting_on_a_resignation_leaves_it_actual():
    events = described("Пётр Сомов не стал комментировать отставку Анны Беловой.")
    assert [(e.kind, e.factuality) for e in events] == [("Resignation", "Actual")]
