"""Sentences across a colon and blank lines, twenty-fifth round (kg.nlp.lines.sentence_blocks): a
colon line joins the paragraph it introduces, except when two or more blank lines stand between
and the paragraph opens as narrative (where a quotation set apart was left out of the text); a
quote mark, a dash of direct speech, a list item or a lower-case continuation after the gap still
belong to the colon, and so does a paragraph after one blank line. Every text is written for these
tests."""

from __future__ import annotations

from speech_helpers import said

from kg.nlp.lines import blocks, sentence_blocks
from kg.nlp.ru.analysis import analyse


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in analyse(text).sentences]


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_blocks(text)]


# ---- must split: narrative after two or more blank lines -----------------------------------

def test_narrative_after_two_blank_lines_is_a_new_sentence():
    text = "Министр Иван Петров заявил:\n\n\nОн добавил, что завод закроют в мае."
    assert _sentences(text) == ["Министр Иван Петров заявил:",
                                "Он добавил, что завод закроют в мае."]


def test_narrative_opening_with_a_date_after_the_gap_is_a_new_sentence():
    text = "Агентство сообщило:\n\n\n\n12 мая в Казани прошёл митинг."
    assert _pieces(text) == ["Агентство сообщило:", "12 мая в Казани прошёл митинг."]


def test_split_pieces_keep_their_offsets_into_the_text():
    text = "  Мэр написал в блоге:  \n \n\n  Вечером в городе отключили свет.\n"
    for (s, e), piece in zip(sentence_blocks(text),
                             ["Мэр написал в блоге:", "Вечером в городе отключили свет."],
                             strict=True):
        assert text[s:e] == piece
    for s in analyse(text).sentences:
        piece = text[s.start:s.end]
        assert piece.strip() == piece and "\n" not in piece


def test_a_name_in_the_narrative_is_not_glued_to_the_cue_line():
    text = "Пресс-секретарь Анна Берг сказала:\n\n\nИван Петров прибыл в Омск."
    a = analyse(text)
    assert len(a.sentences) == 2
    assert all(a.tokens[sp.first].sent == a.tokens[sp.last].sent for sp in a.ner)


# ---- must keep joined -------------------------------------------------------------------------

def test_a_quote_mark_after_the_gap_stays_with_the_colon():
    text = "Министр заявил:\n\n\n«Мы не отступим».\nНовость."
    assert _pieces(text) == ["Министр заявил:\n\n\n«Мы не отступим».", "Новость."]


def test_a_dash_of_direct_speech_after_the_gap_stays_with_the_colon():
    text = "Министр заявил:\n\n\n— Мы не отступим."
    assert _pieces(text) == [text]


def test_a_list_item_after_the_gap_stays_with_the_colon():
    text = "Губернатор постановил:\n\n\n1. Закрыть рынок на неделю."
    assert _pieces(text) == [text]


def test_a_lower_case_continuation_after_the_gap_stays_with_the_colon():
    text = "В список вошли:\n\n\nмосковские и казанские заводы."
    assert _pieces(text) == [text]


def test_a_paragraph_after_one_blank_line_stays_with_the_colon():
    text = "Министр сказал журналистам:\n\nМы не отступим. Решение окончательное."
    assert _sentences(text)[0] == "Министр сказал журналистам:\n\nМы не отступим."


def test_a_cue_line_still_takes_the_paragraph_after_one_blank_line_as_its_quote():
    found = said("Водитель Сергей Орлов задержан. По словам Сергея Орлова, он уехал от страха:\n\n"
                 "Я испугался. Потом сел в машину и уехал домой.")
    assert [(w, s, a) for w, s, a, _ in found] == [("Сергей Орлов", None, False)]
    assert "Я испугался" in found[0][3]


def test_a_speaker_after_the_gap_does_not_speak_the_narrative():
    found = said("Министр Иван Петров заявил:\n\n\nВечером в городе отключили свет.")
    assert all("отключили свет" not in words for _, _, _, words in found)


def test_line_blocks_for_line_kinds_still_join_across_the_gap():
    # (the mention model's line kinds and the lead were built on the older blocks)
    text = "Министр заявил:\n\n\nОн добавил, что завод закроют."
    assert [text[s:e] for s, e in blocks(text)] == [text]
