"""Names a word before them makes or unmakes (kg.nlp.ru.eponyms): the person a law or treaty is
named after, the physician of an illness, a web service used as a place to write in. Sentences
and names are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.eponyms import eponym_persons, eponymous_diseases, services_used
from kg.nlp.ru.known_names import NameMention


def _given(text: str, given: tuple[tuple[str, str], ...]):
    """The analysis and the mentions `given` (words, kind), set by hand."""
    a = analyse(text)
    mentions = []
    for words, kind in given:
        at = text.index(words)
        first, last = a.token_at(at), a.token_at(at + len(words) - 1)
        mentions.append(NameMention(span(text, at, at + len(words)), words, kind, True,
                                    first.index, last.index))
    return a, mentions


def _eponyms(text: str, given: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    a, mentions = _given(text, given)
    return [(m.span.text, m.kind) for m in eponym_persons(a, mentions)]


def _diseases(text: str, given: tuple[tuple[str, str], ...]) -> list[str]:
    a, mentions = _given(text, given)
    return [m.span.text for m in eponymous_diseases(a, mentions)]


def _services(text: str, given: tuple[tuple[str, str], ...]) -> list[str]:
    a, mentions = _given(text, given)
    return [m.span.text for m in services_used(a, mentions)]


def test_a_surname_after_a_law_noun_is_the_person_it_is_named_after():
    text = "Депутаты спорили о поправках к «закону Петровой» до позднего вечера."
    assert _eponyms(text) == [("Петровой", "person")]


def test_two_surnames_joined_by_a_hyphen_after_a_treaty_noun_are_two_people():
    text = "Историки спорили о том, как пакт Комарова-Морозова изменил границы."
    assert _eponyms(text) == [("Комарова", "person"), ("Морозова", "person")]


def test_a_place_after_a_law_noun_is_left_alone():
    text = "Новый закон Украины вступит в силу в марте."
    assert _eponyms(text) == []


def test_a_surname_already_tagged_after_a_law_noun_is_left_as_it_is():
    text = "Депутаты спорили о поправках к «закону Петровой» до позднего вечера."
    assert _eponyms(text, (("Петровой", "person"),)) == [("Петровой", "person")]


def test_a_surname_after_an_illness_noun_is_no_person():
    text = "Врачи нашли у старого актёра признаки болезни Альцгеймера прошлой осенью."
    assert _diseases(text, (("Альцгеймера", "person"),)) == []


def test_the_illness_of_a_person_named_in_full_stays_that_person():
    text = "Писатель Пётр Сомов долго лечился. Врачи скрывали тяжесть болезни Сомова от публики."
    given = (("Пётр Сомов", "person"), ("Сомова", "person"))
    assert _diseases(text, given) == ["Пётр Сомов", "Сомова"]


def test_a_service_after_v_is_where_one_writes_no_entity():
    text = "Певица написала в Telegram, что концерт переносится."
    assert _services(text, (("Telegram", "organization"),)) == []


def test_a_service_after_a_possessive_and_a_page_noun_is_no_entity():
    text = "Блогер показал снимки на своей странице ВК и в своём Фейсбуке."
    given = (("ВК", "organization"), ("Фейсбуке", "organization"))
    assert _services(text, given) == []


def test_services_joined_by_and_after_a_messenger_noun_are_no_entities():
    text = "Угрозы рассылали в мессенджерах Viber и WhatsApp всю неделю."
    given = (("Viber", "organization"), ("WhatsApp", "organization"))
    assert _services(text, given) == []


def test_a_service_after_a_company_noun_stays_the_company():
    text = "Он три года проработал в компании Telegram программистом."
    assert _services(text, (("Telegram", "organization"),)) == ["Telegram"]


def test_a_service_acting_with_no_preposition_stays_the_company():
    text = "Telegram объявил о выпуске новой версии приложения."
    assert _services(text, (("Telegram", "organization"),)) == ["Telegram"]


def _places(text: str) -> list[str]:
    from kg.nlp import extract
    from kg.records import Document

    entities = extract(Document("t", text)).entities
    return [m.text for e in entities if e.kind == "place" for m in e.mentions]


def test_a_road_noun_opening_a_sentence_names_the_road_after_it():
    # kg.nlp.ru.name_types.road_numbers: the capitalised noun as a subject, in the nominative
    assert _places("Автодорога Р-217 будет закрыта на ремонт до пятницы.") == ["Р-217"]


def test_a_capitalised_road_noun_in_another_case_opens_no_road():
    assert _places("Дорогой A8 бизнесмен так и не обзавёлся.") == []


def test_a_town_adjective_after_a_dash_inside_a_sentence_is_left_alone():
    # kg.nlp.ru.country_adjectives.place_adjectives: after a dash the capital may open a clause
    assert _places("Ответ был один — Саранский проект провалился.") == []


def test_a_town_adjective_before_goods_names_a_brand_not_the_town():
    # kg/data/ru/brand_product_nouns.txt: `Боржомская вода` is a brand named after Borjomi
    assert _places("Гостям на приёме подали Боржомскую воду и сок.") == []


def test_a_town_adjective_before_other_nouns_still_names_the_town():
    assert _places("Стороны обещали соблюдать условия Киотского договора.") == ["Киотского"]


def _given_kind(text: str, words: str, kind: str):
    from kg.nlp.ru.country_adjectives import place_adjectives_before_persons

    a, mentions = _given(text, ((words, kind),))
    return [(m.span.text, m.kind, m.name) for m in place_adjectives_before_persons(a, mentions)]


def test_a_town_adjective_and_a_person_noun_tagged_as_a_body_are_the_town():
    text = "Делегация весь день ждала приезда Харьковского губернатора."
    found = _given_kind(text, "Харьковского губернатора", "organization")
    assert found == [("Харьковского", "place", "Харьков")]


def test_a_country_adjective_and_a_title_tagged_as_a_person_are_the_country():
    text = "Он стал пятым Сербским Патриархом за столетие."
    found = _given_kind(text, "Сербским Патриархом", "person")
    assert found == [("Сербским", "place", "Сербия")]


def test_a_town_adjective_and_a_body_s_noun_stay_the_body():
    text = "Харьковский университет объявил новый набор студентов."
    found = _given_kind(text, "Харьковский университет", "organization")
    assert found == [("Харьковский университет", "organization", "Харьковский университет")]


def test_a_quoted_title_of_a_town_adjective_and_a_person_noun_stays_whole():
    text = "Статья вышла в газете «Харьковский пенсионер» в пятницу."
    found = _given_kind(text, "Харьковский пенсионер", "organization")
    assert found == [("Харьковский пенсионер", "organization", "Харьковский пенсионер")]


def test_the_illness_of_a_surname_no_illness_is_named_after_stays_the_person():
    # kg/data/ru/eponymous_illness_names.txt: the news writes of the illnesses of its people
    text = "Пресс-секретарь опроверг слухи о болезни Сомова на брифинге."
    assert _diseases(text, (("Сомова", "person"),)) == ["Сомова"]


def test_a_service_whose_people_speak_stays_the_company():
    text = "В Telegram заявили, что сбой устранён к утру."
    assert _services(text, (("Telegram", "organization"),)) == ["Telegram"]


def test_a_service_addressed_by_a_verb_stays_the_company():
    # kg/data/ru/service_body_verbs.txt
    text = "Следователи обратились в WhatsApp с запросом о переписке."
    assert _services(text, (("WhatsApp", "organization"),)) == ["WhatsApp"]


def test_a_service_invested_in_stays_the_company():
    text = "Фонд вложил деньги в Telegram прошлой весной."
    assert _services(text, (("Telegram", "organization"),)) == ["Telegram"]


def test_a_service_after_the_preposition_of_another_noun_is_where_one_writes():
    text = "Пользователи жалуются на сбои в WhatsApp с самого утра."
    assert _services(text, (("WhatsApp", "organization"),)) == []


def test_a_region_adjective_before_its_produce_names_the_region():
    # kg/data/ru/brand_product_nouns.txt keeps no regional produce
    assert _places("Гости на приёме хвалили Крымское вино и фрукты.") == ["Крымское"]


def test_a_town_adjective_names_the_town_the_gazetteer_knows_not_a_river():
    # the dictionary knows the river Кура and the town Курск; the news means the town
    from kg.nlp.ru.country_adjectives import adjective_place

    assert adjective_place("курский") == "Курск"


def test_of_two_places_the_gazetteer_knows_the_adjective_keeps_the_first():
    from kg.nlp.ru.country_adjectives import adjective_place

    assert adjective_place("уральский") == "Урал"


def test_a_town_adjective_and_a_person_noun_name_the_town_not_its_river():
    text = "Делегация весь день ждала приезда Курского губернатора."
    found = _given_kind(text, "Курского губернатора", "organization")
    assert found == [("Курского", "place", "Курск")]


def test_an_adjective_of_a_town_in_ova_names_that_town():
    # `московский` is made from Москва, not from the dictionary's Московия
    from kg.nlp.ru.country_adjectives import adjective_place

    assert adjective_place("московский") == "Москва"


def test_a_place_adjective_and_a_plural_kind_of_person_tagged_as_a_body_stay_the_body():
    # a team's or an ensemble's name, not one nameless person
    text = "Вчера в финале победили Сибирские Снайперы из Новосибирска."
    found = _given_kind(text, "Сибирские Снайперы", "organization")
    assert found == [("Сибирские Снайперы", "organization", "Сибирские Снайперы")]
