"""Document-level name consolidation (kg.nlp.ru.known_names): what one mention of a name teaches
about the rest of the text. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def holding(ents, fragment: str):
    """The entities one of whose mentions is exactly `fragment`."""
    return [e for e in ents if any(m.text == fragment for m in e.mentions)]


def test_an_abbreviation_in_parentheses_is_the_same_entity():
    text = ("Федеральная антимонопольная служба (ФАС) оштрафовала три банка. "
            "Позже ФАС опубликовала решение на своём сайте.")
    ents = entities(text)
    [fas] = holding(ents, "Федеральная антимонопольная служба")
    assert [m.text for m in fas.mentions].count("ФАС") == 2
    assert fas.name == "Федеральная антимонопольная служба"  # the full name, not the abbreviation
    assert len([e for e in ents if e.kind == "organization"]) == 1


def test_a_latin_gloss_in_parentheses_is_a_mention_of_the_person():
    text = "Суд оправдал Стивена Кларксона (Steven Clarkson), бывшего учителя из Огайо."
    ents = entities(text)
    [person] = holding(ents, "Стивена Кларксона")
    assert "Steven Clarkson" in [m.text for m in person.mentions]
    assert person.name == "Стивен Кларксон"


def test_a_place_in_parentheses_qualifies_the_name_and_stays_its_own_entity():
    text = "Суд Денвера (США) отклонил иск компании."
    ents = entities(text)
    assert not any({m.text for m in e.mentions} >= {"Денвера", "США"} for e in ents)


def test_a_known_surname_opening_the_headline_is_a_mention():
    text = ("Лукашенко прибыл в Сочи\n"
            "Президент Белоруссии Александр Лукашенко прибыл в Сочи на переговоры.")
    ents = entities(text)
    [person] = holding(ents, "Александр Лукашенко")
    assert text.index("Лукашенко") in [m.start for m in person.mentions]


def test_an_inflected_surname_the_ner_missed_joins_the_person():
    text = ("Журналист Олег Петрушин опубликовал расследование. "
            "С Петрушиным связались юристы компании, а потом Петрушину позвонили из полиции.")
    ents = entities(text)
    [person] = holding(ents, "Олег Петрушин")
    forms = {m.text for m in person.mentions}
    assert {"Петрушиным", "Петрушину"} <= forms


def test_a_title_opening_a_caption_is_cut_from_the_name():
    text = ("Король Харальд выступил с речью в парламенте.\n"
            "Принц Харальд на церемонии в Осло")
    ents = entities(text)
    assert not holding(ents, "Принц Харальд")
    assert holding(ents, "Харальд")


def test_a_rare_foreign_name_seen_only_in_the_dative_is_named_in_the_nominative():
    text = "Вечером министр позвонил Йоргосу Папасу и обсудил с ним контракт."
    [person] = [e for e in entities(text) if e.kind == "person"]
    assert person.name == "Йоргос Папас"


def test_a_woman_seen_only_in_the_instrumental_keeps_a_feminine_surname():
    text = "Договор подписан вместе с Мариной Ковалёвой на прошлой неделе."
    [person] = [e for e in entities(text) if e.kind == "person"]
    assert person.name in ("Марина Ковалёва", "Марина Ковалева")


def test_a_first_name_alone_is_the_one_person_of_the_text_with_that_first_name():
    text = ("На приёме выступила Марта Ковальчик. Гости долго аплодировали, "
            "а Марта поблагодарила организаторов.")
    people = [e for e in entities(text) if e.kind == "person"]
    assert len(people) == 1 and "Марта" in [m.text for m in people[0].mentions]


def test_a_one_word_name_seen_only_in_an_oblique_case_is_named_in_the_nominative():
    text = "Журналисты долго беседовали с Шакирой после концерта."
    people = [e for e in entities(text) if e.kind == "person"]
    assert [p.name for p in people] == ["Шакира"]


def test_initials_and_a_surname_are_the_full_name_with_that_first_letter():
    text = ("Соглашение подписал Геннадий Сомов. В документе стоит подпись: Г. А. Сомов, "
            "председатель комитета.")
    people = [e for e in entities(text) if e.kind == "person"]
    assert len(people) == 1 and people[0].name == "Геннадий Сомов"


def test_a_lower_case_word_after_a_persons_name_is_not_part_of_it():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.known_names import NameMention, trim_trailing_words
    from kg.records import Span

    text = "Иск подала Ирина Сомова против газеты."
    a = analyse(text)
    start, end = text.index("Ирина"), text.index(" газеты")
    m = NameMention(Span(start, end, text[start:end]), "Ирина Сомова против", "person", False,
                    a.tokens[2].index, a.tokens[4].index)
    [cut] = trim_trailing_words(a, [m])
    assert (cut.span.text, cut.name) == ("Ирина Сомова", "Ирина Сомова")


def test_a_first_name_after_a_kinship_noun_inherits_the_surname_in_its_gender():
    text = "На открытии выставки был Олег Сомов со своей дочерью Анной."
    names = sorted(e.name for e in entities(text) if e.kind == "person")
    assert names == ["Анна Сомова", "Олег Сомов"]


def test_a_social_network_is_a_product_not_an_organisation():
    text = "Министр Олег Сомов написал в Твиттере, что встреча перенесена."
    assert not [e for e in entities(text) if e.kind == "organization"]


def test_the_learned_product_names_are_what_the_script_learns_from_the_dev_set():
    import sys
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[1]
    src = root.parent / "shared" / "data" / "nerel-dev"
    if not src.is_dir():
        pytest.skip("../shared/data/nerel-dev is not beside the project")
    sys.path.insert(0, str(root / "scripts"))
    from learn_product_names import learn

    shipped = (root / "kg" / "data" / "ru" / "product_names.txt").read_text(encoding="utf-8")
    assert [ln for ln in shipped.splitlines() if ln and not ln.startswith("#")] == learn(src)


def test_a_body_named_after_a_person_keeps_its_whole_name():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.known_names import NameMention, trim_leading_words
    from kg.records import Span

    text = "Администрация Олега Сомова утвердила бюджет. Олег Сомов выступил."
    a = analyse(text)
    body = NameMention(Span(0, 26, text[:26]), "Администрация Олега Сомова", "organization", True, 0, 2)
    start = text.index("Олег Сомов")
    person = NameMention(Span(start, start + 10, "Олег Сомов"), "Олег Сомов", "person", True, 6, 7)
    assert trim_leading_words(a, [body, person])[0].span.text == "Администрация Олега Сомова"


def test_one_persons_surname_in_two_cases_is_one_person():
    text = "Премию получил Олег Сомов. Вечером журналисты поздравили Олега Сомова."
    assert len([e for e in entities(text) if e.kind == "person"]) == 1


def test_a_word_of_description_opening_a_sentence_is_cut_from_a_name_seen_only_there():
    # the NER tags `Император Акихито`; `император` is a common word, not part of a name
    found = entities("Император Акихито выразил желание уйти на покой.")
    assert [m.text for e in found for m in e.mentions if e.kind == "person"] == ["Акихито"]


def test_a_latin_gloss_after_a_quoted_name_is_a_mention_of_it():
    text = "Газета «Вечерний Бостон» (Boston Evening) сообщила об аварии."
    ents = entities(text)
    [org] = holding(ents, "Вечерний Бостон")
    assert "Boston Evening" in [m.text for m in org.mentions]


def test_a_latin_gloss_with_diacritics_is_a_mention_of_the_person():
    text = "Министром стал Горан Петрович (Goran Petrović), бывший мэр Сплита."
    ents = entities(text)
    [person] = holding(ents, "Горан Петрович")
    assert "Goran Petrović" in [m.text for m in person.mentions]


def test_an_abbreviation_with_a_country_in_parentheses_is_the_same_entity():
    text = "Его назначили главой Федеральной таможенной службы РФ (ФТС РФ) в прошлом году."
    ents = entities(text)
    [org] = holding(ents, "Федеральной таможенной службы РФ")
    assert "ФТС РФ" in [m.text for m in org.mentions]


def test_a_first_name_the_dictionary_knows_as_a_common_word_stays_inside_a_sentence():
    text = "Вчера на премьеру пришла актриса Ума Турман."
    ents = entities(text)
    assert holding(ents, "Ума Турман")


def test_one_written_form_tagged_as_a_place_and_as_a_person_is_one_entity():
    text = "Галифакс встретил корабль. В порту Галифакса стоял туман. Галифакс затих."
    ents = entities(text)
    assert len(ents) == 1
    assert ents[0].kind == "place"
    assert len(ents[0].mentions) == 3


def test_a_first_name_that_is_also_a_common_word_opening_a_line_stays_in_the_name():
    # `Франк` is a currency too; the text calls the coach `Франком Мертенсом` inside a sentence
    text = ("Клуб подписал контракт с бельгийцем Франком Мертенсом.\n"
            "Франк Мертенс приступит к работе в понедельник.")
    ents = entities(text)
    [person] = [e for e in ents if e.kind == "person"]
    assert "Франк Мертенс" in [m.text for m in person.mentions]
    assert person.name == "Франк Мертенс"


def test_a_first_name_before_a_surname_tagged_alone_joins_the_name():
    # a caption line with the name; the text gives the surname this first name inside a sentence
    text = ("Приз жюри получил фильм режиссёра Робена Кампаньоля.\n"
            "Робен Кампаньоль\n"
            "Картина рассказывает о жизни рыбаков.")
    ents = entities(text)
    [person] = [e for e in ents if e.kind == "person"]
    assert sorted(m.text for m in person.mentions) == ["Робен Кампаньоль", "Робена Кампаньоля"]


def test_a_capitalised_word_before_a_surname_is_no_first_name_the_text_does_not_give_it():
    text = "Вчера выступил Олег Сомов.\nВыставка Сомов открылась утром."
    ents = entities(text)
    assert not holding(ents, "Выставка Сомов")


def test_a_noun_opening_a_line_is_cut_from_a_surname_the_text_gives_in_another_case():
    found = entities("Пресс-агент Сомова подтвердил новость\nАктёр Олег Сомов отказался от роли.")
    people = [e for e in found if e.kind == "person"]
    assert len(people) == 1 and "Сомова" in [m.text for m in people[0].mentions]


def test_a_first_name_opening_a_line_is_not_cut_from_the_surname():
    found = entities("Вера Сомова\nАктёр Олег Сомов и Вера Сомова поженились.")
    assert any(m.text == "Вера Сомова" for e in found for m in e.mentions)


def test_a_noun_opening_a_line_is_cut_from_a_latin_name_the_text_knows():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.known_names import NameMention, trim_leading_words
    from kg.records import Span

    text = "Удобрения Agrofirm\nКомпания Agrofirm выпустила новый гербицид."
    a = analyse(text)
    glued = NameMention(Span(0, 18, text[:18]), "Удобрения Agrofirm", "organization", True, 0, 1)
    start = text.index("Agrofirm", 20)
    alone = NameMention(Span(start, start + 8, "Agrofirm"), "Agrofirm", "organization", True, 3, 3)
    assert trim_leading_words(a, [glued, alone])[0].span.text == "Agrofirm"


def test_a_hyphenated_common_word_opening_a_headline_is_cut_from_the_name():
    text = ("Пресс-агент Сомова опроверг слухи\n\n"
            "Игорь Сомов не болен, заявил его пресс-агент журналистам.")
    persons = [e for e in entities(text) if e.kind == "person"]
    assert [(p.name, [m.text for m in p.mentions]) for p in persons] == [
        ("Игорь Сомов", ["Сомова", "Игорь Сомов"])]


def test_a_hyphenated_first_name_opening_a_line_stays():
    persons = [e for e in entities("Жан-Марк Эро прибыл в Москву.") if e.kind == "person"]
    assert [p.name for p in persons] == ["Жан-Марк Эро"]


def _person(text: str, a, fragment: str):
    from kg.nlp.base import span
    from kg.nlp.ru.known_names import NameMention

    start = text.index(fragment)
    first = next(t.index for t in a.tokens if t.start == start)
    last = next(t.index for t in a.tokens if t.end == start + len(fragment))
    return NameMention(span(text, start, start + len(fragment)), fragment, "person", False,
                       first, last)


def test_a_persons_mention_ending_on_a_title_makes_no_surname_of_the_title():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import surname_stem
    from kg.nlp.ru.known_names import repeated_names

    text = ("Митрополит Климент стал Сербским Патриархом. "
            "Прежний Патриарх умер в мае. Интронизация нового Патриарха прошла в воскресенье.")
    a = analyse(text)
    found = repeated_names(a, [_person(text, a, "Сербским Патриархом")], surname_stem)
    assert [m.span.text for m in found] == ["Сербским Патриархом"]


def test_a_persons_surname_is_still_found_in_its_other_forms():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import surname_stem
    from kg.nlp.ru.known_names import repeated_names

    text = "Тренером стал Игорь Сомов. Клуб доверяет Сомову, а болельщики поддержали Сомова."
    a = analyse(text)
    found = repeated_names(a, [_person(text, a, "Игорь Сомов")], surname_stem)
    assert [m.span.text for m in found] == ["Игорь Сомов", "Сомову", "Сомова"]
