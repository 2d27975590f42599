"""An act coordinated with one a negated `не смог`/`не удалось` says failed failed with it
(kg/nlp/ru/event_assert.py `failed`): `не удалось найти и задержать X` tells no arrest."""

from __future__ import annotations

import pytest
from event_helpers import found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_an_act_coordinated_with_a_failed_one_did_not_happen():
    assert found("Полиции не удалось найти и задержать Ивана Петрова.", "Arrest") == [
        ("Negated", frozenset({"Полиция"}), frozenset({"Иван Петров"}))]


def test_an_act_coordinated_with_one_managed_took_place():
    assert found("Полиции удалось найти и задержать Ивана Петрова.", "Arrest") == [
        ("Actual", frozenset({"Полиция"}), frozenset({"Иван Петров"}))]
