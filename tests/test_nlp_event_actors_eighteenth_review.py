"""Review of the eighteenth round of event participants (docs/events.md "Participants"): the
quotation's speaker only for an act said as done by him, and a charge that is denied. Hand-written
sentences."""

from __future__ import annotations

from event_helpers import of_class

# ---- `я` in a quotation is the speaker only for his own act said as done ------------------

def test_the_speaker_retelling_anothers_quoted_words_is_not_their_i():
    for text in ("«Он сказал мне: \"Я ухожу в отставку\"», — рассказал мэр Вольска Игорь Лунин.",
                 "«Губернатор позвонил и сказал: я подаю в отставку», — рассказал мэр Вольска "
                 "Игорь Лунин."):
        assert all("Игорь Лунин" not in d.actors for d in of_class(text, "Resignation")), text


def test_the_speaker_telling_his_own_words_to_another_is_still_their_i():
    found = of_class("«Я сказал ему: прошу вас уйти в отставку», — рассказал мэр Вольска "
                     "Игорь Лунин.", "Appeal")
    assert [d.agents for d in found] == [{"Игорь Лунин"}]


def test_an_act_asked_about_in_a_quotation_is_not_the_speakers():
    found = of_class("«Разве я требую отставки правительства?» — возмутился лидер профсоюза "
                     "Игорь Лунин.", "Demand")
    assert all("Игорь Лунин" not in d.actors for d in found)


def test_an_act_said_after_a_question_in_the_same_quote_is_still_the_speakers():
    found = of_class("«Я ухожу в отставку. Кто займёт мой пост?» — заявил мэр Вольска "
                     "Игорь Лунин.", "Resignation")
    assert [d.actors for d in found] == [{"Игорь Лунин"}]


def test_an_act_only_wished_or_offered_in_a_quotation_is_not_the_speakers():
    for kind, text in (("Demand", "«Я бы потребовал отставки правительства», — сказал депутат "
                                  "Игорь Лунин."),
                       ("Resignation", "«Я мог бы уйти в отставку», — сказал мэр Вольска Игорь Лунин."),
                       ("Resignation", "«Я готов уйти в отставку», — сказал мэр Вольска Игорь Лунин."),
                       ("Resignation", "«Я хочу уйти в отставку», — сказал мэр Вольска Игорь Лунин.")):
        assert all("Игорь Лунин" not in d.agents | d.targets for d in of_class(text, kind)), text


def test_thanks_said_as_a_wish_in_a_quotation_are_the_speakers():
    # `хотел бы поздравить` congratulates: the wish to say it is the saying
    found = of_class("«Я хотел бы поздравить Веру Ланскую с победой», — сказал мэр Вольска "
                     "Игорь Лунин.", "Congratulation")
    assert [d.agents for d in found] == [{"Игорь Лунин"}]


# ---- a charge denied is no participant ------------------------------------------------------

def test_one_not_guilty_of_a_killing_is_not_its_participant():
    found = of_class("Олег Ветров, не виновный в убийстве журналиста, вышел на свободу.", "Killing")
    assert all("Олег Ветров" not in d.actors for d in found)


def test_one_guilty_of_a_killing_still_is():
    found = of_class("Олег Ветров, виновный в убийстве журналиста, приговорён к десяти годам.",
                     "Killing")
    assert [d.agents for d in found] == [{"Олег Ветров"}]


def test_a_quote_framed_by_anothers_speech_verb_is_not_the_reporters():
    # the statement layer may give the quote to the one who retells it (Ilyin); the verb that
    # frames it names Lunin, so Ilyin is not the one who resigns
    found = of_class("Мэр Вольска Павел Ильин рассказал, что губернатор Самары Игорь Лунин "
                     "заявил ему: «Я ухожу в отставку».", "Resignation")
    assert all("Павел Ильин" not in d.actors for d in found)


def test_who_accuses_or_suspects_another_of_an_attack_is_not_its_participant():
    # an active participle: its subject accuses, its object is the accused
    for kind, text in (("Killing", "Прокурор Игорь Лунин, обвиняющий Олега Ветрова в убийстве "
                                   "журналиста, ушёл в отпуск."),
                       ("Attack", "Журналист Игорь Лунин, обвинявший мэра в нападении на "
                                  "активистов, уехал из Самары."),
                       ("Attack", "Следователь Игорь Лунин, подозревающий соседа в поджоге дома, "
                                  "допросил свидетелей.")):
        assert all("Игорь Лунин" not in d.actors for d in of_class(text, kind)), text


def test_the_suspect_named_by_a_passive_participle_still_is():
    found = of_class("Олег Ветров, подозреваемый в убийстве журналиста, задержан в Казани.",
                     "Killing")
    assert [d.agents for d in found] == [{"Олег Ветров"}]


# ---- a possessive inside one description does not end the list before a name -----------------

def _words_before(text: str, name: str) -> set[str]:
    from kg.nlp.ru import events
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import find_entities
    a = analyse(text)
    x = events._Extractor(a, find_entities(a), ())
    return x.reference.words_before(next(t for t in a.tokens if t.text == name))


def test_a_possessive_inside_a_description_keeps_the_title_before_it():
    assert "глава" in _words_before("Глава его администрации Павел Ильин остался в Москве.", "Павел")
    assert "руководитель" in _words_before("Руководитель её избирательного штаба Анна Мирская "
                                           "уехала в Москву.", "Анна")


def test_a_possessive_after_and_still_ends_the_list():
    assert "певец" not in _words_before("У певца и его подруги Анны Мирской родился сын.", "Анны")


def test_the_innermost_quotation_gives_the_speaker_whatever_the_order_of_statements():
    from kg.nlp.ru import events
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import find_entities
    text = "«Я ухожу в отставку», — заявил мэр Вольска Игорь Лунин."
    a = analyse(text)
    x = events._Extractor(a, find_entities(a), ())
    lunin = next(k for k, e in x.entities.items() if e.name == "Игорь Лунин")
    i = next(t for t in a.tokens if t.text == "Я")
    x.acting, x.acting_at, x.acting_as = "Resignation", i, "Actual"
    x.speakers = ((0, len(text), "e_outer"), (1, text.index("»"), lunin))  # the outer one first
    assert x.speaker_of(i) == lunin
