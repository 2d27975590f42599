"""Who, to whom and where, from the parse: role words → entity keys for kg/nlp/ru/events.py.

A role word names an entity through its own mention, its name apposition (`президентом …
Байденом`), the one entity with its job title (`Президент США`), the genitive of a collective
head (`власти Эквадора`), a surname the NER missed, or what kg.nlp.ru.reference resolves: a
pronoun (`он`/`его`), a subject left unsaid (`Родился в Лондоне`), a description (`певец`).
Roles never cross a line break: a stripped gap or a caption is no sentence.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Iterator

from kg.nlp.base import casefold_name
from kg.nlp.ru.analysis import Analysis, Token, future_be
from kg.nlp.ru.clause_subjects import (
    passive_subject,
    set_off_subject,
    shared_subject,
    stolen_subject,
    subtree_indexes,
)
from kg.nlp.ru.in_view import InView
from kg.nlp.ru.lexicon import (
    class_group,
    norm,
    normed_words,
    possessives,
    rule_words,
    table,
    word_list,
)
from kg.nlp.ru.name_types import first_name_gender, is_country_name, lower_body_heads
from kg.nlp.ru.person_nouns import common_noun
from kg.nlp.ru.quotes import OPENING_QUOTES, QUOTE_MARKS
from kg.nlp.ru.reference import Reference, body_words, family_nouns, surname_index
from kg.nlp.ru.reference_groups import group, may_be_group_word
from kg.nlp.ru.speech_clauses import speech_verb_lemmas
from kg.records import Entity, TimeValue

_CASES = {"ins": "Ins", "gen": "Gen", "acc": "Acc", "dat": "Dat", "loc": "Loc", "nom": "Nom"}
_NAME_RELS = ("appos", "flat:name", "flat", "flat:foreign")
_UNDECLINED_ENDS = frozenset("оеиуюэ")  # last letters of foreign names that do not decline
PLACE_KINDS = ("place", "country")
# prepositions (closed-class words) by what they make of an event noun: aimed at, or a time; a
# cause or a concession too (`из-за марша X отменил визит`, `несмотря на шествие X подписал
# закон`): the one who acts because of it or in spite of it takes no part in it
_NOT_CIRCUMSTANCE = frozenset({"к", "о", "об", "за", "против", "без", "вместо", "для", "от", "из",
                               "с", "по", "про", "через", "ради", "из-за", "несмотря", "вопреки"})
_BEFORE_AFTER = frozenset({"после", "до", "перед", "накануне"})
BEFORE_AFTER = _BEFORE_AFTER  # events.py: an election only before or after a win is not its field
_REPRESENTATIVES = rule_words("representative")  # plural: they act for the body in their genitive
_PRESS_OFFICES = rule_words("press_office")  # they act for the person in their genitive
_CASE_FILES = rule_words("case_file")  # "дело X": the case stands for X in a role
_WOMENS_SUFFIXES = ("ница", "ица", "иня", "есса", "исса", "ка", "ша")  # `заместительница`, `внучка`
_DYING = class_group("dying")  # the one who died is a target of these
# acts a body's premises see done but its people do not do as the body (`body_in`): a blow, a
# killing, a seizure, and an arrest, which the law's bodies make wherever it happens (`в «Ашане»
# задержали X`: in the shop, not by it)
_DONE_IN_PREMISES = class_group("done_in_premises")
# misfortunes whose victims condolences may be offered for (`землетрясение унесло жизни сотен`)
_MISFORTUNES = class_group("misfortunes")
_DEATH_NOUNS = rule_words("death_noun")  # `соболезнования по поводу гибели X`
_CALLED_BY = rule_words("naming_noun")  # `человек по имени X`
_TITLED_BY = rule_words("title_noun")  # `проект под названием X`
_TOGETHER = rule_words("together_adverb")  # `вместе с Y`, `совместно с Y`
_TIME_FRAMES = rule_words("time_frame")  # frames that are times
_INCLUDING = frozenset({"включая", "включать"})  # `пять человек, включая X`: X is one of them
_OWNERS = possessives("123")  # owners elsewhere (not `свой`: the clause's own subject)
_THIRD = possessives("3")  # `его`, `её`, `их`: an owner the resolver may name
_THIRD_SINGULAR = _THIRD - {"их"}


@functools.cache
def _frames(kind: str) -> frozenset[str]:
    """Nouns of kg/data/ru/event_frames.tsv of one kind: `frame` (`во время`, `в ходе`) or
    `phase` (`начало`, `проведение`)."""
    return frozenset(lemma for lemma, k in table("event_frames") if k == kind)


@functools.cache
def attendance(kind: str) -> frozenset[str]:
    """Verbs of kg/data/ru/attendance_verbs.tsv of one kind: `attend` (`поехать на открытие`),
    `miss` (`пропустить`) or `watch` (`побывать на чемпионате`)."""
    return frozenset(lemma for lemma, k in table("attendance_verbs") if k == kind)


# the classes whose participants compete or perform: a guest or spectator takes no part in them
WATCHED = class_group("watched")


@functools.cache
def _gathering_scope(kind: str) -> frozenset[str]:
    """Lemmas of kg/data/ru/gathering_scope.tsv of one kind: `gathering` (nouns whose genitive
    may name their scope), `scope` (the genitives that do: `чемпионат мира`), `at` (the
    prepositions that put a clause at the gathering: `на чемпионате`) or `during` (the nouns of
    compound ones that put it within it or its time: `во время`, `в ходе`, `в рамках`)."""
    return frozenset(norm(lemma) for lemma, k in table("gathering_scope") if k == kind)


@functools.cache
def hosts() -> dict[str, str]:
    """Verbs that carry a noun trigger (kg/data/ru/event_hosts.tsv): lemma → agent | occur
    (`agent:obj` reads as agent; see `object_hosts`)."""
    return {lemma: role.split(":")[0] for lemma, role in table("event_hosts")}


@functools.cache
def _called_off() -> frozenset[str]:
    """The words that call an act off or move it (kg/data/ru/event_modality.txt, `cancel` and
    `postpone`): a participle of them names no doer of the act."""
    return frozenset(norm(w.split()[0]) for w in word_list("event_modality")
                     if w.split()[1:] in (["cancel"], ["postpone"]))


@functools.cache
def _on_target_nouns() -> frozenset[str]:
    """Trigger words whose own target is a `на` phrase (kg/data/ru/triggers.tsv: `нападение на X`,
    `покушение на X`): a `на` phrase under such a noun is its target, not a verb's above it."""
    return frozenset(norm(row[0]) for row in table("triggers")
                     if len(row) > 4 and row[2] != "-" and "на+acc" in row[4].split(","))


@functools.cache
def object_hosts() -> frozenset[str]:
    """Hosts that carry only their object (`agent:obj`: `возглавил восстание`, `открыл
    заседание`): a noun that is their subject (`концерт открыло выступление X`) acts itself."""
    return frozenset(lemma for lemma, role in table("event_hosts") if role == "agent:obj")


@functools.cache
def occur_hosts() -> frozenset[str]:
    """Hosts that only say their noun happened (`occur`: `переговоры состоятся`, `это произошло`)."""
    return frozenset(lemma for lemma, role in hosts().items() if role == "occur")


@functools.cache
def owner_bodies() -> frozenset[str]:
    """Body nouns that, being no entity themselves, act for the place or organisation in their
    genitive (kg/data/ru/owner_bodies.txt: `суд Палермо`, `фракция ЛДПР`)."""
    return normed_words("owner_bodies")


@functools.cache
def granting_verbs() -> frozenset[str]:
    """Verbs whose subject grants or turns down a request or demand in their object (kg/data/ru/
    granting_verbs.txt): the one it was addressed to."""
    return normed_words("granting_verbs")


@functools.cache
def reward_words() -> frozenset[str]:
    """What one is given for an act one did (kg/data/ru/reward_words.txt: `премия`, `орден`)."""
    return normed_words("reward_words")


_RECEIVE = rule_words("receive_verb")  # `получил премию за X`
_DISCOVERY = rule_words("discovery_noun")  # `премия за открытие механизма`: a discovery, no opening
_AWARDED = rule_words("award_verb")  # passive: `награждён за X`


@functools.cache
def _control() -> dict[str, str]:
    """Control verb (kg/data/ru/control_verbs.tsv) → who does its infinitive: obj, dat or subj."""
    return {r[0]: r[1] for r in table("control_verbs") if len(r) >= 2}


@functools.cache
def _chance_verbs() -> dict[str, str]:
    """Verb → who does the infinitive of its chance noun: subj or dat (chance_verbs.tsv)."""
    return {norm(r[0]): r[1] for r in table("chance_verbs") if len(r) >= 2}


@functools.cache
def implicative() -> frozenset[str]:
    """Control verbs that say their infinitive's act took place (`вынудили бежать`, `удалось
    бежать`): kg/data/ru/control_verbs.tsv, `done` yes."""
    return frozenset(r[0] for r in table("control_verbs") if len(r) >= 3 and r[2] == "yes")


@functools.cache
def _denying() -> frozenset[str]:
    """Control verbs that bar their infinitive's act (`запретил X участвовать`) or whose subject
    refuses it (`отказался участвовать`): kg/data/ru/control_verbs.tsv, `done` denied or
    refused."""
    return frozenset(r[0] for r in table("control_verbs")
                     if len(r) >= 3 and r[2] in ("denied", "refused"))


@functools.cache
def engage_verbs() -> dict[str, frozenset[str]]:
    """kg/data/ru/engage_verbs.tsv: verb → the phrases (`к+dat`, `ins`) in which it names the act
    its subject takes up or is busy with (`приступило к расследованию`)."""
    out: dict[str, set[str]] = {}
    for r in table("engage_verbs"):
        if len(r) >= 2:
            out.setdefault(norm(r[0]), set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _announced(what: str) -> frozenset[str]:
    """kg/data/ru/announced_acts.tsv: the announcing verbs (`verb`) or the event classes (`class`)
    of acts whose announcing body is their agent."""
    return frozenset(r[0] for r in table("announced_acts") if len(r) >= 2 and r[1] == what)


def announced_acts() -> frozenset[str]:
    """Event classes of acts an authority announces as its own (`Arrest`, `Investigation`)."""
    return _announced("class")


@functools.cache
def _dismissal_verbs() -> dict[str, str]:
    """kg/data/ru/dismissal_verbs.tsv: verb lemma → who may let go by it (`any` or `body`)."""
    return {norm(r[0]): r[1] for r in table("dismissal_verbs")
            if len(r) >= 2 and r[1] in ("any", "body")}


@functools.cache
def _authority_acts() -> frozenset[str]:
    """The classes of kg/data/ru/announced_acts.tsv whose announcer must be an authority (a body
    that can carry the act out: police, investigators, courts), not any organisation."""
    return frozenset(r[0] for r in table("announced_acts")
                     if len(r) >= 3 and r[1] == "class" and r[2] == "authority")


# the nouns of a post a verb appoints to or removes from (`на должность`, `с поста`)
_POST_NOUNS = rule_words("post_noun")


def _rank(lemma: str) -> bool:
    """Whether a noun is a rank of service (kg/data/ru/rank_titles.txt), a hyphenated one read by
    its last part (`генерал-майор`, `вице-адмирал`)."""
    return norm(lemma).rsplit("-", 1)[-1] in normed_words("rank_titles")


# the classes of first_person_acts.txt that are speech acts themselves, so that saying one wishes to
# do them does them (`хочу поблагодарить`); a Resignation or Withdrawal wished is not done
_SAID_ACTS = class_group("said_acts")


class Roles:
    """Parse helpers over one analysed article and its entities."""

    times: tuple[TimeValue, ...] = ()  # the article's time expressions, set by the event extractor
    # the quotations of reported speech with a known speaker, (start, end, speaker key), set by
    # the event extractor: `я` in a quote is its speaker (`«Я подал в отставку», — заявил X`)
    speakers: tuple[tuple[int, int, str], ...] = ()
    acting: str | None = None  # the class of the line whose roles are being read (events.add)
    acting_at: Token | None = None  # and its trigger word
    acting_as: str | None = None  # and the factuality it is found with

    def __init__(self, a: Analysis, entities: tuple[Entity, ...]):
        self.a = a
        self.entities = {e.key: e for e in entities}
        self._groups: dict[int, list[Token]] = {}  # a plural pronoun → the persons it stands for
        self._kids: dict[int, list[Token]] = {}
        for t in a.tokens:
            if t.head is not None and t.head != t.index:
                self._kids.setdefault(t.head, []).append(t)
        starts = [t.start for t in a.tokens]
        self.ent_at: dict[int, str] = {}
        for e in entities:
            for m in e.mentions:
                i = bisect.bisect_left(starts, m.start)
                while i < len(starts) and starts[i] < m.end:
                    self.ent_at[i] = e.key
                    i += 1
        titles: dict[str, list[str]] = {}
        for e in entities:
            if e.job_title:
                titles.setdefault(casefold_name(e.job_title), []).append(e.key)
        self.by_title = {t: ks[0] for t, ks in titles.items() if len(ks) == 1}
        self.by_surname = surname_index(entities)
        self.collective = word_list("collective_heads")
        self.areas = word_list("area_nouns")
        self.streets = word_list("street_nouns")  # `на площади Ленина`: the square's own name
        self.person = {e.key for e in entities if e.kind == "person"}
        self.posts = word_list("job_titles")
        self.participants = word_list("participant_nouns")
        self.self_words = {lemma: kind for lemma, kind in table("self_announce_words")}
        self.owned = word_list("owned_nouns")
        self.works = word_list("work_nouns")
        self.orders = word_list("order_nouns")
        # titles whose apposition `post_holder` took as a verb's object (`главы ведомства X`)
        self.holder_titles: set[int] = set()

    def kids(self, t: Token) -> list[Token]:
        return self._kids.get(t.index, [])

    def is_place(self, key: str | None) -> bool:
        """Whether the entity `key` is a city, region or country (PLACE_KINDS); no key is none."""
        return key is not None and self.entities[key].kind in PLACE_KINDS

    def city_body(self, t: Token, owner: str) -> str | None:
        """The body a collective head that only a town owns (kg/data/ru/lower_body_heads.tsv
        `city`: `администрация`) names before a town, where the entity layer made the phrase an
        organisation (`администрация Самары`): a town's administration acts in its own name, as
        news annotators mark it; before a country (`Администрация США`) the head still names the
        country acting, and so do the other collective heads (`Полиция Тулы`, `Армия Израиля`:
        kg/data/ru/collective_heads.txt)."""
        body = self.ent_at.get(t.index)
        if body is None or body == owner or lower_body_heads().get(t.lemma) != "city" or \
                self.entities[owner].kind != "place" or \
                self.entities[body].kind != "organization" or \
                is_country_name(self.entities[owner].name):
            # (a country's name, not its entity kind: `country` is set only when the name is
            # linked, after the roles)
            return None
        return body

    def place_at(self, t: Token) -> str | None:
        """The place entity a mention of which covers `t` (its key), else None."""
        k = self.ent_at.get(t.index)
        return k if self.is_place(k) else None

    def loc_place(self, t: Token) -> str | None:
        """The place `t` names in a `в` phrase of the prepositional (`в Казани`), else None."""
        if self.case_of(t) == "Loc" and any(m.lemma == "в" for m in self.kids(t)):
            return self.place_at(t)
        return None

    def head(self, t: Token) -> Token | None:
        return self.a.tokens[t.head] if t.head is not None and t.head != t.index else None

    def negated(self, t: Token) -> bool:
        return any(c.lemma in ("не", "ни") and c.rel == "advmod" for c in self.kids(t))

    def barred(self, t: Token) -> bool:
        """Whether an infinitive is the act a ban bars (`суд запретил ему участвовать в выборах`,
        kg/data/ru/control_verbs.tsv `done` denied) or its subject refuses (`отказался
        участвовать в выборах`, `done` refused): the one barred or refusing takes no part in the
        event it names; a ban not imposed (`не запретил`) bars nothing."""
        h = self.head(t)
        return t.feats.get("VerbForm") == "Inf" and t.rel == "xcomp" and h is not None \
            and norm(h.lemma) in _denying() and not self.negated(h)

    def entity_of(self, t: Token, depth: int = 0) -> str | None:
        """The entity a role word names: the genitive of a collective head, its own mention, the
        noun a `который` follows, a pronoun's antecedent, a surname the NER missed, its name
        apposition, or its job title (see the module docstring)."""
        representatives = t.lemma in _REPRESENTATIVES and t.feats.get("Number") == "Plur"
        if norm(t.lemma) in _PRESS_OFFICES and depth < 2 and (k := self.principal(t)):
            return k
        if (t.lemma in self.collective or representatives) and depth < 2:
            # "власти Эквадора", "армия Израиля"; "представители компании X" act for X, not
            # for a person (`представители Петрова` are his, not he)
            for c in self.kids(t):
                # a body's name the parse hung on `представители` past its kind word
                # (`представители аэроклуба «Чайка»`) is theirs whatever case the tagger gave it
                if c.rel == "nmod" and (self.case_of(c) == "Gen" or representatives) \
                        and c.index > t.index and not self.has_preposition(c):
                    k = self.entity_of(c, depth + 1)
                    if k and not (representatives and k in self.person):
                        return self.city_body(t, k) or k
            if (g := self.conjunct_genitive(t)) is not None and (k := self.entity_of(g, depth + 1)):
                return k  # "между армией X и силами Y": Y's forces, Y hung on the first conjunct
        if t.lemma in _CASE_FILES and t.index not in self.ent_at and depth < 2:
            # "рассмотрение дела X", "слушания по делу X", "дело X передано в суд": the case
            # stands for whom it is against (a person or a body), its bare genitive name
            for c in self.kids(t):
                if c.rel in ("nmod", "appos") and c.index > t.index and \
                        self.case_of(c) == "Gen" and not self.has_preposition(c):
                    k = self.entity_of(c, depth + 1)
                    if k and not self.is_place(k):
                        return k
            for c in self.kids(t):
                # "слушания его дела", "его дело пересмотрено": a possessive names whose case (by
                # its written form, possessives.tsv: the tagger may lemmatise `его` as `он`)
                if c.rel == "det" and c.index < t.index and _norm_word(c.text) in _THIRD_SINGULAR \
                        and (k := self.reference.pronoun(c)) and not self.is_place(k):
                    return k
        if t.index in self.ent_at:
            k = self.ent_at[t.index]
            animate = t.feats.get("Animacy") == "Anim"
            if k not in self.person and animate and t.lemma in self.by_surname:
                return self.by_surname[t.lemma]  # a surname the NER took for a place
            return k
        if depth > 2:
            return None
        if t.lemma == "который":  # "Байден, который встретился с Путиным": the noun it follows
            verb = self.head(t)
            noun = self.head(verb) if verb is not None and verb.rel.startswith("acl") else None
            if noun is not None and noun.rel == "xcomp" and self.case_of(noun) == "Ins" and \
                    (v := self.head(noun)) is not None and v.pos in ("VERB", "AUX"):
                # `X стал единственным президентом, который не был выбран`: the predicate noun
                # is said of the verb's subject, X
                subj = [c for c in self.kids(v) if c.rel in ("nsubj", "nsubj:pass")]
                return self.entity_of(subj[0], depth + 1) if len(subj) == 1 else None
            if noun is None and verb is not None and verb.rel == "root":
                noun = self.before_comma(t)  # the relative clause parsed as a sentence of its own
            return self.entity_of(noun, depth + 1) if noun is not None else None
        if t.pos == "PRON" and t.lemma in ("он", "она") and t.feats.get("Number") != "Plur":
            return self.pronoun(t)
        if t.pos == "PRON" and t.lemma == "я" and (k := self.speaker_of(t)):
            return k
        if t.pos == "PROPN" and t.lemma in self.by_surname:  # a surname the NER missed (titles)
            return self.by_surname[t.lemma]
        if t.lemma in self.collective:
            for c in self.kids(t):
                if c.rel == "det" and c.lemma in ("его", "ее", "её"):  # "его администрация"
                    return self.reference.pronoun(c)
        named = self.set_off_name(t)
        if named:  # `партнёра Бориса Петрова – бизнесмена Николая Орлова`: the partner is Орлов
            return named
        for c in self.kids(t):
            if t.feats.get("Animacy") == "Anim" and c.rel == "appos" and self.quoted(c) and \
                    self.ent_at.get(c.index) not in (None, *self.person):
                continue  # `фотографа «Север-Пресс» Олега Смирнова`: his paper, not his name
            if t.feats.get("Animacy") == "Inan" and c.rel == "appos" and self.quoted(c) and \
                    self.ent_at.get(c.index) in self.person:
                continue  # `премьера фильма «Иван Котов: …»`, `теплоход «Михаил Светлов»`: a
                # person's name in quotation marks after a thing names the thing, not the person
            if t.feats.get("Animacy") == "Anim" and c.rel == "appos" and c.pos == "ADJ" \
                    and self.is_place(self.ent_at.get(c.index)):
                continue  # `папа Римский`, `Патриарх Болгарский`: the adjective names the title's
                # see (kg.nlp.ru.title_places), not its holder; the title is then resolved whole
            if c.rel in _NAME_RELS and not self.misattached(t, c) and \
                    not self.owner_named(t, c) and not self.genitive_owners_name(t, c):
                k = self.entity_of(c, depth + 1)
                if k and k not in self.person and t.feats.get("Animacy") == "Anim":
                    # `артист МХАТа Аркадий Зотов`, the parse chaining the theatre and the name
                    # into one apposition: a person word is the person the phrase ends with
                    k = self.named_in_title(t) or k
                if k:
                    return k
        if t.feats.get("Animacy") == "Anim":
            k = self.called(t)  # "человек по имени X": the name the phrase gives him
            if k:
                return k
            owners = [c for c in self.kids(t) if c.rel in _NAME_RELS and self.owner_named(t, c)
                      and not self.misattached(t, c)]
            if owners:  # `внучки Роберта X`: someone unnamed, X's relative, not X in view…
                return self.relative_named(t, owners)  # …unless named after X: `дочь X Марию`
        if t.feats.get("Animacy") == "Inan":
            k = self.titled(t)  # "проект под названием X": the name the phrase gives it
            if k:
                return k
        if t.pos == "NOUN" or common_noun(t):  # "президент США" → the one entity with that job title
            owner = self.owning_body(t)
            if owner:  # `суд Палермо оправдал`: the court, no entity of its own, acts for its place
                return owner
            leader = self.led_by(t, depth)
            if leader:  # a group said to be led by a name (`во главе с X`) is that name
                return leader
            if self.reference.successor(t):  # `выбран новый Папа Римский`: not the one who
                return self.reference.noun(t)  # held it (only one said to take the post)
            words = [t.lemma]
            # (`бывший президент Перу` is not whoever holds the title now)
            after = [] if self.reference.said_former(t) else self.a.tokens[t.index + 1:t.index + 4]
            for w in after:  # the words of the title after it
                if w.sent != t.sent or not (w.pos == "PROPN" or w.index in self.ent_at):
                    break
                words.append(w.text)
                k = self.by_title.get(casefold_name(" ".join(words)))
                if k:
                    return k
            k = self.named_in_title(t)
            if k:
                return k
            # `агентство`, `сербский президент` (kg.nlp.ru.reference); a bare person noun the
            # article's protagonist (kg.nlp.ru.in_view)
            return self.reference.noun(t) or self.in_view.description(t)
        return None

    def before_comma(self, which: Token) -> Token | None:
        """The name a `который` follows when the parse made its clause a root of its own (`…
        премьер-министра Сильвио Берлускони, который был приговорён …`): the word right before
        its comma, when it is a name and agrees with `который` in number and, in the singular,
        gender (an undeclined name shows neither)."""
        i = which.index
        if i < 2 or self.a.tokens[i - 1].text != "," or self.a.tokens[i - 2].sent != which.sent:
            return None
        w = self.a.tokens[i - 2]
        if w.index not in self.ent_at or w.pos not in ("PROPN", "NOUN"):
            return None
        pairs = [(which.feats.get("Number"), w.feats.get("Number"))]
        if which.feats.get("Number") == "Sing":
            pairs.append((which.feats.get("Gender"), w.feats.get("Gender")))
        return w if _compatible(pairs) else None

    def set_off_name(self, t: Token) -> str | None:
        """A person noun with two people in apposition, one right after it in the genitive and
        another set off by a dash or comma (`делового партнёра Бориса Петрова – бизнесмена
        Николая Орлова`): the first is whose partner, deputy or kin the noun is (an owner in the
        genitive the parse hung as an apposition), the second the noun's own name."""
        if t.feats.get("Animacy") != "Anim" or t.pos != "NOUN":
            return None
        apps = [c for c in self.kids(t) if c.rel == "appos" and c.index > t.index]
        first = next((c for c in apps if c.index == t.index + 1 and c.pos == "PROPN"
                      and self.case_of(c) == "Gen" and self.ent_at.get(c.index) in self.person),
                     None)
        if first is None:
            return None
        for c in apps:
            if c.index > first.index and self.after_mark(c, ("—", "–", "-", ",")):
                k = self.ent_at.get(c.index) if c.pos != "NOUN" else next(
                    (self.ent_at[n.index] for n in self.kids(c) if n.rel in _NAME_RELS
                     and n.index in self.ent_at), None)  # `бизнесмена Николая Орлова`
                if k in self.person and k != self.ent_at[first.index]:
                    return k
        return None

    def family_subject(self, t: Token, kind: str, codes: tuple[str, ...]) -> list[str]:
        """`его семья переехала в Грецию`: the one whose family the subject is, for the classes
        kg/data/ru/family_nouns.tsv lists (kg.nlp.ru.reference `family_owner`)."""
        if "nsubj" not in codes or (t.feats.get("Voice") == "Pass" and t.pos == "VERB"):
            return []
        toks = self.subject(t)
        if len(toks) != 1 or kind not in family_nouns().get(norm(toks[0].lemma), ()):
            return []
        k = self.reference.family_owner(toks[0])
        if k and self.died_before(k, t):
            return []  # `X погиб … Вскоре семья переехала`: the family moved without him
        return [k] if k else []

    def died_before(self, k: str, t: Token) -> bool:
        """The last birth or death of k told in a sentence before t's is his death (k the target
        of a Death or Killing event): a dead person does not act in what his household does after.
        An obituary that tells the death first and then the life from the birth on
        (`X скончался … X родился в 1930 году, позже его семья переехала`) is no such order."""
        told = [(i, f.kind) for f in getattr(self, "events", ()) if k in f.actors
                and f.kind in (*_DYING, "Birth") for i in {f.trigger.index, *f.tokens} if i < t.index]
        if not any(self.a.tokens[i].sent < t.sent for i, _ in told):
            return False
        return max(told)[1] in _DYING  # the latest mention of either before t

    def called(self, t: Token) -> str | None:
        """A person word named by `по имени`, `по фамилии` or `по прозвищу` right after it
        (`стала женой актёра по имени X`, `мужчина по фамилии X`): the person X names."""
        return next((k for k in self.named_after(t, _CALLED_BY, "по") if k in self.person), None)

    def titled(self, t: Token) -> str | None:
        """A thing or body word named by `под названием` or `с названием` right after it
        (`основал проект под названием «X»`, `компания с названием X`): the entity X names. A
        person's name there names a film or a ship, not the person (`фильм под названием «Иван
        Грозный»`), and is left alone."""
        k = next(self.named_after(t, _TITLED_BY, ("под", "с", "со"), "Ins"), None)
        return None if k is None or k in self.person or self.is_place(k) else k

    def named_after(self, t: Token, nouns: frozenset[str], prepositions: str | tuple[str, ...],
                    case: str | None = None) -> Iterator[str]:
        """The entities named, in order, by a phrase of a naming noun after `t` (`по имени X`,
        `под названием X`): a noun of `nouns` after t under one of `prepositions` (in `case`, if
        given), and the names after that noun."""
        for c in self.kids(t):
            if c.rel != "nmod" or c.index <= t.index or c.lemma not in nouns:
                continue
            if case is not None and self.case_of(c) != case:
                continue
            if not self.has_preposition(c, prepositions):
                continue
            for n in self.kids(c):
                k = self.ent_at.get(n.index)
                if n.index > c.index and n.rel in (*_NAME_RELS, "nmod") and k is not None:
                    yield k

    def owning_body(self, t: Token) -> str | None:
        """A body noun of kg/data/ru/owner_bodies.txt that is no entity itself (`суд Палермо`,
        `комиссия Евросоюза`, `фракция ЛДПР`) acts for the place or organisation named right
        after it in the genitive (or undeclined: `Палермо`), as a collective head does. Unlike
        kg/data/ru/collective_heads.txt these nouns do not change how names are joined
        (`Суд Вероны` written with a capital stays one organisation). A territory's kind word
        between them (kg/data/ru/region_kind_words.txt: `суд штата Невада`) leads to its name."""
        if t.index in self.ent_at or norm(t.lemma) not in owner_bodies():
            return None
        for c in self.kids(t):
            if c.rel not in ("nmod", "appos") or c.index <= t.index or self.has_preposition(c):
                continue
            if not (self.case_of(c) == "Gen" or c.pos == "PROPN"):
                continue
            k = self.ent_at.get(c.index)
            if k is None and c.text.lower() in word_list("region_kind_words"):
                # `суд штата Невада`: the territory named after its kind word
                k = next((self.ent_at[n.index] for n in self.kids(c) if n.index > c.index
                          and n.rel in (*_NAME_RELS, "nmod") and n.index in self.ent_at), None)
            if k and k not in self.person and \
                    all(w.pos in ("ADJ", "DET", "PUNCT") or self.ent_at.get(w.index) == k
                        for w in self.a.tokens[t.index + 1:c.index]):
                return k
        return self.seat_of_body(t)

    def seat_of_body(self, t: Token) -> str | None:
        """A court that is no entity itself (kg/data/ru/seated_bodies.txt) acts for the city or
        country named right after it with `в` (`суд в Омске приговорил X`, as `суд Омска`); not
        a place further on (`суд в центре Омска`), nor a body seated there (`суд в Кремле`)."""
        if norm(t.lemma) not in normed_words("seated_bodies"):
            return None
        for c in self.kids(t):
            if c.rel == "nmod" and c.index == t.index + 2 and self.case_of(c) == "Loc" and \
                    self.has_preposition(c, ("в", "во")) and self.a.tokens[t.index + 1].lemma in \
                    ("в", "во") and self.is_place(k := self.ent_at.get(c.index)) and \
                    norm(self.entities[k].name) not in normed_words("seat_bodies"):
                return k
        return None

    def led_by(self, t: Token, depth: int) -> str | None:
        """`делегация сенаторов во главе с X`, `союзники во главе с X`: an unnamed group noun that the
        words after it say X leads stands for X. Read off the words in order (`во главе с` + a
        name), since the parse hangs the phrase anywhere; only genitive words or adjectives of
        the group's own phrase may come between the noun and `во главе`. A body
        (reference_words.tsv `body`: `кабинет министров во главе с X подал в отставку`) still acts
        as itself: its head is not the body; nor is a genitive inside another noun's phrase
        (`министров` of `кабинет министров во главе с X`) the group that is led."""
        if norm(t.lemma) in body_words():
            return None
        if t.rel == "nmod" and t.feats.get("Case") == "Gen" and t.head is not None and \
                self.a.tokens[t.head].pos in ("NOUN", "PROPN"):
            return None
        toks = self.a.tokens
        i = t.index + 1
        while i < len(toks) and i <= t.index + 4 and toks[i].sent == t.sent and \
                toks[i].lemma != "в" and toks[i].pos in ("NOUN", "PROPN", "ADJ") and \
                (toks[i].pos == "ADJ" or toks[i].feats.get("Case") == "Gen"):
            i += 1
        if i + 3 >= len(toks) or toks[i].lemma != "в" or toks[i].sent != t.sent or \
                toks[i + 1].lemma != "глава" or toks[i + 2].lemma not in ("с", "со"):
            return None
        name = next((w for w in toks[i + 3:i + 6] if w.sent == t.sent
                     and w.pos in ("NOUN", "PROPN")), None)
        if name is None or name.feats.get("Case") not in (None, "Ins"):
            return None
        return self.entity_of(name, depth + 1)

    def quoted(self, name: Token) -> bool:
        """A name in quotation marks (`«Север-Пресс»`): a paper, party or work, never a person."""
        first = min([name.index, *(c.index for c in self.kids(name) if c.rel != "punct")])
        return first > 0 and self.a.tokens[first - 1].text in OPENING_QUOTES

    def named_in_title(self, t: Token) -> str | None:
        """The person a title phrase ends with, the parse having hung the name on a
        word inside it (`король Руанды Кигели`: the name under `Руанды`): a person mention in the
        phrase, in the title's case (`об увольнении начальника управления Юрия Девяткина`)."""
        case = self.case_of(t)
        if t.feats.get("Animacy") != "Anim" or case is None:
            return None
        # not a name in a coordinated phrase (`у певца и его подруги X`: X is the friend), but a
        # name before the partner's word, which the parse may hang on it (`зам председателя X,
        # глава …`: X is the deputy's)
        own = [w for c in self.kids(t) for w in self.subtree(c, 2)
               if c.rel not in ("conj", "cc") or w.index < c.index]
        for w in own:
            k = self.ent_at.get(w.index)
            if w.index > t.index and k in self.person and (
                    self.same_case(t, w) or self.uninflected(t, w, k)):
                top = w  # the name's first word: "Жена Ивана Петрова" hangs `Ивана` as an owner
                while (h := self.head(top)) is not None and self.ent_at.get(h.index) == k:
                    top = h
                if top.rel in _NAME_RELS and not self.owner_named(t, top) and (self.same_case(t, top)
                                              or self.uninflected(t, top, k)):
                    return k
        return None

    def relative_named(self, t: Token, owners: list[Token]) -> str | None:
        """The name a kin or deputy word gives after the name of whose relative it is (`избрала
        дочь президента Ивана Петрова Марию`: Мария, the parse hanging her name on his): another
        person's mention after the owner's, in the word's own case. None where the owner's name
        ends the phrase (`внучки Роберта Лаптева`: she is unnamed)."""
        taken = {self.ent_at.get(o.index) for o in owners}
        last = max(o.index for o in owners)
        for w in (w for c in self.kids(t) for w in self.subtree(c, 2)):
            k = self.ent_at.get(w.index)
            if w.index > last and k in self.person and k not in taken and \
                    w.feats.get("Case") == self.case_of(t):
                return k
        return None

    def same_case(self, title: Token, word: Token) -> bool:
        """A name in the title's case; an animate masculine accusative has the genitive's form,
        which the tagger may give either (`задержала гитариста группы X Павла Гринёва`)."""
        case, other = self.case_of(title), word.feats.get("Case")
        if other == case:
            return True
        return {case, other} == {"Acc", "Gen"} and title.feats.get("Gender") == "Masc" and \
            title.feats.get("Number") != "Plur"

    def uninflected(self, title: Token, word: Token, key: str) -> bool:
        """A name written as in the nominative (`Кигели V`, which the tagger may call genitive)
        after a nominative job title (`скончался король Руанды Кигели V`): no case tells it from
        the title's own name, as `Ивана Петрова` would. Not after a kinship or other noun (`жена
        Кигели V` is his wife)."""
        if title.lemma not in self.posts or self.case_of(title) != "Nom":
            return False
        mention = next((m for m in self.entities[key].mentions
                        if m.start <= word.start < m.end), None)
        return mention is not None and \
            casefold_name(mention.text) == casefold_name(self.entities[key].name)

    def owner_named(self, t: Token, name: Token) -> bool:
        """A person's name hung on a person noun as its apposition whose gender the noun's own
        rules out (`тело внучки Роберта Лаптева`, `заместительница Сергея Белова`, `сын Анны
        Петровой`): the name is whose relative or deputy that is, not the noun's name. A
        feminine noun is said of women only; a masculine one of men only among kin words
        (`директор Анна Петрова` is she)."""
        if t.pos != "NOUN" or t.feats.get("Animacy") != "Anim" or self.ent_at.get(name.index) \
                not in self.person:
            return False
        # the gender of a first name the dictionary knows (`Роберта` → `Роберт`), agreeing with
        # the person's as its mentions settle it; a name it does not know (`Нааму`) says nothing
        noun, named = t.feats.get("Gender"), first_name_gender(name.lemma.capitalize())
        if named is None or self.reference.gender.get(self.ent_at[name.index]) not in (named, None):
            return False
        if noun == "Fem":  # a woman's word by its suffix or a kin word, not one said of anyone
            # (`звезда`, `жертва`, `личность`, `коллега`: `убийство поп-звезды Майкла X`)
            return named == "Masc" and (norm(t.lemma) in normed_words("kinship_nouns") or
                                        norm(t.lemma).endswith(_WOMENS_SUFFIXES))
        return noun == "Masc" and named == "Fem" and norm(t.lemma) in normed_words("kinship_nouns")

    def genitive_owners_name(self, t: Token, name: Token) -> bool:
        """A name in the genitive, inflected as written (`Ивана Петрова`), hung as the apposition
        of a nominative noun past a genitive noun of its own (`Сын министра Ивана Петрова был
        задержан`): the name is the genitive noun's, whose son or wife the subject is, since an
        apposition agrees in case. A name written as its lemma (`Синдзо Абэ`) shows no case and
        is left to the noun."""
        if name.rel != "appos" or self.case_of(t) != "Nom" or self.case_of(name) != "Gen" or \
                norm(name.text) == norm(name.lemma):
            return False
        return any(c.rel == "nmod" and c.pos == "NOUN" and self.case_of(c) == "Gen"
                   and t.index < c.index < name.index for c in self.kids(t))

    def misattached(self, t: Token, name: Token) -> bool:
        """A nominative name the parse hung on an oblique noun as its apposition (`после смерти
        жены Борис Петров переехал`) is the clause's subject (Reference.misattached)."""
        return self.reference.misattached(t, name)

    @functools.cached_property
    def reference(self) -> Reference:
        return Reference(self.a, tuple(self.entities.values()), self.ent_at)

    @functools.cached_property
    def in_view(self) -> InView:
        return InView(self.reference)

    def pronoun(self, t: Token) -> str | None:
        """The antecedent of a singular personal or possessive pronoun: the one the reference
        search settles, else the article's protagonist when no one else is in view
        (kg.nlp.ru.in_view)."""
        return self.reference.pronoun(t) or self.in_view.pronoun(t)

    def subtree(self, t: Token, depth: int) -> list[Token]:
        out = [t]
        if depth > 0:
            for c in self.kids(t):
                out.extend(self.subtree(c, depth - 1))
        return out

    def case_of(self, t: Token) -> str | None:
        """The case of a name by its last word: "Джо Байдена" is genitive though "Джо" is not."""
        names = [c for c in self.kids(t) if c.rel == "flat:name"]
        last = names[-1] if names else t
        if last.pos == "PROPN" and last.text[-1:].lower() in _UNDECLINED_ENDS:
            # a name that does not decline (`Пьетро Манцо`) takes the case of the adjective
            # right before it: `освобождение 70-летнего Пьетро Манцо` is genitive
            adj = [c for c in self.kids(t) if c.rel == "amod" and c.index == t.index - 1
                   and c.feats.get("Case")]
            if adj:
                return adj[0].feats.get("Case")
        return last.feats.get("Case")

    def has_preposition(self, t: Token, words: str | Collection[str] | None = None) -> bool:
        """Whether a case mark (a `case` child) hangs on t; with `words`, a case mark of one of
        those lemmas (one word may be given as a string: `has_preposition(t, "в")`)."""
        if words is None:
            return any(k.rel == "case" for k in self.kids(t))
        if isinstance(words, str):
            words = (words,)
        return any(k.rel == "case" and k.lemma in words for k in self.kids(t))

    def object_after(self, inf: Token) -> list[Token]:
        """An infinitive in a chain under a verb (`вынудили X бежать и попросить …`) whose
        object the parse hung on that verb: an object of the verb after the infinitive is the
        infinitive's (the verb's own comes before it), when no other verb stands between."""
        v, steps = inf, 0
        while v.rel in ("xcomp", "conj") and steps < 2 and (h := self.head(v)) is not None:
            v, steps = h, steps + 1
        if v is inf or v.pos not in ("VERB", "AUX"):
            return []
        objs = [c for c in self.kids(v) if c.rel == "obj" and c.index > inf.index]
        if len(objs) != 1 or any(w.pos == "VERB" for w in self.a.tokens[inf.index + 1:objs[0].index]):
            return []
        return self.with_conj(objs[0])

    def heads_phrase(self, prep: Token) -> bool:
        """`во главе (с X)`: the preposition of the phrase that says who leads, not of the noun
        the parse hangs it on."""
        nxt = self.a.tokens[prep.index + 1] if prep.index + 1 < len(self.a.tokens) else None
        return prep.lemma == "в" and nxt is not None and nxt.lemma == "глава"

    def conjunct_genitive(self, t: Token) -> Token | None:
        """The bare genitive right after a second conjunct that the parse hung on the first one
        (`между армией Сирии и силами Ивана Петрова`: `Ивана` under `армией`): the second's own."""
        h = self.head(t)
        if t.rel != "conj" or h is None or t.index + 1 >= len(self.a.tokens):
            return None
        g = self.a.tokens[t.index + 1]
        return g if g.head == h.index and g.rel == "nmod" and self.case_of(g) == "Gen" and \
            not self.has_preposition(g) else None

    def with_conj(self, t: Token) -> list[Token]:
        named = self.named_group(t)
        if named:  # `X и Y прибыли в Пекин. Там они провели переговоры`: X and Y
            return named
        out = [t]
        for c in self.kids(t):
            # a name in Latin letters is tagged a foreign word (`X`), a short foreign one may be
            # tagged a particle (`Ван`): `между командами Carolina Panthers и Minnesota Vikings`
            # lists two names all the same
            if c.rel == "conj" and (c.pos in ("NOUN", "PROPN") or (
                    c.pos in ("X", "PART") and c.index in self.ent_at)) and not any(
                    k.lemma == "как" for k in self.kids(c)):  # "он, как и Коэн,": a comparison
                out.extend(self.with_conj(c))
        out.extend(self.listed_names(t))
        return out

    def named_group(self, t: Token) -> list[Token]:
        """The names of the persons a plural pronoun or `оба` stands for
        (kg.nlp.ru.reference_groups), each worked out once."""
        # (a cheap test first: the reference search is built only for a word that may need it)
        if not may_be_group_word(t, self.kids(t)):
            return []
        if t.index not in self._groups:
            self._groups[t.index] = group(self.reference, t)
        return self._groups[t.index]

    def described_list(self, t: Token, noun: Token) -> list[Token]:
        """The noun a participle describes with the nouns listed with it (`with_conj`), but the
        noun alone where the participle is in the singular and stands after it: a phrase set off
        after the first name of a list describes that name only (`нашла Ивана Котова, убитого в
        …, и Анну Белову`: he was killed, not she)."""
        if t.feats.get("Number") == "Sing" and t.index > noun.index:
            return [noun]
        return self.with_conj(noun)

    def listed_names(self, t: Token) -> list[Token]:
        """The names after the first of a list in apposition to a plural common noun
        (`депутаты Петров и Сидоров`, `основатели компании, X и Y,`): the noun itself stands for
        the first name (`entity_of`), the others are its conjuncts."""
        if t.index in self.ent_at:
            return self.listed_after(t)
        if t.pos != "NOUN":
            return []
        # `руководство области — X, Y и Z`, `депутаты: X и Y`: the list after a dash or colon
        dashed = [c for c in self.kids(t) if c.rel in ("parataxis", "appos")
                  and c.index in self.ent_at and self.after_mark(c, ("—", "–", "-", ":"))]
        if dashed:  # and the names after it set off by commas (`партии: X (СНП), Y (ДППС) и Z`)
            more = [c for c in self.kids(t) if c.rel in ("parataxis", "appos")
                    and c.index > dashed[0].index and c.index in self.ent_at
                    and self.ent_at[c.index] != self.ent_at[dashed[0].index]
                    and self.after_mark(c, (",",))]
            return [x for c in dashed[:1] + more for x in self.with_conj(c)]
        if t.feats.get("Number") != "Plur" and t.lemma not in word_list("group_nouns") and \
                not self.plural_read_as_genitive(t) and not self.counted(t):
            return []  # (a group noun is a plural: `дуэт X и Y`, kg/data/ru/group_nouns.txt)
        # `ракетки мира немец X и француз Y`: a description of each name, hung as the apposition
        names = [c for c in self.kids(t) if c.rel == "appos" and (
            c.index in self.ent_at or (c.pos == "NOUN" and self.own_name(c)))]
        # `пять активистов, включая X и Y,`: the converb's object names members of the group,
        # which the noun does not stand for (no apposition), so all of them
        included = [o for c in self.kids(t) if norm(c.lemma) in _INCLUDING
                    for o in self.kids(c) if o.rel == "obj" and (
                        o.index in self.ent_at or (o.pos == "NOUN" and self.own_name(o)))]
        return [x for c in names[:1] for x in self.with_conj(c)[1:] or self.stray_names(t, c)] + \
            [x for o in included[:1] for x in self.with_conj(o)] + self.among(t)

    def stray_names(self, t: Token, first: Token) -> list[Token]:
        """The persons' names joined by `и` to the first name in apposition to a plural noun that
        the parse hung on the noun's genitive instead (`лидеры России и Китая X и Y`, `министры
        Франции и Германии X и Y`: Y as a conjunct of `России`): a person's name after the first,
        right after `и`, conjoined to a genitive place under the noun."""
        out = []
        for g in self.kids(t):
            if g.rel != "nmod" or self.case_of(g) != "Gen" or g.index > first.index:
                continue
            for c in self.kids(g):
                k = self.ent_at.get(c.index)
                if c.rel == "conj" and c.index > first.index and k in self.person and \
                        k != self.ent_at.get(first.index) and \
                        self.a.tokens[c.index - 1].lemma == "и":
                    out += self.with_conj(c)
        return out

    def among(self, t: Token) -> list[Token]:
        """`погибли два человека, среди них X`, `…, среди которых X и Y`: the names right after
        `среди них` / `среди которых` that follows the noun's phrase are members of the group;
        the parse hangs them anywhere (the pronoun as a conjunct of the verb, the name as its
        subject), so they are found by where they stand."""
        toks = self.a.tokens
        phrase = subtree_indexes(self.a, t)
        i = t.index + 1  # the comma that ends the noun's own phrase
        while i < len(toks) and toks[i].text != "," and i in phrase:
            i += 1
        if i + 3 >= len(toks) or toks[i].text != "," or norm(toks[i + 1].lemma) != "среди" or \
                norm(toks[i + 2].lemma) not in ("они", "который"):
            return []
        name = toks[i + 3]
        if name.sent != t.sent or not (name.index in self.ent_at or (
                name.pos == "NOUN" and self.own_name(name))):
            return []
        return self.with_conj(name)

    def counted(self, t: Token) -> bool:
        """A noun counted by a numeral of two or more (`два лидера движения, X и Y,`, `трое
        активистов`): the genitive singular or plural after the numeral names several."""
        return any(c.rel.startswith("nummod") and c.index < t.index and (
            c.lemma not in ("1", "один", "одна", "одно")) for c in self.kids(t))

    def plural_read_as_genitive(self, t: Token) -> bool:
        """A feminine noun's nominative plural tagged as its genitive singular (`Компании X и Y
        подписали`, `Группы X и Y выступили`: the same form): the subject of a plural verb, which
        a singular genitive cannot be."""
        h = self.head(t)
        return t.rel == "nsubj" and t.feats.get("Number") == "Sing" and \
            t.feats.get("Case") == "Gen" and h is not None and h.pos in ("VERB", "AUX") and \
            h.feats.get("Number") == "Plur"

    def paired(self, t: Token) -> list[Token]:
        """The two sides named right after an event noun and joined by a dash (`матч Иванов —
        Петров`, `в матче «Зенит» — «Ротор»`, `встреча Путин — Трамп`): a name hung on the noun in
        the nominative (or with no case), and after the dash another name hung on it or on the
        noun. The genitive is the `gen` code's own."""
        if t.pos != "NOUN":
            return []
        quotes = (*OPENING_QUOTES, "»")
        for c in self.kids(t):
            if c.rel not in ("appos", "nmod", "flat", "nsubj") or c.index <= t.index or \
                    c.index not in self.ent_at or self.has_preposition(c) or \
                    self.case_of(c) not in (None, "Nom"):
                continue
            if any(w.text not in quotes for w in self.a.tokens[t.index + 1:c.index]):
                return []  # the name comes right after the noun
            for d in (*self.kids(c), *self.kids(t)):
                if d.index <= c.index or d.rel not in ("appos", "nmod", "conj", "parataxis", "flat") \
                        or d.index not in self.ent_at or self.has_preposition(d) or \
                        self.ent_at[d.index] == self.ent_at[c.index]:
                    continue
                between = [w.text for w in self.a.tokens[c.index + 1:d.index]
                           if w.index not in self.ent_at and w.text not in quotes]
                if between in (["—"], ["–"], ["-"]):
                    return [c, d]
            return []
        return []

    def own_name(self, noun: Token) -> str | None:
        """The person a common noun is named as by its own apposition in its own case (`дочь
        Мария`; not `соратник Ивана Петрова`, a genitive the parse hung as an apposition)."""
        for c in self.kids(noun):
            if c.rel in _NAME_RELS and c.index > noun.index and \
                    self.ent_at.get(c.index) in self.person and \
                    self.case_of(c) in (None, self.case_of(noun)):
                return self.ent_at[c.index]
        return None

    def after_mark(self, t: Token, marks: tuple[str, ...]) -> bool:
        """The word right before the phrase of `t` is one of `marks`."""
        first = min([t.index, *(c.index for c in self.kids(t) if c.rel != "punct")])
        return first > 0 and self.a.tokens[first - 1].text in marks

    def listed_after(self, name: Token) -> list[Token]:
        """`Погибли Анна Ким, её дочь Мария и мать Ольга Ли`: a person's name followed, after a
        comma, by a noun the parse hung on it as an apposition that is named as another person
        is the next of a list, not a description of the first."""
        k = self.ent_at.get(name.index)
        if k not in self.person:
            return []
        # a name heading a list of names (`Ли Кэцян, Ли Чжаньшу, Ван Ян и Хань Чжэн`): another
        # person's name after a comma that the parse hung on it as an apposition is the next one
        listing = any(c.rel == "conj" for c in self.kids(name))
        return [x for c in self.kids(name) if c.rel == "appos" and c.index > name.index
                and self.after_mark(c, (",",)) and (
                    (listing and c.pos == "PROPN" and self.ent_at.get(c.index) in self.person
                     and self.ent_at[c.index] != k)
                    or (c.pos == "NOUN" and (other := self.own_name(c)) is not None and other != k))
                for x in self.with_conj(c)]

    def subject(self, t: Token, depth: int = 0) -> list[Token]:
        """The subject of a verb; a conjoined verb, converb or xcomp borrows its head's."""
        subj = [c for c in self.kids(t) if c.rel == "nsubj" and self.same_line(c.index, t.index)
                and not self.in_phrase_of_preposition(c)]
        if any(set_off_subject(self.a, c, t) for c in subj):
            # `Когда X был министром, Y ушёл`: X, hung on this verb, is the clause's before it
            own = [c for c in subj if not set_off_subject(self.a, c, t)]
            stolen = stolen_subject(self.a, t) if not own else None
            subj = own or ([stolen] if stolen is not None else subj)
        if len(subj) > 1:  # "Армия … обстреляла Степанакерт" parsed with two subjects
            subj = [c for c in subj if self.case_of(c) != "Acc"] or subj
            # a subject of another clause the parse hung on this verb (`власти распорядились …,
            # однако владелец цирка X обжаловал`): one that cannot agree with the verb in number
            # is not its subject, when another can
            subj = [c for c in subj if self.agrees_as_subject(c, t)] or subj
            # …and in gender, for a past verb that shows it (`Правительство Словении возглавила
            # женщина`: the neuter noun is the object, its accusative the nominative's form)
            subj = [c for c in subj if not self.wrong_gender(c, t)] or subj
            # stacked descriptions of one subject (`погиб житель Омска водитель маршрута Пётр
            # Орлов`, an adjective tagged as a subject): the one that names someone, else a noun
            nouns = [c for c in subj if c.pos in ("NOUN", "PROPN", "PRON")]
            subj = [c for c in nouns if self.entity_of(c)][:1] or nouns or subj
        if subj and self.object_as_subject(subj[0], t):
            return []  # "Харви Вайнштейна исключили": the only "subject" is the object
        if subj:
            return self.subject_words(subj[0], t) + self.comitative(subj[0], t) + (
                self.together(t) if self.entity_of(subj[0]) else [])
        # "после смерти жены Борис Петров переехал", "по словам врачей Борис Петров скончался"
        hung = self.hung_subject(t) or self.cued_subject(t)
        if hung:
            return hung
        borrowed = self.clause_subject(t)
        if borrowed:  # "инженер был задержан, а … осуждён", "был снят, подписав"
            return borrowed
        h = self.head(t)
        controller = self.controller(t, h)
        if controller:  # "вынудили президента бежать": the president flees
            return controller
        owner = self.intent_owner(t, h)
        if owner is not None:  # "поддержал решение Y уйти": Y's decision, Y leaves
            return owner
        carrier = self.intent_carrier(t, h)
        if carrier is not None and depth < 3:
            return self.subject(carrier, depth + 1)
        holder = self.chance_holder(t, h, depth)
        if holder is not None:  # "получил право выступить": he speaks
            return holder
        converb = t.rel == "advcl" and t.feats.get("VerbForm") == "Conv"
        if (converb or t.rel == "conj") and h is not None:
            h = self.framing_verb(t, h)  # "«…», — заявил X и подал в отставку": X's act
        if t.rel == "conj" and h is not None and (
                _gender_clash(t, self.finite_of(h)) or h.index > t.index):
            # `Если бы Франция вышла в финал, а не проиграла Бельгии, он бы принял участие`:
            # the parse hung the second verb on the main clause's; its gender says which (none
            # agreeing, the parse's head stays: the text may have a slip). A nominal predicate
            # shows its copula's gender (`X был на встрече, а Анна проголосовала и ушла`). A
            # conjunct hangs on the first of its list, so a head after it is a slip of the parse
            # too (`X поблагодарил гостей и вручил призы тем, кто победил`: `вручил` under
            # `победил`): the verb before it that agrees is the one it was coordinated with
            h = self.agreeing_before(t) or h
        shared = self.passive_head_subject(t, h)
        if shared:  # "второй подозреваемый X был ранен и позже скончался": X died
            return shared
        if h is not None and depth < 3 and (t.rel in ("conj", "xcomp") or converb) \
                and _agree_in_number(t, h):
            return self.subject(h, depth + 1)
        # the future auxiliary of an infinitive carries its person and number (`заявил, что
        # будет баллотироваться`: the one who said it runs)
        future = next((c for c in self.kids(t) if c.rel == "aux" and future_be(c)), None) \
            if t.feats.get("VerbForm") == "Inf" else None
        if h is not None and depth < 3 and t.rel == "ccomp" and h.pos == "VERB" and (
                ((t.feats.get("VerbForm") == "Fin" or self.predicative(t)) and _agree(t, h))
                or (future is not None and _agree(future, h))) and \
                any(c.rel == "mark" and c.lemma == "что" for c in self.kids(t)) and \
                not self.nominative_before(t):
            # "Петров заявил, что покинет пост" (his own act); "…, что готов уйти": a short
            # adjective's infinitive (`готов`, `намерен`) borrows it through the adjective
            return self.subject(h, depth + 1)
        if h is not None and t.rel in ("acl", "amod") and t.feats.get("VerbForm") == "Part" and \
                t.feats.get("Voice") == "Act" and h.pos in ("NOUN", "PROPN"):
            # "компания, проводящая расследование": the noun it describes
            return self.described_list(t, self.described(t) or h)
        where = t.rel.startswith("acl") and any(c.lemma in ("где", "куда") for c in self.kids(t))
        if h is not None and depth < 3 and where and self.head(h) is not None and \
                _agree(t, self.head(h)):
            # "посетил Вильнюс, где встретился…"; not "прибыл в Казань, где его задержали"
            return self.subject(self.head(h), depth + 1)
        if t.feats.get("VerbForm") != "Fin":
            return []
        if t.rel == "acl:relcl" and any(c.lemma == "который" for c in self.kids(t)):
            # "X, которого критиковали за …", "X, на которого напали": `который` is not the
            # subject, so the clause leaves its doer out; the name opening the line is its object
            return self.subject_after_mark(t)
        return self.subject_after_mark(t) or self.line_subject(t)

    def passive_head_subject(self, t: Token, h: Token | None) -> list[Token]:
        """A finite active verb joined by `и` to a passive verb, with no subject of its own,
        shares that verb's one passive subject when the two agree (`второй подозреваемый, X,
        был ранен в перестрелке и позже скончался`: X died; `X был задержан и признал вину`).
        Nothing for a verb that does not agree in number or gender (`X был ранен, и вскоре
        полицейские задержали Y` has its own subject; `журналистка была задержана и отпустили
        …` not hers), nor for a verb set off by a comma after `а` or `но` with a clause of its
        own. Two subjects joined by `и` take a plural verb (`X и Y были задержаны и признали
        вину`)."""
        if h is None or t.rel != "conj" or t.feats.get("VerbForm") != "Fin" or \
                t.feats.get("Voice") == "Pass" or h.pos != "VERB" or \
                h.feats.get("Voice") != "Pass" or t.index < h.index:
            return []
        if not any(c.rel == "cc" and c.lemma == "и" for c in self.kids(t)):
            return []
        subj = [c for c in self.kids(h) if c.rel == "nsubj:pass"
                and c.pos in ("NOUN", "PROPN", "PRON") and c.index < h.index]
        if len(subj) != 1:
            return []
        both = self.with_conj(subj[0])
        # `X и Y были задержаны и признали вину`: two joined subjects are plural together
        if not (_agree_with_subject(t, subj[0]) if len(both) == 1
                else t.feats.get("Number") in (None, "Plur")):
            return []
        return [x for x in both if self.same_line(x.index, t.index)]

    def subject_after_mark(self, verb: Token) -> list[Token]:
        """The subject of a clause opened by a conjunction that the parse hung elsewhere (`после
        того, как его отец, Хасан II, умер`: `отец` under `того`): the one nominative noun or name
        between the verb's conjunction and the verb, with no preposition, agreeing with the verb
        in number and, where both show it, gender."""
        marks = [c.index for c in self.kids(verb) if c.rel == "mark" and c.index < verb.index]
        if not marks:
            return []
        span = range(max(marks) + 1, verb.index)
        found = [x for x in self.a.tokens[span.start:span.stop]
                 if x.pos in ("NOUN", "PROPN") and x.feats.get("Case") == "Nom"
                 and (h := self.head(x)) is not None and h.index not in span
                 and not self.has_preposition(x) and _agree(x, verb)]
        if len(found) != 1 or any(w.pos in ("VERB", "AUX") for w in
                                  self.a.tokens[span.start:span.stop]):
            return []
        return self.with_conj(found[0]) if self.entity_of(found[0]) else []

    def subject_words(self, subj: Token, verb: Token) -> list[Token]:
        """The subject and its conjuncts; but a singular verb after its subject has no list for
        its subject (`Адвокат X, представлявший таких клиентов, как Y, Z и W, был найден
        мёртвым`: Z and W, hung on `адвокат` as conjuncts, are his clients). A list after a
        group noun (`дуэт X и Y выступил`) is still the subject's, and so are the conjuncts of
        a subject that names no one itself: two descriptions of one person (`Соавтор RSS и
        сооснователь Reddit X покончил с собой`)."""
        if verb.pos in ("VERB", "AUX") and verb.feats.get("Number") == "Sing" and \
                subj.index < verb.index and subj.feats.get("Number") != "Plur" and \
                self.entity_of(subj):
            return [subj] + self.listed_names(subj)
        return self.with_conj(subj)

    def in_phrase_of_preposition(self, t: Token) -> bool:
        """A "subject" that is the last word of a name whose first word follows a preposition
        (`стрелял в Леннона, подходившего вместе с Йоко Оно`: `Оно` hung on the verb as its
        subject, `Йоко` under `с`): the parse split a prepositional name; no subject follows a
        preposition."""
        k = self.ent_at.get(t.index)
        if k is None or t.index == 0:
            return False
        i = t.index
        while i > 0 and self.ent_at.get(i - 1) == k and self.a.tokens[i - 1].sent == t.sent:
            i -= 1
        if i == t.index or i == 0:
            return False  # a one-word name: its own preposition would be its child
        before = self.a.tokens[i - 1]
        return before.pos == "ADP" and before.sent == t.sent and before.head is not None and \
            self.ent_at.get(before.head) == k and before.head != t.index

    def intent_carrier(self, t: Token, h: Token | None) -> Token | None:
        """The verb whose subject does an infinitive that has none of its own: the verb a noun of
        intent (kg/data/ru/intent_nouns.txt) it depends on is the object or oblique of
        (`принял решение уйти`, `объявил о намерении баллотироваться`), or the verb of a
        purpose clause (`уехал в Казань, чтобы встретиться`)."""
        if h is None or t.feats.get("VerbForm") != "Inf":
            return None
        if t.rel in ("nmod", "acl") and h.pos == "NOUN" and h.rel in ("obj", "obl") \
                and norm(h.lemma) in normed_words("intent_nouns"):
            g = self.head(h)  # not one who foils or judges it (`предотвратила попытку бежать`)
            return g if g is not None and g.pos == "VERB" and \
                norm(g.lemma) not in normed_words("intent_judges") else None
        if t.rel == "advcl" and h.pos == "VERB" and any(
                c.rel == "mark" and c.lemma == "чтобы" for c in self.kids(t)):
            return h
        return None

    def chance_holder(self, t: Token, h: Token | None, depth: int = 0) -> list[Token] | None:
        """Who does an infinitive with no subject of its own that hangs on a noun of a right, a
        chance or an honour (kg/data/ru/chance_nouns.txt) which is the object of a verb of
        kg/data/ru/chance_verbs.tsv: that verb's subject (`получил право выступить`,
        `удостоился чести нести флаг`) or its dative (`дал ему возможность позвонить`); None
        for any other verb (`лишил X права выступать`, `потерял шанс`); no one when the verb is
        negated (`не имеет права участвовать`: he does not take part)."""
        if h is None or t.feats.get("VerbForm") != "Inf" or t.rel not in ("nmod", "acl") or \
                h.pos != "NOUN" or norm(h.lemma) not in normed_words("chance_nouns") or \
                h.rel not in ("obj", "iobj", "obl") or depth >= 3:
            return None
        g = self.head(h)
        role = _chance_verbs().get(norm(g.lemma)) if g is not None and g.pos == "VERB" else None
        if role is not None and self.negated(g):
            return []
        if role == "subj":
            return self.subject(g, depth + 1)
        if role == "dat":
            return [x for x in self.dative(g) if self.same_line(x.index, t.index)]
        return None

    def intent_owner(self, t: Token, h: Token | None) -> list[Token] | None:
        """For an infinitive under a noun of intent that has an owner of its own, that owner: its
        genitive before the infinitive (`поддержал решение Y уйти`, `сорвали попытку заключённых
        бежать`: Y leaves, the prisoners flee), or none known for a possessive (`одобрил её
        решение уйти`, which the parse may hang on the verb); None when the noun has no owner
        and the verb's subject may do it (`принял решение уйти`)."""
        if h is None or t.feats.get("VerbForm") != "Inf" or t.rel not in ("nmod", "acl") or \
                h.pos != "NOUN" or norm(h.lemma) not in normed_words("intent_nouns"):
            return None
        for c in self.kids(h):
            if c.rel == "nmod" and c.index < t.index and c.pos in ("NOUN", "PROPN", "PRON") and \
                    self.case_of(c) == "Gen" and not self.has_preposition(c):
                return self.with_conj(c)
        g = self.head(h)
        start = g.index + 1 if g is not None and g.index < h.index else h.index
        if any(norm(x.lemma) in _OWNERS for x in self.a.tokens[start:h.index]):
            return []
        return None

    def predicative(self, t: Token) -> bool:
        """A short adjective heading its clause with an infinitive of its own (`что готов уйти`,
        `что намерена вернуться`): it stands for the clause's verb, its unsaid subject the same."""
        return t.pos == "ADJ" and t.feats.get("Variant") == "Short" and any(
            c.rel == "xcomp" and c.feats.get("VerbForm") == "Inf" for c in self.kids(t))

    def done_by(self, t: Token) -> list[Token]:
        """The doers of the act noun `t` that a past passive participle of an agentive host verb
        (kg/data/ru/event_hosts.tsv `agent`: `совершить`, `провести`, `организовать`, `нанести`)
        describing it names in its passive agent (`нападение, совершённое боевиками X`,
        `расследование, проведённое ФБР`): the participle carries the noun as its passive
        subject, as `которое совершили X` carries it as its object. Only for a line that reads
        its agent from the host, not for a show or contest (event_class_groups.tsv `organised`:
        the participle names who held it), not a word that calls the act off or moves it
        (`визит, отменённый X`: event_modality.txt), nor one of accepting a leaving (`отставка,
        принятая президентом`: whose leaving it is, dismissal_verbs.tsv)."""
        rule = self.rule_for(t)
        if t.pos not in ("NOUN", "PROPN") or rule is None or "host" not in rule.agent or \
                rule.kind in class_group("organised"):
            return []  # (`конкурс, организованный X`: X held it, others performed)
        for p in self.kids(t):
            if p.rel not in ("acl", "amod") or p.pos != "VERB" or \
                    p.feats.get("VerbForm") != "Part" or p.feats.get("Voice") != "Pass" or \
                    p.feats.get("Tense") != "Past" or hosts().get(p.lemma) != "agent" or \
                    norm(p.lemma) in _dismissal_verbs() or norm(p.lemma) in _called_off():
                continue
            # the agent relation marks the doer whatever case the tagger gives a short name
            # (`проведённое ФБР`); an instrumental hung as a plain oblique counts too
            return [x for c in self.kids(p) if not self.has_preposition(c) and (
                c.rel == "obl:agent" or (c.rel == "obl" and c.feats.get("Case") == "Ins"))
                for x in self.decided_by(c)]
        return []

    def passive_agents(self, t: Token) -> list[Token]:
        """The doers the bare instrumental of passive `t` names (`указом Путина … назначен`,
        `отклонено судом`); an instrumental the parse hung as an indirect object counts too
        (`обыграна сборной Бразилии`: `сборной` is dative or instrumental by its form alone)."""
        return [x for c in self.kids(t) if c.rel in ("obl", "obl:agent", "iobj")
                and c.feats.get("Case") == "Ins"
                and not self.own_preposition(c, t) for x in self.decided_by(c)]

    def own_preposition(self, c: Token, t: Token) -> bool:
        """Whether a case mark on `c` is its own, not one the parse moved onto it from across
        `t`: `на недавно принятый Конгрессом закон` hangs `на` (the noun's, before the
        participle) on `Конгрессом`, after it."""
        return any(k.rel == "case" and not (k.index < t.index < c.index) for k in self.kids(c))

    def described(self, t: Token, body: bool = False) -> Token | None:
        """The noun an attributive participle describes: the noun the parse hangs it on, unless
        that noun disagrees with it in case, number or gender, or another agreeing noun stands
        right after a participle phrase that opens it (`Родившийся в 1950 году Пётр Сидоров —
        художник`, hung on `художник`); then the agreeing noun beside its phrase, before it
        past commas and a bracket (`Анна Белова (1901—1960), получившая премию`; so too for a
        phrase after a comma hung on a disagreeing noun further on), taken at the
        top of its phrase (`Олег Ветров из группы «Мост», исполнивший песню`: Ветров). A noun
        whose gender only the oblique cases' shared masculine and neuter form lets agree is taken
        only where none agrees in full: `руководителя агентства «Вектор» Ивана Котова,
        задержанного`, hung on `агентства`, describes the man; `body` (a participle of founding,
        which describes bodies) takes it first (`у директора агентства «Вектор», созданного`)."""
        h = self.head(t)
        if t.rel == "nmod" and t.feats.get("VerbForm") == "Part" and \
                t.feats.get("Variant") != "Short":
            return self.noun_after_phrase(t)
        if h is None or h.pos not in ("NOUN", "PROPN") or t.rel not in ("acl", "amod") \
                or t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short":
            return None  # a short passive under a noun reports (`в день, когда X был арестован`)
        if body:  # (whatever the full agreement finds, the loose one finds first)
            return self._described_by(t, h, True)
        return self._described_by(t, h, False) or self._described_by(t, h, True)

    def subject_noun_phrase(self, t: Token, code: str) -> list[Token]:
        """The names of a result noun's `над` or `от` phrase that the parse hangs on the verb the
        noun is the subject of (`победа «Локомотива» над «Динамо» вывела клуб в финал`): the
        phrase stands between the noun and its verb, so it is the noun's (kg/data/ru/
        result_nouns.txt; thirty-second round)."""
        v = self.head(t)
        if t.pos != "NOUN" or norm(t.lemma) not in word_list("result_nouns") or \
                t.rel not in ("nsubj", "nsubj:pass") or v is None or \
                v.pos not in ("VERB", "AUX") or v.index < t.index:
            return []
        return [x for x in self.prep(v, code) if x.index in self.ent_at and x.index < v.index]

    def noun_after_phrase(self, t: Token) -> Token | None:
        """The noun a participle phrase before it describes where the parse took the participle
        for a noun in the genitive of the noun before it (`адвокат задержанного в Москве
        бизнесмена X`, `nmod` of `адвокат`): the noun right after the phrase (past its own
        adjectives) that agrees with it and hangs on the same head; None for a bare participle
        (`адвокат задержанного бизнесмена`: which man, no act told) or when none does."""
        h = self.head(t)
        phrase = [k.index for k in self.subtree(t, 6) if k.sent == t.sent]
        if h is None or h.index > t.index or min(phrase) != t.index or len(phrase) < 2:
            return None
        i = max(phrase) + 1
        while i < len(self.a.tokens) and self.a.tokens[i].pos == "ADJ" and \
                self.a.tokens[i].rel == "amod":
            i += 1
        n = self.a.tokens[i] if i < len(self.a.tokens) else None
        if n is None or n.sent != t.sent or n.pos not in ("NOUN", "PROPN") or \
                self.head(n) is not h or not _agree_as_noun(t, n, self.case_of(n), True):
            return None
        return n

    def _described_by(self, t: Token, h: Token, loose: bool) -> Token | None:
        """The noun `described` finds for participle `t` hung on `h`, its gender read in full or,
        `loose`, with the oblique masculine and neuter taken as one."""
        phrase = [k.index for k in self.subtree(t, 6) if k.sent == t.sent]
        first, last = min(phrase), max(phrase)
        if h.index > last:
            after = self.a.tokens[last + 1] if last + 1 < len(self.a.tokens) else None
            if after is not None and after.index != h.index and after.sent == t.sent and \
                    after.pos in ("NOUN", "PROPN") and \
                    _agree_as_noun(t, after, self.case_of(after), loose):
                return after
            if _agree_as_noun(t, h, self.case_of(h), loose):
                return h
            # a phrase set off by a comma after a noun, hung by the parse on a noun further on
            # that it does not agree with (`за Ивана Котова, родившегося в Казани, отдали голоса
            # 26 % избирателей`): the noun before the comma, as below
            if "," not in (self.a.tokens[first].text, self.a.tokens[max(first - 1, 0)].text):
                return None
        elif _agree_as_noun(t, h, self.case_of(h), loose, self.list_number(t, h)):
            return self.listed_before(t, h, first, loose) or h
        i, depth = first - 1, 0
        while i >= 0 and self.a.tokens[i].sent == t.sent and first - i <= 12:
            k = self.a.tokens[i]
            depth += k.text == ")"
            depth -= k.text == "("
            if depth == 0 and k.pos not in ("PUNCT", "NUM"):
                if k.pos not in ("NOUN", "PROPN"):
                    return None
                chain = [k]  # "Игорь Ветров из группы «Мост»": the phrase's top noun that agrees
                for _ in range(4):  # (not `адвокат` of "адвокат Олега Ветрова, задержанного")
                    g = self.head(chain[-1])
                    if g is None or g.index > chain[-1].index or g.pos not in ("NOUN", "PROPN") \
                            or chain[-1].rel not in ("appos", "flat", "flat:name", "nmod"):
                        break
                    chain.append(g)
                return next((n for n in reversed(chain)
                             if _agree_as_noun(t, n, self.case_of(n), loose)), None)
            i -= 1
        return None

    def list_number(self, t: Token, h: Token) -> str | None:
        """`Plur` for a singular noun a plural participle phrase follows that heads a list
        (`Иван Котов и Пётр Сидоров, задержанные в Омске`: the phrase describes the two, and the
        parse hangs it on the first); else None, the noun's own number."""
        if t.feats.get("Number") == "Plur" and h.feats.get("Number") == "Sing" and \
                t.index > h.index and any(c.rel == "conj" and c.index < t.index
                                          for c in self.kids(h)):
            return "Plur"
        return None

    def listed_before(self, t: Token, h: Token, first: int, loose: bool) -> Token | None:
        """The later name of a list a participle phrase set off by a comma follows, which the parse
        hangs on the list's first name `h` (`за Ивана Котова, Петра Сидорова, родившегося в …`:
        Сидоров): the name right before the comma, where it is a conjunct of `h` and agrees with
        the participle; else None. A second participle joined to a first by `и` (`, разоблачивший
        …, и скончавшийся …`) follows the first one's comma."""
        if t.feats.get("Number") != "Sing":
            return None
        if self.a.tokens[first].text.lower() in ("и", "а"):
            before = [c for c in self.kids(h) if c.rel == t.rel and c.index < t.index
                      and c.feats.get("VerbForm") == "Part"]
            if before:
                first = min(k.index for k in self.subtree(before[-1], 6))
        if first < 1 or self.a.tokens[first].text != ",":
            return None
        k = self.a.tokens[first - 1]
        for _ in range(3):  # `Сидорова` up to `Петра`, the top of the name
            g = self.head(k)
            if g is None or g.index > k.index or k.rel not in ("flat", "flat:name", "appos"):
                break
            k = g
        if k.index == h.index or k.rel != "conj" or self.head(k) is not h \
                or k.pos not in ("NOUN", "PROPN"):
            return None
        return k if _agree_as_noun(t, k, self.case_of(k), loose) else None

    def framing_verb(self, converb: Token, h: Token) -> Token:
        """The verb of the frame a converb after a quotation belongs to (`«…», — заявил X,
        обвинив Y в …`): the parse hangs it on the quoted clause's verb, whose subject is the
        quote's (`«Он погиб…»`), while its doer is the one who speaks; so too a verb coordinated
        after the frame (`«…», — заявил X и подал в отставку`). A verb the quoted head
        governs outside the quotation, before the converb, is taken instead."""
        quote = self.a.quote_of(h)
        if quote is None or self.a.quote_of(converb) is not None:
            return h
        frame = [c for c in self.kids(h) if c.rel == "parataxis" and c.pos == "VERB"
                 and c.index < converb.index and self.a.quote_of(c) is None
                 and self.same_line(c.index, converb.index)]
        return frame[-1] if frame else h

    def agreeing_before(self, verb: Token) -> Token | None:
        """The nearest finite verb before `verb` in its sentence and line that agrees with it in
        number, gender and person (`вышла …, а не проиграла`), or the predicate of such a copula:
        the verb a coordinated verb whose head in the parse clashes with it in gender was
        coordinated with."""
        past = False  # past a subordinate clause of another subject
        for v in reversed(self.a.tokens[:verb.index]):
            if v.sent != verb.sent or not self.same_line(v.index, verb.index):
                return None
            if v.pos in ("VERB", "AUX") and v.feats.get("VerbForm") == "Fin":
                clause = self.head(v) if v.rel in ("cop", "aux", "aux:pass") else v
                if clause is not None and clause.rel in _SUBORDINATE_CLAUSES and (
                        past or not _agree(v, verb)):
                    # `узнала, что её сын был арестован, и подала в отставку`: the clause she
                    # tells of is not the one her verb was coordinated with
                    past = True
                    continue
                if not _agree(v, verb) or (past and v.feats.get("Gender") is None):
                    return None  # (past such a clause, a verb that shows the gender: `Сообщается,
                    # что водитель не справился … и врезалась` keeps the parse's head)
                # a copula's subject hangs on its predicate (`X был директором … и подал`)
                return self.head(v) if v.rel == "cop" else v
        return None

    def finite_of(self, h: Token) -> Token:
        """The word that shows a predicate's gender and number: the finite copula of a nominal
        predicate (`был` of `был на встрече`, not the noun `встрече`), else the word itself."""
        cop = [c for c in self.kids(h) if c.rel == "cop" and c.feats.get("VerbForm") == "Fin"]
        return cop[0] if cop and h.pos not in ("VERB", "AUX") else h

    def clause_subject(self, verb: Token) -> list[Token]:
        """A subject of the verb's own clause the parse gave to another verb, or the passive
        subject its converb or coordinated verb shares (kg.nlp.ru.clause_subjects)."""
        s = stolen_subject(self.a, verb) or passive_subject(self.a, verb)
        return self.with_conj(s) if s is not None and self.same_line(s.index, verb.index) else []

    def controller(self, t: Token, h: Token | None) -> list[Token]:
        """Who does the infinitive of a control verb (kg/data/ru/control_verbs.tsv) when it is not
        the verb's subject: its object (`вынудили X бежать`; the subject of its passive, `X был
        вынужден уйти`) or its dative (`помог брату бежать`, `X удалось бежать`)."""
        if h is None or t.rel not in ("xcomp", "csubj") or h.lemma not in _control():
            return []
        if h.head == t.index:
            return []  # a parse cycle (`призывая` under its own infinitive): no control read
        role = _control()[h.lemma]
        if role == "dat":
            found = self.dative(h)
        elif role == "obj":
            passive = h.feats.get("Voice") == "Pass"
            found = [x for c in self.kids(h) if (c.rel == "obj" and self.case_of(c) == "Acc")
                     or (passive and c.rel == "nsubj:pass") for x in self.with_conj(c)]
            if not found and not passive:
                found = self.object_between(h, t)
        else:
            return []  # `сумел бежать`: the subject, as for any infinitive
        return [x for x in found if self.same_line(x.index, t.index)]

    def object_between(self, verb: Token, inf: Token) -> list[Token]:
        """The object of a control verb the parse hung elsewhere (`вынудили признанного
        президента страны X бежать`, a participle before the noun tangling the parse): the first
        animate accusative noun or name without a preposition between the verb and its
        infinitive, hanging on a word between them."""
        if inf.index < verb.index or inf.sent != verb.sent:
            return []
        span = range(verb.index + 1, inf.index)
        for x in self.a.tokens[verb.index + 1:inf.index]:
            if x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin":
                return []  # a clause of its own between them
            if x.pos in ("NOUN", "PROPN", "PRON") and self.case_of(x) == "Acc" and \
                    x.feats.get("Animacy") == "Anim" and x.head in span and \
                    not any(c.rel == "case" and c.index < x.index for c in self.kids(x)):
                return self.with_conj(x)
        return []

    def conjunct_subject(self, verb: Token) -> list[Token]:
        """The subject a passive verb coordinated with an earlier verb shares with it: `полковник
        был задержан, а затем приговорён`, `он бежал из-под стражи, но был пойман` (the one caught is
        he). The two must agree in number, and in gender where both show it (`полиция задержала
        его, а затем был отпущен` shares nothing); a verb with a word of its own in the
        nominative (a subject the parse hung elsewhere) borrows none."""
        h = self.head(verb)
        if verb.rel != "conj" or h is None or h.pos not in ("VERB", "AUX") or \
                not _agree(verb, h) or any(c.feats.get("Case") == "Nom" and c.pos in (
                    "NOUN", "PROPN", "PRON") for c in self.kids(verb)):
            return []
        subj = [c for c in self.kids(h) if c.rel in ("nsubj", "nsubj:pass")
                and self.same_line(c.index, verb.index)]
        return self.with_conj(subj[0]) if subj else []

    def genitive_chain(self, c: Token) -> list[Token]:
        """The nouns hung on `c` as `nmod`, and on those, three deep (`на посту главы
        государства …`); a noun with a preposition of its own ends its branch."""
        out, todo = [], [(c, 0)]
        while todo:
            n, depth = todo.pop(0)
            for k in self.kids(n):
                if k.rel == "nmod" and depth < 3:
                    out.append(k)
                    if not self.has_preposition(k):
                        todo.append((k, depth + 1))
        return out

    def object_under_owned_place(self, verb: Token) -> list[Token]:
        """The object the parse hung as a genitive on the verb's place phrase after it (`принял
        в Кремле президента X`, `принял в своей резиденции премьер-министра Y`): a man's animate
        accusative has the genitive's form, and a place with a name or one's own (`свой`) has no
        other owner, so the person under it is whom the act is done to. A place word of no one
        (`задержали в доме бизнесмена X`: his house) keeps its owner. The verb has no object of
        its own (the caller asks only then)."""
        for c in self.kids(verb):
            if c.rel != "obl" or c.index < verb.index or not self.has_preposition(c) or not (
                    c.index in self.ent_at or any(norm(k.lemma) == "свой" for k in self.kids(c))):
                continue
            for n in self.kids(c):
                if n.rel != "nmod" or n.index < c.index or self.has_preposition(n) or \
                        n.feats.get("Animacy") != "Anim" or n.feats.get("Gender") != "Masc" or \
                        self.case_of(n) not in ("Gen", "Acc") or n.index in self.ent_at and \
                        self.ent_at[n.index] == self.ent_at.get(c.index):
                    continue
                k = self.entity_of(n)
                if k is not None and self.entities[k].kind == "person":
                    return self.with_conj(n)
        return []

    def object_under_predicate(self, verb: Token) -> list[Token]:
        """The object the parse hung on the verb's bare instrumental predicate (`избрала своим
        лидером Ивана Петрова`, `назначил послом Анну Орлову`: the name under `лидером`): a
        person named after that noun, in the accusative, or in the genitive, the same form for
        a male name. The verb has no object of its own (the callers ask only then), so the name
        is not the post's owner (`назначил Петра заместителем Ивана Орлова` keeps Петра)."""
        for c in self.kids(verb):
            if c.rel not in ("obl", "xcomp") or c.index < verb.index or \
                    c.feats.get("Case") != "Ins" or self.has_preposition(c):
                continue
            for n in self.kids(c):
                if n.rel not in ("nmod", "appos") or n.index < c.index or \
                        self.has_preposition(n) or self.ent_at.get(n.index) not in self.person:
                    continue
                form = {n.feats.get("Case"), self.case_of(n)}
                if "Acc" in form or ("Gen" in form and n.feats.get("Gender") == "Masc"):
                    return self.with_conj(n)
        return []

    def nominative_before(self, verb: Token) -> bool:
        """A nominative noun or pronoun between a `что` and its verb: a subject the parse hung
        elsewhere (`что незадолго до смерти Березовский должен был…`), not one left unsaid."""
        marks = [c.index for c in self.kids(verb) if c.rel == "mark"]
        return any(x.pos in ("NOUN", "PROPN", "PRON") and x.feats.get("Case") == "Nom"
                   for x in self.a.tokens[min(marks, default=verb.index) + 1:verb.index])

    def hung_subject(self, verb: Token) -> list[Token]:
        """The subject the parse hung on an oblique noun phrase of the verb as a misattached
        apposition (`после смерти жены Борис Петров переехал`: `Борис Петров` under `жены`), or
        as that noun's subject or dependent (`в письме Анна и Пётр Орловы просят`: a noun under a
        preposition is no predicate and governs no nominative, so a name nominative as written
        under it is the verb's subject)."""
        todo = [(c, 0) for c in self.kids(verb) if c.rel == "obl" and c.index < verb.index]
        number = verb.feats.get("Number")
        while todo:
            n, depth = todo.pop()
            for c in self.kids(n):
                # `после того как X и Y провели`: the names of the clause hung on `того`; a
                # comparison (`в таких странах, как …`) names no subject
                hung = (c.rel == "appos" and self.misattached(n, c)) or (
                    c.rel in ("nsubj", "nmod", "acl") and depth == 0 and c.index > n.index
                    and self.has_preposition(n) and n.feats.get("Case") not in (None, "Nom")
                    and self.reference.nominative_name(c)
                    and (n.lemma == "тот" or not any(k.lemma == "как" for k in self.kids(c))))
                # a person, agreeing with the verb (`у КПП Нуртепа … депортировали` is none); a
                # list of names is plural whatever each name's number
                if hung and self.ent_at.get(c.index) in self.person:
                    names = self.with_conj(c)
                    listed = "Plur" if len(names) > 1 else c.feats.get("Number")
                    if number is None or listed in (None, number):
                        return names
                if c.rel == "nmod" and depth < 2:
                    todo.append((c, depth + 1))
        return []

    def cued_subject(self, verb: Token) -> list[Token]:
        """The subject the parse hung under a source phrase before the verb (`по словам
        очевидцев Пётр Орлов погиб`: `Пётр Орлов` under `словам`): a nominative name among the
        phrase's dependents that agrees with the verb. The phrases are the `cue_` lines of
        kg/data/ru/speech_sources.tsv."""
        if verb.pos != "VERB" or verb.feats.get("VerbForm") not in ("Fin", "Part"):
            return []
        for c in self.kids(verb):
            if c.index > verb.index or not any(
                    (_norm_word(k.text), _norm_word(c.text)) in _source_cues()
                    for k in self.kids(c) if k.rel == "case"):
                continue
            todo = [(c, 0)]
            while todo:
                n, depth = todo.pop(0)
                for k in self.kids(n):
                    if k.pos in ("NOUN", "PROPN") and k.feats.get("Case") == "Nom" and \
                            k.index in self.ent_at and not self.has_preposition(k) and \
                            _agree(verb, k) and self.same_line(k.index, verb.index):
                        return self.with_conj(k)
                    if depth < 2 and k.rel not in ("case", "punct"):
                        todo.append((k, depth + 1))
        return []

    def governor(self, t: Token, post: bool = False) -> Token | None:
        """The verb a noun trigger with no owner of its own hangs on as a circumstance: `во время
        визита в Пекин Путин заявил`, `незадолго до смерти Березовский написал`, `объявил дату
        своей отставки`. None when the noun names its own owner (a genitive, `его`), or is the
        subject or object of that verb (the host code covers those)."""
        kids = self.kids(t)
        gens = [c for c in kids if c.rel in ("nmod", "appos") and c.index > t.index
                and self.case_of(c) == "Gen" and not self.has_preposition(c)
                and not (post and c.lemma in self.posts)
                and not self.in_time(c)]  # "выборах 1986 года" names no owner
        # nor the second noun of one act ("вышел на акцию протеста"): it says which act it is
        one = self.compound_genitive(t) if t.pos == "NOUN" else []
        if t.pos not in ("NOUN", "PROPN") or any(not self.scope_genitive(t, c) and c not in one
                                                 for c in gens):
            return None  # with `post`, a genitive post is no owner: "на выборах мэра X победил"
        t = self.picked_one(t) or t  # "во время одной из встреч X …": the one stands for the noun
        if post and self.has_preposition(t, _BEFORE_AFTER):
            # an election that only dates the clause (`накануне выборов X победил в турнире`,
            # `после выборов X уехал`): who acts then is no candidate or voter by that
            return None
        # "чемпионате мира" names no owner either, but then only who is at it or acts during it
        # takes part (`на чемпионате мира X сыграл`, `во время чемпионата X забил пять голов`),
        # not who acts before or after it (`накануне открытия Игр МОК провёл заседание`)
        scoped = bool(gens)
        dets = {c.lemma for c in kids if c.rel == "det"}
        if dets & _OWNERS or self.owner_pronoun(t, _THIRD) is not None:
            return None  # `после его задержания`: his, not the clause subject's
        if "свой" not in dets and self.has_preposition(t, _NOT_CIRCUMSTANCE):
            return None  # "призвал к переговорам", "против выборов": aimed at, not framed
        won = self.result_verb(t)
        if won is not None:  # "занял третье место на выборах": he ran in them
            return won
        cur, steps, part, during = t, 0, False, False
        own = "свой" in dets  # "своей отставки": the owner is the clause's subject, however deep
        while steps < (3 if own else 2):
            h = self.head(cur)
            if h is None:
                return None
            if h.pos in ("VERB", "AUX") and (own or cur is not t or cur.rel == "obl"):
                if scoped and not (cur is not t and (part or during) or cur is t and self.held_at(t)):
                    return None
                return h
            # "объявила о начале расследования", not "после начала протестов МВД…" (a time)
            phase = h.lemma in _frames("phase") and not self.has_preposition(
                h, (_NOT_CIRCUMSTANCE | _BEFORE_AFTER) - {"о", "об"})
            # a frame noun dates the clause (`в день прощания`, `за день до задержания`), unless
            # the verb tells of a point of time (`сообщил о дне прощания`: who tells of the day
            # takes no part in the farewell; `рассказал о ходе переговоров` is mostly told by a
            # side of them)
            frame = h.lemma in _frames("frame") and not (
                h.lemma in _TIME_FRAMES and self.has_preposition(h, ("о", "об", "про")))
            # "приняла участие в выборах": taking part, the object of its verb
            part = cur is t and cur.rel == "nmod" and h.lemma in _frames("part") and h.rel == "obj"
            during = cur is t and frame and norm(h.lemma) in _gathering_scope("during")
            framed = cur is t and (
                (cur.rel == "nmod" and (frame or phase) and h.rel == "obl")
                or (cur.rel == "obl" and h.pos == "ADV")  # "незадолго до"
                or part)
            if not own and not framed:
                return None
            cur, steps = h, steps + 1
        return None

    def result_verb(self, t: Token) -> Token | None:
        """The verb of taking a contest's result that the event noun `t` names the contest of:
        `t` hangs on a result noun (kg/data/ru/contest_result_nouns.txt) that is the object of
        a verb of kg/data/ru/contest_result_verbs.txt, directly (`занял третье место на
        выборах`, `получил главный приз кинофестиваля`) or through a count (`набрал 20 %
        голосов на выборах`). `место` counts only when a word ranks it (`третье`, `призовое`).
        None otherwise, and for a negated verb (`не получил ни одного голоса`)."""
        h = self.head(t)
        if t.rel != "nmod" or h is None or \
                norm(h.lemma) not in normed_words("contest_result_nouns"):
            return None
        if h.lemma == "место" and not any(c.rel in ("amod", "nummod") for c in self.kids(h)):
            return None
        obj = h
        if h.rel == "nmod" and (q := self.head(h)) is not None and q.index < h.index and (
                q.pos in ("NUM", "SYM") or norm(q.lemma) in ("процент", "большинство")):
            obj = q  # "20 % голосов", "большинство голосов"
        v = self.head(obj)
        if obj.rel != "obj" or v is None or v.pos != "VERB" or \
                norm(v.lemma) not in normed_words("contest_result_verbs") or self.negated(v):
            return None
        return v

    def picked_one(self, t: Token) -> Token | None:
        """`один` that picks the noun `t` out of a set (`во время одной из торжественных встреч`,
        `в одном из матчей`, `на одном из митингов`): the numeral carries the preposition and
        hangs on the verb in the noun's place, so the clause is framed by it as by the noun.
        None for a noun not so picked."""
        h = self.head(t)
        if h is None or h.lemma != "один" or t.rel != "nmod" or h.index > t.index:
            return None
        if not any(c.rel == "case" and c.lemma == "из" for c in self.kids(t)):
            return None
        return h

    def away(self, v: Token, t: Token) -> bool:
        """Whether the verb `v` the gathering noun `t` hangs on keeps its subject out of it:
        a negated verb of going or being there (`не поедет на открытие`), one of staying away
        (`пропустил`), or one of a guest's visit to a contest or show (`побывал на чемпионате`,
        kg/data/ru/attendance_verbs.tsv)."""
        if any(c.lemma in ("свой", "собственный") for c in self.kids(t)):
            return False  # "не будет на своей инаугурации": still his, the act is Negated
        if self.absent(v, t):
            return True
        rule = self.rule_for(t)
        return v.lemma in attendance("watch") and rule is not None and rule.kind in WATCHED

    def stays_away(self, t: Token) -> bool:
        """An event noun that is its subject's own gathering (`свой`, `собственный`) under a verb
        that keeps the subject out of it (`не будет присутствовать на собственной инаугурации`,
        `пропустит свою инаугурацию`): it does not take place as told."""
        v = self.head(t)
        if t.pos != "NOUN" or v is None or v.pos != "VERB" or t.rel not in ("obl", "obj"):
            return False
        if not any(c.lemma in ("свой", "собственный") for c in self.kids(t)):
            return False
        return self.absent(v, t)

    def absent(self, v: Token, t: Token) -> bool:
        """A verb that keeps its subject away from the gathering `t`: a negated verb of going or
        being there (`не поедет`, `не будет присутствовать`, `не сможет приехать`: one of
        kg/data/ru/control_verbs.tsv `done` yes negated) or one of staying away (`пропустит`,
        not negated) with the gathering as its object; `пропустил гол в матче` (conceded) tells
        the match its subject played."""
        if v.lemma in attendance("attend") or self.part_noun(v) is not None:
            h = self.head(v)  # "не сможет приехать на саммит", "не успел прийти на открытие"
            failed = v.feats.get("VerbForm") == "Inf" and v.rel == "xcomp" and h is not None \
                and h.lemma in implicative() and self.negated(h) and \
                not any(c.lemma in ("бы", "если") for c in self.kids(h))
            return self.negated(v) or failed
        return v.lemma in attendance("miss") and t.rel == "obj" and not self.negated(v)

    def part_noun(self, v: Token) -> Token | None:
        """The object noun of taking part a verb has (`принять участие`, kg/data/ru/event_frames.tsv
        `part`): with it the verb is one of being at the gathering, as `участвовать` is, and the
        gathering noun hangs on that object (`не примет участия в саммите`). None without one."""
        if v.pos != "VERB":
            return None
        return next((c for c in self.kids(v) if c.rel == "obj" and c.lemma in _frames("part")),
                    None)

    def takes_part_noun(self, h: Token) -> bool:
        """Whether `h` is a noun of taking part (kg/data/ru/event_frames.tsv `part`: `участие`);
        the verbs of that row (`участвовать`) have rules of their own."""
        return h.pos not in ("VERB", "AUX") and norm(h.lemma) in _frames("part")

    def held_at(self, t: Token) -> bool:
        """Whether the gathering noun `t` stands with a preposition that puts the clause at it
        or within its time (kg/data/ru/gathering_scope.tsv, kinds `at` and `during`: `на
        чемпионате`, `в турнире`, `во время чемпионата`), not one of time before or after it or
        of aim (`после`, `накануне`, `в преддверии`, `к`)."""
        for c in self.kids(t):
            if c.rel != "case":
                continue
            fixed = [f for f in self.kids(c) if f.rel == "fixed"]
            if fixed and all(norm(f.lemma) in _gathering_scope("during") for f in fixed) or \
                    not fixed and norm(c.lemma) in _gathering_scope("at"):
                return True
        return False

    def scope_genitive(self, t: Token, c: Token) -> bool:
        """Whether the genitive `c` after the gathering noun `t` says which gathering it is, not
        who holds it (kg/data/ru/gathering_scope.tsv): a scope word (`чемпионат мира`, `открытие
        Олимпийских игр`, `финал Лиги чемпионов`), a place (`чемпионат России`) or a common noun
        that names no one (`фестиваль молодёжи`, `конкурс красоты`), never a person or a body
        (`концерт группы «Кино»`, `съезд партии`)."""
        if norm(t.lemma) not in _gathering_scope("gathering"):
            return False
        if norm(c.lemma) in _gathering_scope("scope"):
            return True
        k = self.entity_of(c)
        return k is None or self.is_place(k)

    def ordered_by(self, t: Token, host: Token | None) -> list[str]:
        """Who ordered, decided or asked for the act (kg/data/ru/order_nouns.txt): the genitive,
        or the person of a possessive, of `по приказу`, `по решению`, `по инициативе`, `по
        запросу` on the trigger or on the verb carrying a noun trigger (`арестован по приказу
        прокурора X`, `по решению суда X освобождён`, `казнь по его приказу`)."""
        where = [t] + ([host] if host is not None and t.pos in ("NOUN", "PROPN") else [])
        orders = [c for w in where for c in self.kids(w) if c.rel in ("obl", "nmod")
                  and c.lemma in self.orders and self.same_line(c.index, t.index)
                  and self.has_preposition(c, "по")]
        for c in orders:
            toks = [x for g in self.kids(c) if g.rel in ("nmod", "appos") and g.index > c.index
                    and self.case_of(g) == "Gen" and not self.has_preposition(g)
                    for x in self.with_conj(g)]
            keys = [k for k in (self.entity_of(x) for x in toks) if k]
            if not toks:
                keys = self.possessor(c, plural=True)  # "по его приказу", "по их решению"
            if keys:
                return list(dict.fromkeys(keys))
        return self.order_giver(t)

    def order_giver(self, t: Token) -> list[str]:
        """Who gave the order, decision or request whose object the act noun `t` is, said with
        `о`/`об` (`X отдал приказ об аресте протестующих`, `Y издал распоряжение об освобождении
        Z`): the subject of the verb of giving (kg/data/ru/order_giving_verbs.txt) the order noun
        is the object of. Not an order received, reported or cancelled (`получил приказ`,
        `сообщил о решении`, `отменил решение`)."""
        if t.pos not in ("NOUN", "PROPN") or t.rel != "nmod" or \
                not self.has_preposition(t, ("о", "об")):
            return []
        order = self.head(t)
        if order is None or order.lemma not in self.orders or order.rel != "obj":
            return []
        verb = self.head(order)
        if verb is None or verb.pos != "VERB" or \
                norm(verb.lemma) not in normed_words("order_giving_verbs") or self.negated(verb):
            return []
        keys = [k for k in (self.entity_of(x) for x in self.subject(verb)) if k]
        return list(dict.fromkeys(keys))

    def in_time(self, t: Token) -> bool:
        """A word inside a time expression of the article (`1986 года`): a date, not an owner.
        (The event extractor supplies `times`; without them nothing is one.)"""
        return any(tv.span.start <= t.start and t.end <= tv.span.end for tv in self.times)

    def announcer(self, t: Token) -> list[Token]:
        """Who announces or asks for an act of their own (kg/data/ru/self_announce_words.tsv): the
        subject of the verb the noun hangs on with `о`/`об` (`X объявил об уходе из группы`), or
        of the verb whose object or complement the announcing noun is (`X написал заявление об
        уходе`). Not when the noun names its owner (`об отставке министра`: the genitive code)."""
        h = self.announcing_verb(t)
        return self.subject(h) if h is not None else []

    def announcing_verb(self, t: Token) -> Token | None:
        """The active verb by which someone announces or asks for the act an event noun names
        (`объявил об уходе`, `подал прошение об отставке`), or None."""
        if t.pos not in ("NOUN", "PROPN") or not self.has_preposition(t, ("о", "об")):
            return None
        h = self.head(t)
        kind = self.self_words.get(h.lemma) if h is not None else None
        if kind == "letter" and h.rel in ("obj", "obl"):
            h = self.head(h)  # "подал прошение об отставке": the filer
            kind = "say" if h is not None and self.self_words.get(h.lemma) == "file" else None
        if kind != "say" or h.pos != "VERB" or h.feats.get("Voice") == "Pass":
            return None
        return h

    def owner(self, t: Token) -> list[Token]:
        """The genitive owner of a thing the trigger acts on (kg/data/ru/owned_nouns.txt): its
        object, passive subject, `на`+acc or `по`+dat (`обстреляли здание МВД`, `был взорван
        автомобиль посла X`, `нападение на базу НАТО`, `удар по объектам X`)."""
        passive = t.pos == "VERB" and t.feats.get("Voice") == "Pass"
        things = [c for c in self.kids(t) if c.lemma in self.owned and (
            c.rel in ("obj", "nsubj:pass") or (passive and c.rel == "nsubj")
            or (c.rel in ("obl", "nmod") and self.has_preposition(c, "на")
                and self.case_of(c) == "Acc")
            # a blow or fire at it (`удар по объектам X`, `огонь по штабу Y`)
            or (c.rel in ("obl", "nmod") and self.has_preposition(c, "по")
                and self.case_of(c) == "Dat"))]
        return [x for c in things for g in self.kids(c)
                if g.rel in ("nmod", "appos") and g.index > c.index and self.case_of(g) == "Gen"
                and not self.has_preposition(g) for x in self.with_conj(g)]

    def works_of(self, t: Token) -> list[Token]:
        """The works (kg/data/ru/work_nouns.txt) a verb trigger says something of: its subject,
        passive subject or object (`вышел альбом`, `лента получила приз`, `выпускает альбом`),
        or its bare dative (`присудили приз картине`); for a noun trigger, its bare genitive
        (`премьера фильма`)."""
        noun = t.pos in ("NOUN", "PROPN")
        # (the parse may hang the dative on the object: `присудило [приз картине]`)
        near = [*self.kids(t), *(() if noun else (
            g for c in self.kids(t) if c.rel == "obj" for g in self.kids(c)
            if g.rel == "nmod" and self.case_of(g) == "Dat"))]
        shared = shared_subject(self.a, t) if not noun else None
        if shared is not None:  # `альбом записан и выйдет в мае`, `альбом может выйти`
            near.append(shared)
        return [c for c in near if c.lemma in self.works and (
            (not noun and c.rel in ("nsubj", "nsubj:pass", "obj"))
            or (not noun and c.rel in ("iobj", "obl", "nmod") and self.case_of(c) == "Dat"
                and not self.has_preposition(c))
            or (noun and c.rel == "nmod" and self.case_of(c) == "Gen"
                and not self.has_preposition(c)))]

    def author(self, t: Token) -> list[Token]:
        """Whose work the trigger's subject or object is: the genitive after it (`вышла книга
        Веры Ланиной`, `лента Олега Зуева получила приз`); a possessive `его`/`её` before it is
        read by `possessor`. A genitive that names what the work is about or its edition is no
        author, so only persons and organisations count (kg.nlp.ru.event_roles.role)."""
        # the genitive may hang on the work's title in apposition (`лента «Сад» Олега Зуева`)
        heads = [h for w in self.works_of(t)
                 for h in (w, *(c for c in self.kids(w) if c.rel == "appos"))]
        # (the case by either word of the name: the tagger may read a rare surname as nominative)
        return [x for w in heads for g in self.kids(w)
                if g.rel in ("nmod", "appos") and g.index > w.index and "Gen" in (
                    self.case_of(g), g.feats.get("Case"))
                and not self.has_preposition(g) for x in self.with_conj(g)]

    def participant_noun(self, t: Token) -> list[Token]:
        """The words naming whoever a participant noun of the event stands for (kg/data/ru/
        participant_nouns.txt): the noun itself (`победитель турнира Даниэле Гароццо`), the
        name it is said of (`Габбард, ветеран войны`) or the subject of its copula (`победителем
        турнира стал X`)."""
        h = self.head(t)
        if h is not None and self.charged_with(t, h):
            # `X, подозреваемый во взрыве`, `виновный в гибели`: the one held to have done it
            if self.entity_of(h):
                return [h]
            up = self.head(h)
            return [up] if up is not None and h.rel in ("acl", "amod", "appos") else []
        if h is None or t.rel != "nmod" or h.lemma not in self.participants:
            return []
        # its genitive (`победитель турнира`), or, for a prize won (an inanimate noun, the
        # object of its verb), where it was won, the parse hanging that on the prize
        # (`завоевала медаль на Олимпиаде`: who won it took part)
        won_at = self.case_of(t) == "Loc" and h.rel == "obj" and \
            h.feats.get("Animacy") == "Inan" and \
            self.has_preposition(t, ("на", "в"))
        if not won_at and self.case_of(t) != "Gen":
            return []
        return self.stood_for(h)

    def laureates(self, toks: list[Token]) -> list[Token]:
        """Of the words a prize's holder noun stands for (`лауреат`, `обладатель`, `кавалер`),
        those that may hold a prize: a person or a body, never a city, region or country (an
        order given to a region is told by its verb, `Мордовия награждена орденом`); the
        holder nouns of other classes (`победитель турнира`) keep every word."""
        if self.acting != "Award":
            return toks
        return [x for x in toks if not self.is_place(self.entity_of(x))]

    def holder(self, t: Token) -> list[Token]:
        """For a trigger that is itself a participant noun (kg/data/ru/participant_nouns.txt:
        `нобелевский лауреат X`, `лауреатом стала X`), whoever it stands for, as `part` reads
        it for the noun above an event noun."""
        return self.stood_for(t) if t.lemma in self.participants else []

    def stood_for(self, h: Token) -> list[Token]:
        """Whom the participant noun `h` stands for: itself when it is a name's word, the name
        it is said of, or the subject of its copula."""
        plural = h.feats.get("Number") == "Plur"  # `лауреаты премии X и Y`: each of them
        if self.entity_of(h):
            named = [x for c in self.kids(h) if c.rel == "appos" and self.entity_of(c)
                     for x in self.with_conj(c)] if plural else []
            return named or [h]
        # `сравнивают его с Иваном Котовым, лауреатом премии`: the parse may hang the name on
        # the noun that stands in apposition to it; a name just before it in the same case is
        # whom it is said of
        said_of = [c for c in self.kids(h) if c.index < h.index and c.rel in ("nmod", "appos")
                   and self.entity_of(c) and self.case_of(c) == self.case_of(h) != "Gen"]
        if said_of:
            return self.with_conj(said_of[-1])
        if h.rel == "conj" and not any(  # `X — полковник в отставке, кавалер двух орденов`: the
                # first of the nouns said of X stands for them all (a copula's subject, an
                # apposition's name); not one set against it (`а кавалер ордена — его брат`)
                c.lemma in ("а", "но") or c.rel in ("nsubj", "appos", "cop") for c in self.kids(h)):
            first = h
            while first.rel == "conj" and self.head(first) is not None and \
                    self.head(first).pos in ("NOUN", "PROPN"):
                first = self.head(first)
            if first is not h and self.entity_of(first):
                return [first]
            subj = [c for c in self.kids(first) if c.rel == "nsubj" and c.index < first.index] \
                if first is not h and first.rel == "root" else []
            if subj:
                return self.with_conj(subj[0])
            if first is not h:
                h = first
        g = self.head(h)
        if g is None:
            return []
        if h.rel in ("appos", "acl") or (h.rel == "obl" and g.pos in ("NOUN", "PROPN")):
            return self.with_conj(g) if plural and h.rel == "appos" else [g]
        if h.rel == "obj" and h.feats.get("Animacy") == "Anim":
            return []  # `задержали исполнителя покушения`, `поздравил победителя`: acted upon
        if g.pos in ("VERB", "AUX") and h.rel in ("obl", "xcomp", "obj"):
            if h.rel == "obl" and any(c.rel == "case" and c.lemma != "среди" for c in self.kids(h)):
                # `встретился с лауреатом премии`, `поговорил с участниками конференции`: whom
                # the subject met or spoke to, not what the subject is (`среди победителей` is)
                return []
            # `X признана лауреатом премии`, `назван победителем турнира`: the passive's subject
            passive = [c for c in self.kids(g) if c.rel == "nsubj:pass"] if h.rel == "xcomp" else []
            return self.subject(g) or (self.with_conj(passive[0]) if passive else [])
        if g.feats.get("VerbForm") == "Part" and self.head(g) is not None:  # "являющаяся ветераном"
            return [self.head(g)]
        return []

    def charged_with(self, t: Token, h: Token) -> bool:
        """Whether the act noun `t` is what the word `h` above it holds someone to have done:
        a word of kg/data/ru/charged_words.txt (`подозреваемый`, `обвиняемый`, `виновный`) as a
        participle, adjective or noun, with `t` in `в` + the locative (`подозреваемый во взрыве`;
        not the finite verb, `его обвинили в убийстве`, an Accusation whose object is told
        apart)."""
        if norm(h.lemma) not in normed_words("charged_words") or h.feats.get("VerbForm") == "Fin" \
                or self.negated(h):  # `не виновный в убийстве`: cleared
            return False
        if h.pos == "VERB" and h.feats.get("VerbForm") != "Part":
            return False
        if h.feats.get("Voice") == "Act" or any(c.rel == "obj" for c in self.kids(h)):
            return False  # `прокурор, обвиняющий X в убийстве`: the accuser, not the accused
        return self.charged_act(t)

    def charged_by_verb(self, t: Token, h: Token) -> bool:
        """Whether the act noun `t` is what the finite verb `h` of kg/data/ru/charged_words.txt
        holds someone to have done, in `в` + the locative (`X подозревают в убийстве`, `его
        обвинили во взрыве`): the suspicion is about who did it, as under the participle
        (`charged_with`), not whether it happened; not a clause it governs (`подозревают, что
        …`: a guess), nor a negated verb."""
        return h.pos == "VERB" and h.feats.get("VerbForm") == "Fin" and \
            norm(h.lemma) in normed_words("charged_words") and not self.negated(h) and \
            self.head(t) is h and self.charged_act(t)

    def charged_act(self, t: Token) -> bool:
        """The act a word of charging names, in `в` + the locative (`в убийстве`, `во взрыве`)."""
        return t.rel in ("obl", "nmod") and self.case_of(t) == "Loc" and \
            self.has_preposition(t, "в")

    def honoured(self, t: Token) -> list[Token]:
        """Whom a celebration, show, exhibition or laying of flowers honours: the name `в честь`
        it, the one whose anniversary it marks (`собрание в честь 200-летия со дня рождения X`,
        `фестиваль к 100-летию X`, `выставка, посвящённая 100-летию X`, `концерт,
        посвящённый X-у`), or whose monument or grave the flowers are laid at (`возложили цветы
        к памятнику X-у`). Only a person or an organisation: a city's anniversary dates the
        feast, it honours nobody (`празднование 870-летия Москвы`)."""
        honourable = self.person_or_body()  # the keys a name honoured may have
        starts = [(c, True) for c in self.prep(t, "в_честь+gen")]
        starts += [(c, False) for c in self.prep(t, "к+dat") if self.anniversary(c)]
        # flowers laid `к памятнику X-у`, `к могиле X`: the one the monument or grave is of
        starts += [(n, True) for c in self.prep(t, "к+dat")
                   if norm(c.lemma) in normed_words("memorial_nouns")
                   for n in self.kids(c) if n.rel in ("nmod", "iobj", "appos", "obl")
                   and n.index > c.index and not self.has_preposition(n)
                   and self.case_of(n) in ("Dat", "Gen")]
        starts += [(c, False) for c in self.kids(t)  # "празднование 200-летия X"
                   if c.rel == "nmod" and c.index > t.index and self.anniversary(c)
                   and not self.has_preposition(c) and self.case_of(c) == "Gen"]
        for p in self.kids(t):
            if p.rel == "acl" and p.index > t.index and \
                    norm(p.lemma) in normed_words("dedicating_verbs"):
                starts += [(c, self.case_of(c) == "Dat") for c in self.kids(p)
                           if c.rel in ("obj", "iobj", "obl", "nmod", "amod")]
        v = self.head(t)
        if not starts and v is not None and v.pos == "VERB":
            # "на фестивале к 100-летию X заменили …": the parse may hang the `к` phrase right
            # after the noun, and the name after the anniversary, on the verb
            for c in self.prep(v, "к+dat"):
                nxt = self.a.tokens[c.index + 1] if c.index + 1 < len(self.a.tokens) else None
                if c.index == t.index + 2 and self.anniversary(c) and nxt is not None and \
                        nxt.pos == "PROPN" and self.case_of(nxt) == "Gen" and \
                        self.ent_at.get(nxt.index) in honourable:
                    return self.with_conj(nxt)
        for c, named in starts:
            if named and self.ent_at.get(c.index) in honourable:
                return self.with_conj(c)
            # `к 100-летию X`; the parse may hang the anniversary on the name it is of
            # (`посвящённая 100-летию X`, `100-летию` an amod of X)
            annivs = [c] if self.anniversary(c) else [
                a for a in self.kids(c) if self.anniversary(a) and a.index < c.index]
            for a in annivs:
                if a is not c and self.ent_at.get(c.index) in honourable:
                    return self.with_conj(c)
                names = [x for x in self.subtree(a, 3)[1:] if x.rel in ("nmod", "appos")
                         and self.ent_at.get(x.index) in honourable
                         and self.case_of(x) == "Gen"]
                if names:
                    return self.with_conj(names[0])
                # `посвящённая 100-летию X`: the parse may hang X beside the anniversary, on the
                # participle; the genitive name right after the anniversary is still its owner
                nxt = self.a.tokens[a.index + 1] if a.index + 1 < len(self.a.tokens) else None
                if nxt is not None and nxt.head == a.head and nxt.sent == a.sent and \
                        self.case_of(nxt) == "Gen" and not self.has_preposition(nxt) and \
                        self.ent_at.get(nxt.index) in honourable:
                    return self.with_conj(nxt)
        return []

    def honoured_by_pronoun(self, t: Token) -> list[str]:
        """Whom a possessive pronoun on the anniversary a noun marks stands for (`выставка,
        посвящённая его 100-летию`, `концерт к её юбилею`)."""
        annivs = [c for c in self.prep(t, "к+dat") if self.anniversary(c)]
        annivs += [c for p in self.kids(t) if p.rel == "acl" and p.index > t.index
                   and norm(p.lemma) in normed_words("dedicating_verbs")
                   for c in self.kids(p) if self.anniversary(c)]
        for a in annivs:
            # the tagger reads `его` before the anniversary as a possessive (det) or as a
            # genitive pronoun (nmod): either way it is whose anniversary it is
            for c in self.kids(a):
                if c.rel in ("det", "nmod") and c.index < a.index and \
                        _norm_word(c.text) in ("его", "ее") and \
                        (k := self.pronoun(c)) and k in self.person_or_body():
                    return [k]
        return []

    def person_or_body(self) -> set[str]:
        """The keys of the persons and organisations of the text."""
        return {k for k, e in self.entities.items() if e.kind in ("person", "organization")}

    def anniversary(self, n: Token) -> bool:
        """A noun of an anniversary (kg/data/ru/anniversary_nouns.txt; a count of years in one
        word, `100-летие`, `столетие`); a two-word entry is a noun and its genitive (`день
        рождения`)."""
        if n.pos not in ("NOUN", "PROPN"):
            return False
        lemma = norm(n.lemma)
        if lemma.endswith("летие"):
            return True
        words = normed_words("anniversary_nouns")
        return lemma in words or any(f"{lemma} {norm(c.lemma)}" in words for c in self.kids(n)
                                     if c.rel == "nmod" and c.index > n.index)

    def possessor(self, t: Token, plural: bool = False) -> list[str]:
        """The person a possessive pronoun before an event noun stands for (`его смерть`, `её
        арест`), which takes the place of the genitive owner (`смерть Иванова`); with `plural`,
        also the body `их` stands for (`по их приказу`: kg.nlp.ru.reference resolves a plural
        pronoun to bodies only, so `их арест`, whose owners are mostly people, is left alone).
        `их` is the persons last named together where kg.nlp.ru.reference_groups settles them
        (`X и Y прибыли в Казань. Их встреча …`: X and Y), with `plural` or without."""
        named = self.owner_pronoun(t, _THIRD - _THIRD_SINGULAR)
        group_keys = [k for x in self.named_group(named) for k in [self.entity_of(x)] if k] \
            if named is not None else []
        if group_keys:
            return list(dict.fromkeys(group_keys))
        c = self.owner_pronoun(t, _THIRD if plural else _THIRD_SINGULAR)
        if c is None or self.thing_subject(c):
            return []
        k = self.pronoun(c)
        return [self.owner_acting(k)] if k else []

    def thing_subject(self, pron: Token) -> bool:
        """Whether a possessive pronoun may stand for a thing named as a subject before it in its
        sentence: the last such subject, a common inanimate noun of the pronoun's gender that
        names no entity and no body, with no person named between it and the pronoun (`Указ
        вступает в силу со дня его подписания`: the decree's signing, not the signer's act; a
        non-reflexive pronoun names no other subject of its clause, but a text's own formula
        does, and a long run-on sentence may hang the noun's phrase on another verb)."""
        genders = ("Fem",) if _norm_word(pron.text) == "ее" else ("Masc", "Neut")
        first = self.a.sentences[pron.sent].first
        # (a capitalised common noun opening its sentence may be tagged a proper one: `Указ`)
        things = [c for c in self.a.tokens[first:pron.index]
                  if c.rel in ("nsubj", "nsubj:pass") and c.pos in ("NOUN", "PROPN")
                  and c.feats.get("Animacy") == "Inan" and c.feats.get("Number") != "Plur"
                  and c.feats.get("Gender") in genders and c.index not in self.ent_at
                  and norm(c.lemma) not in body_words()]  # (`Суд отпустил X в день его ареста`)
        if not things:
            return False
        return not any(self.ent_at.get(i) in self.person
                       for i in range(things[-1].index + 1, pron.index))

    def owner_pronoun(self, t: Token, words: frozenset[str]) -> Token | None:
        """The possessive pronoun of `words` before the noun `t` (`его смерть`, `в день его
        задержания`): tagged a determiner, or a genitive personal pronoun (`nmod`), as the tagger
        reads `его` before a noun about as often; a genitive pronoun before its noun with no
        preposition of its own is that noun's owner all the same."""
        for c in self.kids(t):
            if c.rel in ("det", "nmod") and c.index < t.index and \
                    _norm_word(c.text) in words and not self.has_preposition(c):
                return c
        return None

    def principal(self, t: Token) -> str | None:
        """The person a press office or press secretary acts for: the one its genitive names
        (`пресс-служба губернатора X отказалась` → X), as it speaks for him (the speech layer's
        convention). Not a spokesperson with a name of his own (`пресс-секретарь президента
        Иван Котов` acts himself), nor a body's press office or an owner the text does not
        name: those keep what the phrase names (kg/data/ru/lower_body_heads.tsv)."""
        kids = self.kids(t)
        if any(c.rel in _NAME_RELS and self.ent_at.get(c.index) in self.person for c in kids):
            return None
        for c in kids:
            if c.rel == "nmod" and c.index > t.index and self.case_of(c) == "Gen" \
                    and not self.has_preposition(c):
                k = self.entity_of(c, 1)
                if k is not None and k == self.ent_at.get(t.index):
                    # the office's whole phrase a name of its own (`Пресс-служба главы
                    # Кемеровской области`): its title, or the title a description stands for
                    # (`главы области` → `губернатор`, speech_titles.tsv), names the one holder
                    # of the place nested in it (`губернатора Омской области` → the governor)
                    # (the nouns only: `Омской` names which region, not which office)
                    tree = sorted((w for w in self.subtree(c, 3) if w.pos == "NOUN"),
                                  key=lambda w: w.index)
                    title = self.reference.description(c, tree) or c.lemma
                    k = self.reference.titled(title.split(" ")[0], self.nested_in(c))
                return k if k in self.person else None
        return None

    def nested_in(self, t: Token) -> set[str]:
        """The entities whose mentions lie within the words after `t` in its own phrase (the
        places and bodies a longer name holds: `Омской области` in `пресс-служба губернатора
        Омской области`), which `ent_at` gives to the longer name."""
        words = [c for c in self.kids(t) if c.index > t.index]
        return {e.key for e in self.entities.values() if e.kind != "person"
                and e.key != self.ent_at.get(t.index)
                and any(w.start <= m.start and m.end <= w.end or m.start <= w.start < m.end
                        for m in e.mentions for w in words)}

    def owner_acting(self, k: str) -> str:
        """The entity that acts for `k`: a body named by a collective head and its owner
        (`Власти Белоруссии`, `Полиция Франции`) acts as that owner, as the head does in lower
        case (`власти Белоруссии`); any other entity acts as itself."""
        for i, key in self.ent_at.items():
            if key == k and self.a.tokens[i].lemma in self.collective:
                return self.entity_of(self.a.tokens[i]) or k
        return k

    def caption_names(self, t: Token) -> list[Token]:
        """The names a verbless line puts at an event (`Иван Петров на концерте в Париже`,
        `А и Б во время выступления`, the caption of a picture): the nominative person or
        organisation mentions before the trigger noun, which is marked `на` or `во время`/`в
        ходе`. The parse of such a line is no guide (the name hangs on the noun or the noun on the
        name), so the line is read in order; a line with a verb says more than where one was."""
        if t.pos not in ("NOUN", "PROPN"):
            return []
        marks = [c for c in self.kids(t) if c.rel == "case"]
        words = {m.lemma for m in marks} | {f.lemma for m in marks for f in self.kids(m)
                                            if f.rel == "fixed"}
        if not marks or marks[0].lemma not in ("на", "во", "в") or \
                not (words & ({"на"} | _frames("frame"))):
            return []
        sent = self.a.sentences[t.sent]
        line = [w for w in self.a.tokens[sent.first:sent.last + 1] if self.same_line(w.index, t.index)]
        if any(w.pos in ("VERB", "AUX") for w in line):
            return []
        out, seen = [], set()
        for w in line:
            if w.index >= marks[0].index:
                break
            k = self.ent_at.get(w.index)
            if k and k not in seen and self.entities[k].kind in ("person", "organization") and \
                    w.feats.get("Case") in (None, "Nom"):
                seen.add(k)
                out.append(w)
        return out

    def circumstance(self, t: Token) -> bool:
        """A noun that only dates its clause (`после встречи`, `во время визита`, `в ходе
        переговоров`): it happened whatever the clause's verb asks or intends."""
        h = self.head(t)
        if h is None:
            return False
        if t.rel == "obl":  # "после встречи"; "в ходе переговоров" (`ходе` fixed to `в`)
            marks = [c for c in self.kids(t) if c.rel == "case"]
            words = {m.lemma for m in marks} | {f.lemma for m in marks for f in self.kids(m)
                                                 if f.rel == "fixed"}
            return bool(words & _BEFORE_AFTER) or bool(words & _frames("frame"))
        return t.rel == "nmod" and h.lemma in _frames("frame") and h.rel == "obl"

    def taken_part(self, t: Token) -> bool:
        """A noun someone is said to take part in (`участвовал в переговорах`, `во встрече
        приняли участие X и Y`: a verb or the object noun of kg/data/ru/event_frames.tsv `part`):
        the clause's subject is there, as when the noun dates the clause."""
        h = self.head(t)
        if h is None or not self.has_preposition(t, "в"):
            return False
        if t.rel == "obl" and h.pos == "VERB":  # "участвовал в …", "в … приняли участие"
            return h.lemma in _frames("part") or any(
                c.rel == "obj" and c.lemma in _frames("part") for c in self.kids(h))
        return t.rel == "nmod" and h.rel == "obj" and h.lemma in _frames("part")

    def agrees_as_subject(self, subj: Token, verb: Token) -> bool:
        """A nominative may be the verb's subject by number: a plural verb takes a plural subject
        or a list (`X и Y договорились`), a singular verb a singular one. A word whose number or
        case the tagger does not show, or a verb that shows no number, settles nothing."""
        want, have = verb.feats.get("Number"), subj.feats.get("Number")
        if not want or not have or want == have or self.case_of(subj) not in (None, "Nom"):
            return True
        if want == "Plur":  # a singular with conjuncts or `вместе с`, `с` + a companion
            return any(c.rel == "conj" for c in self.kids(subj)) or \
                bool(self.comitative(subj, verb)) or self.joined_subject(subj, verb)
        return False

    def wrong_gender(self, subj: Token, verb: Token) -> bool:
        """A singular noun whose gender a singular past verb rules out as its subject: a neuter
        noun under a feminine or masculine verb, or the other way round. A title may name a
        woman or a man whatever its own gender (`министр заявила`, `глава заявил`), so masculine
        and feminine do not rule each other out; nor is a person's name ruled out (its gender is
        the person's); a body's or place's name is (`Министерство культуры возглавила X`)."""
        g, v = subj.feats.get("Gender"), verb.feats.get("Gender")
        if not g or not v or g == v or subj.pos not in ("NOUN", "PROPN") or \
                self.ent_at.get(subj.index) in self.person or \
                subj.feats.get("Number") != "Sing" or verb.feats.get("Number") != "Sing":
            return False
        return "Neut" in (g, v)

    def object_as_subject(self, subj: Token, verb: Token) -> bool:
        """A lone subject of an active finite verb that is an animate genitive, the accusative
        form of a person (`Харви Вайнштейна исключили`): the parse took the object of an
        impersonal plural verb for its subject. (An inanimate "accusative" is no sign: `Кремль`
        looks the same in both cases.)"""
        if verb.feats.get("Voice") == "Pass" or verb.feats.get("VerbForm") != "Fin" or \
                subj.pos not in ("NOUN", "PROPN"):
            return False
        if self.case_of(subj) == "Gen" and subj.feats.get("Animacy") == "Anim":
            # …but the genitive a numeral governs is the counted subject (`скончались два
            # бывших директора завода: X и Y`, `погибли пять человек`)
            # (a numeral in the nominative: `двух активистов задержали` is an object), when the
            # verb agrees with a counted subject: plural, or neuter or genderless singular
            # (`погибло пять человек`, `погибнет`); a masculine or feminine one (`умер один, ещё
            # два человека — X и Y — в больнице`) has a subject of its own, not the counted one
            # (a number in figures has no case: `погибли 27 человек` is counted as well)
            counted = any((c.rel == "nummod:gov" and c.feats.get("Case") == "Nom") or (
                c.rel.startswith("nummod") and c.text.isdigit() and int(c.text) > 1
                and "Case" not in c.feats) for c in self.kids(subj))
            return not (counted and verb.feats.get("Gender") not in ("Masc", "Fem"))
        return self.plural_without_subject(subj, verb)

    def comitative(self, subj: Token, verb: Token) -> list[Token]:
        """`Иванов с Петровым встретились`: a singular subject with a plural verb and a `с` +
        instrumental under it has that companion as a second subject."""
        if verb.feats.get("Number") != "Plur" or subj.feats.get("Number") != "Sing":
            return []
        return [x for c in self.kids(subj) if c.rel == "nmod" and c.feats.get("Case") == "Ins"
                and any(g.lemma in ("с", "со") for g in self.kids(c)) for x in self.with_conj(c)]

    def together(self, verb: Token, unsaid: bool = False) -> list[Token]:
        """`X погиб вместе с Y`, `X основал студию совместно с Y`: a `вместе с` or `совместно с`
        + instrumental under the verb names a second subject of it (the adverb the parse's head
        of the phrase, or a word fixed to `с`; kg/data/ru/rule_words.tsv `together_adverb`).
        Only on a verb whose own subject is said and named, and only after that subject (`X
        вместе с Y погиб`, `X погиб вместе с Y`): a fronted `Вместе с X погиб Y` points back at
        X's own event, told before; and not after an animate object of the verb (`задержала X
        вместе с Y`: Y goes with the object; `посетил Омск вместе с Y` still counts). With
        `unsaid`, for a subject left unsaid that the text settles, the phrase after the verb
        (`Основал студию совместно с Y`)."""
        if verb.pos != "VERB":
            return []
        out: list[Token] = []
        subj = [verb.index] if unsaid else \
            [c.index for c in self.kids(verb) if c.rel in ("nsubj", "nsubj:pass")]
        objs = [c.index for c in self.kids(verb) if c.rel == "obj" and (
            c.feats.get("Animacy") == "Anim" or self.ent_at.get(c.index) in self.person)]
        for c in self.kids(verb):
            if not subj or c.index < min(subj) or (objs and c.index > min(objs)):
                continue
            if c.lemma in _TOGETHER and c.rel == "advmod":
                phrases = [g for g in self.kids(c) if g.rel in ("obl", "nmod")]
            elif c.rel == "obl" and any(k.lemma in _TOGETHER for k in self.kids(c)):
                phrases = [c]
            else:
                continue
            for g in phrases:
                if self.case_of(g) == "Ins" and self.has_preposition(g, ("с", "со")):
                    out.extend(self.with_conj(g))
        return out

    def plural_without_subject(self, subj: Token, verb: Token) -> bool:
        """A plural verb whose lone "subject" is one singular name or person (`Анну Белову`
        written indeclinable: `Жан Дюпон критикуют за песню`): the impersonal plural, whose
        object the parse took for its subject. A name with a conjunct or a comitative (`Иванов
        с Петровым обсудили`) is a plural subject, and a first or second person verb has one."""
        if verb.feats.get("Number") != "Plur" or verb.feats.get("Person", "3") != "3" or \
                subj.feats.get("Number") != "Sing" or \
                not (subj.pos == "PROPN" or subj.feats.get("Animacy") == "Anim"):
            return False
        if self.joined_subject(subj, verb):
            return False
        return not any(c.rel == "conj" or (c.feats.get("Case") == "Ins" and any(
            g.lemma in ("с", "со") for g in self.kids(c))) for c in (*self.kids(subj), *self.kids(verb)))

    def joined_subject(self, subj: Token, verb: Token) -> bool:
        """A second subject the parse hung on the verb beside the first, an `и` between them
        (`X и около 80 его последователей погибли`, `X и двое его детей погибли`): the two make
        the plural, the first is no object."""
        for c in self.kids(verb):
            if c.rel != "nsubj" or c.index <= subj.index or c.pos not in ("NOUN", "PROPN", "PRON"):
                continue
            between = self.a.tokens[subj.index + 1:c.index]
            if any(w.lemma == "и" and w.pos == "CCONJ" for w in between) and \
                    not any(w.pos in ("VERB", "AUX") or w.text in (",", ";", "—") for w in between):
                return True
        return False

    def line_subject(self, verb: Token) -> list[Token]:
        """A subject the parse lost (a headline glued to the sentence): the nominative noun phrase
        that opens the verb's line, when the verb is the first one of that line; or, when the verb
        opens the line (`Скончалась Анна Белова — первая женщина-посол`), the name right after it,
        which the parse hung on the apposition that follows."""
        first = self.a.sentences[verb.sent].first
        start = verb.index
        while start > first and self.same_line(start - 1, verb.index):
            start -= 1
        before = self.a.tokens[start:verb.index]
        if not before:
            return self.name_after(verb)
        if any(w.pos in ("VERB", "AUX") for w in before):
            return []
        w = before[0]
        if w.pos in ("NOUN", "PROPN") and self.case_of(w) == "Nom" and not self.has_preposition(w):
            return [w]
        return []

    def opens_line(self, t: Token) -> bool:
        """No word of its sentence before it on its line."""
        first = self.a.sentences[t.sent].first
        return t.index == first or not self.same_line(t.index - 1, t.index)

    def name_after(self, verb: Token) -> list[Token]:
        """The subject of a verb that opens its line: the first nominative word after it, past
        its own oblique words (`Ушёл из жизни Виктор Орлов`), when that word is a name."""
        last = self.a.sentences[verb.sent].last
        for x in self.a.tokens[verb.index + 1:last + 1]:
            if x.pos in ("PUNCT", "VERB", "AUX") or not self.same_line(x.index, verb.index):
                return []
            h = self.head(x)
            # a name under an oblique noun before it is that noun's (`в провинции Хунань`)
            oblique = h is not None and verb.index < h.index < x.index and \
                h.pos in ("NOUN", "PROPN") and (self.has_preposition(h) or self.case_of(h) != "Nom")
            if x.pos in ("NOUN", "PROPN", "PRON") and self.case_of(x) == "Nom" and \
                    not self.has_preposition(x) and not oblique:
                return [x] if x.pos == "PROPN" and x.index in self.ent_at and \
                    _agree_in_number(verb, x) else []
        return []

    def dative(self, t: Token) -> list[Token]:
        # a dative name the parse calls the apposition of a noun in another case is its
        # dative object (`направил поздравление Ивану Петрову`): an apposition agrees in case
        return [x for c in self.kids(t) if c.rel == "iobj" or (
            c.rel in ("obl", "nmod") and self.case_of(c) == "Dat"
            and not self.has_preposition(c)) or (
            c.rel == "appos" and c.index > t.index and self.case_of(c) == "Dat"
            and t.feats.get("Case") not in (None, "Dat") and not self.has_preposition(c))
            for x in self.with_conj(c)]

    def prep(self, t: Token, code: str) -> list[Token]:
        """Dependents of `t` in a prepositional phrase: `с+ins` → "с президентом"."""
        preps, case = code.split("+")
        words = preps.split("_")
        out = []
        for c in self.kids(t):
            if c.rel not in ("obl", "nmod", "obj", "iobj"):
                continue
            marks = [k for k in self.kids(c) if k.rel in ("case", "fixed")]
            first = [k for k in marks if k.rel == "case"] or self.stray_case(c)
            if not first or first[0].lemma != words[0]:
                continue
            if len(words) > 1 and words[1] in (c.lemma, c.text.lower()):  # "в адрес X" parsed
                # with "адрес" as head; "в поддержку X" with "поддержку" (its lemma `поддержка`)
                out.extend(x for g in self.kids(c) if g.rel == "nmod" and g.index > c.index
                           and not (words[1] != c.lemma and self.has_preposition(g))
                           for x in self.with_conj(g))  # not `в поддержку X в Твери`'s city
                continue
            if len(words) > 1 and not any(words[1] in (self.a.tokens[i].lemma,  # as written:
                                                       self.a.tokens[i].text.lower())  # `отношении`
                                          for i in range(first[0].index + 1, c.index)):
                continue
            ambiguous = words[0] in ("в", "на", "с", "по")  # "в Москву" or "в Москве": by case
            if ambiguous and c.feats.get("Case") not in (None, _CASES[case]):
                continue
            if case == "acc" and norm(c.lemma) in normed_words("aimed_parts") \
                    and c.index not in self.ent_at:
                # "выстрелил в спину X-у": the act is aimed at whose part it is
                out.extend(self.part_owner(t, c))
                continue
            out.extend(self.with_conj(c))
            if c.pos == "NOUN" and c.index not in self.ent_at and (
                    case == "loc" or (case == "acc" and c.lemma in self.areas)):
                # "в центре Парижа", "в школе в Казани", "вышли на улицы Тбилиси"
                out.extend(self.area_names(c))
        return out

    def part_owner(self, t: Token, part: Token) -> list[Token]:
        """The person a part aimed at belongs to, named in a bare dative under the part or the
        verb (`выстрелил в спину X-у`). A genitive owner (`покушение на жизнь X`) is left alone:
        taken, it made the act one with a headline's `покушение на X` whose actors NEREL lists
        apart, and NEREL's actor precision fell (twenty-seventh round)."""
        return [x for h in (part, t) for g in self.kids(h) if g.rel in ("iobj", "obl", "nmod")
                and self.case_of(g) == "Dat" and not self.has_preposition(g)
                and not self.owner_in_apposition(g) for x in self.with_conj(g)]

    def owner_in_apposition(self, noun: Token) -> bool:
        """A dative noun whose names the parse hung on it as appositions are all inflected, as
        written, in another case (`охраннику Игоря Власова`, a genitive): an apposition agrees
        in case, so the name is the noun's owner, whose guard was shot, not the one shot."""
        if noun.index in self.ent_at:
            return False
        names = [c for c in self.kids(noun) if c.rel in _NAME_RELS and c.index in self.ent_at]
        return bool(names) and all(self.case_of(c) not in (None, "Dat")
                                   and norm(c.text) != norm(c.lemma) for c in names)

    def in_sign_of(self, t: Token) -> bool:
        """A noun in the genitive of `в знак` (`перекрыли дороги в знак протеста`): the act of the
        verb `знак` hangs on is done as it, by that verb's subject."""
        h = self.head(t)
        return h is not None and h.lemma == "знак" and t.rel == "nmod" and \
            self.case_of(t) == "Gen" and not self.has_preposition(t) and \
            self.has_preposition(h, "в") and \
            not any(k.lemma == "не" for k in self.kids(h))  # "не в знак протеста, а …"

    def area_names(self, area: Token) -> list[Token]:
        """The place a common noun of a place phrase stands in: for a noun of a part or spot of
        a place (kg/data/ru/area_nouns.txt) its bare genitive (`на окраине Донецка`; not the
        name of a street or square, kg/data/ru/street_nouns.txt), for any the `в` phrase under
        it (`в школе в Казани`, `в здании мэрии в Ереване`), when that names a place."""
        named = area.lemma in self.streets and area.feats.get("Number") != "Plur"
        # a genitive that names a person or a body in quotes is whose the spot is, whatever type
        # the names stage gave it (`в центре Сахарова`, `в здании «Газпрома»`)
        out = [x for g in self.kids(area) if g.rel in ("nmod", "appos") and g.index > area.index
               and self.case_of(g) == "Gen" and not self.has_preposition(g)
               and g.feats.get("Animacy") != "Anim"
               and self.a.tokens[g.index - 1].text not in QUOTE_MARKS
               for x in self.with_conj(g)] if area.lemma in self.areas and not named else []
        out += [x for g in self.kids(area) if g.rel == "nmod" and g.index > area.index
                and self.case_of(g) == "Loc" and self.has_preposition(g, "в")
                for x in self.with_conj(g)]
        return [x for x in out if self.place_at(x) is not None]

    def compound_genitive(self, noun: Token) -> list[Token]:
        """The bare genitive common noun right after a noun that names one act with it, the
        context word of the noun's line (`акция протеста`, `акция поддержки`): the parse hangs the
        act's phrases and names on either word. Not any genitive: in `крушение самолёта X`,
        `подписание конституции X` the second noun is what the act befalls, and its owner no
        side of the act."""
        nxt = self.a.tokens[noun.index + 1] if noun.index + 1 < len(self.a.tokens) else None
        if nxt is None or nxt.head != noun.index or nxt.pos != "NOUN" or nxt.rel != "nmod" or \
                self.case_of(nxt) != "Gen" or self.has_preposition(nxt) or \
                nxt.feats.get("Animacy") != "Inan" or nxt.index in self.ent_at:
            return []
        rule = self.rule_for(noun)
        return [nxt] if rule is not None and nxt.lemma in rule.with_ else []

    def whose(self, thing: Token) -> list[Token]:
        """Whose a proposal, plea or bill is: the bare genitive right under it, or, when that
        names no one, the genitive under that (`апелляцию защиты X`); not a name in a phrase of
        what it asks for (`предложение о встрече с X`, `призыв освободить X`)."""
        out: list[Token] = []
        for g in self.kids(thing):
            if g.rel not in ("nmod", "appos") or g.index < thing.index or \
                    self.case_of(g) != "Gen" or self.has_preposition(g):
                continue
            names = [x for x in self.with_conj(g) if self.entity_of(x)]
            # one level down, a person or a body: a place there says where the unnamed owners
            # are from (`жалобу жителей Самары`), not whose the plea is
            out += names or [x for h in self.kids(g) if h.rel in ("nmod", "appos")
                             and h.index > g.index and self.case_of(h) == "Gen"
                             and not self.has_preposition(h) for x in self.with_conj(h)
                             if (k := self.entity_of(x)) and not self.is_place(k)]
        return out

    def compound_names(self, noun: Token) -> list[Token]:
        """The names in the genitive of a compound act's second noun (`акция протеста X`,
        `акция поддержки X`): a name itself, no phrase."""
        return [x for c in self.compound_genitive(noun) for g in self.kids(c)
                if g.rel in ("nmod", "appos") and g.index > c.index and g.index in self.ent_at
                and self.case_of(g) == "Gen" and not self.has_preposition(g)
                for x in self.with_conj(g)]

    def stray_case(self, noun: Token) -> list[Token]:
        """The preposition of a noun with none of its own that the parse hung on another noun
        (`предстал перед Вестминстерским судом`, `перед` hung on a place named before): the one
        standing right before the noun's phrase (its adjectives, numerals), when it is not next
        to the noun it was hung on."""
        first = min([noun.index] + [k.index for k in self.kids(noun) if k.index < noun.index
                                    and k.rel in ("amod", "det", "nummod")])
        if first == 0:
            return []
        p = self.a.tokens[first - 1]
        if p.pos != "ADP" or p.rel != "case" or p.sent != noun.sent or p.head is None or \
                abs(p.head - p.index) <= 3:
            return []
        return [p]

    def role(self, t: Token, host: Token | None, codes: tuple[str, ...]) -> list[str]:
        """The entities of the first role code that names any."""
        for code in codes:
            toks: list[Token] = []
            passive = t.feats.get("Voice") == "Pass" and t.pos == "VERB"
            if code == "nsubj":
                toks = [] if passive else self.subject(t)
                if not toks and not passive and (n := self.neuter_read_as_object(t)
                                                 or self.nominative_read_as_object(t)) is not None:
                    toks = self.with_conj(n)  # "Ивана Петрова наградило правительство Москвы"
            elif code == "pass":  # "Лавров назначен министром"
                toks = [x for c in self.kids(t)
                        if (c.rel == "nsubj:pass" or (passive and c.rel == "nsubj"))
                        and not set_off_subject(self.a, c, t)
                        for x in self.subject_words(c, t)]
                if toks and passive and any(self.entity_of(x) for x in toks):
                    toks += self.together(t)  # "X госпитализирован вместе с Y": Y too
                noun = self.described(t, body=self.acting == "Founding") if passive else None
                if not toks and noun is not None:
                    toks = self.described_list(t, noun)  # "журналист, убитый в 2015 году": the noun
                if not toks and passive:  # "решением Госдумы Иван Петров лишён мандата"
                    toks = self.hung_on_order(t, "Nom")
                if not toks and passive:  # "полковник был задержан, а затем приговорён"
                    toks = self.conjunct_subject(t) or self.cued_subject(t) or \
                        self.clause_subject(t) or (
                        self.name_after(t) if self.opens_line(t) else [])  # "Арестован X"
            elif code == "ins":  # "указом Путина … назначен": the passive's agent
                toks = self.passive_agents(t)
            elif code == "obj":
                n = None if passive else (self.neuter_read_as_object(t)
                                          or self.nominative_read_as_object(t))
                toks = [x for c in self.kids(t) if c.rel == "obj" and c is not n
                        for x in self.with_conj(c)]
                subj = [c for c in self.kids(t) if c.rel == "nsubj"]
                if not toks and len(subj) > 1:  # the second "subject" in the accusative
                    toks = [c for c in subj if self.case_of(c) == "Acc"]
                if not toks and len(subj) > 1 and not passive:  # …or the one whose gender the
                    # past verb rules out, when another agrees (`Правительство возглавила женщина`)
                    wrong = [c for c in subj if self.wrong_gender(c, t)]
                    if 0 < len(wrong) < len(subj):
                        toks = [x for c in wrong[:1] for x in self.with_conj(c)]
                if not toks and len(subj) == 1 and self.object_as_subject(subj[0], t):
                    toks = self.with_conj(subj[0])  # "Харви Вайнштейна исключили из гильдии"
                if not toks:
                    toks = self.shared_object(t)  # "похитили и убили X"
                if not toks and t.pos == "VERB":  # "просил о помощи страны …": the object the
                    # parse hung on the prepositional phrase before it (an accusative, no
                    # preposition), also down its genitive chain ("сменил на посту главы
                    # государства своего брата X": `брата` under `государства`)
                    toks = [x for c in self.kids(t) if c.rel == "obl" and self.has_preposition(c)
                            for n in self.genitive_chain(c) if n.index > c.index
                            and not any(k.rel == "case" and not self.heads_phrase(k) for k in self.kids(n))
                            and (n.feats.get("Case") == "Acc" or any(
                                a.rel in ("amod", "det") and a.feats.get("Case") == "Acc"
                                for a in self.kids(n)))
                            for x in self.with_conj(n)]
                if not toks and t.pos == "VERB" and not passive:
                    toks = self.object_under_owned_place(t)  # "принял в Кремле президента X"
                if not toks and not passive:  # "избрала своим лидером Ивана Петрова"
                    toks = self.object_under_predicate(t)
                if not toks and not passive:  # "решением суда Ивана Петрова лишили прав"
                    toks = self.hung_on_order(t, "Acc")
                if not toks and t.feats.get("VerbForm") == "Inf":
                    toks = self.object_after(t)  # "вынудили X бежать и попросить Y"
                if not toks and not passive:  # "освободил от должности главы ведомства X"
                    toks = self.post_holder(t)
            elif code == "dat":
                toks = self.dative(t)
                if not toks and t.pos == "VERB":  # "вынес приговор Сидорову": on the object
                    toks = [x for c in self.kids(t) if c.rel == "obj" for x in self.dative(c)]
                if not toks and t.pos == "NOUN" and t.rel == "obj" and host is not None \
                        and hosts().get(host.lemma, "").startswith("agent"):
                    # "направил поздравление фигуристке": whom the act its doer sends is for
                    toks = self.dative(host)
            elif code == "died":  # "соболезнования по поводу кончины X": who died
                toks = [x for w in self.subtree(t, 3)[1:] if w.lemma in _DEATH_NOUNS
                        and self.has_preposition(w) for c in self.kids(w) if c.rel == "nmod"
                        and c.index > w.index and self.case_of(c) == "Gen"
                        and not self.has_preposition(c) for x in self.with_conj(c)]
            elif code == "gen":
                toks = [x for c in self.kids(t) if c.rel in ("nmod", "appos") and c.index > t.index
                        and (self.case_of(c) == "Gen" or (c.pos == "PROPN" and not self.case_of(c)))
                        and not self.has_preposition(c) for x in self.with_conj(c)]  # "саммит G7"
                if not toks:
                    toks = self.paired(t)  # "в матче Иванов — Петров"
                if t.pos == "NOUN" and not any(self.entity_of(x) for x in toks) and not (
                        (rule := self.rule_for(t)) is not None and "compound" in
                        (*rule.agent, *rule.target, *rule.others)):
                    # "акция протеста X": the name is the genitive of the second noun (a name
                    # itself), unless the line puts that genitive in a role of its own
                    toks = self.compound_names(t) or toks
            elif code == "granter":  # "парламент удовлетворил прошение X": the one asked
                h = self.head(t)
                toks = []
                if t.pos in ("NOUN", "PROPN") and h is not None \
                        and norm(h.lemma) in granting_verbs():
                    if t.rel == "obj":
                        toks = self.subject(h)
                    elif t.rel == "nsubj:pass":  # "прошение X отклонено судом": its agent
                        toks = self.passive_agents(h)
            elif code == "compound":  # "акция поддержки X": the one supported, not the doer
                toks = self.compound_names(t) if t.pos == "NOUN" else []
            elif code in ("gov", "govpost", "frame"):  # "во время визита в Пекин Путин заявил"
                v = self.governor(t, post=code == "govpost")
                if code == "frame" and not (self.circumstance(t) or self.taken_part(t)):
                    v = None  # talks "в переговорах с Россией" held as a principle: no frame
                if v is not None and self.head(t) in (v, self.part_noun(v)) and (
                        self.away(v, t) or self.barred(v)):
                    v = None  # "X не поедет на открытие", "побывал на чемпионате", "ему
                    # запретили участвовать в выборах", "не примет участия в саммите": no part
                subj = [] if v is None else [
                    c for c in self.kids(v)
                    if c.rel in ("nsubj", "nsubj:pass") and c.index != t.index
                    and not any(k.lemma == "как" for k in self.kids(c))]  # not "как и Коэн"
                toks = self.with_conj(subj[0]) if subj else (
                    self.subject(v) if v is not None and v.pos == "VERB" else [])
            elif code == "self":  # "X объявил об уходе", "X подал прошение об отставке"
                toks = self.announcer(t)
            elif code == "owner":  # "обстреляли здание МВД": whose building
                toks = self.owner(t)
            elif code == "author":  # "вышла книга Веры Ланиной", "его второй альбом вышел"
                toks = self.author(t)
            elif code == "at":  # a caption: "Иван Петров на выступлении в Париже"
                toks = self.caption_names(t)
            elif code == "honoured":  # "собрание в честь 200-летия со дня рождения X"
                toks = self.honoured(t)
            elif code == "part":  # "победитель турнира X", "X, ветеран войны"
                toks = self.laureates(self.participant_noun(t))
            elif code == "holder":  # "нобелевским лауреатом стала X"
                toks = self.laureates(self.holder(t))
            elif code == "host":
                agentive = host is not None and (hosts().get(host.lemma) == "agent"
                                                 or self.in_sign_of(t))
                if agentive and self.acting == "Resignation" and \
                        norm(host.lemma) in _dismissal_verbs() and self.owned_leaving(t):
                    agentive = False  # "президент принял отставку правительства": not his own
                if agentive and (t.rel in ("obj", "obl", "nmod") or self.relative_host(t) is host):
                    toks = self.subject(host)
                if not toks and host is None:  # "МВД приступило к расследованию"
                    toks = self.engaged(t) or self.rewarded(t)
                if not toks:  # "нападение, совершённое боевиками X"
                    toks = self.done_by(t)
            elif code == "xcomp":  # "просил отказать Сноудену"; a noun's infinitive, hung as
                # acl or nmod: "призывы освободить X", "просьба помиловать X"
                toks = [x for v in self.kids(t) if v.rel == "xcomp" or (
                            t.pos == "NOUN" and v.rel in ("acl", "nmod") and v.index > t.index
                            and v.feats.get("VerbForm") == "Inf")
                        for c in self.kids(v) if c.rel in ("obj", "iobj")
                        for x in self.with_conj(c)]
            elif code == "если":  # "готова ввести санкции, если Россия начнёт…": who is warned
                last = self.a.sentences[t.sent].last
                toks = [x for m in self.a.tokens[t.index + 1:last + 1] if m.lemma == "если"
                        and m.rel == "mark" and self.head(m) is not None
                        for x in self.subject(self.head(m))][:1]
            elif code == "whose" and t.pos == "NOUN":  # "эксгумация останков X": the noun's
                toks = self.whose(t)  # own genitive, or the one under it
            elif code == "whose":  # "отверг предложение X", "отклонил иск X к Y"
                objs = ("obj", "nsubj:pass") if passive else ("obj",)
                toks = [x for c in self.kids(t) if c.rel in objs for x in self.whose(c)]
            elif code == "about":  # "опроверг сообщения о здоровье Ким Чен Ына"
                objs = ("obj", "nsubj:pass") if passive else ("obj",)  # "его дело пересмотрено"
                toks = [x for c in self.kids(t) if c.rel in objs for x in self.subtree(c, 4)]
                # `найдено тело внучки X`: not X, whose granddaughter she is
                owners = {y.index for x in toks if x.rel in _NAME_RELS and
                          (h := self.head(x)) is not None and self.owner_named(h, x)
                          for y in self.subtree(x, 2)}
                toks = [x for x in toks if x.index not in owners]
            elif "+" in code:
                toks = self.prep(t, code)
                if not toks and t.pos == "NOUN":  # "акции протеста против X": the phrase hangs
                    toks = [x for c in self.compound_genitive(t) for x in self.prep(c, code)]
                # "провёл переговоры с X", "сыграет с X", "обрушился с упрёками в адрес X"
                partner = code in ("с+ins", "против+gen", "в_адрес+gen") and host is not None \
                    and hosts().get(host.lemma) == "agent"
                # "провели церемонию в память о X": the parse hangs whom the act honours on
                # the verb that holds it
                honoured = code in ("в_память+gen", "в_честь+gen") and host is not None and \
                    hosts().get(host.lemma) in ("agent", "agent:obj", "occur")
                if not toks and host is not None and (code.endswith(("+loc", "+acc")) or partner
                                                      or honoured
                                                      or code.startswith(("под+", "у+"))):
                    toks = self.prep(host, code)
                # (a trigger that is a subject is a noun whatever its tag: the tagger may read
                # `договорённость` as a short participle)
                if not toks and code == "между+ins" and \
                        t.rel in ("nsubj", "nsubj:pass") and (v := self.head(t)) is not None \
                        and v.pos in ("VERB", "AUX") and \
                        not any(c.rel in ("obj", "iobj") for c in self.kids(v)):
                    # "договорённость была достигнута между X и Y": who the act is between,
                    # said on the verb the noun is the subject of (not on one with an object
                    # of its own: `соглашение делит квоты между X и Y` shares out the quotas).
                    # Only names stand there as parties: `прошла между саммитами G20 и АТЭС`
                    # is a time between two acts, not a meeting of their hosts
                    toks = [x for x in self.prep(v, code) if x.index in self.ent_at]
                if not toks and code == "с_стороны+gen" and t.pos == "NOUN" and \
                        t.rel in ("nsubj", "nsubj:pass") and (v := self.head(t)) is not None \
                        and v.pos == "VERB":
                    # "атака была предпринята со стороны X", "критика прозвучала со стороны X":
                    # the side the act came from, said on the verb the noun is the subject of
                    toks = self.prep(v, code)
                if not toks and code in ("над+ins", "от+gen"):
                    toks = self.subject_noun_phrase(t, code)
                if not toks and t.pos == "VERB":  # "ввели санкции против России"; in the
                    # passive on its subject: "возбуждено дело против X" (`против X` under `дело`)
                    objs = ("obj", "nsubj:pass") if passive else ("obj",)
                    toks = [x for c in self.kids(t) if c.rel in objs for x in self.prep(c, code)]
                    if not toks and passive and (s := shared_subject(self.a, t)) is not None:
                        toks = self.prep(s, code)  # "контракт с X может быть продлён": its own
                if not toks and t.pos == "VERB" and not code.endswith("+loc") \
                        and (line := self.rule_for(t)) is not None:
                    # "отказалась от претензий к X": the phrase under the noun that the line's
                    # own preposition governs, as under an object; a place there is that noun's
                    # (`осудили за убийство в Курске`: the murder's city, not the sentence's)
                    toks = [x for c in self.kids(t) if c.rel == "obl" and any(
                        k.rel == "case" and k.lemma in line.with_ for k in self.kids(c))
                        for x in self.prep(c, code)]
                if not toks and t.pos == "VERB" and code == "на+acc" and not passive:
                    # "возложила ответственность за отравление X на Россию": the parse hangs the
                    # verb's closing `на` phrase on the last noun of its object's phrase
                    # (not under a noun of an act with its own `на` target: `санкции за нападение
                    # на X` names the one attacked, not the one sanctioned)
                    toks = [x for c in self.kids(t) if c.rel == "obj" for n in self.subtree(c, 1)[1:]
                            if n.rel == "nmod" and n.index > c.index
                            and norm(n.lemma) not in _on_target_nouns()
                            for x in self.prep(n, code)]
                if not toks and t.pos == "VERB" and code.endswith("+loc") and \
                        (line := self.rule_for(t)) is not None:
                    # "попала в аварию в Москве", "открыл стрельбу в школе": the place hangs on
                    # the noun that, with the verb, tells the act (the line's context word)
                    words = {w.lstrip("=@*>") for w in line.with_}  # (`=стрельба`: its object)
                    toks = [x for c in self.kids(t) if c.pos == "NOUN" and c.lemma in words
                            for x in self.prep(c, code)]
                if not toks and t.pos == "VERB":  # "вышла замуж за X": the phrase hangs on the
                    # adverb that completes the verb, not on the verb
                    toks = [x for c in self.kids(t) if c.rel == "advmod" and c.pos == "ADV"
                            and c.index > t.index for x in self.prep(c, code)]
            toks = [x for x in toks if self.same_line(x.index, t.index)]
            keys = list(dict.fromkeys(k for k in (self.entity_of(x) for x in toks) if k))
            if not toks:  # `Родился в Лондоне.`, `арестован новыми властями`: an unsaid subject
                keys = (self.body_in(t) if code == "nsubj" and not passive else []) or \
                    self.dropped(t, host, code, passive)
            if code == "gen" and not toks and t.pos in ("NOUN", "PROPN"):
                keys = self.possessor(t)  # "объявила о его смерти"
            if code == "honoured" and not toks:  # "выставка, посвящённая его 100-летию"
                keys = self.honoured_by_pronoun(t)
            if code == "author" and not toks:  # "его второй альбом вышел в 1984 году"
                keys = [k for w in self.works_of(t) for k in self.possessor(w)][:1]
            if code == "author":  # not the city or year a work is named for
                keys = [k for k in keys if self.entities[k].kind in ("person", "organization")]
            if code == "about":  # whom it is about: a person, not every name in the object
                keys = [k for k in keys if k in self.person]
            if keys:
                return keys
        if "died" in codes:  # `выразил соболезнования`, the phrase of the death unsaid or unsettled
            return self.the_dead(t)
        return []

    def decided_by(self, c: Token) -> list[Token]:
        """The doer a bare instrumental names: itself (`указом Путина`, `судом`), or, for a noun
        of decision or order (kg/data/ru/order_nouns.txt) that is no entity, the genitive that
        decided (`решением МОК лишена награды`, `постановлением правительства назначен`)."""
        if c.lemma in self.orders and c.index not in self.ent_at:
            gens = [g for g in self.kids(c) if g.rel in ("nmod", "appos") and g.index > c.index
                    and self.case_of(g) == "Gen" and not self.has_preposition(g)]
            if gens:
                return self.with_conj(gens[0])
        return self.with_conj(c)

    def neuter_read_as_object(self, t: Token) -> Token | None:
        """The subject of a neuter past verb the parse took for a second object when the real
        object stands before the verb (`Ивана Петрова наградило правительство Москвы`): the one
        neuter singular noun among two or more objects of a verb with no subject (a neuter
        noun reads the same in the nominative and the accusative; the verb's neuter ending
        agrees with it and with no other object)."""
        f = t.feats
        if t.pos != "VERB" or f.get("Gender") != "Neut" or f.get("Number") != "Sing" or \
                f.get("Tense") != "Past" or f.get("VerbForm") != "Fin" or any(
                c.rel in ("nsubj", "nsubj:pass") for c in self.kids(t)):
            return None
        objs = [c for c in self.kids(t) if c.rel == "obj"]
        neuter = [c for c in objs if c.pos == "NOUN" and c.feats.get("Gender") == "Neut"
                  and c.feats.get("Number") == "Sing" and c.feats.get("Animacy") == "Inan"]
        return neuter[0] if len(neuter) == 1 and len(objs) > 1 else None

    def nominative_read_as_object(self, t: Token) -> Token | None:
        """The subject after a past verb the parse took for a second object when the real object
        stands before the verb (`Ивана Петрова застрелил 28-летний Олег Зимин`): of two or more
        objects of an active past verb with no subject, the one after the verb the tagger reads
        as a nominative agreeing with the verb, when another stands before it (an object after
        the verb and one before it cannot both be the verb's accusative)."""
        f = t.feats
        if t.pos != "VERB" or f.get("Tense") != "Past" or f.get("VerbForm") != "Fin" or \
                f.get("Voice") == "Pass" or any(c.rel in ("nsubj", "nsubj:pass") for c in self.kids(t)):
            return None
        objs = [c for c in self.kids(t) if c.rel == "obj"]
        if not any(c.index < t.index for c in objs):
            return None
        nom = [c for c in objs if c.index > t.index and c.feats.get("Case") == "Nom"
               and c.feats.get("Number") == f.get("Number")
               and (f.get("Number") == "Plur" or c.feats.get("Gender") == f.get("Gender"))]
        return nom[0] if len(nom) == 1 else None

    def hung_on_order(self, t: Token, case: str) -> list[Token]:
        """The person the parse hung on a fronted decision in the bare instrumental
        (kg/data/ru/order_nouns.txt) instead of on t: a nominative is t's subject (`Решением
        Госдумы Иван Петров лишён мандата`); a name in the accusative's form under the
        decision's genitive is t's object when that genitive is a body (`Решением суда Ивана
        Петрова лишили прав`), but the title of a person who decided is his own (`решением
        губернатора Андрея Воробьёва`)."""
        found = []
        for c in self.kids(t):
            if not (c.rel in ("obl", "obl:agent") and c.index < t.index and c.lemma in self.orders
                    and self.case_of(c) == "Ins" and not self.has_preposition(c)):
                continue
            heads = [c] + [g for g in self.kids(c) if g.rel == "nmod" and self.case_of(g) == "Gen"
                           and not self.has_preposition(g)]
            for h in heads:
                if case == "Acc" and h is not c and h.feats.get("Animacy") != "Inan":
                    continue
                for n in self.kids(h):
                    if not (n.rel in ("appos", "nmod") and h.index < n.index < t.index
                            and self.entity_of(n) in self.person
                            and not self.has_preposition(n)):
                        continue
                    own = self.case_of(n)
                    if own == case or (case == "Acc" and own == "Gen" and h is not c and
                                       n.feats.get("Gender") == "Masc"):
                        found += self.with_conj(n)
        return found

    def the_dead(self, t: Token) -> list[str]:
        """Whom condolences are offered for when the phrase does not name him (`выразил
        соболезнования`, `соболезнования в связи с кончиной дипломата`): the one person whose
        death or killing the article has told before, as it happened; no one when it told of
        several, or of none, when the phrase itself speaks of several dead, when a misfortune
        told before has other victims or unnamed ones (`наводнение`, `погибли пять человек`), or
        when that death is dated to a year before the article's."""
        if self.several_dead(t):
            return []
        told = [f for f in getattr(self, "events", ()) if f.factuality == "Actual"
                and f.trigger.index < t.index and f.kind in _DYING | _MISFORTUNES]
        dead = {k for f in told if f.kind in _DYING for k in f.targets if k in self.person}
        if len(dead) != 1:
            return []
        published = getattr(self, "published", None)
        for f in told:
            victims = {k for k in f.targets if k in self.person}
            if f.kind in _DYING and dead & victims and published is not None and f.time \
                    is not None and f.time.year is not None and f.time.year < published.year:
                return []  # `его отец умер в 2010 году`: a death long past, not the one mourned
            if not victims <= dead:
                return []  # another victim named
            if not victims and (f.kind in _DYING or not any(
                    g.kind in _DYING and g.trigger.sent == f.trigger.sent for g in told)):
                # victims not named (`погибли пять человек`, `землетрясение унесло жизни`),
                # not of a misfortune told with the death (`при пожаре погиб X`)
                return []
        return sorted(dead)

    def several_dead(self, t: Token) -> bool:
        """Whether the phrase of the condolences itself speaks of several dead by a plural
        genitive on its recipient or on the noun of the death (`семьям погибших`,
        `родственникам жертв`, `в связи с гибелью пассажиров`)."""
        for w in self.subtree(t, 3)[1:]:
            if not (self.case_of(w) == "Dat" or w.lemma in _DEATH_NOUNS):
                continue
            if any(c.rel == "nmod" and c.index > w.index and self.case_of(c) == "Gen"
                   and c.feats.get("Number") == "Plur" and not self.has_preposition(c)
                   for c in self.kids(w)):
                return True
        return False

    def post_holder(self, verb: Token) -> list[Token]:
        """The object of an active verb that the parse hung inside its phrase of a post
        (`назначил на должность министра Ивана Кузьмина`, `освободил от должности главы
        ведомства X`, `снял с поста X`): a person's name standing after the post noun as an
        apposition of it or of the title in its genitive (`министра`), in the accusative (or the
        genitive of an animate masculine accusative). A feminine genitive is the title's owner
        (`на должность советника Анны Беловой`: Belova's adviser), and so is a name hung deeper
        in the title's chain (`советника президента Олега Ветрова`); neither is taken. A post told
        in the instrumental (`назначил министром Ивана Кузьмина`) is read the same way."""
        if verb.pos != "VERB" or any(c.rel in ("obj", "nsubj:pass") for c in self.kids(verb)):
            return []
        out: list[Token] = []
        for post in self.kids(verb):
            # the post itself in the instrumental (`назначил министром обороны Ивана Котова`,
            # `избрали председателем парламента Анну Белову`): the name after it is the one who
            # takes it, as after a post noun
            predicate = post.rel in ("xcomp", "obl") and post.feats.get("Case") == "Ins" and \
                post.lemma in self.posts and not self.has_preposition(post)
            if not predicate and (post.rel != "obl" or post.lemma not in _POST_NOUNS
                                      or not self.has_preposition(post, ("на", "от", "с"))):
                continue
            titles = [post] + [c for c in self.kids(post) if c.rel == "nmod" and c.index > post.index
                               and c.feats.get("Case") == "Gen" and not self.has_preposition(c)]
            # a rank before the name (`назначил министром обороны адмирала Игоря Котова`): the
            # parse hangs the rank on the post or its genitive (or as its apposition), and the name
            # on the rank; the rank is the holder's, in the accusative, not a title the post is of
            ranks = [r for c in titles for r in self.kids(c) if r.rel in ("nmod", "appos")
                     and r.index > c.index and r.pos == "NOUN" and not self.has_preposition(r)
                     and r.feats.get("Case") in ("Acc", "Gen") and _rank(r.lemma)]
            # of two ranks the last is the holder's, the first the one the post serves
            # (`назначил помощником генерала X полковника Y`: Y); ranks listed with it are holders
            # too (`вице-адмирала X и генерала Y`)
            last = max(ranks, key=lambda r: r.index, default=None)
            titles += [] if last is None else [last, *(c for c in self.kids(last) if c.rel == "conj"
                                                       and c.pos == "NOUN" and _rank(c.lemma))]
            for title in titles:
                for name in self.kids(title):
                    if name.rel not in ("appos", "flat", "flat:name") or name.pos != "PROPN" \
                            or name.index < title.index or self.ent_at.get(name.index) not in self.person:
                        continue
                    case = self.case_of(name)
                    male = (name.feats.get("Gender") or "Masc") == "Masc"
                    if case == "Acc" or (case == "Gen" and male and (title is not post or predicate)):
                        out.extend(self.with_conj(name))
                        self.holder_titles.add(title.index)
        return out

    def announced_by(self, t: Token, kind: str | None = None) -> list[str]:
        """The body that announces an act of its own kind (kg/data/ru/announced_acts.tsv) in an
        active verb with `о`/`об` + the act's noun, or + a phase of it: `Кремль объявил об
        увольнении X`, `власти Польши сообщили о задержании`, `Следственный комитет объявил о
        начале расследования`. Only an organisation, country or city named as the subject (not a
        person, who may only pass the news on, nor a news outlet); not an act with an owner of
        its own (`о своей отставке`, `о его задержании`). An arrest, an investigation or a
        release (`authority` classes of the table) only by an authority (`authority`): a rights
        centre or a foreign ministry that reports one only passes the news on."""
        if t.pos not in ("NOUN", "PROPN"):
            return []
        about = ("о", "об")
        n = t
        if not self.has_preposition(t, about):
            h = self.head(t)
            if t.rel != "nmod" or h is None or norm(h.lemma) not in _frames("phase") or \
                    not self.has_preposition(h, about):
                return []
            n = h  # `о начале расследования`
        if any(c.rel in ("det", "nmod") and (c.lemma in _OWNERS or c.lemma == "свой")
               for c in self.kids(t)):
            return []
        v = self.head(n)
        if n.rel != "obl" or v is None or v.pos != "VERB" or v.feats.get("Voice") == "Pass" or \
                norm(v.lemma) not in _announced("verb"):
            return []
        if self.a.quote_of(v) != self.a.quote_of(t):
            return []
        subj = [c for c in self.kids(v) if c.rel == "nsubj" and self.same_line(c.index, v.index)]
        if not subj or any(norm(w.lemma) in normed_words("media_nouns")
                           for w in [subj[0], *self.kids(subj[0])]):
            return []
        out = []
        for x in self.with_conj(subj[0]):
            k = self.entity_of(x)
            if k is None or k in out or self.entities[k].kind not in ("organization", *PLACE_KINDS):
                continue
            if kind in _authority_acts() and not self.authority(x, k):
                continue  # "правозащитный центр сообщил о задержании": it only passes the news on
            out.append(k)
        return out

    def dismissed_by(self, t: Token) -> list[str]:
        """Who lets go the one whose leaving a Resignation noun names in its genitive, where the
        line gives no agent of its own: the body that announces it with `о`/`об` (`клуб «Заря»
        объявил об отставке тренера X`, as `announced_by`), or the subject of an active verb of
        kg/data/ru/dismissal_verbs.tsv that takes the noun as its object (`президент принял
        отставку X`, `клуб подтвердил отставку X`; a person confirming it only passes the news
        on), or the bare instrumental of such a passive verb (`отставка X принята президентом`),
        or that takes the paper asking for it (kg/data/ru/dismissal_requests.txt:
        `удовлетворил прошение об отставке X`), unless it only notes it or takes it up (`принял к
        сведению`, `к рассмотрению`). None for a noun with no named leaver (`объявил о своей
        отставке`, `правительство объявило об отставке`: one's own leaving), nor for the leaver
        himself."""
        if t.pos not in ("NOUN", "PROPN"):
            return []
        leavers = [k for k in self.role(t, None, ("gen",))]
        if not leavers:
            return []
        out = self.announced_by(t, "Resignation")
        obj, v = t, self.head(t)
        if v is not None and v.pos in ("NOUN", "PROPN") and t.rel == "nmod" and \
                self.has_preposition(t, ("о", "об")) and \
                norm(v.lemma) in normed_words("dismissal_requests"):
            obj, v = v, self.head(v)  # `удовлетворил прошение об отставке X`: the paper granted
        passive = v is not None and v.feats.get("Voice") == "Pass"
        if not out and v is not None and v.pos == "VERB" and \
                obj.rel == ("nsubj:pass" if passive else "obj") and \
                self.a.quote_of(v) == self.a.quote_of(t) and \
                not any(c.rel == "obl" and self.has_preposition(c, "к") for c in self.kids(v)):
            # (`принял к сведению`, `к рассмотрению`: noted or taken up, not granted)
            who = _dismissal_verbs().get(norm(v.lemma))
            kinds = ("person", "organization", *PLACE_KINDS) if who == "any" else \
                ("organization", *PLACE_KINDS) if who == "body" else ()
            # a passive's doer is its bare instrumental (`отставка X принята президентом`)
            doers = self.passive_agents(v) if passive else self.subject(v)
            out = [k for x in doers if (k := self.entity_of(x)) is not None
                   and self.entities[k].kind in kinds]
        return [k for k in dict.fromkeys(out) if k not in leavers]

    def owned_leaving(self, t: Token) -> bool:
        """Whether a noun of leaving names whose leaving it is in a bare genitive after it, a name
        or not (`отставку правительства`, `отставку министра`): someone else's, not the
        subject's of the verb it hangs on."""
        return any(c.rel in ("nmod", "appos") and c.index > t.index and self.case_of(c) == "Gen"
                   and not self.has_preposition(c) for c in self.kids(t))

    def authority(self, x: Token, key: str) -> bool:
        """The subject `x` (entity `key`) of an announcing verb is a body that can carry out an
        arrest or an investigation itself: an `authority` word of kg/data/ru/announced_acts.tsv in
        its phrase (its head, the words under it: `полиция Нарнии`, `Следственный комитет`,
        `власти Нарнии`) or its name (`МВД`), or a country or city named by itself (`Нарния
        сообщила о задержании`), not a ministry, a centre or an embassy of it."""
        words = _announced("authority")
        phrase, edge = [x], [x]
        for _ in range(2):  # its own words, not a conjunct's or a clause's
            edge = [c for w in edge for c in self.kids(w)
                    if c.rel in ("amod", "nmod", "appos", "flat", "flat:name", "compound", "nummod")]
            phrase += edge
        if any(norm(w.lemma) in words or w.text.casefold() in words for w in phrase):
            return True
        name = self.entities[key].name.casefold().replace("-", " ").split()
        if any(w in words for w in name):
            return True
        return self.is_place(key) and self.ent_at.get(x.index) == key

    def engaged(self, t: Token) -> list[Token]:
        """The subject of a verb of kg/data/ru/engage_verbs.tsv that takes up, prepares or is busy
        with the act the noun `t` names in its phrase (`МВД приступило к расследованию`,
        `расследованием займётся прокуратура`, `община готовится к празднованию`); `занять` only in
        the passive (`полиция занята расследованием`); or that makes an attempt at it, the noun
        the genitive of its object `попытка` (`спецназ предпринял попытку штурма`)."""
        h = self.head(t)
        if t.pos not in ("NOUN", "PROPN") or h is None:
            return []
        if t.rel == "nmod" and h.rel == "obj" and not self.has_preposition(t) and \
                self.case_of(t) == "Gen" and (v := self.head(h)) is not None and \
                v.feats.get("Voice") != "Pass" and \
                f"obj:{norm(h.lemma)}" in engage_verbs().get(norm(v.lemma), ()):
            return self.subject(v)  # "спецназ предпринял попытку штурма"
        if t.rel != "obl":
            return []  # (the verb's own tag may slip: `займётся` read as a noun)
        phrases = engage_verbs().get(norm(h.lemma))
        if not phrases or not any(self.in_phrase(t, p) for p in phrases):
            return []
        if norm(h.lemma) == "занять":
            if h.feats.get("Voice") != "Pass":
                return []  # "занял первое место": no act taken up
            return [x for c in self.kids(h) if c.rel in ("nsubj", "nsubj:pass")
                    and self.same_line(c.index, h.index) for x in self.with_conj(c)]
        return self.subject(h)

    def rewarded(self, t: Token) -> list[Token]:
        """Who did the act the noun `t` names after `за` under a verb of being given a reward
        for it (kg/data/ru/reward_words.txt): the subject of `получить`/`удостоиться` whose object
        is a reward or a sum (`X получил премию за подписание договора`, `Y получила миллион
        долларов за выступление`), or the subject of a passive `награждён`/`удостоен` (`Z награждён
        орденом за спасение`). Not `получил компенсацию за арест`, where the act was done to him,
        nor `премия за открытие` (a discovery: no Founding)."""
        h = self.head(t)
        words = reward_words()
        if h is not None and t.rel == "nmod" and norm(h.lemma) in words and \
                h.rel in ("obj", "obl", "iobj") and not self.has_preposition(h):
            h = self.head(h)  # "награждён премией за выступление": hung on the reward
        elif t.rel != "obl":
            return []
        if t.pos != "NOUN" or h is None or h.pos != "VERB" or norm(t.lemma) in _DISCOVERY or \
                [k.lemma for k in self.kids(t) if k.rel == "case"] != ["за"] or \
                self.case_of(t) not in (None, "Acc"):
            return []
        verb = norm(h.lemma)
        if h.feats.get("Voice") == "Pass" or verb in _AWARDED:
            if verb not in _AWARDED:
                return []
            return [x for c in self.kids(h) if c.rel in ("nsubj:pass", "nsubj")
                    and self.same_line(c.index, h.index) for x in self.with_conj(c)]
        if verb not in _RECEIVE:
            return []
        if not any(c.rel in ("obj", "obl") and not self.has_preposition(c) and (
                norm(c.lemma) in words or any(k.rel.startswith("nummod") and norm(k.lemma) in words
                                              for k in self.kids(c)))
                   for c in self.kids(h)):
            return []
        return self.subject(h)

    def in_phrase(self, t: Token, phrase: str) -> bool:
        """`t` is in the phrase `к+dat` (a preposition and a case) or `ins` (a bare case)."""
        if phrase.startswith("obj:"):
            return False  # an attempt's object (`obj:попытка`), not a phrase of the verb
        preps = [k.lemma for k in self.kids(t) if k.rel == "case"]
        if "+" not in phrase:
            return not preps and t.feats.get("Case") == _CASES[phrase]
        word, case = phrase.split("+")
        return preps[:1] == [word] and t.feats.get("Case") in (None, _CASES[case])

    def taking_part(self, t: Token) -> list[str]:
        """The entities `participants_of` names, on the trigger's line."""
        toks = [x for x in self.participants_of(t) if self.same_line(x.index, t.index)]
        return list(dict.fromkeys(k for k in (self.entity_of(x) for x in toks) if k))

    def chaired_by(self, t: Token) -> list[str]:
        """The person who chairs the gathering the noun `t` names (`под председательством X`):
        the phrase under the noun (`совещание под председательством X`), under the verb the noun
        is the subject of (`заседание пройдёт под председательством X`) or under its relative
        clause (`совещание, которое прошло под председательством X`), and each co-chair listed
        with it, not one denied (`не X, а Y`: Y). Only a person: a chair is someone sitting in
        the gathering, which the phrase says is held."""
        holders = [t]
        h = self.head(t)
        if h is not None and h.pos == "VERB" and t.rel in ("nsubj", "nsubj:pass"):
            holders.append(h)
        holders += [c for c in self.kids(t) if c.rel == "acl:relcl" and c.pos == "VERB"]
        out = []
        for x in holders:
            for c in self.kids(x):
                if norm(c.lemma) != "председательство" or not self.has_preposition(c, "под"):
                    continue
                for g in self.kids(c):
                    if g.rel not in ("nmod", "appos") or g.index < c.index or \
                            not self.same_line(g.index, t.index):
                        continue
                    # co-chairs (`под председательством X и Y`); one denied is not the chair
                    # (`под председательством не X, а Y`)
                    for x in [g, *(y for y in self.kids(g) if y.rel == "conj")]:
                        if any(norm(n.lemma) == "не" for n in self.kids(x) if n.rel == "advmod"):
                            continue
                        k = self.entity_of(x)
                        if k in self.person and k not in out:
                            out.append(k)
        return out

    def participants_of(self, t: Token) -> list[Token]:
        """Who takes part in the act the noun `t` names after `в`: the subject of a verb of taking
        part (kg/data/ru/event_frames.tsv `part`: `Ирак участвовал в конкурсе`), or, under the
        noun of taking part (`участие`) said with `за` or as a frame (`во время`, `в ходе`) and
        with no owner of its own, the subject the verb it hangs on names (`оштрафован за участие
        в акции`, `во время участия в сессии X выступил`); not `отказался от участия`, nor `после
        участия в конкурсе её приняли`, where the one who took part need not be the subject."""
        h = self.head(t)
        listed = self.listed_in(t)
        if listed is not None:  # "участвовал в двух мероприятиях — пресс-конференции и …"
            t, h = listed, self.head(listed)
        if h is None or t.pos not in ("NOUN", "PROPN") or \
                not self.has_preposition(t, "в"):
            return []
        if t.rel == "obl" and h.pos == "VERB" and norm(h.lemma) in _frames("part"):
            if self.negated(h) or self.barred(h):
                return []  # "не участвовал в выборах", "запретили участвовать в выборах": no part
            return self.subject(h)
        if t.rel != "nmod" or not self.takes_part_noun(h) or h.rel not in ("obl", "nmod"):
            return []
        if any(c.rel in ("nmod", "det") and c.index != t.index and (
                c.lemma in _OWNERS or c.lemma == "свой" or
                (self.case_of(c) == "Gen" and not self.has_preposition(c))) for c in self.kids(h)):
            return []  # "за участие его сына в акции": someone else's
        marks = [k for k in self.kids(h) if k.rel == "case"]
        words = {m.lemma for m in marks} | {f.lemma for m in marks for f in self.kids(m)
                                             if f.rel == "fixed"}
        if not (words & ({"за"} | _frames("frame"))):
            return []
        v = self.head(h)
        if v is None or v.pos != "VERB":
            return []
        return [x for c in self.kids(v) if c.rel in ("nsubj", "nsubj:pass")
                and self.same_line(c.index, v.index) for x in self.with_conj(c)]

    def listed_in(self, t: Token) -> Token | None:
        """The common noun a list of acts after a dash or colon spells out (`в двух мероприятиях
        — пресс-конференции и открытии выставки`): `t` is its first member (or a later one,
        conjoined to the first), the noun the member's head; None when `t` is no such member."""
        first = t
        if t.rel == "conj" and (h := self.head(t)) is not None and h.rel in ("parataxis", "appos"):
            first = h
        h = self.head(first)
        if first.rel not in ("parataxis", "appos") or h is None or h.pos != "NOUN" or \
                first.index < h.index or not self.after_mark(first, ("—", "–", ":")) or \
                self.has_preposition(first) or first.feats.get("Case") != h.feats.get("Case"):
            return None
        return h

    def shared_object(self, verb: Token) -> list[Token]:
        """The object two verbs coordinated with `и` share, which the parse gives to one of them
        only: the first takes the second's object after it (`похитили и убили X`, `задержали и
        через неделю допросили X`), the second the first's (`X похитили и убили`). Not when the
        second has a subject of its own (`X похитил, а Y убил Z`) or another verb or a comma
        stands between."""
        if verb.pos != "VERB":
            return []
        nxt = next((c for c in self.kids(verb) if c.rel == "conj" and c.pos == "VERB"
                    and c.index > verb.index), None)
        if nxt is not None and self.coordinated(verb, nxt):
            return [x for c in self.kids(nxt) if c.rel == "obj" and c.index > nxt.index
                    for x in self.with_conj(c)]
        first = self.head(verb)
        if verb.rel == "conj" and first is not None and first.pos == "VERB" and \
                first.index < verb.index and self.coordinated(first, verb):
            return [x for c in self.kids(first) if c.rel == "obj" for x in self.with_conj(c)]
        return []

    def coordinated(self, first: Token, second: Token) -> bool:
        """`first и … second`, the second with no subject of its own."""
        between = self.a.tokens[first.index + 1:second.index]
        return bool(between) and between[0].lemma == "и" and not any(
            w.pos in ("VERB", "AUX", "PUNCT", "CCONJ") for w in between[1:]) and not any(
            c.rel.startswith("nsubj") for c in self.kids(second))

    def venue(self, key: str, t: Token) -> bool:
        """Whether an organisation named in t's sentence is a building or hall the event is held
        in (kg/data/ru/venue_nouns.txt): a noun of its name (`Большой театр`, `Белый дом`) or the
        noun right before it (`в клубе «Ласточка»`), past quotation marks."""
        sent = self.a.sentences[t.sent]
        for m in self.entities[key].mentions:
            if not (sent.start <= m.start < sent.end):
                continue
            inside = [u for u in self.a.tokens[sent.first:sent.last + 1]
                      if u.start < m.end and m.start < u.end]
            if not inside:
                continue
            if any(u.pos in ("NOUN", "PROPN") and norm(u.lemma) in normed_words("venue_nouns")
                   for u in inside):
                return True
            i = inside[0].index - 1
            while i >= sent.first and self.a.tokens[i].pos == "PUNCT" \
                    and self.a.tokens[i].text in "«\"„“":
                i -= 1
            if i >= sent.first and self.a.tokens[i].pos == "NOUN" \
                    and norm(self.a.tokens[i].lemma) in normed_words("venue_nouns"):
                return True
        return False

    def body_in(self, verb: Token) -> list[str]:
        """The organisation a plural verb with no subject acts for, named in its `в` phrase
        (`В ООН выразили соболезнования`, `в Госдуме поздравили X`): the body's people, unnamed,
        do the act. Only an organisation: `в Москве задержали X` says where, not who; and only
        before the verb: after it the phrase is as often where the act is aimed (`обратились в
        ООН`, the name's case unseen). Not a building or hall the act is held in (`в Большом
        театре наградили`, `в МГУ встретились`: `venue`), nor for a blow, a killing, a seizure or
        an arrest (`в «Газпроме» убили X`, `в «Ашане» задержали X`): those a body's premises see
        done, its people do not do them as the body. And only for a subject that does the act: one who undergoes it (`в «Газпроме»
        ушли в отставку`, the subject of a Resignation line's target) is some of its people,
        not the body."""
        rule = self.rule_for(verb)
        if rule is None or "nsubj" not in rule.agent or self.acting in _DONE_IN_PREMISES or \
                verb.pos != "VERB" or \
                verb.feats.get("Number") != "Plur" or \
                verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Person") not in (None, "3") \
                or any(c.rel.startswith(("nsubj", "csubj")) for c in self.kids(verb)):
            return []
        for c in self.kids(verb):
            k = self.ent_at.get(c.index)
            if c.rel == "obl" and c.index < verb.index and k and \
                    self.entities[k].kind == "organization" and \
                    self.case_of(c) == "Loc" and [m.lemma for m in self.kids(c)
                                                  if m.rel == "case"] == ["в"] and \
                    not self.venue(k, verb):
                return [k]
        return []

    def dropped(self, t: Token, host: Token | None, code: str, passive: bool) -> list[str]:
        """The person a subject left unsaid stands for (kg.nlp.ru.reference), for the subject
        of an active verb, the subject of a passive one, or the subject of an agentive host."""
        verb = None
        if code == "nsubj" and not passive and t.pos == "VERB":
            verb = self.sharing_verb(t)
        elif code == "pass" and passive:
            verb = t
        elif code == "host" and host is not None and hosts().get(host.lemma) == "agent" \
                and t.rel in ("obj", "obl", "nmod"):
            verb = self.sharing_verb(host)
        elif code in ("gov", "govpost", "frame") and (
                code != "frame" or self.circumstance(t) or self.taken_part(t)):
            v = self.governor(t, post=code == "govpost")  # "В 1959 году победил на конкурсе"
            if v is not None and v.pos == "VERB" and v.feats.get("Voice") != "Pass":
                verb = self.sharing_verb(v)
        if verb is not None and verb.feats.get("Person") == "1" and \
                verb.feats.get("Number") == "Sing":  # `«Предлагаю …», — написал X`: the writer
            key = self.speaker_of(verb)
            return [key] if key else []
        key = (self.reference.dropped(verb) or self.in_view.dropped(verb)) \
            if verb is not None else None
        if key and code == "nsubj" and verb is t:
            # "Родился в Омске. В 1993 году основал студию совместно с Y": Y founded it too
            partners = (self.entity_of(x) for x in self.together(t, unsaid=True))
            return list(dict.fromkeys([key, *(k for k in partners if k)]))
        return [key] if key else []

    def sharing_verb(self, t: Token) -> Token:
        """The finite verb whose unsaid subject a converb or infinitive with none of its own
        shares (`Карьеру начал в 2010 году, возглавив сборную`, `В 2010 году решил переехать`:
        the subject `начал`/`решил` leaves unsaid is the one who heads and moves), climbing
        converbs and infinitives; the verb itself otherwise. A converb or infinitive has no
        gender or person of its own to find an antecedent by, its finite verb has. Not through
        a control verb (`вынудили бежать`: not the forcers flee), a passive (its subject is
        the one acted upon) or a verb with a subject or nominative of its own (whose subject
        `subject` already gave, or the parse hid)."""
        v = t
        for _ in range(3):
            if v.feats.get("VerbForm") == "Fin" or any(
                    c.rel.split(":")[0] in ("nsubj", "csubj") for c in self.kids(v)):
                break
            converb = v.rel == "advcl" and v.feats.get("VerbForm") == "Conv"
            infinitive = v.rel == "xcomp" and v.feats.get("VerbForm") == "Inf"
            h = self.head(v)
            if not (converb or infinitive) or h is None or h.pos != "VERB" or \
                    h.feats.get("Voice") == "Pass" or \
                    _control().get(h.lemma, "subj") != "subj" or \
                    not self.same_line(h.index, t.index):
                return t
            v = h
        return v if v.feats.get("VerbForm") == "Fin" else t

    def speaker_of(self, t: Token) -> str | None:
        """The speaker of the quotation a first-person word stands in (`«Я встретился с ним», —
        сказал X`: X), when reported speech names one; None outside quotes. Only for an act
        done by saying it (kg/data/ru/first_person_acts.txt: `поздравляю`, `прошу`, `ухожу в
        отставку`): the other acts a speaker tells of himself are mostly wished, feared or said in
        a figure (`я готов умереть`, `мне как будто по голове ударили`)."""
        if self.acting not in word_list("first_person_acts"):
            return None
        if self.acting_as != "Actual" and not self.wished_said(self.acting_at):
            return None  # `я бы потребовал`, `я готов уйти в отставку`, `я мог бы уйти`: not done
        # said as done, not denied or told of a habit or a side circumstance (`я не прошу`,
        # `когда я у него прошу`, `требуя …`)
        v = t if t.pos in ("VERB", "AUX") else self.head(t)
        if v is None or any(w.feats.get("VerbForm") == "Conv" or self.negated(w)
                            or w.rel.startswith(("advcl", "acl"))
                            or any(c.rel == "mark" and c.lemma in ("когда", "если", "пока")
                                   for c in self.kids(w))
                            for w in (v, self.acting_at) if w is not None):
            return None
        # the innermost quotation that holds it (a quote within a quote is its own speaker's),
        # whatever order the statements come in
        held = sorted((end - start, start, end, key) for start, end, key in self.speakers
                      if start <= t.start and t.end <= end)
        if not held:
            return None
        _, start, end, key = held[0]
        if self.retold(t, start, end) or self.framed_by_another(start, end, key):
            return None
        return key

    def framed_by_another(self, start: int, end: int, key: str) -> bool:
        """Whether the speech verb that frames the quotation `start`..`end` in its sentence (the
        nearest before it, else the nearest after it) has a named subject that is not `key`, the
        speaker reported speech gave it: `X рассказал, что Y заявил ему: «Я ухожу в отставку»` is
        Y's, though the quote may be given to X."""
        toks = self.a.tokens
        inside = [w for w in toks if start <= w.start and w.end <= end]
        if not inside:
            return False
        sent_of = {inside[0].sent, inside[-1].sent}
        before = [w for w in toks[:inside[0].index] if w.sent in sent_of]
        after = [w for w in toks[inside[-1].index + 1:] if w.sent in sent_of]
        for side in (reversed(before), after):
            verb = next((w for w in side if w.pos == "VERB" and w.lemma in speech_verb_lemmas()),
                        None)
            if verb is None:
                continue
            named = {self.entity_of(c) for c in self.subject(verb) if c.lemma not in ("я", "мы")}
            named.discard(None)
            return bool(named) and key not in named
        return False

    def wished_said(self, t: Token | None) -> bool:
        """Whether the act `t`, found as not actual, is still done by saying that one wishes to
        do it: thanks, a greeting or a request (`хочу поблагодарить`, `хотел бы поздравить`,
        `хочу попросить`); leaving is not (`хочу уйти в отставку` is a wish)."""
        h = self.head(t) if t is not None else None
        return h is not None and t.rel == "xcomp" and h.lemma == "хотеть" and \
            not self.negated(h) and self.acting in _SAID_ACTS

    def retold(self, t: Token, start: int, end: int) -> bool:
        """Whether the first-person word `t` in the quotation `start`..`end` is not its speaker's
        act as said: it asks (`«Разве я требую отставки?»`), or it is someone else's words the
        speaker retells, in a quote of its own or under another's speech verb (`«Он сказал мне:
        "Я ухожу в отставку"»`, `«Губернатор позвонил и сказал: я подаю в отставку»`)."""
        toks = self.a.tokens
        for w in toks[t.index + 1:]:  # the end of its sentence
            if w.start >= end or w.sent != t.sent:
                break
            if w.text in (".", "!", "?", "…", "?!", "!?"):
                if "?" in w.text:
                    return True
                break
        marks = sum(w.text in ("«", "»", "„", "“", "”", '"') for w in toks[:t.index]
                    if w.start >= start)
        if marks % 2 == 1:  # an inner quote opened before `t` and not closed
            return True
        w, seen = self.head(t), 0
        while w is not None and seen < 12 and start <= w.start and w.end <= end:
            if w.lemma in speech_verb_lemmas() and w.pos == "VERB" and w.index < t.index and \
                    w.feats.get("Person") != "1" and not any(
                        c.rel.startswith("nsubj") and c.lemma in ("я", "мы") for c in self.kids(w)):
                return True  # another's words the speaker retells
            w, seen = self.head(w), seen + 1
        return False

    def same_line(self, i: int, j: int) -> bool:
        """No line break between two tokens: facts do not cross a stripped gap or a caption."""
        a, b = sorted((i, j))
        return "\n" not in self.a.text[self.a.tokens[a].end:self.a.tokens[b].start]

    def segment(self, first: int, last: int) -> tuple[str | None, list[str]]:
        """The place (`в Страсбурге`) and organisations (`в рамках Совета Европы`) in a range."""
        place, orgs = None, []
        for tok in self.a.tokens[first:last + 1]:
            k = self.ent_at.get(tok.index)
            if k is None or (tok.index - 1 >= 0 and self.ent_at.get(tok.index - 1) == k):
                continue  # one entity per mention, at its first token
            prep = {c.lemma for c in self.kids(tok) if c.rel == "case"}
            h = self.head(tok)
            if self.is_place(k) and prep & {"в", "на"} and place is None:
                place = k
            elif self.entities[k].kind == "organization" and (
                    "в" in prep or (h is not None and h.lemma == "рамка")):
                orgs.append(k)
        return place, orgs

    def place_after(self, trigger: Token, actors: set[str], stops: set[int]) -> str | None:
        """`провёл переговоры с Чавушоглу в Анкаре`, the parse hanging `в Анкаре` on the name:
        the first `в`-place after the trigger, before the clause or another trigger (`stops`)."""
        last = self.a.sentences[trigger.sent].last
        for tok in self.a.tokens[trigger.index + 1:last + 1]:
            if tok.text in QUOTE_MARKS:
                continue  # "у офиса «Газпрома» в Москве": a name's quotes end no phrase
            if tok.pos in ("VERB", "AUX", "PUNCT", "SCONJ") or tok.index in stops:
                return None
            k = self.loc_place(tok)
            if k and k not in actors:
                return k
        return None

    def within(self, some: set[str], others: set[str]) -> bool:
        """Every actor of `some` is one of `others`, counting two entities of one person named
        differently ("Джон Хантсмен", "Джона Хантсмана-младшего") as one."""
        return all(any(a == b or self.same_person(a, b) for b in others) for a in some)

    def same_person(self, a: str, b: str) -> bool:
        if a not in self.person or b not in self.person:
            return False
        fa, sa, xa = _person_sig(self.entities[a].name)
        fb, sb, xb = _person_sig(self.entities[b].name)
        return fa == fb and sa == sb and (xa == xb or not xa or not xb)


@functools.cache
def _source_cues() -> frozenset[tuple[str, str]]:
    """The two-word source phrases (`по данным`, `по словам`, `согласно сообщению`)."""
    cues = (_norm_word(r[0]).split(" ") for r in table("speech_sources")
            if len(r) >= 2 and r[1].startswith("cue_"))
    return frozenset((w[0], w[1]) for w in cues if len(w) == 2)


def _norm_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def _agree_in_number(a: Token, b: Token) -> bool:
    """Two verbs may share a subject: `убил …, затем его застрелили` do not (singular, plural)."""
    x, y = a.feats.get("Number"), b.feats.get("Number")
    return not (x and y and x != y)


# clauses under a word of another clause: a verb in one has a subject of its own
_SUBORDINATE_CLAUSES = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "csubj"})


def _agree_with_subject(verb: Token, subj: Token) -> bool:
    """A finite verb agrees with a nominative subject in number and, for a past singular verb,
    gender, where both show them (`подозреваемый … скончался`, not `… скончалась`)."""
    return _agree_in_number(verb, subj) and (verb.feats.get("Number") != "Sing" or _compatible(
        [(verb.feats.get("Gender"), subj.feats.get("Gender"))]))


def _gender_clash(a: Token, b: Token) -> bool:
    """Two past singular verbs of different genders (`проиграла`, `принял`): no one subject."""
    x, y = a.feats.get("Gender"), b.feats.get("Gender")
    return bool(x and y and x != y) and a.feats.get("Number") == b.feats.get("Number") == "Sing"


def _compatible(pairs: list[tuple[str | None, str | None]]) -> bool:
    """No pair of grammatical values clashes where both are shown."""
    return all(not (x and y and x != y) for x, y in pairs)


def _agree(a: Token, b: Token) -> bool:
    """Two finite verbs agree in number and, where both show it, gender and person: `заявил, что
    покинет` may share a subject, `заявил, что её арестовали` and `заявила, что он ушёл` not."""
    return _agree_in_number(a, b) and _compatible(
        [(a.feats.get(f), b.feats.get(f)) for f in ("Gender", "Person")])


def _agree_as_noun(part: Token, noun: Token, case: str | None, loose: bool,
                   number: str | None = None) -> bool:
    """A participle agrees with a noun in case, number and, in the singular, gender, where both
    show them (an undeclined name shows none); `loose`, the oblique masculine and neuter count
    as one gender; `number`, the number of the list the noun heads, if it heads one."""
    pairs = [(part.feats.get("Case"), case),
             (part.feats.get("Number"), number or noun.feats.get("Number"))]
    genders = {part.feats.get("Gender"), noun.feats.get("Gender")}
    # outside the nominative and accusative the masculine and neuter singular are one form
    # (`агентства, созданного`, `о решении, принятом`): the tagger's guess between them says nothing
    if part.feats.get("Number") == "Sing" and not (
            loose and genders == {"Masc", "Neut"}
            and part.feats.get("Case") in ("Gen", "Dat", "Ins", "Loc")):
        pairs.append((part.feats.get("Gender"), noun.feats.get("Gender")))
    if {part.feats.get("Case"), case} == {"Gen", "Acc"} and noun.feats.get("Animacy") == "Anim":
        pairs = pairs[1:]  # the animate accusative is the genitive's form ("задержанного")
    # …and the inanimate accusative the nominative's, but for the feminine singular (`принятый
    # Госдумой закон … одобрен`: the tagger's `закон` accusative, its participle nominative)
    one_form = noun.feats.get("Number") == "Plur" or noun.feats.get("Gender") in ("Masc", "Neut")
    if {part.feats.get("Case"), case} == {"Nom", "Acc"} and noun.feats.get("Animacy") == "Inan" \
            and one_form:
        pairs = pairs[1:]
    return _compatible(pairs)


def _person_sig(name: str) -> tuple[str, str, str]:
    """First name, surname stem and generation suffix: "Джона Хантсмана-младшего" →
    ("джон", "хантс", "младш"), the same stem as "Джон Хантсмен"."""
    words = casefold_name(name).split(" ")
    surname, _, suffix = words[-1].partition("-")
    first = words[0][:4] if len(words) > 1 else ""
    return first, surname[:5], suffix[:5]
