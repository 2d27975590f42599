"""A demand put forward with `выдвинуть`/`предъявить` + `требование`, `условие` or `ультиматум` is
a Demand of the subject (thirty-second round; kg/data/ru/triggers.tsv), as `потребовать` is. The
imperfectives (`выдвигает`) are kg/data/ru/triggers_aspect.tsv's, off by default."""

from __future__ import annotations

from event_helpers import described, kinds


def test_conditions_put_forward_are_a_demand_of_the_subject():
    (ev,) = described("Иван Петров выдвинул ряд жёстких условий.")
    assert (ev.kind, ev.agents) == ("Demand", {"Иван Петров"})


def test_an_ultimatum_put_forward_is_a_demand_of_the_body():
    (ev,) = described("Профсоюз выдвинул ультиматум руководству завода.")
    assert (ev.kind, ev.agents) == ("Demand", {"Профсоюз"})


def test_an_ultimatum_presented_names_whom_it_is_put_to():
    (ev,) = described("Боевики предъявили ультиматум властям Лиманска.")
    assert ev.kind == "Demand" and ev.targets


def test_conditions_presented_are_a_demand():
    assert kinds("Иван Петров предъявил партнёрам жёсткие условия.") == ["Demand"]


def test_a_candidacy_put_forward_is_no_demand():
    assert "Demand" not in kinds("Иван Петров выдвинул свою кандидатуру на пост мэра.")


def test_a_charge_presented_stays_a_trial():
    assert kinds("Прокуратура предъявила Ивану Петрову обвинение в краже.") == ["Trial"]
