"""Review of the twenty-third round's line fitting and setting-off verbs: an attributive
participle takes the oblique masculine and neuter as one gender only where no noun beside it
agrees in full; a passive participle's people word still counts as people; the verbs of setting
off for a place (`вылететь`, `уехать`, `отправиться` …) tell a Visit only of an official bound
for a named place on the business of the office, not coming home or going on holiday; a request
noun's genitive is the one who asks. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import described, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def found(text: str, kind: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(d.factuality, d.agents, d.targets) for d in described(text) if d.kind == kind]


# participles: the oblique masculine and neuter taken as one only as a last resort

def test_a_participle_hung_on_a_neuter_body_describes_the_named_man_beside_it():
    # the parse hangs `задержанного` on `агентства`; the man named right before agrees in full
    assert found("Следствие допросило руководителя агентства «Вектор» Ивана Котова, "
                 "задержанного в мае.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Иван Котов"}))]


def test_a_founding_participle_in_the_locative_still_describes_a_neuter_body():
    assert [t for _, _, t in found("Иван Котов работает в агентстве «Вектор», созданном "
                                   "в 2010 году.", "Founding")] == [frozenset({"Вектор"})]
