"""Events told by an attributive participle (kg/nlp/ru/events.py `told_by_participle`,
kg/data/ru/participle_event_kinds.txt): a past participle beside the noun it describes tells an
arrest, killing, accident, birth, prize or release, its noun the target (passive) or the doer
(active); present participles, bare ones (`арестованный журналист`) and the other classes stay no
event.
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def test_a_passive_participle_after_its_noun_tells_an_arrest_of_that_noun():
    found = kinds("Журналист Олег Смирнов, арестованный в Омске в 2019 году, вышел на свободу.",
                  "Arrest")
    assert [(d.targets, d.factuality, d.year) for d in found] == \
        [(frozenset({"Олег Смирнов"}), "Actual", 2019)]


def test_a_passive_participle_before_its_noun_tells_a_killing():
    found = kinds("Убитый в 2015 году бывший министр Пётр Зуев похоронен в Москве.",
                  "Killing")
    assert [(d.targets, d.year) for d in found] == [(frozenset({"Пётр Зуев"}), 2015)]


def test_the_clause_mood_does_not_make_a_past_participle_possible():
    # the arrest took place, whatever may happen to the man now
    found = kinds("Арестованный в 2019 году журналист Олег Смирнов может выйти на свободу.",
                  "Arrest")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_participle_the_parse_hangs_on_a_disagreeing_noun_takes_the_agreeing_name():
    # `задержанного` (genitive) describes Смирнов, not the lawyer (nominative)
    found = kinds("Адвокат Олега Смирнова, задержанного вчера в Омске, подал жалобу.", "Arrest")
    assert [d.targets for d in found] == [frozenset({"Олег Смирнов"})]


def test_a_present_participle_tells_no_event():
    # what he keeps doing describes him (the tagger calls `задерживающий` past: its suffix says not)
    assert kinds("Глава отряда «Север» Пётр Зуев, задерживающий участников акций в Омске, "
                 "отказался от комментариев.", "Arrest") == []


def test_a_bare_participle_before_its_noun_is_a_description():
    # no words of its own (`amod`): it names him by his state, as NEREL reads it
    assert kinds("Адвокат арестованного журналиста Петра Зуева подал жалобу.", "Arrest") == []


def test_a_birth_told_by_a_participle_is_a_dated_birth_of_its_noun():
    found = kinds("Родившийся 3 мая 1950 года в Омске художник Пётр Сидоров открыл выставку.",
                  "Birth")
    assert [(d.targets, d.year, d.factuality) for d in found] == [
        (frozenset({"Пётр Сидоров"}), 1950, "Actual")]


def test_a_prize_received_told_by_a_participle_is_an_award():
    found = kinds("Певица Анна Белова, получившая в 2019 году премию «Грэмми», выступила в Омске.",
                  "Award")
    assert [(d.targets | d.agents, d.year) for d in found] == [(frozenset({"Анна Белова"}), 2019)]


def test_opening_a_ceremony_told_by_a_participle_founds_nothing():
    assert kinds("Открывший церемонию председатель фонда Карл Линдквист поздравил лауреатов.",
                 "Founding") == []


def test_a_passive_participle_of_an_unlisted_class_is_no_event():
    assert kinds("Министр Пётр Зуев, назначенный на пост в 2019 году, посетил Омск.",
                 "Appointment") == []


def test_an_active_participle_makes_its_noun_the_doer():
    found = kinds("Пётр Зуев, убивший в 2015 году журналистку Анну Белову, задержан в Омске.",
                  "Killing")
    assert [(d.agents, d.targets, d.year) for d in found] == \
        [(frozenset({"Пётр Зуев"}), frozenset({"Анна Белова"}), 2015)]


def test_a_participle_after_a_bracket_describes_the_name_before_it():
    found = kinds("Анна Белова (1901-1960), арестованная в Омске в 1937 году, была "
                  "реабилитирована.", "Arrest")
    assert [(d.targets, d.year) for d in found] == [(frozenset({"Анна Белова"}), 1937)]


def test_a_participle_tells_an_accident_of_the_noun_it_describes():
    found = kinds("Пешеход Пётр Зуев, сбитый автомобилем в Омске, доставлен в больницу.",
                  "Accident")
    assert [d.targets for d in found] == [frozenset({"Пётр Зуев"})]


def test_a_short_passive_hung_on_a_noun_keeps_its_own_subject():
    # `задержан` under `момента` is no attributive participle: the one held is Зуев
    found = kinds("Пётр Зуев находится под стражей с момента, когда был задержан в Омске "
                  "7 декабря.", "Arrest")
    assert [d.targets for d in found] == [frozenset({"Пётр Зуев"})]
