"""Event precision against the own gold, tenth round (kg/nlp/ru/events.py, event_roles.py): a
headline's actorless event is the body's one event of its class; a court's session is a Trial;
two names of one body are one actor; who dies is a person. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described, extract


def kinds(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(d.kind, d.actors) for d in described(text) if d.kind != "Statement"]


def test_an_actorless_headline_event_is_the_body_event_of_its_class():
    text = ("В Омске застрелился 19-летний студент\n"
            "Утром 3 марта в Омске произошло самоубийство студента Павла Ветрова. "
            "Следователи изучают записи.")
    assert kinds(text) == [("Death", frozenset({"Павел Ветров"}))]
    # the headline's words stay a mention of that event
    x = extract(text)
    death = next(e for e in x.events if e.kind == "Death")
    assert "застрелился" in {m.text for m in (death.trigger, *death.mentions)}


def test_a_headline_event_stays_when_the_body_tells_two_of_its_class():
    text = ("В Омске застрелился 19-летний студент\n"
            "Утром 3 марта Павел Ветров покончил с собой. "
            "Вечером в Томске скончался поэт Игорь Лаптев.")
    found = kinds(text)
    assert ("Death", frozenset()) in found
    assert ("Death", frozenset({"Павел Ветров"})) in found
    assert ("Death", frozenset({"Игорь Лаптев"})) in found


def test_a_session_a_court_holds_is_a_trial_not_a_meeting():
    found = kinds("Окружной суд Кронберга перенёс дело Петра Зуева до следующего заседания.")
    assert [k for k, _ in found if k in ("Meeting", "Trial")] == ["Trial"]
    found = kinds("Совет директоров компании «Вектор-Плюс» провёл заседание в Омске.")
    assert [k for k, _ in found if k in ("Meeting", "Trial")] == ["Meeting"]


def test_a_second_telling_naming_a_body_by_its_short_name_is_the_same_event():
    text = ("Здания Минфина и Верховного суда Лирании обстреляны с вертолета\n"
            "Протесты в Лирании\n"
            "В Лирании угнанный у полиции вертолет обстрелял здание Верховного суда "
            "и одного из министерств.")
    attacks = [a for k, a in kinds(text) if k == "Attack"]
    assert attacks == [frozenset({"Минфин", "Верховный суд Лирании"})]


def test_a_team_a_player_belongs_to_is_not_who_died():
    found = kinds("Бывший игрок команды Сибирские Волки покончил с собой в возрасте 30 лет.")
    assert all("Сибирские Волки" not in a for _, a in found)
    assert ("Death", frozenset({"Олег Дрозд"})) in kinds(
        "Игрок клуба «Северный Ветер» Олег Дрозд скончался в больнице.")
