"""Factuality cues of Russian news, nineteenth round (kg/data/ru/event_modality.txt,
kg/data/ru/tense_words.txt, kg/nlp/ru/event_assert.py, kg/nlp/ru/dates.py; docs/events.md,
"Factuality"): impersonal and scheduled plans, parenthetical hedges, conditions written as a noun,
an event set for a day, a past occurrence verb over a scheduled attribute, a future copula, a
refusal to act, and the content of a complaint."""

from __future__ import annotations

from event_helpers import described, factualities


def kinds(text: str) -> set[str]:
    return {d.kind for d in described(text)}


def test_an_impersonal_plan_makes_its_act_planned():
    assert factualities("Встречу Владимира Путина и Джо Байдена планируется провести в Женеве.",
                        "Meeting") == ["Planned"]


def test_an_act_someone_is_to_do_is_planned():
    assert factualities("Ирина Котова должна возглавить Министерство культуры.",
                        "Appointment") == ["Planned"]


def test_a_parenthetical_possibly_makes_a_future_visit_possible():
    assert factualities("Возможно, Эммануэль Макрон посетит Киев.", "Visit") == ["Possible"]


def test_a_parenthetical_probably_makes_a_future_visit_possible():
    assert factualities("Вероятно, Олаф Шольц посетит Вашингтон.", "Visit") == ["Possible"]


def test_by_all_appearances_makes_a_resignation_possible():
    assert factualities("Борис Джонсон, по всей видимости, уйдёт в отставку.",
                        "Resignation") == ["Possible"]


def test_an_attack_under_in_case_of_is_possible():
    assert factualities("В случае нападения России на Украину США введут санкции.",
                        "Attack") == ["Possible"]


def test_a_case_of_something_without_the_preposition_took_place():
    # `случай` is a condition only as `в случае`: a reported case is a fact
    assert "Possible" not in factualities("Зафиксирован случай нападения России на Украину.",
                                          "Attack")


def test_a_trial_set_for_a_day_is_planned():
    assert factualities("Суд над Алексеем Громовым назначен на 15 мая.", "Trial") == ["Planned"]


def test_a_hearing_set_for_a_day_is_planned_in_the_coming_year_and_no_appointment():
    found = described("Рассмотрение дела Алексея Громова назначено на 15 мая.")
    assert [(d.factuality, d.year) for d in found if d.kind == "Trial"] == [("Planned", 2023)]
    assert "Appointment" not in {d.kind for d in found}


def test_a_court_still_imposes_a_sentence():
    assert [d.kind for d in described("Суд назначил Олегу Зуеву наказание в виде трёх лет "
                                      "колонии.")] == ["Sentence"]


def test_an_appointment_after_an_election_leaves_the_election_done():
    assert "Planned" not in factualities("После победы на выборах Иван Петров был назначен "
                                         "министром обороны.", "Election")


def test_a_scheduled_meeting_that_took_place_is_actual():
    assert factualities("Запланированная на вторник встреча Лаврова и Блинкена прошла в Женеве.",
                        "Meeting") == ["Actual"]


def test_a_scheduled_meeting_still_ahead_stays_planned():
    assert factualities("Запланированная на вторник встреча Лаврова и Блинкена пройдёт в Женеве.",
                        "Meeting") == ["Planned"]


def test_a_farewell_that_will_be_held_is_planned():
    assert factualities("Прощание с актёром Олегом Зиминым будет в театре.",
                        "Ceremony") == ["Planned"]


def test_a_refusal_to_meet_is_an_actual_rejection_and_no_meeting():
    found = described("Глава МИД Ирана Хосейн Амир Абдоллахиан отказался встретиться "
                      "с Энтони Блинкеном.")
    assert [d.factuality for d in found if d.kind == "Rejection"] == ["Actual"]
    assert "Meeting" not in {d.kind for d in found}


def test_a_countrys_refusal_to_support_sanctions_is_a_rejection():
    assert factualities("Польша отказалась поддержать санкции против Венгрии.",
                        "Rejection") == ["Actual"]


def test_declining_to_comment_is_a_rejection_by_the_gold_convention():
    # tests/gold-nerel/README.md: declining to comment is a Rejection (twenty-ninth round)
    assert "Rejection" in kinds("Министр Олег Зимин отказался прокомментировать отставку.")


def test_a_refusal_inside_a_complaint_is_only_claimed():
    assert factualities("Фермеры жалуются на то, что Министерство сельского хозяйства Чили "
                        "отказалось выделить субсидии.", "Rejection") == ["Possible"]


def test_the_same_refusal_told_by_the_text_is_actual():
    assert factualities("Министерство сельского хозяйства Чили отказалось выделить субсидии.",
                        "Rejection") == ["Actual"]


def test_a_body_not_found_leaves_the_death_possible_not_negated():
    assert factualities("Тело журналиста Ивана Петрова так и не найдено.", "Death") == ["Possible"]


def test_a_body_found_tells_an_actual_death():
    assert factualities("Тело журналиста Ивана Петрова найдено в лесу.", "Death") == ["Actual"]


def test_a_finding_of_guilt_takes_no_date_from_a_penalty_still_to_come():
    found = [d for d in described("Суд признал Алексея Громова виновным в мошенничестве "
                                  "и назначит наказание в пятницу.") if d.kind == "Sentence"]
    assert [(d.factuality, d.year) for d in found if "Алексей Громов" in d.targets] == \
        [("Actual", None)]


def test_a_first_person_wish_to_thank_is_the_thanks():
    assert factualities("«Сейчас я хочу публично поблагодарить Ивана Петрова за поддержку», — "
                        "сказала Анна Белова.", "Congratulation") == ["Actual"]


def test_a_conditional_first_person_wish_to_congratulate_is_the_congratulation():
    assert factualities("«Я хотел бы поздравить Ивана Петрова с победой», — заявил Олег Зимин.",
                        "Congratulation") == ["Actual"]


def test_someone_elses_wish_to_congratulate_stays_possible():
    assert factualities("Анна Белова хочет поздравить Ивана Петрова с победой.",
                        "Congratulation") == ["Possible"]


def test_the_consequence_of_an_if_clause_is_possible():
    assert factualities("Если Россия нападёт на Украину, Джо Байден встретится с Олафом Шольцем.",
                        "Meeting") == ["Possible"]


def test_the_consequence_of_a_condition_noun_is_possible():
    assert factualities("При условии победы на выборах Иван Петров возглавит правительство.",
                        "Appointment") == ["Possible"]


def test_sanctions_promised_on_a_condition_are_a_threat():
    found = described("Если Россия нападёт на Украину, США введут санкции.")
    assert [d.factuality for d in found if d.kind == "SanctionThreat"] == ["Actual"]
    assert "Sanction" not in {d.kind for d in found}


def test_a_past_verb_beside_a_comparing_if_clause_took_place():
    found = described("Если в 2010 году Иван Петров проиграл выборы, то в 2014 году он победил "
                      "на выборах мэра Москвы.")
    assert [d.factuality for d in found if d.kind == "Election" and d.year == 2014] == ["Actual"]


def test_talks_that_were_to_take_place_but_were_cancelled_are_negated():
    assert factualities("Переговоры Владимира Путина и Джо Байдена должны были состояться вчера, "
                        "но были отменены.", "Negotiation") == ["Negated"]


def test_a_meeting_set_for_a_day_that_fell_through_is_negated():
    assert factualities("Встреча Олега Зимина и Анны Беловой была назначена на вторник, но затем "
                        "сорвалась.", "Meeting") == ["Negated"]


def test_a_cancel_word_with_a_subject_of_its_own_leaves_the_first_event_done():
    found = described("Переговоры Владимира Путина и Джо Байдена прошли в Женеве, а саммит НАТО "
                      "был отменён.")
    assert [d.factuality for d in found if d.kind == "Negotiation"] == ["Actual"]


def test_the_not_of_until_negates_nothing():
    assert [(d.factuality, d.year) for d in described(
        "Иван Петров жил в Париже, пока в 1992 году не перебрался в Вашингтон.")
        if d.kind == "Relocation"] == [("Actual", 1992)]


def test_a_move_that_never_came_is_still_negated():
    assert factualities("Иван Петров так и не перебрался в Вашингтон.", "Relocation") == ["Negated"]


def test_not_yet_is_still_a_negation():
    assert factualities("Олег Зимин пока не встретился с Анной Беловой.", "Meeting") == ["Negated"]


def test_a_farewell_whose_day_is_announced_is_planned():
    assert factualities("Режиссёр сообщил о дне прощания с артистом Олегом Зиминым.",
                        "Ceremony") == ["Planned"]


def test_a_farewell_whose_date_is_not_settled_is_planned():
    assert factualities("Дата прощания с Олегом Зиминым пока не определена.",
                        "Ceremony") == ["Planned"]


def test_what_happened_on_the_day_of_a_farewell_leaves_it_done():
    assert factualities("В день прощания с Олегом Зиминым к театру пришли сотни людей.",
                        "Ceremony") == ["Actual"]


def test_the_place_of_a_death_is_no_schedule():
    assert factualities("Следователи установили место гибели Олега Зимина.", "Death") == ["Actual"]


def test_refusing_to_name_something_is_a_rejection_by_the_gold_convention():
    assert "Rejection" in kinds("Тренер Олег Зимин отказался назвать размер своей зарплаты.")


def test_refusing_to_answer_questions_is_a_rejection():
    assert factualities("Министр Олег Зимин отказался отвечать на вопросы журналистов.",
                        "Rejection") == ["Actual"]


# Overreach of the cues above, found on review (nineteenth round): each cue still holds where it
# was meant, and no longer where the same word says something else.

def test_as_soon_as_possible_is_no_hedge():
    # `скорее` hedges only as `скорее всего`
    assert factualities("Министр Иван Петров как можно скорее встретился с Сергеем Ивановым.",
                        "Meeting") == ["Actual"]


def test_most_likely_still_hedges_a_future_meeting():
    assert factualities("Скорее всего, Иван Петров встретится с Сергеем Ивановым.",
                        "Meeting") == ["Possible"]


def test_a_past_killing_that_is_supposed_is_possible_not_planned():
    assert factualities("Предполагается, что журналиста Ивана Петрова убили в 2019 году.",
                        "Killing") == ["Possible"]


def test_a_past_attack_that_is_supposed_is_possible_not_planned():
    assert factualities("Предполагается, что самолёт сбили боевики ИГИЛ.", "Attack") == ["Possible"]


def test_a_meeting_set_for_a_day_that_took_place_is_actual_in_that_year():
    found = described("Назначенная на 10 февраля встреча Лаврова и Блинкена прошла в Женеве.")
    assert [(d.factuality, d.year) for d in found if d.kind == "Meeting"] == [("Actual", 2023)]


def test_a_meeting_planned_for_a_day_that_took_place_is_actual_in_that_year():
    found = described("Встреча Лаврова и Блинкена, запланированная на 20 февраля, прошла в Женеве.")
    assert [(d.factuality, d.year) for d in found if d.kind == "Meeting"] == [("Actual", 2023)]


def test_in_the_case_with_names_a_matter_not_a_condition():
    assert factualities("В случае с арестом Ивана Петрова суд учёл его возраст.",
                        "Arrest") == ["Actual"]


def test_the_date_of_a_meeting_that_took_place_plans_nothing():
    assert "Planned" not in factualities("Лавров сообщил дату встречи с Блинкеном, которая прошла "
                                         "в Женеве в 2019 году.", "Meeting")


def test_a_passive_still_ahead_under_supposedly_stays_planned():
    # `будет проведена`: a past-tense participle, a future clause
    assert factualities("Предполагается, что встреча Лаврова и Блинкена будет проведена в Женеве.",
                        "Meeting") == ["Planned"]


def test_an_arrest_someone_declines_to_comment_on_took_place():
    # the refusal bears on the comment, not on the arrest it is about
    assert factualities("Адвокат Олег Зимин отказался прокомментировать арест Анны Беловой.",
                        "Arrest") == ["Actual"]
