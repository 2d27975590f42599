"""Getting oneself (re-)elected (`переизбраться`, `избраться`): an Election of the subject, and the
lemma of an infinitive is the infinitive itself even for a verb the lemmatiser guesses at.
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described

from kg.nlp.ru.analysis import analyse


def test_an_infinitive_is_its_own_lemma():
    a = analyse("Депутат Игорь Лаптев хочет переизбраться.")
    assert [t.lemma for t in a.tokens if t.text == "переизбраться"] == ["переизбраться"]


def test_an_infinitive_lemma_is_written_with_e_for_yo():
    a = analyse("Он решил зачёркивать старые записи.")
    assert [t.lemma for t in a.tokens if t.text == "зачёркивать"] == ["зачеркивать"]


def test_a_candidate_reelected_is_the_target_of_an_election():
    [d] = described("Мэр Твери Иван Петров в воскресенье переизбрался на второй срок.")
    assert (d.kind, d.targets, d.agents, d.factuality) == (
        "Election", frozenset({"Иван Петров"}), frozenset(), "Actual")


def test_reelection_under_if_is_possible():
    [d] = described("Если Ивану Петрову удастся переизбраться, он останется мэром Твери.")
    assert (d.kind, d.targets, d.factuality) == ("Election", frozenset({"Иван Петров"}),
                                                 "Possible")


def test_reelection_intended_is_planned():
    [d] = described("Мэр Твери Иван Петров намерен переизбраться в 2027 году.")
    assert (d.kind, d.factuality) == ("Election", "Planned")
