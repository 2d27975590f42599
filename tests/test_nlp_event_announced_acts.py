"""An act of authority whose agent is the body that announces it (`Кремль объявил об увольнении X`,
`власти Польши сообщили о задержании`, `министерство объявило о начале расследования`)
(kg/nlp/ru/event_roles.py `announced_by`; kg/data/ru/announced_acts.tsv)."""

from __future__ import annotations

from event_helpers import agents_targets


def test_a_dismissal_announced_by_a_body_is_its_act():
    assert agents_targets("Вчера Кремль сообщил нам об увольнении генерала Игоря Ветрова.",
                          "Resignation") == [
        (frozenset({"Кремль"}), frozenset({"Игорь Ветров"}))]


def test_an_arrest_announced_by_a_countrys_authorities_is_theirs():
    assert agents_targets("Утром власти Польши объявили о задержании трёх угонщиков.",
                          "Arrest") == [
        (frozenset({"Польша"}), frozenset())]


def test_the_start_of_an_investigation_announced_by_a_body_is_its_investigation():
    assert agents_targets("Министерство юстиции Латвии объявило о начале расследования "
                          "обстоятельств пожара.", "Investigation") == [(frozenset({"Министерство юстиции Латвии"}), frozenset())]


def test_a_news_outlet_only_passes_the_news_on():
    got = agents_targets("Агентство Рейтер сообщило о задержании Игоря Ветрова.", "Arrest")
    assert got and all(not agents for agents, _ in got)


def test_a_person_announcing_an_arrest_did_not_make_it():
    got = agents_targets("Депутат Игорь Ветров сообщил о задержании подозреваемого в поджоге.",
                         "Arrest")
    assert all("Игорь Ветров" not in agents for agents, _ in got)
