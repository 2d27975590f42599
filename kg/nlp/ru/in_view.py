"""Who an article keeps in view: its protagonist, for a pronoun the sentence-by-sentence search
of kg.nlp.ru.reference leaves unsettled.

`Reference.pronoun` looks for the antecedent of `он`/`она` in the nearest earlier sentence that
names anyone or has a subject, and gives up when that sentence's subject is a thing it cannot
name (`Состояние его здоровья ухудшалось. Ему стало плохо во время концерта`) or when nothing near
names a person (`Осенью он уехал в Сирию. В Судане его арестовали`). A news article about one
person goes on about that person across such sentences: here the pronoun is the article's
protagonist when the article settles who that is and no one else it could be came into view
since the protagonist was last named.

The protagonist of a gender is the person of that gender named in the most sentences, when that
is at least `_LEAD` sentences and at least twice as many as any other person of the gender, and
the article names them in its opening (`_OPENING` sentences: the headline and lead). The
pronoun is theirs only when, since their last mention (at most `_SINCE` sentences back), no other
person of the pronoun's gender (or of a gender not known) is named, no singular human noun that
is not theirs stands in the narration (`Полиция задержала мужчину. Его допросили` is about the
man) and no body, nor a thing of the pronoun's gender, is a subject (`Фильм вышел в прокат. Его
…`); never inside a quote (a speaker's `он` is the speaker's business), never the subject of
the pronoun's own clause, never where a name the NER missed may be the one meant. Used for event
participants only (kg.nlp.ru.event_roles): speakers keep the stricter search.

The same holds for a bare singular person noun the search leaves unsettled (`В 1990 году
мужчину задержали`, twenty-fifth round), when it is told before its verb as what the clause
is about and nothing beside it says someone else (`InView.description`).
"""

from __future__ import annotations

import functools

from kg.nlp.ru.analysis import Token, past_gender
from kg.nlp.ru.lexicon import norm, normed_words, word_list
from kg.nlp.ru.reference import (
    Reference,
    body_words,
    demonyms,
    family_nouns,
    former_words,
    indefinite_words,
    leader_words,
)

_LEAD = 3  # sentences a protagonist is named in, at least
_AHEAD = 2  # times as many sentences as any other person of the gender, at least
_OPENING = 3  # sentences of the headline and lead the protagonist is named in
_LONE = 2  # sentences the one person of a gender is named in, at least, for a description
_SINCE = 12  # sentences back the protagonist was last named, at most (a life story may go on
# that long with its subject unsaid: `Родился … Учился … Работал … Занял пост …`)
_SUBJECTS = ("nsubj", "nsubj:pass")


class InView:
    """The protagonist of an article, as a fallback antecedent of a pronoun."""

    def __init__(self, ref: Reference):
        self.ref = ref

    @functools.cached_property
    def protagonists(self) -> dict[str, str]:
        """Gender → the person the article is about, where one stands out."""
        by_gender: dict[str, list[tuple[int, str]]] = {}
        for key, e in self.ref.entities.items():
            if e.kind != "person":
                continue
            gender = self.ref.gender.get(key)
            n = len(self.ref.sents.get(key, ()))
            for g in ((gender,) if gender else ("Masc", "Fem")):
                by_gender.setdefault(g, []).append((n, key))
        out = {}
        for gender, counts in by_gender.items():
            counts.sort(reverse=True)
            n, key = counts[0]
            rival = counts[1][0] if len(counts) > 1 else 0
            if self.ref.gender.get(key) == gender and n >= _LEAD and n >= _AHEAD * rival \
                    and min(self.ref.sents[key]) < _OPENING:
                out[gender] = key
        return out

    @functools.cached_property
    def lone(self) -> dict[str, str]:
        """Gender → the one person of that gender the article names at all, named in its opening
        and in at least `_LONE` sentences: with no one of the gender to share the article, fewer
        mentions settle who it is about (a description's fallback only)."""
        out = dict(self.protagonists)
        for gender in ("Masc", "Fem"):
            people = [k for k, e in self.ref.entities.items() if e.kind == "person"
                      and self.ref.gender.get(k) in (gender, None)]
            if gender in out or len(people) != 1:
                continue
            key = people[0]
            sents = self.ref.sents.get(key, ())
            if self.ref.gender.get(key) == gender and len(sents) >= _LONE \
                    and min(sents) < _OPENING:
                out[gender] = key
        return out

    def pronoun(self, tok: Token) -> str | None:
        """The protagonist a singular `он`/`она` (any case, or the possessive `его`/`её`)
        stands for, when nothing else can be meant (above); else None."""
        word = norm(tok.text)
        if tok.feats.get("Number") == "Plur" or word in ("они", "их", "ими", "них", "ним"):
            return None
        lemma = norm(tok.lemma)
        if lemma == "она" or word in ("она", "её", "ее", "ей", "ею", "нее", "неё", "ней"):
            want = "Fem"
        elif lemma == "он" or word in ("он", "его", "ему", "им", "нём", "нем", "него", "нему"):
            want = "Masc"
        else:
            return None
        key = self.protagonists.get(want)
        if key is None or self._quoted(tok):
            return None
        last = max((s for s in self.ref.sents[key] if s <= tok.sent), default=None)
        if last is None or tok.sent - last > _SINCE:
            return None
        if tok.rel not in _SUBJECTS and key in self.ref.own_subjects(tok):
            return None  # `X назначил его`: not X
        # a thing the pronoun may stand for: a subject before it; an object too, unless the
        # pronoun is itself a subject (`Он записал новый альбом. Он …` goes on with the man)
        things = _SUBJECTS if tok.rel in _SUBJECTS else (*_SUBJECTS, "obj")
        for s in range(last, tok.sent + 1):
            told, after = self._told(s, key, last, tok)
            if self.ref.untagged(after) or self._rival(told, after, key, want, things):
                return None
        return key

    def dropped(self, verb: Token) -> str | None:
        """The protagonist a finite verb or short participle of their gender leaves unsaid
        (`Родился в Кигали. … Был свергнут в 1961 году`), when the reference search settles
        nothing and nothing else can be its subject: no subject or nominative in its clause or
        the clauses it depends on, and since the protagonist's last mention no one else (above)
        and no subject of that gender and number but theirs (`Фильм вышел в 2010 году. Получил
        премию` is the film's)."""
        want = past_gender(verb)
        key = self.protagonists.get(want) if want else None
        if key is None or self._quoted(verb) or self.ref.nominative_before(verb):
            return None
        v = verb
        for _ in range(6):
            if any(c.rel.split(":")[0] in ("nsubj", "csubj", "expl")
                   or (c.feats.get("Case") == "Nom" and c.pos in ("NOUN", "PROPN", "PRON")
                       and (c.index < v.index or self.ref.by_token.get(c.index) != key))
                   for c in self.ref.a.children(v.index)):
                # a subject of its own or of the clause it hangs on; a nominative after the
                # verb that the parse gave another role may be its subject too, unless it is the
                # protagonist's own name (`был госпитализирован бывший президент X`)
                return None
            if v.head is None or v.head == v.index:
                break
            v = self.ref.a.tokens[v.head]
        if any(t.index > verb.index and t.feats.get("Case") == "Nom"
               and t.feats.get("Animacy") == "Anim" and t.pos in ("NOUN", "PROPN")
               and self.ref.by_token.get(t.index) != key
               and not any(self.ref.by_token.get(c.index) == key
                           for c in self.ref.a.children(t.index))  # (`президент X`: X's title)
               for t in self.ref.narration(verb.sent)):
            return None  # `свергнут … его младший брат Y`, whatever the parse hung it on
        last = max((s for s in self.ref.sents[key] if s <= verb.sent), default=None)
        if last is None or verb.sent - last > _SINCE:
            return None
        for s in range(last, verb.sent + 1):
            told, after = self._told(s, key, last, verb)
            if self.ref.untagged(after) or self._rival(told, after, key, want) or any(
                    t.rel in _SUBJECTS and t.feats.get("Number") != "Plur"
                    and (t.feats.get("Gender") in (want, None) or t.pos == "PROPN")
                    and self._subject_key(t) != key for t in after):
                return None
        return key

    def description(self, head: Token) -> str | None:
        """The protagonist a bare singular person noun stands for when the reference search
        settles nothing (`Андрей Петров … В 2016 году 38-летний россиянин был арестован`):
        a news article goes on about its one person with words for what they are as well as
        with `он`. Only a noun told as what the clause is about, not as someone it brings in:
        a subject or object standing before its verb (Russian puts the known first; `Полиция
        задержала мужчину`, `умерла женщина` introduce someone), with no word of its own but
        adjectives (`один из`, `другой`, a genitive owner, a name, a relative or participle
        clause, a number all say someone else), of the protagonist's gender, a word for a man or
        woman or a nationality (kg/data/ru/plain_person_nouns.txt, demonyms.tsv: an occupation
        or a role, `охранник был ранен`, `убийца задержан`, mostly brings in another player of
        the story) and so no kin word, title (`президент`: whose, the text says) or body, and
        no nationality other than one the article gave them; the protagonist named in an
        earlier sentence and no one else in view since (as for a pronoun), no other person
        named in the noun's sentence nor the protagonist there already, and the noun's word not
        used before for someone else (`_someone_else`)."""
        want = head.feats.get("Gender")
        if head.pos != "NOUN" or head.feats.get("Animacy") != "Anim" \
                or want not in ("Masc", "Fem") or head.feats.get("Number") == "Plur" \
                or head.rel not in (*_SUBJECTS, "obj", "iobj") or head.index in self.ref.by_token:
            return None
        lemma = norm(head.lemma)
        if lemma in _not_described():
            return None
        key = self.lone.get(want)
        if lemma not in _plain_nouns() and lemma not in demonyms():
            return None  # `охранник был ранен`, `убийца задержан`: another player of the story
        verb = self.ref.a.tokens[head.head] if head.head is not None else None
        if key is None or verb is None or verb.index < head.index \
                or verb.pos not in ("VERB", "AUX") or self._quoted(head):
            return None
        if lemma in demonyms() and self.ref.nations.get(key) \
                and demonyms()[lemma][0] not in self.ref.nations[key]:
            return None  # `американский журналист X … Россиянин был задержан`: someone else
        for c in self.ref.a.children(head.index):
            if c.rel in ("case", "punct"):
                continue
            if c.rel != "amod" or c.pos != "ADJ" or norm(c.lemma) in indefinite_words() \
                    or norm(c.lemma) in former_words() or c.index > head.index:
                return None  # `другой участник`, `бывший министр`, `мужчина по имени …`
        last = max((s for s in self.ref.sents[key] if s < head.sent), default=None)
        if last is None or head.sent - last > _SINCE:
            return None
        if any(self.ref.by_token.get(t.index) not in (None, key)
               and self.ref.entities[self.ref.by_token[t.index]].kind == "person"
               for t in self.ref.a.sentence_tokens(head.sent)):
            return None  # someone else named beside the noun may be the one it describes
        if any(t.index != head.index and self._stands_for(t) == key
               for t in self.ref.a.sentence_tokens(head.sent)):
            return None  # `Обвинитель требовал для украинца …`: the protagonist is there already
        if any(t.index < head.index and norm(t.lemma) == lemma and t.pos == "NOUN"
               and self._someone_else(t, key) for t in self.ref.a.tokens):
            return None  # the word was said before of someone else
        for s in range(last, head.sent + 1):
            told, after = self._told(s, key, last, head)
            if self.ref.untagged(after) or self._rival(told, after, key, want, _SUBJECTS,
                                                       described=True):
                return None
        return key

    def _stands_for(self, t: Token) -> str | None:
        """Whom a word of the narration stands for: a name, a pronoun's or a noun's antecedent."""
        if t.index in self.ref.by_token:
            return self.ref.by_token[t.index]
        if t.pos == "PRON":
            return self.ref.resolved(t)
        return self.ref.noun(t) if t.pos == "NOUN" else None

    def _someone_else(self, t: Token, key: str) -> bool:
        """An earlier use of a description's word that is not the protagonist: one the reference
        search settles as another entity, the title of another name (`россиянин Олег Орлов`),
        one with a word saying someone else (`другой`, `один из`), or one brought in after its
        verb (`Полиция задержала мужчину. … Мужчина признался` is that man)."""
        other = self.ref.noun(t)
        if other is not None:
            return other != key
        if any(self.ref.by_token.get(c.index) not in (None, key)
               or norm(c.lemma) in indefinite_words() for c in self.ref.a.children(t.index)):
            return True
        return t.rel in (*_SUBJECTS, "obj") and t.head is not None and t.head < t.index

    def _told(self, s: int, key: str, last: int, tok: Token) -> tuple[list[Token], list[Token]]:
        """The narration of sentence `s` up to `tok`: all of it, and the part after the
        protagonist's last mention (in the sentence of that mention, a name before it in an
        oblique is someone the protagonist's mention came after, `После смерти брата Y взошёл
        на престол с именем X`; an unnamed human noun anywhere in it is someone new the text may
        go on with: `разговор между X и неким мужчиной, датированный днём инцидента со
        Стросс-Каном. … Он был арестован` is the man's)."""
        told = [t for t in self.ref.narration(s) if s < tok.sent or t.index < tok.index]
        if s != last:
            return told, told
        at = max(t.index for t in self.ref.a.sentence_tokens(s)
                 if self.ref.by_token.get(t.index) == key)
        return told, [t for t in told if t.index > at]

    def _subject_key(self, t: Token) -> str | None:
        """Whom a subject stands for: its name's entity (an animate surname the NER took for a
        place is the person, `key_at`), a pronoun's or a noun's antecedent."""
        if t.index in self.ref.by_token:
            return self.ref.key_at(t)
        if t.pos == "PRON":
            return self.ref.resolved(t)
        return self.ref.noun(t) if t.pos == "NOUN" else None

    def _rival(self, told: list[Token], after: list[Token], key: str, want: str,
               things: tuple[str, ...] = (), described: bool = False) -> bool:
        """Someone else a pronoun of gender `want` may stand for: another person named, of that
        gender or of one not known (in `after`; before the protagonist's last mention in its
        sentence too when a subject or object: `_core`); a body or a thing of that gender as a
        subject or object (in `after`, in the roles `things`; an unsaid subject has its own
        test); or a singular human noun (in `told`, in any role) that the reference search does
        not settle as theirs and that is not the title of a name (`музыкант Иван Сидоров`,
        `брата Мутары`) nor said of a subject (`стал монахом`); a masculine noun names women
        too. For a description (`described`), a human noun that is itself a description of the
        protagonist (`description`) is no one new."""
        inside = {t.index for t in after}
        for t in told:
            other = self.ref.key_at(t) if t.index in self.ref.by_token else None
            if other is not None and other != key and self.ref.entities[other].kind == "person" \
                    and self.ref.gender.get(other) in (want, None) \
                    and (t.index in inside or self._core(t)):
                return True
            if t.index in inside and t.rel in things and t.feats.get("Number") != "Plur" and (
                    (other is not None and self.ref.entities[other].kind != "person")
                    or (other is None and t.pos == "NOUN" and t.feats.get("Animacy") == "Inan"
                        and t.feats.get("Gender") == want)):
                # `Компания X выпустила альбом. Его …`, `Фильм вышел в прокат. Его …`: a thing
                # or a body the pronoun may stand for (a neuter state or event, `здоровье
                # ухудшалось`, is not what a person's pronoun goes on with)
                return True
        for t in told:
            if t.index in self.ref.by_token or t.pos != "NOUN" or t.rel == "xcomp" \
                    or t.feats.get("Animacy") != "Anim" or t.feats.get("Number") == "Plur" \
                    or (want == "Masc" and t.feats.get("Gender") == "Fem"):
                continue
            if any(c.index in self.ref.by_token for c in self.ref.a.children(t.index)) \
                    or (t.head is not None and self.ref.by_token.get(t.head) == key):
                continue  # the title of a name (`брата Мутары`), which the names above settle
            if self.ref.noun(t) != key and not (described and self.description(t) == key):
                # (for a description, an earlier one of the protagonist is no one new)
                return True
        return False

    def _core(self, t: Token) -> bool:
        """A word of a name that is, or stands in apposition to, a subject or object: the name
        of someone the sentence is about, wherever the protagonist comes in it (`X — приятель
        Y — выпущен под залог. Его подозревают …` is X's)."""
        up = self.ref.a.tokens[t.head] if t.head is not None and t.head != t.index else None
        for w in (t, up):
            if w is None:
                continue
            if w.rel in (*_SUBJECTS, "obj", "iobj"):
                return True
            if w.rel.split(":")[0] not in ("flat", "appos"):
                return False
        return False

    def _quoted(self, tok: Token) -> bool:
        """Whether a word stands inside a quote: a speaker's `он` is the speaker's business."""
        return tok not in self.ref.narration(tok.sent)


@functools.cache
def _not_described() -> frozenset[str]:
    """Person nouns that never stand for the protagonist by themselves: kin and household words
    (whose relative is another person), titles many hold and the leader words (whose office
    the text must name), and bodies."""
    return frozenset(norm(w) for w in (*word_list("kinship_nouns"), *word_list("job_titles"))) \
        | frozenset(family_nouns()) | leader_words() | body_words()


@functools.cache
def _plain_nouns() -> frozenset[str]:
    """Person nouns that say only sex or age (kg/data/ru/plain_person_nouns.txt): a description
    the article need not have said of its person before."""
    return normed_words("plain_person_nouns")
