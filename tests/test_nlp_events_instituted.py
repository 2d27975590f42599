"""What `учредить` institutes is founded: a prize, an order or a festival as well as a body
(thirty-second round; kg/data/ru/body_founding_verbs.txt), though not a legal regime
(kg/data/ru/instituted_states.txt, tests/test_nlp_events_instituted_states.py), while the other
verbs of making still found only a body."""

from __future__ import annotations

from event_helpers import described, kinds


def test_a_prize_instituted_by_a_government_is_a_founding_of_it():
    (ev,) = [e for e in described("Правительство Лиманска учредило премию имени Ивана Петрова.")
             if e.kind == "Founding"]
    assert ev.agents == {"Лиманск"}


def test_a_festival_instituted_in_the_passive_is_a_founding():
    assert kinds("Фестиваль был учреждён в 1946 году по инициативе Министерства культуры.") == [
        "Founding"]


def test_a_prize_instituted_by_a_ministry_is_a_founding_of_it():
    (ev,) = described("Министерство культуры Лиманска учредило новую премию для молодых поэтов.")
    assert (ev.kind, ev.agents) == ("Founding", {"Министерство культуры"})


def test_a_company_instituted_stays_a_founding_of_it():
    (ev,) = described("Иван Петров учредил компанию «Вектор» в Лиманске.")
    assert (ev.kind, ev.agents, ev.targets) == ("Founding", {"Иван Петров"}, {"Вектор"})


def test_a_film_made_still_founds_nothing():
    assert "Founding" not in kinds("Иван Петров создал фильм о войне.")


def test_a_concert_organised_still_founds_nothing():
    assert "Founding" not in kinds("Иван Петров организовал концерт в Лиманске.")
