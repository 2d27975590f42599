"""One happening told again by a bare noun of another class (kg/data/ru/retold_classes.tsv,
kg/nlp/ru/events.py `retold_other_class`): a shooting, then `массовое убийство` at its place, is
one Attack. Another place, `ещё одно`, the plural or another year keep two. Thirty-second round,
false events that retell a happening already told."""

from __future__ import annotations

from event_helpers import described, of_class

_SHOOTING = "Олег Белов открыл огонь по толпе на концерте в Лиманске. Погибли 12 человек. "


def test_a_killing_named_at_the_place_of_a_shooting_told_before_is_that_shooting():
    text = _SHOOTING + "Позже группировка заявила, что массовое убийство в Лиманске устроил её " \
        "сторонник."
    assert of_class(text, "Killing") == [] and len(of_class(text, "Attack")) == 1


def test_the_shooting_keeps_its_named_doer_when_the_killing_retells_it():
    text = _SHOOTING + "Позже группировка заявила, что массовое убийство в Лиманске устроил её " \
        "сторонник."
    assert "Олег Белов" in of_class(text, "Attack")[0].actors


def test_a_killing_at_another_place_stays_apart_from_the_shooting():
    text = _SHOOTING + "Позже группировка заявила, что массовое убийство в Сосновке устроил её " \
        "сторонник."
    assert len(of_class(text, "Killing")) == 1


def test_a_killing_said_to_be_another_stays_apart_from_the_shooting():
    text = _SHOOTING + "Позже группировка заявила, что ещё одно массовое убийство в Лиманске " \
        "устроил её сторонник."
    assert len(of_class(text, "Killing")) == 1


def test_killings_in_the_plural_stay_apart_from_the_shooting():
    text = _SHOOTING + "Позже группировка заявила, что массовые убийства в Лиманске " \
        "устраивали её сторонники."
    assert len(of_class(text, "Killing")) == 1


def test_a_killing_dated_to_a_past_year_stays_apart_from_the_shooting():
    text = _SHOOTING + "Позже группировка заявила, что массовое убийство в Лиманске в 2015 году " \
        "устроил её сторонник."
    assert len(of_class(text, "Killing")) == 1


def test_the_deaths_of_the_shooting_stay_an_event_of_their_own():
    text = _SHOOTING + "Позже группировка заявила, что массовое убийство в Лиманске устроил её " \
        "сторонник."
    assert [d.kind for d in described(text)].count("Death") == 1


# the headline's act told in the lead in another class's word (`where` = `title`)

_BAN = "Олег Белов запретил чиновникам иметь иностранные счета\n"
_LAW = "подписал закон, запрещающий чиновникам иметь счета в иностранных банках."


def test_a_headline_ban_the_lead_tells_as_a_law_signed_is_that_law():
    text = _BAN + "Президент Лимании Олег Белов " + _LAW
    assert [d.kind for d in described(text)] == ["LawAdoption"]


def test_a_headline_ban_by_another_than_the_law_signer_stays_a_ban():
    text = _BAN + "Президент Лимании Иван Петров " + _LAW
    assert len(of_class(text, "Sanction")) == 1 and len(of_class(text, "LawAdoption")) == 1


def test_a_headline_ban_the_body_tells_as_a_law_past_the_lead_stays_a_ban():
    text = _BAN + ("Об этом сообщили в Кремле. Погибших нет. Аэропорт закрыт. Рейсы "
                   "перенаправлены. Президент Лимании Олег Белов " + _LAW)
    assert len(of_class(text, "Sanction")) == 1


def test_a_release_refused_in_the_headline_is_the_lead_s_refusal():
    text = ("Суд не отпустил Анну Белову к ребёнку\n"
            "Краевой суд отказал Анне Беловой в условно-досрочном освобождении.")
    assert not [d for d in of_class(text, "ReleaseFromCustody") if d.factuality == "Negated"]
    assert len(of_class(text, "Rejection")) == 1


def test_a_release_granted_in_the_headline_stays_apart_from_a_refusal():
    text = ("Суд отпустил Анну Белову к ребёнку\n"
            "Краевой суд отказал Анне Беловой в условно-досрочном освобождении.")
    assert [d.factuality for d in of_class(text, "ReleaseFromCustody")
            if "Анна Белова" in d.actors] == ["Actual"]
