"""Reported speech, thirty-fifth round: a quote right after a verb of the voice (`крикнул «Ура!»`)
is the words shouted, however short; a genitive after a numeral that the parse made a second
subject after the verb makes no inversion (`Директор X, …, анонсировал пять премьер`); `об этом`
after an act of its own sentence (`сняла свою кандидатуру и сообщила об этом`) is not the sentence
before, and a quote past a finite verb joined to a speech verb is not its words; what an act of
authority says (`В указе отмечается`) is cited from its issuer as the source; a speech verb in
the headline makes no statement of its own; a speech verb in a clause of time with no subject
(`после того как признал`) has the main verb's speaker. Every sentence is written for these
tests."""

from __future__ import annotations

from speech_helpers import said


def test_a_quote_right_after_a_shout_is_the_words_shouted():
    text = "Болельщик Пётр Лунин вскочил с места и крикнул «Судью на мыло!» и ушёл со стадиона."
    assert said(text) == [("Пётр Лунин", None, False, "Судью на мыло!")]


def test_a_one_word_shout_after_a_few_words_of_the_verb_is_read_too():
    text = "Пётр Лунин крикнул в толпу «Браво» и ушёл."
    assert said(text) == [("Пётр Лунин", None, False, "Браво")]


def test_a_shout_in_the_present_is_read():
    text = "Анна Лунина стоит у окна и кричит «Помогите» прохожим."
    assert said(text) == [("Анна Лунина", None, False, "Помогите")]


def test_a_quote_past_a_comma_after_a_shout_is_not_its_words():
    text = "Пётр Лунин кричал, «Спартак» забил гол в ворота соперника."
    assert said(text) == []


def test_a_short_quote_in_upper_case_after_a_verb_of_writing_stays_a_name():
    text = "Пётр Лунин написал «Анну Каренину» за четыре года."
    assert said(text) == []


def test_a_genitive_after_a_numeral_parsed_as_a_second_subject_makes_no_inversion():
    # (the subject before the verb speaks; the words before the verb are its own phrase, never
    # what was said)
    text = ("Директор театра Пётр Лунин, выступая перед журналистами, анонсировал пять премьер, "
            "которые ждут зрителей осенью.")
    assert said(text) == []


def test_an_inverted_verb_after_the_words_still_reads_them():
    text = "Реформа не затронет пенсионеров, заявил Пётр Лунин."
    assert said(text) == [("Пётр Лунин", None, False, "Реформа не затронет пенсионеров")]


def test_a_quote_after_a_second_verb_joined_to_a_speech_verb_is_not_its_words():
    text = "Пётр Лунин прокомментировал отставку министра и поговорил о «великой миссии России»."
    assert said(text) == []


def test_a_quote_a_naming_verb_takes_as_its_object_is_still_read():
    text = "Пётр Лунин назвал решение суда «позорным и несправедливым»."
    found = said(text)
    assert [(s[0], "позорным и несправедливым" in s[3]) for s in found] == [("Пётр Лунин", True)]


def test_about_this_after_an_act_of_its_own_sentence_is_not_the_sentence_before():
    # (the parse may hang `сообщила` on the converb that opens the sentence)
    text = ("Совет клуба спорил до ночи. Обдумав всё ещё раз, Анна Лунина сняла свою кандидатуру "
            "и сообщила об этом журналистам.")
    assert said(text) == []


def test_about_this_alone_is_still_the_sentence_before():
    text = "Партия раскололась на две части. Об этом сообщила Анна Лунина."
    assert said(text) == [("Анна Лунина", None, False, "Партия раскололась на две части")]


def test_about_this_after_a_speech_verb_joined_before_it_is_left_as_it_was():
    text = ("Пётр Лунин объявил, что партия раскололась на две части. Министр Иван Зуев подтвердил "
            "это и сообщил об этом журналистам.")
    assert [s[0] for s in said(text)][0] == "Пётр Лунин"


def test_what_a_decree_says_is_cited_from_its_issuer_as_the_source():
    text = ("9 сентября президент Пётр Лунин своим указом освободил Ивана Зуева от должности "
            "министра.\n\nВ указе отмечается, что Зуев уволен по собственному желанию.")
    assert said(text) == [(None, "Пётр Лунин", False, "Зуев уволен по собственному желанию")]


def test_a_document_that_takes_up_a_decree_signed_before_cites_its_issuer_too():
    text = ("Президент Пётр Лунин подписал указ о помиловании осуждённого Ивана Зуева. В документе "
            "говорится, что Зуев освобождается от наказания.")
    assert said(text) == [(None, "Пётр Лунин", False, "Зуев освобождается от наказания")]


def test_a_statement_its_author_issued_is_still_the_authors_words():
    text = "Пётр Лунин выступил с заявлением. В заявлении говорится, что министр уволен."
    assert said(text) == [("Пётр Лунин", None, False, "министр уволен")]


def test_a_speech_verb_in_the_headline_makes_no_statement_of_its_own():
    text = ("Хоккеист Пётр Лунин объявил о завершении карьеры\n\n"
            "Пётр Лунин сообщил журналистам, что больше не выйдет на лёд.")
    assert said(text) == [("Пётр Лунин", None, False, "больше не выйдет на лёд")]


def test_a_first_line_ending_in_a_full_stop_is_no_headline_and_keeps_its_statement():
    text = ("Хоккеист Пётр Лунин объявил о завершении карьеры.\n\n"
            "Он провёл в команде десять сезонов.")
    assert [s[0] for s in said(text)] == ["Пётр Лунин"]


def test_a_speech_verb_in_a_clause_of_time_with_no_subject_has_the_main_verbs_speaker():
    text = ("Пётр Лунин покинул пост мэра после того как признал знакомство со своим соседом "
            "Иваном Зуевым.")
    assert said(text) == [("Пётр Лунин", None, False, "знакомство со своим соседом Иваном Зуевым")]


def test_a_clause_of_time_after_a_comma_reads_its_own_words_not_the_main_clause():
    text = ("Пётр Лунин ушёл из клуба до того, как сообщил тренеру Ивану Зуеву, что болен.")
    assert said(text) == [("Пётр Лунин", None, False, "болен")]


def test_a_clause_of_time_with_a_subject_of_its_own_keeps_it():
    text = "Пётр Лунин ушёл из клуба после того, как Иван Зуев заявил, что болен."
    assert said(text) == [("Иван Зуев", None, False, "болен")]


def test_about_after_a_clause_of_time_is_the_topic_not_the_main_clause():
    text = "Пётр Лунин покинул пост мэра после того, как заявил о болезни своей жены."
    assert [s[3] for s in said(text)] == ["о болезни своей жены"]


def test_a_connective_with_togo_before_kak_is_no_clause_of_time():
    text = "Кроме того, как сообщает агентство ТАСС, мост через реку откроют весной."
    assert said(text) == [("ТАСС", None, False, "мост через реку откроют весной")]


def test_a_shout_after_three_words_of_the_verb_is_read():
    text = "Пётр Лунин крикнул прямо в толпу «Ура!»"
    assert said(text) == [("Пётр Лунин", None, False, "Ура!")]


def test_a_shout_after_four_words_of_the_verb_is_not_read():
    text = "Пётр Лунин крикнул им прямо в лицо «Вон!»"
    assert said(text) == []
