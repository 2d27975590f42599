"""Reported speech, twenty-eighth round: an `о` phrase opening a told sentence before a verb of
announcing and its subject (`О рождении сына актриса написала в Instagram.`) is what was said, as
after the verb; before a verb of telling at length (`О разговоре рассказал X.`) it is a topic.
A `который` clause speaks for the person named right before its comma when the pronoun agrees
with them, whatever noun the parse hung the clause on. An admission of one's own (`признал свою
вину`) is what was admitted; celebrating one's own (`отмечает свой юбилей`) still says nothing.
An outlet that quoted someone is the one a bare media noun after it refers back to. Every
sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said

# ---- an `о` phrase opening the sentence ------------------------------------------------------

def test_a_fronted_about_phrase_before_a_described_speaker_is_what_was_said():
    text = ("Певица Анна Петрова стала матерью. О рождении сына артистка написала на своей "
            "странице в Instagram.")
    assert said(text) == [("Анна Петрова", None, False, "О рождении сына")]


def test_a_fronted_about_phrase_before_an_inverted_named_speaker_is_what_was_said():
    text = ("О своём уходе из команды объявил нападающий «Динамо» Иван Петров.")
    assert said(text) == [("Иван Петров", None, False, "О своём уходе из команды")]


def test_a_fronted_about_phrase_before_a_subject_and_its_verb_is_what_was_said():
    text = "О своём уходе из клуба футболист Иван Петров объявил в понедельник."
    assert said(text) == [("Иван Петров", None, False, "О своём уходе из клуба")]


def test_a_fronted_about_phrase_on_a_headline_line_without_a_full_stop_gives_nothing():
    text = ("Губернатор Иван Петров выступил по телевидению.\n\n"
            "О встрече с министром сообщил губернатор Иван Петров\n")
    assert said(text) == []


def test_a_fronted_about_phrase_before_a_verb_of_telling_names_a_topic_only():
    text = ("Губернатор Иван Петров встретился с министром. О встрече с министром рассказал сам "
            "губернатор в эфире радио. По его словам, беседа была долгой.")
    assert [w for _, _, _, w in said(text)] == ["беседа была долгой"]


def test_a_fronted_about_phrase_of_a_verb_that_is_not_speech_gives_nothing():
    text = "О новом законе депутат Иван Петров узнал из газет и сообщил коллегам."
    assert said(text) == []


def test_a_fronted_about_phrase_under_a_negated_verb_gives_nothing():
    text = "О новом законе депутат Иван Петров не сказал ни слова."
    assert said(text) == []


def test_a_fronted_about_phrase_of_an_impersonal_verb_gives_nothing():
    text = "Пожар уничтожил склад. О причинах пожара не сообщается."
    assert said(text) == []


def test_an_about_this_phrase_before_the_verb_still_cites_the_sentence_before():
    text = "Футболист Иван Петров сломал ногу. Об этом сообщил тренер клуба Олег Смирнов."
    assert said(text) == [("Олег Смирнов", None, False, "Футболист Иван Петров сломал ногу")]


def test_a_fronted_about_phrase_after_an_opening_adverb_is_what_was_said():
    text = ("Мэр Иван Петров подписал указ о новом парке. Впервые о проекте парка мэр "
            "заявил весной.")
    assert said(text) == [("Иван Петров", None, False, "о проекте парка")]


def test_a_fronted_about_phrase_after_a_place_is_left_alone():
    text = ("Певица Анна Петрова стала матерью. В Москве о беременности артистка сообщила "
            "журналистам.")
    assert said(text) == []


# ---- `который` after a named person ----------------------------------------------------------

def test_a_relative_clause_after_a_name_in_the_genitive_speaks_for_that_person():
    text = ("Любопытной оказалась реакция главы компании Ивана Смирнова, который заявил "
            "журналистам, что закон бесполезен.")
    assert said(text) == [("Иван Смирнов", None, False, "закон бесполезен")]


def test_a_relative_clause_after_a_name_after_a_colon_speaks_for_that_person():
    text = ("У Анны Петровой есть соперник: сенатор Иван Смирнов, который также заявил о своём "
            "намерении бороться за пост губернатора.")
    assert said(text) == [("Иван Смирнов", None, False,
                           "о своём намерении бороться за пост губернатора")]


def test_a_relative_pronoun_of_the_other_gender_is_not_the_named_persons():
    text = ("Любопытной оказалась реакция сестры Ивана Смирнова, которая заявила журналистам, "
            "что закон бесполезен.")
    assert said(text) == []


# ---- an admission of one's own ---------------------------------------------------------------

def test_an_admission_of_ones_own_guilt_is_what_was_admitted():
    text = "Бизнесмен Олег Смирнов признал свою вину в суде."
    assert said(text) == [("Олег Смирнов", None, False, "свою вину")]


def test_an_admission_of_ones_own_part_is_what_was_admitted():
    text = "Бизнесмен Олег Смирнов признал своё участие в драке."
    assert said(text) == [("Олег Смирнов", None, False, "своё участие в драке")]


def test_a_negated_admission_of_ones_own_guilt_gives_nothing():
    text = "Бизнесмен Олег Смирнов не признал свою вину."
    assert said(text) == []


def test_celebrating_ones_own_jubilee_still_says_nothing():
    text = "Актриса Анна Петрова отмечает свой день рождения в Париже."
    assert said(text) == []


def test_an_admission_ends_before_a_denial_joined_to_it():
    text = ("Бизнесмен Олег Смирнов признал своё участие в драке, но отверг обвинения в "
            "хулиганстве и политической ненависти.")
    assert said(text)[0] == ("Олег Смирнов", None, False, "своё участие в драке")


# ---- an outlet that quoted someone, then a bare media noun -----------------------------------

def test_a_bare_media_noun_after_an_outlet_that_quoted_someone_is_that_outlet():
    text = ("«Завод откроется летом», — эти слова директора Олега Смирнова цитирует РБК. Как "
            "отмечает издание, завод обошёлся в миллиард рублей.")
    assert ("РБК", None, False, "завод обошёлся в миллиард рублей") in said(text)


def test_a_bare_agency_noun_after_an_agency_that_quoted_someone_is_that_agency():
    text = ("«Завод откроется летом», — эти слова директора Олега Смирнова процитировал Reuters. "
            "Кроме того, как отмечает агентство, завод обошёлся в миллиард рублей.")
    assert ("Reuters", None, False, "завод обошёлся в миллиард рублей") in said(text)
