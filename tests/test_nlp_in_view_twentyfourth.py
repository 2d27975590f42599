"""Who an article keeps in view, twenty-fourth round (kg.nlp.ru.in_view): a pronoun or an unsaid
subject the sentence-by-sentence reference search leaves unsettled is the article's protagonist
— the one person of its gender the article names most and names in its opening — when no one
else it could be came into view since the protagonist was last named; and nothing when another
person or an unnamed human noun is in view, inside a quote, for a pronoun of the other gender,
when no one stands out, or when a thing of the verb's gender is the subject before it."""

from __future__ import annotations

from event_helpers import actors_of, described, targets_of

# an article about one musician: he is named in the headline and in most sentences
_MUSICIAN = ("Умер джазовый музыкант Иван Сидоров. Иван Сидоров скончался в Москве на 80-м году "
             "жизни. Сидоров выступал на сцене шестьдесят лет. ")
# a life story of a king, told with subjects left unsaid
_KING = ("Умер последний король Бурунди Мвами Нтаре. Мвами Нтаре родился в 1947 году в Китеге. "
         "После смерти отца Мвами Нтаре взошёл на престол. ")


# ---- must fire ----------------------------------------------------------------------------


def test_a_pronoun_after_a_sentence_about_a_thing_is_the_protagonist():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. "
                        "В октябре его арестовали в Берлине.")
    assert targets_of(text, "Arrest") == [frozenset({"Иван Сидоров"})]


def test_an_unsaid_subject_after_a_sentence_about_a_thing_is_the_protagonist():
    text = _KING + ("Страна в те годы переживала тяжёлый кризис. "
                    "В 1966 году свергнут в результате переворота.")
    assert actors_of(text, "Resignation") == [frozenset({"Мвами Нтаре"})]


# ---- must not fire -------------------------------------------------------------------------


def test_another_man_named_since_keeps_the_pronoun_open():
    text = _MUSICIAN + ("На фестивале выступили Пётр Волков, Олег Зайцев и Илья Орлов. "
                        "В октябре его арестовали в Берлине.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_an_unnamed_man_introduced_since_is_who_the_pronoun_may_mean():
    text = _MUSICIAN + ("Полиция нашла в Берлине свидетеля. Личность мужчины установлена. "
                        "В октябре его арестовали.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_an_unnamed_man_before_the_last_mention_is_still_in_view():
    text = _MUSICIAN + ("Полиция нашла запись разговора неизвестного мужчины с Сидоровым. "
                        "Запись датирована прошлым годом. В октябре его арестовали.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_a_pronoun_inside_a_quote_is_left_to_the_speaker():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. "
                        "«В октябре его арестовали в Берлине», — сказал адвокат.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_a_feminine_pronoun_is_not_a_male_protagonist():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. "
                        "В октябре её арестовали в Берлине.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_no_protagonist_when_two_men_are_named_as_often():
    text = ("Умер джазовый музыкант Иван Сидоров. Сидоров и его друг Пётр Волков выступали "
            "вместе. Волков и Сидоров записали десять альбомов. Здоровье музыканта ухудшалось "
            "весь последний год. В октябре его арестовали в Берлине.")
    assert frozenset({"Иван Сидоров"}) not in targets_of(text, "Arrest")


def test_an_unsaid_subject_after_a_new_man_is_not_the_protagonist():
    text = _KING + ("Новый премьер-министр в те годы проводил реформы. "
                    "В 1966 году свергнут в результате переворота.")
    assert frozenset({"Мвами Нтаре"}) not in actors_of(text, "Resignation")


def test_an_unsaid_subject_after_a_body_of_its_gender_is_not_the_protagonist():
    text = _KING + ("Парламент страны в те годы заседал редко. "
                    "В 1966 году свергнут в результате переворота.")
    assert frozenset({"Мвами Нтаре"}) not in actors_of(text, "Resignation")


def test_the_pronoun_is_not_the_subject_of_its_own_clause():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. "
                        "В октябре Сидоров наградил его орденом.")
    assert all("Иван Сидоров" not in d.targets for d in described(text) if d.kind == "Award")


def test_a_thing_of_the_pronouns_gender_named_since_may_be_what_it_means():
    text = _MUSICIAN + ("В 2010 году в Берлине открылся новый джазовый клуб. "
                        "В октябре его наградили премией «Золотой диск».")
    assert all("Иван Сидоров" not in d.targets for d in described(text) if d.kind == "Award")


def test_a_body_named_since_may_be_what_the_pronoun_means():
    text = _MUSICIAN + ("Министерство культуры Франции выпустило о нём фильм. "
                        "В октябре его наградили премией «Золотой диск».")
    assert all("Иван Сидоров" not in d.targets for d in described(text) if d.kind == "Award")


def test_a_thing_named_as_an_object_may_be_what_an_object_pronoun_means():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. Продюсеры выпустили "
                        "последний альбом. В октябре его наградили премией «Золотой диск».")
    assert all("Иван Сидоров" not in d.targets for d in described(text) if d.kind == "Award")


def test_a_man_named_as_the_subject_before_the_protagonist_in_one_sentence_is_in_view():
    text = _MUSICIAN + ("Здоровье музыканта ухудшалось весь последний год. Пётр Волков — "
                        "приятель Ивана Сидорова — был выпущен под залог. Его арестовали в "
                        "Берлине за кражу.")
    assert all("Иван Сидоров" not in d.actors for d in described(text)
               if d.kind in ("ReleaseFromCustody", "Arrest"))


def test_an_unsaid_subject_is_not_the_protagonist_when_another_stands_after_the_verb():
    text = _KING + ("Страна в те годы переживала тяжёлый кризис. "
                    "В 1966 году свергнут в результате переворота его младший брат Луи.")
    assert frozenset({"Мвами Нтаре"}) not in actors_of(text, "Resignation")
