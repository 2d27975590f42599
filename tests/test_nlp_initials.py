"""The dot of a person's last initial belongs to the name, though the NER leaves it out; a regnal
number's full stop ends the sentence (kg.nlp.ru.entities._raw_mentions). Sentences and names are
written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.records import Document


def mentions(text: str) -> list[str]:
    ents = extract(Document("t", text)).entities
    return [text[m.start:m.end] for e in ents if e.kind == "person" for m in e.mentions]


@pytest.mark.parametrize("text, mention", [
    ("В связи с заявлением губернатора области Сомчука И. Ф. о досрочном прекращении полномочий "
     "указ подписан.", "Сомчука И. Ф."),
    ("По словам официальных лиц, Нуреддин Х. И его брат были арестованы в пятницу.", "Нуреддин Х."),
])
def test_the_last_initials_dot_is_the_names(text, mention):
    assert mention in mentions(text), mentions(text)


def test_a_regnal_numbers_full_stop_is_not_the_names():
    text = "Наследником стал сын короля Годрика V. Церемония прошла в столице."
    assert "Годрика V" in mentions(text), mentions(text)
