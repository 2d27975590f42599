"""Reported speech (kg.nlp.ru.speech), eleventh round: speech missed on a blind reading of
unlabeled articles (scripts/speech_blind.py); every sentence here is written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest
from speech_helpers import statements

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.speech_clauses import Finder


# ---- a converb or a joined verb shares the `он`/`она` of the verb it hangs on -----------------
@pytest.mark.parametrize("text, who, words", [
    ("Певицу поздравил продюсер Олег Сомов. Он также пожелал ей удачи, добавив, что впереди "
     "большой тур.", "Олег Сомов", "впереди большой тур"),
    ("Певицу поздравил продюсер Олег Сомов. Он пожелал ей удачи и сказал, что впереди большой "
     "тур.", "Олег Сомов", "впереди большой тур"),
])
def test_a_converb_or_joined_verb_shares_the_pronoun_of_its_verb(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.content.text == words


def test_the_pronoun_of_the_verb_is_the_subject_of_its_gender_among_two_joined_before():
    text = ("Певицу поздравили её сестра Анна Громова и продюсер Олег Сомов. Он также пожелал ей "
            "удачи, добавив, что впереди большой тур.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Сомов"


def test_a_converb_under_a_pronoun_of_the_other_gender_is_not_given_its_speaker():
    # `она` is the woman of the two joined subjects, never the man
    text = ("Певицу поздравили её сестра Анна Громова и продюсер Олег Сомов. Она также пожелала "
            "ей удачи, добавив, что впереди большой тур.")
    sts, names = statements(text)
    assert [names.get(s.speaker) for s in sts] == ["Анна Громова"]


def test_a_converb_under_a_noun_subject_nobody_names_borrows_no_pronoun():
    text = ("Певицу поздравил продюсер Олег Сомов. Врач пожелал ей удачи, добавив, что впереди "
            "большой тур.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Олег Сомов" for s in sts)


# ---- `охарактеризовал X как Y` -----------------------------------------------------------------
def test_characterising_as_is_naming():
    text = ("В пятницу Кремль охарактеризовал Ивана Сомова как «настоящего патриота», "
            "защищавшего «интересы страны».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Кремль"
    assert st.content.text.startswith("Ивана Сомова как «настоящего патриота»")


def test_characterising_with_nothing_it_was_called_is_no_speech():
    sts, _ = statements("Депутат Олег Трубников охарактеризовал ситуацию в городе.")
    assert sts == ()


# ---- a name's gender from the words that agree with it ----------------------------------------
def _with_name_gender(text: str, words: tuple[str, ...], gender: str | None):
    """The analysis of `text` with the tagger's gender of the name's words set by hand (the
    tagger guesses it for names it does not know, and may guess wrong)."""
    a = analyse(text)
    tokens = list(a.tokens)
    for t in a.tokens:
        if t.text in words:
            feats = {k: v for k, v in t.feats.items() if k != "Gender"}
            if gender:
                feats["Gender"] = gender
            tokens[t.index] = replace(t, feats=feats)
    return replace(a, tokens=tuple(tokens))


def _gender_of(a, name: str) -> str | None:
    entities = find_entities(a)
    f = Finder(a, entities)
    return next(f.ref.gender.get(e.key) for e in entities if e.name == name)


def test_two_verbs_and_nouns_that_agree_outvote_the_taggers_guess_at_a_name():
    text = ("Титул получила Мэллори Тэйгон, обладательница гранта фонда. Мэллори Тэйгон стала "
            "первой победительницей из Канзаса.")
    a = _with_name_gender(text, ("Мэллори", "Тэйгон"), "Masc")
    assert _gender_of(a, "Мэллори Тэйгон") == "Fem"


def test_a_name_with_no_gender_takes_that_of_an_adjective_on_it():
    text = "Победу 23-летней Мэллори Тэйгон обеспечило исполнение чечётки."
    a = _with_name_gender(text, ("Мэллори", "Тэйгон"), None)
    assert _gender_of(a, "Мэллори Тэйгон") == "Fem"


def test_a_first_name_the_dictionary_knows_is_not_outvoted():
    # `Роберт` is a man's name: two feminine verbs the parse hung on his surname do not make him
    # a woman (a sister of the same surname is the likelier subject)
    text = ("Роберт Ланкр — художник из Лиона. Позднее Ланкр сказала, что устала. Ланкр уехала "
            "домой.")
    a = _with_name_gender(text, ("Роберт", "Ланкр"), "Masc")
    assert _gender_of(a, "Роберт Ланкр") == "Masc"


def test_a_verb_whose_subject_the_name_is_in_apposition_to_agrees_with_it():
    text = "Колонку вела 42-летняя выпускница филфака Ма Тинлун. Позже колонку закрыли."
    a = _with_name_gender(text, ("Ма", "Тинлун"), "Masc")
    assert _gender_of(a, "Ма Тинлун") == "Fem"


def test_a_genitive_owner_the_parse_made_an_apposition_takes_no_gender_from_the_noun():
    # `Дочь Ван Цзюня` is the father's daughter: neither `дочь` nor her verb is his gender
    text = "Дочь Ван Цзюня получила диплом в Австралии и вернулась домой."
    a = analyse(text)
    tokens = list(a.tokens)
    doch = next(t for t in a.tokens if t.text == "Дочь")
    for t in a.tokens:
        if t.text == "Ван":
            tokens[t.index] = replace(t, rel="appos", head=doch.index,
                                      feats={k: v for k, v in t.feats.items() if k != "Gender"})
        if t.text == "Цзюня":
            tokens[t.index] = replace(t, feats={**{k: v for k, v in t.feats.items()
                                                   if k != "Gender"}, "Case": "Gen"})
    a = replace(a, tokens=tuple(tokens))
    entities = find_entities(a)
    f = Finder(a, entities)
    assert all(f.ref.gender.get(e.key) != "Fem" for e in entities if e.kind == "person")


# ---- a cue without a comma does not make the clause's subject its owner ------------------------
@pytest.mark.parametrize("text, who", [
    ("По данным следствия Олег Сомов, находясь в состоянии опьянения, ударил соседа ножом.",
     "Олег Сомов"),
    ("По данным следствия Ахмед Карими, задержанный в понедельник, купил детали для бомбы в "
     "интернете.", "Ахмед Карими"),
    ("По данным прокуратуры Пётр Лагутин, будучи директором завода, похитил деньги.",
     "Пётр Лагутин"),
])
def test_the_subject_a_cue_runs_into_is_not_its_owner(text, who):
    sts, names = statements(text)
    assert all(names.get(s.source) != who and names.get(s.speaker) != who for s in sts)


def test_a_named_source_before_the_subject_is_cited_and_the_subject_is_not():
    # the statement is there, owned by the body of the cue, not by the man it speaks of
    sts, names = statements("По данным МВД Ладонии Олег Сомов ударил соседа ножом.")
    assert [(names.get(s.source), names.get(s.speaker)) for s in sts] == [("МВД", None)]


@pytest.mark.parametrize("text, who", [
    ("По словам советника консульства Олега Ветрова, переговоры прошли успешно.",
     "Олег Ветров"),
    ("По словам министра юстиции Италии Пьетро Грассо, реформа будет принята.", "Пьетро Грассо"),
])
def test_a_genitive_name_at_the_end_of_the_cue_phrase_still_owns_it(text, who):
    (st,), names = statements(text)
    assert names[st.speaker] == who


# ---- a noun that refers back to one of two people of the other gender --------------------------
@pytest.mark.parametrize("verb, who", [("заявил", "Карл Эдвин"), ("заявила", "Анна Розен")])
def test_the_past_verbs_gender_picks_the_one_a_noun_refers_back_to(verb, who):
    text = ("Король Ладонии Карл Эдвин и королева Ладонии Анна Розен посетили порт. Позже монарх "
            f"{verb}, что страна построит новый флот.")
    (st,), names = statements(text)
    assert names[st.speaker] == who


def test_two_of_the_verbs_gender_or_of_none_known_leave_the_noun_open():
    text = ("Король Ладонии Карл Эдвин и король Севании Олаф Грим посетили порт. Позже монарх "
            "заявил, что страна построит новый флот.")
    sts, _ = statements(text)
    assert all(s.speaker is None for s in sts)
