"""Event recall of the nineteenth round: the opening or closing of games, a championship or a
festival is a ceremony held there (kg/data/ru/triggers.tsv, the group "nineteenth round"), and a
genitive that only says which gathering a noun names (`чемпионат мира`, `фестиваль молодёжи`,
kg/data/ru/gathering_scope.tsv) leaves the noun without an owner, so the subject of the clause it
frames takes part. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# the opening of games is a ceremony, not a founding

def test_carrying_a_flag_at_the_opening_of_the_games_is_taking_part_in_a_ceremony():
    assert readings("Олег Белов нёс флаг России на открытии Олимпийских игр в Сочи.") == [
        ("Ceremony", "Actual", frozenset({"Олег Белов"}))]


def test_the_closing_of_a_festival_is_a_ceremony():
    assert "Ceremony" in kinds("На закрытии кинофестиваля выступила Анна Белова.")


def test_the_opening_of_a_school_is_no_ceremony():
    assert "Ceremony" not in kinds("Мэр Омска Олег Белов присутствовал на открытии новой школы.")


# a genitive naming which gathering it is, not who holds it

def test_who_represents_a_region_at_the_world_championship_takes_part_in_it():
    assert readings("Олег Белов представлял Россию на чемпионате мира в Москве.") == [
        ("SportsMatch", "Actual", frozenset({"Олег Белов"}))]


def test_a_team_that_played_at_the_world_championship_takes_part_in_it():
    assert readings("Сборная Бразилии сыграла на чемпионате мира в Москве.") == [
        ("SportsMatch", "Actual", frozenset({"Бразилия"}))]


def test_a_festival_named_by_a_common_noun_has_the_clause_subject_taking_part():
    assert readings("Кирилл Белов представлял Свердловскую область на Всемирном фестивале "
                    "молодёжи в Сочи.") == [("Performance", "Actual", frozenset({"Кирилл Белов"}))]


def test_a_concert_of_a_named_band_stays_the_bands_own():
    assert readings("Во время концерта группы «Кино» Олег Белов упал.") == [
        ("Performance", "Actual", frozenset({"Кино"}))]


def test_the_death_of_a_relative_does_not_take_the_clause_subject():
    assert readings("После смерти отца Олег Белов переехал в Омск.") == [
        ("Relocation", "Actual", frozenset({"Олег Белов"}))]


# mass killings

def test_a_genocide_in_a_named_country_is_a_killing():
    assert readings("В 1994 году в Руанде произошёл "
                    "геноцид.") == [("Killing", "Actual", frozenset())]


def test_a_genocide_with_no_place_time_or_side_is_no_event():
    assert "Killing" not in kinds("Турция отрицает геноцид армян.")


# who gave the order of an act is its agent

def test_who_gave_the_order_of_an_arrest_is_its_agent():
    assert ("Arrest", "Actual", frozenset({"Олег Белов"})) in readings("Олег Белов отдал приказ об "
                                                                       "аресте журналистов.")


def test_who_received_an_order_of_an_arrest_is_not_its_agent():
    assert "Arrest" not in kinds("Олег Белов получил приказ об аресте журналистов.")


# event identity: who does an act and who undergoes it

def test_an_arrester_arrested_later_is_in_two_arrests():
    assert kinds("Олег Белов арестовал пятерых оппозиционеров. Позже Олег Белов сам был "
                 "арестован.") == ["Arrest", "Arrest"]


def test_an_arrest_told_twice_of_the_same_man_stays_one():
    assert kinds("Полиция задержала Олега Белова. Олег Белов был задержан у дома.") == ["Arrest"]


def test_a_meeting_told_from_either_side_stays_one():
    assert kinds("Олег Белов встретился с Иваном Петровым. Иван Петров встретился с Олегом "
                 "Беловым в Кремле.") == ["Meeting"]


# a genitive that names only where the event happens leaves its participants to the other codes

def test_who_takes_part_in_a_countrys_election_is_its_participant():
    assert readings("В парламентских выборах Индонезии участвует Михаил Горбачёв.") == [
        ("Election", "Actual", frozenset({"Михаил Горбачёв"}))]


def test_an_election_of_a_country_told_as_a_time_frame_takes_no_one_living_then():
    assert readings("Во время выборов Индонезии Олег Белов жил в Омске.") == [
        ("Election", "Actual", frozenset())]


def test_the_opening_of_an_exhibition_stays_the_exhibitions_performance():
    assert readings("В Омске 5 мая состоялось открытие выставки рисунков Ивана Петрова.") == [
        ("Performance", "Actual", frozenset({"Иван Петров"}))]
