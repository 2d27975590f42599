"""Facilities named by a head noun the learner cannot learn (ents14b, kg/data/ru/facility_heads.tsv):
a power plant is a place wherever it stands; a `Дом …` is a place after a preposition of place
and the body that runs it elsewhere. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def kinds(text: str) -> dict[str, str]:
    return {m.text: e.kind for e in extract(Document("t", text)).entities for m in e.mentions}


def test_a_power_plant_is_a_place():
    k = kinds("Рабочих Курской АЭС эвакуировали в понедельник. Авария на Богучанской ГЭС "
              "обесточила два района, сообщил губернатор Олег Сомов.")
    assert k["Курской АЭС"] == "place"
    assert k["Богучанской ГЭС"] == "place"


def test_a_house_after_a_preposition_of_place_is_a_place():
    k = kinds("Вечер поэзии прошёл в Доме литераторов Тавриды, куда пришли сто гостей.")
    assert k["Доме литераторов Тавриды"] == "place"


def test_a_house_that_acts_stays_a_body():
    k = kinds("Дом литераторов Тавриды объявил конкурс молодых поэтов, сообщила Анна Сорнева.")
    assert k["Дом литераторов Тавриды"] == "organization"
