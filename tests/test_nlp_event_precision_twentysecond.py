"""Event precision, twenty-second round (docs/events.md), from a reading of fresh nerel-dev articles
no rule was written against: the future told by `будут` + infinitive is a plan, not a guess; a rare
perfective the tagger reads as past (`отслужит`) is still ahead; signing a one-party paper (an
application, a letter, an order) is no agreement; an event noun whose relative clause tells it
as still to take place (`выборы, которые пройдут`) is planned without a publication date."""

from __future__ import annotations

from event_helpers import actors_of, described, factualities, kinds

# ---- the analytic future: `будут судить` -----------------------------------------------------


def test_a_trial_told_with_the_future_of_byt_is_planned():
    assert factualities("Ивана Котова будут судить в Лиманске.", "Trial") == ["Planned"]


def test_a_past_trial_stays_actual():
    assert factualities("Ивана Котова судили заочно.", "Trial") == ["Actual"]


def test_a_future_trial_under_a_condition_stays_possible():
    assert factualities("Ивана Котова будут судить, если он вернётся в Лиманию.",
                        "Trial") == ["Possible"]


def test_an_arrest_the_police_will_try_to_make_stays_possible():
    # (`будет` governs the attempt, not the arrest)
    assert factualities("Полиция будет пытаться задержать Ивана Котова.", "Arrest") == ["Possible"]


def test_a_trial_that_may_happen_is_not_planned():
    assert "Planned" not in factualities("Ивана Котова могут судить заочно.", "Trial")


# ---- a future the tagger takes for a past ------------------------------------------------------


def test_a_service_to_be_held_is_planned():
    assert factualities("Патриарх Пётр отслужит панихиду в храме.", "Ceremony") == ["Planned"]


def test_a_service_held_stays_actual():
    assert factualities("Патриарх Пётр отслужил панихиду в храме.", "Ceremony") == ["Actual"]


def test_an_abdication_to_come_is_planned():
    assert factualities("Король Иван II отречётся от престола.", "Resignation") == ["Planned"]


def test_an_abdication_told_with_a_consonant_past_stays_actual():
    # (`отрёкся`: a past without `-л`, ending in `-ся` like the future `отречётся`)
    assert factualities("Король Иван II отрёкся от престола.", "Resignation") == ["Actual"]


def test_a_death_told_with_a_consonant_stem_past_stays_actual():
    # (`погиб` ends in no `-л`, nor in a personal ending)
    assert factualities("Иван Котов погиб 5 мая в Сорске.", "Death") == ["Actual"]


# ---- `которые пройдут`: a relative clause of occurrence in the future --------------------------


def _facts_undated(text: str, kind: str) -> list[str]:
    return [d.factuality for d in described(text, published=None) if d.kind == kind]


def test_an_election_that_will_take_place_is_planned_without_a_publication_date():
    assert _facts_undated("Котов стал кандидатом на выборах, которые пройдут в Лимании 17 апреля.",
                          "Election") == ["Planned"]


def test_an_election_that_took_place_stays_actual():
    assert _facts_undated("Котов стал кандидатом на выборах, которые прошли в Лимании 17 апреля.",
                          "Election") == ["Actual"]


def test_a_clause_where_which_is_no_subject_says_nothing_of_the_event():
    # (`после которого пройдёт банкет`: the banquet is ahead, the concert took place)
    assert _facts_undated("Концерт, после которого пройдёт банкет, состоялся в Сорске 5 мая.",
                          "Performance") == ["Actual"]


def test_a_clause_of_another_noun_says_nothing_of_the_election():
    # (`который`, singular, is the mayor's: he will go through training, the vote took place)
    assert _facts_undated("В Сорске прошли выборы мэра, который пройдёт обучение в мае.",
                          "Election") == ["Actual"]


def test_a_clause_about_the_winner_says_nothing_of_the_election():
    assert _facts_undated("В Сорске прошли выборы мэра, который будет руководить городом пять лет.",
                          "Election") == ["Actual"]


# ---- signing: the paper signed decides the act ------------------------------------------------


def test_a_treaty_signed_by_two_countries_stays_an_agreement():
    assert kinds("Лимания и Сордания подписали соглашение о границе.") == ["Agreement"]


def test_a_contract_signed_with_a_club_stays_an_agreement():
    assert kinds("Иван Котов подписал контракт с клубом «Заря».") == ["Agreement"]


def test_an_act_of_abdication_signed_is_no_agreement():
    assert "Agreement" not in kinds("Король Иван II подписал акт об отречении от престола.")


def test_a_resignation_letter_signed_is_the_resignation_alone():
    assert kinds("Министр Иван Котов подписал заявление об отставке.") == ["Resignation"]


def test_a_letter_signed_in_defence_of_someone_is_no_agreement():
    assert "Agreement" not in kinds("Иван Котов подписал письмо в защиту Петра Белова.")


def test_a_petition_signed_is_no_agreement():
    assert "Agreement" not in kinds("Иван Котов подписал петицию против строительства завода.")


def test_an_order_signed_is_a_law_adoption_beside_the_dismissal_it_orders():
    assert sorted(kinds("Иван Котов подписал приказ об увольнении Петра Белова.")) == \
        ["LawAdoption", "Resignation"]


def test_a_statement_made_after_signing_a_treaty_leaves_the_treaty():
    # (the paper must be the verb's object: a `заявление` elsewhere in the sentence is not)
    assert "Agreement" in kinds("Иван Котов подписал с Петром Беловым договор, а затем сделал "
                                "заявление для прессы.")


# ---- `уходить в отставку`: the negation over the imperfective reaches the resignation ----------


def test_a_resignation_not_taken_up_is_negated():
    assert factualities("Иван Котов не стал уходить в отставку.", "Resignation") == ["Negated"]


def test_a_resignation_that_will_not_come_is_negated():
    assert factualities("Иван Котов не будет уходить в отставку.", "Resignation") == ["Negated"]


def test_a_resignation_announced_in_the_present_stays_actual():
    assert factualities("Иван Котов заявил, что уходит в отставку.", "Resignation") == ["Actual"]


def test_a_resignation_refused_is_no_resignation_told_as_done():
    assert "Actual" not in factualities("Иван Котов отказался уходить в отставку.", "Resignation")


def test_leaving_work_in_the_evening_is_no_resignation():
    assert kinds("Иван Котов уходит с работы в шесть часов.") == []


# ---- a person's name as the quoted title of a thing ---------------------------------------------


def test_a_film_titled_with_a_name_is_not_released_by_that_person():
    assert actors_of("20 июля на Первом канале вышла премьера документального фильма «Иван Котов: "
                     "жизнь и судьба».", "Release") in ([], [frozenset()])


def test_an_album_titled_with_a_name_is_released_by_its_singer_alone():
    assert actors_of("Иван Котов выпустил альбом «Анна Белова».", "Release") == \
        [frozenset({"Иван Котов"})]


def test_a_prize_named_for_a_person_goes_to_its_winner_alone():
    assert actors_of("Анна Белова получила премию «Иван Котов».", "Award") == \
        [frozenset({"Анна Белова"})]


def test_a_newspaper_named_in_quotation_marks_stays_the_accuser():
    assert actors_of("Газета «Коммерсантъ» обвинила Ивана Котова в коррупции.", "Accusation") == \
        [frozenset({"Коммерсантъ", "Иван Котов"})]


def test_an_album_of_a_singer_with_a_quoted_title_keeps_its_singer():
    assert actors_of("Вышел новый альбом Ивана Котова «Зима».", "Release") == \
        [frozenset({"Иван Котов"})]
