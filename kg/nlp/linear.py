"""Sparse linear models (multinomial logistic regression): their weights files and their class
probabilities, shared by the learned parts of the extraction (kg.nlp.ru.mention_model,
kg.nlp.ru.event_actor_model)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

# what names the shipped weights file of a model in its setting (`KG_MENTION_MODEL`, …)
SHIPPED_NAMES = ("default", "shipped")


def read_model(path: str | Path, classes: tuple[str, ...]
               ) -> tuple[dict, dict[str, tuple[float, ...]], tuple[float, ...]]:
    """A weights file: its whole JSON, its weights (feature → one weight per class) and its bias;
    ValueError when it was trained for other classes."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if tuple(data["classes"]) != classes:
        raise ValueError(f"{path}: classes {data['classes']} are not {list(classes)}")
    return data, {f: tuple(w) for f, w in data["weights"].items()}, tuple(data["bias"])


def softmax(bias: Sequence[float], weights: Mapping[str, Sequence[float]],
            features: Iterable[str]) -> tuple[float, ...]:
    """P(class) for binary features: the bias plus the weights of the features present, through
    a softmax (features the model does not know add nothing)."""
    scores = list(bias)
    for f in features:
        w = weights.get(f)
        if w is not None:
            for k in range(len(scores)):
                scores[k] += w[k]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return tuple(e / total for e in exps)
