"""A country adjective and the head noun of a court or parliament opening a sentence (`Итальянский
суд`) are one organisation. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def organisations(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "organization"}


def test_a_country_adjective_and_a_court_opening_a_sentence_are_one_organisation():
    found = organisations("Вчера прошёл митинг. Португальский суд оштрафовал троих участников.")
    assert found == {"Португальский суд": ["Португальский суд"]}


def test_the_court_opening_a_headline_line_is_one_organisation():
    found = organisations("Норвежский суд оправдал журналиста\nПриговор огласили в понедельник.")
    assert found == {"Норвежский суд": ["Норвежский суд"]}


def test_the_police_or_government_of_a_country_adjective_are_the_country_not_a_body():
    assert organisations("Днём прошёл митинг. Норвежская полиция задержала троих.") == {}
    assert organisations("Днём прошёл митинг. Норвежские власти закрыли границу.") == {}


def test_the_same_words_in_lower_case_inside_a_sentence_are_no_name():
    assert organisations("Министр сказал, что португальский суд оштрафовал троих.") == {}


def test_a_country_adjective_before_a_noun_that_heads_no_body_makes_no_organisation():
    assert organisations("Португальский фермер подал иск к соседу.") == {}


def places(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "place"}


def test_a_capitalised_town_adjective_inside_a_sentence_names_the_town():
    found = places("Стороны обещали и дальше соблюдать условия Киотского договора.")
    assert found == {"Киото": ["Киотского"]}
    assert places("Министр напомнил о нормах Венского соглашения.") == {"Вена": ["Венского"]}


def test_the_adjective_of_a_country_or_region_made_of_its_stem_names_it():
    # `боснийский` → Босния, `сомалийский` → Сомали (the stem's `й` dropped)
    found = places("Он воевал добровольцем во время Боснийской кампании.")
    assert found == {"Босния": ["Боснийской"]}
    found = places("Летом он служил переводчиком во время Сомалийской операции.")
    assert found == {"Сомали": ["Сомалийской"]}


def test_an_adjective_opening_a_sentence_or_a_quoted_title_is_left_alone():
    assert places("Венский оркестр дал концерт для ветеранов.") == {}
    assert places("Группа выпустила альбом «Венские ночи» осенью.") == {}


def test_an_adjective_before_a_capitalised_word_or_of_a_person_s_name_is_left_alone():
    # `Олимпийских игр` (not Olympia: stop-listed), `Михайловской премии` (a person's name)
    assert places("Сборная готовится к стартам Олимпийских игр.") == {}
    assert places("Поэт стал лауреатом Михайловской премии.") == {}


def test_an_adjective_of_a_common_word_is_no_town_named_after_that_word():
    # review18c: `Советск`, `Славянск`, `Комсомольск` are towns named after the word the adjective
    # is of (place_adjective_stoplist.txt)
    assert places("Старики вспоминали годы Советской власти без тоски.") == {}
    assert places("Певица выступила на открытии Славянского базара летом.") == {}
    assert places("Музей рассказал о Комсомольской стройке в тайге.") == {}


def test_a_church_feast_s_adjective_is_no_town():
    from kg.nlp.ru.country_adjectives import adjective_place

    # `Покровского собора`, `Спасской башни`: not Pokrovsk or Spassk (the NER mostly tags the
    # whole name; where it does not, the adjective alone must not become the town)
    assert [adjective_place(w) for w in ("покровский", "спасский", "петропавловский")] == [
        None, None, None]
    assert adjective_place("балтийский") is None  # `Балтийского региона`: not Baltiysk


def test_the_adjective_names_the_place_before_a_town_of_sk_named_after_it():
    from kg.nlp.ru.country_adjectives import adjective_place

    # `уральский` is the Ural's (not Uralsk's), `черногорский` Montenegro's (not Chernogorsk's)
    assert adjective_place("уральский") == "Урал"
    assert adjective_place("байкальский") == "Байкал"
    assert adjective_place("черногорский") == "Черногория"
    # a town of `-ск` still names its own adjective
    assert adjective_place("саранский") == "Саранск"
    assert adjective_place("минский") == "Минск"


def test_a_hyphenated_place_keeps_its_capitals():
    from kg.nlp.ru.country_adjectives import adjective_place

    assert adjective_place("нью-йоркский") == "Нью-Йорк"
