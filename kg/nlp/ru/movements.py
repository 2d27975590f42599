"""Movements named by a lower-case plural of their members (`талибы`): organisations."""

from __future__ import annotations

import functools

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import table


@functools.cache
def movement_forms() -> dict[str, str]:
    """{plural form: movement name} of kg/data/ru/movement_names.tsv, its `organization` rows (an
    `ideology` row is a word annotators do not mark as a name)."""
    out: dict[str, str] = {}
    for row in table("movement_names"):
        if len(row) >= 3 and row[1] == "organization":
            for form in row[2].split(","):
                out[form.strip().lower().replace("ё", "е")] = row[0]
    return out


def movement_names(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Талибы захватили город`, `опасаясь талибов`: a plural form of an `organization` row of
    kg/data/ru/movement_names.tsv is the movement, an organisation. Inside a longer name
    (`Техрик-е Талибан Пакистан`) it is left to that name; a mention of the word alone that the
    NER gave another kind (a place) becomes the movement."""
    forms = movement_forms()
    out = list(mentions)
    by_span = {(m.span.start, m.span.end): i for i, m in enumerate(out)}
    taken = [(m.span.start, m.span.end) for m in out]
    changed = False
    for t in a.tokens:
        name = forms.get(t.text.lower().replace("ё", "е"))
        if name is None:
            continue
        mention = NameMention(span(a.text, t.start, t.end), name, "organization",
                              t.feats.get("Case") == "Nom", t.index, t.index)
        same = by_span.get((t.start, t.end))
        if same is not None:  # the word alone, tagged: the movement whatever kind the NER gave
            out[same], changed = mention, True
        elif not any(s < t.end and t.start < e for s, e in taken):
            out.append(mention)
            changed = True
    return sorted(out, key=lambda m: m.span.start) if changed else mentions
