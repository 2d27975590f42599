"""Event participants named in the trigger's own sentence on paths the roles did not take
(kg/nlp/ru/event_roles.py; docs/events.md): the two sides of a match or meeting joined by a dash
after the noun (`матч Иванов — Петров`), and the one rewarded for an act (`получил премию за
подписание договора`)."""

from __future__ import annotations

from event_helpers import actors_of, described


def test_a_match_names_both_sides_after_a_dash():
    assert frozenset({"Иванов", "Петров"}) in actors_of("Вчера в Казани прошёл матч Иванов — "
                                                        "Петров.", "SportsMatch")


def test_a_match_of_two_quoted_clubs_after_a_dash():
    assert frozenset({"Зенит", "Ротор"}) in actors_of("В матче «Зенит» — «Ротор» хозяева забили "
                                                      "три гола.", "SportsMatch")


def test_a_meeting_names_both_sides_after_a_dash():
    got = actors_of("Встреча Путин — Макрон прошла в Версале.", "Meeting")
    assert got and len(got[0]) == 2


def test_a_genitive_side_before_a_dash_is_not_paired_with_a_nominative():
    # `матч Иванова — Петров`: the genitive is the match's own (the `gen` code), and the
    # nominative after the dash is no second side of the same phrase
    assert actors_of("Вчера в Казани прошёл матч Иванова — Петров.", "SportsMatch") == \
        [frozenset({"Иванов"})]


def test_the_one_rewarded_for_a_signing_signed():
    assert frozenset({"Пётр Смирнов"}) in actors_of("Дипломат Пётр Смирнов получил крупную премию "
                                                    "за подписание мирного договора с Японией.",
                                                    "Agreement")


def test_a_sum_received_for_a_performance_names_the_performer():
    assert frozenset({"Анна Орлова"}) in actors_of("Анна Орлова получила миллион долларов за "
                                                   "выступление в Лондоне.", "Performance")


def test_a_passive_award_for_a_performance_names_the_performer():
    assert frozenset({"Анна Орлова"}) in actors_of("Певица Анна Орлова награждена премией за "
                                                   "выступление на фестивале.", "Performance")


def test_compensation_for_an_arrest_does_not_make_the_subject_the_arrester():
    assert not any("Пётр Лебедев" in a for a in actors_of("Пётр Лебедев получил компенсацию за "
                                                          "арест в Минске.", "Arrest"))


def test_a_prize_for_a_discovery_founds_nothing():
    assert not any("Олег Рябов" in a for a in actors_of("Физик Олег Рябов получил премию за "
                                                        "открытие новой частицы.", "Founding"))


def test_acts_listed_after_a_dash_take_the_participant_of_their_noun():
    got = [(e.kind, e.actors) for e in described(
        "Вчера Иван Петров участвовал в двух мероприятиях — пресс-конференции и открытии выставки.")]
    assert ("Meeting", frozenset({"Иван Петров"})) in got


def test_acts_listed_under_a_verb_of_telling_take_no_participant():
    assert not any(e.kind == "Meeting" and "Иван Петров" in e.actors for e in described(
        "Иван Петров рассказал о двух мероприятиях — пресс-конференции и открытии выставки."))
