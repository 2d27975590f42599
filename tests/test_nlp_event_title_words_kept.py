"""A headline's act whose doer or done-to only a description names (`Задержан глава фонда`,
`Умер автор песен`) gives way to the body's telling that names them; the headline's words stay
among the body event's mentions, one act told twice (docs/events.md, head32). The event keeps
the body's words as its trigger and the body's actors."""

from __future__ import annotations

from event_helpers import extract

_ARREST = ("Задержан глава лиманского фонда\n\n"
           "Глава фонда «Надежда» Пётр Ласточкин был задержан в Лиманске в среду. "
           "Его доставили в отдел полиции.\n\nСледствие продолжается.")

_DEATH = ("Умер автор известных песен\n\n"
          "Поэт Иван Соколов скончался в Лиманске на 80-м году жизни. Об этом сообщили его "
          "родные.\n\nПрощание пройдёт в пятницу.")


def _of(text: str, kind: str):
    return [e for e in extract(text).events if e.kind == kind]


def test_the_headlines_words_are_a_mention_of_the_bodys_named_arrest():
    [arrest] = _of(_ARREST, "Arrest")
    assert arrest.trigger.start > _ARREST.index("\n")
    assert [m.text for m in arrest.mentions if m.start < _ARREST.index("\n")] == ["Задержан"]


def test_the_headlines_words_are_a_mention_of_the_bodys_named_death():
    [death] = _of(_DEATH, "Death")
    assert death.trigger.text == "скончался"
    assert [m.text for m in death.mentions if m.start < _DEATH.index("\n")] == ["Умер"]


def test_the_body_named_act_keeps_its_own_actors():
    x = extract(_DEATH)
    [death] = [e for e in x.events if e.kind == "Death"]
    names = {e.key: e.name for e in x.entities}
    assert [names[k] for k in death.actors] == ["Иван Соколов"]


def test_a_headline_of_another_class_is_no_mention_of_the_bodys_act():
    text = ("Умер автор известных песен\n\n"
            "Поэт Иван Соколов был задержан в Лиманске в среду.\n\nСледствие продолжается.")
    arrests = _of(text, "Arrest")
    assert all(m.start > text.index("\n") for e in arrests for m in e.mentions)
