"""An abbreviation in capitals and the one name of the text whose initials it is are one entity
(`kg.link.identity.join_abbreviations`). Sentences and bodies written for the test."""

from kg.link.identity import _initials, join_abbreviations
from kg.records import Document, Entity, Extraction, Span


def _ents(text: str, named: list[tuple[str, str, list[str]]]) -> Extraction:
    out = []
    for i, (kind, name, forms) in enumerate(named, 1):
        spans = []
        for f in forms:
            b = text.index(f)
            spans.append(Span(b, b + len(f), f))
        out.append(Entity(key=f"e{i}", kind=kind, name=name, mentions=tuple(spans)))
    return Extraction(document=Document(id="t", text=text, lang="ru"), entities=tuple(out))


def test_initials_leave_out_function_words_and_numbers():
    assert "ФБК" in _initials("Фонд борьбы с коррупцией")
    assert "КИБ" in _initials("Клиническая инфекционная больница № 3")
    assert _initials("Лукойл") == set()


def test_abbreviation_joins_the_full_name_it_shortens():
    text = ("Экипаж вернулся с Орбитальной научной лаборатории в среду. "
            "На ОНЛ космонавты провели полгода.")
    ex = join_abbreviations(_ents(text, [
        ("place", "Орбитальная научная лаборатория", ["Орбитальной научной лаборатории"]),
        ("organization", "ОНЛ", ["ОНЛ"])]), "ru")
    assert len(ex.entities) == 1
    assert ex.entities[0].name == "Орбитальная научная лаборатория"
    assert len(ex.entities[0].mentions) == 2


def test_two_names_with_those_initials_leave_it_alone():
    text = ("Городская клиническая больница и Городская кадетская бригада подписали договор. "
            "ГКБ сообщила об этом в пятницу.")
    ex = join_abbreviations(_ents(text, [
        ("organization", "Городская клиническая больница", ["Городская клиническая больница"]),
        ("organization", "Городская кадетская бригада", ["Городская кадетская бригада"]),
        ("organization", "ГКБ", ["ГКБ"])]), "ru")
    assert len(ex.entities) == 3


def test_other_initials_and_people_stay_apart():
    text = "Северный речной флот и ЗРК провели учения. Виктор Павлович Ким уехал, ВПК молчит."
    ex = join_abbreviations(_ents(text, [
        ("organization", "Северный речной флот", ["Северный речной флот"]),
        ("organization", "ЗРК", ["ЗРК"]),
        ("person", "Виктор Ким", ["Виктор Павлович Ким"]),
        ("organization", "ВПК", ["ВПК"])]), "ru")
    assert len(ex.entities) == 4
