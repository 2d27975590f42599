"""A sports title with its competition in the genitive is a standing, no SportsMatch, unless the
text tells the title won with a becoming verb (twenty-seventh round; docs/events.md, "Senses and
standings"; kg/data/ru/standing_participants.tsv)."""

from __future__ import annotations

from event_helpers import kinds


def test_a_medallist_of_the_games_in_a_title_tells_no_match():
    assert kinds("Серебряный призёр Олимпийских игр Олег Ветров открыл школу в Лиманске.") == [
        "Founding"]


def test_a_tournament_winner_in_a_title_tells_no_match():
    assert kinds("Победительница турнира Дарья Клёнова переехала в Лиманск.") == ["Relocation"]


def test_a_cup_holder_in_a_title_tells_no_match():
    assert "SportsMatch" not in kinds("Обладатель Кубка Стэнли Пётр Волков вернулся в Лиманск.")


def test_a_star_of_the_olympics_tells_no_match():
    assert "SportsMatch" not in kinds("Звезда Олимпиады в Лиманске Анна Орлова сменила тренера.")


def test_a_finalist_and_a_champion_in_one_title_tell_no_match():
    assert "SportsMatch" not in kinds("Двукратный чемпион Европы и финалист Кубка Дэвиса Олег "
                                      "Сидоров дал интервью.")


def test_a_participant_of_the_games_who_became_a_coach_tells_no_match():
    assert "SportsMatch" not in kinds("Участник Олимпийских игр Иван Петров стал тренером.")


def test_a_cup_won_told_with_a_becoming_verb_stays_a_match():
    assert kinds("Иван Петров стал победителем Кубка Европы в 2005 году.") == ["SportsMatch"]


def test_a_title_won_again_and_again_stays_a_match():
    assert kinds("Анна Орлова трижды становилась чемпионкой турнира.") == ["SportsMatch"]


def test_a_cup_won_told_by_a_participle_stays_a_match():
    assert "SportsMatch" in kinds("Иван Петров, ставший обладателем Кубка УЕФА, перешёл в «Зенит».")


def test_a_championship_won_stays_a_match():
    assert kinds("Иван Петров выиграл чемпионат Европы.") == ["SportsMatch"]


def test_a_match_lost_in_a_cup_final_stays_a_match():
    assert kinds("Команда Ивана Петрова проиграла в финале Кубка Дэвиса.") == ["SportsMatch"]


def test_a_participant_of_a_war_still_tells_no_war():
    assert kinds("Участник войны в Афганистане Иван Котов скончался в Лиманске.") == ["Death"]


def test_one_found_among_the_winners_stays_a_match():
    assert kinds("Олег Ветров оказался среди победителей турнира в Лиманске.") == ["SportsMatch"]


def test_one_among_the_winners_in_a_title_tells_no_match():
    assert "SportsMatch" not in kinds("Один из победителей турнира Олег Ветров открыл школу в "
                                      "Лиманске.")
