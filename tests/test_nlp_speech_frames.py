"""Reported speech (kg.nlp.ru.speech) in frames read from unseen news: quotes broken over a line
by their verb, quotes interrupted twice, quotes framed by a bare comma, and more verbs and cues;
every sentence here is written for the test."""

from __future__ import annotations

from speech_helpers import statements

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.speech import find_statements
from kg.records import Document


def test_a_quote_broken_over_a_line_by_its_verb_is_the_verbs_two_quotes():
    text = ("Заседание перенесли\n«Если кворума нет, заседание можно перенести на неделю, — "
            "сказал депутат Олег Смирнов.\n— Теперь нам нужно подождать».\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Смирнов"
    assert st.quote.text == "Если кворума нет, заседание можно перенести на неделю"
    assert [q.text for q in st.more_quotes] == ["Теперь нам нужно подождать"]


def test_a_quote_interrupted_twice_gives_the_second_verb_the_sentence_it_ends():
    text = ("«Мы очень надеемся, — говорит Иван Петров, — что к нам присоединятся другие. "
            "Это важно. В такой момент, — заключил он, — все должны помочь».")
    sts, names = statements(text)
    said = {st.trigger.text: st for st in sts}
    assert said["говорит"].quote.text == "Мы очень надеемся"
    assert [q.text for q in said["говорит"].more_quotes] == [
        "что к нам присоединятся другие. Это важно."]
    assert said["заключил"].quote.text == "В такой момент"
    assert names[said["заключил"].speaker] == "Иван Петров"


def test_a_sentence_long_quote_frames_a_verb_after_a_bare_comma():
    text = ("«Такое случается очень редко. Череп сохранился целиком», сказал директор музея "
            "Пётр Котов.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Пётр Котов"
    assert st.quote.text == "Такое случается очень редко. Череп сохранился целиком"
    assert st.content is None


def test_a_quoted_name_before_a_comma_is_not_the_verbs_quote():
    text = "Нападающий перешёл в «Торпедо», сказал тренер Иван Орлов."
    sts, names = statements(text)
    assert all(st.quote is None or st.quote.text != "Торпедо" for st in sts)


def test_predpolagaet_chto_reports_a_guess():
    (st,), names = statements("Врач Анна Орлова предполагает, что пациент заразился в поездке.")
    assert names[st.speaker] == "Анна Орлова"
    assert st.content.text == "пациент заразился в поездке"


def test_predpolagaet_with_an_object_is_no_speech():
    assert statements("Инженер Анна Орлова предполагает рост цен.")[0] == ()


def test_upomyanula_chto_reports_a_remark():
    text = "Директор Марина Козлова в письме упомянула, что компании будут работать вместе."
    (st,), names = statements(text)
    assert names[st.speaker] == "Марина Козлова"
    assert st.content.text == "компании будут работать вместе"


def test_the_articles_own_reminder_does_not_hide_a_statement_it_reports():
    (st,), names = statements("Напомним, что тренер Виктор Сомов заявил об уходе из клуба.")
    assert names[st.speaker] == "Виктор Сомов"
    assert st.content.text == "об уходе из клуба"


def test_an_infinitive_under_a_modal_word_is_the_articles_voice():
    text = ("Из того, что слово поставлено в единственное число, можно предположить, что "
            "законопроект коснется статьи 128 Уголовного кодекса Российской Федерации. Следует "
            "напомнить, что статья 5 Конституции Российской Федерации гарантирует свободу.")
    assert statements(text)[0] == ()


def test_soglasno_and_an_organisation_in_the_dative_cites_it():
    (st,), names = statements("Согласно агентству Reuters, сделка сорвалась.")
    assert names[st.source] == "Reuters" and st.speaker is None
    assert st.content.text == "сделка сорвалась"


def test_soglasno_and_a_person_in_the_dative_is_their_statement():
    (st,), names = statements("Согласно Ивану Петрову, завод закроют в марте.")
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "завод закроют в марте"


def test_soglasno_and_a_law_is_no_cue():
    text = ("Согласно закону Российской Федерации, выборы проводятся раз в пять лет. "
            "Согласно постановлению Верховного суда, срок сокращён.")
    assert statements(text)[0] == ()


def test_a_relative_clause_on_the_cues_owner_is_not_what_was_said():
    text = ("По словам Тимура Алиева, который охранял певца много лет, врачи сделали ему "
            "операцию.")
    (st,), names = statements(text)
    assert st.content.text == "врачи сделали ему операцию"


def test_a_name_in_apposition_to_the_cue_is_the_speaker_and_not_what_was_said():
    (st,), names = statements("По словам брата пострадавшей, Олега Ракитина, лодка перевернулась.")
    assert names[st.speaker] == "Олег Ракитин"
    assert st.content.text == "лодка перевернулась"


def test_a_name_after_a_plural_cue_is_not_its_apposition():
    text = "По словам врачей, Ивана Петрова, попавшего в аварию, спасти не удалось."
    sts, names = statements(text)
    assert all(names.get(st.speaker) != "Иван Петров" for st in sts)


def test_a_person_of_an_organisation_in_a_cue_is_not_the_organisation():
    sts, names = statements("По словам аспиранта МГУ, его задержали на улице.")
    assert all(names.get(st.speaker) != "МГУ" and names.get(st.source) != "МГУ" for st in sts)


def test_he_after_a_quote_is_the_one_man_the_article_has_named():
    text = ("Полковник вышел на свободу\nИз колонии освобождён полковник Владимир Квачков. Утром "
            "он покинул колонию. Срок истекал в августе, однако его дело пересмотрел суд.\n\n"
            "«Полковник к походу готов», — заявил он журналистам.\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Владимир Квачков"
    assert st.quote.text == "Полковник к походу готов"


def test_he_is_not_the_one_man_named_when_a_person_said_of_him_came_since():
    text = ("Суд над футболистом\nФутболист Иван Петров арестован. Его адвокат прибыл в суд "
            "утром. Заседание длилось час.\n«Мы готовы», — заявил он журналистам.\n")
    sts, names = statements(text)
    assert all(names.get(st.speaker) != "Иван Петров" for st in sts)


def test_he_is_not_the_one_man_named_when_two_could_be_meant():
    text = ("Суд над министрами\nМинистр Иван Петров и депутат Олег Смирнов прибыли в суд. "
            "Заседание длилось час.\n«Мы готовы», — заявил он журналистам.\n")
    sts, names = statements(text)
    assert all(st.speaker is None for st in sts)


def test_a_participle_the_parser_made_a_subject_leaves_the_named_speaker():
    text = ("«Решение за судом, — сказал поддерживающий президента депутат Хосе Авила. — Нам "
            "нужно подождать».")
    sts, names = statements(text)
    assert [names.get(st.speaker) for st in sts] == ["Хосе Авила"]


def test_he_after_an_unnamed_speaker_is_not_the_one_man_named():
    text = ("Смерть художника\nХудожник Пётр Котов найден мёртвым. Его тело нашли в галерее.\n"
            "Врач сказал, что причиной смерти стал инфаркт. «Он очень страдал», — добавил он.\n")
    sts, names = statements(text)
    assert all(names.get(st.speaker) != "Пётр Котов" for st in sts)


def test_an_inflected_genitive_name_in_apposition_owns_the_speaking_noun():
    # the tagger reads `Мии` as a nominative: the manager, unnamed, speaks, not the actress
    text = "Менеджер Мии Фэрроу сказал, что актриса отказалась от роли."
    sts, names = statements(text)
    assert all(names.get(st.speaker) not in ("Мия Фэрроу", "Миа Фэрроу") for st in sts)


def test_the_authorities_named_by_a_country_adjective_speak_for_the_country():
    text = ("Журналиста выслали\nСуд Израиля отклонил его апелляцию. Израиль не раз отказывал "
            "во въезде журналистам.\nКак сообщили израильские власти, журналиста отправили "
            "домой.\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Израиль"
    assert st.content.text == "журналиста отправили домой"


def test_vozmushchaetsya_frames_a_quote():
    text = ("Юрист Андрей Котов защищает задержанных. «Ни документов, ни объяснений нам не дали», "
            "— возмущается Котов.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Андрей Котов"
    assert st.quote.text == "Ни документов, ни объяснений нам не дали"


def test_vozmushchaetsya_without_a_quote_is_no_speech():
    assert statements("Юрист Андрей Котов возмущается решением суда.")[0] == ()


def test_s_etimi_slovami_makes_the_quote_the_words_of_the_verbs_subject():
    text = ("«Я готов ответить на все вопросы», — с этими словами генерал Павел Гречко отправился "
            "на пресс-конференцию.")
    (st,), names = statements(text)
    assert st.trigger.text == "с этими словами"
    assert names[st.speaker] == "Павел Гречко"
    assert st.quote.text == "Я готов ответить на все вопросы"


def test_s_etimi_slovami_without_a_quote_before_it_is_no_speech():
    text = "С этими словами генерал Павел Гречко отправился на пресс-конференцию."
    assert statements(text)[0] == ()


def who_added(quote: str) -> str:
    """Who `— добавил он` after `quote` is, in a text where two men speak, the second by a cue."""
    text = ("Водители о налогах\nГлава профсоюза водителей Игорь Ланской считает новый налог "
            "лишним. Председатель ассоциации Роман Тихонов тоже ждет перемен. По его словам, "
            f"терпение водителей на исходе.\n\n«{quote}», — добавил он.\n")
    sts, names = statements(text)
    return names[{st.trigger.text: st for st in sts}["добавил"].speaker]


def test_he_after_a_quote_continues_a_speaker_named_by_a_cue():
    assert who_added("Мы ждем диалога. Иначе придется бастовать") == "Роман Тихонов"


def test_ob_etom_after_a_colon_reports_the_words_before_it():
    text = ("Художник был отравлен\nПодпись к фото.\nИзвестный художник Семён Гаврилов был "
            "отравлен: об этом заявил следователь Карл Миттаг, который вёл дело.\n")
    (st,), names = statements(text)
    assert names[st.speaker] == "Карл Миттаг"
    assert st.content.text == "Известный художник Семён Гаврилов был отравлен"


def test_a_pronoun_the_parser_gave_a_later_verb_leaves_the_name_before_it():
    text = ("Журналистка Ольга Седова арестована. Она с 3 марта отказывается от еды в знак "
            "протеста, и адвокат Тимофей Зорин в понедельник сообщил, что ее самочувствие "
            "ухудшается.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Тимофей Зорин"
    assert st.content.text == "ее самочувствие ухудшается"


def test_a_quote_of_several_sentences_counts_as_one_between_speaker_and_pronoun():
    quote = ("Мы ждем диалога. Пусть нас услышат. Может быть, что-то сдвинется. Иначе придется "
             "бастовать")
    assert who_added(quote) == "Роман Тихонов"


def test_kotoryi_speaks_for_the_name_in_apposition_to_its_noun_whatever_its_tagged_case():
    text = ("Это было сделано по просьбе жительницы Севильи 58-летней Кармен Руис, которая "
            "утверждает, что является его сестрой.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Кармен Руис"
    assert st.content.text == "является его сестрой"


def test_a_quote_opened_after_a_colon_may_run_over_several_paragraphs():
    text = ("Иван Петров сказал: «Вчера к нам пришла соседка и начала кричать.\n\n"
            "Потом мы долго убирали двор и сажали цветы.»\n\nСвадьба прошла тихо.")
    a = analyse(text)
    entities = find_entities(a)
    names = {e.key: e.name for e in entities}
    found = find_statements(a, entities, Document(id="t", text=text))
    assert [(names.get(st.speaker), text[st.quote.start:st.quote.end]) for st in found] == [
        ("Иван Петров", "Вчера к нам пришла соседка и начала кричать.\n\n"
                        "Потом мы долго убирали двор и сажали цветы.")]


def test_a_quote_left_open_after_a_colon_is_not_closed_by_a_later_quote():
    text = ("Иван Петров сказал: «Вчера к нам пришла соседка.\n\n"
            "Свадьба прошла тихо, а мэр назвал её «праздником».")
    a = analyse(text)
    entities = find_entities(a)
    found = find_statements(a, entities, Document(id="t", text=text))
    assert not any(st.quote and "\n" in text[st.quote.start:st.quote.end] for st in found)


def test_naming_in_a_role_reports_the_object_after_the_verb():
    text = "Анна Петрова ушла из театра. В качестве повода она назвала усталость от гастролей."
    a = analyse(text)
    entities = find_entities(a)
    names = {e.key: e.name for e in entities}
    found = find_statements(a, entities, Document(id="t", text=text))
    assert [(names.get(st.speaker), text[st.content.start:st.content.end]) for st in found] == \
        [("Анна Петрова", "усталость от гастролей")]


def test_naming_a_person_for_a_post_is_no_speech():
    text = "В качестве посла Анна Петрова назвала сына."
    a = analyse(text)
    entities = find_entities(a)
    assert find_statements(a, entities, Document(id="t", text=text)) == ()
