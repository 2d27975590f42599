"""Entity shapes of the seventeenth round (ments17): the Latin gloss of a name a late pass found, a
body and the quoted organisation it belongs to, an untagged name in a run of quoted names.
Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def mentions(text: str, kind: str | None = None) -> list[str]:
    return [m.text for e in entities(text) if kind is None or e.kind == kind for m in e.mentions]


# the Latin gloss in brackets after a name that only a later pass finds (a quoted facility)


def test_the_gloss_of_a_quoted_facility_is_the_same_place():
    text = "Туристы собрались у фонтана «Зелёный лист» (Green Leaf) в центре Омска."
    places = [e for e in entities(text) if e.kind == "place" and e.name == "Зелёный лист"]
    assert len(places) == 1
    assert sorted(m.text for m in places[0].mentions) == ["Green Leaf", "Зелёный лист"]


def test_the_gloss_of_a_person_stays_one_mention():
    text = "Соглашение подписал Игорь Ветров (Igor Vetrov) из Омска."
    assert mentions(text, "person").count("Igor Vetrov") == 1


# a body's name and the quoted name of the organisation it belongs to


def test_a_board_and_the_quoted_company_in_the_genitive_are_one_body():
    text = "Об этом рассказал председатель Совета директоров «Дельта-Инвеста» Олег Рябов."
    found = mentions(text, "organization")
    assert "Совета директоров «Дельта-Инвеста»" in found
    assert "Дельта-Инвеста" in found  # the company stays, nested
    assert "Совета директоров" not in found


def test_a_council_of_a_party_named_in_the_nominative_is_one_body():
    text = "Заявление сделал член Высшего совета партии «Народный союз» Павел Сомов."
    assert "Высшего совета партии «Народный союз»" in mentions(text, "organization")


def test_a_quoted_name_in_the_nominative_after_a_body_names_the_body_itself():
    text = "Следователь Андрей Лунин находится в СИЗО «Лефортово» под стражей."
    assert not any("«" in m for m in mentions(text))


def test_a_quoted_name_after_a_capitalised_owner_is_not_joined():
    text = "Сотрудник Института Гаршина «Северный Ветер» написал письмо в Омск."
    assert not any("Института Гаршина «" in m for m in mentions(text))


# a name in a run of quoted names


def test_an_untagged_name_in_a_run_of_channels_is_a_body():
    text = "Телеканалы «Нил-24», «Хафиз» и «Аль-Фаджр» закрыли."
    assert "Хафиз" in mentions(text, "organization")


def test_a_run_of_song_titles_stays_out():
    text = "Ансамбль исполнил песни «Лето», «Мост», «Ветер» и «Дождь» в Самаре."
    assert mentions(text, "organization") == []


def test_the_gloss_of_a_whole_quoted_title_is_not_given_to_a_name_inside_it():
    text = "Первая песня называется «Пришёл Сомов» (Somov is here), её знает Олег Сомов."
    assert "Somov is here" not in mentions(text)


def test_a_place_ending_a_quoted_name_takes_no_abbreviation_after_the_quote():
    text = "Движение «Лашкар Пакистан» (ЛП) избрало лидера в Пакистане. Граница с Пакистаном закрыта."
    places = [e for e in entities(text) if e.kind == "place"]
    assert [e.name for e in places] == ["Пакистан"]
    assert "ЛП" not in [m.text for m in places[0].mentions]


# a company's legal form, its quoted name and the abbreviation the NER takes in with them


def test_a_quoted_company_with_its_abbreviation_in_brackets_is_kept():
    text = "Следователи допросили должностных лиц ЗАО «Северная горная компания» (СГК) в Омске."
    companies = [e for e in entities(text) if e.kind == "organization"]
    assert [e.name for e in companies] == ["Северная горная компания"]
    assert sorted(m.text for m in companies[0].mentions) == ["СГК", "Северная горная компания"]


# abbreviations of common nouns


def test_an_abbreviation_of_a_common_noun_is_no_body():
    text = "На место прибыли пожарные и бригада СМП, а органы МСУ Омска объявили сбор."
    assert not {"СМП", "МСУ"} & set(mentions(text))


# a service of the learned product list named as the company that runs it


def test_a_service_after_a_post_or_a_company_noun_is_the_company():
    text = "Основатель Facebook Олег Рябов объявил о продаже. Он написал об этом в Facebook."
    assert mentions(text, "organization") == ["Facebook"]  # the founder's company, not the page
    text = "Суд оштрафовал компанию Twitter на 3000 рублей. Пользователи Twitter возмутились."
    assert mentions(text, "organization") == ["Twitter"]


def test_a_service_written_to_stays_no_entity():
    text = "Депутат Олег Рябов написал об этом в Twitter, а его помощник ответил в Facebook."
    assert mentions(text, "organization") == []


# a place in the genitive the NER read into the name of the person after it


def _person_over(text: str, words: str, last: bool = False):
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import _Mention
    from kg.nlp.base import span

    a = analyse(text)
    start = text.rindex(words) if last else text.index(words)
    end = start + len(words)
    first, last = a.token_at(start), a.token_at(end - 1)
    return a, _Mention(span(text, start, end), words, "person", True, first.index, last.index)


def test_a_place_opening_a_persons_name_after_a_title_is_split_off():
    from kg.nlp.ru.entities import _place_before_person

    text = "Умер король Самоа Малиэтоа Тану IV. В Самоа объявлен траур."
    a, glued = _person_over(text, "Самоа Малиэтоа Тану IV")
    _, country = _person_over(text, "Самоа", last=True)  # the country, named in its own right
    country.kind, country.name = "place", "Самоа"
    out = _place_before_person(a, [glued, country])
    assert [(m.span.text, m.kind) for m in out] == [("Самоа", "place"), ("Малиэтоа Тану IV", "person"),
                                                    ("Самоа", "place")]
    # without the country named elsewhere the dictionary's guess is no evidence
    assert [m.kind for m in _place_before_person(a, [glued])] == ["person"]


def test_a_surname_before_a_first_name_and_patronymic_stays_the_persons():
    from kg.nlp.ru.entities import _place_before_person

    text = "Заявление подписала Кирова Анна Петровна, жительница города Кирова."
    a, person = _person_over(text, "Кирова Анна Петровна")
    _, town = _person_over(text, "Кирова", last=True)  # the town she lives in
    town.kind, town.name = "place", "Киров"
    out = _place_before_person(a, [person, town])
    assert [(m.span.text, m.kind) for m in out] == [("Кирова Анна Петровна", "person"), ("Кирова", "place")]


def test_a_persons_first_name_written_as_a_place_the_text_names_stays_hers():
    # the state is named too, but `Джорджия` in its nominative is the actress's first name
    text = "Выборы прошли в штате Джорджия. Её поддержала актриса Джорджия Мэй Сомерс из Атланты."
    assert "Джорджия Мэй Сомерс" in [e.name for e in entities(text) if e.kind == "person"]
    text = "Выборы прошли в штате Виктория. Победила политик Виктория Энн Марлоу из Мельбурна."
    assert "Виктория Энн Марлоу" in [e.name for e in entities(text) if e.kind == "person"]


def test_a_place_in_the_genitive_after_a_title_is_still_split_off_the_name():
    from kg.nlp.ru.entities import _place_before_person

    text = "Выступил премьер Джорджии Лайонел Кент Ботт. Выборы прошли в штате Джорджия."
    a, glued = _person_over(text, "Джорджии Лайонел Кент Ботт")
    _, state = _person_over(text, "Джорджия", last=True)
    state.kind, state.name = "place", "Джорджия"
    out = _place_before_person(a, [glued, state])
    assert [(m.span.text, m.kind) for m in out][:2] == [("Джорджии", "place"), ("Лайонел Кент Ботт", "person")]
    # written as the state's own name it is the person's first name
    a, named = _person_over(text.replace("премьер Джорджии", "премьер Джорджия"), "Джорджия Лайонел Кент Ботт")
    _, state = _person_over(text, "Джорджия", last=True)
    state.kind, state.name = "place", "Джорджия"
    assert [m.kind for m in _place_before_person(a, [named, state])][:1] == ["person"]
    assert len(_place_before_person(a, [named, state])) == 2


# a place of two words the NER leaves untagged


def test_the_soviet_union_inside_an_award_is_a_place():
    text = "В 1945 году лётчик Павел Ланин стал Героем Советского Союза, а жил в Советском Союзе до 1991 года."
    places = [e for e in entities(text) if e.kind == "place"]
    assert [e.name for e in places] == ["Советский Союз"]
    assert [m.text for m in places[0].mentions] == ["Советского Союза", "Советском Союзе"]


# a body named after its leader


def test_a_government_named_after_its_leader_is_one_body_with_the_leader_inside():
    text = "Решение приняли при правительстве Павла Ланина, и его поддержали в Омске."
    assert "правительстве Павла Ланина" in mentions(text, "organization")
    assert "Павла Ланина" in mentions(text, "person")  # the leader stays, nested


def test_the_holder_of_a_post_of_the_government_is_no_part_of_it():
    text = "Законопроект поддержал председатель правительства Виктор Гаев из Омска."
    assert mentions(text, "organization") == []
    assert "Виктор Гаев" in mentions(text, "person")


def test_a_persons_own_office_room_is_no_cabinet_of_ministers():
    text = "Полицейские провели обыск в рабочем кабинете Глеба Ушакова в здании мэрии Твери."
    assert not any(m.lower().startswith(("кабинет", "рабочем")) for m in mentions(text, "organization"))
    assert "Глеба Ушакова" in mentions(text, "person")
    text = "Папку с договорами нашли в личном кабинете Глеба Ушакова на третьем этаже."
    assert not any(m.lower().startswith("кабинет") for m in mentions(text, "organization"))


def test_the_holder_of_a_post_of_the_government_in_the_genitive_is_no_part_of_it():
    text = "Депутаты выслушали доклад председателя правительства Виктора Гаева о ценах на хлеб."
    assert not any("Гаева" in m for m in mentions(text, "organization"))
    assert "Виктора Гаева" in mentions(text, "person")
    # after a post in another case the genitive name is the government's leader
    text = "Министр правительства Виктора Гаева подал в отставку в Омске."
    assert "правительства Виктора Гаева" in mentions(text, "organization")


def test_an_administration_named_after_its_leader_is_left_to_the_leader():
    text = "Администрация Павла Ланина подтвердила назначение посла в Омске."
    assert not any(m.startswith("Администрация") for m in mentions(text))
