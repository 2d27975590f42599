"""A learned fallback for event actors the role rules do not reach.

The rules of `event_roles.py` (driven by `kg/data/ru/event_frames.tsv`) give an event its agent,
target and other participants along the dependency paths a frame names. Where they give an event
no actor, this model scores every entity named in the trigger's sentence by features of the
dependency path between the trigger and the entity's head word (its relations and lemmas, its
length), the entity's case, preposition and type, the event's class and the trigger's part of
speech, and proposes the best one as an actor — agent or participant, whichever it scores higher
— when its probability of being an actor at all reaches the threshold (`Settings.event_actor_threshold`).

The weights are a multinomial logistic regression over three classes (`none`, `agent`,
`participant`) trained on NEREL's argument relations (AGENT, ORGANIZES → agent; PARTICIPANT_IN →
participant) of the events the rules find, by `scripts/learn_event_actors.py`; the file is a
readable JSON (`kg/data/ru/event_actor_model.json` is shipped). It is off by default
(`Settings.event_actor_model` ''; 'shipped' or a path turns it on): on NEREL's 2-fold count it
adds recall, but its actors are a little less precise than the rules' (docs/events.md). Only
entities of the trigger's own sentence are scored, so no event takes an actor from anywhere else;
a name on the path is the feature word `<name>`, so no name of the training articles is a weight.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.linear import SHIPPED_NAMES, read_model, softmax
from kg.nlp.ru.analysis import Token

CLASSES = ("none", "agent", "participant")
SHIPPED = Path(__file__).resolve().parents[2] / "data" / "ru" / "event_actor_model.json"
MAX_PATH = 6  # longer paths are one feature value ("long")


@dataclass(frozen=True)
class Candidate:
    key: str  # entity key
    token: Token  # the head word of its mention nearest the trigger


@dataclass(frozen=True)
class Model:
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, feats: list[str]) -> tuple[float, ...]:
        return softmax(self.bias, self.weights, feats)


def load(path: str | Path, threshold: float) -> Model | None:
    """The model of a weights file ('shipped' or 'default' = the one shipped), or None for ''
    (off)."""
    if not path:
        return None
    return _load(str(SHIPPED if path in SHIPPED_NAMES else path), threshold)


@functools.cache
def _load(path: str, threshold: float) -> Model:
    _, weights, bias = read_model(path, CLASSES)
    return Model(bias=bias, weights=weights, threshold=threshold)


def candidates(x, trigger: Token, exclude: set[str]) -> list[Candidate]:
    """The entities named in the trigger's sentence (not in `exclude`), each by the head word of
    its mention nearest the trigger; a mention's head is its word whose syntactic head lies
    outside it."""
    s = x.a.sentences[trigger.sent]
    runs: list[list[int]] = []
    for i in range(s.first, s.last + 1):
        k = x.ent_at.get(i)
        if k is None or k in exclude or i == trigger.index:
            continue
        if runs and runs[-1][-1] == i - 1 and x.ent_at.get(i - 1) == k:
            runs[-1].append(i)
        else:
            runs.append([i])
    best: dict[str, tuple[int, Token]] = {}
    for run in runs:
        inside = set(run)
        toks = [x.a.tokens[i] for i in run]
        head = next((t for t in toks if t.head is None or t.head not in inside), toks[0])
        k = x.ent_at[run[0]]
        d = abs(head.index - trigger.index)
        if k not in best or d < best[k][0]:
            best[k] = (d, head)
    return [Candidate(k, t) for k, (_, t) in sorted(best.items(), key=lambda kv: kv[1][1].index)]


def _chain(x, t: Token) -> list[Token]:
    out = [t]
    seen = {t.index}
    while (h := x.head(out[-1])) is not None and h.index not in seen and len(out) < 40:
        out.append(h)
        seen.add(h.index)
    return out


def path(x, a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """The tokens from `a` up to the lowest common head (exclusive), that head, and the tokens
    from it down to `b` (top first, `b` last); (…, None, …) when the two share no head."""
    up, down = _chain(x, a), _chain(x, b)
    pos = {t.index: n for n, t in enumerate(down)}
    for n, t in enumerate(up):
        if t.index in pos:
            return up[:n], t, list(reversed(down[:pos[t.index]]))
    return up, None, list(reversed(down))


def preposition(x, t: Token) -> str:
    return next((c.lemma for c in x.kids(t) if c.rel == "case"), "")


def word(x, t: Token | None) -> str:
    """A word of the path as a feature: its lemma, but `<name>` for a name (a proper noun or a
    word of an entity's mention), so no name of the training articles becomes a weight."""
    if t is None:
        return "-"
    return "<name>" if t.pos == "PROPN" or t.index in x.ent_at else t.lemma


def features(x, kind: str, trigger: Token, cand: Candidate, n_actors: int, n_cands: int,
             kind_of_entity: str) -> list[str]:
    """The feature names of one (event, candidate entity) pair."""
    c = cand.token
    up, top, down = path(x, trigger, c)
    if top is None:
        shape = "none"
    elif len(up) + len(down) > MAX_PATH:
        shape = "long"
    else:
        shape = "".join("^" + t.rel for t in up) + "|" + "".join("v" + t.rel for t in down)
    length = len(up) + len(down) if top is not None else 99
    case = x.case_of(c) or "-"
    prep = preposition(x, c)
    # the word that governs the candidate (a preposition hangs on the candidate itself)
    gov = x.head(c)
    side = "before" if c.index < trigger.index else "after"
    dist = abs(c.index - trigger.index)
    dist_b = "1" if dist <= 1 else "2-3" if dist <= 3 else "4-7" if dist <= 7 else "8+"
    voice = trigger.feats.get("Voice", "-")
    top_word = "self" if top is trigger else word(x, top)
    top_pos = "self" if top is trigger else (top.pos if top is not None else "-")
    has = "0" if n_actors == 0 else "1+"
    f = [
        "bias_kind=" + kind,
        "shape=" + shape,
        "len=" + str(min(length, 7)),
        "case=" + case + "|prep=" + prep,
        "prep=" + prep,
        "ent=" + kind_of_entity,
        "side=" + side,
        "dist=" + dist_b,
        "tpos=" + trigger.pos + "|voice=" + voice,
        "crel=" + c.rel,
        "top=" + top_pos,
        "topword=" + top_word,
        "has=" + has,
        "ncand=" + ("1" if n_cands == 1 else "2" if n_cands == 2 else "3+"),
        "kind|shape=" + kind + "|" + shape,
        "kind|case=" + kind + "|" + case + "|" + prep,
        "kind|ent=" + kind + "|" + kind_of_entity,
        "kind|side=" + kind + "|" + side,
        "tpos|shape=" + trigger.pos + "|" + voice + "|" + shape,
        "tpos|case=" + trigger.pos + "|" + voice + "|" + case + "|" + prep,
        "shape|ent=" + shape + "|" + kind_of_entity,
        "has|shape=" + has + "|" + shape,
        "trig=" + word(x, trigger),
        "trig|case=" + word(x, trigger) + "|" + case + "|" + prep,
        "gov=" + word(x, gov),
        "gov|crel=" + word(x, gov) + "|" + c.rel,
    ]
    for t in up:
        f.append("up=" + t.rel)
        f.append("upword=" + word(x, t))
    for t in down:
        f.append("down=" + t.rel)
    for t in down[:-1]:
        f.append("via=" + word(x, t))
    return f


def _path_length(x, a: Token, b: Token) -> int:
    up, top, down = path(x, a, b)
    return len(up) + len(down) if top is not None else 99


def _context(x, f, cands: list[Candidate]) -> dict[str, list[str]]:
    """Features of each candidate against the others and the article: its rank by path length
    and by distance, whether it is an actor of another event of the sentence, how often the
    article names it, whether it is the subject of the sentence's root."""
    lengths = {c.key: _path_length(x, f.trigger, c.token) for c in cands}
    dists = {c.key: abs(c.token.index - f.trigger.index) for c in cands}
    others: dict[str, str] = {}
    for g in getattr(x, "events", ()):
        if g is f or g.trigger.sent != f.trigger.sent:
            continue
        for k in g.agents:
            others.setdefault(k, "agent")
        for k in (*g.targets, *g.others):
            others.setdefault(k, "participant")
    out = {}
    for c in cands:
        rank_len = sum(1 for v in lengths.values() if v < lengths[c.key])
        rank_dist = sum(1 for v in dists.values() if v < dists[c.key])
        n = len(x.entities[c.key].mentions)
        t, steps = c.token, 0
        while t.rel in ("conj", "appos", "flat:name", "nmod") and steps < 3 and x.head(t) is not None:
            t, steps = x.head(t), steps + 1
        root_subj = t.rel in ("nsubj", "nsubj:pass") and x.head(t) is not None and x.head(t).head is None
        out[c.key] = [
            "rank_len=" + str(min(rank_len, 2)),
            "rank_dist=" + str(min(rank_dist, 2)),
            "other_ev=" + others.get(c.key, "-"),
            f.kind + "|other_ev=" + others.get(c.key, "-"),
            "named=" + ("1" if n == 1 else "2-3" if n <= 3 else "4+"),
            "root_subj=" + str(root_subj) + "|" + ("direct" if steps == 0 else "via"),
            "anim=" + c.token.feats.get("Animacy", "-"),
            "rank_len|ent=" + str(min(rank_len, 2)) + "|" + x.entities[c.key].kind,
        ]
    return out


def pair_rows(x, f, exclude: set[str]) -> list[tuple[Candidate, list[str]]]:
    """The candidates of one found event (`events._Found`) with their features."""
    cands = candidates(x, f.trigger, exclude)
    n = len(f.actors)
    context = _context(x, f, cands)
    return [(cand, features(x, f.kind, f.trigger, cand, n, len(cands),
                            x.entities[cand.key].kind) + context[cand.key]) for cand in cands]


def propose(model: Model, x, f, exclude: set[str]) -> tuple[str, str] | None:
    """(entity key, 'agent' or 'participant') of the best candidate whose probability of being
    an actor reaches the threshold, or None."""
    best = None
    for cand, feats in pair_rows(x, f, exclude):
        p = model.probabilities(feats)
        actor = 1.0 - p[0]
        if actor >= model.threshold and (best is None or actor > best[0]):
            best = (actor, cand.key, "agent" if p[1] >= p[2] else "participant")
    return None if best is None else (best[1], best[2])
