"""Events of a Russian article from the trigger lexicon (kg/data/ru/triggers.tsv) and the parse.

A trigger word (verb or noun) gives the class; its syntactic dependents give the agent, target and
place, each mapped to an entity through the mention offsets; the time expression attached to it
(or to the verb carrying a noun trigger) gives the time. Every mention gets a factuality: negated or
cancelled ones ("не состоится", "отменил визит") are Negated, hypothetical ones ("если начнёт
вторжение") Possible or turned into their line's irrealis class ("готова ввести санкции"),
future or intended ones Planned (event_assert.py). A noun
that repeats an event already found ("Разговор длился…") adds to it instead of making a new one.
When the parse does not give the roles a line requires (missing words, pronouns), no event is
made: no fact rather than a wrong fact. See docs/events.md.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.nlp.base import casefold_name, one_edit, span
from kg.nlp.lines import headline
from kg.nlp.ru import event_actor_model as actor_model
from kg.nlp.ru import event_candidates as candidates_model
from kg.nlp.ru import learned
from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.clause_subjects import shared_subject, subtree_indexes
from kg.nlp.ru.country_adjectives import country_names
from kg.nlp.ru.dates import find_times, setting_lemmas, tense_at
from kg.nlp.ru.event_assert import (
    DENIED,
    OF_THE_LIVING,
    PARENTHESES,
    PRONOUNS,
    Assertion,
    chances,
    unfound,
)
from kg.nlp.ru.event_detail import Detail
from kg.nlp.ru.event_order import dates_told_act
from kg.nlp.ru.event_retold import (
    retold_from_title,
    retold_late,
    retold_named,
    retold_toll,
    title_suspected,
    title_tense,
)
from kg.nlp.ru.event_roles import (
    BEFORE_AFTER,
    PLACE_KINDS,
    announced_acts,
    hosts,
    object_hosts,
    occur_hosts,
)
from kg.nlp.ru.event_time import LEGAL_ACTS
from kg.nlp.ru.lexicon import (
    DATA_DIR,
    class_group,
    normed_words,
    possessives,
    rule_words,
    table,
    table_file,
    word_list,
)
from kg.nlp.ru.lexicon import again_words as _again_words
from kg.nlp.ru.lexicon import norm as _norm
from kg.nlp.ru.name_types import country_name_set
from kg.nlp.ru.quotes import OPENING_QUOTES, QUOTE_MARKS
from kg.nlp.ru.reference import former_words
from kg.nlp.ru.speech_clauses import speech_verb_lemmas
from kg.records import Document, Entity, Event, Span, Statement, TimeValue

_DURATION_VERBS = {"длиться", "продолжаться", "продлиться"}

# classes whose participants may be countries ("саммит G7", "переговоры России и США")
_CONTACTS = class_group("contacts")
# classes whose events an organisation named where they happen takes part in ("выступил в ООН";
# "в Следственном комитете возбуждено дело": the body that investigates or hears the case)
_GATHERINGS = class_group("gatherings")
_DATED_PARTICIPLE = class_group("dated_participle")  # (`закон, принятый в 2003 году`)
# sittings whose chair (`под председательством X`) takes part in them
_CHAIRED = class_group("chaired")


# contests a failed attempt to win still tells (`не смогла обыграть X`: the match was played)
_CONTESTS = class_group("contests")
_ONCE = class_group("once")  # acts one goes through once: told again, the same act
_ADDING = _again_words("also") | _again_words("adding")  # "погиб и оператор": one more person
_LEAD = 3  # sentences after the title that retell its act (the lead)
_FOR_PREPOSITIONS = {"за", "против", "по"}  # what a `>` context word is governed by: a vote's issue


@functools.cache
def _time_units() -> frozenset[str]:
    """The nouns of the longer units of time (`неделя`, `месяц`, `год`: kg/data/ru/time_words.tsv
    `unit` W, MO, Y), as lemmas: a count `за месяц` is a count over a stretch whose earlier events
    the text need not tell (`второй за день взрыв` may well follow the morning's, told before)."""
    return frozenset(_norm(w) for kind, value, forms in table("time_words")
                     if kind == "unit" and value in ("W", "MO", "Y") for w in forms.split())


@functools.cache
def _at_the_wheel(kind: str) -> frozenset[str]:
    """The wheel noun (`noun`) and the verbs of sitting at it (`verb`) that name a driver
    (kg/data/ru/at_the_wheel.tsv)."""
    return frozenset(w for k, w in table("at_the_wheel") if k == kind)


@functools.cache
def plurals() -> dict[str, str]:
    """Lemma the parse gives a plural-only noun → that noun (kg/data/ru/plural_nouns.tsv)."""
    return {r[0]: r[1] for r in table("plural_nouns") if len(r) >= 2}


@functools.cache
def acted_on() -> frozenset[tuple[str, str]]:
    """(line class, word class): a context word of such a line that is an event of its own too
    (kg/data/ru/acted_on_events.tsv: `подавили акции протеста`, the protest took place)."""
    return frozenset((r[0], r[1]) for r in table("acted_on_events") if len(r) >= 2)


@functools.cache
def retold_classes(where: str = "bare") -> frozenset[tuple[str, str, str]]:
    """(class told, class retold, factuality of the act told or `*`): a mention of the second
    class may tell again the happening told first in the first class, as a bare noun (`bare`: a
    shooting, then `массовое убийство`) or in the lead under the headline's act (`title`)
    (kg/data/ru/retold_classes.tsv)."""
    return frozenset((r[0], r[1], r[2]) for r in table("retold_classes")
                     if len(r) >= 4 and r[3] == where)


def other_prize(a: str | None, b: str | None) -> bool:
    """Whether two Award prizes (`kg:award`, head word first) are two decorations: of two kinds of
    kg/data/ru/decoration_kinds.txt (`звание …`, `орден …`), or of one kind with two names that
    share no word (`орден Дружбы`, `орден Почёта`). A prize word that may stand for any
    (`премия`, `награда`) tells nothing apart."""
    if not a or not b:
        return False
    kinds = word_list("decoration_kinds")
    wa, wb = (_norm(x).lower().split() for x in (a, b))
    if wa[0] not in kinds or wb[0] not in kinds:
        return False
    # one kind named with no word in common (`звание Героя России` and `звание Героя` share one)
    return wa[0] != wb[0] or (len(wa) > 1 and len(wb) > 1 and not set(wa[1:]) & set(wb[1:]))


@dataclass(frozen=True)
class Rule:
    trigger: str
    with_: tuple[str, ...]
    kind: str
    agent: tuple[str, ...]
    target: tuple[str, ...]
    others: tuple[str, ...]
    place: tuple[str, ...]
    require: str
    irrealis: str
    detail: tuple[str, ...] = ()  # where the post (kg:post) or the prize (kg:award) is


@functools.cache
def participle_kinds() -> frozenset[str]:
    """The event classes a past attributive participle tells
    (kg/data/ru/participle_event_kinds.txt)."""
    return word_list("participle_event_kinds")


@functools.cache
def present_participle_kinds() -> frozenset[str]:
    """The event classes a present passive attributive participle tells, a standing state its
    act began (kg/data/ru/present_participle_event_kinds.txt: `X, подозреваемый в краже`)."""
    return word_list("present_participle_event_kinds")


# a present participle by its suffix (`задерживающий`, `разыскиваемый`): the tagger calls
# some of them past
_PRESENT_PARTICIPLE = re.compile(r"(?:[ую]щ|[ая]щ)(?:ий|ая|ее|ие|его|ей|ему|ем|им|ими|их|ую|ой)$"
                                 r"|[еио]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ом)$")


def _past_participle(t: Token) -> bool:
    return t.feats.get("Tense") == "Past" and not _PRESENT_PARTICIPLE.search(t.text.lower())


def _codes(cell: str) -> tuple[str, ...]:
    return () if cell in ("", "-") else tuple(c.strip() for c in cell.split(","))


def learned_path() -> Path | None:
    """The learned trigger lexicon the settings name (`KG_LEARNED_TRIGGERS`: '', 'shipped' or
    'default' = the one shipped, kg/data/ru/triggers_learned.tsv; 'none' = none; or a path)."""
    return _trigger_file(learned.settings().learned_triggers, "triggers_learned.tsv",
                         empty_is_on=True)


def derived_path() -> Path | None:
    """The lines of the nouns of the hand trigger verbs and the verbs of its trigger nouns
    (`депортация` of `депортировать`) the settings name (`KG_DERIVED_TRIGGERS`: '', 'shipped' or
    'default' = the one shipped, kg/data/ru/triggers_derived.tsv, which
    scripts/learn_derived_triggers.py writes; 'none' = none; or a path)."""
    return _trigger_file(learned.settings().derived_triggers, "triggers_derived.tsv",
                         empty_is_on=True)


def aspect_path() -> Path | None:
    """The lines of the other aspect of the hand trigger verbs the settings name
    (`KG_ASPECT_TRIGGERS`: '' or 'none' = none, the default; 'shipped' or 'default' = the one
    shipped, kg/data/ru/triggers_aspect.tsv, which scripts/learn_aspect_pairs.py writes; or a
    path). Off by default: NEREL marks almost no imperfective verb (docs/events.md)."""
    return _trigger_file(learned.settings().aspect_triggers, "triggers_aspect.tsv",
                         empty_is_on=False)


def vector_path() -> Path | None:
    """The lines of lemmas no other line has, given the class their nearest lined lemmas by navec
    vector share, the settings name (`KG_VECTOR_TRIGGERS`: '' or 'none' = none, the default;
    'shipped' or 'default' = kg/data/ru/triggers_vector.tsv, which
    scripts/learn_vector_triggers.py writes; or a path)."""
    return _trigger_file(learned.settings().vector_triggers, "triggers_vector.tsv",
                         empty_is_on=False)


def _trigger_file(setting: str, shipped: str, empty_is_on: bool) -> Path | None:
    """The file a trigger-file setting names: 'none' (and '' unless `empty_is_on`) none, 'shipped'
    or 'default' (and '' when `empty_is_on`) the file shipped in kg/data/ru/, else the path."""
    from kg.nlp.linear import SHIPPED_NAMES

    name = setting.strip()
    if name.lower() == "none" or (not name and not empty_is_on):
        return None
    return DATA_DIR / shipped if not name or name.lower() in SHIPPED_NAMES else Path(name)


def _lines(path: Path | None, known: set[str], setting: str) -> tuple[tuple[str, ...], ...]:
    """The lines of a generated lexicon for lemmas none of `known` has; a file the setting names
    that is not there is an error, not silently no lines (a mistyped path)."""
    if path is None:
        return ()
    if not path.is_file():
        raise FileNotFoundError(f"{setting}={str(path)!r}: no such file; '' or 'none' turns "
                                "these lines off, 'shipped' names the file shipped")
    return tuple(row for row in table_file(path) if row[0].replace("ё", "е") not in known)


@functools.cache
def _generated() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The lines the settings add below the hand ones: the learned lexicon's for lemmas no hand
    line has, then the aspect partners' for lemmas neither has, then the derivational
    partners' (a verb's noun, a noun's verb) for lemmas none has, then the vector neighbours'
    for lemmas none of those has."""
    known = {row[0].replace("ё", "е") for row in table("triggers")}
    found = _lines(learned_path(), known, "KG_LEARNED_TRIGGERS")
    known |= {row[0].replace("ё", "е") for row in found}
    aspect = _lines(aspect_path(), known, "KG_ASPECT_TRIGGERS")
    known |= {row[0].replace("ё", "е") for row in aspect}
    derived = _lines(derived_path(), known, "KG_DERIVED_TRIGGERS")
    known |= {row[0].replace("ё", "е") for row in derived}
    vector = _lines(vector_path(), known, "KG_VECTOR_TRIGGERS")
    return found, aspect, derived, vector


@functools.cache
def aspect_partners() -> frozenset[str]:
    """The imperfective lemmas whose lines come from kg/data/ru/triggers_aspect.tsv (and no
    other file), by the dictionary's aspect the file records (the tagger's is often wrong)."""
    return frozenset(row[0].replace("ё", "е") for row in _generated()[1]
                     if len(row) > 13 and row[13] == "impf")


@functools.cache
def rules() -> dict[str, tuple[Rule, ...]]:
    """The trigger lexicon by trigger lemma; lines with context first. The hand lines of
    kg/data/ru/triggers.tsv, then the learned ones (scripts/learn_triggers.py) for lemmas no hand
    line has, then the aspect partners' (scripts/learn_aspect_pairs.py) for lemmas neither has,
    then the derivational partners' (scripts/learn_derived_triggers.py), then the vector
    neighbours' (scripts/learn_vector_triggers.py, off by default): a hand line always wins."""
    out: dict[str, list[Rule]] = {}
    for row in table("triggers") + sum(_generated(), ()):
        cells = (list(row) + [""] * 10)[:10]
        trig, with_, kind, agent, target, others, place, require, irrealis, detail = cells
        trig, with_ = trig.replace("ё", "е"), with_.replace("ё", "е")  # lemmas come without ё
        r = Rule(trig, _codes(with_), kind, _codes(agent), _codes(target), _codes(others),
                 _codes(place), require or "any", irrealis or "drop", _codes(detail))
        if kind == "Statement":
            raise ValueError("triggers.tsv: reported speech is not an event trigger")
        out.setdefault(trig, []).append(r)
    # a "-" line says the word is no event in its context: it wins over a line of as many
    # context words ("исполнила просьбу и исполнила песню": the request is no performance)
    return {k: tuple(sorted(v, key=lambda r: (-len(r.with_), r.kind != "-"))) for k, v in out.items()}


def reload_lexicon() -> None:
    """Forget the trigger lexicon read so far and the learned parts' settings
    (kg.nlp.ru.learned), so the next extraction reads them again (a changed KG_LEARNED_TRIGGERS;
    tests)."""
    _forget_lexicon()
    learned.configure(None)


def _forget_lexicon() -> None:
    for cached in (_generated, rules, aspect_partners, _spelling_index, respelt, edition_stem,
                   _narrower):
        cached.cache_clear()


# a learned.configure(…) that names other trigger files, from any caller (a test resetting it to
# the environment's), reads the lexicon again
learned.on_change(lambda s: (s.learned_triggers, s.aspect_triggers, s.derived_triggers,
                             s.vector_triggers), _forget_lexicon)


_RESPELL_MIN = 8  # shorter lemmas are too close to other words to guess a misspelling


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@functools.cache
def _spelling_index() -> dict[str, frozenset[str]]:
    """Each lexicon lemma and its one-letter deletions → the lemmas they come from."""
    out: dict[str, set[str]] = {}
    for lemma in rules():
        if len(lemma) >= _RESPELL_MIN and " " not in lemma:
            for key in {lemma, *_deletions(lemma)}:
                out.setdefault(key, set()).add(lemma)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _known(word: str) -> bool:
    """Whether the dictionary knows the word: only an unknown word is taken for a misspelling."""
    from kg.nlp.ru.models import load_models

    return bool(load_models().morph_vocab.word_is_known(word.lower().replace("ё", "е")))


@functools.cache
def respelt(lemma: str) -> str | None:
    """The lexicon lemma a misspelt one stands for (`землетресение`, `скончяться`): the only one
    within one edit, for lemmas of eight letters or more."""
    if len(lemma) < _RESPELL_MIN or lemma in rules():
        return None
    index = _spelling_index()
    cands = {c for key in {lemma, *_deletions(lemma)} for c in index.get(key, ())
             if one_edit(lemma, c)}
    return next(iter(cands)) if len(cands) == 1 else None


_EDITION = re.compile(r"^(\w+)-(\d{4})$")  # "ЧМ-2018", "Олимпиаде-2016": an edition's name


@functools.cache
def edition_stem(lemma: str) -> str | None:
    """The trigger lemma of a noun written together with its year as the name of one edition
    (`чм-2018`, `олимпиаде-2016`, which the tagger leaves as one unknown word), or None."""
    m = _EDITION.match(lemma)
    if m is None:
        return None
    stem = m.group(1)
    if stem in rules():
        return stem
    from kg.nlp.ru.models import word_parses

    found = {p.normal_form.replace("ё", "е") for p in word_parses(stem)
             if p.pos == "NOUN"}
    found &= set(rules())
    return next(iter(found)) if len(found) == 1 else None


# acts a past decision performs (kg/data/ru/event_modality.txt `decide`): "решил выйти из гонки",
# "решила уйти в отставку" report the withdrawal or the resignation, not a plan
DONE_BY_DECIDING = class_group("done_by_deciding")


_DECREES = rule_words("decree_noun")  # a signed act's nouns
_MEASURES = rule_words("measure_noun")  # "число ДТП": events counted, none told
_LATER_TURN = rule_words("later_turn")  # "однако позже пересмотрели": not the first verb's time
# sudden acts one is killed or hurt in, and the harm told of them (`погиб в ДТП`): the harm's
# time is the act's
_SUDDEN = class_group("sudden")
_HARMED = class_group("harmed")
_DURING = rule_words("during_frame")  # `во время`, `в ходе`: the framed event's own time
_TOURING = class_group("touring")  # one mention, a stop in each place or on each date it names
# done to people only: a thing in the object is another sense (`арестовал счета`, `thing_acted_on`)
_DONE_TO_PEOPLE = class_group("done_to_people")
_BODIES = frozenset({"organization", *PLACE_KINDS})  # …never to these
_PRODUCTS = class_group("products")  # made or given: an object
# stage, medal and competition words of a sports contest (`финал`, `бронзовый`, `олимпиада`:
# kg/data/ru/contest_parts.tsv)
_CONTEST_PARTS: dict[str, tuple[tuple[str, str], ...]] = {}
for _word, _kind, _value in table("contest_parts"):
    _CONTEST_PARTS[_word] = (*_CONTEST_PARTS.get(_word, ()), (_kind, _value))
# classes whose two sides may be told either way round (`X встретился с Y`, `Y встретился с X`;
# `столкновения между X и Y`): an actor who is the agent of one mention and the target of another
# may still be in one event
_OWNERS = possessives("3")  # `его назначение`: whose act it is, as the resolver guesses
_SIDES_SWAP = _CONTACTS | class_group("sides_swap")


def _other_day(a: TimeValue, b: TimeValue) -> bool:
    """Whether two dates name different days by what is written: the month, the day where both
    give one (a visit planned `в марте` may be the one `20 марта`), and the year only where both
    spell it (a date without one takes its year from the tense of its word: `Визит 20 марта
    отменён`, `визит, запланированный на 20 марта`, though the visit was to come). Times with no
    month (`в прошлом году`) are compared whole."""
    if a.month is None or b.month is None:
        return _when(a) != _when(b)
    written = all(re.search(r"\d{4}", t.span.text) for t in (a, b))
    return a.month != b.month or bool(a.day and b.day and a.day != b.day) or (
        written and a.year != b.year)


@dataclass
class _Found:
    rule: Rule
    kind: str
    trigger: Token
    host: Token | None
    agents: list[str]
    targets: list[str]
    place: str | None
    own_actors: bool  # the mention names its actors itself (not a bare "Разговор")
    others: list[str] = field(default_factory=list)
    time: TimeValue | None = None
    duration: str | None = None
    tokens: set[int] = field(default_factory=set)  # trigger tokens of this event and its repeats
    stage: Span | None = None  # a later stage of a schedule is derived from its own date
    factuality: str = "Actual"
    detail: str | None = None  # the post or the prize
    unnamed: bool = False  # a role is held by people the text does not name (`депутаты`, `он`)
    stand_in: bool = False  # kept for such people alone (`unnamed_participant`), no anchor
    one_unnamed: bool = False  # …by one person only (`актёр`, `он`): maybe someone named before
    once_described: bool = False  # a death of one person only described, kept by an anchor

    @property
    def actors(self) -> set[str]:
        return {*self.agents, *self.targets, *self.others}


_NEAR_MISS = rule_words("near_miss")  # "чуть не умер": an act that almost happened
_SIMILE = rule_words("simile")  # "словно умер": a likeness
_REBIRTH = rule_words("rebirth")  # "заново родился": born once only
_HELD_AT = rule_words("held_at")  # "на фестивале в Тамбове": the place of the phrase is the act's
_FAME = rule_words("fame_noun")  # "родилась звезда": someone became famous
_SQUAD = rule_words("squad_noun")  # "в составе «Бенфики»": the team one played in
_TEAM = rule_words("team_noun")  # "в составе сборной Италии": the team its genitive names
_RECORD = rule_words("record_degree")  # "никогда ещё … не
# длились так долго": the never of a record, whose event took place


class _Extractor(Assertion, Detail):
    def __init__(self, a: Analysis, entities: tuple[Entity, ...], times: tuple[TimeValue, ...]):
        super().__init__(a, entities)
        # a time a record reaches back to (`впервые с 2004 года`) dates no act: left out here
        self.times = tuple(tv for tv in times if not self.compared_since(tv))
        self.events: list[_Found] = []
        self.refused: list[_Found] = []  # negated or cancelled noun mentions
        # bare noun mentions that repeat no event near them ("Убийство потрясло город" far
        # from the killing it names): `settle_loose` gives them to their class's one event
        self.loose: list[_Found] = []
        self.anchor: dict[int, _Found] = {}  # trigger, host and clause tokens → their event
        self._rules: dict[int, Rule | None] = {}
        # event nouns of the same class under a trigger (`обыграв X в финале`, `избран на
        # выборах`): one event, the noun one more of its mentions
        self.absorbed: list[tuple[int, int]] = []
        self.placed_by_noun: set[int] = set()  # absorbed nouns that give their event its place
        self.published: date | None = None
        # (start, end, lemma): the content of each statement made with a guessing, denying or
        # complaining word, set by find_events
        self.claims: tuple[tuple[int, int, str], ...] = ()
        self.headline = headline(a.text)

    # ---- triggers -----------------------------------------------------------------------------

    def neighbours(self, t: Token) -> set[str]:
        # a verb's context is its complement, not its subject ("президент стал жертвой")
        kids = [c for c in self.kids(t) if not (t.pos == "VERB" and c.rel == "nsubj")]
        # nor an election that only dates it, before or after ("победила сборную Франции перед
        # выборами": the elections are not what was won; "предстал перед судом" stays)
        kids = [c for c in kids if not (
            any(r.kind == "Election" for r in rules().get(c.lemma, ())) and
            self.has_preposition(c, BEFORE_AFTER))]
        # nor a coordinated clause with a subject of its own, another story beside it
        # ("победила команду Сорска, а через неделю пройдут выборы": not the elections won)
        kids = [c for c in kids if not (c.pos == "VERB" and self.own_clause(c))]
        near = {c.lemma for c in kids}
        # a prize named only in quotes is the word `премия` to a verb's lines ("получил «Оскар»")
        if any(self.quoted_prize(c) for c in kids):
            near.add("премия")
        # a line may ask for its subject by `@` ("выйти @альбом": the album is what came out)
        near |= {"@" + c.lemma for c in self.kids(t) if c.rel in ("nsubj", "nsubj:pass")}
        noun = self.described(t) if t.feats.get("Voice") == "Act" else None
        if noun is not None:
            near.add("@" + noun.lemma)  # "альбом, вышедший в мае": the noun is its subject
        h = self.head(t)
        if h is not None and t.rel.startswith("acl") and any(
                c.rel == "nsubj" and c.lemma == "который" for c in self.kids(t)):
            near.add("@" + h.lemma)  # "журналист, который расследовал …": so is a `который`'s
            g = self.head(h) if h.rel == "appos" else None
            if g is not None:  # "журналист Иван Петров, который …": the name's noun
                near.add("@" + g.lemma)
        ante = self.relative_antecedent(t)
        if ante is not None:
            # the `который` the act is done to or by is the noun it stands for, its object or
            # subject to `=` (`поправки, которые приняла Дума`), and near it where the parse hung
            # the clause on the last noun of its phrase (`закон о связи, который приняла Дума`)
            near |= {ante.lemma, "=" + ante.lemma}
        # `=` asks for the word the act is done to or by, its object or subject ("возглавить
        # =жюри", "назначить =заседание"), not one named around it ("в годы войны", "на заседании")
        near |= {"=" + c.lemma for c in self.kids(t) if c.rel in ("obj", "nsubj", "nsubj:pass")}
        # a verb with no subject of its own shares that of the modal or the earlier verb it
        # completes (`контракт может быть продлён`, `альбом записан и выйдет в мае`): the
        # subject is its own to `@` and `=`, and to a passive a word near it, as its own would be
        s = shared_subject(self.a, t) if t.pos == "VERB" else None
        if s is not None:
            near |= {"@" + s.lemma, "=" + s.lemma}
            if t.feats.get("Voice") == "Pass":
                near.add(s.lemma)
        # `>` asks for what the act is for or against: the noun of its `за`/`против`/`по` phrase
        # or a genitive under that noun ("проголосовали за законопроект", "за принятие поправок"),
        # not a word of a phrase around the act ("во время обсуждения бюджета проголосовали за X")
        near |= {">" + w.lemma for c in kids if self.has_preposition(c, _FOR_PREPOSITIONS)
                 for w in [c, *(g for g in self.kids(c) if g.rel == "nmod")]}
        # and of the object's phrase where the verb and its object say one act (`возложить
        # ответственность >организация`: `за организацию праздника`); only the phrase's own noun,
        # since a `на` phrase the parse hangs under it is the verb's (`за теракт на организацию`)
        near |= {">" + g.lemma for c in kids if c.rel == "obj" for g in self.kids(c)
                 if self.has_preposition(g, _FOR_PREPOSITIONS)}
        near |= {g.lemma for c in kids for g in self.kids(c)}
        # the genitive noun right after a noun trigger is its context wherever the parse hung it
        # (`во второй тур выборов не прошёл`, the parse making `выборов` the verb's object: the
        # round of an election, not a band's tour)
        nxt = self.a.tokens[t.index + 1] if t.index + 1 < len(self.a.tokens) else None
        if t.pos == "NOUN" and nxt is not None and nxt.sent == t.sent and nxt.pos == "NOUN" \
                and nxt.feats.get("Case") == "Gen" and not self.has_preposition(nxt):
            near.add(nxt.lemma)
        # `*` asks for the word in the plural ("выйти на,*улица": going out into the streets is a
        # protest, "вышел на улицу" only leaving a house)
        near |= {"*" + w.lemma for w in [*kids, *(g for c in kids for g in self.kids(c))]
                 if w.feats.get("Number") == "Plur"}
        # `+inf`: the word governs an act to be done, an infinitive or a `чтобы` clause
        # ("предложил продать компанию" proposes an act; "предложил награду" offers a thing)
        if any((c.feats.get("VerbForm") == "Inf" and c.rel in ("xcomp", "ccomp", "csubj"))
               or any(g.lemma == "чтобы" for g in self.kids(c)) for c in kids):
            near.add("+inf")
        # `+obj`: the verb takes a thing as its direct object, a noun or pronoun that names no
        # event ("уступила компании X контракт": a thing ceded; "уступил матч" is a match lost,
        # and a `который` may stand for either)
        if t.pos == "VERB" and any(c.rel == "obj" and c.pos in ("NOUN", "PROPN", "PRON")
                                   and c.lemma != "который" and c.lemma not in rules()
                                   for c in kids):
            near.add("+obj")
        h = self.head(t)
        if h is not None:
            near.add(h.lemma)
        # the head or a word hung on the trigger with its preposition and case (`с+gen+день`):
        # `со дня рождения X` counts years since the birth, which it tells, where `с днём
        # рождения` congratulates and `в день рождения` dates; `в+loc+финал` is a final played
        # in (`встретились в финале`), where `на финале` or `перед финалом` is only watched
        near |= {f"{k.lemma}+{w.feats.get('Case', '').lower()}+{w.lemma}"
                 for w in [*kids, *([h] if h is not None else [])]
                 for k in self.kids(w) if k.rel == "case"}
        # `^` asks for the word written with a capital letter, as part of a name ("шлем
        # ^большой": the Grand Slam, "турнир Большого шлема", not a big helmet)
        # (not the first word of its sentence, which any word may open: "Большой шлем упал")
        near |= {"^" + w.lemma for w in [*kids, *(g for c in kids for g in self.kids(c)),
                                         *([h] if h is not None else [])]
                 if w.text[:1].isupper() and any(
                     x.text[:1].isalnum() for x in self.a.tokens[self.a.sentences[w.sent].first:w.index])}
        return near

    def relative_antecedent(self, t: Token) -> Token | None:
        """The noun a `который` subject or object of the relative clause `t` heads stands for:
        of the noun the parse hung the clause on, the nouns two genitive or prepositional steps
        above it and those of its phrase between it and the clause, the nearest before `который`
        that agrees with it in number and gender (`закон о связи, который приняла Дума`: the law,
        not the communications; `закон о реформе, которую провела Дума`: the reform). None for
        any other verb, or when none agrees."""
        which = next((c for c in self.kids(t) if c.lemma == "который"
                      and c.rel in ("obj", "nsubj", "nsubj:pass")), None)
        h = self.head(t)
        if which is None or h is None or not t.rel.startswith("acl"):
            return None
        phrase = [h]
        up = h
        for _ in range(2):
            up = self.head(up) if up.rel == "nmod" else None
            if up is None:
                break
            phrase.append(up)
        # (and any noun of its phrase between it and the clause: `писательница X, лауреат премии,
        # которую она получила`, the parse hanging the clause on the writer)
        phrase += [w for w in self.subtree(h, 4)[1:] if h.index < w.index < which.index]
        number, gender = which.feats.get("Number"), which.feats.get("Gender")
        agreeing = [w for w in phrase if w.pos in ("NOUN", "PROPN") and w.index < which.index
                    and w.feats.get("Number") == number
                    and (number == "Plur" or gender is None or w.feats.get("Gender") == gender)]
        return max(agreeing, key=lambda w: w.index, default=None)

    def quoted_prize(self, t: Token) -> bool:
        """Whether `t` is the last word of a prize's name standing alone in quotes (kg/data/ru/
        prize_names.txt: `получил «Оскар»`, `обладатель «Золотого глобуса»`): the name stands
        for the word `премия`, so the lines of that word and of the verbs it completes read it."""
        toks = self.a.tokens
        if t.pos not in ("NOUN", "PROPN") or t.index + 1 >= len(toks) or \
                toks[t.index + 1].text not in QUOTE_MARKS:
            return False
        words = [t]
        for i in range(t.index - 1, max(t.index - 5, -1), -1):
            w = toks[i]
            if w.sent != t.sent:
                return False
            if w.text in OPENING_QUOTES:
                return " ".join(_norm(x.lemma) for x in reversed(words)) in \
                    normed_words("prize_names")
            words.append(w)
        return False

    def rule_for(self, t: Token) -> Rule | None:
        """The lexicon line a token triggers: its lemma's first line whose context is near it.
        Attributive participles (`похитившие`) describe, they do not report, except those of
        kg/data/ru/reporting_participles.txt (`скончавшийся вчера X`); short ones (`назначен`)
        are passives and do."""
        if t.index not in self._rules:
            cands = rules().get(t.lemma)
            if t.pos == "NOUN" and t.feats.get("Number") == "Plur" and t.lemma in plurals():
                cands = rules().get(plurals()[t.lemma])  # "роды", parsed as a plural of "род"
            if not cands and t.pos in ("NOUN", "PROPN") and edition_stem(t.lemma):  # "на ЧМ-2018"
                cands = rules().get(edition_stem(t.lemma))
            if not cands and self.quoted_prize(t):  # "обладатель «Золотого глобуса»"
                cands = rules().get("премия")
            if not cands and t.pos in ("NOUN", "VERB") and not _known(t.text):  # a misspelt trigger
                fixed = respelt(t.lemma)
                cands = rules().get(fixed) if fixed else None
            if cands and self.background_partner(t):
                cands = None
            if cands and (self.verbs_result(t) or self.sideless_result(t)):
                cands = None  # "одержал победу над X": the verb's line tells the act
            attributive = self.attributive(t) and t.lemma not in word_list("reporting_participles")
            fit = None
            if not cands or (attributive and not self.told_by_participle(t)):
                self._rules[t.index] = None
            else:
                near = self.neighbours(t)
                found = next((r for r in cands if all(w in near for w in r.with_) and
                              ("не" not in r.with_ or self.negates(t)) and
                              (r.require != "placed" or self.in_place(t)) and
                              (r.require != "guest" or self.receives_guest(t, r.kind))), None)
                fit = found
                # a line of class "-" says the word is no event there ("день рождения")
                if found is not None and (found.kind == "-" or (
                        attributive and found.kind not in self.participle_classes(t)
                        and not self.founded_body(t, found) and not self.founder_told(t, found))):
                    found = None
                if found is not None and found.kind == "SportsMatch":
                    # "одержал победу над X, завоевав ещё один срок": a vote won, not a match
                    found = self.election_field(t, cands) or found
                if found is not None and self.standing_part(t, found.kind):
                    found = None  # "ветеран Второй мировой войны X": who he is, no war told
                if found is not None and found.kind == "Withdrawal" and self.leaves_gathering(t):
                    found = None  # "фракция покинула заседание": a walkout, no body or place left
                if found is not None and found.kind == "Rejection" and self.disagrees(t):
                    found = None  # "не согласился с президентом": a view not shared, nothing refused
                if found is not None and found.kind == "Election" and self.decision_vote(t, found):
                    found = None  # "Госдума проголосовала за перевод клеветы в …": no one elected
                if found is not None and found.kind == "SportsMatch" and self.prize_line(found) \
                        and not self.prize_taken(t, found):
                    found = None  # "выиграл на продаже золота": the metal is not what was won
                if found is not None and found.kind == "SportsMatch" and self.named_medal(t, found):
                    found = None  # "стал обладателем медали «За отвагу»": a decoration
                if found is not None and found.kind == "SportsMatch" and self.prize_line(found) \
                        and (self.negated_verb(t) or self.failed(t)):
                    # "не завоевала ни одной медали на чемпионате", "не смогла завоевать медаль":
                    # no win is told, and the contest, which took place with her, is told by its
                    # own noun (a negated win would take that noun in as its mention)
                    found = None
                if found is not None and found.kind == "Election" and found.with_ and \
                        found.target[:1] == ("nsubj",) and t.pos == "VERB" and \
                        (self.negated_verb(t) or self.failed(t)):
                    # "не смог выиграть выборы", "не победил на выборах": a win over a vote noun
                    # not told names no one elected; the vote, held with the subject among its
                    # candidates, is told by its own noun
                    found = None
                self._rules[t.index] = found
                if found is not None and found.kind == "Appointment" and self.sets_event(t):
                    self._rules[t.index] = None  # "суд над X назначен на 15 мая": set, no post
                if found is not None and found.kind == "Appointment" and self.record_post(t, found):
                    # "стал самым долгоживущим президентом": a record; "стала просить губернатора"
                    self._rules[t.index] = None
                if found is not None and found.kind == "Appointment" and \
                        self.thing_takes_post(t, found):
                    self._rules[t.index] = None  # "X сменило руководство компании": no new holder
                if found is not None and found.kind == "Founding" and \
                        t.lemma in word_list("body_founding_verbs") and not self.founds_body(t):
                    self._rules[t.index] = None  # "создал фильм", "создать условия": no body
                if found is not None and found.kind == "Founding" and self.institutes_state(t):
                    self._rules[t.index] = None  # "суд учредил опеку": a regime, no body
                if found is not None and found.kind == "Visit" and \
                        t.lemma in word_list("arrival_verbs") and not self.official_arrival(t):
                    self._rules[t.index] = None  # "спасатели прибыли на место": no visit
            if self._rules[t.index] is None and cands and (fit is None or fit.kind != "-"):
                # no line fits, or a check dropped the one that did: the learned model, when on
                self._rules[t.index] = self.unfit_line(t, cands, fit, attributive)
        return self._rules[t.index]

    def unfit_line(self, t: Token, cands: tuple[Rule, ...], fit: Rule | None,
                   attributive: bool) -> Rule | None:
        """For a word with lines that makes no event, because no line fits its context, it is an
        attributive participle, or a check dropped the line that fitted (`fit`): the line of the
        class the learned model of event mentions (kg/nlp/ru/event_candidates.py) scores highest,
        when that reaches its threshold (the barest line of the class, its context words dropped,
        or the dropped line itself); None when the model is off, the word is negated or no class
        reaches it. A refusal line (`не`) is never read without its negation."""
        model = _candidate_model()
        if model is None or self.negated_verb(t) or self.negated(t):
            return None  # a guessed reading claims no denial ("не выиграл"): only lines do
        self._rules[t.index] = None  # the features read the parse, never this word's line
        why = "attributive" if attributive else "context" if fit is None else "check"
        best: tuple[float, Rule] | None = None
        for kind in dict.fromkeys(r.kind for r in cands if r.kind != "-"):
            lines = [r for r in cands if r.kind == kind and "не" not in r.with_]
            if fit is not None:
                lines = [fit] if fit.kind == kind and "не" not in fit.with_ else []
            if not lines:
                continue
            line = lines[-1]  # lines with context come first: the last is the barest
            feats = candidates_model.features(self, t, kind, why, len(lines), model.rates)
            p = model.probability(feats)
            if p >= model.threshold and (best is None or p > best[0]):
                best = (p, line if fit is not None else dataclasses.replace(line, with_=()))
        return best[1] if best is not None else None

    def in_place(self, t: Token) -> bool:
        """Whether a `placed` line's verb has a city or country in a `в` phrase of its own or of a
        phrase under it (`выступит в Казани`, `с концертом в Армении`): else the line is not
        read, and a noun under the verb (`выступил с критикой в адрес X`) keeps its own. Not
        a line's `в+loc` role (`Roles.prep`): that one also reads conjoined phrases and the place
        of an area noun (`в центре Казани`)."""
        return any(c.rel == "obl" and self.loc_place(c) is not None for c in self.kids(t)) or \
            self.nested_place(t, None, "", ()) is not None

    def official_arrival(self, t: Token) -> bool:
        """Whether an arrival (kg/data/ru/arrival_verbs.txt) is a visit: the one who arrives holds
        an office of kg/data/ru/visiting_offices.txt, by the noun that names them (`канцлер
        прибыл`, `делегация прилетела`) or by the job title their entity was introduced with
        (`Глава МИД Венгрии X прилетел`, `он прибыл` for that X), and arrives in a named place
        (`в Анкару`), not at a scene or a building (`прибыл на место`, `приехал в суд`). A
        person named by name as the subject travels as well (`named_traveller`)."""
        offices = word_list("visiting_offices")
        # a former holder (`бывший президент`, `экс-министр`) travels as a private person; the
        # list is written with е for ё, so the lemma is compared the same way (`отстранённый`)
        former = former_words()

        kin = rule_words("kin_title")

        def office(w: Token) -> bool:
            return w.lemma in offices and not any(
                (c.rel == "amod" and _norm(c.lemma) in former)
                # the head of a business, a club or a family (`председатель правления банка`,
                # `глава компании`, kg/data/ru/private_bodies.txt) travels on its business
                or (c.rel == "nmod" and self.case_of(c) == "Gen" and not self.has_preposition(c)
                    and (c.lemma in word_list("private_bodies") or (
                        # a kinsman (`папа Ивана Котова`): a person's father, no office
                        w.lemma in kin and (k := self.entity_of(c)) is not None
                        and self.entities[k].kind == "person")))
                or (w.lemma in kin and c.text.lower() in possessives())  # "его папа"
                for c in self.kids(w))

        # where one arrives is a `в`/`на` phrase of the accusative (`прилетел в Анкару`); a verb
        # of landing, whose line reads the place in the prepositional, tells it there too
        # (`приземлился в Пекине`)
        cases = ("Acc", "Loc") if any("в+loc" in r.place for r in rules().get(t.lemma, ())) \
            else ("Acc",)
        # a part of a place stands for the place (`приехал в район Солсбери`, `прибыл в центр
        # Москвы`: kg/data/ru/area_nouns.txt, its bare genitive), as it does for an event's place
        bound = [k for c in self.kids(t) if c.rel in ("obl", "nmod") and c.feats.get("Case") in cases
                 and self.has_preposition(c, ("в", "на"))
                 for k in [self.place_at(c) or self.area_place(c)] if k is not None]
        if not bound:
            return False
        private = word_list("private_trip_words")
        if any((c.rel == "advmod" and c.lemma in private) or (
                c.rel in ("obl", "nmod") and _norm(c.lemma) in private
                and self.has_preposition(c, ("в", "на", "для")))
               for c in self.kids(t)):
            return False  # "вылетел обратно в Москву", "уехал в Крым на отдых": home, a holiday
        if t.pos == "NOUN":  # "приезд канцлера в Киев"
            who = [c for c in self.kids(t) if c.rel == "nmod" and c.feats.get("Case") == "Gen"]
        else:
            who = [c for c in self.kids(t) if c.rel in ("nsubj", "nsubj:pass")]
            h = self.head(t)
            if not who and h is not None and (t.rel in ("advcl", "conj") or (
                    t.rel == "xcomp" and not any(c.rel == "obj" for c in self.kids(h)))):
                # "Прибыв в Ереван, X провёл переговоры": the converb's doer is its head's
                # subject; so is the doer of an infinitive under a verb with no object of its
                # own (`X может прилететь`, `планирует прибыть`; `пригласил X приехать`: X comes)
                who = [c for c in self.kids(h) if c.rel == "nsubj"]
        if any(self.home_of(k, bound) for s in who for k in [self.entity_of(s)] if k is not None):
            return False  # "после саммита президент России улетел в Москву": back home, no visit
        for s in who:
            words = (s, *(c for c in self.kids(s) if c.rel == "appos"))
            if any(office(w) for w in words):
                return True
            if self.named_traveller(t, s):
                return True
            if any(w.lemma in offices or any(_norm(c.lemma) in former for c in self.kids(w))
                   for w in words):
                continue  # "бывший президент X прилетел": the title says no office is held
            k = self.entity_of(s)
            title = self.entities[k].job_title if k is not None else None
            if title and self.entities[k].kind == "person" and title.lower().split()[0] in offices:
                # the title as written at the person's mentions, read as the subject's would be
                # (`Председатель правления банка X … Он прилетел`: no office of state)
                written = [w for w in self.title_words(k) if w.lemma in offices]
                if not written or any(office(w) for w in written):
                    return True
        return False

    def area_place(self, c: Token) -> str | None:
        """The place a noun of a part of a place (kg/data/ru/area_nouns.txt) in an arrival's
        `в`/`на` phrase stands for: the place of its bare genitive (`в район Солсбери`, `на север
        Ирака`, `в центр Москвы`). Not a street or a square (kg/data/ru/street_nouns.txt: `на
        площадь Свободы в Казани` is a scene in the city); a building's genitive names a body, no
        place (`в здание суда`)."""
        if c.pos != "NOUN" or c.index in self.ent_at or c.lemma not in self.areas \
                or c.lemma in self.streets:
            return None
        # an indeclinable name the tagger calls a nominative apposition (`в район Солсбери`)
        # stands right after the noun, as a genitive would
        names = [*self.area_names(c), *(g for g in self.kids(c) if g.rel in ("appos", "nmod")
                                        and g.index == c.index + 1 and not self.has_preposition(g))]
        return next((k for x in names for k in [self.place_at(x)] if k is not None), None)

    def named_traveller(self, t: Token, s: Token) -> bool:
        """Whether the one who arrives is named by a person's name standing as the subject itself
        (`Петров прилетел в Казань`, `Анна Котова уехала в США`): a named person's trip to a named
        city or country is a Visit of anyone (tests/gold-nerel/README.md), and NEREL marks 5 of the
        6 such arrivals in its readable articles (twenty-fifth round). A pronoun (`он прилетел в
        Москву`: NEREL marks none of the 6 bound for a named city or country, none of 29 in all),
        a job or kin noun (`врач`, `семья Петровых`) and a plural subject stay with the office
        check, and so does a plural verb, whose subject is more than the name (`прилетели
        писатели, среди которых X`, `X с супругой вылетели`). An arrival told with where one
        comes from (`приехала в Москву с Украины`, `прилетел в Ташкент из Москвы`) tells a move
        or a stage of a journey as often as a trip: NEREL marks 2 of the 9 such arrivals bound for
        a named place, and the readable golds read a move to live as a Relocation, so it stays
        with the office check too. Only a verb: a noun's genitive name (`выезд X в Испанию
        запретили`) is as often told of a trip barred or talked of, and the 6 are all verbs. Two
        or more persons each named by name and joined by `и` take the plural verb and travel
        together (`X и Y прибыли в Пекин`): the subject is no more than the names."""
        if t.pos == "NOUN" or s.pos != "PROPN" or s.feats.get("Number") == "Plur":
            return False
        together = self.with_conjuncts([s])
        if t.feats.get("Number") == "Plur" and (len(together) < 2 or any(
                c.rel in ("obl", "nmod") and self.case_of(c) == "Ins"
                and self.has_preposition(c, ("с", "со")) for c in self.kids(t))):
            return False  # `X с супругой вылетели`: someone unnamed goes with the name
        if any(c.rel in ("obl", "nmod") and self.case_of(c) == "Gen"
               and self.has_preposition(c, ("из", "с")) for c in self.kids(t)):
            return False
        return all(self.named_person(w) for w in together)

    def named_person(self, s: Token) -> bool:
        """Whether a name token is a person's name standing for that person itself."""
        k = self.entity_of(s)
        return k is not None and self.entities[k].kind == "person" and self.ent_at.get(s.index) == k

    def standing_part(self, t: Token, kind: str = "") -> bool:
        """Whether an event noun is the genitive of a participant noun that tells a standing
        (kg/data/ru/standing_participants.tsv: `ветеран войны`, `участник войны`, `призёр
        Олимпийских игр`, `победительница турнира`): the person's past as the text describes it,
        no event it tells. A title the text tells one becoming (`стал победителем Кубка`: the
        row's verbs) is a win told, and its competition stays the event. A competition that only
        says which one the standing one is (`победительница турнира Олимпиады`: the genitive
        scope of a gathering noun, kg/data/ru/gathering_scope.tsv) is part of that standing."""
        h = self.head(t)
        # a cup is written with a capital (`Кубка Стэнли`), which the tagger may read as a name
        if t.pos not in ("NOUN", "PROPN") or h is None or t.rel != "nmod" \
                or self.case_of(t) != "Gen" or self.has_preposition(t):
            return False
        # the scope of a standing competition (`победительница турнира Олимпиады`) tells no
        # contest of its own either
        if h is not t and self.scope_genitive(h, t) and self.standing_part(h, kind):
            return True
        for noun, event, *rest in table("standing_participants"):
            if _norm(h.lemma) != _norm(noun) or event not in ("*", t.lemma, kind):
                continue
            told = set(rest[0].split(",")) if rest and rest[0] != "-" else set()
            v = self.head(h)
            # the title the becoming verb or its participle predicates (`стал победителем`), in
            # the instrumental or among others (`оказался среди победителей`); not a titled
            # subject of it (`призёр игр стал тренером`)
            if told and v is not None and _norm(v.lemma) in told and (
                    self.case_of(h) == "Ins" or self.has_preposition(h, "среди")):
                continue
            return True
        return False

    def leaves_gathering(self, t: Token) -> bool:
        """Whether what a leaving verb leaves, its object, is a gathering: a noun whose own bare
        line is a Meeting or a Summit (`покинула заседание`, `покинул совещание`, `съезд`, `форум`,
        `саммит`). One walks out of a sitting, and leaves no treaty, organisation or place by it;
        the body that sits (`покинула парламент`, `Совет Европы`) and a place stay Withdrawals."""
        return t.pos == "VERB" and any(
            c.rel == "obj" and c.pos == "NOUN" and any(
                r.kind in ("Meeting", "Summit") and not r.with_ for r in rules().get(c.lemma, ()))
            for c in self.kids(t))

    def disagrees(self, t: Token) -> bool:
        """Whether a refusal verb is said of someone, not of a thing: its `с` phrase names a person
        or a body (`не согласился с президентом`, `с Минфином`), and it takes no object and no
        `на` phrase (`не согласился на предложение`). Disagreeing with someone turns nothing down;
        a proposal, a decision or a demand one does not agree with (`с решением суда`) stays a
        Rejection, and so does a refusal of a thing in an `от` phrase. A passive's subject is the
        thing refused, as an object is (`с X не был продлён контракт`: the contract turned down)."""
        if t.pos != "VERB" or any(c.rel in ("obj", "nsubj:pass") or (
                c.rel == "obl" and self.has_preposition(c, ("на", "от"))) for c in self.kids(t)):
            return False  # (`отказался от сотрудничества с полицией`: the cooperation is refused)
        return any(c.rel == "obl" and self.case_of(c) == "Ins" and self.has_preposition(c, ("с",))
                   and (c.feats.get("Animacy") == "Anim" or (
                       (k := self.ent_at.get(c.index)) is not None
                       and self.entities[k].kind in ("person", "organization")))
                   for c in self.kids(t))

    def decision_vote(self, t: Token, line: Rule) -> bool:
        """Whether a vote (an Election line whose one elected is the noun of its `за` phrase) is a
        body's vote on a decision: the voters are an organisation by name (`Госдума
        проголосовала`) or people of one (`депутаты Госдумы`), and what they vote for or against
        is a common noun with no name in its phrase (`за перевод клеветы в разряд преступлений`,
        `против продления моратория`). Such a vote elects no one; a vote for a person, a party or
        a candidacy (`за кандидатуру Ивана Котова`), and a vote of citizens or of a place
        (`жители Крыма проголосовали за независимость`, `Шотландия проголосовала против`: a
        question put to voters), stay Elections."""
        if "за+acc" not in line.target or t.pos != "VERB":
            return False
        subjects = [c for c in self.kids(t) if c.rel == "nsubj"]

        def body(w: Token) -> bool:
            k = self.ent_at.get(w.index)
            return k is not None and self.entities[k].kind == "organization"

        # the body itself (`Госдума`, `парламент Лимании`) or people of it (`депутаты Госдумы`;
        # not `жители Крыма`: citizens of a place)
        # (a body's name the tagger takes for animate, `Кнессет`, is the body all the same)
        # (or a noun of a body's people or board with no name: `386 депутатов`, `руководство`,
        # kg/data/ru/body_voter_nouns.txt)
        if not any(body(c) or c.lemma in word_list("body_voter_nouns") or (
                c.feats.get("Animacy") == "Anim" and c.feats.get("Number") == "Plur" and any(
                    g.rel == "nmod" and self.case_of(g) == "Gen" and body(g) for g in self.kids(c)))
                for c in subjects):
            return False
        issues = [c for c in self.kids(t) if c.rel in ("obl", "nmod")
                  and self.has_preposition(c, ("за", "против"))]
        # a name inside the measure of an act of another class (`за отставку Ивана Котова`) is
        # that act's participant: the vote elects no one still
        return bool(issues) and all(
            c.pos == "NOUN" and c.feats.get("Animacy") != "Anim"
            and (not any(self.ent_at.get(w.index) for w in self.subtree(c, 3)) or any(
                r.kind not in ("Election", "Appointment") for r in rules().get(c.lemma, ())
                if r.kind and not r.with_)) for c in issues)

    def home_of(self, k: str, places: list[str]) -> bool:
        """Whether one of `places` is the home of the office the person `k` holds: the country or
        city of their job title (`президент России`, `мэр Москвы`) or that country's capital
        (kg/data/ru/capitals.tsv). An official bound there is going back, not visiting. The office
        of a body of a country or city (`глава МИД России`) is at home there: a body's name that
        holds the place's name."""
        person = self.entities.get(k)
        home = person.affiliation if person is not None and person.kind == "person" else None
        if home is None or home not in self.entities:
            return False
        body = self.entities[home]
        names = " ".join(casefold_name(n) for n in (body.name, *body.aliases))

        def of_home(country: str | None) -> bool:
            if country is None:
                return False
            if body.kind != "organization":
                return country == body.name
            stem = casefold_name(country)[:-1]  # `Росси` of `МИД России`
            return len(stem) > 2 and any(w.startswith(stem) for w in names.split())

        # (the place itself may be the body's country or city: `глава МИД России вылетел в Россию`,
        # `глава правительства Москвы`)
        return any(p == home or of_home(_capitals().get(self.entities[p].name))
                   or of_home(self.entities[p].name) for p in places if p in self.entities)

    def title_words(self, k: str) -> list[Token]:
        """The nouns a person's mentions stand in apposition to or take in apposition (`министр
        Иван Котов`, `Иван Котов, министр`): the words of their titles as the text writes them."""
        out = []
        for i, key in self.ent_at.items():
            if key != k or self.ent_at.get(i - 1) == k:
                continue  # once per mention, at its first word
            tok = self.a.tokens[i]
            h = self.head(tok)
            if h is not None and h.pos == "NOUN" and tok.rel == "appos" and h.index not in self.ent_at:
                out.append(h)
            out += [c for c in self.kids(tok) if c.rel == "appos" and c.pos == "NOUN"
                    and c.index not in self.ent_at]
        return out

    def prize_line(self, line: Rule) -> bool:
        """A line that tells a contest won by its prize (`завоевать медаль`, `стать
        обладатель,золото`): its context holds a participant noun (kg/data/ru/
        participant_nouns.txt) for the prize or its holder."""
        return any(w.lstrip("=@") in self.participants for w in line.with_)

    def prize_taken(self, t: Token, line: Rule) -> bool:
        """Whether the prize word of a prize line (`выиграть золото`, `стать обладатель,медаль`)
        is what the trigger takes: its own dependent (`завоевала золото`, `медаль досталась`,
        `завоевание медали`) or the genitive of the holder noun it takes (`стала обладательницей
        бронзы`), not a word of a phrase around it (`выиграл на продаже золота`)."""
        words = {w.lstrip("=@") for w in line.with_} & self.participants
        for c in self.kids(t):
            if c.lemma in words and not self.has_preposition(c):
                return True
            if c.lemma in self.participants and any(
                    g.lemma in words and g.rel in ("nmod", "conj") for g in self.kids(c)):
                return True
        return False

    def named_medal(self, t: Token, line: Rule) -> bool:
        """Whether the prize word a medal line asks for (`завоевать медаль`, `стать
        обладатель,медаль`) is named for a merit right after it (`медаль «За отвагу»`, `медали «За
        заслуги»`): a decoration a state gives for a deed, not a contest's medal, which the
        contest's own name follows in the genitive (`медали «Кубка Кремля»`), so the line's win
        of a contest is not told."""
        words = {w.lstrip("=@") for w in line.with_}
        near = [*self.kids(t), *(g for c in self.kids(t) for g in self.kids(c))]
        toks = self.a.tokens
        return any(w.lemma in words and w.pos == "NOUN" and w.index + 2 < len(toks) and
                   toks[w.index + 1].text in ("«", '"', "„", "“") and
                   toks[w.index + 2].lemma == "за" for w in near)

    def record_post(self, t: Token, line: Rule) -> bool:
        """A post its subject comes to hold (`pred` with the subject as target: `стать`) that is no
        post taken: the line's post word is not the verb's own instrumental (`не стала просить
        губернатора`: `стать` + an infinitive is the verb of beginning, the post word the
        infinitive's object), or a word of kg/data/ru/record_words.txt on that instrumental tells a
        record of the holder (`стал самым долгоживущим президентом`, `единственным президентом,
        который …`). A post its holder is given (`назначен`) is taken whatever its words."""
        if "pred" not in line.detail or line.target[:1] != ("nsubj",):
            return False
        posts = [c for c in self.kids(t) if c.feats.get("Case") == "Ins" and c.pos == "NOUN"
                 and not self.has_preposition(c)]
        # a genitive belongs to the post only under a post word of the verb's own lines
        # (`заместителем министра`), not under a relation (`жертвой прокурора`, `другом президента`)
        post_nouns = {w for r in rules().get(t.lemma, ()) if r.kind == "Appointment"
                      for w in r.with_}
        held = {w.lemma for p in posts
                for w in (self.post_words(p) if p.lemma in post_nouns else [p])}
        if not any(w in held for w in line.with_):
            return True
        words = word_list("record_words")
        mods = [a for p in posts for a in self.kids(p) if a.rel == "amod"]
        # `самым` may hang on the adjective it grades (`самым долгоживущим`)
        return any(a.lemma in words for a in mods + [b for a in mods for b in self.kids(a)])

    def thing_takes_post(self, t: Token, line: Rule) -> bool:
        """An Appointment line whose appointee is the verb's subject (`возглавить`, `сменить
        на посту`, `вступить в должность`) with an inanimate common noun for that subject
        (`X сменило новое руководство компании`, `компания возглавила рейтинг`): a body or a
        thing, not a person, stands there, and no one took a post; a name (`делегацию возглавила
        Россия`) or a person word (`пост занял министр`) still does."""
        if t.pos != "VERB" or "nsubj" not in line.target:
            return False
        subj = [c for c in self.kids(t) if c.rel == "nsubj"]
        if not subj:
            # the verb's agreement tells its subject when the parse takes it for an object: a
            # neuter past (`сменило`) is said of a thing, never of a person
            return t.feats.get("Gender") == "Neut" and t.feats.get("Number") == "Sing"
        # a neuter noun under a masculine or feminine past verb is no subject of it, whatever the
        # parse says (`Министерство возглавил врио губернатора X`: the ministry is the object)
        return all(c.pos == "NOUN" and c.feats.get("Animacy") == "Inan" and
                   not self.wrong_gender(c, t) for c in subj)

    def made_by(self, t: Token) -> list[Token]:
        """What a word of making or founding makes: its object, its passive subject, the noun
        its participle describes, a noun's genitive (`создание фонда`)."""
        made = [c for c in self.kids(t) if c.rel in ("obj", "nsubj:pass") or (  # "создание фонда":
            t.pos == "NOUN" and c.rel == "nmod" and c.feats.get("Case") == "Gen")]  # its genitive
        # the noun a passive participle describes ("агентства, созданного на базе РИА Новости");
        # an active one's noun is its maker ("X, создавший компанию Y")
        if self.attributive(t) and t.rel == "acl" and self.head(t) is not None \
                and t.feats.get("Voice") != "Act":
            made.append(self.head(t))
        if t.feats.get("Voice") == "Pass" or t.feats.get("Variant") == "Short":
            made += [c for c in self.kids(t) if c.rel == "nsubj"]
        return made

    def institutes_state(self, t: Token) -> bool:
        """A word of founding whose object is a legal regime or a state of things
        (kg/data/ru/instituted_states.txt: `суд учредил опеку над имуществом`, `учредить
        мораторий`): instituted, not founded; no body, prize or festival comes into being."""
        states = word_list("instituted_states")
        return any(c.lemma in states for c in self.made_by(t))

    def founds_body(self, t: Token) -> bool:
        """Whether a word of making founds a body (kg/data/ru/body_founding_verbs.txt): what it
        makes (`made_by`) is an organisation mention or a noun of
        kg/data/ru/founded_bodies.txt, itself or by the name
        in apposition to it (`создал Open Library`, `организовал школу-студию «ШАР»`, `создано
        несколько рабочих групп`), not a work or a thing (`создал фильм «Принц»`)."""
        made = self.made_by(t)
        bodies = word_list("founded_bodies")
        things = {tuple(w.split()) for w in word_list("founded_body_things")}

        def body(c: Token) -> bool:
            # a count names what was made in its genitive (`создано несколько групп`)
            c = next((g for g in self.kids(c) if g.rel == "nmod"), c) if c.pos == "NUM" else c
            if any((c.lemma, k.lemma) in things for k in self.kids(c)):
                return False  # "банк данных", "группа в социальной сети": a thing, not a body
            return c.lemma in bodies or c.lemma.split("-")[0] in bodies or self.body_named(c) or \
                any(k.rel in ("appos", "flat", "flat:foreign", "flat:name") and self.body_named(k)
                    for k in self.kids(c))
        # every word the parse gives as made (`Показы будут организованы в кинотеатрах «Полёт»,
        # «Искра»`: a list of names the parse also hangs on the verb leaves the shows unfounded)
        return bool(made) and all(body(c) for c in made)

    def founded_body(self, t: Token, rule: Rule) -> bool:
        """A passive participle of founding that describes a named organisation beside it
        (`агентство «Вектор», созданное в 2013 году`, `основанная в 2005 году студия «Пиксель»`):
        the founding is told, the body its target. Not `основанный на` (what a thing
        rests on: `основанный на реальных событиях`), nor a participle of anything that is no
        organisation's name (`созданные условия`, `открытый огонь`)."""
        if rule.kind != "Founding" or t.feats.get("Voice") != "Pass" or not _past_participle(t):
            return False
        if t.rel != "acl" or (t.lemma == "основать" and any(
                c.rel == "obl" and self.has_preposition(c, "на") for c in self.kids(t))):
            return False
        h = self.described(t, body=True)
        if h is None or not self.beside_its_noun(t, h):
            return False
        return self.names_body(h)

    def names_body(self, n: Token) -> bool:
        """Whether the noun `n` or its own name names an organisation, not an owner in the
        genitive (`дочерняя компания X, созданная в 2010 году`: X was not founded then)."""
        return any(self.body_named(w) for w in (n, *self.kids(n))
                   if w.index == n.index or w.rel in ("appos", "flat:name"))

    def founder_told(self, t: Token, rule: Rule) -> bool:
        """An active past participle of founding whose object names an organisation, set beside
        the founder it describes (`Иван Петров, основавший компанию «Лира»`): the founding is
        told and the founder is its agent, as `подписавший закон` tells a law signed. Not one
        whose object is no organisation's name (`создавший этот образ`, `основавший династию`)."""
        if rule.kind != "Founding" or t.feats.get("Voice") != "Act" or not _past_participle(t):
            return False
        obj = next((c for c in self.kids(t) if c.rel == "obj"), None)
        return obj is not None and self.names_body(obj)

    def body_named(self, t: Token) -> bool:
        """A word of an organisation mention."""
        k = self.ent_at.get(t.index)
        return k is not None and self.entities[k].kind == "organization"

    def holder_denied(self, t: Token) -> bool:
        """A prize noun in the genitive of a participant noun (kg/data/ru/participant_nouns.txt)
        that a negated verb makes someone (`не стал лауреатом премии`): no one became its holder,
        so the award did not happen (asked of Awards only: a contest `не стала победительницей
        турнира` speaks of took place all the same). A holder a negated verb only meets or
        greets (`не поздравил лауреата премии X`) still holds the prize."""
        g = self.made_participant(t)
        return g is not None and self.negated_verb(g)

    def own_title(self, t: Token) -> bool:
        """An Award trigger that is itself the participant noun (`нобелевский лауреат X`,
        `лауреатами стали X и Y`), not a prize noun under one."""
        return t.pos in ("NOUN", "PROPN") and t.lemma in self.participants

    def holder_prize(self, t: Token) -> bool:
        """A prize noun in the genitive of a participant noun (`лауреат премии`, `кавалер
        ордена`), or the participant noun itself as the trigger (`нобелевский лауреат`)."""
        h = self.head(t)
        return self.own_title(t) or (
            t.pos in ("NOUN", "PROPN") and h is not None and h.lemma in self.participants)

    def held_title(self, t: Token) -> bool:
        """A prize noun in the genitive of a participant noun that describes someone (`X,
        лауреат премии`, `Лауреат премии X решил …`, `может встретиться с лауреатом премии X`),
        not one a verb makes them (`станет лауреатом премии`) nor a copula's predicate: the
        prize is held, so the mood of the clause around does not touch it."""
        title = t if self.own_title(t) else self.head(t)
        return self.holder_prize(t) and self.made_participant(t) is None and title.rel != "root"

    def sets_event(self, t: Token) -> bool:
        """A setting verb (`=` in kg/data/ru/tense_words.txt: `назначить`) whose object or passive
        subject is itself an event noun of another class (`суд над X назначен на 15 мая`,
        `назначили слушания`): it sets a day for that event and makes no one anything."""
        if t.lemma not in setting_lemmas():
            return False
        for c in self.kids(t):
            if c.rel in ("obj", "nsubj:pass") and c.pos == "NOUN":
                rule = self.rule_for(c)
                if rule is not None and rule.kind != "Appointment":
                    return True
        return False

    def election_field(self, t: Token, cands: tuple[Rule, ...]) -> Rule | None:
        """The Election line of a word of winning or losing (`победить`, `одержать победу`,
        `проиграть`) whose sentence holds a word of an election campaign
        (kg/data/ru/election_field_words.txt: `выборы`, `избиратели`, `срок на посту`,
        `оппозиция`): the win is a vote's (`Чавес одержал победу над Каприлесом, завоевав ещё
        один срок на посту президента`), not a match's.
        A word without an Election line (`обыграть`) is a game's whatever its sentence says, and
        so is one whose sentence names a game by a noun of a SportsMatch line (`проиграл в
        финале, но сохранил голос`)."""
        line = next((r for r in cands if r.kind == "Election"), None)
        if line is None:
            return None
        words = word_list("election_field_words")
        sentence = self.a.sentence_tokens(t.sent)
        # (a result noun, `победа`, names the win itself, not a game: kg/data/ru/result_nouns.txt)
        if any(w.pos == "NOUN" and w.lemma not in word_list("result_nouns") and
               any(r.kind == "SportsMatch" for r in rules().get(w.lemma, ())) for w in sentence):
            return None
        pairs = {tuple(w.split()) for w in words if " " in w}
        return line if any((
            w.lemma in words or any((w.lemma, c.lemma) in pairs for c in self.kids(w)) or (
                "*" + w.lemma in words and w.feats.get("Number") == "Plur"))
            and self.field_of_win(t, w) for w in sentence) else None

    def field_of_win(self, t: Token, w: Token) -> bool:
        """Whether the campaign word `w` speaks of the contest the win `t` is told of: not a
        time mark before or after it (`победила сборную Франции перед выборами`), and in the
        win's own clause, or in a clause that names one of its contestants (`X и Y участвовали в
        выборах, и тогда X проиграл Y`) or whose win has no named subject (`он победил`); a
        clause of others beside it (`«Зенит» победил «Спартак», а оппозиция провела митинг`)
        tells another story."""
        if self.has_preposition(w, BEFORE_AFTER):
            return False
        top, own = self.clause_top(w), self.clause_top(t)
        if top is None or own is None or top.index == own.index:
            return True
        if self.head(w) is top and self.elections_told(top, w):
            return True
        mine = self.clause_subjects(own)
        if not mine or any(s.pos == "PRON" or s.lemma in PRONOUNS for s in mine):
            return True
        return bool({s.lemma for s in mine} & {s.lemma for s in self.clause_subjects(top)})

    def elections_told(self, top: Token, w: Token) -> bool:
        """Whether the clause headed by `top` tells of the elections themselves, so that a win
        beside it is theirs: the election noun `w` is its subject (`в Сорске прошли выборы мэра,
        победил X`) or what its own win or loss is of (`X выиграл выборы, а Y проиграл`), and
        nothing puts that clause before or after the win (`накануне в стране прошли выборы`,
        `через неделю пройдут выборы`)."""
        if not any(r.kind == "Election" for r in rules().get(w.lemma, ())):
            return False
        if not (w.rel in ("nsubj", "nsubj:pass") or
                any(r.kind == "Election" for r in rules().get(top.lemma, ()))):
            return False
        marks = BEFORE_AFTER | {"через"}
        return not any(c.lemma in marks or self.has_preposition(c, marks)
                       for c in self.kids(top))

    def clause_top(self, t: Token) -> Token | None:
        """The nearest word at or above `t` with a subject of its own, or the sentence's root:
        the head of the clause `t` belongs to (a converb's or an infinitive's words belong to
        the clause of the verb above them)."""
        cur: Token | None = t
        for _ in range(30):
            if cur is None:
                return None
            if cur.rel == "root" or any(c.rel in ("nsubj", "nsubj:pass") for c in self.kids(cur)):
                return cur
            cur = self.head(cur)
        return None

    def clause_subjects(self, top: Token) -> list[Token]:
        """The subjects of the clause headed by `top` with the words joined to them
        (`Иван Котов и Пётр Сомов`)."""
        subj = [c for c in self.kids(top) if c.rel in ("nsubj", "nsubj:pass")]
        subj += [k for s in subj for k in self.kids(s) if k.rel == "conj"]
        # each with the words of its name (`Иван Котов`: `Котов` hangs on `Иван`)
        return subj + [k for s in subj for k in self.kids(s) if k.rel in ("appos", "flat:name")]

    def background_partner(self, t: Token) -> bool:
        """An imperfective whose line is its perfective's (kg/data/ru/triggers_aspect.tsv) in a
        form that tells no one act: only a finite present (`отказывается`, `звонит`) reports
        one going on; its past (`трижды побеждал`, `исполнял песни`), infinitive (`будут
        голосовать`), converb (`обращаясь к нации`) and participles tell a habit, a
        background or a plan, which NEREL does not mark, and so does a negated present
        (`не признаёт`: a stance)."""
        if t.lemma not in aspect_partners():
            return False
        return t.feats.get("VerbForm") != "Fin" or t.feats.get("Tense") != "Pres" or any(
            c.lemma == "не" for c in self.kids(t))

    @staticmethod
    def attributive(t: Token) -> bool:
        """A full-form participle (`созданное`, `погибших`), not a short passive (`назначен`)."""
        return t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") != "Short"

    def told_by_participle(self, t: Token) -> bool:
        """A past participle that describes a noun standing next to it by what happened to it
        or what it did (`журналист, убитый в 2015 году`, `родившийся в 1950 году художник`): the
        event is told, its actor the noun (if its class is one participle_event_kinds.txt lists). A present one describes what the noun is or keeps
        doing (`управляющий банком`, `поддерживающая реформу партия`), and a participle used
        as a noun (`число погибших`, `задержанный`) names people by an event told elsewhere."""
        # not a bare `amod` ("пропавший"), but one with words of its own set off after its noun
        h = self.described(t) if t.rel in ("acl", "nmod") or self.set_off_amod(t) else None
        told = _past_participle(t) or self.standing_passive(t)
        return told and h is not None and self.beside_its_noun(t, h)

    def set_off_amod(self, t: Token) -> bool:
        """A participle the parse hangs as `amod` that is a phrase of its own: words of its own,
        set off by a comma after the noun it is hung on (`адвокат Ивана Котова, подозреваемого
        в краже`), as an `acl` is."""
        h = self.head(t)
        if t.rel != "amod" or h is None or h.index > t.index or \
                not any(c.pos != "PUNCT" for c in self.kids(t)):
            return False
        first = min(k.index for k in self.subtree(t, 6) if k.pos != "PUNCT")
        # (the parse may hang the comma before the phrase on the participle itself)
        return first > 0 and self.a.tokens[first - 1].text == ","

    def standing_passive(self, t: Token) -> bool:
        """A present passive participle (`подозреваемый`, `обвиняемый`): it tells a state the act
        began and that still holds, an event only for present_participle_event_kinds.txt's
        classes (`participle_classes`)."""
        return t.feats.get("Tense") == "Pres" and t.feats.get("Voice") == "Pass"

    def participle_classes(self, t: Token) -> frozenset[str]:
        """The classes an attributive participle may tell: a past one those of
        participle_event_kinds.txt, a present passive one those of
        present_participle_event_kinds.txt (`X, подозреваемый в краже`: suspected, so the
        suspicion was raised), any other none."""
        if _past_participle(t):
            return participle_kinds()
        return present_participle_kinds() if self.standing_passive(t) else frozenset()

    def beside_its_noun(self, t: Token, h: Token) -> bool:
        """Only the noun's own words and commas stand between a participle's phrase and the noun
        it describes (`певец Иван Петров, исполнивший песню`, `убитого в 2015 году известного
        журналиста`): a noun further on is a parse that hung it on the wrong word."""
        def under(k: Token, top: Token) -> bool:
            for _ in range(12):
                if k.index == top.index:
                    return True
                k = self.head(k)
                if k is None:
                    return False
            return False
        phrase = [k.index for k in self.a.sentence_tokens(t.sent) if under(k, t)]
        first, last = min(phrase), max(phrase)
        between = range(h.index + 1, first) if h.index < first else range(last + 1, h.index)
        return all(self.a.tokens[i].pos == "PUNCT" or under(self.a.tokens[i], h) for i in between)

    def negates(self, t: Token) -> bool:
        """A refusal line's "не" stands on the verb itself or on the infinitive it governs
        ("не поддержала", "решили не оспаривать"), not in a clause it reports ("признал, что
        письмо не является подделкой": an admission, not a refusal). On an intention word
        only the infinitive's counts: "ещё не решила, вернётся ли" is no decision yet."""
        own = t.lemma not in self.plan and any(c.lemma == "не" for c in self.kids(t))
        return own or any(
            g.lemma == "не" for c in self.kids(t) if c.rel == "xcomp" for g in self.kids(c))

    def decided(self, t: Token) -> bool:
        """The infinitive (or a noun's host infinitive) right under a past `decide` word of
        event_modality.txt, or under a decision noun taken in the past (`decision`): `решил
        выйти`, `решила подать в отставку`, `принял решение отказать` (not `решит выйти`, nor
        a decision not taken: `не принял решение отказать`, `не решил уйти`)."""
        h = self.head(t)
        if t.feats.get("VerbForm") != "Inf" or h is None:
            return False
        if h.lemma in self.decision and h.pos == "NOUN":
            # "принял решение отказать", "приняла решение уйти в отставку": the decision taken
            # (the noun under a past verb) is the past `решил`; "примет решение" is still ahead
            h = self.head(h)
            return h is not None and h.pos in ("VERB", "AUX") and self.past(h) \
                and not self.negated_verb(h)
        return h.lemma in self.decide and h.feats.get("Tense") == "Past" \
            and not self.negated_verb(h)

    def agreeing_object(self, t: Token, verb: Token) -> bool:
        """An "object" that agrees with a past verb in gender where the verb's subject does not
        (`Концерт открыло выступление X`: the neuter verb says the neuter noun is its subject,
        whatever case the parse gave it)."""
        g = verb.feats.get("Gender")
        if g is None or verb.feats.get("Number") != "Sing" or t.feats.get("Gender") != g \
                or t.feats.get("Number") != "Sing":
            return False
        subj = [c for c in self.kids(verb) if c.rel in ("nsubj", "nsubj:pass")]
        # (a person's title may be masculine whatever the verb: `открыла министр Анна X`)
        return all(c.feats.get("Gender") != g and c.feats.get("Animacy") != "Anim"
                   for c in subj)

    def participle_next_to_head(self, verb: Token) -> bool:
        """An attributive participle the parse hung on a noun that stands right before or right
        after its phrase (`Открывший церемонию председатель X`); not one hung on a noun further
        on (`Открывший церемонию председатель X отметил, что основатель …` with `основатель` as
        the head: a parse that gives the ceremony to the wrong person). Finite verbs pass."""
        if verb.feats.get("VerbForm") != "Part" or verb.feats.get("Variant") == "Short":
            return True
        h = self.head(verb)
        if h is None:
            return False
        span = [verb.index] + [k.index for k in self.subtree(verb, 4) if k.index != h.index]
        first, last = min(span), max(span)
        if h.index in (first - 1, last + 1):
            return True
        gap = first - 1 if h.index == first - 2 else last + 1 if h.index == last + 2 else None
        return gap is not None and self.a.tokens[gap].pos == "PUNCT"  # "X, открывший …"

    def host_of(self, t: Token) -> Token | None:
        h = self.head(t)
        if self.in_sign_of(t):  # "объявил голодовку в знак протеста": the verb is the protest
            v = self.head(h)
            return v if v is not None and v.pos == "VERB" else None
        # "примет участие в саммите"
        if h is not None and self.takes_part_noun(h) and t.rel == "nmod":
            h = self.head(h) if h.rel == "obj" else None
            if h is not None and (self.absent(h, t) or self.barred(h)):
                # "не примет участия в саммите", "не смог принять участие", "отказался принять
                # участие": the summit goes on without him
                return None
            return h if h is not None and hosts().get(h.lemma) == "agent" else None
        rel = self.relative_host(t)
        if rel is not None:  # "турнир, который выиграл X": the clause's own verb carries it
            return rel
        if self.form_of(t, h):  # "церемония прощания не состоится": the verb carries both
            return self.host_of(h)
        if t.pos not in ("NOUN", "PROPN") or h is None or h.lemma not in hosts():
            return None
        if any(w.lemma in rule_words("host_idiom")
               and (w.rel == "fixed" or self.has_preposition(w, "в"))
               for c in self.kids(h) for w in (c, *self.kids(c))):
            return None  # "имел в виду убийство": the noun is what was meant, not an act done
        if h.lemma in object_hosts() and (t.rel != "obj" or self.agreeing_object(t, h)
                                          or not self.participle_next_to_head(h)):
            return None  # "концерт открыло выступление X": the noun is the doer, not carried
        if (h.lemma in self.cancel or h.lemma in self.postpone) and not self.contact(t):
            return None  # "Лавров отменил визит": the one who was to go; a court quashing a
            # sentence or a government lifting sanctions is no side of them
        if self.a.quote_of(h) != self.a.quote_of(t):
            return None  # a parse that hangs the words before a quote on a word inside it
        if t.rel in ("obj", "nsubj", "nsubj:pass", "xcomp"):
            return h
        if t.rel == "obl" and any(c.lemma == "с" for c in self.kids(t)):  # "прибыл с визитом"
            return h
        # a verb of undergoing takes its act in the bare dative ("подвергся аресту")
        if hosts().get(h.lemma) == "undergo" and t.rel in ("obl", "iobj") and \
                not self.has_preposition(t):
            return h
        return None

    def form_of(self, t: Token, h: Token | None) -> bool:
        """Whether the noun `h` only names the form of the act noun `t`, its bare genitive: a line
        of class "-" says `h` is no event of its own beside `t` (`церемония прощание`, `церемония
        похороны`), so what the sentence says of `h` (held, called off) it says of `t`."""
        return h is not None and h.pos == "NOUN" and t.pos == "NOUN" and t.rel == "nmod" and \
            h.index < t.index and self.case_of(t) == "Gen" and not self.has_preposition(t) and \
            any(r.kind == "-" and t.lemma in r.with_ for r in rules().get(h.lemma, ()))

    def cancelled(self, t: Token) -> bool:
        """Called off (Assertion.cancelled), also through the noun that only names the act's
        form (`form_of`: `церемония прощания отменена`)."""
        h = self.head(t)
        return super().cancelled(t) or (h is not None and self.form_of(t, h)
                                        and super().cancelled(h))

    def relative_host(self, t: Token) -> Token | None:
        """The verb of a relative clause that takes a noun trigger as its object through
        `который` (`убийство, которое устроил X`, `турнир, который выиграл X`, `переговоры,
        которые провёл X`): it carries the noun as it would its own object, so the clause's subject
        is the one who acts. Only an agentive host (kg/data/ru/event_hosts.tsv) and only the
        object: `матч, который состоялся в Казани` says where, `турнир, который проходит` when.
        Not a word that calls the act off (`визит, который отменил X`, `концерт, который отложили`):
        whose act it was, and that it will not happen, are read where it governs the noun."""
        if t.pos not in ("NOUN", "PROPN"):
            return None
        for v in self.kids(t):
            if v.rel == "acl:relcl" and v.index > t.index and v.pos == "VERB" \
                    and hosts().get(v.lemma) == "agent" \
                    and v.lemma not in self.cancel and v.lemma not in self.postpone \
                    and any(c.lemma == "который" and c.rel == "obj" for c in self.kids(v)):
                return v
        return None

    def cancel_supposed(self, t: Token, host: Token | None) -> bool:
        """Whether the cancel word that calls `t` off is itself only supposed: able, threatened,
        asked for or on a condition (`может отменить визит`, `пригрозил отменить визит`, `отменит
        визит, если …`, `не исключил, что отменит визит`): the event is still ahead, told in the
        mood of the cancel word's clause. A cancel word under a plan or a decision (`решил
        отменить визит`, `намерен отменить визит`) still calls the event off."""
        words = [x for x in (host, *(self.head(y) for y in (t, host) if y is not None))
                 if x is not None and x.lemma in self.cancel]
        for c in words:
            mood = self.irrealis(c, None)
            if mood is not None and mood != DENIED and mood not in self.plan:
                return True
        return False

    def contact(self, t: Token) -> bool:
        """Whether the line `t` triggers is of a contact class (a visit, meeting, talks, call)."""
        rule = self.rule_for(t)
        return rule is not None and bool({rule.kind, *_broader(rule.kind)} & _CONTACTS)

    def find(self) -> None:
        trig_tokens = {t.index for t in self.a.tokens if self.rule_for(t)}
        for t in self.a.tokens:
            rule = self.rule_for(t)
            if rule is None:
                continue
            host = self.host_of(t)
            if t.pos == "VERB" and hosts().get(t.lemma) == "occur" and any(
                    c.rel == "nsubj" and c.index in trig_tokens and self.host_of(c) is t
                    for c in self.kids(t)):
                continue  # "открылась выставка": the show opened, it is no founding of its own
            # (an act done in protest, `в знак протеста подал в отставку`, is two acts)
            if host is not None and host.index in trig_tokens and \
                    hosts().get(host.lemma) != "occur" and not self.in_sign_of(t) and \
                    (self.rule_for(host).kind, rule.kind) not in acted_on():
                if self.rule_for(host).kind == rule.kind:  # "провёл матч", the same event
                    self.absorbed.append((t.index, host.index))
                continue  # "ввести санкции": the verb's line covers it
            if rule.kind not in word_list("habit_told_classes") and (
                    self.habitual(t) or (host is not None and self.habitual(host, verb=False))):
                continue  # "часто стрелял", "каждый год проводил фестиваль": a habit; a
                # criticism voiced again and again stays ("нередко критиковала X")
            if "не" not in rule.with_ and (
                    self.never(t) or (host is not None and self.never(host)) or
                    self.never_within(t, trig_tokens)):
                continue  # "никогда не попадал в аварии", "ни разу не участвовал в выборах"; a
                # refusal line's negation is the act ("никогда не поддержит эмбарго": a refusal)
            if self.counterfactual(t) or self.rule_of_law(t):
                continue  # "если бы вышла в финал, он бы сыграл": it did not happen; "если
                # президент скончается, необходимо провести выборы": a rule, not a case
            if self.tally(t):
                continue  # "провёл 23 матча": a count of events, none of them told
            if self.kind_named(t):
                continue  # "во всех турнирах", "один из самых престижных форумов": a kind, no act
            if self.quoted_phrase(t):
                continue  # "продолжать «революцию X»", "«похитить славу»": a slogan, a borrowed turn
            if self.quoted_title(t, rule.kind):
                continue  # "песня «Ведьма умерла»", "играл в «Свадьбе»": the title of a work
            if self.inside_name(t):
                continue  # "Организация освобождения Палестины", "площадь Победы": a name's word
            if self.title_homonym(t):
                continue  # "написала премьеру России X письмо": the premier, not a premiere
            if rule.kind == "Agreement" and t.pos == "NOUN" and t.rel == "nsubj" and \
                    self.head(t) is not None and self.head(t).lemma in word_list("document_verbs"):
                continue  # "соглашение истекает 18 марта": the document, no act of agreeing
            if self.cannot(t) or (host is not None and self.cannot(host)):
                continue  # "не может покинуть страну", "не может быть приговорён": nothing told
            if rule.kind in ("Death", "Killing", "Injury") and self.animal_victim(t):
                continue  # "мамонт умер", "застрелили медведя", "пострадали две собаки": an
                # animal, no event of the model (an injury needs no named victim: a count is one)
            if self.negated_verb(t) and any(c.lemma in _NEAR_MISS and c.index < t.index
                                            for c in self.kids(t)):
                continue  # "чуть не умер", "едва не погиб": it almost happened, and did not
            if rule.kind in ("Birth", "Death") and t.pos == "VERB" and any(
                    c.lemma in _SIMILE or (rule.kind == "Birth" and c.lemma in _REBIRTH
                                           and "nsubj" in rule.target)
                    for c in self.kids(t)):
                continue  # "словно заново родился", "будто умер": a likeness, not a life's end;
                # one who is born is born once, a mother or father may be so again (`вновь
                # родила сына`, `снова стал отцом`)
            if rule.kind == "Award" and self.rank_given(t):
                continue  # "получил звание полковника": a promotion, no honour
            if rule.kind == "Death" and "nsubj" in rule.target and self.body_subject(t):
                continue  # "группа «X» умерла", "кинотеатр «Y» погиб": a body ends, no one dies
            kind, fact = rule.kind, "Actual"
            refusal = "не" in rule.with_  # "не поддержала эмбарго": the negation is the act
            if not refusal and self.counterfactual_denial(t):
                pass  # "если бы его не арестовали, он бы уехал": he was arrested
            elif not refusal and (self.negated_verb(t) or (host is not None and self.negated(host)
                                                         and not self.until(host)
                                                         and host.lemma not in self.cancel
                                                         and host.lemma not in self.postpone) or
                                ((self.cancelled(t) or (host is not None and self.cancelled(host)))
                                 and not self.cancel_supposed(t, host))
                                or self.not_begun(t) or (host is not None and self.not_begun(host))
                                or self.stays_away(t) or (kind == "Award" and self.holder_denied(t))
                                or self.none_was(t)
                                or (kind not in _CONTESTS and (
                                    self.failed(t) or (host is not None and self.failed(host))))):
                # "не встретился", "встреча не состоится", "отменил визит": it did not or will not
                # happen; a noun is also remembered so that a later mention does not revive it
                if t.pos in ("NOUN", "PROPN"):
                    self.add(t, host, rule, kind, refused=True)
                fact = "Negated"
                if (host or t).lemma in unfound() and not self.cancelled(t):
                    fact = "Possible"  # "тело так и не найдено": the death is not known, not denied
            elif (host is None and self.presupposed(t, kind)) or (
                    self.case_topic(t, kind) and self.to_take_place(t) is None):
                pass  # "расследованием убийства займётся…", "рассмотрит дело об избиении": done
                # (not a case about what its own clause tells as ahead: `дело о выборах, которые
                # пройдут в мае`)
            elif self.attributive(t) and (_past_participle(t) or self.standing_passive(t)) \
                    and not self.own_hearsay(t):
                pass  # "арестованный в 2019 году X может выйти на свободу": the arrest was
            elif self.took_place(t):
                pass  # "подозреваемый в подготовке взрывов, прогремевших в субботу": they were
            elif self.effort_going_on(t):
                fact = "Planned"  # "проводят операцию по поимке X": what the operation is for
            elif kind == "Award" and self.held_title(t):
                pass  # "лауреат премии X решил уехать": the title is held, whatever X plans
            else:
                mood = self.irrealis(t, host) or (self.irrealis(host, None) if host else None) \
                    or self.claimed(t)
                if mood == DENIED:
                    fact = "Negated"  # "не планирует посещать Минск": it will not happen
                elif mood and rule.irrealis != "drop" and mood not in chances():
                    kind = rule.irrealis  # "готова ввести санкции": a threat that was made
                elif (mood in self.decide or mood == "inf") and kind in DONE_BY_DECIDING \
                        and self.decided(host or t):
                    pass  # "решил выйти из гонки": leaving is done by deciding it
                elif mood:
                    fact = "Planned" if mood in self.plan else "Possible"
                elif (ahead := self.to_take_place(t)) is not None:
                    fact = ahead  # before the date: `который, вероятно, пройдёт 5 мая` is a guess
                elif self.future(t, host) or self.scheduled(t, kind):
                    fact = "Planned"
            h = self.head(t)
            if h is not None and h.index in trig_tokens and t.lemma in self.rule_for(h).with_ \
                    and (self.rule_for(h).kind, kind) not in acted_on():
                continue  # "отверг обвинения": the context word of its head's line, not an event
                # (but "подавили акции протеста": the protest put down took place)
            g = self.head(h) if h is not None else None
            if t.pos == "NOUN" and g is not None and g.index in trig_tokens and \
                    self.rule_for(g).kind == kind and t.lemma in self.rule_for(g).with_:
                # "одержал победу на выборах": the line's context reached through a context
                # word is the same act, one more mention of the verb's event
                self.absorbed.append((t.index, g.index))
                self.placed_by_noun.add(t.index)
                continue
            if h is not None and t.rel == "conj" and h.index in trig_tokens and \
                    self.rule_for(h).kind == "Sentence" and kind in ("Sentence", "Sanction") and \
                    t.feats.get("Tense") == h.feats.get("Tense") and \
                    self.negated_verb(t) == self.negated_verb(h) and \
                    not any(c.rel == "nsubj" or (c.rel in ("obj", "nsubj:pass") and
                                                 c.feats.get("Animacy") == "Anim")
                            for c in self.kids(t)):
                # "признала X виновным и назначила наказание, а также запретила ему …": one
                # verdict told in its parts; the penalty is a mention of it, the ban part of it.
                # A conjunct with a person of its own ("приговорил X, а Y оправдал") or a subject
                # of its own ("…, а областной суд приговорил его", "…, а мэрия запретила
                # продажу"): another verdict or another authority's ban, it stays; so does one
                # in another tense or polarity ("признал виновным и назначит наказание в
                # пятницу": the penalty is yet to come, the finding took place)
                if kind == "Sentence":
                    self.absorbed.append((t.index, h.index))
                continue
            if h is not None and h.index in trig_tokens and t.rel != "conj" and (
                    self.rule_for(h).kind in (kind, "Threat") or t.rel == "xcomp") and not (
                    t.rel == "advcl" and t.pos == h.pos == "VERB" and (
                        self.rule_for(h).with_ or kind == "Appointment" and rule.with_)):
                # (a verb of a line with context, `стал чемпионом, победив X`, says whom the
                # adverbial's act was against: it stays, and coreference joins the two; so does
                # a post taken from someone under a bare one, `возглавил клуб, сменив X на посту
                # тренера`: `post_taken_twice` gives the main act its predecessor, rev31)
                if self.rule_for(h).kind == kind and t.pos in ("NOUN", "PROPN"):
                    self.absorbed.append((t.index, h.index))  # "обыграв X в финале"
                continue  # "пригрозил ввести санкции", "призвал ввести…": the governing event
            self.add(t, host, rule, kind, factuality=fact)

    def absorb(self) -> None:
        """The event nouns a trigger of their class governs become mentions of its event."""
        for noun, head in self.absorbed:
            for f in self.events:
                if head in f.tokens:
                    f.tokens.add(noun)
                    if not f.place and noun in self.placed_by_noun:
                        # "победу на выборах в Литве одержал X": the place is the election's
                        f.place = next((k for k in self.role(self.a.tokens[noun], None, f.rule.place)
                                        if self.is_place(k) and k not in f.actors), None)
                    break

    def habitual(self, t: Token, verb: bool = True) -> bool:
        """A past verb said to have happened as a habit (kg/data/ru/habitual_words.txt: `часто
        стрелял`, `каждый год посещал`), or an imperfective one whose past tells a repeated
        activity (kg/data/ru/habitual_verbs.txt: `встречался с`, `выступал на`) — as the trigger
        itself (`verb`); as the host of a noun it only says how often (`выступал с концертами`:
        the concerts are told). A present habit is a policy the news reports (`регулярно
        посылая туда военные корабли`) and stays, except on an imperfective whose line is its
        perfective's (kg/data/ru/triggers_aspect.tsv): `каждый день звонит матери` tells a
        habit, where the hand line was written for the one call `позвонил`. A present
        imperfective trigger with a plural object that runs from a year on (`since_year`:
        `вручает премии с 1990 года`) is a practice too."""
        if t.pos not in ("VERB", "AUX"):
            return False
        past = t.feats.get("Tense") == "Past"
        if verb and t.feats.get("Tense") == "Pres" and t.feats.get("Aspect") == "Imp" and \
                self.since_year(t) and any(c.rel == "obj" and c.feats.get("Number") == "Plur"
                                           for c in self.kids(t)):
            # "вручает премии с 1990 года": a practice kept up since then, one act per thing;
            # without things counted it is one event still going on ("с 2019 года бастуют",
            # "с 2022 года обстреливает Лиманск")
            return True
        if not past and not (verb and t.lemma in aspect_partners()):
            return False
        if verb and past and t.lemma in word_list("habitual_verbs"):  # "встречался с …"
            return True
        habits = word_list("habitual_words")
        for c in self.kids(t):
            if c.rel == "advmod" and c.lemma in habits:
                return True
            if c.rel == "obl" and any(d.rel == "det" and d.lemma == "каждый" for d in self.kids(c)):
                return True
        return False

    def never(self, t: Token) -> bool:
        """A negated verb said never to have happened (kg/data/ru/never_words.txt: `никогда не
        попадал в аварии`, `ни разу не опаздывал`), or to have happened to no one of a kind
        (`ни один депутат не пострадал`, `ни одного матча не проиграл`): a generic or habitual
        negation that tells no event, not one event that did not take place (`не встретился`,
        Negated)."""
        if t.pos not in ("VERB", "AUX") or not self.negated_verb(t):
            return False
        words = word_list("never_words")
        if any(self.record(d, words) for c in self.kids(t) for d in (c, *self.kids(c))):
            return False  # "никогда ещё переговоры не длились так долго", "такой явки не было
            # никогда": a record, told of an event that took place
        toks = self.a.tokens
        if any(c.rel == "advmod" and c.lemma in words for c in self.kids(t)):
            return True
        if any(d.lemma == "один" and any(e.lemma == "ни" for e in self.kids(d))
               for c in self.kids(t) if c.rel in ("nsubj", "nsubj:pass", "obj", "obl")
               for d in self.kids(c)):
            return True  # "ни один депутат не пострадал", "ни одного матча не проиграл"
        # the parse hangs `ни разу` on itself or elsewhere: read the words before the verb,
        # back to a punctuation mark
        i = t.index - 1
        while i >= 0 and t.index - i <= 5 and toks[i].sent == t.sent and toks[i].pos != "PUNCT":
            pair = f"{toks[i - 1].lemma} {toks[i].lemma}" if i > 0 else ""
            if toks[i].lemma in words or pair in words:
                return True
            i -= 1
        return False

    def record(self, d: Token, words: frozenset[str]) -> bool:
        """`такой`, `столько`, or a degree word on an adjective or adverb (`так долго`, `столь
        низкой`): the words of a record. A `так` on the verb or on the never word itself (`так
        ни разу и не встретился`, `так никогда и не попал`) is none."""
        if d.lemma in ("такой", "столько"):
            return True
        h = self.head(d)
        return d.lemma in _RECORD and h is not None and h.pos in ("ADJ", "ADV") and \
            h.lemma not in words and h.lemma != "раз"

    def never_within(self, t: Token, trig_tokens: set[int]) -> bool:
        """A noun the never-negated verb takes part in (`ни разу не участвовал в выборах`,
        `никогда не попадал в аварии`): an oblique with a bare `в` under a verb that is no
        trigger itself. A setting stays (`никогда ещё на выборах не было`, `ни один депутат не
        пострадал при взрыве`, `в результате взрыва`): that event took place."""
        h = self.head(t)
        if t.rel != "obl" or h is None or h.index in trig_tokens or not self.never(h):
            return False
        return any(c.rel == "case" and c.lemma == "в" and
                   not any(g.rel == "fixed" for g in self.kids(c)) for c in self.kids(t))

    def since_year(self, t: Token) -> bool:
        """The clause runs from a year on (`с 1990 года`, `начиная с 2003 года`): under a
        present imperfective with a plural object (`вручает премии`), a practice kept up since
        then, not one event; without one, one event still going on (`с 2019 года бастуют`).
        The year hangs on the verb or on its `начиная` (`начиная с 2003 года`)."""
        kids = self.kids(t)
        kids += [d for c in kids if c.lemma in ("начинать", "начиная") for d in self.kids(c)]
        return any(c.rel == "obl" and c.lemma == "год" and any(d.lemma == "с" for d in self.kids(c))
                   and any(re.fullmatch(r"\d{4}", d.text) for d in self.kids(c))
                   for c in kids)

    def court(self, k: str) -> bool:
        """An entity that is a court or tribunal (`Верховный суд`, `Мещанский районный суд`)."""
        words = casefold_name(self.entities[k].name).split()
        return self.entities[k].kind == "organization" \
            and any(w in word_list("court_nouns") for w in words)

    def quoted_name(self, t: Token) -> list[int]:
        """The words of the name in quote marks right after an event noun (`митинг «За честные
        выборы»`, `гонка «Тур де Франс»`, `выставка «Лица степи»`): the event's own name, a mention
        of it (NEREL marks the name where the text gives one). Nothing when the quote does not
        open on the next word or does not close within twelve words, nor when a mark that both
        opens and closes (`"`, `''`, `“`) is glued to the noun: that one closes a quote."""
        if t.pos != "NOUN":
            return []
        text = self.a.text
        rest = text[t.end:t.end + 200]
        lead = len(rest) - len(rest.lstrip(" "))
        rest = rest.lstrip(" ")
        # wiki markup may wrap the name or its quote marks (`выставка '«Лица степи»'`,
        # `вечеринка ''Северный бал''`), and the analysis may leave the apostrophes out
        opener = next((o for o in ("''«", "'«", "«", "\"", "“", "„", "''") if rest.startswith(o)),
                      None)
        if opener is None or (lead == 0 and opener in ("\"", "“", "''")):
            # a straight quote, `“` or `''` glued to the noun closes a quote the noun stands in
            # (`назвали это "митингом" у "Рудстроя"`): no name opens there
            return []
        closer = {"''«": "»", "'«": "»", "«": "»", "\"": "\"", "“": "”", "„": "“", "''": "''"}[opener]
        begin = t.end + lead + len(opener)
        line_end = text.find("\n", begin)
        end = text.find(closer, begin, len(text) if line_end < 0 else line_end)
        if end < 0:  # a name closes on its own line: no scan past it for an unclosed quote
            return []
        inner = [k for k in range(t.index + 1, min(t.index + 16, len(self.a.tokens)))
                 if self.a.tokens[k].start >= begin and self.a.tokens[k].end <= end]
        if not inner or len(inner) > 12 or any(self.a.tokens[k].sent != t.sent for k in inner):
            return []
        return [k for k in inner if self.a.tokens[k].pos != "PUNCT"]

    def rank_given(self, t: Token) -> bool:
        """Whether the `звание` the trigger is, or gives, is a rank of service or scholarship
        (kg/data/ru/rank_titles.txt): its genitive (`звание генерал-майора`) or an adjective of
        it (`очередное звание`)."""
        ranks = word_list("rank_titles")
        return any(x.lemma == "звание" and any(
            (c.rel == "amod" or (c.rel == "nmod" and self.case_of(c) == "Gen")) and
            _norm(c.lemma).rsplit("-", 1)[-1] in ranks for c in self.kids(x))
            for x in (t, *self.kids(t)))

    def body_subject(self, t: Token) -> bool:
        """A verb whose subject is itself an organisation or a place, by name or by the noun the
        name stands beside (`группа «Кедр» умерла`), not a person of it (`солист группы`)."""
        subjects = [c for c in self.kids(t) if c.rel in ("nsubj", "nsubj:pass")]
        if t.pos != "VERB" or len(subjects) != 1:
            return False  # (two subjects: a parse that took a word of another clause for one)
        for c in subjects:
            if c.feats.get("Animacy") == "Anim":
                continue  # (`король Тонги`, `солист группы`: a person of the place or body)
            keys = [self.ent_at.get(x.index) for x in (c, *self.kids(c))
                    if x is c or (x.rel == "appos" and self.case_of(x) == self.case_of(c))]
            if any(k and self.entities[k].kind in _BODIES for k in keys):
                return True
        return False

    def lifeless(self, t: Token, idea: bool = False) -> bool:
        """A birth verb whose subject is no living being: an inanimate noun (`родилась идея`,
        `так родилось движение`) or the name of an organisation (`родилась группа «Север»`);
        `add` keeps it when a person takes part (`у певицы родилась двойня`, whose noun the
        tagger calls inanimate). With `idea`, only an inanimate common noun that names no child
        (kg/data/ru/offspring_nouns.txt) or a noun of fame without a name (`родилась звезда`,
        which the tagger calls animate): a metaphor whoever takes part."""
        if t.pos != "VERB":
            return False
        for c in self.kids(t):
            if c.rel not in ("nsubj", "nsubj:pass"):
                continue
            if c.pos == "NOUN" and c.feats.get("Animacy") == "Inan" and c.index not in self.ent_at:
                return not idea or c.lemma not in word_list("offspring_nouns")
            if c.lemma in _FAME and c.index not in self.ent_at and not any(
                    g.index in self.ent_at for g in self.kids(c)):
                return True  # "на сцене родилась новая звезда": a rise to fame; not `родилась
                # звезда эстрады Анна Белова`, whose name tells a child born
            if idea:
                continue
            k = self.ent_at.get(c.index)
            if k is not None and self.entities[k].kind == "organization":
                return True
        return False

    def thing_acted_on(self, t: Token, kind: str) -> bool:
        """A verb of arresting, killing, kidnapping, releasing or sentencing whose object (a
        passive's subject; a sentence's dative) is only inanimate common nouns, none of which
        stands for people (kg/data/ru/people_group_nouns.txt, the group and count words of
        unnamed_participants.tsv): `суд арестовал счета`, `освободило бизнес от налогов`,
        `депутаты убили законопроект`, `задержали рейс`, `критики вынесли приговор сериалу` tell
        of things, not of people, and so does a place or a body named there (`освободили
        Мариуполь`, `ликвидировали компанию «Вектор»`); `задержали группу активистов`,
        `задержали троих`, a person's name or a person word still do. A noun of these acts
        reads its genitive the same way (`участвовал в освобождении Киева`, `освобождение
        города`, `арест имущества`: a place or a thing; `освобождение заложников` stays); a
        verdict's genitive is mostly its court (`приговор суда`), so a Sentence noun is not read."""
        if t.pos == "NOUN" and kind != "Sentence":
            objs = [c for c in self.kids(t) if c.rel == "nmod" and c.index > t.index
                    and self.case_of(c) == "Gen" and not self.has_preposition(c)]
            return bool(objs) and all(self._thing_object(c, kind) for c in self._acted_on(objs)[0])
        objs = self.verb_objects(t, kind)
        return bool(objs) and all(self._thing_object(c, kind) for c in objs)

    def receives_guest(self, t: Token, kind: str) -> bool:
        """Whether a `guest` line fits: a verb (a noun made of one, `принятие решений`, is another
        act) with no thing among what it receives and no one taken into a body."""
        return t.pos == "VERB" and not self.receives_thing(t, kind) and not self.taken_into(t)

    def receives_thing(self, t: Token, kind: str) -> bool:
        """A verb of meeting or receiving someone (a `guest` line) with a thing, a day, a body or
        a place among what it receives (`встретили Новый год`, `принял участие`, `«Зенит» принял
        «Спартак»`, `Решение было принято мэром`): another sense, whatever person the parse also
        hangs there as a second subject or object."""
        return any(self._thing_object(c, kind) for c in self.verb_objects(t, kind))

    def taken_into(self, t: Token) -> bool:
        """Someone taken into a body or a rank (`её приняли в хор`, `в партию`, `в члены союза`,
        `в свои ряды`: a `в` phrase in the accusative under the verb, whatever relation the
        parse gives it; after `в` a nominative is an accusative misread), not received as a
        guest, who is received in a place (`принял в Кремле`) and on a day (`в среду`)."""
        return any(self.has_preposition(c, "в") and self.case_of(c) in ("Acc", "Nom") and
                   not self.in_time(c) for c in self.kids(t))

    def verb_objects(self, t: Token, kind: str) -> list[Token]:
        """What a verb's act is done to, as `thing_acted_on` reads it: its objects, a passive's
        subjects, a passive participle's noun, a verdict's dative."""
        if t.pos != "VERB":
            return []
        passive = t.feats.get("Voice") == "Pass"
        if kind == "Sentence":  # whom the verdict is given to, its dative (`вынесли приговор
            # сериалу`: a critics' judgement); the verb's object is the verdict itself
            objs = [c for c in self.kids(t) if c.rel == "iobj" or (
                c.rel in ("obl", "nmod") and self.case_of(c) == "Dat"
                and not self.has_preposition(c))]
        elif passive and self.attributive(t):
            # a passive participle's object is the noun it describes (`на базе ликвидированного
            # агентства «Вектор»`: a body wound up; `убитого журналиста` a person)
            objs = [h] if (h := self.described(t)) is not None else []
        else:
            objs = [c for c in self.kids(t) if c.rel in (("nsubj:pass", "nsubj") if passive
                                                          else ("obj",))]
            if not objs and passive and t.rel == "conj" and (h := self.head(t)) is not None:
                # "компания занималась консалтингом, но была ликвидирована": the subject it shares
                objs = [c for c in self.kids(h) if c.rel in ("nsubj", "nsubj:pass")]
        first = self.a.sentences[t.sent].first
        # a word in brackets is no object of the verb, whatever the parse says (`(ч. 8 ст. 20.2
        # КоАП) и арестовал на 10 суток`: the article's `ст`)
        return [c for c in objs if sum({"(": 1, ")": -1}.get(w.text, 0)
                                       for w in self.a.tokens[first:c.index]) <= 0]

    def things_owners(self, t: Token) -> set[str]:
        """The entities named as the owners of the thing an act's noun `t` is done to, which the
        parse hangs on the noun itself (`отменил арест имущества Ивана Котова`: `_acted_on`)."""
        if t.pos != "NOUN":
            return set()
        objs = [c for c in self.kids(t) if c.rel == "nmod" and c.index > t.index
                and self.case_of(c) == "Gen" and not self.has_preposition(c)]
        return {self.ent_at[c.index] for c in self._acted_on(objs)[1] if c.index in self.ent_at}

    def _acted_on(self, objs: list[Token]) -> tuple[list[Token], list[Token]]:
        """The genitives of an act's noun (`thing_acted_on`) that say what it is done to, and
        those that say whose that is: a genitive right after a genitive thing is that thing's
        owner, whatever the parse hangs it on (`отменил арест имущества Ивана Котова`: the
        property's owner, not the one arrested); a stretch of time is no thing owned."""
        out: list[Token] = []
        owners: list[Token] = []
        for c in sorted(objs, key=lambda x: x.index):
            last = out[-1] if out else None
            if last is not None and last.index not in self.ent_at \
                    and self._thing_object(last, "") and _norm(last.lemma) not in _time_units() \
                    and all(w.index == last.index or w.head == last.index
                            for w in self.a.tokens[last.index:c.index]):
                owners.append(c)
                continue
            out.append(c)
        return out, owners

    def _thing_object(self, c: Token, kind: str, depth: int = 0) -> bool:
        """The object `c` of an act done to people (`thing_acted_on`) is a thing, a place or a
        body, not people."""
        k = self.ent_at.get(c.index)
        if k is not None:  # "освободили Мариуполь", "ликвидировали «Вектор»": a place or a
            # body (a company sentenced to a fine stays: its dative is not read this way)
            return kind != "Sentence" and self.entities[k].kind != "person"
        if c.lemma in word_list("gathering_nouns") and depth < 2:
            # "задержали партию сигарет", "освободили часть заложников": what is gathered
            # decides; "ликвидировали партию «Вектор»": the body it names
            of = [g for g in self.kids(c) if g.rel in ("nmod", "appos") and g.index > c.index
                  and self.case_of(g) == "Gen" and not self.has_preposition(g)]
            if of:
                return all(self._thing_object(g, kind, depth + 1) for g in of)
            named = [g for g in self.kids(c) if g.rel in ("appos", "flat:name", "nmod")
                     and g.index > c.index and g.index in self.ent_at]
            if named:
                return all(self._thing_object(g, kind, depth + 1) for g in named)
        if any(n.rel.startswith("nummod") and n.feats.get("Animacy") == "Anim"
               for n in self.kids(c)):
            return False  # "задержали трёх лиц": a numeral's animate accusative counts people
        return c.pos == "NOUN" and c.feats.get("Animacy") == "Inan" and \
            c.lemma not in word_list("people_group_nouns") and not self.unnamed_word(c)

    def tally(self, t: Token) -> bool:
        """A noun trigger counted in figures (`провёл 23 матча`, `в 300 матчах`, `сыграл 21
        матч`, whose noun is singular after 21): a statistic of many events, not one of them; a
        number in words (`два теракта`) may tell the events one by one and is kept."""
        if t.pos == "NOUN" and (h := self.head(t)) is not None and h.lemma in _MEASURES and \
                t.rel == "nmod" and self.case_of(t) == "Gen" and not self.has_preposition(t):
            return True  # "число ДТП снизилось", "количество убийств": a statistic
        return t.pos == "NOUN" and any(c.rel.startswith("nummod") and c.text.isdigit()
                                       and int(c.text) > 1 for c in self.kids(t))

    def kind_named(self, t: Token) -> bool:
        """A plural event noun that names a kind of event, not one that took place: under a
        word of all or any (kg/data/ru/generic_quantifiers.txt: `во всех турнирах`, `на любых
        выборах`), or the set `один из` picks from by a superlative where `один` is what a thing
        is said to be (`стал одним из самых престижных форумов`, `X — один из крупнейших
        фестивалей`, `репутация одного из самых престижных форумов`): what the thing is, not an
        act told. Where `один` is an argument of an act
        (`выиграл один из самых престижных турниров`, `руководил одним из самых массовых
        митингов`) the one picked is an event that took place and stays."""
        if t.pos != "NOUN" or t.feats.get("Number") != "Plur":
            return False
        kids = self.kids(t)
        quantifiers = [c for c in kids if c.rel == "det" and c.lemma in word_list("generic_quantifiers")]
        if quantifiers:
            # `осудил все теракты в Дамаске`: all those that took place where it names, told
            return not (all(c.lemma == "весь" for c in quantifiers) and self.placed_noun(t))
        h = self.head(t)
        if h is None or h.lemma != "один" or not any(c.lemma == "из" for c in kids):
            return False
        if h.rel in ("obj", "iobj", "obl", "nsubj", "nsubj:pass") and \
                not any(c.rel == "cop" for c in self.kids(h)):
            return False  # "выиграл один из самых престижных турниров": one picked, the act told
        adjectives = [c for c in kids if c.rel == "amod"]
        adjectives += [d for c in adjectives for d in self.kids(c) if d.rel == "amod"]
        return any(c.lemma == "самый" or c.feats.get("Degree") == "Sup" for c in adjectives)

    def relative_of_named(self, t: Token) -> bool:
        """A person word in t's phrase whose name is its owner's (`найдено тело внучки X`,
        `event_roles.owner_named`): someone unnamed it happened to."""
        return any(w.pos == "NOUN" and c.rel in ("appos", "flat:name", "flat", "flat:foreign")
                   and self.owner_named(w, c) and not self.misattached(w, c)
                   and self.same_case(w, c) and c.text.lower() != c.lemma
                   # (inflected: `после гибели мужа Корасон X`, a name that does not
                   # decline, may be the clause's subject, hers)
                   for w in self.subtree(t, 4) for c in self.kids(w))

    def placed_noun(self, t: Token) -> bool:
        """t has a place of ours under it in `в`/`на` (`теракты в Дамаске`)."""
        return any(c.rel == "nmod" and self.has_preposition(c, ("в", "на"))
                   and self.place_at(c) is not None for c in self.kids(t))

    def quoted_phrase(self, t: Token) -> bool:
        """The first word, in lower case, of a short quoted phrase inside the narrator's
        sentence (`обещал продолжать «революцию Y»`, `желание «похитить славу»`): a slogan or a
        borrowed turn of speech, no act told. A finite verb opening the quote is the clause's
        own predicate, quoted from a source (`по данным следствия, «застрелил охранника»`,
        `признался, что «взорвал машину»`): the act is told and stays; so does a noun in the
        locative, the occasion something took place at, named in lower case (`задержан на
        «марше мира»`). A capital opens a name,
        and a quoted name is often the event's own (`участвовал в «Мисс Вселенной»`, `участники
        «Марша X»`: NEREL marks them), so a capitalised title (`играл в «Свадьбе»`) is left too. A quote of more than
        four words, or one that opens a sentence or follows a colon or a dash, is reported
        speech and is left to its own rules."""
        q = self.a.quote_of(t)
        if q is None or not t.text[:1].islower():
            return False  # a capital opens a name, often the event's own (`в «Марше X»`)
        if t.feats.get("VerbForm") == "Fin":
            return False  # "«застрелил охранника»": a quoted predicate, the act told
        if t.pos == "NOUN" and t.feats.get("Case") == "Loc":
            return False  # "задержан на «марше мира»": the occasion an act took place at, named
        text = self.a.text
        if text[q:t.start].strip(" '") or not text[:q].rstrip(" '").endswith(OPENING_QUOTES):
            return False  # not the quote's first word
        inside = [u for u in self.a.tokens if self.a.quote_of(u) == q and u.pos != "PUNCT"]
        if len(inside) > 4:
            return False
        before = text[:q].rstrip(" '")[:-1].rstrip(" '")  # the text before the opening mark
        return bool(before) and before[-1] not in ".!?:;—–-\n"

    def quoted_title(self, t: Token, kind: str) -> bool:
        """A word inside the quoted title of a work or a text: the quote follows a noun of
        kg/data/ru/titled_nouns.txt (`песню «Ведьма умерла!»`, `фильм «Похищение»`, `закон «О
        выборах мэра»`, `по статье 105 («Убийство»)`), or is what an actor plays in (`играл в
        «Свадьбе»`, `снялся в «Разводе»`; not a game, which is played in too: `сыграл в «Матче
        звёзд»`). The title names the work; nothing in it took place.
        A quoted name after an event noun (`митинг «За честные выборы»`, `участники «Марша X»`)
        is the event's own and stays (`quoted_name`)."""
        q = self.a.quote_of(t)
        if q is None:
            return False
        before = [u for u in self.a.sentence_tokens(t.sent) if u.end <= q]
        words = [u for u in before if u.pos != "PUNCT" and u.text not in ("(", ")")]
        if not words or self.a.text[words[-1].end:q].strip(" '(«\"„“") != "":
            return False  # not right after its noun: a number, a word or a mark stands between
        prior, titled = words[-1], word_list("titled_nouns")
        if prior.lemma in titled or (
                prior.pos == "NUM" and len(words) > 1 and words[-2].lemma in titled):
            return True  # "статья 105 («Убийство»)": a numbered text
        return (prior.lemma == "в" and len(words) > 1 and kind != "SportsMatch"
                and words[-2].lemma in word_list("acting_verbs"))

    def inside_name(self, t: Token) -> bool:
        """A word that hangs on another word of the name of an organisation or a place
        (`Организация освобождения Палестины`, `Комиссия по расследованию авиапроисшествий`,
        `площадь Победы`): part of what the body or the place is called, no act told. The
        name's own head may be the event itself named (`Марш несогласных`, `Кубок Кремля`,
        `жюри Московского кинофестиваля`), and it stays."""
        h = self.head(t)
        if h is None:
            return False
        for e in self.entities.values():
            if e.kind == "person":
                continue
            for m in e.mentions:
                if m.start <= h.start and h.end <= m.end and m.start <= t.start and t.end <= m.end:
                    return True
        return False

    def title_homonym(self, t: Token) -> bool:
        """A trigger noun of kg/data/ru/title_homonyms.txt written as a form of the job title it
        shares its letters with (`премьеру`, `премьера`: the dative and genitive of `премьер`),
        right before a person's name, or before a country or place and then the name (`премьеру
        России X`, `встреча премьера Y`): the title of the person named, no event. A word the
        parse reads as a nominative is the event noun (`состоялась премьера Анны X`: the
        premiere of her work)."""
        if t.lemma not in word_list("title_homonyms") or t.feats.get("Case") == "Nom":
            return False  # (a nominative is the event noun: the title's is `премьер`)
        toks = self.a.sentence_tokens(t.sent)
        i = t.index - toks[0].index + 1
        while i < len(toks):
            k = self.ent_at.get(toks[i].index)
            if k is None:
                return False
            kind = self.entities[k].kind
            if kind == "person":
                return True
            if not self.is_place(k):
                return False
            i += 1  # the country or place the title is of ("премьер России")
        return False

    def cannot(self, t: Token) -> bool:
        """An act under a negated modal of kg/data/ru/inability_modals.txt (`X не может покинуть
        страну`, `не может быть приговорён к заключению`, `не мог повеситься сам`): an inability,
        a rule of law or a claim that it could not have happened; no act took place or is
        expected, so nothing is told (the own gold's convention on generic negations). An
        attempt that failed (`не смогла обыграть`, `не сумел победить`: the match was played) is
        not under these words; a modal that is not negated (`может покинуть`) stays `Possible`."""
        cur = t
        for _ in range(3):
            h = self.head(cur)
            # the infinitive under the modal, or one conjoined to it ("не может покинуть страну и
            # вернуться"); not a finite verb the parse hung on it ("«не могу работать», — сказал
            # X и подал в отставку": he resigned)
            if h is None or not (cur.rel in ("xcomp", "csubj") or (
                    cur.rel == "conj" and cur.feats.get("VerbForm") == "Inf")):
                return False
            if h.lemma in word_list("inability_modals"):
                return any(c.lemma == "не" for c in self.kids(h))
            cur = h
        return False

    def animal_victim(self, t: Token) -> bool:
        """The one who dies, is killed or is hurt is an animal of kg/data/ru/animal_nouns.txt: the
        subject of a verb of dying or of being hurt, the object or passive subject of a verb of
        killing, the bare genitive of a noun (`мамонт умер`, `застрелили медведя`, `гибель
        слона`; not the animal of a phrase, `гибель туриста от акулы`: a person's death), or the
        animals such a word counts (`погибли десятки коров`, `более сотни овец`)."""
        animals = {a.replace("ё", "е") for a in word_list("animal_nouns")}
        victims = [c for c in self.kids(t) if c.rel in ("nsubj", "nsubj:pass", "obj") or (
            c.rel == "nmod" and not self.has_preposition(c))]
        if t.pos == "VERB" and any(c.rel == "obj" for c in victims):
            victims = [c for c in victims if c.rel != "nsubj"]  # "охотник убил медведя"
        victims += [n for c in victims for n in self.counted_nouns(c)]
        if t.pos == "VERB" and self.count_hung_after(t):  # "…, где погибли тысячи коров"
            victims.append(self.a.tokens[t.index + 2])
        victims = self.with_conjuncts(victims)
        # (a word of a name is no animal: `Скончался Лев Дуров`, the first name read as `лев`)
        animal = any(c.lemma.replace("ё", "е") in animals
                     and c.index not in self.ent_at and c.pos != "PROPN" for c in victims)
        # people told beside the animals (`погибли десятки овец и двое пастухов`): a death of
        # people all the same
        people = any(c.index in self.ent_at or c.pos in ("NOUN", "PROPN") and
                     c.feats.get("Animacy") == "Anim" and
                     c.lemma.replace("ё", "е") not in animals for c in victims)
        return animal and not people

    def with_conjuncts(self, words: list[Token]) -> list[Token]:
        """The words and the nouns joined to them by `и`, `или` (and what those count), down
        through a chain (`коровы, овцы и пастух`)."""
        out, todo = list(words), list(words)
        while todo:
            for g in self.kids(todo.pop()):
                if g.rel == "conj" and g.pos in ("NOUN", "PROPN", "NUM") and g not in out:
                    new = [g, *self.counted_nouns(g)]
                    out += [n for n in new if n not in out]
                    todo.append(g)
        return out

    def counted_nouns(self, c: Token) -> list[Token]:
        """The nouns a count counts, when the count stands in the noun's place (`десятки коров`,
        `более сотни овец`, `сотни овец и десятки коз`): the bare genitives under a count noun of
        unnamed_participants.tsv, a numeral or a comparative (`более`), down through a count
        under a count; a count hung on its noun (`30 коров`) leaves the noun in the role."""
        if not (c.pos in ("NUM", "ADV") or self.count_noun(c)):
            return []
        out = []
        for g in self.kids(c):
            if g.rel in ("nmod", "obl", "conj", "nummod") and not self.has_preposition(g) and \
                    g.pos in ("NOUN", "NUM"):
                out += [g, *self.counted_nouns(g)]
        return out

    def scheduled(self, t: Token, kind: str) -> bool:
        """An event noun whose day, time or place is being told or settled (`сообщил о дне
        прощания`, `время и место похорон уточняются`; kg/data/ru/schedule_words.tsv): what is
        still to come."""
        h = self.head(t)
        if t.pos != "NOUN" or kind in _ONCE or h is None or t.rel != "nmod" or \
                self.case_of(t) != "Gen" or self.has_preposition(t) or \
                _schedule_words().get(h.lemma) != "noun" or self.told_past(t):
            return False
        cur = h
        for _ in range(3):  # "время и место похорон": up through the coordination to the verb
            g = self.head(cur)
            if g is None:
                return False
            if g.pos in ("VERB", "AUX", "ADJ"):
                return _schedule_words().get(g.lemma) == "verb" and \
                    cur.rel in ("obj", "obl", "nsubj", "nsubj:pass", "conj")
            if cur.rel != "conj":
                return False
            cur = g
        return False

    def to_take_place(self, t: Token) -> str | None:
        """An event noun followed by a relative clause whose `который` is the subject of a verb of
        occurrence in the future (`на выборах, которые пройдут 17 апреля`, `саммит, который
        состоится в мае`): the clause tells the event as still to come, with or without a date the
        publication date could place ("Planned"; "Possible" when a word of likelihood hedges the
        clause, `который, вероятно, пройдёт в мае`). A past verb (`которые прошли`), a negated one
        (`которые не пройдут в апреле`: none planned then) or a clause about something else
        (`выборы, на которых он победит`) says nothing of it (None)."""
        rel = self.relcl(t)
        if t.pos != "NOUN" or rel is None:
            return None
        which = self.a.tokens[rel[0]]
        if which.rel != "nsubj" or which.feats.get("Number", t.feats.get("Number")) != \
                t.feats.get("Number", which.feats.get("Number")):
            return None  # `который` of another noun (`выборы мэра, который пройдёт …`)
        verb = self.head(which)
        if verb is None or not rel[0] < verb.index <= rel[1] or \
                hosts().get(verb.lemma) != "occur" or tense_at(self.a, verb.start) != "future" or \
                self.negated_verb(verb):
            return None
        hedged = any(c.rel in PARENTHESES and self.hedge(c) for c in self.kids(verb))
        return "Possible" if hedged else "Planned"

    def took_place(self, t: Token) -> bool:
        """An event noun whose own words tell it happened: a past participle of a verb of
        occurrence agreeing with it (`взрывов, прогремевших в субботу`, `произошедшего в мае
        теракта`) or a relative clause whose `который` is the subject of such a verb in the past
        (`взрыва, который прогремел в субботу`). What a suspicion, a plan or a request above says
        of it is then said of someone's part in it (`подозреваемый в подготовке взрывов,
        прогремевших …`: the blasts took place), the mirror of `to_take_place`. Not negated
        (`встречи, которая не состоялась`), hedged (`который, вероятно, произошёл`) or
        conditional (`которая прошла бы`)."""
        if t.pos != "NOUN":
            return False
        verbs = [c for c in self.kids(t) if c.rel in ("acl", "amod")
                 and c.feats.get("VerbForm") == "Part" and c.feats.get("Tense") == "Past"]
        rel = self.relcl(t)
        if rel is not None:
            which = self.a.tokens[rel[0]]
            verb = self.head(which)
            if which.rel == "nsubj" and verb is not None and rel[0] < verb.index <= rel[1] and \
                    verb.feats.get("Tense") == "Past":
                verbs.append(verb)
        return any(hosts().get(v.lemma) == "occur" and not self.negated_verb(v) and not any(
            (c.rel in PARENTHESES and self.hedge(c)) or c.lemma == "бы" for c in self.kids(v))
            for v in verbs)  # `которая прошла бы в мае`: a condition, nothing took place

    def told_past(self, t: Token) -> bool:
        """Whether an event noun is told as past by its own words: a day before publication
        (`место встречи в 2019 году`) or a relative clause with a past verb (`дату встречи,
        которая прошла в Женеве`). Naming its day or place then dates it; it plans nothing."""
        tv = self.own_time(t, None)
        if tv is not None and self.published is not None and tv.begin is not None and \
                tv.begin < self.published:
            return True
        rel = self.relcl(t)
        return rel is not None and any(
            w.pos in ("VERB", "AUX") and w.feats.get("Tense") == "Past"
            for w in self.a.tokens[rel[0]:rel[1] + 1])

    def claimed(self, t: Token) -> str | None:
        """The speech word of a guess, denial or complaint whose content holds t (`жалуются на
        то, что власти отказались …`): what the speaker claims, not what the text asserts."""
        return next((lemma for start, end, lemma in self.claims
                     if start <= t.start < end), None)

    def future(self, t: Token, host: Token | None) -> bool:
        """Announced or scheduled: the clause of the trigger (or of its host verb) is in the future
        tense or under a future-marking word ("посетит", "переговоры состоятся", "предстоящий").
        A verb of occurrence in the past says the event took place, whatever its attribute said of
        its schedule ("запланированная на вторник встреча прошла", "намеченные переговоры
        состоялись")."""
        if host is not None and hosts().get(host.lemma) == "occur" and \
                tense_at(self.a, host.start) == "past":
            return False
        return tense_at(self.a, t.start) == "future" or (
            host is not None and tense_at(self.a, host.start) == "future")

    def add(self, t: Token, host: Token | None, rule: Rule, kind: str,
            refused: bool = False, factuality: str = "Actual") -> None:
        # read by `speaker_of`, for this line only
        self.acting, self.acting_at, self.acting_as = rule.kind, t, factuality
        try:
            self._add(t, host, rule, kind, refused, factuality)
        finally:
            self.acting, self.acting_at, self.acting_as = None, None, None

    def _add(self, t: Token, host: Token | None, rule: Rule, kind: str,
             refused: bool, factuality: str) -> None:
        agents = self.role(t, host, rule.agent)
        if rule.agent and not agents:  # "арестован по приказу прокурора X": who ordered it
            agents = self.ordered_by(t, host)
        if rule.agent and not agents and rule.kind in announced_acts():
            agents = self.announced_by(t, rule.kind)  # "Кремль объявил об увольнении X": the Kremlin's act
        if not agents and not rule.agent and rule.kind == "Resignation":
            agents = self.dismissed_by(t)  # "клуб подтвердил отставку тренера X": the club's act
        if not agents:  # "его семья переехала": he
            agents = self.family_subject(t, rule.kind, rule.agent)
        # "X подписал указ о награждении Y": X's act; a dismissal too (`об отставке Y`), though
        # the Resignation lines give no agent of their own
        decree = self.decree_of(t) if rule.agent or rule.kind == "Resignation" else None
        if decree is not None and not agents:
            agents = [k for k in decree.agents if self.entities[k].kind == "person"]
        targets = [k for k in self.role(t, host, rule.target) if k not in agents]
        # "X подвергся аресту": X is arrested, not arresting; the noun's own target codes
        # would take its genitive, which there names the doer ("подвергся критике Y")
        suffered = self.suffered(t, host)
        if suffered:
            agents = [k for k in agents if k not in suffered]
            if not agents and "gen" in rule.target:
                agents = [k for k in self.role(t, host, ("gen",)) if k not in suffered]
            targets = suffered
        if rule.kind == "Kidnapping":  # a captive is a person: `захватили город X` kidnaps no one
            targets = [k for k in targets if self.entities[k].kind == "person"]
        if rule.kind == "Appointment" and "pred" in rule.detail and targets and \
                all(self.entities[k].kind != "person" for k in targets):
            return  # "компания X назначена подрядчиком", "органом утверждено управление Y",
            # "губернатор назначил компанию X подрядчиком": a body given a task, whoever gave
            # it, not a person given a post (on the lines whose target is who is made
            # something, `назначить`, `утвердить`; a body headed, `возглавить`, stays)
        if rule.kind == "Appointment" and "pred" in rule.detail and not targets and \
                t.pos == "VERB" and self.thing_set(t):
            return  # "врач назначил пациенту курс лечения": a thing set, no one given a post
        bodies = []  # `поэт Мордовии умер`, `солист группы X скончался`: a body or a place
        # named in the person's title is not who died, was born or hurt (someone unnamed was)
        if rule.kind in OF_THE_LIVING:
            bodies = [k for k in agents + targets if self.entities[k].kind in _BODIES]
            agents = [k for k in agents if k not in bodies]
            targets = [k for k in targets if k not in bodies]
        others = [k for k in self.role(t, host, rule.others) if k not in agents + targets]
        if not (agents or targets or others) and host is None and t.pos in ("NOUN", "PROPN"):
            others = self.taking_part(t)  # "Ирак участвовал в конкурсе": no role named it
        if rule.kind in _CHAIRED and t.pos in ("NOUN", "PROPN"):
            # "заседание пройдёт под председательством X": the chair sits in it
            others += [k for k in self.chaired_by(t) if k not in agents + targets + others]
        if not (agents or targets or others) and t.lemma in word_list("funeral_nouns"):
            others = self.dead_told()  # "Скончался X. Время и место похорон уточняются": X's
        found = [k for k in self.role(t, host, rule.place) if k not in agents + targets + others]
        places = [k for k in found if self.is_place(k)]
        if rule.kind == "Performance" and ({t.lemma, " ".join((t.lemma, *rule.with_))} &
                                           word_list("speech_or_show_triggers")) and \
                not self.performs(t, agents):
            # "президент выступил в Берлине", "министр выступил на совещании": no show; a tour
            # of a head of state is the word's bare line (`совершил мировое турне`: a Visit)
            plain = next((r for r in rules().get(t.lemma, ()) if not r.with_
                          and r.kind not in ("-", "Performance")), None)
            if plain is not None and kind == rule.kind:
                self._add(t, host, plain, plain.kind, refused, factuality)
            return
        if rule.require == "placed" and not places:  # "выступит с концертом в Армении"
            places = [k for k in [self.nested_place(t, host, rule.kind, agents)] if k]
        if not places and rule.kind == "Election" and t.pos == "NOUN":
            places = self.post_place(t, agents + targets + others)
        if t.lemma in word_list("state_acts") and not any(
                self.entities[k].kind in _BODIES for k in agents + others):
            return  # "его выдали соседи", "его выдал акцент": a betrayal, no extradition
        if rule.kind in _DONE_TO_PEOPLE and self.thing_acted_on(t, rule.kind) and not any(
                self.entities[k].kind == "person" and k not in self.things_owners(t)
                for k in targets):
            return  # "арестовал счета компании", "освободило бизнес от налогов": a thing
        if rule.require == "guest" and (any(self.entities[k].kind != "person" for k in targets)
                                        or any(self.is_place(k) for k in agents)):
            return  # a body or a country received as the roles read it, no guest met (a thing
            # received is no fit of the line, `rule_for`: `встретили Новый год`, `принял участие`,
            # `«Зенит» принял «Спартак»`); a country that takes someone in (`Германия приняла X`)
            # gives a refuge, it meets no one
        if rule.kind == "Birth" and self.lifeless(t) and (self.lifeless(t, idea=True) or not any(
                self.entities[k].kind == "person" for k in agents + targets + others)):
            return  # "так родилось движение", "родилась идея": a metaphor of a beginning, also
            # when it is someone's (`у него родилась идея`; not `у неё родилась двойня`)
        if {rule.kind, *_broader(rule.kind)} & _CONTACTS or rule.kind in _GATHERINGS:
            # "дискуссии в ОБСЕ": talks in a body are held with it; a death "в больнице
            # Склифосовского" or an arrest "в аэропорту" is only where it happened
            # (a club, theatre or hall there is only where it took place: `venue`)
            # (a show's organisation is where it is on: `выставка в Эрмитаже`)
            others += [k for k in found if self.entities[k].kind == "organization"
                       and not self.venue(k, t) and rule.kind not in _TOURING]
        if t.pos in ("NOUN", "PROPN") and rule.kind not in _CONTACTS:
            # "чемпионат Испании", "выборы Индонезии": a country or city the event noun's own
            # genitive names is where it happens, not who takes part; one that is the subject of
            # the clause ("Сербия победила на ЧМ-2018") or a winner ("победитель турнира") is a team
            owned = set(self.role(t, host, ("gen",))) if "gen" in rule.others else set()
            moved = [k for k in others if k in owned and self.is_place(k)]
            places += moved
            others = [k for k in others if k not in moved]
            if moved and not others and not (agents or targets):
                # "в выборах Индонезии участвует X": the genitive named only where it happens,
                # so the codes after it still say who takes part
                rest = tuple(c for c in rule.others if c != "gen")
                others = [k for k in self.role(t, host, rest) if k not in agents + targets
                          and k not in moved and not self.is_place(k)]
                if not others and host is None:
                    others = [k for k in self.taking_part(t) if k not in moved]
        if rule.kind == "SportsMatch" and self.bare_contest_frame(t):
            agents, targets, others = [], [], []  # "после матча X заявил": a time, not X's match
        if rule.kind == "SportsMatch" and self.war_sides(t, agents + targets):
            agents, targets, others = [], [], []  # "победа СССР над Германией": a war won
        if rule.kind == "SportsMatch":  # "в составе «Бенфики» стал победителем Кубка": the club
            others = others + [k for k in self.squad(t) if k not in agents + targets + others]
        # the context words that are nouns are mentions of the event too ("ушёл в отставку")
        # (a grandchild too, as the line's context is found: "победил во втором туре выборов")
        # (an object or subject word, `=кубок`, too, a name's head as well: `выиграл Кубок
        # России` names the contest won)
        near = [*self.kids(t), *(g for c in self.kids(t) for g in self.kids(c))]
        context = {c.index for c in near if (c.lemma in rule.with_ and c.pos == "NOUN") or (
            "=" + c.lemma in rule.with_ and c.pos in ("NOUN", "PROPN"))}
        actors = agents + targets + others
        if kind == "Meeting" and t.pos == "NOUN" and actors and all(self.court(k) for k in actors):
            kind = "Trial"  # `суд отпустил X под залог до следующего заседания`: a court's session
        f = _Found(rule, kind, t, host, agents, targets, places[0] if places else None,
                   own_actors=bool(agents or targets or others), others=others,
                   tokens={t.index, *context, *self.quoted_name(t)}, factuality=factuality)
        f.time = self.own_time(t, host)
        post = self.post(t, host, rule.detail) if rule.detail else None
        f.detail = post[1] if post else None
        if post and kind != "Award":  # "назначен генеральным секретарём УЕФА": UEFA takes part
            # (a title describing the one let go, `уволил с должности главы ведомства X`, is no
            # body of its own; the post an appointment changes hands is: `сменила на посту главы
            # ЦРУ X`, the agency and the predecessor both take part)
            f.others += [k for k in self.post_bodies(t, post[0]) if k not in f.actors
                         and (kind == "Appointment" or k not in self.holders_description())]
        if post and kind == "Appointment":  # "стал мэром Харькова": the city takes part
            f.others += [k for k in self.post_places(t, post[0]) if k not in f.actors]
        if refused:
            self.refused.append(f)
            return
        if factuality != "Negated" and t.pos in ("NOUN", "PROPN") and \
                any(self.revives(f, r) for r in self.refused):
            return  # "изменение формата встречи Путина и Трампа" after "встреча … не состоится",
            # in any mood ("подготовка встречи" is no new, possible meeting)
        if not _satisfied(rule.require, f) and rule.require == "anchored":
            f.place = self.later_place(f)  # "осуждающими геноцид в Руанде": the parse's verb's
        if not _satisfied(rule.require, f):
            anchored = self.unnamed_agent(f)
            f.stand_in = not anchored and (self.unnamed_participant(f) or bool(bodies) or (
                rule.kind in OF_THE_LIVING and self.relative_of_named(t)))
            f.unnamed = anchored or f.stand_in
            f.one_unnamed = f.stand_in and self.one_unnamed_person(f)
            # one person only described (`Бывший глава Израиля умер в среду`, `Чиновник скончался
            # 22 июля`), kept by an anchor: a death is gone through once, so after a death told
            # with a name it is that death told again, not a second one (twenty-seventh round)
            f.once_described = anchored and kind == "Death" and self.one_described_person(f)
        if factuality == "Negated" and not f.own_actors and t.pos in ("NOUN", "PROPN"):
            prev = self.called_off(f)
            if prev is not None:  # "должен был встретиться …, но встреча не состоялась"
                prev.factuality = "Negated"
                prev.tokens |= f.tokens
                self.anchor_tokens(t, host, prev)
                return
        told = self.title_retold(f)
        if told is not None:
            # the headline's act, told in the lead in another class's word (`X запретил …` over
            # `X подписал закон, запрещающий …`): the lead's telling stands for it, as when the
            # lead tells it in the same class's word with its actors named
            self.events.remove(told)
        prev = self.coreferent(f)
        if prev is not None and f.one_unnamed and not f.own_actors:
            return  # one unnamed person retold in an event told before with names: no new fact
        if prev is not None and not prev.actors and f.own_actors and self.in_title(prev.trigger) \
                and (prev.stand_in or prev.kind == f.kind):
            # the title's act of unnamed people (or of a doer only described, `Умер автор
            # песен`), told here with names: this mention stands for it (the title's words are
            # left to the body's, as with no policy for them; joined, the body's actors would sit
            # on the title's words, which NEREL marks as an event of its own)
            self.events.remove(prev)
            prev = None
        if prev is not None:
            if title_tense(self, f, prev, _LEAD) or title_suspected(self, f, prev, _LEAD):
                # the lead's tense is the title's noun's; the act a title's suspect is held to
                # have done, told as done in the lead, took place
                prev.factuality = f.factuality
            self.one_reading(prev, f)
            prev.agents += [k for k in f.agents if k not in prev.actors]
            prev.targets += [k for k in f.targets if k not in prev.actors]
            prev.others += [k for k in f.others if k not in prev.actors]
            prev.place = prev.place or f.place
            prev.time = prev.time or f.time
            prev.detail = prev.detail or f.detail
            if kind in _narrower(prev.kind):  # "беседовали" then "телефонный разговор"
                prev.kind = kind
            prev.tokens |= f.tokens  # its context nouns too ("отправлен в отставку" again)
            self.anchor_tokens(t, host, prev)
            return
        # a dated meeting, call or summit counts without named actors ("переговоры состоятся 9
        # января"); "санкции 2014 года" names a time, not a sanction of its own
        dated_noun = t.pos in ("NOUN", "PROPN") and f.time is not None and \
            "Contact" in {kind, *_broader(kind)}
        if not (_satisfied(rule.require, f) or dated_noun or f.unnamed
                or self.indefinite_agent(f) or self.dated_participle(f)):
            # (a plural may name many such events: "после взломов банкоматов", "концертами")
            if not f.own_actors and f.time is None and t.pos in ("NOUN", "PROPN") and \
                    t.feats.get("Number") != "Plur" and not self.owned_by_words(t):
                self.loose.append(f)
            return
        self.events.append(f)
        self.anchor_tokens(t, host, f)
        if host is not None and hosts().get(host.lemma) == "occur":
            self.events.extend(self.schedule(f, host))
        elif kind in _TOURING:  # "выступит в Самаре 5 мая и в Уфе 7 мая": a stop on each date
            self.events.extend(self.schedule(f, host or t))
        elif host is None and kind == "Visit" and t.pos == "VERB":
            self.events.extend(self.stops(f, t))

    def stops(self, f: _Found, t: Token) -> list[_Found]:
        """One verb of visiting, several dated stops (`посетит Польшу 20 марта и Украину 21
        марта`): a visit each, each with the place named before its day. Only when every stretch
        up to a day names a place and no person (`посетит Варшаву 20 марта, а Пётр Сомов — Прагу
        21 марта`: another visitor, left as told); the first stop is the event found."""
        stretches = self.day_stretches(t, None, t.index + 1)
        if not stretches:
            return []
        stages: list[tuple[TimeValue, str]] = []
        for tv, start, last in stretches:
            if last is None or last.index < start:
                return []
            keys = [k for tok in self.a.tokens[start:last.index + 1]
                    for k in [self.ent_at.get(tok.index)] if k is not None]
            if any(self.entities[k].kind == "person" for k in keys):
                return []
            places = [k for k in dict.fromkeys(keys) if self.is_place(k)]
            if not places:
                return []
            stages.append((tv, places[0]))
        if f.place not in (None, stages[0][1]):
            return []
        f.time, f.place = stages[0]
        out = []
        for tv, place in stages[1:]:
            g = _Found(f.rule, f.kind, f.trigger, None, list(f.agents), list(f.targets), place,
                       f.own_actors, others=list(f.others), tokens=set(f.tokens),
                       factuality=f.factuality)
            g.time, g.stage = tv, tv.span
            out.append(g)
        return out

    def thing_set(self, t: Token) -> bool:
        """A verb of appointing whose objects are all things (`назначил курс лечения`, `назначил
        пациенту препарат`): no person, post or body of people (`назначил новое правительство`,
        kg/data/ru/collective_heads.txt) is what it names. Not `thing_acted_on`'s test: there a
        named place or body is a thing acted on (`освободили Мариуполь`), here a named object of
        any kind is no thing, and the people words are posts and bodies, not group words."""
        objs = [c for c in self.kids(t) if c.rel == "obj"]
        people = self.posts | word_list("collective_heads")
        return bool(objs) and all(c.pos == "NOUN" and c.feats.get("Animacy") == "Inan" and
                                  c.lemma not in people and self.ent_at.get(c.index) is None
                                  for c in objs)

    def post_place(self, t: Token, actors: list[str]) -> list[str]:
        """The country, region or city of the post an election noun names in its genitive
        (`выборы губернатора Московской области`, `выборы мэра Казани`): where it is held."""
        return [k for c in self.kids(t) if c.rel == "nmod" and c.feats.get("Case") == "Gen"
                and c.lemma in self.posts and not self.has_preposition(c)
                for g in self.kids(c) if g.rel == "nmod" and g.feats.get("Case") == "Gen"
                for k in [self.place_at(g)] if k is not None and k not in actors]

    def suffered(self, t: Token, host: Token | None) -> list[str]:
        """The subject of a verb of undergoing that carries the noun (kg/data/ru/event_hosts.tsv,
        `undergo`: `подвергся нападению`, `потерпел крушение`): the one the
        act befalls, whatever role the noun's own line gives its genitive or its host. Also
        where a relative clause carries the noun (`сталкивается с протестами, которые организует
        Y`, `подвергся нападению, которое совершил Y`): Y acts, the subject still undergoes."""
        if host is None or hosts().get(host.lemma) != "undergo":
            host = self.undergoing_head(t)
        if host is None or t.pos not in ("NOUN", "PROPN") or hosts().get(host.lemma) != "undergo":
            return []
        toks = [x for x in self.subject(host) if self.same_line(x.index, t.index)]
        return list(dict.fromkeys(k for k in (self.entity_of(x) for x in toks) if k))

    def later_place(self, f: _Found) -> str | None:
        """The city or country an `anchored` noun with no actor, place or time of its own would
        be given later by `attach_places`: that of a relative clause right after it (`фестиваль,
        который завершился в штате Юта`) or the first `в`-place after it in its clause, which
        the parse hung on the verb the noun depends on (`осуждающими геноцид в Руанде`). It
        anchors the event as its own place would; None when there is none. Not in a headline,
        whose place names the story's setting (`Фестивали лета в Костроме`), not one act."""
        t = f.trigger
        if t.pos not in ("NOUN", "PROPN") or f.actors or f.time is not None or \
                "в+loc" not in f.rule.place or self.in_title(t):
            return None
        rel = self.relcl(t)
        if rel is not None:
            return self.segment(*rel)[0]
        sent = self.a.sentences[t.sent]
        stops = {i for i in range(sent.first, sent.last + 1) if self.rule_for(self.a.tokens[i])}
        return self.place_after(t, set(), stops)

    def undergoing_head(self, t: Token) -> Token | None:
        """The verb of undergoing (event_hosts.tsv `undergo`) the noun `t` hangs on as its act,
        in the bare dative or after `с` (`подвергся нападению`, `столкнулся с протестами`), when
        a relative clause on the noun is what carries it; None otherwise."""
        h = self.head(t)
        if h is None or hosts().get(h.lemma) != "undergo" or self.relative_host(t) is None:
            return None
        if t.rel in ("obl", "iobj") and (not self.has_preposition(t) or
                                         self.has_preposition(t, ("с",))):
            return h
        return None

    def dead_told(self) -> list[str]:
        """The one person whose death the article has told so far (`Скончался Иван X. … Время
        и место похорон уточняются`): whose funeral or farewell a noun with no owner of its own
        is. Nothing when the deaths told are of more than one person or of no named one. A
        killing tells a death as well (`X был застрелен. Похороны пройдут в субботу`); one
        planned, feared or denied (`пытались убить X`) tells none."""
        dead = {k for f in self.events if f.kind in ("Death", "Killing")
                and f.factuality == "Actual" for k in f.targets
                if self.entities[k].kind == "person"}
        return sorted(dead) if len(dead) == 1 else []

    def decree_of(self, t: Token) -> _Found | None:
        """The LawAdoption event of a decree that t, an act noun in `о`/`об` under the decree's
        noun, is about (`подписал указ об отставке Y`, `издал распоряжение о награждении Y`)."""
        if t.pos != "NOUN" or not self.has_preposition(t, ("о", "об")):
            return None
        noun = self.head(t)
        if noun is None or noun.lemma not in _DECREES or noun.rel != "obj":
            return None
        verb = self.head(noun)
        f = self.anchor.get(verb.index) if verb is not None else None
        return f if f is not None and f.kind == "LawAdoption" and f.trigger is verb else None

    def schedule(self, f: _Found, host: Token) -> list[_Found]:
        """One mention, several dated stages: "консультации пройдут сначала в Вене 3 марта, а затем
        в рамках Совета Европы в Страсбурге 5 марта" is two events, each with the place
        and the organisation named between its date and the one before."""
        out = []
        for n, (tv, start, last) in enumerate(
                self.day_stretches(f.trigger, host, min(f.trigger.index, host.index) + 1)):
            if last is None:
                break
            place, orgs = self.segment(start, last.index)
            g = f if n == 0 else _Found(f.rule, f.kind, f.trigger, host, list(f.agents),
                                        list(f.targets), None, f.own_actors, tokens=set(f.tokens),
                                        factuality=f.factuality)
            g.time, g.place = tv, place or (f.place if n == 0 else None)
            if n:
                g.stage = tv.span
            g.others = list(dict.fromkeys([*(f.others if n == 0 else []), *orgs]))
            if n:
                out.append(g)
        return out

    def day_stretches(self, t: Token, host: Token | None,
                      start: int) -> list[tuple[TimeValue, int, Token | None]]:
        """The days a trigger is dated by (none unless two or more), each with the stretch of
        text that tells its stage: from `start` or the end of the day before up to the day's last
        word (None where no word ends the day, and no stretch after it). `schedule` reads the
        place and organisations of each stretch, `stops` the place of each visit."""
        days = [tv for tv in self.times_of(t, host) if tv.day is not None]
        if len(days) < 2:
            return []
        out: list[tuple[TimeValue, int, Token | None]] = []
        for tv in days:
            last = self.a.token_at(tv.span.end - 1)
            out.append((tv, start, last))
            if last is None:
                break
            start = last.index + 1
        return out

    def performs(self, t: Token, agents: list[str]) -> bool:
        """Whether the doer of `выступить` or `выступление` may be a performer: a person or body
        the text describes by a noun of kg/data/ru/performer_nouns.txt (`певица X`, `группа «X»`;
        the subject noun itself, `музыканты выступят`), or by no noun of an office. A doer it
        calls only by an office (kg/data/ru/job_titles.txt: `президент`, `министр`, `посол`) spoke
        there, and an athlete (`лыжник`) or a country (`сборная России`) competed; a skater or a
        gymnast may perform. One who `выступил на концерте` performs, whatever his office."""
        performer = word_list("performer_nouns")
        words = [c.lemma for c in self.kids(t) if c.rel == "nsubj" and c.pos == "NOUN"
                 and c.index not in self.ent_at]
        # "выступил в качестве эксперта": what the doer is there
        words += [c.lemma for c in self.kids(t) if c.pos == "NOUN" and any(
            m.lemma == "в" and any(f.lemma == "качество" for f in self.kids(m))
            for m in self.kids(c))]
        for k in agents:
            if self.is_place(k):
                return False
            words += [w.lemma for w in self.title_words(k)]  # "певица Анна Белова"
            for i, key in self.ent_at.items():
                if key != k or self.ent_at.get(i - 1) == k:
                    continue  # once per mention, at its first word
                if i > 0 and self.a.tokens[i - 1].text in OPENING_QUOTES and i > 1 and \
                        self.a.tokens[i - 2].pos == "NOUN":
                    words.append(self.a.tokens[i - 2].lemma)  # "группа «Кедр»"
        if any(c.rel in ("obl", "nmod") and self.has_preposition(c) and
               (r := self.rule_for(c)) is not None and r.kind == "Performance"
               for c in self.kids(t)):
            return True  # "депутат выступил на концерте": whoever takes the stage of a show
        # a doer called by an office (kg/data/ru/job_titles.txt) or a sport (kg/data/ru/
        # athlete_nouns.txt: `лыжник выступит в Осло` starts a race) and by no performer noun
        return any(_norm(w) in performer for w in words) or not any(
            _norm(w) in normed_words("job_titles") | normed_words("athlete_nouns") for w in words)

    def tour_stops(self) -> None:
        """Each performance given its own place splits into one per place joined to it
        (`more_places`), once the places are attached."""
        for f in list(self.events):
            if f.kind in _TOURING and not f.stage:
                at = self.events.index(f) + 1
                self.events[at:at] = self.more_places(f)

    def more_places(self, f: _Found) -> list[_Found]:
        """A performance told in several places joined by `и` (`концерты пройдут в Омске и
        Томске`, `выступит в Перми, Уфе и Казани`) is one event in each: a tour's stops. The
        places are the ones the parse joins to the mention's own place, each of them a place."""
        if f.place is None:
            return []
        sent = self.a.sentences[f.trigger.sent]
        first = next((i for i in range(sent.first, sent.last + 1)
                      if self.ent_at.get(i) == f.place), None)
        if first is None:
            return []
        out, seen = [], {f.place}
        for c in self.kids(self.a.tokens[first]):
            k = self.place_at(c)
            if c.rel != "conj" or k is None or k in seen or k in f.actors:
                continue
            seen.add(k)
            g = _Found(f.rule, f.kind, f.trigger, f.host, list(f.agents), list(f.targets), k,
                       f.own_actors, others=list(f.others), tokens=set(f.tokens),
                       factuality=f.factuality)
            g.time = f.time
            g.stage = span(self.a.text, c.start, c.end)
            out.append(g)
        return out

    def revives(self, f: _Found, r: _Found) -> bool:
        """Whether a noun mention names an event refused before: same class, its actors a part of
        the refused one's (or the other way round), and no other time or place."""
        if r.kind != f.kind or not f.actors or not r.actors:
            return False
        if f.time is not None and r.time is not None and _when(f.time) != _when(r.time):
            return False
        if f.place and r.place and f.place != r.place:
            return False
        if not self.one_subject(f, r):
            return False
        return self.within(f.actors, r.actors) or self.within(r.actors, f.actors)

    def called_off(self, f: _Found) -> _Found | None:
        """The planned or possible event a bare negated or cancelled noun calls off (`должен был
        встретиться с X, но встреча не состоялась`, `собирался посетить Минск, но визит был
        отменён`): the latest event of its class, told in the noun's sentence or the one before,
        if it is not actual (an act told as done is not undone by a later noun) and has no other
        time or place. The noun's time may hang on the cancel word whose passive subject it is
        (`Визит 10 марта отменён`), which carries no noun in the passive: a visit of another date
        is another visit, and an earlier plan of that date, in the same window, the one called
        off. A date after the cancel word says when the plan was dropped (`визит
        отменён 10 марта`), not when the visit was to be."""
        when = f.time
        h = self.head(f.trigger)
        if when is None and h is not None and f.trigger.rel == "nsubj:pass" and \
                (h.lemma in self.cancel or h.lemma in self.postpone):
            when = self.own_time(f.trigger, h)
            if when is not None and not f.trigger.start < when.span.start < h.start:
                when = None
        for prev in reversed(self.events):
            if prev.trigger.sent < f.trigger.sent - 1:
                return None
            if prev.kind != f.kind and f.kind not in _narrower(prev.kind) | _broader(prev.kind):
                continue
            if prev.factuality not in ("Planned", "Possible"):
                return None
            if when is not None and prev.time is not None and _other_day(when, prev.time):
                continue  # `Визит 10 марта отменён` after visits of 10 and 20 March: the first
            here, there = self.where(f), self.where(prev)  # `в Москве` hung on a name
            if here and there and here != there and (
                    (f.place and prev.place) or self.two_places(f, here, prev, there)):
                return None
            return prev
        return None

    def one_subject(self, f: _Found, prev: _Found) -> bool:
        """Whether two mentions of a birth or a death can be one act: it happens once to one
        person, so the one born or dead (the target) must be the same, not only some actor. A
        parent's part in a birth (`у Ивана Петрова родился сын` after `Иван Петров родился в
        Туле`) or anyone's other part (an agent, a participant) is not being born or dying: a
        person who is the one born in one and has another part in the other makes two acts, and
        so do two births or deaths whose targets are both named and differ."""
        if f.kind not in _ONCE and prev.kind not in _ONCE:
            return True
        side_f, side_p = {*f.agents, *f.others}, {*prev.agents, *prev.others}
        if any(self.within({k}, side_f) for k in prev.targets) \
                or any(self.within({k}, side_p) for k in f.targets):
            return False
        if f.targets and prev.targets:
            return self.within(set(f.targets), set(prev.targets)) \
                or self.within(set(prev.targets), set(f.targets))
        return True

    def again(self, t: Token) -> bool:
        """Whether a word says its act is one more of its kind (`снова`, `вновь`, `повторно`,
        `ещё раз`, `в очередной раз`), on the trigger or on the verb it is coordinated with (`был
        снова задержан, а … приговорён`); not `также`, which adds to the same act as often
        (`также обсудил`)."""
        heads = [t]
        if t.rel == "conj" and t.head is not None:
            heads.append(self.a.tokens[t.head])
        for h in heads:
            for c in self.kids(h):
                lemma = _norm(c.lemma)
                if lemma in _again_words("again"):
                    return True
                if lemma == "раз" and any(_norm(g.lemma) in _again_words("count")
                                          for g in self.kids(c)):
                    return True
        return False

    def further(self, f: _Found, prev: _Found) -> bool:
        """Whether a verb mention with actors of its own says with `также` that it is one more act
        of the class of an event told in an earlier sentence of the body (`Его обвинили в связях
        с X. … Его обвиняют также в передаче документов`, `Полиция задержала стрелка. … Полиция
        также арестовала ещё одного человека`): `также` on the verb, on the verb it is coordinated
        with, or on its object (`обвиняют также в …`). Not in the sentence of the event (the
        sentence tells its own parts), not after the title (the lead retells it), and never for a
        talk, meeting or visit, whose topics `также` adds to (`также обсудили`)."""
        if not (f.own_actors and f.kind == prev.kind and f.trigger.pos in ("VERB", "AUX")
                and prev.trigger.sent < f.trigger.sent and not self.in_title(prev.trigger)
                and "Contact" not in {f.kind, *_broader(f.kind)}):
            return False
        heads = [f.trigger]
        if f.trigger.rel == "conj" and f.trigger.head is not None:
            heads.append(self.a.tokens[f.trigger.head])
        said = [c for h in heads for c in self.kids(h) if _norm(c.lemma) in _again_words("also")]
        on_part = [c for c in self.parts(f.trigger)
                   if any(_norm(g.lemma) in _again_words("also") for g in self.kids(c))]
        if on_part:
            return True
        if not said:
            return False
        # `также` on the verb says "this one too" of a new actor or a new object or charge
        # (`также признан виновным в хранении оружия`); of the same ones alone it is the same act
        # told again (`Вскоре X был также задержан`)
        if any(k not in prev.actors for k in f.actors):
            return True
        before = {_norm(c.lemma) for c in self.parts(prev.trigger)}
        return any(_norm(c.lemma) not in before for c in self.parts(f.trigger))

    def parts(self, t: Token) -> list[Token]:
        """The nouns of t's object and obliques that name no entity and no time: what an act is
        about (`обвинили в связях`, `призвал президентов`)."""
        return [c for c in self.kids(t) if c.rel in ("obj", "obl", "iobj")
                and c.pos == "NOUN" and c.index not in self.ent_at and not self.in_time(c)]

    def dated_retelling(self, f: _Found, prev: _Found) -> bool:
        """Whether a verb mention with a date of its own tells a later act than an undated verb
        mention of the body in an earlier sentence (`… был оправдан. … в 2013 году приговорён`,
        `недавно перенесла операцию … 10 июня была госпитализирована`): an act a person may go
        through more than once, told again with its date, would repeat the earlier wording's
        place in the story, not stand sentences apart in the body. A title's undated verb is the
        same act as the dated one of the lead (`Умер X` … `5 мая умер X`), and so is a death or
        a birth, which happen once; past the lead, a dated act of the body told with another verb
        is another one (`Губернатор назначил X министром` … a biography's `в 1998 году он
        возглавил партию`). Nor is the title's act one dated by a written year before the
        article's (`X лишили гражданства` … `гражданства Y он был лишён в 2015 году`): the
        title tells news, and a year the text writes out puts that act in the past."""
        return (f.time is not None and prev.time is None and f.own_actors
                and f.kind not in _ONCE and f.trigger.pos in ("VERB", "AUX")
                and prev.trigger.pos in ("VERB", "AUX") and prev.trigger.sent < f.trigger.sent
                and not (self.in_title(prev.trigger) and not self.written_past_year(f)
                         and (f.trigger.sent <= prev.trigger.sent + _LEAD
                              or f.trigger.lemma == prev.trigger.lemma)))

    def written_past_year(self, f: _Found) -> bool:
        """Whether f recurs and its time writes out a year before the news's (`в 2015 году`); a
        bare month (`в декабре` in a January article) may still be the news told late, so only a
        written year counts. The news's year is the publication's, or with no publication date
        the year of the first full date of the lead (`В среду, 26 июля 2017 года, …`)."""
        if f.kind in _ONCE or f.time is None or f.time.year is None \
                or not re.search(r"\b\d{4}\b", f.time.span.text):
            return False
        year = self.published.year if self.published is not None else self.lead_year()
        return year is not None and f.time.year < year

    def lead_year(self) -> int | None:
        """The year of the first date written out to the day in the title or the lead (the
        three sentences after it), the day an undated article tells its news of."""
        if self.headline is None:
            return None
        first = next((t.sent for t in self.a.tokens if self.in_title(t)), None)
        for tv in self.times:
            tok = self.a.token_at(tv.span.start)
            if tok is None or first is None or tok.sent > first + _LEAD:
                continue
            if tv.day is not None and tv.month is not None and tv.year is not None \
                    and re.search(r"\b\d{4}\b", tv.span.text):
                return tv.year
        return None

    def in_title(self, t: Token) -> bool:
        """Whether t stands in the article's headline (kg.nlp.lines.headline)."""
        return self.headline is not None and self.headline[0] <= t.start < self.headline[1]

    def one_kind(self, here: str, there: str) -> bool:
        """Two places that cannot hold one another: two countries of
        kg/data/ru/country_adjectives.tsv, two places that are none, or a country and the capital
        of another (kg/data/ru/capitals.tsv: `задержали в Москве` … `задержали во Франции` are
        two arrests; of any other city the country is not known here, and it may lie in it)."""
        countries = country_name_set()
        a, b = self.entities[here].name, self.entities[there].name
        if (a in countries) == (b in countries):
            return True
        city, country = (b, a) if a in countries else (a, b)
        capital_of = _capitals().get(city)
        return capital_of is not None and not any(
            country in names and capital_of in names for names in country_names().values())

    def two_places(self, f: _Found, here: str, prev: _Found, there: str) -> bool:
        """Whether a place read only from the clause (`where`) sets two contacts apart: two
        places of one kind (two cities, or two countries of kg/data/ru/country_adjectives.tsv),
        neither a building the contact is held in (`в Женеве` … `в Швейцарии`, `в Женеве` … `в
        отеле «X»` can be one meeting)."""
        countries = country_name_set()
        return (self.entities[here].name in countries) == (self.entities[there].name in countries) \
            and not self.venue(here, f.trigger) and not self.venue(there, prev.trigger)

    def coreferent(self, f: _Found) -> _Found | None:
        """An earlier event this mention repeats: same class, and no actor of its own or actors
        that are a part of the earlier one's (or the other way round). A bare noun may also name
        an event of a sibling class (a meeting called "переговоры", then "встреча")."""
        bare = not f.own_actors and f.time is None and f.trigger.pos in ("NOUN", "PROPN")
        for prev in reversed(self.events):
            if prev.factuality != f.factuality and not (bare and f.factuality == "Actual") \
                    and not title_tense(self, f, prev, _LEAD) \
                    and not title_suspected(self, f, prev, _LEAD):
                continue  # "не встретился …, но встретится": two events, one of each kind
            here, there = self.where(f), self.where(prev)
            if f.own_actors and here and there and here != there and (
                    (f.place and prev.place and self.one_kind(here, there))
                    or self.two_places(f, here, prev, there)):
                continue  # "посетит страну A … посетит страну B": two visits (a country and a
                # city may hold one another: `В Великобритании умерла женщина` … `скончалась в
                # больнице в Солсбери`)
            if f.trigger.rel == "conj" and f.trigger.head in prev.tokens:
                continue  # "встретился с X и встретился с Y": a coordinated second act
            if f.own_actors and self.again(f.trigger) and not self.again(prev.trigger) \
                    and not self.in_title(prev.trigger):
                continue  # "был снова задержан": one more act of the kind
            if self.dated_retelling(f, prev) and not retold_named(self, f, prev):
                continue  # "… был оправдан. … в 2013 году приговорён": a later act, dated
            if self.in_title(prev.trigger) and prev.time is None and self.written_past_year(f):
                continue  # "Матч за титул начался" … "матч 1993 года": a past one, not the news
            if self.further(f, prev):
                continue  # "Его обвинили в X. … Его обвиняют также в Y": one more accusation
            if self.other_work(f, prev):
                continue  # "выпустил альбом … опубликовал сборник": two works, two acts
            if self.other_contest(f, prev):
                continue  # "победил в забеге … в финале обогнал X": two stages, two contests
            if self.roles_swapped(f, prev):
                continue  # "X арестовал оппозиционеров … позже X сам был арестован": two arrests
            if dates_told_act(self, f, prev):
                continue  # "Покушение произошло на следующий день после драки": two acts
            related = prev.kind == f.kind or f.kind in _narrower(prev.kind) | _broader(prev.kind)
            if bare and _broader(prev.kind) & _broader(f.kind):
                related = True  # "переговоры …. Встреча длилась час": one contact, named two ways
            if bare and (prev.kind, f.kind, "*") in retold_classes():
                if self.retold_other_class(f, prev):
                    return prev  # "открыл огонь по толпе" … "массовое убийство в Лиманске"
                continue
            if not related:
                continue
            if f.time is not None and prev.time is not None and not _one_day(f.time, prev.time) \
                    and not self.one_death(f, prev):
                continue
            if not f.own_actors:  # only a noun can repeat an event without naming its actors
                if (f.one_unnamed or f.once_described) and prev.actors and prev.kind == f.kind:
                    if self.another_person(f, prev):
                        continue  # "X умерла 5 мая. Водитель погиб в Казани": someone else
                    # "Ирина Кольцова скончалась 5 мая … Актриса скончалась в больнице": one
                    # person the text does not name again is the one of the event told before
                    return prev
                if f.unnamed and not self.in_title(prev.trigger) and not (
                        prev.trigger.sent == f.trigger.sent
                        and prev.trigger.lemma == f.trigger.lemma) \
                        and not retold_toll(self, f, prev):
                    # "полицейские задержали двоих" after another arrest no one is named in: both
                    # lack named actors, which does not make them one (a headline's is retold,
                    # and so is the verb said again in its sentence: "кто убил их и зачем убил")
                    continue
                if f.trigger.pos not in ("NOUN", "PROPN"):  # …or a verb repeating one (a headline)
                    same = not prev.actors and prev.trigger.lemma == f.trigger.lemma
                    return prev if same else None
                if self.another(f.trigger) or self.renewed(f, prev) or self.next_in_order(f, prev):
                    return None  # "Предыдущая авария на ГЭС случилась год назад": not the one told
                if self.same_site(f, prev):
                    return prev  # "авария на ГЭС" … many sentences on, "авария на ГЭС произошла
                    # 17 августа": the act of its class told last, named again by its place
                if f.time is not None:  # a bare noun with a time of its own is a new event…
                    return prev if self.title_dated(f, prev) else None  # …or the title's, dated
                return prev if self.repeats(f, prev) else None
            if self.post_taken_twice(f, prev):
                return prev  # "стал мэром X, сменив на этом посту Y": one appointment, Y its other
            # (a body's shorter name counts only against the title's act: in the body two acts
            # of one body, `избрала 31 члена Госсовета` … `избрала его`, stay two)
            inside = self.within_body if self.in_title(prev.trigger) else self.within
            if prev.actors and (inside(f.actors, prev.actors) or inside(prev.actors, f.actors)) \
                    and self.one_subject(f, prev):
                return prev
            if retold_from_title(self, f, prev, _LEAD) and self.one_subject(f, prev):
                return prev  # the title's act, its roles filled otherwise in the lead
            if retold_named(self, f, prev) and self.one_subject(f, prev):
                return prev  # "арестовали двух человек" … "X и Y были арестованы": those two
            if not prev.actors and prev.kind == f.kind and self.in_title(prev.trigger) and (
                    prev.stand_in or (f.trigger.sent <= prev.trigger.sent + _LEAD
                                      and not self.past_year(f))) and not self.adds_one(f):
                return prev  # "Задержан глава фонда" … "Пётр Ласточкин был задержан": the title's
                # (a title's act whose doer only a description names, `Умер автор песни`, is
                # the act of the lead told with the name)
            if retold_late(self, f, prev):
                return prev  # "Протесты в Лимании" … many sentences on, "президент сталкивается
                # с протестами": the title's act with no actor, first told with one in the body
            if not prev.actors and prev.trigger.lemma == f.trigger.lemma and f.time is None \
                    and self.taken_part(f.trigger) and self.repeats(f, prev):
                return prev  # "состоялась встреча. Во встрече приняли участие X и Y": its actors
        return None

    def post_taken_twice(self, f: _Found, prev: _Found) -> bool:
        """Whether two Appointments are one told by a verb and a converb on it (`стал мэром
        Харькова, сменив на этом посту X`, `Сменив X на посту тренера, он возглавил клуб`): the
        converb says how the post was taken, by the same holder, so its predecessor joins the
        act of the main verb rather than making a second one. Two verbs (`стал мэром, а затем
        занял пост губернатора`) stay two."""
        if f.kind != "Appointment" or prev.kind != "Appointment" or \
                not set(f.targets) & set(prev.targets):
            return False
        a, b = f.trigger, prev.trigger
        return any(x.feats.get("VerbForm") == "Conv" and x.head == y.index and x.rel == "advcl"
                   for x, y in ((a, b), (b, a)))

    def title_retold(self, f: _Found) -> _Found | None:
        """The headline's act that f, told in the lead with actors of its own, tells again in
        another class's word (`retold_classes("title")`: a ban over the law passed, a release
        refused over the refusal): the headline's act of the pair, of the factuality the pair
        asks (else f's), whose every actor f names too. None where the headline names someone f
        does not (`X запретил …` over `Y подписал закон …`: two acts), or f is past the lead."""
        if not f.own_actors or not f.actors or self.in_title(f.trigger):
            return None
        pairs = retold_classes("title")
        for prev in self.events:
            if not self.in_title(prev.trigger) or not prev.actors or \
                    f.trigger.sent > prev.trigger.sent + _LEAD:
                continue
            if (prev.kind, f.kind, prev.factuality) in pairs or (
                    (prev.kind, f.kind, "*") in pairs and prev.factuality == f.factuality):
                if self.within(set(prev.actors), set(f.actors)):
                    return prev
        return None

    def retold_other_class(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare noun of another class (`retold_classes`: `массовое убийство` after a
        shooting) names the act told before: by the same place at any distance (`same_site`'s
        ground, the nearest act of the pair met first), or with no place, in this or the two
        sentences before (`repeats`). Not where either is said to be another one or counts an
        edition (`ещё одно убийство`), in the plural (many acts), at two places, or where the
        earlier act is a past year's (`убийство` after `нападение 2015 года`)."""
        t = f.trigger
        if t.feats.get("Number") == "Plur" or prev.stage or self.past_year(f):
            return False
        if any(self.another(x, editions=True) for x in (t, prev.trigger)):
            return False
        if self.renewed(f, prev) or self.next_in_order(f, prev):
            return False
        if prev.time is not None and self.past_year(prev):
            return False
        if f.place is not None:
            there = prev.place or self.where(prev)
            if there is not None:
                return there == f.place
            # the earlier act's place not yet attached: its sentence names the noun's place
            # (`открыл огонь по толпе на концерте в Лиманске` … `убийство в Лиманске`)
            sent_p = self.a.sentences[prev.trigger.sent]
            return any(self.place_at(x) == f.place
                       for x in self.a.tokens[sent_p.first:sent_p.last + 1])
        sent = t.sent
        if max(self.a.tokens[i].sent for i in prev.tokens) < sent - 2:
            return False
        return not any(self.a.token_at(tv.span.start).sent == sent
                       for tv in self.times if self.a.token_at(tv.span.start) is not None)

    def one_death(self, f: _Found, prev: _Found) -> bool:
        """Whether two Deaths are of the same named people: a person dies once, so the times
        told of it are one time said two ways (`X, умершего в сентябре 2017 года` … `X ушёл из
        жизни 28 сентября`), not two deaths. Not where both write a year and the years differ
        (`X умер в 1976 году` … `в 1977 году умер его отец X`): one time cannot be said as two
        years, so the two are deaths of two people the text names alike."""
        if f.time is not None and prev.time is not None:
            years = [re.findall(r"\b\d{4}\b", t.span.text) for t in (f.time, prev.time)]
            if all(years) and set(years[0]).isdisjoint(years[1]):
                return False
        return f.kind == prev.kind == "Death" and bool(f.targets) and \
            set(f.targets) == set(prev.targets)

    def same_site(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare event noun (no actor of its own) names the act of its class told last by
        naming the same place (`авария на Саяно-Шушенской ГЭС` in the title, in the body and
        again with its day): one happening where the text tells no other of its class between
        them (`coreferent` meets the nearest one first), at any distance. Not when either mention
        is said to be another one (`another`: `предыдущий фестиваль`, `ещё один теракт`), counts an
        edition (`70-й фестиваль`) or is in the plural (`взрывы в Киеве` may be many), nor for an
        act that recurs dated to a past year (`выборы в Мосгордуму 2014 года` under this year's)."""
        if f.trigger.pos not in ("NOUN", "PROPN") or prev.kind != f.kind or prev.stage or \
                f.place is None or f.place != prev.place or self.past_year(f):
            return False
        if f.trigger.feats.get("Number") == "Plur" and f.trigger.lemma not in plurals():
            return False
        return not any(self.another(t, editions=True) for t in (f.trigger, prev.trigger))

    def another_person(self, f: _Found, prev: _Found) -> bool:
        """Whether the one person a verb does not name (`one_unnamed`, `once_described`) is told
        to be someone else than the one of the act before: a word adding them (`погиб и
        оператор`, `также скончался`, `тоже`), a word saying another (`другой водитель`, `ещё
        один министр`, `второй пилот`: `another`), for a death a past verb of the other gender
        (`Анна Белова скончалась` … `водитель погиб`), or a place of the same kind as the act
        before's and another (`скончался в Москве` … `в Казани скончался режиссёр`)."""
        t = f.trigger
        words = [w for _, w in self.role_words(t) if self.unnamed_word(w)]
        if any(_norm(c.lemma) in _ADDING and c.rel == "advmod"
               for h in (t, *words) for c in self.kids(h)):
            return True
        if any(self.another(w, editions=True) for w in words if w.pos == "NOUN"):
            return True
        # a death's verb agrees with the one who died (a birth's may be the mother's, `X родила
        # мальчика` … `ребёнок появился на свет`: one birth)
        g, g0 = t.feats.get("Gender"), prev.trigger.feats.get("Gender")
        if f.kind == "Death" and g and g0 and g != g0 and prev.trigger.pos == "VERB" \
                and t.feats.get("Number") == prev.trigger.feats.get("Number") == "Sing":
            return True
        here, there = self.where(f), self.where(prev)
        return bool(here and there and here != there and (
            (f.place and prev.place and self.one_kind(here, there))
            or self.two_places(f, here, prev, there)))

    def adds_one(self, f: _Found) -> bool:
        """Whether a word on the verb adds its named actors to others who did or went through the
        act (`X, которая также получила травмы`, `тоже`: kg/data/ru/again_words.tsv `adding`):
        those of the title's unnamed act (`пять человек получили ранения`) are others, so the
        named mention does not stand for it (twenty-ninth round)."""
        return f.trigger.pos in ("VERB", "AUX") and any(
            _norm(c.lemma) in _ADDING and c.rel == "advmod" for c in self.kids(f.trigger))

    def another(self, t: Token, editions: bool = False) -> bool:
        """Whether an event noun is said to be one more, a former or a later one of its kind
        (`другой`, `предыдущий`, `ещё один`, `снова`: kg/data/ru/again_words.tsv `other`,
        `again`), or, with `editions`, counts an edition by an ordinal (`70-й фестиваль`, `третий
        фестиваль`, `очередной`: the `count` words), which may still be the title's festival told
        again (`title_dated`): a bare noun so described retells no event told before it."""
        if t.pos not in ("NOUN", "PROPN"):
            return False
        if self.again(t):
            return True
        for c in self.kids(t):
            lemma = _norm(c.lemma)
            if c.rel in ("amod", "det", "nummod") and (lemma in _again_words("other") or (
                    editions and (lemma in _again_words("count")
                                  or any(ch.isdigit() for ch in c.text)))):
                return True
            if lemma == "один" and any(_norm(g.lemma) == "еще" for g in self.kids(c)):
                return True  # "ещё один взрыв"
        return False

    def next_in_order(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare event noun counts itself by an ordinal word (again_words.tsv `count`:
        `второй взрыв`, `третий`) that the earlier mention does not carry (`Первый взрыв …, второй
        взрыв …`, `прогремел взрыв … прогремел второй взрыв`): the next one of a series, not the
        one told. An ordinal in figures (`70-й фестиваль`) counts editions of a recurring event,
        which a headline may have told already, and is left to `title_dated`; so is any ordinal
        after the headline's mention (`Фестиваль … пройдёт в Костроме` … `третий фестиваль`)."""
        def ordinals(t: Token) -> set[str]:
            return {_norm(c.lemma) for c in self.kids(t) if c.rel in ("amod", "det", "nummod")
                    and _norm(c.lemma) in _again_words("count") and not any(ch.isdigit() for ch in c.text)}
        if self.in_title(prev.trigger):
            return False  # "Фестиваль … пройдёт" … "состоится третий фестиваль": the edition the
            # headline tells, counted in the lead
        here = ordinals(f.trigger) - {"еще", "очередной"}
        if not here or here <= ordinals(prev.trigger):
            return False
        # a count over a stretch of time (`второй за месяц взрыв`, `третий взрыв за год`) counts
        # earlier events the text need not tell, and a noun said of `это` (`Это второй взрыв …`)
        # names the one just told: neither is the next after the earlier mention
        words = [f.trigger, *(c for c in self.kids(f.trigger) if _norm(c.lemma) in here)]
        return not any(c.rel == "nsubj" and _norm(c.lemma) == "это" for c in self.kids(f.trigger)) \
            and not any(self.has_preposition(c, ("за",)) and _norm(c.lemma) in _time_units()
                        for w in words for c in self.kids(w))

    def renewed(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare noun is said to be a new happening of its class (`новая авария
        произошла вечером` after the morning's; again_words.tsv `new`): another one, unless its
        class makes or gives a thing, which `новый` describes (`принял новый закон` … `новый
        закон вступит в силу`: `_PRODUCTS`), or the earlier mention was called new as well
        (`пройдёт новый фестиваль` … `новый фестиваль соберёт гостей`)."""
        def new(t: Token) -> bool:
            return any(c.rel == "amod" and _norm(c.lemma) in _again_words("new")
                       for c in self.kids(t))
        return f.kind not in _PRODUCTS and f.trigger.pos in ("NOUN", "PROPN") and new(f.trigger) \
            and not new(prev.trigger)

    def within_body(self, some: set[str], others: set[str], bodies: bool = False) -> bool:
        """`within`, an organisation also counting as one of `others` whose name it begins
        (`Верховный суд` in the lead, `Верховный суд Лимании` in the title: the entities are
        merged only after the events are found), so a lead that retells the title's act of the
        body is the same act (`coreferent` asks this of the title's act only). With `bodies`, a
        country and its body count as one too (`body_of_country`): asked only of the lead
        against the title (`retold_from_title`), as at any distance a country's act (`Ранее
        Украина запретила въезд …`) may be another than its body's in the title."""
        def begins(a: str, b: str) -> bool:
            ea, eb = self.entities[a], self.entities[b]
            if ea.kind != "organization" or eb.kind != "organization":
                return False
            wa, wb = casefold_name(ea.name).split(), casefold_name(eb.name).split()
            return len(wa) >= 2 and len(wa) < len(wb) and wb[:len(wa)] == wa
        return all(a in others or any(
            self.same_person(a, b) or begins(a, b)
            or (bodies and (self.body_of_country(a, b) or self.body_of_country(b, a)))
            for b in others) for a in some)

    def one_reading(self, prev: _Found, f: _Found) -> None:
        """Where one telling names a country's body (`Полиция Бельгии`) and the other the country
        acting for it (`Бельгия`), the joined event keeps the body, once: prev's country gives way
        to f's body in its role, and f's country is left out beside prev's body."""
        for role in ("agents", "targets", "others"):
            mine, theirs = getattr(prev, role), getattr(f, role)
            for k in list(theirs):
                country = next((c for c in mine if self.body_of_country(k, c)), None)
                if country is not None:
                    mine[mine.index(country)] = k
                if country is not None or any(self.body_of_country(b, k) for b in mine):
                    theirs.remove(k)

    def body_of_country(self, body: str, country: str) -> bool:
        """Whether the organisation `body` is a body of the country `country` named by the
        country's adjective or genitive (`Итальянский суд`, `Полиция Бельгии`): one telling reads
        the body as the country acting (`Суд в Италии приговорил`, `Полиция Бельгии арестовала`),
        the other as an organisation of its own, and they are one actor (thirty-third round)."""
        eb, ec = self.entities[body], self.entities[country]
        return eb.kind == "organization" and ec.name in country_name_set() and \
            names_country(eb.name, ec.name)

    def past_year(self, f: _Found) -> bool:
        """Whether f is an act that recurs (not a death or a birth) dated to a year before the
        article's (`На прошлых выборах в 2016 году победил X` under the title `Прошли выборы`):
        a past one the lead recalls, not the title's news."""
        return (f.kind not in _ONCE and f.time is not None and f.time.year is not None
                and self.published is not None and f.time.year < self.published.year)

    def title_dated(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare noun with a time of its own (`С 5 по 9 мая в Твери пройдёт фестиваль`)
        is the first telling in the body of the title's undated event of its class (`Фестиваль
        пройдёт в Твери`): the title's mention has no time, the same class and no other place, and
        no mention of the class stands between them (the loop of `coreferent` meets the nearest
        one first, so a body event of the class would be met before the title's), and the noun
        is in the lead (a dated `матч 1980 года` further on is a past one of a biography)."""
        return (self.in_title(prev.trigger) and not self.in_title(f.trigger)
                and f.trigger.sent <= prev.trigger.sent + _LEAD  # in the lead, not a biography's
                and prev.time is None and prev.kind == f.kind
                and not (f.place and prev.place and f.place != prev.place
                         and not self.nested_places(prev.place, f.place)))

    def nested_places(self, a: str, b: str) -> bool:
        """Whether one of two places is named by a word of the other's name or its stem, so
        that it may hold it or lie in it (`Иерусалим` and `Восточный Иерусалим`, `Харьков` and
        `Харьковская область`): a headline names the place of its act more broadly than the
        lead does. Not two countries (`Корея`, `Южная Корея`), nor a name of under five letters."""
        countries = country_name_set()
        ea, eb = self.entities[a], self.entities[b]
        if ea.name in countries and eb.name in countries:
            return False
        wa, wb = casefold_name(ea.name).split(), casefold_name(eb.name).split()
        short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) != 1 or len(short[0]) < 5 or short == long:
            return False
        # the stem without a final vowel (`харьков`, `иерусалим`; `москв` of `Москва` does not
        # begin `московская`, whose region is not the city)
        stem = short[0][:-1] if short[0][-1] in "аеиоуыэюяь" else short[0]
        return any(w.startswith(stem) for w in long)

    def roles_swapped(self, f: _Found, prev: _Found) -> bool:
        """Whether an actor does the act in one mention and undergoes it in the other (`X отдал
        приказ об аресте протестующих` … `X арестован`, `X назначил Y` … `X назначен послом`):
        the one who arrests is not the one arrested, so they are two acts. Not for classes whose
        sides are told either way round (`_SIDES_SWAP`), nor within one sentence, where a swap
        is mostly a role the parse gave wrongly to one of two coordinated verbs (`суд признал X
        виновным, приговорил преступника …`: X is no judge)."""
        if f.kind in _SIDES_SWAP or prev.kind in _SIDES_SWAP or f.trigger.sent == prev.trigger.sent:
            return False
        swapped = set(f.agents) & set(prev.targets) | set(f.targets) & set(prev.agents)
        # not an actor that a possessive on the event noun alone gives: `его`, `её` may be either
        # side of a told act, and the resolver's guess is the weakest of roles (`X назначил Y
        # послом. Его назначение вызвало критику`: `его` is Y, not X); the merge keeps such a
        # guess from making a second event
        return any(not self.by_possessive(k, f) and not self.by_possessive(k, prev)
                   for k in swapped)

    def by_possessive(self, key: str, f: _Found) -> bool:
        """Whether the mention `f` may have its actor `key` only from a possessive pronoun on its
        noun (`его назначение`): the noun has one, and `key` is not named in its sentence."""
        if not any(c.rel == "det" and c.text.lower() in _OWNERS for c in self.kids(f.trigger)) \
                and self.owner_pronoun(f.trigger, _OWNERS) is None:
            return False  # (`его` before the noun tagged a genitive pronoun is as much its owner)
        return not any(self.ent_at.get(t.index) == key and t.pos != "PRON"
                       for t in self.a.sentence_tokens(f.trigger.sent))

    def other_work(self, f: _Found, prev: _Found) -> bool:
        """Two verb mentions of a release, a law, a founding or an award whose objects are
        different common nouns (`выпустил альбом` … `опубликовал сборник`, `подписал указ` …
        `подписал закон`): the object is what the act made or gave, so they are two acts."""
        if f.kind not in _PRODUCTS or prev.kind != f.kind:
            return False
        if f.kind == "Award" and f.trigger.sent == prev.trigger.sent and \
                f.trigger.index != prev.trigger.index and \
                self.holder_prize(f.trigger) and self.holder_prize(prev.trigger):
            return True  # "лауреат премии «Сезар», кавалер ордена Почётного легиона": a list of
            # titles, one prize each
        if f.kind == "Award" and other_prize(f.detail, prev.detail):
            return True  # "получил звание Народного артиста … Награждён орденом Почёта"
        a, b = self.work_object(f.trigger), self.work_object(prev.trigger)
        return a is not None and b is not None and a != b

    def verbs_result(self, t: Token) -> bool:
        """A result noun (kg/data/ru/result_nouns.txt) that a verb governs whose lines take it as
        their context (`одержал победу над X`, `потерпел поражение от Y`): the verb's line
        tells the act, and the noun, its context word, is no trigger of its own (as before the
        noun had lines, thirty-second round)."""
        h = self.head(t)
        return t.lemma in word_list("result_nouns") and h is not None and \
            h.pos in ("VERB", "AUX") and any(
                t.lemma in {w.lstrip("=@>*") for w in r.with_} for r in rules().get(h.lemma, ()))

    def sideless_result(self, t: Token) -> bool:
        """A result noun (kg/data/ru/result_nouns.txt) with no `над` or `от` phrase of its own,
        nor one the parse hung on its verb (`subject_noun_phrase`): `победа в чемпионате`,
        `после поражения`. Its lines need both sides, and a trigger whose event is not made
        would still take in the contest noun below it (`чемпионате`), which tells the match."""
        if t.lemma not in word_list("result_nouns"):
            return False
        phrase = [c for c in self.kids(t) if any(
            g.rel == "case" and g.lemma in ("над", "от") for g in self.kids(c))]
        return not phrase and not self.subject_noun_phrase(t, "над+ins") and \
            not self.subject_noun_phrase(t, "от+gen")

    def dated_participle(self, f: _Found) -> bool:
        """A past participle of a class of the `dated_participle` family (kg/data/ru/
        event_class_groups.tsv) set beside its noun with a date or a place in its own phrase
        (`закон, принятый в 2003 году`, `закон, принятый в России в июле 2016 года`): the act is
        told, when or where, though no one who did it is named (the readable golds count it, with
        no actors)."""
        t = f.trigger
        if f.kind not in _DATED_PARTICIPLE or not self.attributive(t) or \
                not _past_participle(t) or f.actors:
            return False
        own = {k.index for k in self.subtree(t, 4) if k.sent == t.sent}
        dated = f.time is not None and any(
            k.index in own for k in self.a.tokens_in(f.time.span.start, f.time.span.end))
        return dated or (f.place is not None and any(
            self.ent_at.get(i) == f.place for i in own))

    def war_sides(self, t: Token, sides: list[str]) -> bool:
        """A result noun (kg/data/ru/result_nouns.txt: `победа`, `поражение`) one of whose sides
        is a country or a city (`победа СССР над Германией`, `поражение России от Японии`): a
        war won or lost as often as a match, so no match is read (a national side is written
        `сборная X`, a body)."""
        return t.pos == "NOUN" and t.lemma in word_list("result_nouns") and \
            any(self.is_place(k) for k in sides)

    def bare_contest_frame(self, t: Token) -> bool:
        """A contest noun that only dates its clause and names nothing of its own (`после матча
        тренер сказал`, `ещё до турнира говорил`, `перед финалом заявил`): whoever the clause
        tells of said or did something around a game, and is not told to have played it. A noun
        with a word of its own after it (`во время матча с «Богемиансом»`, `после матча
        россиянина`, `во время чемпионата Европы`) keeps its roles."""
        if t.pos != "NOUN" or not self.circumstance(t):
            return False
        return not any(c.rel in ("nmod", "appos", "flat", "flat:name", "nummod", "acl",
                                 "acl:relcl", "amod") and c.index > t.index for c in self.kids(t))

    def squad(self, t: Token) -> list[str]:
        """The team a SportsMatch trigger's clause says its player played in (`в составе
        «Бенфики» футболист стал победителем Кубка`, `в составе сборной Нидерландов она стала
        чемпионкой`: rule_words `squad_noun`): the names in the genitive of a `в составе` phrase
        on the clause's verb, the trigger itself or the verb its noun hangs on (at most two nouns
        up, `стал победителем Кубка`), not on a participle or a relative clause of another act;
        a name or a team noun (rule_words `team_noun`), not a body's (`в составе правительства
        России`, `в составе делегации`)."""
        v, steps = t, 0
        while v.pos not in ("VERB", "AUX") and steps < 3 and (h := self.head(v)) is not None \
                and v.rel in ("obj", "obl", "nmod", "xcomp", "iobj", "nsubj"):
            v, steps = h, steps + 1
        if v.pos not in ("VERB", "AUX") or v.rel in ("acl", "acl:relcl", "amod"):
            return []
        out = []
        for c in self.kids(v):
            if c.lemma in _SQUAD and self.has_preposition(c, "в"):
                out += [k for g in self.kids(c) if g.rel in ("nmod", "appos")
                        and self.case_of(g) == "Gen" and not self.has_preposition(g)
                        for x in self.with_conj(g) if x.index in self.ent_at or x.lemma in _TEAM
                        if (k := self.entity_of(x)) is not None]
        return out

    def other_contest(self, f: _Found, prev: _Found) -> bool:
        """Two SportsMatch mentions that name different stages of a competition (`одержал победу
        в предварительном забеге` … `в финале обогнал X`), medals of different metals
        (`завоевала золотую медаль` … `стала обладательницей бронзы`) or different competitions
        (`трижды выигрывал мундиаль` … `Олимпиада в Рио`): two contests, whatever actors they
        share (kg/data/ru/contest_parts.tsv)."""
        if f.kind != "SportsMatch" or prev.kind != f.kind:
            return False
        here = self.contest_parts({f.trigger.index} | f.tokens)
        there = self.contest_parts(prev.tokens | {prev.trigger.index})
        return any(here.get(k) and there.get(k) and not here[k] & there[k]
                   for k in ("stage", "metal", "competition"))

    def contest_parts(self, indices: set[int]) -> dict[str, set[str]]:
        """The stages, metals and competitions (kg/data/ru/contest_parts.tsv) the mention tokens
        name: the token itself, a word it takes (not its subject nor a coordinated act) and a
        word under that (`стала обладательницей бронзы`, `завоевала золотую медаль`); not a
        stage one goes on to (`вышел в финал`)."""
        parts: dict[str, set[str]] = {}
        toks = self.a.tokens
        for i in indices:
            t = toks[i]
            near = [t]
            for c in self.kids(t):
                if c.rel.startswith(("nsubj", "conj", "parataxis", "advcl", "acl", "ccomp")):
                    continue
                near.append(c)
                near.extend(g for g in self.kids(c) if g.rel in ("amod", "nmod"))
            for w in near:
                if self.case_of(w) == "Acc" and self.has_preposition(w, "в"):
                    continue  # "попал в финал, одержав победу в полуфинале": the stage reached
                    # is where the win took one, not a contest told of its own
                for kind, value in _CONTEST_PARTS.get(w.lemma, ()):
                    parts.setdefault(kind, set()).add(value)
        return parts

    def work_object(self, t: Token) -> str | None:
        """The lemma of the common noun a verb trigger makes or gives: its object, or the
        subject of its passive."""
        if t.pos != "VERB":
            return None
        objs = [c for c in self.kids(t) if c.rel in ("obj", "nsubj:pass") and c.pos == "NOUN"
                and self.entity_of(c) is None]
        return objs[0].lemma if objs else None

    def repeats(self, f: _Found, prev: _Found) -> bool:
        """Whether a bare noun ("Разговор длился…") can be the earlier event: named in this or the
        two sentences before, at no other place, and with no other date in its sentence
        ("В прошлый раз … 5 марта, тогда переговоры длились…" is another meeting)."""
        sent = f.trigger.sent
        if max(self.a.tokens[i].sent for i in prev.tokens) < sent - 2:
            return False
        here, there = self.where(f), self.where(prev)
        if here and there and here != there and (
                (f.place and prev.place) or self.two_places(f, here, prev, there)):
            return False
        if f.place and f.kind != prev.kind and f.kind not in _broader(prev.kind):
            return False  # a sibling class only when nothing else is said about it
        return not any(self.a.token_at(tv.span.start).sent == sent and tv is not prev.time
                       for tv in self.times if self.a.token_at(tv.span.start) is not None)

    def owned_by_words(self, t: Token) -> bool:
        """A noun that names its owner in words the roles could not settle: a genitive after it
        (`смерть пятикратного чемпиона`) or a possessive before it (`его арест`). Whose event it
        is the text says, so the class alone does not make it the article's one event."""
        return any((c.rel in ("nmod", "appos") and c.index > t.index and self.case_of(c) == "Gen"
                    and not self.has_preposition(c) and not self.in_time(c))
                   or (c.rel == "det" and c.lemma in ("его", "ее", "её", "их", "свой"))
                   for c in self.kids(t))

    def where(self, f: _Found) -> str | None:
        """A mention's place as its own clause tells it: its role's, or for a verb the first
        `в`-place after it that `attach_places` would give it later (`встретился с X в Вене`, the
        parse hanging `в Вене` on the name), so that two meetings in two cities stay two. Only
        for a contact told in the body: a headline names a country where the body names its city
        (`В Великобритании умерла женщина` … `скончалась в больнице в Солсбери`). For a noun,
        the place of the verb that carries it (`переговоры прошли в Токио`), so that talks held in
        two cities stay two."""
        if f.place or "в+loc" not in f.rule.place or self.in_title(f.trigger) or \
                not {f.kind, *_broader(f.kind)} & _CONTACTS:
            return f.place
        if f.trigger.pos in ("NOUN", "PROPN"):
            h = f.host
            if h is None or h.pos != "VERB" or hosts().get(h.lemma) not in ("occur", "agent"):
                return f.place
            found = next((k for c in self.kids(h) if c.rel == "obl" and c.index != f.trigger.index
                          and (k := self.loc_place(c)) and k not in f.actors), None)
            if found or hosts().get(h.lemma) != "agent":
                return found
        elif f.trigger.pos not in ("VERB", "AUX"):
            return f.place
        sent = self.a.sentences[f.trigger.sent]
        stops = {i for i in range(sent.first, sent.last + 1) if self.rule_for(self.a.tokens[i])}
        return self.place_after(f.trigger, f.actors, stops)

    def settle_loose(self) -> None:
        """A bare event noun that repeats no event near it (`Убийство потрясло друзей Ветрова`
        many sentences after the killing, or in a headline before it) is one more mention of the
        article's one event of its class: when the article has exactly one, with actors, of the
        same factuality and at no other place, the noun's sentence names one of its actors and
        holds no other date, and the noun is singular (a plural may tell many: `взломы
        банкоматов`) and names no owner the roles could not settle (`owned_by_words`). An article
        that tells two killings leaves the bare noun alone; so does a sentence that names none of
        the killing's actors (the class alone does not make it that killing)."""
        for f in self.loose:
            if self.another(f.trigger):
                continue  # "другая авария", "предыдущий фестиваль": not the article's one
            same = [e for e in self.events if e.kind == f.kind and not e.stage]
            if len(same) == 1 and self.renewed(f, same[0]):
                continue  # "новая авария": not the one told
            if len(same) != 1 or not same[0].actors or same[0].factuality != f.factuality:
                continue
            e = same[0]
            if f.place and e.place and f.place != e.place:
                continue
            if dates_told_act(self, f, e):
                continue  # "Арест произошёл через месяц после его ареста в Москве": another
            sent = f.trigger.sent
            first, last = self.a.sentences[sent].first, self.a.sentences[sent].last
            if not any(self.ent_at.get(i) in e.actors for i in range(first, last + 1)):
                continue  # its sentence names none of the event's actors: the class alone
            if any(self.a.token_at(tv.span.start) is not None and
                   self.a.token_at(tv.span.start).sent == sent and tv is not e.time
                   for tv in self.times):
                continue
            e.tokens |= f.tokens

    def drivers(self) -> None:
        """An accident told of a vehicle with no person in it (`автомобиль врезался в
        остановку`) has for its participant the person the next sentences put at the wheel
        (`за рулём находилась X`, `за рулём был X`): the driver is who had the accident."""
        for f in self.events:
            if f.kind != "Accident" or any(self.entities[k].kind == "person" for k in f.actors):
                continue
            s0 = f.trigger.sent
            s1 = max([s0, *(self.a.tokens[i].sent for i in f.tokens)])  # its last mention
            # a wheel told after another accident's first sentence is that accident's
            end = min([s1 + 3, *(g.trigger.sent - 1 for g in self.events
                                 if g is not f and g.kind == "Accident" and g.trigger.sent > s1)])
            end = min(end, len(self.a.sentences) - 1)
            first, last = self.a.sentences[s0].first, self.a.sentences[end].last
            for t in self.a.tokens[first:last + 1]:
                if t.lemma not in _at_the_wheel("noun") or \
                        not any(c.lemma == "за" for c in self.kids(t)):
                    continue
                verb = self.head(t)
                if any(c.rel == "nsubj" for c in self.kids(t)):
                    verb = t  # "за рулём был X": the noun is the predicate
                elif verb is None or \
                        verb.lemma not in _at_the_wheel("verb"):
                    continue
                if verb.rel in ("acl", "acl:relcl") or any(
                        c.lemma in ("не", "который", "раз") or c.lemma in word_list(
                            "habitual_words") for c in self.kids(verb)) or any(
                        c.rel == "nsubj" and any(g.lemma == "не" for g in self.kids(c))
                        for c in self.kids(verb)):
                    continue  # "мэр, который сам сидел за рулём такси": a past, not this
                    # crash; "за рулём был не X": who was not driving; "не раз был за рулём",
                    # "часто сидел за рулём": a habit
                found = [self.entity_of(c) for c in self.kids(verb) if c.rel == "nsubj"]
                found = [k for k in found if k and self.entities[k].kind == "person"]
                if found:
                    f.agents.append(found[0])
                    break

    def anchor_tokens(self, t: Token, host: Token | None, f: _Found) -> None:
        self.anchor.setdefault(t.index, f)
        if host is not None:
            self.anchor.setdefault(host.index, f)
        if t.pos in ("NOUN", "PROPN"):  # "саммит (группы), который пройдёт 4 июля"
            near = [*self.kids(t),
                    *(g for k in self.kids(t) if k.rel == "nmod" for g in self.kids(k))]
            for c in near:
                if c.rel in ("acl", "acl:relcl", "appos") and c.pos == "VERB":
                    self.anchor.setdefault(c.index, f)
            rel = self.relcl(t)
            if rel is not None:
                h = self.head(self.a.tokens[rel[0]])
                if h is not None and h.pos == "VERB":
                    self.anchor.setdefault(h.index, f)

    def attach_times(self) -> None:
        frames = {lemma for lemma, kind in table("event_frames") if kind == "frame"}
        for tv in self.times:
            start = self.a.token_at(tv.span.start)
            # a term's end (`заключён под стражу до 5 мая`) dates no act of the law
            until = self.after_until(tv)
            # an event noun on the way up that made no event of its own (`по обвинению в
            # убийстве в 2012 году`): the time is the offence's, not that of an act of the law
            # above it; a frame noun above that noun (`во время протестов в феврале`) dates
            # the act all the same, and so does a noun of the law's own acts (`приговорён на
            # заседании суда 5 мая`)
            offence = False
            chain = self.time_chain(start) if start is not None else []
            for i, tok in enumerate(chain):
                f = self.anchor.get(tok.index)
                if f is not None and not self.same_line(tok.index, f.trigger.index):
                    break
                if f is not None:
                    if f.time is None and not ((offence or until) and f.kind in LEGAL_ACTS):
                        f.time = tv
                    break
                if self.own_act(tok) or self.dates_other_act(chain, i, self.anchor):
                    break
                if tok.lemma in frames:
                    offence = False
                elif tok.pos == "NOUN" and not (tv.span.start <= tok.start < tv.span.end) \
                        and (r := self.rule_for(tok)) is not None and r.kind not in LEGAL_ACTS:
                    offence = True

    def share_times(self) -> None:
        """Times a mention shares with the verb it is coordinated with or announced by:
        a coordinated verb takes its first verb's time, whether that verb is an event or not
        (`в пятницу отверг … и потребовал`, `в 1975 году бросил университет и переехал`); a first
        verb takes a time its coordinated verb ends on (`похитил и убил X в июне`), not one said
        before that verb (`переехал в Москву, а в 2015 году стал министром`); an act that has
        happened and that its doer announced takes the announcement's time (`21 ноября X заявил
        об уходе с поста`)."""
        for f in self.events:
            t, h = f.trigger, self.head(f.trigger)
            if f.kind == "Award" and self.held_title(t):
                continue  # "X, лауреат премии, в 2010 году уехал": a title held is not dated by
                # what its holder does; only a time of its own phrase dates it (`премии 2016 года`)
            if f.time is None:
                f.time = self.when_time(t)
            if f.time is None and h is not None and t.rel == "conj" and not any(
                    c.rel in ("cc", "advmod") and _norm(c.lemma) in _LATER_TURN
                    for c in self.kids(t) if c.index < t.index):
                # (`вынес приговор 12 мая, однако позже дело пересмотрели`: a turn or a later
                # time sets the second act apart from the first's day)
                g = self.anchor.get(h.index)
                if g is not None and g is not f and h is g.trigger:
                    f.time = g.time
                elif (g is None or g is not f and h is not g.trigger) and h.pos == "VERB":
                    # a first verb that repeats an event told before (a headline's `X отправлен
                    # в отставку`, then `23 октября X отправлен в отставку … и назначен …`)
                    # gives the time of its own clause, not that event's
                    f.time = self.own_time(h, None)
            if f.time is None:
                # (a headline's act told again in a clause of what a dated act led to, `… Москве
                # врезался в остановку, в результате чего три человека погибли`: the retelling's
                # verb, which the headline's mention stands for, is dated)
                f.time = self.result_time(t) or (next(
                    (tv for i, g in self.anchor.items() if g is f and i != t.index and
                     self.a.tokens[i].sent != t.sent
                     for tv in [self.result_time(self.a.tokens[i])] if tv), None)
                    if self.in_title(t) else None)
            if f.time is None:
                # not from a verb in another tense: "признал виновным и назначит наказание в
                # пятницу" dates the penalty still to come, not the finding
                f.time = next((tv for c in self.kids(t) if c.rel == "conj" and c.pos == "VERB"
                               and c.feats.get("Tense") in (None, t.feats.get("Tense"))
                               for tv in self.times_of(c, None) if tv.span.start > c.end), None)
            if f.time is None and f.factuality == "Actual":
                v = self.announcing_verb(t)
                f.time = self.own_time(v, None) if v is not None else None
            if f.time is None and t.pos == "VERB":
                f.time = self.during_time(t, f)
            v = self.governing_verb(t) if f.time is None and t.pos in ("NOUN", "PROPN") else None
            if v is not None and self.anchor.get(v.index) is None and not self.rule_for(v) and \
                    _norm(v.lemma) not in speech_verb_lemmas():
                # `были приглашены на свадьбу принца в 2004 году`, `погиб во время восстания в
                # феврале`: a verb that is no event of its own dates the event its noun names, by
                # a time said after the noun (a report's time is the report's, not its subject's)
                f.time = next((tv for tv in self.times_of(v, None)
                               if tv.span.start >= t.end), None)
            if f.time is None and t.pos in ("NOUN", "PROPN"):
                f.time = self.trailing_time(t)
            if f.time is None and f.kind in _SUDDEN and t.rel == "obl" and h is not None and (
                    g := self.anchor.get(h.index)) is not None and g.kind in _HARMED and \
                    g.trigger is h:
                # `30 ноября X погиб в ДТП`, `ранен во время перестрелки в пятницу`: one is
                # killed or hurt in an accident or attack when it happens
                f.time = g.time

    def trailing_time(self, t: Token) -> TimeValue | None:
        """`погиб в ходе военного переворота 11 сентября 1973 года`, `во время перестрелки 26
        июня 1975 года`: a time written right after an event noun's phrase, only the noun's own
        words between (no verb, no punctuation, no other event's word), is the noun's, although
        the parse hangs it on a verb. Not when that verb, or the one the noun hangs on, is an act
        of the law (`задержан по подозрению в убийстве 5 мая`: the day of the arrest) or reports
        speech (`сообщил о задержании 10 декабря`: the day of the report may be meant)."""
        def legal(v: Token | None) -> bool:
            return v is not None and any(x is not None and x.kind in LEGAL_ACTS
                                         for x in (self.anchor.get(v.index), self.rule_for(v)))

        own = subtree_indexes(self.a, t)
        after = next((tv for tv in self.times_in(t.sent) if tv.span.start >= t.end), None)
        start = self.a.token_at(after.span.start) if after is not None else None
        end = self.a.token_at(after.span.end - 1) if after is not None else None
        if start is None or end is None or start.index in own or \
                start.index > max(own) + 1 or self.compared_since(after):
            return None
        if any(w.pos in ("VERB", "AUX", "PUNCT") or w.index not in own or self.rule_for(w)
               for w in self.a.tokens[t.index + 1:start.index]):
            return None
        # the word the parse hangs the time on, past its own words: a verb
        head = next((c for c in self.time_chain(start)
                     if not start.index <= c.index <= end.index), None)
        if head is None or head.pos not in ("VERB", "AUX") or legal(head) or \
                _norm(head.lemma) in speech_verb_lemmas() or legal(self.governing_verb(t)):
            return None
        return after

    def during_time(self, t: Token, f: _Found) -> TimeValue | None:
        """`X погиб во время теракта в Нью-Йорке 31 октября`, `задержан в ходе акции 5 мая`: a
        verb with no time of its own happened within the event its `во время` / `в ходе` phrase
        names (`during_frame` in kg/data/ru/rule_words.tsv), so it takes that event's time."""
        for c in self.kids(t):
            g = self.anchor.get(c.index)
            if g is None or g is f or g.time is None or c.rel != "obl" or g.trigger is not c:
                continue
            marks = [m for m in self.kids(c) if m.rel == "case"]
            words = {m.lemma for m in marks} | {x.lemma for m in marks for x in self.kids(m)
                                                 if x.rel == "fixed"}
            if words & _DURING:
                return g.time
        return None

    def governing_verb(self, t: Token) -> Token | None:
        """The verb a noun's phrase hangs on, through at most two nouns (`во время задержания`,
        `советником избирательной кампании`), on the noun's line."""
        h = self.head(t)
        for _ in range(3):
            if h is None or not self.same_line(h.index, t.index):
                return None
            if h.pos == "VERB":
                return h
            if h.pos not in ("NOUN", "PROPN"):
                return None
            h = self.head(h)
        return None

    def votes_cast(self) -> None:
        """Votes cast for someone (an Election line whose target is what the vote is for,
        `за+acc`: `за него проголосовало большинство делегатов`) right after an election told
        (the same sentence or the two before it, no other election between) are that election's
        count, not another election: the one voted for joins it as its target, and the votes'
        time fills its own when it has none. Elections of two different times stay apart. So
        are votes won (`Иван Котов набрал 54 процента голосов`, a line whose context is the votes):
        the one who won them joins the election as another participant."""
        done: set[int] = set()
        for f in self.events:
            won = "*голос" in f.rule.with_
            if f.kind != "Election" or (f.rule.target != ("за+acc",) and not won) or id(f) in done:
                continue
            # votes won beside the win in one sentence (`набрал 54 процента голосов и переизбран`)
            # count that win, on whichever side they are told
            before = [e for e in self.events if e.kind == "Election" and e is not f
                      and id(e) not in done and (e.trigger.index < f.trigger.index or (
                          won and e.trigger.sent == f.trigger.sent))
                      and 0 <= f.trigger.sent - e.trigger.sent <= 2]
            if not before:
                continue
            e = max(before, key=lambda g: g.trigger.index)
            if e.factuality != f.factuality or (e.time is not None and f.time is not None and (
                    e.time.year, e.time.begin) != (f.time.year, f.time.begin)):
                continue
            e.targets += [k for k in f.targets if k not in e.actors]
            e.others += [k for k in f.others if k not in e.actors]
            e.tokens |= f.tokens
            e.own_actors = e.own_actors or bool(f.targets or f.others)
            if e.time is None:
                e.time = f.time
            done.add(id(f))
        self.events = [f for f in self.events if id(f) not in done]

    def refer_times(self) -> None:
        """`X задержали. Это произошло 10 декабря.`: a verb that only says something happened
        (kg/data/ru/event_hosts.tsv `occur`) with `это` as its subject dates the last event told
        just before it — in the sentence before or earlier in its own — when that has no time."""
        for v in self.a.tokens:
            if v.lemma not in occur_hosts() or self.anchor.get(v.index) is not None or not any(
                    c.rel.startswith("nsubj") and c.lemma == "это" for c in self.kids(v)):
                continue
            before = [f for f in self.events if f.trigger.index < v.index
                      and f.trigger.sent >= v.sent - 1]
            if not before:
                continue
            last = max(before, key=lambda f: f.trigger.index)
            if last.time is None:
                last.time = self.own_time(v, None)

    def lead_dates(self) -> None:
        """`X подал в отставку` (the title), `В среду, 13 июня 2018 года, X заявил, что …` (the
        lead): the title's act, told as done and dated nowhere, is the news the lead dates. It
        takes the first date written out to the day in figures (`13 июня`) of the first sentence
        of the lead (the `_LEAD` sentences after the title) that has a verb and names one of its
        actors (any such sentence when the act names none), unless that date is another class's
        event's time. A date only in a later sentence is most often another act's (`Сегодня X
        внёс законопроект. Впервые о нём X заявил 6 августа`)."""
        if self.headline is None:
            return
        title = [t.sent for t in self.a.tokens if self.in_title(t)]
        if not title:
            return
        last = max(title)
        for f in self.events:
            if f.time is not None or not self.in_title(f.trigger) or f.factuality != "Actual":
                continue
            for sent in range(last + 1, min(last + _LEAD, len(self.a.sentences) - 1) + 1):
                first, end = self.a.sentences[sent].first, self.a.sentences[sent].last
                words = self.a.tokens[first:end + 1]
                # a caption has no verb, or only a full participle (`Отдыхающие бомжи у
                # Кремля 29 марта 2011 года`): its date is the photograph's
                if not any(w.pos in ("VERB", "AUX") and not self.attributive(w)
                           for w in words) or (f.actors and not any(
                               self.ent_at.get(w.index) in f.actors for w in words)):
                    continue  # a caption (`Георгий Квирикашвили`) or another act's sentence
                # written in figures: a weekday or `вчера` the publication date resolves may be
                # the day of the report (`В среду МВД подтвердило лишение …`), not of the act
                lead = next((tv for tv in self.times_in(sent) if tv.day is not None
                             and tv.month is not None and re.search(r"\d", tv.span.text)), None)
                if lead is not None and not any(g.time is lead and g.kind != f.kind
                                                for g in self.events) \
                        and not self.reported_by_another(lead, f):
                    f.time = lead
                break

    def reported_by_another(self, tv: TimeValue, f: _Found) -> bool:
        """The lead's date is the day a verb of telling, publishing or confirming (the speech
        verbs, kg/data/ru/speech_verbs.tsv) dates, and none of the act's actors is that verb's
        subject, and its clause has no word of the act: the day someone else made something known
        (`Сегодня, 11 мая 2017 года, опубликован подписанный … документ`, `СК сообщил о завершении
        расследования`), not the act's. The doer announcing their own act (`В среду X заявил, что
        покидает должность`) tells the act on its day, and so, most often, does one who tells it
        in its own words (`ФК объявил об отставке тренера`)."""
        start = self.a.token_at(tv.span.start)
        chain = self.time_chain(start) if start is not None else []
        verb = next((c for c in chain if c.pos in ("VERB", "AUX")
                     and not tv.span.start <= c.start < tv.span.end), None)
        if verb is None or _norm(verb.lemma) not in speech_verb_lemmas():
            return False
        # a verb told between the date and the report is the date's, wherever the parse hangs
        # it (`6 марта 2016 года умер X, подтверждает его сын`)
        end = self.a.token_at(tv.span.end - 1)
        if end is None or any(w.pos == "VERB" and not self.attributive(w)
                              for w in self.a.tokens[end.index + 1:verb.index]):
            return False
        g = self.anchor.get(verb.index)
        if g is not None and g.kind == f.kind:
            return False  # the verb is the act (`суд признал X виновным`)
        subjects = [c for c in self.kids(verb) if c.rel.startswith("nsubj")]
        keys = {self.ent_at.get(i) for c in subjects for i in subtree_indexes(self.a, c)}
        # one who tells or confirms the act in words of it is most often the one that did it
        # (`ФК объявил об отставке тренера`, `служба подтвердила лишение X гражданства`)
        return not keys & set(f.actors) and not f.tokens & subtree_indexes(self.a, verb)

    def attach_places(self) -> None:
        for f in self.events:
            rel = self.relcl(f.trigger) if f.trigger.pos in ("NOUN", "PROPN") else None
            if not f.place and rel is not None:  # "саммит, который пройдёт … в Аргентине"
                f.place = self.segment(*rel)[0]
            h = self.head(f.trigger)
            if not f.place and h is not None and f.trigger.rel.startswith("acl") and any(
                    c.lemma == "где" for c in self.kids(f.trigger)):  # "Вильнюс, где встретился"
                f.place = self.place_at(h)
            if f.place:
                continue
            for idx, g in self.anchor.items():
                if g is not f:
                    continue
                places = [k for k in self.role(self.a.tokens[idx], None, f.rule.place)
                          if self.is_place(k) and k not in f.actors]
                if places:
                    f.place = places[0]
                    break
            if not f.place and "в+loc" in f.rule.place:
                sent = self.a.sentences[f.trigger.sent]
                stops = {i for i in range(sent.first, sent.last + 1)
                         if self.rule_for(self.a.tokens[i])}
                f.place = self.place_after(f.trigger, f.actors, stops)
            if not f.place and {"в+loc", "на+loc"} & set(f.rule.place):
                f.place = self.nested_place(f.trigger, f.host, f.kind, f.actors)

    def nested_place(self, t: Token, host: Token | None, kind: str, actors) -> str | None:
        """The city or country of the phrase the event is held at or with (`на фестивале в
        Тамбове выступили`, `погиб на заводе в Туле`, `выступит с концертом в Армении`: the
        festival, the plant or the concert is in it); for a show, also of its performer's
        genitive, where the parse hangs it (`выступление группы X в Курске`)."""
        for tok in (t, host):
            if tok is None:
                continue
            for c in self.kids(tok):
                # only a phrase of where, by or with what the act is, or of its cause (`held_at`:
                # `на`, `у`, `от` …): the city of a reason or a topic is another act's (`осуждён
                # за убийство в Курске`)
                held_at = c.rel in ("obl", "nmod") and c.index not in self.ent_at and \
                    c.pos == "NOUN" and self.has_preposition(c, _HELD_AT)
                whose = kind in _TOURING and tok.pos in ("NOUN", "PROPN") and \
                    c.rel == "nmod" and self.case_of(c) == "Gen" and not self.has_preposition(c)
                if not (held_at or whose):
                    continue
                for g in (y for x in (c, *(k for k in self.kids(c) if k.rel in ("appos", "flat:name")))
                          for y in self.kids(x)):
                    k = self.loc_place(g)
                    if g.rel == "nmod" and k and k not in actors:
                        return k
        return None

    def attach_durations(self) -> None:
        for t in self.a.tokens:
            if t.lemma not in _DURATION_VERBS:
                continue
            dur = self.duration(t)
            if dur is None:
                continue
            f = self.anchor.get(t.index)
            subj = self.subject(t)  # "Встреча прошла … и длилась" borrows the subject
            if f is None and subj:
                f = self.anchor.get(subj[0].index)
                if f is None and subj[0].lemma in PRONOUNS:
                    before = [e for e in self.events if min(e.tokens) < t.index
                              and self.a.tokens[max(e.tokens)].sent >= t.sent - 1]
                    f = max(before, key=lambda e: max(e.tokens)) if before else None
            if f is not None and f.duration is None:
                f.duration = dur

    def learned_actors(self, model) -> None:
        """An event the rules gave no actor takes the entity of its sentence the learned model
        (kg/nlp/ru/event_actor_model.py) scores an actor, if any reaches its threshold: an
        agent, or a participant (a target where its line names targets)."""
        if model is None:
            return
        # every proposal first, then the additions: the model reads the other events' actors,
        # which in training were the rules' alone
        proposals = [(f, actor_model.propose(model, self, f, {f.place} if f.place else set()))
                     for f in self.events if not f.actors and not f.unnamed]
        for f, found in proposals:
            if found is None:
                continue
            key, role = found
            if role == "agent":
                f.agents.append(key)
            elif f.rule.target:
                f.targets.append(key)
            else:
                f.others.append(key)

    def drop_unlikely(self, model) -> None:
        """Drop the events the learned filter (kg/nlp/ru/event_candidates.py `event_features`)
        scores under its threshold; nothing when it is off."""
        if model is None:
            return
        self.events = [f for f in self.events if model.probability(
            candidates_model.event_features(self, f, model.rates)) >= model.threshold]

    def factuality(self, f: _Found) -> str:
        """A past-looking mention dated after the publication date is still to come."""
        t = f.time
        if f.factuality == "Actual" and t is not None and t.begin is not None and \
                self.published is not None and t.begin > self.published:
            return "Planned"
        return f.factuality

    def deaths_of_the_killed(self) -> None:
        """A death of someone whose killing the text tells as a fact is that killing told again
        (`Смерть X сочли убийством`, `погиб мученической смертью` of one the text says was killed,
        `причастны к её смерти` after `убийство X`): the readable golds never give a killed person
        a Death beside the Killing. The Death joins the Killing as a mention; a death whose killing
        is only suspected or denied (`могли убить`, `не был убит`), or claimed in a quotation, stays
        the fact it is."""
        # (a killing told only inside a quotation is its speaker's claim: `«…потому что Неруда был
        # убит»` leaves the death the text reports)
        killings = [k for k in self.events if k.kind == "Killing" and k.targets
                    and self.factuality(k) == "Actual"
                    and not any(a <= k.trigger.start < b for a, b, _ in self.speakers)]
        for f in list(self.events):
            if f.kind != "Death" or not f.targets or f.agents or f.others:
                continue
            k = next((k for k in killings if set(f.targets) <= set(k.targets)), None)
            if k is not None:
                k.tokens |= f.tokens | {f.trigger.index}
                self.events.remove(f)

    def records(self) -> tuple[Event, ...]:
        out = []
        mains = {f.trigger.index for f in self.events}
        for i, f in enumerate(sorted(self.events, key=lambda e: e.trigger.index), 1):
            s = self.a.sentences[f.trigger.sent]
            repeats = () if f.stage else tuple(  # a schedule's stages share their mention
                span(self.a.text, self.a.tokens[j].start, self.a.tokens[j].end)
                for j in sorted(f.tokens - mains))
            out.append(Event(key=f"ev{i}", kind=f.kind,
                             trigger=f.stage or span(self.a.text, f.trigger.start, f.trigger.end),
                             agents=tuple(f.agents), targets=tuple(f.targets),
                             others=tuple(f.others), place=f.place,
                             time=f.time, duration=f.duration,
                             sentence=span(self.a.text, s.start, s.end),
                             factuality=self.factuality(f),
                             post=f.detail if f.kind != "Award" else None,
                             award=f.detail if f.kind == "Award" else None,
                             mentions=repeats))
        return tuple(out)


@functools.cache
def _broader(kind: str) -> frozenset[str]:
    """The kg: classes above `kind` in the ontology (Contact above PhoneCall)."""
    from rdflib import RDFS, URIRef

    from kg.validate import ontology_graph

    ns = "https://w3id.org/newskg#"
    g = ontology_graph()
    up = g.transitive_objects(URIRef(ns + kind), RDFS.subClassOf)
    return frozenset(str(c)[len(ns):] for c in up if str(c).startswith(ns) and str(c) != ns + kind)


@functools.cache
def _narrower(kind: str) -> frozenset[str]:
    kinds = {r.kind for rs in rules().values() for r in rs}
    return frozenset(k for k in kinds if kind in _broader(k))


@functools.cache
@functools.cache
def _capitals() -> dict[str, str]:
    """A capital's name → its country's (kg/data/ru/capitals.tsv)."""
    return {r[0]: r[1] for r in table("capitals") if len(r) >= 2}


def names_country(body: str, country: str) -> bool:
    """Whether a body's name of two words or more holds the country's adjective or genitive: a word
    that is the country's stem or its adjective's with an ending of at most three letters
    (`Полиция Бельгии`, `Итальянский суд`, `французской полиции`), not a longer name that only
    begins like it (`Полиция Индианаполиса` is no body of `Индия`)."""
    words = casefold_name(body).split()
    if len(words) < 2:
        return False
    stems = {casefold_name(country)[:-1]} | {
        adj[:-2] for adj, names in country_names().items() if country in names}
    return any(len(st) > 3 and w.startswith(st) and len(w) - len(st) <= 3
               for st in stems for w in words)


def _when(t: TimeValue) -> tuple:
    """What two times must share to be one: `в 2010 году` and `в 2013 году` are two."""
    return t.begin, t.year, t.season, t.month, t.day


def _one_day(a: TimeValue, b: TimeValue) -> bool:
    """Whether two times can be one: the same by `_when`, or one day written with and without its
    year (`22 июля 2019 года` … `скончался 22 июля`: a date the text gives again leaves out the
    year it has already said, and the year a bare day is given from the publication date is a
    guess). Two written years, two months or two days stay two times."""
    if _when(a) == _when(b):
        return True
    written = [bool(re.search(r"\b\d{4}\b", t.span.text)) for t in (a, b)]
    return (a.month is not None and a.day is not None and (a.month, a.day) == (b.month, b.day)
            and not all(written) and a.season is None and b.season is None)


def _satisfied(require: str, f: _Found) -> bool:
    if require == "none":
        return True
    if require == "anchored":  # "землетрясение в Японии", "выборы 4 марта": said of something
        return bool(f.actors or f.place or f.time is not None)
    if require == "happening":  # "в стране начались беспорядки": the verb says it took place,
        # which a bare mention does not ("беспорядки — не способ", "угроза беспорядков")
        return _satisfied("anchored", f) or (
            f.host is not None and hosts().get(f.host.lemma) == "occur")
    if require in ("agent", "animate"):
        return bool(f.agents)
    if require == "target":
        return bool(f.targets)
    if require in ("two", "guest"):
        return len(f.actors) >= 2
    if require == "placed":  # "выступит в Казани": a performer and a place, not "в Госдуме"
        return bool(f.agents) and f.place is not None
    return bool(f.actors)


def find_events(analysis: Analysis, entities: tuple[Entity, ...], document: Document,
                times: tuple[TimeValue, ...] | None = None,
                statements: tuple[Statement, ...] = ()) -> tuple[Event, ...]:
    """The events of an analysed article, keyed ev1, ev2, … in text order. `statements` (the
    article's reported speech) tell whose quotation a first-person `я` stands in."""
    if times is None:
        times = find_times(analysis.text, document.published, analysis)
    x = _Extractor(analysis, entities, times)
    x.speakers = tuple((q.start, q.end, s.speaker) for s in statements if s.speaker
                     for q in (s.quote, *s.more_quotes) if q is not None)
    # the content of a statement made with a word of guessing, denying or complaining
    # (`жалуются на то, что …`, `опроверг, что …`), found by the speech reader where the parse
    # of a long sentence loses the clause
    x.claims = tuple((s.content.start, s.content.end, tok.lemma) for s in statements
                     if s.content is not None
                     for tok in [analysis.token_at(s.trigger.start)]
                     if tok is not None and tok.lemma in x.modal)
    x.published = document.published
    x.find()
    x.absorb()
    x.drivers()
    x.settle_loose()
    x.attach_times()
    x.share_times()
    x.refer_times()
    x.lead_dates()
    x.votes_cast()
    x.attach_places()
    x.tour_stops()
    x.learned_actors(_actor_model())
    x.attach_durations()
    x.deaths_of_the_killed()
    x.drop_unlikely(_filter_model())
    return x.records()


@functools.cache
def _schedule_words() -> dict[str, str]:
    """kg/data/ru/schedule_words.tsv: word -> `noun` (a detail of when or where) or `verb`."""
    return {word: kind for word, kind in table("schedule_words")}


def _candidate_model():
    """The learned model of event mentions no line fits (`KG_EVENT_CANDIDATE_MODEL`), None when
    off."""
    s = learned.settings()
    return candidates_model.load(s.event_candidate_model, s.event_candidate_threshold)


def _filter_model():
    """The learned filter of the events the rules make (`KG_EVENT_FILTER_MODEL`), None when
    off."""
    s = learned.settings()
    return candidates_model.load(s.event_filter_model, s.event_filter_threshold,
                                 candidates_model.FILTER_SHIPPED)


def _actor_model():
    """The event-actor fallback the settings name (`KG_EVENT_ACTOR_MODEL`), None when off."""
    s = learned.settings()
    path, threshold = s.event_actor_model, s.event_actor_threshold
    return actor_model.load(path, threshold)
