"""Review of the twenty-sixth round's entity rules (docs/quality.md). A country's court opening a
line is one body, with no mention of the country over its adjective; a dish, a ride, a flu or a
clock time named after a place names no place (kg/data/ru/country_adjective_heads_not.txt); a Latin
name after a work's noun in the plural is the maker (`одна из песен Beatles`). The name of a seat
of government is the body where a plural short adjective or an impersonal short participle speaks
for the people in it (`В Кремле уверены`, `было заявлено`) and after an adviser, an aide or a
press secretary (kg/data/ru/seat_senses.tsv); a seat listed after another name is read by the
preposition the list shares (`перед Кремлём и Белым домом`). Sentences are written for these
tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def entities(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.kind, [m.text for m in e.mentions])
            for e in extract(Document("t", text)).entities]


def kinds(text: str, name: str) -> dict[str, list[str]]:
    """{kind: mentions} of the entities of the text named `name`."""
    out: dict[str, list[str]] = {}
    for e in extract(Document("t", text)).entities:
        if e.name == name:
            out.setdefault(e.kind, []).extend(m.text for m in e.mentions)
    return out


# ---- a country's adjective opening a line -------------------------------------------------


def test_a_national_court_opening_a_line_holds_no_second_mention_of_the_country():
    assert entities("Итальянский суд вчера оправдал бизнесмена.") == [
        ("Итальянский суд", "organization", ["Итальянский суд"])]


def test_a_dish_named_after_a_country_names_no_country():
    assert entities("Греческий салат подают с сыром.") == []


def test_a_buffet_named_after_a_country_names_no_country():
    assert entities("Шведский стол в отеле оказался скудным.") == []


def test_a_ride_named_after_a_country_names_no_country():
    assert entities("Американские горки закрыли на ремонт после аварии.") == []


def test_a_flu_named_after_a_country_names_no_country():
    assert entities("Испанский грипп унёс миллионы жизней.") == []


def test_a_clock_time_named_after_a_town_names_no_town():
    assert entities("Московское время — десять часов утра.") == []


def test_a_dance_named_after_a_town_names_no_town():
    assert entities("Венский вальс исполнили на балу.") == []


def test_a_country_adjective_before_a_company_still_names_the_country():
    assert entities("Шведская компания открыла завод.") == [("Швеция", "country", ["Шведская"])]


def test_a_country_adjective_before_a_newspaper_still_names_the_country():
    assert ("Великобритания", "country", ["Британская"]) in entities(
        "Британская пресса обсуждает скандал.")


# ---- a Latin name after a work's noun -----------------------------------------------------


def test_a_latin_name_after_a_plural_noun_of_works_is_their_maker():
    found = entities("Он спел песню Yesterday. Yesterday — одна из самых известных песен Beatles.")
    assert ("Beatles", "organization", ["Beatles"]) in found


def test_a_latin_name_after_a_plural_noun_of_albums_is_their_maker():
    assert entities("Сборник альбомов Metallica вышел в мае.") == [
        ("Metallica", "organization", ["Metallica"])]


def test_a_latin_title_after_a_singular_noun_of_a_work_is_still_the_work():
    assert entities("Группа выпустила альбом Nightfall в 2015 году. Nightfall стал хитом.") == []


# ---- a seat of government: the body -------------------------------------------------------


def test_a_seat_where_a_plural_short_adjective_tells_a_view_is_the_body():
    assert kinds("В Кремле уверены, что переговоры продолжатся.", "Кремль") == {
        "organization": ["Кремле"]}


def test_a_seat_where_a_plural_short_adjective_tells_a_readiness_is_the_body():
    assert kinds("В Кремле готовы к диалогу с соседями.", "Кремль") == {"organization": ["Кремле"]}


def test_a_seat_where_an_impersonal_short_participle_speaks_is_the_body():
    assert kinds("В Кремле было заявлено, что визит отменён.", "Кремль") == {
        "organization": ["Кремле"]}


def test_an_adviser_in_a_seat_is_of_the_body():
    assert kinds("Советник в Белом доме подал в отставку.", "Белый дом") == {
        "organization": ["Белом доме"]}


def test_a_press_secretary_in_a_seat_is_of_the_body():
    assert kinds("Пресс-секретарь в Белом доме сообщил о визите.", "Белый дом") == {
        "organization": ["Белом доме"]}


# ---- a seat of government: the building ---------------------------------------------------


def test_a_seat_listed_after_a_preposition_of_position_is_the_building():
    text = "Акции протеста прошли перед Кремлём и Белым домом."
    assert kinds(text, "Кремль") == {"place": ["Кремлём"]}
    assert kinds(text, "Белый дом") == {"place": ["Белым домом"]}


def test_a_seat_listed_after_v_with_the_prepositional_is_the_building():
    assert kinds("Встречи прошли в Кремле и Белом доме.", "Белый дом") == {"place": ["Белом доме"]}


def test_a_seat_subject_after_a_comma_is_no_item_of_the_list_before():
    assert kinds("Встреча прошла в Кремле, Белый дом промолчал.", "Белый дом") == {
        "organization": ["Белый дом"]}


def test_a_seat_where_a_neuter_short_adjective_tells_the_weather_is_the_building():
    assert kinds("В Кремле было холодно.", "Кремль") == {"place": ["Кремле"]}


def test_a_seat_where_a_passive_has_a_subject_of_its_own_is_the_building():
    assert kinds("В Кремле было построено новое здание.", "Кремль") == {"place": ["Кремле"]}


def test_a_speaker_who_spoke_in_a_seat_leaves_the_building():
    assert kinds("Советник президента выступил в Белом доме.", "Белый дом") == {
        "place": ["Белом доме"]}
