"""Event participants found through reference and phrases of their own, twenty-sixth round
(kg.nlp.ru.event_roles): a thing or body word followed by `под названием X` or `с названием X`
is the entity X (`основал компанию под названием X`), unless X is a person or a place; a
`совместно с` + instrumental under a verb adds a second subject as `вместе с` does; a past
singular verb with no subject continues the named body that is the subject of the clause it
depends on or of the sentence before (`body_dropped`), and a personal pronoun the reference
leaves unsettled stands for such a body (`body_pronoun`), each only with a verb of the same
ending, outside quotes, and no person or second body in the way; declining to give comments
is no Rejection."""

from __future__ import annotations

from event_helpers import described


def _founding(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.agents, d.targets) for d in described(text) if d.kind == "Founding"]


# ---- must fire ----------------------------------------------------------------------------


def test_a_company_under_a_name_is_the_named_company():
    text = "В 1998 году Олег Соколов основал компанию под названием Google."
    assert _founding(text) == [(frozenset({"Олег Соколов"}), frozenset({"Google"}))]


def test_a_company_with_a_quoted_name_after_nazvaniem_is_that_company():
    text = "В 2004 году Олег Соколов создал компанию под названием «Газпром»."
    assert _founding(text) == [(frozenset({"Олег Соколов"}), frozenset({"Газпром"}))]


def test_sovmestno_s_adds_a_second_founder():
    text = "В 1993 году Олег Соколов организовал студию «Пилот» совместно с Андреем Лапиным."
    assert _founding(text) == [(frozenset({"Олег Соколов", "Андрей Лапин"}),
                                frozenset({"Пилот"}))]


def test_sovmestno_s_before_the_verb_adds_a_second_founder():
    text = "Олег Соколов совместно с Андреем Лапиным основал студию «Пилот»."
    assert _founding(text) == [(frozenset({"Олег Соколов", "Андрей Лапин"}),
                                frozenset({"Пилот"}))]


# ---- must not fire -------------------------------------------------------------------------


def test_a_persons_name_as_a_title_is_not_the_person():
    text = "В 1998 году Олег Соколов основал компанию под названием «Иван Сидоров»."
    assert all("Иван Сидоров" not in agents | targets for agents, targets in _founding(text))


def test_a_name_under_another_noun_is_not_the_founded_body():
    text = "В 1998 году Олег Соколов основал компанию в городе под названием Самара."
    assert all("Самара" not in targets for _, targets in _founding(text))


def test_a_name_after_another_preposition_is_not_the_title():
    text = "В 1998 году Олег Соколов основал компанию под руководством Андрея Лапина."
    assert all("Андрей Лапин" not in targets for _, targets in _founding(text))


def test_sovmestno_s_after_an_arrested_person_goes_with_the_object():
    text = "Полиция задержала Олега Соколова совместно с Андреем Лапиным."
    agents = [d.agents for d in described(text) if d.kind == "Arrest"]
    assert agents and all("Андрей Лапин" not in a for a in agents)


def test_a_fronted_sovmestno_s_points_back_at_another_event():
    text = "Совместно с Олегом Соколовым студию «Пилот» основал Андрей Лапин."
    assert all("Олег Соколов" not in agents for agents, _ in _founding(text))


# ---- a body's subject left unsaid (kg.nlp.ru.event_roles.body_dropped) ------------------------
# A past singular verb with no subject continues the named body or country that is the subject
# of the clause it depends on, or the one such subject of the sentence before, when that
# subject's verb has the same ending; persons stay the reference's.


def _trial(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.agents, d.targets) for d in described(text) if d.kind == "Trial"]


def test_a_body_goes_on_into_the_next_sentence():
    text = "Компания «Ромашка» опубликовала отчёт. В мае подала иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Ромашка"}), frozenset({"Иван Орлов"}))]


def test_a_body_goes_on_into_a_clause_it_reports():
    text = "Компания «Ромашка» сообщила, что в мае подала иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Ромашка"}), frozenset({"Иван Орлов"}))]


def test_a_plural_verb_leaves_its_doer_out():
    text = "Компания «Ромашка» опубликовала отчёт. В мае подали иск против Ивана Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_a_verb_of_another_gender_has_another_subject():
    text = "Компания «Ромашка» опубликовала отчёт. В мае подал иск против Ивана Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_a_body_that_is_no_subject_does_not_go_on():
    text = "Иван Петров покинул компанию «Ромашка». В мае подала иск против Сергея Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_two_bodies_of_the_same_gender_settle_nothing():
    text = ("Газета «Вечер» сообщила, что компания «Ромашка» обанкротилась. "
            "В мае подала иск против Ивана Орлова.")
    assert all(not agents for agents, _ in _trial(text))


def test_a_body_does_not_go_on_past_a_line_break():
    text = "Компания «Ромашка» опубликовала отчёт.\nВ мае подала иск против Ивана Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_a_person_of_the_sentence_before_stays_the_reference_s():
    text = "Анна Смирнова покинула компанию «Ромашка». В мае подала иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Анна Смирнова"}), frozenset({"Иван Орлов"}))]



# ---- declining to comment (kg/data/ru/triggers.tsv) --------------------------------------------


def test_declining_to_give_comments_is_no_rejection():
    assert not [d for d in described("Олег Соколов отказался давать комментарии.")
                if d.kind == "Rejection"]


def test_declining_to_give_a_comment_is_no_rejection_for_unnamed_people_either():
    assert not [d for d in described("Представители полиции отказались дать комментарий.")
                if d.kind == "Rejection"]


def test_refusing_to_give_evidence_is_still_a_rejection():
    assert [d.agents for d in described("Олег Соколов отказался дать показания.")
            if d.kind == "Rejection"] == [frozenset({"Олег Соколов"})]


# ---- a pronoun for a body (kg.nlp.ru.event_roles.body_pronoun) ---------------------------------
# `она`, `оно`, `он` the reference (persons only) leaves unsettled stand for the one named body
# that is the subject of a past verb of the pronoun's gender before it in the sentence, or in the
# sentence just before; a person named there, or two bodies, settle nothing.


def test_ona_after_a_company_is_the_company():
    text = "Компания «Ромашка» опубликовала отчёт. В мае она подала иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Ромашка"}), frozenset({"Иван Орлов"}))]


def test_ono_after_a_ministry_is_the_ministry():
    text = "Министерство обороны опубликовало отчёт. Вскоре оно подало иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Министерство обороны"}), frozenset({"Иван Орлов"}))]


def test_ona_after_a_woman_is_hers():
    text = "Анна Смирнова покинула компанию «Ромашка». В мае она подала иск против Ивана Орлова."
    assert _trial(text) == [(frozenset({"Анна Смирнова"}), frozenset({"Иван Орлов"}))]


def test_ona_with_a_woman_named_beside_the_company_is_not_the_company():
    text = "Компания «Ромашка» уволила Анну Смирнову. В мае она подала иск против Ивана Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_ona_after_two_bodies_settles_nothing():
    text = ("Газета «Вечер» сообщила, что компания «Ромашка» обанкротилась. "
            "В мае она подала иск против Ивана Орлова.")
    assert all(not agents for agents, _ in _trial(text))


def test_on_after_a_feminine_body_is_not_the_body():
    text = "Компания «Ромашка» опубликовала отчёт. В мае он подал иск против Ивана Орлова."
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_ona_inside_a_quote_is_not_the_body_before():
    text = ("Компания «Ромашка» опубликовала отчёт. «В мае она подала иск против Ивана Орлова», "
            "— сказал Сергей Лапин.")
    assert all("Ромашка" not in agents for agents, _ in _trial(text))


def test_an_unsaid_subject_inside_a_quote_is_not_the_body_before():
    text = ("Компания «Ромашка» опубликовала отчёт. «В мае подала иск против Ивана Орлова», "
            "— сказала Анна Смирнова.")
    assert all("Ромашка" not in agents for agents, _ in _trial(text))
