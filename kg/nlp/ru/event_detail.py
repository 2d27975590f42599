"""The post of an appointment, election or resignation and the prize of an award, as a phrase in the
nominative: `назначен министром иностранных дел` → "министр иностранных дел" (kg:post),
`наградили орденом Ленина` → "орден Ленина" (kg:award). Where to look is the `detail` column of
kg/data/ru/triggers.tsv; see docs/events.md.
"""

from __future__ import annotations

from kg.nlp.ru.analysis import Token
from kg.nlp.ru.event_roles import Roles

_PHRASE_RELS = {"amod", "nmod", "flat", "flat:name", "flat:foreign", "nummod", "compound", "case"}
_WRAPPERS = {"пост", "должность"}  # "на пост министра": the post is the genitive
_GENDERS = {"Masc", "Fem", "Neut"}


class Detail(Roles):
    """Phrase helpers; the event extractor supplies the parse."""

    def detail(self, t: Token, host: Token | None, codes: tuple[str, ...]) -> str | None:
        """The first phrase a detail code finds on the trigger (or on its host verb)."""
        post = self.post(t, host, codes)
        return post[1] if post else None

    def post(self, t: Token, host: Token | None,
             codes: tuple[str, ...]) -> tuple[Token, str] | None:
        """The head word of the first phrase a detail code finds (`министром`, the genitive of
        `на пост министра`) and the phrase in the nominative: `detail`'s text, and the head whose
        genitives `post_bodies` and `post_places` read (found once for all three)."""
        for code in codes:
            for where in (t, host):
                if where is None:
                    continue
                for h in self.detail_heads(where, code):
                    if h.lemma in _WRAPPERS:
                        inner = [c for c in self.kids(h) if c.rel == "nmod"
                                 and self.case_of(c) == "Gen" and not self.has_preposition(c)]
                        h = inner[0] if inner else h
                    if h.index in self.ent_at and self.ent_at[h.index] in self.person:
                        continue  # a person is an actor, not a post
                    text = self.phrase(h)
                    if text:
                        return h, text
        return None

    def post_bodies(self, t: Token, head: Token) -> list[str]:
        """The organisations the post of an appointment, election or resignation belongs to, named
        in the phrase `detail` takes for the post (`head`, from `post`): `назначен генеральным
        секретарём УЕФА`, `переизбран председателем Госсовета`, `исключили из Гильдии
        продюсеров` (the phrase is the body itself). They take part in the event as its other
        participants."""
        return [k for k in self.post_keys(t, head) if self.entities[k].kind == "organization"]

    def post_places(self, t: Token, head: Token) -> list[str]:
        """The country, region or city whose post an appointment gives, named in the post's
        genitive (`head`, from `post`: `стал 43-м президентом США`, `стал мэром Харькова`,
        `назначен послом России в Японии`: Russia, not Japan, where the post is held): the state
        or city as the body of its post, an other participant as the organisations of
        `post_bodies` are. Not past another person's title (`назначен помощником
        премьер-министра России`: Russia is the premier's, not the assistant's), nor inside an
        organisation's name."""
        words = [w for w in self.post_words(head) if not self.held_by_another(head, w)]
        return list(dict.fromkeys(k for w in words for k in [self.ent_at.get(w.index)]
                                  if self.is_place(k) and self.same_line(w.index, t.index)))

    def held_by_another(self, head: Token, w: Token) -> bool:
        """Whether the place word `w` of a post's phrase belongs to another title in it (`помощником
        премьер-министра России`) or to an organisation's name above it (`аппарата Правительства
        Российской Федерации`: the government takes part, `post_bodies`), not to the post."""
        for a in [*self.between(head, w), head]:
            if a is not head and a.lemma in self.posts:
                return True
            k = self.ent_at.get(a.index)
            if a is not w and k is not None and self.entities[k].kind == "organization":
                return True
        return False

    def between(self, head: Token, w: Token) -> list[Token]:
        """The words from `w` up to `head` along the parse (`w` itself included)."""
        out = []
        while w is not None and w is not head and len(out) < 8:
            out.append(w)
            w = self.head(w)
        return out

    def post_keys(self, t: Token, head: Token) -> list[str]:
        """The entities named in the post's phrase (`head`, from `post`), in order."""
        return list(dict.fromkeys(self.ent_at[w.index] for w in self.post_words(head)
                                  if w.index in self.ent_at and self.same_line(w.index, t.index)))

    def holders_description(self) -> set[str]:
        """The bodies named in the title whose apposition is the person `post_holder` took as
        the object (`освободил от должности главы ведомства X`): the title describes that person,
        as `глава ведомства X` does as a subject, and its body is no other participant."""
        return {self.ent_at[w.index] for i in self.holder_titles
                for w in self.post_words(self.a.tokens[i]) if w.index in self.ent_at}

    def post_words(self, head: Token, depth: int = 3) -> list[Token]:
        """The post's head and the genitives and names that belong to it (`секретарь УЕФА`,
        `глава агентства «Россия сегодня»`, a name in Latin letters: `директор Alphabet`), not its
        prepositional phrases (`депутат думы от партии X`: the party is no body of the post)."""
        out = [head]
        for c in self.kids(head) if depth else ():
            if c.rel in ("appos", "flat", "flat:name", "flat:foreign") or (
                    c.rel == "nmod" and self.case_of(c) == "Gen" and not self.has_preposition(c)) \
                    or (c.rel == "nmod" and self.foreign_name(c)):
                out.extend(self.post_words(c, depth - 1))
        return out

    def foreign_name(self, t: Token) -> bool:
        """A name in Latin letters the parse gives no case and no preposition (`директором
        Alphabet`, `главой Microsoft`): it does not decline, so it stands as the genitive would."""
        return t.pos == "PROPN" and not self.case_of(t) and not self.has_preposition(t) and \
            t.text[:1].isascii() and t.text[:1].isalpha()

    def detail_heads(self, t: Token, code: str) -> list[Token]:
        kids = [c for c in self.kids(t) if self.same_line(c.index, t.index)
                and c.pos in ("NOUN", "PROPN")]
        if code == "pred":  # "назначен министром", "избран президентом": a bare instrumental
            # an inanimate one the parse took for the passive's agent is the thing given too
            # (`Награждён орденами «За заслуги …»`, `орденами` as `obl:agent`)
            return [c for c in kids if (c.rel in ("xcomp", "obl", "nmod") or (
                        c.rel == "obl:agent" and c.feats.get("Animacy") == "Inan"))
                    and c.feats.get("Case") == "Ins" and not self.has_preposition(c)]
        if code == "obj":
            return [c for c in kids if c.rel == "obj"]
        if code == "pass":
            return [c for c in kids if c.rel == "nsubj:pass"]
        if code == "gen":
            return [c for c in kids if c.rel in ("nmod", "iobj", "obl") and self.case_of(c) == "Gen"
                    and not self.has_preposition(c) and c.index > t.index]
        if code == "dat":
            return [c for c in kids if c.rel in ("iobj", "obl") and self.case_of(c) == "Dat"
                    and not self.has_preposition(c)]
        if code == "ins":
            return [c for c in kids if c.feats.get("Case") == "Ins" and not self.has_preposition(c)]
        if "+" in code:
            return [c for c in self.prep(t, code) if c.pos in ("NOUN", "PROPN")]
        return []

    def phrase(self, head: Token) -> str | None:
        """The noun phrase of `head` in the nominative: leading adjectives agreed with the head,
        the head's lemma, the genitive modifiers after it as written."""
        keep = {head.index}
        todo = [head]
        while todo:
            cur = todo.pop()
            for c in self.kids(cur):
                own_case = c.rel == "case" and cur is head  # "на посту": not part of the post
                if c.rel in _PHRASE_RELS and c.index not in keep and not own_case and \
                        self.same_line(c.index, head.index):
                    keep.add(c.index)
                    todo.append(c)
        lo, hi = min(keep), max(keep)
        if hi - lo > 8 or any(i not in keep for i in range(lo, hi + 1)):
            hi = head.index  # a phrase with holes: the head and what stands before it
            while hi + 1 in keep and hi - lo < 8:
                hi += 1
            lo = min(i for i in keep if i <= head.index)
            if any(i not in keep for i in range(lo, hi + 1)):
                lo = head.index
        words = []
        gender = head.feats.get("Gender")
        number = head.feats.get("Number", "Sing")
        for i in range(lo, hi + 1):
            w = self.a.tokens[i]
            if i < head.index and w.pos == "ADJ":
                word = _agree(w, gender, number)
                sentence_start = i == self.a.sentences[w.sent].first
                words.append(word[:1].upper() + word[1:] if w.text[:1].isupper()
                             and not sentence_start else word)
            elif i == head.index:
                words.append(w.lemma if not w.text[:1].isupper() or w.pos != "NOUN"
                             else w.text if w.pos == "PROPN" else w.lemma)
            else:
                words.append(w.text)
        text = " ".join(words).strip(" ,.;:«»\"")
        return text or None


def _agree(adj: Token, gender: str | None, number: str) -> str:
    """An adjective before the head in the nominative of the head's gender and number."""
    from kg.nlp.ru.models import inflected, word_parses

    grams = {"Nom", "Plur" if number == "Plur" else "Sing"}
    if number != "Plur" and gender in _GENDERS:
        grams.add(gender)
    for p in word_parses(adj.text.lower()):  # (cached: posts and prizes recur)
        if p.pos == "ADJ":
            form = inflected(p, grams)
            if form:
                return form.word
    return adj.lemma
