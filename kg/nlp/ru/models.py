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


@functools.cache
def load_models() -> Models:
    from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)

    emb = NewsEmbedding()
    return Models(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb),
                  NewsNERTagger(emb))
