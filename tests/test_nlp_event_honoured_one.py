"""A celebration, show, exhibition or laying of flowers names whom it honours as another
participant (kg.nlp.ru.event_roles `honoured`; kg/data/ru/anniversary_nouns.txt,
dedicating_verbs.txt, memorial_nouns.txt; tests/gold-nerel/README.md: an exhibition or festival
for someone's centenary is a Performance, a solemn assembly for an anniversary and flowers laid at
a monument a Ceremony, the one honoured another participant): the name `в честь` it, the one whose
anniversary it marks (said with `в честь`, `к`, a genitive or a participle of dedication, or by a
possessive pronoun), or whose monument or grave the flowers are laid at. A city's anniversary
honours nobody; a `к` phrase of no anniversary, a performer and a name in the monument's place
are no one honoured."""

from __future__ import annotations

from event_helpers import described


def others(text: str, kind: str) -> list[frozenset[str]]:
    return [d.others for d in described(text) if d.kind == kind]


# ---- must fire ----------------------------------------------------------------------------


def test_an_assembly_in_honour_of_a_birth_anniversary_names_the_one_born():
    text = ("В Омске 4 мая состоялось торжественное собрание в честь 150-летия со дня рождения "
            "Петра Сомова.")
    assert others(text, "Ceremony") == [frozenset({"Пётр Сомов"})]


def test_a_festival_for_a_centenary_names_whose_centenary_it_is():
    text = "В 2012 году на фестивале к 100-летию Анны Котовой показали её фильмы."
    assert others(text, "Performance") == [frozenset({"Анна Котова"})]


def test_an_exhibition_dedicated_to_an_anniversary_names_whose_it_is():
    text = "В Казани открылась выставка, посвящённая 90-летию Ильи Бурова."
    assert others(text, "Performance") == [frozenset({"Илья Буров"})]


def test_a_concert_dedicated_to_a_person_names_that_person():
    text = "В Самаре прошёл концерт, посвящённый Олегу Лаврову."
    assert others(text, "Performance") == [frozenset({"Олег Лавров"})]


def test_a_ceremony_in_honour_of_a_person_names_that_person():
    text = "В Твери прошла церемония в честь Марии Ясной."
    assert others(text, "Ceremony") == [frozenset({"Мария Ясная"})]


def test_an_anniversary_told_by_a_possessive_pronoun_names_its_antecedent():
    text = ("Писатель Илья Буров родился в 1920 году. В Казани открылась выставка, "
            "посвящённая его 100-летию.")
    assert others(text, "Performance") == [frozenset({"Илья Буров"})]


# ---- must not fire ------------------------------------------------------------------------


def test_a_citys_anniversary_honours_nobody():
    text = "В Омске прошёл концерт, посвящённый 300-летию Омска."
    assert others(text, "Performance") == [frozenset()]


def test_a_k_phrase_that_is_no_anniversary_names_no_one_honoured():
    text = "В Омске прошёл концерт к приезду Петра Сомова."
    assert all("Пётр Сомов" not in o for o in others(text, "Performance"))


def test_a_performer_is_not_taken_for_the_one_honoured():
    text = "Пётр Сомов выступил на концерте в Омске."
    assert [d.agents for d in described(text) if d.kind == "Performance"] == \
        [frozenset({"Пётр Сомов"})]
    assert others(text, "Performance") == [frozenset()]


# ---- flowers laid at a monument or grave ---------------------------------------------------


def test_flowers_laid_at_a_monument_name_whose_monument_it_is():
    text = "Жители Омска возложили цветы к памятнику Олегу Лаврову."
    assert others(text, "Ceremony") == [frozenset({"Олег Лавров"})]


def test_a_wreath_laid_at_a_grave_names_whose_grave_it_is_beside_who_laid_it():
    text = "Губернатор Пётр Сомов возложил венок к могиле Ильи Бурова."
    assert [(d.agents, d.others) for d in described(text) if d.kind == "Ceremony"] == \
        [(frozenset({"Пётр Сомов"}), frozenset({"Илья Буров"}))]


def test_a_name_in_the_monuments_place_is_no_one_honoured():
    text = "Губернатор Пётр Сомов возложил цветы к памятнику на площади Олега Лаврова."
    assert others(text, "Ceremony") == [frozenset()]


def test_an_anniversary_the_parse_hangs_on_the_verb_still_names_whose_it_is():
    # the parse hangs `к 100-летию` and the name on `убрали`, not on `фестивале`
    text = ("В 2010 году на фестивале к 100-летию Ильи Бурова изображение трубки во рту писателя "
            "убрали с афиши.")
    assert others(text, "Performance") == [frozenset({"Илья Буров"})]
