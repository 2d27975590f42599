"""Boundaries of the twenty-second round's culture, sport and life rules found on review: an
athlete's start, a concert under a politician's speech verb, a head of state's tour, a rank
received, a star that `родилась`, the place of a phrase of reason, a speech in a court or before
journalists, and a play whose premiere is told. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import extract


def events(text: str, kind: str) -> list[tuple[str, frozenset[str], str | None]]:
    """Factuality, actors and place of each event of one class in the text."""
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [(ev.factuality, frozenset(name[k] for k in (*ev.agents, *ev.targets, *ev.others)),
             name.get(ev.place) if ev.place else None) for ev in x.events if ev.kind == kind]


def kinds(text: str) -> list[str]:
    return [ev.kind for ev in extract(text).events]


# who performs

def test_a_skier_who_will_start_in_a_city_gives_no_performance():
    assert events("Лыжник Игорь Седов выступит в Осло 5 марта.", "Performance") == []


def test_a_tennis_player_who_will_play_in_a_city_gives_no_performance():
    assert events("Теннисистка Анна Белова выступит в Мадриде.", "Performance") == []


def test_a_figure_skater_who_will_skate_in_a_country_performs():
    assert events("Фигуристка Анна Белова выступит в Японии.", "Performance") == [
        ("Planned", frozenset({"Анна Белова"}), "Япония")]


def test_a_deputy_who_took_the_stage_of_a_concert_performs():
    assert events("Депутат Игорь Седов выступил на концерте в Омске.", "Performance") == [
        ("Actual", frozenset({"Игорь Седов"}), "Омск")]


def test_a_minister_speaking_at_a_meeting_still_gives_no_performance():
    assert events("Министр Игорь Седов выступил на совещании в Омске.", "Performance") == []


def test_a_singer_speaking_in_a_court_gives_no_performance():
    assert events("Певица Анна Белова выступила в суде в Казани.", "Performance") == []


def test_a_speech_before_journalists_in_a_city_gives_no_performance():
    assert events("Игорь Седов выступил в Москве перед журналистами.", "Performance") == []


def test_a_speech_at_a_meeting_in_a_city_gives_no_performance():
    assert events("Игорь Седов выступил на встрече в Минске.", "Performance") == []


def test_a_singer_in_a_club_of_a_city_still_performs_there():
    assert events("Певица Анна Белова выступила в клубе «Космос» в Москве.", "Performance") == [
        ("Actual", frozenset({"Анна Белова"}), "Москва")]


# tours

def test_a_presidents_world_tour_is_a_visit():
    assert kinds("Президент Игорь Седов совершил мировое турне.") == ["Visit"]


def test_a_singers_world_tour_stays_a_performance():
    assert events("Певица Анна Белова отправится в мировое турне.", "Performance") == [
        ("Planned", frozenset({"Анна Белова"}), None)]


def test_a_concert_tour_is_a_performance_whatever_the_goer_is_called():
    assert kinds("Депутат Игорь Седов отправился в гастрольное турне со своей группой.") == [
        "Performance"]


# titles received

def test_a_military_rank_received_is_no_award():
    assert events("Игорь Седов получил звание полковника.", "Award") == []


def test_a_hyphenated_general_rank_conferred_is_no_award():
    assert events("Президент присвоил Игорю Седову звание вице-адмирала.", "Award") == []


def test_the_next_rank_received_is_no_award():
    assert events("Игорь Седов получил очередное звание.", "Award") == []


def test_a_professors_title_received_is_no_award():
    assert events("Игорь Седов получил учёное звание профессора.", "Award") == []


def test_a_hero_title_conferred_stays_an_award():
    assert events("Президент присвоил Игорю Седову звание Героя России.", "Award") == [
        ("Actual", frozenset({"Игорь Седов"}), None)]


def test_an_honorary_artist_title_received_stays_an_award():
    assert events("Анна Белова получила звание народной артистки России.", "Award") == [
        ("Actual", frozenset({"Анна Белова"}), None)]


# births

def test_a_star_born_on_a_stage_is_no_birth():
    assert events("На сцене родилась новая звезда.", "Birth") == []


def test_a_legend_born_is_no_birth():
    assert events("Так родилась легенда.", "Birth") == []


def test_a_named_star_born_on_a_day_is_a_birth():
    assert events("В этот день родилась звезда эстрады Анна Белова.", "Birth") == [
        ("Actual", frozenset({"Анна Белова"}), None)]


# places

def test_the_city_of_a_crime_one_is_sentenced_for_is_not_the_sentences_place():
    assert events("Игоря Седова осудили за убийство в Курске.", "Sentence") == [
        ("Actual", frozenset({"Игорь Седов"}), None)]


def test_the_city_of_a_war_one_died_in_is_the_deaths_place():
    assert events("Игорь Седов погиб на войне в Афганистане.", "Death") == [
        ("Actual", frozenset({"Игорь Седов"}), "Афганистан")]


# premieres

def test_a_plays_premiere_is_one_release_and_no_performance():
    text = "Премьера спектакля Игоря Седова прошла в Омске."
    assert events(text, "Release") == [("Actual", frozenset({"Игорь Седов"}), "Омск")]
    assert events(text, "Performance") == []


def test_a_play_shown_after_its_premiere_stays_a_performance():
    assert events("После премьеры спектакль Игоря Седова показали в Омске.", "Performance") == [
        ("Actual", frozenset({"Игорь Седов"}), None)]


def test_a_father_again_is_a_birth():
    assert events("Игорь Седов снова стал отцом: у него родился сын.", "Birth") == [
        ("Actual", frozenset({"Игорь Седов"}), None)]


def test_a_mother_who_gave_birth_again_is_a_birth():
    assert events("Анна Белова вновь родила сына.", "Birth") == [
        ("Actual", frozenset({"Анна Белова"}), None)]


def test_one_born_anew_after_surgery_is_no_birth():
    assert events("Игорь Седов родился заново после операции.", "Birth") == []


# other senses of the new lines

def test_praise_sung_to_a_governor_is_no_performance():
    assert events("Игорь Седов спел дифирамбы губернатору.", "Performance") == []


def test_a_song_sung_in_a_city_is_a_performance():
    assert events("Игорь Седов спел песню «Туман» в Омске.", "Performance") == [
        ("Actual", frozenset({"Игорь Седов"}), "Омск")]


def test_credentials_handed_to_a_president_are_no_award():
    assert events("Посол Игорь Седов вручил президенту верительные грамоты.", "Award") == []


def test_an_initiative_put_forward_in_a_city_is_no_performance():
    assert events("Игорь Седов выступил в Москве с инициативой.", "Performance") == []


def test_a_witness_heard_in_a_city_is_no_performance():
    assert events("Игорь Седов выступил в Москве в качестве свидетеля.", "Performance") == []


def test_a_band_before_students_in_a_city_still_performs():
    assert events("Группа «Кедр» выступила перед студентами в Омске.", "Performance") == [
        ("Actual", frozenset({"Кедр"}), "Омск")]


def test_a_ministers_turn_at_a_concert_is_a_performance():
    assert events("Выступление министра Игоря Седова на концерте в Курске удивило зрителей.",
                  "Performance") == [("Actual", frozenset({"Игорь Седов"}), "Курск")]


def test_the_city_of_the_strike_one_died_of_is_the_deaths_place():
    assert events("Игорь Седов погиб от удара дрона в Пакистане.", "Death") == [
        ("Actual", frozenset({"Игорь Седов"}), "Пакистан")]


# a title won

def test_a_title_won_at_a_championship_in_a_city_has_its_place_and_the_one_beaten():
    assert events("Игорь Седов стал чемпионом мира по боксу на чемпионате в Казани, победив "
                  "Олега Кузнецова.", "SportsMatch") == [
        ("Actual", frozenset({"Игорь Седов", "Олег Кузнецов"}), "Казань")]


def test_a_title_won_by_beating_someone_keeps_the_one_beaten():
    assert events("Игорь Седов стал чемпионом, победив в финале Олега Кузнецова.",
                  "SportsMatch") == [("Actual", frozenset({"Игорь Седов", "Олег Кузнецов"}), None)]


def test_the_city_of_the_building_shots_were_fired_at_is_the_attacks_place():
    assert events("19 декабря 2019 года у здания суда в Омске произошла стрельба.", "Attack") == [
        ("Actual", frozenset(), "Омск")]
