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
