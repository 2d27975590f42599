"""When and how long, for kg/nlp/ru/events.py: which time expressions belong to an event mention,
and `длился 50 минут` → `PT50M` (units and number words in kg/data/ru/time_words.tsv).

Syntax first (the chain of heads from the time expression reaches the trigger or its verb), then
position where the parse is known to go wrong (a relative clause right after a noun, a date just
before it). A chain of heads that goes round in a circle is a broken parse and attaches nothing.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.ru.analysis import Token
from kg.nlp.ru.event_roles import Roles, occur_hosts
from kg.nlp.ru.lexicon import class_group, norm, normed_words, rule_words, table, word_list
from kg.nlp.ru.speech_clauses import speech_verb_lemmas
from kg.records import TimeValue


PHASE = {"начать", "начинать", "продолжить", "продолжать", "стать"}  # "начали вводить санкции"


@functools.cache
def _question_verbs() -> frozenset[str]:
    """Verbs whose object may be an indirect question (`спросил, когда …`, `выяснили, когда …`,
    `сообщит, когда …`): the asking verbs, the speech verbs and `question_verb` of
    kg/data/ru/rule_words.tsv (verbs of finding out and deciding)."""
    return frozenset({*word_list("asking_verbs"), *speech_verb_lemmas(),
                      *rule_words("question_verb")})


@functools.cache
def _numbers() -> dict[str, float]:
    return {form: float(value) for kind, value, forms in table("time_words") if kind == "number"
            for form in forms.split()}


@functools.cache
def _units() -> dict[str, str]:
    return {form: value for kind, value, forms in table("time_words") if kind == "unit"
            for form in forms.split()}


# acts of the law done about an offence: a time said of the offence they name is not theirs
# (`оправдан по обвинению в убийстве в 2012 году`: the killing's year, not the acquittal's), nor is
# the end of a term they set (`заключён под стражу до 5 мая`)
LEGAL_ACTS = class_group("legal_acts")


class Timing(Roles):
    """Time helpers; the event extractor supplies `times`, `anchor` and `rule_for`."""

    times: tuple[TimeValue, ...]

    def times_in(self, sent: int) -> list[TimeValue]:
        """The time expressions that start in sentence `sent`, in the order of `times` (indexed
        once, so a lookup does not walk every time expression of the article)."""
        index: dict[int, list[TimeValue]] | None = getattr(self, "_times_by_sent", None)
        if index is None:
            index = {}
            for tv in self.times:
                tok = self.a.token_at(tv.span.start)
                if tok is not None:
                    index.setdefault(tok.sent, []).append(tv)
            self._times_by_sent = index
        return index.get(sent, [])

    def compared_since(self, tv: TimeValue) -> bool:
        """A time after `с`/`со`/`после` that a word of a record or a first reaches back to
        (`впервые с 2004 года выиграла`, `рекордная с 1980 года жара`, `самый сильный с 2004
        года шторм`; kg/data/ru/record_since_words.txt and superlatives): the point the
        comparison starts from, which dates no act of the sentence."""
        start = self.a.token_at(tv.span.start)
        if start is None or start.index == 0:
            return False
        prep = self.a.tokens[start.index - 1]
        if prep.lemma not in ("с", "со", "после") or prep.sent != start.sent:
            return False
        words = normed_words("record_since_words")

        def record(w: Token) -> bool:
            return norm(w.lemma) in words or norm(w.text) in words or \
                w.feats.get("Degree") == "Sup"

        end = self.a.token_at(tv.span.end - 1) or start
        top = next((c for c in self.chain(start) if not start.index <= c.index <= end.index),
                   None)
        if top is not None and record(top):
            return True
        first = self.a.sentences[start.sent].first
        for i in range(prep.index - 1, max(first, prep.index - 3) - 1, -1):
            w = self.a.tokens[i]
            if record(w):
                return True
            # only a word of degree between (`самый сильный с 2004 года`): past a noun the
            # time may be when the thing came to hold (`крупнейшая компания с 2010 года
            # принадлежит X`)
            if w.pos not in ("ADJ", "ADV"):
                return False
        return False

    def relcl(self, t: Token) -> tuple[int, int] | None:
        """The token range of "…, который пройдёт 4 июля в Бразилии" right after a noun
        trigger, found by position because the parse often hangs the clause elsewhere."""
        last = self.a.sentences[t.sent].last
        for i in range(t.index + 1, min(t.index + 7, last) + 1):
            w = self.a.tokens[i]
            if w.lemma == "который" and self.a.tokens[i - 1].text == ",":
                j = i
                while j < last and self.a.tokens[j + 1].text not in (".", ":", ";", "!", "?", "—"):
                    j += 1
                return i, j
            if w.pos == "VERB":
                return None
        return None

    # ---- time, place, duration ---------------------------------------------------------------

    def own_time(self, t: Token, host: Token | None) -> TimeValue | None:
        """The time expression that belongs to this mention most directly: the fewest heads
        between it and the mention, then the first (`родился 25 декабря 1958 года` over a
        `(с 1984 года)` hung higher up the sentence)."""
        found = self.times_of(t, host)
        if len(found) < 2:
            return found[0] if found else None
        anchors = {t.index} | ({host.index} if host is not None else set())

        def heads_between(tv: TimeValue) -> int:
            tok = self.a.token_at(tv.span.start)
            chain = self.time_chain(tok) if tok is not None else []
            # a time found by position (a relative clause, just before a noun) counts as near
            return next((i for i, c in enumerate(chain) if c.index in anchors), 1)

        return min(found, key=heads_between)

    def times_of(self, t: Token, host: Token | None) -> list[TimeValue]:
        """The time expressions whose chain of heads reaches this mention or its verb before any
        other event, or that stand in its relative clause or just before the noun."""
        anchors = {t.index} | ({host.index} if host is not None else set())
        maker = self.made_participant(t)
        if maker is not None:  # "в 2010 году стал лауреатом премии": becoming it is the award
            anchors.add(maker.index)
        rel = self.relcl(t) if t.pos in ("NOUN", "PROPN") else None
        out = []
        for tv in self.times_in(t.sent):
            tok = self.a.token_at(tv.span.start)
            if tok is None or tok.sent != t.sent or not self.same_line(tok.index, t.index) or \
                    self.bound(tv, t):
                continue
            if rel is not None and rel[0] < tok.index <= rel[1]:
                out.append(tv)
                continue
            if rel is not None or t.pos in ("NOUN", "PROPN"):
                # "Намеченная на 7 августа встреча": just before the noun, no verb in between
                end = self.a.token_at(tv.span.end - 1)
                between = self.a.tokens[end.index + 1:t.index] if end is not None else ()
                if end is not None and 0 <= t.index - end.index <= 6 and not any(
                        w.pos in ("VERB", "AUX", "PUNCT") or self.rule_for(w) for w in between):
                    out.append(tv)
                    continue
            chain = self.time_chain(tok)
            for i, c in enumerate(chain):
                if c.index in anchors:
                    out.append(tv)
                    break
                if c.index in self.anchor or (c.index != t.index and self.rule_for(c)):
                    break  # it belongs to another event first
                if self.own_act(c):
                    break
                if self.dates_other_act(chain, i, anchors):
                    break
        if not out and t.pos == "VERB":
            out = self.right_after(t)
        return out

    def made_participant(self, t: Token) -> Token | None:
        """The verb that makes someone the participant noun (kg/data/ru/participant_nouns.txt) an
        event noun hangs on in the genitive (`стал лауреатом премии`, `стала победительницей
        турнира`): the time said of becoming the laureate or winner is the event's. None for a
        noun that only describes someone (`X, лауреат премии 2010 года`)."""
        h = self.head(t)
        if t.pos in ("NOUN", "PROPN") and t.lemma in self.participants:
            h, t = t, None  # the trigger is the participant noun itself (`стал нобелевским
            # лауреатом`): the verb it is the instrumental of
        # (the instrumental of what one becomes or is named, `стал лауреатом`, `назван
        # победителем`; not one met or spoken of, `встретился с лауреатом премии`)
        if t is not None and (t.pos not in ("NOUN", "PROPN") or t.rel != "nmod") or h is None or \
                h.lemma not in self.participants or h.rel not in ("xcomp", "obl") or \
                self.case_of(h) != "Ins" or self.has_preposition(h):
            return None
        g = self.head(h)
        return g if g is not None and g.pos in ("VERB", "AUX") else None

    def right_after(self, t: Token) -> list[TimeValue]:
        """A time that stands right after the verb (`родился 13 сентября 2001 года, ранее учился в
        школе`) which the parse hung on a verb of the next clause, past a comma: it is the time
        of the verb it follows. Not one with a word between (`родился, а 13 мая …`), nor one
        its next verb takes before any comma (`родился в Туле 13 мая`)."""
        for tv in self.times_in(t.sent):
            tok = self.a.token_at(tv.span.start)
            end = self.a.token_at(tv.span.end - 1)
            if tok is None or end is None or tok.index != t.index + 1:
                continue
            verb = next((c for c in self.time_chain(tok)[1:] if c.pos in ("VERB", "AUX")), None)
            if verb is None or verb.index <= end.index or not any(
                    w.text == "," for w in self.a.tokens[end.index + 1:verb.index]):
                continue
            return [tv]
        return []

    def dates_other_act(self, chain: list[Token], i: int, anchors) -> bool:
        """The word `chain[i]` on the way up from a time expression (`chain[0]`) is the act the
        time dates, not the event further up: the first verb or participle of the chain when it
        describes a word other than the event's (`X, стоявший во главе страны с 1959 по 1990 год,
        скончался`; one describing the event's own word, `встреча, намеченная на 7 августа`, or
        only saying its noun happened, `на прошедших 4 марта выборах`, dates that event), or a
        verb coordinated with the event's that is no event itself, the time standing between
        the two (`X арестовали, а в декабре депортировали`: December is the deportation's; a
        time before the first verb, `в 1975 году бросил университет и переехал`, is both
        verbs'). A verb passed before on the chain has claimed the time already."""
        c = chain[i]
        if c.index in anchors or c.head is None or any(
                w.pos in ("VERB", "AUX") for w in chain[1:i]):
            return False
        if c.pos == "VERB" and c.rel == "conj" and self.a.tokens[c.head].pos in ("VERB", "AUX"):
            # a `когда` clause the parse made the first conjunct (`Когда X был арестован, в
            # 2015 году его жена уехала`) is no act of its own: the main clause's time is its
            return c.head < chain[0].index < c.index and not any(
                k.lemma == "когда" and k.index < c.head for k in self.kids(self.a.tokens[c.head]))
        # a time the parse hung on a participle but written past the comma that closes the
        # participle's phrase or past the event's verb (`X, назначенный министром в 2010 году,
        # подал в отставку в 2015 году`) is not the participle's
        return c.feats.get("VerbForm") == "Part" and c.rel.split(":")[0] in ("acl", "amod") \
            and c.head not in anchors and norm(c.lemma) not in occur_hosts() and not any(
                x.index in anchors and c.index < x.index < chain[0].index for x in chain[i + 1:]) \
            and not any(k.text == "," and c.index < k.index < chain[0].index
                        for k in self.kids(c))

    def when_time(self, t: Token) -> TimeValue | None:
        """`25 июля 1978 года, когда на свет появился …`, `с 2008 года, когда ушёл …`: a clause
        opened by `когда` right after a time expression and its comma tells what happened at that
        time, wherever the parse hangs the clause. The clause's verb is the trigger, the first
        verb it is coordinated with (`когда полицейские убрали палатки и задержали X`) or the
        verb the trigger hangs on."""
        first = t
        while first.rel == "conj" and (h := self.head(first)) is not None and \
                h.pos in ("VERB", "AUX"):
            first = h
        for v in (t, first, self.head(t)):
            if v is None or v.pos not in ("VERB", "AUX") or v.sent != t.sent:
                continue
            k = next((c for c in self.kids(v) if c.lemma == "когда" and c.index < v.index), None)
            if k is None:
                continue
            if k.index < 2 or self.a.tokens[k.index - 1].text != ",":
                return None
            last = self.a.tokens[k.index - 2]
            tv = next((tv for tv in self.times_in(t.sent)
                       if self.a.token_at(tv.span.end - 1) is last), None)
            return None if tv is None or self.asked_when(tv, v) else tv
        return None

    def result_time(self, t: Token) -> TimeValue | None:
        """`врезался 19 ноября в остановку, в результате чего три человека погибли`: a clause
        opened by `в результате чего` (`вследствие чего`, `в результате которого`; `result_word`
        of kg/data/ru/rule_words.tsv) tells what the act it hangs on led to, then: its verb (the
        trigger or the first verb it is coordinated with) takes that act's own time."""
        first = t
        while first.rel == "conj" and (h := self.head(first)) is not None and \
                h.pos in ("VERB", "AUX"):
            first = h
        if first.pos not in ("VERB", "AUX"):
            return None
        words = rule_words("result_word")

        def opens(c: Token) -> bool:
            kids = self.kids(c)
            if c.lemma in ("что", "который"):
                return any(k.rel == "case" and norm(k.lemma) in words for k in kids)
            return norm(c.lemma) in words and any(k.lemma in ("что", "который") for k in kids)

        if not any(c.index < first.index and c.rel.startswith("obl") and opens(c)
                   for c in self.kids(first)):
            return None
        h = self.head(first)
        return self.own_time(h, None) if h is not None and h.index < first.index else None

    def after_until(self, tv: TimeValue) -> bool:
        """A time right after `до`: a bound, not a day something happened on."""
        tok = self.a.token_at(tv.span.start)
        return tok is not None and tok.index > 0 and self.a.tokens[tok.index - 1].lemma == "до"

    def bound(self, tv: TimeValue, t: Token) -> bool:
        """A time after `до` said of an act of the law is the end of the term it sets
        (`заключён под стражу до 5 мая`: the custody ends then, and a bound after the publication
        would make the arrest a plan), not the act's day. What lasts keeps it (`выставка
        продлится до 9 января`), and a `когда` clause after it is still dated by it (`до 2010
        года, когда X арестовали`)."""
        rule = self.rule_for(t)
        return rule is not None and rule.kind in LEGAL_ACTS and self.after_until(tv)

    def asked_when(self, tv: TimeValue, clause: Token) -> bool:
        """`спросил в 2015 году, когда был арестован X`, `выяснили в понедельник, когда был
        убит X`: a time that dates a verb of asking, telling or finding out which has no object
        of its own, the `когда` clause after it being that object: `когда` asks a question
        there, and the time is the asking's (kg/data/ru/asking_verbs.txt, the speech verbs,
        `question_verb` in kg/data/ru/rule_words.tsv). A time that is the verb's object
        (`вспомнил 2008 год, когда …`) or about (`рассказал о 2008 годе, когда …`) is what
        the clause tells of."""
        start = self.a.token_at(tv.span.start)
        end = self.a.token_at(tv.span.end - 1)
        if start is None or end is None:
            return False
        span = range(start.index, end.index + 1)
        word = next((c for c in self.chain(start) if c.index not in span), None)
        top = next((c for c in self.chain(start) if c.index in span and (
            c.head is None or c.head not in span)), None)
        if word is None or top is None or word.pos not in ("VERB", "AUX") or \
                top.rel not in ("obl", "obl:tmod", "nmod", "advmod") or \
                any(c.rel == "case" and c.lemma in ("о", "об", "про") for c in self.kids(top)):
            return False
        lemma = norm(word.lemma)
        if lemma not in _question_verbs():
            return False
        # its object is the `когда` clause: none other stands before it (`сообщил об этом в
        # 2015 году, когда …` tells what happened then)
        return not any(c.index < clause.index and c.index not in span and (
            c.rel in ("obj", "ccomp", "xcomp") or (c.rel == "obl" and any(
                k.rel == "case" and k.lemma in ("о", "об", "про") for k in self.kids(c))))
            for c in self.kids(word))

    def own_act(self, c: Token) -> bool:
        """An infinitive on the way up from a time expression is an act asked for, promised or
        planned (`призвал прийти на выборы 6 апреля`): the time is that act's, not the time of the
        verb that governs it. A phase verb's infinitive (`начали вводить`) is that verb's act."""
        if c.feats.get("VerbForm") != "Inf":
            return False
        h = self.head(c)
        return h is None or h.lemma not in PHASE

    def chain(self, tok: Token) -> list[Token]:
        """A token and its heads up to the root; empty when the heads go round in a circle, which
        only a broken parse does (no time is attached through it)."""
        out: list[Token] = []
        seen: set[int] = set()
        cur: Token | None = tok
        while cur is not None:
            if cur.index in seen:
                return []
            seen.add(cur.index)
            out.append(cur)
            cur = self.head(cur)
        return out

    def time_chain(self, tok: Token) -> list[Token]:
        """The chain of heads of a time expression, with the verb it belongs to set right where
        the parse hangs a time that follows a coordinated verb on the first verb (`принят Думой 26
        ноября и одобрен Советом 1 декабря`: the 1 December is the approval's)."""
        chain = self.chain(tok)
        for i, c in enumerate(chain[:-1]):
            h = chain[i + 1]
            if h.pos in ("VERB", "AUX") and c.rel in ("obl", "nmod", "obl:tmod"):
                later = [v for v in self.kids(h) if v.rel == "conj" and v.pos == "VERB"
                         and h.index < v.index < c.index and self.same_line(v.index, c.index)]
                if later:
                    return chain[:i + 1] + self.chain(later[-1])
                break
            if c.pos in ("VERB", "AUX"):
                break
        return chain

    def duration(self, verb: Token) -> str | None:
        """`длился 50 минут` → PT50M; `продолжалась около часа` (a unit in the singular, with no
        number) → PT1H."""
        for c in self.kids(verb):
            unit = _units().get(c.lemma)
            if unit is None or c.rel not in ("obl", "obj", "nsubj"):
                continue
            nums = [_number(k.text) for k in self.kids(c) if k.rel.startswith("nummod")]
            nums = [n for n in nums if n]
            if not nums and c.feats.get("Number") == "Sing" and not any(
                    k.rel.startswith(("nummod", "det", "amod")) for k in self.kids(c)):
                nums = [1.0]  # "около часа", not "несколько часов" or "весь день"
            if not nums:
                continue
            return _iso_duration(nums[0], unit)
        return None


def _number(word: str) -> float | None:
    """`50` → 50, `четыре` → 4, `полтора` → 1.5 (number words in kg/data/ru/time_words.tsv)."""
    if re.fullmatch(r"\d+", word):
        return float(word)
    return _numbers().get(word.lower())


def _iso_duration(n: float, unit: str) -> str:
    """An xsd:duration: 50 minutes → PT50M, 1.5 hours → PT1H30M, 3 days → P3D."""
    if unit in ("S", "M", "H"):
        seconds = round(n * {"S": 1, "M": 60, "H": 3600}[unit])
        h, rest = divmod(seconds, 3600)
        m, sec = divmod(rest, 60)
        return "PT" + "".join(f"{v}{u}" for v, u in ((h, "H"), (m, "M"), (sec, "S")) if v)
    whole = int(n)
    return f"P{whole}{'M' if unit == 'MO' else unit}"
