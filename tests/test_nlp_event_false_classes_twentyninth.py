"""General classes of false events removed in the twenty-ninth round (docs/events.md, "Which
mentions become events"): an act in a counterfactual (`если бы …, он бы …`) and an act in a rule
laid down for whoever holds a post (`если президент скончается, необходимо …`) tell no event."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.factuality) for e in described(text)]


def test_a_match_in_the_consequence_of_a_counterfactual_is_no_event():
    assert ("SportsMatch", "Possible") not in kinds(
        "Если бы «Зимник» не выбыл из турнира, то Олег Воронов сыграл бы в матче с «Лиманском».")


def test_a_final_reached_only_in_a_counterfactual_is_no_event():
    assert kinds("Если бы команда Лиманска вышла в финал, Воронов был бы счастлив.") == []


def test_a_conditional_without_if_stays_possible():
    assert kinds("Олег Воронов мог бы принять участие в матче с «Зимником».") == [
        ("SportsMatch", "Possible")]


def test_an_open_condition_stays_possible():
    assert ("Attack", "Possible") in kinds(
        "Если Лиманск начнёт вторжение, Зимник введёт против него санкции.")


def test_a_death_in_a_constitutions_rule_is_no_event():
    assert kinds("Губернатор Лиманской области Олег Воронов болен. Оппозиция напомнила, что "
                 "по уставу области, если губернатор скончается, необходимо провести новые "
                 "выборы.") == []


def test_a_death_in_a_present_rule_of_succession_is_no_event():
    assert "Death" not in [k for k, _ in kinds(
        "Губернатор Лиманской области Олег Воронов болен. Его заместитель становится "
        "исполняющим обязанности, если губернатор умирает или уходит в отставку.")]


def test_a_named_holders_possible_resignation_stays():
    assert kinds("Если губернатор Олег Воронов уйдёт в отставку, его место займёт Иван "
                 "Петров.") == [("Resignation", "Possible")]


def test_an_office_holders_possible_death_with_no_rule_word_stays():
    assert kinds("Губернатор Лиманской области Олег Воронов болен. Если губернатор скончается, "
                 "выборы пройдут через месяц.") == [("Death", "Possible")]


def test_a_named_persons_possible_verdict_stays():
    assert kinds("Если Воронов будет признан виновным, ему грозит до 15 лет лишения "
                 "свободы.") == [("Sentence", "Possible")]


def test_a_death_under_a_condition_noun_in_a_charters_rule_is_no_event():
    assert kinds("Губернатор Олег Воронов болен. По уставу области в случае смерти губернатора "
                 "его обязанности исполняет заместитель.") == []


def test_the_incumbents_death_in_a_laws_rule_is_no_event():
    assert kinds("Губернатор Олег Воронов болен. Закон предусматривал выборы только после "
                 "смерти действующего губернатора.") == []


def test_a_case_of_an_office_holders_death_with_no_rule_stays_possible():
    assert kinds("Губернатор Олег Воронов болен. В случае смерти губернатора выборы пройдут "
                 "через месяц.") == [("Death", "Possible")]


def test_a_named_holders_death_in_a_sentence_with_a_law_stays():
    assert kinds("Губернатор Олег Воронов умер. Закон предусматривал выборы после смерти "
                 "губернатора Воронова.") == [("Death", "Actual")]
