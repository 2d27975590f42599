"""Event identity, thirty-third round (docs/events.md, "One act told again"): a toll of people the
text does not name, told again with the same count, is the act told before; another count, a word
adding more, another place or a time only the second telling has keep two. A headline's act placed
in a city is the lead's dated act placed in a part or region named after it; another city keeps
two. A country acting in one telling and its body named by the country's adjective or genitive in
the other (`Полиция Франции` / `Франция`, `Испанский суд` / `Суд в Испании`) are one actor; another
country's body keeps two."""

from __future__ import annotations

from event_helpers import of_class

_CRASH = "Под Лиманском пассажирский автобус упал в реку, погибли 14 человек. Водитель задержан. "


def test_a_toll_told_again_with_the_same_count_is_one_death():
    text = _CRASH + "По данным МЧС, 14 человек погибли, ещё 20 пассажиров ранены."
    assert len(of_class(text, "Death")) == 1


def test_a_toll_told_again_in_words_with_the_same_count_is_one_death():
    text = ("На шахте под Лиманском произошёл взрыв метана, погибли три человека. "
            "Спасатели работают на месте. Губернатор сообщил, что погибли три человека.")
    assert len(of_class(text, "Death")) == 1


def test_another_count_is_another_death():
    text = _CRASH + "Позже в больнице погибли двое человек."
    assert len(of_class(text, "Death")) == 2


def test_a_count_said_to_add_to_the_first_is_another_death():
    text = _CRASH + "Позже в больнице погибли ещё 14 человек."
    assert len(of_class(text, "Death")) == 2


def test_the_same_count_in_another_city_is_another_death():
    text = _CRASH + "В Казани при пожаре на складе погибли 14 человек."
    assert len(of_class(text, "Death")) == 2


def test_the_same_count_dated_to_another_year_is_another_death():
    text = _CRASH + "В 2015 году в такой же аварии погибли 14 человек."
    assert len(of_class(text, "Death")) == 2


def test_a_title_act_placed_in_a_city_is_the_lead_act_placed_in_a_part_of_it():
    text = ("Теракт в Берлине\n"
            "В пятницу, 24 февраля, в Западном Берлине произошёл теракт.")
    assert len(of_class(text, "Attack")) == 1


def test_a_title_act_placed_in_a_city_is_the_lead_act_placed_in_its_region():
    text = ("В Самаре прошёл турнир по боксу\n"
            "12 октября в Самарской области прошёл турнир по боксу среди юниоров.")
    assert len(of_class(text, "SportsMatch")) == 1


def test_a_lead_act_in_another_city_stays_apart_from_the_title_act():
    text = ("Теракт в Берлине\n"
            "В пятницу, 24 февраля, в Мюнхене произошёл теракт.")
    assert len(of_class(text, "Attack")) == 2


def test_a_lead_contest_in_another_city_stays_apart_from_the_title_contest():
    text = ("В Самаре прошёл турнир по боксу\n"
            "12 октября в Казани прошёл турнир по боксу среди юниоров.")
    assert len(of_class(text, "SportsMatch")) == 2


_POLICE_TITLE = "Полиция Франции задержала двух человек по подозрению в поджоге\n"
_COURT_TITLE = "Испанский суд приговорил бывшего мэра к десяти годам тюрьмы\n"


def test_a_country_acting_in_the_title_is_its_police_named_in_the_lead():
    text = _POLICE_TITLE + ("Как сообщила прокуратура Франции, французская полиция задержала "
                            "двух человек, один из них — Жан Дюпон.")
    found = of_class(text, "Arrest")
    assert len(found) == 1 and found[0].agents == {"Полиция Франции"}


def test_a_court_named_by_its_country_adjective_is_the_country_acting_in_the_lead():
    text = _COURT_TITLE + ("Суд в Испании приговорил бывшего мэра Марбельи Хулио Ортиса к десяти "
                           "годам тюрьмы за взятки.")
    found = of_class(text, "Sentence")
    assert len(found) == 1 and found[0].agents == {"Испанский суд"}


def test_another_country_acting_in_the_lead_is_another_act():
    text = _COURT_TITLE + ("Суд в Португалии приговорил бывшего мэра Марбельи Хулио Ортиса к "
                           "десяти годам тюрьмы за взятки.")
    assert len(of_class(text, "Sentence")) == 2


def test_another_country_police_in_the_lead_is_another_arrest():
    text = _POLICE_TITLE + ("Как сообщила прокуратура, полиция Германии задержала двух человек, "
                            "один из них — Жан Дюпон.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_country_act_past_the_lead_stays_apart_from_its_body_act_in_the_title():
    text = ("Служба безопасности Латвии запретила певцу Ивану Петрову въезд в страну\n"
            "Решение принято на пять лет. Певец выступал с концертами в Крыму. Его концерт в Риге "
            "отменён. Продюсер певца назвал решение политическим. Ранее Латвия запретила въезд в "
            "страну двадцати российским артистам.")
    assert len(of_class(text, "Revocation")) == 2


def test_a_body_named_by_the_countrys_genitive_or_adjective_is_its_body():
    from kg.nlp.ru.events import names_country

    assert names_country("Полиция Бельгии", "Бельгия")
    assert names_country("Итальянский суд", "Италия")
    assert names_country("Французская полиция", "Франция")


def test_a_body_named_after_a_city_that_begins_like_a_country_is_not_its_body():
    from kg.nlp.ru.events import names_country

    assert not names_country("Полиция Индианаполиса", "Индия")
    assert not names_country("Суд Австралии", "Австрия")
