"""Two cue lines in a row (kg.nlp.lines.sentence_blocks): a line that ends on a colon followed by
a paragraph opening as narrative that ends on a colon itself is a sentence of its own, whatever
the gap; the second line is a further cue and takes the words after it. A quote mark, a list item
or a lower-case continuation still belong to the first colon. Every text is written for these
tests."""

from __future__ import annotations

from speech_helpers import said

from kg.nlp.lines import blocks, sentence_blocks
from kg.nlp.ru.analysis import analyse


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_blocks(text)]


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in analyse(text).sentences]


def test_a_speaker_line_before_a_cue_line_is_its_own_sentence():
    text = "Иван Петров:\nМинистр финансов Олег Зимин заявил:\n«Налоги не вырастут»."
    assert _pieces(text) == ["Иван Петров:",
                             "Министр финансов Олег Зимин заявил:\n«Налоги не вырастут»."]


def test_a_cue_line_after_one_blank_line_ends_the_colon_line_before_it():
    text = ("Губернатор объявил об отставке мэра Омска:\n\nВ заявлении администрации говорится:\n"
            "«Мэр ушёл сам».")
    assert _sentences(text)[0] == "Губернатор объявил об отставке мэра Омска:"


def test_the_second_cue_line_gives_the_quote_its_speaker():
    found = said("Губернатор Иван Петров объявил об отставке мэра Омска:\n\n"
                 "Пресс-секретарь Анна Берг сказала:\n«Мэр ушёл по собственному желанию».")
    assert ("Анна Берг", "Мэр ушёл по собственному желанию") in [(w, q) for w, _, _, q in found]
    assert ("Иван Петров", "Мэр ушёл по собственному желанию") not in \
        [(w, q) for w, _, _, q in found]


def test_a_bare_name_line_does_not_speak_the_next_cue_lines_quote():
    found = said("Иван Петров:\nМинистр финансов Олег Зимин заявил:\n«Налоги не вырастут».")
    assert [w for w, _, _, _ in found] == ["Олег Зимин"]


def test_a_list_item_ending_on_a_colon_stays_with_the_colon():
    text = "Губернатор постановил:\n1. Закрыть рынок на неделю:"
    assert _pieces(text) == [text]


def test_a_quote_ending_on_a_colon_stays_with_the_colon():
    text = "Министр заявил:\n«Мы решили так»:"
    assert _pieces(text) == [text]


def test_a_lower_case_line_ending_on_a_colon_stays_with_the_colon():
    text = "В список вошли:\nмосковские заводы и ещё два:"
    assert _pieces(text) == [text]


def test_a_colon_line_before_narrative_without_a_colon_still_joins_it():
    text = "Министр сказал журналистам:\nЗавод закроют в мае."
    assert _pieces(text) == [text]


def test_line_blocks_for_line_kinds_still_join_two_cue_lines():
    # (the mention model's line kinds and the lead were built on the older blocks)
    text = "Иван Петров:\nМинистр заявил:\n«Налоги не вырастут»."
    assert [text[s:e] for s, e in blocks(text)] == [text]
