"""False events corrected in the thirtieth round (docs/events.md): a solemn gathering, or one
held in someone's honour, is a Ceremony, not a Meeting, for every gathering noun as for `встреча`
(`торжественное собрание в честь юбилея`), while a gathering of a body's members stays a Meeting;
and an act someone is held to have done (`подозреваемый в совершении теракта`) took place, the
suspicion being about who did it, so it is one Actual act with the one the text tells as done,
while an act only prepared stays Possible."""

from __future__ import annotations

from event_helpers import described, facts_actors


def events(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(e.kind, e.actors) for e in described(text)]


def test_a_solemn_assembly_held_by_a_mayor_is_his_ceremony():
    assert events("Мэр Лиманска Олег Воронов провёл торжественное собрание в честь Дня "
                  "города.") == [("Ceremony", frozenset({"Олег Воронов"}))]


def test_a_solemn_sitting_in_honour_of_a_jubilee_is_no_meeting():
    assert events("Губернатор Олег Воронов выступил на торжественном заседании в честь юбилея "
                  "театра.") == [("Ceremony", frozenset({"Олег Воронов"}))]


def test_an_evening_in_someones_honour_has_him_as_participant():
    assert events("В Лиманске прошёл вечер в честь Ивана Петрова.") == [
        ("Ceremony", frozenset({"Иван Петров"}))]


def test_an_assembly_in_someones_honour_is_a_ceremony():
    assert [k for k, _ in events("В Лиманске прошло собрание в честь Ивана Петрова, "
                                 "организованное Олегом Вороновым.")] == ["Ceremony"]


def test_a_solemn_assembly_with_no_one_named_gives_no_meeting():
    assert "Meeting" not in [k for k, _ in events(
        "В Лиманске 4 мая состоялось торжественное собрание в честь 150-летия со дня рождения "
        "Ивана Петрова.")]


def test_a_shareholders_meeting_stays_a_meeting():
    assert events("Олег Воронов провёл собрание акционеров компании «Зимник».") == [
        ("Meeting", frozenset({"Олег Воронов"}))]


def test_a_governments_sitting_stays_a_meeting():
    assert [k for k, _ in events("Олег Воронов выступил на заседании правительства "
                                 "Лиманской области.")] == ["Meeting"]


# ---- an act someone is suspected of or charged with took place -------------------------------

def test_an_attack_whose_suspects_are_named_took_place():
    assert facts_actors("Названы имена двух подозреваемых в совершении теракта в Лиманске.",
                        "Attack") == [
        ("Actual", frozenset())]


def test_a_bombing_under_a_suspects_participle_is_actual_and_keeps_him():
    assert facts_actors("Олег Ветров, подозреваемый во взрыве на вокзале Самары, задержан в "
                        "Казани.", "Attack") == [("Actual", frozenset({"Олег Ветров"}))]


def test_a_suspected_attack_and_the_blast_told_after_it_are_one_attack():
    assert [f for f, _ in facts_actors("Полиция назвала имена двух подозреваемых в совершении "
                                       "теракта в аэропорту Лиманска. Как стало известно, "
                                       "полиция разыскивает двух человек, которые могут быть "
                                       "причастны к взрыву в аэропорту, который прогремел 24 "
                                       "января.", "Attack")] == ["Actual"]


def test_an_attack_a_suspect_only_prepared_stays_possible():
    assert facts_actors("Полиция ищет Ивана Петрова, подозреваемого в подготовке теракта в "
                        "Самаре.", "Attack") == [("Possible", frozenset())]


def test_a_killing_someone_is_suspected_of_by_a_finite_verb_took_place():
    # rev30: the active verb, as the participle and `подозревается в …`
    assert [e.factuality for e in described(
        "Бизнесмена Андрея Горелова подозревают в убийстве Олега Лунина.")
        if e.kind == "Killing"] == ["Actual"]


def test_a_killing_the_police_suspect_in_a_clause_stays_a_guess():
    assert [e.factuality for e in described(
        "Полиция подозревает, что Андрей Горелов убил Олега Лунина.")
        if e.kind == "Killing"] == ["Possible"]
