"""What the scripts that list events share: NEREL's EVENT trigger spans of an article, whether an
event's trigger spans touch them (the shared scorer's trigger precision test), and the sentence
around an offset for reading."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def nerel_event_spans(texts: Path, doc: str) -> list[tuple[int, int]]:
    """The (begin, end) of every NEREL EVENT trigger of the article `doc` (`DOC.gold.json`)."""
    gold = json.loads((texts / f"{doc}.gold.json").read_text(encoding="utf-8"))
    return [(g["trigger"]["begin"], g["trigger"]["end"]) for g in gold["events"]]


def on_nerel(spans: Iterable[Iterable[int]], nerel: list[tuple[int, int]]) -> bool:
    """Whether one of an event's trigger spans overlaps one of NEREL's."""
    return any(min(end, n_end) > max(start, n_start)
               for start, end in spans for n_start, n_end in nerel)


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    """The sentence holding text[start:end] (from the `. ` or line break before `start` to the
    one after `end`), on one line."""
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = start if end is None else end
    b = min(x for x in (text.find(". ", stop), text.find("\n", stop), len(text)) if x >= 0)
    return " ".join(text[a:b + 1].split())
