"""Trigger precision, sixteenth round (docs/events.md): a plural event noun that names a kind of
event (`во всех турнирах`, `один из самых престижных форумов`) tells no event that took place;
one event picked out of a set (`в одном из матчей`) still does."""

from __future__ import annotations

from event_helpers import kinds


def test_all_tournaments_of_a_season_is_no_match():
    assert "SportsMatch" not in kinds("Защитник Олег Пахомов забил 7 голов за «Зарю» во всех "
                                      "турнирах.")


def test_elections_under_all_are_no_election():
    assert "Election" not in kinds("На всех выборах в Нарнии Олег Пахомов набирал больше "
                                   "половины голосов.")


def test_one_of_the_biggest_festivals_is_what_a_festival_is():
    assert "Performance" not in kinds("Праздник «Лиманская осень» стал одним из крупнейших "
                                      "музыкальных фестивалей Европы.")


def test_one_of_the_most_prestigious_forums_is_what_a_contest_is():
    assert "Meeting" not in kinds("Смотр «Белая ладья» считается одним из самых престижных "
                                  "шахматных форумов Азии.")


def test_one_match_picked_out_of_a_set_is_still_a_match():
    assert kinds("Олег Пахомов победил в одном из матчей турнира в Лиманске.") == ["SportsMatch"]


def test_a_quoted_turn_of_speech_is_no_kidnapping():
    assert "Kidnapping" not in kinds("Олег Пахомов назвал своей целью «похитить славу» "
                                     "певца Игоря Ветрова.")


def test_a_capitalised_quoted_name_of_an_event_is_still_the_event():
    assert "Protest" in kinds("Олег Пахомов задержан в Лиманске за участие в «Марше Ветрова» 5 "
                              "мая.")


def test_a_quoted_slogan_is_no_revolution():
    assert "Protest" not in kinds("Президент Олег Пахомов обещал продолжать «революцию "
                                  "Ветрова» в Нарнии.")


def test_a_short_quote_after_a_colon_is_still_told():
    assert kinds("Олег Пахомов заявил: «Мы арестовали Игоря Ветрова».") == ["Arrest"]


def test_awards_given_since_a_year_are_a_practice():
    assert "Award" not in kinds("Фонд «Светоч» вручает премии молодым поэтам с 1990 года.")


def test_an_award_given_now_is_still_told():
    assert "Award" in kinds("Фонд «Светоч» вручает премию Олегу Пахомову.")


def test_sanctions_from_a_date_are_still_told():
    assert "Sanction" in kinds("С 1 мая 2020 года Нарния вводит санкции против Лиманска.")


def test_one_of_the_most_prestigious_tournaments_won_is_still_a_match():
    # `один` is the object of an act, not what a thing is said to be: the tournament took place
    assert "SportsMatch" in kinds("Олег Пахомов выиграл один из самых престижных турниров "
                                  "Европы в Лиманске 5 мая.")


def test_one_of_the_largest_rallies_led_is_still_a_protest():
    assert "Protest" in kinds("Олег Пахомов руководил одним из самых массовых митингов "
                              "в Лиманске.")


def test_one_of_the_biggest_tournaments_after_a_dash_is_what_a_contest_is():
    assert "SportsMatch" not in kinds("Смотр «Белая ладья» — один из самых престижных "
                                      "шахматных турниров Азии.")


def test_a_quoted_finite_verb_is_still_the_act_told():
    # the quote is the clause's own predicate, taken from a source: the killing is told
    assert "Killing" in kinds("Олег Пахомов, по данным следствия, «застрелил охранника» "
                              "у входа в банк.")


def test_a_quoted_predicate_after_that_is_still_the_act_told():
    assert "Attack" in kinds("Олег Пахомов признался, что «взорвал машину» соседа.")


def test_a_strike_going_on_since_a_year_is_still_a_strike():
    # no things counted under the verb: one strike that has gone on since then
    assert "Strike" in kinds("С 2019 года рабочие завода «Светоч» бастуют против сокращений.")


def test_shelling_since_a_year_is_still_an_attack():
    assert "Attack" in kinds("С 2022 года Нарния обстреливает Лиманск.")


def test_a_lower_case_quoted_march_an_arrest_took_place_at_is_still_a_protest():
    # the quote names the occasion of the arrest, in lower case: the march took place
    assert "Protest" in kinds("Олег Пахомов был задержан на «марше мира» в Лиманске 5 мая.")


def test_awards_given_starting_from_a_year_are_a_practice():
    # the year hangs on `начиная`, not on the verb: the docstring's own example
    assert "Award" not in kinds("Фонд «Светоч» вручает премии молодым поэтам начиная с 1990 "
                                "года.")


def test_the_name_of_one_of_the_most_prestigious_forums_is_what_a_contest_is():
    # `один` hangs on a noun, not on an act: what the contest is said to be
    assert "Meeting" not in kinds("Смотр «Белая ладья» давно носит славу одного из самых "
                                  "престижных шахматных форумов Азии.")
