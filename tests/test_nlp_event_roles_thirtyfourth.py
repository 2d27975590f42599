"""Actors of events in constructions the parse reads loosely: a passive's doer in an
instrumental the parse hung as an indirect object (`обыграна сборной Бразилии`); the one chosen
or appointed, hung under the verb's instrumental predicate (`избрала своим лидером Ивана
Петрова`); the side an act noun comes from, said on the verb it is the subject of (`критика
прозвучала со стороны X`); a participle's doer the parse gave the preposition of the noun
phrase the participle opens (`на недавно принятый Конгрессом США закон`); an object the parse
hung down the genitive chain of the prepositional phrase before it (`сменил на посту главы
государства своего брата X`); the partner of a subject left unsaid (`Основал студию совместно с
Y`)."""

from __future__ import annotations

from event_helpers import actors_of, found

# ---- the passive's doer in an instrumental read as an indirect object ---------------------


def test_a_team_beaten_by_a_national_side_is_that_sides_match():
    # `сборной` is dative or instrumental by its form; after a passive it is the doer
    text = "Сборная Италии обыграна сборной Бразилии."
    assert found(text, "SportsMatch") == [("Actual", frozenset({"Бразилия"}),
                                           frozenset({"Италия"}))]


def test_a_side_routed_by_another_national_side_in_a_final_is_the_winners_match():
    text = "Сборная Франции была разгромлена сборной Аргентины в финале."
    assert found(text, "SportsMatch") == [("Actual", frozenset({"Аргентина"}),
                                           frozenset({"Франция"}))]


def test_an_active_win_over_a_national_side_keeps_its_subject_as_the_winner():
    text = "Сборная Бразилии обыграла сборную Италии."
    assert found(text, "SportsMatch") == [("Actual", frozenset({"Бразилия"}),
                                           frozenset({"Италия"}))]


# ---- the one chosen, hung under the instrumental predicate ----------------------------------


def test_a_party_electing_a_man_its_leader_elects_him():
    text = "Партия избрала своим лидером Ивана Петрова."
    assert found(text, "Election") == [("Actual", frozenset({"Партия"}),
                                        frozenset({"Иван Петров"}))]


def test_a_governor_appointing_a_man_his_adviser_appoints_him():
    text = "Губернатор назначил своим советником Петра Сидорова."
    assert [t for _, _, t in found(text, "Appointment")] == [frozenset({"Пётр Сидоров"})]


def test_the_one_appointed_before_the_post_stays_the_one_appointed():
    # `заместителем Ивана Орлова`: Орлов owns the post, Сидоров takes it
    text = "Губернатор назначил Петра Сидорова заместителем Ивана Орлова."
    assert [t for _, _, t in found(text, "Appointment")] == [frozenset({"Пётр Сидоров"})]


# ---- `со стороны X` said on the verb the act noun is the subject of -------------------------


def test_criticism_voiced_from_a_mans_side_is_his_criticism():
    text = "Критика в адрес правительства прозвучала со стороны Ивана Петрова."
    assert [a for _, a, _ in found(text, "Accusation")] == [frozenset({"Иван Петров"})]


def test_accusations_that_followed_from_a_ministry_are_the_ministrys():
    text = "Новые обвинения последовали со стороны Министерства обороны России."
    assert [a for _, a, _ in found(text, "Accusation")] == [
        frozenset({"Министерство обороны России"})]


def test_an_attack_that_followed_from_a_country_is_that_countrys_attack():
    text = "Атака на Киев последовала со стороны России."
    assert found(text, "Attack") == [("Actual", frozenset({"Россия"}), frozenset({"Киев"}))]


def test_an_attack_from_the_side_of_an_unnamed_border_has_no_doer():
    text = "Атака на Киев последовала со стороны границы."
    assert found(text, "Attack") == [("Actual", frozenset(), frozenset({"Киев"}))]


# ---- a participle's doer carrying the preposition of the phrase the participle opens --------


def test_a_law_recently_passed_by_a_congress_after_a_preposition_is_the_congress_act():
    text = "Законопроект стал ответом на недавно принятый Конгрессом США закон о торговле."
    assert [a for _, a, _ in found(text, "LawAdoption")] == [frozenset({"Конгресс США"})]


def test_a_preposition_of_the_instrumental_itself_still_makes_it_no_doer():
    # `подписанном с X`: signed with X, not by X
    text = "Депутаты говорили об указе, подписанном с Владимиром Путиным."
    assert [a for _, a, _ in found(text, "LawAdoption")
            if a == frozenset({"Владимир Путин"})] == []


# ---- an object hung down the genitive chain of a prepositional phrase -----------------------


def test_the_brother_succeeded_at_the_head_of_state_post_takes_part():
    text = ("Фидель Кастро руководил Кубой полвека. Рауль Кастро в 2008 году сменил на посту "
            "главы государства своего больного брата Фиделя.")
    assert actors_of(text, "Appointment") == [frozenset({"Рауль Кастро", "Фидель Кастро"})]


def test_a_genitive_owner_down_the_chain_is_no_object():
    # `помощи министра X`: the minister's help was asked for, of no one in particular
    text = "Анна Орлова просила о помощи министра Петра Сидорова."
    assert actors_of(text, "Appeal") == [frozenset({"Анна Орлова"})]


# ---- the partner of a subject left unsaid --------------------------------------------------


def test_a_studio_founded_together_with_a_partner_by_an_unsaid_subject_is_both_of_theirs():
    text = ("Иван Петров родился в Москве. В 1993 году организовал студию «ШАР» совместно "
            "с Андреем Хржановским.")
    assert actors_of(text, "Founding") == [
        frozenset({"Иван Петров", "Андрей Хржановский", "ШАР"})]


def test_the_companion_of_an_unsaid_subjects_captive_goes_with_the_captive():
    # `задержал X вместе с Y`: Y is held with X, not a second captor
    text = ("Иван Петров родился в Москве. В 2001 году задержал Петра Сидорова вместе "
            "с Андреем Хржановским.")
    assert actors_of(text, "Arrest") == [frozenset({"Иван Петров", "Пётр Сидоров"})]
