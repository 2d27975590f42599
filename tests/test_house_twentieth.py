"""Faults of the house noticed in the nineteenth round and fixed in the twentieth: vocabularies read
from their data files, the gazetteer the settings name reaching the language layer, the learned
mention model built without held-out articles, work done once per document. Sentences and names
are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.eponyms import services_used
from kg.nlp.ru.known_names import NameMention


def _given(text: str, given: tuple[tuple[str, str], ...]):
    """The analysis and the mentions `given` (words, kind), set by hand."""
    a = analyse(text)
    mentions = []
    for words, kind in given:
        at = text.index(words)
        first, last = a.token_at(at), a.token_at(at + len(words) - 1)
        mentions.append(NameMention(span(text, at, at + len(words)), words, kind, True,
                                    first.index, last.index))
    return a, mentions


def _services(text: str, name: str) -> list[str]:
    a, mentions = _given(text, ((name, "organization"),))
    return [m.span.text for m in services_used(a, mentions)]


# possessives: every case form of kg/data/ru/possessives.tsv, not a list of forms in the code

def test_a_service_after_a_first_person_plural_possessive_is_where_one_writes():
    assert _services("Подробности мы опубликуем завтра в нашем Telegram.", "Telegram") == []


def test_a_service_after_a_second_person_possessive_in_the_feminine_is_where_one_writes():
    assert _services("Редакция ответит на вопросы в вашей ВКонтакте.", "ВКонтакте") == []


def test_a_service_after_a_reflexive_possessive_and_an_account_adjective_is_where_one_writes():
    assert _services("Певица написала в своём официальном Telegram, что тур отменён.",
                     "Telegram") == []


def test_a_service_after_a_demonstrative_is_no_possessive_and_stays():
    assert _services("Об этом знают в этом Telegram и в других компаниях.", "Telegram") == ["Telegram"]


def test_a_service_after_a_plain_adjective_stays():
    assert _services("Ошибку нашли в новом Telegram, сообщили разработчики.", "Telegram") == ["Telegram"]


def test_a_service_after_a_personal_pronoun_in_the_instrumental_stays():
    assert _services("Сделку обсудили в Лондоне с ним и Telegram.", "Telegram") == ["Telegram"]


# the gazetteer: the language layer's place-adjective check asks the index the linker uses

def _index(tmp_path, places: tuple[str, ...]) -> str:
    """A gazetteer index of the given places only, written for the test."""
    import gzip
    import json

    from kg.link.names import name_key

    data = {"lang": "ru",
            "entities": {f"Q{i}": {"kind": "place", "ru": p} for i, p in enumerate(places, 1)},
            "names": {name_key(p): [[f"Q{i}", "L"]] for i, p in enumerate(places, 1)}}
    path = tmp_path / "index.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    return str(path)


def test_a_place_adjective_takes_the_place_the_settings_gazetteer_knows(tmp_path):
    from kg.nlp.ru import learned
    from kg.nlp.ru.country_adjectives import adjective_place
    from kg.settings import Settings

    # the dictionary knows both Урал and Уральск; its order puts Урал first, the index only Уральск
    learned.configure(Settings(gazetteer=_index(tmp_path, ("Уральск",))))
    try:
        assert adjective_place("уральский") == "Уральск"
    finally:
        learned.configure(None)


def test_the_shipped_gazetteer_is_asked_again_once_the_settings_name_none():
    from kg.nlp.ru import learned
    from kg.nlp.ru.country_adjectives import adjective_place

    learned.configure(None)
    assert adjective_place("уральский") == "Урал"


def test_extraction_links_and_names_a_place_adjective_with_one_gazetteer(tmp_path):
    from kg.nlp.ru import learned
    from kg.pipeline import extract, make_document
    from kg.settings import Settings

    settings = Settings(gazetteer=_index(tmp_path, ("Уральск",)))
    doc = make_document("Стороны договорились действовать по Уральскому соглашению о квотах.",
                        settings=settings)
    try:
        ex = extract(doc, settings)
    finally:
        learned.configure(None)
    places = [e for e in ex.entities if e.name in ("Урал", "Уральск")]
    assert [e.name for e in places] == ["Уральск"]
    assert places[0].link is not None and places[0].link.qid == "Q1"


def test_a_place_adjective_takes_the_place_of_the_kg_gazetteer_variable(tmp_path, monkeypatch):
    from kg.nlp.ru import learned
    from kg.nlp.ru.country_adjectives import adjective_place

    monkeypatch.setenv("KG_GAZETTEER", _index(tmp_path, ("Уральск",)))
    learned.configure(None)
    try:
        assert adjective_place("уральский") == "Уральск"
    finally:
        monkeypatch.delenv("KG_GAZETTEER")
        learned.configure(None)
