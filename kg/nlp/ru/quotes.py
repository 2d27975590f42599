"""Quoted stretches of a text: words in quote marks, and paragraphs introduced by a colon."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

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
    """`Об этом сообщил сам Трамп:` + line break + a paragraph of his words, without marks."""
    out = []
    for m in re.finditer(r":[ \t]*\n[ \t]*([^\n]+)", text):
        s, e = m.start(1), m.end(1)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 10 and text[s] not in "«\"„“":
            out.append(Quote(s, e, colon_paragraph=True))
    return out
