"""One event told twice, twenty-seventh round (docs/events.md, "One act told again"): an act done
to people it only counts or describes (`задержала двух человек`) is the act a later passive names
them in (`X и Y были задержаны`), at any distance; another doer, another act of the class told
between, a word counting one more, and one person described but two named keep two acts."""

from __future__ import annotations

from event_helpers import of_class

_FILLER = "Об этом сообщает агентство ТАСС. Их имена не называются. Следствие продолжается. "


def test_two_counted_people_named_later_in_a_passive_are_one_arrest():
    text = ("Полиция Лиманска задержала двух человек по подозрению в краже. " + _FILLER +
            "Иван Петров и Олег Сидоров были задержаны в ходе обысков.")
    found = of_class(text, "Arrest")
    assert len(found) == 1
    assert found[0].targets == {"Иван Петров", "Олег Сидоров"} and found[0].agents


def test_a_described_person_named_later_with_a_date_is_one_arrest():
    text = ("Власти Лимании арестовали жительницу Лиманска по обвинению в мошенничестве. " +
            _FILLER + "Анна Петрова была задержана в июле в аэропорту.")
    found = of_class(text, "Arrest")
    assert len(found) == 1 and found[0].targets == {"Анна Петрова"}


def test_counted_people_named_later_are_one_sentence():
    text = ("Суд Лиманска приговорил двух человек к трём годам колонии. " + _FILLER +
            "Иван Петров и Олег Сидоров были приговорены за кражу.")
    assert len(of_class(text, "Sentence")) == 1


def test_a_later_arrest_by_an_unnamed_other_doer_stays_apart():
    text = ("Полиция Лиманска задержала двух человек по подозрению в краже. " + _FILLER +
            "Военные задержали Ивана Петрова в аэропорту.")
    assert len(of_class(text, "Arrest")) == 2


def test_an_arrest_told_again_is_one_more():
    text = ("Полиция Лиманска задержала двух человек по подозрению в краже. " + _FILLER +
            "Иван Петров был снова задержан.")
    assert len(of_class(text, "Arrest")) == 2


def test_an_arrest_told_between_takes_the_later_passive():
    text = ("Полиция Лиманска задержала двух человек по подозрению в краже. В Омске полиция "
            "задержала ещё одного человека. Иван Петров был задержан в аэропорту.")
    found = of_class(text, "Arrest")
    assert not any(d.agents and "Иван Петров" in d.targets for d in found)


def test_one_person_described_and_two_named_stay_apart():
    text = ("Полиция Лиманска задержала жительницу города по подозрению в краже. " + _FILLER +
            "Анна Петрова и Ольга Белова были задержаны в Омске.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_named_object_leaves_a_later_arrest_apart():
    text = ("Полиция Лиманска задержала Ивана Петрова по подозрению в краже. " + _FILLER +
            "Олег Сидоров был задержан в аэропорту.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_later_arrest_in_a_written_past_year_stays_apart():
    text = ("Полиция Лиманска задержала двух человек по подозрению в краже. " + _FILLER +
            "Иван Петров был задержан в 2015 году за драку.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_passive_with_an_unnamed_doer_of_its_own_stays_apart():
    text = ("Иван Петров застрелил двух человек. " + _FILLER +
            "Затем Олег Сидоров был застрелен полицейскими.")
    assert not any(d.agents == {"Иван Петров"} and "Олег Сидоров" in d.targets
                   for d in of_class(text, "Killing"))


def test_an_active_verb_naming_its_subject_is_not_the_counted_act():
    text = ("Президент Иван Котов назначил двух министров. " + _FILLER +
            "В октябре Олег Сидоров стал министром финансов.")
    assert not any(d.agents == {"Иван Котов"} and "Олег Сидоров" in d.targets
                   for d in of_class(text, "Appointment"))


def test_a_woman_named_after_a_man_described_stays_apart():
    text = ("Полиция Лиманска задержала сотрудника банка по подозрению в краже. " + _FILLER +
            "Анна Петрова была задержана в аэропорту.")
    assert len(of_class(text, "Arrest")) == 2
