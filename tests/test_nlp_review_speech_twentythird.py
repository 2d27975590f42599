"""Reported speech, twenty-third round, reviewed: a description's office held against the person
it refers back to (adjectives before the title noun or before its owner's name, a body told by its
people, a deputy's minister), two names joined under a plural title before `он`, and the rows of
anaphoric_nouns.tsv that introduce `бизнесмен` and `команда`. Every sentence is written for these
tests; the events of the sentences are read too, where the speaker rule must not move them."""

from __future__ import annotations

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401
from speech_helpers import said


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(who, source) for who, source, _, _ in said(text)]


# ---- an adjective is no office: the words past the title noun are -----------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Новый министр Олег Смирнов посетил Тверь. Министр обороны заявил, что армия получит "
     "новые танки.", "Олег Смирнов"),
    ("Самарский губернатор Олег Смирнов посетил завод. Губернатор области заявил, что завод "
     "получит субсидию.", "Олег Смирнов"),
    ("Столичный мэр Олег Смирнов открыл станцию. Мэр города сообщил, что метро продлят.",
     "Олег Смирнов"),
])
def test_an_adjective_before_the_title_noun_names_no_other_office(text, who):
    assert _speakers(text) == [(who, None)]


@pytest.mark.parametrize(("text", "who"), [
    ("Мэр подмосковного Звенигорода Олег Смирнов открыл парк. Мэр города сообщил, что парк "
     "будет бесплатным.", "Олег Смирнов"),
    ("Директор петербургского Эрмитажа Олег Смирнов открыл выставку. Директор музея рассказал, "
     "что экспозиция займёт три зала.", "Олег Смирнов"),
])
def test_an_owner_named_by_name_after_an_adjective_may_be_told_by_its_kind(text, who):
    assert _speakers(text) == [(who, None)]


def test_an_office_named_after_an_adjective_is_still_held_against_another():
    assert _speakers("Новый министр финансов Олег Смирнов выступил в Думе. Министр обороны "
                     "заявил, что армия получит новые танки.") == []


def test_a_woman_minister_of_another_office_is_not_the_one_named():
    assert _speakers("Министр культуры Ирина Волкова открыла фестиваль. Министр просвещения "
                     "отметила, что фестиваль станет ежегодным.") == []


# ---- a body told by its people is of no kind to hold against another -------------------------

def test_a_leader_of_communists_is_the_leader_of_the_party():
    assert _speakers("Лидер коммунистов Олег Смирнов выступил на съезде. Лидер партии заявил, "
                     "что выборы будут честными.") == [("Олег Смирнов", None)]


def test_a_leader_of_the_opposition_is_not_a_union_leader():
    assert _speakers("Лидер оппозиции Олег Смирнов выступил на съезде. Лидер профсоюза заявил, "
                     "что забастовка продолжится.") == []


# ---- a deputy's office is the minister's under it ----------------------------------------------

def test_a_deputy_of_another_minister_is_not_the_deputy_named():
    assert _speakers("Заместитель министра финансов Олег Смирнов выступил на форуме. Заместитель "
                     "министра обороны заявил, что армия получит новые танки.") == []


def test_a_deputy_of_the_same_minister_refers_back():
    assert _speakers("Первый заместитель министра обороны Олег Смирнов выступил на форуме. "
                     "Заместитель министра обороны заявил, что армия получит новые танки.") == [
        ("Олег Смирнов", None)]


def test_a_press_secretary_of_a_ministry_is_not_the_presidents():
    assert _speakers("Пресс-секретарь президента Олег Смирнов выступил на брифинге. "
                     "Пресс-секретарь министерства заявил, что ответ последует.") == []


# ---- two names joined under a plural title -----------------------------------------------------

def test_he_after_two_names_under_a_plural_title_is_open():
    assert _speakers("Министры Олег Смирнов и Иван Волков провели встречу. Он заявил, что бюджет "
                     "будет исполнен.") == []


def test_he_after_a_name_and_an_unnamed_deputy_is_the_name():
    assert _speakers("Министр Олег Смирнов и его заместитель провели встречу. Он заявил, что "
                     "бюджет будет исполнен.") == [("Олег Смирнов", None)]


# ---- the rows: an owner of anything is no businessman; a national team is no club's team -------

def test_an_owner_of_a_dog_is_no_businessman():
    assert _speakers("Владелец собаки Олег Смирнов обратился в полицию. Бизнесмен заявил, что "
                     "собаку украли.") == []


def test_a_co_owner_of_a_restaurant_is_a_businessman():
    assert _speakers("Совладелец ресторана Олег Смирнов продал долю. Бизнесмен заявил, что устал "
                     "от ресторанного дела.") == [("Олег Смирнов", None)]


def test_a_national_team_joined_to_a_club_leaves_the_team_open():
    assert _speakers("Сборная Бразилии и «Зенит» сыграли вничью. В команде заявили, что довольны "
                     "игрой.") == []


def test_a_coach_of_a_national_team_is_the_teams_coach():
    assert _speakers("Тренер национальной сборной Олег Смирнов провёл сбор. Тренер команды "
                     "заявил, что состав обновится.") == [("Олег Смирнов", None)]


# ---- the speaker rules leave the events as they were -------------------------------------------

@pytest.mark.usefixtures("shipped_lexicon")
def test_the_office_check_moves_no_meeting_of_two_ministers():
    evs = [(d.kind, d.actors) for d in described(
        "Министры Олег Смирнов и Иван Волков провели встречу в Москве. Он заявил, что бюджет "
        "будет исполнен.") if d.kind == "Meeting"]
    assert evs == [("Meeting", frozenset({"Олег Смирнов", "Иван Волков"}))]


# ---- a bare outlet noun is no company or ministry that reported before ------------------------

@pytest.mark.parametrize("text", [
    "Об этом сообщает компания «Севернефть». По информации издания, сделка закрыта.",
    "Об этом сообщает компания «Севернефть». Издание отмечает, что сделка закрыта.",
    "Об этом сообщает министерство финансов. По данным издания, сделка закрыта.",
])
def test_a_bare_outlet_noun_is_no_body_of_another_kind(text):
    assert [(who, source) for who, source, _, _ in said(text) if who or source] == []


def test_a_bare_outlet_noun_is_the_channel_that_reported():
    assert _speakers("Об этом сообщает телеканал «Восход». По информации издания, сделка "
                     "закрыта.") == [(None, "Восход")]


@pytest.mark.parametrize("text", [
    "Об этом пишут «Вестник» и «Курьер». Издание отмечает, что сделка закрыта.",
    "Об этом пишут «Вестник» и «Курьер». Источники издания утверждают, что сделка закрыта.",
])
def test_a_bare_outlet_noun_after_two_joined_outlets_is_neither(text):
    assert [(who, source) for who, source, _, _ in said(text) if who or source] == []


def test_a_bare_outlet_noun_after_one_outlet_is_that_outlet():
    assert _speakers("Об этом пишет «Вестник». Издание отмечает, что сделка закрыта.") == [
        ("Вестник", None)]
