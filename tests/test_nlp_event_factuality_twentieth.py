"""Factuality and identity of events, twentieth round (kg/nlp/ru/events.py,
kg/nlp/ru/event_assert.py, kg/data/ru/event_modality.txt, kg/data/ru/event_hosts.tsv;
docs/events.md, "Factuality"): a plan called off by a later bare noun, a visit its own visitor
cancels, hearsay words, an event set for a day that is no appointment, and who does not come to
a gathering."""

from __future__ import annotations

from event_helpers import described


def factuality(text: str, kind: str) -> list[str]:
    return [d.factuality for d in described(text) if d.kind == kind]


def test_a_planned_meeting_that_did_not_take_place_is_negated():
    assert factuality("Сергей Лавров должен был встретиться с Мевлютом Чавушоглу в Анкаре, но "
                      "встреча не состоялась.", "Meeting") == ["Negated"]


def test_an_intended_visit_cancelled_in_the_next_sentence_is_negated():
    assert factuality("Иван Петров собирался посетить Минск. Однако визит был отменён.",
                      "Visit") == ["Negated"]


def test_a_meeting_that_took_place_is_not_undone_by_a_later_negated_noun():
    assert factuality("Иван Петров встретился с Олегом Сидоровым, но переговоры не состоялись.",
                      "Meeting") == ["Actual"]


def test_a_negated_noun_with_another_place_leaves_the_plan():
    assert factuality("Иван Петров планирует посетить Минск. Визит в Киев не состоится.",
                      "Visit") == ["Planned"]


def test_a_negated_cancel_word_leaves_the_plan():
    assert factuality("Иван Петров планирует посетить Минск в мае. Визит не отменён.",
                      "Visit") == ["Planned"]


def test_a_plan_is_not_called_off_by_a_noun_two_sentences_on():
    assert factuality("Иван Петров должен был посетить Минск. Об этом сообщили в МИД. Министр "
                      "провёл переговоры. Визит не состоялся.", "Visit") == ["Planned"]


def test_a_visit_its_visitor_cancels_is_negated():
    assert [(d.kind, d.factuality, d.agents) for d in described(
        "Сергей Лавров отменил визит в Анкару.")] == [("Visit", "Negated", {"Сергей Лавров"})]


def test_a_visit_not_cancelled_is_not_negated():
    assert "Negated" not in factuality("Сергей Лавров не отменил визит в Анкару.", "Visit")


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
