"""Event recall on the own gold, fifteenth round (docs/events.md "The trigger lexicon"): wordings
whose class the gold reads otherwise than the lexicon did. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(d.kind, d.actors) for d in described(text)]


def test_a_meeting_in_someones_honour_is_a_celebration():
    found = kinds("Анна Белова на встрече в честь 20-летия журнала «Заря» в Омске")
    assert ("Ceremony", frozenset({"Анна Белова"})) in found
    assert "Meeting" not in [k for k, _ in found]


def test_a_plain_meeting_stays_a_meeting():
    found = kinds("Анна Белова провела встречу с Олегом Лебедевым в Омске.")
    assert "Meeting" in [k for k, _ in found]
    assert "Ceremony" not in [k for k, _ in found]


def test_leaving_ones_seat_on_a_board_is_a_resignation():
    found = described("Основатели компании «Ромашка» Иван Петров и Олег Лебедев покинули свои "
                      "места в совете директоров.")
    assert any(d.kind == "Resignation" and d.targets == {"Иван Петров", "Олег Лебедев"}
               for d in found)
    assert "Withdrawal" not in [d.kind for d in found]


def test_leaving_a_place_without_ones_own_seat_is_no_resignation():
    found = kinds("Водитель Олег Лебедев покинул место происшествия в Омске.")
    assert "Resignation" not in [k for k, _ in found]


def test_put_into_a_coma_is_an_injury_of_the_patient():
    found = kinds("Врачи погрузили Анну Белову в искусственную кому.")
    assert ("Injury", frozenset({"Анна Белова"})) in found


def test_a_coma_after_surgery_is_a_second_injury():
    found = kinds("Вечером Олега Лебедева прооперировали, а затем он был погружён в искусственную кому.")
    assert [k for k, who in found if who == {"Олег Лебедев"}].count("Injury") == 2


def test_who_tells_of_the_day_of_a_farewell_takes_no_part_in_it():
    found = described("Актёр Олег Лебедев скончался 5 мая в Омске.\n"
                      "Иван Петров, художественный руководитель театра «Заря», сообщил о дне "
                      "прощания с артистом.")
    farewell = [d for d in found if d.kind == "Ceremony"]
    assert farewell and farewell[0].others == {"Олег Лебедев"}
    assert "Иван Петров" not in farewell[0].actors


def test_a_farewell_that_dates_its_clause_still_takes_the_subject():
    found = described("В день прощания с Олегом Лебедевым Иван Петров выступил в театре «Заря».")
    assert any(d.kind == "Ceremony" and d.agents == {"Иван Петров"} for d in found)


def test_a_name_after_a_kin_noun_and_its_owner_is_the_kin_not_the_owner():
    # `дочери народного артиста Анны X`: Анна is the daughter; `артист` is still her father
    found = described("Вчера в Омске после долгой болезни умер народный артист России Олег "
                      "Лебедев.\n\nПо словам дочери народного артиста Анны Лебедевой, это случилось "
                      "ночью.\n\nИван Петров, художественный руководитель театра «Заря», сообщил о "
                      "дне прощания с артистом.")
    assert any(d.kind == "Ceremony" and d.others == {"Олег Лебедев"} for d in found)


def test_two_works_released_by_one_person_are_two_releases():
    found = kinds("Певец Иван Петров в 2016 году выпустил альбом «Ночь».\n"
                  "В молодости Петров занимался литературой. Затем опубликовал несколько "
                  "сборников поэзии.")
    assert [k for k, who in found if who == {"Иван Петров"}].count("Release") == 2


def test_one_work_told_twice_is_one_release():
    found = kinds("Олег Лебедев выпустил альбом «Луна» в 2010 году. Лебедев выпустил этот альбом "
                  "на своём лейбле.")
    assert [k for k, _ in found].count("Release") == 1


def test_a_day_before_an_arrest_still_dates_its_clause():
    # `за день до`: a time, not a phrase the verb aims at
    found = described("За день до задержания в Омске Олег Лебедев позвонил брату.")
    assert any(d.kind == "Arrest" and d.targets == {"Олег Лебедев"} for d in found)


def test_representatives_of_a_company_act_for_it():
    found = described("Представители компании «Восток» посетили Омск 5 мая.")
    assert any(d.kind == "Visit" and d.agents == {"Восток"} for d in found)


def test_representatives_of_a_person_are_not_that_person():
    found = described("Представители Ивана Петрова посетили Омск 5 мая.")
    assert not any("Иван Петров" in d.agents for d in found)


def test_a_court_hearing_a_case_is_a_trial_of_whom_it_is_about():
    found = described("Суд Омска рассмотрел дело Ивана Петрова 5 мая.")
    assert any(d.kind == "Trial" and d.agents == {"Суд Омска"} and d.targets == {"Иван Петров"}
               for d in found)


def test_a_court_hearing_a_motion_about_several_people_names_them_all():
    found = described("Суд Омска рассмотрел ходатайства следствия об аресте Ивана Петрова и "
                      "Олега Лебедева.")
    assert any(d.kind == "Trial" and {"Иван Петров", "Олег Лебедев"} <= d.targets for d in found)


def test_a_case_looked_at_by_someone_else_is_no_trial():
    found = described("Журналист Иван Петров рассмотрел фотографии из архива.")
    assert "Trial" not in [d.kind for d in found]
