"""Line structure: headline, captions, headings and paragraphs as blocks that no sentence crosses.

News text carries one paragraph per line, and lines that end without a full stop (a headline, a
photo caption, a heading) are not part of the next line's sentence. A sentence splitter that
only sees punctuation glues them together, so the text is cut into blocks at line breaks first
and the splitter runs inside each block.

Two kinds of line break do not end a sentence, as in running text:
- after a colon: `сказал журналистам:` and the paragraph it introduces (blank lines between or
  not) read as they would on one line: the splitter keeps the colon and the first sentence after
  it together;
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


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of `text`, whitespace trimmed, in text order."""
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
        if out and _continues(prev, body, adjacent=prev_end + 1 == m.start()):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        prev_end, prev = m.end(), body
    return out


def headline(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's headline: its first block, when more blocks follow and it does
    not stop on a full stop. A text that opens with its lead paragraph (`В ночь на 31 декабря
    состоялся разговор. Он длился час.` and more lines) has none; an ellipsis may end a headline."""
    found = blocks(text)
    if len(found) < 2:
        return None
    start, end = found[0]
    if text[end - 1] == "." and text[end - 2:end] != ".." and text[end - 2:end - 1] != "…":
        return None
    return found[0]


def _continues(prev: str, line: str, adjacent: bool) -> bool:
    """`line` goes on with the sentence `prev` ended in; `adjacent`: no blank line between them."""
    end = prev[-1]
    if end == ":":
        return True
    if not adjacent or not line[0].islower():
        return False
    return end in _OPEN_MARKS or (end.isalnum() and len(prev) >= WRAP_MIN_CHARS)
