"""Reported speech, twenty-fourth round: a job title's short form (`генсек`), a place's office
(`мэрия`), people of a trade speaking for their organisation (`Врачи НАСА`), and the sentences
where none of these may give a speaker or a statement. Every sentence is written for these
tests."""

from __future__ import annotations

from speech_helpers import said


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(who, source) for who, source, _, _ in said(text)]


# ---- a short form of a job title refers back to its full form ------------------------------

def test_a_short_form_refers_back_to_the_full_title():
    assert _speakers("Генеральный секретарь НАТО Марк Рютте прибыл в Киев. Генсек заявил, что "
                     "альянс поддержит Украину.") == [("Марк Рютте", None)]


def test_a_short_form_in_a_cue_refers_back_to_the_full_title():
    assert _speakers("Генеральный секретарь ООН Антониу Гутерриш выступил в Нью-Йорке. По словам "
                     "генсека, мир стоит на пороге кризиса.") == [("Антониу Гутерриш", None)]


def test_a_short_form_of_a_prosecutor_refers_back():
    assert _speakers("Генеральный прокурор Игорь Краснов выступил в Совете Федерации. Генпрокурор "
                     "заявил, что число преступлений снизилось.") == [("Игорь Краснов", None)]


def test_a_short_form_with_two_holders_of_either_form_is_unsettled():
    assert _speakers("Генеральный секретарь НАТО Марк Рютте встретился с генсеком ООН Антониу "
                     "Гутерришем. Генсек заявил, что мир в опасности.") == []


def test_a_short_form_of_another_body_is_not_the_holder_named():
    assert _speakers("Генеральный секретарь НАТО Марк Рютте прибыл в Киев. Генсек ООН заявил, "
                     "что мир в опасности.") == []


def test_a_short_form_is_not_a_secretary_of_another_kind():
    assert _speakers("Секретарь Совбеза Сергей Шойгу прибыл в Минск. Генсек заявил, что союз "
                     "крепок.") == []


def test_a_short_form_is_not_a_director_general():
    assert _speakers("Генеральный директор «Аэрофлота» Сергей Александровский выступил на форуме. "
                     "Генсек заявил, что мир в опасности.") == []


def test_a_short_form_alone_names_no_one():
    assert said("Генсек заявил, что альянс поддержит Украину.") == []


# ---- a city hall speaks for its city -------------------------------------------------------

def test_a_city_hall_speaks_for_its_city():
    assert _speakers("Мэрия Твери сообщила, что дороги отремонтируют к осени.") == [
        ("Тверь", None)]


def test_in_a_city_hall_speaks_for_its_city():
    assert _speakers("В мэрии Казани пояснили, что каток откроется в декабре.") == [
        ("Казань", None)]


def test_a_city_hall_agreeing_to_a_rally_says_nothing():
    assert said("Мэрия Твери согласовала митинг на площади.") == []


def test_a_city_hall_that_has_not_said_says_nothing():
    assert said("Мэрия Твери пока не сообщила, когда откроется мост.") == []


def test_a_city_hall_planning_to_say_says_nothing():
    assert said("Мэрия Твери планирует сообщить о решении в пятницу.") == []


def test_a_city_hall_with_no_city_gives_no_speaker():
    assert said("В мэрии сообщили, что каток откроется в декабре.") == []


# ---- people of a trade speak for the one organisation of their genitive ---------------------

def test_doctors_of_an_agency_speak_for_it():
    assert _speakers("Врачи НАСА сообщили, что астронавт чувствует себя хорошо.") == [
        ("НАСА", None)]


def test_specialists_of_a_service_speak_for_it():
    assert _speakers("Специалисты Роспотребнадзора предупредили, что вода в реке опасна для "
                     "купания.") == [("Роспотребнадзор", None)]


def test_doctors_alone_are_no_one():
    assert said("Врачи сообщили, что состояние пациента стабильное.") == []


def test_doctors_of_a_country_are_no_body():
    assert said("Французские врачи сообщили, что состояние гонщика улучшилось.") == []


def test_doctors_of_a_person_are_not_that_person():
    assert said("Врачи певца Филиппа Киркорова сообщили, что он здоров.") == []


def test_experts_of_a_country_in_the_genitive_are_no_body():
    assert said("Эксперты Японии считают, что экономика вырастет.") == []


def test_experts_of_two_bodies_speak_for_neither():
    assert said("Эксперты НАСА и Роскосмоса считают, что станция устарела.") == []


def test_fans_of_a_club_are_no_trade():
    assert said("Болельщики «Спартака» заявили, что команда играла плохо.") == []


def test_doctors_of_an_agency_that_did_not_say_say_nothing():
    assert said("Врачи НАСА не сообщили, когда астронавт вернётся к работе.") == []


def test_doctors_of_an_agency_examining_say_nothing():
    assert said("Врачи НАСА осмотрели астронавта.") == []


# ---- likening, linking and estimating: speech only beside their phrase ---------------------

def test_likening_one_thing_to_another_is_said():
    assert _speakers("Президент Владимир Путин сравнил санкции с бумерангом.") == [
        ("Владимир Путин", None)]


def test_linking_a_rise_to_a_cause_is_said():
    assert _speakers("Аналитик Игорь Смирнов связывает рост цен с неурожаем.") == [
        ("Игорь Смирнов", None)]


def test_comparing_with_no_second_thing_is_no_speech():
    assert said("Инспектор Иван Петров сравнил подписи на двух документах.") == []


def test_linking_people_is_no_speech():
    assert said("Банк «Открытие» связывает клиентов с операторами по телефону.") == []


def test_a_negated_likening_is_no_speech():
    assert said("Министр Антон Силуанов не сравнивал налоги России с налогами Европы.") == []


def test_a_bridge_linking_places_is_no_speech():
    assert said("Новый мост связал остров с материком.") == []


def test_getting_in_touch_is_no_speech():
    assert said("Губернатор Иван Петров связался с министром по телефону.") == []


def test_an_estimate_put_on_a_number_is_said():
    assert said("Министр Антон Силуанов оценил дефицит бюджета в два триллиона рублей.")[0][
        :1] == ("Антон Силуанов",)


def test_appraising_work_is_no_speech():
    assert said("Жюри высоко оценило работу режиссёра Ивана Петрова.") == []


def test_appraising_in_a_place_is_no_speech():
    assert said("Губернатор Иван Петров оценил работу врачей в больнице.") == []


def test_appraising_in_a_year_is_no_speech():
    assert said("Губернатор Иван Петров оценил ситуацию в 2020 году.") == []


def test_a_negated_estimate_is_no_speech():
    assert said("Министр Антон Силуанов не оценивал ущерб в миллион рублей.") == []


def test_framed_verbs_stay_out_of_the_speech_lemmas_of_the_event_stages():
    from kg.nlp.ru.speech_clauses import speech_verb_lemmas
    assert not {"сравнить", "связывать", "оценить"} & speech_verb_lemmas()


# ---- citing an example or figures before a quote -------------------------------------------

def test_an_example_before_a_quote_is_said():
    assert _speakers("Министр Антон Силуанов привёл пример: «В Европе налоги выше».") == [
        ("Антон Силуанов", None)]


def test_leading_somewhere_is_no_speech():
    assert said("Губернатор Иван Петров привёл в порядок дороги области.") == []


def test_leading_a_team_is_no_speech():
    assert said("Тренер Валерий Карпин привёл команду к победе.") == []


# ---- `как сообщили в …` after the verb: a seat of government or a body of a place ------------

def test_said_in_the_kremlin_after_the_verb_is_the_kremlin():
    assert _speakers("Как сообщили в Кремле, встреча пройдёт в пятницу.") == [("Кремль", None)]


def test_said_in_a_city_hall_after_the_verb_is_its_city():
    assert _speakers("Как сообщили в мэрии Твери, дороги отремонтируют к осени.") == [
        ("Тверь", None)]


def test_said_in_a_city_after_the_verb_is_no_one():
    assert said("Как сообщили в Москве, парки откроются в мае.") == []


def test_said_by_journalists_who_were_in_the_kremlin_is_not_the_kremlin():
    assert said("Журналисты, побывавшие в Кремле, сообщили, что встреча пройдёт в пятницу.") == []


def test_a_city_hall_that_refused_to_comment_says_nothing():
    assert said("В мэрии Твери отказались комментировать решение суда.") == []


# ---- said at a meeting of a body ---------------------------------------------------------------

def test_said_at_a_briefing_of_a_ministry_is_the_ministry():
    assert _speakers("На брифинге МИД России сообщили, что посол вызван для беседы.") == [
        ("МИД России", None)]


def test_announced_at_a_session_of_a_commission_is_the_commission():
    assert _speakers("На заседании Центральной избирательной комиссии было объявлено, что выборы "
                     "состоялись.") == [("Центральная избирательная комиссия", None)]


def test_said_after_the_verb_at_a_briefing_is_the_ministry():
    assert _speakers("Посол вызван для беседы, заявили на брифинге МИД России.") == [
        ("МИД России", None)]


def test_a_minister_speaking_at_a_session_speaks_himself():
    assert _speakers("На заседании правительства министр Антон Силуанов заявил, что бюджет "
                     "исполнен.") == [("Антон Силуанов", None)]


def test_said_at_a_persons_press_conference_is_no_body():
    assert said("На пресс-конференции министра Антона Силуанова сообщили, что налоги не "
                "вырастут.") == []


def test_said_at_a_meeting_in_a_city_is_no_body():
    assert said("На совещании в Москве сообщили, что мост откроют.") == []


def test_said_at_a_joint_session_of_two_bodies_is_neither():
    assert said("На заседании Госдумы и Совета Федерации было объявлено, что закон принят.") == []


def test_no_comment_at_a_briefing_is_no_statement():
    assert said("На брифинге МИД России не стали комментировать слухи.") == []


# ---- naming a name, a cause or a date ------------------------------------------------------------

def test_naming_the_cause_is_said():
    assert _speakers("Министр Антон Силуанов назвал причину роста цен.") == [
        ("Антон Силуанов", None)]


def test_naming_a_date_is_said():
    assert _speakers("Губернатор Иван Петров назвал дату открытия моста.") == [
        ("Иван Петров", None)]


def test_not_naming_the_cause_is_no_speech():
    assert said("Министр Антон Силуанов не назвал причину роста цен.") == []


def test_naming_a_daughter_is_no_speech():
    assert said("Родители назвали дочь Анной.") == []


def test_naming_a_cause_in_the_instrumental_names_so():
    # (the older reading of `назвать X Y`: the words are the two named, not the cause alone)
    assert said("Министр Антон Силуанов назвал причиной роста цен засуху.")[0][3] == \
        "причиной роста цен засуху"


def test_a_duty_to_name_the_cause_is_no_speech():
    assert said("Полицейский должен представиться, предъявить удостоверение и назвать причину "
                "проверки.") == []


def test_a_plan_to_come_and_tell_is_no_speech():
    assert said("Министр Антон Силуанов собирается приехать в Казань и рассказать о реформе.") == []


def test_coming_and_telling_is_said():
    assert _speakers("Министр Антон Силуанов приехал в Казань и рассказал о реформе.") == [
        ("Антон Силуанов", None)]


def test_a_short_form_the_tagger_takes_for_a_name_still_refers_back():
    assert _speakers("Генеральный консул Франции Пьер Дюран посетил Екатеринбург. Генконсул "
                     "сообщил, что визовый центр откроется в марте.") == [("Пьер Дюран", None)]


def test_a_short_form_of_a_consul_is_not_an_ambassador():
    assert said("Посол Франции Пьер Дюран посетил Екатеринбург. Генконсул сообщил, что визовый "
                "центр откроется в марте.") == []
