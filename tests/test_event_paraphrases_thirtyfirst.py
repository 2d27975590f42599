"""The blind paraphrases (tests/data/events/paraphrases_*.tsv: fourteen classes, then Award,
Performance and SportsMatch in depth, thirty-first round), the files scripts/paraphrase_breadth.py
counts: each sentence states one act of a class in one of the forms news uses, and its extraction
holds an event of that class with exactly the actors and factuality the row gives; a row with a
reason in its last cell is a form not read yet and is expected to fail."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from paraphrase_breadth import DATA, Row, events_of, outcome, rows  # noqa: E402

pytestmark = pytest.mark.usefixtures("shipped_lexicon")

from event_helpers import shipped_lexicon  # noqa: E402,F401

PATHS = sorted(DATA.glob("paraphrases_*.tsv"))
ROWS = [r for path in PATHS for r in rows(path)]
FORMS = {"active-pf", "active-impf", "passive", "short", "noun-verb", "noun", "headline",
         "participle", "reported", "planned", "negated"}


def _ontology_classes() -> set[str]:
    ttl = (ROOT / "shapes" / "ontology.ttl").read_text(encoding="utf-8")
    return set(re.findall(r"^kg:(\w+) a owl:Class", ttl, re.M))


def test_every_row_names_an_ontology_class_a_known_form_and_a_factuality():
    known = _ontology_classes()
    bad = [r.text for r in ROWS if r.kind not in known or r.form not in FORMS
           or r.factuality not in {"Actual", "Planned", "Possible", "Negated"}]
    assert not bad, bad


def test_both_paraphrase_files_are_read():
    assert {p.name for p in PATHS} >= {"paraphrases_thirtyfirst.tsv",
                                       "paraphrases_thirtyfirst_b.tsv"}


def test_a_row_written_with_e_matches_a_name_the_text_writes_with_yo():
    from event_constructions import Got

    row = Row("Accusation", "active-pf", frozenset({"Счетная палата"}), "Actual", "…", "")
    got = [Got("Accusation", frozenset({"Счётная палата"}), None, "Actual", None)]
    assert outcome(row, got) == "right"


def test_no_sentence_is_written_twice():
    texts = [r.text for r in ROWS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(
    "row", [pytest.param(r, marks=pytest.mark.xfail(reason=r.xfail, strict=True)) if r.xfail
            else r for r in ROWS], ids=lambda r: f"{r.kind}-{r.form}-{r.text[:30]}")
def test_the_paraphrase_is_read_with_its_class_actors_and_factuality(row):
    got = events_of(row.text)
    assert outcome(row, got) == "right", got
