"""Event participants on the fourth readable gold's classes, fifteenth round (docs/events.md
"Participants"): a phrase that hangs on the adverb completing the verb (`вышла замуж за X`), and a
person word named by the phrase after it (`человек по имени X`). Hand-written sentences."""

from __future__ import annotations

from event_helpers import described


def test_the_partner_after_zamuzh_is_a_participant_of_the_marriage():
    found = described("В 1990 году Вера Сомова вышла замуж за художника Павла Гринёва в Твери.")
    assert any(d.kind == "Marriage" and d.actors == {"Вера Сомова", "Павел Гринёв"}
               for d in found)


def test_a_person_word_named_po_imeni_is_that_person():
    found = described("Осенью Вера Сомова вышла замуж за актёра по имени Павел Гринёв.")
    assert any(d.kind == "Marriage" and "Павел Гринёв" in d.actors for d in found)


def test_a_person_word_named_po_familii_is_that_person():
    found = described("Полиция Твери задержала мужчину по фамилии Сомов.")
    assert any(d.kind == "Arrest" and "Сомов" in d.targets for d in found)


def test_a_name_the_text_does_not_give_leaves_the_partner_out():
    found = described("Вера Сомова вышла замуж за человека, имени которого она не назвала.")
    assert any(d.kind == "Marriage" and d.actors == {"Вера Сомова"} for d in found)


def test_a_marriage_without_a_partner_phrase_takes_no_one_else():
    found = described("Вера Сомова вышла замуж в Твери.")
    assert any(d.kind == "Marriage" and d.actors == {"Вера Сомова"} for d in found)


def test_condolences_on_a_death_have_the_dead_as_their_target():
    found = described("Мэр Твери Павел Гринёв выразил глубокие соболезнования родным из-за гибели Нины Лавровой.")
    assert any(d.kind == "Congratulation" and d.agents == {"Павел Гринёв"}
               and d.targets == {"Нина Лаврова"} for d in found)


def test_condolences_on_the_death_of_a_described_person_reach_the_named_one():
    found = described("Певица Вера Сомова скончалась в Твери.\n"
                      "Мэр Павел Гринёв выразил глубокие соболезнования по поводу кончины певицы.")
    assert any(d.kind == "Congratulation" and d.targets == {"Вера Сомова"} for d in found)


def test_condolences_to_a_family_name_no_one_who_died():
    found = described("Мэр Твери Павел Гринёв выразил соболезнования семье Веры Сомовой.")
    assert not any(d.kind == "Congratulation" and "Вера Сомова" in d.targets for d in found)


def test_not_admitting_ones_guilt_is_a_denial():
    found = described("Обвиняемый Павел Гринёв свою вину не признал.")
    assert ("Denial", frozenset({"Павел Гринёв"})) in [(d.kind, d.actors) for d in found]
    assert "Rejection" not in [d.kind for d in found]


def test_not_recognising_an_election_stays_a_rejection():
    found = described("Павел Гринёв не признал результаты выборов мэра Твери.")
    assert "Rejection" in [d.kind for d in found]
    assert "Denial" not in [d.kind for d in found]


def test_admitting_ones_guilt_stays_a_trial():
    found = described("Павел Гринёв признал свою вину в краже.")
    assert "Trial" in [d.kind for d in found]
    assert "Denial" not in [d.kind for d in found]


def test_a_title_with_a_band_in_it_ends_with_the_persons_name():
    # an animate masculine accusative has the genitive's form: the name after the band's is his
    found = described("Полиция задержала басиста рок-группы Red Foxes Павла Гринёва.")
    assert any(d.kind == "Arrest" and "Павел Гринёв" in d.targets
               and "Red Foxes" not in d.targets for d in found)


def test_the_partner_in_a_title_phrase_is_the_person_not_the_band():
    found = described("Певица Вера Сомова вышла замуж за басиста группы Red Foxes Павла Гринёва.")
    assert any(d.kind == "Marriage" and d.actors == {"Вера Сомова", "Павел Гринёв"}
               for d in found)
