"""Event identity, twenty-ninth round (docs/events.md, "One act told again"): the title's undated
act is not the one the body dates by a written year before the news's (a past act the story
recalls); a month, a later day, or a year of the news keep one act."""

from __future__ import annotations

from datetime import date

from event_helpers import described

_BODY = ("В среду Министерство внутренних дел России подтвердило лишение бывшего мэра Лиманска "
         "Олега Белова российского гражданства. Решение принято в связи с нарушениями закона. ")


def _of(text: str, kind: str, published: date | None = date(2023, 3, 1)):
    return [d for d in described(text, published) if d.kind == kind]


def test_a_title_act_and_one_dated_to_an_earlier_written_year_are_two():
    text = ("Олега Белова лишили российского гражданства\n" + _BODY +
            "Гражданства Белоруссии Белов был лишён в 2019 году, когда переехал в Лиманск.")
    found = _of(text, "Revocation")
    assert len(found) == 2 and {d.year for d in found} == {None, 2019}


def test_a_title_act_dated_by_a_month_in_the_body_is_one():
    text = ("Олега Белова лишили российского гражданства\n" + _BODY +
            "Гражданства России Белов был лишён 5 апреля, сообщили в министерстве.")
    assert len(_of(text, "Revocation")) == 1


def test_a_title_act_dated_to_the_news_year_is_one():
    text = ("Олега Белова лишили российского гражданства\n" + _BODY +
            "Гражданства России Белов был лишён в феврале 2023 года.")
    assert len(_of(text, "Revocation")) == 1


def test_an_undated_article_takes_the_news_year_from_the_lead_full_date():
    text = ("Ивана Петрова арестовали в Лиманске\n"
            "Об этом в среду, 26 июля 2017 года, сообщили в полиции Лиманска. "
            "Иван Петров был арестован в 2015 году по делу о мошенничестве.")
    assert len(_of(text, "Arrest", published=None)) == 2


def test_an_undated_article_with_the_lead_year_keeps_one_arrest():
    text = ("Ивана Петрова арестовали в Лиманске\n"
            "Об этом в среду, 26 июля 2017 года, сообщили в полиции Лиманска. "
            "Иван Петров был арестован в 2017 году по делу о мошенничестве.")
    assert len(_of(text, "Arrest", published=None)) == 1


def test_a_death_dated_to_an_earlier_year_is_still_the_title_death():
    text = ("Умер писатель Олег Белов\n"
            "Олег Белов умер в 2022 году в Лиманске, сообщили родственники.")
    assert len(_of(text, "Death")) == 1
