"""A person named by a first name and a patronymic, twenty-sixth round: not linked through a NEREL
mention whose first name the item's own name contradicts (kg.link.linker `_other_first_name`), and
joined to the linked person whose label holds both words (kg.link.identity). The sentences are
written for these tests; the gazetteer rows are the shipped ones."""

from __future__ import annotations

from linking_helpers import linked_qid, make_extraction

# Q371337 (label `Норштейн, Юрий Борисович`) carries `Эдуард Васильевич` among its NEREL mentions;
# Q1979923 (`Карапетян, Самвел Саркисович`) carries `Карен Карапетян`


def test_a_first_name_and_patronymic_of_another_first_name_is_not_linked_by_a_mention():
    text = "Вспоминает Эдуард Васильевич: работа шла по ночам."
    x = make_extraction(text, ("p", "person", "Эдуард Васильевич", "Эдуард Васильевич"))
    assert linked_qid(x, "p") != "Q371337"


def test_a_full_name_under_another_first_name_is_left_to_the_mention():
    # the guard reads only a first name with a patronymic: NEREL's annotators give a relative
    # the QID of the person the text is about as often as they slip, and the gold follows them
    text = "Премьер Карен Карапетян провёл заседание правительства."
    x = make_extraction(text, ("p", "person", "Карен Карапетян", "Карен Карапетян"))
    assert linked_qid(x, "p") == "Q1979923"


def test_the_items_own_first_name_still_links():
    text = "Режиссёр Юрий Норштейн показал новые эскизы."
    x = make_extraction(text, ("p", "person", "Юрий Норштейн", "Юрий Норштейн"))
    assert linked_qid(x, "p") == "Q371337"


def test_the_items_own_full_name_still_links_by_its_label():
    text = "Бизнесмен Самвел Карапетян купил завод."
    x = make_extraction(text, ("p", "person", "Самвел Карапетян", "Самвел Карапетян"))
    assert linked_qid(x, "p") == "Q1979923"


def test_a_surname_alone_is_not_judged_by_first_names():
    # no name of two words: nothing for the first name to contradict
    text = "Норштейн показал новые эскизы."
    x = make_extraction(text, ("p", "person", "Норштейн", "Норштейн"))
    assert linked_qid(x, "p") in (None, "Q371337")


def test_a_short_form_of_the_items_first_name_still_links():
    # `Джим` begins as `Джеймс` does: a short form, the same man (Q267902, `Мэттис, Джеймс`)
    text = "Журналисты задали вопрос Джиму Мэттису в Кабуле."
    x = make_extraction(text, ("p", "person", "Джим Мэттис", "Джиму Мэттису"))
    assert linked_qid(x, "p") == "Q267902"


def test_a_name_of_another_surname_given_by_a_mention_still_links():
    # a birth name under another surname (Q102870, `Табмен, Гарриет`, known as `Араминта Росс`
    # too) is no namesake: the guard leaves names of another surname alone
    text = "Араминта Росс бежала с плантации в 1849 году."
    x = make_extraction(text, ("p", "person", "Араминта Росс", "Араминта Росс"))
    assert linked_qid(x, "p") == "Q102870"


def test_another_transcription_of_the_items_first_name_still_links():
    # `Герман` and `Херман` are two transcriptions of one name (Q491019, `Херман Кейн`)
    text = "Кандидат Герман Кейн выступил в Атланте. Кейн говорил о налогах."
    x = make_extraction(text, ("p", "person", "Герман Кейн", "Герман Кейн", "Кейн",
                               {"aliases": ("Кейн",)}))
    assert linked_qid(x, "p") == "Q491019"


# a first name and a patronymic the text never gives with a surname: the linked label says whose


def _people(x):
    from kg.link import annotate

    out = annotate(x)
    return {e.name: sorted(m.text for m in e.mentions) for e in out.entities if e.kind == "person"}


def test_a_first_name_and_patronymic_join_the_person_whose_label_holds_them():
    # Q4312193 is labelled `Эдуард Васильевич Назаров`
    text = "Умер режиссёр Эдуард Назаров. Эдуард Васильевич долго болел."
    x = make_extraction(text, ("p", "person", "Эдуард Назаров", "Эдуард Назаров"),
                        ("q", "person", "Эдуард Васильевич", "Эдуард Васильевич"))
    found = _people(x)
    assert found["Эдуард Назаров"] == ["Эдуард Васильевич", "Эдуард Назаров"]


def test_another_patronymic_stays_another_person():
    text = "Умер режиссёр Эдуард Назаров. Эдуард Петрович прислал соболезнования."
    x = make_extraction(text, ("p", "person", "Эдуард Назаров", "Эдуард Назаров"),
                        ("q", "person", "Эдуард Петрович", "Эдуард Петрович"))
    found = _people(x)
    assert found["Эдуард Назаров"] == ["Эдуард Назаров"]


def test_a_first_name_and_patronymic_with_a_surname_is_not_joined_by_the_label():
    # a name with its surname is judged by the names, not by another person's label
    text = "Умер режиссёр Эдуард Назаров. Эдуард Васильевич Петренко прислал соболезнования."
    x = make_extraction(text, ("p", "person", "Эдуард Назаров", "Эдуард Назаров"),
                        ("q", "person", "Эдуард Петренко", "Эдуард Васильевич Петренко",
                         {"aliases": ("Эдуард Васильевич Петренко",)}))
    found = _people(x)
    assert found["Эдуард Назаров"] == ["Эдуард Назаров"]


def test_the_other_persons_patronymic_is_not_this_ones():
    # Q371337 is labelled `Норштейн, Юрий Борисович`: `Юрий Васильевич` is someone else
    text = "Режиссёр Юрий Норштейн показал эскизы. Юрий Васильевич похвалил их."
    x = make_extraction(text, ("p", "person", "Юрий Норштейн", "Юрий Норштейн"),
                        ("q", "person", "Юрий Васильевич", "Юрий Васильевич"))
    found = _people(x)
    assert found["Юрий Норштейн"] == ["Юрий Норштейн"]
