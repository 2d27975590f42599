"""Reported speech, thirty-fourth round: a human noun and its body that the entity stage took for
an organisation's name (`Член общественного совета`) do not speak when a person stands in
apposition to the noun; that person does. A pronoun that follows a pronoun of its own gender in
its sentence goes on with that one's person, not with a name between them that is no subject
(`её детей … — Алёша и Соня, она отмечала`). A second speech verb joined by `а также` whose
object phrase ends in a colon (`а также поделился планами на будущее: …`) is an act of its own:
the first verb's words end before it. An instrumental noun opening the sentence before a verb of
naming is the role its object is named in (`Основанием … называют ложные данные`). Every sentence
is written for these tests."""

from __future__ import annotations

from speech_helpers import said, statements

_HEAD = "Пожар в Твери потушен\nТверская промзона\n"


def test_a_member_of_a_council_taken_for_a_body_is_the_person_named_after_it():
    text = (_HEAD + "Член общественного совета при государственном агентстве по управлению "
            "промзоной Пётр Лунин заявил о том, что пожар потушен.")
    assert said(text) == [("Пётр Лунин", None, False, "пожар потушен")]


def test_a_body_named_before_a_person_in_a_clause_of_its_own_still_speaks():
    text = (_HEAD + "Агентство по управлению промзоной сообщило, что пожар потушен, а его "
            "сотрудник Пётр Лунин остался на месте.")
    found = said(text)
    assert [s[0] for s in found] == ["Агентство по управлению промзоной"], found


def test_a_pronoun_after_a_possessive_of_its_gender_passes_over_names_listed_as_an_apposition():
    text = ("Актриса Анна Лунина знакома с русской культурой. Двое из её детей носят русские имена "
            "— Алёша и Соня, она отмечала, что у детей писателя тоже были такие имена.")
    assert said(text) == [("Анна Лунина", None, False, "у детей писателя тоже были такие имена")]


def test_a_pronoun_after_a_possessive_still_takes_a_name_that_is_the_subject_between_them():
    text = ("Актриса Анна Лунина приехала в Москву. На её концерт пришла певица Мария Зуева, она "
            "сказала, что рада встрече.")
    assert said(text) == [("Мария Зуева", None, False, "рада встрече")]


def test_a_pronoun_after_a_possessive_of_another_gender_takes_the_name_between_them():
    text = ("Певец Пётр Лунин знаком с русской культурой. Двое из его детей носят русские имена — "
            "Алёша и Соня, она отмечала, что у детей писателя тоже были такие имена.")
    assert said(text)[0][0] != "Пётр Лунин"


def test_a_joined_speech_verb_whose_object_ends_in_a_colon_is_an_act_of_its_own():
    sts, names = statements(
        "Пётр Лунин рассказал журналистам, что «очень доволен» результатом, а также поделился "
        "планами на будущее: команде нужно просто «больше тренироваться».")
    found = [(s.trigger.text, names.get(s.speaker), s.quote.text if s.quote else None,
              s.content.text if s.content else None) for s in sts]
    assert found == [("рассказал", "Пётр Лунин", "очень доволен", "«очень доволен» результатом"),
                     ("поделился", "Пётр Лунин", "больше тренироваться", None)]


def test_a_colon_after_a_clause_of_its_own_joins_no_second_act():
    text = ("Пётр Лунин рассказал журналистам, что доволен результатом и планами, которые обсудил "
            "с тренером: команда будет больше тренироваться.")
    assert said(text) == [("Пётр Лунин", None, False, "доволен результатом и планами, которые "
                           "обсудил с тренером: команда будет больше тренироваться")]


def test_a_role_opening_the_sentence_names_the_object_after_the_verb():
    text = ("Государственная миграционная служба Украины лишила Петра Лунина гражданства.\n"
            "Основанием для лишения гражданства в ведомстве называют ложные данные, указанные в "
            "анкете.")
    assert said(text) == [("Государственная миграционная служба Украины", None, False,
                           "ложные данные, указанные в анкете")]


def test_a_name_opening_the_sentence_is_no_role_of_the_object():
    assert said("Олегом Пётр Лунин назвал своего младшего сына.") == []
