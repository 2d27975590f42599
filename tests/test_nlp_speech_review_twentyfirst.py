"""Review of the twenty-first round's reported speech: words said again, dialogue lines, speech
nouns, `хотел бы`, two cues in one sentence, descriptions of an office and person nouns that
refer back. Every sentence is written for the test (none from an article)."""

from __future__ import annotations

from event_helpers import described
from speech_helpers import said, said_once

# ---- words said again (`Аналогичное заявление сделал и Y`) --------------------------------------

def test_words_not_said_are_not_said_again():
    assert said("Министр Антон Силуанов не заявлял, что налоги вырастут. Аналогичное заявление "
                "сделал и премьер Михаил Мишустин.") == []


def test_words_still_to_be_said_are_not_said_again():
    out = said("Министр Антон Силуанов собирается заявить, что налоги не вырастут. Аналогичное "
               "заявление сделал и премьер Михаил Мишустин.")
    assert [w for w in out if w[0] == "Михаил Мишустин"] == []


def test_quote_said_again_is_the_quote_not_its_frame():
    out = said("«Мы победим», — сказал тренер Валерий Карпин. Подобное заявление сделал и капитан "
               "команды Артём Дзюба.")
    assert ("Артём Дзюба", None, False, "Мы победим") in out


def test_clause_said_again_after_such_a_statement():
    out = said("Министр Антон Силуанов заявил, что налоги не вырастут. Такое же заявление сделал и "
               "премьер Михаил Мишустин.")
    assert ("Михаил Мишустин", None, False, "налоги не вырастут") in out


# ---- a subject set against another before the verb ----------------------------------------------

def test_not_x_but_y_before_the_verb_is_y():
    assert said_once("Не министр Антон Силуанов, а премьер Михаил Мишустин заявил, что налоги не "
                     "вырастут.")[0] == "Михаил Мишустин"


def test_not_only_x_but_also_y_before_the_verb_keeps_x():
    assert said("Не только министр Антон Силуанов, но и премьер Михаил Мишустин заявил, что налоги "
                "не вырастут.")[0][0] == "Антон Силуанов"


# ---- a dialogue line ----------------------------------------------------------------------------

def test_dialogue_line_continued_in_the_next_sentence_is_said_once():
    assert said_once("— Нет, — ответил министр Антон Силуанов. — Налоги не вырастут.")[3] == "Нет"


def test_dialogue_line_asking_is_not_said():
    assert said("— Когда откроется мост? — обратился к губернатору депутат Олег Смолин.") == []


def test_dialogue_line_exclaiming_is_still_said():
    assert said_once("— Мост откроют в мае! — пообещал губернатор Иван Петров.")[3] == \
        "Мост откроют в мае"


# ---- speech nouns with `о том, что` -------------------------------------------------------------

def test_awaited_statement_is_no_statement():
    assert said("Журналисты ждут заявления директора Ивана Петрова о том, что завод закроют.") == []


def test_demanded_statement_is_no_statement():
    assert said("Депутаты потребовали заявления министра Антона Силуанова о том, что налоги не "
                "вырастут.") == []


def test_speech_noun_words_stop_before_the_verb_it_serves():
    assert said_once("Слова министра Антона Силуанова о том, что налоги не вырастут, успокоили "
                     "бизнес.")[3] == "налоги не вырастут"


# ---- `Эти слова принадлежат X` ------------------------------------------------------------------

def test_words_belong_not_to_a_sentence_told_in_the_past():
    assert said("Хор исполнил новую песню. Эти слова принадлежат поэту Ивану Петрову.") == []


def test_words_belong_to_unmarked_words_said():
    assert said_once("Рубль укрепится. Эти слова принадлежат министру Антону Силуанову.")[:2] == (
        "Антон Силуанов", None)


# ---- `хотел бы` ---------------------------------------------------------------------------------

def test_wish_to_tell_later_is_not_said():
    assert said("Министр Антон Силуанов хотел бы сообщить о реформе позже.") == []


def test_wish_to_tell_not_fulfilled_is_not_said():
    assert said("Министр Антон Силуанов хотел бы сказать, что налоги не вырастут, но не "
                "успел.") == []


def test_wish_to_tell_a_story_is_not_said():
    assert said("Министр Антон Силуанов хотел бы рассказать, что налоги не вырастут.") == []


def test_polite_form_of_noting_is_said():
    assert said_once("Губернатор Иван Петров хотел бы отметить, что урожай собран.")[3] == \
        "урожай собран"


# ---- two cues split by a semicolon --------------------------------------------------------------

def test_two_cues_split_by_a_semicolon_give_each_their_words():
    out = said("По словам министра Антона Силуанова, налоги не вырастут; по словам премьера "
               "Михаила Мишустина, пенсии повысят.")
    assert sorted(out) == [("Антон Силуанов", None, False, "налоги не вырастут"),
                           ("Михаил Мишустин", None, False, "пенсии повысят")]


def test_cue_words_run_on_past_a_semicolon_without_another_speaker():
    assert "пенсии повысят" in said_once("По словам министра Антона Силуанова, налоги не "
                                         "вырастут; пенсии повысят, а цены снизятся.")[3]


# ---- descriptions of an office ------------------------------------------------------------------

def test_head_of_a_region_of_a_neighbouring_country_is_not_the_governor():
    assert said("Губернатор Свердловской области Евгений Куйвашев посетил Минск. Глава региона "
                "соседней страны заявил, что граница останется открытой.") == []


def test_head_of_a_city_of_another_region_is_not_the_mayor():
    assert said("Мэр Казани Ильсур Метшин посетил Самару. Глава города другой области заявил, что "
                "мост откроют в мае.") == []


def test_head_of_the_region_is_not_a_former_governor():
    assert said("Бывший губернатор Свердловской области Эдуард Россель посетил Екатеринбург. "
                "Глава региона заявил, что город изменился.") == []


def test_head_of_state_is_not_a_former_president():
    assert said("Бывший президент США Билл Клинтон посетил Москву. Глава государства заявил, что "
                "отношения улучшатся.") == []


def test_head_of_the_region_is_still_the_sitting_governor():
    assert said_once("Губернатор Свердловской области Евгений Куйвашев посетил Минск. Глава "
                     "региона заявил, что граница останется открытой.")[0] == "Евгений Куйвашев"


# ---- person nouns that refer back ---------------------------------------------------------------

def test_country_adjective_naming_no_country_of_the_article_settles_nothing():
    assert said("Посол США Джон Салливан прибыл в Москву. Российский дипломат заявил, что "
                "переговоры были полезными.") == []


def test_country_adjective_of_the_introduction_still_refers_back():
    assert said_once("Американский посол Джон Салливан прибыл в Москву. Американский дипломат "
                     "заявил, что переговоры были полезными.")[0] == "Джон Салливан"


def test_forward_of_the_rivals_is_not_the_footballer_named():
    assert said("Футболист Игорь Акинфеев отразил пенальти. Нападающий соперников признался, что "
                "не ожидал этого.") == []


def test_forward_of_the_rivals_introduced_so_refers_back():
    assert said_once("Нападающий соперников Иван Петров забил гол. Нападающий соперников "
                     "признался, что устал.")[0] == "Иван Петров"


def test_injured_forward_of_the_rivals_is_not_the_footballer_named():
    events = [d for d in described("Футболист Артём Дзюба забил два гола. Нападающий соперников "
                                   "получил травму.") if d.kind == "Injury"]
    assert events and all("Артём Дзюба" not in d.actors for d in events)
