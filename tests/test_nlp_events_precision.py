"""Event trigger precision (docs/events.md "Which mentions become events"): mentions that name no
event of their own — and the participants a noun phrase cannot stand for — on hand-written
sentences."""

from __future__ import annotations

from datetime import date

from kg.pipeline import extract as _extract
from kg.pipeline import make_document


def extract(text: str):
    return _extract(make_document(text, id="t", published=date(2023, 3, 1)))


def events(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each event as (class, names of all its actors)."""
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [(ev.kind, frozenset(name[k] for k in (*ev.agents, *ev.targets, *ev.others)))
            for ev in x.events]


def test_a_genitive_relative_is_not_the_subject_of_its_clause():
    # the wife died, not Петров; who she was the article does not say: no Death is made
    found = events("После смерти жены Игорь Назаров переехал в Лиссабон.")
    assert not [e for e in found if e[0] == "Death"]
    assert ("Relocation", frozenset({"Игорь Назаров"})) in found


def test_a_role_noun_refers_back_to_someone_other_than_its_clause_subject():
    found = events("Известный скульптор Аркадий Гусев долго болел. "
                   "После смерти скульптора Павел Руднев переехал в Лиссабон.")
    deaths = [e for e in found if e[0] == "Death"]
    assert deaths and all("Павел Руднев" not in actors for _, actors in deaths)
    assert ("Death", frozenset({"Аркадий Гусев"})) in found


def test_a_role_noun_never_names_the_subject_it_was_introduced_as():
    found = events("Известный скульптор Аркадий Гусев написал мемуары. "
                   "После смерти скульптора Гусев переехал в Лиссабон.")
    assert ("Death", frozenset({"Аркадий Гусев"})) not in found
