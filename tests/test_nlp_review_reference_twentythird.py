"""Boundaries of the twenty-third round's reference rules, on sentences written for the review: a
bare body noun (`суд`, `полиция`, `министерство`) is the body named just before only when nothing
in its clause says it is another one or the institution in general; a between-phrase on the verb
names parties only when names stand in it; a verbless line is passed over only as a line of a life
story (kg.nlp.ru.reference, kg.nlp.ru.event_roles)."""

from __future__ import annotations

from event_helpers import described, found


def _agents(text: str, kind: str) -> list[frozenset[str]]:
    return [agents for _, agents, _ in found(text, kind)]


# ---- a place of its own in the clause: that place's body ---------------------------------


def test_a_police_of_another_city_named_in_its_clause_is_not_the_one_named_before():
    text = ("Полиция Берлина задержала Ханса Мюллера. "
            "В Гамбурге полиция задержала Петера Шмидта.")
    assert frozenset({"Полиция Берлина"}) not in _agents(text, "Arrest")


def test_a_court_set_in_another_city_is_another_court():
    text = "Суд Гааги арестовал Яна Бакера. Суд же в Амстердаме отпустил Питера Янсена."
    assert all(frozenset({"Суд Гааги"}) != a for a in _agents(text, "ReleaseFromCustody"))


def test_a_ministry_speaking_in_another_countrys_capital_is_not_the_one_named_before():
    text = ("МИД Китая вызвал посла Японии Хидэо Таруми. "
            "В Токио министерство заявило протест.")
    assert frozenset({"МИД Китая"}) not in _agents(text, "Protest")


def test_a_prosecutor_in_another_country_is_not_the_one_named_before():
    text = ("Генеральная прокуратура Украины возбудила дело против Ивана Кравца. "
            "Прокуратура в России задержала Олега Бойко.")
    assert frozenset({"Генеральная прокуратура Украины"}) not in _agents(text, "Arrest")


def test_a_place_the_bodys_own_name_holds_keeps_the_body():
    text = ("Полиция Берлина задержала Ханса Мюллера. "
            "В Берлине полиция задержала и Петера Шмидта.")
    assert frozenset({"Полиция Берлина"}) in _agents(text, "Arrest")


def test_a_place_acted_on_is_no_place_the_body_stands_in():
    text = ("Министерство обороны России сообщило об ударе по Харькову. "
            "Министерство нанесло новый удар по Киеву.")
    assert frozenset({"Министерство обороны России"}) in _agents(text, "Attack")


# ---- the institution in general ----------------------------------------------------------


def test_going_to_court_is_no_court_named_before():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Его адвокат Пётр Лунин пообещал обратиться в суд.")
    assert all("Басманный суд Москвы" not in tg for _, _, tg in found(text, "Appeal"))


def test_a_habit_of_the_police_is_no_act_of_the_police_named_before():
    text = ("Полиция Берлина задержала Ханса Мюллера. "
            "Обычно полиция задерживает подозреваемых на двое суток.")
    assert _agents(text, "Arrest").count(frozenset({"Полиция Берлина"})) == 0


# ---- another body of the kind in view ----------------------------------------------------


def test_a_court_named_in_between_by_a_one_word_name_leaves_the_court_open():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. Адвокат Сидорова обжаловал "
            "решение в Мосгорсуде. Суд арестовал Олега Зайцева.")
    assert _agents(text, "Arrest")[1:] == [frozenset()]


def test_plural_courts_are_no_one_court():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Суды арестовали Олега Зайцева и Петра Лунина.")
    assert _agents(text, "Arrest")[1:] == [frozenset()]


# ---- still the named body ----------------------------------------------------------------


def test_a_court_that_declined_to_act_is_still_the_court_named_before():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Суд не стал арестовывать Олега Зайцева.")
    assert ("Negated", frozenset({"Басманный суд Москвы"}), frozenset({"Олег Зайцев"})) \
        in found(text, "Arrest")


# ---- between-phrases ---------------------------------------------------------------------


def test_between_two_summits_names_no_parties():
    # (a time between two acts: the hosts of the summits did not meet)
    events = described("Встреча прошла между саммитами G20 и АТЭС.")
    assert all(not ({"G20", "АТЭС"} & set(e.actors)) for e in events)


def test_between_two_names_after_a_place_still_names_the_parties():
    text = "Переговоры прошли в Стамбуле между Россией и Украиной."
    assert frozenset({"Россия", "Украина"}) in [e.actors for e in described(text)]


# ---- verbless lines that are no life story -----------------------------------------------


def test_a_line_about_a_guard_does_not_pass_the_earlier_subject_on():
    text = ("Иван Петров открыл выставку в Туле. Рядом — охранник (с оружием) музея. "
            "Задержан через час.")
    assert all("Иван Петров" not in tg for _, _, tg in found(text, "Arrest"))


def test_a_bracketed_kin_line_stops_the_chain():
    text = "Иван Петров родился в Туле. Брат (старший) — художник. Арестован в 1937 году."
    assert all("Иван Петров" not in tg for _, _, tg in found(text, "Arrest"))
