"""The further speakers of a joint statement: the persons named together as the verb's subject."""

from __future__ import annotations

from kg.nlp.ru.analysis import Token
from kg.nlp.ru.reference_groups import group, group_word, members
from kg.nlp.ru.speech_clauses import Finder, norm


def joint_pronoun(f: Finder, verb: Token) -> tuple[str, ...]:
    """The persons a plural pronoun subject of the verb stands for (`они заявили` after `X и Y
    встретились`), in the order named, or () when it is no such pronoun or the text leaves it
    open (reference_groups.group)."""
    s = _plural_subject(f, verb)
    if s is None or s.pos != "PRON" or not group_word(f.ref, s):
        return ()
    return _keys(f, group(f.ref, s))


def _plural_subject(f: Finder, verb: Token) -> Token | None:
    """The one subject of a verb in the plural, or None (another verb, no or several subjects)."""
    if verb.pos != "VERB" or verb.feats.get("Number") != "Plur":
        return None
    subjects = [c for c in f.a.children(verb.index) if c.rel == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def _keys(f: Finder, toks: list[Token]) -> tuple[str, ...]:
    """The persons' entity keys of the tokens, each once, in text order; () when fewer than two."""
    keys: list[str] = []
    for t in toks:
        k = f.ref.key_at(t)
        if k is not None and k not in keys:
            keys.append(k)
    return tuple(keys) if len(keys) >= 2 else ()


def co_speakers(f: Finder, verb: Token, speaker: str | None) -> tuple[str, ...]:
    """The speakers besides `speaker` when the verb's own subject names several persons: a list
    of names (`X и Y заявили`, `лидеры двух стран X и Y подчеркнули`) or a plural pronoun that
    stands for persons named together before (`X и Y встретились. Они заявили …`). Only the
    verb's subject counts: `X заявил, что Y и Z …` is X's alone, and the first speaker must be
    among them, so a speaker found elsewhere is never joined by the subject's names."""
    s = _plural_subject(f, verb) if speaker is not None else None
    if s is None:
        return ()
    keys = _keys(f, group(f.ref, s) if group_word(f.ref, s) else members(f.ref, s))
    if speaker not in keys:
        return ()
    return tuple(k for k in keys if k != speaker)


def co_authors(f: Finder, author: str, before: Token) -> tuple[str, ...]:
    """The further issuers of a joint document whose words are reported (`X и Y сделали совместное
    заявление. … В заявлении говорится …`): the nearest earlier plural verb with a document noun
    (speech_sources.tsv `document`) as object names persons together as its subject, and the
    author is one of them; () otherwise."""
    for t in reversed(f.a.tokens[:before.index]):
        if t.rel != "nsubj" or t.head is None:
            continue
        v = f.a.tokens[t.head]
        issued = f.children(v.index, "obj", "obl")
        if v.feats.get("Number") != "Plur" or \
                not any(f.sources.get(norm(c.lemma)) == "document" for c in issued):
            continue
        keys = _keys(f, members(f.ref, t))
        return tuple(k for k in keys if k != author) if author in keys else ()
    return ()
