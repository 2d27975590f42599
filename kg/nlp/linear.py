"""The class probabilities of a sparse linear model (multinomial logistic regression), shared by
the learned parts of the extraction (kg.nlp.ru.mention_model, kg.nlp.ru.event_actor_model)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


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
