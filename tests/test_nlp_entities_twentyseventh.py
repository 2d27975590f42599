"""Entities, twenty-seventh round: a capitalised country adjective opening a line or a sentence
before an office held for the country or one who serves it (`Китайский лидер`, `Американские
сенаторы`, `Норвежский солдат`) names the country, as before a thing; before a private person
(`Бельгийский математик`) it stays a nationality. A person introduced so (`Немецкий министр Клаус
Майер`) is still known by the adjective later on. Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document
from tests.speech_helpers import said, said_once


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities}


# ---- must fire ----------------------------------------------------------------------------


def test_a_country_adjective_before_a_leader_names_the_country():
    found = mentions("Китайский лидер прибыл в Москву с визитом.")
    assert found.get("Китай") == ["Китайский"]


def test_a_country_adjective_before_plural_senators_names_the_country():
    found = mentions("Американские сенаторы потребовали новых санкций.")
    assert found.get("США") == ["Американские"]


def test_a_country_adjective_before_a_minister_past_an_adjective_names_the_country():
    found = mentions("Дожди не утихают. Венгерский новый министр объявил о помощи фермерам.")
    assert found.get("Венгрия") == ["Венгерский"]


def test_a_country_adjective_before_an_official_opening_a_line_names_the_country():
    found = mentions("Визит в Сеул\nЯпонский премьер встретился с президентом Южной Кореи.")
    assert "Японский" in found.get("Япония", [])


def test_a_country_adjective_before_the_premiers_genitive_names_the_country():
    # `премьера` is also a first night; after a masculine genitive it is the premier's
    found = mentions("Шведского премьера Улофа Берга встретили в аэропорту.")
    assert found.get("Швеция") == ["Шведского"]


def test_a_country_adjective_before_a_capitalised_office_names_the_country():
    found = mentions("Испанский Король открыл выставку в Мадриде.")
    assert found.get("Испания") == ["Испанский"]


def test_a_country_adjective_before_its_soldier_names_the_country():
    found = mentions("Норвежский солдат получил ранение на учениях.")
    assert found.get("Норвегия") == ["Норвежский"]


def test_a_country_adjective_before_its_police_officers_names_the_country():
    found = mentions("Польские полицейские задержали угонщика на границе.")
    assert found.get("Польша") == ["Польские"]


# ---- must not fire ------------------------------------------------------------------------


def test_a_country_adjective_before_a_scientist_is_a_nationality():
    assert "Бельгия" not in mentions("Бельгийский математик получил премию за доказательство.")


def test_a_country_adjective_before_a_private_woman_is_a_nationality():
    assert "Израиль" not in mentions("Израильская лётчица установила рекорд дальности.")


def test_a_lower_case_country_adjective_before_an_official_is_no_mention():
    assert "Китай" not in mentions("Вчера китайский лидер прибыл в Москву.")


def test_an_official_in_a_quoted_title_is_no_mention():
    assert "США" not in mentions("Вышел фильм «Американский президент» с новыми актёрами.")


# ---- the person introduced with the adjective ----------------------------------------------


def test_an_official_introduced_with_the_adjective_is_the_speaker_it_names_later():
    speaker = said_once("Немецкий министр обороны Клаус Майер прибыл в Вильнюс. Немецкий министр "
                        "заявил, что учения пройдут в срок.")[0]
    assert speaker == "Клаус Майер"


def test_a_diplomat_later_is_the_ambassador_introduced_with_the_adjective():
    speaker = said_once("Французский посол Жан Дюпон вручил грамоты. Французский дипломат сказал, "
                        "что доволен встречей.")[0]
    assert speaker == "Жан Дюпон"


def test_the_adjective_of_another_country_does_not_name_the_ambassador():
    found = said("Французский посол Жан Дюпон вручил грамоты. Итальянский дипломат сказал, "
                 "что доволен встречей.")
    assert all(speaker != "Жан Дюпон" for speaker, *_ in found)


# ---- the country adjectives the table lacked ------------------------------------------------


def test_an_adjective_of_a_middle_eastern_state_opening_a_line_names_it():
    assert mentions("Ливанская организация объявила о перемирии.").get("Ливан") == ["Ливанская"]


def test_an_adjective_spelt_apart_from_its_countrys_name_opening_a_line_names_it():
    found = mentions("Малазийская компания купила завод в Сингапуре.")
    assert found.get("Малайзия") == ["Малазийская"]


def test_an_adjective_of_an_african_state_opening_a_line_names_it():
    assert mentions("Руандийская армия вошла в город.").get("Руанда") == ["Руандийская"]


def test_a_new_countrys_adjective_before_a_sportsman_is_still_a_nationality():
    assert "Монголия" not in mentions("Монгольский борец выиграл турнир в Токио.")


# ---- review (rev27b): sentences written for the review ----------------------------------------


def test_a_country_adjective_before_a_military_expert_is_a_nationality():
    # `военный` describes the expert here, it is no serviceman
    assert "Россия" not in mentions("Российский военный эксперт Иван Петров считает, что "
                                    "переговоры провалятся.")


def test_a_country_adjective_before_military_doctors_is_a_nationality():
    assert "США" not in mentions("Американские военные врачи прибыли в Киев.")


def test_a_country_adjective_before_its_military_as_a_noun_names_the_country():
    assert mentions("Американские военные прибыли в Киев.").get("США") == ["Американские"]


def test_a_country_adjective_before_a_figurative_queen_is_a_nationality():
    assert "Великобритания" not in mentions("Британская королева красоты Анна Смит вышла замуж.")


def test_a_country_adjective_before_a_figurative_king_is_a_nationality():
    assert "Китай" not in mentions("Китайский король недвижимости Ли Вэй арестован.")


def test_a_country_adjective_before_a_named_king_names_the_country():
    assert mentions("Испанский король Филипп открыл выставку.").get("Испания") == ["Испанский"]


def test_a_new_countrys_adjective_in_an_orders_name_is_the_orders_name():
    found = mentions("Мальтийский орден открыл госпиталь в Риме.")
    assert "Мальта" not in found and "Мальтийский орден" in found


def test_a_new_countrys_adjective_before_a_film_director_is_a_nationality():
    assert "Новая Зеландия" not in mentions("Новозеландский режиссёр Питер Джексон снял фильм.")


def test_a_learned_country_adjective_before_a_figurative_king_is_a_nationality():
    assert "Украина" not in mentions("Украинский король шансона Пётр Зорин дал концерт.")


def test_a_learned_country_adjective_before_a_thing_still_names_the_country():
    assert mentions("Украинская компания построила мост.").get("Украина") == ["Украинская"]
