"""Wiki markup left in scraped text, removed for the NLP, with a map back to the original offsets.

Scraped news keeps remnants of the wiki it came from: `''italics''`, `'''bold'''`,
`[http://… words]`, `[[target|words]]`, `== headings ==`, image lines (`thumb|left|caption`),
`{{templates}}`, HTML tags and entities. They break clauses and names (`''City Center''`), so the
NLP reads a cleaned copy; `Cleaned.span()` maps every span found in the copy back to code points of
the original text, which is what the records carry. Deleting markup never joins two lines: line
breaks are kept, so the line structure (headline, caption, paragraph) survives cleaning.
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.records import Event, Extraction, Span, Statement, TimeValue

_SIZE = r"(?:\d+px|\d*x\d+px|upright(?:=[\d.]+)?)"
_FILE = r"[^\W\d_]{3,15}:[^\n|\[\]{}]{1,300}?\.[A-Za-z0-9]{2,5}"  # File:X.jpg, Файл:X.webm
# Everything but image lines, whose words come from the caller (see _pattern).
_REST = (
    r"|(?P<heading>^(?P<hl>=+)[ \t]*(?P<htext>[^\n]*?)[ \t]*(?P=hl)[ \t]*$)"
    r"|(?P<wikilink>\[\[(?P<target>[^\[\]\n|]{1,300})(?:\|(?P<label>[^\[\]\n]{0,300}))?\]\])"
    r"|(?P<extlink>\[(?:https?|ftp)://[^\s\]]{1,2000}(?:[ \t]+(?P<extlabel>[^\]\n]{0,300}))?\])"
    r"|(?P<template>\{\{[^{}\n]{0,500}\}\})"
    r"|(?P<ref><ref(?:\s[^>\n]{0,200})?>[^<]{0,2000}</ref\s*>|<ref(?:\s[^>\n]{0,200})?/>)"
    r"|(?P<br><br\s*/?>)"
    r"|(?P<tag></?(?:b|i|u|s|small|big|sup|sub|span|div|center|font|nowiki|blockquote|p)"
    r"(?:\s[^>\n]{0,200})?\s*/?>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)"
    r"|(?P<quotes>'{2,})"
    # a wiki link that lost its brackets (`Уго|Уго Чавеса`): up to three words, a bar, then a
    # letter; `_bare_link` decides whether the words are a link's target
    r"|(?P<bare>(?<![\w'’.|-])(?P<btarget>[^\W\d_][\w'’.-]{0,40}(?:[ \t][^\W\d_][\w'’.-]{0,40}){0,2})"
    r"\|(?=[^\W\d_]))"
)


@functools.lru_cache(maxsize=8)
def _pattern(options: frozenset[str]) -> re.Pattern:
    """The one pattern the text is scanned with: image-line prefixes (`thumb|left|`, a whole line
    of options such as `мини|слева`, `File:x.webm|`), then every other kind of markup."""
    words = "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))
    field = f"(?:{words + '|' if words else ''}{_SIZE}|{_FILE})"
    image = rf"(?P<image>^(?:[ \t]*{field}[ \t]*\|)+(?:[ \t]*{field}[ \t]*$)?)"
    return re.compile(image + _REST, re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    """A cleaned copy of a text and the map from its offsets back to the original's.

    The copy is made of pieces: a piece copied from the original keeps its length (an offset
    inside it shifts), a replacement piece (`&nbsp;` → a no-break space) stands for the whole
    original range it replaced. Deleted markup leaves no piece.
    """

    original: str
    text: str
    _starts: tuple[int, ...]  # start of each piece in the cleaned text, increasing
    _orig_starts: tuple[int, ...]
    _orig_ends: tuple[int, ...]
    _copied: tuple[bool, ...]

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def start(self, offset: int) -> int:
        """The original offset of a span that starts at `offset` of the cleaned text."""
        if offset >= len(self.text):
            return len(self.original) if not self._starts else self._orig_ends[-1]
        i = bisect_right(self._starts, offset) - 1
        if self._copied[i]:
            return self._orig_starts[i] + offset - self._starts[i]
        return self._orig_starts[i]

    def end(self, offset: int) -> int:
        """The original offset of a span that ends (exclusive) at `offset` of the cleaned text."""
        if offset <= 0:
            return self.start(0)
        i = bisect_right(self._starts, offset - 1) - 1
        if self._copied[i]:
            return self._orig_starts[i] + offset - self._starts[i]
        return self._orig_ends[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the cleaned span [start, end); an empty span stays empty."""
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)


class _Builder:
    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []
        self.copied: list[bool] = []

    def copy(self, start: int, end: int) -> None:
        if end > start:
            self._piece(self.original[start:end], start, end, True)

    def put(self, text: str, start: int, end: int) -> None:
        """`text` in place of original[start:end]."""
        if text:
            self._piece(text, start, end, False)

    def _piece(self, text: str, start: int, end: int, copied: bool) -> None:
        self.parts.append(text)
        self.starts.append(self.length)
        self.orig_starts.append(start)
        self.orig_ends.append(end)
        self.copied.append(copied)
        self.length += len(text)

    def build(self) -> Cleaned:
        return Cleaned(self.original, "".join(self.parts), tuple(self.starts),
                       tuple(self.orig_starts), tuple(self.orig_ends), tuple(self.copied))


def clean(text: str, image_options: Iterable[str] = ()) -> Cleaned:
    """Remove wiki markup from `text`. `image_options` are the words of an image line before the
    caption (`thumb`, `left`, and the wiki's own localisations: `мини`, `слева`…)."""
    b = _Builder(text)
    pos = 0
    for m in _pattern(frozenset(o.casefold() for o in image_options)).finditer(text):
        b.copy(pos, m.start())
        _HANDLERS[m.lastgroup](b, m)
        pos = m.end()
    b.copy(pos, len(text))
    return b.build()


def _heading(b: _Builder, m: re.Match) -> None:
    b.copy(m.start("htext"), m.end("htext"))


def _wikilink(b: _Builder, m: re.Match) -> None:
    if m.group("label") is not None:
        b.copy(m.start("label"), m.end("label"))
    elif not re.fullmatch(_FILE, m.group("target")):
        b.copy(m.start("target"), m.end("target"))


def _extlink(b: _Builder, m: re.Match) -> None:
    """An inline link keeps its words. A link glued to the word before it (`Иванов[http://… Title
    of the source]`) cites that word's source: its title reads as a parenthesis, so the sentence
    around it stays whole and the names in the title are still read."""
    label = m.group("extlabel")
    if not label or not label.strip():
        return
    if m.start() > 0 and m.string[m.start() - 1].isalnum():
        b.put(" (", m.start(), m.start("extlabel"))
        b.copy(m.start("extlabel"), m.end("extlabel"))
        b.put(")", m.end() - 1, m.end())
    else:
        b.copy(m.start("extlabel"), m.end("extlabel"))


def _bare_link(b: _Builder, m: re.Match) -> None:
    """`Уго|Уго Чавеса`: a wiki link whose brackets were lost in scraping shows its target, a bar
    and its label. Where the label opens with the target's very words, the target and the bar are
    dropped: the NER glues the repeated word into one name (`Уго|Уго Чавеса`). A target in another
    form than the label's (`Венесуэла|Венесуэле`) is left: it reads as a name of its own, as
    NEREL marks it. The target is the last one to three words before the bar; anything else with a
    bar (`да|нет`, a table's cells) is kept as written."""
    words = list(re.finditer(r"\S+", m.group("btarget")))
    after = re.match(r"[^\n|\[\]]{0,300}", m.string[m.end():]).group(0).split()
    for k in range(len(words), 0, -1):
        target = [w.group(0) for w in words[-k:]]
        if len(after) >= k and [w.casefold() for w in target] == [w.casefold() for w in after[:k]]:
            b.copy(m.start(), m.start("btarget") + words[-k].start())
            return
    b.copy(m.start(), m.end())


def _drop(b: _Builder, m: re.Match) -> None:
    pass


def _br(b: _Builder, m: re.Match) -> None:
    b.put("\n", m.start(), m.end())


def _entity(b: _Builder, m: re.Match) -> None:
    value = html.unescape(m.group(0))
    if value == m.group(0):
        b.copy(m.start(), m.end())  # not an entity after all
    else:
        b.put(value, m.start(), m.end())


_HANDLERS = {"heading": _heading, "image": _drop, "wikilink": _wikilink, "extlink": _extlink,
             "template": _drop, "ref": _drop, "br": _br, "tag": _drop, "entity": _entity,
             "quotes": _drop, "bare": _bare_link}


def restore(extraction: Extraction, cleaned: Cleaned, document) -> Extraction:
    """The extraction made from the cleaned text with every span pointing into `document.text`
    (the original) again, and that document in place of the cleaned one."""
    if not cleaned.changed:
        return replace(extraction, document=document)
    text = cleaned.original

    def sp(s: Span | None) -> Span | None:
        if s is None:
            return None
        start, end = cleaned.span(s.start, s.end)
        return Span(start, end, text[start:end])

    def tv(t: TimeValue | None) -> TimeValue | None:
        return None if t is None else replace(t, span=sp(t.span))

    entities = tuple(replace(e, mentions=tuple(sp(m) for m in e.mentions))
                     for e in extraction.entities)
    events = tuple(_event(e, sp, tv) for e in extraction.events)
    statements = tuple(_statement(s, sp, tv) for s in extraction.statements)
    times = tuple(tv(t) for t in extraction.times)
    return replace(extraction, document=document, entities=entities, events=events,
                   statements=statements, times=times)


def _event(e: Event, sp, tv) -> Event:
    return replace(e, trigger=sp(e.trigger), time=tv(e.time), sentence=sp(e.sentence),
                   mentions=tuple(sp(m) for m in e.mentions))


def _statement(s: Statement, sp, tv) -> Statement:
    return replace(s, trigger=sp(s.trigger), quote=sp(s.quote), content=sp(s.content),
                   time=tv(s.time), sentence=sp(s.sentence),
                   more_quotes=tuple(sp(q) for q in s.more_quotes))
