"""An act named as the time of another (`на следующий день после драки`) is not that act."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.ru.event_roles import BEFORE_AFTER

if TYPE_CHECKING:  # the extractor and its found events (kg/nlp/ru/events.py)
    from kg.nlp.ru.events import _Extractor, _Found


def dates_told_act(x: _Extractor, f: _Found, prev: _Found) -> bool:
    """Whether f's trigger is an act placed before or after (`после`, `до`, `перед`,
    `накануне`) by the clause that tells prev: the clause's head or subject is a mention of prev
    (`Покушение произошло на следующий день после драки`, the attempt told before). One act is
    not dated by itself, so the two are two acts of the class, whatever actors they share. A
    noun so placed in a clause of something else (`После теракта город закрыли`) may still be
    prev told again."""
    t = f.trigger
    if t.pos not in ("NOUN", "PROPN") or not x.has_preposition(t, BEFORE_AFTER):
        return False
    top = x.clause_top(t)
    if top is None or top.index == t.index:
        return False
    told = {top.index, *(s.index for s in x.clause_subjects(top))}
    return bool(told & prev.tokens)
