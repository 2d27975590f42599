"""Reference resolution: the entity of the article a pronoun, an unsaid subject, a title, a
description or an anaphoric noun stands for (`он`, `Родился в …`, `президент США`, `глава
государства`, `бывший президент`, `агентство`, `греческое правительство`), or None when the
article does not settle it — never a guess. The one resolver of reported speech and event roles.

Evidence: the words an entity was introduced with (`агентство Reuters`, `драматург Рустам
Ибрагимбеков`, `Министерство обороны`, its job title), a country adjective
(kg/data/ru/country_adjectives.tsv), gender and number agreement from the morphology, the subject
of the pronoun's own clause (never its antecedent), and recency (a candidate is taken only when it
is the one in view). Vocabularies are data: kg/data/ru/anaphoric_nouns.tsv, pronouns.tsv,
reference_words.tsv, speech_titles.tsv, work_authors.tsv.
"""

from __future__ import annotations

import bisect
import functools
import re

from kg.nlp.base import casefold_name
from kg.nlp.ru.analysis import Analysis, Token, names_a_subject, past_gender
from kg.nlp.ru.clause_subjects import subtree_indexes
from kg.nlp.ru.dates import tense_at
from kg.nlp.ru.lexicon import norm as _norm
from kg.nlp.ru.lexicon import normed_words, possessives, table, word_list
from kg.nlp.ru.name_types import adjective_lemma, dictionary_tags, first_name_gender
from kg.nlp.ru.person_nouns import common_noun
from kg.nlp.ru.quotes import OPENING_QUOTES, find_quotes
from kg.records import Entity

_WINDOW = 4  # words before a name that introduce it (`глава МИД Греции Никос Дендиас`)
_LIST = 12  # words before a name over which a list of descriptions may run (`музыкант, певец и …`)
_RECENT = 2  # sentences back in which a candidate counts as in view
_BACK = 5  # sentences back a dropped subject may continue (`Родился … Учился … Основал …`)
_CHAIN = 12  # sentences back a chain of sentences that leave the subject unsaid may run
_QUOTED = 8  # sentences of a quote a search for an antecedent may pass over besides
# a year written before `год` (`2001`, `1995—2007` as one token), and the forms of `год` (the
# plural's lemma may be `годы`)
_YEARS = re.compile(r"(\d{4})(?:[—–-](\d{4}))?")
_YEAR_WORD = re.compile(r"год(?:а|у|ом|е|ы|ов|ам|ами|ах)?|гг?")
_POSSESSIVES = possessives("3")  # a possessive in a list of descriptions before a name
# the lemmas the tagger gives the third-person possessives and `свой` (`её сестра`: an owned noun)
_OWNER_LEMMAS = frozenset(r[2] for r in table("possessives") if r[1] in "3r")
# what a surname's forms add to it (`Петров` → `Петрова`, `Петровых`; not `Петровский`)
_SURNAME_ENDINGS = frozenset({"", "а", "у", "е", "ом", "ым", "ой", "ою", "ы", "ых", "ыми",
                              "ов", "ам", "ами", "ах", "ого", "ому", "ая", "ую", "ие", "их", "им",
                              "ими", "и", "ей", "ям", "ями", "ях"})
# endings of a participle the tagger may take for a name when it opens a sentence
_PARTICIPLE_ENDINGS = ("нный", "нная", "нные", "вший", "вшая", "вшие", "щий", "щая", "щие")
# endings of an adjective in an oblique case (`социальной сети X`, `крупнейшего банка X`)
_ADJECTIVE_ENDINGS = ("ой", "ей", "ого", "его", "ых", "их")
_NAMED = ("appos", "flat", "conj")  # a name in apposition, not an owner (`адвокат X`)
_SUBJECTS = ("nsubj", "nsubj:pass")
_CLOSING = ("»", '"', "“", "”", ")")  # marks that close a quoted title or a bracket
# a body noun as the goal of going to law, `в суд`, `до суда`: the preposition and its case
_GOAL_CASES = {"в": "Acc", "во": "Acc", "до": "Gen"}


@functools.cache
def _kin() -> frozenset[str]:
    return normed_words("kinship_nouns")


@functools.cache
def anaphoric_rows() -> dict[str, tuple[str, frozenset[str]]]:
    """The rows of anaphoric_nouns.tsv: noun → (kind of entity, the lemmas its antecedent is
    introduced with, the noun itself included)."""
    return {_norm(r[0]): (r[1], frozenset(_norm(w) for w in r[2].split()) | {_norm(r[0])})
            for r in table("anaphoric_nouns") if len(r) >= 3}


@functools.cache
def _words(role: str) -> frozenset[str]:
    """The words of one role of kg/data/ru/reference_words.tsv (indefinite, body, former)."""
    return frozenset(_norm(r[0]) for r in table("reference_words") if len(r) >= 2 and r[1] == role)


@functools.cache
def family_nouns() -> dict[str, frozenset[str]]:
    """kg/data/ru/family_nouns.tsv: a household noun → the event classes it stands for its
    person in."""
    return {_norm(r[0]): frozenset(r[1].split(",")) for r in table("family_nouns") if len(r) >= 2}


def reference_words(role: str) -> frozenset[str]:
    """The words of one role of kg/data/ru/reference_words.tsv, ё as е."""
    return _words(role)


def pronoun_forms() -> dict[str, tuple[str | None, str]]:
    """Written form of a third-person pronoun (pronouns.tsv) → (gender it demands or None,
    number)."""
    return _pronouns()


def body_words() -> frozenset[str]:
    """Nouns of a body of a country or an administration (reference_words.tsv `body`), ё as е."""
    return _words("body")


def indefinite_words() -> frozenset[str]:
    """Words that say a phrase names no one in particular (reference_words.tsv `indefinite`:
    `один`, `другой`, `некий`), ё as е."""
    return _words("indefinite")


def leader_words() -> frozenset[str]:
    """Nouns that with a country or a body mean its one head (reference_words.tsv `leader`:
    `глава`, `лидер`), ё as е."""
    return _words("leader")


def former_words() -> frozenset[str]:
    """Words that say a title is no longer held (reference_words.tsv `former`: `бывший`,
    `экс`, `свергнутый`), ё as е."""
    return _words("former")


@functools.cache
def _pronouns() -> dict[str, tuple[str | None, str]]:
    """Written form of a third-person pronoun → (gender it demands or None, number)."""
    return {_norm(r[0]): (None if r[1] == "-" else r[1], r[2])
            for r in table("pronouns") if len(r) >= 3}


@functools.cache
def _singular_possessives() -> frozenset[str]:
    """The third-person possessives that own for one person (`его`, `её`; not `их`): the forms of
    possessives.tsv that pronouns.tsv gives the singular."""
    return frozenset(f for f in _POSSESSIVES if _pronouns().get(_norm(f), (None, ""))[1] == "Sing")


@functools.cache
def _occupations() -> frozenset[str]:
    """The occupation nouns of the person rows of anaphoric_nouns.tsv (`певец`, `композитор`):
    no office many hold, so one named long before is still the one meant."""
    titles = set(normed_words("job_titles")) | _words("leader")
    return frozenset(w for kind, words in anaphoric_rows().values() if kind == "person"
                     for w in words) - titles


@functools.cache
def _post_verbs() -> frozenset[str]:
    """Verbs whose instrumental is the post their subject takes (kg/data/ru/post_verbs.txt)."""
    return normed_words("post_verbs")


@functools.cache
def _descriptions() -> dict[str, str]:
    """Description lemmas → the start of the job title they stand for (`глава правительство` →
    `премьер-министр`, kg/data/ru/speech_titles.tsv)."""
    return {_norm(r[0]): r[1] for r in table("speech_titles") if len(r) >= 2}


@functools.cache
def _authors() -> dict[str, frozenset[str]]:
    """Maker nouns → the works whose genitive owner they refer back to (`автор` ← `книга X`)."""
    return {_norm(r[0]): frozenset(_norm(w) for w in r[1].split())
            for r in table("work_authors") if len(r) >= 2}


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """country adjective lemma → the names of the country."""
    return {_norm(r[0]): tuple(casefold_name(n) for n in r[1].split("|"))
            for r in table("country_adjectives") if len(r) >= 2}



@functools.cache
def _same_country() -> dict[str, frozenset[str]]:
    """A country's name → every name of it (`РФ` → Россия, Российская Федерация, РФ), from the
    rows of kg/data/ru/country_adjectives.tsv that hold it."""
    out: dict[str, set[str]] = {}
    for names in _countries().values():
        for n in names:
            out.setdefault(n, set()).update(names)
    return {n: frozenset(v) for n, v in out.items()}


@functools.cache
def demonyms() -> dict[str, tuple[str, str]]:
    """Nationality noun lemma (`испанец`, `испанка`) → (its country adjective, the gender it
    names) (kg/data/ru/demonyms.tsv)."""
    out: dict[str, tuple[str, str]] = {}
    for r in table("demonyms"):
        if len(r) >= 3:
            out[_norm(r[0])] = (_norm(r[2]), "Masc")
            out[_norm(r[1])] = (_norm(r[2]), "Fem")
    return out


def surname_index(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Case-folded surname → the one person of the article bearing it (a surname two people
    share names neither)."""
    surnames: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person":
            for n in {e.name, *e.aliases}:
                surnames.setdefault(casefold_name(n.split(" ")[-1]), set()).add(e.key)
    return {s: next(iter(ks)) for s, ks in surnames.items() if len(ks) == 1}


@functools.cache
def _habits() -> frozenset[str]:
    return normed_words("habitual_words")


def _kind_in_name(name: str, words: frozenset[str]) -> bool:
    """The first word of a body's name is a compound ending in one of a row's words (`Мосгорсуд`,
    `Генпрокуратура`), not that word itself (`Суд Гааги` is a candidate, not a rival)."""
    first = _norm(casefold_name(name).split()[0]) if name.strip() else ""
    return any(first != w and first.endswith(w) for w in words)


class Reference:
    """Resolves mentions of one analysed article to the keys of its entities."""

    def __init__(self, a: Analysis, entities: tuple[Entity, ...], by_token: dict[int, str]):
        self.a = a
        self.entities = {e.key: e for e in entities}
        self.by_token = by_token
        self.titles = set(normed_words("job_titles"))
        self.sents: dict[str, set[int]] = {}
        for i, key in by_token.items():
            s = a.tokens[i].sent
            self.sents.setdefault(key, set()).add(s)
        self.starts = [t.start for t in a.tokens]
        # nouns that introduce a name (`агентство Reuters`, `ФК «Спартак»`)
        self.introducers = frozenset(w for kind, words in anaphoric_rows().values()
                                     if kind != "person" for w in words)
        self.intro: dict[str, set[str]] = {k: set() for k in self.entities}
        self.before: dict[str, set[str]] = {k: set() for k in self.entities}  # words before names
        self.kind_word: dict[str, set[str]] = {k: set() for k in self.entities}  # the first noun
        # of a name (`Генеральная прокуратура Украины`: прокуратура; `Пресс-служба полиции`:
        # пресс-служба, not полиция)
        self.owns: dict[str, set[str]] = {k: set() for k in self.entities}  # `книга X`: книга
        self.nations: dict[str, set[str]] = {k: set() for k in self.entities}  # `испанский
        # певец X`: the country adjectives a person is introduced with
        self.former: set[str] = set()  # introduced as no longer holding their title
        self.took: set[str] = set()  # said to take a post (`_post_taken`)
        self.held: dict[str, set[str]] = {k: set() for k in self.entities}  # bodies of posts taken
        self._quote_spans: list[tuple[int, int]] | None = None  # built on first use
        self._quote_starts: list[int] = []
        self.gender: dict[str, str | None] = {}
        self._antecedents: dict[int, str | None] = {}
        self._hops = 0  # sentences `_dropped_once` has gone back through in the current search
        for e in entities:
            self._introductions(e)
        self.by_surname = surname_index(entities)

    def key_at(self, t: Token) -> str | None:
        """The entity of a token; an animate surname the NER took for a place is its person."""
        key = self.by_token.get(t.index)
        if key is not None and self.entities[key].kind != "person" \
                and t.feats.get("Animacy") == "Anim" and _norm(t.lemma) in self.by_surname:
            return self.by_surname[_norm(t.lemma)]
        return key

    # ---- what we know of each entity -----------------------------------------------------
    def _introductions(self, e: Entity) -> None:
        """The lemmas e is named with, and (for a person) its grammatical gender."""
        words = self.intro[e.key]
        if e.job_title:
            first, former = _title_noun(e.job_title.split(" ")[0])
            words.add(first)
            if former or any(_norm(w) in _words("former") for w in e.job_title.split(" ")):
                self.former.add(e.key)
        genders: list[str] = []
        agreeing: list[tuple[str, str]] = []  # words that agree with the name (`23-летней X`)
        named_gender = False  # a word of the name is a first name the dictionary knows, of the
        # gender the tagger gave it (`Роберт`): no agreeing word overrides it
        for m in e.mentions:
            i = bisect.bisect_right(self.starts, m.start) - 1
            toks = [t for t in self.a.tokens[max(i, 0):i + 12] if t.start < m.end and m.start < t.end]
            if not toks:
                continue
            inside = {t.index for t in toks}
            head_noun = next((t for t in toks if t.pos in ("NOUN", "PROPN")), None)
            if head_noun is not None:
                self.kind_word[e.key].add(_norm(head_noun.lemma))
            for t in toks:
                if t.pos == "NOUN" or (t is toks[0] and e.kind == "organization"):
                    words.add(_norm(t.lemma))  # `Министерство обороны`, `Гильдия продюсеров`
                if t.pos == "PROPN" and t.feats.get("Gender") in ("Masc", "Fem") \
                        and (t is toks[0] and len(toks) > 1 or not genderless(t.lemma)):
                    genders.append(t.feats["Gender"])
                    named_gender = named_gender or first_name_gender(t.text) == t.feats["Gender"]
            first = toks[0]
            if e.kind == "person":
                agreeing += self._agreeing_genders(first, inside)
            if e.kind == "person":
                self.nations[e.key] |= self.nations_before(first)
            before = self.words_before(first)  # `агентство Reuters`, `драматург Рустам …`
            words |= before
            self.before[e.key] |= before
            owned = self.a.tokens[first.head] if first.head is not None else None
            if owned is not None and first.rel == "nmod" and owned.pos == "NOUN" \
                    and owned.index < first.index and first.feats.get("Case") == "Gen":
                self.owns[e.key].add(_norm(owned.lemma))  # `книга Анны Соколовой`
            if e.kind == "person" and self._former_before(first):
                self.former.add(e.key)  # `свергнутый президент Египта X`
            if e.kind == "person":
                self._post_taken(e.key, first, inside)
                self._post_named(e.key, first, inside)
            for t in self.a.sentence_tokens(first.sent):  # `U2, ирландская группа,`
                if t.rel == "appos" and t.head in inside and t.pos == "NOUN":
                    words.add(_norm(t.lemma))
                    if e.kind == "person" and self.said_former(t):
                        # `X, бывший президент Грузии,`: introduced as its former holder, of
                        # the country or body the title names
                        self.former.add(e.key)
                        words.add(_title_noun(_norm(t.lemma))[0])  # `экс-президент`: президент
                        self.held[e.key] |= {self.by_token[g.index] for g in self.a.children(
                            t.index) if g.rel == "nmod" and g.index in self.by_token}
                if t.index in inside and t.rel == "appos" and t.head is not None \
                        and t.head not in inside and self.a.tokens[t.head].pos == "NOUN" \
                        and not self.misattached(self.a.tokens[t.head], t) \
                        and not (before & _kin() and _norm(self.a.tokens[t.head].lemma)
                                 not in before):  # `дочери артиста X`: X is the daughter
                    words.add(_norm(self.a.tokens[t.head].lemma))  # `драматург, Рустам …`
        strong = [g for g, kind in agreeing if kind != "amod"]
        if e.kind == "person" and ((not genders and len({g for g, _ in agreeing}) == 1)
                                   or (len(strong) >= 2 and len(set(strong)) == 1
                                       and not named_gender)):
            # the tagger's gender of a name is a guess for names it does not know (`Мэллори`,
            # `Ма Лин`): the words that agree with the name decide when they all agree — any of
            # them when the name's own words have no gender, else two verbs or nouns at least
            genders = [g for g, _ in agreeing] if not genders else strong
        if e.kind == "person" and genders:
            # a tie goes to the gender seen first (the given name leads `Джин Сискел`), the same
            # on every run
            self.gender[e.key] = max(set(genders),
                                     key=lambda g: (genders.count(g), -genders.index(g)))

    def _agreeing_genders(self, first: Token, inside: set[int]) -> list[tuple[str, str]]:
        """(gender, kind) of the words that agree with a person's mention in number: an adjective
        on the name (`amod`: `23-летней Мэллори`), a feminine noun it stands in apposition to
        (`noun`: `выпускница Ма Лин`; a masculine noun says nothing, `врач`, `министр` name women
        too) and a singular past verb it, or the noun it stands in apposition to, is the subject
        of (`verb`: `Ма Лин написала`, `написала выпускница Ма Лин`)."""
        out: list[tuple[str, str]] = []
        head = self.a.tokens[first.head] if first.rel == "appos" and first.head is not None \
            else None
        genitive = any(self.a.tokens[i].feats.get("Case") == "Gen" for i in inside)
        if head is not None and genitive and head.feats.get("Case") != "Gen":
            head = None  # (`Дочь Ван Цзюня` parsed as an apposition: the father owns the noun)
        for t in self.a.sentence_tokens(first.sent):
            g = t.feats.get("Gender")
            if g not in ("Masc", "Fem") or t.feats.get("Number", "Sing") != "Sing" \
                    or t.index in inside:
                continue
            if t.pos == "ADJ" and t.rel == "amod" and t.head in inside:
                out.append((g, "amod"))
            elif t.pos == "NOUN" and g == "Fem" and t.feats.get("Animacy") == "Anim" and (
                    (head is not None and head.index == t.index)
                    or (t.rel == "appos" and t.head in inside
                        and not (genitive and t.feats.get("Case") != "Gen"))):
                out.append((g, "noun"))
            elif t.pos == "VERB" and t.feats.get("Tense") == "Past" and any(
                    c.rel.split(":")[0] == "nsubj" and (c.index in inside or (
                        head is not None and head.index == c.index
                        and c.feats.get("Animacy") == "Anim"))
                    for c in self.a.children(t.index)):
                # (also through the noun the name stands in apposition to: `писала выпускница
                # X`)
                out.append((g, "verb"))
        return out

    def _name_head(self, first: Token, inside: set[int]) -> Token:
        """The head word of a name whose words are `inside`, walked up from its first word (a
        parse may hold a cycle: the walk stops where it closes)."""
        top, seen = first, {first.index}
        while top.head is not None and top.head in inside and top.head not in seen:
            top = self.a.tokens[top.head]
            seen.add(top.index)
        return top

    def _post_taken(self, key: str, first: Token, inside: set[int]) -> None:
        """The post a person is said to take (`X назначен главой ФТС`, `X стал президентом`:
        a verb of kg/data/ru/post_verbs.txt, its subject the mention, a title noun of
        job_titles.txt in the instrumental): the person is introduced with that title, and the
        body named in its genitive (`ФТС`) is where the person holds it."""
        top = self._name_head(first, inside)
        if top.rel not in _SUBJECTS or top.head is None or top.head == top.index:
            return
        verb = self.a.tokens[top.head]
        if verb.pos not in ("VERB", "AUX") or _norm(verb.lemma) not in _post_verbs():
            return
        for post in self.a.children(verb.index):
            if post.rel not in ("obl", "xcomp") or post.feats.get("Case") != "Ins" \
                    or _title_noun(post.lemma)[0] not in self.titles \
                    or any(c.rel == "case" for c in self.a.children(post.index)):
                continue
            self.intro[key].add(_title_noun(post.lemma)[0])
            self.took.add(key)
            for c in self.a.children(post.index):
                body = self.by_token.get(c.index)
                if body is not None and c.rel == "nmod" and c.feats.get("Case") == "Gen" \
                        and self.entities[body].kind != "person":
                    self.held[key].add(body)

    def _post_named(self, key: str, first: Token, inside: set[int]) -> None:
        """The body a person is introduced as belonging to (`аспирант МГУ X`, `сотрудник банка
        «Восток» X`): an organisation in the genitive on the noun the name stands in apposition
        to, down a chain of genitives (`председатель правления фонда «Заря» X`), not under
        another person noun (`адвокат сотрудника банка X` belongs to no bank). `аспирант МГУ`
        later in the article is then that person."""
        top = self._name_head(first, inside)
        if top.rel.split(":")[0] != "appos" or top.head is None:
            return
        noun = self.a.tokens[top.head]
        if noun.pos != "NOUN" or noun.index > first.index or noun.index in self.by_token:
            return
        todo, walked = [noun.index], {noun.index}
        while todo:
            for c in self.a.children(todo.pop()):
                if c.index in inside or c.index > first.index or c.feats.get("Case") != "Gen" \
                        or not c.rel.startswith("nmod") or c.index in walked:
                    continue  # (walked: a parse may loop)
                walked.add(c.index)
                body = self.by_token.get(c.index)
                if body is not None:
                    if self.entities[body].kind == "organization":
                        self.held[key].add(body)
                    continue
                if c.pos == "NOUN" and c.feats.get("Animacy") != "Anim":
                    todo.append(c.index)

    def words_before(self, first: Token) -> set[str]:
        """The nouns just before a name that introduce it (`агентство Reuters`, `премьер Малайзии
        X`), stopping at a verb or a preposition (`СМИ сообщали о смерти X`: the subject of a
        clause introduces no one). A list of descriptions in the name's case runs further, over
        commas and `и` (`канадский музыкант, певец и композитор X`), and ends at another
        person's name (`министр Y, посол X`); a genitive in it is an owner (`помощник президента
        X` introduces a `помощник`, not a `президент`)."""
        case = first.feats.get("Case")
        out: set[str] = set()
        window = _LIST if case else _WINDOW  # without the name's case no list can be told
        for t in reversed(self.a.tokens[max(first.index - window, 0):first.index]):
            if t.sent != first.sent or t.pos in ("VERB", "AUX", "ADP", "SCONJ"):
                break
            if t.pos == "CCONJ" and (not case or _norm(t.text) != "и"):
                break
            if t.pos == "PUNCT" and (not case or t.text not in ",«»\"„“”"):
                break
            key = self.by_token.get(t.index)
            if key is not None and self.entities[key].kind == "person":
                break  # another person's name: the list before it is theirs
            if t.pos in ("PRON", "DET") and _norm(t.text) in _POSSESSIVES and t.index > 0 and (
                    self.a.tokens[t.index - 1].text in (",", "и")):
                # `певца и его подруги X`: the nouns before `и его` are its owner's, not X's; a
                # possessive inside the description does not end it (`глава его администрации X`)
                break
            if case and case != "Nom" and t.pos == "NOUN" and _norm(t.lemma) in _kin() and (
                    t.feats.get("Case") == case or _syncretic(t, case)):
                # `дочери народного артиста Анны X`: the name in the kin noun's oblique case is
                # the kin's; the nouns between them are owners (the artist is her father)
                out.clear()
                out.add(_title_noun(t.lemma)[0])
                continue
            if (t.pos == "NOUN" or common_noun(t)) and key is None and t.feats.get("Case") in (None, case):
                noun, _ = _title_noun(t.lemma)
                out.add(noun)
        return out

    def nations_before(self, first: Token) -> set[str]:
        """The country adjectives among the words just before a name that describe it
        (`испанского певца X`, `американская актриса X`), up to a verb, preposition, clause
        mark or another name."""
        out: set[str] = set()
        for t in reversed(self.a.tokens[max(first.index - _WINDOW, 0):first.index]):
            if t.sent != first.sent or t.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT"):
                break
            if t.pos == "ADJ" and _norm(t.lemma) in _countries():
                # (read even where the adjective is itself a mention of its country:
                # `Американский посол X` opening a line)
                out.add(_norm(t.lemma))
            elif t.index in self.by_token:
                break
        return out

    def national(self, head: Token) -> str | None:
        """The person a singular nationality noun refers back to (`Испанец женился`, `выдачи
        39-летнего австралийца`; kg/data/ru/demonyms.tsv): the one named before it who was
        introduced with its country adjective (`испанский певец X`) or as of its country, of the
        gender the noun names where known (`американка` is a woman) — the one, or the one in
        view of several."""
        adjective, gender = demonyms()[_norm(head.lemma)]
        country = None
        names = _countries().get(adjective, ())
        for e in self.entities.values():
            if e.kind in ("country", "place") and any(
                    casefold_name(n) in names for n in (e.name, *e.aliases)):
                country = e.key
                break
        cands = [k for k, e in self.entities.items() if e.kind == "person"
                 and self._seen_before(k, head)
                 and (adjective in self.nations[k] or (country and self._of_country(k, country)))
                 and self.gender.get(k) in (gender, None)]
        return self._one(cands, head)

    def _former_before(self, first: Token) -> bool:
        """A word of the list before a name says the title is no longer held (`бывший`)."""
        for t in reversed(self.a.tokens[max(first.index - _WINDOW, 0):first.index]):
            if t.sent != first.sent:
                break
            if _norm(t.lemma) in _words("former") or _title_noun(t.lemma)[1]:
                return True  # (a participle, `свергнутый`, has its verb as lemma)
            if t.pos in ("VERB", "AUX", "ADP", "SCONJ", "PUNCT"):
                break
        return False

    def _country(self, adjective: Token) -> str | None:
        """The country entity of the article a country adjective names (`греческий` → Греция)."""
        names = _countries().get(_norm(adjective.lemma))
        if not names:
            return None
        for e in self.entities.values():
            if e.kind in ("country", "place") and \
                    any(casefold_name(n) in names for n in (e.name, *e.aliases)):
                return e.key
        return None

    def misattached(self, noun: Token, name: Token) -> bool:
        """A nominative name the parse hung on an oblique noun as its apposition (`после смерти
        жены Борис Петров переехал`): the clause's subject, not that noun's name, since a name
        apposition agrees in case. Every word must be a nominative form as written
        (`Габриэлюсом`, tagged Nom, is none); a quoted name is not inflected at all."""
        own = noun.feats.get("Case")
        if noun.rel in ("nsubj", "nsubj:pass"):
            # the subject itself: a case other than the nominative is a numeral's genitive (`два
            # лидера движения, X и Y,`) or the tagger's slip on a sentence's first word
            # (`Премьер-министр X встретился`, tagged genitive), and its names are its own
            return False
        return name.rel == "appos" and own not in (None, "Nom") and self.nominative_name(name)

    def nominative_name(self, name: Token) -> bool:
        """Whether every word of a name is a nominative form as written (`Габриэлюсом`, tagged
        Nom, is none); a quoted name, never inflected, is none either."""
        words = [name, *(c for c in self.a.children(name.index) if c.rel == "flat:name")]
        first = min([name.index, *(c.index for c in self.a.children(name.index)
                                   if c.rel != "punct")])
        if first > 0 and self.a.tokens[first - 1].text in OPENING_QUOTES:
            return False  # a quoted name keeps its form in any case: `партии «Северный союз»`
        # a woman's surname or patronymic keeps its own ending though the lemma is the man's
        # (`Анна Белова`, `Марина Петровна`): after a first word nominative as written, a word
        # tagged feminine nominative counts as one too
        return words[-1].feats.get("Case") == "Nom" \
            and _norm(words[0].text) == _norm(words[0].lemma) \
            and all(_norm(w.text) == _norm(w.lemma) or (
                w is not words[0] and w.feats.get("Gender") == "Fem"
                and w.feats.get("Case") == "Nom" and _norm(w.text).endswith("а"))
                for w in words)

    def clause_subjects(self, head: Token) -> set[str]:
        """The entities that are the subject of the clause a non-subject noun phrase sits in
        (through the nouns it hangs on: `после смерти жены Петров`): a full noun phrase does not
        refer back to the subject of its own clause (`после смерти композитора Петров
        переехал`: the composer is not Петров). A name the parse hung on the phrase as a
        misattached apposition is that subject too."""
        out: set[str] = set()
        cur, steps = head, 0
        while cur.rel not in _SUBJECTS and cur.head is not None and cur.head != cur.index \
                and steps < 4:
            for c in self.a.children(cur.index):
                if c.index in self.by_token and self.misattached(cur, c):
                    out.add(self.by_token[c.index])
            up = self.a.tokens[cur.head]
            if up.pos in ("VERB", "AUX"):
                subjects = [c for c in self.a.children(up.index) if c.rel in _SUBJECTS]
                names = subjects + [n for c in subjects for n in self.a.children(c.index)
                                    if n.rel.split(":")[0] in _NAMED]
                out |= {self.by_token[c.index] for c in names if c.index in self.by_token}
                break
            cur, steps = up, steps + 1
        return out

    # ---- nouns ---------------------------------------------------------------------------
    def noun(self, head: Token) -> str | None:
        """The entity a common noun phrase refers back to: `агентство`, `ведомство`, `сербский
        президент`, `спортсменка`, `бывший президент`, `греческое правительство` (the country
        it speaks for); never the subject of its own clause (`clause_subjects`)."""
        found = self._noun(head)
        if found is not None and head.rel not in _SUBJECTS and found in self.clause_subjects(head):
            return None
        if found is not None and found not in self.took and self.successor(head):
            return None  # `избрать нового папу`: not the pope the article named before
        return found

    def said_former(self, head: Token) -> bool:
        """The title noun says its holder no longer holds it (`бывший президент`,
        `экс-министр`)."""
        return _title_noun(head.lemma)[1] or any(
            _norm(t.lemma) in _words("former") for t in self.a.children(head.index))

    def _named_owner(self, t: Token, below: set[int]) -> bool:
        """`t` is a name set after a kind word among the words `below` a noun (`представитель
        компании «Восток»`, the parse hanging «Восток» on `компании` as an apposition, in the
        nominative): the noun's owner, as the kind word's own genitive would be."""
        up = self.a.tokens[t.head] if t.head is not None else None
        return t.rel.split(":")[0] in ("appos", "flat") and up is not None \
            and up.index in below and up.rel.startswith("nmod") and up.index not in self.by_token

    def successor(self, head: Token) -> bool:
        """A successor word on the noun (`новый папа`, `будущий мэр`): its holder is one still
        to come or just come, so only a person the article says took the post."""
        return any(_norm(t.lemma) in _words("successor") for t in self.a.children(head.index))

    def _noun(self, head: Token) -> str | None:
        if (head.pos != "NOUN" and not common_noun(head)) or head.index in self.by_token:
            return None  # a noun, or one the tagger took for a name for its capital (`Певец`)
        kids = [t for t in self.a.children(head.index)]
        if any(_norm(t.lemma) in _words("indefinite") for t in kids):
            return None  # `один из представителей`, `другой источник`: not someone named
        lemma = _title_noun(head.lemma)[0]
        former = self.said_former(head)
        below = self._below(head)
        described = self.description(head, below)
        if described:  # `глава государства`, `глава МИД Греции`: the holder of that office
            countries = [self.by_token[t.index] for t in below if t.index in self.by_token
                         and self.entities[self.by_token[t.index]].kind in ("country", "place")]
            countries += self.adjective_countries(below) or []
            countries += self.places_in_bodies(below)
            return self.title(described, countries, head, former, described=True)
        owners = {self.by_token[t.index] for t in below if t.index in self.by_token
                  and (t.rel.startswith("nmod") or (t.feats.get("Case") == "Gen"
                                                    and head.feats.get("Case") != "Gen"))}
        if owners:  # `представитель Путина`, `адвокат певца X`: an owner, not the referent
            if head.feats.get("Animacy") == "Anim" and \
                    all(self.entities[k].kind != "person" for k in owners):
                # `президент США`: the one who holds it; `глава КНР`: the one who heads it
                # (`бывший президент Перу`: never the sitting head the leader rules find)
                return self.titled(lemma, owners, former) or (
                    self.held_then(lemma, owners, head) if former else (
                        self.leader(lemma, owners) or self.org_leader(lemma, owners)))
            return None
        # `представитель компании «Восток»`: the organisation's name stands after its kind word,
        # which the parse makes the owner; the holder is a person named with that body, not one
        # named with the noun alone (the representative of another body). (A country's name so
        # placed, `король государства Тонга`, is left to the leader rules.)
        at = {w.index for w in below}
        bodies = {self.by_token[t.index] for t in below if t.index in self.by_token
                  and self._named_owner(t, at)
                  and self.entities[self.by_token[t.index]].kind == "organization"}
        if bodies and (found := self.titled(lemma, bodies, former)):
            return found
        country = next((c for c in (self._country(t) for t in kids if t.rel == "amod"
                                    and t.pos == "ADJ") if c), None)
        if country and not former and (found := self.leader(lemma, {country})):
            return found  # `китайский лидер`
        if lemma in _words("body"):
            # `греческое министерство` is the article's one ministry of Greece if it names one
            # (`Министерство иностранных дел Греции`); else the body speaks for the country
            # (`греческое правительство` → Greece); alone it is unsettled
            names = [n for t in kids if t.rel == "amod" and t.pos == "ADJ"
                     for n in _countries().get(_norm(t.lemma), ())]
            _, words = anaphoric_rows().get(lemma, (None, frozenset({lemma})))
            bodies = [k for k in self.introduced("organization", words, head.sent)
                      if any(n[:-1] in casefold_name(self.entities[k].name)
                             for n in names if len(n) > 3)]
            if names or country:
                return bodies[0] if len(bodies) == 1 else country
            return self._named_body(lemma, head, kids)
        if lemma in _authors() and head.feats.get("Number") != "Plur":
            works = _authors()[lemma]  # `автор` of the one book named before (`книга X`)
            made = [k for k, e in self.entities.items() if e.kind == "person"
                    and self.owns[k] & works and self._seen_before(k, head)]
            if len(made) == 1:
                return made[0]
        if _norm(head.lemma) in demonyms() and head.feats.get("Number") != "Plur" \
                and not former and (found := self.national(head)):
            return found  # `испанец`: the Spaniard the article named (else as any person noun)
        kind, words = anaphoric_rows().get(lemma, (None, frozenset({lemma})))
        # a human noun refers to a person introduced with it or with a synonym (`музыкант` ←
        # `певец`, rows of kind person)
        person = kind in (None, "person") and head.feats.get("Animacy") == "Anim"
        if kind in (None, "person") and not person:
            return None
        if head.feats.get("Number") == "Plur":
            return None  # `представители`, `эксперты`: not one entity
        cands = [k for k, e in self.entities.items()
                 if (e.kind == kind or (person and e.kind == "person"))
                 and self._seen_before(k, head)
                 and (self.intro[k] & words or (person and e.job_title and lemma in _short_forms()
                                                and _starts_with_word(_norm(e.job_title), lemma)))]
        if kind == "organization" and cands and any(
                e.kind not in ("organization", "person") and lemma in self.intro[k]
                and self._seen_before(k, head) for k, e in self.entities.items()):
            # `союз` after `Европейский союз и Африканский союз`, one of them tagged a place:
            # a body of that kind word all the same, so the word settles nothing
            return None
        if person and country:
            cands = [k for k in cands if self._of_country(k, country)]
        elif person:
            # a country adjective naming no country of the article (`российский дипломат` after
            # only `посол США X`) still says whose the person is: only one introduced with it
            # (`российский посол X`)
            adjectives = {_norm(t.lemma) for t in kids if t.rel == "amod" and t.pos == "ADJ"
                          and _norm(t.lemma) in _countries()}
            if adjectives:
                cands = [k for k in cands if self.nations[k] & adjectives]
        if person and any(c.rel.startswith("nmod") and c.pos == "NOUN" and c.index not in
                          self.by_token and c.feats.get("Case") == "Gen"
                          and c.feats.get("Animacy") == "Anim" and c.feats.get("Number") == "Plur"
                          for c in kids):
            # `нападающий соперников`, `защитник гостей`: one of a group the noun names, so only
            # one introduced with the noun itself, not by a synonym (`футболист X`), is meant
            cands = [k for k in cands if lemma in self.intro[k]]
        if person and cands:
            # `Министр обороны заявил` after `Министр финансов X`: the office the noun's own
            # genitive names (not a body's kind word, `глава компании`, nor a person,
            # `пресс-секретарь губернатора`) is not the one X was introduced with
            cands = [k for k in cands if self._holds_office(k, kids)]
        if person and self._genitive_office(kids):
            # `лидер профсоюза`, `лидер партии` after `президент X`: a noun with a body of its own
            # leads that body, not the country X heads; a head of a country (`head` words) taken
            # up through a synonym is no referent then (`руководитель компании` after `глава
            # компании X` still is X: `глава` is no country's head word)
            cands = [k for k in cands if lemma in self.intro[k]
                     or not (self.intro[k] & words) <= _words("head")]
        if bodies:  # named first in a sentence that names the body
            cands = [k for k in cands if any(min(self.sents.get(k) or (-1,)) in
                                             self.sents.get(b, ()) for b in bodies)]
        if person and former:
            cands = [k for k in cands if k in self.former]  # `бывший президент`: not the sitting
        exact = [k for k in cands if lemma in self.intro[k]]
        if len(cands) > 1 and len(exact) == 1 and lemma not in _short_forms():
            # (a short form and its full form are one title: `генсек` is no more the one
            # introduced as `генсек ООН` than the `генеральный секретарь НАТО`)
            cands = exact  # `певец` is the one introduced as a singer, not a `музыкант` elsewhere
        if person and len(cands) > 1 and head.rel in _SUBJECTS and head.head is not None:
            # `монарх заявил` after `король X` and `королева Y`: the past verb's gender is the
            # referent's (a masculine noun names women too: `министр заявила`); a candidate of
            # unknown gender stays
            want = past_gender(self.a.tokens[head.head])
            fits = [k for k in cands if want and self.gender.get(k) in (want, None)]
            if fits:
                cands = fits
        if person and cands and self._unnamed_before(lemma, head, set(cands)):
            return None  # `X встретился с лидером профсоюза. Лидер заявил …`: that leader
        found = self._one(cands, head)
        if found is not None and person and lemma not in _occupations() \
                and not self._in_view(found, head) and not self._topic(found, head) and any(
                self._in_view(k, head) for k, e in self.entities.items()
                if e.kind == "person" and k != found):
            # a title (`лидер`) or a kin word (`мать`) named long ago while another person is in
            # view is not settled; an occupation (`композитор`, `певец`) still is
            found = None
        if found is None and person and not cands and not country and not former \
                and lemma not in _kin():
            found = self._aged(head, kids)  # `40-летний юрист заявил`: the one just named
        if found is None and person and not cands and head.feats.get("Gender") == "Fem" \
                and not country and not former and lemma not in _kin() \
                and not any(t.rel == "det" and _norm(t.lemma) in _OWNER_LEMMAS
                            for t in kids) and not self._owned_before(head) \
                and not self._owned_by_person(kids):
            # `спортсменка`, `актриса`: a feminine noun names a woman; the one of the article
            # (not a kin word, nor a noun owned by a pronoun, `её сестра`, or by a person in the
            # genitive, `подруга актрисы`: those are not she)
            women = [k for k, e in self.entities.items() if e.kind == "person"
                     and self.gender.get(k) == "Fem" and self._seen_before(k, head)]
            if len(women) > 1:
                # several women named before (`скончалась предыдущая рекордсменка Y. Японка X
                # получила сертификат … Женщина рассказала`): the one named in the two sentences
                # before the noun is the one the text goes on about
                women = [k for k in women if any(head.sent - _RECENT <= s < head.sent
                                                 for s in self.sents.get(k, ()))]
            found = women[0] if len(women) == 1 else None
        return found

    def _owned_before(self, head: Token) -> bool:
        """A third-person possessive (`её`, `его`, `их`) stands right before the noun in its
        clause, whatever the parse hung it on (`Её подруга сообщила` opening a sentence, parsed
        with `Её` as the verb's object): the noun is someone of hers, not she."""
        if head.index == 0:
            return False
        before = self.a.tokens[head.index - 1]
        return before.sent == head.sent and before.pos in ("PRON", "DET") \
            and before.text.lower().replace("ё", "е") in possessives("3")

    def _owned_by_person(self, kids: list[Token]) -> bool:
        """The noun has a person in the genitive (`подруга актрисы`, `соседка Анны Ивановой`):
        someone of that person's, not the person. A thing or a body in the genitive
        (`солистка группы`, `актриса театра`) owns no one."""
        for c in kids:
            if not c.rel.startswith("nmod") or c.feats.get("Case") != "Gen" \
                    or any(t.rel == "case" for t in self.a.children(c.index)):
                continue
            key = self.by_token.get(c.index)
            if (key is not None and self.entities[key].kind == "person") \
                    or (key is None and c.pos == "NOUN" and c.feats.get("Animacy") == "Anim"):
                return True
        return False

    def _genitive_office(self, kids: list[Token]) -> bool:
        """A title noun has an inanimate common noun of its own in the genitive (`лидер
        профсоюза`, `лидер гонки`), not a name: it says which body or field the holder leads.
        A country's kind word (`страны`, `государства`: rows of kind country) does not count:
        the leader rules read it."""
        return any(c.rel.startswith("nmod") and c.pos == "NOUN" and c.feats.get("Case") == "Gen"
                   and c.feats.get("Animacy") != "Anim" and c.index not in self.by_token
                   and not any(x.rel == "case" for x in self.a.children(c.index))
                   and anaphoric_rows().get(_norm(c.lemma), ("",))[0] != "country"
                   for c in kids)

    def _holds_office(self, key: str, kids: list[Token]) -> bool:
        """The person `key` may hold the office a title noun's genitive names (`министр
        обороны`): the genitive is a word of the person's job title (`министр обороны Греции`),
        or the job title names no office beyond its noun (`министр`: unknown, so not against).
        A genitive that is a body's kind word (`компании`, `страны`, `ведомства`: rows of
        anaphoric_nouns.tsv) or a person or a name says whose, not which office, and settles
        nothing here. A person's title in the genitive passes the office on to its own
        genitive (`заместитель министра обороны` is not the `заместитель министра финансов X`)."""
        under = [g for c in kids if c.rel.startswith("nmod") and c.pos == "NOUN"
                 and c.feats.get("Case") == "Gen" and c.feats.get("Animacy") == "Anim"
                 and c.feats.get("Number") != "Plur" and c.index not in self.by_token
                 for g in self.a.children(c.index)]
        offices = [_norm(c.lemma) for c in [*kids, *under] if c.rel.startswith("nmod")
                   and c.pos == "NOUN"
                   and c.feats.get("Case") == "Gen" and c.feats.get("Animacy") != "Anim"
                   and c.index not in self.by_token and not any(
                       x.rel == "case" for x in self.a.children(c.index))
                   and _norm(c.lemma) not in anaphoric_rows()
                   and _norm(c.lemma) not in self.introducers]
        if not self._heads_kind(key, kids):
            return False
        rest, named = _title_owner(self.entities[key].job_title or "")
        if not offices or not rest or named:
            # (`мэр Казани X`, `директор петербургского Эрмитажа X`: an owner named by name,
            # whose kind the genitive may give, `мэр города`, `директор музея`; `новый министр
            # X`, `самарский губернатор X`: no office named beyond the noun, nothing against)
            return True
        words = [_norm(w) for w in rest]
        return all(any(w.startswith(o[:max(3, len(o) - 2)]) for w in words) for o in offices)

    def _named_body(self, lemma: str, head: Token, kids: list[Token]) -> str | None:
        """A bare body noun with a row of its own in anaphoric_nouns.tsv (`прокуратура`,
        `ведомство`, `суд`) after the article has named one such body (`Генеральная прокуратура
        Украины … прокуратура обратилась`): that body, when it is the one introduced with the
        row's words and named within the last few sentences (`этот же суд` too). A noun told
        apart by a word of its own (`районный суд`, `прокуратура района`, `суд более низкой
        инстанции`) names another body or one the article does not name; a body word without a
        row (`правительство`, `власти`) stands for whoever governs, not for a body named
        before. Nor is it one where its clause says it may be another body or the institution
        itself: a place the body's name does not hold (`В Гамбурге полиция`), the goal of going
        to law (`обратиться в суд`), a habit (`обычно`), a body of the kind named in between
        under a one-word name (`Мосгорсуд`)."""
        kind, words = anaphoric_rows().get(lemma, (None, frozenset()))
        if kind != "organization" or head.feats.get("Number") == "Plur":
            return None
        if any(c.rel.split(":")[0] in ("amod", "nmod", "appos", "nummod", "acl", "conj")
               for c in kids):
            return None
        if any(_norm(c.lemma) in _GOAL_CASES and c.rel == "case"
               and head.feats.get("Case") == _GOAL_CASES[_norm(c.lemma)] for c in kids):
            return None  # (`обратиться в суд`, `дойти до суда`: the institution, not one court)
        verb = self.a.tokens[head.head] if head.rel in _SUBJECTS and head.head is not None \
            else None
        if verb is not None and any(_norm(c.lemma) in _habits() for c in self.a.children(
                verb.index)):
            return None  # (`Обычно полиция задерживает …`: the police anywhere, a habit)
        after = self.a.tokens[head.index + 1] if head.index + 1 < len(self.a.tokens) else None
        if after is not None and after.sent == head.sent and (
                after.pos in ("NOUN", "PROPN", "ADJ", "NUM")
                or _norm(after.lemma) in ("более", "менее")):
            return None  # (`Суд более низкой инстанции`, whatever the parse hung its words on)
        # (the row's word must be the body's kind, the first noun of its name or a word set
        # before it: `Пресс-служба полиции` is no police; and a body the article calls only by
        # the kind word, `Полиция арестовала`, is no named one: the bare noun again may be any)
        cands = [k for k in self.introduced("organization", words, head.sent)
                 if (self.kind_word[k] | self.before[k]) & words
                 and self._in_view(k, head, _BACK)
                 and _norm(casefold_name(self.entities[k].name)) not in words]
        named_here = {self.by_token[t.index] for t in self.a.sentence_tokens(head.sent)
                      if t.index >= head.index and t.index in self.by_token}
        if len(cands) != 1 or cands[0] in named_here:
            return None  # (`прокуратура передала дело в Генпрокуратуру`: another one)
        # (a body of the kind named in between under a one-word name, `Мосгорсуд`,
        # `Генпрокуратура`, is a second such body in view)
        if any(k != cands[0] and e.kind == "organization" and _kind_in_name(e.name, words)
               and self._in_view(k, head, _BACK) for k, e in self.entities.items()):
            return None
        # (a place the clause is set in that the body's name does not hold, `В Гамбурге
        # полиция …` after `Полиция Берлина`, `Суд в Амстердаме`: that place's body)
        body = casefold_name(self.entities[cands[0]].name)
        for w in (head, *(() if verb is None else (verb,))):
            for c in self.a.children(w.index):
                k = self.by_token.get(c.index)
                if k is not None and self.entities[k].kind in ("place", "country") and any(
                        x.rel == "case" and _norm(x.lemma) in ("в", "во", "на")
                        for x in self.a.children(c.index)) and c.feats.get("Case") != "Acc" \
                        and casefold_name(self.entities[k].name)[:4] not in body:
                    return None  # (not where it acts on or sends to: `удар по Киеву`)
        # (`прокуратура района … , и прокуратура`: the unnamed one goes on, whether the word
        # stood as no entity or as one called by the kind word alone, `Прокуратура района`
        # opening a sentence being the learned name noun «Прокуратура»)
        first = self.a.sentences[max(head.sent - 1, 0)].first
        if any(_norm(t.lemma) == lemma and self.by_token.get(t.index) != cands[0]
               for t in self.a.tokens[first:head.index]):
            return None
        return cands[0]

    def _unnamed_before(self, lemma: str, head: Token, cands: set[str]) -> bool:
        """The same human noun stands, with no name, earlier in the sentence or the one before,
        in a sentence whose subject names a candidate (`X встретился с лидером профсоюза. Лидер
        заявил …`): that noun is someone other than X, whom the article does not name, and the
        bare noun goes on with that person. (Where no candidate is named beside it, the earlier
        noun may itself refer back to one: `умер артист X. По словам дочери артиста …`.)"""
        first = self.a.sentences[max(head.sent - 1, 0)].first
        for t in self.a.tokens[first:head.index]:
            if t.pos != "NOUN" or t.index in self.by_token or _title_noun(t.lemma)[0] != lemma:
                continue
            if not any(self.by_token.get(w.index) in cands and self._subject_name(w)
                       for w in self.a.sentence_tokens(t.sent)):
                continue  # (`сторонников Чавеса … поддержку президенту`: not beside him)
            top, hops = t, 0  # (`музыкант, певец и композитор X`: the first of a list)
            while top.rel.startswith("conj") and top.head is not None and hops < 5:
                top, hops = self.a.tokens[top.head], hops + 1
            # (the name may hang on any noun of the list: `музыкант, певец и поэт X`)
            members = {t.index, top.index} | {c.index for c in self.a.children(top.index)
                                              if c.rel.startswith("conj")}
            if any(c.index in self.by_token and not any(
                    x.rel == "case" for x in self.a.children(c.index))
                   for w in members for c in self.a.children(w)) or (
                    top.head is not None and top.head in self.by_token and top.rel == "appos"):
                continue  # (`Президент Уго Чавес`, `Чавес, лидер страны,`: named; a name
                # behind a preposition, `дипломат из Франции`, tells where from, not who)
            return True
        return False

    def _subject_name(self, w: Token) -> bool:
        """The name's word is a subject, or stands in apposition to one (`Президент Уго Чавес
        встретился`)."""
        if w.rel.split(":")[0] == "nsubj":
            return True
        return w.rel in ("appos", "flat:name") and w.head is not None \
            and self.a.tokens[w.head].rel.split(":")[0] == "nsubj"

    def _aged(self, head: Token, kids: list[Token]) -> str | None:
        """A person noun given an age (`40-летний юрист`, `85-летняя актриса`) as the subject
        before its verb, where Russian puts what is already known: the person named last before
        it (in its sentence or the two before, outside quotes), when known to be of its gender. After its
        verb it is news, someone not yet named (`задержан 30-летний мужчина`)."""
        age = [t for t in kids if t.rel == "amod" and _norm(t.lemma).endswith("летний")]
        verb = self.a.tokens[head.head] if head.head is not None else None
        if not age or head.rel != "nsubj" or verb is None or verb.index < head.index \
                or head.feats.get("Number") == "Plur" or verb.pos not in ("VERB", "AUX"):
            return None
        want = age[0].feats.get("Gender") or head.feats.get("Gender")
        if want not in ("Masc", "Fem"):
            return None
        for s in range(head.sent, max(head.sent - _RECENT, 0) - 1, -1):
            told = [t for t in self._told(self.a.sentence_tokens(s)) if t.index < head.index]
            if self.untagged(told):
                return None  # a name the NER missed may be the one meant
            persons = [self.key_at(t) for t in told if t.index in self.by_token
                       and self.entities[self.key_at(t)].kind == "person"]
            if persons:  # (of a gender known to be that: `17-летняя стажёрка` is not `Келли`)
                return persons[-1] if self.gender.get(persons[-1]) == want else None
        return None

    def description(self, head: Token, tree: list[Token]) -> str | None:
        """The job title a description stands for: `глава правительства` → `премьер-министр`."""
        # (a country adjective names whose office it is, not which: `глава российской
        # дипломатии` is `глава дипломатии` of Russia; the caller asks for that country)
        words = [_norm(head.lemma)] + [_norm(t.lemma) for t in tree if t.index > head.index
                                       and t.pos in ("NOUN", "ADJ", "PROPN")
                                       and not (t.pos == "ADJ" and _norm(t.lemma) in _countries())]
        if self.adjective_countries(tree) is None:
            return None  # (`глава французской дипломатии` with no France named: not settled)
        for n in range(min(len(words), 3), 1, -1):
            title = _descriptions().get(" ".join(words[:n]))
            if title:
                return None if self._other_owner(head, tree, n) else title
        return None

    def places_in_bodies(self, tree: list[Token]) -> list[str]:
        """The countries and places named inside an organisation's name among `tree`
        (`глава Минздрава Украины`: the body `Минздрав Украины` holds the token `Украины`, which
        is also the place's own mention): the office is that country's, not any the article
        named (review rev32)."""
        places = self._place_spans
        return [places[(t.start, t.end)] for t in tree if t.index in self.by_token
                and self.entities[self.by_token[t.index]].kind == "organization"
                and (t.start, t.end) in places]

    @functools.cached_property
    def _place_spans(self) -> dict[tuple[int, int], str]:
        """(start, end) of every country's and place's mention → its key, built once a document
        (`places_in_bodies` asks for every title's tree)."""
        return {(m.start, m.end): e.key for e in self.entities.values()
                if e.kind in ("country", "place") for m in e.mentions}

    def _other_owner(self, head: Token, tree: list[Token], n: int) -> bool:
        """A common noun after the `n` words of a description, told apart by an adjective of
        its own, names another body whose office it is (`глава региона соседней страны`,
        `глава города другой области`), not the one the article named."""
        words = [t for t in tree if t.index > head.index and t.pos in ("NOUN", "ADJ", "PROPN")
                 and not (t.pos == "ADJ" and _norm(t.lemma) in _countries())][:n - 1]
        last = words[-1].index if words else head.index
        return any(c.pos == "ADJ" and c.rel == "amod" and _norm(c.lemma) not in _countries()
                   for t in tree if t.index > last and t.pos == "NOUN"
                   and t.index not in self.by_token for c in self.a.children(t.index))

    def adjective_countries(self, tree: list[Token]) -> list[str] | None:
        """The article's countries the country adjectives of a description name (`глава российской
        дипломатии` → Россия), which its holder must belong to; None when one names a country the
        article does not."""
        named = [self._country(t) for t in tree
                 if t.pos == "ADJ" and _norm(t.lemma) in _countries()]
        return None if None in named else [k for k in named if k is not None]

    def title(self, lemma: str, owners: list[str], tok: Token | None = None,
              former: bool = False, described: bool = False) -> str | None:
        """`заявил премьер`, `подчеркнул пресс-атташе`, `глава государства`: the one person of the
        article whose job title starts that way, or whose name the same word stood before (and
        whose affiliation is the named country, if one is named). Named long before while another
        person is in view of `tok`, it is not settled (`бессменный лидер` three paragraphs after
        `лидер оппозиции X`, with Y in the sentence before). `former` (`бывший президент Перу`)
        asks for one introduced as no longer holding it (`экс-президент Перу X`), never the
        sitting holder; a `described` office (`глава региона`) without it, never a former one."""
        word = _norm(lemma)
        if tok is not None:
            word = self._short_of(word, tok)  # `генеральный прокурор` after `генпрокурор X`
        people = [(k, e) for k, e in self.entities.items() if e.kind == "person"
                  and (not owners or e.affiliation in owners)]
        if former:
            people = [(k, e) for k, e in people if k in self.former]
        elif described:
            # (a description without a former word is never one introduced as no longer holding
            # the office: `глава региона` after only `бывший губернатор X` is the sitting one)
            people = [(k, e) for k, e in people if k not in self.former]
        hits = {k for k, e in people if e.job_title and _starts_with_word(
            _held_title(_norm(e.job_title)) if former else _norm(e.job_title), word)}
        if not hits:
            # (a job title settles it before a word that merely stood near a name: `слова
            # председателя комитета в память о X` puts `председатель` before X, who holds no such
            # post, while Y is `председатель правления фонда`)
            hits = {k for k, e in people if not owners and word in self.before[k]}
        if tok is not None and not described:
            # (`министр обороны` is not the `министр финансов X`)
            kids = self.a.children(tok.index)
            hits = {k for k in hits if self._holds_office(k, kids)}
        if len(hits) != 1:
            return None
        found = hits.pop()
        if tok is not None and not self._in_view(found, tok) and not self._topic(found, tok) \
                and any(
                self._in_view(k, tok) for k, e in self.entities.items()
                if e.kind == "person" and k != found):
            return None
        return found

    def _short_of(self, word: str, tok: Token) -> str:
        """A title noun whose adjective makes a full form of kg/data/ru/title_short_forms.tsv
        (`генеральный прокурор`, `генеральный секретарь`) as that short form (`генпрокурор`), which
        matches a holder named with either form; any other noun as it is (`прокурор`)."""
        mods = {_norm(c.lemma) for c in self.a.children(tok.index) if c.rel == "amod"}
        for short, full in _short_forms().items():
            first, _, last = full.rpartition(" ")
            if last == word and first in mods:
                return short
        return word

    def bare_official(self, head: Token, tree: list[Token]) -> str | None:
        """`…, сказал чиновник.`: a bare singular noun of an unnamed speaker, with no word of its
        own, refers back to the one person in view (this sentence and the two before) when that
        person holds a title (`прокурор Жан-Франсуа Рикар`); anything more (`чиновник
        министерства`, `один из чиновников`) or anyone else in view leaves it unnamed."""
        if len(tree) != 1 or head.feats.get("Number") == "Plur":
            return None
        seen = {k for k, e in self.entities.items() if e.kind == "person"
                and any(head.sent - _RECENT <= s <= head.sent for s in self.sents.get(k, ()))}
        if len(seen) != 1:
            return None
        key = seen.pop()
        if not any(head.sent - _RECENT <= s < head.sent for s in self.sents.get(key, ())):
            # `Министр X подал в отставку, сообщил источник.`: named only in its own sentence,
            # the words the noun's verb reports, the person is what was told, not who told it
            return None
        titled = self.entities[key].job_title or (self.before[key] & self.titles)
        return key if titled else None

    def titled(self, lemma: str, owners: set[str], former: bool = False) -> str | None:
        """`президент США`, `министр обороны Греции`: the one person whose job title starts with
        the title noun (or who was introduced with it) and who belongs to the named country or
        body (affiliation or job title). A title without a former word is never a person
        introduced as its former holder (`премьер Италии` after only `бывший премьер Италии X`),
        and one with it only such a person (`бывший президент Перу` is not the sitting one)."""
        key = _title_key(lemma)
        kind, same = anaphoric_rows().get(lemma, (None, frozenset()))
        # (a synonym of an occupation, rows of kind person: `форвард «Реала»` after `нападающий
        # «Реала» X`; a head's words are no synonyms here, `лидер США` is the leader rules')
        same = same - _words("head") if kind == "person" else frozenset()
        hits = {k for k, e in self.entities.items() if e.kind == "person"
                and (k in self.former) == former
                and ((e.job_title and _title_key(_job_noun(e.job_title)) == key)
                     or lemma in self.intro[k]  # `Глава Абакана, …, Николай Булакин`
                     or key in {_title_key(w) for w in self.intro[k]}
                     or self.intro[k] & same)
                and any(e.affiliation == o or o in self.held[k] or self._of_country(k, o)
                        for o in owners)}
        return hits.pop() if len(hits) == 1 else None

    def held_then(self, lemma: str, owners: set[str], head: Token) -> str | None:
        """`бывший президент США` with no one introduced as its former holder: the one person
        introduced with that sitting title in a sentence that dates it by a year (`Президент США
        X в 2001 году …`) when the text has named a later year since X was last named (`В 2010
        году бывший президент США …`): the title was held then, and time has moved on. A title
        named with no year, or with no later year since, stays the sitting holder's and is not
        taken (`Бывший президент Перу застрелился` before `Президент Перу Y 17 апреля 2019
        года`); nor is a later year said of what is still to come (`Реформа вступит в силу в
        2025 году`), one before the holder is named again as acting (`В 2018 году X встретился
        с Y`: X still in office for all the text says), or a former holder whose own sentence
        names only years up to X's (`бывший президент, правивший в 1995—2007 годах`: another)."""
        key = self.titled(lemma, owners)
        if key is None or not self.sents.get(key):
            return None
        first = min(self.sents[key])
        then = self.years(first)
        if not then or first >= head.sent:
            return None
        last = max(s for s in self.sents[key] if s < head.sent)
        since = {y for s in range(last + 1, head.sent + 1) for y in self.years(s, past=True)}
        phrase = subtree_indexes(self.a, head)
        own = {y for t, y in self.year_tokens(head.sent) if t.index in phrase}
        if own and max(own) <= max(then):
            return None  # the former holder's own years, told in his phrase, are X's or before
        return key if since and max(since) > max(then) else None

    def years(self, sent: int, past: bool = False) -> set[int]:
        """The years a sentence names with `год` (`в 2001 году`, `2001 г.`); with `past`, only
        those of a clause not told as still to come."""
        return {y for t, y in self.year_tokens(sent)
                if not (past and tense_at(self.a, t.start) == "future")}

    def year_tokens(self, sent: int) -> list[tuple[Token, int]]:
        """The years of a sentence written before `год` (`в 2001 году`, `2001 г.`; of a span,
        `в 1995—2007 годах`, the last), with their tokens."""
        toks = self.a.sentence_tokens(sent)
        out = []
        for t, n in zip(toks, toks[1:]):
            m = _YEARS.fullmatch(t.text)
            if m and _YEAR_WORD.fullmatch(n.text.lower()) and 1000 < int(m[m.lastindex]) < 2200:
                out.append((t, int(m[m.lastindex])))
        return out

    def leader(self, lemma: str, countries: set[str]) -> str | None:
        """`глава КНР`, `китайский лидер`: a `leader` noun with a country is the one person of
        the article whose job title starts with a `head` word (`председатель КНР`) of that country;
        two such (a president and a king) leave it open."""
        if lemma not in _words("leader") or not countries or \
                any(self.entities[c].kind not in ("country", "place") for c in countries):
            return None
        hits = {k for k, e in self.entities.items() if e.kind == "person" and (
            (e.job_title and _norm(e.job_title.split(" ")[0]) in _words("head")
             and any(self._of_country(k, c) for c in countries))
            # `президент страны, председатель правящей партии Иван Петров`: the head word stood
            # before the name, in a sentence that names the country
            or (self.before[k] & _words("head") and self.sents.get(k)
                and any(min(self.sents[k]) in self.sents.get(c, ()) for c in countries))
            # `X избран председателем Госсовета Y`: a head word of a post taken in a body
            # named after the country
            or (self.intro[k] & _words("head") and any(
                self._of_country(b, c) for b in self.held[k] for c in countries)))}
        if len(hits) > 1:  # (a brother who held the post before is no longer its holder)
            hits = {k for k in hits if k not in self.former} or hits
        return hits.pop() if len(hits) == 1 else None

    def org_leader(self, lemma: str, owners: set[str]) -> str | None:
        """`глава Facebook`, `руководитель компании X`: a `leader` noun with an organisation is the
        one person of the article, not introduced as a former holder, whose job title starts with
        a word of one who heads a body (`org_head`: `основатель`, `генеральный директор`) and
        names that organisation itself (`_heads_named`: not `директор по маркетингу компании X`,
        `глава пресс-службы компании X`, who head a part of it), or whose title is those words
        alone and who was introduced as belonging to it (`held`)."""
        if lemma not in _words("leader") or not owners or \
                any(self.entities[o].kind != "organization" for o in owners):
            return None
        hits = {k for k, e in self.entities.items() if e.kind == "person"
                and k not in self.former and e.job_title
                and _norm(e.job_title.split(" ")[0]) in _words("org_head")
                and any(self._heads_named(e.job_title, o) or o in self.held[k] and all(
                    _norm(w) in _words("org_head") for w in e.job_title.split())
                    for o in owners)}
        return hits.pop() if len(hits) == 1 else None

    def _heads_named(self, title: str, org: str) -> bool:
        """The job title names the organisation right after its `org_head` words, with nothing
        between but adjectives and one word at most, the noun that introduces it (`генеральный
        директор компании X`, `основатель социальной сети X`): `директор по маркетингу компании
        X`, `глава пресс-службы компании X` and `председатель профсоюза работников компании X`
        head a part of X or another body, not X. (`глава пресс-службы X`, its one noun not the
        kind of X, is not told apart.)"""
        title = casefold_name(title)
        for name in (self.entities[org].name, *self.entities[org].aliases):
            # each word of the name, inflected or not (`Альянса Свободы`, `компании Ветрола`)
            pattern = r"\s+".join(re.escape(w[:-1] if len(w) > 3 else w) + r"\w*"
                                  for w in casefold_name(name).split())
            at = next((m.start() for m in re.finditer(pattern, title)
                       if m.start() == 0 or not title[m.start() - 1].isalnum()), None)
            if at is None:
                continue
            words = title[:at].split()
            while words and _norm(words[0]) in _words("org_head"):
                if words.pop(0).endswith(("ый", "ий")) and words:
                    words.pop(0)  # (`генеральный секретарь X`: the noun of `генеральный`)
            if sum(not w.endswith(_ADJECTIVE_ENDINGS) for w in words) <= 1:
                return True
        return False

    def _below(self, head: Token) -> list[Token]:
        """The words that depend on head, at any depth, within its sentence."""
        seen, todo = {head.index}, [head.index]
        while todo:  # (a parse may loop: each word is visited once)
            for k in self.a.children(todo.pop()):
                if k.index not in seen:
                    seen.add(k.index)
                    todo.append(k.index)
        seen.discard(head.index)
        return [self.a.tokens[i] for i in sorted(seen)]

    def _of_country(self, key: str, country: str) -> bool:
        e = self.entities[key]
        if e.affiliation == country:
            return True
        c = self.entities[country]
        names = {casefold_name(n) for n in (c.name, *c.aliases)}
        # (one country under another of its names: `президент РФ` is the `президент России X`)
        names |= {m for n in list(names) for m in _same_country().get(n, ())}
        home = self.entities.get(e.affiliation) if e.affiliation else None
        if home is not None and home.kind in ("place", "country") \
                and {casefold_name(n) for n in (home.name, *home.aliases)} & names:
            return True
        if any(n in names for adj in self.nations.get(key, ()) for n in _countries().get(adj, ())):
            return True  # introduced with the country's adjective (`Американский посол X`)
        title = casefold_name(e.job_title or "")
        if e.kind == "organization":  # `Министерство иностранных дел Греции`
            title = " ".join(casefold_name(n) for n in (e.name, *e.aliases))
        return any(n[:-1] in title for n in names if len(n) > 3)

    def introduced(self, kind: str, words: frozenset[str] | set[str], last_sent: int) -> list[str]:
        """The entities of `kind` introduced with one of `words` (`агентство Reuters`,
        `служба X` for the words of `ведомство`) and named in sentence `last_sent` or before."""
        return [k for k, e in self.entities.items() if e.kind == kind and self.intro[k] & words
                and any(s <= last_sent for s in self.sents.get(k, ()))]

    def _seen_before(self, key: str, tok: Token) -> bool:
        return any(s <= tok.sent for s in self.sents.get(key, ()))

    def _in_view(self, key: str, tok: Token, back: int = _RECENT) -> bool:
        return any(tok.sent - back <= s <= tok.sent for s in self.sents.get(key, ()))

    def _topic(self, key: str, tok: Token) -> bool:
        """`key` is what the sentences just before `tok` are about though they do not name it:
        the subject pronoun of one of them stands for it (`Он уехал за границу … Но инженер вернулся и
        был задержан`)."""
        for s in range(max(tok.sent - _RECENT, 0), tok.sent + 1):
            for t in self._told(self.a.sentence_tokens(s)):
                if t.index >= tok.index:
                    break
                if t.rel in _SUBJECTS and t.pos == "PRON" and _norm(t.text) in _pronouns() \
                        and self.resolved(t) == key:
                    return True
        return False

    def resolved(self, t: Token) -> str | None:
        """The antecedent of a pronoun, each worked out once."""
        if t.index not in self._antecedents:
            self._antecedents[t.index] = None  # (a search that comes back here finds nothing)
            self._antecedents[t.index] = self.pronoun(t)
        return self._antecedents[t.index]

    # `resolved`, `own_subjects`, `nominative_before`, `untagged` and `narration` are public:
    # the protagonist fallback (kg.nlp.ru.in_view) asks them of the search, so that the two
    # never read a sentence differently.

    def narration(self, sent: int) -> list[Token]:
        """The words of sentence `sent` outside quote marks, a quote running over several
        sentences included (`_told`)."""
        return self._told(self.a.sentence_tokens(sent))

    def _one(self, cands: list[str], tok: Token) -> str | None:
        """The one candidate; or, of several, the one alone in view (this or the previous
        sentences); else None."""
        if len(cands) == 1:
            return cands[0]
        near = [k for k in cands
                if any(tok.sent - _RECENT <= s <= tok.sent for s in self.sents.get(k, ()))]
        return near[0] if len(near) == 1 else None

    # ---- a family for its person -----------------------------------------------------------
    def family_owner(self, head: Token) -> str | None:
        """The person a family noun (kg/data/ru/family_nouns.tsv) that is a subject stands for:
        `его семья переехала` → the antecedent of `его`; a bare `семья переехала` in a life
        story → the one person named before it in its sentence, else the one person in view in
        the sentences before, of whichever gender. A family with an adjective or an owner of its
        own (`королевская семья`, `семья Петровых`), a plural, a choice between two people, or a
        person named before it in the genitive of a noun (`после гибели X семья переехала`: X
        did not move) settles nothing."""
        if _norm(head.lemma) not in family_nouns() or head.rel != "nsubj" \
                or head.feats.get("Number") == "Plur" or head.index in self.by_token:
            return None
        kids = list(self.a.children(head.index))
        owners = [c for c in kids if c.rel == "det" and _norm(c.text) in _singular_possessives()]
        if any(c.rel not in ("det", "punct", "case") or (c.rel == "det" and c not in owners)
               for c in kids):
            return None
        if owners:
            return self.pronoun(owners[0])
        before = [t for t in self.a.sentence_tokens(head.sent)
                  if t.index < head.index and t.index in self.by_token]
        persons = {self.key_at(t) for t in before} & {
            k for k, e in self.entities.items() if e.kind == "person"}
        if any(self._noun_genitive(t) for t in before if self.key_at(t) in persons):
            return None  # `После гибели X семья переехала`: X is what the noun is about
        if persons:
            return persons.pop() if len(persons) == 1 else None
        if any(t.rel in _SUBJECTS for t in before):
            return None  # a body named as a subject first is what the sentence is about
        # the person the nearest sentence naming anyone is about: its one person, or the one
        # person among the subjects of its main clause (`X родился в семье актёра Y и режиссёра
        # Z. … семья переехала`: X); a place named in an oblique (`В США семья …`) says nothing
        for s in range(head.sent - 1, max(head.sent - _RECENT, 0) - 1, -1):
            told = self._told(self.a.sentence_tokens(s))
            if self.untagged(told):
                return None
            named = {self.key_at(t) for t in told if t.index in self.by_token}
            named = {k for k in named if k and self.entities[k].kind == "person"}
            if not named:
                continue
            if len(named) == 1:
                return named.pop()
            main = [t for t in told if t.rel in _SUBJECTS
                    and t.head is not None and self.a.tokens[t.head].rel == "root"]
            main += [c for t in main for c in self.a.children(t.index) if c.rel == "conj"]
            subjects = {self._subject_key(t) for t in main}
            subjects &= named
            return subjects.pop() if len(subjects) == 1 else None
        return None

    def _noun_genitive(self, t: Token) -> bool:
        """t is the top word of a name in the genitive under a common noun (`после гибели X`,
        `после ареста X`): what happened to X, not whose household moved."""
        if t.head is None or self.key_at(self.a.tokens[t.head]) == self.key_at(t):
            return False
        up = self.a.tokens[t.head]
        return t.rel.split(":")[0] == "nmod" and up.pos == "NOUN" \
            and t.feats.get("Case") == "Gen" and up.index not in self.by_token

    # ---- pronouns ------------------------------------------------------------------------
    def pronoun(self, tok: Token) -> str | None:
        """`он`, `она`, `его`, `по её словам`: the one person in view that agrees in gender —
        earlier in the sentence (never the subject of the pronoun's own clause: `Буш назначил
        его` is not Bush; of several, the last subject before it, else the first named), else in
        the nearest earlier sentence naming anyone (its pronoun subject's antecedent, its one
        agreeing person, or its main subject). A noun subject in the way (`Адвокат … признал,
        что, по его словам, …`) is the antecedent: its referent, or None. Plural pronouns (`они`,
        `их`) refer to a body only here: the organisation or country subject of the clause in view
        (the persons named together that they may stand for are kg.nlp.ru.reference_groups')."""
        form = _pronouns().get(_norm(tok.text))
        if form is None and _norm(tok.lemma) in ("он", "она"):
            form = _pronouns().get(_norm(tok.lemma))
        if form is None:
            return None
        gender, number = form
        if number == "Plur" or tok.feats.get("Number") == "Plur":
            return self._plural(tok)
        want = gender or "Masc"
        sent = self.a.sentence_tokens(tok.sent)
        told = self._told(sent)  # a name inside a quote before it is no antecedent
        here = [t for t in (told if tok in told else sent) if t.index < tok.index]
        blocker = self._noun_subject(here)
        if blocker is not None:
            return self._agreeing_person(self.noun(blocker), want)
        own = set() if tok.rel in _SUBJECTS else self.own_subjects(tok)
        keys = {t.index: self.key_at(t) for t in here if t.index in self.by_token}
        found = [k for k in self._agreeing(set(keys.values()), want) if k not in own]
        if found:
            if self.untagged(here):
                return None
            if len(found) == 1:
                return found[0]
            subjects = [self._subject_key(t) for t in here if t.rel == "nsubj"]
            subjects = [k for k in subjects if k in found]
            if subjects:  # `Хантсмен поступил …, а … назначил его`
                return subjects[-1]
            # no subject among them (a parse that hung the subject elsewhere): the first person of
            # the sentence, its topic (`После университета X поступил … при Y, а … назначил его`)
            return next(k for k in keys.values() if k in found)
        named = self._object_noun(here, want, own)
        if named is not None:
            return named
        return self._before(tok.sent, want, back_most=3)

    def _object_noun(self, here: list[Token], want: str, own: set[str]) -> str | None:
        """A person noun the pronoun's sentence names before it as the object of a verb, no name
        coming first (`Эти слова обидели певца, и он написал …`: the singer the noun refers back
        to, not the subject of the sentence before): the person it refers to when it is the one
        such noun of the pronoun's gender. A noun under another noun (`решение певца`) or in a
        clause's subject (`Певец сказал, что он …`, left to the noun subject rule) is none."""
        found: set[str] = set()
        for t in here:
            if t.pos != "NOUN" or t.index in self.by_token or t.feats.get("Animacy") != "Anim" \
                    or t.feats.get("Number") == "Plur" or t.rel not in ("obj", "iobj") \
                    or t.head is None or self.a.tokens[t.head].pos != "VERB":
                continue
            if any(self._rival_subject(c, want) for c in self.a.children(t.head)
                   if c.rel in _SUBJECTS):
                # `Затем он принял посла, и он заявил …`: a person subject of the object's verb
                # of the pronoun's gender and number is the topic the later pronoun goes on
                # with (`Они умоляли убийцу рассказать, где он …`: `они` is no rival)
                return None
            key = self._agreeing_person(self.noun(t), want)
            if key is None:
                return None  # a person noun the article does not settle: it may be the one
            found.add(key)
        found -= own
        return found.pop() if len(found) == 1 else None

    def demonstrative(self, tok: Token) -> str | None:
        """`тот` / `та` standing alone as a subject (`X встретился с Y. Тот ответил, …`): the
        last person of that gender named before it, in its sentence or the one before, who is
        not the subject of that clause (the demonstrative points past the topic to the other
        person). `тот, кто …`, `тот же`, `тот самый`, `тот или иной` and a `тот` on a noun
        (`тот день`) are not this pronoun."""
        word = _norm(tok.text)
        if word not in ("тот", "та") or tok.rel not in _SUBJECTS or tok.head is None:
            return None
        if any(c.pos != "PUNCT" for c in self.a.children(tok.index)):
            return None  # `тот, кто …`, `тот самый`, `та или иная`
        nxt = self.a.tokens[tok.index + 1] if tok.index + 1 < len(self.a.tokens) else None
        if nxt is not None and _norm(nxt.text) in ("же", "самый", "самая", "или", ","):
            return None
        verb = self.a.tokens[tok.head]
        if verb.pos not in ("VERB", "AUX"):
            return None
        want = "Fem" if word == "та" else "Masc"
        for s in (tok.sent, tok.sent - 1):
            if s < 0:
                return None
            told = [t for t in self._told(self.a.sentence_tokens(s))
                    if s < tok.sent or t.index < tok.index]
            if self.untagged(told):
                return None
            subjects = {self._topic_key(t) for t in told if t.rel in _SUBJECTS} - {None}
            named = [self.key_at(t) for t in told if t.index in self.by_token]
            persons = [k for k in named if k and self._agreeing({k}, want)]
            if not persons:
                if s < tok.sent:
                    return None
                continue
            others = [k for k in persons if k not in subjects]
            if not subjects or not others or len(set(others)) > 1 and self._joined(told, others):
                # (`встретился с X и Y. Тот …`: either of two joined names, unsure)
                return None  # no topic to point past, or no one else: `тот` is unsure
            last = max(t.index for t in told if t.index in self.by_token
                       and self.key_at(t) == others[-1])
            if any(t.index > last and t.pos == "NOUN" and t.index not in self.by_token
                   and t.feats.get("Animacy") == "Inan" and t.feats.get("Gender") == want
                   and t.feats.get("Number") == "Sing" and t.rel in ("obj", "nsubj", "nsubj:pass")
                   for t in told):
                # `получил от мэра X доклад. Тот указывает, …`: the thing named after him is
                # as near, and `тот` may be it
                return None
            return others[-1]
        return None

    def dropped(self, verb: Token) -> str | None:
        """The subject a finite verb leaves unsaid (`Родился в Лондоне.`, `После смерти брата
        взошёл на престол`): like `он`/`она` of the verb's gender, the subject of the clause it
        depends on when that one agrees, else the one person in view in the sentences before
        (a chain of sentences without a subject continues it). A plural or neuter verb, a
        present tense with no gender, or a clause whose own words could be the subject settle
        nothing."""
        want = past_gender(verb)
        if want is None or any(c.rel.split(":")[0] in ("nsubj", "csubj", "expl")
                               or (c.feats.get("Case") == "Nom"
                                   and c.pos in ("NOUN", "PROPN", "PRON"))
                               for c in self.a.children(verb.index)):
            return None
        v = verb
        for _ in range(6):  # the clause it depends on (`Он отсидел …, после чего был оправдан`)
            if v.head is None or v.head == v.index or v.rel == "root":
                break
            v = self.a.tokens[v.head]
            subj = [c for c in self.a.children(v.index) if c.rel in _SUBJECTS]
            if not subj:
                continue
            s = subj[0]
            if past_gender(v) != want and s.pos != "PROPN":
                return None  # `Когда прибыли санитары, … умер`: another subject is in view
            key = self.by_token.get(s.index)
            if key is None and s.pos == "PRON":
                key = self.pronoun(s)
            return self._agreeing_person(key, want)
        if self.nominative_before(verb):
            return None  # a subject the parse hung elsewhere (`полковник был задержан, а …`)
        return self._before(verb.sent, want, back_most=_BACK)

    def nominative_before(self, verb: Token) -> bool:
        """A nominative noun, name or pronoun in the verb's clause before it (since the last
        punctuation mark)."""
        clause: list[Token] = []
        for t in self.a.sentence_tokens(verb.sent):
            if t.index >= verb.index:
                break
            clause = [] if t.pos == "PUNCT" else clause + [t]
        return any(t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON")
                   for t in clause)

    def _dropped_once(self, verb: Token) -> str | None:
        """`dropped`, each verb worked out once (a chain of such sentences asks again). A chain
        longer than `_CHAIN` sentences settles nothing, and is not remembered as settled: the
        recursion stays bounded however long the article."""
        if verb.index not in self._antecedents:
            if self._hops >= _CHAIN:
                return None
            self._antecedents[verb.index] = None  # (a search that comes back here finds nothing)
            self._hops += 1
            try:
                self._antecedents[verb.index] = self.dropped(verb)
            finally:
                self._hops -= 1
        return self._antecedents[verb.index]

    def _before(self, sent: int, want: str, back_most: int) -> str | None:
        """The antecedent of a pronoun or dropped subject in the sentences before `sent`: the
        nearest that names a person or has a subject; a sentence with neither (`Родился в
        Лондоне.`) passes the search on."""
        back, seen = 0, 0
        while seen < back_most:
            back += 1
            if sent - back < 0:
                return None
            prev = self._told(self.a.sentence_tokens(sent - back))
            if not prev and back <= back_most + _QUOTED:
                continue  # a sentence of a quote (`«… Она открыта наполовину. …», — сказал он`)
            # a sentence that itself leaves the same subject unsaid continues the chain and does
            # not count (`… король X не признал… . В 1962 году совершил… . Пребывал… . Основал…`)
            seen += 0 if back <= _CHAIN and self._continues(prev, want) else 1
            if self.untagged(prev):
                return None
            named = {self.key_at(t) for t in prev if t.index in self.by_token}
            persons = {k for k in named if self.entities[k].kind == "person"}
            # one named only as a companion (`вместе с X участвовал`, `президент (с X)`) is not
            # what the sentence is about
            persons -= self._companions(prev)
            if persons and self._subjectless(prev, want):
                # `Был в шоке …, не пострадал благодаря X. Умер в 1993 году.`: a sentence that
                # itself leaves a subject of this gender unsaid and names people only in its
                # objects and obliques goes on with the chain (a link of it: not counted); those
                # people are not its topic
                seen -= 1 if back <= _CHAIN else 0
                continue
            # (`«…», — сказал он`: the verb after a quote hangs on the quote's root)
            main = [t for t in prev if t.rel in _SUBJECTS and _norm(t.text) in _pronouns()
                    and t.head is not None
                    and self.a.tokens[t.head].rel in ("root", "parataxis")]
            if main and _pronouns()[_norm(main[0].text)][1] == "Plur" and want in ("Masc", "Fem") \
                    and not persons:
                # `… жена X, Y. Они прожили вместе 70 лет. Она …`: a sentence told of a group by
                # `они` names no one and goes on with the people before; the singular pronoun
                # looks past it (the search still wants one person of its gender there)
                continue
            if main:  # `Он был задержан за покушение на Y. Он отсидел …`: the topic continues
                return self._agreeing_person(self.pronoun(main[0]), want)
            roots = [t for t in prev if t.rel == "root"]
            if persons and len(roots) == 1 and past_gender(roots[0]) == want \
                    and not names_a_subject(self.a.children(roots[0].index)) \
                    and not self.nominative_before(roots[0]) \
                    and not any(self._bare_name(t, prev) for t in prev):
                # (`После гибели мужа Мишель Дюран стала …`: a name in the form of a nominative,
                # whatever the parse hung it on, may be the subject)
                # `После смерти брата Y взошёл на престол. … свергнут`: a sentence whose main verb
                # leaves a subject of this gender unsaid goes on with its own antecedent, whoever
                # its other words name; if that is unsettled, so is this
                return self._dropped_once(roots[0])
            found = self._agreeing(persons, want)
            if len(found) == 1:
                return found[0]
            if found:
                subjects = {self.key_at(t) for t in prev if t.rel == "nsubj"
                            and t.head is not None and self.a.tokens[t.head].rel == "root"}
                subjects = [k for k in subjects if k in found]
                if not subjects:
                    # `Генеральный директор клуба X подтвердил …`: the name in apposition to the
                    # subject noun, when it is the sentence's first person and no other clause has
                    # one of them as subject (`X поступил …, а президент Y назначил его`: unsure)
                    every = {self._subject_key(t) for t in prev if t.rel == "nsubj"} & set(found)
                    first = next(self.key_at(t) for t in prev if t.index in self.by_token
                                 and self.key_at(t) in persons)
                    if every == {first}:
                        # (`Министр X и министр Y провели встречу. Он …`: either may be meant)
                        return None if self._paired_subject(prev, first, found) else first
                    # `X поступил на работу …, а когда ему было 35, Y назначил его послом. Он …`:
                    # the person the sentence opens with and its own pronouns go on to stand
                    # for is what it is about, whoever is the subject of its last clause
                    told = {self.resolved(t) for t in prev if t.pos == "PRON"
                            and _pronouns().get(_norm(t.text), (None, ""))[1] == "Sing"}
                    return first if told == {first} else None
                if len(subjects) == 1 and self._paired_subject(prev, subjects[0], found):
                    return None  # `X и Y провели встречу. Он заявил …`: either may be meant
                return subjects[0] if len(subjects) == 1 else None
            blocker = self._noun_subject(prev)
            if blocker is not None:
                return self._agreeing_person(self.noun(blocker), want)
            if persons or any(t.rel in _SUBJECTS and t.index in self.by_token for t in prev):
                return None  # someone else is in view, or a named body is the subject
            inner = self._inner_pronoun(prev, want)
            if inner is not None and self._one_in_view(sent - back, want):
                # `Болезнь привела к тому, что она …. Она …`: the topic goes on
                return self._agreeing_person(self.pronoun(inner), want)
            if any(t.rel in _SUBJECTS and t.feats.get("Case", "Nom") == "Nom"
                   and not self._predicate_noun(t) and not self._participle_subject(t)
                   for t in prev):
                return None  # a subject the article does not name (`санитары прибыли`)
            others = [t for t in prev if _pronouns().get(_norm(t.text), (None, ""))[1] == "Sing"
                      and t.feats.get("Number") != "Plur" and t.rel not in _SUBJECTS]
            if others:  # `Ему было 64 года.`: the person the sentence is about goes on
                return self._agreeing_person(self.pronoun(others[0]), want)
        return None

    def _heads_kind(self, key: str, kids: list[Token]) -> bool:
        """A title noun's genitive body word (`руководитель компании`, `тренер команды`) fits
        the person `key` unless `key`'s job title names a body of another kind by a common word
        (`председатель правительства X` for `председатель комитета`), or `key` was introduced
        as the holder of a place's office (`глава Курской области X`: a job title naming a
        place by name, the place `key` belongs to) and never with that word: such a person
        heads something else."""
        kinds = [anaphoric_rows()[_norm(c.lemma)][1] for c in kids
                 if c.rel.startswith("nmod") and c.pos == "NOUN" and c.feats.get("Case") == "Gen"
                 and c.index not in self.by_token and _norm(c.lemma) in anaphoric_rows()
                 and anaphoric_rows()[_norm(c.lemma)][0] == "organization"
                 and not any(x.rel == "case" for x in self.a.children(c.index))]
        e = self.entities[key]
        title = (e.job_title or "").split()
        rest, named = _title_owner(e.job_title or "")
        if kinds and rest and not named:
            # `председатель комитета` after `председатель правительства X`: a job title naming
            # its body by a common word must name this kind (`тренер сборной` for `тренер
            # команды`: a synonym of the row)
            words = [_norm(w) for w in rest]
            return all(any(w.startswith(x[:max(3, len(x) - 2)]) for w in words for x in row)
                       for row in kinds)
        if not kinds or len(title) < 2:
            return True
        owner = self.entities.get(e.affiliation) if e.affiliation else None
        if owner is None or owner.kind not in ("place", "country"):
            return True
        return all(self.intro[key] & words for words in kinds)

    def _paired_subject(self, prev: list[Token], key: str, found: list[str]) -> bool:
        """The subject naming `key` is joined (`conj`) to another subject naming one of `found`
        (`Министр X и министр Y провели встречу`): two of the pronoun's gender did it. The names
        may stand joined in apposition to a plural title (`Министры X и Y провели встречу`)."""
        for t in prev:
            if t.rel not in _SUBJECTS or self._subject_key(t) != key:
                continue
            heads = [t, *(c for c in self.a.children(t.index) if c.rel == "appos")]
            if any(c.rel == "conj" and self._subject_key(c) in found
                   and self._subject_key(c) != key
                   for h in heads for c in self.a.children(h.index)):
                return True
        return False

    def _inner_pronoun(self, tokens: list[Token], want: str) -> Token | None:
        """A sentence that names no one and whose only noun subjects are things no pronoun of
        this gender can stand for (`Жестокое избиение привело к тому, что она страдала …`: a
        neuter thing, no person; `Большинство биографов считают, что её …`): the singular
        pronoun of that gender that is the subject of one of its clauses, the person the sentence
        goes on about; a pronoun in another role (`считают, что её разлучили с семьёй`) when none
        is a subject. None when a noun subject is a person (`Там его встретили журналисты`: they
        are in view) or a singular thing of the pronoun's gender (`Компания заявила, что она …`)."""
        nouns = [t for t in tokens if t.pos not in ("PRON", "DET") and t.feats.get("Case", "Nom")
                 == "Nom" and (t.rel in _SUBJECTS or t.feats.get("Animacy") == "Anim")]
        if any(t.pos != "NOUN" or t.feats.get("Animacy") != "Inan" or (
                t.feats.get("Number") != "Plur" and t.feats.get("Gender") in (want, None))
               for t in nouns):  # (`полицейские`, a noun of an adjective, or a nominative person
            # the parse made an object, may be the subject)
            return None
        found = [t for t in tokens if t.pos in ("PRON", "DET")
                 and _pronouns().get(_norm(t.text)) == (want, "Sing")]
        subjects = [t for t in found if t.rel in _SUBJECTS]
        return (subjects or found or [None])[0]

    def _one_in_view(self, sent: int, want: str) -> bool:
        """Whether the nearest sentence before `sent` that names people names at most one of
        this gender. A pronoun of a sentence about a thing carries the topic on only then: after
        `Прокурор X потребовал арестовать Y. Расследование показало, что он …` its `он` is a
        guess between two men, and a guess carried one sentence further goes wrong twice."""
        for s in range(sent - 1, max(-1, sent - 1 - _CHAIN), -1):
            prev = self._told(self.a.sentence_tokens(s))
            # a name in brackets is another name of someone named (`X (урождённая Y) родилась`)
            depth, bracketed = 0, set()
            for t in prev:
                depth += (t.text == "(") - (t.text == ")")
                if depth > 0:
                    bracketed.add(t.index)
            persons = {k for t in prev if t.index in self.by_token and t.index not in bracketed
                       and self.entities[k := self.key_at(t)].kind == "person"}
            if persons:
                return len(self._agreeing(persons - self._companions(prev), want)) <= 1
        return True

    def _bare_name(self, t: Token, tokens: list[Token]) -> bool:
        """A person's mention whose words are all written as their lemma, with no preposition:
        a nominative, or a name that does not decline — either may be a subject."""
        key = self.key_at(t) if t.index in self.by_token else None
        if key is None or self.entities[key].kind != "person" or \
                (t.index - 1 >= 0 and self.by_token.get(t.index - 1) == key):
            return False
        words = [w for w in tokens if w.index >= t.index and self.by_token.get(w.index) == key]
        words = [w for n, w in enumerate(words) if w.index == t.index + n]
        return all(_norm(w.text) == _norm(w.lemma) for w in words) and not any(
            c.rel == "case" for w in words for c in self.a.children(w.index))

    def _companions(self, tokens: list[Token]) -> set[str]:
        """The persons a sentence names only in the instrumental after `с` (`вместе с X`, `с X`)
        or only inside brackets (`один из трёх таких игроков (другие — X, Y)`: an aside)."""
        other: set[str] = set()
        withs: set[str] = set()
        depth = 0
        for t in tokens:
            depth += (t.text == "(") - (t.text == ")")
            key = self.key_at(t) if t.index in self.by_token else None
            if key is None or (t.index - 1 >= 0 and self.by_token.get(t.index - 1) == key):
                continue  # (one mention, at its first word)
            if depth > 0 or t.feats.get("Case") == "Ins" and any(
                    c.rel == "case" and _norm(c.lemma) in ("с", "со")
                    for c in self.a.children(t.index)):
                withs.add(key)
            else:
                other.add(key)
        return withs - other

    def _subjectless(self, tokens: list[Token], want: str) -> bool:
        """A sentence with no subject of any clause and no name that could be one, whose finite
        verbs (or copulas) of a clause of their own leave a subject of the wanted gender unsaid:
        every person it names is an object or in an oblique."""
        if any(t.rel.split(":")[0] in ("nsubj", "csubj", "expl") for t in tokens) or \
                any(self._bare_name(t, tokens) for t in tokens):
            return False
        verbs = [t for t in tokens if t.rel in ("root", "conj", "parataxis", "cop")
                 and past_gender(t) is not None]
        return bool(verbs) and all(past_gender(t) == want for t in verbs)

    def _continues(self, tokens: list[Token], want: str) -> bool:
        """A sentence that names no one and whose main verb leaves a subject of the wanted gender
        unsaid (`Часто давал интервью.`): a link in a chain of such sentences."""
        roots = [t for t in tokens if t.rel == "root"]
        if len(roots) != 1 or past_gender(roots[0]) != want:
            return False
        if any(t.index in self.by_token and self.entities[self.key_at(t)].kind == "person"
               for t in tokens):
            return False
        return not names_a_subject(self.a.children(roots[0].index))

    @staticmethod
    def _rival_subject(c: Token, want: str) -> bool:
        """A subject that could be what a singular `он`/`она` of gender want goes on with: a
        singular personal pronoun of that gender or a singular animate noun not of the other."""
        form = _pronouns().get(_norm(c.text))
        if form is not None:
            return form[1] != "Plur" and form[0] in (None, want)
        return c.feats.get("Animacy") == "Anim" and c.feats.get("Number") != "Plur" \
            and c.feats.get("Gender", want) == want

    def _joined(self, told: list[Token], keys: list[str]) -> bool:
        """The last of keys is named in a phrase joined (`conj`) to another of them, or there
        are more than two of them."""
        if len(set(keys)) > 2:
            return True
        at = {t.index: self.key_at(t) for t in told if t.index in self.by_token}
        last = keys[-1]
        for t in told:
            if at.get(t.index) != last or t.head is None:
                continue
            up = self.a.tokens[t.head]
            pair = [up] if t.rel == "conj" else []
            pair += [c for c in self.a.children(t.index) if c.rel == "conj"]
            if any(at.get(x.index) in keys and at.get(x.index) != last for x in pair):
                return True
        return False

    def _topic_key(self, t: Token) -> str | None:
        """The entity a subject stands for: a name (or one in apposition to it), a pronoun's
        antecedent, or the one a person noun refers back to."""
        key = self.key_at(t)
        if key is not None:
            return key
        names = {self.by_token[c.index] for c in self.a.children(t.index)
                 if c.rel.split(":")[0] in ("appos", "flat") and c.index in self.by_token}
        if len(names) == 1:
            return names.pop()
        if t.pos == "PRON" and _norm(t.text) in _pronouns():
            return self.resolved(t)
        return self.noun(t) if t.pos == "NOUN" else None

    def _subject_key(self, t: Token) -> str | None:
        """The entity a subject names: its own, or the person in apposition to a subject noun in
        the same case (`Генеральный директор клуба Олег Ранцев подтвердил`)."""
        key = self.key_at(t)
        if key is not None or t.pos != "NOUN":
            return key
        names = {self.by_token[c.index] for c in self.a.children(t.index)
                 if c.rel == "appos" and c.index in self.by_token
                 and c.feats.get("Case", "Nom") == t.feats.get("Case", "Nom")
                 and self.entities[self.by_token[c.index]].kind == "person"}
        return names.pop() if len(names) == 1 else None

    def _told(self, tokens) -> list[Token]:
        """The narration of a sentence: its words outside quote marks, also when the quote runs
        over several sentences (`«Сроки сорваны… Она открыта лишь наполовину…», — сказал он`)."""
        if self._quote_spans is None:
            self._quote_spans = sorted((q.start, q.end) for q in find_quotes(self.a.text))
            self._quote_starts = [q[0] for q in self._quote_spans]
        out = []
        for t in _narration(tokens):
            i = bisect.bisect_right(self._quote_starts, t.start) - 1
            if i >= 0 and self._quote_spans[i][0] <= t.start and t.end <= self._quote_spans[i][1]:
                continue
            out.append(t)
        return out

    def own_subjects(self, tok: Token) -> set[str]:
        """The entities that are the subject of the clause a pronoun sits in: a non-reflexive
        pronoun never means them (`Буш назначил его`, `Буш уволил его помощника`: Russian says
        `своего` for the subject's own); a possessive on the subject itself (`его правительство
        готово`) excludes no one."""
        if tok.head is None or tok.head == tok.index:
            return set()
        v = self.a.tokens[tok.head]
        if tok.rel == "det":
            if v.rel in _SUBJECTS or v.head is None or v.head == v.index:
                return set()
            v = self.a.tokens[v.head]
        if v.pos not in ("VERB", "AUX"):
            return set()
        subjects = [c for c in self.a.children(v.index) if c.rel in _SUBJECTS]
        names = subjects + [n for c in subjects for n in self.a.children(c.index)
                            if n.rel.split(":")[0] in _NAMED]  # `президент Борис Ельцин`
        return {self.by_token[c.index] for c in names if c.index in self.by_token}

    def _agreeing(self, keys: set[str], want: str) -> list[str]:
        return sorted(k for k in keys if self.entities[k].kind == "person"
                      and self.gender.get(k, want) == want)

    def _agreeing_person(self, key: str | None, want: str) -> str | None:
        return key if key and self._agreeing({key}, want) else None

    def _noun_subject(self, tokens) -> Token | None:
        """A human common noun as the subject, active or passive, of a main clause (`Адвокат
        футболиста признал`, `бывший губернатор был приговорён`); a
        plural verb says the noun is plural whatever the parser tagged (`Коллеги X высказали`)."""
        for t in tokens:
            verb = self.a.tokens[t.head] if t.head is not None else t
            if self._predicate_noun(t):
                continue
            if t.rel in _SUBJECTS and t.pos == "NOUN" and t.index not in self.by_token \
                    and t.feats.get("Animacy") == "Anim" and t.feats.get("Number") != "Plur" \
                    and verb.feats.get("Number") != "Plur" \
                    and not any(c.index in self.by_token and c.rel.split(":")[0] in _NAMED
                                for c in self.a.children(t.index)):
                return t  # (`Пресс-секретарь Дмитрий Песков` is named: no noun in the way)
        return None

    def _participle_subject(self, t: Token) -> bool:
        """A subject the parse hung on a participle, which takes none: the head of a line of a
        life story with no verb of its own (`Один из трёх игроков, забивавших голы в двух
        финалах`), the person told of, not another one in view."""
        return t.head is not None and self.a.tokens[t.head].feats.get("VerbForm") == "Part" \
            and self.a.tokens[t.head].rel not in ("root", "parataxis") \
            and self.a.tokens[t.head].index > t.index

    def _predicate_noun(self, t: Token) -> bool:
        """A common noun the parse made a subject that is said of an unsaid one, as a life story
        lists what someone was: set off from its verb by a comma, with no verb of its own in its
        phrase (`воевал в батальоне, участник боёв за город`; `Соавтор и ведущий программ,
        снимался в сериалах`). (The noun of a sentence with no verb, `С 1991 года — президент
        фестиваля`, is its root, no subject, and never stopped the search.) A subject with a clause of its own between it and the verb (`Адвокат, который
        …, заявил`), or one set off from it by a parenthetical between commas (`вошёл, по данным
        полиции, мужчина`; `Мужчина, впрочем, уехал`), is none of these."""
        if t.rel not in _SUBJECTS or t.pos != "NOUN" or t.index in self.by_token:
            return False
        if t.head is None or t.head == t.index:
            # (a subject always hangs on a word; a broken parse says nothing — unless its
            # sentence has no verb at all: `С 1991 года — президент фестиваля` with the noun
            # left hanging as a subject is a line of a life story all the same; `Брат —
            # художник`, two nominatives, says who its own subject is)
            words = self.a.sentence_tokens(t.sent)
            return not any(w.pos in ("VERB", "AUX") for w in words) and not any(
                w.index != t.index and w.feats.get("Case") == "Nom"
                and (w.head is None or w.rel in ("root", *_SUBJECTS))
                and w.pos in ("NOUN", "PROPN", "PRON") for w in words)
        verb = self.a.tokens[t.head]
        if verb.pos not in ("VERB", "AUX"):
            return False
        span = sorted(i for i in subtree_indexes(self.a, t) if self.a.tokens[i].pos != "PUNCT")
        if any(self.a.tokens[i].pos in ("VERB", "AUX") for i in span):
            return False
        first, last = span[0], span[-1]
        while last + 1 < verb.index and self.a.tokens[last + 1].text in _CLOSING:
            last += 1  # (`Соавтор программы «Анимация», снимался`: the comma after its quote)
        if t.index > verb.index:
            # (the comma is the one after the verb's own words, not the end of a parenthetical
            # between them: `вошёл, по данным полиции, неизвестный мужчина` is a subject)
            return first > 0 and self.a.tokens[first - 1].text == "," and not any(
                self.a.tokens[i].text == "," for i in range(verb.index + 1, first - 1))
        # (one comma, right before the verb: `Мужчина, впрочем, уехал` sets off a parenthetical
        # word, and the noun is the subject)
        return last + 1 < verb.index and self.a.tokens[last + 1].text == "," \
            and not any(self.a.tokens[i].text == "," for i in range(last + 2, verb.index)) \
            and all(self.a.tokens[i].pos == "PUNCT" or self.a.tokens[i].head == verb.index
                    or self.a.tokens[i].rel in ("advmod", "aux", "aux:pass")
                    for i in range(last + 1, verb.index))

    def _plural(self, tok: Token) -> str | None:
        for back in range(0, 2):
            if tok.sent - back < 0:
                return None
            toks = [t for t in self.a.sentence_tokens(tok.sent - back)
                    if back or t.index < tok.index]
            subj = [t for t in toks if t.rel == "nsubj" and t.pos in ("NOUN", "PROPN")]
            if not subj:
                continue
            s = subj[0]
            key = self.by_token.get(s.index)
            if key is None:
                owners = [self.by_token[c.index] for c in self.a.children(s.index)
                          if c.rel.startswith("nmod") and c.index in self.by_token]
                if _norm(s.lemma) in _words("body") and len(owners) == 1:
                    key = owners[0]  # `власти Эквадора … по их словам`
            if key and self.entities[key].kind != "person":
                return key
            return None
        return None

    def untagged(self, tokens) -> bool:
        """A proper noun that no entity covers: a name the NER missed may be the antecedent."""
        return any(t.pos == "PROPN" and t.index not in self.by_token and t.text[:1].isupper()
                   and t.feats.get("Animacy") != "Inan"  # (not `орден Мужества`)
                   and len(t.text) > 2  # (nor a size or a grade, `размер Ss`, `класс A`)
                   and not (t.index == self.a.sentences[t.sent].first
                            and _norm(t.text).endswith(_PARTICIPLE_ENDINGS))
                   and not self._known_surname(t)
                   for t in tokens)  # (nor a participle opening the sentence, `Переизбранный`)

    def _known_surname(self, t: Token) -> bool:
        """A form of the surname of a person the article names (`холдинг Хантсменов` beside
        `Джон Хантсмен`): the family or that person, no one new."""
        word = casefold_name(t.text)
        return any(len(s) >= 4 and word.startswith(s) and word[len(s):] in _SURNAME_ENDINGS
                   for s in self.by_surname)


def _syncretic(t: Token, case: str) -> bool:
    """A feminine noun of the `-ь` declension in `-и` (`дочери`, `матери`) is genitive, dative
    and prepositional alike, whichever of them the tagger chose."""
    return case in ("Gen", "Dat", "Loc") and t.feats.get("Case") in ("Gen", "Dat", "Loc") and \
        t.feats.get("Gender") == "Fem" and _norm(t.lemma).endswith("ь") and \
        _norm(t.text).endswith("и")


def _narration(tokens: tuple[Token, ...] | list[Token]) -> list[Token]:
    """The tokens of a sentence outside «…» and „…“: the words a quote reports (`«Я мог умереть»,
    — сказал он`) name no antecedent and no subject of the narration."""
    out, depth = [], 0
    for t in tokens:
        if t.text in ("«", "„"):
            depth += 1
        elif t.text in ("»", "“") and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if depth == 0 else list(tokens)  # an unclosed mark: keep the sentence whole


def _held_title(title: str) -> str:
    """A job title without the word that says it is no longer held: `экс-президент перу`,
    `бывший президент перу` → `президент перу`."""
    title = _title_noun(title)[0]
    first, _, rest = title.partition(" ")
    return rest if rest and first in _words("former") else title


def _starts_with_word(title: str, word: str) -> bool:
    """`премьер-министр Японии` starts with `премьер`; `судья суда` does not start with `суд`.
    A short form and its full form are one title (`генеральный секретарь НАТО` starts with
    `генсек`, and `генсек ООН` with it; kg/data/ru/title_short_forms.tsv)."""
    forms = _short_forms()
    title = _full_title(title, forms)
    return any(title == w or title.startswith((w + " ", w + "-"))
               for w in (word, forms.get(word, word)))


def short_title(lemma: str) -> bool:
    """`генконсул`, `гендиректор`: the short form of a job title (title_short_forms.tsv), a
    title noun whether or not job_titles.txt lists it."""
    return _norm(lemma) in _short_forms()


@functools.cache
def _short_forms() -> dict[str, str]:
    """A job title's short form → the full form's words (`генсек` → `генеральный секретарь`)."""
    return {_norm(r[0]): _norm(r[1]) for r in table("title_short_forms") if len(r) >= 2}


def _full_title(title: str, forms: dict[str, str]) -> str:
    """A job title with its first word, if a short form, written in full (`генсек оон` →
    `генеральный секретарь оон`)."""
    first, _, rest = title.partition(" ")
    full = forms.get(first)
    return f"{full} {rest}".rstrip() if full else title


@functools.cache
def _genderless_endings() -> tuple[str, ...]:
    return tuple(sorted(word_list("genderless_surname_endings")))


def genderless(lemma: str) -> bool:
    """A surname that does not decline (`Тутберидзе`, `Рено`): its tagged gender is a guess. Given
    the lemma, since an inflected form (`Петрову`, `Петрове`) may end like an undeclined one."""
    return _norm(lemma).endswith(_genderless_endings())


def _title_key(word: str) -> str:
    """A title noun as titles are compared: `премьер-министр` as `премьер`, the short form news
    use for the same post."""
    word = _norm(word)
    return word[:-len("-министр")] if word.endswith("-министр") and word != "вице-премьер-министр" \
        else word


def _job_noun(job_title: str) -> str:
    """The title noun of a job title, past the words of a former holder (`бывший премьер
    Италии` → `премьер`, `экс-министр` → `министр`)."""
    words = job_title.split(" ")
    while len(words) > 1 and _norm(words[0]) in _words("former"):
        words = words[1:]
    return _title_noun(words[0])[0]


def _title_owner(job_title: str) -> tuple[list[str], bool]:
    """The words of a job title past its title noun, and whether they name the owner by name.
    The adjectives before the noun are not its office (`новый министр`, `самарский губернатор`:
    nothing past the noun), nor is an adjective before the owner's name (`мэр подмосковного
    Красногорска`, `директор петербургского Эрмитажа`: named by name, as `мэр Казани` is)."""
    words = job_title.split()
    i = 0
    while i < len(words) - 1 and adjective_lemma(words[i]):
        i += 1
    rest = words[i + 1:]
    j = 0
    while j < len(rest) - 1 and adjective_lemma(rest[j]) and not rest[j][:1].isupper():
        j += 1
    if rest and {"NOUN", "anim", "plur"} <= next(iter(dictionary_tags(rest[j])), frozenset()):
        # (`лидер либерал-демократов`, `капитан болельщиков`: a body told by its people, of no
        # kind the title could hold against another)
        return rest, True
    # (a name in quote marks, `президент «Лукойла»`, `директор завода «Уралмаш»`, is named by name)
    quoted = any(w[:1] in "«„“\"" for w in rest)
    return rest, bool(rest) and (quoted or rest[0][:1].isupper() or rest[j][:1].isupper())


def _title_noun(lemma: str) -> tuple[str, bool]:
    """A title noun without its `экс-` prefix, and whether the prefix said `former`."""
    word = _norm(lemma)
    for prefix in _words("former"):
        if word.startswith(prefix + "-") and len(word) > len(prefix) + 1:
            return word[len(prefix) + 1:], True
    return word, False
