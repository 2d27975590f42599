"""A body named by the first words of one other body's name is that body (ents14b): `Верховный суд`
beside `Верховный суд Нарнии`, `Лига` beside `Лига Севера`. The join runs after linking, so the
longer entity keeps its canonical name and its link. Sentences are written for these tests."""

from __future__ import annotations

from kg.link import annotate
from kg.link.identity import join_same_forms, join_short_bodies
from kg.nlp import extract
from kg.records import Document, Entity, Extraction, Link, Span


def linked(text: str):
    return annotate(extract(Document("t", text))).entities


def _org(text: str, key: str, name: str, form: str, link: Link | None = None, last: bool = False) -> Entity:
    start = text.rindex(form) if last else text.index(form)
    return Entity(key, "organization", name, (Span(start, start + len(form), form),), link=link)


COURT = (
    "Верховный суд Нарнии отклонил жалобу фермера Олега Сомова. Как сообщил Верховный суд, "
    "решение вступает в силу немедленно."
)
COMMITTEE = (
    "По факту пожара на складе в Омске Следственный комитет России открыл производство. "
    "Следственный комитет выясняет причины, рассказала пресс-служба."
)


def test_a_short_body_name_joins_the_one_longer_name_it_begins():
    courts = [e for e in linked(COURT) if e.kind == "organization"]
    assert len(courts) == 1, courts
    assert courts[0].name == "Верховный суд Нарнии"
    assert [m.text for m in courts[0].mentions] == ["Верховный суд Нарнии", "Верховный суд"]


def test_the_joined_body_keeps_the_longer_names_link_and_name():
    bodies = [e for e in linked(COMMITTEE) if e.kind == "organization"]
    assert len(bodies) == 1, bodies
    assert bodies[0].name == "Следственный комитет России"
    assert bodies[0].link is not None
    assert [m.text for m in bodies[0].mentions] == ["Следственный комитет России", "Следственный комитет"]


TWO_COURTS = "Верховный суд Нарнии и Верховный суд Тавриды спорят. Верховный суд промолчал."


def test_two_longer_names_leave_the_short_name_alone():
    x = Extraction(Document("t", TWO_COURTS), (
        _org(TWO_COURTS, "a", "Верховный суд Нарнии", "Верховный суд Нарнии"),
        _org(TWO_COURTS, "b", "Верховный суд Тавриды", "Верховный суд Тавриды"),
        _org(TWO_COURTS, "c", "Верховный суд", "Верховный суд", last=True)))
    assert join_short_bodies(x, "ru") is x


LEAGUE = "Горная лига Сибири провела съезд. Лидеры Горной лиги пообещали реформы."


def test_an_inflected_short_name_joins_and_the_references_follow():
    at = LEAGUE.index("Горной лиги")
    x = Extraction(Document("t", LEAGUE), (
        _org(LEAGUE, "a", "Горная лига Сибири", "Горная лига Сибири", Link("Q900001", 0.9, "test")),
        Entity("b", "organization", "Горная лига", (Span(at, at + 11, "Горной лиги"),))))
    out = join_short_bodies(x, "ru")
    assert [e.key for e in out.entities] == ["a"]
    assert out.entities[0].link.qid == "Q900001" and out.entities[0].name == "Горная лига Сибири"
    assert [m.text for m in out.entities[0].mentions] == ["Горная лига Сибири", "Горной лиги"]


SENATE = "Сенат Тавриды принял закон. Сенат отверг поправки."


def test_a_one_word_body_name_is_not_joined():
    x = Extraction(Document("t", SENATE), (
        _org(SENATE, "a", "Сенат Тавриды", "Сенат Тавриды"),
        _org(SENATE, "b", "Сенат", "Сенат", last=True)))
    assert join_short_bodies(x, "ru") is x


SHORT_LINKED = "Фонд Сомова открыл школу. Фонд Сомова Омск помог ей."


def test_a_linked_short_name_a_latin_name_or_a_lower_case_tail_is_not_joined():
    # the short entity has its own link: the linker knows it as another thing
    x = Extraction(Document("t", SHORT_LINKED), (
        _org(SHORT_LINKED, "a", "Фонд Сомова Омск", "Фонд Сомова Омск"),
        _org(SHORT_LINKED, "b", "Фонд Сомова", "Фонд Сомова", Link("Q900002", 0.9, "test"))))
    assert join_short_bodies(x, "ru") is x
    latin = "Vexa Group Asia купила Vexa Group."
    x = Extraction(Document("t", latin), (
        _org(latin, "a", "Vexa Group Asia", "Vexa Group Asia"),
        _org(latin, "b", "Vexa Group", "Vexa Group", last=True)))
    assert join_short_bodies(x, "ru") is x
    lower = "Национальная ассамблея народной власти и Национальная ассамблея."
    x = Extraction(Document("t", lower), (
        _org(lower, "a", "Национальная ассамблея народной власти", "Национальная ассамблея народной власти"),
        _org(lower, "b", "Национальная ассамблея", "Национальная ассамблея", last=True)))
    assert join_short_bodies(x, "ru") is x


# one written name in two entities: the nominative was made two ways (ents14b)

PARK = "Туристы гуляли по Кедровой пади. У Кедровой пади открыли кафе. В Кедровой пади тихо."


def _at(text: str, form: str, nth: int) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Span(start, start + len(form), form)


def test_one_written_name_in_two_entities_is_one_entity():
    form = "Кедровой пади"
    x = Extraction(Document("t", PARK), (
        Entity("a", "place", "Кедровая падь", (_at(PARK, form, 0), _at(PARK, form, 2))),
        Entity("b", "place", "Кедровая пади", (_at(PARK, form, 1),))))
    out = join_same_forms(x)
    assert [(e.key, e.name) for e in out.entities] == [("a", "Кедровая падь")]
    assert len(out.entities[0].mentions) == 3


def test_the_linked_entity_leads_and_two_items_stay_apart():
    form = "Кедровой пади"
    x = Extraction(Document("t", PARK), (
        Entity("a", "place", "Кедровая пади", (_at(PARK, form, 0), _at(PARK, form, 2))),
        Entity("b", "place", "Кедровая падь", (_at(PARK, form, 1),), link=Link("Q900003", 0.9, "test"))))
    out = join_same_forms(x)
    assert [(e.key, e.name, e.link.qid) for e in out.entities] == [("b", "Кедровая падь", "Q900003")]
    x = Extraction(Document("t", PARK), (
        Entity("a", "place", "Кедровая падь", (_at(PARK, form, 0),), link=Link("Q900004", 0.9, "test")),
        Entity("b", "place", "Кедровая падь", (_at(PARK, form, 1),), link=Link("Q900003", 0.9, "test"))))
    assert join_same_forms(x) is x


BROTHERS = "Ирвин Салмас и Олдос Салмас приехали. Салмаса встретили у трапа, Салмаса проводили в зал."


def test_two_people_sharing_a_written_surname_stay_apart():
    x = Extraction(Document("t", BROTHERS), (
        Entity("a", "person", "Ирвин Салмас", (_at(BROTHERS, "Ирвин Салмас", 0), _at(BROTHERS, "Салмаса", 0))),
        Entity("b", "person", "Олдос Салмас", (_at(BROTHERS, "Олдос Салмас", 0), _at(BROTHERS, "Салмаса", 1)))))
    assert join_same_forms(x) is x


# a compound abbreviation and the name it shortens (ents14b)

CABINET = "Кабинет министров Тавриды утвердил бюджет. Кабмин отправил его на доработку."


def test_a_compound_abbreviation_joins_the_one_name_it_shortens():
    x = Extraction(Document("t", CABINET), (
        _org(CABINET, "a", "Кабинет министров Тавриды", "Кабинет министров Тавриды"),
        _org(CABINET, "b", "Кабмин", "Кабмин")))
    out = join_short_bodies(x, "ru")
    assert [(e.key, e.name) for e in out.entities] == [("a", "Кабинет министров Тавриды")]
    assert [m.text for m in out.entities[0].mentions] == ["Кабинет министров Тавриды", "Кабмин"]


GUARD = "Национальная гвардия Тавриды усилила патрули. Нацгвардия сообщила о задержании."


def test_a_linked_abbreviation_stays_apart_from_a_name_that_goes_on_past_it():
    x = Extraction(Document("t", GUARD), (
        _org(GUARD, "a", "Национальная гвардия Тавриды", "Национальная гвардия Тавриды"),
        _org(GUARD, "b", "Нацгвардия", "Нацгвардия", Link("Q900005", 0.9, "test"))))
    out = join_short_bodies(x, "ru")
    assert sorted(e.key for e in out.entities) == ["a", "b"]


COUNCIL = "Совет ветеранов собрался. Горсовет принял бюджет."
HOUSE = "Народная палата Тавриды собралась. Нарпалате предложили закон, и Палата его приняла."


def test_the_last_part_of_a_compound_the_text_uses_joins_too():
    at = HOUSE.index("Нарпалате")
    x = Extraction(Document("t", HOUSE), (
        Entity("a", "organization", "Народная палата",
               (Span(0, 15, "Народная палата"), Span(at, at + 9, "Нарпалате"))),
        _org(HOUSE, "b", "Палата", "Палата", last=True)))
    out = join_short_bodies(x, "ru")
    assert [e.key for e in out.entities] == ["a"]


def test_a_word_that_shortens_no_name_is_left_alone():
    x = Extraction(Document("t", COUNCIL), (
        _org(COUNCIL, "a", "Совет ветеранов", "Совет ветеранов"),
        _org(COUNCIL, "b", "Горсовет", "Горсовет")))
    assert join_short_bodies(x, "ru") is x
    two = "Кабинет министров Тавриды и Кабинет министров Нарнии спорят. Кабмин молчит."
    x = Extraction(Document("t", two), (
        _org(two, "a", "Кабинет министров Тавриды", "Кабинет министров Тавриды"),
        _org(two, "b", "Кабинет министров Нарнии", "Кабинет министров Нарнии"),
        _org(two, "c", "Кабмин", "Кабмин")))
    assert join_short_bodies(x, "ru") is x


def test_the_compound_is_read_against_the_linked_label():
    # the entity is named `Госдума` as written; its link's label `Государственная дума` shows
    # that `Дума` is the compound's last part
    bodies = [e for e in linked("Депутаты Госдумы приняли закон во вторник. Дума отклонила "
                                "поправки Олега Сомова.") if e.kind == "organization"]
    assert len(bodies) == 1, bodies
    assert [m.text for m in bodies[0].mentions] == ["Госдумы", "Дума"]


def test_a_name_is_in_its_own_script_only_when_every_letter_is_of_the_language() -> None:
    from kg.link.names import in_own_script

    assert in_own_script("Верховный суд", "ru")
    assert not in_own_script("Sky News Россия", "ru")
    assert not in_own_script("BBC", "ru")
    assert in_own_script("Supreme Court", "en")
    assert not in_own_script("1917", "ru")


def test_a_written_name_two_items_share_joins_no_third_entity_in_either_order():
    """`Кедровой пади` stands for two linked items and an unlinked third: which of the two the third
    is, the written name does not settle, so it joins neither, whatever the entities' order (review14b:
    it joined whichever linked one came first)."""
    form = "Кедровой пади"
    a = Entity("a", "place", "Кедровая падь", (_at(PARK, form, 0),), link=Link("Q900004", 0.9, "test"))
    b = Entity("b", "place", "Кедровая падь", (_at(PARK, form, 1),), link=Link("Q900003", 0.9, "test"))
    c = Entity("c", "place", "Кедровая пади", (_at(PARK, form, 2),))
    for order in ((a, b, c), (b, a, c), (c, a, b)):
        x = Extraction(Document("t", PARK), order)
        assert join_same_forms(x) is x, [e.key for e in join_same_forms(x).entities]


def test_a_compound_does_not_shorten_a_name_going_on_in_lower_case():
    # guard (review14b: dropping the capitals test failed no test): `Нацгвардия` shortens
    # `Национальная гвардия`, not the veterans' society `Национальная гвардия ветеранов`
    text = "Национальная гвардия ветеранов провела съезд. Нацгвардия усилила патрули."
    x = Extraction(Document("t", text), (
        _org(text, "a", "Национальная гвардия ветеранов", "Национальная гвардия ветеранов"),
        _org(text, "b", "Нацгвардия", "Нацгвардия")))
    assert join_short_bodies(x, "ru") is x


def test_the_linked_one_of_the_two_leads():
    text = "Национальная гвардия усилила патрули. Нацгвардия сообщила о задержании."
    x = Extraction(Document("t", text), (
        _org(text, "a", "Национальная гвардия", "Национальная гвардия"),
        _org(text, "b", "Нацгвардия", "Нацгвардия", Link("Q900005", 0.9, "test"))))
    out = join_short_bodies(x, "ru")
    assert [(e.key, e.link.qid) for e in out.entities] == [("b", "Q900005")]
    assert len(out.entities[0].mentions) == 2
