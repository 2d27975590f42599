"""Event participants, seventeenth round (issue 11; docs/events.md "Participants"): events whose
class is right but whose actors were wrong or missing. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described, of_class

# ---- a dead person does not act in what his household does after -------------------------

def test_a_family_moving_after_its_man_died_is_not_the_dead_man_moving():
    found = of_class("Павел Гринёв погиб в 1960 году в авиакатастрофе. Вскоре семья переехала в "
                     "Грецию.", "Relocation")
    assert found and all("Павел Гринёв" not in d.actors for d in found)


def test_his_family_moving_after_he_was_killed_is_not_the_killed_man_moving():
    found = of_class("Павел Гринёв был убит в 1960 году. Его семья переехала в Грецию.",
                     "Relocation")
    assert all("Павел Гринёв" not in d.actors for d in found)


def test_a_family_moving_before_the_man_died_is_still_the_man_moving():
    found = of_class("Павел Гринёв родился в 1950 году в Твери. Спустя девять лет семья "
                     "переехала на Кипр. Он умер в 2001 году.", "Relocation")
    assert [d.actors for d in found] == [{"Павел Гринёв"}]


def test_an_obituary_telling_the_life_after_the_death_keeps_the_man_moving():
    found = of_class("Павел Гринёв скончался в 2010 году. Павел Гринёв родился в 1950 году "
                     "в Твери. В 1960 году его семья переехала в Грецию.", "Relocation")
    assert [d.actors for d in found] == [{"Павел Гринёв"}]


def test_an_obituary_telling_the_birth_and_the_move_in_one_sentence_keeps_the_man_moving():
    found = of_class("Павел Гринёв скончался в 2010 году. Павел Гринёв родился в 1950 году "
                     "в Твери, позже его семья переехала в Грецию.", "Relocation")
    assert [d.actors for d in found] == [{"Павел Гринёв"}]


# ---- a body or a place in the title of the one who died is not who died --------------------

def test_a_region_in_the_dead_poets_title_is_not_who_died():
    found = of_class("Заслуженный поэт Мордовии умер летом 2011 года.", "Death")
    assert found and all("Мордовия" not in d.actors for d in found)


def test_a_band_in_the_dead_singers_title_is_not_who_died():
    found = of_class("Солист группы «Тёмный лес» скончался в Берлине.", "Death")
    assert found and all(not d.actors for d in found)


def test_the_named_singer_of_a_band_is_still_who_died():
    found = of_class("Солист группы «Тёмный лес» Игорь Лаптев скончался в Берлине.", "Death")
    assert [d.actors for d in found] == [{"Игорь Лаптев"}]


# ---- the genitive a nominative numeral governs is the subject that is counted ----------------

def test_two_directors_named_after_a_dash_are_the_two_who_died():
    found = of_class("В марте скончались два бывших директора завода — Иван Белов и Пётр Лаптев.",
                     "Death")
    assert [d.actors for d in found] == [{"Иван Белов", "Пётр Лаптев"}]


def test_two_directors_named_after_a_colon_are_the_two_who_died():
    found = of_class("Весной умерли три бывших судьи округа: Иван Белов, Пётр Лаптев и Олег Сомов.",
                     "Death")
    assert [d.actors for d in found] == [{"Иван Белов", "Пётр Лаптев", "Олег Сомов"}]


def test_two_brothers_in_the_accusative_before_the_verb_are_not_who_arrested():
    found = described("Двух братьев Ивана и Петра Беловых задержали у здания суда.")
    assert not any(d.kind == "Arrest" and d.agents for d in found)


# ---- an act a signed decree is about is the signer's act -----------------------------------

def test_the_signer_of_a_decree_on_an_award_is_the_one_who_awards():
    found = described("Президент Иван Белов подписал указ о награждении писателя Петра Лаптева "
                      "орденом Дружбы.")
    award = [d for d in found if d.kind == "Award"]
    assert [(d.agents, d.targets) for d in award] == [({"Иван Белов"}, {"Пётр Лаптев"})]


def test_the_signer_of_a_decree_on_a_dismissal_is_the_one_who_dismisses():
    found = of_class("Президент Иван Белов подписал сегодня указ об отставке губернатора Твери "
                     "Петра Лаптева.", "Resignation")
    assert [(d.agents, d.targets) for d in found] == [({"Иван Белов"}, {"Пётр Лаптев"})]


def test_a_dismissal_only_told_of_in_a_decree_report_has_no_signer():
    found = of_class("Иван Белов рассказал об отставке мэра Твери Петра Лаптева.", "Resignation")
    assert all("Иван Белов" not in d.actors for d in found)


# ---- all the acts of a place are acts that took place ---------------------------------------

def test_condemning_all_the_attacks_in_a_city_keeps_the_attack():
    assert of_class("Иван Белов осудил все теракты в Дамаске.", "Attack")


def test_any_attack_in_a_city_is_still_a_kind_of_act():
    assert not of_class("Иван Белов выступает против любых терактов в Дамаске.", "Attack")


def test_all_attacks_with_no_place_are_still_a_kind_of_act():
    assert not of_class("Иван Белов всегда осуждает все теракты.", "Attack")


# ---- a name whose gender the person word rules out names the word's owner --------------------

def test_the_body_of_his_granddaughter_found_is_not_his_death():
    found = of_class("В лесу под Тверью найдено тело внучки Роберта Лаптева.", "Death")
    assert found and all("Роберт Лаптев" not in d.actors for d in found)


def test_the_body_of_her_son_found_is_not_her_death():
    found = of_class("В лесу под Тверью найдено тело сына Анны Лаптевой.", "Death")
    assert found and all("Анна Лаптева" not in d.actors for d in found)


def test_his_deputy_named_after_him_is_the_one_appointed():
    found = of_class("На должность руководителя аппарата назначена заместительница Сергея "
                     "Белова Анна Ракова.", "Appointment")
    assert [d.actors for d in found] == [{"Анна Ракова"}]


def test_a_woman_under_a_masculine_job_title_is_still_the_one_who_died():
    found = of_class("Найдено тело пропавшего директора завода Анны Лаптевой.", "Death")
    assert [d.actors for d in found] == [{"Анна Лаптева"}]


def test_a_feminine_word_said_of_anyone_keeps_the_mans_name():
    found = of_class("Суд признал врача виновным в убийстве поп-звезды Майкла Лаптева.", "Killing")
    assert [d.actors for d in found] == [{"Майкл Лаптев"}]


def test_a_first_name_the_dictionary_does_not_know_settles_no_gender():
    found = of_class("Президент Иван Белов помиловал гражданку Израиля Нааму Лахав.", "Sentence")
    assert len(found) == 1 and len(found[0].targets) == 1


def test_her_undeclined_name_after_her_husbands_death_makes_no_death_of_someone_unnamed():
    found = of_class("После гибели мужа Корасон Мендоса возглавила оппозицию.", "Death")
    assert not found


def test_two_counted_people_do_not_die_with_a_verb_that_does_not_agree_with_them():
    # `умер` is masculine singular: its subject is `один`, not the two counted men after it
    found = of_class("Умер один, ещё два человека — Антон Зырянов и Глеб Ушаков — в больнице.",
                     "Death")
    assert found and all(not d.actors & {"Антон Зырянов", "Глеб Ушаков"} for d in found)


def test_a_neuter_singular_verb_still_agrees_with_the_counted_subject():
    found = of_class("В марте скончалось два бывших директора завода — Иван Белов и Пётр Лаптев.",
                     "Death")
    assert [d.actors for d in found] == [{"Иван Белов", "Пётр Лаптев"}]
