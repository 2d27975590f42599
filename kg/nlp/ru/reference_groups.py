"""The named people a plural pronoun or `оба` stands for: the persons last named together."""

from __future__ import annotations

from collections.abc import Sequence

from kg.nlp.ru.analysis import Token
from kg.nlp.ru.lexicon import norm as _norm
from kg.nlp.ru.reference import Reference, pronoun_forms, reference_words

_SUBJECTS = ("nsubj", "nsubj:pass")
_BACK = 2  # sentences back the people named together may stand (`X и Y прибыли. … Там они …`)
_NAMES = ("appos", "flat", "flat:name", "nmod")  # a name under a plural noun (`президенты X и Y`)


def both_word(t: Token) -> bool:
    """`оба`, `обе` (reference_words.tsv `both`), alone or over its noun (`оба политика`)."""
    return _norm(t.lemma) in reference_words("both") or _norm(t.text) in reference_words("both")


def may_be_group_word(t: Token, children: Sequence[Token]) -> bool:
    """A word that may stand for several people named before, told from the word and its parse
    children alone: a third-person plural pronoun (`они`, `их`, `ними`; `их` before a noun as the
    tagger reads it often, a determiner: `их встреча`), `оба`/`обе` over no noun, or a noun
    counted by `оба` (`оба политика`). `group_word` also asks that the noun be no name."""
    if t.pos in ("PRON", "DET"):
        return pronoun_forms().get(_norm(t.text), (None, ""))[1] == "Plur"
    if both_word(t):
        return not any(c.pos == "NOUN" for c in children)
    return t.pos == "NOUN" and _counted(children)


def group_word(ref: Reference, t: Token) -> bool:
    """`may_be_group_word`, a counted noun that is a name left out (`оба Ивановых` are named)."""
    return may_be_group_word(t, ref.a.children(t.index)) and \
        (t.pos != "NOUN" or both_word(t) or t.index not in ref.by_token)


def group(ref: Reference, t: Token, depth: int = 0) -> list[Token]:
    """The tokens of the persons a plural pronoun or `оба` stands for, or [] when the text does
    not settle it. The antecedent is the last subject that names two or more persons by name
    joined together (`X и Y`, `президенты X и Y`) in the pronoun's sentence before it (not the
    subject of its own clause) or in the sentence or two before; the first sentence back that
    names anyone decides. It is taken only when that sentence names no one else: another person,
    a singular personal pronoun or a plural noun for people (`X встретился с министрами`, `его
    встретили X и Y`) leaves it open, and so does a plural subject that is a body or a group noun
    (`они` then stands for the body, as kg.nlp.ru.reference resolves it). `оба` stands for two."""
    if depth > 2 or not group_word(ref, t):
        return []
    own = _own_clause_subjects(ref, t)
    for back in range(0, _BACK + 1):
        if t.sent - back < 0:
            return []
        toks = [x for x in ref.a.sentence_tokens(t.sent - back)
                if (back or x.index < t.index) and x.index not in own]
        plural = [x for x in toks if x.rel in _SUBJECTS and _plural_subject(ref, x)]
        others = _people(ref, toks)
        if not plural:
            if others:
                return []  # someone else is in view and no plural subject: not settled
            continue
        last = plural[-1]
        if group_word(ref, last) and last.pos == "PRON":
            found = group(ref, last, depth + 1)  # `X и Y прибыли. Они … . Они …`
        else:
            found = members(ref, last)
        keys = {ref.key_at(m) for m in found}
        if len(keys) < 2 or (both_word(t) or _counted(ref.a.children(t.index))) and \
                len(keys) != 2:
            return []
        within = {m.index for x in found for m in _phrase(ref, x)} | {last.index} | \
            {m.index for m in _phrase(ref, last)} | {c.index for c in _conjuncts(ref, last)}
        if any(x not in within for x in others):
            return []
        return found
    return []


def _counted(children: Sequence[Token]) -> bool:
    """A word `оба`/`обе` among a word's children: the word is counted by it (`оба политика`)."""
    return any(both_word(c) for c in children)


def _own_clause_subjects(ref: Reference, t: Token) -> set[int]:
    """The subject of the pronoun's own clause and its conjuncts: never its antecedent."""
    h = t.head
    if h is None or t.rel in _SUBJECTS:
        return set()
    subj = [c for c in ref.a.children(h) if c.rel in _SUBJECTS]
    return {m.index for s in subj for x in [s, *_conjuncts(ref, s)] for m in _phrase(ref, x)}


def _plural_subject(ref: Reference, s: Token) -> bool:
    """A subject in the plural, a list, or the subject of a verb in the plural (`Компании X и Y
    открыли`, the noun tagged a genitive singular)."""
    verb = ref.a.tokens[s.head] if s.head is not None else None
    return s.feats.get("Number") == "Plur" or bool(_conjuncts(ref, s)) or \
        group_word(ref, s) or (verb is not None and verb.feats.get("Number") == "Plur")


def _conjuncts(ref: Reference, s: Token) -> list[Token]:
    out: list[Token] = []
    for c in ref.a.children(s.index):
        if c.rel == "conj" and c.pos in ("NOUN", "PROPN"):
            out += [c, *_conjuncts(ref, c)]
    return out


def _phrase(ref: Reference, s: Token) -> list[Token]:
    """A name with the words of its own name (`Эммануэль` with `Макрон`)."""
    return [s, *(c for c in ref.a.children(s.index) if c.rel in ("appos", "flat", "flat:name")
                 and ref.key_at(c) is not None and ref.key_at(c) == ref.key_at(s))]


def members(ref: Reference, s: Token) -> list[Token]:
    """The persons a plural subject names, each by name (`X и Y`, `президенты X и Y`), or []
    when any of the list is not a named person (`X и его жена`, `X и компания Y`)."""
    start = s
    titled = []
    if ref.key_at(s) is None and s.pos == "NOUN":
        start = _named(ref, s)
        if start is None:
            return []
        # `президент X и премьер-министр Y`: each title of the list over its own name
        titled = [c if ref.key_at(c) is not None else _named(ref, c) for c in _conjuncts(ref, s)]
        if None in titled:
            return []
    persons = [start, *_conjuncts(ref, start), *titled]
    keys = [ref.key_at(m) for m in persons]
    if any(k is None or ref.entities[k].kind != "person" for k in keys):
        return []
    return persons


def _named(ref: Reference, s: Token) -> Token | None:
    """The one person named after a title noun (`президент Казахстана X`: X, not the country of
    the title), or None."""
    names = [c for c in ref.a.children(s.index) if c.rel in _NAMES and c.index > s.index
             and (k := ref.key_at(c)) is not None and ref.entities[k].kind == "person"]
    return names[0] if len(names) == 1 else None


def _people(ref: Reference, toks: list[Token]) -> list[int]:
    """The tokens that name or stand for people: a person's name, a singular personal pronoun,
    a plural animate noun (`министрами`, `полицейские`) or pronoun."""
    out = []
    for x in toks:
        k = ref.key_at(x)
        if k is not None:
            if ref.entities[k].kind == "person":
                out.append(x.index)
            continue
        form = pronoun_forms().get(_norm(x.text))
        if x.pos == "PRON" and form is not None:
            out.append(x.index)
        elif x.pos == "NOUN" and x.feats.get("Number") == "Plur" and \
                x.feats.get("Animacy") == "Anim":
            out.append(x.index)
    return out
