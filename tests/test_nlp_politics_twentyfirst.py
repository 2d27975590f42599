"""Events of politics, twenty-first round (docs/events.md): a word of an election campaign makes a
win or a loss an Election only when it speaks of that contest (in the win's clause or in one that
names a contestant, not a time mark before or after it); an act named under a negated infinitive
of a plan or a decision (`решил не уходить в отставку`) is meant not to happen; a post taken by an
inanimate common noun (`X сменило руководство компании`) is no Appointment."""

from __future__ import annotations

from event_helpers import described


def _kinds(text: str) -> list[str]:
    return [e.kind for e in described(text)]


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
