"""Reference resolution: the entity of the article a pronoun, a title, a description or an
anaphoric noun stands for (`он`, `президент`, `сербский президент`, `агентство`, `греческое
правительство`), or None when the article does not settle it — never a guess.

Evidence, in order: the words an entity was introduced with (`агентство Reuters`, `драматург
Рустам Ибрагимбеков`, `Министерство обороны`, its job title), a country adjective
(kg/data/ru/country_adjectives.tsv), gender and number agreement from the morphology, and recency
(a candidate is taken only when it is the one in view). The nouns that may refer back and the
names their antecedents carry are data: kg/data/ru/anaphoric_nouns.tsv.
"""

from __future__ import annotations

import bisect
import functools

from kg.nlp.base import casefold_name
from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.lexicon import table, word_list
from kg.records import Entity

_WINDOW = 4  # words before a name that introduce it (`глава МИД Греции Никос Дендиас`)
_RECENT = 2  # sentences back in which a candidate counts as in view
_NOT_DEFINITE = {"один", "другой", "некоторый", "некий", "какой-то", "многие", "многий", "ряд",
                 "несколько", "каждый", "любой", "такой", "иной"}
_BODIES = {"правительство", "власть", "власти", "руководство", "мид", "министерство", "ведомство",
           "парламент", "кабмин", "кабинет", "администрация", "посольство", "полиция",
           "армия", "военные", "силовик", "спецслужба", "прокуратура", "суд"}
_NAMED = ("appos", "flat", "conj")  # a name in apposition, not an owner (`адвокат X`)
_PERSONAL = {"он": None, "она": "Fem"}  # lemma → gender it demands (он: masculine or neuter)


def _norm(word: str) -> str:
    return word.casefold().replace("ё", "е")


@functools.cache
def _anaphoric() -> dict[str, tuple[str, frozenset[str]]]:
    """noun → (kind of entity, lemmas its antecedent is introduced with)."""
    return {_norm(r[0]): (r[1], frozenset(_norm(w) for w in r[2].split()) | {_norm(r[0])})
            for r in table("anaphoric_nouns") if len(r) >= 3}


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """country adjective lemma → the names of the country."""
    return {_norm(r[0]): tuple(casefold_name(n) for n in r[1].split("|"))
            for r in table("country_adjectives") if len(r) >= 2}


class Reference:
    """Resolves mentions of one analysed article to the keys of its entities."""

    def __init__(self, a: Analysis, entities: tuple[Entity, ...], by_token: dict[int, str]):
        self.a = a
        self.entities = {e.key: e for e in entities}
        self.by_token = by_token
        self.titles = {_norm(w) for w in word_list("job_titles")}
        self.sents: dict[str, set[int]] = {}
        for i, key in by_token.items():
            s = a.tokens[i].sent
            self.sents.setdefault(key, set()).add(s)
        self.starts = [t.start for t in a.tokens]
        # nouns that introduce a name (`агентство Reuters`, `ФК «Спартак»`)
        self.introducers = frozenset(w for _, words in _anaphoric().values() for w in words)
        self.intro: dict[str, set[str]] = {k: set() for k in self.entities}
        self.gender: dict[str, str | None] = {}
        for e in entities:
            self._introductions(e)

    # ---- what we know of each entity -----------------------------------------------------
    def _introductions(self, e: Entity) -> None:
        """The lemmas e is named with, and (for a person) its grammatical gender."""
        words = self.intro[e.key]
        if e.job_title:
            words.add(_norm(e.job_title.split(" ")[0]))
        genders: list[str] = []
        for m in e.mentions:
            i = bisect.bisect_right(self.starts, m.start) - 1
            toks = [t for t in self.a.tokens[max(i, 0):i + 12] if t.start < m.end and m.start < t.end]
            if not toks:
                continue
            inside = {t.index for t in toks}
            for t in toks:
                if t.pos == "NOUN":
                    words.add(_norm(t.lemma))  # `Министерство обороны`, `Гильдия продюсеров`
                if t.pos == "PROPN" and t.feats.get("Gender") in ("Masc", "Fem"):
                    genders.append(t.feats["Gender"])
            first = toks[0]
            words |= self.words_before(first)  # `агентство Reuters`, `драматург Рустам …`
            for t in self.a.sentence_tokens(first.sent):  # `U2, ирландская группа,`
                if t.rel == "appos" and t.head in inside and t.pos == "NOUN":
                    words.add(_norm(t.lemma))
                if t.index in inside and t.rel == "appos" and t.head is not None \
                        and t.head not in inside and self.a.tokens[t.head].pos == "NOUN":
                    words.add(_norm(self.a.tokens[t.head].lemma))  # `драматург, Рустам …`
        if e.kind == "person" and genders:
            self.gender[e.key] = max(set(genders), key=genders.count)

    def words_before(self, first: Token) -> set[str]:
        """The nouns just before a name that introduce it (`агентство Reuters`, `премьер Малайзии
        X`), up to four words, stopping at punctuation, a verb or a preposition (`СМИ сообщали о смерти
        X`: the subject of a clause introduces no one)."""
        out = set()
        for t in reversed(self.a.tokens[max(first.index - _WINDOW, 0):first.index]):
            if t.sent != first.sent or t.text in ",.;:!?()" \
                    or t.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
                break
            if t.pos == "NOUN" and t.index not in self.by_token:  # (`премьер Малайзии X`)
                out.add(_norm(t.lemma))
        return out

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

    # ---- nouns ---------------------------------------------------------------------------
    def noun(self, head: Token) -> str | None:
        """The entity a common noun phrase refers back to: `агентство`, `ведомство`, `сербский
        президент`, `спортсменка`, `греческое правительство` (the country it speaks for)."""
        if head.pos != "NOUN" or head.index in self.by_token:
            return None
        kids = [t for t in self.a.children(head.index)]
        if any(_norm(t.lemma) in _NOT_DEFINITE for t in kids):
            return None  # `один из представителей`, `другой источник`: not someone named
        if any(t.index in self.by_token and (t.rel.startswith("nmod") or (
                t.feats.get("Case") == "Gen" and head.feats.get("Case") != "Gen"))
               for t in self._below(head)):
            return None  # `представитель Путина`, `адвокат певца X`: an owner, not the referent
        lemma = _norm(head.lemma)
        country = next((c for c in (self._country(t) for t in kids if t.rel == "amod"
                                    and t.pos == "ADJ") if c), None)
        if lemma in _BODIES:
            return country  # `греческое правительство` speaks for Greece; alone it is unsettled
        kind, words = _anaphoric().get(lemma, (None, frozenset({lemma})))
        person = kind is None and head.feats.get("Animacy") == "Anim"
        if kind is None and not person:
            return None
        if head.feats.get("Number") == "Plur":
            return None  # `представители`, `эксперты`: not one entity
        cands = [k for k, e in self.entities.items()
                 if (e.kind == kind or (person and e.kind == "person")) and self.intro[k] & words
                 and self._seen_before(k, head)]
        if person and country:
            cands = [k for k in cands if self._of_country(k, country)]
        found = self._one(cands, head)
        if found is None and person and not cands and head.feats.get("Gender") == "Fem" \
                and not country:
            # `спортсменка`, `актриса`: a feminine noun names a woman; the one of the article
            women = [k for k, e in self.entities.items() if e.kind == "person"
                     and self.gender.get(k) == "Fem" and self._seen_before(k, head)]
            found = women[0] if len(women) == 1 else None
        return found

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
        title = casefold_name(e.job_title or "")
        return any(casefold_name(n)[:-1] in title for n in (c.name, *c.aliases) if len(n) > 3)

    def _seen_before(self, key: str, tok: Token) -> bool:
        return any(s <= tok.sent for s in self.sents.get(key, ()))

    def _one(self, cands: list[str], tok: Token) -> str | None:
        """The one candidate; or, of several, the one alone in view (this or the previous
        sentences); else None."""
        if len(cands) == 1:
            return cands[0]
        near = [k for k in cands
                if any(tok.sent - _RECENT <= s <= tok.sent for s in self.sents.get(k, ()))]
        return near[0] if len(near) == 1 else None

    # ---- pronouns ------------------------------------------------------------------------
    def pronoun(self, tok: Token) -> str | None:
        """`он`, `она`, `его`, `по её словам`: the one person in view that agrees in gender —
        earlier in the sentence, else in the nearest earlier sentence naming anyone (its main
        subject when it names several). A noun subject in the way (`Адвокат … признал, что, по
        его словам, …`) is the antecedent: its referent, or None. Plural pronouns (`они`, `их`)
        refer to a body only: the organisation or country subject of the clause in view."""
        lemma = _norm(tok.lemma)
        plural = tok.feats.get("Number") == "Plur" or lemma == "они" or _norm(tok.text) == "их"
        if plural:
            return self._plural(tok)
        if lemma not in _PERSONAL and _norm(tok.text) not in ("его", "ее", "ему", "ей", "им", "ним",
                                                               "ней", "нее", "нем"):
            return None
        want = "Fem" if _norm(tok.text) in ("она", "ее", "ей", "ней", "нее") else "Masc"
        here = [t for t in self.a.sentence_tokens(tok.sent) if t.index < tok.index]
        blocker = self._noun_subject(here)
        if blocker is not None:
            return self._agreeing_person(self.noun(blocker), want)
        found = self._agreeing({self.by_token[t.index] for t in here if t.index in self.by_token},
                               want)
        if found:
            return found[0] if len(found) == 1 and not self._untagged(here) else None
        for back in range(1, 4):  # the nearest earlier sentence that names anyone at all
            if tok.sent - back < 0:
                return None
            prev = self.a.sentence_tokens(tok.sent - back)
            if self._untagged(prev):
                return None
            named = {self.by_token[t.index] for t in prev if t.index in self.by_token}
            found = self._agreeing(named, want)
            if len(found) == 1:
                return found[0]
            if found:
                subjects = {self.by_token.get(t.index) for t in prev if t.rel == "nsubj"
                            and t.head is not None and self.a.tokens[t.head].rel == "root"}
                subjects = [k for k in subjects if k in found]
                return subjects[0] if len(subjects) == 1 else None
            blocker = self._noun_subject(prev)
            if blocker is not None:
                return self._agreeing_person(self.noun(blocker), want)
            if named:
                return None  # someone else is in view
        return None

    def _agreeing(self, keys: set[str], want: str) -> list[str]:
        return sorted(k for k in keys if self.entities[k].kind == "person"
                      and self.gender.get(k, want) == want)

    def _agreeing_person(self, key: str | None, want: str) -> str | None:
        return key if key and self._agreeing({key}, want) else None

    def _noun_subject(self, tokens) -> Token | None:
        """A human common noun as the subject of a main clause (`Адвокат футболиста признал`)."""
        for t in tokens:
            if t.rel == "nsubj" and t.pos == "NOUN" and t.index not in self.by_token \
                    and t.feats.get("Animacy") == "Anim" and t.feats.get("Number") != "Plur" \
                    and not any(c.index in self.by_token and c.rel.split(":")[0] in _NAMED
                                for c in self.a.children(t.index)):
                return t  # (`Пресс-секретарь Дмитрий Песков` is named: no noun in the way)
        return None

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
                if _norm(s.lemma) in _BODIES and len(owners) == 1:
                    key = owners[0]  # `власти Эквадора … по их словам`
            if key and self.entities[key].kind != "person":
                return key
            return None
        return None

    def _untagged(self, tokens) -> bool:
        """A proper noun that no entity covers: a name the NER missed may be the antecedent."""
        return any(t.pos == "PROPN" and t.index not in self.by_token and t.text[:1].isupper()
                   for t in tokens)
