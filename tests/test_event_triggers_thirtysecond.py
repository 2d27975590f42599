"""The trigger lines the thirty-second round's Award, Ceremony and Performance paraphrases added
(kg/data/ru/triggers.tsv, award32 block): a prize given with `отметить`, honouring, a jubilee
evening, a mourning rally, a work performed, a show put on, a dance danced; and the senses of the
same words that are no event (a holiday marked, a bonus paid, a religious order, a nomination)."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def _others(text: str, kind: str) -> list[frozenset[str]]:
    return [d.others for d in described(text) if d.kind == kind]


def test_marking_someone_with_a_prize_awards_it_to_them():
    assert found("Губернатор отметил премией учительницу Анну Ковалёву.", "Award") == [
        ("Actual", frozenset(), frozenset({"Анна Ковалёва"}))]


def test_being_marked_with_an_award_in_the_short_passive_is_an_award():
    assert found("Инженер Олег Смирнов отмечен правительственной наградой.", "Award") == [
        ("Actual", frozenset(), frozenset({"Олег Смирнов"}))]


def test_marking_a_holiday_is_no_award():
    assert found("Москвичи отметили День города.", "Award") == []


def test_praising_an_actors_play_is_no_award():
    assert found("Жюри отметило игру актёра Ивана Петрова.", "Award") == []


def test_marking_a_prizes_jubilee_is_no_award():
    assert found("Сотрудники отметили юбилей премии «Ника» в Москве.", "Award") == []


def test_a_bonus_paid_to_workers_is_no_award():
    assert found("Рабочим завода выплатили годовую премию.", "Award") == []


def test_a_religious_order_is_no_award():
    assert found("Орден иезуитов открыл школу в Варшаве.", "Award") == []


def test_a_party_nominating_a_candidate_is_no_award():
    assert found("Партия номинировала Ивана Петрова кандидатом в губернаторы.", "Award") == []


def test_honouring_someone_is_a_ceremony_for_them():
    assert _others("Чествование поэта Игоря Волгина прошло в Литературном музее.",
                   "Ceremony") == [frozenset({"Игорь Волгин"})]


def test_the_verb_of_honouring_names_the_one_honoured_as_other_participant():
    assert _others("Земляки чествуют космонавта Павла Виноградова.", "Ceremony") == [
        frozenset({"Павел Виноградов"})]


def test_a_jubilee_evening_is_a_ceremony_for_the_one_it_honours():
    assert _others("Юбилейный вечер композитора Игоря Крутого прошёл в Москве.",
                   "Ceremony") == [frozenset({"Игорь Крутой"})]


def test_a_mourning_rally_is_a_ceremony_not_a_protest():
    text = "Траурный митинг в память об Анне Смирновой прошёл в Твери."
    assert found(text, "Protest") == []
    assert _others(text, "Ceremony") == [frozenset({"Анна Смирнова"})]


def test_a_rally_against_a_law_stays_a_protest():
    assert found("Митинг против закона об иноагентах прошёл в Самаре.", "Ceremony") == []


def test_singing_an_aria_is_a_performance_of_the_singer():
    assert found("Тенор Павел Орлов исполнил арию Ленского в Казани.", "Performance") == [
        ("Actual", frozenset({"Павел Орлов"}), frozenset())]


def test_fulfilling_a_duty_is_no_performance():
    assert found("Врач Павел Орлов исполнил свой долг до конца.", "Performance") == []


def test_a_band_showing_a_new_show_performs():
    assert found("Группа «Звери» показала новое шоу в Уфе.", "Performance") == [
        ("Actual", frozenset({"Звери"}), frozenset())]


def test_a_government_showing_a_programme_is_no_performance():
    assert found("Правительство показало новую программу реформ.", "Performance") == []


def test_a_dancer_dancing_a_part_performs():
    assert found("Балерина Анна Орлова станцевала Жизель в Новосибирске.", "Performance") == [
        ("Actual", frozenset({"Анна Орлова"}), frozenset())]


def test_a_nobel_laureate_named_by_the_adjective_is_an_award():
    assert found("Нобелевский лауреат Иван Петров приехал в Москву.", "Award") == [
        ("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_the_laureates_a_copula_names_are_each_awarded():
    assert found("Лауреатами в области химии стали Иван Петров и Анна Сидорова.", "Award") == [
        ("Actual", frozenset(), frozenset({"Иван Петров", "Анна Сидорова"}))]


def test_a_laureate_of_a_named_prize_is_one_award_not_two():
    assert len(found("Лауреат Государственной премии Иван Петров приехал в Москву.",
                     "Award")) == 1


def test_meeting_laureates_is_no_award_of_the_one_who_meets():
    assert found("Иван Петров встретился с лауреатами олимпиады.", "Award") == []
