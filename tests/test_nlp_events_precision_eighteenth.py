"""Trigger precision, eighteenth round (docs/events.md): events that did not happen as written,
and one act told in parts. A generic or habitual negation (`никогда не попадал в аварии`,
`ни разу не опаздывал`) tells no event; a verdict told as guilt found, a penalty set and a ban
added (`признала виновным и назначила наказание, а также запретила`) is one Sentence."""

from __future__ import annotations

from event_helpers import actors_of, described, kinds


def test_never_in_an_accident_is_no_accident():
    assert "Accident" not in kinds("Водитель Игорь Лапин никогда не попадал в аварии.")


def test_not_once_in_an_accident_is_no_accident():
    assert "Accident" not in kinds("Ольга Зуева ни разу за десять лет не попадала в аварии.")


def test_not_once_with_words_between_is_no_event():
    assert "Accident" not in kinds("Ольга Зуева ни разу в жизни не попадала в аварии.")


def test_never_arrested_is_no_arrest():
    assert "Arrest" not in kinds("Журналист Марк Орлов никогда не был арестован.")


def test_never_took_part_in_elections_is_no_election():
    assert "Election" not in kinds("Марк Орлов ни разу не участвовал в выборах.")


def test_one_accident_that_did_not_happen_stays_negated():
    evs = [e for e in described("Водитель Игорь Лапин чудом не попал в аварию на трассе.")
           if e.kind == "Accident"]
    assert [e.factuality for e in evs] == ["Negated"]


def test_guilt_penalty_and_ban_are_one_verdict():
    evs = described("Судья Анна Котова признала Петра Сомова виновным в хулиганстве и назначила "
                    "наказание в виде штрафа, а также запретила ему посещать стадионы.")
    assert [e.kind for e in evs] == ["Sentence"]
    assert evs[0].agents == {"Анна Котова"} and len(evs[0].targets) == 1


def test_two_people_sentenced_in_one_sentence_stay_two_verdicts():
    evs = described("Суд приговорил Петра Сомова к пяти годам, а Ивана Лукина оправдал.")
    assert [e.kind for e in evs] == ["Sentence", "Sentence"]


def test_a_mayors_ban_stays_a_sanction():
    assert "Sanction" in kinds("Мэр Лиманска Олег Пахомов запретил продажу фейерверков.")


def test_not_a_single_match_lost_is_no_match():
    assert "SportsMatch" not in kinds("Вратарь Олег Дымов в том сезоне ни одного матча не "
                                      "проиграл.")


def test_one_match_not_lost_stays_negated():
    evs = [e for e in described("Вратарь Олег Дымов не проиграл матч сборной Лимании.")
           if e.kind == "SportsMatch"]
    assert [e.factuality for e in evs] == ["Negated"]


def test_a_company_made_contractor_is_no_appointment():
    assert "Appointment" not in kinds("Компания «Северстрой» назначена подрядчиком ремонта "
                                      "моста.")


def test_an_office_approved_as_the_authority_is_no_appointment():
    assert "Appointment" not in kinds("Уполномоченным органом по выдаче лицензий утверждено "
                                      "Управление связи Минцифры.")


def test_a_person_approved_for_a_post_stays_an_appointment():
    evs = [e for e in described("Совет директоров утвердил Ивана Лукина гендиректором "
                                "«Северстроя».") if e.kind == "Appointment"]
    assert len(evs) == 1 and "Иван Лукин" in evs[0].targets


def test_a_person_heading_a_company_stays_an_appointment():
    evs = [e for e in described("В 2019 году Иван Лукин возглавил компанию «Северстрой».")
           if e.kind == "Appointment"]
    assert len(evs) == 1 and "Иван Лукин" in evs[0].actors


def test_a_body_to_be_headed_by_a_person_in_a_relative_clause_stays():
    assert "Appointment" in kinds("Следователи провели обыски в ФГУП «Северный центр», "
                                  "который должен был возглавить Олег Един.")


def test_the_driver_put_at_the_wheel_later_had_the_accident():
    assert actors_of("Вечером 3 марта в Лиманске автомобиль врезался в автобусную остановку. По "
                     "данным полиции, за рулём машины находилась 30-летняя дизайнер Ольга "
                     "Зуева.", "Accident") == [frozenset({"Ольга Зуева"})]


def test_the_driver_told_with_a_copula_had_the_accident():
    assert actors_of("Вечером 3 марта в Лиманске автомобиль врезался в автобусную остановку. За "
                     "рулём был Игорь Лапин.", "Accident") == [frozenset({"Игорь Лапин"})]


def test_a_wheel_far_from_the_accident_names_no_driver():
    assert actors_of("Вечером 3 марта в Лиманске автомобиль врезался в автобусную остановку. "
                     "Пострадавших доставили в больницу. Мэр города провёл совещание. Движение "
                     "восстановили к утру. Дороги расчистили. Год назад за рулём автобуса был "
                     "Игорь Лапин.", "Accident") == [frozenset()]


def test_declining_to_comment_is_a_rejection_by_the_gold_convention():
    # tests/gold-nerel/README.md (twenty-ninth round; it was refused before)
    assert "Rejection" in kinds("Представитель компании «Ветрол» Олег Сивков отказался от "
                                "комментариев.")


def test_giving_up_a_project_stays_a_rejection():
    assert "Rejection" in kinds("Правительство Лимании отказалось от проекта газопровода.")
