"""Speakers and sources given by a word that refers back to one the article named: a body of an
organisation, a bare media noun, a verb without a subject after a quote (sentences written for
these tests)."""

from __future__ import annotations

from speech_helpers import statements_with_text as statements


def said(st, text: str) -> str:
    span = st.content or st.quote
    return text[span.start:span.end]


def test_a_secretariat_speaks_for_its_organisation():
    found, names, text = statements("Секретариат ЮНЕСКО подтвердил, что конференция пройдёт в Омске.")
    assert [(names.get(st.speaker), said(st, text)) for st in found] == \
        [("ЮНЕСКО", "конференция пройдёт в Омске")]


def test_a_bare_media_noun_speaks_for_the_outlet_that_wrote_before():
    found, names, text = statements("Мэр Омска ушёл в отставку, пишет Daily Telegraph. "
                                    "Издание отмечает, что мэр долго болел.")
    last = found[-1]
    assert (names.get(last.speaker), said(last, text)) == ("Daily Telegraph", "мэр долго болел")


def test_the_document_of_a_bare_media_noun_cites_the_outlet_that_wrote_before():
    found, names, text = statements("Мэр Омска ушёл в отставку, пишет Daily Telegraph. "
                                    "В материале издания сказано, что мэр давно хотел уйти.")
    last = found[-1]
    assert (last.speaker, names.get(last.source), said(last, text)) == \
        (None, "Daily Telegraph", "мэр давно хотел уйти")


def test_a_bare_media_noun_names_no_one_when_two_outlets_spoke_before():
    found, names, _ = statements("Мэр Омска ушёл в отставку, пишет Daily Telegraph. Об этом же "
                                 "сообщает Reuters. Издание отмечает, что мэр долго болел.")
    assert not any(st.trigger.text == "отмечает" for st in found)


def test_a_media_noun_with_words_of_its_own_is_not_the_outlet_that_wrote_before():
    # `местное издание` may be another outlet than the one that wrote
    found, _, _ = statements("Мэр Омска ушёл в отставку, пишет Daily Telegraph. "
                             "Местное издание отмечает, что мэр долго болел.")
    assert not any(st.trigger.text == "отмечает" for st in found)


def test_a_verb_after_a_quote_and_a_dash_goes_on_with_the_last_speaker():
    found, names, text = statements("Министр Олег Смирнов сказал, что тревожиться не стоит. "
                                    "«Это обычное дело», — и добавил, что «все расходы оправданы».")
    added = [st for st in found if st.trigger.text == "добавил"]
    assert [(names.get(st.speaker), text[st.quote.start:st.quote.end]) for st in added] == \
        [("Олег Смирнов", "все расходы оправданы")]


def test_a_verb_after_a_quote_and_a_dash_does_not_go_on_with_a_speaker_of_the_other_gender():
    found, _, _ = statements("Министр Анна Смирнова сказала, что тревожиться не стоит. "
                             "«Это обычное дело», — и добавил, что «все расходы оправданы».")
    assert not any(st.trigger.text == "добавил" for st in found)


def test_a_capitalised_common_noun_taken_for_a_name_is_no_speaker():
    found, _, _ = statements("Полиция подтвердила, что подозреваемые взяли заложника.")
    assert found == ()


def test_a_body_of_a_named_place_still_speaks():
    found, names, _ = statements("Полиция Омска подтвердила, что угнанная машина найдена.")
    assert [names.get(st.speaker) for st in found] == ["Полиция Омска"]


def test_a_bare_cue_noun_is_the_person_just_introduced_with_it():
    found, names, text = statements(
        "Как заявил официальный представитель партии «Зелёный край» Иван Петров, пожар совпал с "
        "годовщиной выборов. Так что, по словам представителя, пожар был устроен намеренно.")
    cue = [st for st in found if st.trigger.text == "словам"]
    assert [(names.get(st.speaker), st.anonymous_source, said(st, text)) for st in cue] == \
        [("Иван Петров", None, "пожар был устроен намеренно")]


def test_a_bare_cue_noun_far_from_the_person_introduced_with_it_stays_unnamed():
    found, _, _ = statements(
        "Представитель партии Иван Петров прибыл в Омск. Вечером там прошёл митинг. Потом выступил "
        "Олег Смирнов. Выборы назначены на май. По словам представителя, явка будет высокой.")
    cue = [st for st in found if st.trigger.text == "словам"]
    assert [(st.speaker, st.anonymous_source) for st in cue] == [(None, "представителя")]


def test_confirming_this_version_reports_the_sentence_before():
    found, names, text = statements("Самолёт сбили ракетой. Позже эту версию подтвердила ИКАО.")
    assert [(names.get(st.speaker), said(st, text)) for st in found] == \
        [("ИКАО", "Самолёт сбили ракетой")]


def test_confirming_this_version_of_someones_words_adds_no_statement():
    # the sentence before is speech already, with its own statement; `эту версию` is not words
    found, _, _ = statements("Великобритания заявила, что самолёт сбили ракетой. "
                             "Позже эту версию подтвердила ИКАО.")
    assert [st.trigger.text for st in found] == ["заявила"]


def test_a_speakers_own_words_retold_inside_their_statement_are_one_statement():
    found, names, text = statements("Иван Петров подчеркнул, что он давно предупреждал, что уйдёт в "
                                    "отставку.")
    assert [(st.trigger.text, names.get(st.speaker)) for st in found] == \
        [("подчеркнул", "Иван Петров")]


def test_another_speakers_words_inside_a_statement_stay_a_statement():
    found, names, _ = statements("Иван Петров заявил, что Олег Смирнов сказал, что уйдёт в "
                                 "отставку.")
    assert [names.get(st.speaker) for st in found] == ["Иван Петров", "Олег Смирнов"]


def test_a_verb_without_a_subject_goes_on_with_the_last_speaker():
    found, names, text = statements("Иван Петров родился в Омске. Он не раз выступал с "
                                    "речами о защите лесов. Также заявлял, что хочет жить в деревне.")
    last = found[-1]
    assert (last.trigger.text, names.get(last.speaker), said(last, text)) == \
        ("заявлял", "Иван Петров", "хочет жить в деревне")


def test_a_verb_without_a_subject_after_an_unnamed_subject_names_no_one():
    found, _, _ = statements("Иван Петров сказал, что устал. Врач осмотрел его. "
                             "Позже сообщил, что здоровье в норме.")
    assert [st.trigger.text for st in found] == ["сказал"]
