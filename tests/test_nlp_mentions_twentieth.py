"""Mentions the NER misses or cuts wrong, found on the readable nerel-dev articles in the twentieth
round and fixed in general form. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.known_names import NameMention, spelled_abbreviations


def _given(text: str, given: tuple[tuple[str, str], ...]):
    """The analysis and the mentions `given` (words, kind; every occurrence), set by hand."""
    a = analyse(text)
    mentions = []
    for words, kind in given:
        at = text.find(words)
        while at >= 0:
            first, last = a.token_at(at), a.token_at(at + len(words) - 1)
            mentions.append(NameMention(span(text, at, at + len(words)), words, kind, True,
                                        first.index, last.index))
            at = text.find(words, at + len(words))
    return a, sorted(mentions, key=lambda m: m.span.start)


def _spelled(text: str, given: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    a, mentions = _given(text, given)
    before = {(m.span.start, m.span.end) for m in mentions}
    return [(m.span.text, m.kind) for m in spelled_abbreviations(a, mentions)
            if (m.span.start, m.span.end) not in before]


def test_words_spelling_an_abbreviation_tagged_elsewhere_are_its_name():
    text = "Вчера Союз вольных художников (СВХ) открыл выставку. В СВХ сорок членов."
    assert _spelled(text, (("СВХ", "organization"),)) == \
        [("Союз вольных художников", "organization")]


def test_function_words_an_abbreviation_leaves_out_may_stand_inside_the_name():
    text = "Глава Фонда помощи по делам ветеранов (ФПДВ) подал в отставку."
    assert _spelled(text, (("ФПДВ", "organization"),)) == \
        [("Фонда помощи по делам ветеранов", "organization")]


def test_the_abbreviation_s_kind_is_the_name_s_kind():
    text = "Жители Северной горной области (СГО) вышли на улицы."
    assert _spelled(text, (("СГО", "place"),)) == [("Северной горной области", "place")]


def test_a_lower_case_description_spelling_an_abbreviation_is_no_name():
    text = "Закон касается организаторов распространения информации (ОРИ) в сети."
    assert _spelled(text, (("ОРИ", "organization"),)) == []


def test_an_abbreviation_the_ner_never_tagged_gives_no_name():
    text = "Вчера Союз вольных художников (СВХ) открыл выставку."
    assert _spelled(text, ()) == []


def test_initials_that_do_not_spell_the_abbreviation_give_no_name():
    text = "Вчера Союз вольных художников (КПРФ) открыл выставку."
    assert _spelled(text, (("КПРФ", "organization"),)) == []


def test_words_inside_a_mention_are_not_taken_again():
    text = "Об этом сообщил Иван Петров (ИП) на встрече."
    assert _spelled(text, (("Иван Петров", "person"), ("ИП", "organization"))) == []


def test_a_person_s_initials_in_a_parenthesis_make_no_name():
    text = "Об этом сообщил Иван Петров (ИП) на встрече."
    assert _spelled(text, (("ИП", "person"),)) == []


def test_a_quote_between_the_words_and_the_parenthesis_stops_the_name():
    text = "Глава «Объединения вольных художников» (ОВХ) заявил о выставке."
    assert _spelled(text, (("ОВХ", "organization"),)) == []


def _houses(text: str, given: tuple[tuple[str, str], ...] = ()) -> list[str]:
    from kg.nlp.ru.eponyms import house_persons

    a, mentions = _given(text, given)
    before = {(m.span.start, m.span.end) for m in mentions}
    return [m.span.text for m in house_persons(a, mentions)
            if (m.span.start, m.span.end) not in before and m.kind == "person"]


def test_a_plural_surname_after_a_house_noun_is_a_person_mention():
    text = "Он был последним потомком династии Габсбургов по мужской линии."
    assert _houses(text) == ["Габсбургов"]


def test_a_plural_surname_after_the_noun_of_a_family_is_no_person():
    assert _houses("Семья Ивановых переехала в Тверь.") == []


def test_the_adverb_at_home_is_no_house_noun():
    assert _houses("Он вернулся, но дома Ивановых уже не застал.") == []


def test_a_house_noun_opening_a_tagged_body_name_adds_nothing():
    assert _houses("Главой Дома Ивановых считался он.", (("Дома Ивановых", "organization"),)) == []


def test_a_singular_name_after_a_house_noun_is_left():
    assert _houses("Представители рода Иван прибыли на бал.") == []


def test_latin_look_alikes_inside_a_russian_word_are_read_as_cyrillic():
    from kg.nlp.ru.homoglyphs import unmixed

    # `c` and `a` typed in Latin
    assert unmixed("Совет Правослaвной цeркви") == "Совет Православной церкви"


def test_cyrillic_look_alikes_inside_a_latin_word_are_read_as_latin():
    from kg.nlp.ru.homoglyphs import unmixed

    # `о`, `е` typed in Cyrillic inside a Latin name
    assert unmixed("канал Nоrthеrn") == "канал Northern"


def test_a_word_with_letters_of_both_alphabets_that_have_no_twin_is_left():
    from kg.nlp.ru.homoglyphs import unmixed

    assert unmixed("группа Bratы выступила") == "группа Bratы выступила"


def test_words_of_one_alphabet_each_are_left():
    from kg.nlp.ru.homoglyphs import unmixed

    text = "Компания Apple и ООО «Ромашка» заключили договор"
    assert unmixed(text) == text


def test_words_joined_by_a_mark_are_read_one_by_one():
    from kg.nlp.ru.homoglyphs import unmixed

    assert unmixed("раздел_SECTION_ текст") == "раздел_SECTION_ текст"


def test_unmixing_keeps_every_offset():
    from kg.nlp.ru.homoglyphs import unmixed

    text = "Вчерa в Mоскве открылся фестиваль"
    assert len(unmixed(text)) == len(text) and unmixed(text) == "Вчера в Москве открылся фестиваль"


def test_a_name_typed_with_look_alike_letters_is_found_and_its_span_keeps_the_original_letters():
    from kg import pipeline
    from kg.nlp.ru import RussianExtractor

    text = "Вчера Сергей Иванoв выступил в Москве."  # the `o` of the surname is Latin
    extraction = RussianExtractor().extract(pipeline.make_document(text, id="t"))
    people = [e for e in extraction.entities if e.kind == "person"]
    assert [e.name for e in people] == ["Сергей Иванов"]
    assert [m.text for m in people[0].mentions] == ["Сергей Иванoв"]


def test_a_first_name_before_a_patronymic_and_surname_is_one_person():
    from kg.nlp.ru import entities

    text = "Он внук графини Прасковьи Дмитриевны Сомовой."
    a = analyse(text)
    # the NER's pieces, as it gives them for such names: the first name as a place
    given = _given(text, (("Прасковьи", "place"), ("Дмитриевны Сомовой", "person")))[1]
    joined = entities._first_names_before_patronymics(a, given)
    assert [(m.span.text, m.kind, m.name.split(" ")[0]) for m in joined] == \
        [("Прасковьи Дмитриевны Сомовой", "person", "Прасковья")]


def test_a_place_before_a_patronymic_and_surname_stays_a_place():
    from kg.nlp.ru import entities

    text = "Из Москвы Петровна Сомова уехала вчера."
    a = analyse(text)
    given = _given(text, (("Москвы", "place"), ("Петровна Сомова", "person")))[1]
    assert [(m.span.text, m.kind) for m in entities._first_names_before_patronymics(a, given)] == \
        [("Москвы", "place"), ("Петровна Сомова", "person")]


def test_a_first_name_in_another_case_than_the_patronymic_is_left():
    from kg.nlp.ru import entities

    # `Анне` (dative) beside `Петровна` (nominative): two phrases, not one name
    text = "Письмо Анне Петровна Сомова отправила вчера."
    a = analyse(text)
    given = _given(text, (("Анне", "person"), ("Петровна Сомова", "person")))[1]
    assert [(m.span.text, m.kind) for m in entities._first_names_before_patronymics(a, given)] == \
        [("Анне", "person"), ("Петровна Сомова", "person")]


def test_a_full_name_before_a_patronymic_is_left():
    from kg.nlp.ru import entities

    text = "Сын Ивана Сомова Петровича Орлова не видели."
    a = analyse(text)
    given = _given(text, (("Ивана Сомова", "person"), ("Петровича Орлова", "person")))[1]
    assert [(m.span.text, m.kind) for m in entities._first_names_before_patronymics(a, given)] == \
        [("Ивана Сомова", "person"), ("Петровича Орлова", "person")]
