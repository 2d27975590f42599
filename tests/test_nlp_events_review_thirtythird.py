"""The edges of the thirty-third round's trigger lines (fit33), probed on sentences written for
them (rev33): a birthday congratulated or dated is no birth, only years counted since it; sides
meet in a final or on a ring, people who meet at or before a match hold a meeting; a child
appears to its parents (`у`), a grown child who appears somewhere is born no more; a case or
an appeal won in court is no match; amendments or a law taken note of are not adopted. And of
the older lines the review met: a relation to an office holder (`стал жертвой прокурора`) takes no
post, and an act whose genitive `не было` denies did not take place."""

from __future__ import annotations

from event_helpers import described, kinds


def _one(text: str, kind: str):
    (ev,) = [d for d in described(text) if d.kind == kind]
    return ev


def test_a_birthday_congratulated_is_no_birth():
    assert "Birth" not in kinds("Президент Иван Петров поздравил Олега Сидорова с днём рождения.")


def test_a_birthday_of_a_named_person_congratulated_on_is_no_birth():
    assert "Birth" not in kinds("Министр Анна Котова поздравила коллег с днём рождения "
                                "Олега Сидорова.")


def test_a_centenary_since_a_birth_tells_no_birth():
    assert "Birth" not in kinds("Концерт посвящён 100-летию со дня рождения Ивана Петрова.")


def test_two_people_who_meet_at_a_match_hold_a_meeting_not_a_match_of_theirs():
    got = described("Президент Иван Петров встретился с Олегом Сидоровым на матче в Лиманске.")
    assert not [d for d in got if d.kind == "SportsMatch" and d.agents]
    assert "Meeting" in [d.kind for d in got]


def test_two_people_who_meet_before_a_match_hold_a_meeting():
    assert kinds("Президент Иван Петров встретился с Олегом Сидоровым перед матчем.") == \
        ["Meeting"]


def test_two_players_who_meet_in_a_final_play_it():
    ev = _one("Иван Петров встретился с Олегом Сидоровым в финале турнира.", "SportsMatch")
    assert (ev.agents, ev.targets) == ({"Иван Петров"}, {"Олег Сидоров"})


def test_a_grown_child_who_appears_at_a_ceremony_is_no_birth():
    assert "Birth" not in kinds("На церемонии в Лиманске появилась дочь Ивана Петрова.")


def test_a_son_who_appeared_to_a_named_mother_is_born_with_his_name():
    ev = _one("В прошлом году у Анны Котовой появился сын Иван.", "Birth")
    assert ev.agents == {"Анна Котова"}


def test_a_case_won_against_a_company_in_court_is_no_sports_match():
    assert "SportsMatch" not in kinds("Компания «Лира» выиграла у компании «Сигма» в суде.")


def test_an_appeal_won_against_a_company_is_no_sports_match():
    assert "SportsMatch" not in kinds("Иван Петров выиграл у компании «Лира» апелляцию.")


def test_a_match_won_against_a_player_is_still_a_sports_match():
    ev = _one("Иван Петров выиграл у Олега Сидорова матч в Лиманске.", "SportsMatch")
    assert (ev.agents, ev.targets) == ({"Иван Петров"}, {"Олег Сидоров"})


def test_a_law_taken_note_of_is_no_law_adoption():
    assert "LawAdoption" not in kinds("Правительство приняло к сведению закон о бюджете.")


def test_a_budget_taken_note_of_is_no_law_adoption():
    assert "LawAdoption" not in kinds("Совет Федерации принял к сведению бюджет Лиманска.")


def test_a_relation_to_an_office_holder_is_no_post_taken():
    assert "Appointment" not in kinds("Иван Петров стал жертвой прокурора Лиманска.")


def test_a_friend_of_a_president_takes_no_post():
    assert "Appointment" not in kinds("Иван Петров стал другом президента Олега Сидорова.")


def test_a_deputy_of_a_minister_still_takes_a_post():
    ev = _one("Иван Петров стал заместителем министра.", "Appointment")
    assert ev.targets == {"Иван Петров"}


def test_an_attack_that_was_not_is_negated():
    ev = _one("Никакого нападения на посольство России не было.", "Attack")
    assert ev.factuality == "Negated"


def test_a_meeting_that_was_not_is_negated():
    ev = _one("Встречи Ивана Петрова с Олегом Сидоровым не было.", "Meeting")
    assert ev.factuality == "Negated"


def test_a_meeting_that_was_long_stays_actual():
    ev = _one("Встреча Ивана Петрова с Олегом Сидоровым была долгой.", "Meeting")
    assert ev.factuality == "Actual"


def test_talks_that_will_not_be_are_negated():
    ev = _one("Переговоров Ивана Петрова с Олегом Сидоровым не будет.", "Negotiation")
    assert ev.factuality == "Negated"


def test_leaving_ones_home_is_no_relocation():
    assert "Relocation" not in kinds("Подозреваемый Иван Петров уехал с места жительства "
                                     "в Лиманске.")


def test_leaving_for_a_permanent_home_abroad_is_still_a_relocation():
    ev = _one("Анна Котова уехала в Израиль на постоянное место жительства.", "Relocation")
    assert ev.agents == {"Анна Котова"}


def test_leaving_into_emigration_is_a_relocation():
    assert "Relocation" in kinds("Анна Котова уехала в эмиграцию.")


def test_a_prize_taken_away_from_its_holder_is_a_revocation_not_an_award():
    ev = _one("МОК забрал награду у Ивана Петрова из-за допинга.", "Revocation")
    assert (ev.agents, ev.targets) == ({"МОК"}, {"Иван Петров"})
    assert "Award" not in kinds("МОК забрал награду у Ивана Петрова из-за допинга.")


def test_a_prize_carried_off_is_still_an_award():
    ev = _one("Иван Петров забрал приз в Лиманске.", "Award")
    assert ev.targets == {"Иван Петров"}
