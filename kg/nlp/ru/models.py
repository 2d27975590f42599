"""Loads Natasha's Russian models once per process; nothing else imports natasha's model classes.

The models ship inside the natasha/slovnet/navec PyPI packages, so loading never downloads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


def load_embedding() -> Any:
    """The navec news embeddings the tagger, the parser and the NER are built from (word → 300-d
    vector; scripts/learn_triggers.py reads them too). Not cached: the models keep what they need
    of it, and holding the whole table costs a process about 60 MiB."""
    from natasha import NewsEmbedding

    return NewsEmbedding()


@functools.cache
def load_models() -> Models:
    from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = load_embedding()
    return Models(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb),
                  NewsNERTagger(emb))


@functools.lru_cache(maxsize=65536)
def word_parses(word: str) -> tuple:
    """The dictionary's parses of a word, likeliest first: the one cache of the process every
    rule module reads the morphology through (names and words recur within and across articles,
    and several modules ask of the same word)."""
    return tuple(load_models().morph_vocab.parse(word))


def tagged_lemma(word: str, pos: str | None, feats: dict[str, str] | None) -> str:
    """The lemmatiser's lemma of a word as the tagger read it (`MorphVocab.lemmatize`), worked
    out once per word, part of speech and features: the analysis asks it of every token, and most
    tokens are words the text has used before."""
    return _tagged_lemma(word, pos, tuple(sorted(feats.items())) if feats is not None else None)


@functools.lru_cache(maxsize=65536)
def _tagged_lemma(word: str, pos: str | None, feats: tuple | None) -> str:
    return load_models().morph_vocab.lemmatize(word, pos,
                                               dict(feats) if feats is not None else None)


def inflected(parse, grams: set[str]):
    """`parse.inflect(grams)`, the form of a parse of `word_parses` with these grammemes (None
    when the dictionary has none), worked out once: the name passes put the same names in the
    nominative again in every article, and the morphology builds the whole lexeme each time."""
    return _inflected(parse, frozenset(grams))


@functools.lru_cache(maxsize=65536)
def _inflected(parse, grams: frozenset[str]):
    return parse.inflect(set(grams))
