"""Factuality and participants, a review of the twentieth round's rules (kg/nlp/ru/event_assert.py,
kg/nlp/ru/event_roles.py, kg/data/ru/attendance_verbs.tsv): a goal conceded in a match is no match
missed, `сможет` tells an ability and not a done act, a failure supposed in an `если` clause is
not told, `якобы` on a noun stays on that noun, and one who did not or cannot take part is no
participant."""

from __future__ import annotations

from event_helpers import actors_of, described, factualities


def test_a_team_that_conceded_goals_in_a_match_played_it():
    assert actors_of("«Динамо» пропустило три гола в матче с «Зенитом».", "SportsMatch") == [
        frozenset({"Динамо", "Зенит"})]


def test_a_goalkeeper_who_conceded_in_a_final_played_it():
    assert actors_of("Вратарь Пётр Смирнов пропустил два гола в финале чемпионата мира.",
                     "SportsMatch") == [frozenset({"Пётр Смирнов"})]


def test_a_player_who_misses_a_match_takes_no_part_in_it():
    assert all("Пётр Смирнов" not in a for a in actors_of("Нападающий «Динамо» Пётр Смирнов "
                                                          "пропустит матч с «Зенитом» из-за "
                                                          "травмы.", "SportsMatch"))


def test_being_able_to_visit_later_is_possible_not_planned():
    assert factualities("Пётр Смирнов сможет посетить Казань в апреле.", "Visit") == ["Possible"]


def test_being_unlikely_to_manage_a_meeting_is_possible():
    assert factualities("Пётр Смирнов вряд ли сможет встретиться с Анной Беловой.",
                        "Meeting") == ["Possible"]


def test_having_managed_a_visit_is_actual():
    assert factualities("Пётр Смирнов всё-таки смог посетить Казань.", "Visit") == ["Actual"]


def test_a_failure_supposed_in_an_if_clause_is_possible():
    assert factualities("Если Пётр Смирнов не сможет встретиться с Анной Беловой, переговоры "
                        "проведёт её заместитель.", "Meeting") == ["Possible"]


def test_a_past_failure_in_an_if_clause_is_still_negated():
    assert factualities("Если в прошлом году Петру Смирнову не удалось встретиться с Анной "
                        "Беловой, то теперь он настроен решительно.", "Meeting") == ["Negated"]


def test_a_failure_foretold_in_a_main_clause_is_negated():
    assert factualities("Пётр Смирнов не сможет посетить Казань в апреле.", "Visit") == ["Negated"]


def test_hearsay_on_a_noun_leaves_the_event_under_it_actual():
    found = described("Пётр Смирнов был задержан якобы по подозрению в убийстве Анны Беловой.")
    assert [(d.kind, d.factuality) for d in found if d.kind == "Killing"] == [("Killing", "Actual")]


def test_hearsay_on_a_verb_still_makes_it_possible():
    assert factualities("Пётр Смирнов якобы убил Анну Белову.", "Killing") == ["Possible"]


def test_hearsay_on_a_verb_of_a_relative_clause_leaves_the_main_act():
    found = described("Пётр Смирнов посетил Казань, где якобы встретился с Анной Беловой.")
    assert [(d.kind, d.factuality) for d in found] == [("Visit", "Actual"), ("Meeting", "Possible")]


def test_one_who_did_not_take_part_in_an_election_is_no_participant():
    assert all("Пётр Смирнов" not in a for a in actors_of("Пётр Смирнов не участвовал в выборах "
                                                          "губернатора.", "Election"))


def test_one_who_took_part_in_an_election_is_a_participant():
    assert actors_of("Пётр Смирнов участвовал в выборах губернатора.", "Election") == [
        frozenset({"Пётр Смирнов"})]


def test_one_who_took_part_and_more_is_a_participant():
    assert all("Пётр Смирнов" in a for a in actors_of("Пётр Смирнов не только участвовал в выборах "
                                                      "губернатора, но и победил.", "Election"))


def test_one_who_cannot_come_to_a_summit_takes_no_part():
    assert all("Пётр Смирнов" not in a for a in actors_of("Пётр Смирнов заявил, что не сможет "
                                                          "приехать на саммит в Казани.", "Summit"))


def test_one_who_can_come_to_a_summit_takes_part():
    assert actors_of("Пётр Смирнов заявил, что сможет приехать на саммит в Казани.", "Summit") == [
        frozenset({"Пётр Смирнов"})]


def test_one_who_could_not_come_only_on_a_condition_takes_part():
    assert actors_of("Если Пётр Смирнов не сможет приехать на саммит в Казани, его заменит Анна "
                     "Белова.", "Summit") == [frozenset({"Пётр Смирнов"})]


def test_a_visit_that_may_be_cancelled_is_possible():
    assert factualities("Пётр Смирнов может отменить визит в Казань.", "Visit") == ["Possible"]


def test_a_visit_threatened_with_cancelling_is_possible():
    assert factualities("Пётр Смирнов пригрозил отменить визит в Казань.", "Visit") == ["Possible"]


def test_a_visit_cancelled_on_a_condition_is_possible():
    assert factualities("Пётр Смирнов отменит визит в Казань, если ситуация ухудшится.",
                        "Visit") == ["Possible"]


def test_a_visit_whose_cancelling_is_not_ruled_out_is_possible():
    assert factualities("Пётр Смирнов не исключил, что отменит визит в Казань.",
                        "Visit") == ["Possible"]


def test_a_visit_said_to_be_cancellable_is_possible():
    assert factualities("Визит Петра Смирнова в Казань может быть отменён.",
                        "Visit") == ["Possible"]


def test_a_visit_one_decided_to_cancel_is_negated():
    assert factualities("Пётр Смирнов решил отменить визит в Казань.", "Visit") == ["Negated"]


def test_a_visit_one_intends_to_cancel_is_negated():
    assert factualities("Пётр Смирнов намерен отменить визит в Казань.", "Visit") == ["Negated"]


def test_a_visit_one_will_cancel_is_negated():
    assert factualities("Пётр Смирнов отменит визит в Казань.", "Visit") == ["Negated"]


def test_a_plan_is_not_called_off_by_a_cancelling_that_may_come():
    assert factualities("Пётр Смирнов собирался посетить Казань. Однако визит может быть отменён.",
                        "Visit") == ["Planned"]


def test_an_unconfirmed_source_hung_on_the_subject_makes_the_act_possible():
    assert factualities("Пётр Смирнов, по неподтверждённым данным, был задержан в Казани.",
                        "Arrest") == ["Possible"]


def test_a_named_source_hung_on_the_subject_leaves_the_act_actual():
    assert factualities("Пётр Смирнов, по данным полиции, был задержан в Казани.",
                        "Arrest") == ["Actual"]


def test_an_unconfirmed_source_leaves_a_clause_with_its_own_subject():
    found = described("Пётр Смирнов, по неподтверждённым данным, был задержан в Казани, а Анна "
                      "Белова освобождена.")
    assert [(d.kind, d.factuality) for d in found if d.kind == "ReleaseFromCustody"] == [
        ("ReleaseFromCustody", "Actual")]


def test_hearsay_leaves_a_coordinated_clause_with_its_own_subject():
    found = described("Пётр Смирнов якобы встречался с Анной Беловой, однако сам Смирнов это "
                      "отрицает.")
    assert [(d.kind, d.factuality) for d in found if d.kind == "Denial"] == [("Denial", "Actual")]


def test_hearsay_reaches_a_coordinated_verb_sharing_the_subject():
    assert factualities("Пётр Смирнов якобы был задержан, но вскоре освобождён.",
                        "ReleaseFromCustody") == ["Possible"]


def meetings(text: str) -> int:
    return len([d for d in described(text) if d.kind == "Meeting"])


def test_meetings_in_two_cities_stay_two():
    assert meetings("Пётр Смирнов встретился с Анной Беловой в Казани. Через неделю Пётр Смирнов "
                    "встретился с Анной Беловой в Самаре.") == 2


def test_a_meeting_in_a_city_then_in_its_country_is_one():
    assert meetings("Пётр Смирнов встретился с Анной Беловой в Женеве. Пётр Смирнов встретился "
                    "с Анной Беловой в Швейцарии.") == 1


def test_a_meeting_in_a_city_then_in_a_hotel_is_one():
    assert meetings("Пётр Смирнов встретился с Анной Беловой в Казани. Пётр Смирнов встретился "
                    "с Анной Беловой в отеле «Ривьера».") == 1


def test_meetings_in_two_countries_stay_two():
    assert meetings("Пётр Смирнов встретился с Анной Беловой во Франции. Пётр Смирнов встретился "
                    "с Анной Беловой в Швейцарии.") == 2


def test_a_negated_plan_asked_about_with_li_is_no_denial():
    assert factualities("Не планирует ли Пётр Смирнов посетить Казань?", "Visit") == ["Planned"]


def test_a_negated_plan_asked_with_razve_is_no_denial():
    assert factualities("Разве Пётр Смирнов не собирается встретиться с Анной Беловой?",
                        "Meeting") == ["Planned"]


def test_a_negated_plan_stated_is_still_a_denial():
    assert factualities("Пётр Смирнов не планирует посещать Казань.", "Visit") == ["Negated"]


def test_a_meeting_called_off_in_another_city_leaves_the_plan():
    assert factualities("Пётр Смирнов должен был встретиться с Анной Беловой в Казани. Встреча в "
                        "Самаре не состоялась.", "Meeting") == ["Planned"]


def test_a_meeting_called_off_in_the_same_city_negates_the_plan():
    assert factualities("Пётр Смирнов должен был встретиться с Анной Беловой в Казани. Встреча в "
                        "Казани не состоялась.", "Meeting") == ["Negated"]


def test_an_unconfirmed_source_as_a_clause_makes_the_act_possible():
    assert factualities("Как сообщают неподтверждённые источники, Пётр Смирнов задержан.",
                        "Arrest") == ["Possible"]


def test_a_source_as_a_clause_leaves_the_act_actual():
    assert factualities("Как сообщают источники в полиции, Пётр Смирнов задержан.",
                        "Arrest") == ["Actual"]


def test_a_body_as_a_source_clause_leaves_the_act_actual():
    assert factualities("Как сообщает полиция, Пётр Смирнов задержан.", "Arrest") == ["Actual"]
