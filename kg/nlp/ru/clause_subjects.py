"""Subjects a verb has in its own clause that the parse gave to another verb: the nominative
phrase just before it (`инженер был задержан, а … осуждён`, parsed with `инженер` under
`осуждён`), and the passive subject a converb shares (`он был снят с поста …, подписав
соглашение`); and a "subject" the parse gave a verb from a subordinate clause before it (`Когда X
был министром, Y ушёл`)."""

from __future__ import annotations

from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.lexicon import rule_words

_SUBJECTS = ("nsubj", "nsubj:pass")
_NOMINALS = ("NOUN", "PROPN", "PRON")
# words that may stand between a subject and its verb without opening another clause
_BETWEEN = ("aux", "aux:pass", "advmod", "discourse", "cop")


def agree(verb: Token, noun: Token) -> bool:
    """A subject agrees with its verb in number, and in gender where the verb shows one (a past
    or short form); a noun or pronoun that shows neither agrees with anything."""
    vn, nn = verb.feats.get("Number"), noun.feats.get("Number")
    if vn and nn and vn != nn:
        return False
    vg, ng = verb.feats.get("Gender"), noun.feats.get("Gender")
    return not (vn == "Sing" and vg and ng and vg != ng)


def subtree_indexes(a: Analysis, t: Token) -> set[int]:
    """The indexes of t and the words under it in its sentence (each visited once, so a parse
    that loops ends)."""
    seen, todo = {t.index}, [t.index]
    while todo:
        for k in a.children(todo.pop()):
            if k.index not in seen and k.sent == t.sent:
                seen.add(k.index)
                todo.append(k.index)
    return seen


def set_off_subject(a: Analysis, noun: Token, verb: Token) -> bool:
    """A "subject" of `verb` that stands in a subordinate clause before it (`Когда X был
    министром, Y ушёл в отставку`, `Пока X был в Москве, Y был арестован`): a subordinating word
    opens the clause before the noun with no comma between them, and after the noun the clause
    has a finite verb or copula of its own and ends with a comma before `verb`. A comma with no
    verb before it (`Хотя X, по словам источника, подал …`) closes no clause."""
    if noun.index >= verb.index or noun.sent != verb.sent:
        return False
    first = a.sentences[noun.sent].first
    j = noun.index - 1
    while j >= first and a.tokens[j].text != ",":
        if a.tokens[j].pos == "SCONJ" or a.tokens[j].lemma in rule_words("clause_opener"):
            break
        j -= 1
    else:
        return False
    for k in range(noun.index + 1, verb.index):
        w = a.tokens[k]
        if w.text == ",":
            return False  # a comma before any verb of its own: no clause closed
        if w.pos in ("VERB", "AUX") and w.feats.get("VerbForm") in ("Fin", None):
            # the clause ends at a comma not followed by a conjunction (`Когда X уехал, а затем
            # вернулся`: the second verb is the clause's own)
            return any(x.text == "," and a.tokens[x.index + 1].pos != "CCONJ"
                       for x in a.tokens[k + 1:verb.index])
    return False


def stolen_subject(a: Analysis, verb: Token) -> Token | None:
    """The nominative noun, name or pronoun that stands right before a verb with no subject of
    its own and that the parse made the subject of a later verb (`инженер был снова задержан, а
    … осуждён`; `также он награждён …, он стал`; `что Иван Петров родился …, учился …`): the
    words between it and the verb are only its own phrase and the verb's auxiliaries and adverbs,
    and it agrees with the verb. None when the verb names a subject of its own."""
    if verb.pos not in ("VERB", "AUX") or any(c.rel.split(":")[0] in ("nsubj", "csubj", "expl")
                                               and not set_off_subject(a, c, verb)
                                               for c in a.children(verb.index)):
        return None
    own = {c.index for c in a.children(verb.index) if c.rel in _BETWEEN}
    first = a.sentences[verb.sent].first
    i = verb.index - 1
    while i >= first and i in own:
        i -= 1
    if i < first:
        return None
    # the phrase that ends right before the verb: climb from its last word to the word whose
    # relation to a later verb is a subject's
    cur = a.tokens[i]
    for _ in range(4):
        if cur.rel in _SUBJECTS:
            break
        if cur.head is None or cur.head == cur.index or cur.head >= verb.index \
                or cur.head < first:
            return None
        cur = a.tokens[cur.head]
    if cur.rel not in _SUBJECTS or cur.pos not in _NOMINALS or cur.head is None \
            or cur.head == verb.index or cur.feats.get("Case", "Nom") != "Nom":
        return None
    if cur.head < verb.index and not (cur.head < cur.index and any(
            w.text == "," for w in a.tokens[cur.head + 1:cur.index])):
        # hung on an earlier word: only across a comma (`Пока X был в Москве, Y был арестован`,
        # `Y` under `Москве`), which closed that word's clause
        return None
    span = subtree_indexes(a, cur)
    if any(j not in span and j not in own for j in range(cur.index, verb.index)) or \
            min(span) < first:
        return None  # another word between them: another clause (`Петров, которого …, был`)
    return cur if agree(verb, cur) else None


def passive_subject(a: Analysis, verb: Token) -> Token | None:
    """The subject of the passive verb a converb hangs on (`он был снят с поста, …, подписав
    соглашение`, `был арестован, но, выйдя под залог, уехал`): a converb's unsaid subject
    is its clause's subject, the one acted upon. None for any other verb, or when the head is
    active or has no one passive subject that agrees with it."""
    h = a.tokens[verb.head] if verb.head is not None and verb.head != verb.index else None
    if h is None or verb.rel != "advcl" or verb.feats.get("VerbForm") != "Conv" \
            or h.feats.get("Voice") != "Pass" or h.pos != "VERB":
        return None
    subj = [c for c in a.children(h.index) if c.rel == "nsubj:pass" and c.pos in _NOMINALS]
    return subj[0] if len(subj) == 1 and agree(h, subj[0]) else None


def shared_subject(a: Analysis, verb: Token, depth: int = 0) -> Token | None:
    """The subject a verb with none of its own shares with the word it hangs on: the modal,
    phase or intent verb (or short adjective) whose complement it is (`контракт может быть
    продлён`, `альбом должен выйти в мае`) or the earlier verb it is coordinated with (`закон
    одобрен Сенатом и подписан президентом`), three verbs up at most. None when the verb names
    a subject of its own, when the word it completes has an object or a dative (`вынудили X
    бежать`: X does it, not the subject), or when the one subject found does not agree with a
    verb that shows number or gender."""
    if verb.pos not in ("VERB", "AUX") or depth > 2 or any(
            c.rel.split(":")[0] in ("nsubj", "csubj", "expl") for c in a.children(verb.index)):
        return None
    h = a.tokens[verb.head] if verb.head is not None and verb.head != verb.index else None
    if h is None or h.sent != verb.sent:
        return None
    if verb.rel == "xcomp":
        if h.pos not in ("VERB", "AUX", "ADJ") or any(
                c.rel in ("obj", "iobj") or (c.rel == "obl" and c.feats.get("Case") == "Dat"
                                             and c.pos in _NOMINALS)
                for c in a.children(h.index)):
            return None
    elif verb.rel != "conj" or h.pos not in ("VERB", "AUX"):
        return None
    subj = [c for c in a.children(h.index) if c.rel in _SUBJECTS and c.pos in _NOMINALS
            and not set_off_subject(a, c, h)]
    if not subj:
        return shared_subject(a, h, depth + 1)
    return subj[0] if len(subj) == 1 and agree(verb, subj[0]) else None
