"""Speech acts and foundings told by wordings that had no line before the twenty-second round
(docs/events.md, "Event classes"): a veto, blame laid on someone, someone held or called guilty,
insisting on an act, a dispute between two named sides, threats addressed to someone, a
congratulation sent, a founding announced, an appeal told by `обращение к`. Each behaviour has a
sentence where it must fire and sentences where it must not (other senses, oneself, a duty, a
claim, negation). Every sentence is written for the test, none taken from an article."""

from __future__ import annotations

import pytest

from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def kinds(text: str) -> set[str]:
    return {d.kind for d in described(text)}


# ---- a veto is a refusal of what it is put on

def test_veto_put_on_a_bill_is_a_rejection():
    assert found("Президент Олег Смирнов наложил вето на закон о выборах.", "Rejection") == [
        ("Actual", frozenset({"Олег Смирнов"}), frozenset())]


@pytest.mark.parametrize("text", [
    "Право вето есть у пяти постоянных членов совета.",
    "Олег Смирнов не стал накладывать вето на закон о выборах.",
    "Вето на вывоз зерна сняли в мае.",
])
def test_veto_not_put_by_anyone_is_no_actual_rejection(text):
    assert not [f for f in found(text, "Rejection") if f[0] == "Actual"]


# ---- blame laid on someone is an Accusation; a duty handed to someone is none

def test_blame_laid_on_someone_is_an_accusation_of_them():
    assert found("Министр Олег Смирнов возложил вину за пожар на Ивана Петрова.", "Accusation") == [
        ("Actual", frozenset({"Олег Смирнов"}), frozenset({"Иван Петров"}))]


def test_responsibility_for_a_harm_laid_on_someone_is_an_accusation():
    # the parse hangs the closing `на` phrase on the noun of the harm
    assert found("Польша возложила ответственность за отравление Ивана Петрова на Россию.",
                 "Accusation") == [("Actual", frozenset({"Польша"}), frozenset({"Россия"}))]


def test_blame_laid_on_a_body_named_by_its_kind_is_still_an_accusation():
    # `организация` names the body blamed here, not a task: it is no `-` context of the line
    assert found("Правительство Ирака возложило ответственность за теракт на террористическую "
                 "организацию «Исламское государство».", "Accusation") == [
        ("Actual", frozenset({"Ирак"}), frozenset({"Исламское государство"}))]


@pytest.mark.parametrize("text", [
    "Губернатор Олег Смирнов возложил ответственность за обеспечение порядка на Ивана Петрова.",
    "На Ивана Петрова возложена ответственность за подготовку праздника.",
    "Олег Смирнов возложил на Ивана Петрова обязанности заместителя.",
    "Ветераны возложили цветы к памятнику героям.",
])
def test_duty_or_flowers_laid_is_no_accusation(text):
    assert "Accusation" not in kinds(text)


# ---- holding or calling someone guilty in words

def test_holding_someone_guilty_is_an_accusation():
    assert found("Анна Белова считает Ивана Петрова виновным в пожаре.", "Accusation") == [
        ("Actual", frozenset({"Анна Белова"}), frozenset({"Иван Петров"}))]


@pytest.mark.parametrize("text", [
    "Иван Петров не считает себя виновным.",
    "Иван Петров назвал себя виновным в аварии.",
    "Анна Белова считает Ивана Петрова лучшим врачом.",
    "Анна Белова назвала Ивана Петрова своим учителем.",
])
def test_oneself_held_guilty_or_someone_praised_is_no_accusation(text):
    assert "Accusation" not in kinds(text)


# ---- insisting: on an act a Demand, on one's innocence a Denial, that something is so neither

def test_insisting_on_an_act_is_a_demand_and_the_act_is_not_asserted():
    got = described("Олег Смирнов настаивает на отставке Ивана Петрова.")
    assert [(d.kind, d.factuality) for d in got if d.kind == "Demand"] == [("Demand", "Actual")]
    assert all(d.factuality != "Actual" for d in got if d.kind == "Resignation")


@pytest.mark.parametrize("text", [
    "Олег Смирнов настаивает на том, что выборы прошли честно.",
    "Иван Петров настаивает на своей невиновности.",
    "Пресс-секретарь Олег Смирнов настаивает на другой версии событий.",
    "Анна Белова настояла на своей точке зрения.",
    "Адвокат Анна Белова настояла на том, что её клиент был дома.",
    "Бабушка Ивана Петрова настаивает вишню на водке.",
])
def test_insisting_that_something_is_so_is_no_demand(text):
    assert "Demand" not in kinds(text)


# ---- a dispute between two named sides

def test_dispute_of_two_named_sides_is_a_dispute():
    assert [sorted(a | t) for _, a, t in found(
        "Спор Ивана Петрова с Олегом Смирновым дошёл до суда.", "Dispute")] == [
        ["Иван Петров", "Олег Смирнов"]]


@pytest.mark.parametrize("text", [
    "Спор о происхождении названия города продолжается.",
    "В споре рождается истина.",
    "Учёные до сих пор спорят о происхождении вируса.",
])
def test_dispute_without_two_named_sides_is_none(text):
    assert "Dispute" not in kinds(text)


# ---- threats addressed to someone

def test_threats_addressed_to_someone_are_a_threat_against_them():
    assert found("Угрозы в адрес Ивана Петрова поступили в пятницу.", "Threat") == [
        ("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_threat_by_someone_unnamed_to_a_named_person_is_a_threat():
    assert found("Неизвестные пригрозили Ивану Петрову расправой.", "Threat") == [
        ("Actual", frozenset(), frozenset({"Иван Петров"}))]


@pytest.mark.parametrize("text", [
    "Угроза жизни Ивана Петрова сохраняется.",
    "Угроза наводнения в Твери сохраняется.",
    "Засуха угрожает урожаю пшеницы.",
])
def test_a_danger_is_no_threat(text):
    assert "Threat" not in kinds(text)


# ---- a congratulation sent: the sender and whom it is for

def test_congratulation_sent_names_sender_and_addressee():
    assert found("Министр Олег Смирнов направил поздравление Ивану Петрову.", "Congratulation") == [
        ("Actual", frozenset({"Олег Смирнов"}), frozenset({"Иван Петров"}))]


@pytest.mark.parametrize("text", [
    "Анна Белова направила письмо Ивану Петрову.",
    "Анна Белова направила Ивану Петрову приглашение на свадьбу.",
    "Поздравительные открытки снова вошли в моду.",
])
def test_letter_or_invitation_sent_is_no_congratulation(text):
    assert "Congratulation" not in kinds(text)


# ---- a founding announced is one's own act

def test_founding_announced_is_the_announcers_founding():
    assert found("Иван Петров объявил о создании новой партии.", "Founding") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset())]


@pytest.mark.parametrize("text", [
    "Иван Петров заявил о необходимости создания новой партии.",
    "Иван Петров выступил за создание новой партии.",
    "Иван Петров объявил о создании условий для малого бизнеса.",
    "Иван Петров рассказал о создании фильма.",
])
def test_founding_called_for_or_told_about_is_not_the_speakers(text):
    assert not [f for f in found(text, "Founding") if "Иван Петров" in f[1]]


# ---- an appeal told by `обращение к`

def test_appeal_noun_to_a_named_addressee_is_an_appeal():
    assert found("Обращение Анны Беловой к губернатору Олегу Смирнову опубликовали в пятницу.",
                 "Appeal") == [("Actual", frozenset({"Анна Белова"}), frozenset({"Олег Смирнов"}))]


@pytest.mark.parametrize("text", [
    "Обращение Ивана Петрова с животными возмутило соседей.",
    "Обращение к творчеству Ивана Петрова стало традицией театра.",
    "Монеты нового образца поступят в обращение в мае.",
])
def test_treatment_turn_or_circulation_is_no_appeal(text):
    assert "Appeal" not in kinds(text)


# ---- a named body described by the passive participle of its founding

def test_body_described_as_founded_in_a_year_is_a_founding_of_it():
    got = [(d.kind, d.targets, d.year) for d in described(
        "Компания «Вектор», основанная в 1998 году, открыла офис в Туле.") if d.kind == "Founding"]
    assert got == [("Founding", frozenset({"Вектор"}), 1998)]


@pytest.mark.parametrize("text", [
    "Фильм «Вектор», основанный на реальных событиях, вышел в мае.",
    "Созданные правительством условия помогли бизнесу.",
    "Музей, созданный в 1998 году, закрыли.",
    "Компания «Вектор», открывшая завод в Туле, сократила сотрудников.",
])
def test_participle_of_what_rests_on_something_or_of_no_named_body_is_no_founding(text):
    assert "Founding" not in kinds(text)


def test_owner_of_a_body_founded_is_not_what_was_founded():
    got = [d.targets for d in described(
        "Дочерняя компания «Газпрома», созданная в 2010 году, закрылась.") if d.kind == "Founding"]
    assert all("Газпром" not in t for t in got)
