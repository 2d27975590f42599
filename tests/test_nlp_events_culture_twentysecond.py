"""Culture, sport and life events as news of tours, premieres, titles and births tells them, with
their boundaries: a performer who `выступит в` a city, a tour's stops on several dates or in
several places, a concert tour, a title won, a work put on sale, a film genre shot, an act that
almost happened (`чуть не умер`) and an idea that `родилась у` someone. Sentences invented for
the tests (twenty-second round)."""

from __future__ import annotations

from event_helpers import extract


def events(text: str, kind: str) -> list[tuple[str, frozenset[str], str | None]]:
    """Factuality, actors and place of each event of one class in the text."""
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [(ev.factuality, frozenset(name[k] for k in (*ev.agents, *ev.targets, *ev.others)),
             name.get(ev.place) if ev.place else None) for ev in x.events if ev.kind == kind]


# a performer who `выступит в` a place

def test_a_performer_who_will_perform_in_a_city_performs_there():
    assert events("Квартет «Кедр» выступит в Самаре 3 мая.", "Performance") == [
        ("Planned", frozenset({"Кедр"}), "Самара")]


def test_a_speech_in_a_parliament_is_no_performance():
    assert events("Министр Игорь Седов выступил в Государственной думе.", "Performance") == []


def test_a_speech_given_in_a_city_is_no_performance():
    assert events("Посол Игорь Седов выступил в Лондоне с речью о торговле.", "Performance") == []


def test_speaking_up_for_someone_in_a_city_is_no_performance():
    assert events("Певица Ольга Руденко выступила в Казани в защиту коллеги.", "Performance") == []


def test_a_report_read_in_a_city_is_no_performance():
    assert events("Профессор Игорь Седов выступил в Томске с докладом.", "Performance") == []


def test_performing_in_a_role_is_no_performance():
    assert events("Игорь Седов выступил в роли ведущего.", "Performance") == []


# a tour's stops

def test_concerts_on_two_dates_in_two_cities_are_two_performances():
    got = events("Трио «Кедр» даст концерты в Твери 2 апреля и в Пскове 9 апреля.", "Performance")
    assert sorted(p for _, _, p in got) == ["Псков", "Тверь"]
    assert all(a == frozenset({"Кедр"}) and f == "Planned" for f, a, _ in got)


def test_a_performer_in_three_cities_on_three_dates_gives_three_performances():
    got = events("Группа «Маяк» выступит в Курске 4 мая, в Липецке 6 мая и в Брянске 8 мая.",
                 "Performance")
    assert sorted(p for _, _, p in got) == ["Брянск", "Курск", "Липецк"]


def test_concerts_in_two_joined_cities_are_two_performances():
    got = events("Концерты ансамбля «Ромашка» пройдут в Курске и Брянске.", "Performance")
    assert sorted(p for _, _, p in got) == ["Брянск", "Курск"]


def test_a_concert_in_one_city_is_one_performance():
    assert len(events("Концерт ансамбля «Ромашка» пройдёт в Курске 5 мая.", "Performance")) == 1


def test_a_visit_to_two_cities_is_not_split_as_a_tour():
    assert len(events("Министр Игорь Седов посетит Курск и Брянск.", "Visit")) <= 1


def test_a_festival_with_a_named_body_joined_is_not_split_by_it():
    got = events("Фестиваль «Ромашка» пройдёт в Курске и Брянской области.", "Performance")
    assert all(p is None or p in ("Курск", "Брянская область") for _, _, p in got)


# a concert tour, a song sung

def test_a_concert_tour_is_a_performance():
    assert events("Группа «Кедр» начала концертное турне по Сибири.", "Performance") == [
        ("Actual", frozenset({"Кедр"}), "Сибирь")]


def test_a_minister_s_tour_is_no_performance():
    assert events("Министр Игорь Седов совершил турне по странам Азии.", "Performance") == []


def test_a_singer_who_sang_in_a_city_performed():
    assert events("Певица Ольга Руденко спела в Казани.", "Performance") == [
        ("Actual", frozenset({"Ольга Руденко"}), "Казань")]


# a title won

def test_becoming_a_world_champion_is_a_sports_win():
    assert events("Лыжник Павел Рыбин стал чемпионом мира.", "SportsMatch") == [
        ("Actual", frozenset({"Павел Рыбин"}), None)]


def test_a_former_champion_who_becomes_a_coach_wins_nothing():
    assert events("Бывший чемпион мира Павел Рыбин стал тренером.", "SportsMatch") == []


def test_a_champion_who_becomes_a_deputy_wins_nothing():
    assert events("Олимпийский чемпион Павел Рыбин стал депутатом.", "SportsMatch") == []


def test_a_champion_who_did_not_become_one_again_wins_nothing_actual():
    assert all(f != "Actual" for f, _, _ in events(
        "Павел Рыбин не стал чемпионом мира.", "SportsMatch"))


# a work put on sale, a genre shot

def test_a_novel_put_on_sale_is_its_author_s_release():
    assert events("Новый роман Анны Гусевой поступил в продажу.", "Release") == [
        ("Actual", frozenset({"Анна Гусева"}), None)]


def test_a_flat_put_on_sale_is_no_release():
    assert events("Квартира Анны Гусевой поступила в продажу.", "Release") == []


def test_goods_put_on_sale_are_no_release():
    assert events("Билеты на матч поступили в продажу в понедельник.", "Release") == []


def test_a_comedy_shot_is_a_release():
    assert events("Режиссёр Андрей Лаптев снял комедию о студентах.", "Release") == [
        ("Actual", frozenset({"Андрей Лаптев"}), None)]


def test_a_comedy_taken_off_the_air_is_no_release():
    assert events("Телеканал «Заря» снял комедию с эфира.", "Release") == []


def test_a_drama_taken_off_the_screens_is_no_release():
    assert events("Министерство сняло драму Андрея Лаптева с проката.", "Release") == []


# an act that almost happened

def test_almost_dying_is_no_death():
    assert events("Альпинист Олег Крюков чуть не погиб в горах.", "Death") == []


def test_barely_escaping_death_is_no_death():
    assert events("Журналист Павел Лобов едва не умер от отравления.", "Death") == []


def test_a_death_denied_stays_negated():
    assert [f for f, _, _ in events("Альпинист Олег Крюков не погиб.", "Death")] == ["Negated"]


def test_barely_in_time_does_not_hide_a_death():
    assert [f for f, _, _ in events(
        "Олег Крюков скончался, едва успев вернуться домой.", "Death")] == ["Actual"]


# an idea born to someone

def test_an_idea_born_to_a_director_is_no_birth():
    assert events("У режиссёра Андрея Лаптева родилась идея нового фильма.", "Birth") == []


def test_a_plan_born_to_a_writer_is_no_birth():
    assert events("У Анны Гусевой родился замысел романа.", "Birth") == []


def test_twins_born_to_an_actress_are_a_birth():
    assert [a for _, a, _ in events("У актрисы Ольги Руденко родилась двойня.", "Birth")] == [
        frozenset({"Ольга Руденко"})]


def test_a_child_born_to_an_actress_is_a_birth():
    assert [a for _, a, _ in events("У Ольги Руденко родился ребёнок.", "Birth")] == [
        frozenset({"Ольга Руденко"})]


# a work's author: a premiere, a prize given to a work

def test_a_film_s_premiere_is_its_director_s_release():
    assert [a for _, a, _ in events("Премьера фильма Андрея Лаптева состоится в мае.",
                                    "Release")] == [frozenset({"Андрей Лаптев"})]


def test_the_writer_a_film_is_based_on_does_not_release_it():
    assert all("Анна Гусева" not in a for _, a, _ in events(
        "Премьера фильма по роману Анны Гусевой состоится в мае.", "Release"))


def test_the_city_of_a_premiere_does_not_release_it():
    assert all("Омск" not in a for _, a, _ in events(
        "Премьера фильма в Омске состоится в мае.", "Release"))


def test_a_prize_given_to_a_film_goes_to_its_director():
    assert [a for _, a, _ in events("Жюри присудило приз картине Андрея Лаптева.", "Award")] == [
        frozenset({"Андрей Лаптев"})]


def test_a_prize_given_to_a_film_about_someone_is_not_theirs():
    assert all("Юрий Гагарин" not in a for _, a, _ in events(
        "Жюри присудило приз картине о Юрии Гагарине.", "Award"))


# a show that opens, where it is on

def test_an_exhibition_that_will_open_in_a_city_is_a_planned_performance_there():
    assert events("Выставка Анны Гусевой откроется в Омске 5 мая.", "Performance") == [
        ("Planned", frozenset({"Анна Гусева"}), "Омск")]


def test_an_exhibition_that_opens_is_no_founding():
    assert events("Выставка Анны Гусевой открылась в Омске.", "Founding") == []


def test_a_museum_that_opens_is_still_a_founding():
    assert events("В Омске открылся музей «Сибирь».", "Performance") == []
    assert len(events("В Омске открылся музей «Сибирь».", "Founding")) == 1


def test_the_museum_an_exhibition_is_on_in_takes_no_part():
    assert [a for _, a, _ in events("Выставка Анны Гусевой открылась в Эрмитаже.",
                                    "Performance")] == [frozenset({"Анна Гусева"})]


def test_a_band_that_played_a_concert_gave_it():
    assert events("Группа «Кедр» отыграла концерт в Омске.", "Performance") == [
        ("Actual", frozenset({"Кедр"}), "Омск")]


# the city of the festival or concert a performance is at

def test_a_performance_at_a_festival_in_a_city_is_in_that_city():
    assert events("На фестивале в Тамбове выступила Ольга Руденко.", "Performance") == [
        ("Actual", frozenset({"Ольга Руденко"}), "Тамбов")]


def test_a_performance_by_a_band_in_a_city_is_in_that_city():
    assert [p for _, _, p in events("Выступление группы «Кедр» в Курске назначено на 3 июня.",
                                    "Performance")] == ["Курск"]


def test_a_performer_from_a_city_does_not_make_it_the_place():
    assert [p for _, _, p in events("На фестивале выступила Ольга Руденко из Тамбова.",
                                    "Performance")] == [None]


def test_a_performer_who_lives_in_a_city_does_not_make_it_the_place():
    assert [p for _, _, p in events("Ольга Руденко, живущая в Тамбове, выступила на фестивале.",
                                    "Performance")] == [None]


# a tour set out on, a farewell ceremony, works and devices released

def test_a_singer_who_sets_out_on_a_world_tour_performs():
    assert [(f, a) for f, a, _ in events("Певица Ольга Руденко отправится в мировое турне.",
                                         "Performance")] == [("Planned", frozenset({"Ольга Руденко"}))]


def test_a_minister_s_tour_set_out_on_is_a_visit():
    assert events("Министр Игорь Седов отправился в турне по странам Азии.", "Performance") == []


def test_a_cancelled_concert_tour_is_not_actual():
    assert all(f != "Actual" for f, _, _ in events(
        "Певица Ольга Руденко отменила мировое турне.", "Performance"))


def test_a_farewell_ceremony_is_one_ceremony_for_the_dead():
    assert [(f, a) for f, a, _ in events(
        "Церемония прощания с актёром Павлом Зиминым пройдёт в пятницу.", "Ceremony")] == [
        ("Planned", frozenset({"Павел Зимин"}))]


def test_an_award_ceremony_stays_an_award():
    assert events("Церемония вручения премии «Ника» пройдёт в пятницу.", "Ceremony") == []


def test_a_clip_released_is_a_release():
    assert [a for _, a, _ in events("Группа «Кедр» выпустила клип.", "Release")] == [
        frozenset({"Кедр"})]


def test_a_smartphone_presented_is_a_release():
    assert [a for _, a, _ in events("Компания «Сигма» представила новый смартфон.", "Release")] \
        == [frozenset({"Сигма"})]


def test_a_book_let_out_of_one_s_hands_is_no_release():
    assert events("Анна Гусева выпустила из рук книгу.", "Release") == []


def test_a_book_presented_for_an_award_is_no_device_release():
    assert events("Губернатор представил Анну Гусеву к награде.", "Release") == []


# a doer called by an office speaks, a performer performs

def test_a_minister_who_speaks_at_a_seminar_gives_no_performance():
    assert events("Министр Игорь Седов выступил на семинаре в Омске.", "Performance") == []


def test_a_minister_who_speaks_to_journalists_in_a_city_gives_no_performance():
    assert events("Министр Игорь Седов выступил в Омске перед журналистами.", "Performance") == []


def test_a_president_s_speech_is_no_performance():
    assert events("Выступление президента Игоря Седова длилось час.", "Performance") == []


def test_a_speech_at_a_briefing_is_no_performance():
    assert events("Игорь Седов выступил на брифинге в Омске.", "Performance") == []


def test_a_singer_at_a_festival_still_performs():
    assert [a for _, a, _ in events("Певица Ольга Руденко выступила на фестивале.",
                                    "Performance")] == [frozenset({"Ольга Руденко"})]


def test_a_deputy_who_is_also_a_singer_still_performs():
    assert [a for _, a, _ in events(
        "Депутат и певица Ольга Руденко выступила на фестивале в Омске.", "Performance")] == [
        frozenset({"Ольга Руденко"})]


def test_a_country_s_team_that_competes_in_a_city_gives_no_performance():
    assert events("Сборная России выступает в Казани уже третий день.", "Performance") == []


def test_a_concert_given_in_a_country_is_told_by_the_concert():
    got = described_triggers("Пианист Олег Крюков выступит с концертом в Армении.", "Performance")
    assert got == [("концертом", "Planned", frozenset({"Олег Крюков"}), "Армения")]


def described_triggers(text: str, kind: str) -> list[tuple[str, str, frozenset[str], str | None]]:
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [(ev.trigger.text, ev.factuality,
             frozenset(name[k] for k in (*ev.agents, *ev.targets, *ev.others)),
             name.get(ev.place) if ev.place else None) for ev in x.events if ev.kind == kind]


# a likeness, a rebirth, a body that ends

def test_being_reborn_in_a_likeness_is_no_birth():
    assert events("После болезни Олег Крюков словно заново родился.", "Birth") == []


def test_being_born_again_is_no_birth():
    assert events("Олег Крюков говорит, что снова родился после операции.", "Birth") == []


def test_a_death_in_a_likeness_is_no_death():
    assert events("Олег Крюков будто умер для всех друзей.", "Death") == []


def test_a_band_that_died_out_is_no_death():
    assert events("Группа «Кедр» умерла в 2010 году.", "Death") == []


def test_a_band_s_singer_who_died_is_a_death():
    assert [a for _, a, _ in events("Солист группы «Кедр» Олег Крюков умер в 2010 году.",
                                    "Death")] == [frozenset({"Олег Крюков"})]


def test_people_who_died_again_are_still_dead():
    assert [f for f, _, _ in events("На заводе в Омске вновь погиб Олег Крюков.", "Death")] == [
        "Actual"]


# an award told by who it went to or by its holder

def test_a_prize_that_went_to_a_director_is_his_award():
    assert [a for _, a, _ in events("Премия досталась режиссёру Андрею Лаптеву.", "Award")] == [
        frozenset({"Андрей Лаптев"})]


def test_a_flat_that_went_to_a_director_is_no_award():
    assert events("Квартира досталась режиссёру Андрею Лаптеву от деда.", "Award") == []


def test_a_title_received_is_an_award():
    assert [a for _, a, _ in events("Анна Гусева получила звание народной артистки.",
                                    "Award")] == [frozenset({"Анна Гусева"})]


def test_a_title_not_received_is_no_actual_award():
    assert all(f != "Actual" for f, _, _ in events(
        "Анна Гусева так и не получила звание народной артистки.", "Award"))


def test_a_festival_grand_prix_received_is_an_award():
    got = events("Фильм Андрея Лаптева получил Гран-при фестиваля.", "Award")
    assert [a for _, a, _ in got] == [frozenset({"Андрей Лаптев"})]


def test_the_holder_of_a_contest_s_grand_prix_is_awarded():
    got = events("Обладателем Гран-при конкурса стал пианист Олег Крюков.", "Award")
    assert [a for _, a, _ in got] == [frozenset({"Олег Крюков"})]
    assert events("Обладателем Гран-при конкурса стал пианист Олег Крюков.", "SportsMatch") == []


def test_a_grand_prix_race_won_stays_a_sports_match():
    assert events("Гонщик Олег Крюков выиграл Гран-при Монако.", "Award") == []


def test_a_body_found_by_the_police_is_still_a_death():
    assert [a for _, a, _ in events("Полиция нашла тело музыканта Олега Крюкова.", "Death")] == [
        frozenset({"Олег Крюков"})]


def test_a_king_of_a_country_who_died_is_a_death():
    assert [a for _, a, _ in events("Умер король Тонги Тауфаахау Тупу IV", "Death")] != []


def test_criticism_voiced_against_someone_stays_an_accusation():
    got = [d for d in extract("Политик Иван Седов выступил с критикой в адрес мэра.").events
           if d.kind in ("Accusation", "Performance")]
    assert [d.kind for d in got] == ["Accusation"]
