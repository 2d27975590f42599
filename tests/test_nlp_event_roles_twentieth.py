"""Event participants, twentieth round (docs/events.md "Participants"): participants lost or taken
wrongly where the parse splits a list or a name. Hand-written sentences."""

from __future__ import annotations

from event_helpers import of_class

# ---- a list member in Latin letters (tagged as a foreign word) -----------------------------

def test_a_second_latin_name_of_a_list_is_a_participant_too():
    found = of_class("Вечером на стадионе прошёл матч между командами Boston Eagles и "
                     "Dallas Rangers.", "SportsMatch")
    assert [d.actors for d in found] == [{"Boston Eagles", "Dallas Rangers"}]


def test_a_latin_name_of_another_clause_is_not_added_to_the_list():
    # `Apple` is the subject of its own clause, not a conjunct of the agent
    found = of_class("Компания Google подписала соглашение с Samsung, а Apple отказалась "
                     "от переговоров.", "Agreement")
    assert all("Apple" not in d.actors for d in found)


# ---- a plural kind noun the tagger read as a genitive singular ------------------------------

def test_a_plural_kind_noun_before_a_list_of_names_gives_every_name():
    # `Компании` is the nominative plural (the same form as the genitive singular)
    found = of_class("Компании Google и Apple подписали соглашение о сотрудничестве.", "Agreement")
    assert [d.actors for d in found] == [{"Google", "Apple"}]


def test_a_genitive_singular_kind_noun_is_not_read_as_a_plural():
    # `компании` is a genitive here (`акционеры компании`), not the verb's subject: no list
    # is read off it, and the shareholders are not the company
    found = of_class("Акционеры компании Google подписали соглашение с Samsung.", "Agreement")
    assert [d.actors for d in found] == [{"Samsung"}]


def test_a_singular_verb_does_not_make_the_kind_noun_plural():
    found = of_class("Группа Metallica выступила на фестивале в Москве.", "Performance")
    assert [d.actors for d in found] == [{"Metallica"}]


# ---- two subjects the parse hung on the verb apart, joined by `и` ---------------------------

def test_a_named_subject_joined_to_a_counted_one_is_the_subject_of_a_plural_verb():
    found = of_class("Во время штурма Пётр Орлов и около 80 его последователей погибли.", "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов"}]


def test_a_subject_of_another_clause_does_not_join_the_plural_subject():
    # `Петров погиб` is its own clause; the followers' deaths name no one
    found = of_class("Пётр Орлов погиб, а позже около 80 его последователей погибли.", "Death")
    assert [d.actors for d in found if d.actors] == [{"Пётр Орлов"}]


def test_a_lone_singular_name_under_a_plural_verb_is_still_the_object():
    # the impersonal plural: the name is who was detained, not who detained
    found = of_class("Петра Орлова задержали в Москве.", "Arrest")
    assert all("Пётр Орлов" not in d.agents for d in found)


# ---- a name split by the parse after its preposition ---------------------------------------

def test_a_name_after_a_preposition_is_not_the_subject_of_the_verb():
    # `Оно` is hung on `стрелял` as its subject, `Йоко` under `с`
    found = of_class("Пётр Орлов стоял у ворот и стрелял в спину Сидорову, подходившему "
                     "вместе с Йоко Оно к машине.", "Attack")
    assert [d.agents for d in found] == [{"Пётр Орлов"}]


def test_a_name_that_opens_the_clause_is_still_its_subject():
    found = of_class("Анна Белова выступила на концерте в Самаре.", "Performance")
    assert [d.agents for d in found] == [{"Анна Белова"}]


def test_a_fronted_companion_is_not_taken_for_the_subject():
    found = of_class("Вместе с Анной Беловой Пётр Орлов выступил на концерте в Самаре.",
                     "Performance")
    assert found and all("Анна Белова" not in d.agents for d in found)


# ---- a decision in the instrumental: who decided -------------------------------------------

def test_the_body_whose_decision_is_in_the_instrumental_is_the_agent():
    found = of_class("Бегунья Анна Белова решением Международного олимпийского комитета лишена "
                     "медали.", "Revocation")
    assert [d.agents for d in found] == [{"Международный олимпийский комитет"}]


def test_a_decision_with_no_genitive_names_no_agent():
    found = of_class("Бегунья Анна Белова решением от 5 мая лишена медали.", "Revocation")
    assert all(not d.agents for d in found)


def test_a_decision_named_with_a_preposition_gives_no_agent_this_way():
    # the decision is what she broke, not the act that took the medal
    found = of_class("Бегунья Анна Белова лишена медали за нарушение решения Международного "
                     "олимпийского комитета.", "Revocation")
    assert all("Международный олимпийский комитет" not in d.agents for d in found)


# ---- `который` of a relative clause the parse made a sentence of its own -------------------

def test_a_relative_pronoun_stands_for_the_name_before_its_comma():
    found = of_class("Суд вынес решение о реабилитации бывшего мэра Самары Петра Орлова, "
                     "который в 2013 году был приговорен Верховным судом к четырём годам "
                     "лишения свободы.", "Sentence")
    assert [d.targets for d in found] == [{"Пётр Орлов"}]


def test_a_relative_pronoun_that_disagrees_with_the_name_before_its_comma_takes_nothing():
    # `которая` is feminine: not the man named before the comma
    found = of_class("Суд вынес решение по делу жены Петра Орлова, которая в 2013 году "
                     "была приговорена Верховным судом к четырём годам лишения свободы.",
                     "Sentence")
    assert all("Пётр Орлов" not in d.targets for d in found)


# ---- the subject of a clause opened by a conjunction, hung elsewhere ------------------------

def test_the_nominative_between_the_conjunction_and_its_verb_is_the_subject():
    found = of_class("Пётр Орлов стал королём в 1999 году после того, как его отец, Иван "
                     "Орлов, умер от сердечного приступа.", "Death")
    assert [d.actors for d in found] == [{"Иван Орлов"}]


def test_a_nominative_that_disagrees_with_the_verb_is_not_its_subject():
    # `умерла` is feminine: `отец` is not who died
    found = of_class("Пётр Орлов стал королём после того, как его отец, Иван Орлов, сообщил, "
                     "что умерла королева.", "Death")
    assert all("Иван Орлов" not in d.actors for d in found)


# ---- two "subjects", one of a gender the past verb rules out --------------------------------

def test_a_neuter_noun_under_a_feminine_verb_is_the_object_not_the_subject():
    # `Правительство` is the accusative (the same form as the nominative); she heads it
    found = of_class("Правительство Эстонии впервые возглавила женщина — Анна Белова.",
                     "Appointment")
    assert [(d.targets, d.others) for d in found] == [({"Анна Белова"}, {"Эстония"})]


def test_a_neuter_body_name_under_a_feminine_verb_is_the_object():
    found = of_class("Министерство культуры в этом году возглавила Анна Белова.", "Appointment")
    assert [(d.targets, d.others) for d in found] == [({"Анна Белова"}, {"Министерство культуры"})]


def test_a_masculine_title_under_a_feminine_verb_stays_the_subject():
    # a masculine title may name a woman: gender settles nothing between masculine and feminine
    found = of_class("Министерство возглавила министр Анна Белова.", "Appointment")
    assert [d.targets for d in found] == [{"Анна Белова"}]


def test_a_lone_neuter_subject_of_a_neuter_verb_is_kept():
    found = of_class("Агентство сообщило, что комитет возглавил Пётр Орлов.", "Appointment")
    assert all("Агентство" not in d.targets for d in found) and \
        any("Пётр Орлов" in d.targets for d in found)


# ---- lists of names the parse hung apart ----------------------------------------------------

def test_every_name_of_a_list_after_a_dash_takes_part():
    # the second name hangs on the first as an apposition, a later one is tagged a particle
    found = of_class("В заседании приняло участие руководство Китая — Ли Кэцян, Ли Чжаньшу, "
                     "Ван Ян, Ван Хунин и Хань Чжэн.", "Meeting")
    listed = {"Ли Кэцян", "Ли Чжаньшу", "Ван Ян", "Ван Хунин", "Хань Чжэн"}
    assert found and listed <= found[0].actors


def test_names_after_a_colon_set_off_by_commas_are_all_listed():
    found = of_class("Из парламента вышли три политические партии: Словенская народная "
                     "партия (СНП), Демократическая партия пенсионеров Словении (ДППС) и "
                     "«Зелёный список» (ЗС).", "Withdrawal")
    assert found and {"Словенская народная партия",
                      "Демократическая партия пенсионеров Словении"} <= found[0].actors


def test_a_second_name_of_the_same_person_is_not_another_participant():
    # an apposition naming the same one again (a name with no list after it) adds no one
    found = of_class("Пётр Орлов, Орлов-младший, погиб в аварии.", "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов"}]


def test_a_name_of_another_clause_after_a_list_is_not_listed():
    # `Анна Белова` opens a clause of her own after the comma
    found = of_class("Полиция задержала Петра Орлова и Ивана Сидорова, Анна Белова не "
                     "пострадала.", "Arrest")
    assert [d.targets for d in found] == [{"Пётр Орлов", "Иван Сидоров"}]


def test_a_second_name_of_the_first_in_a_list_adds_no_one():
    found = of_class("Пётр Орлов, Орлов-младший, и Иван Сидоров погибли в аварии.", "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов", "Иван Сидоров"}]


# ---- a former holder of a title is not the sitting one --------------------------------------

_FORMER_AND_SITTING = ("Экс-президент Чили Пётр Орлов был арестован в среду в своём доме. "
                       "Нынешний президент Чили Иван Сидоров заявил, что не будет вмешиваться. ")


def test_a_former_title_is_the_one_introduced_as_former():
    found = of_class("Бывший президент Чили арестован в Сантьяго\n" + _FORMER_AND_SITTING, "Arrest")
    assert found and all("Иван Сидоров" not in d.actors for d in found) and \
        any("Пётр Орлов" in d.actors for d in found)


def test_a_title_without_former_is_still_the_sitting_holder():
    found = of_class(_FORMER_AND_SITTING + "Позже президент Чили посетил Лиму.", "Visit")
    assert [d.agents for d in found] == [{"Иван Сидоров"}]


def test_a_former_title_is_never_the_sitting_holder_when_no_former_one_is_named():
    found = of_class("Президент Чили Иван Сидоров выступил в парламенте. Позже бывший "
                     "президент Чили посетил Лиму.", "Visit")
    assert all("Иван Сидоров" not in d.agents for d in found)


# ---- a person noun between its owner and its own name ---------------------------------------

def test_the_name_set_off_after_the_owner_is_the_nouns_own():
    found = of_class("Полиция начала расследование убийства делового партнера Бориса Петрова – "
                     "бизнесмена Николая Орлова.", "Killing")
    assert [d.targets for d in found] == [{"Николай Орлов"}]


def test_a_lone_name_after_the_noun_is_still_its_own():
    found = of_class("Полиция начала расследование убийства бизнесмена Бориса Петрова.", "Killing")
    assert [d.targets for d in found] == [{"Борис Петров"}]


def test_a_description_set_off_after_the_name_names_no_one_else():
    found = of_class("Полиция начала расследование убийства бизнесмена Бориса Петрова, "
                     "владельца завода.", "Killing")
    assert [d.targets for d in found] == [{"Борис Петров"}]


# ---- a singular verb after its subject: no list ---------------------------------------------

def test_names_of_a_comparison_hung_on_the_subject_are_not_its_conjuncts():
    found = of_class("Адвокат Пётр Орлов, представлявший интересы таких фигур, как бывший "
                     "министр Иван Сидоров, экс-премьер Франции Жан Дюпон и олигарх Роман "
                     "Абрамович, был найден мёртвым.", "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов"}]


def test_a_plural_verb_keeps_the_whole_list():
    found = of_class("Пётр Орлов и Иван Сидоров были задержаны в Москве.", "Arrest")
    assert [d.targets for d in found] == [{"Пётр Орлов", "Иван Сидоров"}]


def test_a_singular_verb_before_its_subjects_keeps_the_list():
    found = of_class("В Москве погиб Пётр Орлов и его друг Иван Сидоров.", "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов", "Иван Сидоров"}]


def test_two_descriptions_of_one_person_before_a_singular_verb_give_the_person():
    found = of_class("Автор книги и основатель журнала «Север» Пётр Орлов покончил с собой.",
                     "Death")
    assert [d.actors for d in found] == [{"Пётр Орлов"}]


def test_a_group_noun_before_a_singular_verb_keeps_its_names():
    found = of_class("Дуэт Анна Белова и Пётр Орлов выступил на фестивале в Самаре.", "Performance")
    assert [d.agents for d in found] == [{"Анна Белова", "Пётр Орлов"}]
