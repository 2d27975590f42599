"""Review of the twenty-second round's conflict, crime and justice events (docs/quality.md): a
gathering noun is what it gathers (`партию сигарет`, `часть заложников`) or the body it names
(`партию «Вектор»`); a street or square named by a genitive is no place in it (`на площади
Ленина`); a capital and another country set two mentions apart; a foiling that failed as a
subject (`предотвратить … не удалось`); `открыть стрельбу` only with the shooting as its object.
Each rule has a sentence where it must fire and one where it must not. Sentences invented for
the tests."""

from __future__ import annotations

from event_helpers import kinds, places
from event_helpers import readings as found

# a gathering noun stands for what its genitive names, or for the body it names

def test_a_batch_of_cigarettes_detained_is_no_arrest():
    assert kinds("Таможенники задержали партию сигарет на границе.") == []


def test_part_of_a_cargo_detained_is_no_arrest():
    assert kinds("Полиция задержала часть груза в Омске.") == []


def test_most_of_the_territories_freed_is_no_release():
    assert kinds("Армия освободила большинство территорий Херсонской области.") == []


def test_a_column_of_lorries_shot_is_no_killing():
    assert "Killing" not in kinds("Боевики расстреляли колонну грузовиков под Донецком.")


def test_a_party_wound_up_is_no_killing():
    assert kinds("Минюст ликвидировал партию «Вектор».") == []


def test_part_of_the_hostages_freed_is_a_release():
    assert places("Военные освободили часть заложников в Омске.", "ReleaseFromCustody") == ["Омск"]


def test_a_group_of_activists_detained_is_an_arrest():
    assert found("Полиция задержала группу активистов «Яблока» в Омске.") == [
        ("Arrest", "Actual", frozenset({"Полиция"}))]


def test_a_group_alone_detained_is_an_arrest():
    assert places("Полиция задержала группу в Омске.", "Arrest") == ["Омск"]


def test_a_gang_named_by_its_leader_eliminated_is_a_killing():
    assert found("Спецназ ликвидировал банду Олега Кравцова.") == [
        ("Killing", "Actual", frozenset({"Олег Кравцов"}))]


# a street or a square named by its genitive is no place it lies in

def test_a_rally_on_a_square_named_for_a_person_takes_no_place_from_the_name():
    assert places("Митинг прошёл на площади Ленина.", "Protest") in ([], [None])


def test_a_rally_on_a_named_square_of_a_city_is_placed_in_the_city():
    assert places("Митинг прошёл на площади Независимости в Киеве.", "Protest") == ["Киев"]


def test_the_streets_of_a_city_still_give_the_city():
    assert places("Протестующие вышли на улицы Тбилиси.", "Protest") == ["Тбилиси"]


# a country and the capital of another are two places, not one in the other

def test_arrests_in_a_capital_and_in_another_country_are_two():
    assert places("В Москве задержали Олега Кравцова. Во Франции задержали Олега Кравцова.",
                  "Arrest") == ["Москва", "Франция"]


def test_arrests_in_a_country_and_in_its_capital_are_one():
    assert places("В Великобритании задержали Олега Кравцова. Его задержали в Лондоне.",
                  "Arrest") == ["Великобритания"]


# a foiling that failed, its infinitive the subject of `не удалось`

def test_a_killing_that_could_not_be_foiled_happened():
    assert found("Предотвратить убийство Олега Кравцова не удалось.") == [
        ("Killing", "Actual", frozenset({"Олег Кравцов"}))]


def test_an_attack_foiled_is_negated():
    assert [(k, f) for k, f, _ in found("Полиции удалось предотвратить теракт в Москве.")] == [
        ("Attack", "Negated")]


# opening fire: the shooting must be what is opened

def test_opening_fire_on_people_is_an_attack():
    assert found("Олег Кравцов открыл стрельбу по полицейским.") == [
        ("Attack", "Actual", frozenset({"Олег Кравцов"}))]


def test_opening_a_season_of_archery_is_no_attack():
    assert "Attack" not in kinds("Олег Кравцов открыл сезон стрельбы из лука.")


def test_shooting_opened_in_a_school_keeps_its_place():
    assert places("Вооружённый мужчина открыл стрельбу в школе в Казани.", "Attack") == ["Казань"]


# handing a person over is an extradition only between states or bodies

# (twenty-ninth round: an extradition is no event at all, by the gold conventions,
# tests/gold-nerel/README.md: no class fits it)

def test_a_person_handed_over_by_a_country_to_another_is_no_event():
    assert kinds("Германия выдала Олега Кравцова России.") == []


def test_a_person_handed_over_to_a_country_in_the_passive_is_no_event():
    assert kinds("Олег Кравцов был выдан России.") == []


def test_a_person_given_away_by_neighbours_is_no_arrest():
    assert kinds("Олега Кравцова выдали соседи.") == []


def test_a_person_betrayed_to_the_police_by_a_person_is_no_arrest():
    assert kinds("Анна Лесина выдала Олега Кравцова полиции.") == []


def test_a_person_given_away_by_an_accent_is_no_arrest():
    assert kinds("Олега Кравцова выдал акцент.") == []


# a volley of words is no attack

def test_a_volley_of_criticism_is_no_attack():
    assert kinds("Олег Кравцов подвергся обстрелу критики.") == []


def test_attacked_with_questions_is_no_attack():
    assert kinds("Олега Кравцова атаковали вопросами журналисты.") == []


def test_a_shelling_suffered_in_a_city_is_an_attack():
    assert places("Олег Кравцов подвергся обстрелу в Донецке.", "Attack") == ["Донецк"]


# persons the tagger calls inanimate: `лицо`, and an object counted by an animate numeral

def test_a_group_of_persons_detained_is_an_arrest():
    assert places("Полиция задержала группу лиц в Омске.", "Arrest") == ["Омск"]


def test_three_persons_detained_are_an_arrest():
    assert places("Полиция задержала трёх лиц в Омске.", "Arrest") == ["Омск"]


def test_half_of_a_team_detained_is_an_arrest():
    assert places("Полиция задержала половину состава команды в Омске.", "Arrest") == ["Омск"]


def test_a_train_detained_is_no_arrest():
    assert kinds("Полиция задержала состав поезда в Омске.") == []


# an act done `не в знак протеста` is no protest

def test_a_resignation_denied_to_be_in_protest_is_no_protest():
    assert kinds("Олег Кравцов подал в отставку не в знак протеста, а по состоянию здоровья.") == [
        "Resignation"]


def test_a_resignation_in_protest_is_a_protest_too():
    assert sorted(kinds("Олег Кравцов подал в отставку в знак протеста.")) == [
        "Protest", "Resignation"]


# a verdict announced in a case stands for whom the case is against

def test_a_verdict_announced_in_a_persons_case_is_their_sentence():
    assert found("Суд огласил приговор по делу Олега Кравцова в Омске.") == [
        ("Sentence", "Actual", frozenset({"Олег Кравцов"}))]


# the genitive of a part of a place that names a person or a quoted body is no place

def test_an_arrest_in_a_centre_named_for_a_person_is_placed_in_the_city_after_it():
    assert places("Олег Кравцов был задержан в центре Сахарова в Москве.", "Arrest") == ["Москва"]


def test_an_arrest_in_a_building_of_a_quoted_body_takes_no_place_from_it():
    assert places("Олег Кравцов был задержан в здании «Газпрома».", "Arrest") in ([], [None])


def test_an_arrest_in_a_suburb_of_a_city_is_placed_in_the_city():
    assert places("Олег Кравцов был задержан в пригороде Парижа.", "Arrest") == ["Париж"]


# boundaries of the round's rules that hold

def test_members_of_a_body_arresting_act_for_it():
    assert found("Сотрудники ФСБ задержали Олега Кравцова.") == [
        ("Arrest", "Actual", frozenset({"ФСБ", "Олег Кравцов"}))]


def test_a_case_named_by_a_city_stands_for_no_one():
    assert kinds("Дело Москвы передано в суд.") == []


def test_a_case_against_a_body_sent_to_court_is_its_trial():
    assert found("Дело компании «Вектор» передано в суд.") == [
        ("Trial", "Actual", frozenset({"Вектор"}))]


def test_an_attack_not_foiled_happened():
    assert [(k, f) for k, f, _ in found("Полиция не предотвратила теракт в Омске.")] == [
        ("Attack", "Actual")]


def test_a_flight_held_up_is_no_arrest():
    assert kinds("Авиакомпания задержала рейс в Москву на три часа.") == []


def test_wages_held_up_are_no_arrest():
    assert kinds("Работодатель задержал зарплату на два месяца.") == []


def test_time_killed_is_no_killing():
    assert kinds("Мы просто убили время в аэропорту.") == []


def test_a_city_freed_is_no_release():
    assert kinds("Армия освободила город Херсон.") == []


def test_hostages_freed_are_a_release():
    assert places("Спецназ освободил заложников в Омске.", "ReleaseFromCustody") == ["Омск"]


def test_a_verdict_of_history_on_a_regime_is_no_sentence():
    assert kinds("История вынесла приговор режиму Асада.") == []


def test_property_arrested_is_no_arrest():
    assert kinds("Суд арестовал имущество Олега Кравцова.") == []


# freed from a tax is a relief

def test_people_freed_from_taxes_are_no_release():
    assert kinds("Власти освободили население от налогов.") == []


def test_a_person_freed_from_custody_is_a_release():
    assert found("Суд освободил Олега Кравцова из-под стражи.") == [
        ("ReleaseFromCustody", "Actual", frozenset({"Олег Кравцов"}))]
