"""A named body as the subject a main verb leaves unsaid in the sentence after it was the subject
(kg/nlp/ru/reference.py, `_dropped_body`); and what stays unresolved."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(class, agent names, target names) of each event of the text."""
    return [(d.kind, d.agents, d.targets) for d in described(text)]


def test_a_neuter_body_goes_on_as_the_subject_of_the_next_sentence():
    got = events("Министерство финансов опубликовало доклад. Через неделю провело совещание "
                 "с банками.")
    assert ("Meeting", {"Министерство финансов"}, set()) in got


def test_a_feminine_body_goes_on_as_the_subject_of_the_next_sentence():
    got = events("Полиция Самары возбудила дело. Через неделю задержала подозреваемого "
                 "Игоря Лаптева.")
    assert ("Arrest", {"Полиция Самары"}, {"Игорь Лаптев"}) in got


def test_a_body_whose_gender_differs_from_the_verb_is_not_the_subject():
    got = events("Министерство финансов опубликовало доклад. Через неделю задержала "
                 "подозреваемого Игоря Лаптева.")
    assert all("Министерство финансов" not in agents for _, agents, _ in got)


def test_a_body_two_sentences_back_is_not_carried_on():
    got = events("Министерство финансов опубликовало доклад. Банки ответили молчанием. "
                 "Через неделю провело совещание с банками.")
    assert all("Министерство финансов" not in agents for _, agents, _ in got)


def test_a_passive_verb_does_not_take_the_body_before_it():
    got = events("Полиция Самары возбудила дело. Через неделю была задержана Анна Лапина.")
    assert all("Полиция Самары" not in agents | targets for _, agents, targets in got)
