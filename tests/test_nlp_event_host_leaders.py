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


def test_a_noun_that_is_the_subject_of_opening_is_the_doer_not_carried():
    got = events("Фестиваль открыло выступление певицы Дарьи Громовой.")
    assert ("Performance", {"Дарья Громова"}, set()) in got


def test_a_woman_with_a_masculine_title_opens_an_exhibition():
    got = events("Выставку открыла министр культуры Алла Ведерникова.")
    assert ("Performance", {"Алла Ведерникова"}, set()) in got


def test_a_participle_opening_a_ceremony_goes_with_the_noun_next_to_it():
    # (the parse hangs the participle on `создатель`, the subject of the clause after)
    got = events("Открывший торжественную церемонию председатель совета фонда Пётр Оленин "
                 "сказал, что создатель премии Лев Мамонтов был щедрым человеком.")
    assert all("Лев Мамонтов" not in agents for kind, agents, _ in got if kind == "Ceremony")


def test_a_participle_opening_a_session_right_before_its_noun_gives_the_chair():
    got = events("Открывший заседание председатель Пётр Оленин объявил перерыв.")
    assert ("Meeting", {"Пётр Оленин"}, set()) in got
