"""Event identity, venues and successors (docs/events.md, "Which mentions become events" rule 3,
and the role notes): a mention that says its act is one more of its kind, or dates a later act of
the body, is a new event; a club, theatre or hall an event is held in takes no part in it; a
`новый` holder is never the one the article named before."""

from __future__ import annotations

from event_helpers import described, extract, of_class


def test_an_arrest_told_as_happening_again_is_a_second_arrest():
    text = ("Полиция Тулы задержала блогера Ивана Прохорова на площади. Он провёл под арестом "
            "неделю. Вскоре Иван Прохоров был снова задержан.")
    assert len(of_class(text, "Arrest")) == 2


def test_the_same_arrest_told_again_without_such_a_word_stays_one():
    text = ("Полиция Тулы задержала блогера Ивана Прохорова на площади. Он провёл под арестом "
            "неделю. Вскоре Иван Прохоров был задержан.")
    assert len(of_class(text, "Arrest")) == 1


def test_a_title_and_a_lead_with_again_stay_one_event():
    text = ("Иван Прохоров задержан в Туле\n"
            "Полиция Тулы снова задержала блогера Ивана Прохорова в понедельник.")
    assert len(of_class(text, "Arrest")) == 1


def test_a_dated_verb_after_an_undated_one_of_the_body_is_a_later_act():
    text = ("Полковник Семён Ветлугин был оправдан в суде. Он вернулся к службе. "
            "Но в 2015 году Ветлугин был задержан, а в 2016 году приговорён к пяти годам колонии.")
    sentences = of_class(text, "Sentence")
    assert len(sentences) == 2
    assert {d.year for d in sentences} == {None, 2016}


def test_a_death_told_twice_in_the_body_stays_one():
    text = ("Известный скульптор Аркадий Зябликов скончался в больнице. Об этом сообщили его "
            "родные. Зябликов умер 3 февраля 2023 года на 80-м году жизни.")
    assert len(of_class(text, "Death")) == 1


def test_a_concert_in_a_club_has_the_club_as_no_participant():
    got = of_class("Вчера в московском клубе «Ласточка» прошёл концерт певицы Анны Вербиной.",
                   "Performance")
    assert got and all("Ласточка" not in d.actors for d in got)
    assert any(d.agents == {"Анна Вербина"} for d in got)


def test_a_theatre_named_as_the_venue_takes_no_part():
    got = of_class("В Малом театре прошёл концерт пианиста Петра Лунина.", "Performance")
    assert got and all("Малый театр" not in d.actors for d in got)


def test_a_body_where_talks_are_held_still_takes_part():
    got = [d for d in described("Министр Иван Петров провёл переговоры в ОБСЕ 5 марта.")
           if d.kind in ("Negotiation", "Meeting", "Contact")]
    assert got and any("ОБСЕ" in d.others for d in got)


def test_a_new_holder_is_not_the_one_named_before():
    got = described("Папа Римский Бенедикт XVI объявил об уходе с поста. Конклав планирует "
                    "избрать нового папу до Пасхи.")
    assert not any(d.kind == "Election" and "Бенедикт XVI" in d.actors for d in got)


def test_a_new_holder_is_the_one_said_to_take_the_post():
    got = described("Иван Петров был избран мэром Тулы в мае. Новый мэр встретился с "
                    "губернатором Олегом Сизовым.")
    assert any(d.kind == "Meeting" and "Иван Петров" in d.actors for d in got)


def test_a_new_holder_unnamed_stays_unresolved():
    got = described("Мэр Тулы Иван Петров ушёл в отставку. Горсовет назначит нового мэра в июне.")
    assert not any(d.kind == "Appointment" and "Иван Петров" in d.actors for d in got)


def test_a_converb_after_a_quote_is_done_by_the_one_who_speaks():
    got = described("«Он погиб как герой», — заявил лидер партии «Рассвет» Иван Петров, обвинив "
                    "в убийстве Олега Сизова боевиков группировки «Сокол».")
    accusations = [d for d in got if d.kind == "Accusation"]
    assert accusations and all(d.agents == {"Иван Петров"} for d in accusations)


def test_those_who_took_part_in_a_meeting_told_just_before_are_its_actors():
    got = described("12 мая состоялась встреча депутатов партии «Заря». Во встрече приняли "
                    "участие лидер партии Иван Петров и мэр Тулы Олег Сизов.")
    meetings = [d for d in got if d.kind == "Meeting"]
    assert len(meetings) == 1
    assert meetings[0].actors == {"Иван Петров", "Олег Сизов"}


def test_who_took_part_in_talks_is_a_side_of_them():
    got = described("Иван Петров участвовал в переговорах с Олегом Сизовым.")
    assert any(d.kind == "Negotiation" and d.actors == {"Иван Петров", "Олег Сизов"} for d in got)


def test_talks_held_to_as_a_principle_still_name_no_sides():
    got = described("Иван Петров и Олег Сизов придерживаются этого принципа в переговорах.")
    assert not any(d.kind == "Negotiation" for d in got)


def test_also_adds_to_the_same_act():
    text = ("Полиция задержала блогера Ивана Прохорова на площади. Он провёл под арестом неделю. "
            "Вскоре Иван Прохоров был также задержан.")
    assert len(of_class(text, "Arrest")) == 1


def test_a_new_holder_named_by_the_whole_title_is_not_the_one_named_before():
    got = described("Папа Римский Бенедикт XVI объявил об уходе с поста. Кардиналы соберутся на "
                    "конклав, где будет выбран новый Папа Римский.")
    assert not any(d.kind == "Election" and "Бенедикт XVI" in d.actors for d in got)


def test_a_later_sentence_saying_also_of_the_same_class_is_another_accusation():
    text = ("Прокуратура обвинила мэра Тулы Степана Гордеева в получении взятки. Он отрицает вину. "
            "Гордеева обвиняют также в превышении должностных полномочий.")
    assert len(of_class(text, "Accusation")) == 2


def test_police_also_arresting_one_more_person_is_a_second_arrest():
    text = ("Полиция Омска задержала водителя Петра Сомова после аварии. Следствие продолжается. "
            "Полиция Омска также арестовала ещё одного подозреваемого.")
    assert len(of_class(text, "Arrest")) == 2


def test_without_also_the_same_accusation_told_again_stays_one():
    text = ("Прокуратура обвинила мэра Тулы Степана Гордеева в получении взятки. Он отрицает вину. "
            "Гордеева обвиняют в получении взятки от застройщика.")
    assert len(of_class(text, "Accusation")) == 1


def test_talks_that_also_covered_another_topic_stay_one():
    text = ("Министр Олег Сизов провёл переговоры с министром Иваном Лариным в Казани. Стороны "
            "обсудили торговлю. Министры также обсудили поставки зерна.")
    talks = [d for d in described(text) if d.kind in ("Negotiation", "Meeting", "Contact")]
    assert len(talks) == 1


def test_also_in_the_lead_after_the_title_stays_one_event():
    text = ("Мэра Тулы Степана Гордеева обвинили во взятке\n"
            "Прокуратура также обвинила мэра Тулы Степана Гордеева в получении взятки.")
    assert len(of_class(text, "Accusation")) == 1


def test_a_lead_dating_the_title_s_festival_stays_one_event():
    # the title names the festival without a date, the lead dates it: one festival, dated
    text = ("Фестиваль уличных оркестров пройдёт в Костроме\n"
            "С 14 по 18 июля в Костроме состоится третий фестиваль уличных оркестров «Медная "
            "волна». На фестивале выступят двенадцать коллективов.")
    shows = [e for e in extract(text).events if e.kind == "Performance"]
    assert len(shows) == 1
    assert shows[0].time is not None and shows[0].time.month == 7


def test_a_dated_festival_in_the_body_after_another_one_stays_apart():
    # the body's first festival is undated; a dated one after it is another festival
    text = ("Фестивали лета в Костроме\n"
            "В Костроме прошёл фестиваль уличных оркестров. "
            "С 14 по 18 июля состоится фестиваль духовых оркестров.")
    assert len(of_class(text, "Performance")) == 2


def test_a_release_of_other_people_with_undeclined_names_is_a_second_release():
    # `66-летнего Пьетро Манцо`: the surname does not decline, the adjective says genitive, so the
    # noun names its own targets and is no bare retelling of the first release
    text = ("Судья в Турине освободил из тюрьмы Джованни Россо. Судьи также распорядились об "
            "освобождении из тюрьмы 66-летнего Пьетро Манцо и 71-летнего Марио Кальви.")
    releases = of_class(text, "ReleaseFromCustody")
    assert len(releases) == 2
    assert {r.targets for r in releases} == {frozenset({"Джованни Россо"}),
                                             frozenset({"Пьетро Манцо", "Марио Кальви"})}


def test_a_dated_match_past_the_lead_is_not_the_title_s():
    # a match of the biography, told with its year far past the lead, is no retelling of the
    # title's win
    text = ("Теннисистка Анна Сомова победила на турнире в Дохе\n"
            "Анна Сомова выиграла турнир в Дохе. Она обыграла Марту Краль. "
            "Сомова начала играть в шесть лет. Её отец был тренером. Семья жила в Туле. "
            "Свой первый матч 1999 года она помнит до сих пор.")
    matches = [e for e in extract(text).events if e.kind == "SportsMatch"]
    assert any(e.time is not None and e.time.year == 1999 for e in matches)
    assert any(e.time is None for e in matches)


def test_a_title_s_death_told_by_a_description_is_the_lead_s_named_death():
    # the title names the dead man only by a description; the lead names him: one death
    text = ("В Твери умер автор песен о Волге\n"
            "Поэт-песенник Аркадий Струнов умер 3 февраля 2021 года в возрасте 88 лет. "
            "Он написал более двухсот песен.")
    deaths = of_class(text, "Death")
    assert len(deaths) == 1
    assert "Аркадий Струнов" in deaths[0].targets | deaths[0].agents


def test_a_title_s_death_is_not_a_death_named_far_past_the_lead():
    # a death of another person told well past the lead stays its own event
    text = ("В Твери умер автор песен о Волге\n"
            "Поэт-песенник Аркадий Струнов умер в больнице в возрасте 88 лет. "
            "Он написал более двухсот песен. Его песни пели хоры. Он жил в Твери с 1960 года. "
            "В 1999 году в Твери умер его соавтор Пётр Гладилин.")
    deaths = of_class(text, "Death")
    assert any("Пётр Гладилин" in d.targets | d.agents and "Аркадий Струнов" not in
               d.targets | d.agents for d in deaths)


def test_a_lead_s_named_election_of_an_earlier_year_is_not_the_title_s():
    # the title tells this year's election with no named actor; the lead recalls the election of
    # 2016 with its winner: an act that recurs, dated to a year before the article's, is a past one
    text = ("В Монтеване прошли выборы президента\n"
            "На прошлых выборах в 2016 году победил Педро Кальдос. Он набрал 40 процентов голосов.")
    elections = of_class(text, "Election")
    assert len(elections) == 2
    assert any(e.year is None and not e.actors for e in elections)
    assert any(e.year == 2016 and "Педро Кальдос" in e.actors for e in elections)


def test_a_lead_s_named_election_of_this_year_stands_for_the_title_s():
    # the same wording dated this year: the lead names the winner of the title's election
    text = ("В Монтеване прошли выборы президента\n"
            "На выборах 26 февраля победил Педро Кальдос. Он набрал 40 процентов голосов.")
    elections = of_class(text, "Election")
    assert len(elections) == 1
    assert "Педро Кальдос" in elections[0].actors
