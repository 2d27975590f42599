"""A one-word label that only NEREL gives, where NEREL's annotators also linked the word to another
item of that kind, does not outrank that item (docs/linking.md "Shared names")."""

from __future__ import annotations

from linking_helpers import linked_qid, make_extraction

from kg.link import load_gazetteer


def test_a_disputed_short_label_counts_as_a_mention():
    strengths = {item.qid: s for item, s in load_gazetteer().lookup("Реал")}
    assert strengths["Q916160"] == strengths["Q8682"] == 1


def test_a_club_named_by_its_short_name_is_left_unlinked_rather_than_given_the_label_holder():
    x = make_extraction("Болельщики «Реала» ждали победы.", ("r", "organization", "Реал", "Реала"))
    assert linked_qid(x, "r") is None


def test_a_case_form_taken_as_a_label_does_not_win_over_the_body_it_names():
    x = make_extraction("Закон обсуждали в Думе весь день.", ("d", "organization", "Дума", "Думе"))
    assert linked_qid(x, "d") != "Q1264965"


def test_a_label_of_several_words_keeps_its_strength():
    name = "Международный трибунал по бывшей Югославии"
    x = make_extraction(f"Дело передали в {name}.", ("t", "organization", name, name))
    assert linked_qid(x, "t") == "Q183219"


def test_a_label_other_sources_also_give_keeps_its_strength():
    strengths = {item.qid: s for item, s in load_gazetteer().lookup("Милан")}
    assert strengths["Q490"] == 3
