"""Participants the twenty-seventh round reads (docs/events.md, "Actors the trigger's own words
do not give"): a coordinated verb whose head in the parse is of another gender takes the subject
of the earlier verb that agrees with it; a shot at a part of a person (`в спину`) named in the
dative is aimed at that person."""

from __future__ import annotations

from event_helpers import found


def test_a_coordinated_verb_hung_on_a_verb_of_another_gender_takes_the_agreeing_verbs_subject():
    got = found("Пьер Ламбер пропустил решающую игру. Если бы Франция вышла в финал чемпионата, "
                "а не проиграла сборной Бельгии по пенальти, то он бы принял участие в матче.",
                "SportsMatch")
    assert ("Negated", frozenset({"Бельгия"}), frozenset({"Франция"})) in got
    assert not any("Пьер Ламбер" in targets for _, _, targets in got)


def test_a_coordinated_verb_after_a_copula_takes_the_subject_of_the_copulas_predicate():
    got = found("Олег Рябов был директором завода с 2001 по 2015 год и подал в отставку после "
                "того, как прокуратура попросила губернатора его уволить.", "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Олег Рябов"})]


def test_a_shot_at_a_part_of_a_person_named_in_the_dative_is_aimed_at_that_person():
    got = found("Иван Белов стрелял в голову Олегу Рябову.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset({"Олег Рябов"})]


def test_a_part_of_a_person_no_one_owns_names_no_target():
    got = found("Иван Белов выстрелил в голову охраннику.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset()]


# ---- review (rev27b): sentences written for the review ----------------------------------------


def test_a_coordinated_verb_hung_on_a_copulas_predicate_reads_the_copulas_gender():
    # `против` carries the masculine copula `был`: the parse hung `подала` on it, not on the
    # feminine verb before, which agrees with it
    got = found("Сергей Орлов был против, а Мария Котова воздержалась и подала в отставку.",
                "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Мария Котова"})]


def test_a_coordinated_verb_after_a_clause_of_a_man_keeps_the_womans_subject():
    got = found("Иван Петров не был на встрече, а Анна Смирнова проголосовала против и ушла в "
                "отставку.", "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Анна Смирнова"})]


def test_a_coordinated_verb_after_a_copula_of_its_own_gender_takes_that_subject():
    got = found("Игорь Власов был мэром Твери десять лет и ушёл в отставку после того, как "
                "губернатор Анна Петрова раскритиковала его.", "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Игорь Власов"})]


def test_clauses_of_a_woman_and_a_man_joined_by_a_keep_their_own_subjects():
    got = found("Министр финансов Анна Петрова подписала указ, а её заместитель Олег Сидоров "
                "подал в отставку.", "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Олег Сидоров"})]


def test_a_shot_at_a_part_of_a_guard_of_a_named_person_is_not_aimed_at_that_person():
    # `Игоря Власова`, a genitive, is whose guard it was: an apposition would be a dative
    got = found("Олег Сидоров выстрелил в колено охраннику Игоря Власова.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset()]


def test_a_shot_at_a_part_of_a_person_named_in_a_dative_apposition_is_aimed_at_that_person():
    got = found("Мария Иванова выстрелила в спину мужу Ивану Петрову.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset({"Иван Петров"})]


def test_an_idea_coming_into_a_persons_head_is_no_attack():
    assert found("Ивану Петрову пришло в голову подать в отставку.", "Attack") == []


def test_a_coordinated_verb_hung_in_a_reported_clause_takes_the_reporters_subject():
    # `подала` hangs on `арестован` in the parse: past the clause she learnt of, her own verb
    got = found("Мария Котова узнала, что её сын был арестован, и подала в отставку.",
                "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Мария Котова"})]


def test_a_man_who_resigned_after_telling_of_a_womans_leaving_is_the_one_who_resigned():
    got = found("Олег Сидоров сказал, что Анна Петрова уволилась, и тоже ушёл в отставку.",
                "Resignation")
    # `уволилась` has a line since the thirty-third round (noline33): her quitting is her own
    # Resignation, his `ушёл в отставку` stays his
    assert [targets for _, _, targets in got] == [frozenset({"Анна Петрова"}),
                                                 frozenset({"Олег Сидоров"})]
