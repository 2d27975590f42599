"""Reported speech, twenty-first round: dialogue lines, a subject set against another, words said
again by one more speaker, speech brought in by a noun, and the readings each rule must leave
alone. Every sentence is written for the test (none from an article)."""

from __future__ import annotations

from speech_helpers import said, said_once


# ---- a dialogue line opened by a dash ----------------------------------------------------------

def test_dialogue_line_of_one_word_is_said():
    assert said_once("— Нет, — ответил министр Антон Силуанов на вопрос о повышении налогов.") == (
        "Антон Силуанов", None, False, "Нет")


def test_dialogue_line_of_a_phrase_is_said():
    assert said_once("— В декабре, — ответил губернатор Иван Петров.")[3] == "В декабре"


def test_dialogue_line_with_an_adverb_before_the_verb():
    assert said_once("— Будем работать дальше, — коротко сказал губернатор Александр Беглов "
                     "журналистам.")[3] == "Будем работать дальше"


def test_dialogue_line_frames_words_for_a_quote_only_verb():
    assert said_once("— Это провокация! — возмутился депутат Пётр Толстой.")[:2] == (
        "Пётр Толстой", None)


def test_dialogue_line_for_agreeing():
    assert said_once("— Конечно, — согласился тренер Валерий Карпин.")[3] == "Конечно"


def test_agreeing_with_a_decision_is_no_speech():
    assert said("Тренер Валерий Карпин согласился с решением судьи.") == []


def test_question_line_is_not_said():
    assert said("— Когда откроется мост? — спросил депутат Олег Смолин.") == []


def test_list_of_names_before_a_dash_is_no_dialogue_line():
    assert said("— Москва, Казань и Омск, — перечислил губернатор Иван Петров города.") == []


def test_interrupted_dialogue_line_keeps_its_quote():
    out = said("— Ремонт завершён, — сказал губернатор Иван Петров, — но работы ещё много.")
    assert [w for *_, w in out] == ["Ремонт завершён"]


# ---- an `о` phrase on what was answered -------------------------------------------------------

def test_answering_a_question_about_something_says_nothing():
    assert said("Министр Антон Силуанов ответил на вопросы журналистов о бюджете.") == []


def test_telling_about_something_at_a_briefing_still_says_it():
    assert said_once("Министр Антон Силуанов рассказал на брифинге о новых налогах.")[3] == \
        "о новых налогах"


# ---- descriptions that refer back --------------------------------------------------------------

def test_head_of_region_is_the_governor():
    assert said_once("Губернатор Томской области Владимир Мазур посетил больницу. По словам главы "
                     "региона, ремонт закончат в июле.")[0] == "Владимир Мазур"


def test_head_of_region_is_the_governor_not_the_mayor():
    out = said_once("Мэр Новосибирска Максим Кудрявцев встретился с губернатором Ильёй Середюком. "
                    "Глава региона заявил, что бюджет утверждён.")
    assert out[0] != "Максим Кудрявцев"


def test_diplomat_is_the_ambassador():
    assert said_once("Посол России в Германии Сергей Нечаев вручил ноту протеста. Дипломат "
                     "подчеркнул, что Москва ждёт объяснений.")[0] == "Сергей Нечаев"


def test_diplomat_met_is_not_the_ambassador():
    out = said("Посол Сергей Нечаев встретился с дипломатом из Франции. Дипломат заявил, что "
               "визит полезен.")
    assert all(s[0] != "Сергей Нечаев" for s in out)


def test_forward_is_the_footballer():
    assert said_once("Футболист Фёдор Смолов забил два гола. После матча нападающий признался, "
                     "что очень устал.")[0] == "Фёдор Смолов"


# ---- a subject set against another -------------------------------------------------------------

def test_statement_made_not_by_x_but_by_y_is_ys():
    assert said_once("«Цены не вырастут». Такое заявление сделал не министр Антон Силуанов, а его "
                     "заместитель Алексей Моисеев.")[0] == "Алексей Моисеев"


def test_told_not_by_x_but_by_y_is_ys():
    assert said_once("Пожар потушен. Об этом сообщил не Иван Петров, а Олег Сидоров.")[0] == \
        "Олег Сидоров"


def test_not_only_x_leaves_x_the_speaker():
    assert said_once("Пожар потушен. Об этом сообщил не только губернатор Иван Петров, но и мэр "
                     "Олег Сидоров.")[0] == "Иван Петров"


def test_negated_addressee_is_no_contrast_of_speakers():
    assert said_once("Министр Антон Силуанов заявил не журналистам, а депутатам, что цены не "
                     "вырастут.")[0] == "Антон Силуанов"


def test_nobody_of_two_negated_speakers_told_it():
    assert said("Пожар потушен. Об этом не сообщил ни губернатор Иван Петров, ни мэр Олег "
                "Сидоров.") == []


# ---- the same words said again by one more speaker --------------------------------------------

_LAVROV = "Министр Сергей Лавров заявил, что Москва не признаёт выборы. "


def test_similar_statement_made_by_another_repeats_the_words():
    out = said(_LAVROV + "Аналогичное заявление сделал и его заместитель Сергей Рябков.")
    assert ("Сергей Рябков", None, False, "Москва не признаёт выборы") in out
    assert ("Сергей Лавров", None, False, "Москва не признаёт выборы") in out


def test_the_same_told_by_another_repeats_the_words():
    out = said(_LAVROV + "Об этом же сообщил посол Анатолий Антонов.")
    assert [s[0] for s in out] == ["Сергей Лавров", "Анатолий Антонов"]


def test_similar_statement_by_the_same_speaker_adds_nothing():
    assert len(said(_LAVROV + "Аналогичное заявление он сделал и в 2019 году.")) == 1


def test_similar_decision_is_no_statement():
    assert len(said(_LAVROV + "Аналогичное решение приняла и Белоруссия.")) == 1


def test_such_statement_without_also_adds_nothing_after_speech():
    assert len(said(_LAVROV + "Такое заявление сделал посол Анатолий Антонов.")) == 1


# ---- an inverted verb the parse left without a subject ----------------------------------------

def test_yo_verb_closing_the_sentence_with_an_outlet():
    assert said_once("Сильный снегопад парализовал движение в Москве, передаёт «Интерфакс».")[
        :2] == ("Интерфакс", None)


def test_yo_verb_with_an_object_and_a_name_is_no_frame():
    assert said("Дети подарили цветы, передаёт привет Москва.") == []


def test_yo_verb_with_an_unnamed_reporter_gives_no_outlet_speaker():
    assert said("Сильный снегопад парализовал движение в Москве, передаёт корреспондент "
                "«Интерфакса».") == []


# ---- indirect questions opened by a preposition -----------------------------------------------

def test_wh_clause_opened_by_a_preposition():
    assert said_once("Министр Антон Силуанов уточнил, во сколько обойдётся реформа.")[3] == \
        "во сколько обойдётся реформа"


def test_negated_wh_clause_opened_by_a_preposition_says_nothing():
    assert said("Министр Антон Силуанов не уточнил, во сколько обойдётся реформа.") == []


def test_relative_clause_after_a_preposition_is_no_question():
    assert said("Министр Антон Силуанов приехал, в чем и признался.") == []


# ---- `хотел бы подчеркнуть` ---------------------------------------------------------------------

def test_would_like_to_stress_is_said():
    assert said_once("Министр Антон Силуанов хотел бы подчеркнуть, что налоги не вырастут.")[3] == \
        "налоги не вырастут"


def test_wanted_to_stress_is_not_said():
    assert said("Министр Антон Силуанов хотел подчеркнуть, что налоги не вырастут.") == []


def test_would_not_like_to_say_is_not_said():
    assert said("Министр Антон Силуанов не хотел бы говорить о налогах.") == []


def test_would_like_to_say_under_a_condition_is_not_said():
    assert said("Если бы министр Антон Силуанов хотел бы сказать, что налоги вырастут, он бы "
                "сказал.") == []


# ---- `согласен` and a colon after a titled subject ---------------------------------------------

def test_agreeing_with_a_colon_after_the_subject():
    assert said_once("С ним согласен и экономист Сергей Белов: рубль укрепится.")[:2] == (
        "Сергей Белов", None)


def test_agreeing_with_a_decision_as_adjective_is_no_speech():
    assert said("Экономист Сергей Белов согласен с решением.") == []


def test_agreeing_to_work_is_no_speech():
    assert said("Экономист Сергей Белов согласен работать бесплатно.") == []


# ---- an animate object of a verb whose object is the words -------------------------------------

def test_people_honoured_are_no_words():
    assert said("Директор Иван Сомов отметил сотрудников премией.") == []


def test_merits_noted_are_words():
    assert said_once("Директор Иван Сомов отметил заслуги сотрудников.")[3] == \
        "заслуги сотрудников"


def test_person_confirmed_in_office_is_no_words():
    assert said("Министр Антон Силуанов подтвердил Ивана Петрова в должности.") == []


# ---- a speech noun's own phrase and colon ------------------------------------------------------

def test_statement_about_something_made():
    assert said_once("Глава МИД Сергей Лавров сделал заявление о выходе России из договора.")[
        3] == "о выходе России из договора"


def test_comment_given_with_a_colon():
    assert said_once("Адвокат Иван Павлов дал комментарий: решение суда будет обжаловано.")[3] == \
        "решение суда будет обжаловано"


def test_confession_made_with_a_colon():
    assert said_once("Актриса Анна Михалкова сделала признание: она давно хотела сыграть "
                     "злодейку.")[0] == "Анна Михалкова"


def test_refused_comment_is_no_statement():
    assert said("Адвокат Иван Павлов отказался дать комментарий.") == []


def test_comment_given_to_a_paper_alone_has_no_words():
    assert said("Адвокат Иван Павлов дал комментарий газете «Ведомости».") == []


def test_recognition_received_is_no_confession():
    assert said("Актриса Анна Михалкова получила признание зрителей.") == []


def test_declaration_of_love_is_no_words():
    assert said("Певица Алла Пугачёва сделала признание в любви мужу.") == []


# ---- `Заявление X о том, что …` under any verb -------------------------------------------------

def test_statement_noun_with_that_clause_is_the_owners():
    assert said_once("Заявление министра Сергея Лаврова о том, что переговоры зашли в тупик, "
                     "вызвало резкую реакцию.") == (
        "Сергей Лавров", None, False, "переговоры зашли в тупик")


def test_words_noun_with_that_clause_is_the_owners():
    assert said_once("Слова депутата Олега Смолина о том, что экзамен нужно отменить, поддержали "
                     "учителя.")[0] == "Олег Смолин"


def test_no_statement_when_the_noun_is_negated():
    assert said("Заявления министра Сергея Лаврова о том, что переговоры зашли в тупик, не "
                "было.") == []


def test_pronoun_owner_gives_no_statement():
    assert said("Его слова о том, что экзамен нужно отменить, поддержали учителя.") == []


def test_rumours_name_no_speaker():
    assert said("Слухи о том, что министр Сергей Лавров уйдёт, не подтвердились.") == []


def test_petition_dealt_with_is_no_statement():
    assert said("Рассмотрение заявления Ивана Петрова о том, что его уволили незаконно, "
                "отложено.") == []


def test_statement_noun_without_that_clause_gives_nothing():
    assert said("Заявление министра Антона Силуанова об отставке удивило всех.") == []


def test_statement_made_with_that_clause_is_one_statement():
    assert len(said("Министр Сергей Лавров сделал заявление о том, что переговоры зашли в "
                    "тупик.")) == 1


# ---- a semicolon between two speakers ----------------------------------------------------------

def test_cue_cites_its_own_part_before_a_semicolon():
    out = said("По словам министра Антона Силуанова, налоги не вырастут; глава ЦБ Эльвира "
               "Набиуллина считает, что ставка снизится.")
    assert ("Антон Силуанов", None, False, "налоги не вырастут") in out
    assert ("Эльвира Набиуллина", None, False, "ставка снизится") in out


def test_cue_words_run_past_a_semicolon_with_no_other_speaker():
    assert said_once("По словам министра Антона Силуанова, налоги не вырастут; кроме того, пенсии "
                     "проиндексируют.")[3].endswith("пенсии проиндексируют")


def test_dialogue_line_of_two_letters_is_said():
    assert said_once("— Да, — подтвердил прокурор Игорь Краснов.")[3] == "Да"


def test_wh_clause_of_what_after_a_preposition():
    assert said_once("Глава Минфина Антон Силуанов объяснил, на что потратят резервы.")[3] == \
        "на что потратят резервы"


def test_relative_what_after_a_preposition_is_no_question():
    assert said("Министр Антон Силуанов приехал, в чём и признался.") == []


# ---- `Эти слова принадлежат X` -------------------------------------------------------------------

def test_words_belonging_to_someone_give_the_quote_before():
    assert said_once("«Строительство моста завершится в срок». Эти слова принадлежат губернатору "
                     "Александру Дрозденко.") == (
        "Александр Дрозденко", None, False, "Строительство моста завершится в срок")


def test_a_plant_belonging_to_someone_is_no_speech():
    assert said("Завод выпустил новую модель. Этот завод принадлежит бизнесмену Олегу "
                "Дерипаске.") == []


def test_land_belonging_to_someone_is_no_speech():
    assert said("Дом построен в 1900 году. Эти земли принадлежат губернатору Александру "
                "Дрозденко.") == []


def test_words_not_belonging_give_nothing():
    assert said("«Мост построят». Эти слова не принадлежат губернатору Александру "
                "Дрозденко.") == []


def test_quote_already_given_stays_with_its_speaker():
    out = said("«Мы победим», — сказал тренер Валерий Карпин. Эти слова принадлежат не ему, а "
               "Суворову.")
    assert [s[0] for s in out] == ["Валерий Карпин"]


def test_yo_verb_after_another_speech_verb_gives_the_outlet_nothing():
    assert all(s[0] != "Интерфакс" for s in said(
        "«Мост откроют в мае», — ответили в мэрии, передаёт «Интерфакс»."))


def test_outlet_also_reporting_the_words_does_not_say_them_again():
    out = said(_LAVROV + "Об этом также сообщило агентство ТАСС.")
    assert [s[0] for s in out] == ["Сергей Лавров"]


# ---- descriptions with a country adjective, more titles ----------------------------------------

def test_head_of_russian_diplomacy_is_the_russian_minister():
    assert said_once("Министр иностранных дел России Сергей Лавров прилетел в Анкару. Глава "
                     "российской дипломатии заявил, что переговоры будут трудными.")[0] == \
        "Сергей Лавров"


def test_head_of_russian_diplomacy_is_not_a_french_minister():
    assert said("Министр иностранных дел Франции Жан-Ноэль Барро прилетел в Анкару. Глава "
                "российской дипломатии заявил, что переговоры будут трудными.") == []


def test_head_of_a_country_the_article_does_not_name_is_unsettled():
    assert said("Министр иностранных дел Сергей Лавров прилетел в Анкару. Глава французской "
                "дипломатии заявил, что переговоры будут трудными.") == []


def test_head_of_russian_state_is_not_the_us_president():
    assert said("Президент США Джо Байден провёл совещание. Глава российского государства "
                "заявил, что зарплаты вырастут.") == []


def test_city_head_noun_is_the_mayor():
    assert said_once("Мэр Казани Ильсур Метшин открыл парк. Градоначальник пообещал, что парк "
                     "будет бесплатным.")[0] == "Ильсур Метшин"


def test_head_of_oblast_is_the_governor():
    assert said_once("Губернатор Ленинградской области Александр Дрозденко открыл школу. "
                     "Руководитель области сообщил, что школ станет больше.")[0] == \
        "Александр Дрозденко"


# ---- `как сообщает X` set inside another's statement --------------------------------------------

def test_outlet_clause_inside_a_statement_adds_no_outlet_statement():
    assert said_once("Министр Антон Силуанов, как сообщает ТАСС, заявил, что налоги не "
                     "вырастут.")[:2] == ("Антон Силуанов", None)


def test_outlet_clause_opening_the_sentence_still_speaks():
    assert said_once("Как сообщает ТАСС, аэропорт закрыт.")[:2] == ("ТАСС", None)


def test_outlet_clause_inside_narration_still_speaks():
    assert said_once("Министр Антон Силуанов, как сообщает ТАСС, уехал в Пекин.")[0] == "ТАСС"


def test_outlet_clause_after_a_connective_still_speaks():
    assert said_once("Кроме того, как сообщает ТАСС, аэропорт закрыт.")[0] == "ТАСС"
