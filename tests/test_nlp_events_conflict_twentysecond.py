"""Conflict, crime and justice events of the twenty-second round (docs/quality.md): attackers told
by a word for people that is no noun, places inside a part of a place, acts on things that are no
arrest, killing, release or sentence, a case standing for whom it is against, statistics of
events, members acting for their body, and the lines of the group "twenty-second round" of
kg/data/ru/triggers.tsv. Each rule has a sentence where it must fire and several where it must
not. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described, kinds, places
from event_helpers import readings as found

# an adjective or a count of people as the subject stands in for an unnamed attacker

def test_unknown_attackers_told_by_an_adjective_are_an_attack():
    assert found("Неизвестные напали на депутата Олега Кравцова.") == [
        ("Attack", "Actual", frozenset({"Олег Кравцов"}))]


def test_attackers_counted_by_a_numeral_are_an_attack():
    assert found("Двое мужчин напали на депутата Олега Кравцова.") == [
        ("Attack", "Actual", frozenset({"Олег Кравцов"}))]


def test_unknown_attackers_with_nothing_named_give_no_attack():
    assert kinds("Неизвестные напали поздно вечером.") == []


def test_unknown_attackers_denied_are_a_negated_attack():
    assert found("Неизвестные не нападали на депутата Олега Кравцова.") == [
        ("Attack", "Negated", frozenset({"Олег Кравцов"}))]


def test_a_blow_of_a_happening_named_in_its_phrase_is_no_attack():
    assert kinds("Крах банка «Вектор» ударил по вкладчикам.") == []


# a place inside a part of a place, or under a noun of a place phrase

def test_a_blast_in_the_centre_of_a_city_is_placed_in_the_city():
    assert places("В центре Омска прогремел взрыв.", "Attack") == ["Омск"]


def test_a_shelling_on_the_outskirts_is_placed_in_the_city():
    assert places("Автомобиль Олега Кравцова был обстрелян на окраине Донецка.", "Attack") == [
        "Донецк"]


def test_shooting_in_a_school_of_a_city_is_placed_in_the_city():
    assert places("Вооружённый мужчина открыл стрельбу в школе в Казани.", "Attack") == ["Казань"]


def test_an_organisation_in_the_genitive_of_a_building_is_no_place():
    assert places("Пожар произошёл в здании компании «Вектор».", "Accident") in ([], [None])


def test_a_part_of_a_place_with_no_name_gives_no_place():
    assert places("Взрыв прогремел на севере во вторник.", "Attack") in ([], [None])


def test_an_accident_got_into_is_placed_where_its_noun_says():
    assert places("Певица Анна Лесина попала в аварию в Омске.", "Accident") == ["Омск"]


def test_a_picket_at_an_office_in_quotes_is_placed_in_the_city_after_it():
    assert places("Активисты «Яблока» провели пикет у офиса «Вектора» в Омске.", "Protest") == [
        "Омск"]


# an act done to a thing is no arrest, killing, release or sentence

def test_a_group_of_activists_detained_is_an_arrest():
    assert kinds("Полицейские задержали группу активистов в Омске.") == ["Arrest"]


def test_accounts_seized_by_a_court_are_no_arrest():
    assert kinds("Суд арестовал счета компании «Вектор».") == []


def test_a_bill_killed_by_deputies_is_no_killing():
    assert kinds("Депутаты убили законопроект о такси.") == []


def test_business_freed_from_taxes_is_no_release():
    assert kinds("Правительство освободило малый бизнес от налогов.") == []


def test_a_verdict_of_critics_on_a_film_is_no_sentence():
    assert kinds("Критики вынесли суровый приговор новому фильму.") == []


# a case stands for whom it is against

def test_a_court_hearing_the_case_of_a_person_is_his_trial():
    assert ("Trial", "Actual", frozenset({"Мосгорсуд", "Олег Кравцов"})) in found(
        "Мосгорсуд приступил к рассмотрению дела Олега Кравцова.")


def test_a_case_sent_to_court_is_a_trial_of_whom_it_is_against():
    assert found("Дело Олега Кравцова передано в суд.") == [
        ("Trial", "Actual", frozenset({"Олег Кравцов"}))]


def test_a_case_named_by_a_place_gives_no_actor():
    assert [d.actors for d in described("Дело о взрыве в Омске передано в суд.")
            if d.kind == "Trial"] in ([], [frozenset()])


def test_papers_handed_to_a_court_are_no_trial():
    assert "Trial" not in kinds("Олег Кравцов передал документы в суд.")


def test_affairs_handed_over_to_a_successor_are_no_trial():
    assert "Trial" not in kinds("Олег Кравцов передал дела преемнику.")


# a statistic of events tells none of them

def test_a_number_of_arrests_is_no_arrest():
    assert kinds("Число арестов в Омске выросло вдвое.") == []


def test_a_count_of_killings_is_no_killing():
    assert kinds("Количество убийств в Омске сократилось.") == []


def test_a_blast_whose_dead_are_counted_is_still_an_attack():
    assert "Attack" in kinds("Число погибших при взрыве в Омске выросло до пяти.")


# fighters, activists and staff act for the body in their genitive

def test_fighters_of_a_group_attack_as_the_group():
    assert ("Attack", "Actual", frozenset({"ИГИЛ"})) in found(
        "Боевики ИГИЛ атаковали блокпост в Ираке.")


def test_staff_of_a_service_arrest_as_the_service():
    assert found("Сотрудники ФСБ задержали Олега Кравцова.") == [
        ("Arrest", "Actual", frozenset({"ФСБ", "Олег Кравцов"}))]


def test_supporters_of_a_person_are_not_that_person():
    assert all("Олег Кравцов" not in d.agents
               for d in described("Сторонники Олега Кравцова провели пикет в Омске."))


def test_fighters_without_a_body_named_stay_unnamed():
    assert found("Боевики атаковали блокпост в Ираке.") == [("Attack", "Actual", frozenset())]


# lines of the twenty-second round

def test_an_action_against_a_plan_is_a_planned_protest():
    assert kinds("В субботу в Омске пройдёт акция против вырубки парка.") == ["Protest"]
    assert found("В субботу в Омске пройдёт акция против вырубки парка.")[0][1] == "Planned"


def test_a_shop_sale_is_no_protest():
    assert kinds("Магазин проводит акцию: скидки на всё.") == []


def test_shares_of_a_company_are_no_protest():
    assert "Protest" not in kinds("Акции «Вектора» подорожали на три процента.")


def test_a_campaign_for_customers_is_no_protest():
    assert "Protest" not in kinds("Банк «Вектор» запустил акцию для новых клиентов в Омске.")


def test_opening_fire_in_a_mall_is_an_attack_not_a_founding():
    assert kinds("Неизвестный открыл стрельбу в торговом центре в Омске.") == ["Attack"]


def test_a_shooting_range_opened_is_no_attack():
    assert "Attack" not in kinds("Компания «Вектор» открыла в Омске новый тир.")


def test_years_of_prison_received_are_a_sentence():
    assert found("Олег Кравцов получил 5 лет колонии.") == [
        ("Sentence", "Actual", frozenset({"Олег Кравцов"}))]


def test_an_expert_report_received_is_no_sentence():
    assert "Sentence" not in kinds("Олег Кравцов получил заключение экспертов.")


def test_a_deadline_received_is_no_sentence():
    assert "Sentence" not in kinds("Подрядчик получил срок до мая на исправление недочётов.")


def test_a_suspended_term_given_by_a_court_is_a_sentence():
    assert [d.kind for d in described("Суд назначил Олегу Кравцову условный срок.")] == [
        "Sentence"]


def test_a_deadline_set_is_no_sentence():
    assert "Sentence" not in kinds("Мэр назначил срок сдачи моста на май.")


def test_a_rally_agreed_by_the_city_is_no_agreement():
    assert "Agreement" not in kinds("Мэрия Омска согласовала митинг «Яблока» на 5 марта.")


def test_a_plan_agreed_with_a_company_is_still_an_agreement():
    assert "Agreement" in kinds("Мэрия Омска согласовала с компанией «Вектор» план работ.")


# an act foiled did not happen

def test_a_foiled_terrorist_attack_is_a_negated_attack():
    assert [(d.kind, d.factuality) for d in described("ФСБ предотвратила теракт в Омске.")] == [
        ("Attack", "Negated")]


def test_a_killing_not_prevented_took_place():
    assert found("Полиция не смогла предотвратить убийство Олега Кравцова.") == [
        ("Killing", "Actual", frozenset({"Олег Кравцов"}))]


def test_a_killing_told_as_it_was_is_actual():
    assert found("Убийство Олега Кравцова потрясло Омск.")[0][1] == "Actual"


# a blow at what belongs to a side is an attack on that side

def test_a_blow_at_the_sites_of_a_group_attacks_the_group():
    assert found("Израиль нанёс авиаудар по объектам «Хамаса».") == [
        ("Attack", "Actual", frozenset({"Израиль", "Хамас"}))]


def test_a_shot_at_a_goal_is_no_attack():
    assert "Attack" not in kinds("Олег Кравцов нанёс удар по воротам «Зенита».")


def test_a_blow_at_a_market_position_is_no_attack():
    assert "Attack" not in kinds("Кризис нанёс удар по позициям «Вектора» на рынке.")


# a protest told by `в знак протеста` on another verb

def test_a_hunger_strike_in_protest_is_a_protest_of_its_subject():
    assert ("Protest", "Actual", frozenset({"Олег Кравцов"})) in found(
        "Олег Кравцов объявил голодовку в знак протеста против приговора.")


def test_leaving_a_hall_in_protest_is_a_protest():
    assert found("Олег Кравцов в знак протеста покинул зал.") == [
        ("Protest", "Actual", frozenset({"Олег Кравцов"}))]


def test_a_sign_of_gratitude_is_no_protest():
    assert kinds("Олег Кравцов в знак благодарности подарил врачам картину.") == []


def test_a_sign_of_protest_with_no_one_named_is_no_event():
    assert kinds("В знак протеста против реформы депутаты покинули зал заседаний.") == []


def test_going_out_into_the_streets_of_a_city_is_placed_in_it():
    assert places("Тысячи человек вышли на улицы Тбилиси.", "Protest") == ["Тбилиси"]


# fires, overturns and collisions of buildings and vehicles

def test_a_warehouse_catching_fire_is_an_accident():
    assert kinds("В Новосибирске загорелся склад.") == ["Accident"]


def test_lights_coming_on_are_no_accident():
    assert kinds("В Омске загорелись новогодние огни.") == []


def test_a_bus_overturning_is_an_accident():
    assert kinds("Автобус перевернулся на трассе в Карелии.") == ["Accident"]


def test_a_situation_turned_upside_down_is_no_accident():
    assert kinds("В Омске ситуация перевернулась за один день.") == []


def test_a_government_facing_a_problem_is_no_accident():
    assert kinds("Правительство Омска столкнулось с проблемой.") == []


def test_a_truck_and_a_bus_colliding_is_an_accident():
    assert kinds("Под Омском столкнулись грузовик и автобус.") == ["Accident"]


# a person eliminated is killed; a company wound up is not

def test_a_gang_leader_eliminated_is_a_killing():
    assert found("В ходе спецоперации ликвидирован главарь банды Рустам Алиев.") == [
        ("Killing", "Actual", frozenset({"Рустам Алиев"}))]


def test_a_company_wound_up_is_no_killing():
    assert kinds("Власти Омска ликвидировали компанию «Вектор».") == []


def test_the_aftermath_of_a_flood_cleared_is_no_killing():
    assert "Killing" not in kinds("Спасатели ликвидировали последствия аварии в Омске.")


def test_a_city_freed_is_no_release_from_custody():
    assert "ReleaseFromCustody" not in kinds("Армия освободила Мариуполь.")


# drones read by the parse as a second object are still the attackers

def test_drones_after_the_verb_attack_the_city_before_it():
    assert found("В ночь на вторник Москву атаковали беспилотники.") == [
        ("Attack", "Actual", frozenset({"Москва"}))]


def test_doubts_gripping_a_city_are_no_attack():
    assert kinds("Москву охватили новые сомнения.") == []


def test_a_city_visited_by_tourists_is_no_attack():
    assert "Attack" not in kinds("Москву посетили туристы из Омска.")


# shelling and blasts

def test_the_shelling_of_a_city_is_an_attack_on_it():
    assert ("Attack", "Actual", frozenset({"Белгород"})) in found(
        "В результате обстрела Белгорода пострадали пять человек.")


def test_a_methane_blast_in_a_mine_is_an_accident():
    assert kinds("На шахте в Воркуте произошёл взрыв метана.") == ["Accident"]


def test_a_blast_in_the_metro_of_a_city_is_placed_in_the_city():
    assert places("Теракт в метро Санкт-Петербурга потряс страну.", "Attack") == [
        "Санкт-Петербург"]


def test_a_blast_of_emotions_is_no_event():
    assert kinds("Решение жюри вызвало взрыв эмоций в зале.") == []


def test_a_short_adjective_is_a_predicate_not_an_attacker():
    assert kinds("Готовы напасть на депутата Олега Кравцова.") != ["Attack"] or \
        found("Готовы напасть на депутата Олега Кравцова.")[0][1] != "Actual"


def test_supporters_of_a_ministry_are_not_the_ministry():
    assert all("МВД" not in d.actors for d in described("Боевики обстреляли сторонников МВД."))


# a person handed over to another country is an extradition, an Arrest

def test_a_businessman_handed_over_to_a_country_is_no_event():
    # an extradition: no class fits, by the gold conventions (twenty-ninth round)
    assert kinds("Испания выдала России бизнесмена Виктора Орехова.") == []


def test_a_loan_handed_out_is_no_arrest():
    assert kinds("Банк выдал Олегу Кравцову кредит.") == []


def test_posing_as_a_doctor_is_no_arrest():
    assert kinds("Олег Кравцов выдал себя за врача.") == []


def test_marrying_off_a_daughter_is_no_arrest():
    assert "Arrest" not in kinds("Олег Кравцов выдал дочь замуж.")


def test_passports_issued_are_no_arrest():
    assert kinds("В Омске выдали пять тысяч паспортов.") == []


# a country and a city may hold one another: one act told in both

def test_a_death_in_a_country_and_in_a_city_of_it_is_one_death():
    assert kinds("В Великобритании умерла женщина\nАнна Лесина скончалась в больнице в "
                 "Солсбери.") == ["Death"]


def test_visits_to_two_countries_are_two_visits():
    assert kinds("Олег Кравцов посетит Францию в мае. В июне Олег Кравцов посетит Италию.") == [
        "Visit", "Visit"]


def test_visits_to_two_cities_are_two_visits():
    assert kinds("Олег Кравцов посетил Омск. Затем Олег Кравцов посетил Томск.") == [
        "Visit", "Visit"]


def test_resigning_in_protest_is_a_protest_and_a_resignation():
    assert sorted(kinds("Олег Кравцов в знак протеста подал в отставку.")) == [
        "Protest", "Resignation"]


def test_a_company_wound_up_in_a_second_clause_is_no_killing():
    assert kinds("Компания «Вектор» занималась консалтингом, однако в 2015 году была "
                 "ликвидирована.") == []


def test_a_man_shot_in_a_second_clause_is_killed():
    assert found("Олег Кравцов вошёл в школу, но был застрелен.") == [
        ("Killing", "Actual", frozenset({"Олег Кравцов"}))]


def test_a_bracketed_article_number_is_no_object_of_an_arrest():
    assert "Arrest" in kinds("Суд признал Олега Кравцова виновным в нарушении правил (ч. 8 ст. "
                             "20.2 КоАП) и арестовал на 10 суток.")


def test_a_government_of_a_city_dispersing_a_crowd_is_still_an_attack():
    assert "Attack" in kinds("Правительство Москвы жестоко разогнало вышедших на акцию.")
