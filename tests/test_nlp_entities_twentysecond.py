"""Entities, twenty-second round: a first name opening a sentence before a surname the text gave
inside a longer name, and the two names of one person that share a first name and a middle word.
Sentences and names are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def mentions(text: str) -> list[str]:
    return sorted(m.text for e in extract(Document("t", text)).entities if e.kind == "person"
                  for m in e.mentions)


# a first name opening a sentence before the middle word of a longer name

def test_a_first_name_opening_a_sentence_joins_the_middle_word_of_a_longer_name():
    # the NER tags `Кеннеди` alone where the sentence opens with the first name; the text gave
    # `Мейв Кеннеди Таунсенд` before, so `Мейв` is the first name of that surname
    text = "Полиция ищет Мейв Кеннеди Таунсенд, дочь сенатора. Мейв Кеннеди ушла из дома в пятницу."
    assert "Мейв Кеннеди" in mentions(text)
    assert "Кеннеди" not in mentions(text)


def test_a_first_name_and_a_middle_word_are_one_person_with_the_longer_name():
    text = "Полиция ищет Мейв Кеннеди Таунсенд, дочь сенатора. Мейв Кеннеди ушла из дома в пятницу."
    assert sorted(sum(people(text).values(), [])) == ["Мейв Кеннеди", "Мейв Кеннеди Таунсенд"]
    assert len(people(text)) == 1


def test_the_shorter_name_first_joins_the_longer_one_later():
    text = "Габриэль Гарсиа приехал в Москву. Позже Габриэль Гарсиа Маркес получил премию."
    assert len(people(text)) == 1


def test_a_patronymic_in_the_middle_leaves_a_namesake_alone():
    text = "Суд допросил Ивана Петровича Сомова. Затем выступил Иван Петров, его сосед."
    assert len(people(text)) == 2


def test_another_first_name_before_the_same_middle_word_is_another_person():
    text = "На сцену вышла Анна Мария Лопес. Затем выступил Антонио Мария, её коллега."
    assert len(people(text)) == 2


def test_a_surname_alone_opening_a_sentence_gets_no_first_name_from_another_person():
    # `Кеннеди` opens the sentence after a word that is no first name of that surname in the text
    text = "Вчера выступила Мейв Кеннеди Таунсенд. Роберт Кеннеди ответил ей в тот же день."
    assert "Мейв Кеннеди" not in mentions(text)


def test_a_common_word_opening_a_sentence_is_not_made_a_first_name():
    text = "Суд выслушал Анну Марию Лопес. Вчера Мария выступила снова."
    assert "Вчера Мария" not in mentions(text)


def test_the_surname_alone_joins_the_person_of_both_names():
    text = ("Оппозицию возглавил Энрике Каприлес Радонски. Сторонники Энрике Каприлеса вышли на "
            "площадь. Каприлес выступил с речью.")
    assert len(people(text)) == 1


def test_the_middle_word_alone_of_a_name_never_given_short_stays_apart():
    # `Фицджеральд` is the middle word of `Джон Фицджеральд Кеннеди`, but the text never names
    # him `Джон Фицджеральд`: a surname alone is not his by that word
    text = "Вспомнили Джона Фицджеральда Кеннеди. Фицджеральд спела на вечере."
    assert len(people(text)) == 2


def test_a_short_name_two_longer_names_begin_with_stays_apart():
    text = ("На турнир приехали Хуан Карлос Лопес и Хуан Карлос Гомес. Хуан Карлос выиграл первую "
            "партию.")
    assert len(people(text)) == 3


def test_two_longer_names_after_a_short_one_stay_two_people():
    text = ("Хуан Карлос выиграл первую партию. Позже сыграли Хуан Карлос Лопес и Хуан Карлос "
            "Гомес.")
    assert len(people(text)) >= 2
    assert not any({"Хуан Карлос Лопес", "Хуан Карлос Гомес"} <= set(ms) for ms in people(text).values())


def test_a_first_name_ending_the_sentence_before_is_not_joined():
    # `Мейв.` closes a sentence: the next one's `Кеннеди` does not take it in
    text = ("Полиция ищет Мейв Кеннеди Таунсенд. Её мать зовут тоже Мейв. Кеннеди не вернулась домой "
            "в пятницу.")
    assert "Мейв. Кеннеди" not in mentions(text)
    assert "Мейв Кеннеди" not in mentions(text)
