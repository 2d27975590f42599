"""Review of the twenty-ninth round's lines (docs/events.md, "Synonym families"): the senses of
the new words that are no event of their class. The sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import described


def _kinds(text: str, kind: str) -> list[str]:
    return [e.kind for e in described(text) if e.kind == kind]


def test_a_collapse_of_prices_is_no_accident():
    assert _kinds("Эксперты предсказали обрушение цен на нефть в 2020 году.", "Accident") == []


def test_a_collapse_of_the_stock_market_is_no_accident():
    assert _kinds("В 2008 году произошло обрушение фондового рынка США.", "Accident") == []


def test_a_collapse_of_a_market_roof_stays_an_accident():
    assert _kinds("В Перми 5 мая произошло обрушение кровли рынка.", "Accident") == ["Accident"]


def test_a_mass_performed_by_an_orchestra_is_no_ceremony():
    assert _kinds("Оркестр исполнил мессу Баха в филармонии Омска.", "Ceremony") == []


def test_a_mass_heard_in_a_concert_hall_is_no_ceremony():
    assert _kinds("В концертном зале прозвучала «Торжественная месса» Бетховена.",
                  "Ceremony") == []


def test_a_mass_held_by_a_named_pope_stays_a_ceremony():
    assert _kinds("Папа Франциск провёл мессу в соборе Святого Петра", "Ceremony") == [
        "Ceremony"]


def test_a_man_sent_out_of_a_courtroom_is_not_expelled():
    assert _kinds("Судья выдворил Ивана Петрова из зала суда.", "Arrest") == []


def test_a_man_sent_out_of_a_hearing_hall_is_not_deported():
    assert _kinds("Судья выслал Ивана Петрова из зала заседаний.", "Arrest") == []


def test_a_man_sent_out_of_a_country_stays_expelled():
    assert _kinds("Власти России выслали Ивана Петрова из страны.", "Arrest") == ["Arrest"]


# ---- participles beside a named person (the twenty-ninth round's present passive Accusation) --


def _found(text: str, kind: str) -> list[tuple[frozenset[str], str]]:
    return [(e.targets, e.factuality) for e in described(text) if e.kind == kind]


def test_a_plural_participle_after_two_names_tells_the_event_of_both():
    assert _found("Анна Белова и Олег Ветров, задержанные в Казани, признали вину.",
                  "Arrest") == [(frozenset({"Анна Белова", "Олег Ветров"}), "Actual")]


def test_a_plural_suspect_participle_after_two_names_accuses_both():
    found = _found("Следователи ищут Анну Белову и Олега Ветрова, подозреваемых в поджоге.",
                   "Accusation")
    assert [targets for targets, _ in found] == [frozenset({"Анна Белова", "Олег Ветров"})]


def test_a_singular_participle_after_the_first_of_two_names_tells_that_one_only():
    assert _found("Анна Белова, задержанная в Казани, и Олег Ветров признали вину.",
                  "Arrest") == [(frozenset({"Анна Белова"}), "Actual")]


def test_a_suspect_participle_after_a_genitive_name_accuses_that_person():
    # the parse hangs the phrase as `amod`; set off by a comma with words of its own, it tells
    # (and, as a participle, whatever the clause around it says: the suspicion is held)
    found = _found("Адвокат Ивана Котова, подозреваемого в краже, заявил о невиновности клиента.",
                   "Accusation")
    assert found == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_participle_under_hearsay_is_a_claim():
    assert _found("Олег Ветров, якобы задержанный в Казани, вернулся в Минск.", "Arrest") == [
        (frozenset({"Олег Ветров"}), "Possible")]


# ---- an exhumation -----------------------------------------------------------------------------


def test_an_exhumation_of_a_named_persons_body_is_an_investigation_of_them():
    assert [e.targets for e in described("Эксгумация тела Анны Беловой прошла в Казани в 2018 "
                                         "году.") if e.kind == "Investigation"] == [
        frozenset({"Анна Белова"})]


def test_an_exhumation_of_a_townsman_names_no_one():
    assert _kinds("Эксгумация тела жителя Казани прошла в 2018 году.", "Investigation") == []


def test_grief_stricken_is_no_killing():
    assert _kinds("Олег Ветров, убитый горем, вернулся в Казань.", "Killing") == []


def test_two_people_found_killed_are_both_killed():
    # (a plural participle after a list of names: the list)
    assert [e.targets for e in described("Полиция нашла Олега Ветрова и Анну Белову, убитых "
                                         "в Казани.") if e.kind == "Killing"] == [
        frozenset({"Олег Ветров", "Анна Белова"})]


# ---- counterfactuals (the twenty-ninth round's `если бы …, он бы …`) -----------------------------


def test_an_arrest_supposed_away_in_a_counterfactual_took_place():
    assert _found("Если бы Олега Ветрова не арестовали в мае, он бы уехал в Минск.",
                  "Arrest") == [(frozenset({"Олег Ветров"}), "Actual")]


def test_a_resignation_supposed_away_in_a_counterfactual_took_place():
    found = _found("Если бы Олег Ветров не ушёл в отставку в мае, он бы остался министром.",
                   "Resignation")
    assert found == [(frozenset({"Олег Ветров"}), "Actual")]


def test_a_plain_negated_arrest_stays_negated():
    assert _found("Олег Ветров не был арестован в мае.", "Arrest") == [
        (frozenset({"Олег Ветров"}), "Negated")]
