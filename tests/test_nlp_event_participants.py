"""Participants of events that the trigger does not govern itself (docs/events.md, role codes
`gov` and `govpost`): a noun that frames its clause takes the clause's subject, a name ending a
title phrase, partners on the host verb; and the classes and lines added for general news
(release from custody, investigation, verdicts, hospitalisation, becoming a parent or taking a
post)."""

from __future__ import annotations

from event_helpers import described, extract


def events(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names, other names, factuality)."""
    return [(d.kind, d.agents, d.targets, d.others, d.factuality) for d in described(text)]


def of_class(text: str, kind: str) -> list[tuple]:
    return [e for e in events(text) if e[0] == kind]


def test_a_visit_framing_its_clause_is_made_by_the_clause_subject():
    (visit,) = of_class("Во время визита в Пекин Владимир Путин встретился с бизнесменами.",
                        "Visit")
    assert visit[1] == {"Владимир Путин"}


def test_a_death_framing_its_clause_is_the_clause_subject_s():
    (death,) = of_class("Незадолго до смерти Борис Петров написал письмо другу.", "Death")
    assert death[2] == {"Борис Петров"}


def test_a_death_with_a_named_owner_does_not_take_the_clause_subject():
    (death,) = of_class("После смерти Анны Ивановой Борис Петров переехал в Казань.", "Death")
    assert death[2] == {"Анна Иванова"}


def test_talks_framing_a_proposal_took_place_with_both_sides():
    (talks,) = of_class("В ходе переговоров с Эммануэлем Макроном Ангела Меркель предложила "
                        "новый план.", "Negotiation")
    assert talks[1] | talks[2] == {"Ангела Меркель", "Эммануэль Макрон"}
    assert talks[4] == "Actual"


def test_talks_called_for_are_not_framed_by_the_caller():
    talks = of_class("Владимир Путин призвал к переговорам с Украиной.", "Negotiation")
    assert not any("Владимир Путин" in t[1] and t[4] == "Actual" for t in talks)


def test_ones_own_resignation_is_the_subject_s():
    (res,) = of_class("Иван Сидоров объявил о своей отставке.", "Resignation")
    assert res[2] == {"Иван Сидоров"}


def test_a_candidate_winning_an_election_for_a_post_takes_part_in_it():
    (vote,) = of_class("Хиллари Клинтон будет участвовать в президентских выборах.", "Election")
    assert vote[3] == {"Хиллари Клинтон"}


def test_an_arrest_of_unnamed_people_by_a_named_police_is_an_event():
    (arrest,) = of_class("Полиция Бельгии арестовала двух человек.", "Arrest")
    assert arrest[1] == {"Бельгия"}


def test_a_court_releasing_someone_is_a_release_from_custody():
    (rel,) = of_class("Суд освободил Дмитрия Фомина из-под стражи.", "ReleaseFromCustody")
    assert rel[2] == {"Дмитрий Фомин"}


def test_released_from_a_post_stays_a_resignation():
    kinds = {e[0] for e in events("Иван Петров освобождён от должности министра.")}
    assert "Resignation" in kinds and "ReleaseFromCustody" not in kinds


def test_an_investigation_begun_by_a_named_body_is_an_investigation():
    (inv,) = of_class("Полиция Франции начала расследование.", "Investigation")
    assert inv[1] == {"Франция"}


def test_a_verdict_passed_names_the_convicted_in_the_dative_of_its_object():
    (verdict,) = of_class("Городской суд Казани вынес приговор Олегу Сидорову.", "Sentence")
    assert verdict[2] == {"Олег Сидоров"}


def test_taken_to_hospital_is_an_injury():
    (inj,) = of_class("Актёра Игоря Белова доставили в больницу.", "Injury")
    assert inj[2] == {"Игорь Белов"}


def test_becoming_a_father_is_a_birth():
    assert of_class("Певец Олег Белов стал отцом.", "Birth")[0][1] == {"Олег Белов"}


def test_a_subject_is_no_context_of_its_verb():
    assert not of_class("Отец Анны Беловой стал знаменитым.", "Birth")


def test_talks_held_as_a_principle_are_no_frame_of_the_clause():
    talks = of_class("Соединённые Штаты придерживаются этого принципа в переговорах с Россией.",
                     "Negotiation")
    assert not any(t[1] for t in talks)


def test_a_match_played_with_a_named_side_on_its_host_verb():
    (match,) = of_class("Следующий матч сборная Японии сыграет с Сенегалом 24 июня.", "SportsMatch")
    assert match[1] == {"Япония"} and len(match[2]) == 1


def test_a_name_ending_a_title_phrase_is_its_person():
    (death,) = of_class("Умер последний король Руанды Кигели Пятый.", "Death")
    assert death[2] == {"Кигели Пятый"}


def test_a_genitive_name_inside_a_subject_is_not_the_subject():
    births = of_class("Жена Ивана Петрова родила сына.", "Birth")
    assert not any("Иван Петров" in b[1] for b in births)


def test_a_repeated_context_noun_is_a_mention_of_the_same_event():
    # (told once more, not "снова": an act said to happen again is a second event)
    x = extract("Министр Иван Петров отправлен в отставку. Как сообщается, Иван Петров "
                "отправлен в отставку из-за болезни.")
    (res,) = [ev for ev in x.events if ev.kind == "Resignation"]
    assert [m.text for m in res.mentions].count("отставку") == 2


def test_a_subject_compared_with_as_is_not_a_participant():
    (death,) = of_class("Пётр Седов, как и Иван Белов, незадолго до смерти написал книгу.", "Death")
    assert death[2] == {"Пётр Седов"}


def test_a_two_word_preposition_is_matched_as_written():
    (trial,) = of_class("В отношении Алмаза Закирова возбуждено уголовное дело.", "Trial")
    assert trial[2] == {"Алмаз Закиров"}


def test_a_name_ending_an_oblique_title_phrase_is_its_person():
    (res,) = of_class("Кремль объявил об увольнении начальника управления по борьбе с "
                      "экстремизмом Юрия Девяткина.", "Resignation")
    assert res[2] == {"Юрий Девяткин"}


def test_winners_of_primaries_are_elected():
    (vote,) = of_class("Сенатор Джон Маккейн победил на праймериз.", "Election")
    assert vote[2] == {"Джон Маккейн"}


def test_the_agent_of_a_passive_tagged_obl_agent_is_found():
    (law,) = of_class("Закон одобрен Советом Федерации 1 декабря.", "LawAdoption")
    assert law[1] == {"Совет Федерации"}


def test_a_lone_accusative_subject_of_an_impersonal_verb_is_its_object():
    (res,) = of_class("Харви Вайнштейна навсегда исключили из Гильдии продюсеров Америки.",
                      "Resignation")
    assert res[2] == {"Харви Вайнштейн"} and not res[1]


def test_surgery_undergone_is_an_actual_injury_not_a_postponement():
    (inj,) = of_class("Король Марокко Мухаммед Шестой перенёс операцию на сердце.", "Injury")
    assert inj[2] == {"Мухаммед Шестой"} and inj[4] == "Actual"


def test_who_died_in_a_crash_was_in_it():
    (crash,) = of_class("Вице-губернатор Николай Доронин погиб в ДТП.", "Accident")
    assert crash[2] == {"Николай Доронин"}


def test_the_actor_of_an_event_s_beginning_is_the_clause_subject():
    (inv,) = of_class("Полиция Великобритании объявила о начале расследования.", "Investigation")
    assert inv[1] == {"Великобритания"}


def test_holding_an_event_called_for_is_no_frame_of_the_caller():
    talks = of_class("Иван Петров призвал к проведению переговоров с Олегом Сидоровым.",
                     "Negotiation")
    assert not any(t[4] == "Actual" for t in talks)


def test_the_winner_of_a_tournament_takes_part_in_it():
    (match,) = of_class("Победителем турнира рапиристов стал итальянец Даниэле Гароццо.",
                        "SportsMatch")
    assert match[3] == {"Даниэле Гароццо"}


def test_the_beginning_of_an_event_as_a_time_gives_it_no_actor():
    protests = of_class("После начала протестов в Тбилиси Министерство внутренних дел начало "
                        "проверку.", "Protest")
    assert not any(p[1] or p[2] or p[3] for p in protests)


def test_a_hospital_where_someone_died_is_no_participant_of_the_death():
    (death,) = of_class("Актёр Владимир Зельдин скончался в НИИ имени Склифосовского.", "Death")
    assert death[3] == set()


def test_who_lost_an_election_to_whom_are_both_in_it_the_winner_elected():
    assert events("На президентских выборах 1976 года Анна Ривас проиграла Олегу Зуеву.") == [
        ("Election", set(), {"Олег Зуев"}, {"Анна Ривас"}, "Actual")]


def test_who_beat_whom_at_an_election_are_both_in_it_the_winner_elected():
    assert events("На выборах мэра Самары Анна Ривас победила Олега Зуева.") == [
        ("Election", set(), {"Анна Ривас"}, {"Олег Зуев"}, "Actual")]
