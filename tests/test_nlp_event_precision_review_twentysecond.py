"""Review of the twenty-second round's event precision rules (docs/events.md): the tense of a
finite verb with a personal ending that the tagger reads as past comes from the dictionary's
readings of the form, not from the tagger's aspect; a short participle in `-т` (`убит`, `принят`)
stays past; `выборы, которые не пройдут` plan nothing; a joint statement signed is an agreement;
a ruling a judge or an investigator signs is no law adopted."""

from __future__ import annotations

from event_helpers import actors_of, described, kinds

from kg.nlp.ru.analysis import Token, analyse
from kg.nlp.ru.dates import _not_past, tense_at


def _facts(text: str, kind: str) -> list[tuple[str, int | None]]:
    return [(d.factuality, d.year) for d in described(text) if d.kind == kind]


def _verb(text: str, aspect: str) -> Token:
    return Token(0, 0, len(text), text, text, "VERB",
                 {"VerbForm": "Fin", "Tense": "Past", "Aspect": aspect}, None, "root", 0)


# ---- a past the tagger invents: the dictionary says future or present -------------------------


def test_a_perfective_the_tagger_calls_an_imperfective_past_is_a_future():
    # (`разведётся`: tagged past and imperfective; the form is the perfective's future)
    assert [f for f, _ in _facts("Иван Котов разведётся с Анной Беловой.", "Marriage")] == \
        ["Planned"]


def test_a_day_under_a_perfective_tagged_imperfective_is_ahead():
    text = "Иван Котов пребудет в Сорске до 5 мая."
    assert tense_at(analyse(text), text.index("5 мая")) == "future"


def test_an_imperfective_the_tagger_calls_perfective_is_a_present():
    assert _not_past(_verb("влечёт", "Perf")) == "Pres"


def test_a_verb_of_both_aspects_follows_the_tagger():
    assert (_not_past(_verb("аннексирует", "Perf")), _not_past(_verb("аннексирует", "Imp"))) == \
        ("Fut", "Pres")


def test_a_noun_the_tagger_took_for_a_past_verb_keeps_its_past():
    assert _not_past(_verb("депутат", "Perf")) == "Past"


def test_a_killing_told_with_a_short_participle_in_t_stays_past():
    assert _facts("Иван Котов убит в Сорске 5 мая.", "Killing") == [("Actual", 2022)]


def test_a_law_told_with_a_short_participle_in_t_stays_past():
    assert _facts("Закон о бюджете принят Госдумой 12 мая.", "LawAdoption") == [("Actual", 2022)]


def test_a_dismissal_told_with_a_short_participle_in_t_stays_past():
    assert _facts("Иван Котов снят с должности губернатора 20 апреля.", "Resignation") == \
        [("Actual", 2022)]


def test_a_past_with_a_consonant_stem_keeps_its_year():
    assert _facts("Иван Котов лёг в больницу 5 мая.", "Injury") == [("Actual", 2022)]


def test_a_present_told_of_a_past_year_keeps_the_year():
    # (`усыновляет`, tagged past: its clause is the year's, whatever the tense)
    assert _facts("В 2010 году Иван Котов усыновляет ребёнка, а в 2012 году уходит в отставку.",
                  "Resignation") == [("Actual", 2012)]


# ---- `которые не пройдут` ----------------------------------------------------------------------


def _undated(text: str, kind: str) -> list[str]:
    return [d.factuality for d in described(text, published=None) if d.kind == kind]


def test_an_election_that_will_not_take_place_is_not_planned():
    assert "Planned" not in _undated("Котов участвует в выборах, которые не пройдут в апреле.",
                                     "Election")


def test_a_summit_that_will_take_place_is_planned():
    assert _undated("Котов приедет на саммит, который состоится в мае.", "Summit") == ["Planned"]


# ---- signing: a joint statement is an agreement -----------------------------------------------


def test_a_joint_statement_signed_by_two_countries_is_an_agreement():
    assert actors_of("Лимания и Сордания подписали совместное заявление.", "Agreement") == \
        [frozenset({"Лимания", "Сордания"})]


def test_a_joint_statement_signed_with_a_partner_is_an_agreement():
    assert actors_of("Иван Котов подписал с Петром Беловым совместное заявление.", "Agreement") == \
        [frozenset({"Иван Котов", "Пётр Белов"})]


def test_a_statement_two_people_sign_is_no_agreement():
    assert "Agreement" not in kinds("Иван Котов и Пётр Белов подписали заявление о создании "
                                    "партии.")


def test_a_joint_letter_is_no_agreement():
    assert "Agreement" not in kinds("Иван Котов и Пётр Белов подписали совместное письмо "
                                    "президенту.")


def test_a_memorandum_and_a_communique_stay_agreements():
    assert kinds("Лимания и Сордания подписали меморандум о сотрудничестве.") == ["Agreement"]
    assert kinds("Лимания и Сордания подписали коммюнике по итогам переговоров.") == ["Agreement"]


# ---- a ruling signed is a step of a case -------------------------------------------------------


def test_a_judges_ruling_of_arrest_is_the_arrest_alone():
    assert kinds("Судья Иван Котов подписал постановление об аресте Петра Белова.") == ["Arrest"]


def test_an_investigators_ruling_is_no_law_adopted():
    assert "LawAdoption" not in kinds("Следователь Иван Котов подписал постановление о "
                                      "возбуждении уголовного дела.")


def test_a_governors_resolution_stays_a_law_adopted():
    assert kinds("Губернатор Иван Котов подписал постановление о введении карантина.") == \
        ["LawAdoption"]


def test_a_referendum_that_will_likely_take_place_is_possible():
    assert _undated("Котов заявил о референдуме, который, вероятно, пройдёт в Сорске в мае.",
                    "Election") == ["Possible"]


def test_a_referendum_that_will_likely_take_place_on_a_day_ahead_is_possible():
    assert [f for f, _ in _facts("Котов заявил о референдуме, который, вероятно, пройдёт в "
                                 "Сорске 5 мая.", "Election")] == ["Possible"]
