"""Speakers (kg.nlp.ru.speech, kg.nlp.ru.reference) in the forms the eighteenth round's reading of the
readable golds found wrong: `он` after a person noun that is the object of the clause before it in
its own sentence, a document the parse hung on the first of two joined verbs, and the demonstrative
`тот` standing for the other person of the sentence before; every sentence here is written for the
test."""

from __future__ import annotations

from speech_helpers import statements


LETTER = ("Певец Жак Моро купил дом в Бельгии. Премьер-министр Пьер Леруа назвал решение Моро "
          "позорным. Эти слова обидели певца, и он направил премьеру письмо, в котором возмутился "
          "упрёками чиновника: «Я не ищу вашего одобрения».")


def test_a_letter_is_its_senders_not_the_addressees_nor_the_last_subjects():
    sts, names = statements(LETTER)
    st = next(s for s in sts if s.trigger.text == "возмутился")
    assert names[st.speaker] == "Жак Моро"


def test_on_after_a_person_noun_object_is_that_person():
    text = ("Певец Жак Моро купил дом в Бельгии. Премьер-министр Пьер Леруа осудил этот шаг. "
            "Критика обидела певца, и он заявил, что не вернётся на родину.")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "заявил")
    assert names[st.speaker] == "Жак Моро"


def test_on_after_a_noun_under_a_noun_is_not_that_person():
    # `решение певца` is a thing, not the singer as an object: the pronoun goes back as before
    text = ("Певец Жак Моро купил дом в Бельгии. Премьер-министр Пьер Леруа осудил этот шаг. "
            "Решение певца удивило коллег, и он заявил, что не понимает критики.")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "заявил")
    assert names.get(st.speaker) != "Жак Моро"


def test_tot_is_the_other_person_of_the_sentence_before():
    text = ("Журналистка Анна Ветрова спросила министра Пьера Леруа о бюджете. "
            "Тот ответил, что денег хватит.")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "ответил")
    assert names[st.speaker] == "Пьер Леруа"
    assert st.content.text == "денег хватит"


def test_tot_after_a_meeting_is_the_one_met():
    text = "Министр Пьер Леруа встретился с Жаком Моро. Тот заявил, что не будет участвовать в выборах."
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "заявил"]
    assert names[st.speaker] == "Жак Моро"


def test_tot_with_no_other_person_is_no_one():
    text = "Пьер Леруа ушёл в отставку. Тот заявил, что устал."
    sts, names = statements(text)
    assert all(s.speaker is None for s in sts if s.trigger.text == "заявил")


def test_ta_wants_a_woman():
    text = "Пьер Леруа позвонил Жаку Моро. Та заявила, что не будет участвовать в выборах."
    sts, names = statements(text)
    assert all(s.speaker is None for s in sts if s.trigger.text == "заявила")


def test_tot_kto_is_no_pronoun_for_a_person():
    text = ("Министр Пьер Леруа встретился с Жаком Моро. "
            "Тот, кто нарушит закон, ответит перед судом, заявил Моро.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Жак Моро" or s.trigger.text == "заявил" for s in sts)
    assert not any(s.trigger.text == "ответит" for s in sts)


def test_a_cue_in_an_asked_question_is_no_statement_nor_source():
    text = ("Президент Пьер Леруа спросил у Жака Моро, что по его мнению самое главное в работе, "
            "на что тот ответил: «Главное сейчас снизить налоги».")
    sts, names = statements(text)
    (st,) = sts
    assert st.trigger.text == "ответил"
    assert names[st.speaker] == "Жак Моро"
    assert st.source is None


def test_a_cue_after_a_question_in_the_sentence_before_still_counts():
    text = "Министр Пьер Леруа спросил, почему налоги растут. По его мнению, виноваты банки."
    sts, names = statements(text)
    (st,) = sts
    assert names[st.speaker] == "Пьер Леруа"
    assert st.content.text == "виноваты банки"


def test_a_cue_before_a_speech_verb_is_its_source():
    text = ("Журналист спросил министра Пьера Леруа о налогах. "
            "По словам Жака Моро, министр ответил, что налоги снизят.")
    sts, names = statements(text)
    (st,) = sts
    assert names[st.speaker] == "Пьер Леруа"
    assert names[st.source] == "Жак Моро"


def test_a_bare_source_noun_is_not_the_person_its_own_words_name():
    text = "Министр Олег Бурцев подал в отставку, сообщил источник."
    (st,), names = statements(text)
    assert st.speaker is None
    assert st.anonymous_source == "источник"


def test_a_bare_official_still_refers_to_the_titled_person_named_before():
    text = "Прокурор Жан Рикар выступил в суде. Обвиняемый виновен, сказал чиновник."
    (st,), names = statements(text)
    assert names[st.speaker] == "Жан Рикар"


def test_ob_etom_after_an_unnamed_speaker_is_the_outlets_statement():
    text = ("Представитель ведомства заявил, что министр Олег Бурцев подал в отставку. "
            "Об этом сообщило агентство «Северные новости».")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "сообщило")
    assert names[st.speaker] == "Северные новости"
    assert st.content.text.startswith("Представитель ведомства заявил")


def test_ob_etom_after_a_named_speaker_adds_nothing():
    text = ("Министр Олег Бурцев заявил, что подаёт в отставку. "
            "Об этом сообщило агентство «Северные новости».")
    sts, names = statements(text)
    assert [s.trigger.text for s in sts] == ["заявил"]


def test_an_outlet_citing_another_outlet_speaks_with_it_as_the_source():
    text = ("Министра Олега Бурцева уволят, сообщает «Северный вестник» со ссылкой на газету "
            "«Южный курьер».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Северный вестник"
    assert names[st.source] == "Южный курьер"


def test_an_outlet_citing_an_unnamed_informant_has_an_unnamed_source():
    text = ("Министра Олега Бурцева уволят, сообщает «Северный вестник» со ссылкой на источник "
            "в полиции.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Северный вестник"
    assert st.anonymous_source == "источник в полиции"


def test_an_outlet_citing_a_person_keeps_no_source():
    text = ("Министра Олега Бурцева уволят, сообщает «Северный вестник» со ссылкой на его "
            "адвоката Ивана Котова.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Северный вестник"
    assert st.source is None and st.anonymous_source is None


def test_kak_soobshchila_citing_its_sources_is_an_unnamed_source_outside_the_words():
    text = ("Как сообщила газета «Северный вестник», ссылаясь на свои источники, министр Олег "
            "Бурцев подал в отставку.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Северный вестник"
    assert st.anonymous_source == "свои источники"
    assert st.content.text == "министр Олег Бурцев подал в отставку"


def test_kak_soobshchila_citing_a_body_has_it_as_the_source():
    text = ("Как сообщила газета «Северный вестник», ссылаясь на агентство «Южные новости», "
            "министр Олег Бурцев подал в отставку.")
    (st,), names = statements(text)
    assert names[st.source] == "Южные новости"


def test_a_converb_of_the_words_said_is_no_citation():
    # `ссылаясь` inside what was said, not right after the speaker's clause, cites no one for it
    text = ("Как сообщила газета «Северный вестник», министр Олег Бурцев, ссылаясь на болезнь, "
            "подал в отставку.")
    (st,), names = statements(text)
    assert st.source is None and st.anonymous_source is None
    assert st.content.text.startswith("министр Олег Бурцев")


# review18f: the object-noun rule yields to a person subject of the object's verb, and `тот`
# after two joined names is left open

def test_on_after_a_pronoun_subject_with_a_person_object_goes_on_with_the_subject():
    # `он принял посла, и он заявил`: the subject pronoun carries the topic, not the ambassador
    text = ("Посол Жак Моро прибыл в Париж. Министр иностранных дел Пьер Леруа провёл переговоры. "
            "Затем он принял посла, и он заявил, что стороны договорились.")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "заявил")
    assert names[st.speaker] == "Пьер Леруа"


def test_tot_after_two_joined_names_is_no_one():
    text = ("Министр Пьер Леруа встретился с Жаком Моро и Иваном Сомовым. "
            "Тот заявил, что переговоры провалились.")
    sts, names = statements(text)
    assert all(s.speaker is None for s in sts if s.trigger.text == "заявил")


def test_a_cue_in_the_answer_after_an_asking_verb_still_counts():
    # the `что` before the cue is the later speech verb's: the cue stands in the answer
    text = "Когда министра Пьера Леруа спросили о бюджете, он сказал, что, по его мнению, денег хватит."
    sts, names = statements(text)
    cue = [s for s in sts if s.trigger.text == "мнению"]
    assert len(cue) == 1 and names[cue[0].speaker] == "Пьер Леруа"


def test_tot_after_a_thing_named_after_the_other_person_is_no_one():
    # `тот` may be the report named after the mayor: not settled as the mayor
    text = ("Министр Пьер Леруа получил от мэра Жака Моро доклад. "
            "Тот указывает, что бюджет города исчерпан.")
    sts, names = statements(text)
    assert all(s.speaker is None for s in sts if s.trigger.text == "указывает")


def test_tot_in_its_own_sentence_after_a_call_is_the_one_called():
    text = "Министр Пьер Леруа позвонил мэру Жаку Моро, и тот заявил, что бюджет города исчерпан."
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "заявил")
    assert names[st.speaker] == "Жак Моро"


def test_on_after_a_plural_subject_with_a_person_object_is_that_person():
    # `они` cannot be `он`: the person noun object is still the antecedent
    text = ("Водитель Жак Моро сбил пешехода. В суде выступил прокурор Пьер Леруа. "
            "Они умоляли водителя признаться, и он заявил, что не видел человека на дороге.")
    sts, names = statements(text)
    st = next(s for s in sts if s.trigger.text == "заявил")
    assert names[st.speaker] == "Жак Моро"
