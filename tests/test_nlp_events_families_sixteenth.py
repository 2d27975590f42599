"""Families of acts added in the sixteenth round (kg/data/ru/triggers.tsv, the group "sixteenth
round"): the European club cups by name, violence nouns and verbs, medical treatment and
admission to hospital, a fugitive caught, a fine, a removal from a post. Sentences invented for the
tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# the European club cups: a tournament, as `турнир`

def test_the_champions_league_won_is_a_sports_match():
    assert readings("В 2019 году «Заря» выиграла Лигу чемпионов.") == [
        ("SportsMatch", "Actual", frozenset({"Заря"}))]


def test_the_europa_league_qualified_for_is_a_sports_match():
    assert kinds("В прошлом году «Заря» пробилась в Лигу Европы.") == ["SportsMatch"]


def test_a_league_that_is_a_body_is_no_event():
    assert kinds("Пресс-служба Национальной футбольной лиги сообщила о новом сезоне.") == []


# violence

def test_a_beating_by_the_police_is_an_attack():
    assert readings("Полиция устроила избиение демонстрантов в Минске.") == [
        ("Attack", "Actual", frozenset({"Полиция"}))]


def test_a_siege_of_a_town_is_an_attack_on_it():
    assert readings("Осада Мариуполя продолжалась месяц.") == [
        ("Attack", "Actual", frozenset({"Мариуполь"}))]


def test_a_clash_between_two_named_sides_is_an_attack():
    assert readings("Стычка между Петровым и Ивановым произошла в Омске.") == [
        ("Attack", "Actual", frozenset({"Петров", "Иванов"}))]


def test_arsons_committed_by_a_named_man_are_an_attack():
    assert readings("Позже Олег Кравец совершил несколько поджогов.") == [
        ("Attack", "Actual", frozenset({"Олег Кравец"}))]


def test_a_named_climber_storming_a_summit_is_no_attack():
    assert kinds("Альпинист Олег Белов штурмовал вершину Эльбруса.") == []


def test_a_song_storming_the_charts_is_no_attack():
    assert kinds("Песня Олега Белова штурмует чарты.") == []

def test_a_rally_dispersed_by_the_police_is_an_attack():
    assert kinds("Полиция Минска провела разгон митинга на площади.") == ["Attack"]


def test_a_dispersal_of_clouds_is_no_event():
    assert kinds("Власти Москвы заказали разгон облаков над городом.") == []


# treatment and hospital

def test_admitted_to_hospital_is_an_injury_of_the_patient():
    assert readings("Актёр Олег Зимин поступил в больницу с инфарктом.") == [
        ("Injury", "Actual", frozenset({"Олег Зимин"}))]


def test_admitted_to_a_university_is_no_event():
    assert kinds("Олег Зимин поступил в университет в Томске.") == []


def test_sent_to_hospital_is_an_injury():
    assert readings("Депутата Андрея Мухина отправили в больницу.") == [
        ("Injury", "Actual", frozenset({"Андрей Мухин"}))]


def test_an_organ_transplanted_is_an_injury_of_the_patient():
    assert readings("Марине Орловой пересадили почку.") == [
        ("Injury", "Actual", frozenset({"Марина Орлова"}))]


def test_chemotherapy_of_a_named_patient_is_an_injury():
    assert readings("Курс химиотерапии Ивана Лосева завершился.") == [
        ("Injury", "Actual", frozenset({"Иван Лосев"}))]


# legal outcomes, removal from a post

def test_the_capture_of_a_fugitive_is_an_arrest():
    # the class and the one caught; an operation going on is for the capture, which is therefore
    # Planned (tests/test_nlp_event_factuality_twentyeighth.py)
    assert [(k, a) for k, _, a in readings("В Бостоне идёт операция по поимке Павла "
                                           "Дроздова.")] == [
        ("Arrest", frozenset({"Павел Дроздов"}))]


def test_a_fine_imposed_is_a_sentence():
    assert readings("Суд оштрафовал блогера Игоря Ветрова на 10 тысяч рублей.") == [
        ("Sentence", "Actual", frozenset({"Игорь Ветров"}))]


def test_removed_from_a_post_is_a_resignation():
    text = "Совет директоров сместил Олега Панова с поста главы компании."
    assert [k for k, _, _ in readings(text)] == ["Resignation"]


def test_leaving_by_ones_own_wish_is_a_resignation():
    assert readings("Министр Олег Белов ушёл по собственному желанию.") == [
        ("Resignation", "Actual", frozenset({"Олег Белов"}))]


def test_leaving_home_by_ones_wish_is_no_resignation():
    assert kinds("Олег Белов ушёл из дома по своему желанию в субботу.") == []


def test_ending_ones_own_term_early_is_a_resignation():
    assert readings("Губернатор Олег Белов досрочно прекратил свои полномочия.") == [
        ("Resignation", "Actual", frozenset({"Олег Белов"}))]


def test_in_the_dock_is_a_trial_of_the_accused():
    assert readings("Бывший мэр Твери Олег Белов оказался на скамье подсудимых.") == [
        ("Trial", "Actual", frozenset({"Олег Белов"}))]


def test_sitting_down_on_a_park_bench_is_no_trial():
    assert kinds("Олег Белов сел на скамейку в парке.") == []


# review: the senses of the treatment and hospital lines that are no injury

def test_taking_a_job_at_a_hospital_is_no_injury():
    assert kinds("Олег Зимин поступил на работу в больницу в Томске.") == []


def test_joining_the_staff_of_a_military_hospital_is_no_injury():
    assert kinds("Хирург Анна Лосева поступила на службу в военный госпиталь.") == []


def test_a_passenger_moved_to_another_carriage_is_no_injury():
    assert kinds("После ссоры Павел Дроздов был пересажен в другой вагон.") == []


def test_a_heart_transplanted_by_the_passive_is_still_an_injury():
    assert readings("Ивану Лосеву было пересажено сердце.") == [
        ("Injury", "Actual", frozenset({"Иван Лосев"}))]


def test_buyers_or_school_leavers_storming_a_shop_or_a_university_is_no_attack():
    assert kinds("Абитуриенты штурмуют МГУ в надежде на бюджетные места.") == []
    assert kinds("Покупатели штурмовали магазин «Ромашка» в Химках.") == []
