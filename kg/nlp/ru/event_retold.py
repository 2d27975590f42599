"""The headline's act told again in the lead with the roles filled otherwise (twenty-fifth round).

A headline names an act with the actors it has room for (`Басманный суд арестовал бывшего
министра`: the court, the arrested only described) and the lead tells it again with others
(`Бывший министр Иван Горбунов арестован на два месяца`: the arrested named, the court left out).
Neither actor set holds the other, so `coreferent`'s subset test keeps them apart, and the
headline's event and the lead's both go out, one of them counted false against any gold. They
are one act when each role either is empty in one of them or names the same actor in both:
nothing in the two tellings tells two acts apart. Two roles that name different actors
(`задержан X` in the headline, `задержан Y` in the lead), another event of the class told
between them, a time, place or factuality of their own (checked in `coreferent` before this),
and a word that counts the lead's act as another (`снова`, `также`, `ещё один`, `второй`) keep
them apart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.ru.lexicon import again_words, norm

if TYPE_CHECKING:  # the extractor and its found events (kg/nlp/ru/events.py)
    from kg.nlp.ru.analysis import Token
    from kg.nlp.ru.events import _Extractor, _Found

_ROLES = ("agents", "targets", "others")


def retold_from_title(x: _Extractor, f: _Found, prev: _Found, lead: int) -> bool:
    """Whether f, in the lead (the `lead` sentences after the title), tells the title's act prev
    again with its roles filled otherwise: same class, both with actors of their own, no role
    where the two name different actors, no event of the class told between them, and no word
    on f that counts it as one more (`снова`, `также`, `ещё`, an ordinal, `другой`)."""
    if not (x.in_title(prev.trigger) and not x.in_title(f.trigger)
            and f.trigger.sent <= prev.trigger.sent + lead and f.kind == prev.kind
            and f.factuality == prev.factuality and f.own_actors and prev.own_actors
            and f.actors and prev.actors):
        return False
    return _one_act(x, f, prev)


def retold_late(x: _Extractor, f: _Found, prev: _Found) -> bool:
    """Whether f, in the body past the lead, is the first telling with named actors of the
    title's act that names none (`Протесты в Лимании` … `президент сталкивается с протестами`,
    `Теракт в аэропорту` … `теракт в аэропорту совершил X`; thirtieth round): the title tells the
    news, and the next mention of its class is that act. Not when another event of the class is
    told between them, f is dated to a year written before the news's, or a word counts it as
    one more (`снова`, `также`, `ещё один`, `другой`); time, place and factuality are checked
    before, as for any repeat."""
    return (x.in_title(prev.trigger) and not x.in_title(f.trigger) and not prev.actors
            and f.kind == prev.kind and f.factuality == prev.factuality and bool(f.own_actors)
            and not _another_since(x, prev) and not x.written_past_year(f)
            and not x.past_year(f) and not x.adds_one(f) and not x.again(f.trigger)
            and not marked_another(x, f.trigger))


def _one_act(x: _Extractor, f: _Found, prev: _Found) -> bool:
    """Whether the lead's f can be the title's prev told again: no event of the class told
    between them, no role where the two name different actors, no actor of one in another role
    of the other, and no word on f that counts it as another act."""
    if _another_since(x, prev):
        return False  # another act of the class told between: the lead's is not the title's
    for role in _ROLES:
        mine, theirs = set(getattr(f, role)), set(getattr(prev, role))
        if mine and theirs and not (x.within_body(mine, theirs, bodies=True)
                                    or x.within_body(theirs, mine, bodies=True)):
            return False  # `Задержан X` … `задержан Y`: two people, two arrests
    # an actor of one in another role of the other (`X арестовал …` … `X арестован`)
    for role in _ROLES:
        for other in _ROLES:
            if role != other and set(getattr(f, role)) & set(getattr(prev, other)):
                return False
    return not marked_another(x, f.trigger)


def _another_since(x: _Extractor, prev: _Found) -> bool:
    """Whether an event of prev's class was found after it: the act a later mention goes on
    with is then that one, not prev."""
    return any(e is not prev and e.kind == prev.kind and e.trigger.start > prev.trigger.start
               for e in x.events)


def retold_toll(x: _Extractor, f: _Found, prev: _Found) -> bool:
    """Whether f tells again the toll prev told: the same class and word, the people of both
    counted and not named, by the same count (`погибли 14 человек` … `Спасатели сообщили, что 14
    человек погибли, среди них трое детей`; thirty-third round): one toll told twice is one act,
    where two counts (`погибли трое` … `погибли пятеро`) may be two. Not another place or a time
    only f has, another event of the class told between, nor a word that counts f as one more
    (`ещё 14 человек погибли`, `также`)."""
    if not (f.kind == prev.kind and f.factuality == prev.factuality and not f.actors
            and not prev.actors and f.trigger.lemma == prev.trigger.lemma
            and prev.trigger.sent < f.trigger.sent):
        return False
    if (f.place and f.place != prev.place) or (f.time is not None and prev.time is None):
        return False  # `в Казани погибли три человека`, `в 2018 году погибли три человека`
    if _another_since(x, prev) or marked_another(x, f.trigger):
        return False
    mine = _toll(x, f.trigger)
    return mine is not None and mine == _toll(x, prev.trigger)


def _toll(x: _Extractor, t: Token) -> str | None:
    """The count of the unnamed people in a verb's subject or object (`14 человек`, `три
    человека`, `трое`), as written for figures and by lemma for words; None when they are not
    counted, or the count is said to add to others (`ещё 14 человек`)."""
    more = again_words("adding") | again_words("also") | again_words("count")
    for _, w in x.role_words(t):
        if not x.unnamed_word(w):
            continue
        count = w if w.pos == "NUM" else next(
            (c for c in x.kids(w) if c.rel.startswith("nummod")), None)
        if count is None:
            continue
        if any(norm(c.lemma) in more for h in (count, w) for c in x.kids(h)):
            return None
        return count.text if count.text.isdigit() else norm(count.lemma)
    return None


def marked_another(x: _Extractor, t: Token) -> bool:
    """Whether the trigger (or the verb it is coordinated with) is said to be one more act: an
    `again` word, `также`, or, on a noun, `другой`, `ещё один`, an ordinal."""
    if x.again(t) or x.another(t, editions=True):
        return True
    heads = [t]
    if t.rel == "conj" and t.head is not None:
        heads.append(x.a.tokens[t.head])
    return any(norm(c.lemma) in again_words("also") | again_words("count")
               for h in heads for c in x.kids(h))


def title_tense(x: _Extractor, f: _Found, prev: _Found, lead: int) -> bool:
    """Whether f, in the lead, tells as ahead (Planned) the title's act that the title names by a
    noun with no verb of its own to give its tense (`X стал кандидатом на выборах главы Лиманска`
    … `на выборах, которые состоятся в январе`): the title's Actual is only the default of a noun
    told with no tense, and the lead's tense is the act's. Not when the title's noun hangs on a verb
    of its own (`Прошли выборы`: told as past), not a time of the title's, another act of the class
    told between, another place, or a word that counts the lead's as another (`следующие выборы`,
    `другие выборы`)."""
    return (x.in_title(prev.trigger) and not x.in_title(f.trigger)
            and f.trigger.sent <= prev.trigger.sent + lead and f.kind == prev.kind
            and prev.trigger.pos in ("NOUN", "PROPN") and prev.host is None
            and prev.factuality == "Actual" and f.factuality == "Planned"
            and prev.time is None and not (f.place and prev.place and f.place != prev.place)
            and not _another_since(x, prev)
            and not marked_another(x, f.trigger))


def title_suspected(x: _Extractor, f: _Found, prev: _Found, lead: int) -> bool:
    """Whether f, in the lead, tells as done (Actual) the act the title only holds someone
    suspected of or charged with (`Подозреваемый в убийстве X задержан` … `Y убил X`): the title's
    `Possible` is the suspicion's, not a doubt that the act took place, so the two are one act.
    Same conditions of roles as `retold_from_title` (no role where the two name different actors,
    no actor of one in another role of the other), no event of the class told between, and no
    word that counts the lead's act as another (`снова`, `ещё одно`)."""
    h = x.head(prev.trigger)
    if not (x.in_title(prev.trigger) and not x.in_title(f.trigger)
            and f.trigger.sent <= prev.trigger.sent + lead and f.kind == prev.kind
            and prev.factuality == "Possible" and f.factuality == "Actual"
            and h is not None and x.charged_with(prev.trigger, h)):
        return False
    return _one_act(x, f, prev)  # (`в убийстве X` … `убил Y`: two victims, two acts)


def retold_named(x: _Extractor, f: _Found, prev: _Found) -> bool:
    """Whether f names the people an earlier act was done to that it only counted or described
    (`Полиция арестовала двух человек` … `Иван Петров и Олег Сидоров были арестованы`,
    `арестовали жительницу Лиманска` … `Анна Петрова была задержана в аэропорту`), at any
    distance (twenty-seventh round): prev's doer is named and its object is a word for people
    that names no one; f names the done-to and no other doer. A singular object (`жительницу`)
    takes one person only; another act of the class told between, a word that counts f as one
    more (`снова`, `также`, `ещё`), a doer of prev undergoing f, and a past year keep them apart."""
    if not (f.kind == prev.kind and f.factuality == prev.factuality and not x.in_title(f.trigger)
            and prev.trigger.sent < f.trigger.sent and f.trigger.pos in ("VERB", "AUX")
            and prev.trigger.pos in ("VERB", "AUX") and prev.agents and not prev.targets
            and f.targets):
        return False
    if f.trigger.feats.get("Voice") != "Pass":
        return False  # `стал вице-президентом`, `у них родился сын`: an act told of its own
    if f.time is not None and any(ch.isdigit() for ch in f.time.span.text):
        return False  # `в 2015 году был задержан`: an earlier act of a life story (a month
        # alone, `в июле`, is dated by the publication and may fall in the year before)
    if f.agents and not x.within_body(set(f.agents), set(prev.agents)):
        return False  # another doer: `полиция задержала двоих` … `военные задержали X`
    if set(f.targets) & set(prev.agents) or set(f.others) - prev.actors:
        return False
    if any(code == "nsubj" and x.unnamed_word(w) for code, w in x.role_words(f.trigger)) or any(
            c.rel == "obl:agent" or (c.rel == "obl" and x.case_of(c) == "Ins"
                                     and not x.has_preposition(c) and x.unnamed_word(c))
            for c in x.kids(f.trigger)):
        return False  # a doer of f's own it does not name (`военные задержали X`, `был застрелен
        # полицейскими`): maybe others
    objects = [w for code, w in x.role_words(prev.trigger) if code == "obj"]
    if not objects or not all(x.unnamed_word(w) for w in objects):
        return False  # the object names someone, or there is none: nothing left to be named
    if len(f.targets) > 1 and all(w.pos == "NOUN" and w.feats.get("Number") == "Sing"
                                  and not any(c.rel.startswith("nummod") for c in x.kids(w))
                                  for w in objects):
        return False  # one person described (`жительницу`), two named: not those
    g = f.trigger.feats.get("Gender")
    if g and any(w.pos == "NOUN" and w.feats.get("Number") == "Sing"
                 and w.feats.get("Gender") not in (None, g) for w in objects):
        return False  # `выслала сотрудника посольства` … `была задержана X`: a woman, not him
    return not (_another_since(x, prev) or marked_another(x, f.trigger) or x.again(f.trigger))
