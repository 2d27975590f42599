"""Review of the eighteenth precision round (docs/events.md, rule 0): a generic negation tells no
event, but a refusal said with `никогда`, a record (`никогда ещё … так долго`) and the setting of
a negation (`при взрыве`) are events; a verdict merges with its conjunct only when the conjunct
has no subject of its own; a body made contractor is no Appointment whoever made it; a driver is
read only from the crash's own sentences, not from a relative clause, a negation or a habit."""

from __future__ import annotations

from event_helpers import actors_of, described, kinds


def test_a_refusal_said_with_never_stays_a_rejection():
    assert "Rejection" in kinds("Лимания никогда не поддержит эмбарго против Северии.")


def test_the_blast_no_one_was_hurt_in_took_place():
    assert "Attack" in kinds("Ни один депутат не пострадал при взрыве в здании парламента "
                             "Лимании.")


def test_an_election_with_a_record_low_turnout_took_place():
    assert "Election" in kinds("Никогда ещё на выборах президента Лимании не было такой "
                               "низкой явки.")


def test_talks_never_before_so_long_are_kept():
    assert "Negotiation" in kinds("Никогда ещё переговоры Лимании и Северии не длились так "
                                  "долго.")


def test_a_never_negation_still_drops_the_event_taken_part_in():
    assert "Election" not in kinds("Марк Орлов никогда не участвовал в выборах мэра.")


def test_two_courts_give_two_verdicts():
    evs = [e for e in described("Районный суд признал Петра Сомова виновным в мошенничестве, а "
                                "областной суд приговорил его к пяти годам колонии.")
           if e.kind == "Sentence"]
    assert len(evs) == 2


def test_a_ban_by_another_authority_stays_a_sanction():
    evs = [e for e in described("Суд оштрафовал Петра Сомова, а мэр Олег Пахомов запретил "
                                "продажу фейерверков.") if e.kind == "Sanction"]
    assert [e.agents for e in evs] == [frozenset({"Олег Пахомов"})]


def test_a_company_a_governor_made_contractor_is_no_appointment():
    assert "Appointment" not in kinds("Губернатор Олег Пахомов назначил компанию «Северстрой» "
                                      "подрядчиком ремонта моста.")


def test_a_person_a_government_made_ambassador_stays_an_appointment():
    evs = [e for e in described("Правительство назначило Ивана Лукина послом в Лимании.")
           if e.kind == "Appointment"]
    assert len(evs) == 1 and "Иван Лукин" in evs[0].targets


_CRASH = "Вечером 3 марта в Лиманске автомобиль врезался в автобусную остановку. "


def test_a_wheel_in_a_relative_clause_names_no_driver():
    assert actors_of(_CRASH + "Губернатор Олег Пахомов, который в молодости сам сидел за "
                            "рулём такси, выразил соболезнования.", "Accident") == [frozenset()]


def test_who_was_not_at_the_wheel_is_no_driver():
    assert actors_of(_CRASH + "За рулём находился не Игорь Лапин, как сообщалось "
                            "ранее.", "Accident") == [frozenset()]


def test_a_habit_of_driving_names_no_driver():
    assert actors_of(_CRASH + "Полиция выясняет, кто был за рулём. Ранее за рулём этой "
                            "машины не раз был Игорь Лапин.", "Accident") == [frozenset()]


def test_the_driver_of_a_later_crash_is_not_the_first_crashs():
    assert sorted(actors_of(_CRASH + "Через час в Северске Игорь Лапин попал в аварию. "
                                     "За рулём второй машины была Ольга Зуева.", "Accident"),
                  key=len) == [frozenset(), frozenset({"Игорь Лапин"})]


def test_so_never_is_no_record():
    # "так ни разу и не": the `так` of the never, not of a record
    assert "Meeting" not in kinds("Президент Олег Пахомов так ни разу и не встретился с Иваном "
                                  "Лукиным.")
    assert "Accident" not in kinds("Олег Пахомов так никогда и не попал в аварию.")


def test_a_penalty_yet_to_come_is_not_merged_into_the_finding():
    evs = [e for e in described("Суд признал Петра Сомова виновным в краже и назначит наказание "
                                "в пятницу.") if e.kind == "Sentence"]
    assert len(evs) == 2
