"""Event participants, eighteenth round (issue 11; docs/events.md "Participants"): actors missed
or wrong in events whose class is right. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described


def _of(kind: str, text: str):
    return [d for d in described(text) if d.kind == kind]


# ---- a description coordinated with another person's named phrase --------------------------

def test_a_described_person_coordinated_with_his_named_partner_is_both():
    # `его подруги X`: X is the friend; the singer is the one introduced before
    found = _of("Birth", "Норвежский певец Ларс Хаугланн живёт в Осло. "
                         "У певца и его подруги Анны Мирской родился третий ребёнок.")
    assert [d.actors for d in found] == [{"Ларс Хаугланн", "Анна Мирская"}]


def test_a_name_after_a_possessive_is_not_introduced_by_the_words_before_it():
    # the singer is not Mira, so `певец` later still names Lars alone
    found = _of("Arrest", "Певец Ларс Хаугланн и его подруга Мира Стенберг живут в Осло. "
                          "Вчера певец был задержан в аэропорту.")
    assert [d.actors for d in found] == [{"Ларс Хаугланн"}]


def test_a_list_of_descriptions_before_one_name_still_introduces_it():
    found = _of("Arrest", "Канадский музыкант, певец и композитор Лиам Брейди дал концерт в Торонто. "
                          "Через день певец был задержан полицией.")
    assert [d.actors for d in found] == [{"Лиам Брейди"}]
