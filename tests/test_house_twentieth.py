"""Faults of the house noticed in the nineteenth round and fixed in the twentieth: vocabularies read
from their data files, the gazetteer the settings name reaching the language layer, the learned
mention model built without held-out articles, work done once per document. Sentences and names
are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.eponyms import services_used
from kg.nlp.ru.known_names import NameMention


def _services(text: str, name: str) -> list[str]:
    """What services_used keeps of the one organisation `name`, set by hand in `text`."""
    a = analyse(text)
    at = text.index(name)
    m = NameMention(span(text, at, at + len(name)), name, "organization", True,
                    a.token_at(at).index, a.token_at(at + len(name) - 1).index)
    return [x.span.text for x in services_used(a, [m])]


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


# the learned models: their scripts read, and their files were trained on, no held-out article

def _fixture_texts(tmp_path):
    """A folder of two held-out article names and two readable ones (empty gold, no text read)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from held_out import held_out

    frozen = sorted(n for n in held_out() if not n.endswith(".txt"))[:2]
    for name in [*frozen, "a-readable-one", "b-readable-one"]:
        (tmp_path / f"{name}.gold.json").write_text("{}", encoding="utf-8")
        (tmp_path / f"{name}.txt").write_text("", encoding="utf-8")
    return frozen


def test_the_mention_model_script_lists_no_held_out_article(tmp_path):
    from script_loader import load_script

    _fixture_texts(tmp_path)
    assert load_script("learn_mentions").articles(tmp_path) == ["a-readable-one", "b-readable-one"]


def test_the_mention_model_script_trains_on_no_held_out_record(tmp_path):
    import json

    from script_loader import load_script

    frozen = _fixture_texts(tmp_path)
    data = tmp_path / "records.jsonl"
    data.write_text("".join(json.dumps({"doc": d, "gold": 0, "cands": []}) + "\n"
                            for d in [*frozen, "a-readable-one"]), encoding="utf-8")
    assert [r["doc"] for r in load_script("learn_mentions").read(data)] == ["a-readable-one"]


def test_the_event_actor_script_lists_no_held_out_article(tmp_path):
    from script_loader import load_script

    _fixture_texts(tmp_path)
    assert load_script("learn_event_actors").article_names(tmp_path, None) == [
        "a-readable-one", "b-readable-one"]


def _studied_count() -> int:
    import sys
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parent.parent
    texts = root.parent / "shared" / "data" / "nerel-dev"
    if not texts.is_dir():
        pytest.skip("the nerel-dev articles are not at ../shared/data/nerel-dev")
    sys.path.insert(0, str(root / "scripts"))
    from held_out import studied

    return len(studied(texts))


def test_the_shipped_mention_model_was_trained_on_the_studied_articles_alone():
    import json
    from pathlib import Path

    model = json.loads((Path(__file__).resolve().parent.parent / "kg" / "data" / "ru"
                        / "mention_model.json").read_text(encoding="utf-8"))
    assert model["trained_on"] == _studied_count()


def test_the_shipped_event_actor_model_was_trained_on_the_studied_articles_alone():
    import json
    from pathlib import Path

    model = json.loads((Path(__file__).resolve().parent.parent / "kg" / "data" / "ru"
                        / "event_actor_model.json").read_text(encoding="utf-8"))
    assert model["trained_on"]["articles"] == _studied_count()


# work done once per document: what a full name tells of a gender

def test_each_full_name_is_asked_its_gender_once_a_document(monkeypatch):
    from collections import Counter

    from kg.nlp.ru import entities

    asked: Counter = Counter()
    plain = entities._name_genders

    def counting(a, m):
        asked[(m.span.start, m.span.end)] += 1
        return plain(a, m)

    monkeypatch.setattr(entities, "_name_genders", counting)
    text = ("Иван Сомов открыл выставку. Иван Сомов сказал, что его жена Анна Сомова помогала ему. "
            "Анна Сомова добавила, что Иван Сомов работал над ней год. Позже Иван Сомов уехал.")
    found = entities.find_entities(analyse(text))
    assert asked and max(asked.values()) == 1
    assert sorted(e.name for e in found if e.kind == "person") == ["Анна Сомова", "Иван Сомов"]


# speed: the faster searches find what the patterns they replace found

def test_whole_word_hits_find_what_the_look_behind_pattern_found():
    import re

    from kg.nlp.ru.known_names import _whole_word_hits

    text = ("Сомов-младший и Сомов. Сомову, Сомов: «Сомов» ААА АА А-АА АА_ Сомов "
            "Сомов\nСомов")
    for form in ("Сомов", "АА", "А", "Сомов.", "ов"):
        old = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
        assert list(_whole_word_hits(text, form)) == old, form


def test_a_title_run_starts_at_its_nouns_first_letter():
    from kg.nlp.ru.name_types import _AUTHORED_TITLE, _QUOTED_TITLE, _TITLE_RUN

    assert _TITLE_RUN.search("Он снимался в фильмах «Лес», «Поле» и «Река».").group(1) == "фильмах"
    assert _QUOTED_TITLE.search("Премьера сериала «Северный ветер» прошла.").group(1) == "сериала"
    assert _AUTHORED_TITLE.search("Вышел роман Олега Сомова «Зима».").group(1) == "роман"
    assert _TITLE_RUN.search("Вышли кино-фильмы «Лес» и «Поле».").group(1) == "кино-фильмы"


def test_time_expressions_in_capitals_are_found_as_in_lower_case():
    from kg.nlp.ru.dates import find_times

    upper = find_times("ВСТРЕЧА ПРОШЛА 5 МАРТА 2020 ГОДА В МОСКВЕ.")
    lower = find_times("встреча прошла 5 марта 2020 года в москве.")
    assert [(t.span.start, t.span.end, t.begin) for t in upper] == \
        [(t.span.start, t.span.end, t.begin) for t in lower] != []


def test_a_text_with_a_letter_that_lowers_to_itself_but_matches_another_keeps_ignorecase():
    from datetime import date

    from kg.nlp.ru.dates import _lowered, find_times

    text = "Встреча (ſ) прошла 5 МАРТА 2020 года."
    assert _lowered(text) is None
    assert [t.begin for t in find_times(text)] == [date(2020, 3, 5)]


def test_a_parse_is_put_in_a_form_once_and_as_the_morphology_puts_it():
    from kg.nlp.ru.models import inflected, word_parses

    p = word_parses("министром")[0]
    form = inflected(p, {"Nom", "Sing"})
    assert form.word == p.inflect({"Nom", "Sing"}).word
    assert inflected(p, {"Sing", "Nom"}) is form


def test_the_place_kind_and_title_words_are_read_as_before_once_cached():
    from kg.link.names import title_word, type_word

    assert [type_word(w, "ru") for w in ("городе", "Штата", "крайне", "края", "мэр")] == \
        ["city", "region", None, "region", None]
    assert type_word("городе", "ru") == "city"  # the cached answer
    assert title_word("принца", "ru") == "принц" and title_word("министра", "ru") is None
