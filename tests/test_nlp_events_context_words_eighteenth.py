"""Context words the trigger lines missed (eighteenth round, event recall; docs/events.md): a
prosecution opened (`возбуждено уголовное преследование`, as `возбудить дело`) is a Trial, a
home changed (`сменил место жительства`) a Relocation. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described as events_of


def described(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each event as (class, names of all its actors)."""
    return [(d.kind, d.actors) for d in events_of(text)]


def kinds(text: str) -> set[str]:
    return {d.kind for d in events_of(text)}


def test_a_prosecution_opened_against_someone_is_a_trial():
    assert ("Trial", frozenset({"Ольга Мезенцева"})) in described(
        "Министерство возбудило уголовное преследование в отношении Ольги Мезенцевой.")


def test_a_prosecution_opened_in_the_passive_is_a_trial():
    assert "Trial" in kinds(
        "В мае против Игоря Лапина было возбуждено уголовное преследование за мошенничество.")


def test_a_home_changed_is_a_relocation():
    assert ("Relocation", frozenset({"Игорь Лапин"})) in described(
        "Писатель Игорь Лапин сменил место жительства и поселился в Риге.")


def test_a_workplace_changed_is_no_relocation():
    assert "Relocation" not in kinds("Игорь Лапин сменил место работы.")


def test_a_place_in_a_table_changed_is_no_relocation():
    assert "Relocation" not in kinds("Клуб «Сокол» сменил место в турнирной таблице.")


def test_a_career_left_with_ujti_iz_is_a_resignation():
    assert ("Resignation", frozenset({"Игорь Лапин"})) in described(
        "В 2019 году Игорь Лапин ушёл из большой политики.")
    assert ("Resignation", frozenset({"Ольга Мезенцева"})) in described(
        "Ольга Мезенцева ушла из шоу-бизнеса, чтобы заниматься детьми.")


def test_leaving_a_house_or_a_group_of_people_is_no_resignation():
    assert "Resignation" not in kinds("Игорь Лапин ушёл из дома рано утром.")
    assert "Resignation" not in kinds(
        "Игорь Лапин ушёл из группы туристов и заблудился в лесу.")
