"""Events of politics, twenty-first round (docs/events.md): a word of an election campaign makes a
win or a loss an Election only when it speaks of that contest (in the win's clause or in one that
names a contestant, not a time mark before or after it); an act named under a negated infinitive
of a plan or a decision (`решил не уходить в отставку`) is meant not to happen; a post taken by an
inanimate common noun (`X сменило руководство компании`) is no Appointment; a word of making
(`создать`, `организовать`) founds only a body; a bare day takes the year its sentence gave
before it; votes cast for someone right after an election are that election's count."""

from __future__ import annotations

from event_helpers import described
from event_helpers import kinds as _kinds
from event_helpers import time_years as _years

# ---- a win and the election beside it ------------------------------------------------------


def test_a_win_at_an_election_in_its_own_clause_is_an_election():
    events = described("На выборах в Лимании Иван Котов победил Петра Сомова.")
    assert [(e.kind, e.targets) for e in events] == [("Election", frozenset({"Иван Котов"}))]


def test_a_match_beside_a_clause_of_the_opposition_stays_a_match():
    kinds = _kinds("«Зенит» победил «Спартак», а оппозиция провела митинг в Москве.")
    assert "Election" not in kinds and "SportsMatch" in kinds


def test_a_boxer_beside_a_clause_of_voters_stays_a_match():
    kinds = _kinds("Боксёр Иван Котов победил Петра Сомова, а избиратели Лимании выбрали мэра.")
    assert "SportsMatch" in kinds
    assert not any(e.kind == "Election" and "Иван Котов" in e.actors
                   for e in described("Боксёр Иван Котов победил Петра Сомова, а избиратели "
                                      "Лимании выбрали мэра."))


def test_a_win_before_the_elections_is_no_election_win():
    events = described("Сборная Лимании победила команду Сорска накануне выборов.")
    assert "SportsMatch" in [e.kind for e in events]
    assert not any(e.kind == "Election" and e.targets for e in events)


def test_a_win_after_the_elections_is_no_election_win():
    events = described("После выборов футболисты «Сорска» победили «Лиманию».")
    assert [e.kind for e in events] == ["SportsMatch"]


# ---- a negated infinitive under a plan or a decision ---------------------------------------


def test_deciding_not_to_resign_is_no_planned_resignation():
    events = described("Иван Котов решил не уходить в отставку.")
    assert not any(e.kind == "Resignation" and e.factuality in ("Actual", "Planned")
                   for e in events)


def test_promising_not_to_run_is_no_planned_election():
    events = described("Анна Белова пообещала не баллотироваться на выборах мэра Сорска.")
    assert not any(e.kind == "Election" and e.factuality in ("Actual", "Planned")
                   for e in events)


def test_planning_to_resign_stays_planned():
    events = described("Иван Котов планирует уйти в отставку.")
    assert [(e.kind, e.factuality) for e in events] == [("Resignation", "Planned")]


def test_deciding_to_resign_stays_a_resignation():
    events = described("Иван Котов решил уйти в отставку.")
    assert [(e.kind, e.factuality) for e in events] == [("Resignation", "Actual")]


def test_a_resignation_beside_a_decision_not_to_leave_stays():
    events = described("Иван Котов решил не покидать пост министра, а Пётр Сомов ушёл в "
                       "отставку.")
    assert [(e.targets, e.factuality) for e in events if e.kind == "Resignation"] == [
        (frozenset({"Пётр Сомов"}), "Actual")]


# ---- who takes a post ---------------------------------------------------------------------


def test_a_board_that_replaced_someone_takes_no_post():
    assert "Appointment" not in _kinds("Анну Белову на посту директора сменило новое "
                                       "правление банка.")


def test_a_company_management_that_replaced_someone_takes_no_post():
    assert "Appointment" not in _kinds("Олега Белова на посту главы компании сменило новое "
                                       "руководство «Лимтеха».")


def test_a_post_headed_by_an_office_is_no_appointment():
    events = described("Этот пост заняла Анна Белова, а должность министра возглавило ведомство.")
    assert [(e.kind, e.targets) for e in events] == [("Appointment", frozenset({"Анна Белова"}))]


def test_a_person_who_replaced_someone_in_a_post_is_appointed():
    events = described("Ивана Котова на посту мэра сменил Пётр Сомов.")
    assert [(e.kind, e.targets) for e in events] == [("Appointment", frozenset({"Пётр Сомов"}))]


def test_a_person_who_headed_a_ministry_is_appointed():
    events = described("Министерство обороны Лимании возглавил Пётр Сомов.")
    assert [(e.kind, e.targets) for e in events if e.kind == "Appointment"] == [
        ("Appointment", frozenset({"Пётр Сомов"}))]


# ---- a body founded by a word of making ---------------------------------------------------


def test_a_company_created_is_founded():
    events = described("Иван Котов создал компанию «Лимтех» в 2005 году.")
    assert [(e.kind, e.agents, e.year) for e in events] == [
        ("Founding", frozenset({"Иван Котов"}), 2005)]


def test_a_named_organisation_created_is_founded():
    events = described("Анна Белова сотрудничала с организацией «Свет» и создала Open Library.")
    assert [(e.kind, e.agents) for e in events if e.kind == "Founding"] == [
        ("Founding", frozenset({"Анна Белова"}))]


def test_a_school_organised_is_founded():
    events = described("В 1993 году Иван Котов организовал школу-студию мультипликаторов «Луч».")
    assert [(e.kind, e.agents, e.year) for e in events] == [
        ("Founding", frozenset({"Иван Котов"}), 1993)]


def test_a_film_created_founds_nothing():
    assert "Founding" not in _kinds("Иван Котов создал обучающий мультипликационный фильм "
                                    "«Принц».")


def test_conditions_created_found_nothing():
    assert "Founding" not in _kinds("Власти Лимании должны создать условия для бизнеса Ивана "
                                    "Котова.")


def test_a_rally_organised_is_a_protest_not_a_founding():
    kinds = _kinds("Иван Котов организовал митинг в Лиманске.")
    assert "Founding" not in kinds and "Protest" in kinds


def test_music_created_founds_nothing():
    assert "Founding" not in _kinds("Анна Белова создала музыку в стиле Скрябина.")


def test_creating_conditions_as_a_noun_founds_nothing():
    assert "Founding" not in _kinds("Иван Котов выступил за создание условий для бизнеса.")


# ---- the year a sentence gives a bare day ---------------------------------------------------


def test_an_election_set_in_a_past_year_takes_that_year():
    events = described("В 2010 году губернатор Иван Котов назначил выборы на 10 сентября.")
    assert [(e.kind, e.year) for e in events] == [("Election", 2010)]


def test_a_bare_day_after_a_full_date_takes_its_year():
    assert _years("Законопроект был принят Думой Лимании 14 июня 2017 года, а 28 июня одобрен "
                  "Сенатом.") == [("14 июня 2017 года", 2017), ("28 июня", 2017)]


def test_a_day_ahead_of_a_later_full_date_moves_to_the_next_year():
    assert _years("Заявление он сделал 21 декабря 2017 года, сказав, что 19 апреля будет "
                  "сформирован новый парламент.")[1] == ("19 апреля", 2018)


def test_a_year_of_a_describing_clause_gives_no_year():
    assert _years("Обладатель премии, учреждённой банком Лимании в 1968 году, станет известен "
                  "14 октября.")[1] == ("14 октября", 2023)


def test_a_year_of_another_clause_gives_no_year():
    assert _years("Иван Котов родился в 1950 году, а 5 февраля скончался.")[1] == (
        "5 февраля", 2023)


def test_a_year_of_a_participle_beside_the_subject_gives_no_year():
    assert _years("Иван Котов, родившийся в 1950 году, скончался 5 февраля.")[1] == (
        "5 февраля", 2023)


def test_a_year_after_the_day_gives_no_year():
    assert _years("4 октября объявлен лауреат премии Лимании за 2010 год.")[0] == (
        "4 октября", 2022)


# ---- votes cast for someone after the election told -----------------------------------------


def test_votes_for_the_winner_after_the_election_are_that_election():
    events = described("9 апреля в Сорске состоялись выборы председателя партии. Им стал Иван "
                       "Котов. За него проголосовало большинство делегатов.")
    assert [(e.kind, e.targets, e.year) for e in events] == [
        ("Election", frozenset({"Иван Котов"}), 2022)]


def test_votes_in_a_relative_clause_of_the_elected_are_that_election():
    events = described("На выборах президента Лимании переизбран Иван Котов, за которого "
                       "проголосовали 54 % избирателей.")
    assert [(e.kind, e.targets) for e in events] == [("Election", frozenset({"Иван Котов"}))]


def test_votes_of_another_year_are_another_election():
    events = described("В 2008 году Иван Котов проиграл выборы мэра. В 2012 году за Петра Сомова "
                       "проголосовали 60 % избирателей.")
    assert [(e.kind, e.year) for e in events] == [("Election", 2008), ("Election", 2012)]


def test_votes_far_from_an_election_stay_their_own():
    events = described("В марте в Сорске прошли выборы мэра. Город готовится к празднику. Мэрия "
                       "закупила цветы. Улицы украсили флагами. Жители Сорска проголосовали за "
                       "Ивана Котова.")
    assert [e.kind for e in events].count("Election") == 2


def test_votes_alone_are_an_election():
    events = described("Жители Сорска проголосовали за Ивана Котова.")
    assert [(e.kind, e.targets) for e in events] == [("Election", frozenset({"Иван Котов"}))]


def test_shows_organised_in_named_cinemas_found_nothing():
    assert "Founding" not in _kinds("Показы фильмов будут организованы в кинотеатрах сети "
                                    "«Лимкино»: «Луч», «Заря», «Восход».")
