"""Reported speech (kg.nlp.ru.speech) in the forms the eighteenth blind reading found wrong: cues
of opinion (`на его взгляд`, `по его убеждению`), a document named inside the words said after a
colon, `глава <organisation>`, a capitalised agency noun the NER took for an organisation of its
own, a speech verb in a `в котором` clause on a document, a participle parsed as the subject in
place of its noun; every sentence here is written for the test."""

from __future__ import annotations

from speech_helpers import statements


def test_na_ego_vzglyad_is_a_cue_of_the_person_it_refers_to():
    text = ("Экономист Тарас Белкин выступил на форуме в Вологде. "
            "На его взгляд, налоговая реформа запоздала на десять лет.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Тарас Белкин"
    assert st.content.text == "налоговая реформа запоздала на десять лет"


def test_na_vzglyad_with_a_named_owner_is_a_cue_too():
    text = "На взгляд Розалии Мартыновой, городской парк сильно изменился."
    (st,), names = statements(text)
    assert names[st.speaker] == "Розалия Мартынова"
    assert st.content.text == "городской парк сильно изменился"


def test_na_pervyi_vzglyad_is_no_cue():
    text = ("Архитектор Тарас Белкин открыл выставку в Вологде. "
            "На первый взгляд, новое здание вокзала выглядит скромно.")
    sts, _ = statements(text)
    assert sts == ()


def test_po_ego_ubezhdeniyu_is_a_cue_of_the_person_it_refers_to():
    text = ("Адвокат Глеб Тарасевич критиковал решение суда. "
            "По его убеждению, парламенту пора немедленно вмешаться.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Глеб Тарасевич"
    assert st.content.text == "парламенту пора немедленно вмешаться"


def test_a_document_named_in_the_words_after_a_colon_is_no_source():
    text = ("Фигуристка Дарина Сомова заявила, что ещё не решила, где будет жить.\n"
            "После скандала Дарина, не отрицая свои слова, сообщила, что журналисты "
            "неправильно их поняли:\n"
            "Журналисты исказили мои слова в интервью CNN. Я сказала другое.\n")
    sts, names = statements(text)
    said = next(s for s in sts if s.quote is not None)
    assert names[said.speaker] == "Дарина Сомова"
    assert said.source is None


def test_a_document_named_before_the_colon_is_still_the_source():
    text = ("Фигуристка Дарина Сомова вернулась в Пермь.\n"
            "Позже Сомова рассказала в интервью каналу CNN: «Я счастлива снова быть дома».\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Дарина Сомова"
    assert names[st.source] == "CNN"


def test_glava_of_an_organisation_is_the_one_whose_job_title_heads_it():
    text = ("Основатель социальной сети Friendly Тимур Бекетов и его жена Алина Бекетова намерены "
            "вложить $2 млрд в медицину. Об этом супруги объявили в понедельник.\n"
            "Глава Friendly выразил надежду, что все цели будут достигнуты к концу века.")
    sts, names = statements(text)
    hoped = next(s for s in sts if s.trigger.text == "выразил")
    assert names[hoped.speaker] == "Тимур Бекетов"


def test_glava_of_an_organisation_is_not_its_employee_nor_its_former_head():
    employee = ("Сотрудник компании Ветрол Тимур Бекетов дал интервью газете.\n"
                "Глава Ветрол заявил, что продажи выросли вдвое.")
    former = ("Бывший генеральный директор компании Ветрол Олег Сивков в апреле продал долю.\n"
              "Глава Ветрол заявил, что продажи выросли вдвое.")
    for text in (employee, former):
        sts, names = statements(text)
        assert all(names.get(s.speaker) not in ("Тимур Бекетов", "Олег Сивков") for s in sts)


def test_glava_of_an_organisation_with_its_founder_and_an_employee_named():
    text = ("Сотрудник компании Ветрол Тимур Бекетов дал интервью газете. Основатель компании "
            "Ветрол Олег Сивков в апреле продал свою долю.\n"
            "Глава Ветрол заявил, что продажи выросли вдвое.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Сивков"


def test_a_capitalised_agency_noun_is_the_agency_named_before_by_its_abbreviation():
    text = ("Скончался генеральный директор ЕКА Карл Хансен. Об этом 12 мая сообщил секретариат "
            "Агентства в официальном пресс-релизе. В сообщении говорится, что все мероприятия ЕКА "
            "в Париже на этой неделе отменены.")
    sts, names = statements(text)
    told = next(s for s in sts if s.trigger.text == "сообщил")
    assert names[told.speaker] == "ЕКА"
    assert told.content.text.startswith("Скончался генеральный директор ЕКА")
    said = next(s for s in sts if s.trigger.text == "говорится")
    assert "ЕКА" in (names.get(said.speaker), names.get(said.source))
    assert all("Агентство" not in (names.get(s.speaker), names.get(s.source)) for s in sts)


def test_a_capitalised_noun_is_not_an_abbreviation_without_its_initial_nor_a_body():
    other = ("Скончался генеральный директор ФБР Карл Хансен. Об этом 12 мая сообщил секретариат "
             "Агентства в официальном пресс-релизе.", "ФБР")
    # (the abbreviation holds the П of `Полиция`: only the body rule keeps it apart)
    police = ("Скончался основатель партии НПД Карл Хансен. Об этом 12 мая сообщила "
              "пресс-служба Полиции штата.", "НПД")
    for text, abbreviation in (other, police):
        sts, names = statements(text)
        assert all(abbreviation not in (names.get(s.speaker), names.get(s.source)) for s in sts)


def test_a_speech_verb_in_a_clause_on_an_issued_document_speaks_for_its_issuer():
    text = ("Певица Анна Лось опубликовала письмо, в котором заявила, что уходит со сцены.\n"
            "Партия «Рассвет» выпустила официальное заявление, в котором назвала выборы "
            "фальсификацией.\n")
    sts, names = statements(text)
    said = {s.trigger.text: names.get(s.speaker) for s in sts}
    assert said == {"заявила": "Анна Лось", "назвала": "Рассвет"}


def test_a_document_received_or_read_out_is_not_its_readers_words():
    text = ("Певица Анна Лось опубликовала письмо, в котором заявила, что уходит со сцены.\n"
            "Судья Пётр Гусев зачитал письмо, в котором заявлялось, что завод закроют.\n"
            "Депутат Ольга Рыбкина получила письмо, в котором сообщалось о закрытии школы.\n")
    sts, names = statements(text)
    assert [(s.trigger.text, names.get(s.speaker)) for s in sts] == [("заявила", "Анна Лось")]


def test_a_participle_parsed_as_the_subject_gives_way_to_the_noun_it_describes():
    text = ("Ассоциация туроператоров Урала исключила из своих рядов компанию «Вектор». Совет "
            "директоров проголосовал единогласно. Об этом в среду рассказала объединяющая свыше "
            "ста фирм ассоциация.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Ассоциация туроператоров Урала"
    assert st.content.text == "Совет директоров проголосовал единогласно"


def test_a_participle_noun_naming_someone_keeps_its_name():
    for text, who in (
            ("29 июня нападающий «Динамо Ростов» и сборной Греции Никос Павлидис подтвердил, что "
             "у него родилась дочь.", "Никос Павлидис"),
            ("Заведующий кафедрой истории профессор Игорь Лунин сообщил, что экзамены "
             "перенесут.", "Игорь Лунин")):
        (st,), names = statements(text)
        assert names[st.speaker] == who
