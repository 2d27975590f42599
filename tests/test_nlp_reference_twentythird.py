"""Event participants given by reference, twenty-third round (kg.nlp.ru.reference): a bare body
noun with a row of its own in kg/data/ru/anaphoric_nouns.tsv (`прокуратура`, `ведомство`, `суд`)
is the one body the article introduced with the row's words and named a few sentences before —
and nothing when two such bodies are in view, when the noun is told apart by a word of its own,
when the body was called only by the kind word, or when it is named only later. A body noun that
is a learned name noun (kg/data/ru/name_nouns.tsv: `Полиция`, `Прокуратура`) opening a sentence
alone is an organisation of its own, not a reference: these tests write the noun inside the
sentence, in lower case."""

from __future__ import annotations

from event_helpers import found


def _agents(text: str, kind: str) -> list[frozenset[str]]:
    return [agents for _, agents, _ in found(text, kind)]


# ---- must fire ----------------------------------------------------------------------------


def test_a_bare_office_noun_is_the_office_named_before():
    text = ("Журналист Олег Сомов направил жалобу в Генеральную прокуратуру Латвии. "
            "Через неделю прокуратура задержала Виктора Грачёва.")
    assert _agents(text, "Arrest") == [frozenset({"Генеральная прокуратура Латвии"})]


def test_a_bare_ministry_word_is_the_ministry_named_in_the_sentence_before():
    text = ("Министерство обороны Сербии получило письмо от Петра Зорина. "
            "Ведомство арестовало его брата Илью Зорина.")
    assert _agents(text, "Arrest") == [frozenset({"Министерство обороны Сербии"})]


def test_a_bare_court_word_is_the_court_named_before():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "На следующий день суд арестовал Олега Зайцева.")
    assert [a for a in _agents(text, "Arrest")] == [frozenset({"Басманный суд Москвы"})] * 2


# ---- must not fire -------------------------------------------------------------------------


def test_two_offices_in_view_settle_neither():
    text = ("Прокуратура Латвии и прокуратура Литвы получили жалобу Олега Сомова. "
            "Вчера прокуратура задержала Виктора Грачёва.")
    assert all(not a for a in _agents(text, "Arrest"))


def test_a_court_told_apart_by_an_adjective_is_another_court():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Районный суд задержал Олега Зайцева.")
    agents = _agents(text, "Arrest")
    assert frozenset({"Басманный суд Москвы"}) not in agents[1:]


def test_a_court_with_an_owner_of_its_own_is_not_the_one_named_before():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Суд соседнего района арестовал Олега Зайцева.")
    agents = _agents(text, "Arrest")
    assert agents.count(frozenset({"Басманный суд Москвы"})) == 1


def test_a_body_called_only_by_its_kind_word_is_no_named_body():
    text = ("Полиция арестовала Ивана Сидорова. "
            "Позднее Анна Котова позвонила в полицию.")
    calls = found(text, "PhoneCall")
    assert calls and all(tg == frozenset() for _, _, tg in calls)


def test_an_office_named_long_before_is_not_taken():
    text = ("Журналист Олег Сомов направил жалобу в Генеральную прокуратуру Латвии. "
            "Он живёт в Риге. Он пишет книги. Он любит море. Он много путешествует. "
            "Он редко бывает дома. Он воспитывает сына. Вчера прокуратура задержала Виктора "
            "Грачёва.")
    assert all(not a for a in _agents(text, "Arrest"))


def test_an_office_named_after_the_noun_in_its_sentence_is_another_one():
    text = ("Журналист Олег Сомов направил жалобу в Генеральную прокуратуру Латвии. "
            "Прокуратура задержала Виктора Грачёва и передала его дело в Генеральную "
            "прокуратуру Латвии.")
    assert frozenset({"Генеральная прокуратура Латвии"}) not in _agents(text, "Arrest")


def test_an_unnamed_office_just_mentioned_goes_on():
    # (`Прокуратура района` opening the sentence is the learned name noun «Прокуратура»: the
    # unnamed office all the same)
    text = ("Журналист Олег Сомов направил жалобу в Генеральную прокуратуру Латвии. "
            "Прокуратура района изучила дело Виктора Грачёва, и прокуратура арестовала его.")
    assert frozenset({"Генеральная прокуратура Латвии"}) not in _agents(text, "Arrest")


def test_a_government_word_alone_still_settles_no_body():
    # (`правительство` has no row in anaphoric_nouns.tsv: whoever governs, not a body named before)
    text = ("Правительство Москвы утвердило программу. "
            "Правительство арестовало Олега Зайцева.")
    assert frozenset({"Правительство Москвы"}) not in _agents(text, "Arrest")


def test_plural_bodies_settle_nothing():
    text = ("Басманный суд Москвы арестовал Ивана Сидорова. "
            "Суды арестовали Олега Зайцева.")
    assert _agents(text, "Arrest").count(frozenset({"Басманный суд Москвы"})) == 1


# ---- a life story's title lines carry an unsaid subject on ----------------------------------


def _appointed(text: str) -> list[frozenset[str]]:
    return [tg for _, _, tg in found(text, "Appointment")]


def test_a_verbless_title_line_passes_the_unsaid_subject_on():
    # (the bracket leaves `президент` hanging as a subject of no verb in the parse)
    text = ("Художник Павел Зуев родился в 1950 году в Омске. С 1990 года — президент "
            "(с Ильёй Рыбиным) фестиваля «Радуга». В 2005 году занял пост ректора академии.")
    assert _appointed(text) == [frozenset({"Павел Зуев"})]


def test_a_title_set_off_after_a_quoted_name_passes_the_unsaid_subject_on():
    text = ("Художник Павел Зуев родился в 1950 году в Омске. Автор и ведущий передачи "
            "«Палитра», снимался в кино. В 2005 году занял пост ректора академии.")
    assert _appointed(text) == [frozenset({"Павел Зуев"})]


def test_a_line_that_says_who_its_own_subject_is_stops_the_chain():
    # (`Брат — художник`: two nominatives, the brother is what the line is about)
    text = ("Художник Павел Зуев родился в 1950 году в Омске. Брат — известный скульптор. "
            "В 2005 году занял пост ректора академии.")
    assert frozenset({"Павел Зуев"}) not in _appointed(text)


def test_a_title_line_of_another_gender_settles_no_woman():
    text = ("Художник Павел Зуев родился в 1950 году в Омске. С 1990 года — директор "
            "фестиваля «Радуга». В 2005 году заняла пост ректора академии.")
    assert frozenset({"Павел Зуев"}) not in _appointed(text)


def test_a_quoted_title_before_a_parenthetical_keeps_the_noun_a_subject():
    # (`Автор романа «Сад», впрочем, …`: a parenthetical between commas, the noun is the subject)
    text = ("Художник Павел Зуев родился в 1950 году в Омске. Автор романа «Сад», впрочем, "
            "уехал в Тверь. В 2005 году занял пост ректора академии.")
    assert frozenset({"Павел Зуев"}) not in _appointed(text)


# ---- who an act is between, said on the verb its noun is the subject of ---------------------


def _agreed(text: str) -> list[frozenset[str]]:
    return [agents for _, agents, _ in found(text, "Agreement")]


def test_parties_between_on_the_verb_of_the_agreement_noun():
    text = ("По словам Анны Котовой, договорённость была достигнута между Олегом Зуевым "
            "и Петром Лавровым ещё год назад.")
    assert _agreed(text) == [frozenset({"Олег Зуев", "Пётр Лавров"})]


def test_a_failed_agreement_keeps_its_parties_and_is_negated():
    text = "Договорённость не была достигнута между Олегом Зуевым и Петром Лавровым."
    assert [(f, a) for f, a, _ in found(text, "Agreement")] == \
        [("Negated", frozenset({"Олег Зуев", "Пётр Лавров"}))]


def test_a_verb_with_an_object_of_its_own_shares_out_the_object_not_the_act():
    assert _agreed("Соглашение распределило квоты между Латвией и Эстонией.") == []


def test_a_between_phrase_under_another_noun_names_no_parties():
    text = "Соглашение стало яблоком раздора между Латвией и Эстонией."
    assert all(frozenset({"Латвия", "Эстония"}) != a for a in _agreed(text))


def test_a_between_phrase_under_the_verbs_object_names_no_parties():
    text = "Соглашение с Литвой вызвало напряжённость в отношениях между Латвией и Эстонией."
    assert all("Эстония" not in a for a in _agreed(text))


def test_a_body_whose_name_only_contains_the_word_is_not_that_body():
    # (`Пресс-служба полиции`: a press office, not the police the bare noun means)
    text = ("Пресс-служба полиции Латвии сообщила о пожаре. "
            "Позднее полиция арестовала Ивана Сомова.")
    assert frozenset({"Пресс-служба полиции Латвии"}) not in _agents(text, "Arrest")


def test_a_court_of_another_instance_is_not_the_court_named_before():
    text = ("Верховный суд Латвии отклонил иск Олега Зуева. "
            "Суд более низкой инстанции арестовал Ивана Сомова.")
    assert frozenset({"Верховный суд Латвии"}) not in _agents(text, "Arrest")
