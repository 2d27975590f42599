"""Review of the twenty-fourth round's speech and name rules: a country adjective opening a
sentence before a collective head (`Британская полиция сообщила`), the full form of a job title
after its short form (`Генпрокурор X … Генеральный прокурор заявил`), naming after a name
(`назвал улицу своим именем`), a two-word `назвать срок` before a predicate, a laboratory's
comparison, a duty word `обязан`, and a man's first name of the first declension before a surname
of the same declension (`с Ильёй Гущей`). Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said

from kg.pipeline import extract
from kg.records import Document


def _speakers(text: str) -> list[str | None]:
    return [who for who, _, _, _ in said(text)]


def _names(text: str) -> list[str]:
    return sorted(e.name for e in extract(Document("t", text)).entities if e.kind == "person")


# ---- a country adjective before a collective head names the country acting ----------------

def test_a_country_adjective_before_the_police_names_the_country_as_speaker():
    assert _speakers("Британская полиция сообщила, что подозреваемого отпустили.") \
        == ["Великобритания"]


def test_a_country_adjective_before_a_government_names_the_country_as_speaker():
    assert _speakers("Португальское правительство заявило, что налоги снизят.") == ["Португалия"]


def test_a_country_adjective_before_a_person_noun_names_no_speaker():
    assert _speakers("Британский писатель заявил, что роман выйдет осенью.") == []


def test_a_country_adjective_before_a_court_is_no_country_speaker():
    assert "Великобритания" not in _speakers("Британский суд постановил, что сделка незаконна.")


def test_a_country_adjective_before_a_capitalised_word_names_no_country():
    assert _speakers("Британская Колумбия сообщила, что дороги открыты.") != ["Великобритания"]


# ---- the full form of a title after its short form ------------------------------------------

def test_a_full_title_refers_back_to_a_holder_named_with_the_short_form():
    assert _speakers("Генпрокурор Игорь Краснов посетил Тамбов. Генеральный прокурор заявил, что "
                     "проверка продлится месяц.") == ["Игорь Краснов"]


def test_a_full_title_with_a_short_form_holder_and_a_plain_prosecutor_is_the_holder():
    assert _speakers("Генпрокурор Игорь Краснов и прокурор Тамбова Олег Сомов осмотрели завод. "
                     "Генеральный прокурор заявил, что проверка продлится месяц.") \
        == ["Игорь Краснов"]


def test_a_full_title_after_a_short_form_of_another_office_is_not_its_holder():
    assert _speakers("Генконсул Франции Пьер Дюран посетил выставку. Почетный консул отметил, "
                     "что выставка удалась.") == []


# ---- naming after a name, and a two-word entry before a predicate ---------------------------

def test_naming_a_street_after_ones_name_is_no_statement():
    assert said("Мэр Олег Сомов назвал улицу своим именем.") == []


def test_naming_a_company_after_a_fathers_surname_is_no_statement():
    assert said("Бизнесмен Олег Сомов назвал компанию фамилией отца.") == []


def test_naming_a_decision_a_mistake_is_still_a_statement():
    assert _speakers("Мэр Олег Сомов назвал решение суда ошибкой.") == ["Олег Сомов"]


def test_naming_the_name_of_a_successor_is_still_a_statement():
    assert _speakers("Мэр Олег Сомов назвал имя своего преемника.") == ["Олег Сомов"]


def test_naming_a_term_so_keeps_what_it_was_called():
    found = said("Губернатор Олег Сомов назвал срок строительства слишком долгим.")
    assert [w for _, _, _, w in found] == ["срок строительства слишком долгим"]


# ---- comparing as a piece of work -----------------------------------------------------------

def test_a_laboratory_comparing_a_specimen_with_a_standard_says_nothing():
    assert said("Лаборант Олег Сомов сравнил образец с эталоном.") == []


def test_an_investigator_comparing_prints_says_nothing():
    assert said("Следователь Олег Сомов сравнил отпечатки с образцами из картотеки.") == []


def test_likening_a_reform_to_a_storm_is_still_a_statement():
    assert _speakers("Министр Олег Сомов сравнил реформу с бурей.") == ["Олег Сомов"]


# ---- a duty word over joined infinitives ----------------------------------------------------

def test_speech_under_obliged_is_not_said():
    assert said("Директор Олег Сомов обязан сообщить о результатах проверки.") == []


def test_joined_infinitives_under_obliged_are_not_said():
    assert said("Директор Олег Сомов обязан приехать, проверить счета и сообщить о результатах.") \
        == []


def test_speech_after_a_finished_duty_is_said():
    assert _speakers("Директор Олег Сомов приехал и сообщил, что счета в порядке.") \
        == ["Олег Сомов"]


# ---- a man's first name of the first declension ---------------------------------------------

def test_a_mans_surname_after_a_first_declension_first_name_in_the_instrumental():
    assert _names("Министр встретился с Никитой Дудкой.") == ["Никита Дудка"]


def test_a_mans_surname_after_a_first_declension_first_name_in_the_genitive():
    assert _names("Выставка Фомы Гарсии открылась в Твери.") == ["Фома Гарсия"]


def test_a_womans_surname_in_the_instrumental_stays_hers():
    assert _names("Министр встретился с Анной Гущей.") == ["Анна Гуща"]


def test_an_ordinary_surname_after_a_first_declension_first_name_is_unchanged():
    assert _names("Министр встретился с Никитой Михалковым.") == ["Никита Михалков"]


def test_an_undeclined_surname_after_a_first_declension_first_name_is_unchanged():
    assert _names("Министр встретился с Ильей Гарибашвили.") == ["Илья Гарибашвили"]


def test_a_country_adjective_before_a_ministry_named_before_is_that_ministry():
    assert _speakers("Министерство финансов Португалии опубликовало отчет. Португальское "
                     "министерство заявило, что дефицит сократился.") \
        == ["Министерство финансов Португалии"]


def test_an_estimates_words_run_over_the_unit_after_the_number():
    found = said("Министр Олег Сомов оценил ущерб в три миллиона долларов.")
    assert [w for _, _, _, w in found] == ["ущерб в три миллиона долларов"]


def test_an_estimates_words_stop_at_the_clause_end():
    found = said("Министр Олег Сомов оценил ущерб в три миллиона, сообщили в министерстве.")
    assert all(not w.endswith("министерстве") for _, _, _, w in found)


def test_a_person_called_by_a_name_in_a_claim_is_still_a_statement():
    assert _speakers("Группировка «Восход» назвала стрелка именем Абу Салим.") == ["Восход"]
