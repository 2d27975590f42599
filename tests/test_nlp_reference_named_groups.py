"""Persons named together act together: a plural arrival verb after two names is their Visit, and
a plural pronoun or `оба` in the next sentence stands for the same persons when no one else is in
view (kg/nlp/ru/reference_groups.py, kg/nlp/ru/events.py `named_traveller`)."""

from __future__ import annotations

from event_helpers import agents_targets


def test_two_named_persons_arriving_in_a_city_make_a_visit_of_both():
    assert agents_targets("Иван Котов и Олег Зимин прибыли в Казань.", "Visit") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset())]


def test_two_named_persons_flying_to_a_capital_make_a_visit_of_both():
    assert agents_targets("Анна Белова и Мария Сидорова прилетели в Лондон.", "Visit") == [
        (frozenset({"Анна Белова", "Мария Сидорова"}), frozenset())]


def test_a_name_with_an_unnamed_companion_and_a_plural_verb_stays_no_visit():
    assert agents_targets("Иван Котов с супругой прилетели в Казань.", "Visit") == []


def test_they_after_two_named_arrivals_are_the_two_who_meet():
    text = "Иван Котов и Олег Зимин прибыли в Казань. Там они провели переговоры."
    assert agents_targets(text, "Negotiation") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset())]


def test_they_after_two_named_persons_are_the_two_who_sign():
    text = "Пётр Орлов и Ахмед Хасанов прилетели в Баку. Вечером они подписали соглашение."
    assert agents_targets(text, "Agreement") == [
        (frozenset({"Пётр Орлов", "Ахмед Хасанов"}), frozenset())]


def test_them_after_two_named_persons_are_the_two_arrested():
    text = "Иван Котов и Олег Зимин вышли на площадь. Вскоре их задержала полиция."
    assert agents_targets(text, "Arrest") == [
        (frozenset(), frozenset({"Иван Котов", "Олег Зимин"}))]


def test_both_after_two_named_persons_are_the_two_arrested():
    text = "Иван Котов и Олег Зимин вышли на площадь. Вскоре оба были задержаны полицией."
    assert agents_targets(text, "Arrest") == [
        (frozenset(), frozenset({"Иван Котов", "Олег Зимин"}))]


def test_both_counting_its_noun_stands_for_the_two_named_before():
    text = "Пётр Орлов и Ахмед Хасанов прилетели в Баку. Оба министра провели переговоры."
    assert agents_targets(text, "Negotiation") == [
        (frozenset({"Пётр Орлов", "Ахмед Хасанов"}), frozenset())]


def test_they_after_one_person_and_a_group_stay_unresolved():
    text = "Иван Котов встретился с министрами. Они провели переговоры."
    assert agents_targets(text, "Negotiation") == []


def test_they_after_two_names_and_another_person_in_view_stay_unresolved():
    text = ("Иван Котов прибыл в Казань. Там его встретили Олег Зимин и Пётр Орлов. "
            "Они провели переговоры.")
    assert agents_targets(text, "Negotiation") == []


def test_they_after_a_name_and_a_kinsman_stay_unresolved():
    text = "Иван Котов и его брат прибыли в Казань. Там они провели переговоры."
    assert agents_targets(text, "Negotiation") == []


def test_they_inside_a_later_speaker_group_do_not_reach_back_to_the_names():
    text = ("Иван Котов и Олег Зимин посетили Казань. Представители компании «Татнефть» заявили, "
            "что они подписали контракт.")
    assert agents_targets(text, "Agreement") == []


def test_both_needs_exactly_two_persons_named_together():
    text = ("Иван Котов, Олег Зимин и Пётр Орлов прибыли в Казань. Оба провели переговоры.")
    assert agents_targets(text, "Negotiation") == []


def test_the_second_name_after_leaders_of_two_countries_is_a_second_subject():
    text = "Лидеры Франции и Италии Пьер Дюбуа и Марко Росси подписали декларацию."
    assert agents_targets(text, "Agreement") == [
        (frozenset({"Пьер Дюбуа", "Марко Росси"}), frozenset())]



def test_their_before_an_act_noun_is_the_two_named_before():
    text = "Иван Котов и Олег Зимин вышли на площадь. Их задержание вызвало протесты."
    assert agents_targets(text, "Arrest") == [
        (frozenset(), frozenset({"Иван Котов", "Олег Зимин"}))]


def test_they_in_a_clause_after_the_two_names_of_the_same_sentence_are_the_two():
    text = "Иван Котов и Олег Зимин заявили, что они подписали соглашение."
    assert agents_targets(text, "Agreement") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset())]


def test_them_as_the_object_of_another_subject_are_the_two_named_before():
    text = "Иван Котов и Олег Зимин прибыли в Казань. Полицейские задержали их на вокзале."
    assert agents_targets(text, "Arrest") == [
        (frozenset(), frozenset({"Иван Котов", "Олег Зимин"}))]



def test_they_after_a_nearer_plural_body_subject_do_not_reach_back_to_the_names():
    text = ("Иван Котов и Олег Зимин прибыли в Казань. Компании «Тетра» и «Альфа» открыли там "
            "офисы. Они подписали соглашение.")
    assert all(not agents & {"Иван Котов", "Олег Зимин"}
               for agents, _ in agents_targets(text, "Agreement"))


def test_their_before_a_meeting_noun_are_the_two_who_meet():
    text = "Иван Котов и Олег Зимин прибыли в Казань. Их встреча прошла в Кремле."
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset())]


def test_their_before_a_talks_noun_are_the_two_who_negotiate():
    text = "Пётр Орлов и Ахмед Хасанов прилетели в Баку. Их переговоры продлились три часа."
    assert agents_targets(text, "Negotiation") == [
        (frozenset({"Пётр Орлов", "Ахмед Хасанов"}), frozenset())]


def test_their_meeting_after_a_third_person_in_view_stays_without_sides():
    text = ("Иван Котов прибыл в Казань. Там его ждали Олег Зимин и Пётр Орлов. "
            "Их встреча прошла в Кремле.")
    assert agents_targets(text, "Meeting") == []


def test_their_meeting_after_a_nearer_plural_body_subject_does_not_reach_back_to_the_names():
    text = ("Иван Котов и Олег Зимин прибыли в Казань. Компании «Тетра» и «Альфа» открыли там "
            "офисы. Их встреча прошла в Кремле.")
    assert all(not agents & {"Иван Котов", "Олег Зимин"}
               for agents, _ in agents_targets(text, "Meeting"))


def test_their_meeting_after_two_names_arriving_with_a_third_stays_without_sides():
    text = ("Иван Котов и Олег Зимин прибыли в Казань вместе с Петром Орловым. "
            "Их встреча прошла в Кремле.")
    assert agents_targets(text, "Meeting") == []


def test_their_meeting_with_a_third_named_person_has_the_two_on_one_side():
    text = ("Иван Котов и Олег Зимин подписали договор. Их встреча с Петром Орловым прошла "
            "в Кремле.")
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Иван Котов", "Олег Зимин"}), frozenset({"Пётр Орлов"}))]
