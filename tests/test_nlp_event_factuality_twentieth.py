"""Factuality and identity of events, twentieth round (kg/nlp/ru/events.py,
kg/nlp/ru/event_assert.py, kg/data/ru/event_modality.txt, kg/data/ru/event_hosts.tsv;
docs/events.md, "Factuality"): a plan called off by a later bare noun, a visit its own visitor
cancels, hearsay words, an event set for a day that is no appointment, and who does not come to
a gathering."""

from __future__ import annotations

from event_helpers import described, factualities


def test_a_planned_meeting_that_did_not_take_place_is_negated():
    assert factualities("Сергей Лавров должен был встретиться с Мевлютом Чавушоглу в Анкаре, но "
                        "встреча не состоялась.", "Meeting") == ["Negated"]


def test_an_intended_visit_cancelled_in_the_next_sentence_is_negated():
    assert factualities("Иван Петров собирался посетить Минск. Однако визит был отменён.",
                        "Visit") == ["Negated"]


def test_a_meeting_that_took_place_is_not_undone_by_a_later_negated_noun():
    assert factualities("Иван Петров встретился с Олегом Сидоровым, но переговоры не состоялись.",
                        "Meeting") == ["Actual"]


def test_a_negated_noun_with_another_place_leaves_the_plan():
    assert factualities("Иван Петров планирует посетить Минск. Визит в Киев не состоится.",
                        "Visit") == ["Planned"]


def test_a_negated_cancel_word_leaves_the_plan():
    assert factualities("Иван Петров планирует посетить Минск в мае. Визит не отменён.",
                        "Visit") == ["Planned"]


def test_a_plan_is_not_called_off_by_a_noun_two_sentences_on():
    assert factualities("Иван Петров должен был посетить Минск. Об этом сообщили в МИД. Министр "
                        "провёл переговоры. Визит не состоялся.", "Visit") == ["Planned"]


def test_a_visit_its_visitor_cancels_is_negated():
    assert [(d.kind, d.factuality, d.agents) for d in described(
        "Сергей Лавров отменил визит в Анкару.")] == [("Visit", "Negated", {"Сергей Лавров"})]


def test_a_visit_not_cancelled_is_not_negated():
    assert "Negated" not in factualities("Сергей Лавров не отменил визит в Анкару.", "Visit")


def test_a_meeting_its_side_cancels_is_negated_with_both_sides():
    assert [(d.factuality, d.actors) for d in described(
        "Олег Сидоров отменил встречу с Иваном Петровым.") if d.kind == "Meeting"] == [
        ("Negated", {"Олег Сидоров", "Иван Петров"})]


def test_a_court_quashing_a_sentence_is_no_side_of_it():
    found = described("Верховный суд отменил приговор Ивану Петрову.")
    assert all("Верховный суд" not in d.actors for d in found if d.kind == "Sentence")


def test_the_canceller_of_someone_elses_visit_is_not_the_visitor():
    assert [(d.factuality, d.agents) for d in described(
        "Кремль отменил визит Эммануэля Макрона в Москву.") if d.kind == "Visit"] == [
        ("Negated", {"Эммануэль Макрон"})]


def test_a_trial_set_for_a_day_makes_no_appointment():
    found = described("Суд над Алексеем Громовым назначен на 15 мая.")
    assert [(d.kind, d.factuality) for d in found] == [("Trial", "Planned")]


def test_a_court_still_appoints_a_person():
    assert [d.kind for d in described("Суд назначил Ивана Петрова конкурсным управляющим "
                                      "компании.")] == ["Appointment"]


def test_a_person_appointed_to_lead_talks_is_still_appointed():
    assert "Appointment" in {d.kind for d in described(
        "Владимир Путин назначил Ивана Петрова руководителем переговоров с Украиной.")}


def test_who_will_not_go_to_an_opening_takes_no_part_in_it():
    found = described("Иван Петров не поедет на открытие Олимпийских игр в Пекине.")
    assert all("Иван Петров" not in d.actors for d in found if d.kind == "Ceremony")


def test_who_will_go_to_an_opening_takes_part_in_it():
    assert [(d.kind, d.actors) for d in described(
        "Иван Петров поедет на открытие Олимпийских игр в Пекине.")] == [
        ("Ceremony", {"Иван Петров"})]


def test_who_was_at_an_opening_takes_part_in_it():
    assert [d.actors for d in described("Мэр Москвы Сергей Собянин присутствовал на открытии "
                                        "фестиваля «Круг света».") if d.kind == "Ceremony"] == [
        {"Сергей Собянин"}]


def test_a_guest_at_a_championship_is_no_competitor():
    found = described("На чемпионате мира по футболу в Катаре побывал Джанни Инфантино.")
    assert all("Джанни Инфантино" not in d.actors for d in found if d.kind == "SportsMatch")


def test_a_team_that_plays_at_a_championship_competes():
    found = described("На чемпионате мира по футболу в Катаре сборная Аргентины обыграла Францию.")
    assert any("Аргентина" in d.actors for d in found if d.kind == "SportsMatch")


def test_a_team_that_comes_to_a_championship_competes():
    found = described("Сборная Аргентины приехала на чемпионат мира по футболу в Катаре.")
    assert any("Аргентина" in d.actors for d in found if d.kind == "SportsMatch")


def test_ones_own_inauguration_one_will_not_attend_is_negated():
    assert [(d.factuality, d.targets) for d in described(
        "Уго Чавес не будет присутствовать на собственной инаугурации.")
        if d.kind == "Appointment"] == [("Negated", {"Уго Чавес"})]


def test_ones_own_inauguration_one_skips_is_negated():
    assert factualities("Президент Уго Чавес пропустит свою инаугурацию.",
                        "Appointment") == ["Negated"]


def test_ones_own_inauguration_one_will_not_skip_is_planned():
    assert factualities("Президент Уго Чавес не пропустит свою инаугурацию.",
                        "Appointment") == ["Planned"]


def test_ones_own_inauguration_one_attends_is_planned():
    assert factualities("Президент Уго Чавес будет присутствовать на своей инаугурации.",
                        "Appointment") == ["Planned"]


def test_what_someone_allegedly_did_is_possible():
    assert factualities("Иван Петров якобы встретился с Сергеем Шойгу в Минске.",
                        "Meeting") == ["Possible"]


def test_what_is_told_with_as_if_is_possible():
    assert factualities("Олег Сидоров будто бы встретился с Иваном Петровым в Минске.",
                        "Meeting") == ["Possible"]


def test_an_alleged_act_in_a_relative_clause_leaves_the_main_act_actual():
    found = described("Полиция задержала Ивана Петрова, который якобы избил соседа.")
    assert [d.factuality for d in found if d.kind == "Arrest"] == ["Actual"]


def test_a_hearsay_word_in_another_clause_leaves_the_act_actual():
    assert factualities("Иван Петров встретился с Сергеем Шойгу, хотя якобы был болен.",
                        "Meeting") == ["Actual"]


def test_talks_agreed_on_are_planned():
    assert factualities("Путин и Байден договорились провести переговоры в Женеве.",
                        "Negotiation") == ["Planned"]


def test_the_agreement_itself_is_actual():
    assert factualities("Путин и Байден договорились провести переговоры в Женеве.",
                        "Agreement") == ["Actual"]


def test_a_visit_not_planned_is_negated():
    assert factualities("Иван Петров не планирует посещать Минск.", "Visit") == ["Negated"]


def test_a_resignation_one_does_not_intend_is_negated():
    assert factualities("Иван Петров не собирается уходить в отставку.",
                        "Resignation") == ["Negated"]


def test_sanctions_not_planned_are_negated_not_a_threat():
    found = described("Германия не планирует вводить санкции против Ирана.")
    assert [(d.kind, d.factuality) for d in found] == [("Sanction", "Negated")]


def test_not_only_planning_is_still_a_plan():
    assert factualities("Иван Петров не только планирует посетить Минск, но и встретится с "
                        "Александром Лукашенко.", "Visit") == ["Planned"]


def test_two_meetings_of_the_same_sides_in_two_cities_are_two():
    found = described("Сергей Лавров встретился с Энтони Блинкеном в Женеве. Затем Сергей Лавров "
                      "встретился с Энтони Блинкеном в Вене.")
    assert [d.kind for d in found] == ["Meeting", "Meeting"]


def test_a_meeting_retold_in_the_same_city_is_one():
    found = described("Сергей Лавров встретился с Энтони Блинкеном в Женеве. Сергей Лавров "
                      "встретился с Энтони Блинкеном в Женеве в рамках визита.")
    assert [d.kind for d in found if d.kind == "Meeting"] == ["Meeting"]


def test_a_meeting_retold_without_a_place_is_one():
    found = described("Сергей Лавров встретился с Энтони Блинкеном в Женеве. По словам "
                      "дипломатов, Сергей Лавров встретился с Энтони Блинкеном впервые за год.")
    assert [d.kind for d in found if d.kind == "Meeting"] == ["Meeting"]


def test_a_visit_named_again_by_its_noun_is_one():
    found = described("Владимир Путин посетил Минск. Визит Путина в Минск продлился два дня.")
    assert [d.kind for d in found] == ["Visit"]


def test_an_arrest_the_police_did_not_manage_is_negated():
    assert factualities("Полиции не удалось задержать Ивана Петрова.", "Arrest") == ["Negated"]


def test_an_arrest_the_police_managed_is_actual():
    assert factualities("Полиции удалось задержать Ивана Петрова.", "Arrest") == ["Actual"]


def test_a_sentence_the_court_had_no_time_to_pass_is_negated():
    assert factualities("Суд не успел вынести приговор Ивану Петрову.", "Sentence") == ["Negated"]


def test_a_meeting_one_could_not_hold_is_negated():
    assert factualities("Иван Петров не смог встретиться с Олегом Сидоровым.",
                        "Meeting") == ["Negated"]


def test_a_meeting_one_managed_to_hold_is_actual():
    assert factualities("Иван Петров смог встретиться с Олегом Сидоровым.", "Meeting") == ["Actual"]


def test_a_meeting_one_could_not_hold_under_a_condition_is_not_negated():
    assert "Negated" not in factualities("Иван Петров не смог бы встретиться с Олегом Сидоровым.",
                                         "Meeting")


def test_a_match_one_failed_to_win_was_played():
    assert factualities("Сборная России не смогла обыграть Францию.", "SportsMatch") == ["Actual"]


def test_a_presumed_cause_leaves_the_death_actual():
    # `предположительно` mostly hedges the cause or the time, not the act: no hedge line
    assert factualities("Иван Петров предположительно погиб в результате несчастного случая.",
                        "Death") == ["Actual"]


def test_a_presumed_charge_leaves_the_arrest_actual():
    assert factualities("Иван Петров был задержан предположительно за кражу.",
                        "Arrest") == ["Actual"]


def test_a_release_under_an_if_clause_ahead_is_possible():
    assert factualities("Иван Петров будет освобождён, если суд признает его невиновным.",
                        "ReleaseFromCustody") == ["Possible"]


def test_a_past_release_beside_if_one_believes_is_actual():
    assert factualities("Иван Петров был освобождён, если верить его адвокату.",
                        "ReleaseFromCustody") == ["Actual"]


def test_a_trip_its_traveller_postpones_is_planned():
    assert [(d.kind, d.factuality, d.agents) for d in described(
        "Иван Петров отложил поездку в Минск.")] == [("Visit", "Planned", {"Иван Петров"})]


def test_a_meeting_moved_to_may_is_planned_with_both_sides():
    assert [(d.factuality, d.actors) for d in described(
        "Иван Петров перенёс встречу с Олегом Сидоровым на май.") if d.kind == "Meeting"] == [
        ("Planned", {"Иван Петров", "Олег Сидоров"})]


def test_surgery_one_went_through_is_still_an_injury_of_its_patient():
    assert [(d.kind, d.factuality, d.targets) for d in described(
        "Иван Петров перенёс операцию на сердце.")] == [("Injury", "Actual", {"Иван Петров"})]


def test_a_visit_not_postponed_is_not_negated():
    assert "Negated" not in factualities("Иван Петров не стал переносить визит в Минск и прилетел "
                                         "туда в понедельник.", "Visit")


def test_a_visit_its_traveller_did_not_postpone_is_not_negated():
    assert "Negated" not in factualities("Иван Петров не отложил поездку в Минск.", "Visit")


def test_a_win_one_hopes_to_reach_the_final_by_is_possible():
    assert "Actual" not in factualities("Мария Шарапова надеется попасть в финал, одержав победу "
                                        "над Сереной Уильямс в полуфинале.", "SportsMatch")


def test_a_win_by_which_one_managed_to_reach_the_final_is_actual():
    assert factualities("Иван Петров сумел попасть в финал, одержав победу над Олегом Сидоровым в "
                        "полуфинале.", "SportsMatch") == ["Actual"]


def test_a_win_by_which_one_reached_the_final_is_actual():
    assert factualities("Иван Петров попал в финал, одержав победу над Олегом Сидоровым в "
                        "полуфинале.", "SportsMatch") == ["Actual"]


def test_an_election_called_for_september_lies_in_the_coming_september():
    found = described("Президент назначил выборы в Государственную думу на 10 сентября.")
    assert [(d.kind, d.factuality, d.year) for d in found] == [("Election", "Planned", 2023)]


def test_a_sentence_passed_on_a_past_day_keeps_that_year():
    assert [(d.kind, d.year) for d in described(
        "Суд назначил Ивану Петрову наказание 10 февраля.")] == [("Sentence", 2023)]


def test_an_arrest_by_unconfirmed_reports_is_possible():
    assert factualities("По неподтверждённым данным, Иван Петров был задержан в Москве.",
                        "Arrest") == ["Possible"]


def test_an_arrest_by_preliminary_reports_is_actual():
    assert factualities("По предварительным данным, Иван Петров был задержан в Москве.",
                        "Arrest") == ["Actual"]


def test_an_arrest_for_spreading_unverified_reports_is_actual():
    assert factualities("Иван Петров был задержан в Москве за распространение непроверенной "
                        "информации.", "Arrest") == ["Actual"]


def test_a_government_lifting_sanctions_is_not_taken_as_their_side():
    found = described("Правительство Франции отменило санкции против Ирана.")
    assert all("Франция" not in d.agents for d in found)


def test_a_person_appointed_to_a_post_is_still_appointed():
    assert factualities("Иван Петров назначен министром обороны.", "Appointment") == ["Actual"]


def test_someone_elses_inauguration_one_skips_still_takes_place():
    assert factualities("Уго Чавес пропустил инаугурацию Николаса Мадуро.",
                        "Appointment") == ["Actual"]


def test_as_if_nothing_happened_leaves_the_meeting_actual():
    assert factualities("Иван Петров встретился с Сергеем Шойгу в Минске, будто ничего не "
                        "случилось.", "Meeting") == ["Actual"]


def test_talks_after_which_an_exchange_was_agreed_took_place():
    assert factualities("Россия и Украина договорились об обмене пленными после переговоров в "
                        "Стамбуле.", "Negotiation") == ["Actual"]


def test_a_plan_under_another_negated_verb_stays_planned():
    assert factualities("Иван Петров не скрывает, что планирует посетить Минск.",
                        "Visit") == ["Planned"]


def test_a_release_after_an_acquittal_is_actual():
    assert factualities("Иван Петров был освобождён после того, как суд признал его невиновным.",
                        "ReleaseFromCustody") == ["Actual"]


def test_an_appointment_on_a_past_day_keeps_that_year():
    assert [(d.kind, d.year) for d in described(
        "Владимир Путин назначил Ивана Петрова министром 10 февраля.")] == [("Appointment", 2023)]


def test_a_meeting_beside_a_denial_of_unverified_reports_is_actual():
    assert factualities("Иван Петров опроверг непроверенную информацию и встретился с Олегом "
                        "Сидоровым.", "Meeting") == ["Actual"]


def test_a_converb_of_a_finite_verb_is_told_as_done():
    assert factualities("Иван Петров вернулся в Москву, встретившись с Олегом Сидоровым в Минске.",
                        "Meeting") == ["Actual"]


def test_hearsay_on_a_clause_leaves_a_killing_deep_in_its_subject_actual():
    assert factualities("Поводом для задержания Ивана Петрова якобы стали подозрения в "
                        "причастности к убийству Олега Сидорова.", "Killing") == ["Actual"]
