"""Entities, review of the twenty-second round: «Имя X» and «Имя X Y» are one person's names only
where nothing in the text sets them apart as two people: not in one sentence (two people listed
side by side), not where the newer name is introduced as someone's relative. Sentences and names
are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_longer_and_a_shorter_name_listed_in_one_sentence_are_two_people():
    text = "На конкурсе выступили Анна Петрова Смирнова и Анна Петрова. Анна Петрова победила."
    assert len(people(text)) == 2


def test_a_name_and_its_longer_form_in_a_later_sentence_beside_it_are_two_people():
    text = "Олег Смирнов Иванов приехал в Тулу. Олег Смирнов и Олег Смирнов Иванов встретились."
    assert len(people(text)) == 2


def test_a_son_named_by_the_shorter_form_of_his_fathers_name_is_another_person():
    text = "Хулио Иглесиас Куэва выступил в Мадриде. Его сын Хулио Иглесиас выступил в Майами."
    assert len(people(text)) == 2


def test_a_relative_named_in_full_keeps_the_later_short_form():
    # the longer name under a kinship noun is the relative's own; the shorter one later is his
    text = ("Джордж Герберт Уокер Буш и его сын Джордж Уокер Буш были президентами. "
            "Джордж Уокер выступил первым.")
    assert sorted(people(text)["Джордж Уокер Буш"]) == ["Джордж Уокер", "Джордж Уокер Буш"]


def test_two_relatives_sharing_a_surname_stay_two_people():
    text = "Анна Петрова и Мария Петрова выступили на конкурсе. Анна Петрова победила."
    assert set(people(text)) == {"Анна Петрова", "Мария Петрова"}


def test_a_double_surname_shortened_in_a_later_sentence_is_still_one_person():
    text = "Марио Варгас Льоса получил премию. Марио Варгас выступил в Стокгольме."
    assert people(text) == {"Марио Варгас Льоса": ["Марио Варгас Льоса", "Марио Варгас"]}
