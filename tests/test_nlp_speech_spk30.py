"""Reported speech, thirtieth round: a quote that a verb after a dash frames (`«…», — сказал X`)
is that verb's words even when a colon opens it after another speech verb, whose words end at
the colon; and a title naming a country by another of its names (`президент РФ` after
`Президент России X`) is the same person; an outlet relaying someone's statement (`…, напомнил X,
…, пишет BBC`) is its source, not a second speaker. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said, statements


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(trigger, speaker, quote, content) of each statement of `text`."""
    sts, names = statements(text)
    return [(s.trigger.text, names.get(s.speaker) if s.speaker else None,
             s.quote.text if s.quote else None, s.content.text if s.content else None)
            for s in sts]


def test_a_quote_framed_by_a_later_dash_verb_is_not_the_as_clause_verbs():
    text = ("Как заявил в четверг министр Иван Петров, он не видит оснований отменять закон: "
            "«Я пока не вижу причин его отменять», — сказал министр на заседании совета.")
    assert _read(text) == [
        ("заявил", "Иван Петров", None, "он не видит оснований отменять закон"),
        ("сказал", "Иван Петров", "Я пока не вижу причин его отменять", None)]


def test_a_that_clause_ends_at_the_colon_before_a_quote_another_verb_frames():
    text = ("Министр Иван Петров заявил, что не видит оснований отменять закон: «Я пока не "
            "вижу причин его отменять», — сказал он журналистам.")
    assert _read(text) == [
        ("заявил", "Иван Петров", None, "не видит оснований отменять закон"),
        ("сказал", "Иван Петров", "Я пока не вижу причин его отменять", None)]


def test_a_quote_after_a_colon_with_no_verb_after_it_stays_the_colon_verbs():
    text = "Министр Иван Петров заявил журналистам: «Я пока не вижу причин отменять этот закон»."
    assert _read(text) == [
        ("заявил", "Иван Петров", "Я пока не вижу причин отменять этот закон", None)]


def test_a_dash_before_a_verb_that_is_no_speech_leaves_the_quote_to_the_colon_verb():
    text = ("Министр Иван Петров заявил: «Я пока не вижу причин отменять этот закон», — и "
            "покинул зал.")
    assert _read(text) == [
        ("заявил", "Иван Петров", "Я пока не вижу причин отменять этот закон", None)]


def test_a_title_with_the_countrys_abbreviation_is_the_person_named_with_its_name():
    text = ("Президент России Иван Петров заявил, что подпишет закон. «Я пока не вижу оснований "
            "его подписывать», — сказал президент РФ на заседании совета.")
    assert _read(text)[1] == (
        "сказал", "Иван Петров", "Я пока не вижу оснований его подписывать", None)


def test_a_title_with_the_countrys_full_name_is_the_person_named_with_its_abbreviation():
    text = ("Канцлер ФРГ Анна Шмидт заявила, что подпишет закон. «Я пока не вижу оснований его "
            "подписывать», — сказала канцлер Германии журналистам.")
    assert _read(text)[1] == (
        "сказала", "Анна Шмидт", "Я пока не вижу оснований его подписывать", None)


def test_a_title_of_another_country_is_not_the_person_named_before():
    text = ("Президент Украины Иван Петров заявил, что подпишет закон. «Я пока не вижу "
            "оснований его подписывать», — сказал президент РФ на заседании совета.")
    assert _read(text) == [("заявил", "Иван Петров", None, "подпишет закон")]


def test_an_outlet_relaying_an_inverted_statement_is_its_source_not_a_second_speaker():
    text = ("Многие беженцы, напомнил министр Иван Петров, бежали от войны, пишет газета "
            "«Северный вестник».")
    assert said(text) == [("Иван Петров", "Северный вестник", False,
                           "Многие беженцы, напомнил министр Иван Петров, бежали от войны")]


def test_an_outlet_opening_with_as_relays_the_statement_it_reports():
    text = "Как сообщает агентство «Север», министр Иван Петров заявил, что налоги не вырастут."
    assert said(text) == [("Иван Петров", "Север", False, "налоги не вырастут")]


def test_an_outlet_reporting_no_one_elses_words_still_speaks():
    text = "Продажи автомобилей выросли на треть, сообщает газета «Северный вестник»."
    assert said(text) == [("Северный вестник", None, False, "Продажи автомобилей выросли на треть")]


def test_a_minister_reporting_a_colleagues_words_is_not_made_a_source():
    text = "Министр Иван Петров сообщил, что премьер Анна Сомова заявила, что налоги не вырастут."
    found = said(text)
    assert ("Иван Петров", None, False,
            "премьер Анна Сомова заявила, что налоги не вырастут") in found
