"""A person the text names once with a generation mark (`-младший`, `-старшая`) and elsewhere
without it (kg.nlp.ru.entities: `_one_generation`). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_bare_surname_joins_the_one_person_with_a_generation_mark():
    text = ("Окружной прокурор Бенджамин Торнвуд-младший открыл новое дело. "
            "Позже Торнвуд заявил, что обвинение будет предъявлено в мае.")
    found = people(text)
    assert len(found) == 1
    assert "Торнвуд" in next(iter(found.values()))


def test_a_marked_surname_alone_joins_the_full_name_without_the_mark():
    text = ("Следствие допросило Дугласа Пэрриша. "
            "По данным прессы, Пэрриш-младший отказался от адвоката.")
    found = people(text)
    assert len(found) == 1


def test_a_full_name_without_the_mark_may_be_the_father():
    # the father is named in full without the mark, the son with it: two people
    text = ("Певец Рамон Альвареда выступил вместе с сыном Рамоном Альваредой-младшим. "
            "Рамон Альвареда поёт на сцене пятьдесят лет.")
    found = people(text)
    assert len(found) == 2


def test_beside_both_marks_the_bare_surname_stays_apart():
    text = ("Фермер Остин Колдуэлл-старший и его сын Остин Колдуэлл-младший продали ранчо. "
            "Колдуэлл сказал, что переедет в город.")
    found = people(text)
    marked = [n for n in found if "старш" in n or "младш" in n]
    assert len(marked) == 2
    assert all("Колдуэлл" not in found[n] for n in marked)


def test_beside_two_namesakes_the_kinship_noun_tells_the_generation():
    # father and son both named in full without the mark: the one introduced as `отец` is the
    # elder, `сын` the younger (the join picked the father for `-младший`)
    father_told = ("Актёр Рэймонд Хоторн рассказал о детстве. Его отец Гарольд Хоторн снимался в "
                   "вестернах. Хоторн-{} вспомнил съёмки.")
    assert "Хоторн-младший" in people(father_told.format("младший"))["Рэймонд Хоторн"]
    assert "Хоторн-старший" in people(father_told.format("старший"))["Гарольд Хоторн"]
    son_told = ("Фермер Гарольд Хоторн продал ранчо. Его сын Рэймонд Хоторн переехал в город. "
                "Хоторн-{} остался в деревне.")
    assert "Хоторн-старший" in people(son_told.format("старший"))["Гарольд Хоторн"]
    assert "Хоторн-младший" in people(son_told.format("младший"))["Рэймонд Хоторн"]
