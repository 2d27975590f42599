"""Reference resolution (kg.nlp.ru.reference) as reported speech uses it, on hand-written
sentences: anaphoric nouns, titles with a country adjective, feminine nouns, bodies of a country,
pronouns with agreement, a noun in the way, and document owners."""

from __future__ import annotations

from speech_helpers import statements


def said(sts, names):
    return [(names.get(s.speaker), names.get(s.source)) for s in sts]


def test_an_anaphoric_noun_is_the_agency_named_before():
    sts, names = statements("Агентство Reuters сообщило о пожаре в порту. По данным агентства, "
                            "огонь потушили к утру.")
    assert ("Reuters" in {n for pair in said(sts, names) for n in pair})
    cue = [s for s in sts if s.trigger.text == "данным"]
    assert cue and names[cue[0].source] == "Reuters"


def test_a_title_with_a_country_adjective_is_that_countrys_office_holder():
    sts, names = statements("Президент Сербии Борис Тадич провёл пресс-конференцию в Белграде. "
                            "По словам сербского президента, переговоры продолжатся.")
    (st,) = [s for s in sts if s.trigger.text == "словам"]
    assert names[st.speaker] == "Борис Тадич"


def test_a_feminine_noun_is_the_one_woman_of_the_article():
    sts, names = statements("Теннисистка Анна Орлова выиграла турнир в Дохе. По словам "
                            "спортсменки, она готовилась к нему полгода.")
    (st,) = [s for s in sts if s.trigger.text == "словам"]
    assert names[st.speaker] == "Анна Орлова"


def test_a_feminine_noun_settles_nothing_when_two_women_are_named():
    sts, _ = statements("Анна Орлова и Мария Белова вышли в финал. По словам спортсменки, "
                        "она готовилась к нему полгода.")
    assert not [s for s in sts if s.trigger.text == "словам" and s.speaker]


def test_a_description_is_the_person_it_introduced():
    sts, names = statements("Известный драматург Олег Савельев снял свою кандидатуру. При этом "
                            "драматург, живший в Италии, отметил, что всегда был гражданином "
                            "России.")
    (st,) = [s for s in sts if s.trigger.text == "отметил"]
    assert names[st.speaker] == "Олег Савельев"


def test_a_noun_subject_in_the_way_keeps_the_pronoun_unresolved():
    sts, names = statements("Суд допросил Виктора Лебедева. Адвокат подсудимого признал, что "
                            "его клиент был там, но, по его словам, стрелял другой человек.")
    assert all(names.get(s.speaker) != "Виктор Лебедев" for s in sts)


def test_a_genitive_name_is_the_owner_not_the_speaker():
    sts, names = statements("Адвокат певца Игоря Смолина заявил, что иск будет отозван.")
    assert all(names.get(s.speaker) != "Игорь Смолин" for s in sts)


def test_a_plural_pronoun_never_refers_to_one_person():
    sts, names = statements("Представители армии задержали Ахмеда Салеха. По их словам, "
                            "задержание носит временный характер.")
    assert all(names.get(s.speaker) != "Ахмед Салех" for s in sts)


def test_a_feminine_pronoun_skips_the_man_in_view():
    sts, names = statements("Ирина Котова встретилась с Павлом Зуевым. Она сказала, что "
                            "встреча была полезной.")
    (st,) = [s for s in sts if s.trigger.text == "сказала"]
    assert names[st.speaker] == "Ирина Котова"


def test_a_document_in_a_relative_clause_is_its_issuers():
    sts, names = statements("Канцелярия президента Андрея Волкова распространила заявление, "
                            "в котором говорится, что состояние больного улучшилось.")
    (st,) = sts
    assert names[st.speaker] == "Андрей Волков"


def test_a_genitive_under_a_preposition_does_not_own_the_document():
    sts, names = statements("Власти Бразилии подтвердили достоверность сообщений о смерти "
                            "сенатора Карлоса Мело.")
    assert all(names.get(s.source) != "Карлос Мело" for s in sts)


def test_the_interviewee_speaks_in_the_interview():
    sts, names = statements("Газета Le Monde взяла интервью у Пьера Дюбуа. «Мы не уйдём с "
                            "рынка», — говорится в интервью.")
    (st,) = [s for s in sts if s.trigger.text == "говорится"]
    assert names[st.speaker] == "Пьер Дюбуа"


def test_a_body_with_a_country_adjective_speaks_for_the_country():
    sts, names = statements("Греция и Турция провели переговоры. Греческое правительство "
                            "заявило, что диалог будет продолжен.")
    (st,) = [s for s in sts if s.trigger.text == "заявило"]
    assert names[st.speaker] == "Греция"


def test_an_event_actor_given_by_a_title_is_resolved():
    from kg.pipeline import extract, make_document
    x = extract(make_document("Президент Сербии Борис Тадич прибыл в Москву. Сербский президент "
                              "встретился с Владимиром Путиным."))
    names = {e.key: e.name for e in x.entities}
    meetings = [e for e in x.events if e.kind == "Meeting"]
    assert meetings and [names[k] for k in meetings[0].agents] == ["Борис Тадич"]


def test_the_subject_of_a_clause_does_not_introduce_the_name_after_it():
    sts, names = statements("Геннадий Кернес был ранен. Первоначально некоторые СМИ сообщали о "
                            "смерти Кернеса, однако позже это опровергли.")
    assert all(names.get(s.speaker) != "Геннадий Кернес" for s in sts)


def events(text: str):
    from kg.pipeline import extract, make_document
    x = extract(make_document(text))
    names = {e.key: e.name for e in x.entities}
    return [(e.kind, [names[k] for k in e.agents], [names[k] for k in e.targets])
            for e in x.events], names


def test_an_unsaid_subject_continues_the_person_of_the_sentences_before():
    evs, _ = events("В Париже скончался писатель Игорь Белов. Родился 3 мая 1941 года в Твери.")
    assert ("Birth", [], ["Игорь Белов"]) in evs


def test_an_unsaid_subject_does_not_reach_past_another_subject():
    evs, _ = events("Актёр Павел Гусев приехал в Омск. Там его встретили журналисты. Через неделю "
                    "умер в больнице.")
    assert not [e for e in evs if e[0] == "Death" and "Павел Гусев" in e[2]]


def test_a_pronoun_is_never_the_subject_of_its_own_clause():
    evs, _ = events("Анна Смирнова окончила институт в Самаре. Позднее губернатор Олег Миронов "
                    "назначил её своим заместителем.")
    assert ("Appointment", ["Олег Миронов"], ["Анна Смирнова"]) in evs


def test_a_plural_verb_does_not_borrow_the_subject_of_a_singular_one():
    evs, _ = events("Вооружённый мужчина Карл Брандт напал на банк в Гамбурге. Он ранил охранника, "
                    "затем его застрелили.")
    assert ("Killing", [], ["Карл Брандт"]) in evs


def test_a_description_in_a_list_before_a_name_introduces_it():
    evs, _ = events("Умер канадский музыкант, певец и поэт Ричард Коул. В 2015 году певец выпустил "
                    "последний альбом.")
    assert ("Release", ["Ричард Коул"], []) in evs


def test_a_former_title_is_the_person_introduced_as_former():
    evs, _ = events("Свергнутый президент Боливии Хорхе Рамос и президент Перу Луис Вега "
                    "встретились в Лиме. Через месяц бывший президент был арестован в Ла-Пасе.")
    arrests = [e for e in evs if e[0] == "Arrest"]
    assert arrests and arrests[0][2] == ["Хорхе Рамос"]


def test_a_pronoun_subject_continues_the_topic_before_a_name_in_the_object():
    evs, _ = events("Полковник Семён Лаптев вышел на свободу. В 2009 году он был задержан по делу "
                    "о нападении на Олега Ткачёва. Он отсидел два года, после чего был оправдан.")
    assert ("Sentence", [], ["Семён Лаптев"]) in evs


def test_a_title_with_a_named_country_is_the_one_who_holds_it():
    evs, _ = events("Премьер-министр Норвегии Ула Берг прилетел в Осло. Премьер-министр Норвегии "
                    "подчеркнул, что его правительство готово ввести санкции, если Россия нападёт "
                    "на Финляндию.")
    assert [e for e in evs if e[0] == "SanctionThreat" and e[1] == ["Ула Берг"]]


def test_a_speech_verb_with_an_unsaid_subject_speaks_for_the_person_before():
    sts, names = statements("Бывший министр Аркадий Носов умер в Казани. Не раз заявлял, что хочет "
                            "вернуться на родину.")
    (st,) = [s for s in sts if s.trigger.text == "заявлял"]
    assert names[st.speaker] == "Аркадий Носов"


def test_a_description_of_an_office_is_its_holder_as_an_event_actor():
    evs, _ = events("Президент Чили Марта Рохас прибыла в Лиму. На следующий день глава "
                    "государства встретилась с Луисом Вегой.")
    assert [e for e in evs if e[0] == "Meeting" and e[1] == ["Марта Рохас"]]


def test_a_title_named_long_before_is_not_settled_while_another_person_is_in_view():
    sts, names = statements(
        "Лидер оппозиции Энрике Сальгадо проиграл выборы. Явка превысила 80 %. Очереди стояли "
        "весь день. Голосовали и за рубежом. Это третий срок Уго Морено. Однако лидер заявил, что "
        "реформы продолжатся.")
    assert all(names.get(s.speaker) != "Энрике Сальгадо" for s in sts)


def test_the_author_is_the_owner_of_the_book_named_before():
    sts, names = statements("В мае вышел роман Ольги Кравец «Тихая гавань». Автор отмечает, что "
                            "писала его пять лет.")
    (st,) = [s for s in sts if s.trigger.text == "отмечает"]
    assert names[st.speaker] == "Ольга Кравец"


def test_media_given_by_a_country_adjective_do_not_speak_for_the_country():
    sts, names = statements("Индия и Непал подписали договор в Дели. Индийские СМИ сообщили, что "
                            "граница будет открыта.")
    assert all(names.get(s.speaker) != "Индия" and names.get(s.source) != "Индия" for s in sts)


def test_the_leader_of_the_country_is_its_president():
    sts, names = statements("Президент Колумбии Диего Варгас прибыл в Боготу. Новый лидер страны "
                            "заявил, что налоги будут снижены.")
    (st,) = [s for s in sts if s.trigger.text == "заявил"]
    assert names[st.speaker] == "Диего Варгас"


def test_in_it_stands_for_the_document_issued_in_the_sentence_before():
    sts, names = statements("Корпорация Siemens распространила заявление. В нём сказано, что завод "
                            "в Дрездене будет расширен.")
    (st,) = [s for s in sts if s.trigger.text == "сказано"]
    assert names[st.speaker] == "Siemens"


def test_a_body_with_a_country_adjective_is_that_countrys_named_body():
    sts, names = statements("Министерство обороны Польши провело учения. Польское министерство "
                            "заявило, что учения продлятся неделю.")
    (st,) = [s for s in sts if s.trigger.text == "заявило"]
    assert names[st.speaker] == "Министерство обороны Польши"


def test_a_cue_set_off_by_a_dash_speaks_for_its_owner():
    sts, names = statements("По мнению историка Петра Ильина — это была главная ошибка века.")
    (st,) = [s for s in sts if s.trigger.text == "мнению"]
    assert names[st.speaker] == "Пётр Ильин"


def test_a_pronoun_in_the_sentence_between_passes_the_person_on():
    evs, _ = events("Вчера умер художник Олег Зорин. Ему было 80 лет. В 1944 году родился в Омске.")
    assert ("Birth", [], ["Олег Зорин"]) in evs


def test_a_title_with_a_named_place_is_the_person_introduced_with_it():
    evs, _ = events("Мэр Тулы Игорь Лапин погиб в ДТП. Глава Тулы, областного центра, Игорь Лапин "
                    "погиб в автокатастрофе в понедельник.")
    deaths = [e for e in evs if e[0] == "Death"]
    assert deaths and all(e[2] == ["Игорь Лапин"] for e in deaths)


def test_a_bare_official_is_the_one_titled_person_in_view():
    sts, names = statements("Прокурор Жан Дюмон выступил в суде. По словам прокурора, обвиняемый "
                            "признал вину. Он раскаялся, сказал чиновник.")
    (st,) = [s for s in sts if s.trigger.text == "сказал"]
    assert names[st.speaker] == "Жан Дюмон"


def test_an_official_with_words_of_its_own_stays_unnamed():
    sts, names = statements("Прокурор Жан Дюмон выступил в суде. Обвиняемый раскаялся, сказал "
                            "чиновник министерства.")
    (st,) = [s for s in sts if s.trigger.text == "сказал"]
    assert st.speaker is None and st.anonymous_source


def test_an_occupation_noun_is_its_person_though_another_person_is_in_view():
    evs, _ = events("Британский певец Джон Смит выпустил альбом в 1990 году. Его продюсером был "
                    "Питер Грин. Грин работал в Лондоне. Грин переехал в Париж в 2000 году. "
                    "В 2010 году певец был арестован в Лондоне.")
    assert ("Arrest", [], ["Джон Смит"]) in evs


def test_a_title_named_long_ago_with_another_person_in_view_stays_open():
    evs, _ = events("Лидер партии Джон Смит выступил в Лондоне. Его соперник Питер Грин работал в "
                    "Лондоне. Грин переехал в Париж в 2000 году. Грин встретился с журналистами. "
                    "В 2010 году лидер был арестован в Лондоне.")
    assert not [e for e in evs if e[0] == "Arrest" and e[2]]


def test_an_artist_is_the_person_introduced_as_a_painter():
    evs, _ = events("Умер британский живописец Джон Смит. Художник родился в Лондоне в 1930 году.")
    assert ("Birth", [], ["Джон Смит"]) in evs
