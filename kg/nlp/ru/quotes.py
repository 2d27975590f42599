"""Quoted stretches of a text: words in quote marks, lines of dash speech (`— …, — сказал X. —
…`), and paragraphs introduced by a colon."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

# The marks that open a quote (or a quoted name) in Russian news text, for the tests that ask
# whether a word comes right after one.
OPENING_QUOTES: tuple[str, ...] = ("«", '"', "„", "“")
# Every quote mark, opening or closing: one inside a phrase (`у офиса «Газпрома» в Москве`) is a
# name's edge, not the end of the phrase.
QUOTE_MARKS: frozenset[str] = frozenset((*OPENING_QUOTES, "»", "”"))

# Quote marks: «…» and „…“ and “…” pair by their own marks; straight "…" pair in order of
# appearance. Quotes never cross a line break, so one unbalanced mark spoils one paragraph at most.
_QUOTE_RES = (re.compile(r"«([^«»\n]+)»"), re.compile(r"„([^„“\n]+)[“”]"),
              re.compile(r"“([^“”\n]+)”"), re.compile(r'"([^"\n]+)"'))


@dataclass(frozen=True)
class Quote:
    start: int  # inner text, without marks
    end: int
    colon_paragraph: bool = False  # a paragraph introduced by "X сказал:" with no marks


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch of `text`, innermost marks removed, in text order."""
    found: dict[tuple[int, int], Quote] = {}
    for rx in _QUOTE_RES:
        # matches of one kind of mark never overlap, so a quote can only lie inside one found
        # with the marks before: the earliest-starting of those reaching furthest, by bisection
        earlier = sorted(found.values(), key=lambda q: q.start)
        starts = [q.start for q in earlier]
        reach = list(accumulate((q.end for q in earlier), max))
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            i = bisect_right(starts, s) - 1
            if i >= 0 and reach[i] >= e:
                continue  # a quote inside a quote belongs to the outer one
            if text[s:e].strip():
                found[(s, e)] = Quote(s, e)
    return sorted(found.values(), key=lambda q: q.start)


def colon_paragraphs(text: str) -> list[Quote]:
    """`Об этом сообщил сам Трамп:` + line break + a paragraph of his words, without marks; one
    blank line may stand between (`написал:` + empty line + the post). A paragraph that itself
    ends in a colon introduces the next one (`объявил об отставке:` + `В заявлении говорится:` +
    the words): it is no one's words, and the paragraph after it is its own verb's."""
    out = []
    for m in re.finditer(r":(?=[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]+))", text):
        s, e = m.start(1), m.end(1)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 10 and text[s] not in OPENING_QUOTES and text[e - 1] != ":":
            out.append(Quote(s, e, colon_paragraph=True))
    return out


# An interruption inside a quote or a dash line: `…, — сказал он. — …` / `…, — сказал он, — …`
_INTERRUPTION = re.compile(r"(?<=[,!?…])\s*[—–]\s+([^—–«»\n]{3,160}?)[.,:]\s*[—–]\s+")
_DASH_LINE = re.compile(r"^[ \t]*[—–][ \t]+([^\n]+)", re.M)


@dataclass(frozen=True)
class Interruption:
    start: int  # the narration between the dashes: `сказал он`
    end: int


def interruptions(text: str, quote: Quote) -> list[Interruption]:
    """The narrations that interrupt a quote: `«Мы не уйдём, — сказал он. — Это наш рынок»`."""
    inner = text[quote.start:quote.end]
    return [Interruption(quote.start + m.start(1), quote.start + m.end(1))
            for m in _INTERRUPTION.finditer(inner)]


# The end of a sentence inside a quote: the next one opens with a capital or a quote mark
_SENTENCE_END = re.compile(r"[.!?…]+[ \t\xa0]+(?=[«\"„“A-ZА-ЯЁ])")


def split_at(quote: Quote, cuts: list[tuple[int, int]], text: str) -> list[Quote]:
    """The parts of a quote left between its interruptions (each cut spans dash to dash). A part
    between two interruptions that runs over several sentences (`«A, — говорит X, — B. C, —
    заключил X, — D»`) ends the first verb's words at its last full stop: the sentence that runs
    into the second interruption (`C`) is the second verb's."""
    out, start = [], quote.start
    for n, (s, e) in enumerate(cuts):
        end = s
        while end > start and text[end - 1] in " ,\t\xa0":
            end -= 1
        if end > start:
            stops = list(_SENTENCE_END.finditer(text, start, end)) if n > 0 else []
            if stops:
                out.append(Quote(start, stops[-1].start() + 1))
                start = stops[-1].end()
            out.append(Quote(start, end))
        start = e
        while start < quote.end and text[start].isspace():
            start += 1
    if quote.end > start:
        out.append(Quote(start, quote.end))
    return out


# `«Мы не уйдём, — сказал он.` + line break + `— Это наш рынок»`: a quote its speech verb
# interrupts at the end of a line, resumed on the next line after a dash
_BROKEN = re.compile(r"«([^«»\n]+[,!?…][ \t\xa0]*[—–][ \t\xa0]+[^—–«»\n]{3,160}?[.,:][ \t\xa0]*"
                     r"[—–]?[ \t\xa0]*\n[ \t\xa0]*[—–][ \t\xa0]+[^«»\n]+)»")


# `сказал: «…` + paragraphs + `…»`: a quote opened after a colon and left open on its line, that
# closes at the end of one of the next few paragraphs, with no other mark of its kind between
_PARAGRAPH_QUOTE = re.compile(r":[ \t\xa0]*(?:«([^«»]+)»|“([^“”]+)”)[ \t\xa0.]*(?=\n|$)")
_PARAGRAPHS = 4  # paragraphs a quote opened after a colon may run over


def paragraph_quotes(text: str) -> list[Quote]:
    """Quotes in marks opened after a colon (`X сказал: «…`) that run over several paragraphs
    and close at the end of one (a speech of several paragraphs quoted whole)."""
    out = []
    for m in _PARAGRAPH_QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        s, e = m.start(g), m.end(g)
        if "\n" in text[s:e] and text[s:e].count("\n\n") < _PARAGRAPHS and text[s:e].strip():
            out.append(Quote(s, e))
    return out


def broken_quotes(text: str) -> list[Quote]:
    """Quotes in marks that cross one line break where their speech verb interrupts them (the
    resumed part on the next line opens with a dash); the reader keeps those a verb interrupts."""
    return [Quote(m.start(1), m.end(1)) for m in _BROKEN.finditer(text)]


def dash_lines(text: str) -> list[Quote]:
    """`— Мы не ожидали, — сказал X. — Но справимся.`: a line of speech opened by a dash with no
    quote marks, whole (the speech verb inside is split off by the reader, kg.nlp.ru.speech_clauses)."""
    out = []
    for m in _DASH_LINE.finditer(text):
        s, e = m.start(1), m.end(1)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 10 and text[s] not in OPENING_QUOTES:
            out.append(Quote(s, e))
    return out
