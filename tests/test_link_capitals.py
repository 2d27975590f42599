"""A confirmed capital ranks above every other place of its name, whether the sources give the
name as its label or as an alias; a country keeps its own name (docs/linking.md "Shared names");
a settlement is not taken for a region that a namesake city outranks (step 4)."""

from __future__ import annotations

from linking_helpers import linked_qid, make_extraction


def test_a_capital_named_by_an_alias_outranks_a_smaller_namesake_labelled_so():
    # `Лима` is an alias of Peru's capital and the label of a town in Ohio
    x = make_extraction("Министр прилетел в Лиму утром.", ("l", "place", "Лима", "Лиму"))
    assert linked_qid(x, "l") == "Q2868"


def test_a_country_keeps_its_name_over_its_capital_s_alias():
    x = make_extraction("Делегацию принял Кувейт.", ("k", "place", "Кувейт", "Кувейт"))
    assert linked_qid(x, "k") == "Q817"


def test_a_capital_named_by_its_label_still_wins_over_the_state():
    x = make_extraction("Переговоры прошли в Вашингтоне.", ("w", "place", "Вашингтон", "Вашингтоне"))
    assert linked_qid(x, "w") == "Q61"


def test_a_settlement_natural_earth_lists_is_not_outranked_as_a_region_by_a_namesake_city():
    # Virginia's capital `Ричмонд` is typed a district by one source, the Californian one a city
    x = make_extraction("Адвокат из Ричмонда дал интервью.", ("r", "place", "Ричмонд", "Ричмонда"))
    assert linked_qid(x, "r") == "Q43421"
