"""The rule modules read the dictionary through one memoised parse per process
(kg.nlp.ru.models.word_parses), and the analysis's lemmas through one memoised lemmatiser
(tagged_lemma), with the answers the morphology gives uncached. Sentences are written for these
tests."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.models import load_models, tagged_lemma, word_parses
from kg.nlp.ru.name_types import common_word, dictionary_tags, noun_lemma


def test_the_memoised_lemma_is_the_lemmatisers_for_every_word_of_a_sentence():
    vocab = load_models().morph_vocab
    a = analyse("Жители Твери встретили новых учителей у старого собора.")
    assert a.tokens
    for t in a.tokens:
        assert tagged_lemma(t.text, t.pos, t.feats) == vocab.lemmatize(t.text, t.pos, t.feats)


def test_a_word_asked_by_two_name_rules_is_parsed_once():
    word_parses.cache_clear()
    noun_lemma.__wrapped__("Колокольней")  # (each rule's own cache left out)
    dictionary_tags.__wrapped__("Колокольней")
    common_word.__wrapped__("Колокольней")
    info = word_parses.cache_info()
    assert (info.misses, info.hits) == (1, 2)


def test_the_shared_parse_gives_the_dictionarys_readings_in_order():
    vocab = load_models().morph_vocab
    word = "Нидерландах"
    assert [p.tag for p in word_parses(word)] == [p.tag for p in vocab.parse(word)]
