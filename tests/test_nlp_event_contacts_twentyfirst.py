"""Events of protest, appeal, agreement and calls, twenty-first round: the one a rally supports
or honours (`митинг в поддержку X`, `шествие в память о X`), the phrases hung on the second noun
of a compound act (`акции протеста против X`, `акция поддержки X`), the object of the act an
appeal noun asks for (`призывы освободить X`), the sides of an agreement `между X и Y`, and a call
with one named side (`позвонила в полицию`); a bare talks noun at another city kept apart from
the talks told before, and a visit of another date called off leaving the planned one. Sentences
invented for the tests."""

from __future__ import annotations

from event_helpers import described, extract, facts_actors

# the one a rally is for

def test_a_rally_in_support_of_someone_has_them_as_participant():
    assert facts_actors("В Самаре прошёл митинг в поддержку Олега Климова.", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_a_march_in_memory_of_someone_has_them_as_participant():
    assert facts_actors("В Твери прошло шествие в память о Степане Лукине.", "Protest") == [
        ("Actual", frozenset({"Степан Лукин"}))]


def test_a_picket_in_defence_of_someone_has_them_as_participant():
    assert facts_actors("У здания суда прошёл пикет в защиту Анны Зориной.", "Protest") == [
        ("Actual", frozenset({"Анна Зорина"}))]


def test_the_city_after_the_one_supported_is_no_participant():
    assert facts_actors("Митинг в поддержку генерала Олега Климова в Твери", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_support_in_another_clause_is_no_participant_of_the_rally():
    # `в поддержку` under the verb of another clause, not under the rally
    events = facts_actors("Митинг в Самаре прошёл спокойно, а Олег Климов выступил в поддержку "
                          "реформы.", "Protest")
    assert all("Олег Климов" not in actors for _, actors in events)


def test_a_support_noun_with_no_rally_is_no_protest():
    assert facts_actors("Олег Климов заявил о поддержке Анны Зориной.", "Protest") == []


def test_a_concert_in_honour_of_someone_is_no_protest():
    assert facts_actors("В Твери прошёл концерт в честь Степана Лукина.", "Protest") == []


# a compound act: `акция протеста`, `акция поддержки`

def test_the_against_phrase_hung_on_the_second_noun_names_the_target():
    assert facts_actors("В Самаре проходят акции протеста против Олега Климова.", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_the_genitive_of_the_second_noun_names_the_one_supported():
    assert facts_actors("Акция поддержки Анны Зориной прошла в Самаре.", "Protest") == [
        ("Actual", frozenset({"Анна Зорина"}))]


def test_an_animate_second_noun_keeps_its_own_phrases():
    # `визит главы …`: the head's visit; `в Берлин` is its destination, no compound
    events = facts_actors("Визит главы «Газпрома» в Берлин прошёл в среду.", "Visit")
    assert all("Газпром" not in actors for _, actors in events)


def test_the_owner_of_what_a_signing_befalls_is_no_side():
    # `конституции` is what is signed, not the line's context word: no compound
    assert facts_actors("Подписание конституции США состоялось в 1787 году.", "Agreement") == []


def test_the_owner_of_a_crashed_plane_is_no_side_of_the_crash():
    events = facts_actors("Олег Климов погиб при крушении самолёта «Аэрофлота».", "Accident")
    assert all("Аэрофлот" not in actors for _, actors in events)


def test_a_named_second_noun_is_no_compound():
    events = facts_actors("Заседание совета директоров «Газпрома» прошло в среду.", "Protest")
    assert events == []


# an appeal noun and the act it asks for

def test_a_call_to_free_someone_names_them_without_a_caller():
    assert facts_actors("На площади звучали призывы освободить Олега Климова.", "Appeal") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_the_call_up_to_the_army_is_no_appeal():
    assert facts_actors("Весенний призыв в армию начнётся 1 апреля.", "Appeal") == []


def test_a_decision_to_free_someone_is_no_appeal():
    assert facts_actors("Решение освободить Олега Климова принято в среду.", "Appeal") == []


def test_a_call_with_nothing_asked_of_anyone_named_is_no_appeal():
    assert facts_actors("На площади звучали призывы к миру.", "Appeal") == []


# the sides of an agreement

def test_an_agreement_between_two_countries_has_both_as_sides():
    text = "Соглашение между Норвегией и Исландией вступило в силу в марте."
    assert facts_actors(text, "Agreement") == [("Actual", frozenset({"Норвегия", "Исландия"}))]


def test_a_dispute_between_two_countries_is_no_agreement():
    assert facts_actors("Спор между Норвегией и Исландией продолжается.", "Agreement") == []


def test_an_agreement_with_no_sides_named_is_none():
    assert facts_actors("Соглашение вступило в силу в марте.", "Agreement") == []


# a call with one named side

def test_a_call_to_the_police_has_the_caller():
    assert facts_actors("Анна Зорина позвонила в полицию.", "PhoneCall") == [
        ("Actual", frozenset({"Анна Зорина"}))]


def test_a_call_to_a_company_has_both_sides():
    assert facts_actors("Анна Зорина позвонила в «Газпром».", "PhoneCall") == [
        ("Actual", frozenset({"Анна Зорина", "Газпром"}))]


def test_a_call_not_made_is_negated():
    assert facts_actors("Анна Зорина не позвонила Олегу Климову.", "PhoneCall") == [
        ("Negated", frozenset({"Анна Зорина", "Олег Климов"}))]


def test_a_call_by_no_one_named_is_none():
    assert facts_actors("Кто-то позвонил в полицию.", "PhoneCall") == []


def test_a_bell_ringing_is_no_phone_call():
    assert facts_actors("В Твери колокола звонили весь день.", "PhoneCall") == []


# a bare talks noun at another city is not the talks told before

def _contacts(text: str, kind: str) -> list[tuple[str, str | None, int]]:
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [(ev.factuality, name.get(ev.place) if ev.place else None, len(ev.mentions))
            for ev in x.events if ev.kind == kind]


def test_talks_held_in_another_city_do_not_move_the_earlier_talks():
    assert _contacts("Олег Климов провёл переговоры с Ван Мином в Пекине. Переговоры прошли в "
                     "Токио.", "Negotiation") == [("Actual", "Пекин", 0)]


def test_talks_retold_in_the_same_city_are_the_same_talks():
    assert _contacts("Олег Климов провёл переговоры с Ван Мином в Пекине. Переговоры в Пекине "
                     "длились три часа.", "Negotiation") == [("Actual", "Пекин", 1)]


def test_talks_retold_with_no_place_are_the_same_talks():
    assert _contacts("Переговоры Норвегии и Исландии прошли в Осло. Переговоры длились три часа.",
                     "Negotiation") == [("Actual", "Осло", 1)]


# a cancelled visit of another date

def test_a_visit_of_another_date_called_off_leaves_the_planned_one():
    assert facts_actors("Олег Климов посетит Осло 20 марта. Визит 10 марта отменён.", "Visit") == [
        ("Planned", frozenset({"Олег Климов"}))]


def test_the_visit_of_the_same_date_called_off_is_negated():
    assert facts_actors("Олег Климов посетит Осло 20 марта. Визит 20 марта отменён.", "Visit") == [
        ("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_called_off_with_no_date_is_the_planned_one():
    assert facts_actors("Олег Климов посетит Осло 20 марта. Визит отменён.", "Visit") == [
        ("Negated", frozenset({"Олег Климов"}))]


# a plural verb with no subject acts for the organisation of its `в` phrase

def _agents(text: str, kind: str) -> list[frozenset[str]]:
    return [d.agents for d in described(text) if d.kind == kind]


def test_condolences_said_in_an_organisation_are_the_organisations():
    assert _agents("В ООН выразили соболезнования в связи с кончиной Олега Климова.",
                   "Congratulation") == [frozenset({"ООН"})]


def test_a_city_of_a_subjectless_verb_is_no_agent():
    assert all("Москва" not in a for a in _agents("В Москве задержали Ивана Петрова.", "Arrest"))


def test_a_verb_with_its_own_subject_keeps_it():
    assert _agents("В ООН Олег Климов поздравил Анну Зорину.", "Congratulation") == [
        frozenset({"Олег Климов"})]


def test_a_first_person_plural_is_no_organisation_s_act():
    assert all("ООН" not in a for a in _agents("Мы в ООН поздравили Анну Зорину.",
                                               "Congratulation"))


# an appeal to a court or an office in a `в` phrase

def test_an_appeal_to_a_court_names_the_court():
    assert facts_actors("Олег Климов обратился в Верховный суд с жалобой.", "Appeal") == [
        ("Actual", frozenset({"Олег Климов", "Верховный суд"}))]


def test_turning_to_flight_is_no_appeal():
    assert facts_actors("Олег Климов обратился в бегство.", "Appeal") == []


def test_turning_to_a_faith_is_no_appeal():
    assert facts_actors("Олег Климов обратился в ислам в 2010 году.", "Appeal") == []


def test_an_appeal_to_a_court_not_made_is_no_actual_appeal():
    assert all(f != "Actual" for f, _ in facts_actors("Олег Климов не обращался в Верховный суд.",
                                                      "Appeal"))


# a rejection names the one whose proposal or plea it turns down

def test_a_rejected_proposal_names_its_author():
    assert facts_actors("Олег Климов отверг предложение Анны Зориной.", "Rejection") == [
        ("Actual", frozenset({"Олег Климов", "Анна Зорина"}))]


def test_a_rejected_bill_about_a_city_names_no_city():
    assert facts_actors("Олег Климов отклонил законопроект о статусе Москвы.", "Rejection") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_a_proposal_not_rejected_is_negated():
    assert facts_actors("Олег Климов не отверг предложение Анны Зориной.", "Rejection") == [
        ("Negated", frozenset({"Олег Климов", "Анна Зорина"}))]


def test_charges_rejected_are_a_denial_not_a_rejection():
    assert facts_actors("Олег Климов отверг обвинения в адрес Анны Зориной.", "Rejection") == []


# who is at a march, a picket, a demonstration (as at a rally)

def test_names_at_a_march_in_a_caption_take_part():
    assert facts_actors("Анна Зорина и Олег Климов на марше протеста в Москве", "Protest") == [
        ("Actual", frozenset({"Анна Зорина", "Олег Климов"}))]


def test_the_one_who_goes_out_to_a_picket_takes_part():
    assert facts_actors("Олег Климов вышел на пикет в Москве.", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_the_organiser_of_a_picket_takes_part():
    assert ("Actual", frozenset({"Олег Климов"})) in facts_actors("Организатор пикета Олег Климов "
                                                                  "был задержан.", "Protest")


def test_one_who_condemns_a_march_takes_no_part():
    assert all("Олег Климов" not in a for _, a in facts_actors("Олег Климов осудил марш в Москве.",
                                                               "Protest"))


def test_one_who_speaks_against_a_march_takes_no_part():
    assert all("Олег Климов" not in a for _, a in facts_actors("Олег Климов выступил против "
                                                               "шествия в Москве.", "Protest"))


def test_an_organisation_after_the_verb_is_where_the_act_is_aimed_not_its_doer():
    assert _agents("В прошлом году обратились в ООН с жалобой.", "Appeal") == [frozenset()]
