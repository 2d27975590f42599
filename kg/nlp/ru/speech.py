"""Reported speech in Russian news → Statement records: who said what (quoted or paraphrased), to
whom, and which source the article cites for it.

A statement needs a speech verb (kg/data/ru/speech_verbs.tsv) or a cue phrase (`по словам X`,
kg/data/ru/speech_sources.tsv) and an attribution the text gives: a speaker found through the
syntax, a cited document's owner (`в заявлении Белого дома`) or an unnamed source. When a verb is
missing (text damaged where links were stripped) nothing is guessed: prefer no fact to a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.lexicon import table, word_list
from kg.records import Document, Entity, Span, Statement, TimeValue

# Quote marks: «…» and „…“ and “…” pair by their own marks; straight "…" pair in order of
# appearance. Quotes never cross a line break, so one unbalanced mark spoils one paragraph at most.
_QUOTE_RES = (re.compile(r"«([^«»\n]+)»"), re.compile(r"„([^„“\n]+)[“”]"),
              re.compile(r"“([^“”\n]+)”"), re.compile(r'"([^"\n]+)"'))
_DASHES = "-–—"
_DASH_BEFORE = re.compile(r"^[\s'’,]*[-–—]+\s*$")  # «…», — сказал X
_COLON_BEFORE = re.compile(r"^[^.!?\n]{0,250}:\s*['’]*$")  # сказал X: «…»
_PERSONAL = {"он", "она"}  # pronoun speakers resolved only when one person is in view


def _norm(word: str) -> str:
    return word.casefold().replace("ё", "е")


@dataclass(frozen=True)
class _Quote:
    start: int  # inner text, without marks
    end: int
    colon_paragraph: bool = False  # a paragraph introduced by "X сказал:" with no marks


@dataclass(frozen=True)
class _Verb:
    voice: str  # "active" or "impersonal"
    object_content: bool  # the direct object is what was said
    particle: str = ""  # the second word of a two-word verb (`дать понять`)


def _lexicons() -> tuple[dict[str, list[_Verb]], dict[str, str]]:
    verbs: dict[str, list[_Verb]] = {}
    for r in table("speech_verbs"):
        if len(r) < 2:
            continue
        first, _, rest = _norm(r[0]).partition(" ")
        verbs.setdefault(first, []).append(_Verb(r[1], len(r) > 2 and r[2] == "yes", rest))
    sources = {_norm(r[0]): r[1] for r in table("speech_sources") if len(r) >= 2}
    return verbs, sources


def find_quotes(text: str) -> list[_Quote]:
    """Every quoted stretch of `text`, innermost marks removed, in text order."""
    found: dict[tuple[int, int], _Quote] = {}
    for rx in _QUOTE_RES:
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            if any(q.start <= s and e <= q.end for q in found.values()):
                continue  # a quote inside a quote belongs to the outer one
            if text[s:e].strip():
                found[(s, e)] = _Quote(s, e)
    return sorted(found.values(), key=lambda q: q.start)


class _Finder:
    def __init__(self, a: Analysis, entities: tuple[Entity, ...]):
        self.a = a
        self.text = a.text
        self.verbs, self.sources = _lexicons()
        self.titles = word_list("job_titles")
        self.entities = {e.key: e for e in entities}
        self.by_token: dict[int, str] = {}
        for e in entities:
            for m in e.mentions:
                for t in self._tokens_in(m.start, m.end):
                    self.by_token.setdefault(t.index, e.key)
        self.quotes = find_quotes(self.text) + self._colon_paragraphs()
        self.used_quotes: set[tuple[int, int]] = set()

    # ---- small helpers -------------------------------------------------------------------
    def verb(self, t: Token) -> _Verb | None:
        """The speech-verb entry of token t, if it is one (two-word verbs need their partner)."""
        if t.pos not in ("VERB", "ADJ", "AUX"):
            return None
        for v in self.verbs.get(_norm(t.lemma), ()):
            if not v.particle:
                return v
            after = self.a.tokens[t.index + 1:t.index + 4]
            if any(_norm(n.lemma) == v.particle and n.sent == t.sent for n in after):
                return v
        return None

    def _tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.a.tokens if t.start < end and start < t.end]

    def subtree(self, i: int) -> list[Token]:
        """Token i and everything that depends on it, in text order."""
        sent = self.a.sentence_tokens(self.a.tokens[i].sent)
        keep = {i}
        changed = True
        while changed:
            changed = False
            for t in sent:
                if t.index not in keep and t.head in keep:
                    keep.add(t.index)
                    changed = True
        return [t for t in sent if t.index in keep]

    def children(self, i: int, *rels: str) -> list[Token]:
        return [t for t in self.a.children(i) if not rels or t.rel.split(":")[0] in rels]

    def kind(self, key: str | None) -> str | None:
        return self.entities[key].kind if key in self.entities else None

    def _colon_paragraphs(self) -> list[_Quote]:
        """`Об этом сообщил сам Трамп:` + line break + a paragraph of his words, without marks."""
        out = []
        for m in re.finditer(r":[ \t]*\n[ \t]*([^\n]+)", self.text):
            s, e = m.start(1), m.end(1)
            while e > s and self.text[e - 1].isspace():
                e -= 1
            if e - s >= 10 and not self.text[s] in "«\"„“":
                out.append(_Quote(s, e, colon_paragraph=True))
        return out

    # ---- who speaks --------------------------------------------------------------------
    def phrase_entity(self, head: Token) -> tuple[str | None, str | None]:
        """(speaker, anonymous label) of a noun phrase: a named entity, a title that settles one
        person, a body speaking for its owner (`власти Эквадора`), or an unnamed source."""
        tree = self.subtree(head.index)
        own = self.by_token.get(head.index)
        if own is not None:
            return own, None
        # `помощник президента Юрий Ушаков`: the name in apposition is the speaker, never a
        # person in the genitive (`представитель Путина` is not Putin)
        named = [self.by_token[t.index] for t in tree if t.index in self.by_token
                 and self.kind(self.by_token[t.index]) == "person" and self._appositive(t, head)]
        if named:
            return named[0], None
        owners = [self.by_token[t.index] for t in tree if t.index in self.by_token]
        role = self.sources.get(_norm(head.lemma)) or self.sources.get(_norm(head.text))
        if role == "collective" and owners:
            return owners[0], None
        if role == "person":
            return None, self._phrase_text(tree)
        if head.lemma in self.titles or (head.pos == "NOUN" and not owners):
            return self._by_title(head.lemma, owners), None
        if head.pos in ("PRON", "DET") and _norm(head.lemma) in _PERSONAL:
            return self._pronoun(head), None
        return None, None

    def _appositive(self, t: Token, head: Token) -> bool:
        """t hangs on head through names and appositions only."""
        while t.index != head.index:
            if t.rel not in ("appos", "flat:name", "flat", "nsubj") or t.head is None:
                return False
            t = self.a.tokens[t.head]
        return True

    def _phrase_text(self, tree: list[Token]) -> str:
        toks = [t for t in tree if t.pos != "PUNCT" or t.text in _DASHES]
        return re.sub(r"\s+", " ", self.text[toks[0].start:toks[-1].end]) if toks else ""

    def _by_title(self, lemma: str, owners: list[str]) -> str | None:
        """`заявил премьер`, `подчеркнул пресс-атташе`: the one person of the article whose job
        title starts that way, or whose name the same word stood before (and whose affiliation
        is the named country, if one is named)."""
        hits = set()
        for e in self.entities.values():
            if e.kind != "person" or (owners and e.affiliation not in owners):
                continue
            if e.job_title and _norm(e.job_title.split(" ")[0]).startswith(_norm(lemma)):
                hits.add(e.key)
                continue
            for m in e.mentions:
                first = self.a.token_at(m.start)
                if first is None or owners:
                    continue
                window = self.a.tokens[max(first.index - 4, 0):first.index]
                if any(_norm(t.lemma) == _norm(lemma) and t.sent == first.sent for t in window):
                    hits.add(e.key)
        return hits.pop() if len(hits) == 1 else None

    def _pronoun(self, tok: Token) -> str | None:
        """`он` / `его`: the one person in the same sentence before the pronoun; else the one
        person of the sentence before, or, when it names several, the subject of its main verb."""
        sent = tok.sent
        before = {self.by_token[t.index] for t in self.a.sentence_tokens(sent)
                  if t.index < tok.index and self.kind(self.by_token.get(t.index)) == "person"}
        if before:
            return before.pop() if len(before) == 1 else None
        for back in range(1, 4):  # the nearest earlier sentence that names anyone at all
            if sent - back < 0:
                return None
            prev = self.a.sentence_tokens(sent - back)
            before = {self.by_token[t.index] for t in prev
                      if self.kind(self.by_token.get(t.index)) == "person"}
            if len(before) == 1:
                return before.pop()
            if before:
                subjects = {self.by_token.get(t.index) for t in prev if t.rel == "nsubj"
                            and t.head is not None and self.a.tokens[t.head].rel == "root"}
                subjects = {k for k in subjects if self.kind(k) == "person"}
                return subjects.pop() if len(subjects) == 1 else None
            if any(t.index in self.by_token or t.pos == "PROPN" for t in prev):
                return None  # someone else is in view
        return None

    def speaker_of(self, verb: Token) -> tuple[str | None, str | None]:
        """The verb's subject as an entity; a converb or a second conjoined verb borrows the
        subject of the verb it hangs on (`не отвергли диалог, заявив…`)."""
        v = verb
        for _ in range(3):
            subj = self.children(v.index, "nsubj")
            if subj:
                found = self.phrase_entity(subj[0])
                if found == (None, None) and subj[0].index > verb.index and subj[0].pos != "PRON":
                    return self._apposed_after(subj[0])
                return found
            if v.rel.split(":")[0] in ("advcl", "conj", "xcomp") and v.head is not None:
                v = self.a.tokens[v.head]
                continue
            break
        # the parser missed the subject: a name in the nominative right after the verb
        # (`сообщил журналистам Игорь Волков`) is the speaker
        for t in self.a.sentence_tokens(verb.sent)[verb.index - self.a.sentences[verb.sent].first + 1:]:
            if t.pos == "PUNCT":
                break
            key = self.by_token.get(t.index)
            if key is not None and self.kind(key) == "person":
                return (key, None) if t.feats.get("Case") == "Nom" else (None, None)
        return None, None

    def _apposed_after(self, subj: Token) -> tuple[str | None, str | None]:
        """`пишет один из участников, отставной генерал Питер Цвак, …`: a subject that names no one,
        set off by commas from the name that says who it is (nominative, the next segment only)."""
        commas = 0
        for t in self.a.sentence_tokens(subj.sent):
            if t.index <= subj.index:
                continue
            if t.text == ",":
                commas += 1
                if commas > 1:
                    break
                continue
            if t.text in ".!?«»\"" or _norm(t.text) == "что":
                break
            if commas == 0:
                continue
            key = self.by_token.get(t.index)
            if key is not None and self.kind(key) == "person":  # `генерал США Питер Цвак`
                return (key, None) if t.feats.get("Case") == "Nom" else (None, None)
        return None, None

    def addressee_of(self, verb: Token) -> str | None:
        for t in self.a.children(verb.index):
            if t.rel == "iobj" or (t.rel == "obl" and t.feats.get("Case") == "Dat"
                                   and not self.children(t.index, "case")):
                key = self.by_token.get(t.index)
                if key and self.kind(key) in ("person", "organization", "country", "place"):
                    return key
        return None

    def cited_source(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        """(source, author): `в заявлении Белого дома` → the White House as the source; a document
        named without its owner (`в совместном заявлении`) → the author of the last same document
        the article mentioned (`Трамп и Путин сделали совместное заявление`), as the speaker."""
        for t in tokens:
            if self.sources.get(_norm(t.lemma)) != "document":
                continue
            owner = [self.by_token[c.index] for c in self.subtree(t.index)
                     if c.index in self.by_token and c.index != t.index]
            if owner:
                return owner[0], None
            return None, self._author(t)
        return None, None

    def _author(self, doc: Token) -> str | None:
        """The named subject of the nearest earlier `X сделал/опубликовал <document>`."""
        for t in reversed(self.a.tokens[:doc.index]):
            if _norm(t.lemma) != _norm(doc.lemma) or t.rel != "obj" or t.sent == doc.sent:
                continue
            subj = self.children(t.head, "nsubj")
            if subj and subj[0].index in self.by_token:
                return self.by_token[subj[0].index]
        return None

    def cue(self, sent_tokens: tuple[Token, ...]) -> tuple[str, Token, Token] | None:
        """`по словам X` / `по данным X`: (role, the cue noun, the last token of the phrase)."""
        for i, t in enumerate(sent_tokens[:-1]):
            if _norm(t.text) != "по":
                continue
            nxt = sent_tokens[i + 1]
            # `по его словам`: a possessive between the preposition and the noun
            noun = sent_tokens[i + 2] if nxt.pos in ("DET", "PRON") and i + 2 < len(sent_tokens) else nxt
            role = self.sources.get(f"по {_norm(noun.text)}")
            if role in ("cue_speaker", "cue_source"):
                return role, noun, nxt
        return None

    # ---- what was said -------------------------------------------------------------------
    def content_after(self, verb: Token) -> Span | None:
        """`заявил, что …` (also `о том, что`): the clause after `что`, to the end of the sentence."""
        sent = self.a.sentence_tokens(verb.sent)
        after = [t for t in sent if t.index > verb.index]
        for j, t in enumerate(after[:8]):
            if _norm(t.text) == "что" and ((j > 0 and after[j - 1].text == ",") or t.rel == "mark"):
                return self._trimmed(t.end, sent[-1].end)
            if self.verb(t) or t.text in ".!?":
                break
        return None

    def content_before(self, verb: Token) -> Span | None:
        """`Малайзия не хочет конфликтовать…, заявил премьер`: the words before `, verb` when the
        subject follows the verb (the inversion that marks reported speech)."""
        sent = self.a.sentence_tokens(verb.sent)
        pos = verb.index - sent[0].index
        if pos < 3 or sent[pos - 1].text != ",":
            return None
        if not any(c.index > verb.index for c in self.children(verb.index, "nsubj")):
            return None
        if any(q.end <= verb.start and _DASH_BEFORE.match(self.text[q.end:verb.start].lstrip("»\"“”"))
               for q in self.quotes):
            return None  # «…», — сказал X: the quote is what was said
        start = max(sent[0].start, self.text.rfind("\n", 0, verb.start) + 1)
        return self._trimmed(start, sent[pos - 1].start)

    def content_as(self, verb: Token) -> Span | None:
        """`Как пишет X, …`: the words after the comma that closes the `как` clause."""
        sent = self.a.sentence_tokens(verb.sent)
        before = [t for t in sent if t.index < verb.index]
        if not before or _norm(before[-1].text) != "как":
            return None
        # the clause ends at the comma after the speaker's name (`Как пишет …, генерал Питер Цвак, …`),
        # or at the first comma when no name follows the verb
        names = [t for t in sent if t.index > verb.index and self.kind(self.by_token.get(t.index)) == "person"]
        end = names[0].end if names else verb.end
        comma = next((t for t in sent if t.start >= end and t.text == ","), None)
        return self._trimmed(comma.end, sent[-1].end) if comma else None

    def content_infinitive(self, verb: Token) -> Span | None:
        """`советует воздерживаться от поездок`, `пообещав упростить кодекс`: the infinitive clause."""
        inf = [c for c in self.children(verb.index, "xcomp") if c.feats.get("VerbForm") == "Inf"
               and c.index > verb.index]
        if not inf:
            return None
        tree = self.subtree(inf[0].index)
        return self._trimmed(tree[0].start, tree[-1].end)

    def content_object(self, verb: Token) -> Span | None:
        """`подтвердило факт похищения`: the direct object is what was said."""
        obj = [c for c in self.children(verb.index, "obj") if c.pos == "NOUN"]
        if not obj:
            return None
        tree = [t for t in self.subtree(obj[0].index) if t.index > verb.index]
        if len(tree) < 2:
            return None
        return self._trimmed(tree[0].start, tree[-1].end)

    def _trimmed(self, start: int, end: int) -> Span | None:
        while start < end and (self.text[start].isspace() or self.text[start] in ",:"):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".,;:!?"):
            end -= 1
        return span(self.text, start, end) if end - start >= 3 else None

    def quote_for(self, verb: Token, content: Span | None) -> _Quote | None:
        """A quote this verb introduces: `«…», — сказал X`, `сказал X: «…»`, a colon paragraph, or
        a quote inside the verb's own clause (`назвал «серьёзнейшей ошибкой»`)."""
        sent = self.a.sentences[verb.sent]
        free = [q for q in self.quotes if (q.start, q.end) not in self.used_quotes]
        for q in free:  # «…», — сказал X (the quote may start sentences earlier)
            gap = self.text[q.end:verb.start]
            if q.end <= verb.start and _DASH_BEFORE.match(gap.lstrip("»\"“”")):
                return q
        for q in free:  # сказал X: «…» or сказал X:\n<paragraph>
            if q.start >= verb.end and _COLON_BEFORE.match(self.text[verb.end:q.start].rstrip("«\"„“ ")):
                return q
        # a quote inside the clause must look like words said, not a quoted name
        # (`«Большой двадцатки»`): it starts in lower case or runs to several words
        free = [q for q in free if q.colon_paragraph or self.text[q.start].islower()
                or len(self.text[q.start:q.end].split()) >= 4]
        if content is not None:
            inside = [q for q in free if content.start <= q.start and q.end <= content.end
                      and not q.colon_paragraph]
            if inside:
                return max(inside, key=lambda q: q.end - q.start)
        for q in free:  # the quote is the object of the verb, in the same sentence
            if verb.end <= q.start < sent.end and not q.colon_paragraph:
                between = self._tokens_in(verb.end, q.start)
                if not any(self.verb(t) or t.text in ".!?" for t in between):
                    return q
        return None


def find_statements(a: Analysis, entities: tuple[Entity, ...], document: Document | None = None,
                    times: tuple[TimeValue, ...] = ()) -> tuple[Statement, ...]:
    """The statements of one analysed article, keyed s1, s2, … in text order; a statement's time
    is the time expression of the speech verb's own clause (`заявил в понедельник`), if any."""
    f = _Finder(a, entities)
    found: list[dict] = []
    cue_sents: set[int] = set()
    for verb in a.tokens:
        entry = f.verb(verb)
        if entry is None:
            continue
        active = entry.voice == "active"
        speaker, anon = f.speaker_of(verb) if active else (None, None)
        source, author = f.cited_source(f.subtree(verb.index))
        if not active and author:
            speaker = author  # `X сделал заявление. В заявлении говорится…`: X speaks
        cue = f.cue(a.sentence_tokens(verb.sent))
        cue_attached = False
        if cue and (speaker or source):
            # `По словам представителей администрации, Байден сказал…`: the cue cites the source
            who, label = _cue_owner(f, cue[1])
            if label or (who and who != speaker):
                cue_attached = True
                anon = anon or label
                source = source or who
        if not (speaker or source or anon):
            continue  # nobody the text names said it: no statement
        content = (f.content_after(verb) or f.content_before(verb) or f.content_as(verb)
                   or f.content_infinitive(verb))
        quote = f.quote_for(verb, content)
        if quote is None and content is None and entry.object_content:
            content = f.content_object(verb)
        if quote is None and content is None:
            continue
        if quote is not None:
            f.used_quotes.add((quote.start, quote.end))
        if cue_attached:
            cue_sents.add(verb.sent)
        said = [x for x in (content, quote) if x is not None]
        found.append(dict(trigger=span(a.text, verb.start, verb.end), speaker=speaker,
                          quote=span(a.text, quote.start, quote.end) if quote else None,
                          content=content, addressee=f.addressee_of(verb), source=source,
                          anonymous_source=anon, time=_time_of(f, verb, times, said),
                          sentence=span(a.text, a.sentences[verb.sent].start, a.sentences[verb.sent].end)))
    found = _drop_wrappers(found)
    found += _cue_only(f, cue_sents)
    found += _introduced(f)
    found.sort(key=lambda d: d["trigger"].start)
    return tuple(Statement(key=f"s{i}", **d) for i, d in enumerate(found, 1))


def _cue_phrase(f: _Finder, noun: Token) -> list[Token]:
    """The words a cue noun governs: from after the noun to the next comma of the sentence
    (`по словам [не названных по именам представителей администрации США],`)."""
    out = []
    for t in f.a.sentence_tokens(noun.sent):
        if t.index <= noun.index:
            continue
        if t.text in ",.;:!?" or "\n" in f.text[out[-1].end if out else noun.end:t.start]:
            break
        out.append(t)
    return out


def _cue_owner(f: _Finder, noun: Token) -> tuple[str | None, str | None]:
    """(speaker or source entity, anonymous label) of `по словам X` / `по данным X`."""
    prev = f.a.tokens[noun.index - 1]
    if prev.pos in ("DET", "PRON") and _norm(prev.text) in ("его", "ее", "их"):
        return f._pronoun(prev), None  # `по его словам`
    phrase = _cue_phrase(f, noun)
    if not phrase:
        return None, None
    first = phrase[0]
    if first.index in f.by_token:  # `по словам Алексея Данилова`, `по данным МИД РФ`
        return f.by_token[first.index], None
    last = phrase[-1]
    if last.index in f.by_token and f.kind(f.by_token[last.index]) == "person":
        return f.by_token[last.index], None  # `по словам пресс-атташе посольства Сергея Маркова`
    if any(f.sources.get(_norm(t.lemma)) == "person" for t in phrase):
        return None, f._phrase_text(phrase)
    keys = {f.by_token[t.index] for t in phrase if t.index in f.by_token}
    if len(keys) == 1 and f.kind(next(iter(keys))) == "organization":
        return keys.pop(), None  # `по сообщению агентства Associated Press`
    return None, None


def _time_of(f: _Finder, verb: Token, times: tuple[TimeValue, ...], said: list) -> TimeValue | None:
    """A time expression attached to the verb itself, outside the words said."""
    for t in times:
        if not (t.begin or t.year or t.month or t.day or t.season):
            continue  # settles nothing
        if any(x.start <= t.span.start < x.end for x in said):
            continue
        toks = f._tokens_in(t.span.start, t.span.end)
        if any(x.head == verb.index or (x.head is not None and f.a.tokens[x.head].head == verb.index
                                       and f.a.tokens[x.head].rel == "obl") for x in toks):
            return t
    return None


def _introduced(f: _Finder) -> list[dict]:
    """`Хозяин плантации Джино Дескальси:` + line break + his words: a line that ends with a
    person's name and a colon introduces the next paragraph as that person's quote."""
    out = []
    for q in f.quotes:
        if not q.colon_paragraph or (q.start, q.end) in f.used_quotes:
            continue
        colon = f.text.rfind(":", 0, q.start)
        line_start = f.text.rfind("\n", 0, colon) + 1
        intro = [t for t in f.a.tokens if line_start <= t.start and t.end <= colon]
        if not intro or intro[-1].index not in f.by_token:
            continue
        key = f.by_token[intro[-1].index]
        if f.kind(key) != "person" or any(f.verb(t) for t in intro):
            continue
        sent = f.a.sentences[intro[-1].sent]
        out.append(dict(trigger=span(f.text, colon, colon + 1), speaker=key,
                        quote=span(f.text, q.start, q.end), content=None, addressee=None,
                        source=None, anonymous_source=None, sentence=span(f.text, sent.start, sent.end)))
    return out


def _drop_wrappers(found: list[dict]) -> list[dict]:
    """`В сообщении Кремля говорится, что Байден заявил, что …`: one statement, Biden's, cited from
    the Kremlin; the impersonal wrapper only passes its source on."""
    out = []
    for d in found:
        inner = [o for o in found if o is not d and d["content"] is not None and d["speaker"] is None
                 and d["content"].start <= o["trigger"].start < d["content"].end]
        if inner:
            for o in inner:
                o["source"] = o["source"] or d["source"]
                o["anonymous_source"] = o["anonymous_source"] or (d["anonymous_source"] if o["speaker"] is None else None)
            continue
        out.append(d)
    return out


def _cue_only(f: _Finder, taken: set[int]) -> list[dict]:
    """`По словам Алексея Данилова, Москва не может…`: the cue alone makes a statement."""
    out = []
    for s in f.a.sentences:
        if s.index in taken:
            continue
        toks = f.a.sentence_tokens(s.index)
        cue = f.cue(toks)
        if not cue:
            continue
        role, noun, _ = cue
        who, label = _cue_owner(f, noun)
        if not (who or label):
            continue
        phrase = _cue_phrase(f, noun)
        after = phrase[-1].end if phrase else noun.end
        comma = next((t for t in toks if t.start >= after and t.text == ","), None)
        if comma is None:
            continue
        content = f._trimmed(comma.end, s.end)
        if content is None:
            continue
        out.append(dict(trigger=span(f.text, noun.start, noun.end),
                        speaker=who if role == "cue_speaker" else None,
                        quote=None, content=content, addressee=None,
                        source=who if role == "cue_source" else None,
                        anonymous_source=label,
                        sentence=span(f.text, s.start, s.end)))
    return out
