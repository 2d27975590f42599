"""Works and their authors (docs/events.md, role code `author`): a book, album or film that comes
out, or wins a prize, is its author's, named by the genitive after it or a possessive before it;
the imperfective and publishing forms of a release are releases too."""

from __future__ import annotations

from event_helpers import agents_targets


def test_a_book_that_came_out_is_released_by_its_genitive_author():
    assert agents_targets("В мае 2019 года вышла книга Марины Ковалёвой о садах Крыма.",
                          "Release") == [
        ({"Марина Ковалёва"}, set())]


def test_an_album_that_came_out_is_released_by_whom_its_possessive_names():
    text = ("Певец Аркадий Ломов родился в Самаре в 1948 году. "
            "Его дебютный альбом вышел в 1972 году.")
    assert agents_targets(text, "Release") == [({"Аркадий Ломов"}, set())]


def test_an_album_that_came_out_with_no_author_named_gives_no_release():
    assert agents_targets("В 1972 году вышел дебютный альбом.", "Release") == []


def test_coming_out_of_a_party_is_no_release():
    assert agents_targets("Марина Ковалёва вышла из партии «Яблоко».", "Release") == []


def test_the_imperfective_of_releasing_an_album_is_a_release():
    assert agents_targets("В 2004 году Аркадий Ломов выпускает сольный альбом.", "Release") == [
        ({"Аркадий Ломов"}, set())]


def test_published_collections_are_a_release():
    assert agents_targets("Позже Марина Ковалёва опубликовала два сборника рассказов.",
                          "Release") == [
        ({"Марина Ковалёва"}, set())]


def test_a_film_that_wins_a_prize_gives_the_award_to_its_director():
    text = "Картина режиссёра Олега Зуева «Дальний берег» получила приз зрительских симпатий."
    assert agents_targets(text, "Award") == [(set(), {"Олег Зуев"})]


def test_a_genitive_author_hung_on_the_works_title_is_still_its_author():
    # the parse hangs the name on the title in apposition, not on `лента`
    text = "Лента «Берег» («Морской берег») 26-летнего Олега Зуева получила приз жюри."
    assert agents_targets(text, "Award") == [(set(), {"Олег Зуев"})]


def test_an_author_whose_rare_surname_the_tagger_reads_as_nominative_is_still_the_author():
    # `Бригнера` is tagged nominative; `Тайлера` before it is genitive
    assert agents_targets("Лента «Сад» 26-летнего Тайлера Бригнера получила приз жюри.",
                          "Award") == [
        (set(), {"Тайлер Бригнер"})]
