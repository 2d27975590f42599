"""The offline linker on hand-written sentences: type, shared names, type words, surnames, people's
countries, abbreviations, and merging the entities of one document that are one thing."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import linked_qid, make_extraction

from kg.link import annotate, load_gazetteer
from kg.records import Document, Entity, Event, Extraction, Span


def test_washington_in_a_place_role_is_the_city():
    x = make_extraction("Переговоры прошли в Вашингтоне.", ("w", "place", "Вашингтон", "Вашингтоне"))
    assert linked_qid(x, "w") == "Q61"


def test_washington_acting_is_still_the_city_and_becomes_a_place():
    # metonymy: the city stands for the government; the link is the city's, the type a place's
    e = annotate(make_extraction("Вашингтон ответил на предложения.",
                      ("w", "organization", "Вашингтон", "Вашингтон"))).entity("w")
    assert (e.link.qid, e.kind, e.link.method) == ("Q61", "place", "gazetteer-label/rank/kind")


def test_a_government_named_in_full_is_not_the_capital():
    x = make_extraction("Правительство США ответило.", ("g", "organization", "Правительство США", "Правительство США"))
    assert linked_qid(x, "g") != "Q61"


def test_a_type_word_before_the_name_selects_the_state():
    x = make_extraction("Он губернатор в штате Вашингтон.", ("w", "place", "Вашингтон", "Вашингтон"))
    assert linked_qid(x, "w") == "Q1223"


def test_geneva_is_the_city_unless_the_text_says_canton():
    city = make_extraction("Встреча пройдёт в Женеве.", ("g", "place", "Женева", "Женеве"))
    canton = make_extraction("Выборы прошли в кантоне Женева.", ("g", "place", "Женева", "Женева"))
    assert linked_qid(city, "g") == "Q71"
    assert linked_qid(canton, "g") == "Q11917"


def test_kyiv_gets_the_confirmed_qid_not_the_csc_city_id():
    assert linked_qid(make_extraction("В Киеве холодно.", ("k", "place", "Киев", "Киеве")), "k") == "Q1899"


def test_a_place_that_is_a_country_becomes_a_country():
    e = annotate(make_extraction("Санкции США.", ("u", "place", "США", "США"))).entity("u")
    assert (e.kind, e.link.qid) == ("country", "Q30")


def test_every_link_has_a_confidence_and_a_method():
    e = annotate(make_extraction("Санкции США.", ("u", "place", "США", "США"))).entity("u")
    assert 0.6 <= e.link.confidence <= 1 and e.link.method.startswith("gazetteer-")


def test_unconfirmed_csc_city_ids_are_not_linked_offline():
    gaz = load_gazetteer()
    unconfirmed = [i for i in gaz.items.values() if i.status == "unconfirmed" and i.label_ru
                   and len(gaz.lookup(i.label_ru)) == 1 and " " not in i.label_ru]
    assert unconfirmed
    item = unconfirmed[0]
    x = make_extraction(f"Он приехал: {item.label_ru}.", ("c", "place", item.label_ru, item.label_ru))
    assert linked_qid(x, "c") is None


def test_a_full_name_links_to_the_gazetteer_person():
    x = make_extraction("Президент Дональд Трамп заявил.", ("t", "person", "Дональд Трамп", "Дональд Трамп"))
    assert linked_qid(x, "t") == "Q22686"


def test_a_full_name_with_a_short_first_name_links():
    x = make_extraction("Джозеф Байден позвонил.", ("b", "person", "Джозеф Байден", "Джозеф Байден"))
    assert linked_qid(x, "b") == "Q6279"


def test_a_namesake_with_another_first_name_is_not_linked():
    # the gazetteer knows Фёдор Ушаков, not the Юрий Ушаков of the text
    x = make_extraction("Помощник Юрий Ушаков сказал.", ("u", "person", "Юрий Ушаков", "Юрий Ушаков"))
    assert linked_qid(x, "u") is None


def test_a_bare_surname_links_to_a_unique_well_known_candidate():
    e = annotate(make_extraction("Трамп заявил.", ("t", "person", "Трамп", "Трамп"))).entity("t")
    assert e.link.qid == "Q22686" and e.link.method == "gazetteer-surname"


def test_a_bare_surname_of_two_people_is_not_linked():
    gaz = load_gazetteer()
    assert len({i.qid for _, i in gaz.by_surname("Буш")}) > 1
    assert linked_qid(make_extraction("Буш заявил.", ("b", "person", "Буш", "Буш")), "b") is None


def test_a_bare_surname_of_two_well_known_people_links_to_the_one_in_office():
    gaz = load_gazetteer()
    obamas = {i.qid: i.key_office for _, i in gaz.by_surname("Обама")}
    assert obamas.get("Q76") is True and list(obamas.values()).count(True) == 1 and len(obamas) > 1
    e = annotate(make_extraction("Обама заявил.", ("o", "person", "Обама", "Обама"))).entity("o")
    assert (e.link.qid, e.link.method) == ("Q76", "gazetteer-surname-office")


def test_a_bare_surname_of_a_rarely_attested_person_is_not_linked():
    gaz = load_gazetteer()
    rare = [(f, i) for s in gaz.surnames for f, i in gaz.by_surname(s)
            if len(gaz.by_surname(s)) == 1 and not i.key_office and i.docs == 1 and i.label_ru]
    surname = rare[0][1].label_ru.split()[-1]
    assert linked_qid(make_extraction(f"{surname} заявил.", ("s", "person", surname, surname)), "s") is None


def test_a_bare_surname_follows_the_full_name_linked_in_the_document():
    x = make_extraction("Джо Байден и Обама. Байден сказал.",
             ("b", "person", "Джо Байден", "Джо Байден"), ("s", "person", "Байден", "Байден сказал"))
    e = annotate(x)
    assert len(e.entities) == 1  # the surname-only entity joins the full name's
    assert e.entities[0].link.qid == "Q6279"


def test_a_first_name_alone_is_the_relative_of_that_surname_the_gazetteer_knows():
    x = make_extraction("Барак Обама прилетел в Берлин, с ним была Мишель.",
                        ("b", "person", "Барак Обама", "Барак Обама"),
                        ("m", "person", "Мишель", "Мишель"))
    e = annotate(x).entity("m")
    assert (e.link.qid, e.link.method, e.name) == ("Q13133", "gazetteer-family", "Мишель Обама")


def test_a_reigns_number_gives_a_first_name_alone_no_relative():
    x = make_extraction("Король Альберт II принял гостей, среди них была Елизавета.",
                        ("a", "person", "Альберт II", "Альберт II"),
                        ("q", "person", "Елизавета", "Елизавета"))
    e = annotate(x).entity("q")
    assert e.link is None or e.link.method != "gazetteer-family"


def test_a_first_name_alone_without_a_namesake_of_the_text_stays_unlinked():
    x = make_extraction("Сергей Сомов прилетел в Берлин, с ним была Мишель.",
                        ("s", "person", "Сергей Сомов", "Сергей Сомов"),
                        ("m", "person", "Мишель", "Мишель"))
    assert linked_qid(x, "m") is None


def test_a_person_whose_position_names_another_country_is_not_linked():
    # the gazetteer knows Barack Obama's office as a US one (office_country_qids Q30)
    x = make_extraction("Президент России Барак Обама.", ("r", "country", "Россия", "России"),
             ("b", "person", "Барак Обама", "Барак Обама", {"job_title": "президент России", "affiliation": "r"}))
    assert linked_qid(x, "b") is None


def test_a_person_whose_position_agrees_is_linked_more_confidently():
    plain = annotate(make_extraction("Джо Байден.", ("b", "person", "Джо Байден", "Джо Байден"))).entity("b")
    x = make_extraction("Вице-президент США Джо Байден.", ("u", "country", "США", "США"),
             ("b", "person", "Джо Байден", "Джо Байден", {"job_title": "вице-президент США", "affiliation": "u"}))
    agreed = annotate(x).entity("b")
    assert agreed.link.qid == "Q6279" and agreed.link.confidence > plain.link.confidence


def test_an_abbreviation_matches_only_names_written_in_capitals():
    # `МИД` is not the item labelled `Мид`, and which country's ministry it is the text must say
    x = make_extraction("МИД заявил. Позиция МИДа.", ("m", "organization", "Мид", "МИД", "МИДа", {"aliases": ("МИД",)}))
    assert linked_qid(x, "m") is None


def test_entities_linked_to_one_item_merge_and_references_follow():
    text = "США ввели санкции. Соединённые Штаты пригрозили."
    x = make_extraction(text, ("a", "place", "США", "США"), ("b", "place", "Соединённые Штаты", "Соединённые Штаты"),
             events=(Event("v", "Threat", Span(text.index("пригрозили"), text.index("пригрозили") + 10,
                                               "пригрозили"), agents=("b",)),))
    out = annotate(x)
    assert [e.key for e in out.entities] == ["a"]
    assert {m.text for m in out.entities[0].mentions} == {"США", "Соединённые Штаты"}
    assert "Соединённые Штаты" in out.entities[0].aliases
    assert out.events[0].agents == ("a",)


def test_unlinked_word_order_variants_merge_in_one_document():
    text = "Совет НАТО-Россия собрался. Совет Россия-НАТО закрыт."
    out = annotate(make_extraction(text, ("a", "organization", "Совет НАТО-Россия", "Совет НАТО-Россия"),
                        ("b", "organization", "Совет Россия-НАТО", "Совет Россия-НАТО")))
    assert len(out.entities) == 1 and len(out.entities[0].mentions) == 2


def test_an_upstream_link_is_kept():
    from kg.records import Link

    x = make_extraction("Вашингтон.", ("w", "place", "Вашингтон", "Вашингтон", {"link": Link("Q1223", 0.9, "manual")}))
    assert linked_qid(x, "w") == "Q1223"


def test_a_form_the_nlp_left_inflected_links_by_its_stem():
    x = make_extraction("Беженцы из Мьянмы.", ("m", "place", "Мьянмы", "Мьянмы"))
    e = annotate(x).entity("m")
    assert (e.link.qid, e.link.method, e.kind) == ("Q836", "gazetteer-stem", "country")


def test_a_name_the_sources_use_as_a_common_noun_is_not_linked():
    # `Запад` is a class item in NEREL (left out) and a region of Cameroon in csc
    assert linked_qid(make_extraction("Давление Запада растёт.", ("w", "place", "Запад", "Запада")), "w") is None


def test_a_city_and_a_region_of_one_name_mean_the_city_so_an_unconfirmed_city_id_is_not_linked():
    gaz = load_gazetteer()
    kinds = {(i.is_city, i.status) for i, _ in gaz.lookup("Чиба")}
    assert kinds == {(True, "unconfirmed"), (False, "csc-region")}  # the data this test relies on
    assert linked_qid(make_extraction("Фестиваль в Чибе.", ("h", "place", "Чиба", "Чибе")), "h") is None
    assert linked_qid(make_extraction("Тайфун в префектуре Чиба.", ("h", "place", "Чиба", "Чиба")), "h") == "Q80011"


def test_a_building_acting_as_a_body_links_to_the_body_the_sources_name():
    # the extractor reads the name of a seat of government by its context (twenty-sixth round,
    # kg.nlp.ru.name_types.seat_senses): `из Кремля заявили` is the body, linked as such
    from kg.pipeline import extract

    e = next(e for e in extract(Document("t", "В ответ из Кремля заявили.")).entities
             if e.name == "Кремль")
    assert (e.link.qid, e.kind) == ("Q2060629", "organization")


def test_a_seat_the_extractor_read_as_the_building_stays_an_unlinked_place():
    # `возле Кремля`: the extractor kept the building, which the linker does not turn into the body
    e = annotate(make_extraction("Пикет прошёл возле Кремля.",
                                 ("k", "place", "Кремль", "Кремля"))).entity("k")
    assert (e.kind, e.link) == ("place", None)


def test_a_building_that_is_where_an_event_happens_stays_an_unlinked_place():
    text = "Встреча прошла в Кремле."
    x = make_extraction(text, ("k", "place", "Кремль", "Кремле"),
             events=(Event("v", "Meeting", Span(0, 7, "Встреча"), place="k"),))
    e = annotate(x).entity("k")
    assert (e.kind, e.link) == ("place", None)


def test_a_numbered_unit_is_not_its_unnumbered_namesake():
    x = make_extraction("Войска 1-го Украинского фронта.", ("f", "organization", "Украинский фронт", "Украинского фронта"))
    assert linked_qid(x, "f") is None


def test_a_name_the_ner_split_in_two_links_as_the_whole():
    text = "Выступая на сессии Генеральной Ассамблеи ООН, министр сказал."
    out = annotate(make_extraction(text, ("g", "organization", "Генеральная Ассамблея", "Генеральной Ассамблеи"),
                        ("u", "organization", "ООН", "ООН")))
    assert out.entity("g").link.qid == "Q47423"
    assert out.entity("u").link is None  # only ever part of the longer name here


def test_a_part_of_a_split_name_seen_elsewhere_on_its_own_keeps_its_link():
    text = "Сессия Генеральной Ассамблеи ООН открылась. ООН призвала к миру."
    x = make_extraction(text, ("g", "organization", "Генеральная Ассамблея", "Генеральной Ассамблеи"),
             ("u", "organization", "ООН", "ООН"))
    x = dataclasses.replace(x, entities=(x.entities[0], dataclasses.replace(
        x.entities[1], mentions=tuple(Span(i, i + 3, "ООН") for i in (text.index("ООН"), text.rindex("ООН"))))))
    assert annotate(x).entity("u").link.qid == "Q1065"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["person", "organization", "place", "country"]),
                          st.text(alphabet="АБВЕЁКМНОРСТУабвгдеёжзийклмнопрстуфхцчшщъыьэюя -.«»0123456789МИДA",
                                  min_size=0, max_size=25)), min_size=0, max_size=6))
def test_annotate_never_fails_and_links_only_well_formed_qids(entities):
    text = " ".join(name for _, name in entities) + " конец"
    out, pos = [], 0
    for i, (kind, name) in enumerate(entities):
        start = text.index(name, pos) if name else pos
        pos = start + len(name)
        out.append(Entity(f"e{i}", kind, name or "x", (Span(start, start + len(name), name),) if name else ()))
    result = annotate(Extraction(Document("t", text), tuple(out)))
    for e in result.entities:
        if e.link:
            assert re.fullmatch(r"Q[1-9][0-9]*", e.link.qid) and 0.6 <= e.link.confidence <= 1


def test_a_nominative_name_is_no_inflected_form_of_another_name():
    # `Луганск` (the city) is not a case form of `Луганская` (the region's csc label)
    assert linked_qid(make_extraction("В Луганск прибыли.", ("l", "place", "Луганск", "Луганск")), "l") != "Q171965"


def test_an_adjective_form_finds_the_adjective_name_not_the_noun():
    from kg.link.names import inflects, stem_parts

    assert [i.qid for i in load_gazetteer().lookup_stem("Донецкой")] == ["Q2012050"]  # Донецкая, not Донецк
    assert inflects(stem_parts("Донецке", "ru")[1], stem_parts("Донецк", "ru")[1], "ru")
    assert not inflects(stem_parts("Донецкой", "ru")[1], stem_parts("Донецк", "ru")[1], "ru")


def test_an_abbreviation_derived_from_the_russian_label_links():
    # no source writes `ОБСЕ`; the build derives it from the OSCE row's Russian label
    x = make_extraction("Наблюдатели ОБСЕ приедут в Вену в марте.", ("o", "organization", "ОБСЕ", "ОБСЕ"))
    e = annotate(x).entity("o")
    assert (e.link.qid, e.link.method) == ("Q81299", "gazetteer-abbreviation")


def test_an_abbreviation_that_begins_another_items_name_is_not_derived():
    # `РИА` is the initials of Q1078222 «Русская императорская армия», but the sources write it as
    # the first word of `РИА Новости`: an agency, not an army
    x = make_extraction("Об этом сообщило РИА вечером.", ("r", "organization", "РИА", "РИА"))
    assert linked_qid(x, "r") != "Q1078222"


def test_a_city_far_larger_than_its_namesakes_links_without_context():
    # Natural Earth: Las Vegas, Nevada (1.8 million) and Las Vegas, New Mexico (17,000)
    x = make_extraction("Концерт прошёл в Лас-Вегасе.", ("v", "place", "Лас-Вегас", "Лас-Вегасе"))
    assert linked_qid(x, "v") == "Q23768"


def test_a_regional_capital_natural_earth_lists_ranks_as_one():
    # Q1492 Barcelona, Catalonia's capital, no longer ranks below Venezuela's Barcelona (Q391221)
    x = make_extraction("Матч прошёл в Барселоне, Испания.", ("b", "place", "Барселона", "Барселоне"),
                        ("s", "country", "Испания", "Испания"))
    assert linked_qid(x, "b") == "Q1492"


def test_a_name_an_annotator_gave_a_class_item_still_links_its_own_item():
    # `Госдума` is among the mentions NEREL links to the class «парламент» (Q35749), yet it is
    # the Russian State Duma's name (Q715641)
    x = make_extraction("Госдума приняла закон.", ("d", "organization", "Госдума", "Госдума"))
    assert linked_qid(x, "d") == "Q715641"


def test_initials_leave_out_prepositions_and_need_three_words():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_gazetteer import SKIP_WORDS, initials

    skip = {w.strip() for w in SKIP_WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    assert initials("Союз по защите редких птиц и зверей", skip) == "СЗРПЗ"
    assert initials("Северный альянс", skip) is None
    assert initials("Фонд «Открытая сеть»", skip) is None


def test_a_person_known_by_one_name_links_when_a_label_is_that_name():
    # Q36153's Russian label is the one word `Бейонсе`; no surname rule is needed
    x = make_extraction("Концерт Бейонсе перенесли на осень.", ("b", "person", "Бейонсе", "Бейонсе"))
    assert linked_qid(x, "b") == "Q36153"


def test_a_linked_person_is_named_without_patronymic_and_keeps_the_texts_form():
    text = "Вечером Владимиру Путину позвонили из Парижа."
    e = annotate(make_extraction(text, ("p", "person", "Владимиру Путину", "Владимиру Путину"))).entity("p")
    assert e.link.qid == "Q7747"
    assert e.name == "Владимир Путин"  # the gazetteer's «Имя Фамилия», not its label with patronymic
    assert "Владимиру Путину" in e.aliases


def test_canonical_person_names_drop_patronymics_and_undo_inverted_labels():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_gazetteer import PATRONYMICS, person_name

    rows = [tuple(ln.split("\t")[:2]) for ln in PATRONYMICS.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    assert person_name("Пётр Ильич Сомов", rows) == "Пётр Сомов"
    assert person_name("Сомова, Анна Петровна", rows) == "Анна Сомова"
    assert person_name("Рауф Аслан оглы Мамедов", rows) == "Рауф Мамедов"
    assert person_name("Гай Юлий Цезарь", rows) == "Гай Юлий Цезарь"


def test_canonical_person_names_leave_out_bracketed_notes_and_a_fathers_name_of_two_words():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_gazetteer import PATRONYMICS, person_name

    rows = [tuple(ln.split("\t")[:2]) for ln in PATRONYMICS.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    assert person_name("Сомов, Пётр Ильич (инженер)", rows) == "Пётр Сомов"
    assert person_name("Аладдин (персонаж)", rows) == "Аладдин"
    assert person_name("(7) Сомов", rows) == "(7) Сомов"  # a leading bracket is no note
    assert person_name("Рауф Аслан Гасан оглы Мамедов", rows) == "Рауф Мамедов"


def test_a_title_after_the_comma_of_a_label_is_no_given_name():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_gazetteer import person_name

    assert person_name("Эдуард, герцог Кентский", []) == "Эдуард, герцог Кентский"
    assert person_name("Кентский, Эдуард", []) == "Эдуард Кентский"


def test_a_one_word_person_that_only_a_body_is_named_becomes_that_body():
    gaz = load_gazetteer()
    assert not gaz.by_surname("Гоминьдан") and not gaz.is_first_name("Гоминьдан")
    e = annotate(make_extraction("Гоминьдан выдвинул кандидата.",
                                 ("g", "person", "Гоминьдан", "Гоминьдан"))).entity("g")
    assert (e.link.qid, e.kind) == ("Q31113", "organization")


def test_a_one_word_person_that_is_also_a_first_name_stays_a_person():
    gaz = load_gazetteer()
    assert gaz.is_first_name("Виктория") and any(i.kind == "place" for i, _ in gaz.lookup("Виктория"))
    e = annotate(make_extraction("Виктория выступила.", ("v", "person", "Виктория", "Виктория"))).entity("v")
    assert e.kind == "person" and e.link is None


def test_a_first_name_alone_is_no_surname_of_a_gazetteer_person():
    gaz = load_gazetteer()
    assert gaz.is_first_name("Мария") and gaz.by_surname("Мария")  # `Дева Мария`
    alone = make_extraction("Мария вернулась домой.", ("m", "person", "Мария", "Мария"))
    assert linked_qid(alone, "m") is None


def test_a_place_name_written_only_in_quotes_is_a_title_not_the_place():
    film = make_extraction("Режиссёр снял фильм «Байкал» о рыбаках.", ("b", "place", "Байкал", "Байкал"))
    lake = make_extraction("Летом они отдыхали на Байкале.", ("b", "place", "Байкал", "Байкале"))
    assert linked_qid(film, "b") is None
    assert linked_qid(lake, "b") == "Q5513"


def test_a_latin_gloss_naming_another_body_does_not_override_the_russian_name():
    gaz = load_gazetteer()
    assert any(i.qid == "Q123759" for i, _ in gaz.lookup("OAS"))  # the American states share it
    x = make_extraction("В юности он вступил в ряды «Секретной вооружённой организации» (OAS).",
                        ("o", "organization", "Секретной вооружённой организации",
                         "Секретной вооружённой организации", "OAS", {"aliases": ("OAS",)}))
    assert linked_qid(x, "o") == "Q918356"


def test_a_latin_name_alone_still_links_by_its_english_label():
    x = make_extraction("Представители OAS прибыли на выборы.", ("o", "organization", "OAS", "OAS"))
    assert linked_qid(x, "o") == "Q123759"


def test_a_body_written_in_latin_letters_is_not_a_town_acting():
    gaz = load_gazetteer()
    assert any(i.kind == "place" for i, _ in gaz.lookup("Honda"))  # a Colombian town is so named
    e = annotate(make_extraction("Компания Honda отозвала часть машин.",
                                 ("h", "organization", "Honda", "Honda"))).entity("h")
    assert (e.kind, e.link) == ("organization", None)


def test_a_first_name_after_a_royal_title_links_to_the_titled_person_of_that_name():
    text = "Вчера принц Гарри открыл новую больницу."
    e = annotate(make_extraction(text, ("h", "person", "Гарри", "Гарри"))).entity("h")
    assert (e.link.qid, e.link.method) == ("Q152316", "gazetteer-title")
    assert e.name == "Гарри Чарльз Альберт Дэвид" and "Гарри" in e.aliases


def test_a_title_two_words_before_the_name_counts():
    text = "С обращением выступил Папа Римский Бенедикт."
    assert linked_qid(make_extraction(text, ("b", "person", "Бенедикт", "Бенедикт")), "b") == "Q2494"


def test_the_titled_person_called_so_first_wins_over_one_with_it_as_a_middle_name():
    # `Гарри Чарльз Альберт Дэвид` is a prince too, with `Чарльз` as his second name
    text = "На приёме выступил принц Чарльз."
    assert linked_qid(make_extraction(text, ("c", "person", "Чарльз", "Чарльз")), "c") == "Q43274"


def test_without_a_title_a_shared_first_name_is_not_linked_to_a_titled_person():
    text = "Вчера Гарри открыл новую больницу."
    assert linked_qid(make_extraction(text, ("h", "person", "Гарри", "Гарри")), "h") is None


def test_a_title_ending_the_sentence_before_does_not_serve_the_name():
    text = "Журналисты долго ждали принца. Гарри открыл новую больницу."
    assert linked_qid(make_extraction(text, ("h", "person", "Гарри", "Гарри")), "h") is None


def test_a_title_the_person_does_not_hold_links_nobody():
    # Q2494 is a pope; no prince of the gazetteer is called `Бенедикт`
    text = "Вчера принц Бенедикт открыл новую больницу."
    assert linked_qid(make_extraction(text, ("b", "person", "Бенедикт", "Бенедикт")), "b") is None


def test_a_surname_with_initials_links_to_the_person_whose_names_begin_with_them():
    text = "Документ подписал В. В. Путин."
    e = annotate(make_extraction(text, ("p", "person", "В. В. Путин", "В. В. Путин"))).entity("p")
    assert (e.link.qid, e.link.method) == ("Q7747", "gazetteer-initials")
    assert e.name == "Владимир Путин" and "В. В. Путин" in e.aliases


def test_initials_written_without_a_space_link_as_spaced_ones_do():
    text = "Документ подписал В.В. Путин."
    x = make_extraction(text, ("p", "person", "В.В. Путин", "В.В. Путин"))
    assert linked_qid(x, "p") == "Q7747"


def test_initials_that_do_not_fit_the_person_link_nobody():
    text = "Документ подписал А. В. Путин."
    assert linked_qid(make_extraction(text, ("p", "person", "А. В. Путин", "А. В. Путин")), "p") is None


def test_a_title_before_two_coordinated_first_names_serves_both():
    text = "Открытие выставки посетили принцы Чарльз и Гарри."
    x = make_extraction(text, ("c", "person", "Чарльз", "Чарльз"),
                        ("h", "person", "Гарри", "Гарри"))
    assert (linked_qid(x, "c"), linked_qid(x, "h")) == ("Q43274", "Q152316")


def test_a_titled_name_the_ner_took_with_a_word_after_it_links_when_the_label_holds_the_word():
    text = "На открытии выступил британский принц Уильям Кембриджский."
    x = make_extraction(text, ("w", "person", "Уильям Кембриджский", "Уильям Кембриджский"))
    assert linked_qid(x, "w") == "Q36812"


def test_a_titled_full_name_is_not_linked_to_another_bearer_of_its_first_name():
    text = "На открытии выступил британский принц Уильям Сомов."
    x = make_extraction(text, ("w", "person", "Уильям Сомов", "Уильям Сомов"))
    assert linked_qid(x, "w") is None


def test_a_titled_person_with_offices_in_a_country_links_where_the_document_names_it():
    # Q155004 (NEREL's note `Филипп`, offices `принц`, `король`) holds offices in Belgium only
    text = "Корону Бельгии наследует принц Филипп."
    x = make_extraction(text, ("f", "person", "Филипп", "Филипп"), ("b", "country", "Бельгия", "Бельгии"))
    assert linked_qid(x, "f") == "Q155004"


def test_a_titled_person_with_offices_in_a_country_is_not_linked_where_another_country_is_named():
    text = "Супруг британской королевы принц Филипп открыл выставку в Великобритании."
    x = make_extraction(text, ("f", "person", "Филипп", "Филипп"),
                        ("g", "country", "Великобритания", "Великобритании"))
    assert linked_qid(x, "f") is None


def test_cue_words_are_the_documents_language_data_and_a_language_without_them_has_none():
    from kg.link.names import name_conjunctions, title_word, type_word

    assert (type_word("штате", "ru"), title_word("принца", "ru")) == ("region", "принц")
    assert "и" in name_conjunctions("ru")
    assert (type_word("штате", "xx"), title_word("принца", "xx"), name_conjunctions("xx")) == (
        None, None, frozenset())


def test_a_persons_first_name_and_patronymic_does_not_block_the_full_name_it_heads():
    # Q2375210 is known only from NEREL's mentions; `Андрей Владимирович` heads other names too, but
    # the entity also carries `Андрей Владимирович Панин`, which the first two words only shorten
    text = "Актёр Андрей Владимирович Панин снялся в фильме. Андрей Владимирович рассказал о роли."
    x = make_extraction(text, ("p", "person", "Андрей Панин", "Андрей Владимирович Панин",
                               "Андрей Владимирович",
                               {"aliases": ("Андрей Владимирович", "Андрей Владимирович Панин")}))
    assert linked_qid(x, "p") == "Q2375210"
