"""Actors the trigger's sentence names only by a word that refers back: the object of a control
verb the parse hung elsewhere, a pronoun that goes on with what the sentence before is about, a
person given an age as a known subject, `который` after a predicate noun
(kg/nlp/ru/event_roles.py, kg/nlp/ru/reference.py; docs/events.md)."""

from __future__ import annotations

from event_helpers import described


def test_a_control_verb_object_tangled_with_a_participle_does_the_infinitive():
    # (the parse hangs the name on `во главе`, and the noun on the participle before it)
    got = [(e.kind, e.agents) for e in described(
        "Повстанцы вынудили законно избранного лидера страны Марко Тавареса бежать за "
        "границу и просить о вмешательстве соседние страны во главе с Бразилией.")]
    assert ("Appeal", frozenset({"Марко Таварес"})) in got


def test_the_pronoun_goes_on_with_the_person_the_sentence_before_is_about():
    # the subject of the last clause is another man, but `ему` and `его` are Лаптев
    got = [(e.kind, e.actors) for e in described(
        "Для Игоря Лаптева работа в мэрии при губернаторе Олеге Зорине стала первой, а когда "
        "ему исполнилось 30 лет, губернатор Аркадий Светлов назначил его советником. "
        "В 2010 году он был избран мэром Твери.")]
    assert ("Election", frozenset({"Игорь Лаптев"})) in got


def test_a_person_given_an_age_before_the_verb_is_the_one_just_named():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Поддержка мэра Ильи Соколова падает, однако оппозиционеру Глебу Маркову удалось "
        "собрать сторонников. 45-летний юрист критикует Соколова за рост цен.")]
    assert ("Accusation", frozenset({"Глеб Марков"}), frozenset({"Илья Соколов"})) in got


def test_a_person_given_an_age_after_the_verb_is_someone_new():
    got = [(e.kind, e.targets) for e in described(
        "Мэр Илья Соколов прибыл на место. Полиция задержала 30-летнего водителя.")]
    arrests = [targets for kind, targets in got if kind == "Arrest"]
    assert arrests and all(t != frozenset({"Илья Соколов"}) for t in arrests)


def test_an_unsaid_subject_goes_on_past_a_sentence_that_leaves_its_own_unsaid():
    # the sentence before names the father only in an oblique phrase: its own subject, unsaid,
    # is the son named before it, and so is the one arrested
    got = [(e.kind, e.actors) for e in described(
        "Иван Сергеевич Петров родился в Твери в 1950 году. После смерти отца Олега Петрова "
        "возглавил семейную компанию. В 2010 году арестован по обвинению в мошенничестве.")]
    assert ("Arrest", frozenset({"Иван Петров"})) in got


def test_a_family_named_by_a_persons_surname_is_no_unknown_antecedent():
    # `Уолтонов`, which the NER leaves untagged, is the family of the man named before, not
    # someone else `он` could stand for
    got = [(e.kind, e.actors) for e in described(
        "Джеймс Уолтон родился в Денвере. Позднее он работал в банке и управлял семейным "
        "холдингом Уолтонов. В 2004 году он был избран мэром Денвера.")]
    assert ("Election", frozenset({"Джеймс Уолтон"})) in got


def test_a_companion_is_not_what_the_sentence_before_is_about():
    got = [(e.kind, e.actors) for e in described(
        "Игорь Лаптев родился в Твери в 1960 году. Вместе с Олегом Зориным основал студию "
        "«Зенит». В 2015 году арестован по обвинению в мошенничестве.")]
    assert ("Arrest", frozenset({"Игорь Лаптев"})) in got


def test_an_undeclined_name_hung_on_an_oblique_noun_may_be_the_subject_before():
    # `Мишель Дюран` does not decline: hung on `мужа`, it may still be the one who became
    # leader, so `Она` is she
    got = [(e.kind, e.actors) for e in described(
        "После гибели мужа Мишель Дюран стала лидером партии. Она приняла участие в "
        "президентских выборах 2012 года.")]
    assert ("Election", frozenset({"Мишель Дюран"})) in got


def test_an_unnamed_passive_subject_stands_in_the_way_of_a_pronoun():
    # `он` is the former governor, whom the article does not name, not the minister before
    got = [(e.kind, e.agents) for e in described(
        "Министр финансов Олег Зорин посетил Тверь в понедельник. В 2015 году бывший губернатор "
        "был осуждён на восемь лет, поскольку именно он отдал приказ задержать журналистов.")]
    assert [k for k, agents in got if "Олег Зорин" in agents] == ["Visit"]


def test_which_after_a_predicate_noun_is_the_subject_of_its_verb():
    got = [(e.kind, e.actors) for e in described(
        "Президент Республики Алтай Олег Зорин ушёл в отставку в марте. Игорь Лаптев стал "
        "первым президентом республики, который был избран парламентом.")]
    assert ("Election", frozenset({"Игорь Лаптев"})) in got


def test_a_dated_act_far_past_the_lead_told_with_another_verb_is_not_the_titles():
    # once `он` is resolved in a biography, its dated nomination must not be read as the title's
    # appointment told again (which would date the appointment 2004)
    got = [(e.kind, e.actors, e.year) for e in described(
        "Губернатор Олег Зорин назначил Игоря Лаптева министром\n"
        "Так сказано в сообщении областного правительства. Игорь Лаптев родился в Твери. Он "
        "окончил университет в Москве. Затем он работал в банке. В 2004 году Лаптев выдвинул "
        "свою кандидатуру на должность мэра Твери.")]
    assert ("Appointment", frozenset({"Игорь Лаптев", "Олег Зорин"}), None) in got


def test_a_long_chain_of_sentences_leaving_the_subject_unsaid_ends_without_error():
    # each sentence hands the search back one sentence: bounded, however long the article
    text = ("Иван Петров родился в Твери. " + "После смерти брата Олега Петрова уехал в Москву. "
            * 400 + "В 2010 году арестован в Омске.")
    assert [e.kind for e in described(text)][:1] == ["Birth"]


def test_only_a_form_of_a_named_persons_surname_counts_as_that_family():
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import find_entities
    from kg.nlp.ru.event_roles import Roles

    a = analyse("Джеймс Уолтон родился в Денвере. Холдингом Уолтонов управлял Уолтонский.")
    ref = Roles(a, find_entities(a)).reference
    ref.by_surname = {"уолтон": "e1"}  # the article names only Джеймс Уолтон
    assert [(t.text, ref._known_surname(t)) for t in a.tokens if t.text.startswith("Уолтон")] \
        == [("Уолтон", True), ("Уолтонов", True), ("Уолтонский", False)]
