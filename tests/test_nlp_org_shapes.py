"""Organisation and place names of the fifteenth round (orgs15): a name the NER cut where its
phrase is still open. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.base import span
from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.name_types import close_open_ends
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def mentions(text: str, kind: str | None = None) -> list[str]:
    return [m.text for e in entities(text) if kind is None or e.kind == kind for m in e.mentions]


# a name cut where its phrase is open: after `по`/`за` and its noun, or after an adjective

def test_a_coordinated_noun_after_po_closes_the_name():
    found = mentions("Он стал членом Комитета по регламенту и этике депутатской работы.", "organization")
    assert found == ["Комитета по регламенту и этике депутатской работы"]


def _closed(text: str, first_words: str) -> list[str]:
    """close_open_ends on one mention made of `first_words` (the NER's cut, set by hand)."""
    a = analyse(text)
    n = len(first_words.split())
    i = next(k for k in range(len(a.tokens))
             if " ".join(t.text for t in a.tokens[k:k + n]) == first_words)
    m = NameMention(span(text, a.tokens[i].start, a.tokens[i + n - 1].end), first_words, "organization",
                    False, i, i + n - 1)
    return [x.span.text for x in close_open_ends(a, [m])]


def test_an_enumeration_closed_by_i_goes_on_the_name():
    text = "Инспекторы Бюро по надзору за вывозом редких растений, диких животных и речных рыб приехали в порт."
    assert _closed(text, "Бюро по надзору за вывозом") == [
        "Бюро по надзору за вывозом редких растений, диких животных и речных рыб"]


def test_an_enumeration_no_i_closes_stops_before_the_comma():
    text = "Инспекторы Бюро по надзору за вывозом редких растений, диких животных прибыли."
    assert _closed(text, "Бюро по надзору за вывозом") == ["Бюро по надзору за вывозом редких растений"]


def test_an_adjective_ending_the_name_takes_its_noun():
    text = "Делегаты выступили на сессии Верховной палаты народного представительства в Тирасе."
    assert _closed(text, "Верховной палаты народного") == ["Верховной палаты народного представительства"]


def test_a_comma_no_i_closes_is_not_crossed():
    found = mentions("Комитет по бюджету, министерства финансов и казначейство получили письмо.",
                     "organization")
    assert "Комитет по бюджету" in found
    assert not any(f.startswith("Комитет") and "," in f for f in found)


def test_a_closed_name_is_left_as_it_is():
    # the name ends in a genitive noun: nothing is open, the owner after it is no part of it
    found = mentions("Представитель Агентства ООН по делам беженцев Ивар Ольсен сообщил о потерях.")
    assert "Агентства ООН по делам беженцев" in found and "Ивар Ольсен" in found


# bodies written in lower case (kg/data/ru/lower_body_heads.tsv)

def test_a_ministry_with_no_country_is_an_organisation():
    found = entities("Вечером министерство здравоохранения сообщило о новых правилах. "
                     "Позже в министерстве здравоохранения уточнили сроки.")
    bodies = [e for e in entities_of(found, "organization")]
    assert [e.name for e in bodies] == ["Министерство здравоохранения"]
    assert [m.text for m in bodies[0].mentions] == ["министерство здравоохранения",
                                                   "министерстве здравоохранения"]


def test_a_ministry_needs_its_field():
    # `министерства` alone, before a verb, is no name
    found = mentions("Сотрудники министерства рассказали журналистам о проверке.", "organization")
    assert found == []


def test_ministries_in_the_plural_are_no_name():
    found = mentions("Делегация посетила министерства страны и провела там два дня.", "organization")
    assert found == []


def test_a_country_noun_after_a_ministry_is_its_owner_not_its_field():
    found = mentions("Представитель министерства страны отказался от комментариев.", "organization")
    assert found == []
    found = mentions("Как сообщили в министерстве здравоохранения страны, больниц хватает.",
                     "organization")
    assert found == ["министерстве здравоохранения"]


def test_a_press_office_takes_its_owner_which_stays_a_mention():
    found = entities("Как сообщила пресс-служба полиции Тверской области, задержан подозреваемый.")
    kinds = {e.name: e.kind for e in found}
    assert kinds.get("Пресс-служба полиции Тверской области") == "organization"
    assert kinds.get("Тверская область") == "place"


def test_a_press_office_with_no_owner_is_left():
    found = mentions("Как уточнила пресс-служба, концерт перенесён на осень.", "organization")
    assert found == []


def test_the_central_election_commission_in_lower_case():
    found = mentions("По данным, которые опубликовал центризбирком, явка превысила половину.",
                     "organization")
    assert found == ["центризбирком"]


def test_an_embassy_in_lower_case_stays_the_country():
    # the corpus gold reads `посольство РФ` as the country (collective_heads.txt)
    found = entities("Сотрудники посольства Нарнии встретили делегацию в аэропорту.")
    assert not any(e.kind == "organization" for e in found)


def test_a_body_in_lower_case_speaks():
    x = extract(Document("t", "Как сообщила пресс-служба полиции Тверской области, задержан подозреваемый."))
    speakers = {s.speaker for s in x.statements}
    body = next(e.key for e in x.entities if e.name == "Пресс-служба полиции Тверской области")
    assert speakers == {body}


def entities_of(found, kind):
    return [e for e in found if e.kind == kind]


def test_a_press_office_right_before_a_named_owner_is_left_to_speak_for_it():
    found = mentions("В пресс-службе Минфина Нарнии сообщили, что выплаты начнутся в мае.", "organization")
    assert not any(f.startswith("пресс-служб") for f in found)


# names made of an ordinal and a head noun (kg/data/ru/numbered_heads.tsv)

def test_a_numbered_army_is_an_organisation_named_in_the_nominative():
    found = entities("Дивизия вошла в состав 3-й ударной армии весной.")
    army = [e for e in found if e.kind == "organization"]
    assert [e.name for e in army] == ["3-я ударная армия"]
    assert [m.text for m in army[0].mentions] == ["3-й ударной армии"]


def test_a_numbered_unit_keeps_its_owner_apart():
    found = entities("Солдаты 4-го Северного фронта Нарнии встретились с 9-м экипажем станции.")
    names = {e.name: e.kind for e in found}
    assert names.get("4-й Северный фронт") == "organization"
    assert names.get("9-й экипаж") == "organization"
    assert not any(n.startswith("4-й Северный фронт ") for n in names)


def test_a_numbered_hospital_is_a_place():
    found = mentions("Пострадавшего доставили в реанимацию 12-й больницы города.", "place")
    assert "12-й больницы" in found


def test_a_number_before_another_noun_is_no_name():
    found = mentions("В 1998 году он провёл 25-й матч за клуб и забил 3-й гол.")
    assert found == []


# quoted facilities after a noun of the kind (kg/data/ru/facility_heads.tsv, `before`)

def test_a_quoted_name_after_a_clinic_or_supermarket_is_a_place():
    assert "Светлый берег" in mentions("Его увезли в клинику «Светлый берег» в Твери.", "place")
    assert "Колосок" in mentions("Пожар начался у супермаркета «Колосок» на окраине.", "place")


def test_a_quoted_name_after_a_hypermarket_stays_a_body():
    # NEREL marks a hypermarket's name as its company: the word is not in the list
    found = entities("Акция прошла в гипермаркете «Колосок» в субботу.")
    assert all(e.kind != "place" for e in found if e.name == "Колосок")


def test_a_genitive_joined_by_i_to_the_names_last_noun_goes_on_the_name():
    found = mentions("Его приняли в Союз художников и реставраторов Нарнии в мае.", "organization")
    assert any(f.startswith("Союз художников и реставраторов") for f in found)


def test_a_second_body_joined_to_the_head_noun_stays_apart():
    found = mentions("Заседание Попечительского совета и представительства прошло в марте.", "organization")
    assert not any("представительства" in f for f in found)


def test_a_parliament_with_its_convocation_is_one_name():
    found = mentions("Он стал спикером Народного собрания седьмого созыва в октябре.", "organization")
    assert found == ["Народного собрания седьмого созыва"]
    found = mentions("Председатель Государственной думы третьего и четвёртого созывов выступил.",
                     "organization")
    assert found == ["Государственной думы третьего и четвёртого созывов"]


def test_a_convocation_needs_an_ordinal():
    found = mentions("Депутаты Сейма нового созыва собрались в среду.", "organization")
    assert found == ["Сейма"]


# a facility and its town

def test_a_hospital_and_its_town_are_two_places():
    found = entities("Его доставили в Пресвитерианский госпиталь Бостона, но спасти не удалось.")
    assert {e.name: e.kind for e in found} == {"Пресвитерианский госпиталь": "place", "Бостон": "place"}


def test_a_ministry_and_its_country_stay_one_body():
    found = mentions("Заседание прошло в Министерстве финансов Нарнии в пятницу.", "organization")
    assert found == ["Министерстве финансов Нарнии"]


# a common adjective opening a caption line

def test_a_common_adjective_opening_a_caption_is_no_body():
    text = "Мошенники задержаны в трёх странах\nКредитные договоры\nПолиция задержала троих мужчин."
    assert mentions(text, "organization") == ["Полиция"]


def test_a_name_adjective_opening_a_line_stays():
    found = mentions("Нобелевский комитет объявил лауреата в понедельник.", "organization")
    assert found == ["Нобелевский комитет"]
