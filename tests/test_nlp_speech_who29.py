"""Reported speech, twenty-ninth round (who29): who speaks and who is cited. Plural
representatives speak as the one body or person in their genitive; `«…», — эти слова X цитирует
Y` quotes X. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def _who(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(who, source, anon) for who, source, anon, _ in said(text)]


# ---- plural representatives speak as their body or person -------------------------------------

def test_representatives_of_a_named_company_speak_as_it():
    assert _who("Представители компании «Роснефть» заявили, что цены на топливо не вырастут.") \
        == [("Роснефть", None, False)]


def test_representatives_after_the_verb_speak_as_their_group():
    assert _who("Как сообщают в своём блоге представители группы «Сплин», концерт в Казани "
                "перенесён на осень.") == [("Сплин", None, False)]


def test_one_representative_stays_an_unnamed_source_of_the_company():
    assert _who("Представитель компании «Роснефть» заявил, что цены на топливо не вырастут.") \
        == [(None, "Роснефть", True)]


def test_representatives_of_three_countries_are_no_one_body():
    assert [w for w, _, _ in _who("Представители США, Канады и Великобритании заявили, что "
                                  "переговоры продолжатся.")] == [None]


def test_representatives_of_an_unnamed_body_give_no_statement():
    assert _who("Представители полиции заявили, что задержанных отпустили.") == []


def test_a_statement_after_representatives_spoke_is_their_body_s_document():
    assert _who("Представители яхт-клуба «Парус» выразили соболезнования родственникам "
                "пострадавших. В заявлении говорится: «Мы скорбим вместе с вами».") \
        == [(None, "Парус", False)]


def test_representatives_of_a_club_named_in_quotes_speak_as_it():
    assert _who("Представители аэроклуба «Крыло» заявили, что полёты продолжатся.") \
        == [("Крыло", None, False)]


def test_a_document_after_a_club_s_representatives_is_the_club_s():
    assert _who("Представители аэроклуба «Крыло» выразили свои соболезнования родственникам "
                "погибших в авиационной катастрофе. В заявлении в частности говорится: «Мы все "
                "скорбим».") == [(None, "Крыло", False)]


# ---- a quoting verb whose words noun the parse hung elsewhere ---------------------------------

def test_these_words_of_a_named_captain_cited_by_an_agency_are_his():
    assert _who("«Рейс прошёл отлично», — эти слова капитана судна «Нева-3» Петра Иванова, "
                "сказанные им накануне рейса, цитирует в пятницу ТАСС.") \
        == [("Пётр Иванов", "ТАСС", False)]


def test_a_time_after_a_quoting_verb_is_not_the_one_quoted():
    assert _who("Цитирует в пятницу ТАСС министра Ивана Петрова: «Налоги не вырастут».") \
        == [("Иван Петров", "ТАСС", False)]
