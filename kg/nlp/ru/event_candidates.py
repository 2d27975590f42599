"""A learned model of event mentions whose trigger lines do not fit their context.

A word whose lemma has lines in the trigger lexicon (hand, learned, aspect or derived lines) makes
no event when none of its lines fits: a line asks for a context word the sentence does not have
(`провести =матч`), for a place, and so on. This model scores such a word once per event class of
its lines, by cheap features of the word and its parse: the class, how often NEREL marks the
lemma as an event's head word in its readable articles (the rate is part of the weights file), the
part of speech and dependency relation, verb form, aspect and tense, the number of a noun, whether
its subject, object and bare genitive are entities and of which kind, negation, the headline, and
which condition of the line failed. Where the best class reaches the threshold
(`Settings.event_candidate_threshold`), the word is read by that class's barest line with its
context words dropped: its roles, require and irrealis as written, and every later check of the
extractor (negation, quotes, habits, the line's required roles) as for any other trigger.

The weights are a logistic regression (classes `none`, `event`) trained on the readable gold
folders tests/gold-nerel/dev … dev8 (a candidate is an event when a gold event of its class has
its trigger on the word) by scripts/learn_event_candidates.py, which never reads a held-out
article; the file is readable JSON (`kg/data/ru/event_candidate_model.json` is shipped). It is
off by default (`Settings.event_candidate_model` ''): see docs/events.md for the cross-validated
figures that decided it.

The same features, with the event's own (its line, actors, factuality, place, mentions), score
the events the rules make for a learned filter (`Settings.event_filter_model`,
`kg/data/ru/event_filter_model.json`, trained on whether a gold event matches them), off too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.linear import SHIPPED_NAMES, read_model, softmax
from kg.nlp.ru.analysis import Token
from kg.nlp.ru.lexicon import table

CLASSES = ("none", "event")
SHIPPED = Path(__file__).resolve().parents[2] / "data" / "ru" / "event_candidate_model.json"
FILTER_SHIPPED = Path(__file__).resolve().parents[2] / "data" / "ru" / "event_filter_model.json"
MIN_OCCURRENCES = 3  # a lemma seen fewer times in NEREL's articles has no rate of its own


@dataclass(frozen=True)
class Model:
    """A logistic model read from a weights file: per-class bias and feature weights, NEREL's
    marking counts per lemma (the `rate` features) and the threshold it is used with."""

    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    rates: dict[str, tuple[int, int]]  # `lemma\tPOS` → (occurrences, NEREL event heads)
    threshold: float

    def probability(self, feats: list[str]) -> float:
        """P(event) of a candidate's features."""
        return softmax(self.bias, self.weights, feats)[1]


def load(path: str | Path, threshold: float, shipped: Path = SHIPPED) -> Model | None:
    """The model of a weights file ('shipped' or 'default' = the one shipped, `shipped`), or
    None for '' (off)."""
    if not path:
        return None
    return _load(str(shipped if path in SHIPPED_NAMES else path), threshold)


@functools.cache
def _load(path: str, threshold: float) -> Model:
    """The model of a weights file, read once per file and threshold (every article asks)."""
    data, weights, bias = read_model(path, CLASSES)
    rates = {k: (int(v[0]), int(v[1])) for k, v in data.get("rates", {}).items()}
    return Model(bias=bias, weights=weights, rates=rates, threshold=threshold)


def rate_bin(counts: tuple[int, int] | None) -> str:
    """NEREL's marking rate of a lemma as a coarse value: `unseen` under MIN_OCCURRENCES."""
    if counts is None or counts[0] < MIN_OCCURRENCES:
        return "unseen"
    r = counts[1] / counts[0]
    # each bin holds the rates up to its bound (`<.1`: above 0, at most 0.1)
    return next(name for top, name in ((0.0, "0"), (0.1, "<.1"), (0.25, "<.25"), (0.5, "<.5"),
                                       (0.75, "<.75"), (1.01, ">=.75")) if r <= top)


def rate_key(t: Token) -> str:
    """The key of a word's lemma in the rates: `lemma\tVERB` or `lemma\tNOUN` (as
    scripts/learn_triggers.py counts them)."""
    return f"{t.lemma.replace('ё', 'е')}\t{'VERB' if t.pos == 'VERB' else 'NOUN'}"


def rate_features(kind: str, pos: str, counts: tuple[int, int] | None) -> list[str]:
    """The rate bin of a lemma alone and crossed with the event class and the part of speech."""
    rate = rate_bin(counts)
    return [f"rate={rate}", f"class={kind}|rate={rate}", f"pos={pos}|rate={rate}"]


def _entity_kind(x, t: Token | None) -> str:
    """`none` for no word, the kind of the entity the word belongs to, else `word`."""
    if t is None:
        return "none"
    k = x.ent_at.get(t.index)
    return x.entities[k].kind if k is not None else "word"


def features(x, t: Token, kind: str, why: str, lines: int, rates) -> list[str]:
    """The features of the word `t` read as an event of `kind` (x: the extractor's parse; `why`
    no line was read: `context`, `attributive`, `check`; `lines`: how many the class has)."""
    kids = x.kids(t)
    subj = next((c for c in kids if c.rel in ("nsubj", "nsubj:pass")), None)
    obj = next((c for c in kids if c.rel == "obj"), None)
    gen = next((c for c in kids if c.rel == "nmod" and c.feats.get("Case") == "Gen"
                and not x.has_preposition(c)), None)
    h = x.head(t)
    out = [f"class={kind}", f"pos={t.pos}", f"class={kind}|pos={t.pos}",
           f"rel={t.rel.split(':')[0]}", *rate_features(kind, t.pos, rates.get(rate_key(t))),
           f"failed={why}", f"lines={min(lines, 3)}",
           f"subj={_entity_kind(x, subj)}", f"obj={_entity_kind(x, obj)}",
           f"gen={_entity_kind(x, gen)}", f"head={h.pos if h is not None else 'root'}"]
    out += [f"class={kind}|subj={_entity_kind(x, subj) != 'none'}",
            f"class={kind}|obj={_entity_kind(x, obj) != 'none'}"]
    for feat in ("VerbForm", "Aspect", "Tense", "Number", "Voice"):
        if feat in t.feats:
            out.append(f"{feat}={t.feats[feat]}")
    if x.negated_verb(t) or x.negated(t):
        out.append("negated")
    if x.in_title(t):
        out.append("headline")
    if x.a.quote_of(t) is not None:
        out.append("quoted")
    return out


def _count(n: int) -> str:
    """A count as a feature value: `0`, `1` or `2+`."""
    return "0" if n == 0 else "1" if n == 1 else "2+"


def event_features(x, f, rates) -> list[str]:
    """The features of an event the rules made (f: the extractor's `_Found`), for the learned
    filter of events (`Settings.event_filter_model`): the features of its trigger word as above,
    and its line (with context words or bare, a hand lemma or a generated one), how many agents,
    targets and others it has and the kind of the first, its factuality, place and mentions."""
    t = f.trigger
    kind = f.kind
    hand = t.lemma.replace("ё", "е") in _hand_lemmas()
    out = features(x, t, kind, "line" if f.rule.with_ else "bare", 1, rates)
    out = [o for o in out if not o.startswith(("failed=", "lines="))]
    out += [f"line={'context' if f.rule.with_ else 'bare'}", f"hand={hand}",
            f"class={kind}|hand={hand}", f"factuality={f.factuality}",
            f"place={f.place is not None}", f"mentions={_count(len(f.tokens))}",
            f"host={f.host is not None}", f"unnamed={f.unnamed}"]
    for role, keys in (("agents", f.agents), ("targets", f.targets), ("others", f.others)):
        out.append(f"{role}={_count(len(keys))}")
        out.append(f"class={kind}|{role}={_count(len(keys))}")
        if keys and keys[0] in x.entities:
            out.append(f"{role}1={x.entities[keys[0]].kind}")
    return out


@functools.cache
def _hand_lemmas() -> frozenset[str]:
    """The lemmas of kg/data/ru/triggers.tsv (the hand lines)."""
    return frozenset(row[0].replace("ё", "е") for row in table("triggers"))
