"""Reported speech, twenty-eighth round (second pass): a bare `лидер` refers back to the one
person the article introduced as a head (`президент`, `председатель`, `премьер-министр`,
`канцлер`), as `политик` does; one introduced as `лидер` itself still goes first, and two heads
leave it open. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def test_a_bare_leader_after_a_president_named_just_before_is_that_president():
    text = ("Президент Боливии Иван Петров принял присягу. Это его второй срок. "
            "Однако бессменный лидер заявил, что построит в стране новые дороги.")
    assert said(text) == [("Иван Петров", None, False, "построит в стране новые дороги")]


def test_a_bare_leader_after_a_chancellor_is_that_chancellor():
    text = ("Канцлер Австрии Анна Петрова выступила в парламенте. "
            "Лидер заявила, что налоги не вырастут.")
    assert said(text) == [("Анна Петрова", None, False, "налоги не вырастут")]


def test_a_bare_leader_after_two_presidents_is_left_open():
    text = ("Президент Боливии Иван Петров встретился с президентом Перу Олегом Смирновым. "
            "Лидер заявил, что переговоры прошли успешно.")
    assert [s for s, _, _, _ in said(text)] == [None] or said(text) == []


def test_a_leader_with_an_owner_is_not_the_president():
    text = ("Президент Боливии Иван Петров принял присягу. "
            "Лидер профсоюза заявил, что забастовка продолжится.")
    assert all(s != "Иван Петров" for s, _, _, _ in said(text))
