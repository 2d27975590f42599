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
    assert _initials("Ростов-на-Дону") == set()


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


def test_a_linked_abbreviation_of_another_kind_stays_apart():
    # the gazetteer reads `МО` alone as a region; the ministry whose initials it also is must not
    # take the region's link with its mention
    from kg.link import annotate
    from kg.nlp import extract

    alone = annotate(extract(Document(id="t", text="По сведениям МО, учения прошли спокойно.",
                                      lang="ru")))
    mo = next(e for e in alone.entities if any(m.text == "МО" for m in e.mentions))
    assert mo.link is not None and mo.kind in ("place", "country")
    text = ("Министерство обороны провело учения на полигоне под Омском. "
            "По сведениям МО, в них участвовали 300 военных.")
    ex = annotate(extract(Document(id="t", text=text, lang="ru")))
    ministry = next(e for e in ex.entities
                    if any(m.text == "Министерство обороны" for m in e.mentions))
    assert all(m.text != "МО" for m in ministry.mentions)
    assert ministry.link is None or ministry.link.qid != mo.link.qid


def test_a_hyphenated_word_gives_the_initials_of_its_parts():
    # `СКФО`, `ХМАО`: each part of a compound adjective has its letter; `СФО` (another district)
    # is not the initials of the North Caucasus one
    assert "СКФО" in _initials("Северо-Кавказский федеральный округ")
    assert "СФО" not in _initials("Северо-Кавказский федеральный округ")
    assert "ХМАО" in _initials("Ханты-Мансийский автономный округ")
    text = "Полпред в Северо-Западном регионе провёл совещание. В СР прошли выборы."
    ex = join_abbreviations(_ents(text, [
        ("place", "Северо-Западный регион", ["Северо-Западном регионе"]),
        ("place", "СР", ["СР"])]), "ru")
    assert len(ex.entities) == 2
