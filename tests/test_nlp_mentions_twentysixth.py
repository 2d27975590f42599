"""Mention spans, twenty-sixth round. A capitalised adjective of a country or a town opening a
line or a sentence before a thing (`Американская компания`, `Ливерпульский клуб`) names the place;
before a private person (`Французский актёр`), a language, a region word, a brand's product, a
quoted title or a longer name it does not (before an official it does since the twenty-seventh
round: tests/test_nlp_entities_twentyseventh.py). A Latin name right after a noun of a work or a
show (`альбом Nightfall`) is the work, no entity. Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities}


# ---- must fire ----------------------------------------------------------------------------


def test_a_country_adjective_opening_a_line_before_a_company_names_the_country():
    found = mentions("Японская компания выпустила новый смартфон в понедельник.")
    assert found.get("Япония") == ["Японская"]


def test_a_country_adjective_opening_a_later_sentence_names_the_country():
    found = mentions("В Токио прошла выставка. Японские газеты писали о ней всю неделю.")
    assert "Японские" in found.get("Япония", [])




def test_a_country_adjective_past_a_lower_case_adjective_names_the_country():
    found = mentions("Канадские рыболовецкие суда вернулись в порт.")
    assert found.get("Канада") == ["Канадские"]


# ---- must not fire ------------------------------------------------------------------------


def test_a_country_adjective_before_a_private_person_is_a_nationality():
    found = mentions("Французский актёр Пьер Лоран снялся в новом фильме.")
    assert "Франция" not in found


def test_a_country_adjective_before_a_sportswoman_is_a_nationality():
    found = mentions("Норвежская лыжница выиграла гонку на десять километров.")
    assert "Норвегия" not in found


def test_a_country_adjective_before_a_language_names_no_country():
    found = mentions("Испанский язык изучают в этой школе с первого класса.")
    assert "Испания" not in found


def test_a_quoted_title_keeps_its_country_adjective():
    found = mentions("«Китайская шкатулка» вышла в прокат в пятницу.")
    assert "Китай" not in found


def test_a_country_adjective_inside_a_sentence_is_left_to_the_names():
    found = mentions("Вчера в городе выступал Японский камерный оркестр.")
    assert found.get("Япония") is None


# a capitalised adjective of a town opening a line or a sentence


def test_a_town_adjective_opening_a_line_before_a_club_names_the_town():
    found = mentions("Манчестерский клуб подписал контракт с нападающим.")
    assert found.get("Манчестер") == ["Манчестерский"]


def test_a_town_adjective_before_a_region_word_names_no_town():
    found = mentions("Тамбовская область получит новые автобусы в мае.")
    assert "Тамбов" not in found


def test_a_town_adjective_before_a_drink_is_a_brand():
    found = mentions("Жигулёвское пиво подорожало в июне.")
    assert "Жигули" not in found and "Жигулёвск" not in found


def test_a_town_adjective_before_a_private_person_names_no_town():
    found = mentions("Казанский школьник победил на олимпиаде по химии.")
    assert "Казань" not in found


# a Latin title right after a noun of a work or a show


def latin(text: str) -> set[str]:
    return {e.name for e in extract(Document("t", text)).entities if e.kind != "person"}


def test_a_latin_name_after_an_album_is_the_album():
    assert "Nightfall" not in latin(
        "Группа выпустила альбом Nightfall в марте, и Nightfall сразу стал хитом.")


def test_a_latin_name_after_a_song_is_the_song():
    text = ("Клип на песню Rolling Thunder набрал миллиард просмотров, "
            "а Rolling Thunder возглавила чарты.")
    assert "Rolling Thunder" not in latin(text)


def test_a_latin_name_before_a_quoted_title_is_the_studio():
    assert "Netflix" in latin("Вышел новый сериал Netflix «Холодный берег» о жизни рыбаков.")


def test_a_latin_name_also_written_after_a_company_noun_stays():
    found = latin("Компания Solvaro выпустила альбом. Потом альбом Solvaro раскупили за день.")
    assert "Solvaro" in found or "Компания Solvaro" in found


def test_a_latin_name_after_a_group_noun_stays():
    assert "Queen" in latin(
        "На концерте выступила группа Queen, и альбом группы разошёлся тиражом.")


def test_a_latin_name_after_an_album_and_a_band_noun_is_the_band():
    found = latin("Вышел новый альбом Metallica. Группа Metallica отправится в тур по Европе.")
    assert "Metallica" in found
