"""Families of acts added in the tenth round (kg/data/ru/triggers.tsv, the group "tenth round"):
a person hit by a vehicle, an aircraft shot down, a device that blew up, being put on the wanted
list, services for the dead and a minute of silence, a revolution. Sentences invented for the
tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# a person hit by a vehicle: an accident of whoever was hit, the driver taking part

def test_a_pedestrian_hit_by_a_car_is_an_accident_of_the_pedestrian():
    assert readings("В Твери автомобиль депутата Олега Зимина сбил пенсионерку Анну Белову.") == [
        ("Accident", "Actual", frozenset({"Анна Белова"}))]


def test_the_driver_who_hit_someone_takes_part_in_the_accident():
    assert readings("Водитель Глеб Карпов сбил на переходе велосипедиста Илью Горского.") == [
        ("Accident", "Actual", frozenset({"Глеб Карпов", "Илья Горский"}))]


def test_hit_by_a_car_in_the_passive():
    assert readings("Вечером 3 марта в Омске был сбит автомобилем актёр Пётр Соколов.") == [
        ("Accident", "Actual", frozenset({"Пётр Соколов"}))]


def test_an_aircraft_shot_down_is_an_attack():
    assert [k for k, _, _ in readings("Ночью над Донецком военные сбили вертолёт компании "
                                      "«Авиастар».")] == ["Attack"]


def test_prices_or_a_fever_brought_down_are_no_event():
    assert kinds("Слухи сбили цену акций «Авиастара» в Твери.") == []
    assert kinds("Хирург Глеб Карпов сбил температуру у пациента в Твери.") == []


# a device that blew up: an attack, as `взрыв`; gas that blew up: an accident

def test_a_bomb_that_blew_up_is_an_attack():
    assert kinds("Бомба взорвалась у входа в метро в Твери 5 мая.") == ["Attack"]


def test_gas_that_blew_up_is_an_accident():
    assert kinds("В Омске взорвался газ.") == ["Accident"]
    assert kinds("В Омске в жилом доме взорвался газовый баллон, сообщило МЧС России.") == [
        "Accident"]


def test_a_device_blowing_up_with_no_place_or_time_is_no_event():
    assert kinds("Устройство взорвалось.") == []


# put on the wanted list: an investigation of whom is wanted

def test_put_on_the_wanted_list_by_investigators():
    assert readings("Следственный комитет объявил в розыск бизнесмена Олега Зимина.") == [
        ("Investigation", "Actual", frozenset({"Олег Зимин", "Следственный комитет"}))]


def test_put_on_the_wanted_list_in_the_passive():
    assert readings("Бизнесмен Олег Зимин объявлен в международный розыск.") == [
        ("Investigation", "Actual", frozenset({"Олег Зимин"}))]


def test_a_wanted_list_with_no_one_named_makes_no_event():
    assert kinds("Трое угонщиков из Твери объявлены в розыск.") == []


# services for the dead and a minute of silence

def test_a_memorial_service_held_by_a_priest():
    assert readings("Митрополит Глеб отслужил панихиду по погибшим в Твери.") == [
        ("Ceremony", "Actual", frozenset({"Глеб"}))]
    assert readings("Митрополит Глеб отслужил молебен у памятника в Твери.") == [
        ("Ceremony", "Actual", frozenset({"Глеб"}))]


def test_a_funeral_service_planned_at_a_place():
    assert [(k, f) for k, f, _ in readings("Отпевание актёра Петра Соколова состоится в храме "
                                           "Святой Анны в Омске.")] == [("Ceremony", "Planned")]


def test_a_minute_of_silence_held_at_a_time_and_place():
    assert kinds("5 мая в Твери прошла минута молчания.") == ["Ceremony"]


def test_a_minute_without_silence_is_no_ceremony():
    assert kinds("5 мая в Твери прошла минута славы Ильи Горского.") == []


# a revolution: an uprising, of whoever led or took part in it

def test_a_leader_of_a_revolution_took_part_in_it():
    assert ("Protest", "Actual", frozenset({"Илья Горский"})) in readings("В Твери умер лидер "
                                                                          "боливарской революции "
                                                                          "Илья Горский.")


def test_a_revolution_organised_by_a_group():
    assert kinds("Партия «Рассвет» организовала революцию в Боливаре.") == ["Protest"]


def test_a_revolution_with_no_one_named_makes_no_event():
    assert kinds("Революция в Боливаре началась 5 мая 1910 года.") == []
