"""Line structure (kg.nlp.lines) and sentences (kg.nlp.ru.analysis) on hand-written articles:
a headline, a caption and the lead paragraph are never one sentence."""

from __future__ import annotations

from kg.nlp.lines import blocks, headline
from kg.nlp.ru.analysis import analyse

ARTICLE = ("Премьер Норвегии посетил завод в Тромсё\n"
           "Премьер-министр Норвегии Ларс Ульсен\n"
           "Премьер-министр Норвегии Ларс Ульсен в среду посетил судостроительный завод в Тромсё. "
           "Он осмотрел новые цеха.\n\n"
           "Завод построит три парома.")


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in blocks(text)]


def test_headline_caption_and_paragraphs_are_separate_blocks():
    assert texts(ARTICLE) == [
        "Премьер Норвегии посетил завод в Тромсё",
        "Премьер-министр Норвегии Ларс Ульсен",
        "Премьер-министр Норвегии Ларс Ульсен в среду посетил судостроительный завод в Тромсё. "
        "Он осмотрел новые цеха.",
        "Завод построит три парома."]


def test_the_first_line_without_a_full_stop_is_the_headline():
    assert headline(ARTICLE) == (0, len("Премьер Норвегии посетил завод в Тромсё"))


def test_a_text_opening_with_its_lead_paragraph_has_no_headline():
    text = "Министр посетил завод в Тромсё. Он осмотрел цеха.\nЗавод построит три парома."
    assert headline(text) is None


def test_a_headline_may_end_with_an_ellipsis_or_a_question_mark():
    assert headline("Завод закроют...\nЗавод в Тромсё закроют в мае.") is not None
    assert headline("Закроют ли завод?\nЗавод в Тромсё закроют в мае.") is not None


def test_a_single_line_has_no_headline():
    assert headline("Завод в Тромсё закроют в мае") is None


def test_blocks_are_trimmed_and_blank_lines_skipped():
    assert blocks("  Заголовок \n\n \t\nАбзац.\r\n") == [(2, 11), (17, 23)]


def test_a_hard_wrapped_paragraph_is_one_block():
    text = ("Министр финансов Эстонии заявил в понедельник, что бюджет\n"
            "на следующий год будет принят без изменений.")
    assert texts(text) == [text]


def test_a_line_ending_on_a_comma_goes_on_in_the_next_lower_case_line():
    text = "Глава компании, по словам её пресс-службы,\nпокинет пост в мае."
    assert texts(text) == [text]


def test_a_colon_line_and_the_paragraph_it_introduces_are_one_block():
    text = "Министр сказал журналистам:\n\nМы не отступим. Решение окончательное.\nНовость."
    assert texts(text) == [text[:text.index("\nНовость")], "Новость."]
    a = analyse(text)
    assert [text[s.start:s.end] for s in a.sentences][0] == \
        "Министр сказал журналистам:\n\nМы не отступим."


def test_short_list_lines_starting_in_lower_case_stay_separate():
    assert texts("Анна Берг\nгод рождения — 1970\nпрофессия — геолог") == \
        ["Анна Берг", "год рождения — 1970", "профессия — геолог"]


def test_no_sentence_crosses_a_line_break():
    a = analyse(ARTICLE)
    sentences = [ARTICLE[s.start:s.end] for s in a.sentences]
    assert sentences == [
        "Премьер Норвегии посетил завод в Тромсё",
        "Премьер-министр Норвегии Ларс Ульсен",
        "Премьер-министр Норвегии Ларс Ульсен в среду посетил судостроительный завод в Тромсё.",
        "Он осмотрел новые цеха.",
        "Завод построит три парома."]


def test_no_name_crosses_a_line_break():
    a = analyse("Визит Ханса Лунда\nХанс Лунд и Ева Лунд\nХанс Лунд прибыл в Осло.")
    assert a.ner and all("\n" not in sp.text for sp in a.ner)
    assert "Ханс Лунд" in {sp.text for sp in a.ner}


def test_tokens_belong_to_the_sentence_that_contains_them():
    a = analyse(ARTICLE)
    for t in a.tokens:
        s = a.sentences[t.sent]
        assert s.start <= t.start and t.end <= s.end and s.first <= t.index <= s.last


def test_empty_text_has_no_sentences():
    a = analyse("\n \n")
    assert a.tokens == () and a.sentences == () and a.ner == ()


def test_an_event_in_the_lead_is_read_without_the_headline_and_caption():
    from kg import nlp
    from kg.records import Document

    text = ("Визит в Тромсё\nПремьер-министр Норвегии Ларс Ульсен\nПремьер-министр Норвегии Ларс "
            "Ульсен в среду встретился с президентом Финляндии Микко Вирта.")
    x = nlp.extract(Document(id="t", text=text))
    (event,) = x.events
    assert event.kind == "Meeting"
    assert event.sentence.text == text.split("\n")[2]
    assert x.entity(event.agents[0]).name == "Ларс Ульсен"
