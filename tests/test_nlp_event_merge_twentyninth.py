"""Event identity, twenty-ninth round (docs/events.md, "One act told again"): the title's undated
act is not the one the body dates by a written year before the news's (a past act the story
recalls); a month, a later day, or a year of the news keep one act. A named person said to
have gone through it too (`также`) does not stand for the title's act of people it only counts."""

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


_FIRE = ("Пять человек получили ранения при пожаре в Лиманске\n"
         "Пожар произошёл в среду в жилом доме на улице Ленина в Лиманске. "
         "Пять человек получили ранения. ")


def test_a_named_person_also_injured_does_not_stand_for_the_title_count():
    text = _FIRE + "Владелец квартиры Иван Петров также получил тяжёлые ожоги."
    found = _of(text, "Injury")
    assert len(found) == 2
    assert {d.targets for d in found} == {frozenset(), frozenset({"Иван Петров"})}


def test_a_named_person_told_without_also_stands_for_the_title_count():
    text = _FIRE + "Владелец квартиры Иван Петров получил тяжёлые ожоги."
    found = _of(text, "Injury")
    assert len(found) == 1 and found[0].targets == {"Иван Петров"}


def test_the_title_arrest_of_a_described_head_is_the_named_one():
    text = "Задержан глава фонда\nГлава фонда Пётр Ласточкин был задержан в среду в Лиманске."
    found = _of(text, "Arrest")
    assert len(found) == 1 and found[0].targets == {"Пётр Ласточкин"}


def test_a_title_contest_and_a_lead_noun_dated_to_an_earlier_year_are_two():
    text = ("Олимпиада открылась в Лиманске\nОлимпиада 2019 года в Лиманске собрала тысячу "
            "участников. Об этом сообщил Иван Петров.")
    assert sorted(d.year or 0 for d in _of(text, "SportsMatch")) == [0, 2019]


def test_a_title_contest_and_a_lead_noun_of_the_news_year_are_one():
    text = ("Олимпиада открылась в Лиманске\nОлимпиада 2023 года в Лиманске собрала тысячу "
            "участников. Об этом сообщил Иван Петров.")
    assert len(_of(text, "SportsMatch")) == 1


def test_a_title_match_and_the_players_match_of_an_earlier_year_are_two():
    text = ("Петров и Белов сыграли матч за звание чемпиона\nМатч Петрова и Белова 2015 года "
            "завершился вничью, напомнили организаторы.")
    assert sorted(d.year or 0 for d in _of(text, "SportsMatch")) == [0, 2015]
