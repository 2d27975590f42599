"""Actors a sentence gives by a description, a title or a pronoun whose clause the parse broke
(kg/nlp/ru/clause_subjects.py, kg/nlp/ru/reference.py): the subject before a verb that the parse
gave to a later verb, the passive subject a converb shares, the one person
introduced with the very noun or with the post they were said to take, and the topic a pronoun
carries; and what stays unresolved."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(class, agent names, target names) of each event of the text."""
    return [(d.kind, d.agents, d.targets) for d in described(text)]


def test_a_pronoun_the_parse_gave_to_a_later_verb_is_the_subject_of_its_own_verb():
    got = events("Пианист Олег Рябов выпустил новый альбом. Пианист — член Зала славы джаза, "
                 "также он награждён высшей наградой Франции, он стал кавалером ордена.")
    assert ("Award", set(), {"Олег Рябов"}) in got


def test_a_name_before_a_verb_in_a_reported_clause_is_its_subject():
    got = events("Журналисты выяснили, что Игорь Семёнович Лапин родился 3 мая 1990 года, ранее "
                 "учился в школе, а в 2010 году поступал в МГУ.")
    assert ("Birth", set(), {"Игорь Лапин"}) in got


def test_a_titled_name_before_a_passive_is_its_subject_despite_a_comment_clause():
    got = events("Бывший мэр Твери Пётр Зотов был убит, подтвердила в субботу, 4 мая 2019 года, "
                 "его вдова после появления снимков.")
    assert ("Killing", set(), {"Пётр Зотов"}) in got


def test_a_converb_under_a_passive_shares_the_passive_subject():
    got = events("Политик Пётр Зотов руководил партией восемь лет. В 2014 году он был снят с "
                 "поста, однако остался в руководстве партии, подписав соглашение с оппозицией.")
    assert ("Agreement", {"Пётр Зотов"}, set()) in got


def test_a_title_named_long_before_is_the_person_the_pronouns_since_speak_of():
    got = events("Инженер Павел Громов возглавлял завод много лет. Он ушёл на пенсию в 2015 году, "
                 "а его место занял Сергей Котов. Он отсидел год за кражу. Но в 2016 году "
                 "инженер был снова задержан.")
    assert ("Arrest", set(), {"Павел Громов"}) in got


def test_a_title_named_long_before_with_another_person_in_view_stays_unresolved():
    got = events("Инженер Павел Громов возглавлял завод много лет. Его место занял Сергей Котов. "
                 "Котов уволил многих сотрудников. Но в 2016 году инженер был задержан.")
    assert not any(k == "Arrest" and t for k, _, t in got)


def test_a_description_is_the_person_introduced_with_that_very_noun():
    got = events("Музыкант Олег Рябов дал концерт в Омске. Певец Иван Тихонов выступил в Томске. "
                 "Зал был полон. Билеты продали за день. Певец был задержан полицией.")
    assert ("Arrest", set(), {"Иван Тихонов"}) in got


def test_a_description_two_people_were_introduced_with_stays_unresolved():
    got = events("Певец Олег Рябов дал концерт в Омске. Певец Иван Тихонов выступил в Томске. "
                 "Зал был полон. Билеты продали за день. Певец был задержан полицией.")
    assert not any(k == "Arrest" and t for k, _, t in got)


def test_the_post_a_person_was_appointed_to_names_them_later():
    got = events("12 мая 2021 года Олег Сомов назначен главой Федерального агентства связи. Через "
                 "неделю новый глава агентства встретился с министром Ильёй Рябовым.")
    assert ("Meeting", {"Олег Сомов"}, {"Илья Рябов"}) in got


def test_a_post_no_one_was_said_to_take_names_no_one():
    got = events("Олег Сомов получил новую должность. Через неделю новый глава агентства "
                 "встретился с министром Ильёй Рябовым.")
    assert not any(k == "Meeting" for k, _, _ in got)


def test_the_post_a_person_became_names_them_later():
    got = events("В 2019 году Олег Сомов стал мэром Твери. Через год мэр был задержан.")
    assert ("Arrest", set(), {"Олег Сомов"}) in got
