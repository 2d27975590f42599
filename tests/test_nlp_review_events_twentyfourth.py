"""Review of the twenty-fourth round's event rules (docs/events.md): the ordinal of a series
counted over a stretch of time or said of `это` is the event just told; of two ranks around a
post the last is the appointee's, and ranks listed with it are appointees too; a body's name the
tagger takes for animate still votes on a decision; walking out of a summit is no withdrawal; the
head of a country's body going to that country goes home."""

from __future__ import annotations

import pytest
from event_helpers import agents_targets, described, kinds, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- an ordinal over a stretch of time counts the series, not the earlier mention -------------


def test_a_second_blast_of_the_month_is_the_blast_just_told():
    assert kinds("В центре Лиманска у вокзала прогремел взрыв. Второй за месяц взрыв у вокзала "
                 "в Лиманске унёс жизни трёх человек.").count("Attack") == 1


def test_a_third_blast_of_the_year_is_the_blast_just_told():
    assert kinds("Утром в Лиманске у вокзала прогремел взрыв. Третий за год взрыв в Лиманске "
                 "унёс жизни трёх человек.").count("Attack") == 1


def test_this_is_the_second_blast_names_the_blast_just_told():
    assert kinds("В центре Москвы у метро прогремел взрыв, погибли три человека. Это уже второй "
                 "взрыв у метро в Москве за месяц.").count("Attack") == 1


def test_a_second_blast_after_a_first_one_stays_two():
    assert kinds("Утром в Лиманске прогремел взрыв. Через час в Лиманске прогремел второй "
                 "взрыв.").count("Attack") == 2


# ---- ranks around the post --------------------------------------------------------------------


def test_the_rank_the_post_serves_is_no_appointee():
    assert agents_targets("Президент Лимании Иван Котов назначил помощником генерала Олега "
                          "Сидорова полковника Игоря Петрова.", "Appointment") == [
        (frozenset({"Иван Котов"}), frozenset({"Игорь Петров"}))]


def test_ranks_listed_after_the_post_are_all_appointees():
    assert agents_targets("Президент назначил командующим флотом вице-адмирала Игоря Петрова и "
                          "генерала Олега Сидорова.", "Appointment") == [
        (frozenset(), frozenset({"Игорь Петров", "Олег Сидоров"}))]


def test_one_rank_before_the_name_is_still_the_appointee():
    assert agents_targets("Президент Лимании Иван Котов назначил начальником штаба генерала Игоря Петрова.",
                          "Appointment") == [(frozenset({"Иван Котов"}), frozenset({"Игорь Петров"}))]


# ---- a body's vote on a decision --------------------------------------------------------------


def test_a_body_tagged_animate_votes_on_a_decision_without_electing():
    assert "Election" not in kinds("Кнессет проголосовал за самороспуск.")


def test_a_body_tagged_animate_voting_for_a_person_still_elects():
    assert "Election" in kinds("Кнессет проголосовал за Ивана Котова.")


# ---- walking out of a summit ------------------------------------------------------------------


def test_leaving_a_summit_early_is_no_withdrawal():
    assert "Withdrawal" not in kinds("Президент Лимании Иван Котов покинул саммит НАТО досрочно.")


def test_leaving_the_alliance_is_still_a_withdrawal():
    assert "Withdrawal" in kinds("Лимания покинула НАТО в 2020 году.")


# ---- the head of a country's body going home --------------------------------------------------


def test_the_head_of_a_ministry_flying_to_its_capital_makes_no_visit():
    assert "Visit" not in kinds("Глава МИД России Иван Котов прилетел в Москву.")


def test_the_head_of_a_ministry_flying_to_its_country_makes_no_visit():
    assert "Visit" not in kinds("Глава МИД России Иван Котов вылетел в Россию.")


def test_the_head_of_a_foreign_ministry_flying_to_moscow_visits():
    assert agents_targets("Глава МИД Японии Кэндзи Сато прилетел в Москву.", "Visit") == [
        (frozenset({"Кэндзи Сато"}), frozenset())]


def test_the_head_of_a_ministry_flying_to_another_city_of_his_country_visits():
    assert agents_targets("Глава МИД России Иван Котов прилетел в Хабаровск.", "Visit") == [
        (frozenset({"Иван Котов"}), frozenset())]


# ---- the one a ban bars takes no part -----------------------------------------------------------


def test_one_barred_from_the_elections_takes_no_part_in_them():
    assert not any("Иван Котов" in d.actors for d in described(
        "Суд запретил Ивану Котову участвовать в выборах."))


def test_one_barred_from_the_competitions_takes_no_part_in_them():
    assert not any("Иван Котов" in d.actors for d in described(
        "Федерация запретила Ивану Котову участвовать в соревнованиях."))


def test_one_allowed_to_stand_still_takes_part():
    assert ("Election", frozenset({"Иван Котов"})) in [
        (d.kind, d.actors) for d in described("Суд разрешил Ивану Котову участвовать в выборах.")]


def test_a_ban_not_imposed_bars_no_one():
    assert ("Election", frozenset({"Анна Белова"})) in [
        (d.kind, d.actors) for d in described(
            "Иван Котов не запретил Анне Беловой участвовать в выборах.")]


# ---- a vote for an act of another class about a person ----------------------------------------


def test_a_body_voting_for_someone_s_resignation_elects_no_one():
    assert "Election" not in kinds("Госдума проголосовала за отставку Ивана Котова.")


def test_members_of_a_body_voting_for_someone_s_resignation_elect_no_one():
    assert "Election" not in kinds("Депутаты Верховной рады проголосовали за отставку Ивана "
                                   "Котова.")


def test_a_body_voting_for_a_candidacy_still_elects():
    assert "Election" in kinds("Госдума проголосовала за кандидатуру Ивана Котова на пост "
                               "премьер-министра.")


def test_citizens_voting_for_a_resignation_still_vote():
    assert "Election" in kinds("Жители Лимании проголосовали за отставку Ивана Котова.")
