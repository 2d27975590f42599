"""Lines of the seventeenth round (kg/data/ru/triggers.tsv, the group "seventeenth round"): the
class told by what is approved or banned, a work or product released or presented, thanks
expressed, a lawsuit in the imperfective. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# what is approved: a rule or a budget is a LawAdoption, a person stays an Appointment

def test_an_agency_approving_a_procedure_adopts_a_rule():
    assert readings("Служба безопасности Омской области утвердила порядок выдачи пропусков.") == [
        ("LawAdoption", "Actual", frozenset({"Служба безопасности Омской области"}))]


def test_a_governor_approving_the_budget_adopts_it():
    assert readings("Губернатор Иван Петров утвердил бюджет области на 2020 год.") == [
        ("LawAdoption", "Actual", frozenset({"Иван Петров"}))]


def test_a_person_approved_in_a_post_stays_an_appointment():
    assert readings("Сенат утвердил Ивана Петрова на посту министра.") == [
        ("Appointment", "Actual", frozenset({"Иван Петров", "Сенат"}))]


# what is banned: a practice banned by an authority is a Sanction; a law that bans is a law

def test_a_mayor_banning_a_sale_is_a_sanction():
    assert readings("Мэр Омска Иван Петров запретил продажу алкоголя в городе.") == [
        ("Sanction", "Actual", frozenset({"Иван Петров"}))]


def test_a_law_passed_that_bans_stays_a_law_adoption():
    assert kinds("Госдума приняла закон, запрещающий курение.") == ["LawAdoption"]


def test_an_entry_ban_stays_a_revocation():
    assert kinds("Служба безопасности Украины запретила рэперу Ивану Петрову въезд в страну.") == [
        "Revocation"]


# works and products released or presented

def test_a_film_shot_by_its_director_is_a_release():
    assert readings("В 1990 году Иван Петров снял свой первый фильм «Зима».") == [
        ("Release", "Actual", frozenset({"Иван Петров"}))]


def test_a_film_taken_off_the_screens_is_no_release():
    assert kinds("Фильм Ивана Петрова сняли с проката.") == []


def test_a_painting_taken_off_a_wall_is_no_release():
    assert kinds("Иван Петров снял картину со стены.") == []


def test_a_product_put_on_sale_is_a_release():
    assert readings("В 1990 году компания «Восток» выпустила в продажу новый планшет.") == [
        ("Release", "Actual", frozenset({"Восток"}))]


def test_an_album_to_be_presented_is_a_planned_release():
    assert readings("Певица Анна Белова представит новый альбом в Омске.") == [
        ("Release", "Planned", frozenset({"Анна Белова"}))]


def test_a_report_presented_is_no_release():
    assert kinds("Иван Петров представил доклад на конференции.") == []


# thanks expressed, as `поблагодарить`

def test_gratitude_expressed_to_a_named_man_is_a_congratulation():
    assert readings("Певица Анна Белова выразила благодарность губернатору Ивану Петрову за "
                    "помощь.") == [
        ("Congratulation", "Actual", frozenset({"Анна Белова", "Иван Петров"}))]


def test_appreciation_expressed_is_a_congratulation():
    assert kinds("Иван Петров выразил признательность спасателям.") == ["Congratulation"]


def test_a_doubt_expressed_is_no_congratulation():
    assert kinds("Иван Петров выразил сомнение в успехе проекта.") == []


# a lawsuit in the imperfective

def test_a_lawsuit_about_to_be_brought_in_the_imperfective_is_a_planned_trial():
    assert readings("Адвокат заявил, что Иван Петров собирается подавать иск против компании "
                    "«Восток».") == [
        ("Trial", "Planned", frozenset({"Иван Петров", "Восток"}))]


def test_documents_handed_in_are_no_trial():
    assert kinds("Иван Петров собирается подавать документы в университет.") == []


# named the best by a jury or a poll: an Award of the one named

def test_a_forward_named_best_player_of_the_year_is_awarded():
    assert readings("Нападающий «Зари» Иван Петров признан лучшим футболистом года.") == [
        ("Award", "Actual", frozenset({"Иван Петров"}))]


def test_an_association_naming_a_goalkeeper_best_awards_him():
    assert readings("Итальянская ассоциация признала Ивана Петрова лучшим вратарём сезона.") == [
        ("Award", "Actual", frozenset({"Иван Петров", "Итальянская ассоциация"}))]


def test_the_most_valuable_player_is_awarded():
    assert kinds("Баскетболист Иван Петров признан самым ценным игроком сезона.") == ["Award"]


def test_the_coach_of_the_year_is_awarded():
    assert kinds("Главный тренер «Зари» Иван Петров был признан тренером года.") == ["Award"]


def test_found_guilty_stays_a_sentence():
    assert kinds("Суд признал Ивана Петрова виновным в краже.") == ["Sentence"]


def test_a_decision_judged_best_is_no_award():
    assert kinds("Иван Петров признал лучшим решением отказ от поездки.") == []


# a move told as crossing over to a place

def test_a_man_who_moved_over_to_a_city_relocated():
    assert readings("В 1992 году Иван Петров перебрался в Вашингтон.") == [
        ("Relocation", "Actual", frozenset({"Иван Петров"}))]


def test_a_band_that_moved_over_to_a_city_relocated():
    assert kinds("В 1968 году группа «Восток» перебралась в Париж.") == ["Relocation"]


def test_climbing_over_a_fence_is_no_relocation():
    assert kinds("Иван Петров перебрался через забор и скрылся.") == []


def test_a_ban_that_is_part_of_a_court_penalty_is_no_sanction():
    assert kinds("Суд приговорил Ивана Петрова к штрафу. Кроме того, ему на три года запрещено "
                 "занимать государственные должности.") == ["Sentence"]


# injuries received, as `получить ранение`

def test_severe_injuries_received_are_an_injury():
    assert readings("Пассажирка Анна Белова получила тяжёлые травмы.") == [
        ("Injury", "Actual", frozenset({"Анна Белова"}))]


def test_burns_received_are_an_injury():
    assert kinds("Пожарный Иван Петров получил ожоги рук.") == ["Injury"]


def test_a_letter_received_is_no_injury():
    assert kinds("Иван Петров получил письмо от сестры.") == []


# review17c: the senses the seventeenth-round lines must leave alone

def test_climbing_onto_a_roof_is_no_relocation():
    assert kinds("Заключённый Иван Петров перебрался на крышу тюрьмы.") == []


def test_crossing_to_the_other_side_of_a_street_is_no_relocation():
    assert kinds("Иван Петров перебрался на другую сторону улицы.") == []


def test_a_club_climbing_to_third_place_in_the_table_is_no_relocation():
    assert kinds("Клуб «Восток» перебрался на третье место в турнирной таблице.") == []


def test_a_player_climbing_a_ranking_is_no_relocation():
    assert kinds("Теннисист Иван Петров перебрался на четвёртую строчку рейтинга.") == []


def test_a_move_to_a_new_place_of_residence_stays_a_relocation():
    assert kinds("Иван Петров перебрался на новое место жительства в Омск.") == ["Relocation"]


def test_the_programme_of_a_visit_approved_is_no_law():
    assert kinds("Губернатор Иван Петров утвердил программу визита делегации.") == []


def test_the_programme_of_a_festival_approved_is_no_law():
    assert kinds("Мэр Омска Иван Петров утвердил программу праздничных мероприятий.") == []


def test_a_development_programme_approved_stays_a_law_adoption():
    assert kinds("Губернатор Иван Петров утвердил программу развития туризма.") == ["LawAdoption"]


def test_a_ban_a_court_adds_to_its_sentence_is_no_second_event():
    assert kinds("Ленинский районный суд Омска приговорил Ивана Петрова к штрафу и запретил ему "
                 "заниматься адвокатской деятельностью.") == ["Sentence"]
