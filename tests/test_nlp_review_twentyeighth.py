"""Review of the twenty-eighth round's merged rules (docs/quality.md, twenty-eighth round's
review): a decision not taken (`не принял решение отказаться`, `не решил уйти`) performs no act;
an effort whose verb is negated (`не проводит операцию по задержанию`) is for no planned act; a
body named by its remit leaves a `по` phrase of manner, cause or time to its clause
(`Комитет … по итогам заседания принял`, kg/data/ru/remit_adverbial_nouns.txt); two deaths of
one name in two written years are two deaths, not one told two ways. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import described, factualities

from kg.pipeline import extract
from kg.records import Document


def _names(text: str) -> set[str]:
    return {e.name for e in extract(Document("t", text)).entities}


def test_a_decision_not_taken_with_the_noun_leaves_the_refusal_undone():
    found = factualities("Правительство не приняло решение отказаться от реформы.", "Rejection")
    assert found and "Actual" not in found


def test_a_decision_not_taken_with_the_verb_leaves_the_resignation_undone():
    found = factualities("Министр Пётр Сомов не решил уйти в отставку.", "Resignation")
    assert found and "Actual" not in found


def test_a_decision_taken_with_the_noun_still_performs_the_refusal():
    assert factualities("Правительство приняло решение отказаться от реформы.", "Rejection") == [
        "Actual"]


def test_an_effort_whose_verb_is_negated_plans_no_arrest():
    found = factualities("Полиция не проводит операцию по задержанию Петра Сомова.", "Arrest")
    assert found and "Planned" not in found


def test_a_remit_body_leaves_a_po_phrase_of_outcome_to_its_clause():
    names = _names("Комитет Совета Федерации по итогам заседания принял обращение.")
    assert "Комитет Совета Федерации" in names
    assert not any("итог" in n for n in names)


def test_a_remit_body_leaves_a_po_phrase_of_weekdays_to_its_clause():
    names = _names("Депутаты Комитета Госдумы по вторникам проводят приём граждан.")
    assert "Комитет Госдумы" in names
    assert not any("вторник" in n for n in names)


def test_a_group_named_so_leaves_a_po_phrase_of_custom_to_its_clause():
    names = _names("Группа Ленинград по традиции выступила в Москве.")
    assert not any("традиц" in n for n in names)


def test_a_remit_body_still_takes_its_remit():
    assert "Комитет Госдумы по обороне" in _names("Комитет Госдумы по обороне одобрил поправки.")


def test_deaths_of_one_name_in_two_written_years_stay_two():
    found = [d for d in described("Пётр Сомов умер в 1976 году. В 1977 году в Омске умер его "
                                  "отец Пётр Сомов.") if d.kind == "Death"]
    assert sorted(d.year for d in found) == [1976, 1977]
