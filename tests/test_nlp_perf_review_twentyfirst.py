"""Review of the twenty-first round's prizes, medals and life events (docs/events.md): a medal
line's medal is what its verb takes, a decoration named for a merit is won in no contest, a win
not had leaves the contest told by its own noun, a medal that went to someone was won by them,
becoming a laureate is dated by the clause that tells it while a title held is not, and plural
holder nouns name each of their holders."""

from __future__ import annotations

from event_helpers import described, of_class

# ---- a medal won ---------------------------------------------------------------------------


def test_gold_in_a_phrase_around_the_verb_is_no_medal_won():
    # (the metal is not what was won: `=золото` asks for the verb's object or subject)
    assert of_class("Банк выиграл на продаже золота миллиард рублей.", "SportsMatch") == []


def test_silver_won_told_object_first_is_a_match_won():
    events = of_class("Серебро завоевала Мария Сидорова.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Мария Сидорова"})]


def test_a_medal_named_for_a_merit_is_no_match_won():
    assert of_class("Пётр Сидоров стал обладателем медали «За отвагу».", "SportsMatch") == []


def test_a_medal_of_a_cup_named_after_it_is_still_a_match_won():
    events = of_class("Сборная Лиманска выиграла медали «Кубка Кремля».", "SportsMatch")
    assert events and all(e.factuality == "Actual" for e in events)


def test_a_medal_not_won_leaves_the_contest_with_its_participant():
    events = of_class("Мария Сидорова не завоевала ни одной медали на чемпионате в Лиманске.",
                      "SportsMatch")
    assert [(e.others, e.factuality) for e in events] == \
        [(frozenset({"Мария Сидорова"}), "Actual")]


def test_a_medal_she_failed_to_win_makes_her_no_winner():
    events = of_class("Мария Сидорова не смогла завоевать медаль на чемпионате в Лиманске.",
                      "SportsMatch")
    assert not any("Мария Сидорова" in e.agents and e.factuality == "Actual" for e in events)
    assert any("Мария Сидорова" in e.others for e in events)


def test_a_medal_that_went_to_someone_was_won_by_them():
    events = of_class("Пётр Сидоров выступал в Лиманске. Бронзовая медаль досталась Петру "
                      "Сидорову.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Пётр Сидоров"})]


def test_a_flat_that_went_to_an_heir_is_no_match():
    assert of_class("Квартира в Лиманске досталась Петру Сидорову по наследству.",
                    "SportsMatch") == []


# ---- when a prize was won ------------------------------------------------------------------


def test_becoming_a_laureate_takes_the_clause_s_year():
    events = of_class("В 2010 году Пётр Сидоров стал лауреатом премии «Хрустальное перо».", "Award")
    assert [(e.targets, e.year) for e in events] == [(frozenset({"Пётр Сидоров"}), 2010)]


def test_a_title_held_takes_no_year_of_what_its_holder_does():
    events = of_class("Пётр Сидоров, лауреат премии «Хрустальное перо», в 2010 году уехал в "
                      "Лиманск.", "Award")
    assert [(e.targets, e.year) for e in events] == [(frozenset({"Пётр Сидоров"}), None)]


def test_meeting_a_laureate_does_not_date_the_prize():
    events = of_class("В 2010 году Пётр Сидоров встретился с лауреатом премии «Хрустальное перо» "
                      "Марией Котовой.", "Award")
    assert [e.year for e in events] == [None]


# ---- a title held in a clause about something else -----------------------------------------


def test_a_laureate_not_congratulated_still_holds_the_prize():
    events = of_class("Пётр Сидоров не поздравил лауреата премии «Хрустальное перо» Анну Белову.",
                      "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Анна Белова"}), "Actual")]


def test_a_laureate_one_may_meet_holds_the_prize_already():
    events = of_class("Пётр Сидоров может встретиться с лауреатом Нобелевской премии Анной "
                      "Беловой.", "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Анна Белова"}), "Actual")]


def test_whoever_meets_a_laureate_holds_no_prize():
    assert of_class("Пётр Сидоров встретился с лауреатом премии «Хрустальное перо».", "Award") == []


def test_one_among_the_winners_took_part():
    events = of_class("Пётр Сидоров оказался среди победителей турнира в Лиманске.", "SportsMatch")
    assert [e.others for e in events] == [frozenset({"Пётр Сидоров"})]


def test_one_declared_a_laureate_holds_the_prize():
    events = of_class("Анна Белова была признана лауреатом премии «Хрустальное перо».", "Award")
    assert [(e.targets, e.factuality) for e in events] == [(frozenset({"Анна Белова"}), "Actual")]


# ---- several holders -----------------------------------------------------------------------


def test_laureates_named_after_the_plural_noun_each_hold_the_prize():
    events = of_class("Лауреаты премии «Хрустальное перо» Пётр Сидоров и Мария Котова выступили в "
                      "Лиманске.", "Award")
    assert [e.targets for e in events] == [frozenset({"Пётр Сидоров", "Мария Котова"})]


def test_laureates_said_of_two_names_each_hold_the_prize():
    events = of_class("Иван Котов и Анна Белова, лауреаты премии «Хрустальное перо», выступили в "
                      "Лиманске.", "Award")
    assert [e.targets for e in events] == [frozenset({"Иван Котов", "Анна Белова"})]


# ---- contests and their neighbours ---------------------------------------------------------


def test_competing_at_the_olympics_is_no_performance():
    events = described("Мария Сидорова выступила на Олимпиаде в Лиманске.")
    assert [(e.kind, e.others) for e in events] == \
        [("SportsMatch", frozenset({"Мария Сидорова"}))]


def test_singing_at_a_concert_is_still_a_performance():
    events = of_class("Мария Сидорова выступила на концерте в Лиманске.", "Performance")
    assert [e.agents for e in events] == [frozenset({"Мария Сидорова"})]


def test_an_illness_overcome_is_no_match_won():
    # (a participle tells a SportsMatch since the twenty-first round: `победивший рак` must not)
    assert of_class("Пётр Сидоров, победивший рак, вернулся на сцену в Лиманске.",
                    "SportsMatch") == []


def test_a_rival_beaten_is_still_a_match_won():
    events = of_class("Пётр Сидоров победил соперника в финале турнира.", "SportsMatch")
    assert [e.agents for e in events] == [frozenset({"Пётр Сидоров"})]
