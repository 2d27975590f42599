"""Whether an event mention is asserted, for kg/nlp/ru/events.py: hypothetical (under a modal,
request, threat or condition) or planned (under an intention word), called off (a cancel word),
and the actor policy for a subject that names no entity. The words are data in
kg/data/ru/event_modality.txt; see docs/events.md.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from kg.nlp.ru.analysis import Token, future_be, names_a_subject
from kg.nlp.ru.event_roles import hosts, implicative
from kg.nlp.ru.event_time import PHASE, Timing
from kg.nlp.ru.lexicon import class_group, possessives, table, word_list

_BEGIN = frozenset({"стать", "начать", "начинать"})  # the phase verbs a `не` makes "not taken up"
# acts done to people that a protest against them (`протестуют против убийства X`) tells as done
_PROTESTED_DONE = class_group("protested_done")
# acts a case can only be about once they took place: harms, incidents and what was done in the
# street (`дело об избиении`, `дело о митинге`); not an act a court or an authority grants or
# imposes by the case itself (`дело об освобождении`, `о помиловании`, `о разводе`, `о лишении
# гражданства`, `об аресте`), which the hearing may still decide
_DONE_BEFORE_CASE = class_group("done_before_case")
CLIMB = {"xcomp", "obj", "iobj", "nmod", "obl", "conj", "csubj", "csubj:pass", "nsubj", "nsubj:pass",
         "amod"}  # `csubj:pass`: "встречу планируется провести", the infinitive of a passive plan
PARENTHESES = ("parataxis", "discourse", "advmod")  # how the parse hangs "возможно," on its verb
DENIED = "deny"  # `irrealis` for an act under a negated intention: "не планирует посещать"
PRONOUNS = {"он", "она", "оно", "они", "который", "это"}
Found = Any  # events._Found: a mention with its rule, trigger, host and roles
# the roles an unnamed participant may fill, by the line's `require`: an `any` line's act is a
# happening whoever takes part (`погибли 40 человек`, `полиция задержала двоих`); an `agent`
# line's act is told for its doer (`прокурор просил`, `депутаты опровергли`: appeals, demands,
# denials) and a `target` line's for whom it befalls (`назначен`, `получил премию`, `отправлен в
# отставку`: who got the post, the prize), so an unnamed one there needs the anchors of
# `unnamed_agent` or a name (on readable nerel-dev 5 of 42 such `agent` acts and 23 of 47
# `target` acts sit on a NEREL event, against 103 of 145 on `any` lines); `two` asks for two
# sides, `anchored` for a name, a place or a time
UNNAMED_ROLES = {"any": ("agent", "target", "others")}
OF_THE_LIVING = class_group("of_the_living")  # happen to people only
# contests have two sides: a passive that names the loser and leaves the winner out (`Германия
# была побеждена`) tells a defeat, a war's as often as a match's, not a doer left unsaid, unless
# a noun of the contest stands under it (`был обыгран в финале турнира`)
_CONTESTS = class_group("contests")
GENERIC = {"каждый", "любой", "всякий", "никакой"}  # `каждый полицейский …`: no one act


@functools.cache
def _unnamed_words() -> dict[str, str]:
    """kg/data/ru/unnamed_participants.tsv: word -> group, count or pronoun."""
    return {word: kind for word, kind in table("unnamed_participants")}


@functools.cache
def _modality() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """kg/data/ru/event_modality.txt: the lemmas that make an event hypothetical (those tagged
    `plan` make it planned), the cancel words (lines tagged `cancel`), and the plan words whose
    past performs some acts (`plan decide`: `решил выйти из гонки`)."""
    words = [w.split() for w in word_list("event_modality")]
    return (frozenset(w[0] for w in words if len(w) == 1 or w[1] == "plan"),
            frozenset(w[0] for w in words if w[1:] == ["cancel"]),
            frozenset(w[0] for w in words if w[1:2] == ["plan"]),
            frozenset(w[0] for w in words if w[2:] == ["decide"]))


@functools.cache
def _hedges() -> dict[str, str | None]:
    """kg/data/ru/event_modality.txt, lines tagged `hedge`: parenthetical words of likelihood,
    each with the word it needs among its dependents (`скорый` … `весь`: `скорее всего`), or
    None when it hedges alone."""
    out: dict[str, str | None] = {}
    for w in word_list("event_modality"):
        parts = w.split()
        if parts[1:2] == ["hedge"]:
            out[parts[0]] = parts[2] if len(parts) > 2 else None
    return out


@functools.cache
def chances() -> frozenset[str]:
    """kg/data/ru/event_modality.txt, lines tagged `chance`, and the hedges: words that say an act
    may happen (`США могут ввести санкции`, `возможно, введут`), no readiness or threat to do it;
    the act stays its own class, `kg:Possible`, whatever its line's `irrealis` class."""
    return _tagged("chance") | frozenset(_hedges())


@functools.cache
def unfound() -> frozenset[str]:
    """kg/data/ru/event_modality.txt, lines tagged `unfound`: the verbs of finding, whose negation
    leaves the found event unknown (`тело не найдено`), not negated."""
    return frozenset(w.split()[0] for w in word_list("event_modality")
                     if w.split()[1:] == ["unfound"])


@functools.cache
def _tagged(tag: str) -> frozenset[str]:
    """kg/data/ru/event_modality.txt, the lemmas of the lines tagged `tag` alone."""
    return frozenset(w.split()[0] for w in word_list("event_modality") if w.split()[1:] == [tag])


@functools.cache
def _tagged_third(tag: str) -> frozenset[str]:
    """kg/data/ru/event_modality.txt, the lemmas whose lines carry `tag` in the third field
    (`планировать plan deny`)."""
    return frozenset(w.split()[0] for w in word_list("event_modality") if w.split()[2:3] == [tag])


@functools.cache
def _conditions() -> dict[str, str]:
    """kg/data/ru/event_modality.txt, lines tagged `case:<preposition>`: condition nouns, each with
    the preposition that makes it one (`в случае`, `при условии`)."""
    out = {}
    for w in word_list("event_modality"):
        parts = w.split()
        if len(parts) == 2 and parts[1].startswith("case:"):
            out[parts[0]] = parts[1][len("case:"):]
    return out


class Assertion(Timing):
    """Modality helpers; the event extractor supplies `rule_for`."""

    @property
    def modal(self) -> frozenset[str]:
        return _modality()[0]

    @property
    def cancel(self) -> frozenset[str]:
        return _modality()[1]

    @property
    def postpone(self) -> frozenset[str]:
        """The postponing words (`перенести`, `отложить`; `postpone` in event_modality.txt)."""
        return _tagged("postpone")

    @property
    def plan(self) -> frozenset[str]:
        return _modality()[2]

    @property
    def decide(self) -> frozenset[str]:
        return _modality()[3]

    @property
    def effort(self) -> frozenset[str]:
        """The nouns of an effort (`операция`; `effort` in event_modality.txt)."""
        return _tagged("effort")

    @property
    def effort_begun(self) -> frozenset[str]:
        """The verbs of an effort begun or carried on (`начать`, `приступить`, `продолжить`;
        `begun` in event_modality.txt)."""
        return _tagged("begun")

    def effort_going_on(self, t: Token) -> bool:
        """An event noun in the `по` phrase of an effort noun whose verb is not past (`проводят
        операцию по поимке X`, `идёт спецоперация по задержанию X`), or whose verb tells it begun
        or carried on, in any tense (`начали операцию по задержанию X`, `начали проводить …`):
        the act is what the effort is for, not yet done. Past (`провели операцию по
        задержанию`), negated (`не проводит операцию по задержанию`: no effort goes on) or
        verbless, it says nothing."""
        h = self.head(t)
        if t.pos != "NOUN" or h is None or h.lemma not in self.effort or \
                not any(c.rel == "case" and c.lemma == "по" for c in self.kids(t)):
            return False
        v = self.head(h)
        if v is None or v.pos not in ("VERB", "AUX") or self.negated_verb(v):
            return False
        # "начали (проводить) операцию": a begun effort is not over, whatever the tense
        u = self.head(v) if v.feats.get("VerbForm") == "Inf" else None
        if v.lemma in self.effort_begun or (
                u is not None and u.lemma in self.effort_begun and not self.negated_verb(u)):
            return True
        return v.feats.get("VerbForm") not in ("Part", "Conv", "Inf") and not self.past(v)

    @property
    def decision(self) -> frozenset[str]:
        """The nouns of a decision (`решение`; `decision` in event_modality.txt)."""
        return _tagged("decision")

    def irrealis(self, t: Token, host: Token | None) -> str | None:
        """Hypothetical: under a modal, request or threat word, in an if-clause, or `возможный`.
        Returns the word that makes it so (an intention of `plan` makes it planned), `inf` for an
        infinitive nothing above explains, `past` for a past clause under a plan word (supposed,
        not planned), or None when the mention is asserted."""
        h = self.head(t)
        infinitive = t.feats.get("VerbForm") == "Inf" and (h is None or h.lemma not in PHASE) \
            and not self.forced(t) and not self.analytic_future(t)
        if t.pos == "NOUN" and self.circumstance(t):
            return None  # "во время визита он призвал…": the visit took place
        cur: Token | None = t
        coordinated = False  # "отверг … и потребовал": the first verb does not govern the second
        own = False  # climbed from a coordinated clause with a subject of its own
        prev = t  # the word climbed from
        for _ in range(5):
            if cur is None or self.a.quote_of(cur) != self.a.quote_of(t):
                break  # a parse that hangs the words before a quote on a word inside it
            if cur is not t and t.pos == "NOUN" and cur.lemma in _tagged("topic"):
                return None  # "отказался прокомментировать арест": the refusal is of the words
            if cur is not t and not coordinated and self.performed(t, cur):
                return None  # "хочу поблагодарить X": the words thank, a wish is no hedge
            if cur is not t and not coordinated and (
                    self.charged_with(prev, cur) or self.charged_by_verb(prev, cur)):
                # "X, подозреваемый во взрыве", "в совершении теракта": the suspicion is about
                # who did it, not whether it happened (as `подозревается в …` and
                # `title_suspected`; so too `X подозревают во взрыве`, whose verb hedges only a
                # clause); an act only prepared stays hypothetical by its own word, met first on
                # the way up (`в подготовке теракта`)
                return None
            if cur is not t and not coordinated and cur.lemma in self.modal:
                if cur.lemma in _tagged_third("deny") and self.negated_verb(cur) and not any(
                        c.lemma in ("ли", "разве") for c in self.kids(cur)):
                    # "не планирует посещать Минск": the visit will not happen; asked (`не
                    # планирует ли X посетить Минск?`), it is a plan put in question, as without `не`
                    return DENIED
                if prev is not t and prev.feats.get("VerbForm") == "Inf" and self.negated(prev) \
                        and prev.lemma not in self.cancel and prev.lemma not in self.postpone:
                    # "решил не уходить в отставку", "обещал не участвовать в выборах": the act
                    # named under the negated infinitive is meant not to happen; not cancelling
                    # or not putting it off (`решил не переносить выборы`) keeps it ahead
                    return DENIED
                return cur.lemma
            if cur is not t and not coordinated and self.condition(cur):
                return cur.lemma  # "в случае нападения", "при условии, что …": a condition
            if cur is not t and cur.pos == "NOUN" and self.circumstance(cur):
                return None  # "после третьего места на праймериз решил…": inside what dates it
            for c in self.kids(cur):
                if c.rel in ("mark", "amod", "advmod", "aux") and c.lemma in self.modal:
                    return c.lemma  # "мог бы", "принял бы участие": a condition, not a fact
                if c.rel in ("mark", "advmod") and c.lemma in _tagged("hearsay") and (
                        cur is t or (self.head(t) is cur and cur.pos in ("VERB", "AUX")
                                     and not self.own_clause(t))):
                    # on a noun, only that noun: "задержан якобы по подозрению в убийстве" puts
                    # the suspicion in doubt, not the killing
                    return c.lemma  # "X якобы встретился с Y": a claim, not a fact
                if c.rel in PARENTHESES and self.hedge(c) and cur.pos in ("VERB", "AUX"):
                    return c.lemma  # "Возможно, X посетит Киев": a likelihood, not a fact
                if c.rel in ("nsubj", "nsubj:pass") and cur.pos in ("VERB", "AUX") and not own:
                    for k in self.kids(c):  # "X, по неподтверждённым данным, был задержан":
                        if k.rel == "parataxis" and self.hedge(k):  # hung on the subject
                            return k.lemma
                if self.consequent(cur, c):
                    return "если"  # "если Россия нападёт, США введут санкции": both hypothetical
                if c.rel == "case" and c.lemma in ("против", "без", "вместо", "ради") and not (
                        c.lemma == "без" and self.negated_host(cur)) \
                        and self.opposed_act(t, cur, prev):
                    # "выступили против размещения войск": opposed; "ради освобождения": a goal
                    return c.lemma
            if cur.rel == "ccomp":  # "не исключают, что Россия нападёт": the clause's own verb
                if any(c.rel == "mark" and c.lemma in ("потому", "поскольку")
                       for c in self.kids(cur)):
                    break  # "надеемся…, потому что он был убит": a reason, asserted (a misparse)
                h = self.head(cur)
                if h is not None and self.head(h) is cur:
                    break  # a clause and its "head" that govern each other: a broken parse
                if h is not None and h.lemma in self.plan and self.past(cur):
                    # "предполагается, что X был убит": no plan lies behind a past act; the
                    # word supposes it, a guess
                    return "past"
                if h is not None and h.lemma in self.modal:
                    return h.lemma
                break
            if cur.rel == "acl" and any(c.rel == "mark" and c.lemma == "что" for c in self.kids(cur)):
                # "жалуются на то, что …", "опроверг то, что …": the clause of a correlative `то`
                # is the complement of the verb above it
                h = self.head(cur)
                g = self.head(h) if h is not None and h.lemma == "тот" else None
                if g is not None and g.lemma in self.modal:
                    return g.lemma
                break
            if cur.rel not in CLIMB and not self.converb_of_infinitive(cur):
                break
            coordinated = cur.rel == "conj"
            own = own or self.own_clause(cur)
            prev, cur = cur, self.head(cur)
        return "inf" if infinitive else None  # asked for, intended or planned, not reported as done

    def opposed_act(self, t: Token, cur: Token, prev: Token) -> bool:
        """Whether `против`, `без`, `вместо` or `ради` on `cur` puts the event `t` inside what is
        opposed, left out or aimed at: `cur` is the event itself or a noun of an act above it
        (`против решения о проведении выборов`). Not a person or body (`обвинения против
        полицейских, причастных к гибели X`: the death took place), nor a noun whose subject the
        event is (a headline parsed without its verb, `Протесты в Москве против взятия X под
        стражу`: the protests are not what they oppose); nor an act done to people that a protest
        is against (`_PROTESTED_DONE`)."""
        if cur is t:
            rule, h = self.rule_for(t), self.head(t)
            host = self.rule_for(h) if h is not None else None
            # a protest against an act done to people (`протестуют против убийства X`, `митинг
            # против ареста X`): people protest what was done; what is still to be done is
            # opposed (`выступили против ареста X`, `протестуют против строительства завода`)
            return not (rule is not None and rule.kind in _PROTESTED_DONE
                        and host is not None and host.kind == "Protest")
        if prev.rel in ("nsubj", "nsubj:pass"):
            return False
        return cur.feats.get("Animacy") != "Anim" and self.ent_at.get(cur.index) is None

    def analytic_future(self, t: Token) -> bool:
        """An infinitive under a future form of `быть` (`будут судить`, `будет баллотироваться`,
        `не будут участвовать`): the future tense of an imperfective verb, told as ahead, not an
        act asked for or intended. The form is read off the word (`буд…`) as well as its tense,
        since the tagger gives `будут` a present tense."""
        return t.feats.get("Aspect") != "Perf" and any(
            c.rel == "aux" and (future_be(c) or (
                c.lemma == "быть" and c.feats.get("Tense") in ("Pres", "Fut")))
            for c in self.kids(t))

    def own_clause(self, t: Token) -> bool:
        """A verb coordinated with another that has a subject of its own (`X якобы встречался с
        Y, однако сам X это отрицает`, `X, по неподтверждённым данным, задержан, а Y
        освобождён`): a word said of the first clause (`якобы`, a source hung on its subject) is
        not said of it; with the subject shared (`якобы задержан, но вскоре освобождён`) it is."""
        return t.rel == "conj" and any(c.rel in ("nsubj", "nsubj:pass") for c in self.kids(t))

    def converb_of_infinitive(self, t: Token) -> bool:
        """A converb hung on an infinitive (`надеются попасть в финал, одержав победу в
        полуфинале`, `планирует посетить Минск, встретившись с X`): it is done as part of the
        infinitive's act, so it shares that act's mood. Not under a deciding word (`решил уйти в
        отставку, встретившись с X`: what led to the decision, told as done)."""
        h = self.head(t)
        g = self.head(h) if h is not None else None
        return t.rel == "advcl" and t.feats.get("VerbForm") == "Conv" and h is not None and \
            h.feats.get("VerbForm") == "Inf" and not (g is not None and g.lemma in self.decide)

    def past(self, verb: Token) -> bool:
        """A verb in the past, its auxiliary's tense first: `был убит`, `убит`, `убили`, but not
        `будет проведена`, a past-tense participle under a future `будет`."""
        aux = [c for c in self.kids(verb) if c.pos == "AUX"]
        return (aux[0] if aux else verb).feats.get("Tense") == "Past"

    def hedge(self, c: Token) -> bool:
        """Whether `c` is a word of likelihood (kg/data/ru/event_modality.txt, `hedge`) with the
        word it needs among its dependents (`скорее всего`, not `как можно скорее`)."""
        if any(k.rel == "amod" and k.lemma in _tagged("unconfirmed") for k in self.kids(c)):
            return True  # "по неподтверждённым данным": a source that vouches for nothing
        unconfirmed = _tagged("unconfirmed")
        if c.pos == "VERB" and any(k.rel == "nsubj" and (k.lemma in unconfirmed or any(
                a.rel == "amod" and a.lemma in unconfirmed for a in self.kids(k)))
                for k in self.kids(c)):
            return True  # "как сообщают неподтверждённые источники, …": the same, as a clause
            # (the parse may take the adjective itself for the subject)
        if c.lemma not in _hedges():
            return False
        need = _hedges()[c.lemma]
        return need is None or any(k.lemma == need for k in self.kids(c))

    def consequent(self, verb: Token, c: Token) -> bool:
        """Whether `c` makes a verb the consequence of a condition: an if-clause (`если …`) or a
        condition noun (`в случае …`, `при условии …`) on a verb that is not past. A past verb
        with `если` compares (`если в 2010 году он проиграл, то в 2014-м победил`): told as done."""
        if verb.pos not in ("VERB", "AUX") or self.past(verb):  # `будет освобождён`: ahead
            return False
        if c.rel == "advcl":
            return self.if_marked(c)
        return c.rel == "obl" and self.condition(c)

    def if_marked(self, v: Token) -> bool:
        """Whether `v` heads an if-clause: it has the subordinator `если`."""
        return any(k.rel == "mark" and k.lemma == "если" for k in self.kids(v))

    def condition(self, noun: Token) -> bool:
        """A condition noun with its preposition (`в случае нападения`, `при условии отказа`;
        kg/data/ru/event_modality.txt, `case:`), unless it names a matter with `с` (`в случае с
        арестом X суд учёл …`: as for the arrest, which took place)."""
        if noun.lemma not in _conditions() or not any(
                k.rel == "case" and k.lemma == _conditions()[noun.lemma] for k in self.kids(noun)):
            return False
        return not any(k.rel == "nmod" and any(c.rel == "case" and c.lemma == "с"
                                               for c in self.kids(k)) for k in self.kids(noun))

    def clause_verb(self, t: Token) -> Token | None:
        """The verb whose clause holds `t`: `t` itself, or the nearest verb above a noun; a word
        with a subordinator of its own heads a clause whatever its tag (the parser may tag a
        rare verb form a noun: `если президент скончается`)."""
        cur: Token | None = t
        for _ in range(4):
            if cur is None or cur.pos in ("VERB", "AUX") or any(
                    k.rel == "mark" for k in self.kids(cur)):
                return cur
            cur = self.head(cur)
        return None

    def if_verb(self, v: Token) -> Token | None:
        """The verb of the if-clause (`если …`) that `v` is, or is a conjunct of (`если X умирает
        или уходит в отставку`), or None."""
        for x in (v, self.head(v) if v.rel == "conj" else None):
            if x is not None and self.if_marked(x):
                return x
        return None

    def counterfactual(self, t: Token) -> bool:
        """An act in a counterfactual (`если бы …, он бы сыграл в матче`): what would have
        happened had something else, so it did not; no event (tests/gold-nerel/README.md). Both
        the conditional clause and its consequence, when `бы` stands on the act's verb and the
        sentence has `если бы`; a negated act (`если бы не проиграла`) is left as it is (it took
        place), and so is a `бы` with no `если бы` (`мог бы сыграть`: Possible)."""
        v = self.clause_verb(t)
        return v is not None and not self.negated_verb(v) and self._if_would(t, v)

    def _if_would(self, t: Token, v: Token) -> bool:
        """`бы` stands on the verb and the sentence has `если бы`."""
        if not any(c.lemma == "бы" for c in self.kids(v)):
            return False
        toks = [x for x in self.a.tokens if x.sent == t.sent]
        return any(a.lemma == "если" and b.lemma == "бы" for a, b in itertools.pairwise(toks))

    def counterfactual_denial(self, t: Token) -> bool:
        """A negated act in a counterfactual (`если бы Котова не арестовали, он бы уехал`,
        `если бы не проиграла выборы`): what is supposed away did happen, so the act took place;
        Actual, not Negated (`бы` on the act's negated verb in a sentence with `если бы`)."""
        v = self.clause_verb(t)
        return v is not None and self.negated_verb(v) and self._if_would(t, v)

    def rule_of_law(self, t: Token) -> bool:
        """An act in a condition whose subject is an office or role with no name, in a rule
        (`если президент скончается, необходимо провести выборы`, `спикер становится главой
        государства, если президент умирает`, `по уставу в случае смерти губернатора …`): what a
        law lays down for whoever holds the post, no event (tests/gold-nerel/README.md). A rule:
        the sentence has a necessity word or a document of rules (kg/data/ru/
        rule_condition_words.txt), or the condition is in the present (`если … умирает`,
        `в случае смерти X обязанности исполняет Y`). So is an act of the post's incumbent
        (`действующий`) in a sentence with such a word (`закон предусматривал выборы только после
        смерти действующего губернатора`). A named or pronoun subject (`если Воронов уйдёт`, `если
        он попросит`), a thing or body (`если обе палаты одобрят`), or a future case with no rule
        word (`если президент уйдёт, выборы пройдут в мае`) stays Possible."""
        words = word_list("rule_condition_words")
        ruled = any(x.lemma in words for x in self.a.sentence_tokens(t.sent))
        if t.pos == "NOUN" and self.clause_verb(t) is not t:  # not a verb the parse tagged a
            # noun (`если президент скончается`): `в случае смерти X`, `после смерти действующего X`
            who = [c for c in self.kids(t) if c.rel == "nmod" and c.feats.get("Animacy") == "Anim"]
            if len(who) != 1 or not self.unnamed_holder(who[0]):
                return False
            h = self.head(t)
            if h is not None and self.condition(h):
                v = self.head(h)
                return ruled or (v is not None and v.feats.get("Tense") == "Pres"
                                 and v.feats.get("Aspect") == "Imp")
            return ruled and any(k.lemma in ("действовать", "действующий")
                                 for k in self.kids(who[0]))
        v = self.clause_verb(t)
        w = self.if_verb(v) if v is not None else None
        if v is None or w is None or self.past(v) or self.negated_verb(v):
            return False
        subj = [c for x in (v, w) for c in self.kids(x) if c.rel in ("nsubj", "nsubj:pass")][:1]
        if not subj or not self.unnamed_holder(subj[0]):
            return False
        return ruled or (w.feats.get("Tense") == "Pres" and w.feats.get("Aspect") == "Imp")

    def unnamed_holder(self, w: Token) -> bool:
        """A singular person noun with no name, determiner or possessive of its own (`президент`,
        `действующий лидер`): whoever holds the post, not one person the text names."""
        return w.pos == "NOUN" and w.feats.get("Animacy") == "Anim" and \
            w.feats.get("Number") != "Plur" and not any(
                k.pos == "PROPN" or k.rel in ("det", "appos", "flat:name", "nmod:poss")
                for k in self.kids(w))

    def performed(self, t: Token, modal: Token) -> bool:
        """A performative act (`поблагодарить`, `поздравить`, `извиниться`) as the infinitive of
        a wish in the first person (`хочу`, `хотим`, `я хотел бы`): saying it does it."""
        if t.lemma not in _tagged("performative") or modal.lemma not in _tagged("wish") or \
                t.feats.get("VerbForm") != "Inf" or t.rel != "xcomp" or self.head(t) is not modal:
            return False
        return modal.feats.get("Person") == "1" or any(
            c.rel == "nsubj" and c.lemma in ("я", "мы") for c in self.kids(modal))

    def own_hearsay(self, t: Token) -> bool:
        """A hearsay word (`якобы`) on the word itself: `X, якобы арестованный в Омске` is
        someone's claim, which the tense of a participle does not make a fact."""
        return any(c.rel in ("mark", "advmod") and c.lemma in _tagged("hearsay")
                   for c in self.kids(t))

    def negated_verb(self, t: Token) -> bool:
        """A verb negated by its own `не`, or by the `не` written right before it (alone or
        before a form of `быть`: `премия не была присуждена`) when the parse hung that `не`
        on another word of a long sentence. A `не` right before a verb always negates it, except
        the `не` of `пока … не` (until), which negates nothing: `жил в Лиме, пока не перебрался
        в Вашингтон` tells the move."""
        if self.until(t):
            return False
        if self.negated(t):
            return True
        if t.pos not in ("VERB", "AUX"):
            return False
        i = t.index - 1
        if i >= 0 and self.a.tokens[i].lemma == "быть" and self.a.tokens[i].pos == "AUX":
            i -= 1
        return i >= 0 and self.a.tokens[i].sent == t.sent and \
            self.a.tokens[i].text.lower() in ("не", "ни")

    def until(self, t: Token) -> bool:
        """A verb of a `пока … не` (until) clause: `пока` its own conjunction, in a clause under
        another verb; not the adverb `пока` (yet) of `пока не арестован` (not yet: negated)."""
        return t.head is not None and any(
            c.lemma == "пока" and (c.rel == "mark" or c.pos == "SCONJ") for c in self.kids(t))

    def presupposed(self, t: Token, kind: str) -> bool:
        """A noun event named by the genitive of another event noun, of an anniversary or of a
        word that presupposes it (`расследование убийства`, `годовщина гибели`, `200-летие со дня
        смерти`, `причины исчезновения`, `жертвы теракта`) is taken as done: the future or the
        modal of its clause is said of the investigation, the anniversary or the cause, not of it
        (`расследованием убийства займётся полиция`: the killing took place)."""
        h = self.head(t)
        if t.pos != "NOUN" or h is None or h.pos != "NOUN" or t.rel != "nmod" or \
                self.case_of(t) != "Gen" or self.has_preposition(t):
            return False
        if h.lemma in word_list("presupposing_nouns") or h.lemma.endswith("летие"):
            return True
        if h.lemma in ("день", "момент") and any(c.lemma == "с" for c in self.kids(h)):
            return True  # "со дня смерти", "с момента ареста": since it happened
        rule = self.rule_for(h)
        return rule is not None and rule.kind != kind

    def case_topic(self, t: Token, kind: str) -> bool:
        """An event noun in the `о` phrase of a noun naming a case about it
        (kg/data/ru/presupposing_topics.txt: `суд рассмотрит дело об избиении X`): the act the case
        is about has taken place, whatever the hearing's tense or mood; its verb is the host of
        the case, not of the act. Only for an act done before any case (`_DONE_BEFORE_CASE`): a
        release, a pardon or a divorce the case is about is what the hearing decides; and not for
        a noun its own word hedges (`дело о возможном отравлении`: the case asks whether it was)."""
        h = self.head(t)
        return kind in _DONE_BEFORE_CASE and t.pos == "NOUN" and h is not None \
            and h.lemma in word_list("presupposing_topics") \
            and t.rel == "nmod" and self.case_of(t) == "Loc" \
            and self.has_preposition(t, "о") \
            and not any(c.rel == "amod" and c.lemma in self.modal for c in self.kids(t))

    def negated_host(self, t: Token) -> bool:
        """`не обошлось без выступления`: `без` under a negated verb is a double negation, so
        what it governs took place."""
        h = self.head(t)
        return h is not None and h.pos == "VERB" and any(
            c.lemma == "не" and c.rel == "advmod" for c in self.kids(h))

    def none_was(self, t: Token) -> bool:
        """An event noun in the genitive as the subject of a negated `быть` (`встречи не было`,
        `никакого нападения не было`, `переговоров не будет`): the genitive of negation says the
        act did not or will not take place, as `не состоялась` does."""
        h = self.head(t)
        return t.pos in ("NOUN", "PROPN") and t.rel == "nsubj" and self.case_of(t) == "Gen" and \
            h is not None and h.lemma == "быть" and self.negated_verb(h)

    def not_begun(self, t: Token) -> bool:
        """An infinitive under a negated verb of beginning (`не стал баллотироваться`, `не стал
        подавать в отставку`): the act was not taken up, as if its own verb were negated
        (`стал баллотироваться` tells it done: kg/nlp/ru/event_time.py PHASE); not cancelling
        or putting off an act (`не стал переносить визит`) keeps it."""
        h = self.head(t)
        return h is not None and t.feats.get("VerbForm") == "Inf" and t.rel == "xcomp" and \
            h.lemma in _BEGIN and self.negated_verb(h) and \
            t.lemma not in self.cancel and t.lemma not in self.postpone

    def failed(self, t: Token) -> bool:
        """An infinitive under a negated verb that would say its act took place (`done` yes in
        kg/data/ru/control_verbs.tsv: `не удалось задержать`, `не успел вынести приговор`, `не
        смог встретиться`), or one coordinated with such an infinitive (`не смог выполнить задачу
        и выиграть кубок`): the act was tried or due and did not happen. Not `не смог бы` (a
        condition), nor a future `если` clause (`если X не сможет встретиться с Y, …`: a case
        supposed, not a failure told; a past one is told: `если тогда не удалось …, то …`)."""
        for _ in range(3):  # `выиграть` in `не смог выполнить … и выиграть`: the first's failure
            h = self.head(t)
            if t.rel != "conj" or t.feats.get("VerbForm") != "Inf" or h is None or \
                    h.feats.get("VerbForm") != "Inf":
                break
            t = h
        h = self.head(t)
        if t.feats.get("VerbForm") != "Inf" or t.rel not in ("xcomp", "csubj") or h is None or \
                h.lemma not in implicative() or not self.negated_verb(h):
            return False
        if any(c.lemma == "бы" for c in self.kids(h)):
            return False
        return self.past(h) or not any(c.rel == "mark" and c.lemma == "если" for c in self.kids(h))

    def forced(self, t: Token) -> bool:
        """An infinitive (or one coordinated with it) under a verb that says it was done:
        `вынудили президента бежать и попросить помощи` (kg/data/ru/control_verbs.tsv)."""
        cur = t
        for _ in range(4):
            h = self.head(cur)
            if h is None or cur.feats.get("VerbForm") != "Inf":
                return False
            if cur.rel in ("xcomp", "csubj"):  # `вынудили бежать`, `удалось бежать`
                # a future one tells what can or will be managed (`сможет посетить Минск`,
                # `вряд ли сможет встретиться`): a likelihood, not a done act
                return h.lemma in implicative() and h.feats.get("Tense") != "Fut"
            if cur.rel != "conj":
                return False
            cur = h
        return False

    def cancelled(self, t: Token) -> bool:
        """Called off: the object, subject or genitive of a cancel word of
        kg/data/ru/event_modality.txt ("отменил визит", "переговоры отменены", "отмена визита",
        "встреча сорвалась"), also as the subject of a verb a cancel word is coordinated with
        ("встреча была назначена на вторник, но сорвалась"), or described by one ("отменённый
        визит"); not when it is negated."""
        for c in self.kids(t):
            if c.rel in ("amod", "acl") and c.lemma in self.cancel and not self.negated(c):
                return True
        h = self.head(t)
        if h is not None and t.rel in ("nsubj", "nsubj:pass") and any(
                c.rel == "conj" and c.lemma in self.cancel and not self.negated(c) and
                not any(k.rel in ("nsubj", "nsubj:pass") for k in self.kids(c))
                for c in self.kids(h)):
            return True  # "переговоры должны были состояться, но были отменены": the subject
            # its coordinated cancel word shares
        if h is None or h.lemma not in self.cancel or self.negated(h):
            return False
        g = self.head(h)
        if h.feats.get("VerbForm") == "Inf" and h.rel in ("xcomp", "csubj") and g is not None \
                and self.negated(g):
            return False  # "не смогла предотвратить убийство", "не удалось отменить визит",
            # "предотвратить убийство не удалось" (the infinitive as the subject): the act was
            # not called off
        if t.rel in ("obj", "nsubj", "nsubj:pass"):
            return True
        return t.rel == "nmod" and self.case_of(t) == "Gen" and not self.has_preposition(t)

    def unnamed_agent(self, f: Found) -> bool:
        """The actor policy for a subject that names no entity ("беспилотники атаковали",
        "похитители потребовали"): on an `agent`, `animate` or `any` line the event is kept when the
        subject is an explicit noun (a person word for `animate`; never a pronoun or a subject the
        parse lost) and something named anchors the event: a named target or participant, a
        place, a time, or a name inside the subject phrase ("похитители журналистов в Мали")."""
        if f.rule.require not in ("agent", "animate", "any", "placed") or "author" in f.rule.agent:
            return False  # the subject of "вышел альбом" is the work, not who made it
        t, host = f.trigger, f.host
        if t.pos in ("NOUN", "PROPN"):
            if host is None or hosts().get(host.lemma) != "agent":
                return False
            t = host
        subj = [c for c in self.kids(t) if c.rel == "nsubj" and self.same_line(c.index, t.index)]
        if not subj and t.rel == "conj" and self.head(t) is not None:  # "… атаковали и подожгли"
            subj = [c for c in self.kids(self.head(t)) if c.rel == "nsubj"]
        if not subj and (n := self.nominative_read_as_object(t)) is not None:
            subj = [n]  # "Москву атаковали беспилотники": the second object is the subject
        subj = [c for c in subj if c.lemma not in PRONOUNS and (
                (c.pos == "NOUN" and (f.rule.require != "animate"
                                      or c.feats.get("Animacy") == "Anim"))
                or self.people_word(c))]
        if not subj:
            return False
        if f.targets or f.others or f.place or f.time is not None:
            return True
        # a name inside the subject phrase anchors an act of people (`похитители журналистов в
        # Мали`), a body of them included (`правительство Москвы разогнало`), not the act of a
        # thing or a happening (`крах банка «Восток» ударил по вкладчикам`: a blow in words)
        people = subj[0].feats.get("Animacy") != "Inan" or \
            _unnamed_words().get(subj[0].lemma) == "group" or \
            subj[0].lemma in self.collective | word_list("people_group_nouns")
        return people and any(w.index in self.ent_at for w in self.subtree(subj[0], 3))

    def indefinite_agent(self, f: Found) -> bool:
        """An act whose doer Russian leaves out on purpose (`его обвинили в шпионаже`, `Петрова
        обвиняют в краже`, `на него напали`): an active finite verb in the plural with no subject
        of its own, in no relative clause and borrowing none, names no one who acted, but the act
        took place; on an `agent` or `animate` line its named target alone keeps it. A relative
        clause whose `который` is not the verb's subject is such an act too (`X, которого
        обвинили в контрабанде`, `X, на которого напали`: the one it describes is the target);
        one whose `который` is the subject has a doer (`люди, которые обвинили X`)."""
        t = f.trigger
        if f.rule.require not in ("agent", "animate") or not f.targets or f.agents or \
                t.pos != "VERB" or t.rel in ("conj", "acl", "xcomp", "advcl") or \
                (t.rel == "acl:relcl" and not any(c.lemma == "который" and
                                                  not c.rel.startswith("nsubj")
                                                  for c in self.kids(t))):
            return False
        feats = t.feats
        # a past form in `-ли` is plural whatever the tagger says of a rare verb (`перезаключили`
        # tagged masculine singular)
        plural = feats.get("Number") == "Plur" or (
            feats.get("Tense") == "Past" and t.text.lower().endswith(("ли", "лись")))
        if feats.get("VerbForm") != "Fin" or not plural or \
                feats.get("Voice") == "Pass" or feats.get("Person") in ("1", "2"):
            return False
        # any nominative word of its own is a subject the parse hung elsewhere, not a left-out one
        return not names_a_subject(self.kids(t))

    def unnamed_participant(self, f: Found) -> bool:
        """The actor policy for an act told with participants the text does not name
        (docs/events.md, "Which mentions become events", rule 5): a verb whose required role (any
        role of an `any` line: UNNAMED_ROLES) is held by a word for people that names no entity
        (`полиция задержала`, `трое погибли`, `погибли 40 человек`, `десятки пикетчиков были
        задержаны`, an `он` the reference resolution leaves unresolved: no guess is made), or
        whose doer a passive leaves out while its named target
        is there (`Петров был обвинён в краже`, on an `agent` line), is an event with the actors
        it does name, when the verb tells the act as happening: a past (or a short passive
        participle), asserted or negated, not a habit (the extractor drops those first) and not
        said of all or none (`каждый`, `ни один`). A noun trigger is left to the other rules."""
        if "author" in f.rule.agent or f.factuality not in ("Actual", "Negated"):
            return False
        t = f.trigger
        if t.pos == "NOUN" and f.kind in OF_THE_LIVING:
            return f.factuality == "Actual" and any(self.counted_people(w) for w in self.kids(t))
        if t.pos != "VERB" or not self.told_as_happening(t):
            return False
        codes = {c for r in UNNAMED_ROLES.get(f.rule.require, ()) for c in getattr(f.rule, r)}
        if any(self.unnamed_word(w) or self.counted_living(f, w)
               for code, w in self.role_words(t) if code in codes):
            return True
        if "nsubj" in codes and self.count_hung_after(t):
            return True
        # "был обвинён в краже": a passive whose doer is left out, its target named; not a
        # contest's loser alone (`была побеждена`: the winner is a side, not a doer left unsaid)
        return f.rule.require in ("agent", "animate") and bool(f.targets) and not f.agents \
            and (f.kind not in _CONTESTS or self.contest_under(t, f.kind)) \
            and t.feats.get("Voice") == "Pass" and not any(
                c.rel in ("obl:agent", "nsubj") or (c.rel == "obl" and self.case_of(c) == "Ins"
                                                    and not self.has_preposition(c))
                for c in self.kids(t))

    def contest_under(self, t: Token, kind: str) -> bool:
        """Whether the passive contest verb `t` tells the contest besides its loser: a noun with
        a line of the contest's class stands under it (`был обыгран в финале турнира`,
        `побеждена в матче`), or a bare instrumental describes the winner (`обыграна сборной
        Бразилии`, which the parse may hang as `iobj`)."""
        return any(c.rel in ("obl", "nmod") and (r := self.rule_for(c)) is not None
                   and r.kind == kind or c.pos == "NOUN" and self.case_of(c) == "Ins"
                   and not self.has_preposition(c) for c in self.kids(t))

    def told_as_happening(self, t: Token) -> bool:
        """A verb that tells one act: a past finite verb or a short passive participle
        (`арестованы`), not a conditional (`бы`)."""
        feats = t.feats
        if feats.get("Mood") == "Cnd" or any(c.lemma == "бы" for c in self.kids(t)):
            return False
        if feats.get("VerbForm") == "Fin":
            return feats.get("Tense") == "Past"
        return feats.get("VerbForm") == "Part" and feats.get("Variant") == "Short" \
            and feats.get("Voice") == "Pass"

    def role_words(self, t: Token) -> list[tuple[str, Token]]:
        """The words in a verb's subject, passive subject and object positions, by role code; a
        verb coordinated with an earlier one with no subject of its own shares that verb's
        (`разобрали палатки и задержали…`)."""
        out = []
        for c in self.kids(t):
            code = {"nsubj": "nsubj", "nsubj:pass": "pass", "obj": "obj"}.get(c.rel)
            if code:
                out.append((code, c))
        h = self.head(t)
        if t.rel == "conj" and h is not None and not any(
                code in ("nsubj", "pass") for code, _ in out):
            out += [("nsubj", c) for c in self.kids(h) if c.rel == "nsubj"]
        return out

    def people_word(self, w: Token) -> bool:
        """A subject that stands for people though it is no noun: an adjective or participle
        used as one (`неизвестные напали`, `вооружённые ворвались`), or a numeral counting people
        (`двое мужчин напали`, `трое ворвались`). A neuter adjective (`главное`) is a thing."""
        if w.pos == "NUM":
            return self.people_count(w)
        return w.pos == "ADJ" and w.feats.get("Case") == "Nom" and \
            w.feats.get("Gender") != "Neut" and w.feats.get("Variant") != "Short" and not any(
                c.rel in ("nmod", "obl") for c in self.kids(w))  # (`готовы`: a predicate)

    def people_count(self, w: Token) -> bool:
        """A numeral that counts people: a people word of unnamed_participants.tsv (`двое`,
        `трое`) or a number of an animate noun (`одного из подсудимых`)."""
        return _unnamed_words().get(w.lemma) == "people" or any(
            c.rel == "nmod" and c.feats.get("Animacy") == "Anim" for c in self.kids(w))

    def count_noun(self, w: Token) -> bool:
        """A noun of a count (`десяток`, `сотня`; `count` in unnamed_participants.tsv)."""
        return _unnamed_words().get(w.lemma) == "count"

    def count_hung_after(self, t: Token) -> bool:
        """A count of people right after a verb with no subject of its own, which the parse
        hung on another word (`…, в ходе которого погибли тысячи человек`: `человек` the object of
        a verb far before, `тысячи` under it): the people the verb tells of, unnamed. The count is
        a nominative count noun of unnamed_participants.tsv or a number, and the next word an
        animate genitive that names no entity."""
        toks = self.a.tokens
        if t.index + 2 >= len(toks) or names_a_subject(self.kids(t)):
            return False
        n, w = toks[t.index + 1], toks[t.index + 2]
        if n.sent != t.sent or w.sent != t.sent or n.head == t.index or w.head == t.index:
            return False  # a word the parse hangs on the verb is the roles' to read
        count = n.pos == "NUM" or (self.count_noun(n) and n.feats.get("Case") == "Nom")
        return count and w.pos == "NOUN" and w.feats.get("Animacy") == "Anim" and \
            w.feats.get("Case") == "Gen" and w.index not in self.ent_at and \
            self.entity_of(w) is None

    def counted_people(self, w: Token) -> bool:
        """The genitive of a death or injury noun that counts people the text does not name
        (`о гибели 58 человек`, `гибели более ста человек`, `гибели двух полицейских`,
        `гибели десятков людей`): the victims are told, only not by name, as a past verb's
        counted subject is (`погибли 58 человек`). A threshold (`смерть двух и более лиц`, the
        wording of a law) counts no one."""
        if w.rel != "nmod" or w.feats.get("Case") != "Gen" or not self.unnamed_word(w):
            return False
        nums = [c for c in self.kids(w) if c.rel == "nummod" and c.pos == "NUM"]
        if nums:
            return not any(k.rel == "conj" for n in nums for k in self.kids(n))
        return self.count_noun(w)

    def counted_living(self, f: Found, w: Token) -> bool:
        """A bare number in the role of an act that befalls only the living (`три человека
        погибли и пять получили ранения`, `ещё 15 получили ранения`): the noun it counts is left
        out, and only people (or animals) die, are born or are wounded, so it counts people."""
        if f.kind not in OF_THE_LIVING or w.index in self.ent_at:
            return False
        if w.pos == "ADV":  # "более 180 получили ранения": the parse hangs the number on `более`
            return any(c.pos == "NUM" and self.counted_living(f, c) for c in self.kids(w))
        return w.pos == "NUM" and \
            not any(c.rel.startswith("nmod") or c.pos in ("NOUN", "PROPN") for c in self.kids(w))

    def unnamed_word(self, w: Token) -> bool:
        """A word that stands for people without naming them (kg/data/ru/unnamed_participants.tsv):
        an animate common noun (`полицейские`, `двое мужчин`, `40 человек`), a group noun
        (`полиция`), a count of people (`десятки других`, `трое`, `одного из подсудимых`) or an
        unresolved personal pronoun; never a word the roles read as an entity, a `который`, nor
        `каждый …`, `ни один …`."""
        if self.entity_of(w) is not None or w.index in self.ent_at:
            return False
        kind = _unnamed_words().get(w.lemma)
        if w.pos == "PRON":
            return kind == "pronoun"
        if w.pos == "NUM":  # "двое погибли", "оправдал одного из подсудимых"
            return self.people_count(w)
        if w.pos != "NOUN" or any(c.lemma in GENERIC or self.none_of(c) for c in self.kids(w)):
            return False  # "каждый депутат", "ни один депутат не …": said of all or of none
        if kind == "count":
            return any(c.rel == "nmod" and self.case_of(c) == "Gen" and (
                c.feats.get("Animacy") == "Anim" or c.lemma == "другой") for c in self.kids(w))
        return kind == "group" or w.feats.get("Animacy") == "Anim"

    def none_of(self, t: Token) -> bool:
        """`ни один`: a `ни` under the word or written right before it (a parse of a text with
        no commas may hang it on another verb)."""
        before = self.a.tokens[t.index - 1] if t.index > 0 else None
        return any(g.lemma == "ни" for g in self.kids(t)) or (
            before is not None and before.sent == t.sent and before.text.lower() == "ни")

    def one_described_person(self, f: Found) -> bool:
        """The one person of a kept act is only described (`one_unnamed_person`: a singular
        animate noun with no number), by no word that makes them someone else's: no kinship noun
        (`его брат`), no possessive and no person under the noun (`отец Гранина`, `его
        водитель`)."""
        if not self.one_unnamed_person(f):
            return False
        kin = word_list("kinship_nouns")
        codes = {c for r in UNNAMED_ROLES.get(f.rule.require, ("agent",))
                 for c in getattr(f.rule, r)}
        for code, w in self.role_words(f.trigger):
            if code not in codes or not self.unnamed_word(w):
                continue
            if w.pos != "NOUN" or w.lemma in kin or any(
                    c.feats.get("Poss") == "Yes" or c.lemma in possessives()
                    or c.feats.get("Animacy") == "Anim" or c.pos == "PRON"
                    for c in self.kids(w)):
                return False
        return True

    def one_unnamed_person(self, f: Found) -> bool:
        """Whether the people a kept act does not name are one person only: each unnamed word of
        its roles a singular animate noun with no number (`актриса`, `глава фонда`) or a singular
        pronoun. Such a word may stand for someone the article named (`актриса умерла в больнице`
        after `X умерла`); a group, a count or a plural (`трое`, `сотни демонстрантов`) adds
        people of its own."""
        t = f.trigger
        if t.pos != "VERB":
            return False
        roles = UNNAMED_ROLES.get(f.rule.require, ("agent",))  # an agent line's `unnamed_agent`
        codes = {c for r in roles for c in getattr(f.rule, r)}
        words = [w for code, w in self.role_words(t) if code in codes and self.unnamed_word(w)]
        return bool(words) and all(
            w.feats.get("Number") == "Sing" and w.pos in ("NOUN", "PRON")
            and _unnamed_words().get(w.lemma) not in ("group", "count")
            and not any(c.rel.startswith("nummod") for c in self.kids(w)) for w in words)
