"""The object of a verb of appointing or removing that the parse hung inside the verb's phrase of a
post (`назначил на должность министра X`, `освободил от должности главы ведомства X`): the person's
name is the verb's target (kg/nlp/ru/event_roles.py `post_holder`)."""

from __future__ import annotations

from event_helpers import described


def _targets(kind: str, text: str) -> list[frozenset[str]]:
    return [e.targets for e in described(text) if e.kind == kind]


def test_a_man_appointed_to_a_ministers_post():
    got = _targets("Appointment", "Губернатор Олег Ветров назначил на должность министра "
                   "Ивана Кузьмина.")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_woman_appointed_to_a_ministers_post():
    got = _targets("Appointment", "Губернатор Олег Ветров назначил на должность министра "
                   "Анну Белову.")
    assert got == [frozenset({"Анна Белова"})]


def test_a_man_dismissed_from_the_post_of_a_departments_director():
    got = _targets("Resignation", "Мэр Олег Ветров уволил с должности директора департамента "
                   "Ивана Кузьмина.")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_man_appointed_head_of_an_administration():
    got = _targets("Appointment", "Вчера Олег Ветров назначил на пост главы администрации "
                   "Ивана Кузьмина.")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_mayor_removed_from_his_post():
    got = _targets("Resignation", "Губернатор Олег Ветров снял с поста мэра Ивана Кузьмина.")
    assert got == [frozenset({"Иван Кузьмин"})]


def test_a_womans_genitive_is_the_titles_owner():
    # `советника Анны Беловой`: Belova's adviser, not Belova appointed
    got = _targets("Appointment", "Губернатор Олег Ветров назначил на должность советника "
                   "Анны Беловой.")
    assert all("Анна Белова" not in a for a in got)


def test_a_passive_keeps_its_subject():
    # the one appointed is the passive's subject; the minister is whose deputy he is
    got = _targets("Appointment", "Пётр Белов назначен на пост заместителя министра Ивана Кузьмина.")
    assert got == [frozenset({"Пётр Белов"})]


def test_the_body_in_the_holders_title_describes_the_holder():
    # `главы департамента … X`: the title describes X; the department takes no part of its own
    got = [e for e in described("Мэр Олег Ветров уволил с должности главы Департамента транспорта "
                                "Ивана Кузьмина.") if e.kind == "Resignation"]
    assert got and got[0].targets == frozenset({"Иван Кузьмин"})
    assert all("Департамент транспорта" not in e.others for e in got)
