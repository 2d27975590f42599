"""The Russian word lists are data with a stated purpose, and the possessive pronouns are one list
read three ways (kg.nlp.ru.lexicon)."""

from __future__ import annotations

import pytest

from kg.nlp.ru.lexicon import DATA_DIR, possessives, rule_words, table, word_list

LISTS = sorted(p for p in DATA_DIR.iterdir() if p.suffix in (".txt", ".tsv"))


@pytest.mark.parametrize("path", LISTS, ids=[p.name for p in LISTS])
def test_every_word_list_opens_with_a_comment_saying_what_it_holds(path):
    assert path.read_text(encoding="utf-8").startswith("#"), path.name


def test_the_third_person_possessives_are_his_hers_and_theirs_in_both_spellings():
    assert possessives("3") == {"его", "ее", "её", "их"}


def test_the_owner_possessives_leave_out_the_reflexive():
    owners = possessives("123")
    assert {"мой", "наш", "твой", "ваш", "его", "их"} <= owners
    assert "свой" not in owners


def test_with_lemmas_the_possessives_include_the_personal_pronouns_the_tagger_gives():
    assert {"он", "она", "они", "свой"} <= possessives(lemmas=True)
    assert "он" not in possessives()


def test_the_speech_and_reference_rules_split_the_possessives_by_the_number_of_their_pronoun():
    # `по их словам` may stand for unnamed sources, `его семья` for one person: the forms come
    # from possessives.tsv, their number from pronouns.tsv, none written out in the rules
    from kg.nlp.ru import reference, speech

    assert speech._THEIR == {"их"}
    assert speech._THIRD == possessives("3")
    assert reference._singular_possessives() == possessives("3") - {"их"}
    assert reference._OWNER_LEMMAS == {"он", "она", "они", "свой"}


def test_the_asking_verbs_and_question_words_are_read_from_their_lists():
    assert "поинтересоваться" in word_list("asking_verbs")
    assert {"что", "ли"} <= word_list("question_words")


def test_the_wheel_table_names_the_noun_and_the_verbs_of_sitting_at_it():
    rows = table("at_the_wheel")
    assert ("noun", "руль") in rows
    assert ("verb", "сидеть") in rows


def test_rule_words_give_one_kind_of_the_shared_table():
    assert rule_words("post_noun") == {"должность", "пост"}


def test_a_kind_the_rule_words_table_lacks_is_an_error_not_an_empty_set():
    with pytest.raises(KeyError, match="no words of the kind"):
        rule_words("no_such_kind")
