"""Review of the twenty-third round's event identity rules (docs/events.md, "Which mentions
become events", rule 3, and "Factuality"), on sentences written for it: a bare noun said to be
like the one told, last year's or a new happening is another one even at the same named place; a
noun called new is the one told when the earlier mention was called new too; a case keeps its
topic `Actual` only for an act done before any case (a harm, an incident, a rally), not for what
the hearing itself grants or imposes (a release, a pardon, a divorce), nor for an act its own
clause tells as ahead or its own word hedges (`дело о возможном отравлении`); a killing, an
arrest, a kidnapping or a sentence people protest against took place; a former holder
whose word the lemmatiser gives with `ё` (`отстранённый`) is still former when an arrival is read
as a visit."""

from __future__ import annotations

from event_helpers import extract, lemmatised_as, of_class

_BLAST = ("Взрыв на рынке в Лиманске\n\nУтром на рынке в Лиманске прогремел взрыв. Пострадали три "
          "человека. Полиция оцепила район. ")


# ---- another happening at the place told ------------------------------------------------------


def test_last_years_blast_at_the_place_is_another():
    text = _BLAST + "Прошлогодний взрыв на рынке в Лиманске унёс жизни двух человек."
    assert len(of_class(text, "Attack")) == 2


def test_a_blast_like_the_one_told_at_the_place_is_another():
    text = _BLAST + "Аналогичный взрыв на рынке в Лиманске унёс жизни двух человек."
    assert len(of_class(text, "Attack")) == 2


def test_a_similar_attack_a_year_ago_at_the_place_is_another():
    text = ("Теракт в Лиманске\n\nВо вторник в Лиманске произошёл теракт. Погибли пять человек. "
            "Схожий теракт в Лиманске произошёл год назад.")
    assert len(of_class(text, "Attack")) == 2


def test_last_years_festival_at_the_place_is_another():
    text = ("Фестиваль в Лиманске\n\nФестиваль в Лиманске открылся в пятницу. Гости приехали из "
            "десяти стран. Билеты раскуплены. Прошлогодний фестиваль в Лиманске собрал тысячу "
            "гостей.")
    assert len(of_class(text, "Performance")) == 2


def test_a_new_accident_at_the_place_is_another():
    text = ("Авария на Лиманской ГЭС\n\nАвария на Лиманской ГЭС произошла в понедельник. Станция "
            "остановлена. Инженеры осмотрели турбины. Ремонт займёт месяц. Новая авария на "
            "Лиманской ГЭС произошла через неделю.")
    assert len(of_class(text, "Accident")) == 2


def test_a_new_accident_the_next_sentence_is_not_the_one_told():
    text = ("Авария на Лиманской ГЭС\n\nУтром на Лиманской ГЭС произошла авария. Рабочие "
            "эвакуированы. Новая авария произошла вечером.")
    at = text.index("Новая авария") + len("Новая ")
    for ev in extract(text).events:
        starts = {m.start for m in (ev.trigger, *ev.mentions)}
        assert at not in starts or starts == {at}


def test_a_festival_called_new_twice_is_one():
    text = "В Лиманске пройдёт новый фестиваль. Новый фестиваль соберёт тысячу гостей."
    assert len(of_class(text, "Performance")) == 1


def test_the_coming_festival_told_as_ahead_is_the_one_told():
    text = ("Фестиваль в Лиманске пройдёт в мае. Гости приедут из десяти стран. Билеты уже "
            "продаются. Будущий фестиваль в Лиманске обойдётся в миллион рублей.")
    assert len(of_class(text, "Performance")) == 1


def test_a_rally_named_again_by_its_place_is_the_one_told():
    text = ("Митинг в Лиманске\n\nВ субботу в Лиманске прошёл митинг. Участники требовали "
            "отставки мэра. Митинг в Лиманске собрал тысячу человек.")
    assert len(of_class(text, "Protest")) == 1


def test_the_next_rally_at_the_place_is_another():
    text = ("Митинг в Лиманске\n\nВ субботу в Лиманске прошёл митинг. Участники требовали "
            "отставки мэра. Следующий митинг в Лиманске пройдёт через неделю.")
    assert [d.factuality for d in of_class(text, "Protest")] == ["Actual", "Planned"]


def test_an_earthquake_named_again_by_its_place_is_the_one_told():
    text = ("Землетрясение в Лиманске\n\nВ понедельник в Лиманске произошло землетрясение. "
            "Разрушены десять домов. Землетрясение в Лиманске стало сильнейшим за век.")
    assert len(of_class(text, "Disaster")) == 1


# ---- the act a case is about -------------------------------------------------------------------


def test_a_release_a_court_will_hear_is_not_done():
    found = of_class("Суд рассмотрит дело об освобождении Ивана Котова.", "ReleaseFromCustody")
    assert found and all(d.factuality != "Actual" for d in found)


def test_a_pardon_a_court_will_hear_is_not_done():
    found = of_class("Суд рассмотрит дело о помиловании Ивана Котова.", "Sentence")
    assert found and all(d.factuality != "Actual" for d in found)


def test_a_divorce_a_court_will_hear_is_not_done():
    found = of_class("Суд рассмотрит дело о разводе Ивана Котова и Анны Котовой.", "Marriage")
    assert found and all(d.factuality != "Actual" for d in found)


def test_a_revocation_a_court_will_hear_is_not_done():
    found = of_class("Суд рассмотрит дело о лишении Ивана Котова гражданства.", "Revocation")
    assert found and all(d.factuality != "Actual" for d in found)


def test_a_kidnapping_a_court_will_hear_took_place():
    found = of_class("Суд рассмотрит дело о похищении Ивана Котова.", "Kidnapping")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_rally_a_case_is_about_took_place():
    found = of_class("Суд рассмотрит дело о митинге в Лиманске, который прошёл в мае.", "Protest")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_poisoning_a_case_calls_possible_stays_possible():
    found = of_class("Суд рассмотрит дело о возможном отравлении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_beating_a_case_describes_took_place():
    found = of_class("Суд рассмотрит дело о жестоком избиении Ивана Котова.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_an_election_a_case_is_about_that_its_clause_puts_ahead_stays_planned():
    found = of_class("Суд рассмотрит дело о выборах мэра Лиманска, которые пройдут в мае.",
                     "Election")
    assert found and all(d.factuality == "Planned" for d in found)


def test_a_rally_a_case_is_about_that_its_clause_puts_ahead_stays_planned():
    found = of_class("Суд рассмотрит дело о митинге в Лиманске, который пройдёт в мае.", "Protest")
    assert [d.factuality for d in found] == ["Planned"]


# ---- what a protest opposes --------------------------------------------------------------------


def test_a_killing_people_protest_against_took_place():
    found = of_class("Жители протестуют против убийства журналиста Ивана Котова.", "Killing")
    assert [d.factuality for d in found] == ["Actual"]


def test_an_arrest_a_rally_is_held_against_took_place():
    found = of_class("В Лиманске прошёл митинг против ареста Ивана Котова.", "Arrest")
    assert [d.factuality for d in found] == ["Actual"]


def test_an_arrest_someone_speaks_against_stays_possible():
    found = of_class("Иван Котов выступил против ареста Петра Сомова.", "Arrest")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_war_people_protest_against_stays_possible():
    found = of_class("Жители протестуют против войны с Лиманией.", "Attack")
    assert [d.factuality for d in found] == ["Possible"]


# ---- a former holder's arrival -----------------------------------------------------------------


def test_a_former_holder_written_with_yo_arrives_as_a_private_person(monkeypatch):
    # the former-title words are kept with е for ё; a lemma the lemmatiser gives with ё must
    # still be read as one of them
    lemmatised_as(monkeypatch, "отстранённый", "отстранённый")
    assert not of_class("Отстранённый президент Лимании Иван Котов прибыл в Москву.", "Visit")
    assert of_class("Президент Лимании Иван Котов прибыл в Москву.", "Visit")
