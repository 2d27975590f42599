"""Faults of the twenty-first round's contact, appeal and protest rules, with their boundaries:
a subjectless plural verb acting for a building it is held in or for a blow struck there, the one
an `акция поддержки` is for read as its doer, the one who goes out to an `акция протеста` or a
`марш протеста`, a march that is music, ringing at a door or a bell, turning to a faith or into
something, and the date of a cancelled visit (the day of the cancelling, a month-only plan, a
year guessed from tense). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import agents_targets, described, facts_actors

# a subjectless plural verb and the organisation of its `в` phrase

def test_a_killing_in_a_company_s_offices_is_not_the_company_s():
    assert agents_targets("В «Газпроме» убили Олега Климова.", "Killing") == [
        (frozenset(), frozenset({"Олег Климов"}))]


def test_an_arrest_in_a_shop_is_not_the_shop_s():
    assert agents_targets("В «Ашане» задержали Олега Климова.", "Arrest") == [
        (frozenset(), frozenset({"Олег Климов"}))]


def test_an_award_given_in_a_theatre_is_not_the_theatre_s():
    assert all("Большой театр" not in agents for agents, _ in agents_targets("В Большом театре "
                                                                             "наградили Олега "
                                                                             "Климова.", "Award"))


def test_a_body_still_acts_for_a_subjectless_verb_of_congratulation():
    assert agents_targets("В Госдуме поздравили Олега Климова с юбилеем.", "Congratulation") == [
        (frozenset({"Госдума"}), frozenset({"Олег Климов"}))]


def test_a_body_is_not_the_one_who_resigns_for_a_subjectless_verb():
    assert all("Газпром" not in d.targets for d in described(
        "В «Газпроме» ушли в отставку.") if d.kind == "Resignation")


def test_a_body_still_demands_for_a_subjectless_verb():
    assert [d.agents for d in described("В Генпрокуратуре потребовали арестовать Олега Климова.")
            if d.kind == "Demand"] == [frozenset({"Генпрокуратура"})]


# who an action of support is for

def test_the_one_an_action_of_support_is_for_is_its_target():
    assert agents_targets("В Самаре прошла акция поддержки Олега Климова.", "Protest") == [
        (frozenset(), frozenset({"Олег Климов"}))]


def test_the_one_an_action_in_memory_is_for_is_no_target():
    # the one honoured is another participant (docs/events.md, Protest: fix28, fix29)
    assert agents_targets("В Самаре прошла акция памяти Анны Зориной.", "Protest") == [
        (frozenset(), frozenset())]


def test_the_holder_of_an_action_of_support_stays_its_agent():
    assert agents_targets("Олег Климов провёл акцию поддержки Анны Зориной.", "Protest") == [
        (frozenset({"Олег Климов"}), frozenset({"Анна Зорина"}))]


def test_the_genitive_of_a_protest_action_is_still_who_holds_it():
    assert agents_targets("Акция протеста «Яблока» прошла в Самаре.", "Protest") == [
        (frozenset({"Яблоко"}), frozenset())]


# going out to a compound act of protest

def test_one_who_goes_out_to_a_protest_action_takes_part():
    assert facts_actors("Олег Климов вышел на акцию протеста.", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_those_who_go_out_to_a_march_of_protest_take_part():
    assert facts_actors("Олег Климов и Анна Зорина вышли на марш протеста.", "Protest") == [
        ("Actual", frozenset({"Олег Климов", "Анна Зорина"}))]


def test_one_who_acts_in_spite_of_a_march_takes_no_part():
    assert all("Олег Климов" not in a for _, a in facts_actors("Несмотря на шествие, Олег Климов "
                                                               "подписал закон.", "Protest"))


def test_one_who_acts_because_of_a_march_takes_no_part():
    assert all("Олег Климов" not in a for _, a in facts_actors("Из-за марша Олег Климов отменил "
                                                               "визит.", "Protest"))


def test_one_who_speaks_at_a_march_still_takes_part():
    assert ("Actual", frozenset({"Олег Климов"})) in facts_actors("На марше Олег Климов выступил с "
                                                                  "речью.", "Protest")


# a march that is music

def test_a_march_an_orchestra_plays_is_no_protest():
    assert facts_actors("Оркестр исполнил марш Мендельсона.", "Protest") == []


def test_a_wedding_march_is_no_protest():
    assert facts_actors("Олег Климов и Анна Зорина вошли в зал под свадебный марш.",
                        "Protest") == []


def test_a_march_through_a_city_stays_a_protest():
    assert facts_actors("Олег Климов и Анна Зорина вышли на марш в Твери.", "Protest") != []


# ringing is no call

def test_ringing_at_a_door_is_no_phone_call():
    assert facts_actors("Анна Зорина позвонила в дверь.", "PhoneCall") == []


def test_ringing_a_bell_is_no_phone_call():
    assert facts_actors("Олег Климов позвонил в колокол.", "PhoneCall") == []


def test_a_call_to_a_newsroom_stays_a_call():
    assert facts_actors("Анна Зорина позвонила в редакцию.", "PhoneCall") == [
        ("Actual", frozenset({"Анна Зорина"}))]


# turning to a faith or into something is no appeal

def test_turning_to_orthodoxy_is_no_appeal():
    assert facts_actors("Олег Климов обратился в православие.", "Appeal") == []


def test_being_all_ears_is_no_appeal():
    assert facts_actors("Олег Климов обратился в слух.", "Appeal") == []


def test_going_to_hospital_is_no_appeal():
    assert facts_actors("Олег Климов обратился в больницу с жалобами на боль в спине.",
                        "Appeal") == []


def test_an_appeal_to_the_prosecutors_stays_an_appeal():
    assert facts_actors("Олег Климов обратился в прокуратуру с жалобой.", "Appeal") == [
        ("Actual", frozenset({"Олег Климов"}))]


# the date of a cancelled visit

def test_a_date_after_the_cancel_word_is_when_it_was_called_off():
    assert facts_actors("Олег Климов посетит Осло 20 марта. Визит в Осло отменён 10 марта.",
                        "Visit") == [("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_a_month_is_called_off_on_a_day_of_it():
    assert facts_actors("Олег Климов посетит Осло в марте. Визит 20 марта отменён.", "Visit") == [
        ("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_the_day_called_off_is_negated_whatever_year_tense_gives():
    assert facts_actors("Олег Климов посетит Осло 10 марта. Визит, запланированный на 10 марта, "
                        "отменён.", "Visit") == [("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_another_day_than_the_one_called_off_stays_planned():
    assert ("Planned", frozenset({"Олег Климов"})) in facts_actors("Олег Климов посетит Осло 20 "
                                                                   "марта. Визит, запланированный "
                                                                   "на 10 марта, отменён.", "Visit")


def test_visits_of_two_written_years_stay_apart():
    assert ("Planned", frozenset({"Олег Климов"})) in facts_actors("Олег Климов посетит Осло 20 "
                                                                   "марта 2023 года. Визит 20 "
                                                                   "марта 2024 года отменён.",
                                                                   "Visit")


# whose proposal a rejection turns down

def test_a_proposal_of_a_country_rejected_names_the_country():
    assert agents_targets("Россия отвергла предложение Украины.", "Rejection") == [
        (frozenset({"Россия"}), frozenset({"Украина"}))]


def test_the_city_of_unnamed_petitioners_is_not_whose_the_plea_is():
    assert agents_targets("Конституционный суд отклонил жалобу жителей Самары.", "Rejection") == [
        (frozenset({"Конституционный суд"}), frozenset())]


def test_the_defence_s_appeal_rejected_names_the_one_it_defends():
    assert [d.targets for d in described("Суд отклонил апелляцию защиты Олега Климова.")
            if d.kind == "Rejection"] == [frozenset({"Олег Климов"})]


def test_a_name_in_what_a_proposal_asks_for_is_not_whose_it_is():
    assert agents_targets("Олег Климов отверг предложение о встрече с Анной Зориной.",
                          "Rejection") == [
        (frozenset({"Олег Климов"}), frozenset())]


def test_an_appeal_rejected_does_not_make_the_one_to_be_freed_its_author():
    assert agents_targets("Олег Климов отверг призыв освободить Анну Зорину.", "Rejection") == [
        (frozenset({"Олег Климов"}), frozenset())]


# who makes a call with the appeal noun

def test_one_who_comes_out_with_a_call_makes_it():
    assert [d.agents for d in described("Олег Климов выступил с призывом освободить Анну Зорину.")
            if d.kind == "Appeal"] == [frozenset({"Олег Климов"})]


# the sides of an agreement signed `между X и Y`

def test_an_agreement_signed_between_two_countries_in_the_passive_has_both_sides():
    assert facts_actors("Соглашение между Норвегией и Исландией подписано в среду.",
                        "Agreement") == [
        ("Actual", frozenset({"Норвегия", "Исландия"}))]


def test_the_signer_of_an_agreement_between_others_stays_its_only_agent():
    assert [d.agents for d in described(
        "Олег Климов подписал соглашение между Норвегией и Исландией.")
        if d.kind == "Agreement"] == [frozenset({"Олег Климов"})]


def test_an_agreement_between_years_has_no_sides():
    assert facts_actors("Соглашение, заключённое между 2010 и 2012 годами, утратило силу.",
                        "Agreement") == []


def test_the_date_of_a_cancelled_visit_picks_the_plan_of_that_day():
    assert facts_actors("Олег Климов посетит Осло 10 марта, а Анна Зорина посетит Берлин 20 марта. "
                        "Визит 10 марта отменён.", "Visit") == [
        ("Negated", frozenset({"Олег Климов"})), ("Planned", frozenset({"Анна Зорина"}))]
