"""Natasha's analysis of a Russian text, adapted into plain records (tokens, sentences, NER spans).

This is the boundary: the stages after it (entities, events, speech, dates) read these records,
never natasha objects, so they can be tested on hand-made analyses too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from kg.nlp.lines import sentence_blocks
from kg.nlp.ru.models import load_models, tagged_lemma
from kg.nlp.ru.opening_verbs import (
    misread,
    misread_yo_verb,
    only_participle,
    opens_with_verb,
    participle_reading,
    verb_reading,
    yo_participle,
)
from kg.nlp.ru.quotes import find_quotes
from kg.nlp.ru.span_normal import place_span_normal

# the endings of a Russian infinitive (`-ть`, `-ти`, `-чь`, with `-ся`/`-сь`)
_INFINITIVE = re.compile(r"(?:ть|ти|чь)(?:ся|сь)?$")


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
        return [self.tokens[i] for i in self._children.get(index, ())]

    def sentence_tokens(self, sent: int) -> tuple[Token, ...]:
        s = self.sentences[sent]
        return self.tokens[s.first:s.last + 1]

    def token_at(self, offset: int) -> Token | None:
        """The token that covers `offset`, if any (tokens are sorted and never overlap)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap [start, end), in text order."""
        return self.tokens[bisect_right(self._ends, start):bisect_left(self._starts, end)]

    def tokens_within(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that lie wholly inside [start, end), in text order."""
        return self.tokens[bisect_left(self._starts, start):bisect_right(self._ends, end)]

    def ner_within(self, start: int, end: int) -> list[NerSpan]:
        """The NER spans that lie wholly inside [start, end), in the order of `ner`."""
        order, starts = self._ner_order
        found = order[bisect_left(starts, start):bisect_left(starts, end)]
        return [self.ner[i] for i in sorted(found) if self.ner[i].end <= end]

    def ner_over(self, index: int) -> tuple[NerSpan, ...]:
        """The NER spans that cover token `index`."""
        return self._ner_by_token.get(index, ())

    def quote_of(self, t: Token) -> int | None:
        """The start of the quotation (kg/nlp/ru/quotes.py) the token stands in, None outside
        every quotation: a parse that hangs words before a quote on a word inside it is crossing
        from the article's voice into another's."""
        quotes = self._quotes
        i = bisect_right(quotes, (t.start, len(self.text))) - 1
        return quotes[i][0] if i >= 0 and t.end <= quotes[i][1] else None

    # Indexes built on first use, so every lookup above costs a bisection or a dict access, not
    # a scan of the document: extraction stays near-linear in the article's length.
    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    @cached_property
    def _quotes(self) -> list[tuple[int, int]]:
        return [(q.start, q.end) for q in find_quotes(self.text)]

    @cached_property
    def _ner_order(self) -> tuple[list[int], list[int]]:
        order = sorted(range(len(self.ner)), key=lambda i: self.ner[i].start)
        return order, [self.ner[i].start for i in order]

    @cached_property
    def _ner_by_token(self) -> dict[int, tuple[NerSpan, ...]]:
        over: dict[int, list[NerSpan]] = {}
        for n in self.ner:
            for i in range(n.first, n.last + 1):
                over.setdefault(i, []).append(n)
        return {i: tuple(spans) for i, spans in over.items()}

    @cached_property
    def _children(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for t in self.tokens:
            if t.head is not None:
                kids.setdefault(t.head, []).append(t.index)
        return kids


def past_gender(t: Token) -> str | None:
    """`Masc` or `Fem`: the gender a verb in the past tense singular or a short participle shows by
    its ending (`позвонила`, `развёлся`, `умер`, `назначена`); None for plural and neuter forms
    (`пришли`, `было`) and for every other form. The ending, not the tagger's `Gender`: the tagger
    gives the gender of the subject it guesses (`Сомченко развёлся` tagged feminine)."""
    f = t.feats
    if t.pos not in ("VERB", "AUX"):
        return None
    past = f.get("Tense") == "Past" and f.get("VerbForm", "Fin") == "Fin"
    short = f.get("VerbForm") == "Part" and f.get("Variant") == "Short"
    if not (past or short):
        return None
    word = t.text.lower().replace("ё", "е")
    if word.endswith(("ся", "сь")) and len(word) > 3:
        word = word[:-2]
    last = word[-1:]
    if last == "а":
        return "Fem"
    if last and last.isalpha() and last not in "еиоуыэюяйь":
        return "Masc"  # `-л`, and the past without it (`умер`, `погиб`), `назначен`
    return None


def _active_misread_passive(word: str, feats: dict[str, str]) -> bool:
    """A present or future finite verb the tagger calls passive though it has no reflexive
    ending (`предстаёт` tagged as `строится` would be): a finite verb is passive only by its
    `-ся`, so the tagger's reading would lose its subject to the passive's roles."""
    return feats.get("Voice") == "Pass" and feats.get("VerbForm") == "Fin" and \
        feats.get("Tense") in ("Pres", "Fut") and not word.lower().endswith(("ся", "сь"))


def opens_sentence(a: Analysis, t: Token) -> bool:
    """Whether `t` is the first token of its sentence, where a capital says nothing of a name."""
    return t.index == 0 or a.tokens[t.index - 1].sent != t.sent


def future_be(t: Token) -> bool:
    """A future form of `быть` (`будет`, `будут`: `будет баллотироваться`, `будет проведена`). The
    form is read off the word: the tagger gives `будут` a present tense."""
    return t.lemma == "быть" and t.text.lower().startswith("буд")


def names_a_subject(children: Iterable[Token]) -> bool:
    """Some child of a verb is its subject: one by its relation, or a nominative noun, name or
    pronoun the parse hung under another (a subject said, not left unsaid)."""
    return any(c.rel.split(":")[0] in ("nsubj", "csubj", "expl")
               or (c.feats.get("Case") == "Nom" and c.pos in ("NOUN", "PROPN", "PRON"))
               for c in children)


def _name_word(sent: list, k: int) -> bool:
    """Whether the k-th token is a word of a name: capitalised inside the sentence, or opening it
    before another capitalised word (`Соединённого Королевства`, `Объединённые Арабские
    Эмираты`): no participle there, whatever the dictionary says."""
    word = sent[k].text
    if not word[:1].isupper():
        return False
    return k > 0 or (k + 1 < len(sent) and sent[k + 1].text[:1].isupper())


def analyse(text: str) -> Analysis:
    """Segment, tag, parse and NER-tag `text`; offsets are code points into `text`.

    Sentences never cross a line break that ends a headline, caption or paragraph
    (kg.nlp.lines.sentence_blocks, which also ends a colon line before narrative two blank
    lines on): natasha's sentence splitter runs inside each block of lines, and NER spans are cut
    at block edges."""
    from natasha import Doc
    from natasha.doc import DocSent, DocToken

    m = load_models()
    doc = Doc(text)
    doc.tokens, doc.sents = [], []
    block_spans: list[tuple[int, int]] = sentence_blocks(text)
    for bstart, bend in block_spans:
        for s in m.segmenter.sentenize(text[bstart:bend]):
            start, stop = bstart + s.start, bstart + s.stop
            doc.sents.append(DocSent(start, stop, text[start:stop]))
            doc.tokens.extend(DocToken(start + t.start, start + t.stop, t.text)
                              for t in m.segmenter.tokenize(text[start:stop]))
    doc.envelop_sent_tokens()
    # a sentence opening with a capitalised verb (`Арестован …`) is tagged and parsed with the
    # verb in lower case, or the tagger takes it for a name (kg.nlp.ru.opening_verbs)
    openers = {s.tokens[0].start: s.tokens[0].text for s in doc.sents
               if s.tokens and opens_with_verb(s.tokens[0].text, m.morph_vocab)}
    for s in doc.sents:
        if s.tokens and s.tokens[0].start in openers:
            s.tokens[0].text = s.tokens[0].text.lower()
    # a participle written with `ё` is tagged and parsed with `е`, as the tagger mostly saw it
    # (`награждённый орденом` is otherwise an adjective in the instrumental)
    yo = {t.start: t.text for s in doc.sents for k, t in enumerate(s.tokens)
          if not _name_word(s.tokens, k) and yo_participle(t.text, m.morph_vocab)}
    for t in doc.tokens:
        if t.start in yo:
            t.text = t.text.replace("ё", "е").replace("Ё", "Е")
    doc.tag_morph(m.morph_tagger)
    doc.parse_syntax(m.syntax_parser)
    for s in doc.sents:
        if s.tokens and s.tokens[0].start in openers:
            s.tokens[0].text = openers[s.tokens[0].start]
    for t in doc.tokens:
        if t.start in yo:
            t.text = yo[t.start]
    doc.tag_ner(m.ner_tagger)  # on the whole text: the tagger's context reaches across lines
    doc.spans = [piece for sp in doc.spans for piece in _within_blocks(sp, block_spans, text)]
    doc.envelop_span_tokens()

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    by_start: dict[int, int] = {}
    for si, sent in enumerate(doc.sents):
        first = len(tokens)
        local = {t.id: first + i for i, t in enumerate(sent.tokens)}
        by_id = {t.id: t for t in sent.tokens}
        for k, t in enumerate(sent.tokens):
            t.lemma = tagged_lemma(t.text, t.pos, t.feats)  # (DocToken.lemmatize, memoised)
            idx = len(tokens)
            by_start[t.start] = idx
            head = local.get(t.head_id)
            if head == idx:  # the parser now and then makes a token its own head: treat as a root
                head = None
            lemma, pos, feats = (t.lemma or t.text).lower(), t.pos or "X", dict(t.feats or {})
            if (t.start in openers and misread(pos)) or misread_yo_verb(t.text, pos, m.morph_vocab):
                lemma, pos, feats = verb_reading(t.text, m.morph_vocab)
            if pos in ("ADJ", "PROPN", "X") and not _name_word(sent.tokens, k) and \
                    only_participle(t.text, m.morph_vocab):
                # a participle the tagger took for an adjective or a name (`Награждённая
                # медалью …`): the dictionary's reading, in the case of the noun it describes
                # (one tagged a noun is used as one: `задержал ещё одного подозреваемого`)
                h = by_id.get(t.head_id)
                lemma, pos, feats = participle_reading(
                    t.text, m.morph_vocab, (h.feats or {}).get("Case") if h else None)
            if feats.get("VerbForm") == "Inf" and _INFINITIVE.search(t.text.lower()):
                # an infinitive is its own dictionary form; the lemmatiser's guess for a verb it
                # does not know can slip (`переизбраться` → `переизбратиться`); lemmas are
                # written with е for ё, as the lemmatiser writes them
                lemma = t.text.lower().replace("ё", "е")
            if _active_misread_passive(t.text, feats):
                feats["Voice"] = "Act"
            tokens.append(Token(idx, t.start, t.stop, t.text, lemma, pos, feats, head,
                                t.rel or "", si))
        sentences.append(Sentence(si, sent.start, sent.stop, first, len(tokens) - 1))

    verbs = {by_start[o] for o in openers if tokens[by_start[o]].pos in ("VERB", "AUX")}
    ner: list[NerSpan] = []
    for sp in doc.spans:
        if sp.type == "LOC":
            sp.normal = place_span_normal(m.morph_vocab, sp)  # (`в Нидерландах`: `Нидерланды`)
        else:
            sp.normalize(m.morph_vocab)
        first = by_start.get(sp.start)
        if first is None:  # a span that does not start on a token boundary
            continue
        start, normal = sp.start, sp.normal or sp.text
        if first in verbs:  # `Повесился` read as a name: the verb is no part of it
            first += 1
            if first >= len(tokens) or tokens[first].start >= sp.stop:
                continue
            start = tokens[first].start
            normal = normal.split(" ", 1)[1] if " " in normal else text[start:sp.stop]
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= sp.stop:
            last += 1
        ner.append(NerSpan(start, sp.stop, sp.type, text[start:sp.stop], normal, first, last))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ner))


def _within_blocks(sp, block_spans: list[tuple[int, int]], text: str) -> list:
    """A NER span cut at block edges: a name never runs from a headline into a caption."""
    from natasha.doc import DocSpan

    i = bisect_right(block_spans, (sp.start, len(text) + 1)) - 1
    if i >= 0 and sp.stop <= block_spans[i][1]:
        return [sp]
    pieces = []
    for bstart, bend in block_spans[max(i, 0):]:
        if bstart >= sp.stop:
            break
        start, stop = max(sp.start, bstart), min(sp.stop, bend)
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            pieces.append(DocSpan(start, stop, sp.type, text[start:stop]))
    return pieces
