"""More events of general news (docs/events.md "Event classes"): ceremonies, revocations,
assaults, lawsuits, surgery, leaving a post, the caption of a picture that puts a person at an
event, a headline whose verb comes before its subject, and acts whose agent alone is named."""

from __future__ import annotations

import pytest
from event_helpers import described as events_of
from event_helpers import extract


def described(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names, other participant names)."""
    return [(d.kind, d.agents, d.targets, d.others) for d in events_of(text)]


CASES = [
    # Ceremony (new class): a ceremony, a celebration
    ("Президент Франции Эмманюэль Макрон принял участие в церемонии в Вердене.",
     ("Ceremony", {"Эмманюэль Макрон"}, set(), set())),
    ("Наталья Громова отпраздновала юбилей в Москве.", ("Ceremony", {"Наталья Громова"}, set(), set())),
    # Revocation (new class): stripped of citizenship or a title
    ("Миграционная служба лишила Олега Смирнова гражданства.",
     ("Revocation", {"Миграционная служба"}, {"Олег Смирнов"}, set())),
    # the parse may take the thing revoked for the object and hang the person on it
    ("Гильдия продюсеров навсегда лишила членства Харви Вайнштейна.",
     ("Revocation", {"Гильдия продюсеров"}, {"Харви Вайнштейн"}, set())),
    # Disappearance (new class): someone gone missing
    ("В Альпах пропал альпинист Игорь Зотов.", ("Disappearance", set(), {"Игорь Зотов"}, set())),
    ("Журналистка Анна Белова исчезла в 2010 году.", ("Disappearance", set(), {"Анна Белова"}, set())),
    # put in prison is a sentence passed
    ("Актёра Петра Орлова посадили в тюрьму на два года.", ("Sentence", set(), {"Пётр Орлов"}, set())),
    # a lawsuit filed is legal action (Trial)
    ("Компания «Ромашка» подала в суд на Игоря Зотова.", ("Trial", {"Ромашка"}, {"Игорь Зотов"}, set())),
    # surgery is an Injury of whom it is done to
    ("Теннисистку Ольгу Орлову прооперировали в Мюнхене.", ("Injury", set(), {"Ольга Орлова"}, set())),
    # leaving a post is a resignation
    ("В июне Павел Рыбин ушёл с поста министра финансов.", ("Resignation", set(), {"Павел Рыбин"}, set())),
    # coming to the throne, taking a post
    ("Принц Карл взошёл на престол в 1990 году.", ("Appointment", set(), {"Карл"}, set())),
    ("В 2010 году Игорь Зотов занял пост губернатора.", ("Appointment", set(), {"Игорь Зотов"}, set())),
    ("Игорь Зотов принёс присягу в качестве президента.", ("Appointment", set(), {"Игорь Зотов"}, set())),
    # found dead: a death, of whom was found; who found the body is no participant
    ("В Варшаве найден мёртвым бизнесмен Олег Зимин.", ("Death", set(), {"Олег Зимин"}, set())),
    ("Полиция обнаружила тело журналиста Игоря Зотова в лесу.", ("Death", set(), {"Игорь Зотов"}, set())),
    # bail, a guilty plea, a marriage contracted, becoming parents
    ("Художник Иван Громов выпущен под залог.", ("ReleaseFromCustody", set(), {"Иван Громов"}, set())),
    ("Бизнесмен Олег Зимин признал вину в мошенничестве.", ("Trial", set(), {"Олег Зимин"}, set())),
    ("Бизнесмен Олег Зимин признал себя виновным в мошенничестве.", ("Trial", set(), {"Олег Зимин"}, set())),
    ("Суд признал Олега Зимина виновным в мошенничестве.", ("Sentence", set(), {"Олег Зимин"}, set())),
    ("Актёр Пётр Орлов заключил брак с Анной Беловой.",
     ("Marriage", {"Пётр Орлов"}, {"Анна Белова"}, set())),
    ("Иван Громов и Анна Белова стали родителями.",
     ("Birth", {"Иван Громов", "Анна Белова"}, set(), set())),
    # giving oneself up to the police ends in custody
    ("Сергей Котов сдался полиции.", ("Arrest", set(), {"Сергей Котов"}, set())),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0] + ":" + c[0][:30] for c in CASES])
def test_new_trigger_lines_give_class_and_roles(text, expected):
    kind, agents, targets, others = expected
    assert (kind, frozenset(agents), frozenset(targets), frozenset(others)) in described(text)


@pytest.mark.parametrize("text,kind,who", [
    ("Иван Козлов на выступлении в Париже в 2010 году", "Performance", {"Иван Козлов"}),
    ("Анна Белова и Пётр Орлов во время выступления", "Performance", {"Анна Белова", "Пётр Орлов"}),
    ("Марина Лебедева на церемонии вручения премии «Золотой орёл» в 2015 году", "Award",
     {"Марина Лебедева"}),
])
def test_a_caption_puts_the_named_people_at_the_event(text, kind, who):
    (ev,) = extract(text).events
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    assert ev.kind == kind
    assert {name[k] for k in (*ev.agents, *ev.targets, *ev.others)} == who


def test_a_line_with_a_verb_is_no_caption():
    # the clause says who spoke; the people before "на выступлении" are not put at it by order
    x = extract("Иван Козлов рассказал на выступлении в Париже о новой книге.")
    assert all(not ev.others for ev in x.events)


@pytest.mark.parametrize("text,kind,target", [
    ("Скончалась Анна Белова — первая женщина-посол Франции", "Death", "Анна Белова"),
    ("Умер Пётр Соколов — автор романа «Лес»", "Death", "Пётр Соколов"),
])
def test_a_headline_verb_before_its_subject_takes_the_name_after_it(text, kind, target):
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    assert (kind, {target}) in [(ev.kind, {name[k] for k in ev.targets}) for ev in x.events]


@pytest.mark.parametrize("text,kind,agent", [
    ("Патриарх Кирилл назначил новых епископов.", "Appointment", "Кирилл"),
    ("Председатель жюри Олег Зимин вручил премии лауреатам.", "Award", "Олег Зимин"),
])
def test_an_act_whose_agent_alone_is_named_is_kept(text, kind, agent):
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    assert (kind, {agent}) in [(ev.kind, {name[k] for k in ev.agents}) for ev in x.events]


def test_an_event_noun_under_a_trigger_of_its_class_is_a_mention_of_that_event():
    # the final is the match the verb reports: one event, two mentions
    (ev,) = extract("В 2005 году «Арсенал» обыграл «Челси» в финале.").events
    assert ev.kind == "SportsMatch" and [m.text for m in ev.mentions] == ["финале"]


def test_a_possessive_pronoun_before_an_event_noun_names_its_participant():
    x = extract("Журналистка Анна Белова вернулась в Москву. Её арест вызвал протесты.")
    name = {e.key: e.name for e in x.entities}
    (ev,) = x.events
    assert ev.kind == "Arrest" and [name[k] for k in ev.targets] == ["Анна Белова"]


def test_an_active_participle_host_takes_the_noun_it_describes_as_subject():
    x = extract("Компания «Альфа», проводящая расследование, сообщила о взломе.")
    name = {e.key: e.name for e in x.entities}
    assert ("Investigation", ["Альфа"]) in [(ev.kind, [name[k] for k in ev.agents]) for ev in x.events]


def test_an_event_noun_framing_a_verb_with_an_unsaid_subject_takes_that_subject():
    # the subject left unsaid in the second sentence is the person of the first
    x = extract("Писатель Олег Зимин родился в Омске. Во время визита в Пекин заявил о новой книге.")
    name = {e.key: e.name for e in x.entities}
    assert ("Visit", ["Олег Зимин"]) in [(ev.kind, [name[k] for k in ev.agents]) for ev in x.events]
