"""How existing trigger lines fit the sentence, twenty-third round: an attributive participle in
an oblique case agrees with a neuter noun whatever gender the tagger guessed (the masculine and
neuter singular are one form there), and a passive participle of a verb done to people does not
fire on a body it describes. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import described, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def kinds(text: str) -> list[str]:
    return [d.kind for d in described(text) if d.kind != "Statement"]


def test_a_founding_participle_describes_a_neuter_body_in_the_genitive():
    # `агентства … созданного`: the tagger may call the participle masculine
    founded = [d for d in described("Иван Котов стал директором агентства «Вектор», созданного "
                                    "в 2015 году.") if d.kind == "Founding"]
    assert [d.targets for d in founded] == [frozenset({"Вектор"})]


def test_a_founding_participle_with_its_founder_gives_the_founder():
    founded = [d for d in described("Иван Котов возглавил совет агентства «Вектор», созданного "
                                    "Олегом Сидоровым.") if d.kind == "Founding"]
    assert [(d.agents, d.targets) for d in founded] == [
        (frozenset({"Олег Сидоров"}), frozenset({"Вектор"}))]


def test_a_negated_founding_participle_tells_no_founding():
    assert "Founding" not in kinds("Иван Котов стал директором агентства «Вектор», так и не "
                                   "созданного в 2015 году.")


def test_a_founding_participle_of_an_unnamed_body_tells_no_founding():
    assert "Founding" not in kinds("Иван Котов возглавил отдел фонда, созданного в 2015 году.")


def test_a_body_wound_up_described_by_a_participle_is_no_killing():
    # `ликвидировать` kills a person; a body in the genitive is wound up
    assert "Killing" not in kinds("Иван Котов возглавил совет агентства «Вектор», "
                                  "ликвидированного в 2015 году.")


def test_a_body_wound_up_in_the_instrumental_is_no_killing():
    assert "Killing" not in kinds("Иван Котов руководил фондом «Опора», ликвидированным "
                                  "в 2015 году.")


def test_a_decision_described_in_the_locative_is_no_event():
    # `о решении, принятом`: neuter and masculine agree again, but no line makes a decision an act
    assert kinds("Иван Котов рассказал о решении, принятом на заседании правительства.") == []


def test_a_person_arrested_described_by_a_participle_still_counts():
    arrests = [d for d in described("Иван Котов выступил в защиту журналиста Олега Сидорова, "
                                    "задержанного в Москве.") if d.kind == "Arrest"]
    assert [d.targets for d in arrests] == [frozenset({"Олег Сидоров"})]


def test_a_body_whose_assets_were_seized_described_by_a_participle_is_no_arrest():
    # `арестованного` of a fund (its account): a thing seized, not a person held
    assert "Arrest" not in kinds("Иван Котов потребовал вернуть деньги со счёта фонда «Опора», "
                                 "арестованного в 2015 году.")


def test_a_neuter_body_in_the_dative_described_as_arrested_is_no_arrest():
    assert "Arrest" not in kinds("Иван Котов потребовал вернуть деньги агентству «Вектор», "
                                 "арестованному в 2015 году.")


def test_a_person_held_described_by_a_participle_after_a_demand_is_still_arrested():
    arrests = [d for d in described("Иван Котов потребовал освободить журналиста Олега Сидорова, "
                                    "арестованного в 2015 году.") if d.kind == "Arrest"]
    assert [d.targets for d in arrests] == [frozenset({"Олег Сидоров"})]
