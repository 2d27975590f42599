"""Actors a sentence gives without a subject of the trigger's own (docs/events.md, role codes):
a passive verb coordinated with an earlier verb shares its subject, a plural noun heading a list
of names stands for all of them, `по приказу X` names who ordered the act, and two mentions at
different years are two events."""

from __future__ import annotations

from event_helpers import described


def events(text: str) -> list[tuple[str, frozenset[str], frozenset[str], int | None]]:
    """(class, agent names, target names, year) of each event of the text."""
    return [(d.kind, d.agents, d.targets, d.year) for d in described(text)]


def test_a_coordinated_passive_shares_the_subject_of_the_first_verb():
    got = events("Полковник Иван Петров был задержан в 2010 году, а затем приговорён к шести "
                 "годам заключения.")
    assert ("Sentence", set(), {"Иван Петров"}, 2010) in got


def test_a_passive_after_an_active_verb_shares_its_subject():
    got = events("Бизнесмен Виктор Гусев вернулся в Россию и был арестован.")
    assert [(k, t) for k, _, t, _ in got if k == "Arrest"] == [("Arrest", {"Виктор Гусев"})]


def test_a_coordinated_passive_of_another_gender_borrows_nothing():
    got = events("Анна Белова задержала грабителя, а затем был отпущен на свободу.")
    assert not any(k == "ReleaseFromCustody" and "Анна Белова" in t for k, _, t, _ in got)


def test_a_plural_noun_before_a_list_of_names_stands_for_every_name():
    got = events("Депутаты Ольга Рыбина и Семён Валиев победили на выборах.")
    assert [(k, a | t) for k, a, t, _ in got] == [("Election", {"Ольга Рыбина", "Семён Валиев"})]


def test_who_ordered_an_arrest_is_its_agent():
    got = events("Журналист Олег Белов был арестован в Минске по приказу генерального прокурора "
                 "Андрея Шведа.")
    assert ("Arrest", {"Андрей Швед"}, {"Олег Белов"}, None) in got


def test_a_plural_possessive_of_an_order_names_the_body_that_ordered():
    got = events("Власти Белоруссии усилили давление на прессу: по их приказу был арестован "
                 "журналист Олег Белов.")
    assert ("Arrest", {"Белоруссия"}, {"Олег Белов"}, None) in got


def test_a_body_that_decided_a_release_is_its_agent():
    got = events("По решению Верховного суда Белоруссии Олег Белов был освобождён.")
    assert [(k, a) for k, a, _, _ in got] == [("ReleaseFromCustody", {"Верховный суд Белоруссии"})]


def test_an_own_subject_wins_over_who_ordered():
    got = events("Полиция Франции задержала Олега Белова по запросу властей Испании.")
    assert [(k, a) for k, a, _, _ in got] == [("Arrest", {"Франция"})]


def test_the_same_act_in_two_different_years_is_two_events():
    got = events("Иван Петров был задержан в 2010 году. В 2013 году Петров был снова задержан.")
    assert sorted(y for k, _, _, y in got if k == "Arrest") == [2010, 2013]


def others(text: str) -> list[tuple[str, frozenset[str]]]:
    """(class, other participant names) of each event of the text."""
    return [(d.kind, d.others) for d in described(text)]


def test_the_body_of_a_post_takes_part_in_the_appointment():
    assert others("Томас Бергер был назначен исполнительным директором ФИФА.") == [
        ("Appointment", {"ФИФА"})]


def test_the_body_someone_is_expelled_from_takes_part_in_the_resignation():
    assert others("Ричарда Олбрайта исключили из Союза журналистов России.") == [
        ("Resignation", {"Союз журналистов России"})]


def test_the_country_of_a_post_takes_part():
    # tests/gold-nerel/README.md: `стал 43-м президентом США` is an Appointment with the country
    # as other participant (the post's body, as an organisation's is; act31)
    assert others("Сергей Лавров назначен министром иностранных дел России.") == [
        ("Appointment", {"Россия"})]


def test_who_takes_part_in_an_election_takes_part_in_it():
    assert others("Анна Белова приняла участие в выборах в парламент Эстонии.") == [
        ("Election", {"Анна Белова"})]


def test_a_year_after_an_event_noun_names_no_owner_of_it():
    got = others("Изабель Мартинес родилась в Буэнос-Айресе. Она участвовала в президентских "
                  "выборах 2011 года.")
    assert ("Election", {"Изабель Мартинес"}) in got


def test_the_party_a_deputy_is_elected_from_is_no_body_of_the_post():
    got = others("Григорий Лапшин избран депутатом Омского городского совета от партии «Яблоко».")
    assert got == [("Election", {"Омский городской совет"})]


def test_a_title_ending_with_an_uninflected_name_names_that_person():
    got = events("Вчера в Париже умер последний король Ботсваны Мотсе III.")
    assert [(k, t) for k, _, t, _ in got] == [("Death", {"Мотсе III"})]


def test_an_uninflected_name_after_a_kinship_noun_is_not_that_relative():
    got = events("Мотсе III родился в Ботсване. В Париже умерла жена Мотсе III.")
    assert not any(k == "Death" and "Мотсе III" in t for k, _, t, _ in got)


def test_of_stacked_subjects_the_one_that_names_someone_is_the_subject():
    got = events("В аварии погиб ехавший в автобусе житель Омска водитель маршрута сибиряк "
                 "Пётр Орлов.")
    assert [(k, t) for k, _, t, _ in got] == [("Death", {"Пётр Орлов"})]


BIOGRAPHY = ("Князь Альберт III родился в 1941 году. В 1961 году князь Альберт III отверг новую "
             "конституцию.\n\nВ 1965 году пытался вернуться на трон.\n\nВ 1970-х годах жил в "
             "Португалии.\n\nВ 1990 году переехал в Канаду.\n\nЧасто давал "
             "интервью.\n\nТакже писал мемуары.\n\nОсновал Фонд Князя Альберта III в "
             "Лиссабоне.")


def test_a_long_chain_of_sentences_without_a_subject_keeps_its_person():
    got = events(BIOGRAPHY)
    assert [a for k, a, _, _ in got if k == "Founding"] == [{"Альберт III"}]


def test_a_chain_broken_by_a_sentence_with_a_subject_of_its_own_ends_there():
    text = BIOGRAPHY.replace("Часто давал интервью.", "Его брат часто давал интервью.")
    got = events(text)
    assert [a for k, a, _, _ in got if k == "Founding"] == [set()]


def test_a_person_word_whose_apposition_chains_a_body_and_a_name_is_the_named_person():
    # the parse hangs `МХАТа Аркадий Зотов` as one apposition of `артист`
    got = events("В субботу в одной из больниц Вены на 70-м году жизни скончался артист "
                 "МХАТа Аркадий Зотов.")
    assert [(k, t) for k, _, t, _ in got] == [("Death", {"Аркадий Зотов"})]
