"""Event identity and class, twenty-seventh round (docs/events.md): two Award mentions whose
prizes are two decorations (a title and an order, or two orders with two names) are two awards,
while a prize word that may name any of them joins the award told before; `выступление`
described as a mass or protest action is a Protest, not a performance."""

from __future__ import annotations

from event_helpers import described, extract, of_class

from kg.nlp.ru.events import other_prize

# ---- two decorations, two awards ---------------------------------------------------------------


def test_a_title_and_an_order_given_to_one_person_are_two_awards():
    text = ("В 1980 году Пётр Соловьёв получил звание Народного артиста России. Награждён "
            "орденом Дружбы.")
    found = of_class(text, "Award")
    assert len(found) == 2 and all(d.targets == {"Пётр Соловьёв"} for d in found)


def test_two_orders_with_two_names_are_two_awards():
    text = "Анна Белова получила орден Дружбы. Позже её наградили орденом Почёта."
    assert len(of_class(text, "Award")) == 2


def test_the_same_order_named_again_is_one_award():
    text = "Анна Белова получила орден Дружбы. Орден Дружбы ей вручил губернатор Иван Котов."
    assert len(of_class(text, "Award")) == 1


def test_a_generic_award_word_joins_the_order_told_before():
    text = "Иван Петров награждён орденом Дружбы. Награду ему вручил президент."
    assert len(of_class(text, "Award")) == 1


def test_a_prize_word_sets_no_decoration_apart():
    assert not other_prize("премия", "орден Почёта")
    assert not other_prize("орден Почёта", None)
    assert other_prize("звание Народного артиста", "орден Почёта")
    assert not other_prize("орден", "орден Почёта")


def test_one_title_named_shorter_is_one_decoration():
    assert not other_prize("звание Героя России", "звание Героя")


# ---- `выступление` as a protest ----------------------------------------------------------------


def test_mass_actions_are_a_protest():
    text = "Массовые выступления против правительства в Лиманске продолжались неделю."
    assert [d.kind for d in described(text)] == ["Protest"]


def test_anti_government_actions_are_a_protest():
    text = "Антиправительственные выступления в Лиманске переросли в столкновения."
    assert "Protest" in [d.kind for d in described(text)]


def test_a_singers_appearance_stays_a_performance():
    x = extract("Певица Анна Белова дала концерт; её выступление в Казани длилось два часа.")
    assert [e.kind for e in x.events if e.kind != "Statement"] == ["Performance"]


def test_a_protest_put_down_is_an_event_of_its_own():
    text = "В ходе подавления антиправительственных выступлений в Москве погибли 19 человек."
    assert sorted(d.kind for d in described(text)) == ["Death", "Protest"]


def test_a_charge_denied_is_still_no_accusation_of_its_own():
    assert [d.kind for d in described("Иван Котов отверг обвинения Петра Волкова.")] == ["Denial"]
