"""The object of a verb of appointing or removing that the parse hung inside the verb's phrase of a
post (`назначил на должность министра X`, `освободил от должности главы ведомства X`): the person's
name is the verb's target (kg/nlp/ru/event_roles.py `post_holder`)."""

from __future__ import annotations

from event_helpers import described, targets_of


def test_a_man_appointed_to_a_ministers_post():
    got = targets_of("Губернатор Олег Ветров назначил на должность министра Ивана Кузьмина.",
                     "Appointment")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_woman_appointed_to_a_ministers_post():
    got = targets_of("Губернатор Олег Ветров назначил на должность министра Анну Белову.",
                     "Appointment")
    assert got == [frozenset({"Анна Белова"})]


def test_a_man_dismissed_from_the_post_of_a_departments_director():
    got = targets_of("Мэр Олег Ветров уволил с должности директора департамента Ивана Кузьмина.",
                     "Resignation")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_man_appointed_head_of_an_administration():
    got = targets_of("Вчера Олег Ветров назначил на пост главы администрации Ивана Кузьмина.",
                     "Appointment")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_mayor_removed_from_his_post():
    got = targets_of("Губернатор Олег Ветров снял с поста мэра Ивана Кузьмина.", "Resignation")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_womans_genitive_is_the_titles_owner():
    # `советника Анны Беловой`: Belova's adviser, not Belova appointed
    got = targets_of("Губернатор Олег Ветров назначил на должность советника Анны Беловой.",
                     "Appointment")
    assert all("Анна Белова" not in a for a in got)


def test_a_passive_keeps_its_subject():
    # the one appointed is the passive's subject; the minister is whose deputy he is
    got = targets_of("Пётр Белов назначен на пост заместителя министра Ивана Кузьмина.",
                     "Appointment")
    assert got == [frozenset({"Пётр Белов"})]


def test_the_body_in_the_holders_title_describes_the_holder():
    # `главы департамента … X`: the title describes X; the department takes no part of its own
    got = [e for e in described("Мэр Олег Ветров уволил с должности главы Департамента транспорта "
                                "Ивана Кузьмина.") if e.kind == "Resignation"]
    assert got and got[0].targets == frozenset({"Иван Кузьмин"})
    assert all("Департамент транспорта" not in e.others for e in got)
