"""One reader of the gender a past-tense verb or short participle shows (`analysis.past_gender`),
shared by the entity rules (a bare surname's person) and reference resolution (a pronoun's or an
unsaid subject's antecedent). It reads the ending, not the tagger's gender."""

import pytest

from kg.nlp.ru.analysis import analyse, past_gender


def _gender_of(text: str, verb: str) -> str | None:
    a = analyse(text)
    return past_gender(next(t for t in a.tokens if t.text == verb))


@pytest.mark.parametrize(("text", "verb", "want"), [
    ("Агроном Тарас Веремчук вчера развёлся с женой.", "развёлся", "Masc"),
    ("Певица Злата Ромейко позвонила продюсеру.", "позвонила", "Fem"),
    ("Старый лесник Гаврилюк умер в больнице.", "умер", "Masc"),
    ("Ирина Лозовая была назначена послом.", "назначена", "Fem"),
    ("Ирина Лозовая была назначена послом.", "была", "Fem"),
    ("Архитектор Пётр Снегов назначен главой бюро.", "назначен", "Masc"),
    ("Брат и сестра Кошелевы уехали в Томск.", "уехали", None),
    ("Всё было тихо в посёлке Луговом.", "было", None),
    ("Инженер Фомичёв работает на заводе.", "работает", None),
])
def test_past_gender_reads_the_ending(text, verb, want):
    assert _gender_of(text, verb) == want


def test_past_gender_is_not_the_taggers_guess():
    # a surname the tagger cannot place: the verb's ending alone tells a man
    assert _gender_of("Ковальчук развёлся весной.", "развёлся") == "Masc"
    assert _gender_of("Ковальчук развелась весной.", "развелась") == "Fem"
