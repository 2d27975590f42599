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


def test_a_marked_surname_alone_beside_two_namesakes_joins_neither():
    # father and son both named in full without the mark: `-младший` alone could be either's
    # reading, and the join must not pick one (it picked the father)
    text = ("Актёр Рэймонд Хоторн рассказал о детстве. Его отец Гарольд Хоторн снимался в "
            "вестернах. Хоторн-младший вспомнил съёмки.")
    found = people(text)
    assert all("Хоторн-младший" not in forms for name, forms in found.items()
               if name in ("Рэймонд Хоторн", "Гарольд Хоторн"))
    assert {"Рэймонд Хоторн", "Гарольд Хоторн"} <= set(found)
