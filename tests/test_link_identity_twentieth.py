"""Entity identity and links, twentieth round: namesakes told apart by their middle names stay two
people after linking, and a bare place name that opens a compound the document links (`Ростов` of
`Ростов-на-Дону`) is that place. Sentences are written for these tests."""

from __future__ import annotations

from kg.link import annotate
from kg.nlp import extract
from kg.records import Document


def linked(text: str):
    return annotate(extract(Document("t", text))).entities


def people(text: str):
    return [e for e in linked(text) if e.kind == "person"]


def places(text: str):
    return [e for e in linked(text) if e.kind in ("place", "country")]


# Namesakes: one first name and surname, different patronymics.
TWO_SOMOVS = ("На заседании выступил Иван Петрович Сомов. "
              "Его оппонент Иван Ильич Сомов возразил ему.")


def test_namesakes_with_different_patronymics_stay_two_people_after_linking():
    found = people(TWO_SOMOVS)
    assert sorted(tuple(m.text for m in e.mentions) for e in found) == [
        ("Иван Ильич Сомов",), ("Иван Петрович Сомов",)], found


def test_a_name_without_patronymic_joins_the_namesake_named_first():
    found = people(TWO_SOMOVS + " Иван Сомов покинул зал.")
    assert sorted(tuple(m.text for m in e.mentions) for e in found) == [
        ("Иван Ильич Сомов",), ("Иван Петрович Сомов", "Иван Сомов")], found


def test_one_person_with_and_without_patronymic_stays_one():
    found = people("На заседании выступил Иван Петрович Сомов. Позже Иван Сомов уехал домой.")
    assert len(found) == 1, found


def test_one_full_name_written_twice_stays_one_person():
    found = people("Иван Петрович Сомов выступил первым. "
                   "Затем Иван Петрович Сомов ответил на вопросы.")
    assert len(found) == 1 and len(found[0].mentions) == 2, found


def test_different_first_names_of_one_surname_are_not_touched():
    found = people("Иван Петрович Сомов и Олег Петрович Сомов выступили вместе.")
    assert len(found) == 2, found


# A bare place name shortening a compound name of the document.

def test_the_bare_first_part_of_a_linked_compound_place_is_that_place():
    found = places("Матч прошёл в Ростове. Болельщики из Ростова-на-Дону приехали заранее.")
    assert len(found) == 1, found
    assert found[0].link is not None and found[0].link.qid == "Q908"
    assert found[0].name == "Ростов-на-Дону"


def test_the_compound_named_first_also_takes_the_bare_name():
    found = places("Болельщики из Ростова-на-Дону приехали заранее. Матч прошёл в Ростове.")
    assert len(found) == 1 and found[0].link.qid == "Q908", found


def test_a_bare_name_alone_keeps_its_own_link():
    found = places("Матч прошёл в Ростове.")
    assert len(found) == 1 and found[0].link is not None
    assert not found[0].link.method.endswith("/document"), found


def test_a_name_qualified_by_a_word_after_it_is_no_compound():
    found = places("Жители Ростова-на-Дону и Ростова Великого встретились. "
                   "В Ростове Великом прошла ярмарка.")
    assert sorted(e.name for e in found) == ["Ростов Великий", "Ростов-на-Дону"], found
    assert next(e for e in found if e.name == "Ростов Великий").link is None


def test_a_country_is_not_taken_for_the_compound_it_opens():
    found = places("Президент Гвинеи-Бисау посетил Гвинею.")
    assert sorted(e.link.qid for e in found if e.link) == ["Q1006", "Q1007"], found


def test_a_bare_name_that_cannot_name_the_compound_keeps_its_own_item():
    found = places("Самолёт вылетел из Петропавловска-Камчатского. В Петропавловске шёл снег.")
    assert len(found) == 2, found


# A region whose only Russian name is one no settlement bears.

def test_a_region_named_by_an_adjective_and_a_noun_no_town_bears_is_linked():
    found = places("В Северной Ирландии прошли выборы.")
    assert len(found) == 1 and found[0].link is not None and found[0].link.qid == "Q26", found


def test_a_city_bare_name_still_is_not_its_region():
    found = places("В Белгороде прошёл митинг.")
    assert len(found) == 1 and found[0].link is not None
    assert found[0].link.qid != "Q3329", found  # not Belgorod Oblast


def test_a_one_word_region_name_without_a_city_row_stays_off_the_region():
    found = places("Журналисты приехали в Тартус.")
    assert not any(e.link and e.link.qid == "Q232382" for e in found), found  # not the province


def test_a_two_word_city_name_keeps_the_city():
    found = places("Жители Нижнего Новгорода вышли на улицы.")
    assert len(found) == 1 and found[0].link is not None and found[0].link.qid == "Q891", found


# A bare place name beside the same name qualified by an adjective and linked to another item.

def test_a_bare_name_beside_its_qualified_form_is_not_linked_by_another_items_alias():
    found = places("Лидер Северной Кореи провёл испытания. Власти Кореи не комментировали.")
    bare = [e for e in found if e.name == "Корея"]
    assert len(bare) == 1 and bare[0].link is None, found


def test_a_bare_alias_alone_keeps_its_link():
    found = places("Власти Кореи не комментировали.")
    assert len(found) == 1 and found[0].link is not None and found[0].link.qid == "Q884", found


def test_a_bare_label_beside_its_qualified_form_keeps_its_link():
    found = places("Президент Южного Судана прибыл в Судан.")
    assert sorted(e.link.qid for e in found if e.link) == ["Q1049", "Q958"], found


def test_a_country_beside_its_qualified_region_keeps_its_link():
    found = places("В Северной Ирландии и в Ирландии прошли выборы.")
    assert sorted(e.link.qid for e in found if e.link) == ["Q26", "Q27"], found


def test_a_bare_name_that_reaches_the_qualified_ones_item_joins_it():
    found = places("Посол Южной Кореи встретился с министром. В Корее прошли выборы.")
    assert len(found) == 1 and found[0].link.qid == "Q884", found



def test_an_alias_of_an_item_named_otherwise_still_links_beside_a_qualified_continent():
    found = places("В Южной Америке начался сезон дождей. Америка ввела пошлины.")
    bare = [e for e in found if e.name == "Америка"]
    assert len(bare) == 1 and bare[0].link is not None and bare[0].link.qid == "Q30", found
