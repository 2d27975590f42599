"""An infinitive with no subject of its own under a noun of intent (`принял решение уйти`,
`объявил о намерении баллотироваться`; kg/data/ru/intent_nouns.txt) or in a purpose clause
(`уехал, чтобы встретиться`) is done by the subject of the verb they hang on; a `где` clause
borrows the subject of the verb before it only when the two agree (`прибыл в Казань, где его
задержали` does not) (kg/nlp/ru/event_roles.py `subject`)."""

from __future__ import annotations

from event_helpers import described


def test_the_subject_of_a_decision_does_its_infinitive():
    got = [(e.kind, e.actors) for e in described(
        "Мэр Тихон Воронов принял решение уйти в отставку.")]
    assert got == [("Resignation", frozenset({"Тихон Воронов"}))]


def test_the_subject_of_an_announced_intention_runs():
    got = [(e.kind, e.actors) for e in described(
        "Депутат Тихон Воронов объявил о намерении баллотироваться в губернаторы.")]
    assert got == [("Election", frozenset({"Тихон Воронов"}))]


def test_a_purpose_clause_has_the_subject_of_its_verb():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Тихон Воронов прилетел в Самару, чтобы встретиться с Еленой Гусевой.")
        if e.kind == "Meeting"]
    assert got == [("Meeting", frozenset({"Тихон Воронов"}), frozenset({"Елена Гусева"}))]


def test_a_where_clause_of_another_number_borrows_no_subject():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Тихон Воронов прилетел в Самару, где его задержали.") if e.kind == "Arrest"]
    assert got and all("Тихон Воронов" not in agents for _, agents, _ in got)


def test_a_verb_coordinated_after_a_quote_frame_is_the_speakers():
    got = [(e.kind, e.actors) for e in described(
        "«Я больше не могу работать», — сказал мэр Тихон Воронов и подал в отставку.")
        if e.kind == "Resignation"]
    assert got == [("Resignation", frozenset({"Тихон Воронов"}))]


def test_an_intent_noun_with_an_owner_of_its_own_is_not_the_verbs_subjects():
    # `поддержал решение Y уйти`: Y's decision, Y leaves; the one who backs it does not
    got = [(e.kind, e.actors) for e in described(
        "Губернатор Тихон Воронов поддержал решение Аркадия Сизова уйти в отставку.")
        if e.kind == "Resignation"]
    assert got == [("Resignation", frozenset({"Аркадий Сизов"}))]
    got = [e.actors for e in described(
        "Пограничники сорвали попытку Аркадия Сизова бежать за границу.") if e.kind == "Escape"]
    assert all("Пограничники" not in a for a in got)


def test_an_intent_noun_with_a_possessive_is_not_the_verbs_subjects():
    got = [e.actors for e in described(
        "Губернатор Тихон Воронов одобрил её решение уйти в отставку.")
        if e.kind == "Resignation"]
    assert all("Тихон Воронов" not in a for a in got)


def test_who_foils_or_judges_an_attempt_does_not_do_its_infinitive():
    # `полиция сорвала попытку бежать`: someone else tried to flee, not the police
    got = [e.actors for e in described(
        "Пограничная служба Молдавии предотвратила попытку бежать из страны.") if e.kind == "Escape"]
    assert all("Пограничная служба Молдавии" not in a for a in got)
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Губернатор Тихон Воронов раскритиковал решение уволить Аркадия Сизова.")
        if e.kind == "Resignation"]
    assert got and all("Тихон Воронов" not in a for _, a, _ in got), got


def test_who_announces_an_intention_still_does_its_infinitive():
    got = [(e.kind, e.actors) for e in described(
        "Губернатор Тихон Воронов подтвердил намерение уйти в отставку.")]
    assert got == [("Resignation", frozenset({"Тихон Воронов"}))]
