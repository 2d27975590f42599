"""Entity shapes of the eleventh round (ents11): a Latin name the text calls a product, a place
glued to a year, a disease named after a person. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def mentions(text: str, kind: str | None = None) -> list[str]:
    return [m.text for e in entities(text) if kind is None or e.kind == kind for m in e.mentions]


# a Latin name the text calls a product

BROWSER = (
    "Программист представил браузер Telvio для планшетов. В Telvio заявили, что Telvio работает "
    "быстрее конкурентов, сообщил Павел Сорнев. Пользователи Telvio довольны."
)
PLANE = (
    "Вчера самолёт Hallmont совершил посадку в Омске. Пилоты Hallmont рассказали журналистам о "
    "полёте, а пассажир Олег Сомов поблагодарил экипаж."
)


def test_a_latin_name_after_a_product_noun_is_no_entity_anywhere_in_the_text():
    found = mentions(BROWSER)
    assert not any("Telvio" in m for m in found)
    assert "Павел Сорнев" in found  # the people of the text stay


def test_an_aircraft_named_in_latin_is_a_product():
    found = mentions(PLANE)
    assert not any("Hallmont" in m for m in found)
    assert "Омске" in found


def test_a_latin_name_the_text_also_calls_a_company_stays():
    text = "Компания Hallmont отозвала партию машин. " + PLANE
    assert "Hallmont" in mentions(text, "organization")


def test_a_latin_name_whose_representative_speaks_is_the_maker_and_stays():
    text = ("Вчера самолёт Hallmont совершил посадку в Омске. Представитель Hallmont Олег Сомов "
            "поблагодарил экипаж.")
    assert "Hallmont" in mentions(text, "organization")


def test_a_latin_name_without_a_product_noun_stays():
    text = (
        "Вчера Hallmont совершил посадку в Омске. Пилоты Hallmont рассказали журналистам о "
        "полёте, а представитель Hallmont Олег Сомов поблагодарил экипаж."
    )
    assert "Hallmont" in mentions(text, "organization")


# a place glued to a year


def test_a_place_glued_to_a_year_is_a_place():
    found = entities("Олимпийская чемпионка Омск-2014 Ирина Сомова завершила карьеру.")
    places = [(m.text, e.name) for e in found if e.kind == "place" for m in e.mentions]
    assert places == [("Омск", "Омск")]


def test_a_place_glued_to_a_year_inside_quotes_is_a_place():
    found = mentions("Студентка из Казани стала «Мисс Бразилия-2019» в субботу.", "place")
    assert found == ["Казани", "Бразилия"]


def test_a_place_glued_to_a_year_is_no_person():
    found = entities("Победитель турнира Берлин-96 вернулся домой.")
    assert [(e.kind, e.name) for e in found] == [("place", "Берлин")]


def test_a_word_glued_to_a_year_that_names_no_place_stays_out():
    found = mentions("Золото Олимпиады-2016 досталось Ирине Сомовой.")
    assert found == ["Ирине Сомовой"]


def test_a_place_glued_to_a_three_digit_number_is_left_alone():
    # `Омск-198` is no year: a code or a title, not the place
    assert "Омск" not in mentions("Режиссёр снял картину «Омск-198» о заводе.")


def test_a_place_glued_to_a_year_quoted_alone_is_a_name_of_its_own():
    # a channel, a club or a film named after the place and a year is not the place
    assert "Омск" not in mentions("Журналисты телеканала «Омск-24» покинули студию.")


def test_a_brand_noun_does_not_make_a_latin_name_a_product():
    text = (
        "Актриса стала лицом марки Hallmont. Представители Hallmont поблагодарили её, сообщил "
        "Павел Сорнев."
    )
    assert "Hallmont" in mentions(text, "organization")


# a quoted title after a noun of a work

SERIES = (
    "Режиссёр Олег Сомов снял сериал «Звезда Востока». Съёмки «Звезда Востока» шли в "
    "Мурманске, а звезда «Звезда Востока» Анна Котова получила премию."
)


def test_a_quoted_title_after_a_work_noun_is_no_entity_anywhere_in_the_text():
    found = mentions(SERIES)
    assert not any("Звезда Востока" in m for m in found)
    assert "Олег Сомов" in found and "Мурманске" in found and "Анна Котова" in found


def test_a_series_named_after_a_woman_is_no_person():
    text = SERIES.replace("Звезда Востока", "Алиса")
    assert "Алиса" not in mentions(text)


def test_a_quoted_name_after_another_noun_stays():
    text = (
        "Акционеры компании «Звезда Востока» собрались в Мурманске. Руководство «Звезда "
        "Востока» Анна Котова отчиталась."
    )
    assert "Звезда Востока" in mentions(text, "organization")


def test_every_title_of_a_run_after_a_work_noun_is_no_entity():
    text = (
        "Актриса Вера Лунина снималась в фильмах «Северный ветер», «Оттепель» и «Мельница». "
        "Композитор Глеб Сорин написал такие песни, как «Старый причал», «Вьюга», «Ласточка». "
        "Зрители в Твери полюбили «Оттепель»."
    )
    found = mentions(text)
    for title in ("Оттепель", "Мельница", "Вьюга", "Ласточка"):
        assert title not in found
    assert "Вера Лунина" in found and "Глеб Сорин" in found


def test_a_run_of_titles_with_years_after_works_is_no_entity():
    text = (
        "Писатель Игорь Замятин известен по произведениям: «Дом у реки» (1979 год), "
        "«Гавань» (1984 год), «Зимовье» (1990 год). Он живёт в Пскове."
    )
    found = mentions(text)
    assert "Гавань" not in found and "Зимовье" not in found
    assert "Игорь Замятин" in found and "Пскове" in found


def test_a_title_after_a_work_noun_and_its_author_is_no_entity():
    text = (
        "Вышел новый сериал Олега Сомова «Морской патруль». Съёмки «Морской патруль» шли в "
        "Мурманске."
    )
    found = mentions(text)
    assert not any("патрул" in m for m in found)
    assert "Олега Сомова" in found and "Мурманске" in found


def test_a_title_in_another_case_is_the_same_work():
    text = (
        "Режиссёр Олег Сомов снял сериал «Морской патруль». Зрители «Морского патруля» ждут "
        "новый сезон в Мурманске."
    )
    found = mentions(text)
    assert not any("патрул" in m for m in found)
    assert "Олег Сомов" in found and "Мурманске" in found


def test_every_name_of_a_run_after_a_product_noun_is_no_entity():
    text = (
        "Фермер Олег Сомов в Омске опрыскивал поля препаратами «Агростар», «Полесье» и «Зарница». "
        "Компания «Полесье» выпускает также «Зарницу»."
    )
    found = mentions(text)
    assert "Зарница" not in found and found.count("Полесье") <= 1
    assert "Олег Сомов" in found and "Омске" in found


def test_a_run_of_quoted_names_after_another_noun_stays():
    text = (
        "Акции компаний «Оттепель», «Гавань» и «Северный ветер» подорожали. Представители "
        "«Гавани» и «Оттепели» собрались в Самаре."
    )
    found = mentions(text, "organization")
    assert "Гавань" in found and "Оттепель" in found


# a person's name inside a quoted title


def test_a_name_inside_a_quoted_title_is_the_person_the_text_names():
    text = "Учёного звали Фёдор Ильич Ромов. В Омске вышел фильм «Одна ночь Фёдора Ильича» о нём."
    people = [e for e in entities(text) if e.kind == "person"]
    assert len(people) == 1
    assert sorted(m.text for m in people[0].mentions) == ["Фёдор Ильич Ромов", "Фёдора Ильича"]


def test_a_name_known_only_from_a_title_is_left_alone():
    text = "В Твери показали спектакль «Дядя Ваня» и фильм «Спасти рядового Комарова»."
    assert not [e for e in entities(text) if e.kind == "person"]


def test_the_first_word_of_a_title_is_left_alone():
    text = "Актёр Борис Ланской сыграл в опере «Борис Годунов» в Твери."
    people = [e for e in entities(text) if e.kind == "person"]
    assert [[m.text for m in e.mentions] for e in people] == [["Борис Ланской"]]


# a country written in Latin letters


def test_a_latin_country_inside_a_latin_title_is_the_country():
    text = "Теннисистка Ирина Сомова победила на US Open, турнире в США."
    found = entities(text)
    usa = [e for e in found if e.kind == "place" and e.name == "США"]
    assert len(usa) == 1 and [m.text for m in usa[0].mentions] == ["US", "США"]


def test_a_latin_country_adjective_is_the_country():
    found = mentions("В финале Australian Open Ирина Сомова проиграла.", "place")
    assert found == ["Australian"]


def test_a_latin_country_after_another_latin_name_word_is_part_of_that_name():
    found = mentions("Самолёт авиакомпании Air France вылетел из Омска.", "place")
    assert "France" not in found


# a person's other name in a parenthesis


def test_a_surname_in_a_parenthesis_after_a_person_is_the_person():
    text = "Собор возглавил митрополит Феодосий (Дубравин). Позже Феодосий уехал в Варну."
    people = [e for e in entities(text) if e.kind == "person"]
    assert len(people) == 1 and "Дубравин" in [m.text for m in people[0].mentions]


def test_a_maiden_name_in_a_parenthesis_joins_the_woman():
    text = "Анна Сергеевна Котова (Берг) родилась в Омске в 1950 году."
    people = [e for e in entities(text) if e.kind == "person"]
    assert len(people) == 1 and "Берг" in [m.text for m in people[0].mentions]


def test_a_country_in_a_parenthesis_after_a_person_stays_a_place():
    found = entities("В жюри вошли Анна Котова (Франция) и Олег Сомов (Италия).")
    assert {e.name for e in found if e.kind == "place"} == {"Франция", "Италия"}


def test_a_club_in_a_parenthesis_after_a_person_is_no_name_of_hers():
    found = entities("Вратарь Олег Сомов (Мумий-Тролль) пропустил гол.")
    people = [e for e in found if e.kind == "person"]
    assert [m.text for m in people[0].mentions] == ["Олег Сомов"]


# a code of law written as an abbreviation


def test_a_code_of_law_is_no_body():
    found = mentions("Депутаты внесли поправки в ГК и обсудили их с Олегом Сомовым в Омске.")
    assert "ГК" not in found and "Омске" in found


# a quoted name after a facility's head noun


def test_a_quoted_name_after_a_facility_head_is_a_place():
    text = "Певицу Анну Котову доставили в подмосковный госпиталь «Дубравино», сообщил Олег Сомов."
    found = [(e.kind, m.text) for e in entities(text) for m in e.mentions]
    assert ("place", "Дубравино") in found


# a Latin name joined to a Russian noun


def test_a_latin_name_joined_to_a_russian_noun_is_no_entity():
    text = "Глава района Олег Сомов написал в своём Telegram-канале, что Омск готов к зиме."
    found = mentions(text)
    assert not any("Telegram" in m for m in found)
    assert "Олег Сомов" in found and "Омск" in found


def test_a_place_glued_to_a_number_after_a_channel_noun_is_the_channel():
    found = entities("В эфире телеканал Омск-24 показал интервью с Ириной Сомовой.")
    assert not any(e.kind == "place" and e.name == "Омск" for e in found)


# a name inside a title is put in the nominative of its own gender (`Соколовой` → `Соколова`,
# `Карловны` → `Карловна`), so a woman's surname matches the woman the text names, not a man of
# the same surname


def _title_names(text: str, person: str) -> list[tuple[str, str]]:
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.known_names import NameMention
    from kg.nlp.ru.name_types import names_in_titles
    from kg.records import Span

    a = analyse(text)
    start = text.index(person)
    first = next(t.index for t in a.tokens if t.start == start)
    last = next(t.index for t in a.tokens if t.end == start + len(person))
    where = Span(start, start + len(person), person)
    known = NameMention(where, person, "person", True, first, last)
    return [(m.span.text, m.name) for m in names_in_titles(a, [known]) if m is not known]


def test_a_womans_surname_inside_a_title_is_the_woman_the_text_names():
    text = "Депутат Мария Соколова выступила в Омске. Дума приняла «Закон Соколовой» в мае."
    assert _title_names(text, "Мария Соколова") == [("Соколовой", "Соколова")]


def test_a_womans_surname_inside_a_title_is_not_a_man_of_that_surname():
    text = "Депутат Пётр Соколов выступил в Омске. Дума приняла «Закон Соколовой» в мае."
    assert _title_names(text, "Пётр Соколов") == []


def test_a_name_that_only_begins_like_a_title_is_another_name():
    # `«Спартак»` is no case form of the film `«Спарта»`, nor `«Звездочка»` of `«Звезда»`
    text = (
        "Режиссёр Олег Сомов снял фильм «Спарта» и сериал «Звезда». Съёмки спонсировали клуб "
        "«Спартак» и завод «Звездочка» из Северодвинска."
    )
    found = mentions(text, "organization")
    assert "Спартак" in found and "Звездочка" in found
