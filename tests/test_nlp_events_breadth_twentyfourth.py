"""Breadth of the event lexicon on fresh text, twenty-fourth round (docs/events.md): a career ended
(`завершил карьеру`, `объявил о завершении карьеры`) is a Resignation, as a career left by `уйти из
спорта` is; a noun trigger that a relative clause takes as its object through `который`
(`турнир, который выиграл X`, `убийство, которое устроил X`) is carried by that clause's verb, whose
subject acts; martial law, a state of emergency or a curfew brought in (`ввёл военное положение`) is
an emergency rule adopted (LawAdoption). The sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import actors_facts

# ---- a career ended ------------------------------------------------------------------------------


def test_a_skater_who_ended_her_career_resigns():
    assert actors_facts("Фигуристка Анна Белова завершила карьеру в 19 лет.", "Resignation") == [
        (frozenset({"Анна Белова"}), "Actual")]


def test_a_boxer_who_finished_his_boxing_career_resigns():
    assert actors_facts("В ноябре 2005 года боксёр Иван Котов закончил свою боксёрскую карьеру.",
                        "Resignation") == [(frozenset({"Иван Котов"}), "Actual")]


def test_an_announced_end_of_career_is_the_announcers():
    assert actors_facts("Хоккеист Иван Котов объявил о завершении карьеры.", "Resignation") == [
        (frozenset({"Иван Котов"}), "Actual")]


def test_a_career_that_only_may_end_is_possible():
    assert actors_facts("Хоккеист Иван Котов может завершить карьеру.", "Resignation") == [
        (frozenset({"Иван Котов"}), "Possible")]


def test_a_career_begun_after_finishing_university_ends_nothing():
    assert actors_facts("Иван Котов закончил университет и начал карьеру в банке.",
                        "Resignation") == []


def test_a_career_begun_after_graduation_by_nouns_ends_nothing():
    assert actors_facts("После окончания университета и начала карьеры в банке Иван Котов переехал "
                        "в Казань.", "Resignation") == []


def test_a_campaign_that_ended_a_career_resigns_no_one():
    assert actors_facts("Неудачная кампания завершила политическую карьеру Анны Беловой.",
                        "Resignation") == []


def test_a_season_finished_is_no_resignation():
    assert actors_facts("Иван Котов завершил сезон победой.", "Resignation") == []


def test_a_question_about_the_end_of_a_career_is_no_resignation():
    assert actors_facts("Журналисты спрашивали Ивана Котова о завершении карьеры.",
                        "Resignation") == []


def test_one_not_thinking_of_ending_a_career_resigns_nothing():
    assert actors_facts("Иван Котов говорил, что не думает об окончании карьеры.",
                        "Resignation") == []


# ---- a noun trigger carried by a relative clause ------------------------------------------------


def _played(text: str) -> bool:
    """Whether Иван Котов is an actor of a game of the text."""
    return any("Иван Котов" in actors for actors, _ in actors_facts(text, "SportsMatch"))


def test_the_winner_of_a_tournament_named_in_a_relative_clause_plays():
    assert actors_facts("Турнир, который выиграл теннисист Иван Котов, прошёл в Казани.",
                        "SportsMatch") == [(frozenset({"Иван Котов"}), "Actual")]


def test_the_author_of_a_killing_named_in_a_relative_clause_kills():
    assert actors_facts("Полиция расследует массовое убийство в Казани, которое устроил Иван "
                        "Котов.", "Killing") == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_match_that_took_place_somewhere_has_no_player_from_the_clause():
    assert not _played("Матч, который состоялся в Казани при Иване Котове, закончился вничью.")


def test_a_tournament_a_journalist_described_is_not_his_win():
    assert not _played("Турнир, который описал журналист Иван Котов, прошёл в Казани.")


def test_a_tournament_someone_played_in_is_not_carried_by_the_clause():
    assert not _played("Турнир, в котором играл Иван Котов, прошёл в Казани.")


def test_a_tournament_the_clause_says_was_never_won_is_a_negated_win():
    assert actors_facts("Турнир, который так и не выиграл теннисист Иван Котов, прошёл в Казани.",
                        "SportsMatch") == [(frozenset({"Иван Котов"}), "Negated")]


def test_a_concert_a_singer_called_off_in_a_relative_clause_is_not_his_planned_show():
    assert all("Иван Котов" not in actors for actors, fact in actors_facts(
        "Концерт в Казани, который отменил певец Иван Котов, должен был пройти в мае.",
        "Performance") if fact == "Planned")


# ---- an emergency rule brought in -------------------------------------------------------------


def _adopted(text: str) -> list[tuple[frozenset[str], str]]:
    return actors_facts(text, "LawAdoption")


def test_a_premier_who_brought_in_martial_law_adopts_it():
    assert _adopted("В ответ на протесты 20 мая 1989 года премьер Иван Котов ввёл военное "
                    "положение.") == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_president_who_declared_a_state_of_emergency_adopts_it():
    assert _adopted("Президент Анна Белова объявила чрезвычайное положение в Казани.") == [
        (frozenset({"Анна Белова"}), "Actual")]


def test_a_state_of_emergency_not_ruled_out_is_possible():
    assert _adopted("Власти не исключают, что президент Анна Белова введёт чрезвычайное "
                    "положение.") == [(frozenset({"Анна Белова"}), "Possible")]


def test_martial_law_lifted_is_no_adoption():
    assert _adopted("Президент Анна Белова отменила военное положение.") == []


def test_martial_law_in_force_is_no_adoption():
    assert _adopted("Военное положение в стране действует уже месяц, сказал Иван Котов.") == []


def test_briefing_someone_on_the_state_of_affairs_is_no_adoption():
    assert _adopted("Министр Иван Котов ввёл журналистов в курс положения дел.") == []


def test_speaking_against_martial_law_is_no_adoption():
    assert _adopted("Иван Котов выступил против введения военного положения.") == []


def test_a_curfew_brought_in_by_a_signed_decree_is_adopted():
    assert _adopted("Указ о введении комендантского часа подписал президент Анна Белова.") == [
        (frozenset({"Анна Белова"}), "Actual")]
