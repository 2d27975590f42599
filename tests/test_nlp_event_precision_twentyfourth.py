"""Event precision, twenty-fourth round (docs/events.md), from the false events of the readable
golds and a reading of readable nerel-dev articles: an official flying home after a trip makes no
visit; a landing tells an official's arrival where one lands; a rank before the name of the one
appointed (`назначил министром адмирала X`) keeps the name; a body's vote on a decision elects no
one."""

from __future__ import annotations

import pytest
from event_helpers import agents_targets, described, kinds, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- going home is no visit -------------------------------------------------------------------


def test_a_president_flying_back_to_his_capital_makes_no_visit():
    assert "Visit" not in kinds("После саммита в Брюсселе президент России Иван Котов улетел в "
                                "Москву.")


def test_a_chancellor_leaving_for_her_own_capital_makes_no_visit():
    assert "Visit" not in kinds("Канцлер Германии Анна Белова вылетела в Берлин после переговоров.")


def test_a_mayor_arriving_in_his_own_city_makes_no_visit():
    assert "Visit" not in kinds("Мэр Москвы Иван Котов прилетел в Москву из Казани.")


def test_a_president_flying_on_to_another_capital_still_visits():
    assert agents_targets("После саммита в Брюсселе президент России Иван Котов улетел в Пекин.",
                          "Visit") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_a_governor_arriving_in_the_capital_of_his_country_still_visits():
    # (the home of a region's office is the region, not the country's capital)
    assert agents_targets("Губернатор Тверской области Иван Котов прилетел в Москву.", "Visit") == [
        (frozenset({"Иван Котов"}), frozenset())]


# ---- landing ------------------------------------------------------------------------------------


def test_an_official_landing_in_a_capital_visits_it():
    assert agents_targets("Президент Франции Жан Дюбуа приземлился в Пекине в понедельник.",
                          "Visit") == [
        (frozenset({"Жан Дюбуа"}), frozenset())]


def test_a_plane_landing_makes_no_visit():
    assert "Visit" not in kinds("Самолёт авиакомпании «Аэрофлот» благополучно приземлился в "
                                "Пекине.")


def test_a_private_person_landing_makes_no_visit():
    assert "Visit" not in kinds("Турист Иван Котов приземлился в Пекине.")


def test_the_landing_of_a_plane_told_by_the_noun_makes_no_visit():
    assert "Visit" not in kinds("После приземления самолёта в Пекине пассажиры вышли в город.")


def test_an_official_landing_at_home_makes_no_visit():
    assert "Visit" not in kinds("Президент Франции Жан Дюбуа приземлился в Париже.")


# ---- a rank before the name of the one appointed ------------------------------------------------


def test_an_admiral_appointed_minister_is_the_target():
    assert agents_targets("Президент России Иван Котов назначил министром обороны адмирала Игоря Петрова.",
                          "Appointment") == [(frozenset({"Иван Котов"}), frozenset({"Игорь Петров"}))]


def test_an_admiral_the_parse_already_reads_stays_the_target():
    assert agents_targets("Президент Лимании Иван Котов назначил министром обороны адмирала Олега Смирнова.",
                          "Appointment") == [(frozenset({"Иван Котов"}), frozenset({"Олег Смирнов"}))]


def test_a_hyphenated_rank_before_the_name_is_read_too():
    assert agents_targets("Президент Иван Котов назначил командующим флотом вице-адмирала Олега Смирнова.",
                          "Appointment") == [(frozenset({"Иван Котов"}), frozenset({"Олег Смирнов"}))]


def test_the_general_an_adviser_serves_is_not_the_one_appointed():
    # (the object says who is appointed; the general is whose adviser she becomes)
    assert agents_targets("Президент Иван Котов назначил Анну Белову советником генерала Олега Смирнова.",
                          "Appointment") == [(frozenset({"Иван Котов"}), frozenset({"Анна Белова"}))]


def test_an_admiral_awarded_is_not_made_an_appointment():
    assert "Appointment" not in kinds("Президент Иван Котов наградил адмирала Олега Смирнова "
                                      "орденом.")


# ---- a body's vote on a decision --------------------------------------------------------------


def test_a_parliament_voting_for_a_measure_elects_no_one():
    assert "Election" not in kinds("Госдума проголосовала во втором чтении за перевод клеветы в "
                                   "разряд уголовных преступлений.")


def test_deputies_of_a_parliament_voting_against_a_measure_elect_no_one():
    assert "Election" not in kinds("Депутаты Госдумы проголосовали против продления моратория.")


def test_a_parliament_voting_for_a_person_still_elects():
    assert agents_targets("Парламент проголосовал за Ивана Котова на пост премьер-министра.",
                          "Election") != []


def test_a_parliament_voting_for_a_party_list_still_elects():
    assert agents_targets("Парламент Грузии проголосовал за партию «Грузинская мечта».",
                          "Election") != []


def test_citizens_voting_on_a_question_still_hold_an_election():
    # (a question put to voters, a referendum, is an Election by the conventions)
    assert "Election" in kinds("Жители Крыма проголосовали за независимость.")


def test_a_country_voting_on_a_question_still_holds_an_election():
    # (a place that votes is its citizens: a referendum)
    assert "Election" in kinds("Шотландия проголосовала против независимости.")


def test_a_named_parliament_voting_against_a_measure_elects_no_one():
    assert "Election" not in kinds("Парламент Лимании проголосовал против продления моратория.")


def test_voters_voting_for_a_candidate_still_elect():
    assert agents_targets("Избиратели проголосовали за Ивана Котова.", "Election") == [
        (frozenset(), frozenset({"Иван Котов"}))]


# ---- disagreeing with someone is no rejection ----------------------------------------------------


def test_disagreeing_with_a_person_is_no_rejection():
    assert "Rejection" not in kinds("Иван Котов не согласился с Петром Смирновым по некоторым "
                                    "вопросам.")


def test_disagreeing_with_an_office_holder_is_no_rejection():
    assert "Rejection" not in kinds("Министр Иван Котов не согласился с президентом.")


def test_not_agreeing_to_a_proposal_stays_a_rejection():
    assert agents_targets("Иван Котов не согласился на предложение Петра Смирнова.",
                          "Rejection") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_not_agreeing_with_a_court_decision_stays_a_rejection():
    assert agents_targets("Иван Котов не согласился с решением суда.", "Rejection") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_refusing_cooperation_with_the_police_stays_a_rejection():
    # (the `с` phrase belongs to what is refused, in the `от` phrase)
    assert "Rejection" in kinds("Иван Котов отказался от сотрудничества с полицией.")


def test_a_proposal_of_a_person_not_agreed_with_stays_a_rejection():
    # (the `с` phrase names the proposal; the person is only its owner)
    assert agents_targets("Иван Котов не согласился с предложением Петра Смирнова.",
                          "Rejection") == [
        (frozenset({"Иван Котов"}), frozenset())]


# ---- a ban: who is barred ---------------------------------------------------------------------------


def test_a_ban_on_an_activity_stays_a_sanction():
    # (as the readable gold has it: `запретил в России охотиться на тюленей`)
    assert agents_targets("Президент Иван Котов запретил в Лимании охотиться на тюленей.",
                          "Sanction") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_a_ban_on_a_sale_stays_a_sanction():
    assert agents_targets("Мэр Лиманска Иван Котов запретил продажу алкоголя.", "Sanction") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_a_ban_on_an_organisation_stays_a_sanction():
    assert "Sanction" in kinds("Министерство юстиции запретило деятельность организации «Свобода».")


def test_an_entry_ban_stays_a_revocation():
    assert "Revocation" in kinds("Власти Лимании запретили въезд Ивану Котову.")


def test_the_one_who_bans_takes_no_part_in_the_act_banned():
    # (the dative is barred from the act; the gathering is not hers)
    assert not any("Анна Белова" in d.actors for d in described(
        "Анна Белова запретила своим адвокатам участвовать в заседании.") if d.kind == "Meeting")


def test_the_one_who_allows_takes_no_part_in_the_act_allowed():
    assert not any("Иван Котов" in d.actors for d in described(
        "Министр Иван Котов разрешил Петру Смирнову встретиться с журналистами.")
        if d.kind in ("Meeting", "Contact"))


# ---- the second of two blasts at one site ------------------------------------------------------------


def _attacks(text: str) -> int:
    return sum(1 for d in described(text) if d.kind == "Attack")


def test_a_first_and_a_second_blast_at_one_place_are_two():
    assert _attacks("Первый взрыв прогремел в Лиманске утром, второй взрыв прогремел в Лиманске через час.") == 2


def test_a_blast_and_then_a_second_one_at_one_place_are_two():
    assert _attacks("В Лиманске прогремел взрыв. Через час в Лиманске прогремел второй взрыв.") == 2


def test_the_first_blast_named_again_by_its_place_stays_one():
    assert _attacks("Первый взрыв в Лиманске прогремел утром. Взрыв в Лиманске унёс жизни двух человек.") == 1


def test_the_second_blast_named_again_with_its_ordinal_stays_one():
    assert _attacks("Второй взрыв прогремел в Лиманске через час. Второй взрыв в Лиманске повредил здание вокзала.") == 1


# ---- walking out of a sitting ---------------------------------------------------------------------


def test_a_faction_walking_out_of_a_sitting_withdraws_from_nothing():
    assert "Withdrawal" not in kinds("Фракция КПРФ в полном составе покинула заседание Госдумы.")


def test_a_minister_leaving_a_conference_early_withdraws_from_nothing():
    assert "Withdrawal" not in kinds("Министр Иван Котов покинул совещание до его окончания.")


def test_the_sitting_walked_out_of_is_still_told():
    assert "Meeting" in kinds("Фракция КПРФ в полном составе покинула заседание Госдумы.")


def test_leaving_an_organisation_stays_a_withdrawal():
    assert agents_targets("Россия покинула Совет Европы.", "Withdrawal") == [
        (frozenset({"Россия"}), frozenset({"Совет Европы"}))]


def test_leaving_a_party_stays_a_withdrawal():
    assert agents_targets("Иван Котов покинул партию «Яблоко».", "Withdrawal") == [
        (frozenset({"Иван Котов"}), frozenset({"Яблоко"}))]


def test_troops_leaving_a_country_stay_a_withdrawal():
    assert "Withdrawal" in kinds("Американские войска покинули Афганистан.")


# ---- a veteran of a war: a standing, no event -------------------------------------------------------


def test_a_veteran_of_a_war_tells_no_war():
    assert "Attack" not in kinds("Ветеран Второй мировой войны Иван Котов собрал для врачей "
                                 "миллион рублей.")


def test_a_veteran_in_apposition_tells_no_war():
    assert "Attack" not in kinds("Иван Котов, ветеран войны в Афганистане, выступил на митинге.")


def test_a_participant_of_a_war_tells_no_war_but_his_death_stays():
    assert kinds("Участник войны в Афганистане Иван Котов скончался в Лиманске.") == ["Death"]


def test_a_participant_of_a_terrorist_attack_stays_its_agent():
    assert agents_targets("Участник теракта Иван Котов задержан в Лиманске.", "Attack") == [
        (frozenset({"Иван Котов"}), frozenset())]


def test_the_winner_of_a_tournament_in_a_title_tells_no_match():
    # a standing title since the twenty-seventh round (the readable golds: dev3, dev8, dev9)
    assert "SportsMatch" not in kinds("Победитель турнира Иван Котов получил кубок.")


def test_the_winner_of_a_tournament_told_with_a_verb_stays_its_participant():
    assert "SportsMatch" in kinds("Иван Котов стал победителем турнира в Лиманске.")


# ---- the round of an election is no tour --------------------------------------------------------


def test_a_round_of_an_election_the_parse_cut_off_is_no_performance():
    # (the parse makes `выборов` the object of `прошёл`; the word right after `тур` still tells it)
    assert "Performance" not in kinds("Действующий президент Лимании Иван Котов во второй тур "
                                      "выборов не прошёл.")


def test_a_singers_tour_stays_a_performance():
    assert agents_targets("Певица Анна Белова отправилась в тур по городам Сибири.",
                          "Performance") == [
        (frozenset({"Анна Белова"}), frozenset())]


def test_a_round_of_a_league_makes_no_performance():
    assert "Performance" not in kinds("В пятом туре чемпионата России «Спартак» обыграл «Зенит».")


# ---- the death of one killed is the killing ---------------------------------------------------------


def test_a_death_found_to_be_a_killing_is_the_killing():
    assert kinds("Смерть Ивана Котова сочли убийством. Ивана Котова убили в Лиманске в "
                 "пятницу.") == ["Killing"]


def test_the_death_of_one_killed_told_after_is_the_killing():
    assert kinds("Ивана Котова убили в Лиманске. Его смерть потрясла город.") == ["Killing"]


def test_a_death_whose_killing_is_only_suspected_stays():
    assert "Death" in kinds("Иван Котов умер в больнице. Следователи проверяют версию, что Ивана "
                            "Котова могли убить.")


def test_a_death_beside_the_killing_of_another_stays():
    assert "Death" in kinds("Иван Котов погиб в аварии в Лиманске. Петра Смирнова убили в "
                            "Лиманске.")


def test_a_death_whose_killing_only_a_quotation_claims_stays():
    assert "Death" in kinds("Иван Котов умер в 1973 году в Лиманске. «Мы уверены, что Иван Котов "
                            "был убит», — заявил адвокат Пётр Смирнов.")
