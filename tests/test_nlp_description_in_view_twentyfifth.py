"""A bare person noun for the article's protagonist, twenty-fifth round (kg.nlp.ru.in_view,
`InView.description`): a singular person noun the reference search leaves unsettled, told before
its verb as what the clause is about (`В 1990 году мужчину задержали`), is the person the
article is about when no one else is in view; a noun brought in after its verb, one with a word
of its own saying someone else, a kin word or a title, a noun beside another person's name or
beside the protagonist's own, and one said before of someone else stay no one's."""

from __future__ import annotations

from event_helpers import described, targets_of

# an article about one historian: he is named in the headline and the two sentences after it
_HISTORIAN = ("Умер историк Андрей Петров. Андрей Петров скончался в Москве на 80-м году жизни. "
              "Андрей Петров родился в Казани. ")


def _agents(text: str, kind: str) -> list[frozenset[str]]:
    return [d.agents for d in described(text) if d.kind == kind]


# ---- must fire ----------------------------------------------------------------------------


def test_a_bare_person_noun_before_its_verb_is_the_protagonist():
    text = _HISTORIAN + "В 1990 году мужчину задержали в Казани."
    assert targets_of(text, "Arrest") == [frozenset({"Андрей Петров"})]


def test_a_described_subject_before_its_passive_verb_is_the_protagonist():
    text = _HISTORIAN + "Весной 1975 года 45-летний мужчина был арестован в Ленинграде."
    assert targets_of(text, "Arrest") == [frozenset({"Андрей Петров"})]


# ---- must not fire -------------------------------------------------------------------------


def test_a_person_noun_after_its_verb_is_someone_new():
    text = _HISTORIAN + "В 1990 году полиция задержала в Казани мужчину."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_another_marks_someone_else():
    text = _HISTORIAN + "В 1990 году другого мужчину задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_kin_word_is_someone_else():
    text = _HISTORIAN + "В 1990 году брата задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_title_many_hold_is_not_guessed():
    text = _HISTORIAN + "В 1990 году президента задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_noun_with_an_owner_is_someone_else():
    text = _HISTORIAN + "В 1990 году ученика профессора задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_another_man_named_beside_the_noun_keeps_it_open():
    text = _HISTORIAN + "В 1990 году мужчину задержали в Казани вместе с Олегом Зайцевым."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_the_protagonist_beside_the_noun_makes_it_someone_else():
    text = _HISTORIAN + "В 1990 году следователь допросил Петрова в Казани и арестовал его."
    assert frozenset({"Андрей Петров"}) not in _agents(text, "Arrest")


def test_another_man_named_since_keeps_the_noun_open():
    text = _HISTORIAN + ("В 1989 году в Казань приехал писатель Олег Зайцев. "
                         "В 1990 году мужчину задержали в Казани.")
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_word_said_before_of_someone_brought_in_stays_his():
    text = _HISTORIAN + ("В 1990 году полиция задержала в Казани студента. "
                         "Позже студента арестовали в Москве.")
    assert all("Андрей Петров" not in t for t in targets_of(text, "Arrest"))


def test_a_feminine_noun_is_not_a_man():
    text = _HISTORIAN + "В 1990 году журналистку задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_noun_inside_a_quote_is_the_speakers_business():
    text = _HISTORIAN + "«Мужчину задержали в Казани», — рассказал Олег Зайцев."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_a_plural_noun_is_not_one_person():
    text = _HISTORIAN + "В 1990 году мужчин задержали в Казани."
    assert frozenset({"Андрей Петров"}) not in targets_of(text, "Arrest")


def test_no_protagonist_when_two_men_are_named_as_often():
    text = ("Андрей Петров и Олег Зайцев основали музей. Андрей Петров и Олег Зайцев работали "
            "в Казани. Андрей Петров и Олег Зайцев писали книги. В 1990 году мужчину задержали.")
    assert all("Андрей Петров" not in t and "Олег Зайцев" not in t
               for t in targets_of(text, "Arrest"))


def test_a_noun_beside_the_protagonists_name_is_someone_else():
    text = _HISTORIAN + "В 1990 году мужчина обвинил Петрова в краже рукописей."
    assert all("Андрей Петров" not in a for a in _agents(text, "Accusation"))


def test_a_word_that_brought_someone_in_before_the_last_mention_stays_his():
    text = _HISTORIAN + ("В 1985 году полиция задержала в Казани студента. Андрей Петров в то "
                         "время преподавал в Казани. В 1990 году студента арестовали в Москве.")
    assert all("Андрей Петров" not in t for t in targets_of(text, "Arrest"))


# an article whose one person is named twice: no one of his gender shares it
_HACKER = ("Программиста из Тюмени осудили за взлом сайтов. Суд в Тюмени приговорил Андрея Петрова "
           "к двум годам условно. ")


def test_the_one_man_of_a_short_article_is_the_description():
    text = _HACKER + ("По данным следствия, Андрей Петров скачал в интернете вирус. "
                      "В августе 2016 года мужчину задержали в Екатеринбурге.")
    assert targets_of(text, "Arrest") == [frozenset({"Андрей Петров"})]


def test_a_second_man_named_once_leaves_the_short_article_without_its_one_man():
    text = _HACKER + ("По данным следствия, Андрей Петров скачал вирус у Олега Зайцева. "
                      "Следователь Иван Орлов вёл дело год. "
                      "В августе 2016 года мужчину задержали в Екатеринбурге.")
    assert all("Андрей Петров" not in t for t in targets_of(text, "Arrest"))


def test_an_earlier_description_of_the_protagonist_is_no_rival():
    text = _HISTORIAN + ("Мужчина вернулся в Казань весной 1989 года. "
                         "В 1990 году мужчину задержали в Казани.")
    assert targets_of(text, "Arrest") == [frozenset({"Андрей Петров"})]
