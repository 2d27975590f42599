"""Events of general news (docs/events.md "Event classes"): one sentence per class, passives and
participles, the post or prize of an appointment or award, factuality, and event identity."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import described as events_of
from event_helpers import extract


def described(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names, factuality)."""
    return [(d.kind, d.agents, d.targets, d.factuality) for d in events_of(text)]


CLASS_CASES = [
    ("Известный актёр Пётр Соколов скончался в Санкт-Петербурге.",
     ("Death", set(), {"Пётр Соколов"})),
    ("Писатель Олег Белов умер на 90-м году жизни.", ("Death", set(), {"Олег Белов"})),
    ("Журналист Игорь Лебедев был убит в Киеве.", ("Killing", set(), {"Игорь Лебедев"})),
    ("Полиция Франции арестовала Жана Дюрана в Лионе.", ("Arrest", {"Франция"}, {"Жан Дюран"})),
    ("Бизнесмен Антон Зуев задержан в Москве.", ("Arrest", set(), {"Антон Зуев"})),
    ("Суд приговорил Виктора Карпова к пяти годам заключения.",
     ("Sentence", set(), {"Виктор Карпов"})),
    ("Боевики похитили инженера Андрея Волкова в Ираке.",
     ("Kidnapping", set(), {"Андрей Волков"})),
    ("Министр финансов Дании Эрик Сёренсен ушёл в отставку.", ("Resignation", set(), {"Эрик Сёренсен"})),
    ("Эмили Картер избрана мэром Бостона.", ("Election", set(), {"Эмили Картер"})),
    ("Певица Анна Жукова награждена орденом Дружбы.", ("Award", set(), {"Анна Жукова"})),
    ("Учёный Михаил Зайцев родился в Казани.", ("Birth", set(), {"Михаил Зайцев"})),
    ("Сборная Бразилии обыграла сборную Германии.", ("SportsMatch", {"Бразилия"}, {"Германия"})),
    ("Министр Пьер Леруа обвинил Алена Мартена в коррупции.",
     ("Accusation", {"Пьер Леруа"}, {"Ален Мартен"})),
    ("Владимир Путин поздравил Си Цзиньпина с днём рождения.",
     ("Congratulation", {"Владимир Путин"}, {"Си Цзиньпин"})),
    ("Бундестаг принял закон о миграции.", ("LawAdoption", {"Бундестаг"}, set())),
    ("Премьер Италии Марио Драги подписал указ о запрете.", ("LawAdoption", {"Марио Драги"}, set())),
    ("Прокуратура предъявила обвинение Олегу Сидорову.",
     ("Trial", {"Прокуратура"}, {"Олег Сидоров"})),
    ("Великобритания вышла из Евросоюза.", ("Withdrawal", {"Великобритания"}, {"Евросоюз"})),
    ("Хамас взял на себя ответственность за обстрел Ашдода.",
     ("ClaimOfResponsibility", {"Хамас"}, set())),
    ("Группа Metallica выпустила альбом в Лос-Анджелесе.", ("Release", {"Metallica"}, set())),
    ("Илон Маск основал компанию SpaceX.", ("Founding", {"Илон Маск"}, {"SpaceX"})),
    ("Футболист Игорь Акинфеев госпитализирован в Москве.", ("Injury", set(), {"Игорь Акинфеев"})),
    ("Певица Анна Петрова вышла замуж за Ивана Смирнова.", ("Marriage", {"Анна Петрова"}, {"Иван Смирнов"})),
    ("Министр Пьер Леруа покинул пост главы министерства.", ("Resignation", set(), {"Пьер Леруа"})),
]


@pytest.mark.parametrize("text,expected", CLASS_CASES, ids=[c[1][0] + ":" + c[0][:30] for c in CLASS_CASES])
def test_general_news_class_and_roles_come_from_lexicon_and_parse(text, expected):
    kind, agents, targets = expected
    assert (kind, frozenset(agents), frozenset(targets), "Actual") in described(text)


@pytest.mark.parametrize("text,kind", [
    ("В Японии произошло землетрясение.", "Disaster"),
    ("В Лондоне прошёл митинг против войны.", "Protest"),
    ("Авария произошла под Новосибирском.", "Accident"),
    ("Концерт группы прошёл в Риге.", "Performance"),
    ("Шахтёры компании бастовали в Перу.", "Strike"),
])
def test_an_event_noun_with_a_place_is_an_event_without_actors(text, kind):
    (ev,) = extract(text).events
    assert ev.kind == kind and ev.place is not None


def test_appointment_keeps_its_post_in_the_nominative():
    (ev,) = extract("Игорь Смирнов назначен министром иностранных дел Белоруссии.").events
    assert (ev.kind, ev.post) == ("Appointment", "министр иностранных дел Белоруссии")


def test_award_keeps_its_prize_in_the_nominative():
    (ev,) = extract("Поэтесса Нина Крылова была награждена Государственной премией.").events
    assert (ev.kind, ev.award) == ("Award", "Государственная премия")


def test_refusal_written_as_a_negated_verb_is_an_actual_rejection():
    assert described("Италия не поддержала эмбарго против Ирана.") == [
        ("Rejection", frozenset({"Италия"}), frozenset(), "Actual")]


def test_visit_announced_in_the_future_tense_is_planned():
    assert described("Премьер-министр Индии Нарендра Моди посетит Францию в апреле.") == [
        ("Visit", frozenset({"Нарендра Моди"}), frozenset(), "Planned")]


def test_intended_event_is_planned_and_a_possible_one_possible():
    kinds = {(k, f) for k, _, _, f in described("Германия планирует подписать договор с Польшей, "
                                                 "а Франция может встретиться с Италией.")}
    assert kinds == {("Agreement", "Planned"), ("Meeting", "Possible")}


def test_negated_meeting_is_kept_as_negated():
    assert described("Олаф Шольц не встретился с Эмманюэлем Макроном.") == [
        ("Meeting", frozenset({"Олаф Шольц"}), frozenset({"Эмманюэль Макрон"}), "Negated")]


def test_past_verb_dated_after_publication_is_planned():
    x = extract("Переговоры России и Китая состоятся 10 марта.", published=date(2023, 3, 1))
    assert [(ev.kind, ev.factuality) for ev in x.events] == [("Negotiation", "Planned")]


def test_visits_of_one_agent_to_two_places_are_two_events():
    x = extract("Эмманюэль Макрон посетит Германию в мае. Позже Эмманюэль Макрон посетит Италию.")
    assert sorted(x.entity(ev.place).name for ev in x.events) == ["Германия", "Италия"]


def test_coordinated_second_verb_of_the_same_class_is_kept():
    x = extract("Олаф Шольц встретился с Эмманюэлем Макроном и встретился с Марио Драги.")
    assert [ev.kind for ev in x.events] == ["Meeting", "Meeting"]


def test_later_noun_mention_of_an_event_is_one_more_mention_of_it():
    (ev,) = extract("Актёр Иван Петров скончался в Москве. Смерть Ивана Петрова потрясла его "
                    "друзей.").events
    assert (ev.kind, [m.text for m in ev.mentions]) == ("Death", ["Смерть"])


@pytest.mark.parametrize("text,kind", [
    ("В Чили произошло землетресение.", "Disaster"),
    ("Писатель Олег Белов скончялся в Москве.", "Death"),
])
def test_a_misspelt_trigger_is_still_a_trigger(text, kind):
    assert [ev.kind for ev in extract(text).events] == [kind]


def test_a_short_lemma_one_letter_from_a_trigger_is_no_trigger():
    from kg.nlp.ru.events import respelt

    assert respelt("убыть") is None  # "убить" is too short to guess a misspelling


def test_context_noun_of_a_verb_trigger_is_a_mention_of_the_event():
    (ev,) = extract("Премьер-министр Греции Никос Папас ушёл в отставку.").events
    assert (ev.kind, [m.text for m in ev.mentions]) == ("Resignation", ["отставку"])


def test_unnamed_subject_that_died_at_a_named_place_gives_a_death_without_actors():
    (ev,) = extract("Известный актёр скончался в Санкт-Петербурге.").events
    assert (ev.kind, ev.targets, ev.place is not None) == ("Death", (), True)


def test_moving_to_another_country_is_a_relocation():
    assert described("Теннисистка Мария Шарова переехала в Испанию.") == [
        ("Relocation", frozenset({"Мария Шарова"}), frozenset(), "Actual")]


def test_a_known_word_one_letter_from_a_trigger_is_no_misspelling():
    assert extract("Сергей Иванов окончил университет в Москве.").events == ()


def test_a_birthday_is_no_birth():
    assert extract("Друзья отметили день рождения Анны Смирновой в Москве.").events == ()


def test_country_in_the_genitive_of_an_event_noun_is_its_place():
    x = extract("Футбольный клуб «Зенит» выиграл чемпионат России в 2019 году.")
    (ev,) = x.events
    assert (ev.kind, x.entity(ev.place).name, ev.others) == ("SportsMatch", "Россия", ())


def test_a_modal_word_inside_a_quote_does_not_make_an_event_before_the_quote_unreal():
    # the parser hangs `инаугурация` on `должен` inside the quote
    text = ("Тогда же состоялась инаугурация нового президента Эммерсона Мнангагвы, где он "
            "заявил, что Иван Петров «должен получить уважение и признание, которых он заслуживает».")
    assert [(d.kind, d.factuality) for d in events_of(text)] == [("Appointment", "Actual")]
