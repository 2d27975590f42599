"""Review of the twentieth round's entity changes: words of two alphabets (kg.nlp.ru.homoglyphs), a
ruling house's people (kg.nlp.ru.eponyms.house_persons), the link rules for places and namesakes,
and the speed rewrites (whole-word search, quoted-title patterns, times matched on a lower-cased
copy, bounded caches), each checked on edge inputs. Sentences and names are written for these
tests."""

from __future__ import annotations

import re

import pytest

from kg.link import annotate
from kg.nlp import extract
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.homoglyphs import unmixed
from kg.records import Document


def _entities(text: str):
    return extract(Document("t", text)).entities


def _linked(text: str):
    return annotate(extract(Document("t", text))).entities


def _link_of(text: str, written: str) -> str | None:
    """The QID of the entity one of whose mentions is written `written`."""
    found = [e for e in _linked(text) if any(m.text == written for m in e.mentions)]
    assert len(found) == 1, found
    return found[0].link.qid if found[0].link else None


# --- words of two alphabets ---------------------------------------------------------------------

def test_a_roman_numeral_glued_to_its_century_word_is_left_as_written():
    for text in ("В XXв. страна пережила две войны.", "Храм построен в Xв. на холме.",
                 "Памятник XVIIIвека стоит у реки.", "Это было в XXXвеке."):
        assert unmixed(text) == text, text


def test_a_latin_capital_typed_into_a_cyrillic_word_is_still_mended():
    # `C` and `X` are Roman numerals too: only before a century word are they one
    assert unmixed("Cергей купил Xлеб и Cвеклу.") == "Сергей купил Хлеб и Свеклу."


@pytest.mark.parametrize("text", [
    "Самолёт Ту-154М и танк Т-90МС показали на выставке.",
    "Он купил iPhone и планшет iPad.",
    "Формулы H2O и CO2 он знал со школы.",
    "В XIX веке и в XXI веке город рос.",
    "Эпидемия COVID-19 пришла в Сочи.",
    "Сайт http://www.kremlin.ru/events и адрес info@пример.рф работают.",
    "Пишите на maria.somova@mail.ru до пятницы.",
    "Хештеги #СвободуСомову и #FreeSomov набрали тысячи записей.",
    "Сеть Wi-Fi работает, а Яндекс.Go и Yandex.Taxi объединились.",
    "Группа Fruktы и певица Zемфира выступили вместе.",
])
def test_legitimate_latin_and_mixed_tokens_are_left_as_written(text):
    assert unmixed(text) == text


def test_a_glued_century_gives_no_place_mention():
    text = "В XXв. Россия пережила две мировые войны, напомнил историк Сергей Ломов."
    assert not [e for e in _entities(text) if any("XX" in m.text for m in e.mentions)]


def test_a_mended_word_keeps_its_offsets_and_its_letters_in_the_mention():
    text = "Мэр Мocквы Сергей Собянин открыл новую станцию метро."
    city = [e for e in _entities(text) if e.name == "Москва"]
    assert len(city) == 1, city
    (m,) = city[0].mentions
    assert (m.start, m.end, m.text) == (4, 10, "Мocквы") and text[m.start:m.end] == m.text


# --- a ruling house's people ------------------------------------------------------------------

def _houses(text: str) -> list[str]:
    from kg.nlp.ru.eponyms import house_persons

    return [m.span.text for m in house_persons(analyse(text), [])]


def test_a_house_noun_a_preposition_of_place_governs_is_a_building():
    for text in ("В доме Сомовых жила старая графиня.", "У дома Ивановых собрались соседи.",
                 "Он подошёл к дому Петровых."):
        assert _houses(text) == [], text


def test_a_house_noun_after_from_or_at_still_names_the_house():
    assert _houses("Королева из дома Габсбургов вышла замуж.") == ["Габсбургов"]
    assert _houses("Он служил при доме Романовых.") == ["Романовых"]


def test_a_lineage_noun_after_a_preposition_still_names_the_house():
    assert _houses("Князь принадлежал к роду Голицыных.") == ["Голицыных"]
    assert _houses("В роду Голицыных было много генералов.") == ["Голицыных"]


# --- links of places that share a word --------------------------------------------------------

def test_novgorod_beside_nizhny_novgorod_keeps_its_own_item():
    text = "Делегация из Нижнего Новгорода прибыла в Новгород, где встретилась с губернатором."
    assert _link_of(text, "Новгород") == "Q2235"
    assert _link_of(text, "Нижнего Новгорода") == "Q891"


def test_guinea_beside_papua_new_guinea_keeps_its_own_item():
    text = "Посол Гвинеи встретился с премьер-министром Папуа — Новой Гвинеи."
    assert _link_of(text, "Гвинеи") == "Q1006"


def test_york_beside_new_york_takes_no_new_york():
    assert _link_of("Мэр Нью-Йорка посетил Йорк в Англии.", "Йорк") != "Q60"


def test_sudan_beside_south_sudan_and_ireland_beside_northern_ireland_link_their_own():
    assert _link_of("Беженцы из Судана бегут в Южный Судан.", "Судана") == "Q1049"
    assert _link_of("В Ирландии и Северной Ирландии прошли акции протеста.", "Ирландии") == "Q27"


def test_a_bare_korea_beside_north_korea_takes_no_south_korea():
    text = "Лидер Северной Кореи Ким Чен Ын заявил, что Корея будет объединена."
    assert _link_of(text, "Корея") != "Q884"


def test_a_bare_korea_beside_south_korea_is_south_korea():
    text = "Президент Южной Кореи прилетел в Москву. В Корее его ждут выборы."
    assert _link_of(text, "Корее") == "Q884"


# --- namesakes --------------------------------------------------------------------------------

def _people(text: str):
    return sorted(tuple(m.text for m in e.mentions) for e in _linked(text) if e.kind == "person")


def test_two_women_of_one_name_with_different_patronymics_stay_two():
    text = "Анна Петровна Сомова и её дочь Анна Ивановна Сомова приехали в Тверь."
    assert _people(text) == [("Анна Ивановна Сомова",), ("Анна Петровна Сомова",)]


def test_one_man_named_in_two_cases_with_his_patronymic_stays_one():
    text = ("Вчера полиция задержала Ивана Ильича Сомова. Иван Ильич Сомов отрицает вину. "
            "Адвокат Ивана Ильича Сомова подал жалобу.")
    assert len(_people(text)) == 1


# --- the speed rewrites, on edge inputs -------------------------------------------------------

@pytest.mark.parametrize("text,form", [
    ("Сомов, Сомов-младший, Сомовы и Сомов.", "Сомов"),
    ("ТАСС-Урал и ТАСС сообщили; ТАССа нет", "ТАСС"),
    ("Ёлкин Ёлкин Ёлкина", "Ёлкин"),
    ("aa aaa aa-aa aa", "aa"),
    ("Obama, Obama_1 и Obama.", "Obama"),
    ("", "Сомов"),
])
def test_the_whole_word_search_finds_what_the_pattern_found(text, form):
    from kg.nlp.ru.known_names import _whole_word_hits

    expected = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
    assert list(_whole_word_hits(text, form)) == expected


@pytest.mark.parametrize("text", [
    "Фильм «Титаник» и сериал «Друзья» показали.",
    "Раньше-фильм «Титаник», кино-роман «Степь» и Q«Дом» вышли.",
    "В фильмах «Аватар», «Титаник» и «Терминатор» снимался он.",
    "роман Льва Толстого «Война и мир» и повесть Антона Чехова «Степь» вышли.",
    "ФИЛЬМ «ТИТАНИК», песни, как «Лето», «Зима», и ёлка «Ёлочка».",
])
def test_the_quoted_title_patterns_find_what_they_found_without_the_look_behind(text):
    from kg.nlp.ru import name_types

    for pat in (name_types._QUOTED_TITLE, name_types._TITLE_RUN, name_types._AUTHORED_TITLE):
        old = re.compile(pat.pattern.removeprefix(r"(?<![а-яё-])"))
        assert [m.span() + m.groups() for m in pat.finditer(text)] == \
            [m.span() + m.groups() for m in old.finditer(text)]


@pytest.mark.parametrize("text", [
    "В НОЧЬ НА 5 МАРТА в Ростове прошёл митинг. С 1 ПО 3 АПРЕЛЯ 2021 ГОДА шёл снег.",
    "Марта Сомова приехала 8 Марта. В марте Марта уехала, а в ПРОШЛУЮ ПЯТНИЦУ вернулась.",
    "ЛЕТОМ 2019 года и Зимой 2020-го он жил в Сочи; в 1990-Х ГОДАХ тоже.",
    "İstanbul: он прилетел 5 МАРТА 2021 года.",
    "Ѳеодоръ пріѣхалъ 5 марта 1900 года; ſ и ᲀ рядом.",
])
def test_times_found_on_the_lower_cased_copy_are_those_the_case_blind_patterns_find(
        text, monkeypatch):
    from kg.nlp.ru import dates

    fast = dates.find_times(text)
    monkeypatch.setattr(dates, "_lowered", lambda _: None)
    assert fast == dates.find_times(text)


def test_the_caches_the_rewrites_added_are_bounded():
    from kg.link import names
    from kg.nlp import base
    from kg.nlp.ru import country_adjectives, entities, eponyms, known_names, lexicon, models

    for f in (names.type_word, names.title_word, base.casefold_name, lexicon.norm,
              entities._clean, known_names._clean, eponyms._service, models._inflected,
              country_adjectives._adjective_place):
        assert f.cache_info().maxsize is not None, f
