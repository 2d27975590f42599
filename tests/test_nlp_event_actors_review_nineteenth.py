"""Event participants, nineteenth round, second look (docs/events.md "Participants"): where the
round's wider readings of condolences and pronouns reached too far. Hand-written sentences."""

from __future__ import annotations

from event_helpers import of_class

# ---- condolences are for the one who died only when no other dead are in view -------------

def test_condolences_to_the_families_of_several_dead_are_not_for_one_died_before():
    found = of_class("В Москве скончался актёр Игорь Соболев. Губернатор Пётр Лаптев выразил "
                     "соболезнования семьям погибших в результате наводнения.", "Congratulation")
    assert [d.actors for d in found] == [{"Пётр Лаптев"}]


def test_condolences_after_a_disaster_are_not_for_one_killed_before_it():
    found = of_class("В Саратове убит журналист Игорь Соболев. Через неделю землетрясение в "
                     "Турции унесло жизни сотен людей. Президент Пётр Лаптев выразил "
                     "соболезнования народу Турции.", "Congratulation")
    assert [d.actors for d in found] == [{"Пётр Лаптев"}]


def test_condolences_after_unnamed_dead_are_not_for_one_named_before():
    found = of_class("Бывший мэр Игорь Соболев умер в прошлом месяце. Сегодня в городе "
                     "прошло наводнение, погибли пять человек. Губернатор Пётр Лаптев "
                     "выразил соболезнования.", "Congratulation")
    assert [d.actors for d in found] == [{"Пётр Лаптев"}]


def test_condolences_are_not_for_a_death_of_a_year_long_past():
    found = of_class("В Москве арестован бизнесмен Игорь Соболев. Его отец Олег Соболев умер в "
                     "2010 году. Губернатор Пётр Лаптев выразил соболезнования семье "
                     "пострадавшего в ДТП водителя.", "Congratulation")
    assert [d.actors for d in found] == [{"Пётр Лаптев"}]


def test_condolences_after_a_fire_that_killed_one_named_are_for_him():
    found = of_class("При пожаре в Москве погиб актёр Игорь Соболев. Мэр Пётр Лаптев выразил "
                     "соболезнования.", "Congratulation")
    assert [d.actors for d in found] == [{"Пётр Лаптев", "Игорь Соболев"}]


# ---- a pronoun carried through a sentence about a thing -------------------------------------

def test_a_pronoun_is_not_carried_through_a_thing_when_two_men_were_in_view():
    # the middle sentence's `он` is a guess between the prosecutor and the accused
    found = of_class("Прокурор Пётр Лаптев потребовал арестовать Игоря Соболева. Расследование "
                     "показало, что он брал взятки. Его задержали в среду.", "Arrest")
    assert all("Пётр Лаптев" not in d.actors for d in found)


def test_a_pronoun_is_carried_through_a_thing_when_one_man_was_in_view():
    found = of_class("Игорь Соболев работал врачом. Пандемия привела к тому, что он остался "
                     "без работы. В 2021 году его арестовали.", "Arrest")
    assert [d.actors for d in found] == [{"Игорь Соболев"}]


def test_a_name_in_brackets_is_not_another_person_in_view():
    # the name in brackets is the same woman's: the topic is carried on all the same
    found = of_class("Писательница Анна Мирская (Мария Ветрова) родилась в Саратове. Тяжёлое "
                     "воспаление в детстве привело к тому, что она долго болела. Будучи "
                     "студенткой, она вышла замуж за инженера Игоря Соболева.", "Marriage")
    assert [d.actors for d in found] == [{"Анна Мирская", "Игорь Соболев"}]
