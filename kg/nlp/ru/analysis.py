"""Natasha's analysis of a Russian text, adapted into plain records (tokens, sentences, NER spans).

This is the boundary: the stages after it (entities, events, speech, dates) read these records,
never natasha objects, so they can be tested on hand-made analyses too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.nlp.ru.models import load_models


@dataclass(frozen=True, slots=True)
class Token:
    index: int  # position in Analysis.tokens
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    feats: dict[str, str] = field(hash=False, compare=False)
    head: int | None  # index of the syntactic head, None for the root
    rel: str
    sent: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    first: int  # first token index
    last: int  # last token index (inclusive)


@dataclass(frozen=True, slots=True)
class NerSpan:
    start: int
    end: int
    type: str  # PER, LOC, ORG
    text: str
    normal: str  # nominative form as Natasha normalises it
    first: int  # first token index
    last: int


@dataclass(frozen=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    ner: tuple[NerSpan, ...]

    def children(self, index: int) -> list[Token]:
        return [t for t in self.sentence_tokens(self.tokens[index].sent) if t.head == index]

    def sentence_tokens(self, sent: int) -> tuple[Token, ...]:
        s = self.sentences[sent]
        return self.tokens[s.first:s.last + 1]

    def token_at(self, offset: int) -> Token | None:
        for t in self.tokens:
            if t.start <= offset < t.end:
                return t
        return None


def analyse(text: str) -> Analysis:
    """Segment, tag, parse and NER-tag `text`; offsets are code points into `text`."""
    from natasha import Doc

    m = load_models()
    doc = Doc(text)
    doc.segment(m.segmenter)
    doc.tag_morph(m.morph_tagger)
    doc.parse_syntax(m.syntax_parser)
    doc.tag_ner(m.ner_tagger)

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    by_start: dict[int, int] = {}
    for si, sent in enumerate(doc.sents):
        first = len(tokens)
        local = {t.id: first + i for i, t in enumerate(sent.tokens)}
        for t in sent.tokens:
            t.lemmatize(m.morph_vocab)
            idx = len(tokens)
            by_start[t.start] = idx
            head = local.get(t.head_id)
            if head == idx:  # the parser now and then makes a token its own head: treat as a root
                head = None
            tokens.append(Token(idx, t.start, t.stop, t.text, (t.lemma or t.text).lower(),
                                t.pos or "X", dict(t.feats or {}), head, t.rel or "", si))
        sentences.append(Sentence(si, sent.start, sent.stop, first, len(tokens) - 1))

    ner: list[NerSpan] = []
    for sp in doc.spans:
        sp.normalize(m.morph_vocab)
        first = by_start.get(sp.start)
        if first is None:  # a span that does not start on a token boundary
            continue
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= sp.stop:
            last += 1
        ner.append(NerSpan(sp.start, sp.stop, sp.type, sp.text, sp.normal or sp.text, first, last))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ner))
