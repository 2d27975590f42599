"""Line structure: headline, captions, headings and paragraphs as blocks that no sentence crosses.

News text carries one paragraph per line, and lines that end without a full stop (a headline, a
photo caption, a heading) are not part of the next line's sentence. A sentence splitter that
only sees punctuation glues them together, so the text is cut into blocks at line breaks first
and the splitter runs inside each block.

Two kinds of line break do not end a sentence, as in running text:
- after a colon: `сказал журналистам:` and the paragraph it introduces (one blank line between
  or none) read as they would on one line: the splitter keeps the colon and the first sentence
  after it together. Two or more blank lines after the colon are where a quotation set apart
  (a block quote, a post, a letter) stood and was left out of the text: a paragraph there that
  opens as narrative (no quote mark, no dash of direct speech, no list item, no lower-case
  continuation) is a new sentence in the blocks sentences are split in (`sentence_blocks`), or
  `Министр заявил:` and `Он добавил, что …` after the gap read as one sentence, their events
  and participants glued together. Over the 627 readable nerel-dev articles a colon line is
  followed by its paragraph directly 181 times and across one blank line 17 times (the words,
  a further cue line, a list: all the colon's), across two or more 35 times (read: 30 narrative,
  3 a further cue line, 2 perhaps the words). A paragraph that opens as narrative and itself
  ends on a colon is a further cue line, whatever the gap (`Иван Петров:` then `Министр
  заявил:` then the quote): the first colon's words were left out, and the two cue lines are
  two sentences in `sentence_blocks` (the 537 studied nerel-dev articles have 6 such pairs, 2
  across one blank line, 4 across two or more, none with no blank line);
- inside a sentence that was wrapped: the next line (no blank line between) starts in lower
  case and the line ends on a comma, semicolon, bracket or dash, or it is a long line (a
  wrapped paragraph) ending on a letter or digit. Short lines in that position are list items
  (`год рождения — 1962`).
"""

from __future__ import annotations

import re

# A line this long that stops on a word before a lower-case line is a wrapped paragraph.
WRAP_MIN_CHARS = 50

_LINE = re.compile(r"[^\n]+")
_OPEN_MARKS = ",;([-‐‑–—"
# how a paragraph the colon's own words fill may open: a quote mark (wiki italics `''` too), a
# dash of direct speech, a list item (`1.`, `1)`, a bullet)
_COLON_OWN = re.compile(r"[«\"„“'‘‹‐‑–—-]|\d{1,2}[.)](?:\s|$)|[•·*]")
# line breaks after a colon from which on a paragraph opening as narrative is its own sentence
COLON_GAP_BREAKS = 3


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of `text`, whitespace trimmed, in text order. A colon line joins
    the paragraph after it across any number of blank lines (the mention model's line kinds and the
    lead were built on these blocks)."""
    return _blocks(text, colon_gaps=False)


def sentence_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks sentences are split in: those of `blocks`, except that a colon line ends before
    a paragraph opening as narrative two or more blank lines on, or before one opening as
    narrative that ends on a colon itself (a further cue line)."""
    return _blocks(text, colon_gaps=True)


def _blocks(text: str, colon_gaps: bool) -> list[tuple[int, int]]:
    """The blocks of `text` (above); `colon_gaps`: a colon line ends before two or more blank
    lines and a paragraph opening as narrative (`sentence_blocks`)."""
    out: list[tuple[int, int]] = []
    prev_end = -1  # end of the previous non-empty line, untrimmed
    prev = ""  # the previous non-empty line, trimmed
    for m in _LINE.finditer(text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if not body:
            continue
        start, end = m.start() + lead, m.start() + lead + len(body)
        breaks = text.count("\n", prev_end, m.start()) if out else 0
        if out and _continues(prev, body, breaks, colon_gaps):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        prev_end, prev = m.end(), body
    return out


def headline(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's headline: its first block, when more blocks follow and it does
    not stop on a full stop. A text that opens with its lead paragraph (`В ночь на 31 декабря
    состоялся разговор. Он длился час.` and more lines) has none; an ellipsis may end a headline.
    A text of one block has none either, stop or no stop: what is read differently in a headline
    (a place that names the story's setting, a `Name: «…»` line that is no statement of its own,
    the act the lead tells again) is read so because a body tells the story after it; with no
    body the line is read as a sentence (fix29)."""
    found = blocks(text)
    if len(found) < 2:
        return None
    start, end = found[0]
    if text[end - 1] == "." and text[end - 2:end] != ".." and text[end - 2:end - 1] != "…":
        return None
    return found[0]


def _continues(prev: str, line: str, breaks: int, colon_gaps: bool) -> bool:
    """`line` goes on with the sentence `prev` ended in; `breaks`: the line breaks between them
    (1: no blank line); `colon_gaps`: a colon's paragraph past a wide gap must open as its own."""
    end = prev[-1]
    if end == ":":
        own = line[0].islower() or _COLON_OWN.match(line) is not None
        if colon_gaps and line[-1] == ":" and not own:
            return False  # a cue line of its own after the colon: the colon's words were left out
        return not colon_gaps or breaks < COLON_GAP_BREAKS or own
    if breaks != 1 or not line[0].islower():
        return False
    return end in _OPEN_MARKS or (end.isalnum() and len(prev) >= WRAP_MIN_CHARS)
