"""Prizes, medals and life events, twenty-first round (docs/events.md): a prize's holder noun
(`X, лауреат премии`, `кавалер ордена`, `стал лауреатом премии`) tells the Award of whom it names or
is said of; a medal won (`завоевала золото`, `стала обладательницей бронзы`) is the win of its
contest, a SportsMatch of the winner; `найден повесившимся` tells a death as `найден мёртвым` does."""

from __future__ import annotations

from event_helpers import of_class

# ---- a prize's holder noun -------------------------------------------------------------------


def test_a_laureate_in_apposition_holds_the_prize():
    events = of_class("Писатель Иван Котов, лауреат премии «Золотое перо», приехал в Лиманск.",
                      "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_holder_of_two_prizes_holds_them():
    events = of_class("Иван Котов, обладатель двух премий «Золотое перо», выступил в Лиманске.",
                      "Award")
    assert [e.targets for e in events] == [frozenset({"Иван Котов"})]


def test_a_knight_of_an_order_holds_it():
    events = of_class("Иван Котов стал кавалером ордена Почётного легиона.", "Award")
    assert [e.targets for e in events] == [frozenset({"Иван Котов"})]


def test_a_laureate_the_sentence_compares_takes_the_prize_year():
    events = of_class("Критики сравнивают Анну Белову с Иваном Котовым, лауреатом Нобелевской "
                      "премии по литературе 2016 года.", "Award")
    assert [(e.targets, e.year) for e in events] == [(frozenset({"Иван Котов"}), 2016)]


def test_a_laureate_announced_without_a_name_gives_no_award_of_its_own():
    # (who won is not said in the sentence: no one to hold the prize)
    assert of_class("Объявлен лауреат Нобелевской премии по физике.", "Award") == []


def test_a_dance_partner_is_no_knight():
    # `кавалер` without an order or award is a partner at a ball
    assert of_class("Анна Белова пришла на бал с кавалером Иваном Котовым.", "Award") == []


def test_laureates_in_general_hold_nothing():
    # a prize's laureates as a class, no one named
    assert of_class("Лауреаты премии «Золотое перо» получают статуэтку и денежный приз.",
                    "Award") == []


def test_a_prize_without_a_holder_noun_is_no_award():
    assert of_class("Премия «Золотое перо» учреждена в Лиманске в 1999 году.", "Award") == []


def test_a_congratulated_laureate_holds_the_prize_not_the_one_who_congratulates():
    events = of_class("Анна Белова поздравила Ивана Котова, лауреата премии «Золотое перо».",
                      "Award")
    assert [e.targets for e in events] == [frozenset({"Иван Котов"})]


def test_a_laureate_compared_with_the_subject_is_the_named_laureate():
    events = of_class("Иван Котов, как и лауреат премии «Золотое перо» Пётр Белов, приехал в "
                      "Лиманск.", "Award")
    assert [e.targets for e in events] == [frozenset({"Пётр Белов"})]


def test_a_laureate_s_plans_leave_the_prize_held():
    events = of_class("Лауреат премии «Золотое перо» Иван Котов решил уехать из Лиманска.", "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_laureate_to_be_is_planned():
    events = of_class("Иван Котов станет лауреатом премии «Золотое перо» в мае.", "Award")
    assert [e.factuality for e in events] == ["Planned"]


def test_two_prizes_in_a_list_of_titles_are_two_awards():
    events = of_class("Иван Котов, лауреат премии «Золотое перо», двукратный лауреат премии «Белая "
                      "ладья», приехал в Лиманск.", "Award")
    assert len(events) == 2 and all(e.targets == frozenset({"Иван Котов"}) for e in events)


def test_one_prize_told_in_title_and_lead_is_one_award():
    events = of_class("Умер лауреат Нобелевской премии Иван Котов. Лауреат Нобелевской премии по "
                      "литературе Иван Котов скончался 5 мая.", "Award")
    assert len(events) == 1


def test_a_knight_listed_after_a_rank_holds_the_order():
    events = of_class("Иван Котов — полковник в отставке, воин-интернационалист, кавалер двух "
                      "орденов Мужества.", "Award")
    assert [e.targets for e in events] == [frozenset({"Иван Котов"})]


def test_a_knight_set_against_the_subject_is_someone_else():
    # (`а … — его брат`: the holder is the unnamed brother, not the subject)
    events = of_class("Иван Котов — полковник в отставке, а кавалер ордена Мужества — его брат.",
                      "Award")
    assert not any("Иван Котов" in e.targets for e in events)


def test_a_laureate_not_become_is_a_negated_award():
    events = of_class("Иван Котов не стал лауреатом премии «Золотое перо».", "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Иван Котов"}), "Negated")]


def test_a_contest_not_won_still_took_place():
    # (the holder's denial is asked of prizes only)
    events = of_class("Анна Белова не стала победительницей турнира в Лиманске.", "SportsMatch")
    assert events and all(e.factuality == "Actual" for e in events)


# ---- a medal won ---------------------------------------------------------------------------


def test_a_gold_medal_won_is_a_match_won():
    events = of_class("Анна Белова завоевала золотую медаль на Олимпиаде в Лиманске.",
                      "SportsMatch")
    assert [(e.agents, e.factuality) for e in events] == [(frozenset({"Анна Белова"}), "Actual")]


def test_bronze_won_by_becoming_its_holder_is_a_match_won():
    events = of_class("В понедельник Анна Белова стала обладательницей бронзы.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Анна Белова"})]


def test_gold_won_by_the_bare_metal_noun():
    events = of_class("Иван Котов выиграл золото в беге на сто метров.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Иван Котов"})]


def test_trust_won_is_no_match():
    assert of_class("Иван Котов завоевал доверие избирателей Лиманска.", "SportsMatch") == []


def test_a_medal_not_won_makes_no_winner():
    # (no win is told; the championship, which took place, keeps him as its participant)
    events = of_class("Иван Котов не завоевал медаль на чемпионате в Лиманске.", "SportsMatch")
    assert not any(e.factuality == "Actual" and "Иван Котов" in e.agents for e in events)


def test_playing_for_bronze_is_no_medal_won():
    # `играть` is no imperfective of `выиграть` (kg/data/ru/triggers_aspect_stop.txt)
    events = of_class("Иван Котов играет за бронзу.", "SportsMatch")
    assert not any(e.factuality == "Actual" and "Иван Котов" in e.agents for e in events)


def test_a_medal_a_hopeful_athlete_wants_is_not_won():
    events = of_class("Иван Котов надеется завоевать золото в Лиманске.", "SportsMatch")
    assert all(e.factuality != "Actual" for e in events)


def test_a_silver_medallist_told_by_a_participle_won_her_contest():
    events = of_class("Ольга Котова, ставшая обладательницей серебряной медали, вернулась в "
                      "Лиманск.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Ольга Котова"})]


def test_a_party_that_won_an_election_is_no_match_winner():
    assert of_class("Победившая на выборах партия «Единая Лимания» получила 40 мест.",
                    "SportsMatch") == []


# ---- found dead ----------------------------------------------------------------------------


def test_found_hanged_is_a_death_with_its_date():
    events = of_class("Иван Котов был найден повесившимся в своей камере 19 апреля 2017 года.",
                      "Death")
    assert [(e.targets, e.year) for e in events] == [(frozenset({"Иван Котов"}), 2017)]


def test_a_birth_date_the_parse_hung_on_the_next_clause_is_the_birth_s():
    events = of_class("Следователи установили, что Пётр Белов родился 13 сентября 2001 года, ранее "
                      "учился в школе, а в 2019 году поступал в институт.", "Birth")
    assert [(e.targets, e.year) for e in events] == [(frozenset({"Пётр Белов"}), 2001)]


def test_a_date_of_the_next_clause_after_a_conjunction_is_not_the_birth_s():
    events = of_class("Иван Котов родился, а 13 мая 2001 года его семья переехала в Лиманск.",
                      "Birth")
    assert [e.year for e in events] == [None]


def test_a_found_picture_of_the_hanged_is_no_death():
    assert of_class("Полиция нашла картину Ивана Котова в Лиманске.", "Death") == []
