"""Reported speech (kg.nlp.ru.speech) on hand-written sentences: quotes, indirect speech, cues,
cited and unnamed sources, pronoun speakers, and damaged text that must yield no statement."""

from __future__ import annotations

import pytest
from speech_helpers import statements

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.speech import find_quotes, find_statements
from kg.records import Document


def test_quote_across_sentences_keeps_its_speaker():
    text = ("«Мы готовы к диалогу. Но мы не отступим от своих принципов», — заявил министр "
            "иностранных дел Франции Жан Дюпон.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Жан Дюпон"
    assert st.quote.text == "Мы готовы к диалогу. Но мы не отступим от своих принципов"


def test_po_slovam_names_the_speaker_and_the_rest_is_the_content():
    (st,), names = statements("По словам Ольги Смирновой, завод закроют в марте.")
    assert names[st.speaker] == "Ольга Смирнова"
    assert st.content.text == "завод закроют в марте"


def test_unnamed_officials_are_an_anonymous_source():
    text = ("По словам не названных по именам чиновников правительства Канады, переговоры "
            "зашли в тупик.")
    (st,), _ = statements(text)
    assert st.speaker is None and st.source is None
    assert st.anonymous_source == "не названных по именам чиновников правительства Канады"


def test_anonymous_cue_is_the_source_of_a_named_speakers_statement():
    text = ("По словам не названных представителей администрации, Иван Кузнецов сказал Петру "
            "Соколову, что сделка отменена.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Кузнецов"
    assert names[st.addressee] == "Пётр Соколов" or names[st.addressee] == "Петр Соколов"
    assert st.anonymous_source == "не названных представителей администрации"
    assert st.content.text == "сделка отменена"


def test_a_cited_document_attributes_the_statement_to_its_owner():
    (st,), names = statements("В сообщении Кремля говорится, что встреча пройдёт в Вене.")
    assert st.speaker is None
    assert names[st.source] == "Кремль"
    assert st.content.text == "встреча пройдёт в Вене"


def test_a_missing_speech_verb_gives_no_statement():
    # the verb was a stripped link: the clause must not go to anyone
    text = ("Генерал Олег Смирнов прибыл в Минск.\nМинистр обороны Германии \n, что армия готова "
            "к учениям.")
    found, _ = statements(text)
    assert found == ()


def test_a_pronoun_speaker_is_the_one_person_in_view():
    text = "Марк Тейлор прибыл в Оттаву. «Мы довольны результатами», — сказал он."
    (st,), names = statements(text)
    assert names[st.speaker] == "Марк Тейлор"


def test_a_pronoun_with_no_one_in_view_stays_unresolved():
    text = "Переговоры продолжались всю ночь. «Мы довольны результатами», — сказал он."
    assert statements(text)[0] == ()


def test_inverted_indirect_speech_takes_the_words_before_the_verb():
    (st,), names = statements("Экономика страны растёт, заявил министр финансов Игорь Волков.")
    assert names[st.speaker] == "Игорь Волков"
    assert st.content.text == "Экономика страны растёт"


def test_a_quoted_name_is_not_a_statement():
    assert statements("Делегация Аргентины прибыла на саммит «Большой двадцатки» в Риме.")[0] == ()


def test_colon_and_paragraph_introduce_a_quote_without_marks():
    text = "Об этом сообщил журналистам Игорь Волков:\nМы не будем повышать налоги в этом году."
    (st,), names = statements(text)
    assert names[st.speaker] == "Игорь Волков"
    assert st.quote.text == "Мы не будем повышать налоги в этом году."


@pytest.mark.parametrize("text, inner", [
    ("Он сказал: «да, конечно».", "да, конечно"),
    ('Он сказал: "да, конечно".', "да, конечно"),
    ("Он сказал: „да, конечно“.", "да, конечно"),
    ("Он сказал: ''«да, конечно»''.", "да, конечно"),
])
def test_quote_marks_of_every_kind_are_found(text, inner):
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == inner


def test_a_document_named_again_speaks_for_its_author():
    text = ("Анна Орлова и Пётр Волков сделали совместное заявление.\n"
            "«Мы будем работать вместе», — говорится в совместном заявлении.")
    (st,), names = statements(text)
    assert names[st.speaker] in ("Анна Орлова", "Пётр Волков", "Петр Волков")
    assert st.quote.text == "Мы будем работать вместе"


def test_an_impersonal_verb_with_no_named_source_gives_no_statement():
    assert statements("«Мы будем работать вместе», — говорится в заявлении.")[0] == ()


def test_kak_pishet_takes_the_words_after_the_speakers_name():
    text = ("Как пишет в своей колонке для издания The Guardian отставной генерал Джон Смит, "
            "армия не готова к войне.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Джон Смит"
    assert st.content.text == "армия не готова к войне"


def test_the_time_of_the_speech_verb_is_the_statements_time_not_a_date_in_the_words_said():
    from kg.nlp.ru.dates import find_times

    text = "Министр Игорь Волков заявил 5 мая, что переговоры пройдут 9 июня."
    a = analyse(text)
    doc = Document(id="t", text=text)
    (st,) = find_statements(a, find_entities(a), doc, find_times(text, None, a))
    assert st.time.span.text == "5 мая"
    assert (st.time.month, st.time.day, st.time.year) == (5, 5, None)


def test_metonymy_a_building_that_speaks_is_the_speaker():
    (st,), names = statements("Белый дом объявил, что президент посетит Канаду.")
    assert names[st.speaker] == "Белый дом"
    assert st.content.text == "президент посетит Канаду"


def test_statements_reach_the_graph_with_speaker_quote_and_anonymous_source(settings):
    from rdflib import Namespace
    from rdflib.namespace import RDF, RDFS

    from kg.pipeline import make_document, prepare

    kg = Namespace("https://w3id.org/newskg#")
    prov = Namespace("http://www.w3.org/ns/prov#")
    text = ("По словам не названных представителей администрации, Иван Кузнецов сказал Петру "
            "Соколову, что сделка отменена. «Мы готовы ждать», — заявил Кузнецов.")
    x, g = prepare(make_document(text, id="speech"), settings)  # raises unless SHACL conforms
    assert len(x.statements) == 2
    statements = set(g.subjects(RDF.type, kg.Statement))
    assert len(statements) == 2
    assert {str(o) for o in g.objects(None, kg.quote)} == {"Мы готовы ждать"}
    assert all(g.value(s, kg.speaker) is not None for s in statements)
    sources = {o for s in statements for o in g.objects(s, prov.wasAttributedTo)}
    assert len(sources) == 1
    (source,) = sources
    assert (source, RDF.type, kg.AnonymousSource) in g
    assert str(g.value(source, RDFS.label)) == "не названных представителей администрации"


def test_a_quote_resumed_after_the_verb_keeps_the_speaker():
    text = ("«Я не могу сказать точно», — сказал Игорь Волков, когда его спросили о сделке. — "
            "«Но я надеюсь на лучшее».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Игорь Волков"
    assert st.quote.text == "Я не могу сказать точно"
    assert [q.text for q in st.more_quotes] == ["Но я надеюсь на лучшее"]


def test_a_resumed_quote_is_a_second_kg_quote_of_the_same_statement():
    from rdflib import Namespace

    from kg.rdf.build import build_graph
    from kg.records import Entity, Extraction, Span, Statement

    text = "«Да», — сказал Волков. — «Конечно»."
    sp = lambda s, e: Span(s, e, text[s:e])  # noqa: E731
    st = Statement("s1", sp(8, 14), speaker="e1", quote=sp(1, 3), more_quotes=(sp(26, 33),))
    x = Extraction(Document("t", text), entities=(Entity("e1", "person", "Волков", (sp(15, 21),)),),
                   statements=(st,))
    g = build_graph(x, "http://localhost:5000/")
    kg = Namespace("https://w3id.org/newskg#")
    assert {str(o) for o in g.objects(None, kg.quote)} == {"Да", "Конечно"}


def test_a_plural_verb_without_subject_speaks_for_the_body_it_is_said_in():
    (st,), names = statements("В Кремле заявили, что не видят оснований для паники.")
    assert names[st.speaker] == "Кремль"
    assert st.content.text == "не видят оснований для паники"


def test_a_quoting_agency_is_the_source_and_the_person_quoted_the_speaker():
    text = "«Решение будет принято в ближайшее время», — цитирует ТАСС Дмитрия Пескова."
    (st,), names = statements(text)
    assert names[st.speaker] == "Дмитрий Песков"
    assert names[st.source] == "ТАСС" and st.addressee is None


def test_a_description_of_a_named_persons_office_is_that_person():
    text = ("Премьер-министр Канады Марк Тейлор прибыл в Токио. Глава правительства заявил, что "
            "визит продлится три дня.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Марк Тейлор"


def test_the_representative_of_a_named_leader_is_that_leaders_spokesperson():
    text = ("Пресс-секретарь президента России Иван Петров подтвердил визит. Президент России "
            "Олег Смирнов прибудет в Рим. Представитель Смирнова подчеркнул, что визит продлится "
            "два дня.")
    found, names = statements(text)
    st = next(s for s in found if s.trigger.text == "подчеркнул")
    assert names[st.speaker] == "Иван Петров" and st.anonymous_source is None


def test_an_interrupted_quote_gives_both_parts_to_the_verb_inside():
    text = ("Министр финансов Олег Ржевский прокомментировал решение. «Мы не ожидали такого "
            "исхода, — сказал Ржевский. — Но рынок справится».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Ржевский"
    assert st.quote.text == "Мы не ожидали такого исхода"
    assert [q.text for q in st.more_quotes] == ["Но рынок справится"]


def test_dash_speech_without_quote_marks_is_quoted():
    text = ("Министр финансов Олег Ржевский прокомментировал решение.\n"
            "— Мы не ожидали такого исхода, — сказал Ржевский журналистам. — Но рынок справится.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Ржевский"
    assert st.quote.text == "Мы не ожидали такого исхода"


def test_a_dash_line_without_a_speech_verb_is_no_quote():
    text = "Программа визита:\n— встреча с премьер-министром Олегом Ржевским в Минске."
    sts, _ = statements(text)
    assert sts == ()


def test_issuing_a_statement_with_a_colon_introduces_the_quote():
    (st,), names = statements("Министр Олег Ржевский распространил заявление: «Мы не ожидали "
                              "такого исхода».")
    assert names[st.speaker] == "Олег Ржевский"
    assert st.quote.text == "Мы не ожидали такого исхода"


def test_an_o_phrase_is_what_was_said():
    (st,), _ = statements("Министр Олег Ржевский сообщил о завершении расследования.")
    assert st.content.text == "о завершении расследования"


def test_ob_etom_refers_elsewhere_and_gives_no_content():
    assert statements("Об этом сообщил министр Олег Ржевский.")[0] == ()


def test_a_negated_verb_with_an_o_phrase_says_nothing():
    sts, _ = statements("Министр Олег Ржевский ничего не сообщил о деталях встречи.")
    assert sts == ()


def test_a_wh_clause_is_what_was_said():
    (st,), _ = statements("Пётр Зимин рассказал, как они познакомились с женой.")
    assert st.content.text == "как они познакомились с женой"


def test_the_words_before_a_comma_kak_clause_are_what_was_said():
    (st,), names = statements("Ремонт начнётся в мае, как сообщил министр Олег Ржевский.")
    assert names[st.speaker] == "Олег Ржевский"
    assert st.content.text == "Ремонт начнётся в мае"


@pytest.mark.parametrize("verb", ["отрицает", "обвинил оппозицию в том,"])
def test_denying_and_accusing_report_what_was_said(verb):
    (st,), names = statements(f"Министр Олег Ржевский {verb} что переговоры сорваны.".replace(
        "отрицает что", "отрицает, что"))
    assert names[st.speaker] == "Олег Ржевский"
    assert st.content.text == "переговоры сорваны"


def test_a_name_line_with_a_clause_does_not_introduce_a_quote():
    text = ("Депутат Олег Ржевский распространил обращение к президенту Павлу Зуеву:\n"
            "Я обращаюсь к вам с просьбой остановить насилие на улицах города.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Павел Зуев" for s in sts)


def test_speech_in_a_condition_is_not_a_statement():
    text = ("Олег Ржевский вступил в клуб. Если участник заявляет о наличии диплома, то он "
            "должен его предъявить.")
    sts, _ = statements(text)
    assert not [s for s in sts if s.trigger.text == "заявляет"]


def test_quoting_someones_words_makes_them_the_speaker():
    (st,), names = statements("«Мы потрясены», — приводит Reuters слова министра Олега Ржевского.")
    assert names[st.speaker] == "Олег Ржевский"
    assert names[st.source] == "Reuters"


def test_quoting_an_unnamed_persons_words_is_an_anonymous_source():
    (st,), names = statements("«Мы потрясены», — приводит Reuters слова неназванного "
                              "представителя министерства.")
    assert st.speaker is None and names[st.source] == "Reuters"
    assert st.anonymous_source == "неназванного представителя министерства"


def test_an_impersonal_verb_after_the_words_cites_the_document_after_it():
    (st,), names = statements("Продажи выросли вдвое, говорится в пресс-релизе компании Apple.")
    assert names[st.source] == "Apple"
    assert st.content.text == "Продажи выросли вдвое"


def test_a_document_named_otherwise_is_the_one_issued_just_before():
    text = ("Компания Apple распространила сообщение для печати. В пресс-релизе говорится, что "
            "продажи выросли.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "говорится"]
    assert names[st.speaker] == "Apple"


@pytest.mark.parametrize("cue", ["По сообщениям", "По сведениям"])
def test_plural_and_synonym_cues_cite_a_source(cue):
    (st,), names = statements(f"{cue} BBC, певец скончался днём.")
    assert names[st.source] == "BBC"
    assert st.content.text == "певец скончался днём"


def test_a_name_parsed_as_a_genitive_of_its_own_title_still_speaks():
    text = ("У Ивана Орлова случился инфаркт. Пресс-секретарь группы Александра Панфилова, жена "
            "Орлова, сказала:\nУ Ивана инфаркт, сейчас он находится в клинике.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "сказала"]
    assert names[st.speaker] in ("Александра Панфилова", "Александр Панфилов")
    assert st.quote.text.startswith("У Ивана инфаркт")


def test_a_generic_noun_speaks_through_the_name_it_introduces():
    (st,), names = statements("Британский портал BBC News сообщает об аварии в Лидсе.")
    assert names[st.speaker] == "BBC News"


def test_kak_clause_ends_at_the_comma_after_the_named_speaker():
    (st,), names = statements("Как сообщила газета The New York Post, Иван Котов был доставлен "
                              "в больницу.")
    assert names[st.speaker] == "The New York Post"
    assert st.content.text == "Иван Котов был доставлен в больницу"


def test_kotoryj_speaks_for_the_name_it_follows():
    (st,), names = statements("Позицию поддержал и другой адвокат — Рубен Маркарьян, который "
                              "заявил, что приговор будет обжалован.")
    assert names[st.speaker] == "Рубен Маркарьян"


def test_a_statement_on_a_website_is_cited_from_the_sites_owner():
    text = ("Клуб «Динамо» объявил об отставке тренера Ивана Котова. В заявлении на официальном "
            "сайте московского клуба говорится, что решение принято по обоюдному согласию.")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.trigger.text == "говорится"]
    assert names[st.source] == "Динамо"


def test_a_pronoun_that_disagrees_with_the_verb_is_not_its_speaker():
    text = ("Анна Белова объявила протест. Она с 5 мая 2019 года проводит забастовку в знак "
            "несогласия, и Котов на прошлой неделе сообщил, что её здоровье ухудшилось.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Анна Белова" for s in sts if s.trigger.text == "сообщил")


def test_ob_etom_reports_the_sentence_before():
    text = ("Завод в Туле закроют в марте. Об этом в среду сообщил министр промышленности "
            "Иван Петров.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "Завод в Туле закроют в марте"


def test_ob_etom_after_a_headline_without_full_stop_reports_nothing():
    text = "Завод в Туле закроют\nОб этом сообщил министр промышленности Иван Петров."
    st, _ = statements(text)
    assert st == ()


def test_an_opinion_with_a_chto_clause_is_a_statement():
    (st,), names = statements("Министр Иван Петров считает, что завод закроют.")
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "завод закроют"


def test_an_opinion_verb_without_a_clause_is_no_statement():
    st, _ = statements("Иван Петров считает голоса избирателей.")
    assert st == ()


def test_a_short_adjective_of_certainty_is_an_opinion():
    (st,), names = statements("Анна Смирнова уверена, что суд ошибся.")
    assert names[st.speaker] == "Анна Смирнова"
    assert st.content.text == "суд ошибся"


def test_a_plural_verb_speaks_for_the_body_named_after_it():
    text = "«Мы не допустим этого», — заявили в Федеральной службе безопасности."
    (st,), names = statements(text)
    assert names[st.speaker] == "Федеральная служба безопасности"
    assert st.quote.text == "Мы не допустим этого"


def test_a_press_office_speaks_for_its_owner():
    (st,), names = statements("В пресс-службе МВД России сообщили, что подозреваемый задержан.")
    assert names[st.speaker] == "МВД России"


def test_a_greeting_that_frames_a_quote_is_a_statement():
    text = ("Президент Иван Петров поздравил Олега Смирнова с победой: «Это заслуженный успех "
            "всей команды».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"
    assert st.quote.text == "Это заслуженный успех всей команды"


def test_a_greeting_without_a_quote_is_no_statement():
    st, _ = statements("Иван Петров поздравил Олега Смирнова с победой на выборах.")
    assert st == ()


def test_po_slovam_without_a_comma_ends_with_its_own_words():
    (st,), names = statements("По словам его супруги Валентины Смирновой он скончался дома.")
    assert names[st.speaker] == "Валентина Смирнова"
    assert st.content.text == "он скончался дома"


def test_a_name_a_colon_and_a_quote_on_one_line_is_that_persons_quote():
    text = ("Матч за титул начнётся в мае.\nГари Петров: «Если Смирнов выиграет, он будет "
            "чемпионом»\nБилеты уже проданы.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Гари Петров"
    assert st.quote.text == "Если Смирнов выиграет, он будет чемпионом"


def test_a_name_a_colon_and_a_quote_in_the_headline_is_no_statement():
    text = ("Гари Петров: «Смирнов будет чемпионом»\n"
            "Матч за титул начнётся в мае. Билеты уже проданы.")
    st, _ = statements(text)
    assert st == ()


def test_a_name_a_colon_and_a_quote_opening_a_text_without_headline_is_that_persons_quote():
    text = ("Гари Петров: «Смирнов будет чемпионом».\n"
            "Матч за титул начнётся в мае. Билеты уже проданы.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Гари Петров"


def test_a_list_of_titles_after_a_colon_is_no_quote():
    st, _ = statements("Выставка открылась в Туле. Были изданы сборники: «Голос», «Окно».")
    assert st == ()


def test_this_news_confirmed_reports_the_sentence_before():
    text = ("Завод в Туле закроют в марте. Эту информацию подтвердила пресс-секретарь "
            "губернатора Анна Смирнова.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Анна Смирнова"
    assert st.content.text == "Завод в Туле закроют в марте"


def test_ob_etom_after_a_statement_adds_no_second_statement():
    text = "Иван Петров заявил, что завод закроют. Об этом сообщил министр Олег Смирнов."
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"


def test_an_inverted_opinion_verb_reports_the_words_before_it():
    text = "Если город откажется, стадион построит область, считает Анна Смирнова."
    (st,), names = statements(text)
    assert names[st.speaker] == "Анна Смирнова"
    assert st.content.text == "Если город откажется, стадион построит область"


def test_a_synonym_of_the_introducing_noun_refers_back_to_the_person():
    text = ("Известный французский певец Жан Дюпон отменил концерт.\n\n"
            "Музыкант добавил, что рад остаться живым.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Жан Дюпон"


def test_a_pronoun_after_a_quoted_sentence_keeps_the_speaker():
    text = ("Известный французский певец Жан Дюпон заявил, что ему повезло.\n\n"
            "«Я мог не выжить», — сказал он.\n\n«Теперь всё хорошо», — добавил он.")
    found, names = statements(text)
    assert [names[s.speaker] for s in found] == ["Жан Дюпон"] * 3


def test_a_name_inside_the_quote_is_not_the_pronouns_antecedent():
    text = "Министр Иван Петров прибыл в Москву. «Олег Смирнов прав», — сказал он."
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"


def test_a_headline_of_a_name_and_a_quote_is_no_statement():
    st, _ = statements("Гари Петров: «Смирнов будет чемпионом»\nМатч за титул начнётся в мае.")
    assert st == ()


def test_naming_reports_the_object_and_what_it_was_called():
    text = "Журнал Time назвал Ивана Петрова одним из самых влиятельных людей года."
    (st,), names = statements(text)
    assert names[st.speaker] == "Time"
    assert st.content.text == "Ивана Петрова одним из самых влиятельных людей года"


def test_naming_a_child_is_no_statement():
    assert statements("Иван Петров назвал сына Олегом.")[0] == ()


def test_an_object_before_the_verb_is_what_was_confirmed():
    (st,), names = statements("Его смерть подтвердил министр Иван Петров.")
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "Его смерть"


def test_a_reported_clause_ends_before_another_speakers_verb():
    text = ("Министр Анна Смирнова сообщила, что Иван Петров покинет пост, в ответ Петров назвал "
            "её «странным персонажем».")
    first, second = statements(text)[0]
    assert first.content.text == "Иван Петров покинет пост"
    assert second.quote.text == "странным персонажем"


def test_an_undeclined_name_before_the_verb_is_its_speaker():
    text = ("Новый премьер Алена Братушек вступила в должность. При вступлении в должность "
            "Братушек пообещала:\nКризиса в стране не будет, мы справимся.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Алена Братушек"
    assert st.quote.text.startswith("Кризиса в стране не будет")


def test_a_cue_with_an_adjective_before_its_noun_names_the_speaker():
    text = "Министр Иван Петров прибыл в Тулу. По его собственным словам, он устал."
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "он устал"


def test_soglasno_zayavleniyu_cites_the_owner_as_source():
    (st,), names = statements("Согласно заявлению Министерства обороны России, учения завершились.")
    assert st.speaker is None
    assert names[st.source] == "Министерство обороны России"
    assert st.content.text == "учения завершились"


def test_a_second_speech_act_joined_by_i_gets_its_own_clause():
    text = "Иван Петров заявил, что завод закроют в марте, и добавил, что рабочих переведут в Тулу."
    first, second = statements(text)[0]
    assert first.content.text == "завод закроют в марте"
    assert second.content.text == "рабочих переведут в Тулу"


def test_a_converb_after_a_reported_clause_shares_the_speaker():
    text = "Иван Петров заявил, что завод закроют в марте, добавив, что рабочих переведут в Тулу."
    (first, second), names = statements(text)
    assert first.content.text == "завод закроют в марте"
    assert names[second.speaker] == "Иван Петров"
    assert second.content.text == "рабочих переведут в Тулу"


def test_nested_reported_speech_keeps_the_whole_clause():
    text = "Иван Петров заявил, что Олег Смирнов сказал, что завод закроют."
    (outer, inner), _ = statements(text)
    assert outer.content.text == "Олег Смирнов сказал, что завод закроют"
    assert inner.content.text == "завод закроют"


def test_a_plural_verb_speaks_for_the_named_body_a_generic_noun_introduces():
    text = "Как отметили в агентстве Strutt & Parker, квартира также доступна для аренды."
    (st,), names = statements(text)
    assert names[st.speaker] == "Strutt & Parker"
    assert st.content.text == "квартира также доступна для аренды"


def test_a_negated_act_does_not_take_the_quote_after_it():
    text = ("По словам актрисы Анны Смирновой, власти не отвечают на её просьбы: «Я больше не "
            "поддерживаю эту страну».")
    (st,), names = statements(text)
    assert st.trigger.text == "словам"
    assert names[st.speaker] == "Анна Смирнова"


def test_a_pronoun_speaker_continues_the_last_speaker_of_its_gender():
    text = ("Министр Иван Петров заявил, что завод закроют. Срок аренды истекал в мае, однако "
            "договор был продлён. «Мы найдём решение», — добавил он.")
    found, names = statements(text)
    assert [names[s.speaker] for s in found] == ["Иван Петров", "Иван Петров"]


def test_a_pronoun_of_the_other_gender_does_not_continue_the_last_speaker():
    text = ("Министр Иван Петров заявил, что завод закроют. Срок аренды истекал в мае. "
            "«Мы найдём решение», — добавила она.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"


def test_a_concluding_verb_after_a_quote_is_speech():
    (st,), names = statements("«Нужно только желание», — заключил министр Иван Петров.")
    assert names[st.speaker] == "Иван Петров"
    assert st.quote.text == "Нужно только желание"


def test_concluding_a_contract_is_no_speech():
    assert statements("Иван Петров заключил контракт с клубом.")[0] == ()


def test_a_participle_speaks_for_the_noun_it_describes():
    text = "Депутат Илья Пономарев, выразивший убеждение, что закон опасен, покинул зал."
    (st,), names = statements(text)
    assert names[st.speaker] == "Илья Пономарев"
    assert st.content.text == "закон опасен"


def test_a_participle_agrees_in_case_with_its_speaker():
    text = "Иван Петров стал лидером «Народного фронта», заявлявшего о необходимости реформ."
    (st,), names = statements(text)
    assert names[st.speaker] == "Народный фронт"


def test_a_one_word_scare_quote_as_object_is_no_speech():
    assert statements("Президент Иван Петров добавил «мигалок» Госдуме.")[0] == ()


def test_a_one_word_quote_is_what_a_naming_verb_said():
    (st,), _ = statements("Иван Петров назвал решение «позором».")
    assert st.quote.text == "позором"


def test_a_colon_paragraph_after_a_blank_line_is_the_quote():
    text = ("Мэр Москвы Сергей Собянин в twitter написал:\n\nПострадавшим оказывается необходимая "
            "помощь.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Сергей Собянин"
    assert st.quote.text.startswith("Пострадавшим оказывается")


def test_an_inverted_verb_after_a_dash_reports_the_words_before():
    text = "Прокуратурой района возбуждено уголовное дело - сообщил прокурор района Иван Петров."
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"
    assert st.content.text == "Прокуратурой района возбуждено уголовное дело"


def test_a_campaign_office_speaks_for_its_owner():
    text = "Предвыборный штаб Берни Сандерса заявляет, что стратегия пересматривается."
    (st,), names = statements(text)
    assert names[st.speaker] == "Берни Сандерс"


def test_a_converb_does_not_report_the_words_before_it():
    text = ("Фотограф Анна Смирнова сняла девушку, которая вернулась к родителям, жалуясь на "
            "жестокое обращение, но вскоре талибы ворвались в дом.")
    assert statements(text)[0] == ()


def test_a_participle_opening_the_sentence_is_no_untagged_name_in_the_way():
    text = ("Президент Иван Петров выступил в парламенте. Переизбранный в октябре Петров признал "
            "серьёзность ситуации. Он объявил, что полномочия переходят к вице-президенту.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Иван Петров"


def test_a_parenthetical_verb_after_a_connective_reports_what_follows():
    text = "Кроме того, сообщает РБК, руководителем комитета назначен Иван Петров."
    (st,), names = statements(text)
    assert names[st.speaker] == "РБК"
    assert st.content.text == "руководителем комитета назначен Иван Петров"


def test_speech_in_the_future_is_not_said_yet():
    assert statements("Министр Иван Петров заявит, что завод закроют.")[0] == ()
    assert statements("Министр Иван Петров будет утверждать, что завод закроют.")[0] == ()


def test_celebrating_an_anniversary_is_no_statement():
    assert statements("Компания «Геометрия» отметит своё пятнадцатилетие в клубе «Шаги».")[0] == ()


def test_refusing_to_name_is_no_statement():
    text = ("Пресс-секретарь Анна Смирнова отказалась назвать клинику, чтобы «не травмировать "
            "артиста».")
    assert statements(text)[0] == ()


def test_a_cue_in_the_middle_of_its_clause_reports_the_whole_sentence():
    (st,), names = statements("Владимир Путин попал, по версии журнала Forbes, на второе место.")
    assert names[st.source] == "Forbes"
    assert st.content.text == "Владимир Путин попал, по версии журнала Forbes, на второе место"


def test_a_plural_noun_subject_is_no_one_person():
    text = ("Врач Хиллари Клинтон Лиза Бардек выступила в прессе. Турне отменено после того, как "
            "врачи объявили о том, что у неё пневмония.")
    assert statements(text)[0] == ()


def test_celebrating_ones_own_jubilee_is_no_statement():
    assert statements("Петербургская Духовная академия отмечает свой 200-летний юбилей.")[0] == ()


def test_a_connective_before_kak_soobshchaet_is_not_what_was_said():
    (st,), names = statements("Более того, как сообщает CNN, виновным грозит увольнение.")
    assert names[st.speaker] == "CNN"
    assert st.content.text == "виновным грозит увольнение"


def test_speech_under_a_negated_verb_is_not_said():
    text = ("Анна Смирнова не могла говорить из-за кашля, после чего сказала: «Это была аллергия "
            "на соперника».")
    (st,), _ = statements(text)
    assert st.trigger.text == "сказала"


def test_the_head_of_a_named_country_is_its_one_head_of_state():
    text = ("Председатель КНР Ван Мин выступил на собрании. Глава КНР заявил, что экономика "
            "растёт.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Ван Мин"


def test_a_leader_with_a_country_adjective_is_that_countrys_head():
    text = ("Президент Аргентины Мануэль Гомес выступил в парламенте. Аргентинский лидер отметил, "
            "что экономика растёт.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Мануэль Гомес"


def test_the_head_of_a_country_is_not_the_head_of_another_one():
    text = ("Король Испании Хуан Карлос прибыл в Мадрид. Глава Аргентины заявил, что экономика "
            "растёт.")
    assert statements(text)[0] == ()


def test_the_head_of_a_company_is_no_head_of_state():
    text = ("Президент Аргентины Мануэль Гомес выступил в парламенте. Глава компании заявил, что "
            "экономика растёт.")
    assert statements(text)[0] == ()


def test_marking_an_anniversary_is_a_celebration_not_speech():
    assert statements("Варшава отметила 300-летие со дня рождения композитора.")[0] == ()


def test_marking_a_holiday_is_a_celebration_not_speech():
    text = "Каждый год 12 июня в Норвегии отмечают национальный праздник — День конституции."
    assert statements(text)[0] == ()


def test_noting_a_fact_is_still_speech():
    (st,), names = statements("Министр финансов Ольга Ветрова отметила рост доходов бюджета.")
    assert names[st.speaker] == "Ольга Ветрова"
    assert st.content.text == "рост доходов бюджета"


def test_a_title_in_apposition_after_kak_soobshchil_is_not_what_was_said():
    (st,), names = statements("Как сообщил Пьер Дюваль, министр культуры Франции, выставка "
                              "открылась в Париже.")
    assert names[st.speaker] == "Пьер Дюваль"
    assert st.content.text == "выставка открылась в Париже"


def test_a_relative_clause_on_the_apposition_is_not_what_was_said_either():
    text = ("Как заявила Мария Орлова, пресс-секретарь районного суда, который рассматривал дело, "
            "подсудимый уже отбыл срок.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Мария Орлова"
    assert st.content.text == "подсудимый уже отбыл срок"


def test_a_thing_after_kak_soobshchil_starts_what_was_said():
    (st,), _ = statements("Как сообщил Пьер Дюваль, выставка, открытая в мае, закроется в июле.")
    assert st.content.text == "выставка, открытая в мае, закроется в июле"


def test_v_sootvetstvii_s_zayavleniem_cites_its_source():
    (st,), names = statements("В соответствии с заявлением министра культуры Пьера Дюваля, "
                              "выставка открылась в Париже.")
    assert names[st.source] == "Пьер Дюваль"
    assert st.content.text == "выставка открылась в Париже"


def test_v_sootvetstvii_s_zakonom_cites_no_one():
    text = "В соответствии с законом Франции выставка открылась в Париже."
    assert statements(text)[0] == ()


def test_the_head_of_a_country_is_found_under_a_second_title_too():
    text = ("Председатель КНР, генеральный секретарь ЦК КПК Ван Мин выступил на собрании. "
            "Глава КНР заявил, что экономика растёт.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Ван Мин"


def test_posschital_chto_is_an_opinion_said():
    (st,), names = statements("Адвокат потерпевшего Матвей Орлов посчитал, что прокурор ошибается.")
    assert names[st.speaker] == "Матвей Орлов"
    assert st.content.text == "прокурор ошибается"


def test_poschital_with_an_object_is_no_speech():
    assert statements("Кассир Матвей Орлов посчитал деньги.")[0] == ()


def test_nameknul_chto_reports_a_hint():
    (st,), names = statements("Тренер Олег Смирнов намекнул, что скоро покинет клуб.")
    assert names[st.speaker] == "Олег Смирнов"
    assert st.content.text == "скоро покинет клуб"


def test_an_adverb_between_the_dash_and_the_verb_keeps_the_quote():
    text = "Тренер Олег Смирнов покинул поле. «Мы проиграли заслуженно», — тихо сказал он."
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Смирнов"
    assert st.quote.text == "Мы проиграли заслуженно"


def test_a_manner_phrase_between_the_dash_and_the_verb_keeps_the_quote():
    text = ("«Мы вернёмся в следующем сезоне», — с улыбкой пообещал капитан команды "
            "Пётр Лебедев.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Пётр Лебедев"
    assert st.quote.text == "Мы вернёмся в следующем сезоне"


def test_the_lawyer_of_a_named_defendant_is_not_the_defendant():
    text = "Абид Насир был доставлен в суд. Адвокат Насира заявил, что его подзащитный невиновен."
    sts, names = statements(text)
    assert all(names.get(st.speaker) != "Абид Насир" for st in sts)
