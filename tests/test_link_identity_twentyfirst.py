"""Entity identity and links, twenty-first round. Sentences and rows are written for these tests.

A city name that Natural Earth gives a small town and that the news texts (NEREL's mentions) use
for a city ten times as populous or more (`Ростов`) ranks the larger city first."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.link import annotate
from kg.nlp import extract
from kg.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_gazetteer  # noqa: E402


def linked(text: str):
    return annotate(extract(Document("t", text))).entities


def places(text: str):
    return [e for e in linked(text) if e.kind in ("place", "country")]


def qids(found) -> dict[str, str | None]:
    return {e.name: e.link.qid if e.link else None for e in found}


# A bare city name the texts use for the larger city.

def test_a_bare_rostov_is_rostov_on_don():
    found = places("Вчера вечером в Ростове прошёл футбольный матч.")
    assert qids(found) == {"Ростов": "Q908"}, found


def test_the_region_named_by_its_adjective_keeps_the_region():
    found = places("Жители Ростовской области вышли на субботник.")
    assert qids(found) == {"Ростовская область": "Q3573"}, found


def test_rostov_veliky_named_in_full_is_not_rostov_on_don():
    found = places("Туристы приехали в Ростов Великий посмотреть кремль.")
    assert all(e.link is None or e.link.qid != "Q908" for e in found), found


def _builder(big: int, small: int, big_strength: str = "M", small_strength: str = "L"):
    b = build_gazetteer.Builder()
    b.entities = {"Q1": {"kind": "place", "prior": 85, "type": "city"},
                  "Q2": {"kind": "place", "prior": 80, "type": "city"}}
    b.names["нарния"] = {"Q1": big_strength, "Q2": small_strength}
    rows = [{"qid": "Q1", "population_max": str(big)}, {"qid": "Q2", "population_max": str(small)}]
    b.used_for_largest(rows)
    return b


def test_a_label_of_a_town_a_tenth_the_size_yields_to_the_texts_use():
    assert _builder(1_000_000, 50_000).names["нарния"] == {"Q1": "M", "Q2": "M"}


def test_a_town_not_ten_times_smaller_keeps_its_label():
    assert _builder(1_000_000, 200_000).names["нарния"] == {"Q1": "M", "Q2": "L"}


def test_a_larger_city_the_texts_do_not_name_so_changes_nothing():
    # the large city carries the name as an English name, not as the texts' mention
    assert _builder(1_000_000, 50_000, big_strength="E").names["нарния"] == {"Q1": "E", "Q2": "L"}


def test_the_smaller_city_as_the_texts_use_changes_nothing():
    # the texts' mention is the small town's, the large city's label: nothing to yield
    b = _builder(50_000, 1_000_000)
    assert b.names["нарния"] == {"Q1": "M", "Q2": "L"}


# A country name the texts use for another country: the document decides.

def test_congo_alone_is_left_unlinked():
    found = places("Премию получил хирург из Конго.")
    assert qids(found) == {"Конго": None}, found


def test_congo_beside_kinshasa_is_the_democratic_republic():
    found = places("В Киншасе прошли протесты. Власти Конго ввели комендантский час.")
    assert qids(found).get("Конго") == "Q974", found


def test_congo_beside_brazzaville_is_the_republic():
    found = places("В Браззавиле прошли выборы. Президент Конго выступил с речью.")
    assert qids(found).get("Конго") == "Q971", found


def test_congo_beside_both_capitals_is_left_unlinked():
    found = places("В Браззавиле и Киншасе прошли выборы. Президент Конго выступил с речью.")
    assert qids(found).get("Конго") is None, found


def test_the_full_names_of_both_congos_keep_their_items():
    found = places("Демократическая Республика Конго и Республика Конго подписали договор.")
    assert sorted(v for v in qids(found).values()) == ["Q971", "Q974"], found


def test_a_country_name_the_texts_also_use_for_it_keeps_its_rank():
    # `США` is also a NEREL mention of another item, but the texts use it for the United States too
    found = places("Делегация США прибыла в Париж.")
    assert qids(found).get("США") == "Q30", found


# A type word in the plural before a name in an oblique case names what the name's bearer holds.

def test_one_of_the_states_of_a_country_is_the_country():
    found = places("Оппозицию возглавил губернатор одного из штатов Венесуэлы.")
    assert qids(found) == {"Венесуэла": "Q717"}, found


def test_a_state_named_in_apposition_keeps_the_cue():
    found = places("Он переехал в штат Вашингтон прошлой весной.")
    assert qids(found) == {"Вашингтон": "Q1223"}, found


def test_a_plural_type_word_before_nominative_names_is_an_apposition():
    found = places("Губернаторы штатов Калифорния и Невада провели встречу.")
    assert qids(found) == {"Калифорния": "Q99", "Невада": "Q1227"}, found


def test_the_capital_of_a_country_is_not_read_as_a_type_word():
    found = places("Послы съехались в одну из столиц Европы, а потом в Вашингтон.")
    assert qids(found).get("Вашингтон") == "Q61", found


# The entity named by the item's label leads a merge by QID.

def test_the_labelled_name_leads_whatever_comes_first():
    found = [e for e in linked("Делегация РФ прибыла в Женеву. Россия предложила новый план.")
             if e.link and e.link.qid == "Q159"]
    assert len(found) == 1 and found[0].name == "Россия", found


def test_a_body_named_by_its_abbreviation_alone_keeps_one_entity():
    found = [e for e in linked("Генсек ООН выступил с речью. Позже ООН опубликовала доклад.")
             if e.link and e.link.qid == "Q1065"]
    assert len(found) == 1, found


def test_a_person_keeps_the_canonical_first_name_and_surname():
    found = [e for e in linked("Владимир Путин провёл совещание. Путин поручил подготовить доклад.")
             if e.kind == "person"]
    assert len(found) == 1 and found[0].name == "Владимир Путин", found
