"""A joint statement: the persons named together as the speech verb's subject all speak."""

from __future__ import annotations

from tests.speech_helpers import statements


def speakers(text: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, co-speakers) of each statement of `text`, names as written."""
    sts, names = statements(text)
    return [(names.get(s.speaker) if s.speaker else None, [names[k] for k in s.co_speakers])
            for s in sts]


def test_two_titled_persons_as_subject_speak_together():
    assert speakers("Президент Франции Эммануэль Макрон и канцлер Германии Олаф Шольц заявили, "
                    "что поддержат новый договор о торговле.") == \
        [("Эммануэль Макрон", ["Олаф Шольц"])]


def test_two_officials_with_long_titles_speak_together():
    assert speakers("Министр финансов Антон Силуанов и глава Центробанка Эльвира Набиуллина "
                    "заявили, что инфляция замедлится к осени.") == \
        [("Антон Силуанов", ["Эльвира Набиуллина"])]


def test_names_under_a_plural_noun_speak_together():
    assert speakers("Лидеры двух стран Владимир Путин и Си Цзиньпин подчеркнули, что отношения "
                    "находятся на высоком уровне.") == [("Владимир Путин", ["Си Цзиньпин"])]


def test_persons_named_in_the_reported_clause_do_not_speak():
    assert speakers("Губернатор Александр Беглов заявил, что Иван Петров и Ольга Смирнова "
                    "получат награды.") == [("Александр Беглов", [])]
    assert speakers("Тренер Валерий Карпин сказал, что Артём Дзюба и Фёдор Смолов вернутся "
                    "в сборную.") == [("Валерий Карпин", [])]


def test_a_cue_naming_two_persons_keeps_one_speaker():
    assert speakers("По словам Андрея Иванова и Марии Козловой, строительство моста завершится "
                    "в мае.") == [("Андрей Иванов", [])]


def test_a_single_speaker_has_no_co_speakers():
    assert speakers("Мэр Сергей Собянин сообщил, что парк откроется в июне.") == \
        [("Сергей Собянин", [])]


def test_a_plural_pronoun_for_persons_named_together_makes_them_speak_together():
    assert speakers("Владимир Зеленский и Анджей Дуда провели переговоры в Варшаве. Они заявили, "
                    "что продолжат консультации.") == [("Владимир Зеленский", ["Анджей Дуда"])]


def test_a_plural_pronoun_inside_the_reported_clause_does_not_speak():
    assert speakers("Анна Петрова и Игорь Смирнов поженились в мае. Позже Ольга Иванова "
                    "сообщила, что они уехали в Сочи.") == [("Ольга Иванова", [])]


def test_a_plural_pronoun_after_persons_not_named_together_makes_no_speaker():
    assert speakers("Сергей Лавров встретился с Ван И. Они заявили, что намерены расширять "
                    "сотрудничество.") == []


def test_the_words_of_a_document_issued_by_persons_together_are_all_theirs():
    assert speakers("Премьер-министр Индии Нарендра Моди и президент Бразилии Лула да Силва "
                    "сделали совместное заявление. В заявлении говорится, что страны расширят "
                    "торговлю.") == [("Нарендра Моди", ["Лула да Силва"])]


def test_the_words_of_a_document_issued_by_one_person_are_his_alone():
    assert speakers("Нарендра Моди сделал заявление. В заявлении говорится, что Индия расширит "
                    "торговлю.") == [("Нарендра Моди", [])]
