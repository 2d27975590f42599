"""Event participants named through a phrase of their own, twenty-sixth round
(kg.nlp.ru.event_roles): a thing or body word followed by `под названием X` or `с названием X`
is the entity X (`основал компанию под названием X`), unless X is a person or a place; a
`совместно с` + instrumental under a verb adds a second subject as `вместе с` does (only after
the verb's named subject, not after an animate object); and declining to give comments is no
Rejection (kg/data/ru/triggers.tsv)."""

from __future__ import annotations

from event_helpers import agents_targets, described

# ---- must fire ----------------------------------------------------------------------------


def test_a_company_under_a_name_is_the_named_company():
    text = "В 1998 году Олег Соколов основал компанию под названием Google."
    assert agents_targets(text,
                          "Founding") == [(frozenset({"Олег Соколов"}), frozenset({"Google"}))]


def test_a_company_with_a_quoted_name_after_nazvaniem_is_that_company():
    text = "В 2004 году Олег Соколов создал компанию под названием «Газпром»."
    assert agents_targets(text,
                          "Founding") == [(frozenset({"Олег Соколов"}), frozenset({"Газпром"}))]


def test_sovmestno_s_adds_a_second_founder():
    text = "В 1993 году Олег Соколов организовал студию «Пилот» совместно с Андреем Лапиным."
    assert agents_targets(text, "Founding") == [(frozenset({"Олег Соколов", "Андрей Лапин"}),
                                frozenset({"Пилот"}))]


def test_sovmestno_s_before_the_verb_adds_a_second_founder():
    text = "Олег Соколов совместно с Андреем Лапиным основал студию «Пилот»."
    assert agents_targets(text, "Founding") == [(frozenset({"Олег Соколов", "Андрей Лапин"}),
                                frozenset({"Пилот"}))]


# ---- must not fire -------------------------------------------------------------------------


def test_a_persons_name_as_a_title_is_not_the_person():
    text = "В 1998 году Олег Соколов основал компанию под названием «Иван Сидоров»."
    assert all("Иван Сидоров" not in agents | targets
               for agents, targets in agents_targets(text, "Founding"))


def test_a_name_under_another_noun_is_not_the_founded_body():
    text = "В 1998 году Олег Соколов основал компанию в городе под названием Самара."
    assert all("Самара" not in targets for _, targets in agents_targets(text, "Founding"))


def test_a_name_after_another_preposition_is_not_the_title():
    text = "В 1998 году Олег Соколов основал компанию под руководством Андрея Лапина."
    assert all("Андрей Лапин" not in targets for _, targets in agents_targets(text, "Founding"))


def test_sovmestno_s_after_an_arrested_person_goes_with_the_object():
    text = "Полиция задержала Олега Соколова совместно с Андреем Лапиным."
    agents = [d.agents for d in described(text) if d.kind == "Arrest"]
    assert agents and all("Андрей Лапин" not in a for a in agents)


def test_a_fronted_sovmestno_s_points_back_at_another_event():
    text = "Совместно с Олегом Соколовым студию «Пилот» основал Андрей Лапин."
    assert all("Олег Соколов" not in agents for agents, _ in agents_targets(text, "Founding"))


# ---- declining to comment (kg/data/ru/triggers.tsv) --------------------------------------------


def test_declining_to_give_comments_is_a_rejection_by_the_gold_convention():
    # tests/gold-nerel/README.md (twenty-ninth round; it was refused before)
    assert [d.agents for d in described("Олег Соколов отказался давать комментарии.")
            if d.kind == "Rejection"] == [frozenset({"Олег Соколов"})]


def test_declining_to_give_a_comment_is_no_rejection_for_unnamed_people_either():
    assert not [d for d in described("Представители полиции отказались дать комментарий.")
                if d.kind == "Rejection"]


def test_refusing_to_give_evidence_is_still_a_rejection():
    assert [d.agents for d in described("Олег Соколов отказался дать показания.")
            if d.kind == "Rejection"] == [frozenset({"Олег Соколов"})]
