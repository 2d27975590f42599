"""Event participants and times whatever the class, twenty-first round: a former title after a
dated sitting one, a `когда` clause after a time, names after a counted subject, `в минувшую
пятницу`, subjects of subordinate clauses, a participle's own time; and their narrower readings
(a later year still to come, a `когда` question, a weekday beside its written day, a subject
counted in figures, `включая` and `среди них`, `премьер`, a genitive owner's name). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from event_helpers import described, extract, of_class

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times

# ---- a former title after a sitting title dated by a year ----------------------------------

def test_a_former_title_after_a_dated_sitting_title_and_a_later_year_is_that_holder():
    found = of_class("Президент США Джордж Буш в 2001 году объявил войну терроризму. В 2010 "
                     "году бывший президент США был задержан в Париже.", "Arrest")
    assert [d.targets for d in found] == [{"Джордж Буш"}]


def test_a_former_title_after_an_undated_sitting_title_takes_no_one():
    found = of_class("Президент США Джордж Буш объявил войну терроризму. В 2010 году бывший "
                     "президент США был задержан в Париже.", "Arrest")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_with_no_later_year_takes_no_one():
    found = of_class("Президент США Джордж Буш в 2001 году объявил войну терроризму. Бывший "
                     "президент США был задержан в Париже.", "Arrest")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_before_the_dated_sitting_one_takes_no_one():
    found = of_class("Бывший президент США был задержан в Париже. Президент США Джордж "
                     "Буш в 2001 году объявил войну терроризму, а в 2010 году уехал.", "Arrest")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_of_another_country_takes_no_one():
    found = of_class("Президент США Джордж Буш в 2001 году объявил войну терроризму. В 2010 "
                     "году бывший президент Франции был задержан в Париже.", "Arrest")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_two_dated_holders_of_the_title_leave_the_former_one_open():
    found = of_class("Президент США Джордж Буш в 2001 году объявил войну, а президент США "
                     "Барак Обама в 2009 году её закончил. В 2010 году бывший президент "
                     "США был задержан в Париже.", "Arrest")
    assert all(not d.actors & {"Джордж Буш", "Барак Обама"} for d in found)


# ---- a `когда` clause right after a time expression ---------------------------------------

def test_a_when_clause_after_a_date_takes_that_date():
    found = of_class("Иван Петров жил в Москве до 2015 года, когда его арестовали.", "Arrest")
    assert [d.year for d in found] == [2015]


def test_a_when_clause_after_a_starting_year_takes_that_year():
    found = of_class("Рауль Кастро возглавляет страну с 2008 года, когда с должности ушёл его "
                     "брат Фидель Кастро.", "Resignation")
    assert [d.year for d in found] == [2008]


def test_a_when_clause_with_no_time_before_it_takes_none():
    found = of_class("Неизвестно, когда Иван Петров будет арестован.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_when_clause_after_a_conjunction_takes_no_earlier_time():
    found = of_class("Иван Петров уехал в Москву в 2015 году, а когда его арестовали, "
                     "Анна Белова подала в отставку.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_when_clause_in_the_next_sentence_takes_no_time():
    found = of_class("Иван Петров жил в Москве в 2015 году. Когда его арестовали, Анна "
                     "Белова подала в отставку.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_when_clause_after_a_subject_takes_no_time_of_its_own():
    found = of_class("В 1998 году Иван Петров, когда его арестовали, был мэром.", "Arrest")
    assert [d.year for d in found] == [None]


# ---- names set off after a subject counted by a numeral -----------------------------------

def test_names_after_a_counted_subject_are_all_its_members():
    found = of_class("Первые два лидера движения, Иван Петров и Олег Белов, погибли в "
                     "2009 году.", "Death")
    assert [d.targets for d in found] == [{"Иван Петров", "Олег Белов"}]


def test_three_names_after_a_counted_passive_subject_are_all_taken():
    found = of_class("Три депутата, Иван Петров, Олег Белов и Анна Смирнова, подали в отставку.",
                     "Resignation")
    assert [d.targets for d in found] == [{"Иван Петров", "Олег Белов", "Анна Смирнова"}]


def test_one_counted_name_takes_no_later_subject():
    found = of_class("Один лидер движения, Иван Петров, погиб в 2009 году, а Олег Белов уехал.",
                     "Death")
    assert [d.targets for d in found] == [{"Иван Петров"}]


def test_names_of_another_clause_after_a_counted_subject_are_not_taken():
    found = of_class("Два лидера движения погибли, Иван Петров и Олег Белов уехали в Москву.",
                     "Death")
    assert all(not d.targets & {"Иван Петров", "Олег Белов"} for d in found)


def test_a_counted_noun_under_a_preposition_gives_no_subject():
    found = described("После гибели двух лидеров движения Иван Петров и Олег Белов уехали в "
                      "Москву.")
    assert all(d.kind != "Death" or not d.targets for d in found)


def _times(text: str, published=None):
    return find_times(text, published, analyse(text))


# ---- `в минувшую пятницу`, `в прошедшую субботу` ------------------------------------------

def test_the_past_friday_is_the_last_friday_before_publication():
    text = "В минувшую пятницу Иван Петров был арестован в Москве."
    assert [t.begin for t in _times(text, date(2023, 3, 1))] == [date(2023, 2, 24)]


def test_the_past_saturday_is_the_last_saturday_before_publication():
    text = "В прошедшую субботу Иван Петров был арестован в Москве."
    assert [t.begin for t in _times(text, date(2023, 3, 1))] == [date(2023, 2, 25)]


def test_a_past_weekday_on_the_publication_weekday_is_a_week_before():
    text = "В минувшую среду Иван Петров был арестован в Москве."
    assert [t.begin for t in _times(text, date(2023, 3, 1))] == [date(2023, 2, 22)]


def test_this_weekday_in_a_future_clause_is_ahead():
    text = "В эту субботу Иван Петров выступит в Москве."
    assert [t.begin for t in _times(text, date(2023, 3, 1))] == [date(2023, 3, 4)]


# ---- `предыдущий`, `прежний` title: a former holder, not the sitting one ------------------

def test_the_previous_president_is_not_the_sitting_one():
    found = of_class("Президент Ганы Иван Петров заявил, что предыдущий президент страны "
                     "был арестован.", "Arrest")
    assert all("Иван Петров" not in d.actors for d in found)


def test_the_earlier_president_is_not_the_sitting_one():
    found = of_class("Президент Ганы Иван Петров заявил, что прежний президент страны был "
                     "арестован.", "Arrest")
    assert all("Иван Петров" not in d.actors for d in found)


def test_the_previous_president_is_the_one_introduced_as_former():
    found = of_class("Олег Белов, бывший президент Ганы, прибыл в Аккру. Президент Ганы Иван "
                     "Петров заявил, что предыдущий президент страны был арестован.", "Arrest")
    assert [d.targets for d in found] == [{"Олег Белов"}]


def test_a_previous_event_of_the_president_keeps_the_president():
    found = of_class("Президент Ганы Иван Петров был арестован в понедельник. Предыдущий "
                     "арест президента прошёл в 2010 году.", "Arrest")
    assert [d.targets for d in found] == [{"Иван Петров"}, {"Иван Петров"}]


# ---- a subject of a subordinate clause the parse hung on the main verb ---------------------

def test_the_subject_of_a_when_clause_is_not_the_main_verbs():
    found = of_class("В 2010 году, когда Иван Петров был министром, Олег Белов ушёл в отставку.",
                     "Resignation")
    assert [d.targets for d in found] == [{"Олег Белов"}]


def test_the_subject_of_a_while_clause_is_not_the_passives():
    found = of_class("Пока Иван Петров был в Москве, Олег Белов был арестован.", "Arrest")
    assert [d.targets for d in found] == [{"Олег Белов"}]


def test_a_subject_set_off_by_a_parenthesis_stays_the_verbs():
    found = of_class("Хотя Иван Петров, по словам источника, подал в отставку, он остался в "
                     "Москве.", "Resignation")
    assert [d.targets for d in found] == [{"Иван Петров"}]


def test_a_second_verb_of_the_when_clause_keeps_its_subject():
    found = of_class("Когда Иван Петров уехал в Москву, а затем вернулся, его арестовали.",
                     "Arrest")
    assert [d.targets for d in found] == [{"Иван Петров"}]


def test_a_subject_before_an_inserted_when_clause_stays_the_verbs():
    found = of_class("Иван Петров, когда его спросили о выборах, подал в отставку.", "Resignation")
    assert [d.targets for d in found] == [{"Иван Петров"}]


def test_an_if_clause_keeps_its_own_subject_apart():
    found = described("Если Иван Петров победит на выборах, Олег Белов уйдёт в отставку.")
    assert [(d.kind, d.actors) for d in found] == [("Election", {"Иван Петров"}),
                                                   ("Resignation", {"Олег Белов"})]


# ---- a participle's time is its own act's ----------------------------------------------------

def test_a_time_in_a_participle_on_the_subject_does_not_date_the_main_verb():
    found = of_class("Иван Петров, стоявший во главе страны с 1959 по 1990 год, скончался в "
                     "больнице.", "Death")
    assert [d.year for d in found] == [None]


def test_a_passive_participles_time_does_not_date_the_resignation():
    found = of_class("Иван Петров, назначенный министром в 2010 году, подал в отставку.",
                     "Resignation")
    assert [d.year for d in found] == [None]


def test_a_participle_on_the_event_noun_still_dates_it():
    found = of_class("Встреча, намеченная на 7 августа, пройдёт в Москве с участием Ивана "
                     "Петрова и Анны Беловой.", "Meeting")
    assert [d.year for d in found] == [2023]


def test_a_participle_that_is_the_event_keeps_its_time():
    found = of_class("Иван Петров, арестованный 5 мая, был освобождён под залог.", "Arrest")
    assert [d.year for d in found] == [2022]


# ---- a time of a coordinated verb that is no event ----------------------------------------

def test_a_time_before_a_coordinated_verb_is_not_the_first_verbs():
    found = of_class("В Судане Ивана Петрова арестовали, а в декабре 2015 года депортировали в "
                     "Индию.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_time_inside_a_second_clause_after_a_conjunction_is_not_the_arrests():
    found = of_class("Ивана Петрова задержали и 5 мая доставили в суд.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_time_after_the_second_of_two_event_verbs_still_dates_both():
    found = described("Иван Петров похитил и убил Анну Белову в июне.")
    assert [(d.kind, d.year) for d in found] == [("Kidnapping", 2022), ("Killing", 2022)]


def test_a_time_before_the_first_verb_still_dates_the_coordinated_one():
    found = of_class("В 1975 году Иван Петров бросил университет и переехал в Лондон.",
                     "Relocation")
    assert [d.year for d in found] == [1975]


def test_the_first_verbs_own_time_stays():
    found = of_class("Иван Петров был задержан 5 мая и доставлен в суд.", "Arrest")
    assert [d.year for d in found] == [2022]


# ---- a title the tagger reads as a genitive at the head of the sentence ---------------------

def test_a_first_word_title_tagged_genitive_keeps_its_name_as_the_subject():
    found = of_class("Премьер-министр Иван Петров встретился с Олегом Беловым.", "Meeting")
    assert [(d.agents, d.targets) for d in found] == [({"Иван Петров"}, {"Олег Белов"})]


def test_a_name_after_a_genitive_of_a_fronted_phrase_is_still_the_subject():
    found = of_class("После смерти жены Борис Петров переехал в Москву.", "Relocation")
    assert [d.agents for d in found] == [{"Борис Петров"}]


def test_a_name_hung_on_an_object_in_the_genitive_is_not_its_name():
    found = of_class("Полиция задержала сына Анны Беловой.", "Arrest")
    assert all("Анна Белова" not in d.targets for d in found)


def test_a_participle_saying_its_frame_happened_still_dates_the_event():
    found = of_class("На прошедших 4 марта выборах Ивана Петрова избрали в Сенат.", "Election")
    assert [d.year for d in found] == [2022]


def test_a_relative_clause_past_a_participle_keeps_its_time_for_the_event():
    found = of_class("В музее открывается выставка из 150 картин, принадлежавших Ивану "
                     "Петрову, которая продлится до 9 января 2009 года.", "Performance")
    assert [d.year for d in found] == [2009]


# ---- a later year to come, a holder acting since, a question `когда`, counted subjects ------

def test_a_later_year_still_to_come_does_not_make_the_sitting_holder_former():
    found = of_class("Президент Франции Эмиль Дюран в 2017 году обещал провести реформу. "
                     "Реформа вступит в силу в 2025 году. Бывший президент Франции был "
                     "задержан в Париже.", "Arrest")
    assert all("Эмиль Дюран" not in d.actors for d in found)


def test_a_holder_named_again_in_the_later_year_is_not_the_former_one():
    found = of_class("Президент Франции Эмиль Дюран в 2017 году обещал провести реформу. "
                     "В 2018 году Дюран встретился с Олегом Петровым. Бывший президент "
                     "Франции был задержан в Париже.", "Arrest")
    assert all("Эмиль Дюран" not in d.actors for d in found)


def test_a_former_holder_whose_own_years_are_before_the_sitting_one_is_another():
    found = of_class("Президент Франции Эмиль Дюран в 2017 году обещал провести реформу. "
                     "Бывший президент Франции, правивший в 1995—2007 годах, скончался в "
                     "2019 году.", "Death")
    assert all("Эмиль Дюран" not in d.actors for d in found)


def test_a_when_question_after_a_verb_of_asking_takes_no_time_from_the_asking():
    found = of_class("Журналист спросил в 2015 году, когда был арестован Олег Петров.", "Arrest")
    assert [d.year for d in found] == [None]


def test_a_when_question_after_a_verb_of_finding_out_takes_no_time():
    found = of_class("Следователи выяснили в 2016 году, когда был убит Олег Петров.", "Killing")
    assert [d.year for d in found] == [None]


def test_a_when_clause_after_a_time_told_about_keeps_that_time():
    found = of_class("Олег Петров рассказал о 2008 годе, когда его назначили директором завода.",
                     "Appointment")
    assert [d.year for d in found] == [2008]


def test_a_when_clause_parsed_as_first_conjunct_takes_the_main_clause_time():
    found = of_class("Когда Олег Петров был арестован, его жена в 2015 году уехала в Москву.",
                     "Arrest")
    assert [d.year for d in found] == [2015]


def test_a_time_after_the_verb_hung_on_a_participle_before_it_is_the_verbs():
    found = of_class("Олег Петров, назначенный министром в 2010 году, подал в отставку в 2015 "
                     "году.", "Resignation")
    assert [d.year for d in found] == [2015]


def test_a_weekday_with_its_written_day_beside_it_is_that_day():
    x = extract("Олег Петров был задержан полицией в среду, 17 апреля.")
    assert [(ev.time.month, ev.time.day) for ev in x.events if ev.kind == "Arrest"] == [(4, 17)]


def test_a_weekday_gives_no_year_to_a_later_bare_day():
    times = find_times("Его задержали в среду, а 17 апреля отпустили.", date(2023, 3, 1),
                       analyse("Его задержали в среду, а 17 апреля отпустили."))
    assert [(t.span.text, t.year) for t in times] == [("в среду", 2023), ("17 апреля", 2022)]


def test_a_time_past_the_comma_closing_a_participle_phrase_is_the_events():
    found = of_class("Олег Петров, учившийся в Казани, в пятницу, 4 марта 2016 года, был "
                     "задержан полицией.", "Arrest")
    assert [d.year for d in found] == [2016]


def test_names_after_a_subject_counted_in_figures_are_its_members():
    found = of_class("Погибли 27 человек, в том числе Олег Петров.", "Death")
    assert [d.targets for d in found] == [{"Олег Петров"}]


def test_a_subject_counted_in_figures_before_the_verb_keeps_its_names():
    found = of_class("12 человек, в том числе министр финансов Олег Петров, погибли.", "Death")
    assert [d.targets for d in found] == [{"Олег Петров"}]


def test_the_short_premier_title_takes_up_the_one_introduced_as_prime_minister():
    found = of_class("Премьер-министр Италии Марко Бруни выступил с речью. Позже премьер подал "
                     "в отставку.", "Resignation")
    assert [d.targets for d in found] == [{"Марко Бруни"}]


def test_the_short_premier_title_with_two_prime_ministers_takes_no_one():
    found = of_class("Премьер-министр Италии Марко Бруни встретился с премьер-министром "
                     "Японии Кэндзи Ито. Позже премьер подал в отставку.", "Resignation")
    assert all(not d.actors for d in found)


def test_names_a_counted_subject_includes_are_its_members():
    found = of_class("Были задержаны шесть активистов, включая Олега Петрова и Игоря Смирнова.",
                     "Arrest")
    assert [d.targets for d in found] == [{"Олег Петров", "Игорь Смирнов"}]


def test_an_inclusion_under_an_object_is_not_the_subjects():
    found = of_class("Полиция задержала шесть активистов, включая Олега Петрова.", "Arrest")
    assert [(d.agents, d.targets) for d in found] == [({"Полиция"}, {"Олег Петров"})]


def test_names_after_among_them_are_members_of_the_counted_subject():
    found = of_class("Погибли три человека, среди них министр финансов Олег Петров.", "Death")
    assert [d.targets for d in found] == [{"Олег Петров"}]


def test_names_after_among_whom_are_members_of_the_counted_subject():
    found = of_class("Были задержаны шесть активистов, среди которых Олег Петров и Игорь "
                     "Смирнов.", "Arrest")
    assert [d.targets for d in found] == [{"Олег Петров", "Игорь Смирнов"}]


def test_among_them_after_the_verb_of_another_clause_names_no_member():
    found = of_class("Шесть человек задержали в Москве, а среди гостей был Олег Петров.", "Arrest")
    assert all("Олег Петров" not in d.actors for d in found)


def test_a_genitive_name_past_the_subjects_genitive_noun_is_that_nouns():
    found = of_class("Сын министра Олега Петрова был задержан в Казани.", "Arrest")
    assert all("Олег Петров" not in d.actors for d in found)


def test_a_nominative_name_after_the_subjects_genitive_noun_is_the_subjects():
    found = of_class("Сын министра Олег Петров был задержан в Казани.", "Arrest")
    assert [d.targets for d in found] == [{"Олег Петров"}]


def test_an_act_during_a_dated_event_takes_its_time():
    x = extract("Олег Петров погиб во время теракта в Нью-Йорке 31 октября.")
    assert [(ev.time.month, ev.time.day) for ev in x.events if ev.kind == "Death"] == [(10, 31)]


def test_an_act_on_the_eve_of_a_dated_event_takes_no_time_from_it():
    x = extract("Олег Петров погиб накануне теракта 31 октября.")
    assert [ev.time for ev in x.events if ev.kind == "Death"] == [None]
