"""Event participants, nineteenth round (docs/events.md "Participants"): actors missed or wrong in
events whose class is right. Hand-written sentences."""

from __future__ import annotations

from event_helpers import of_class

from kg.nlp.ru import events as ev
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times
from kg.nlp.ru.entities import find_entities

# ---- a subject of another clause the parse hung on the trigger verb ------------------------

def test_a_singular_subject_of_a_later_clause_is_not_the_agent_of_a_plural_verb():
    # the plural `распорядились` is the city authorities'; the owner appeals in his own clause
    found = of_class("В марте власти округа распорядились, чтобы зоопарк закрыли, однако "
                     "владелец зоопарка, предприниматель Игорь Соболев, обжаловал это "
                     "решение, и зоопарку позволили работать.", "Demand")
    assert all("Игорь Соболев" not in d.actors for d in found)


def test_a_list_joined_by_and_still_agrees_with_a_plural_verb():
    found = of_class("Министр Игорь Соболев и губернатор Пётр Лаптев договорились о "
                     "строительстве моста.", "Agreement")
    assert [d.actors for d in found] == [{"Игорь Соболев", "Пётр Лаптев"}]


# ---- a pronoun whose antecedent is named before a sentence about a thing -------------------

def test_a_pronoun_goes_on_through_a_sentence_whose_subject_is_a_thing():
    # the middle sentence names no one; its `она` carries the topic to the next one
    found = of_class("Анна Мирская родилась в Саратове в семье учителя. Тяжёлое воспаление в "
                     "детстве привело к тому, что она долго болела. Будучи студенткой, она "
                     "вышла замуж за инженера Игоря Соболева.", "Marriage")
    assert [d.actors for d in found] == [{"Анна Мирская", "Игорь Соболев"}]


def test_a_pronoun_object_of_a_clause_carries_the_topic_too():
    found = of_class("Анна Мирская родилась в Саратове. Большинство биографов считают, что в "
                     "детстве её отправили к тётке. Позже она вышла замуж за инженера "
                     "Игоря Соболева.", "Marriage")
    assert [d.actors for d in found] == [{"Анна Мирская", "Игорь Соболев"}]


def test_a_thing_of_the_pronouns_gender_may_be_what_the_pronoun_stands_for():
    # `компания … она` is the company: no person is carried through
    found = of_class("Анна Мирская родилась в Саратове. Компания отца разорилась, и она "
                     "была продана. Позже она вышла замуж за инженера Игоря Соболева.", "Marriage")
    assert all("Анна Мирская" not in d.actors for d in found)


def test_a_nominative_person_noun_the_parse_made_an_object_still_stops_the_search():
    # `полицейские` may be parsed as an object; they are people in view all the same, and the
    # middle sentence's pronoun does not carry the topic past them
    from kg.nlp.ru.reference import Reference

    text = ("Анна Мирская родилась в Саратове. Там её и задержали полицейские. "
            "Позже она вышла замуж.")
    a = analyse(text)
    x = ev._Extractor(a, find_entities(a), find_times(text, None, a))
    middle = a.sentence_tokens(1)
    assert Reference._inner_pronoun(x.reference, list(middle), "Fem") is None


# ---- condolences are offered for the one whose death the article told ----------------------

def test_condolences_with_no_death_phrase_are_for_the_one_who_died():
    found = of_class("В Каире скончался бывший министр Ахмед Рашид. Премьер-министр Иордании "
                     "Омар Хасан выразил соболезнования его семье.", "Congratulation")
    assert [d.actors for d in found] == [{"Омар Хасан", "Ахмед Рашид"}]


def test_condolences_on_the_death_of_a_described_person_are_for_the_one_who_died():
    found = of_class("В Москве умер дирижёр Олег Ветров. Соболезнования в связи с кончиной "
                     "музыканта выразил министр культуры Игорь Соболев.", "Congratulation")
    assert [d.actors for d in found] == [{"Игорь Соболев", "Олег Ветров"}]


def test_condolences_after_two_deaths_name_no_one_unsaid():
    found = of_class("В Каире скончался министр Ахмед Рашид. Через день умер посол Карим "
                     "Мансур. Президент Омар Хасан выразил соболезнования.", "Congratulation")
    assert [d.actors for d in found] == [{"Омар Хасан"}]


# ---- a list of names after a singular group noun (`дуэт X и Y`) -----------------------------

def test_every_name_listed_after_a_duo_is_a_participant():
    found = of_class("В полуфинале теннисистка Анна Мирская одержала победу над испанским "
                     "дуэтом Марией Ортес и Лаурой Гомес.", "SportsMatch")
    assert [d.actors for d in found] == [{"Анна Мирская", "Мария Ортес", "Лаура Гомес"}]


# ---- a preposition the parse hung on a noun named before -----------------------------------

def test_a_preposition_hung_on_a_noun_named_before_still_marks_the_phrase_after_it():
    # the parse hangs `перед` on `столице`; it stands right before the court's phrase all the same
    text = ("Олег Ветров был задержан в британской столице 7 мая и в тот же день предстал перед "
            "Вестминстерским магистратским судом.")
    a = analyse(text)
    x = ev._Extractor(a, find_entities(a), find_times(text, None, a))
    verb = next(t for t in a.tokens if t.text == "предстал")
    assert [t.text for t in x.prep(verb, "перед+ins")] == ["судом"]


def test_a_preposition_next_to_its_own_noun_marks_no_other():
    text = "Олег Ветров выступил перед студентами в Москве."
    a = analyse(text)
    x = ev._Extractor(a, find_entities(a), find_times(text, None, a))
    verb = next(t for t in a.tokens if t.text == "выступил")
    assert [t.text for t in x.prep(verb, "в+loc")] == ["Москве"]
