"""Who leads or opens an event a noun names (kg/data/ru/event_hosts.tsv: `возглавить`,
`открыть`): the subject of the verb whose object the noun is acts in the event; where the
verb's own line makes it another event (`возглавил министерство`), it stays that event."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(class, agent names, target names) of each event of the text."""
    return [(d.kind, d.agents, d.targets) for d in described(text)]


def test_who_opens_a_session_takes_part_in_it():
    got = events("Вчерашнее заседание областной думы открыл депутат Антон Сычёв.")
    assert ("Meeting", {"Антон Сычёв"}, set()) in got


def test_who_leads_a_service_takes_part_in_it():
    got = events("Митрополит Савватий возглавил праздничную литургию в Троицком соборе.")
    assert ("Ceremony", {"Савватий"}, set()) in got


def test_who_leads_an_uprising_is_its_agent():
    got = events("Вооружённое восстание против хунты возглавил полковник Матиас Ортега.")
    assert ("Protest", {"Матиас Ортега"}, set()) in got


def test_heading_a_body_is_still_an_appointment_not_a_host():
    got = events("Весной Антон Сычёв возглавил министерство транспорта.")
    assert ("Appointment", set(), {"Антон Сычёв"}) in got
