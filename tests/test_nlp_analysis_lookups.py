"""Indexed lookups of kg.nlp.ru.analysis.Analysis give exactly what a scan of every token or NER
span gives (they exist so that extraction stays near-linear in the article's length)."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse

TEXT = ("Визит в Берген\nМинистр обороны Норвегии Ингрид Хаген\n"
        "Министр обороны Норвегии Ингрид Хаген во вторник прибыла в Берген, где встретилась с "
        "командующим флотом Эриком Сундом. «Мы обсудили учения», — сказала Хаген.\n\n"
        "Ранее Сунд посетил Осло.")


def test_token_at_is_the_token_covering_the_offset():
    a = analyse(TEXT)
    for offset in range(len(TEXT) + 1):
        scan = next((t for t in a.tokens if t.start <= offset < t.end), None)
        assert a.token_at(offset) == scan


def test_tokens_in_and_within_match_a_scan():
    a = analyse(TEXT)
    for start in range(0, len(TEXT), 7):
        for end in range(start, len(TEXT) + 1, 11):
            assert a.tokens_in(start, end) == tuple(
                t for t in a.tokens if t.start < end and start < t.end)
            assert a.tokens_within(start, end) == tuple(
                t for t in a.tokens if start <= t.start and t.end <= end)


def test_ner_lookups_match_a_scan():
    a = analyse(TEXT)
    assert a.ner
    for start in range(0, len(TEXT), 5):
        for end in range(start, len(TEXT) + 1, 9):
            assert a.ner_within(start, end) == [n for n in a.ner
                                                if start <= n.start and n.end <= end]
    for t in a.tokens:
        assert a.ner_over(t.index) == tuple(n for n in a.ner if n.first <= t.index <= n.last)
        assert a.children(t.index) == [c for c in a.sentence_tokens(t.sent) if c.head == t.index]
