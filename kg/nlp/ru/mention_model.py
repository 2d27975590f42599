"""A learned last word on each name mention: keep it, drop it, or give it another kind.

The rules of kg.nlp.ru.entities, name_types and known_names propose the mentions; this module
looks at each final one (after `agree_kinds` and the family filters, before the mentions become
entities) with a small multinomial logistic regression over sparse word features (`features`)
and acts only where the model is confident:

* drop: P(no name here) ≥ the model's drop threshold (a spurious span: `Верёвка` under a photo);
* retype: P(the name is of another kind K) ≥ the retype threshold, K not the mention's kind
  (`Лига` tagged a person).

The model is a readable JSON file (feature → weight per class), trained reproducibly by
scripts/learn_mentions.py from ../shared/data/nerel-dev; `KG_MENTION_MODEL` names the file
('' = off, 'default' or 'shipped' = the one shipped in kg/data/ru/), `KG_MENTION_THRESHOLD` overrides the
drop threshold the training chose (0 = the model's). Loaded once per path.

`RECORDER`, when a list, receives (analysis, mentions, features) at the hook: the learner's
collection pass reads the candidates there, whatever the model decides.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from pathlib import Path

from kg.nlp.base import casefold_name
from kg.nlp.linear import SHIPPED_NAMES, read_model, softmax
from kg.nlp.lines import blocks
from kg.nlp.ru import learned
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention

DEFAULT = Path(__file__).resolve().parent.parent.parent / "data" / "ru" / "mention_model.json"
# the classes a mention can be labelled with; the kinds are the scorer's three types
CLASSES = ("keep", "drop", "person", "organization", "place")
KIND_CLASS = {"person": "person", "organization": "organization", "place": "place", "country": "place"}

RECORDER: list | None = None

_OPEN_QUOTES = "«„“\""
_CLOSE_QUOTES = "»”“\""
_STOPS = ".!?…»\")"


def _active() -> tuple[str, float]:
    """The model file and threshold in force (kg.nlp.ru.learned: `KG_MENTION_MODEL`, …)."""
    s = learned.settings()
    return s.mention_model, s.mention_threshold


@dataclasses.dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, ...]]  # feature → one weight per class
    bias: tuple[float, ...]
    drop_threshold: float
    retype_threshold: float

    def probabilities(self, feats: list[str]) -> list[float]:
        return list(softmax(self.bias, self.weights, feats))

    def actions(self, kinds: list[str], groups: list[str], feats: list[list[str]],
                drop_threshold: float | None = None) -> list[str]:
        """'keep', 'drop', or the kind (`person`, `organization`, `place`) to give each mention.
        A mention is dropped on its own probability; a kind is given to all the mentions of one
        group (`group_key`) on their mean probability, since they make one entity of one kind."""
        return decisions([self.probabilities(f) for f in feats], kinds, groups,
                         drop_threshold or self.drop_threshold, self.retype_threshold)


def decisions(probs: list[list[float]], kinds: list[str], groups: list[str], drop_threshold: float,
              retype_threshold: float) -> list[str]:
    """The model's action on each mention from its class probabilities (see Model.actions)."""
    drop = CLASSES.index("drop")
    sums: dict[str, list[float]] = {}
    for p, g in zip(probs, groups):
        acc = sums.setdefault(g, [0.0] * (len(CLASSES) + 1))
        for i, x in enumerate(p):
            acc[i] += x
        acc[-1] += 1
    out = []
    for p, kind, g in zip(probs, kinds, groups):
        if p[drop] >= drop_threshold:
            out.append("drop")
            continue
        mean = [x / sums[g][-1] for x in sums[g][:-1]]
        current = KIND_CLASS.get(kind, kind)
        other = max((k for k in ("person", "organization", "place") if k != current),
                    key=lambda k: mean[CLASSES.index(k)])
        out.append(other if mean[CLASSES.index(other)] >= retype_threshold else "keep")
    return out


@functools.cache
def load(path: str) -> Model:
    """The model in the JSON file at `path` ('default', 'shipped' = the shipped one); read once per
    path."""
    data, weights, bias = read_model(DEFAULT if path in SHIPPED_NAMES else path, CLASSES)
    return Model(weights=weights, bias=bias, drop_threshold=float(data["drop_threshold"]),
                 retype_threshold=float(data["retype_threshold"]))


def apply(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions the active model keeps, some with another kind; all of them when none is."""
    path, threshold = _active()
    if not path and RECORDER is None:
        return mentions
    feats = features(a, mentions)
    if RECORDER is not None:
        RECORDER.append((a, list(mentions), feats))
    if not path:
        return mentions
    model = load(path)
    out = []
    for m, action in zip(mentions, model.actions([m.kind for m in mentions],
                                                 [group_key(m) for m in mentions], feats,
                                                 threshold or None)):
        if action == "drop":
            continue
        if action != "keep" and not m.derived:
            m = dataclasses.replace(m, kind=action)
        out.append(m)
    return out


def group_key(m: NameMention) -> str:
    """Mentions of one name and kind: they become one entity of one kind, so a new kind is
    decided for all of them at once."""
    return f"{KIND_CLASS.get(m.kind, m.kind)}:{casefold_name(m.name)}"


# ---- features ------------------------------------------------------------------------------
_LATIN = re.compile(r"[A-Za-z]")


def shape(word: str) -> str:
    """`Xx`, `X`, `XX`, `x`, `9`, `X.`, `L` (Latin, `Lx` capitalised) and `-` for other marks."""
    if not word:
        return ""
    if word[0].isdigit():
        return "9"
    if not word[0].isalpha():
        return "-"
    latin = "L" if _LATIN.match(word) else ""
    if word.endswith(".") and len(word) <= 3:
        return latin + "X."
    if word.isupper():
        return latin + ("XX" if len(word) > 1 else "X")
    if word[0].isupper():
        return latin + ("Xx-Xx" if "-" in word else "Xx")
    return latin + "x"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def _line_kinds(text: str) -> tuple[list[int], list[str]]:
    """Start offsets of the text's blocks and the kind of each: `head` (the first line),
    `cap` (a line that stops on no full stop: a caption, a heading) or `body`."""
    starts, kinds = [], []
    for i, (start, end) in enumerate(blocks(text)):
        starts.append(start)
        line = text[start:end].rstrip()
        kinds.append("head" if i == 0 else "body" if line.endswith(tuple(_STOPS)) else "cap")
    return starts, kinds


def _gazetteer_kinds(name: str) -> str:
    """The kinds of the items the shipped gazetteer knows by `name` (the one the model was trained
    with, whatever KG_GAZETTEER links with)."""
    from kg.link.gazetteer import index_kinds

    kinds = index_kinds(name, "")
    if kinds is None:
        return "?"
    return "+".join(sorted(kinds)) if kinds else "none"


def features(a: Analysis, mentions: list[NameMention]) -> list[list[str]]:
    """The sparse features of each mention: what it looks like, what surrounds it, who proposed
    it (the NER as is, or a rule), where it stands, how the document repeats it."""
    from kg.nlp.ru.name_types import common_word, personal_name

    text = a.text
    starts, kinds = _line_kinds(text)
    ner = {(sp.start, sp.end): sp.type for sp in a.ner}
    ner_sorted = sorted(ner)
    names = Counter(casefold_name(m.name) for m in mentions)
    name_kinds: dict[str, set[str]] = {}
    for m in mentions:
        name_kinds.setdefault(casefold_name(m.name), set()).add(KIND_CLASS.get(m.kind, m.kind))
    # names that stand, somewhere in the document, after a word of their own sentence
    mid_sentence = {casefold_name(m.name) for m in mentions if 0 < m.first < len(a.tokens)
                    and a.tokens[m.first - 1].sent == a.tokens[m.first].sent}
    words_of = {casefold_name(m.name): set(casefold_name(m.name).split()) for m in mentions}
    out = []
    for m in mentions:
        k = KIND_CLASS.get(m.kind, m.kind)
        toks = a.tokens[m.first:m.last + 1] if 0 <= m.first <= m.last < len(a.tokens) else ()
        words = [t.text for t in toks] or m.span.text.split()
        f = [f"k={k}", f"n={_bucket(len(words))}|{k}"]
        shapes = "_".join(shape(w) for w in words[:3]) + ("_+" if len(words) > 3 else "")
        f.append(f"shape={shapes}|{k}")
        f.append(f"shape0={shape(words[0])}")
        for t in toks[:4]:
            f.append(f"lem={t.lemma.lower()}")
            f.append(f"lem={t.lemma.lower()}|{k}")
            f.append(f"pos={t.pos}|{k}")
        if toks:
            f.append(f"last={toks[-1].lemma.lower()}|{k}")
            f.append(f"case={toks[-1].feats.get('Case', '-')}|{k}")
            f.append(f"num={toks[-1].feats.get('Number', '-')}|{k}")
            f.append(f"suf={words[-1][-3:].lower()}|{k}")
            if len(toks) == 1:
                f.append(f"common1={common_word(words[0])}|{k}")
                f.append(f"personal1={personal_name(words[0])}|{k}")
        before = a.tokens[m.first - 1] if toks and m.first > 0 else None
        after = a.tokens[m.last + 1] if toks and m.last + 1 < len(a.tokens) else None
        if before is not None and before.sent == toks[0].sent:
            f.append(f"prev={before.lemma.lower()}|{k}")
            f.append(f"prevshape={shape(before.text)}|{k}")
        else:
            f.append(f"sentstart|{k}")
            f.append(f"sentstart|{shape(words[0])}|n={_bucket(len(words))}|{k}")
        if after is not None and toks and after.sent == toks[-1].sent:
            f.append(f"next={after.lemma.lower()}|{k}")
            f.append(f"nextshape={shape(after.text)}|{k}")
        else:
            f.append(f"sentend|{k}")
        s, e = m.span.start, m.span.end
        if s > 0 and text[s - 1] in _OPEN_QUOTES or text[s:s + 1] in _OPEN_QUOTES:
            f.append(f"quoted|{k}")
        if text[e:e + 1] in _CLOSE_QUOTES or text[e - 1:e] in _CLOSE_QUOTES:
            f.append(f"closequote|{k}")
        line = kinds[max(bisect.bisect_right(starts, s) - 1, 0)] if starts else "body"
        f.append(f"line={line}|{k}")
        source = ner.get((s, e))
        if source is not None:
            f.append(f"ner=exact:{source}|{k}")
        else:
            i = bisect.bisect_left(ner_sorted, (s, -1))
            near = ner_sorted[max(i - 3, 0):i + 3]
            over = [(b, x) for b, x in near if b < e and s < x]
            f.append(f"ner={'overlap' if over else 'none'}|{k}")
        if m.derived:
            f.append(f"derived|{k}")
        if m.alias_of:
            f.append(f"alias|{k}")
        f.append(f"nom={m.nominative}|{k}")
        key = casefold_name(m.name)
        f.append(f"rep={_bucket(names[key])}|{k}")
        if len(name_kinds[key]) > 1:
            f.append("mixedkinds")
        f.append(f"gaz={_gazetteer_kinds(m.name)}|{k}")
        if m.name.casefold() != m.span.text.casefold():
            f.append(f"renamed|{k}")
        f += _context(a, m, toks, k, ner_sorted, ner, mid_sentence, words_of)
        out.append(f)
    return out


# the prefixes of the context features (`_context`), which the learner may leave out to measure
# what they add
CONTEXT = ("pos-1=", "pos+1=", "lem-2=", "case0=", "rel=", "gov=", "nerov=", "midname=", "part|")


def _context(a: Analysis, m: NameMention, toks, k: str, ner_sorted: list, ner: dict,
             mid_sentence: set[str], words_of: dict[str, set[str]]) -> list[str]:
    """What the grammar and the document say around the mention: the neighbours' parts of
    speech, the word two before, the first word's case, the last word's relation and its
    governor's lemma, the NER's type over an overlapping span, whether the name also stands
    inside a sentence elsewhere (a capital there is no sentence's capital), and whether it is
    one word of a longer name of the document (a surname, a town in a body's name)."""
    f = []
    if not toks:
        return f
    first, last = toks[0], toks[-1]
    before = a.tokens[m.first - 1] if m.first > 0 else None
    after = a.tokens[m.last + 1] if m.last + 1 < len(a.tokens) else None
    if before is not None and before.sent == first.sent:
        f.append(f"pos-1={before.pos}|{k}")
        two = a.tokens[m.first - 2] if m.first > 1 else None
        if two is not None and two.sent == first.sent:
            f.append(f"lem-2={two.lemma.lower()}|{k}")
    if after is not None and after.sent == last.sent:
        f.append(f"pos+1={after.pos}|{k}")
    f.append(f"case0={first.feats.get('Case', '-')}|{k}")
    f.append(f"rel={last.rel.split(':')[0]}|{k}")
    if last.head is not None and not m.first <= last.head <= m.last:
        f.append(f"gov={a.tokens[last.head].lemma.lower()}|{k}")
    s, e = m.span.start, m.span.end
    if (s, e) not in ner:
        i = bisect.bisect_left(ner_sorted, (s, -1))
        over = [ner[x] for x in ner_sorted[max(i - 3, 0):i + 3] if x[0] < e and s < x[1]]
        if over:
            f.append(f"nerov={over[0]}|{k}")
    key = casefold_name(m.name)
    f.append(f"midname={key in mid_sentence}|{k}")
    if len(key.split()) == 1 and any(key in ws for n, ws in words_of.items() if n != key):
        f.append(f"part|{k}")
    return f
