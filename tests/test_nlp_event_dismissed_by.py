"""Who lets someone go from a post, where the Resignation noun names the one who leaves in its
genitive and its line gives no agent (kg.nlp.ru.event_roles `dismissed_by`, kg/data/ru/
dismissal_verbs.tsv): the body that announces the leaving (`клуб объявил об отставке тренера X`),
or the subject of a verb that accepts or confirms it as its object (`президент принял отставку
X`; confirming only by a body, a person confirming it passes the news on). One's own leaving
(`объявил о своей отставке`, no genitive), a leaving asked for (`потребовал отставки X`) and a
person who confirms it give no agent. Also: who a throne is given up to (`отрёкся от престола в
пользу X`: X takes part)."""

from __future__ import annotations

from event_helpers import described, found


def _given_up(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.targets, d.others) for d in described(text) if d.kind == "Resignation"]


# ---- must fire ----------------------------------------------------------------------------


def test_a_club_that_confirms_its_coachs_resignation_lets_him_go():
    text = "Футбольный клуб «Заря» подтвердил отставку главного тренера Андрея Смирнова."
    assert found(text, "Resignation") == [
        ("Actual", frozenset({"Заря"}), frozenset({"Андрей Смирнов"}))]


def test_a_club_that_announces_its_coachs_resignation_lets_him_go():
    text = "Клуб «Заря» объявил об отставке главного тренера команды Андрея Смирнова."
    assert found(text, "Resignation") == [
        ("Actual", frozenset({"Заря"}), frozenset({"Андрей Смирнов"}))]


def test_a_president_who_accepts_a_ministers_resignation_lets_him_go():
    text = "Президент Иван Петров принял отставку министра финансов Андрея Смирнова."
    assert found(text, "Resignation") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset({"Андрей Смирнов"}))]


def test_a_president_who_grants_a_ministers_petition_to_resign_lets_him_go():
    text = "Президент Иван Петров удовлетворил прошение об отставке министра Андрея Смирнова."
    assert found(text, "Resignation") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset({"Андрей Смирнов"}))]


def test_a_president_by_whom_a_resignation_was_accepted_lets_the_minister_go():
    text = "Отставка министра Андрея Смирнова принята президентом Иваном Петровым."
    assert found(text, "Resignation") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset({"Андрей Смирнов"}))]


def test_a_spokesman_by_whom_a_resignation_was_confirmed_only_passes_the_news_on():
    text = "Отставка министра Андрея Смирнова подтверждена пресс-секретарём Иваном Петровым."
    assert [(a, t) for _, a, t in found(text, "Resignation")] == [
        (frozenset(), frozenset({"Андрей Смирнов"}))]


def test_a_king_who_gives_up_the_throne_to_his_son_gives_it_to_him():
    text = "Эмир Хасан бин Али отрёкся от власти в пользу сына, шейха Тамира бин Хасана."
    assert _given_up(text) == [(frozenset({"Хасан бин Али"}), frozenset({"Тамир бин Хасан"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_a_spokesman_who_confirms_a_resignation_only_passes_the_news_on():
    text = "Пресс-секретарь Иван Петров подтвердил отставку министра финансов Андрея Смирнова."
    assert found(text, "Resignation") == [
        ("Actual", frozenset(), frozenset({"Андрей Смирнов"}))]


def test_one_who_announces_his_own_resignation_is_only_the_one_leaving():
    text = "Андрей Смирнов объявил о своей отставке с поста министра."
    assert found(text, "Resignation") == [
        ("Actual", frozenset(), frozenset({"Андрей Смирнов"}))]


def test_a_party_that_demands_a_resignation_lets_no_one_go():
    text = "Партия «Заря» потребовала отставки министра финансов Андрея Смирнова."
    assert [(a, t) for _, a, t in found(text, "Resignation")] == [
        (frozenset(), frozenset({"Андрей Смирнов"}))]


def test_a_petition_to_resign_only_received_lets_no_one_go():
    text = "Президент Иван Петров получил прошение об отставке министра Андрея Смирнова."
    assert [(a, t) for _, a, t in found(text, "Resignation")] == [
        (frozenset(), frozenset({"Андрей Смирнов"}))]


def test_a_petition_to_resign_only_taken_note_of_lets_no_one_go():
    text = ("Президент Иван Петров принял к сведению заявление об отставке министра "
            "Андрея Смирнова.")
    assert [(a, t) for _, a, t in found(text, "Resignation")] == [
        (frozenset(), frozenset({"Андрей Смирнов"}))]


def test_a_president_who_accepts_the_governments_resignation_is_not_the_one_leaving():
    text = "Президент Иван Петров принял отставку правительства."
    assert [t for _, _, t in found(text, "Resignation")
            if "Иван Петров" in t] == []


def test_a_throne_given_up_for_an_idea_goes_to_no_one():
    text = "Эмир Хасан бин Али отрёкся от власти в пользу демократии."
    assert _given_up(text) == [(frozenset({"Хасан бин Али"}), frozenset())]
