"""The clause-level reading behind reported speech: speech verbs, quotes, and for one verb who
speaks (subject, title, pronoun, apposition), to whom, what was said (a `что` clause, the words
before an inverted verb, an object, an infinitive, a quote) and which document or cue names the
source. kg.nlp.ru.speech assembles these into Statement records.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis, Token
from kg.nlp.ru.lexicon import norm, normed_words, possessives, rule_words, table, word_list
from kg.nlp.ru.name_types import country_names, deputy_title, indeclinable
from kg.nlp.ru.person_nouns import common_noun
from kg.nlp.ru.quotes import (
    Quote,
    broken_quotes,
    colon_paragraphs,
    dash_lines,
    find_quotes,
    interruptions,
    paragraph_quotes,
    split_at,
)
from kg.nlp.ru.reference import (
    Reference,
    anaphoric_rows,
    genderless,
    pronoun_forms,
    short_title,
)
from kg.records import Entity, Span

_DASHES = "-–—"
_DASH_BEFORE = re.compile(r"^[\s'’,]*[-–—]+\s*$")  # «…», — сказал X
_COMMA_BEFORE = re.compile(r"^[\s'’]*,\s*$")  # «…», сказал X (no dash)
_SO_BEFORE = re.compile(r"^[\s'’,]*(?:[-–—]+\s*)?так\s+$", re.IGNORECASE)  # «…», так сказал X
# «…». Так X ответил на вопрос: a sentence opened by `Так` and the verb's subject after a quote
_SO_NEXT = re.compile(r"^[\s'’»\"“”]*[.!?…]\s+Так\s+[^.!?«»\"“”\n:;,—–-]{0,60}$")
# «…», — тихо сказала она, «…», — упавшим голосом сказал X: a few words of manner or time
_DASH_WORDS_BEFORE = re.compile(r"^[\s'’,]*[-–—]+\s*(?P<words>[^\W\d_][^«»\"„“”\n.!?,:;–—-]{0,40}?)\s*$")
_RESUMED = re.compile(r"^[^«»\"„“”\n]{0,250}[-–—]\s*['’]*$")  # сказал X, … — «…»
_TIME_PREPOSITIONS = frozenset({"после", "до", "перед", "с"})  # `после того как`, `с тех пор как`
_COLON_BEFORE = re.compile(r"^[^.!?\n]{0,250}:\s*['’]*$")  # сказал X: «…»
_MARKS_BEFORE = frozenset("»\"“”'’,-–—")  # with spaces: what _DASH_BEFORE lets stand between
_GAP_AFTER = re.compile(r"[\s'’«\"„“]*")  # what _COLON_BEFORE lets follow its colon
_BUCKET = 1024  # characters per bucket of the quote index
_WH = {"как", "где", "когда", "почему", "зачем", "кто", "сколько", "какой", "откуда", "куда",
       "чем", "ли"}  # wh-clauses reported as what was said
_LABEL_CLAUSES = frozenset({"acl:relcl", "parataxis", "ccomp", "csubj", "advcl", "xcomp"})
_DEPTH = 40  # steps up the parse at most (a parse may loop)
_HYPOTHETICAL = {"если", "чтобы", "ежели", "коли"}
# what points a speech noun back at the sentence before (`Такое заявление сделал X`)
_POINTING_BACK = ("такой", "этот", "подобный", "соответствующий", "аналогичный")
# what opens the words said after a speech verb: `заявил, что …`, and `заявил, будто …`, which
# reports them while doubting them (they are still the speaker's words)
_THAT = ("что", "будто")
# the ending of a site's name after its dot: two to six small letters (`ru`, `com`, `ру`), or a
# zone written with a capital (`Газета.Ru`), which a new sentence glued to a full stop is not
_ZONE = r"(?:[a-zа-яё]{2,6}|Ru|Ру|Com|Net|Org|Info)\b"
_DOMAIN_END = re.compile(_ZONE)
_SITE_DOT = re.compile(rf"(?<=[^\W_])\.(?={_ZONE})")  # the same dot, found in a stretch of text


def glued_dot(text: str, t: Token) -> bool:
    """The dot of a site's name (`по данным Fontanka.ru`, `рассказала bbcrussian.com, что …`,
    `«Газете.Ru»`): a full stop glued to a letter or digit before it and to a zone's ending
    after it, not the end of the sentence; an initial (`А.Петров`), an abbreviation (`т.е.`) or
    a missing space (`агентства.Ранее`) is no such dot."""
    return t.text == "." and 0 < t.start and text[t.start - 1].isalnum() \
        and _DOMAIN_END.match(text, t.end) is not None


_JOINING = {"и", "а", "но", "однако"}  # join a second speech act to the first
# endings a surname or given name takes in the oblique cases (`Маркив` → `Маркива`, `Маркиву`)
_CASE_ENDINGS = {"а", "я", "у", "ю", "ом", "ем", "ым", "им", "е", "ой", "ей", "ого", "его", "ому",
                 "ему"}
_PERSONAL = {"он", "она", "они"}  # pronoun speakers, resolved by kg.nlp.ru.reference


def _pronoun_form(t: Token) -> tuple[str | None, str] | None:
    """(gender, number) of a third-person pronoun or possessive (`она`, `её`, `его`), else None."""
    return pronoun_forms().get(norm(t.text))


# words of a number an estimate is put on (`оценил ущерб в миллион рублей`, `в полтора раза`)
_NUMBER_WORDS = {"тысяча", "миллион", "миллиард", "триллион", "тыс", "млн", "млрд", "трлн",
                 "процент", "половина", "треть", "четверть", "полтора", "десяток", "сотня"}


# endings of an active participle in the nominative (`объединяющая`, `возглавлявший`)
_ACTIVE_PARTICIPLE = tuple(f"{stem}{end}" for stem in ("ющ", "ущ", "ащ", "ящ", "вш", "ш")
                           for end in ("ий", "ая", "ее", "ие"))


def _mistyped_po(word: str) -> bool:
    """`Пр`, `Пл`, `П`, `Оп`: `по` with its `о` struck on a neighbouring key of the Russian layout
    (`р`, `л`), dropped, or swapped with the `п`. (Not a word of its own: `но`, `до`; nor any other
    letter after `п`.)"""
    return word.lower() in ("пр", "пл", "п", "оп")


def _occasion(verb: Token, t: Token) -> bool:
    """t names an occasion that verb celebrates (kg/data/ru/speech_occasions.tsv)."""
    words = next((r[1].split() for r in table("speech_occasions")
                  if len(r) >= 2 and norm(r[0]) == norm(verb.lemma)), [])
    lemma = norm(t.lemma)
    return lemma in words or any(w.startswith("-") and lemma.endswith(w[1:]) for w in words)


def _agrees(subj: Token, verb: Token) -> bool:
    """A pronoun subject agrees with a past-tense verb in gender and number (`она сообщила`); a
    noun may not (`врач сообщила`), so only pronouns are checked."""
    if subj.pos != "PRON" or verb.feats.get("Tense") != "Past":
        return True
    for feat in ("Gender", "Number"):
        a, b = subj.feats.get(feat), verb.feats.get(feat)
        if a and b and a != b:
            return False
    return True


def citing_converb(t: Token) -> bool:
    """`ссылаясь` (`ссылаясь на свои источники`): the converb by which a speaker cites someone."""
    return norm(t.lemma) == "ссылаться" and t.feats.get("VerbForm") == "Conv"


def _impersonal_passive(t: Token) -> bool:
    """A short neuter passive participle (`было заявлено`, `отмечено`): speech with no subject."""
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Voice") == "Pass" \
        and t.feats.get("Variant") == "Short" and t.feats.get("Gender") == "Neut"


@dataclass(frozen=True)
class Verb:
    voice: str  # "active" or "impersonal"
    object_content: bool  # the direct object is what was said
    particle: str = ""  # the second word of a two-word verb (`дать понять`)
    said: str = "any"  # "clause": only a `что` clause or a framed quote; "quote": a framed quote
    naming: bool = False  # `назвал X Y`: the object and what it was called are what was said
    admission: bool = False  # `признал серьёзность ситуации`: the object is what was admitted,
    # never when negated (`не признал вину`)
    comparison: bool = False  # `сравнил X с Y`, `связывает X с Y`: the object is what was said
    # only beside a `с` phrase in the instrumental, and never when negated
    estimate: bool = False  # `оценил ущерб в миллион рублей`: the object is what was said only
    # beside a `в` phrase holding a number, and never when negated


@functools.cache
def _outlet_words() -> frozenset[str]:
    """The words an outlet is named with: media_nouns.txt and the rows of anaphoric_nouns.tsv
    that take one of them up (`телекомпания`, `канал`, `сайт`)."""
    media = word_list("media_nouns")
    return frozenset(media | {w for n, (_, intro) in anaphoric_rows().items()
                              if ({n} | intro) & media for w in ({n} | intro)})


@functools.cache
def _quoted_nouns() -> frozenset[str]:
    """The nouns of the two-word quoting entries of speech_verbs.tsv (`привести слово`,
    `приводить рассказ`): what a quoting verb quotes as someone's words."""
    return frozenset(norm(r[0]).partition(" ")[2] for r in table("speech_verbs")
                     if len(r) >= 2 and r[1] == "quoting" and " " in r[0].strip())


@functools.cache
def _body_words() -> frozenset[str]:
    """The words any organisation row of anaphoric_nouns.tsv names a body with."""
    return frozenset(w for n, (kind, intro) in anaphoric_rows().items() if kind == "organization"
                     for w in ({n} | intro))


@functools.cache
def _country_adjectives() -> frozenset[str]:
    """The country adjectives of kg/data/ru/country_adjectives.tsv (lemmas, normalised)."""
    return frozenset(map(norm, country_names()))


@functools.cache
def speech_verb_lemmas() -> frozenset[str]:
    """The lemmas of kg/data/ru/speech_verbs.tsv (the first word of a two-word verb). A verb that
    is speech only beside a phrase of its object (`сравнил X с Y`, `оценил X в N`) is left out:
    in the event stages it stays the act it names (`оценил работу`, `связал заложников`)."""
    return frozenset(w for w, entries in _lexicons()[0].items()
                     if not all(e.comparison or e.estimate for e in entries))


@functools.cache
def _lexicons() -> tuple[dict[str, list[Verb]], dict[str, str]]:
    """The speech verbs (kg/data/ru/speech_verbs.tsv) by their first word, and the sources
    (speech_sources.tsv) by their words: built once, read-only after (every article's Finder
    shares them)."""
    verbs: dict[str, list[Verb]] = {}
    for r in table("speech_verbs"):
        if len(r) < 2:
            continue
        first, _, rest = norm(r[0]).partition(" ")
        said = r[3] if len(r) > 3 and r[3] else "any"
        obj = r[2] if len(r) > 2 else ""
        verbs.setdefault(first, []).append(Verb(
            r[1], obj in ("yes", "admission", "comparison", "estimate"), rest, said,
            obj == "naming", obj == "admission", obj == "comparison", obj == "estimate"))
    sources = {norm(r[0]): r[1] for r in table("speech_sources") if len(r) >= 2}
    return verbs, sources


class Finder:
    def __init__(self, a: Analysis, entities: tuple[Entity, ...]):
        self.a = a
        self.text = a.text
        self.verbs, self.sources = _lexicons()
        self.titles = word_list("job_titles")
        self.title_nouns = word_list("title_nouns") | word_list("work_nouns") \
            | word_list("show_nouns") | word_list("product_nouns")
        self.spokespeople = {norm(w) for w, r in self.sources.items()
                             if r in ("spokesperson", "person")}
        self.press_offices = rule_words("press_office")  # (they speak for whom they serve)
        self.entities = {e.key: e for e in entities}
        self.by_token: dict[int, str] = {}
        for e in entities:
            for m in e.mentions:
                for t in self.tokens_in(m.start, m.end):
                    self.by_token.setdefault(t.index, e.key)
        self.ref = Reference(a, entities, self.by_token)
        self.quotes = self._spoken_parts() + colon_paragraphs(self.text)
        self.used_quotes: set[tuple[int, int]] = set()
        # indexes built on first use, so that each lookup stays local to the verb's sentence
        self._before_names: dict[str, set[str]] | None = None
        self._objects: dict[str, list[int]] | None = None
        self._quote_buckets: dict[int, list[int]] | None = None
        self._issuing: set[int] = set()  # verbs whose `в котором` clause is being read (_issued_in)
        self.last_label: str | None = None  # the unnamed speaker a quoting verb found
        # an unnamed source's label → sentence → the body it speaks from there (`источник РБК` →
        # РБК); by sentence, as one label (`источник издания`) may speak for two media in turn
        self.label_sources: dict[str, dict[int, str | None]] = {}
        self.label_heads: dict[str, list[Token]] = {}  # label → the source nouns it was read off
        self._published: dict[int, str | None] = {}  # sentence → the one medium before it

    def _spoken_parts(self) -> list[Quote]:
        """Quotes in marks and lines of dash speech, each split where a speech verb interrupts
        it (`«…, — сказал он. — …»`): the parts before and after are the verb's two quotes. A dash
        line, or a quote in marks broken over two lines, counts only when a speech verb
        interrupts it."""
        marked = find_quotes(self.text)
        marked += [p for p in paragraph_quotes(self.text)  # `сказал: «…` + paragraphs + `…»`
                   if not any(m.start < p.end and p.start < m.end for m in marked)]
        broken = [b for b in broken_quotes(self.text)
                  if not any(m.start < b.end and b.start < m.end for m in marked)]
        dashed = [q for q in dash_lines(self.text)
                  if not any(m.start < q.end and q.start < m.end for m in marked + broken)]
        out = []
        self.broken_parts: set[tuple[int, int]] = set()  # resumed after a line break
        for q, need_verb in [(m, False) for m in marked] + [(d, True) for d in broken + dashed]:
            cuts = []
            for i in interruptions(self.text, q):
                if any(self.verb(t) for t in self.tokens_in(i.start, i.end)):
                    # the cut runs from the comma before the first dash to the second dash
                    s = self.text.rfind(",", q.start, i.start)
                    s = max(s, self.text.rfind("—", q.start, i.start) - 1)
                    e = self.text.find("—", i.end)
                    e = self.text.find("–", i.end) if e < 0 else e
                    cuts.append((s, e + 1))
            if need_verb and not cuts:
                continue
            parts = split_at(q, cuts, self.text) if cuts else [q]
            if q in broken:
                self.broken_parts |= {(p.start, p.end) for p in parts}
            out += parts
        return sorted(out, key=lambda q: q.start)

    # ---- small helpers -------------------------------------------------------------------
    def verb(self, t: Token) -> Verb | None:
        """The speech-verb entry of token t, if it is one (two-word verbs need their partner)."""
        if t.pos not in ("VERB", "ADJ", "AUX"):
            return None
        entries = self.verbs.get(norm(t.lemma), ())
        if not entries and t.feats.get("Variant") == "Short" and (
                norm(t.text)[-2:] in ("на", "но", "ны") or norm(t.text).endswith("н")):
            # (`убеждена` lemmatised as the verb `убедить`: the table writes the adjective's full
            # form, `убежденный`)
            stem = norm(t.text)[:-1] if norm(t.text)[-1] in "аоы" else norm(t.text)
            entries = self.verbs.get(stem + "ный", ())
        # (a two-word entry before the one word's own: `назвал имя преемника` says the name,
        # where `назвал X Y` names X so)
        for v in sorted(entries, key=lambda v: not v.particle):
            if not v.particle:
                if v.voice == "active" and t.feats.get("Voice") == "Pass" \
                        and t.feats.get("VerbForm") == "Part":
                    return Verb("impersonal", v.object_content, said=v.said)  # `сказано`
                return v
            after = self.a.tokens[t.index + 1:t.index + 4]
            if any(v.particle in (norm(n.lemma), norm(n.text)) and n.sent == t.sent
                   # (a partner that is what was said is the object, not an instrumental:
                   # `назвал своим именем улицу`, `назвал причиной засуху` name so)
                   and not (v.object_content and n.feats.get("Case") == "Ins")
                   for n in after) and not (v.object_content and any(e.naming for e in entries)
                                            and self._named_so(t)):
                # (`выразил надежду`: the table may give the form; a predicate in the
                # instrumental after it, `назвал срок службы слишком долгим`, is the one word's
                # naming, whose words run to the predicate)
                return v
            if any(v.particle == norm(c.lemma) and c.index < t.index
                   for c in self.children(t.index, "obj")):
                return v  # (the partner as the verb's object before it: `Слова X приводит ТАСС`)
            if any(v.particle == norm(c.lemma) and c.index < t.index
                   and [norm(x.text) for x in self.children(c.index, "case")] == ["с"]
                   for c in self.children(t.index, "obl")):
                return v  # (`С таким заявлением выступил X`: the partner after `с`, before it)
        return None

    def negated(self, t: Token) -> bool:
        """The word has its own `не` (`не признал`, `не уточнил`, `не стал комментировать`); a
        `не` that sets one subject against another (`сделал не X, а Y`) negates no act."""
        return any(norm(c.text) == "не" and not self._contrast_not(t, c)
                   for c in self.a.children(t.index))

    def _contrast_not(self, verb: Token, neg: Token) -> Token | None:
        """`Такое заявление сделал не министр X, а его заместитель Y`: a `не` of the verb's that
        stands right before its subject (or the subject's own modifiers), the subject having a
        conjunct joined by `а`: the conjunct, who did what the verb says."""
        for s in self.children(verb.index, "nsubj"):
            if neg.head not in (verb.index, s.index):
                continue
            if not (neg.index < s.index and all(
                    self.a.tokens[i].head == s.index and self.a.tokens[i].rel in ("det", "amod")
                    for i in range(neg.index + 1, s.index))):
                continue
            for c in self.children(s.index, "conj"):
                if any(norm(x.text) == "а" for x in self.children(c.index, "cc")):
                    return c
            for c in self.children(verb.index, "nsubj"):
                # (`Не министр X, а премьер Y заявил`: the parse may make both the verb's
                # subjects, `а` right before the second)
                if c.index > s.index and norm(self.a.tokens[c.index - 1].text) == "а":
                    return c
        return None

    def contrasted(self, verb: Token) -> str | None:
        """The entity of the subject set against a negated one (`сделал не X, а Y` → Y): the
        conjunct's own name or the name in apposition to it (`его заместитель Алексей Моисеев`)."""
        negs = [n for h in [verb] + self.children(verb.index, "nsubj")
                for n in self.a.children(h.index)]
        for neg in negs:  # (the parse hangs `не` on the verb or on the subject)
            if norm(neg.text) != "не":
                continue
            c = self._contrast_not(verb, neg)
            if c is None:
                continue
            if c.index in self.by_token:
                return self.by_token[c.index]
            for n in self.children(c.index, "appos", "flat"):
                if n.index in self.by_token:
                    return self.by_token[n.index]
        return None

    def hypothetical(self, verb: Token) -> bool:
        """The verb heads a condition or a purpose (`если … заявит`, `чтобы сказать`), speaks in
        the future (`сообщит, когда станет возможно`, `будет утверждать`) or is refused
        (`отказалась назвать`, speech_refusals.txt; `не смог сказать`): not said."""
        if verb.feats.get("Tense") == "Fut" and verb.feats.get("VerbForm") == "Fin":
            return True
        if self.narrators(verb):
            return True  # `Стоит отметить, что …`, `можно предположить`: the article's own voice
        if verb.rel.split(":")[0] == "xcomp" and verb.head is not None and (
                norm(self.a.tokens[verb.head].lemma) in normed_words("speech_refusals")
                or (self.negated(self.a.tokens[verb.head]) and norm(self.a.tokens[verb.head].lemma)
                    not in normed_words("speech_negated_heads_said"))):
            return True  # `отказалась назвать`, `не могла говорить`, `не стал комментировать`
        if any(norm(c.text) == "бы" for c in self.children(verb.index)) and not any(
                norm(c.text) in ("я", "мы") for c in self.children(verb.index, "nsubj")):
            return True  # `Такое заявление сделал бы любой политик`: a condition, not an act
            # (`я бы сказал, что …` softens what is said and stays)
        if verb.index + 1 < len(self.a.tokens) and norm(self.a.tokens[verb.index + 1].text) == "ли":
            return True  # `Заявил ли X, что …?`, `неизвестно, сообщил ли он …`: asked, not said
        if any(norm(c.text) in ("будет", "будут", "буду", "будем", "будешь", "будете")
               for c in self.children(verb.index, "aux")):
            return True
        first = verb
        while first.feats.get("VerbForm") == "Inf" and first.rel.split(":")[0] == "conj" \
                and first.head is not None and first.head != first.index \
                and self.a.tokens[first.head].feats.get("VerbForm") == "Inf":
            # (`должен представиться, предъявить удостоверение и назвать причину`: the last of
            # joined infinitives is under the word the first hangs on)
            first = self.a.tokens[first.head]
        if verb.feats.get("VerbForm") == "Inf" and first.head is not None \
                and norm(self.a.tokens[first.head].lemma) in normed_words("speech_plan_heads"):
            head = self.a.tokens[first.head]
            if norm(head.lemma) == "хотеть" and not self.negated(head) and any(
                    norm(c.text) == "бы" for c in self.a.children(head.index)) \
                    and norm(verb.lemma) in normed_words("speech_polite_verbs") \
                    and head.rel.split(":")[0] != "advcl" and not any(
                        norm(c.text) in _HYPOTHETICAL for c in self.a.sentence_tokens(head.sent)
                        if c.index < head.index) and not any(
                        c.rel.startswith("conj") and c.index > verb.index and self.negated(c)
                        and not self.children(c.index, "nsubj")
                        and any(norm(x.text) in ("но", "однако") for x in self.a.children(c.index))
                        for c in self.a.sentence_tokens(head.sent)):
                return False  # `хотел бы подчеркнуть, что …`: the polite form of saying it
                # (`хотел бы рассказать о реформе позже` is a wish; `хотел бы сказать, …, но не
                # успел` one not fulfilled, the parse hanging `не успел` on either clause)
            return True  # `собирается заявить`, `должен сообщить`: speech still to come
        return any(norm(c.text) in _HYPOTHETICAL for c in self.children(verb.index, "mark"))

    def narrators(self, verb: Token) -> bool:
        """The verb is the article's own voice: the first person (`Напомним, что …`, `отметим`)
        or an infinitive under a word of necessity or possibility (`стоит отметить`, `можно
        предположить`; speech_narration_modals.txt)."""
        if verb.feats.get("Person") == "1" and verb.feats.get("Number") == "Plur":
            return True
        if verb.feats.get("VerbForm") != "Inf" or verb.head is None:
            return False
        head = self.a.tokens[verb.head]
        return norm(head.lemma) in normed_words("speech_narration_modals") \
            or norm(head.text) in normed_words("speech_narration_modals")

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return list(self.a.tokens_in(start, end))

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

    def _person_before_relative(self, rel: Token) -> str | None:
        """`реакция главы компании Ивана Смирнова, который заявил …`: the person named right
        before the comma that opens a `который` clause, when the pronoun agrees with them (one
        person, of their gender), whatever noun the parse hung the clause on (Russian refers
        `который` to the nearest noun that agrees). "" when that person is known to be of the
        other gender: the pronoun is then of a noun before them that names no one."""
        k = rel.index
        if k < 2 or self.a.tokens[k - 1].text != "," or rel.feats.get("Number") == "Plur" \
                or self.a.tokens[k - 1].sent != rel.sent:
            return None
        key = self.by_token.get(k - 2)
        if key is None or self.kind(key) != "person":
            return None
        want = rel.feats.get("Gender")
        if want and self.ref.gender.get(key) not in (None, want):
            return ""  # (`сестры Ивана X, которая`: the pronoun is of another, unnamed, noun)
        gender = self.ref.gender.get(key) or self.a.tokens[k - 2].feats.get("Gender")
        return key if want and gender == want else None

    def children(self, i: int, *rels: str) -> list[Token]:
        return [t for t in self.a.children(i) if not rels or t.rel.split(":")[0] in rels]

    def kind(self, key: str | None) -> str | None:
        return self.entities[key].kind if key in self.entities else None

    # ---- who speaks --------------------------------------------------------------------
    def phrase_entity(self, head: Token) -> tuple[str | None, str | None]:
        """(speaker, anonymous label) of a noun phrase: a named entity, a title that settles one
        person, a body speaking for its owner (`власти Эквадора`), or an unnamed source."""
        if norm(head.lemma) == "который" and head.head is not None:
            near = self._person_before_relative(head)
            if near == "":
                return None, None  # (`сестры Ивана X, которая заявила`: she, whom no one named)
            if near is not None:
                return near, None
            # `другой адвокат — Рубен Маркарьян, который заявил`: the noun the clause hangs on
            verb = self.a.tokens[head.head]
            if verb.rel.startswith("acl") and verb.head is not None and verb.head != head.index:
                noun = self.a.tokens[verb.head]
                # (`жительницы Севильи Кармен Руис, которая утверждает`: the name in apposition
                # to the noun the clause hangs on, whatever case the tagger gave an undeclined
                # name, when `который` agrees with it in gender)
                named = {self.by_token[c.index] for c in self.a.children(noun.index)
                         if c.rel == "appos" and c.index in self.by_token
                         and self.kind(self.by_token[c.index]) == "person"}
                want = head.feats.get("Gender")
                if len(named) == 1 and head.feats.get("Number") != "Plur" and \
                        (self.ref.gender.get(next(iter(named))) or want) == want:
                    return named.pop(), None
                return self.phrase_entity(noun)
            return None, None
        described = self._described_by(head)
        if described is not None:
            return self.phrase_entity(described)
        tree = self.subtree(head.index)
        own = self.by_token.get(head.index)
        if own is not None and self.kind(own) == "organization" and head.pos == "NOUN" \
                and head.feats.get("Animacy") == "Anim":
            # `Член общественного совета Ярослав X заявил` with the human noun and its body
            # taken for an organisation's name: the person in apposition to the noun speaks
            named = {self.by_token[t.index] for t in tree if t.index in self.by_token
                     and t.index > head.index and t.rel == "appos" and t.head == head.index
                     and self.kind(self.by_token[t.index]) == "person"}
            if len(named) == 1:
                return named.pop(), None
        if own is not None:
            return own, None
        if norm(head.lemma) == "один" and head.pos in ("NUM", "PRON", "DET", "ADJ"):
            # `один из собеседников агентства`: one of unnamed sources, speaking from their body
            among = next((c for c in self.children(head.index, "nmod")
                          if [norm(x.text) for x in self.children(c.index, "case")] == ["из"]
                          and self.sources.get(norm(c.lemma)) == "person"), None)
            if among is not None:
                return None, self.unnamed(among, tree)
        # `ФК «Спартак»`, `портал BBC News`, `газета The Daily Courier`: the name a generic noun
        # introduces
        if (head.pos == "NOUN" and norm(head.lemma) in self.ref.introducers) or head.pos == "PROPN":
            # (and a word of a name the NER left outside it: `РИА «Новости»` tagged `Новости`)
            names = {self.by_token[t.index] for t in tree if t.index in self.by_token
                     and t.index > head.index and self.kind(self.by_token[t.index]) != "person"
                     and self._appositive(t, head)}
            if head.pos == "PROPN":
                names = {k for k in names if self.kind(k) == "organization"}
            if len(names) == 1:
                return names.pop(), None
        elif head.pos == "NOUN" and head.feats.get("Animacy") == "Inan" \
                and self.sources.get(norm(head.lemma)) != "document":
            # (`Медиахолдинг «X» заявил`: any thing-noun speaks through the one organisation
            # named in apposition right after it, whether the table lists the noun or not; a
            # document noun's organisation is the cited source, `пресс-релиз «X» сообщает`)
            names = {self.by_token[t.index] for t in tree if t.index in self.by_token
                     and t.index > head.index and self.kind(self.by_token[t.index])
                     == "organization" and self._appositive(t, head)}
            if len(names) == 1:
                return names.pop(), None
        # `помощник президента Юрий Ушаков`: the name in apposition is the speaker, never a
        # person in the genitive (`представитель Путина` is not Putin)
        # (`Менеджер Софии Лорен сказал`: a name with a word in the genitive owns the noun,
        # whatever case its undeclined surname was given)
        # (only a genitive that hangs on a noun as its owner: a given name in apposition that the
        # tagger read as a genitive is still the apposition's)
        # (an apposition in the genitive owns the noun too when its word is inflected, not a
        # form of the name: `Менеджер Мии X сказал`, where `Мии` is not `Мия`)
        owners_named = {self.by_token[t.index] for t in tree if t.index in self.by_token
                        and t.feats.get("Case") == "Gen"
                        and (t.rel == "nmod" or (t.rel == "appos" and self._inflected(t)))
                        and head.feats.get("Case", "Nom") != "Gen"}
        # (`Адвокат Маркива заявил` with the surname tagged nominative: a word that is a name of
        # its entity with a case ending on it is in an oblique case, so it owns the noun)
        owners_named |= {self.by_token[t.index] for t in tree if t.index in self.by_token
                         and head.pos == "NOUN" and head.feats.get("Case", "Nom") == "Nom"
                         and self._declined(t)}
        # (an apposition follows its noun: `сообщила его вдова X` with a name before the noun
        # hung on it by the parse is not the widow; such a name is taken only failing any after)
        # (a title that does not decline, `Врио губернатора`, `Замглавы МИД`, `Замначальника
        # полиции`, agrees with any case: the tagger's case for it says nothing)
        fixed = indeclinable(head.text) or deputy_title(head.text)
        named = [self.by_token[t.index] for t in sorted(tree, key=lambda x: x.index < head.index)
                 if t.index in self.by_token
                 and self.kind(self.by_token[t.index]) == "person" and self._appositive(t, head)
                 and (fixed or t.feats.get("Case", "Nom") == head.feats.get("Case", "Nom"))
                 and self.by_token[t.index] not in owners_named]
        if named:
            return named[0], None
        titled = self._titled(head, tree)
        if titled:
            return titled, None
        # owners hang on the head in the genitive (`власти Эквадора`), not in a clause under it
        # (`драматург, живший в России`)
        owners = [self.by_token[t.index] for t in tree if t.index in self.by_token
                  and not self._in_clause(t, head)
                  # (a country adjective opening the sentence, `Польское министерство`, is read
                  # as it is in lower case inside one: the country's named body first)
                  and not (t.pos == "ADJ" and t.head == head.index
                           and norm(t.lemma) in _country_adjectives())]
        role = self.sources.get(norm(head.lemma)) or self.sources.get(norm(head.text))
        if role == "collective" and not owners:
            # `В пресс-службе в ГУ МВД сообщили`: an organisation after `в` right on the body
            owners = [self.by_token[c.index] for c in self.children(head.index, "nmod")
                      if c.index in self.by_token and self.kind(self.by_token[c.index])
                      == "organization" and [norm(x.text) for x in self.children(c.index, "case")]
                      == ["в"]]
        if role == "collective" and owners:
            # `Канцелярия президента ЮАР X`: the office of a titled person speaks for that
            # person, not for the country of the title that the phrase names first
            return self._office_holder(head) or owners[0], None
        if role == "collective" and not owners and norm(head.lemma) in self.press_offices:
            principal = self._principal(head)  # `пресс-служба губернатора` → the governor
            if principal:
                return principal, None
        if role == "collective":  # `израильские власти`, `греческое правительство` → the country
            country = self.ref.noun(head)
            if country and self.kind(country) in ("country", "place"):
                return country, None
        if role == "person":
            who = self._spokesperson(head, tree) or self.ref.bare_official(head, tree)
            if who:
                return who, None
            body = self._represented(head)
            if body:
                return body, None
            return None, self.unnamed(head, tree)
        described = self.ref.description(head, tree)
        if described:
            countries = [o for o in owners if self.kind(o) != "organization"]
            countries += self.ref.adjective_countries(tree) or []  # (`глава российской …`)
            countries += self.ref.places_in_bodies(tree)  # (`глава Минздрава Украины`)
            return self.ref.title(described, countries, described=True), None
        # (a common noun the tagger took for a name for its capital, `Актёр отметил` opening a
        # sentence, is a noun all the same)
        noun = head.pos == "NOUN" or common_noun(head)
        if noun and head.feats.get("Number") == "Plur":
            # `врачи объявили`: a plural noun is no one person of the article; `Врачи НАСА
            # сообщили`: people of a trade speak for the one organisation of their genitive
            return self._staff_body(head), None
        if head.lemma in self.titles or short_title(head.lemma) or (noun and not owners):
            found = self.ref.title(head.lemma, owners, head)
            if found is None and norm(head.lemma) in self.press_offices:
                found = self._principal(head)  # `пресс-секретарь певицы X` speaks as X
            if found is None and noun:
                found = self.ref.noun(head)  # `агентство`, `сербский президент`, `спортсменка`
            return found, None
        if noun and role is None:
            return self.ref.noun(head), None  # `греческое правительство` → Greece
        if head.pos in ("PRON", "DET") and norm(head.lemma) in _PERSONAL:
            return self.pronoun(head), None
        if head.pos in ("PRON", "DET") and norm(head.text) in ("тот", "та"):
            return self.ref.demonstrative(head), None  # `Тот ответил, что …`
        return None, None

    def _staff_body(self, head: Token) -> str | None:
        """`Врачи НАСА`, `эксперты Всемирного банка`: the one organisation in the genitive right
        on a plural noun of kg/data/ru/speech_staff_nouns.txt; None for any other plural noun, a
        person or a place in the genitive (`врачи певца`, `эксперты Японии`) or two bodies."""
        if norm(head.lemma) not in normed_words("speech_staff_nouns"):
            return None
        owners = [c for c in self.children(head.index, "nmod")
                  if c.feats.get("Case") == "Gen" and not self.children(c.index, "case")]
        owners += [j for c in owners for j in self.children(c.index, "conj")]  # (`НАСА и ЕКА`)
        bodies = {self.by_token.get(c.index) for c in owners}
        if len(bodies) != 1 or None in bodies or self.kind(next(iter(bodies))) != "organization":
            return None
        return bodies.pop()

    def _described_by(self, head: Token) -> Token | None:
        """`сообщила объединяющая сто фирм ассоциация` parsed with the participle
        as the subject and its noun as the participle's object: the noun after it in the
        nominative that agrees with it in gender and number, not inside a clause of its own, is
        what the phrase names."""
        participle = (head.feats.get("VerbForm") == "Part" and head.feats.get("Voice") == "Act") \
            or (head.pos == "NOUN" and norm(head.text).endswith(_ACTIVE_PARTICIPLE))
        # (the tagger may take the participle for a noun, `объединяющая` NOUN)
        if not participle or head.feats.get("Case") != "Nom" or head.rel.split(":")[0] != "nsubj":
            return None
        tree = self.subtree(head.index)
        if any(t.index in self.by_token for t in tree):
            return None  # (`нападающий «Реал Мадрид» X`: a noun of its own, naming someone)
        # (not a noun of a clause on the participle: `рассказала пострадавшая, которую компания
        # уволила` is no company speaking)
        clauses = {t.index for c in tree if c.index != head.index and (
            c.rel in _LABEL_CLAUSES or c.rel.split(":")[0] in _LABEL_CLAUSES)
            for t in self.subtree(c.index)}
        gender, number = head.feats.get("Gender"), head.feats.get("Number")
        return next((c for c in tree if c.index > head.index and c.pos == "NOUN"
                     and c.index not in clauses
                     and c.feats.get("Case") == "Nom" and c.feats.get("Number") == number
                     and (number == "Plur" or c.feats.get("Gender") == gender)), None)

    def _inflected(self, t: Token) -> bool:
        """t, a word of a name, differs from every word of its entity's names (`Мии` of `Мия`)."""
        e = self.entities[self.by_token[t.index]]
        return norm(t.text) not in {norm(w) for n in (e.name, *e.aliases) for w in n.split()}

    def _declined(self, t: Token) -> bool:
        """t, a word of a person's name, is a word of that entity's name with a case ending
        added (`Маркива` of `Виталий Маркив`), whatever case the tagger gave it. (The name, not
        the aliases, which hold the forms the text used.)"""
        text = norm(t.text)
        words = {norm(w) for w in self.entities[self.by_token[t.index]].name.split()}
        return text not in words and any(
            len(w) >= 3 and text.startswith(w) and text[len(w):] in _CASE_ENDINGS for w in words)

    def _titled(self, head: Token, tree: list[Token]) -> str | None:
        """`Пресс-секретарь группы Александра Панфилова сказала` parsed with the name in the
        genitive: a person of the phrase whose job title starts with the head noun is its name,
        unless another person noun stands between them (`адвокат футболиста X` is not X)."""
        for t in tree:
            key = self.by_token.get(t.index)
            if key is None or self.kind(key) != "person" or t.index < head.index:
                continue
            title = norm(self.entities[key].job_title or "")
            e = self.entities[key]
            if t.index == head.index + 1 and head.feats.get("Case") != "Gen" and (
                    (t.feats.get("Case") == "Gen" and norm(t.text) not in {
                        norm(w) for n in (e.name, *e.aliases) for w in n.split()})
                    or (head.feats.get("Case", "Nom") == "Nom" and self._declined(t))):
                return None  # `Адвокат Насира заявил`: an inflected genitive name owns the noun
                # (`Адвокат Маркива`, the surname tagged nominative, is declined all the same)
            between = self.a.tokens[head.index + 1:t.index]
            if title.startswith(norm(head.lemma)) and not any(
                    b.pos == "NOUN" and b.feats.get("Animacy") == "Anim" for b in between) \
                    and not self._in_clause(t, head):
                return key
            return None
        return None

    def _in_clause(self, t: Token, head: Token) -> bool:
        """t sits in a clause or a prepositional phrase under head, not in its genitive."""
        for _ in range(_DEPTH):
            if t.head is None or t.index == head.index:
                break
            if t.rel.split(":")[0] in ("acl", "advcl", "conj", "parataxis", "obl") or \
                    any(c.rel == "case" for c in self.a.children(t.index)):
                return True
            t = self.a.tokens[t.head]
        return False

    def _appositive(self, t: Token, head: Token) -> bool:
        """t hangs on head through names and appositions only."""
        while t.index != head.index:
            if t.rel not in ("appos", "flat:name", "flat", "flat:foreign", "nsubj") \
                    or t.head is None:
                return False
            t = self.a.tokens[t.head]
        return True

    def unnamed(self, head: Token, tree: list[Token]) -> str:
        """The label of an unnamed source (`источник РБК`, `собеседники издания`, `источники в
        Кремле`), noting the body it speaks from in `label_sources`."""
        label = self.phrase_text(self.label_words(head, tree))
        self.label_sources.setdefault(label, {}).setdefault(head.sent, self.label_owner(head, tree))
        self.label_heads.setdefault(label, []).append(head)
        return label

    def unnamed_group(self, label: str, at: int) -> bool:
        """The unnamed source `label`, read in the sentence at offset `at`, is a plural noun
        (`официальные лица`, `сотрудники пенитенциарной системы`) whose words name no entity, no
        country by its adjective and no body or outlet noun that refers back to one, and that no
        third-person possessive or a noun the reference resolver takes back to a name ties to
        someone (`сотрудники ведомства`, `собеседники агентства`, `собеседники vc.ru`,
        `представители армии Египта`, `официальных лиц США`, `американские чиновники`, `Её
        представители` and `представители певицы` after `Певица X` are not such a group)."""
        tok = self.a.token_at(at)
        every = self.label_heads.get(label, [])
        # (`По их словам, …` after the group: the label as read in the sentence before)
        heads = [self._label_noun(h) for h in every if tok is None or h.sent == tok.sent] \
            or [self._label_noun(h) for h in every]
        if not heads or any(h.feats.get("Number") != "Plur" or (
                h.head is not None and norm(self.a.tokens[h.head].lemma) == "один")
                for h in heads):
            return False  # (`один из собеседников агентства`: one person)
        if any(norm(h.lemma) in normed_words("speech_informant_nouns") for h in heads):
            return False  # (`Источники в полиции сообщают`: informants, not a group)
        owners = possessives("3")
        for h in heads:
            words = self.label_words(h, self.subtree(h.index))
            first = min((t.index for t in words), default=h.index)
            before = self.a.tokens[first - 1] if first > 0 else None
            # `Её представители`, `Его сотрудники`: the group of someone the text named before
            # (the parse may hang the pronoun on the verb, so the word before the phrase counts)
            if before is not None and before.sent == h.sent and norm(before.text) in owners:
                return False
            if any(t.index in self.by_token or (t.index != h.index and (
                    self.sources.get(norm(t.lemma)) == "collective"
                    or norm(t.lemma) in normed_words("media_nouns")
                    # `американские чиновники`, `представители российской стороны`: a country
                    or norm(t.lemma) in country_names()
                    or norm(t.text) in owners
                    # `представители истицы` after `X подала иск`: a noun taken back to a name
                    or (t.pos == "NOUN" and self.ref.noun(t) is not None)))
                    for t in words):
                return False
        return True

    def _label_noun(self, head: Token) -> Token:
        """The noun of an unnamed source read off its first word: `официальных` of `официальных
        лиц США` is read as the label's head, and its subtree holds neither the noun nor the
        genitive after it."""
        hops = 0  # (a parse may loop)
        while head.rel == "amod" and head.head is not None and hops < _DEPTH \
                and self.a.tokens[head.head].pos in ("NOUN", "PROPN"):
            head, hops = self.a.tokens[head.head], hops + 1
        return head

    def plural_label_before(self, tok: Token) -> str | None:
        """`Собеседники издания полагают … . По их словам, …`: the one plural unnamed source read
        in the sentence before `tok` or in its own before it, which `их` takes up."""
        labels = {label for label, heads in self.label_heads.items() for h in heads
                  if h.feats.get("Number") == "Plur" and h.index < tok.index
                  and tok.sent - 1 <= h.sent <= tok.sent}
        return labels.pop() if len(labels) == 1 else None

    def label_source(self, label: str, at: int) -> str | None:
        """The body the unnamed source `label` speaks from in the sentence at offset `at`; in
        another sentence, the one body all its mentions named, if they agree."""
        seen = self.label_sources.get(label, {})
        tok = self.a.token_at(at)
        sent = tok.sent if tok is not None else None
        if sent in seen:
            return seen[sent]
        owners = set(seen.values())
        return owners.pop() if len(owners) == 1 else None

    def label_owner(self, head: Token, tree: list[Token]) -> str | None:
        """The body an unnamed source speaks from: the first organisation named in the genitive
        or after `в` on the source noun (`источник «Интерфакса»`, `источники в Кремле`), or a
        medium the noun refers back to (`источники агентства` after `сообщает РБК`); not a person
        (`собеседник министра` is no source), nor a place or a country."""
        words = {t.index for t in tree}
        for t in tree:
            if t.index <= head.index:
                continue
            # the word's own head within the phrase: the source noun, or a noun on it
            up, hops = t, 0
            while up.head is not None and up.head != head.index and up.head in words and hops < 3:
                up, hops = self.a.tokens[up.head], hops + 1
            if up.head != head.index or not up.rel.startswith("nmod"):
                continue
            case = [norm(c.text) for c in self.a.children(up.index) if c.rel == "case"]
            if case not in ([], ["в"]):
                continue
            key = self.by_token.get(t.index)
            if key is not None:
                seats = normed_words("seat_bodies")
                if self.kind(key) == "organization" or (
                        case == ["в"] and norm(self.entities[key].name) in seats):
                    return key  # (`источники в Кремле`: the building for the body it houses)
                continue
            if t is up and t.pos == "NOUN" and not case and norm(t.lemma) in self.ref.introducers:
                key = self.ref.noun(t)  # `источники агентства`: the medium named before
                if key is None and norm(t.lemma) in normed_words("media_nouns") \
                        and t.feats.get("Number") == "Sing" and not self.a.children(t.index):
                    key = self.published_before(t.sent)  # (`…, сообщает РБК. Источники агентства`)
                if key is not None and self.kind(key) == "organization":
                    return key
        return None

    def published_before(self, sent: int) -> str | None:
        """The one organisation that published before sentence `sent` (the subject of a verb of
        media_verbs.txt, `…, пишет X`), when only one has."""
        if sent not in self._published:
            self._published[sent] = None  # (no loop through the sentences before)
            spoke = set()
            for key in self.publishers(self.a.tokens[:self.a.sentences[sent].first]):
                if not self.no_outlet(key):
                    spoke.add(key)
                    if self._joined_body(key):
                        spoke.add("")  # (`пишут X и Y`: one of two, so neither)
            self._published[sent] = spoke.pop() if len(spoke) == 1 else None
        return self._published[sent]

    def publishers(self, toks: Sequence[Token]) -> list[str]:
        """The organisations among `toks` that are the subject of a verb of publishing
        (media_verbs.txt: `…, пишет X`, `сообщает РБК`) told as done, in the text's order."""
        return [key for t in toks if norm(t.lemma) in normed_words("media_verbs") and self.verb(t)
                and not self.hypothetical(t)
                for key in [self.speaker_of(t)[0]]
                if key is not None and self.kind(key) == "organization"]

    def _joined_body(self, key: str) -> bool:
        """An organisation named joined (`conj`) to another one (`пишут «Фонтанка» и
        «Коммерсант»`): the speaker of the verb is the first of the two, but a bare `издание`
        after them may be either."""
        for i, k in self.by_token.items():
            if k != key:
                continue
            t = self.a.tokens[i]
            near = [*self.a.children(i)] + ([self.a.tokens[t.head]] if t.rel == "conj"
                                             and t.head is not None else [])
            if any(x.rel == "conj" or t.rel == "conj" for x in near
                   if self.by_token.get(x.index) not in (None, key)
                   and self.kind(self.by_token[x.index]) == "organization"):
                return True
        return False

    def no_outlet(self, key: str) -> bool:
        """The organisation was introduced with a body word no outlet is named with, and with no
        outlet's (`сообщает компания «Газпром»`, `сообщает министерство финансов`): a bare
        `издание` after it means someone else, whom the article does not name."""
        outlets = _outlet_words()
        said = self.ref.intro.get(key, set())
        return not said & outlets and bool(said & (_body_words() - outlets))

    def label_words(self, head: Token, tree: list[Token]) -> list[Token]:
        """The words of an unnamed source's noun phrase that name it: not a clause hung on it
        (`сотрудники музея, заметившие, что …`, `представитель, который …`), nor the words
        after a colon or a line break the parse hung on it (`источники СМИ:` + the words they
        gave), nor its preposition (`от представителей резиденции`); the phrase ends at the
        first word left out after the noun."""
        cut: set[int] = set()
        by_index = {t.index: t for t in tree}
        for t in tree:
            rel = t.rel.split(":")[0]
            clause = t.rel in _LABEL_CLAUSES or rel in _LABEL_CLAUSES or (
                rel == "conj" and t.pos in ("VERB", "AUX")) or (
                t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin")
            if rel == "acl" and not clause:
                # (a participle that itself reports, `обнаружившие, что …`, is a clause)
                clause = any(x.head == t.index and x.rel.split(":")[0] in ("ccomp", "csubj")
                             for x in tree)
            if t.index != head.index and clause:
                cut.add(t.index)
        out: list[Token] = []
        for t in tree:
            up, hops = t, 0
            while up.index != head.index and up.index not in cut and up.head in by_index \
                    and hops < _DEPTH:
                up, hops = by_index[up.head], hops + 1
            gap = up.index in cut or t.text == ":" or "\n" in self.text[
                (out[-1].end if out else t.start):t.start]
            if gap and t.index > head.index:
                break
            if gap or (t.index < head.index and t.rel == "case" and t.head == head.index):
                continue
            out.append(t)
        while out and out[-1].pos == "PUNCT" and out[-1].text not in ")»\"":
            out.pop()
        return out or [head]

    def phrase_text(self, tree: list[Token]) -> str:
        toks = [t for t in tree if t.pos != "PUNCT" or t.text in _DASHES]
        return re.sub(r"\s+", " ", self.text[toks[0].start:toks[-1].end]) if toks else ""

    def _principal(self, head: Token) -> str | None:
        """The person a press secretary or press office with no name of its own speaks for: the
        one person in the genitive right on it (`пресс-секретарь певицы X`), or the one person a
        title in the genitive settles (`пресс-секретарь губернатора Томской области` after
        `губернатор Томской области X`), as the readable golds give such words to the principal;
        None for a body or a country there, or a title that settles no one."""
        for c in self.children(head.index):
            if c.pos in ("DET", "PRON") and (form := _pronoun_form(c)) is not None \
                    and form[1] == "Sing" and c.index < head.index:
                key = self.pronoun(c)  # `его пресс-служба`
                return key if self.kind(key) == "person" else None
        for c in self.children(head.index, "nmod"):
            if c.feats.get("Case") != "Gen" or self.children(c.index, "case") \
                    or c.index < head.index:
                continue
            key = self.by_token.get(c.index)
            if key is None and c.pos == "NOUN" and c.feats.get("Animacy") == "Anim" \
                    and c.feats.get("Number") != "Plur":
                key = self.phrase_entity(c)[0]
            return key if self.kind(key) == "person" else None
        return None

    def _represented(self, head: Token) -> str | None:
        """`Представители компании «Роснефть» заявили`, `представители певицы`: a plural noun of
        kg/data/ru/speech_representative_nouns.txt speaks as the one organisation or person in
        its genitive, as the readable golds mark it; one representative (`представитель
        компании`) stays an unnamed source, and a country or two owners give no one."""
        if head.feats.get("Number") != "Plur" \
                or norm(head.lemma) not in normed_words("speech_representative_nouns"):
            return None
        owners = [c for c in self.children(head.index, "nmod")
                  if c.feats.get("Case") == "Gen" and not self.children(c.index, "case")]
        owners += [j for c in owners for j in self.children(c.index, "conj")]
        if not owners:
            # (`Представители аэроклуба «X»` parsed with the name as the head's apposition and
            # the kind noun on the name)
            owners = [c for c in self.children(head.index, "appos", "nmod")
                      if not self.children(c.index, "case")
                      and self.kind(self.by_token.get(c.index)) == "organization"]
        if len(owners) != 1:
            return None  # (`Представители США, Канады и Великобритании`: no one body)
        key = self.by_token.get(owners[0].index) or self.phrase_entity(owners[0])[0]
        if key is None:
            # (`Представители аэроклуба «X»` with the name hung on the head: the name right after
            # the genitive noun, past its quote mark, is the one it introduces)
            last = max(t.index for t in self.subtree(owners[0].index))
            after = [t for t in self.a.tokens[last + 1:last + 3] if t.pos != "PUNCT"][:1]
            if after and after[0].head == head.index and after[0].index in self.by_token:
                key = self.by_token[after[0].index]
        return key if self.kind(key) in ("organization", "person") else None

    def _spokesperson(self, head: Token, tree: list[Token]) -> str | None:
        """`представитель Путина` is the one person of the article whose job title makes them the
        spokesperson of Putin's office (`пресс-секретарь российского президента`)."""
        principal = next((self.by_token[t.index] for t in tree
                          if t.rel == "nmod" and t.head == head.index
                          and self.kind(self.by_token.get(t.index)) == "person"), None)
        office = self.entities[principal].job_title if principal else None
        if not office:
            return None
        stem = norm(office.split(" ")[0])[:-1]  # `президент` → `президен`, matches every case
        hits = {e.key for e in self.entities.values() if e.kind == "person" and e.key != principal
                and e.job_title and norm(e.job_title.split(" ")[0]) in self.spokespeople
                and any(norm(w).startswith(stem) for w in e.job_title.split(" ")[1:])}
        return hits.pop() if len(hits) == 1 else None

    def _words_before_names(self) -> dict[str, set[str]]:
        """Each word (lemma) of the four before a person's mention, in its sentence → the persons
        it stood before; built once, so a title lookup does not walk every mention."""
        if self._before_names is None:
            self._before_names = {}
            for e in self.entities.values():
                if e.kind != "person":
                    continue
                for m in e.mentions:
                    first = self.a.token_at(m.start)
                    if first is None:
                        continue
                    for t in self.a.tokens[max(first.index - 4, 0):first.index]:
                        if t.sent == first.sent:
                            self._before_names.setdefault(norm(t.lemma), set()).add(e.key)
        return self._before_names

    def quoted_pronoun(self, verb: Token) -> bool:
        """A verb inside someone's quote whose subject is a pronoun or a noun naming no one
        there (`X рассказала: «Он сказал, что …»`, `«… мама заметила это»`): it belongs to the
        quoted speaker's story, not to the article's, and is not resolved from the narration."""
        subj = self.children(verb.index, "nsubj")
        if not subj:
            return False
        s = subj[0]
        pronoun = s.pos == "PRON" and norm(s.lemma) in _PERSONAL
        noun = s.pos == "NOUN" and s.index not in self.by_token and not any(
            t.index in self.by_token for t in self.subtree(s.index))
        if not (pronoun or noun):
            return False
        return any(q.start <= verb.start and verb.end <= q.end for q in self.quotes)

    def _in_number(self, subj: Token, verb: Token) -> bool:
        """A singular person is no subject of a plural finite verb unless coordinated (`X и Y
        заявили`): `X перенёс операцию, врачи сообщили` parsed with X as the subject. A named
        body the tagger took for a singular animate noun fits (`Омскинформ сообщали`)."""
        if verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Number") != "Plur":
            return True
        kind = self.kind(self.by_token.get(subj.index))
        if kind not in (None, "person"):
            return True
        # a named person whatever animacy the tagger gave (`называют «тихая Гладкова»`)
        one_person = kind == "person" and subj.feats.get("Number", "Sing") == "Sing"
        if not one_person and (subj.pos not in ("NOUN", "PROPN")
                               or subj.feats.get("Number") != "Sing"
                               or subj.feats.get("Animacy") != "Anim"):
            return True
        return any(c.rel == "conj" for c in self.a.children(subj.index))

    def office_subject(self, verb: Token) -> bool:
        """The verb's subject is a press office or secretary that speaks for someone
        (`пресс-служба`, `пресс-секретарь`, rule_words.tsv `press_office`), so the verb's gender
        is the word's, not the speaker's."""
        return any(norm(c.lemma) in self.press_offices
                   for c in self.children(verb.index, "nsubj"))

    def agrees_in_gender(self, key: str, verb: Token) -> bool:
        """A person fits a singular past verb or participle of their gender (`сказала` is no
        man's); a verb without gender, or a person of unknown gender, fits anyone."""
        f = verb.feats
        want = f.get("Gender") if f.get("Number") == "Sing" and f.get("Tense") == "Past" \
            and f.get("VerbForm") in ("Fin", "Part") else None
        if want not in ("Masc", "Fem") or self.kind(key) != "person":
            return True
        if (self.ref.gender.get(key) or want) == want:
            return True
        if any(m.start >= self.a.sentences[verb.sent].start and m.end <= self.a.sentences[verb.sent].end
               and len(self.tokens_in(m.start, m.end)) > 1 for m in self.entities[key].mentions):
            return True  # named in full here (`сообщила крестница Габриэль Х`): the text says so
        # a form the tagger could read either way (`Александра Панфилова`, genitive of a man's
        # name or a woman's nominative) leaves it open: ruled out is only a person named in the
        # nominative with the other gender and never with the verb's
        words = [t for m in self.entities[key].mentions for t in self.tokens_in(m.start, m.end)
                 if t.pos == "PROPN" and not genderless(t.lemma)]
        return any(t.feats.get("Gender") == want for t in words) or not any(
            t.feats.get("Case") == "Nom" and t.feats.get("Gender") not in (None, want)
            for t in words)

    def pronoun(self, tok: Token) -> str | None:
        """`он` / `его` / `по их словам`: the antecedent kg.nlp.ru.reference settles, else None;
        None too when the antecedent is not named in the pronoun's sentence before it and the
        main subject of the sentence just before is an unnamed person it may stand for
        (`Владелец школы сообщил, что отчислил X. Он также сказал, …`: not X)."""
        office = self._office_before(tok)
        if office is not None:
            return office
        key = self.ref.pronoun(tok)
        if key is None or self.kind(key) != "person" or tok.feats.get("Number") == "Plur":
            return key
        first = self.a.sentences[tok.sent].first
        if tok.sent == 0 or any(self.by_token.get(t.index) == key
                                for t in self.a.tokens[first:tok.index]):
            return self._chained(tok, key) or key
        want = "Fem" if norm(tok.lemma) == "она" or norm(tok.text) in ("она", "ее", "ей", "ней",
                                                                          "нее", "ею") else "Masc"
        return None if self.unnamed_subject_before(tok.sent, want, key) else key

    def _office_before(self, tok: Token) -> str | None:
        """`Пресс-секретарь певицы X сообщил, что … . По его словам, …`: a singular pronoun of
        the gender of a press office or secretary that is a subject in the sentence before stands
        for it, and so for the one it speaks as (`_principal`); None when there is no such word
        there, or it speaks as no person."""
        form = _pronoun_form(tok)  # (pronouns.tsv: the gender a singular form demands)
        if tok.sent == 0 or tok.feats.get("Number") == "Plur" or form is None \
                or form[1] != "Sing" or form[0] is None:
            return None
        want = form[0]
        for t in self.a.sentence_tokens(tok.sent - 1):
            if t.rel.split(":")[0] == "nsubj" and norm(t.lemma) in self.press_offices \
                    and t.feats.get("Gender") == want:
                key = self.phrase_entity(t)[0]
                return key if self.kind(key) == "person" else None
        return None

    def _chained(self, tok: Token, key: str) -> str | None:
        """`Двое из её детей носят имена — Алёша и Соня, она отмечала, что …`: a pronoun of
        the same gender and number earlier in the sentence, before the only name it agrees with
        there, already stands for someone; when that name is no subject (an apposition, an
        object), the second pronoun goes on with the first one's person, not with the name.
        None when there is no such pronoun or it settles on no one else."""
        sent = self.a.sentence_tokens(tok.sent)
        spots = [t for t in sent if t.index < tok.index and self.by_token.get(t.index) == key]
        if not spots or any(self._subject_name(t) for t in spots):
            return None
        form = _pronoun_form(tok)
        earlier = [t for t in sent if t.index < spots[0].index and t.index not in self.by_token
                   and t.pos in ("PRON", "DET") and _pronoun_form(t) == form]
        if form is None or not earlier:
            return None
        other = self.ref.pronoun(earlier[0])
        return other if other != key and self.kind(other) == "person" else None

    def _subject_name(self, t: Token) -> bool:
        """t, a word of a name, is a subject or hangs on one through names and appositions."""
        for _ in range(_DEPTH):
            if t.rel.split(":")[0] == "nsubj":
                return True
            if t.rel.split(":")[0] not in ("appos", "flat", "conj") or t.head is None:
                return False
            t = self.a.tokens[t.head]
        return False

    def unnamed_subject_before(self, sent: int, want: str, key: str) -> bool:
        """The main subject of the sentence before `sent` (not a quote) is a singular person noun
        of gender `want` or none that names no one of the article (`Владелец школы сообщил …`):
        `он` in `sent` may stand for that person rather than for `key` — unless that sentence
        gives the noun `key`'s name (`человек … представлен как X`: a nominative on its verb)."""
        if sent == 0:
            return False
        before = self.a.sentence_tokens(sent - 1)
        if any(q.start <= before[0].start < q.end for q in self.quotes):
            return False  # (the sentence before is someone's words)
        return any(t.rel.split(":")[0] == "nsubj" and t.head is not None
                   and self.a.tokens[t.head].rel == "root" and t.pos == "NOUN"
                   and t.index not in self.by_token and t.feats.get("Animacy") == "Anim"
                   and t.feats.get("Number") != "Plur" and t.feats.get("Gender") in (None, want)
                   and self.phrase_entity(t)[0] is None
                   and not any(self.by_token.get(c.index) == key and c.feats.get("Case") == "Nom"
                               for c in self.a.children(t.head))
                   for t in before)

    def _office_holder(self, head: Token) -> str | None:
        """The one person named in apposition to an animate title noun in the genitive right on
        `head` (`канцелярия президента ЮАР X` → X), if any."""
        for c in self.children(head.index, "nmod"):
            if c.pos != "NOUN" or c.feats.get("Case") != "Gen" or c.index in self.by_token \
                    or c.feats.get("Animacy") != "Anim" or c.feats.get("Number") == "Plur":
                continue
            names = {self.by_token[x.index] for x in self.children(c.index, "appos")
                     if x.index in self.by_token and self.kind(self.by_token[x.index]) == "person"}
            if len(names) == 1:
                return names.pop()
        return None

    def _crossed_subject(self, verb: Token) -> list[Token]:
        """`сегодня власти X официально объявили, что президент Y пропустит …` parsed with the
        subject before the speech verb hung on the reported clause's verb, which has a subject
        of its own after the speech verb: the one before is the speech verb's, when it agrees
        with it and names someone.
        A parenthetical word inside the clause (`сообщил агентству X, что Y, возможно, попал …`)
        may make the parser cut the clause off as a second root of the sentence, the subject
        before the speech verb hung on it: a root after the verb whose `что` follows the verb is
        read as the verb's clause."""
        roots = [t for t in self.a.sentence_tokens(verb.sent) if verb.head is None
                 and t.head is None and t.index > verb.index and any(
                     m.rel == "mark" and norm(m.text) == "что" and m.index > verb.index
                     for m in self.a.children(t.index))]
        for c in self.a.children(verb.index) + roots:
            if (c.rel.split(":")[0] != "ccomp" and c not in roots) or c.index < verb.index:
                continue
            subs = [t for t in self.a.children(c.index) if t.rel == "nsubj"]
            before = [t for t in subs if t.index < verb.index]
            if len(before) == 1 and any(t.index > verb.index for t in subs) \
                    and _agrees(before[0], verb) and self._in_number(before[0], verb) \
                    and self.phrase_entity(before[0]) != (None, None):
                return before  # (one naming no one is left to the rules for a verb without
                # a subject, as before: `житель Сан-Хосе заявил` after the winner was named)
        return []

    def speaker_of(self, verb: Token, climbed: bool = False) -> tuple[str | None, str | None]:
        """The verb's subject as an entity; a converb or a second conjoined verb borrows the
        subject of the verb it hangs on (`не отвергли диалог, заявив…`)."""
        if verb.feats.get("VerbForm") == "Part" and verb.feats.get("Voice") == "Act" \
                and verb.feats.get("Case"):
            # `депутат X, выразивший убеждение, что …`: the noun the participle describes, which
            # agrees with it in case and number: its head, else the nearest such noun before it
            # (the parser may hang the participle on the main verb)
            case, number = verb.feats.get("Case"), verb.feats.get("Number")
            head = self.a.tokens[verb.head] if verb.head is not None else None
            if head is None or head.feats.get("Case") != case:
                head = next((t for t in reversed(self.a.sentence_tokens(verb.sent))
                             if t.index < verb.index and t.pos in ("NOUN", "PROPN")
                             and t.feats.get("Case") == case
                             and t.feats.get("Number", number) == number), None)
            return self.phrase_entity(head) if head is not None else (None, None)
        outer = None if climbed else self.rejoined(verb)
        if outer is not None:  # (`…, что фабрика откроется, а также подтвердил …`)
            return self.speaker_of(self.a.tokens[outer], climbed=True)
        if not climbed and not self.children(verb.index, "nsubj") and self._coordinated(verb):
            # `X заявил, что …, а также подчеркнул: «…»` parsed with the second verb inside the
            # first one's clause: it is the first speech act's, and shares its speaker
            up = verb
            for _ in range(_DEPTH):
                if up.head is None:
                    break
                head = self.a.tokens[up.head]
                if up.rel.split(":")[0] == "ccomp" and self.verb(head) is not None \
                        and head.index < verb.index:
                    return self.speaker_of(head, climbed=True)
                up = head
        issued = None if self.children(verb.index, "nsubj") else self._issued_in(verb)
        if issued is not None:
            return issued, None
        v = verb
        for _ in range(3):
            subj = self.children(v.index, "nsubj")
            if not subj and v.index == verb.index:
                subj = self._crossed_subject(verb)
            if len(subj) > 1:  # `X перенёс операцию, врачи сообщили`: the one agreeing in number
                subj = [t for t in subj if self._in_number(t, v)] or subj
                # (`Бывший президент X был убит, подтвердила … его партия`: the parse gave the
                # verb both subjects; a past verb's gender picks the one that is its own)
                want = v.feats.get("Gender") if v.feats.get("Tense") == "Past" else None
                fits = [t for t in subj if t.feats.get("Gender") == want]
                if want and len(fits) == 1 and len(subj) > 1:
                    subj = fits
                # `Брат одного из арестованных, Томас Рейнер заявил`: a name in apposition to
                # a human noun, which the parser made a second subject, is the one that speaks
                # (so is one after a participle the parser made a subject of its own:
                # `— сказал поддерживающий X законодатель Хосе Авила`)
                named = [t for t in subj[1:] if self.kind(self.phrase_entity(t)[0]) == "person"]
                first_human = (subj[0].pos == "NOUN" and subj[0].feats.get("Animacy") == "Anim") \
                    or subj[0].feats.get("VerbForm") == "Part" or subj[0].pos == "ADJ"
                if named and first_human and self.phrase_entity(subj[0]) == (None, None):
                    subj = named
            if subj and v.index == verb.index and not (_agrees(subj[0], verb)
                                                       and self._in_number(subj[0], verb)):
                # `Она …, и Зорин сообщил` parsed with `Она` as the subject: the name right
                # before the verb, in its own clause, if it fits; else no one
                return self._nearest_before(verb), None
            if subj and v.index != verb.index and not self._in_number(subj[0], verb):
                return None, None  # `…, что X направлялся …, и объясняют …`: a plural verb
                # joined to a singular one (or the parse's mistake) borrows no one person
            if subj:
                found = self.phrase_entity(subj[0])
                if found == (None, None) and subj[0].index > verb.index and subj[0].pos != "PRON":
                    return self._apposed_after(subj[0])
                if found == (None, None) and subj[0].pos == "NOUN":
                    # `МЧС сообщило … . Ведомство уточнило, что …`: a bare body noun refers back
                    # to the one organisation named before with it or a synonym, as `в
                    # ведомстве` does
                    return self._body_back(subj[0]), None
                return found
            # (a converb the parser hung on the reported clause, `заявил, что …, добавив, что`,
            # still shares the main verb's subject)
            climb = ("advcl", "conj", "xcomp") + (
                ("ccomp",) if verb.feats.get("VerbForm") == "Conv" else ())
            if v.rel.split(":")[0] in climb and v.head is not None:
                v = self.a.tokens[v.head]
                continue
            if self._time_clause(v):
                # `подал в отставку после того как признал …`: a clause on the `того` of a
                # conjunction of time with no subject of its own has the main verb's
                v = self.a.tokens[self.a.tokens[v.head].head]
                continue
            break
        # `В Кремле заявили, что…`: a plural verb with no subject speaks for the body it is in
        # (and so does an impersonal passive: `В Минфине было заявлено, что …`)
        if (verb.feats.get("Number") == "Plur" and verb.feats.get("VerbForm") == "Fin") \
                or _impersonal_passive(verb):
            # (a second verb joined to the first shares its body: `В X подтвердили … и
            # подчеркнули, что …`)
            first = v if v.index != verb.index and v.feats.get("Number") == "Plur" else verb
            # (`В пресс-центре X уточнили, что Y был задержан …` parsed with the phrase before
            # the verb hung on the reported clause's verb after it: still the verb's)
            # (not a verb the speech verb is itself set into: in `В компании X, как сообщили,
            # пройдут …` the phrase is the main verb's, not a reported clause's)
            above, up = set(), verb
            for _ in range(_DEPTH):
                if up.head is None or up.head in above:
                    break
                above.add(up.head)
                up = self.a.tokens[up.head]
            crossed = [t for t in self.a.sentence_tokens(verb.sent) if t.index < verb.index
                       and t.rel.split(":")[0] == "obl" and t.head is not None
                       and t.head > verb.index and t.head not in above]
            for c in self.children(verb.index, "obl") + (
                    self.children(first.index, "obl") if first is not verb else []) + crossed:
                key = self.by_token.get(c.index)
                # (a place that is a seat of government, `в Кремле`, or the place a body of it
                # speaks for, `в мэрии Твери`, is a body wherever it stands)
                seat = key is not None and norm(self.entities[key].name) in \
                    word_list("seat_bodies")
                if key is None and (self.sources.get(norm(c.lemma)) == "collective"
                                    or norm(c.lemma) in self.ref.introducers):
                    # `В пресс-службе МВД сообщили`, `как отметили в агентстве Strutt & Parker`
                    key = self.phrase_entity(c)[0]
                    seat = self.sources.get(norm(c.lemma)) == "collective"
                case = [norm(x.text) for x in self.children(c.index, "case")]
                if key is None and case == ["на"]:
                    held = self._meeting_body(c)  # `На брифинге МИД заявили`
                    if held is not None:
                        return held, None
                    continue
                if key is None and c.pos == "NOUN":
                    key = self._body_back(c)  # `в ведомстве отметили`
                if not key or case != ["в"] or (self.kind(key) == "person" and norm(c.lemma)
                                                not in self.press_offices):
                    continue  # (`в пресс-службе певицы X`: the office speaks for her)
                # after the verb only a body (`— заявили в СБУ`, `как сообщили в Кремле`, `в
                # мэрии Твери`), not a place (`в Москве`)
                if (c.index < verb.index and c not in crossed) \
                        or self.kind(key) == "organization" or seat:
                    return key, None  # (and a phrase hung past the verb only a body too)
        # the parser missed the subject: a name in the nominative right after the verb
        # (`сообщил журналистам Игорь Волков`) is the speaker
        for t in self.a.sentence_tokens(verb.sent):
            if t.index <= verb.index:
                continue
            if t.pos == "PUNCT":
                break
            key = self.by_token.get(t.index)
            if key is not None and self.kind(key) == "person":
                # (not the undeclined owner of the verb's object: `подтвердил отставку Тьягу Бриту`)
                owned = t.rel.startswith("nmod") and t.head is not None \
                    and self.a.tokens[t.head].rel in ("obj", "iobj") \
                    and self.a.tokens[t.head].head == verb.index
                return (key, None) if t.feats.get("Case") == "Nom" and not owned else (None, None)
        # the parser took an undeclined name for something else (`При вступлении в должность
        # Братушек пообещала`, `Дюбуа в свою очередь возразил`): the nearest person of the clause
        # before the verb, not under a preposition of its own, agreeing in gender
        nearest = self._nearest_before(verb)
        if nearest is not None:
            return nearest, None
        # `Часто повторял, что …`: a subject left unsaid is the person of the sentences before
        return self.ref.dropped(verb), None

    def _time_clause(self, v: Token) -> bool:
        """`v` heads a `как` clause the parse hung on the `того` of `после того как`, `до того
        как`, `с того времени как` (acl), whose `того` hangs on a verb: the verb of the clause
        the time clause belongs to."""
        if v.rel.split(":")[0] != "acl" or v.head is None:
            return False
        up = self.a.tokens[v.head]
        return self._time_pronoun(up) and up.head is not None \
            and self.a.tokens[up.head].pos in ("VERB", "AUX") \
            and any(norm(m.text) == "как" for m in self.children(v.index, "mark"))

    def _time_pronoun(self, t: Token) -> bool:
        """`того` of `после того`, `до того`, `перед тем`, `с тех пор` (a preposition of time on
        it), not of the connectives `кроме того`, `более того`."""
        return norm(t.lemma) == "тот" and any(
            norm(c.text) in _TIME_PREPOSITIONS for c in self.a.children(t.index)
            if c.index < t.index and c.pos == "ADP")

    def _issued_in(self, verb: Token) -> str | None:
        """`X направил письмо, в котором возмутился …`, `опубликовала заявление, в котором
        заявила, что …`: a speech verb with no subject of its own in a `в котором` clause on a
        document speaks for the one who issued the document (the subject of the verb it is the
        object of), not for one who received or read it out (document_receiving_verbs.txt)."""
        if not verb.rel.startswith("acl") or verb.feats.get("VerbForm") != "Fin" \
                or verb.index in self._issuing:
            return None
        self._issuing.add(verb.index)  # (a parse may loop from clause to document to clause)
        try:
            return self._issuer_of_clause(verb)
        finally:
            self._issuing.discard(verb.index)

    def _issuer_of_clause(self, verb: Token) -> str | None:
        for c in self.children(verb.index, "obl"):
            doc = self._document(c) if norm(c.lemma) == "который" else None
            if doc is None or doc.head is None or doc.rel not in ("obj", "obl") or \
                    self._received(doc):
                continue
            issuing = self._issuing_verb(doc)
            if None not in (number := verb.feats.get("Number"), issuing.feats.get("Number")) \
                    and number != issuing.feats.get("Number"):
                # (`раскритиковал доклад, в котором заявили, что …`: a plural verb with no
                # subject says someone unnamed spoke, not the one who acted on the document)
                continue
            who = self._issuer(doc, issuing)
            if who is None and doc.rel == "obj" and issuing.pos == "VERB":
                # (the parse gave the issuing verb no subject: whoever it has as its speaker)
                who = self.speaker_of(issuing, climbed=True)[0]
            if who is not None and self.agrees_in_gender(who, verb):
                return who
        return None

    def _nearest_before(self, verb: Token) -> str | None:
        """The nearest person of the verb's clause before it, not under a preposition of its own
        and agreeing in gender, when the parse gave the verb no fitting subject."""
        clause = self.a.sentence_tokens(verb.sent)[:verb.index - self.a.sentences[verb.sent].first]
        for t in reversed(clause):
            if t.pos == "PUNCT" and t.text not in ("'", '"', "«", "»"):
                break
            key = self.by_token.get(t.index)
            if key is None or self.kind(key) != "person":
                continue
            gender = verb.feats.get("Gender") if verb.feats.get("Tense") == "Past" else None
            if not self.children(t.index, "case") and verb.feats.get("Number") != "Plur" \
                    and (gender is None or (self.ref.gender.get(key) or gender) == gender):
                return key
            break
        return None

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
            if t.text in ".!?«»\"" or norm(t.text) == "что":
                break
            if commas == 0:
                continue
            key = self.by_token.get(t.index)
            if key is not None and self.kind(key) == "person":  # `генерал США Питер Цвак`
                return (key, None) if t.feats.get("Case") == "Nom" else (None, None)
        return None, None

    def quoted(self, verb: Token) -> tuple[str | None, str | None]:
        """(speaker, source) of a quoting verb: the person quoted, and who quotes them."""
        kids = [c for c in self.a.children(verb.index) if c.rel.split(":")[0] in ("obj", "nsubj")]
        # (the parser may make the object a second subject: `цитирует агентство X министра Y`;
        # its accusative tells it, or its place after the first)
        subjects = [c for c in kids if c.rel.startswith("nsubj")]
        objs = [c for c in kids if c.rel == "obj" or (
            c.rel.startswith("nsubj") and c.index > verb.index and len(subjects) > 1
            and (c.feats.get("Case") in ("Acc", "Gen") or c is not subjects[0]))]
        if not objs and subjects and subjects[0].index > verb.index:
            # (or hang it elsewhere: the first phrase after the subject's, before any comma)
            inside = {t.index for t in self.subtree(subjects[0].index)}
            for t in self.a.sentence_tokens(verb.sent)[verb.index - self.a.sentences[verb.sent].first + 1:]:
                if t.text in ",.;:!?—–":
                    break
                # (not a noun under a preposition: `цитирует в пятницу ТАСС`, a time)
                if t.index not in inside and t.pos in ("NOUN", "PROPN") \
                        and not (t.head is not None and verb.index < t.head < t.index) \
                        and not self.children(t.index, "case"):
                    objs = [t]
                    break
        if not objs and (words := self._words_before(verb)) is not None:
            objs = [words]  # (`«…», — эти слова X цитирует ТАСС`, parsed apart from the verb)
        speaker = next((self.by_token[c.index] for c in objs
                        if self.kind(self.by_token.get(c.index)) == "person"), None)
        for c in objs:  # `приводит Reuters слова представителя X`, `высказывания X`, `сообщение X`
            if speaker is None and self._words_noun(c):
                # (the owner in the genitive, not a topic: `приводит его рассказ об аварии`)
                owner = [n for n in self.children(c.index, "nmod") if n.index > c.index
                         and not self.children(n.index, "case")]
                if owner:
                    speaker, self.last_label = self.phrase_entity(owner[0])
                elif (mine := self._possessive_before(c)) is not None:
                    speaker = self.pronoun(mine)  # `приводит его слова`: his, named before
        source = next((self.by_token[c.index] for c in self.children(verb.index, "nsubj", "iobj")
                       if c.index in self.by_token and c not in objs), None)
        if source is None:  # `цитирует агентство «Интерфакс»`: the name the noun introduces
            source = next((self.by_token[t.index] for c in kids if c not in objs
                           for t in self.subtree(c.index) if t.index in self.by_token
                           and self._appositive(t, c)), None)
        for c in objs:
            # `цитирует РБК пресс-службу министерства X`, `… министра финансов Y`: a body or a
            # title quoted speaks for its owner or holder, not the one who quotes
            if speaker is None and not self._words_noun(c):
                who, label = self.phrase_entity(c)
                if who is not None and who != source:
                    speaker = who
                elif label and not self.last_label:
                    self.last_label = label
        return speaker, source

    def _words_before(self, verb: Token) -> Token | None:
        """`«…», — эти слова капитана X, сказанные им вчера, цитирует ТАСС`: the words noun
        before a quoting verb with no object, when the parse hung it elsewhere (on the quote's own
        verb); only when every word between it and the verb is its own phrase, a comma or the
        verb's time or place, and the noun is outside any quote."""
        toks = [t for t in self.a.sentence_tokens(verb.sent) if t.index < verb.index]
        nouns = [t for t in toks if t.pos == "NOUN" and self._words_noun(t)
                 and t.feats.get("Case") in ("Nom", "Acc")
                 and not any(q.start <= t.start < q.end for q in self.quotes)]
        if not nouns:
            return None
        noun = nouns[-1]
        own = {x.index for x in self.subtree(noun.index)}
        for t in toks[toks.index(noun) + 1:]:
            if t.index in own or t.pos == "PUNCT" \
                    or (t.head == verb.index
                        and t.rel.split(":")[0] in ("obl", "advmod")):
                continue
            if t.head is not None and t.head in own:
                continue
            if t.head is not None and self.a.tokens[t.head].head == verb.index \
                    and self.a.tokens[t.head].rel.split(":")[0] == "obl":
                continue  # (`в пятницу`: the preposition of the verb's time)
            return None
        return noun

    def _words_noun(self, t: Token) -> bool:
        """A noun of what someone said or wrote (`слова`, `высказывания`, a document noun of
        speech_sources.tsv): quoted, it is its owner's words."""
        lemma = norm(t.lemma)
        return lemma in ("слово", "высказывание") or self.sources.get(lemma) == "document" \
            or lemma in _quoted_nouns()  # (`приводит рассказ X`: the quoting entries' nouns)

    def _possessive_before(self, t: Token) -> Token | None:
        """A third-person possessive (`его`, `её`, `их`) owning the noun: its `det` or the word
        right before it, whatever the parse hung that on."""
        third = possessives("3")
        before = self.a.tokens[t.index - 1] if t.index else None
        for c in [*self.a.children(t.index), before]:
            if c is not None and c.index < t.index and c.sent == t.sent \
                    and c.pos in ("PRON", "DET") and norm(c.text) in third \
                    and (c.head == t.index or c.index == t.index - 1):
                return c
        return None

    def addressee_of(self, verb: Token) -> str | None:
        for t in self.a.children(verb.index):
            if t.rel == "iobj" or (t.rel == "obl" and t.feats.get("Case") == "Dat"
                                   and not self.children(t.index, "case")):
                key = self.by_token.get(t.index)
                if key is None and norm(t.lemma) in self.ref.introducers:
                    # `сообщил агентству AFP`, `рассказал газете «Известия»`: the one name the
                    # generic noun introduces
                    names = {self.by_token[x.index] for x in self.subtree(t.index)
                             if x.index > t.index and x.index in self.by_token
                             and self._appositive(x, t)}
                    key = names.pop() if len(names) == 1 else None
                if key and self.kind(key) in ("person", "organization", "country", "place"):
                    return key
        return None

    def cited_source(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        """(source, author): `в заявлении Белого дома` → the White House as the source (also an
        owner given by a noun that refers back, `в заявлении организации`); a document named
        without its owner (`в совместном заявлении`, `заявление, в котором говорится`, `в нём
        сказано`) → the author of that document, as the speaker."""
        for t in tokens:
            doc = self._document(t)
            if doc is None or [norm(c.text) for c in self.children(doc.index, "case")] in (
                    ["о"], ["об"], ["обо"]):
                continue  # (`отозвался о статье X`: X's article is the topic, not the source)
            if doc is t and t.rel.split(":")[0] != "nsubj" and not set(
                    norm(c.text) for c in self.children(t.index, "case")) & {"в", "на", "из", "по"}:
                continue  # (`при заполнении документа X указал`, `опубликован документ, …`: a
                # document the words are not cited from)
            owner = [self.by_token[c.index] for c in self.subtree(doc.index)
                     if c.index in self.by_token and c.index != doc.index
                     and not self._in_clause(c, doc)]
            titled = [self.ref.noun(c) for c in self.children(doc.index, "nmod")
                      if c.feats.get("Case") == "Gen" and c.pos == "NOUN" and c.index > doc.index
                      and c.index not in self.by_token and c.feats.get("Animacy") == "Anim"]
            if owner and self.kind(owner[0]) in ("country", "place") and titled:
                # `в поздравлении президента России`: the president, not the country in his
                # title; no one when the title settles no one
                return next((k for k in titled if k), None), None
            if owner:
                return owner[0], None
            for c in self.children(doc.index, "nmod"):
                if c.feats.get("Case") == "Gen" and c.pos == "NOUN" and c.index > doc.index:
                    key = self.ref.noun(c) or self._body_back(c)  # (`в сообщении ведомства`)
                    if key:
                        return key, None
            issuer = self._issued_by(doc)
            if issuer:
                return issuer, None
            author, written = self._author(doc)
            if author and (self._act(doc) or self._act(written)):
                # `X своим указом освободил Y … . В указе отмечается …`: an act of authority
                # cites its issuer as the source; nobody says its words
                return author, None
            if author:
                return None, author
            # else the next document of the clause may name its owner (`в заявлении на сайте
            # клуба`)
        return None, None

    def _issued_by(self, doc: Token) -> str | None:
        """`в пресс-релизе, выпущенном X`, `в заявлении, распространённом компанией X`: the agent
        (an instrumental) of a passive participle on the document is its owner."""
        for part in self.a.children(doc.index):
            if not part.rel.startswith("acl") or part.feats.get("VerbForm") != "Part" \
                    or part.feats.get("Voice") != "Pass":
                continue
            for c in self.a.children(part.index):
                if c.feats.get("Case") == "Ins" and c.pos in ("NOUN", "PROPN") \
                        and not self.children(c.index, "case"):
                    key = self.by_token.get(c.index) or self.phrase_entity(c)[0]
                    if key is not None:
                        return key
        return None

    def _body_back(self, c: Token) -> str | None:
        """`Миграционная служба X подтвердила … . В ведомстве отметили, что …`: the noun a plural
        verb is said in refers back to the one organisation the article named before with that
        noun or a synonym (`anaphoric_nouns.tsv`: `ведомство` ← `служба`, `министерство`);
        a noun with words of its own (`в министерстве обороны`, `в новом ведомстве`), a plural,
        or two such organisations settle no one."""
        rows = anaphoric_rows()
        lemma = norm(c.lemma)
        if lemma not in rows or rows[lemma][0] != "organization" or c.index in self.by_token \
                or c.feats.get("Number") == "Plur" \
                or any(k.rel != "case" for k in self.a.children(c.index)):
            return None
        words = rows[lemma][1]
        found = self.ref.introduced("organization", words, c.sent - 1)
        return found[0] if len(found) == 1 else None

    def _body_in(self, c: Token) -> bool:
        """c is `в X` with X a named organisation (`поясняли в Fitch`), or `на` a meeting of one
        (`заявили на брифинге МИД`)."""
        case = [norm(x.text) for x in self.children(c.index, "case")]
        if case == ["на"]:
            return self._meeting_body(c) is not None
        key = self.by_token.get(c.index) or self.phrase_entity(c)[0]  # (`в агентстве X`)
        return key is not None and self.kind(key) == "organization" and case == ["в"]

    def _meeting_body(self, c: Token) -> str | None:
        """`на брифинге МИД`, `на заседании Центризбиркома`: the one organisation in the
        genitive of a meeting noun (kg/data/ru/speech_meeting_nouns.txt); None for a person
        (`на пресс-конференции министра`), a place, or two bodies (`на заседании Госдумы и
        Совета Федерации`)."""
        if norm(c.lemma) not in normed_words("speech_meeting_nouns"):
            return None
        owners = [n for n in self.children(c.index, "nmod")
                  if n.feats.get("Case") == "Gen" and not self.children(n.index, "case")]
        owners += [j for n in owners for j in self.children(n.index, "conj")]
        held = {self.by_token.get(n.index) for n in owners}
        if len(held) != 1 or None in held or self.kind(next(iter(held))) != "organization":
            return None
        return held.pop()

    def _document(self, t: Token) -> Token | None:
        """The document noun t is or stands for: itself, the noun a `в котором` clause hangs on,
        or for `в нём` the last document named in this or the previous sentence."""
        if self.sources.get(norm(t.lemma)) == "document":
            return t
        if norm(t.lemma) == "который" and t.head is not None and any(
                norm(c.text) == "в" for c in self.children(t.index, "case")):
            # (`в котором говорится`; not `документ, который СМИ назвали …`: the topic)
            verb = self.a.tokens[t.head]
            if verb.rel.startswith("acl") and verb.head is not None:
                noun = self.a.tokens[verb.head]
                if self.sources.get(norm(noun.lemma)) != "document" and noun.head is not None \
                        and not self._agrees_with(t, noun) \
                        and self._agrees_with(t, self.a.tokens[noun.head]):
                    # `дал интервью газете X, в котором заявил`: the parse hung the clause on a
                    # noun `который` does not agree with; the one above it that it agrees with
                    noun = self.a.tokens[noun.head]
                return noun if self.sources.get(norm(noun.lemma)) == "document" else None
        before = self.a.tokens[t.index - 1] if t.index else None
        if norm(t.text) in ("нем", "ней") and before is not None and norm(before.text) == "в":
            # `в нём`, `в ней` (the parser may take `нём` for a noun)
            # (one the pronoun agrees with: `в ней` is no `доклад`; two documents of other names
            # it agrees with, `X опубликовал доклад, а Y выпустил письмо. В нём …`, leave it open)
            first = self.a.sentences[max(t.sent - 1, 0)].first
            genders = ("Fem",) if norm(t.text) == "ней" else ("Masc", "Neut")
            docs = [d for d in reversed(self.a.tokens[first:t.index])
                    if self.sources.get(norm(d.lemma)) == "document"
                    and d.feats.get("Gender", genders[0]) in genders
                    and d.feats.get("Number") != "Plur"]
            if len({norm(d.lemma) for d in docs}) > 1:
                return None
            return docs[0] if docs else None
        return None

    @staticmethod
    def _agrees_with(rel: Token, noun: Token) -> bool:
        """`который` and a noun agree in gender and number (where both are tagged)."""
        return all(rel.feats.get(x) is None or noun.feats.get(x) is None
                   or rel.feats.get(x) == noun.feats.get(x) for x in ("Gender", "Number"))

    def _author(self, doc: Token) -> tuple[str | None, Token | None]:
        """Who issued the document, and the document token that says so: the subject of the verb
        it is the object of (`Канцелярия распространила заявление, в котором…`, `выступил с
        заявлением`), else the named subject of the nearest earlier `X сделал/опубликовал <the
        same document>`."""
        own = self._issuer(doc)
        if own:
            return own, doc
        if self._received(doc):
            return None, None  # (a document received or read out is no earlier one of the same
            # name)
        for t in reversed(self.a.tokens[:doc.index]):
            if norm(t.lemma) != norm(doc.lemma) or t.sent == doc.sent:
                continue
            who = self._issuer(t)
            if who:
                return who, t
        # `X распространил сообщение для печати. В пресс-релизе говорится…`: the document issued
        # just before, under another name
        # (two documents of two issuers there, `X опубликовал доклад, а Y выпустил письмо. В нём
        # говорится …`: either may be meant, so no one)
        first = self.a.sentences[max(doc.sent - 2, 0)].first
        docs = [t for t in reversed(self.a.tokens[first:doc.index])
                if t.sent != doc.sent and self.sources.get(norm(t.lemma)) == "document"]
        if not docs:
            return None, None
        issuers = [self._issuer(t) for t in docs]
        return (issuers[0], docs[0]) if len(set(issuers) - {None}) <= 1 else (None, None)

    @staticmethod
    def _act(doc: Token | None) -> bool:
        """The document is an act of authority (kg/data/ru/speech_act_documents.txt: `указ`,
        `постановление`, `приговор`): its text is not words its issuer said."""
        return doc is not None and norm(doc.lemma) in normed_words("speech_act_documents")

    def _received(self, doc: Token) -> bool:
        """The document is the object of a verb of receiving or reading it out (`получила
        письмо`, `зачитал приговор`; document_receiving_verbs.txt): its subject is no author."""
        return doc.head is not None and doc.rel in ("obj", "obl") and \
            norm(self.a.tokens[doc.head].lemma) in normed_words("document_receiving_verbs")

    def _issuing_verb(self, doc: Token) -> Token:
        """The verb a document is the object of: its head, or a verb joined to that head that
        stands between them (`Слова обидели певца, и он направил министру письмо` parsed with
        `письмо` on `обидели`: the letter is what the second verb sent)."""
        head = self.a.tokens[doc.head]
        between = [c for c in self.children(head.index, "conj")
                   if head.index < c.index < doc.index and c.pos == "VERB"
                   and not self.children(c.index, "obj")]
        return between[-1] if between else head

    def _issuer(self, doc: Token, issuing: Token | None = None) -> str | None:
        if doc.rel not in ("obj", "obl") or doc.head is None:
            return None
        if self._received(doc):
            return None  # `получила письмо, в котором сообщалось …`: not the one who wrote it
        issuing = issuing or self.a.tokens[doc.head]
        for c in self.children(issuing.index, "obl"):  # `взяло интервью у политика`: he speaks
            if [norm(x.text) for x in self.children(c.index, "case")] == ["у"]:
                who, _ = self.phrase_entity(c)
                return who if self.kind(who) == "person" else None
        subj = self.children(issuing.index, "nsubj")
        if not subj:
            return None
        who, _ = self.phrase_entity(subj[0])
        return who

    def cue(self, sent_tokens: tuple[Token, ...]) -> tuple[str, Token, Token] | None:
        """`по словам X` / `по данным X`: (role, the cue noun, the last token of the phrase)."""
        for i, t in enumerate(sent_tokens[:-1]):
            if t.index in self.by_token:
                continue  # (`Комитет по оценке СМИ` is a name, not a cue)
            if norm(t.text) == "как" and i + 3 < len(sent_tokens):
                # `Как стало известно «Коммерсанту», …`: a cue of three words, written whole;
                # the word after them stands for the cue noun
                role = self.sources.get(" ".join(norm(x.text) for x in sent_tokens[i:i + 3]))
                if role in ("cue_speaker", "cue_source"):
                    return role, sent_tokens[i + 2], sent_tokens[i + 1]
            if norm(t.text) not in ("по", "согласно", "с", "со", "на"):
                # `Пр данным X`: a mistyped `по` right before a cue noun is the cue all the same
                role = self.sources.get(f"по {norm(sent_tokens[i + 1].text)}")
                if _mistyped_po(t.text) and role in ("cue_speaker", "cue_source"):
                    return role, sent_tokens[i + 1], sent_tokens[i + 1]
                continue
            # `по его словам`, `по его собственному заявлению`: a possessive or an adjective
            # between the preposition and the noun
            j = i + 1
            # (after `на` a possessive only: `на его взгляд` is a cue, `на первый взгляд` is not)
            between = ("DET", "PRON") if norm(t.text) == "на" else ("DET", "PRON", "ADJ")
            while j < len(sent_tokens) - 1 and j < i + 3 and sent_tokens[j].pos in between:
                j += 1
            noun = sent_tokens[j]
            role = self.sources.get(f"{norm(t.text)} {norm(noun.text)}")
            if role is None and norm(t.text) == "с" and i >= 2:
                # `в соответствии с заявлением X`: the table writes such cues whole
                opening = " ".join(norm(s.text) for s in sent_tokens[i - 2:i + 1])
                role = self.sources.get(f"{opening} {norm(noun.text)}")
            if role in ("cue_speaker", "cue_source"):
                return role, noun, sent_tokens[i + 1]
            if norm(t.text) == "согласно":
                named = self._according_to(sent_tokens[i + 1:])
                if named is not None:  # `Согласно агентству Reuters, …`: the preposition is the cue
                    return named, t, sent_tokens[i + 1]
        return None

    def _according_to(self, after: tuple[Token, ...]) -> str | None:
        """`согласно Ивану Петрову`, `согласно агентству Reuters`: the cue's role when a person
        or an organisation follows `согласно` in the dative, alone or after one noun it names
        (`аукционному дому X`); not a law or a document (`согласно закону`, `согласно
        постановлению суда`, where the name is the genitive owner)."""
        k = 0
        while k < len(after) - 1 and after[k].pos in ("ADJ", "DET"):
            k += 1
        if k >= len(after):
            return None
        first = after[k]
        if first.index not in self.by_token:
            if first.pos != "NOUN" or first.feats.get("Case") != "Dat" or k + 1 >= len(after):
                return None
            first = after[k + 1]
            if first.index not in self.by_token \
                    or first.feats.get("Case") not in (None, "Nom", "Dat"):
                return None
        elif first.feats.get("Case") not in (None, "Dat"):
            return None
        kind = self.kind(self.by_token[first.index])
        return {"person": "cue_speaker", "organization": "cue_source"}.get(kind)

    # ---- what was said -------------------------------------------------------------------
    def passive_body(self, verb: Token) -> str | None:
        """`В Министерстве финансов было заявлено, что …`: the organisation an impersonal passive
        speech verb is said in speaks, as with a plural verb (`В Минфине заявили`)."""
        if not _impersonal_passive(verb):
            return None
        key, _ = self.speaker_of(verb)
        return key if key is not None and self.kind(key) == "organization" else None

    def content_after(self, verb: Token) -> Span | None:
        """`заявил, что …` (also `о том, что`): the clause after `что`, to the sentence's end."""
        sent = self.a.sentence_tokens(verb.sent)
        after = [t for t in sent if t.index > verb.index]
        for j, t in enumerate(after[:16]):
            if j >= 8 and not (norm(t.text) in _THAT and self._marks_clause_of(t, verb)):
                # (`сообщила в эфире радиостанции «Эхо Москвы», что …`: past eight words, only a
                # `что` the parse makes the mark of the verb's own clause)
                if self.verb(t) or (t.text in ".!?" and not glued_dot(self.text, t)):
                    break
                continue
            if norm(t.text) in _THAT and j > 1 and after[j - 1].text == "," \
                    and norm(after[j - 2].text) == "так":
                break  # `говорил так, будто уже победил`, `сказал так, что зал затих`: the manner
                # of speaking or what came of it, not the words
            if norm(t.text) in _THAT and ((j > 0 and after[j - 1].text == ",") or t.rel == "mark") \
                    and not (j > 0 and norm(after[j - 1].text) == "как") \
                    and not self._relative_chto(t, verb):  # (`как будто` compares, not reports)
                end = self._clause_end(t, sent, verb)
                # (`добавил, что …:` + a line break: what follows the colon is a paragraph of
                # its own, the words quoted or, where a quote was stripped, the narration)
                colon = re.search(r":[ \t]*\n", self.text[t.end:end])
                begin = t.end
                if norm(t.text) == "будто" and j + 1 < len(after) and norm(after[j + 1].text) == "бы":
                    begin = after[j + 1].end  # (`заявил, будто бы …`: the particle is the doubt)
                return self.trimmed(begin, t.end + colon.start() if colon else end)
            # (a preposition may open the wh-phrase: `уточнил, во сколько обойдётся реформа`)
            # (and then `что`, `кто` in any case ask too: `объяснил, на что потратят резервы`,
            # `рассказал, с кем встретится`)
            led = j > 1 and after[j - 1].pos == "ADP" and after[j - 2].text == ","
            wh = norm(t.text) in _WH or (led and norm(t.lemma) in ("что", "кто"))
            if wh and j > 0 and (after[j - 1].text in (",", "том") or led) \
                    and norm(verb.lemma) in normed_words("speech_that_only"):
                break  # `ожидает, когда закончится заседание`, `опасался, как бы …`: waiting, fear
            if wh and j > 0 and (after[j - 1].text in (",", "том") or led) \
                    and self._clause_of(t, verb):
                if self.negated(verb):
                    return None  # `не уточнил, когда …`: what was not said is no content
                # `рассказал, как они познакомились`
                return self.trimmed(after[j - 1].start if led else t.start, sent[-1].end)
            if self.verb(t) or (t.text in ".!?" and not glued_dot(self.text, t)):
                break  # (a site's dot, `рассказала bbcrussian.com, что …`, ends nothing)
        return None

    def _relative_chto(self, t: Token, verb: Token) -> bool:
        """`что` as the subject or object of a relative clause the parse hangs on a noun other
        than the verb (`добавил к программе завод, что удивило журналистов`, `выразил сожаление
        о решении, что было принято вчера`): a pronoun standing for the noun, not the opening of
        the words said (`о том, что` hangs its clause on a pronoun and stays)."""
        if t.rel == "mark" or t.head is None or t.rel.split(":")[0] not in ("nsubj", "obj"):
            return False
        clause = self.a.tokens[t.head]
        if not clause.rel.startswith("acl") or clause.head is None or clause.head == verb.index:
            return False
        return self.a.tokens[clause.head].pos in ("NOUN", "PROPN")

    def _marks_clause_of(self, mark: Token, verb: Token) -> bool:
        """`что` opens a clause the parse hangs on `verb` itself as what it says (the parser may
        take that `что` for the clause's object)."""
        if mark.head is None or mark.index == 0:
            return False
        clause = self.a.tokens[mark.head]
        opens = mark.rel == "mark" or self.a.tokens[mark.index - 1].text == ","
        return opens and clause.head == verb.index and clause.rel.split(":")[0] == "ccomp"

    def _clause_end(self, mark: Token, sent: tuple[Token, ...], verb: Token) -> int:
        """Where the clause `mark` opens ends: the sentence's end, unless another speech verb
        outside the clause follows (`сообщила, что X уйдёт, в ответ X назвал её «…»`), or the
        verb is a participle and the main clause goes on (`X, заявивший, что …, покинул зал`)."""
        if mark.head is None:
            return sent[-1].end
        if verb.feats.get("VerbForm") == "Part" and verb.head is not None:
            main = self.a.tokens[verb.head].head
            commas = [t for t in sent if mark.index < t.index and main is not None
                      and t.index < main and t.text == ","]
            if main is not None and main > mark.index and commas:
                return commas[-1].start
        inside = {t.index for t in self.subtree(mark.head)}
        other = next((t for t in sent if t.index > mark.index and ((self.verb(t) and (
            (t.index > mark.head and t.index not in inside and self.children(t.index, "nsubj"))
            or self._coordinated(t) or self._joined_to(t, verb))
            and not self.joined_opinion(t, verb)) or (
            # (`не только сказал, что налоги снизятся, но и подписал указ`: a past verb of the
            # speaker's, by agreement, that the parser hung on the clause is a second act)
            t.pos == "VERB" and not self.verb(t) and self.rejoined(t) == verb.index))), None)
        if other is None:
            return sent[-1].end
        # the last comma before that verb, so a parse that hung its words on either clause
        # cuts in the same place
        comma = [t for t in sent if mark.index < t.index < other.index and t.text in ",;"]
        if comma:
            return comma[-1].start
        # (`сказал, что рад … и добавил, что …`: no comma before the joined verb; its
        # conjunction ends the first clause)
        joining = self.a.tokens[other.index - 1]
        if joining.index > mark.index and norm(joining.text) in _JOINING:
            return joining.start
        return sent[-1].end

    def _joined_to(self, t: Token, verb: Token) -> bool:
        """`выразил надежду, что …, а также подтвердил свою поддержку …`: a speech verb joined to
        `verb` (by the parser, or by agreement: see `rejoined`) after `и`, `а также`, `однако`,
        with no subject of its own and what it says in its object: a second act of the same
        speaker."""
        if t.rel.split(":")[0] != "conj" or t.head is None or self.children(t.index, "nsubj"):
            return False
        if t.head != verb.index and self.rejoined(t) != verb.index:
            return False
        entry = self.verb(t)
        before = self.a.tokens[max(t.index - 2, 0):t.index]
        joined = bool(before) and (norm(before[-1].text) in _JOINING or (
            norm(before[-1].text) == "также" and len(before) == 2
            and norm(before[0].text) in _JOINING))
        return joined and entry is not None and entry.object_content \
            and any(c.index > t.index for c in self.children(t.index, "obj"))

    def rejoined(self, t: Token) -> int | None:
        """`X выразил надежду, что фабрика откроется …, а также подтвердил …`: a past verb with no
        subject that the parser joined to the reported clause's verb, whose subject it cannot
        share (not of its gender or number), belongs to the speech verb that clause hangs on when
        that verb is past and of its gender and number: that verb's index."""
        if t.rel.split(":")[0] != "conj" or t.head is None or self.children(t.index, "nsubj") \
                or t.feats.get("Tense") != "Past":
            return None
        own = self.children(t.head, "nsubj")
        if not own or all(own[0].feats.get(x) in (None, t.feats.get(x))
                          for x in ("Gender", "Number")):
            return None
        up = self.a.tokens[t.head]
        for _ in range(4):
            if up.head is None or up.rel.split(":")[0] not in ("ccomp", "acl", "obj", "conj"):
                return None
            up = self.a.tokens[up.head]
            if self.verb(up) is not None and up.index < t.index:
                same = up.feats.get("Tense") == "Past" and all(
                    up.feats.get(x) == t.feats.get(x) for x in ("Gender", "Number"))
                return up.index if same else None
        return None

    def joined_opinion(self, t: Token, verb: Token) -> bool:
        """`заявил, что знает …, и надеется, что …`: a verb of opinion in the present after a
        past speech verb and its `что` clause keeps the tense of the words reported, so it is
        part of them, whatever the parser joined it to."""
        entry = self.verb(t)
        # (a short adjective, `уверен`, has no tense and speaks in the present)
        tense = t.feats.get("Tense") or ("Pres" if t.pos == "ADJ" else None)
        return (entry is not None and entry.said == "clause" and tense == "Pres"
                and verb.feats.get("Tense") == "Past"
                and any(norm(x.text) == "что" and x.rel == "mark"
                        for x in self.a.tokens[verb.index + 1:t.index]))

    def _coordinated(self, verb: Token) -> bool:
        """A second speech act joined to the first (`…, и добавил, что …`, `а также подчеркнул:`,
        `…, добавив, что …`): a conjunction (or a comma before a converb) just before the verb and
        a clause or a colon of its own after it."""
        before = self.a.tokens[max(verb.index - 2, 0):verb.index]
        converb = verb.feats.get("VerbForm") == "Conv" and bool(before) and before[-1].text == ","
        also = len(before) == 2 and norm(before[0].text) in _JOINING \
            and norm(before[1].text) == "также"  # `а также подчеркнул`
        if not before or norm(before[-1].text) not in _JOINING and not converb and not also:
            return False  # (`…, добавив, что …`: a converb after a comma is one too)
        nxt = self.a.tokens[verb.index + 1:verb.index + 4]
        entry = self.verb(verb)
        if entry is not None and entry.particle and nxt \
                and entry.particle in (norm(nxt[0].lemma), norm(nxt[0].text)):
            nxt = nxt[1:]  # `…, и выразил сомнение, что …`: the second word of a two-word verb
        nxt = nxt[:2]
        return any(t.text == ":" for t in nxt) or (
            len(nxt) == 2 and nxt[0].text == "," and norm(nxt[1].text) == "что") \
            or self._object_colon(verb)

    def _object_colon(self, verb: Token) -> bool:
        """`а также поделилась секретом своего долголетия: …`: a colon right after the verb's own
        object phrase (its object or instrumental complement and that phrase's words, five
        words at most, no comma, quote mark or other verb among them)."""
        sent = self.a.sentence_tokens(verb.sent)
        colon = next((t for t in sent if t.index > verb.index and t.text == ":"), None)
        if colon is None or colon.index - verb.index > 6:
            return False
        objects = [c for c in self.a.children(verb.index) if c.index > verb.index
                   and c.rel.split(":")[0] in ("obj", "iobj", "obl")
                   and not self.children(c.index, "case")]
        inside = {t.index for c in objects for t in self.subtree(c.index)}
        between = self.a.tokens[verb.index + 1:colon.index]
        return bool(between) and all(t.index in inside and t.text not in ",«»\"" and not (
            t.pos in ("VERB", "AUX") or self.verb(t)) for t in between)

    def _clause_of(self, t: Token, verb: Token) -> bool:
        """t opens a clause that depends on verb (`рассказал, как …`, not `…, как сообщили`)."""
        for _ in range(_DEPTH):
            if t.head is None or t.index == verb.index:
                break
            t = self.a.tokens[t.head]
        return t.index == verb.index

    def content_about(self, verb: Token) -> Span | None:
        """`сообщил о завершении расследования`, `заявил о намерении уйти`: the `о` phrase, when it
        names something (not `об этом`, whose content is in another sentence). A negated verb
        (`ничего не говорит о сроках`) or one inside another's reported clause says nothing here."""
        if any(norm(c.text) in ("не", "ничего") for c in self.a.children(verb.index)):
            return None
        up = verb
        for _ in range(_DEPTH):
            if up.head is None:
                break
            up = self.a.tokens[up.head]
            if up.index != verb.index and self.verb(up) and not self.narrators(up):
                return None  # (`Напомним, что X заявил об уходе`: the article's own reminder)
        # (the parse may hang the `о` phrase on a place of the verb's after it: `сообщил в своём
        # телеграм-канале о завершении ремонта`)
        where = [c for c in self.children(verb.index, "obl") if c.index > verb.index
                 and [norm(x.text) for x in self.children(c.index, "case")] in (["в"], ["на"])
                 and c.feats.get("Case") != "Acc"]
        # (a place is in the locative: `ответил на вопрос о налогах` names what was asked)
        entry = self.verb(verb)
        # (`сделал заявление о выходе из договора`: the phrase hangs on the verb's own noun)
        own = [o for o in self.children(verb.index, "obj", "obl") if entry is not None
               and entry.particle and norm(o.lemma) == entry.particle and o.index > verb.index]
        for c in self.children(verb.index, "obl") + [
                n for w in where + own for n in self.children(w.index, "nmod") if n.index > w.index]:
            case = [x for x in self.children(c.index, "case")]
            if [norm(x.text) for x in case] not in (["о"], ["об"], ["обо"]) or (
                    c.index < verb.index and not self._fronted_about(verb, case[0])):
                continue  # (`, о чём рассказал X` inside a clause names a topic of another)
            if c.pos not in ("NOUN", "PROPN") or norm(c.lemma) in ("то", "это"):
                return None
            tree = self.subtree(c.index)
            end = next((t.start for t in tree if t.index > c.index and t.text in ":;"), tree[-1].end)
            return self.trimmed(case[0].start, end)
        return None

    def _fronted_about(self, verb: Token, prep: Token) -> bool:
        """`О рождении дочери актриса написала в Instagram.`: an `о` phrase opening a told
        sentence (ended by a full stop: a headline line gives nothing; only adverbs before it,
        `Впервые о законе …`) before a verb of announcing (not one of telling at length,
        speech_topic_verbs.txt) and the verb's subject, with no verb between them outside the
        phrase, is what was said, as after the verb."""
        sent = self.a.sentence_tokens(verb.sent)
        if norm(verb.lemma) in normed_words("speech_topic_verbs"):
            return False  # (`О разговоре рассказал X. По его словам, …`: a topic told next)
        if sent[-1].text not in (".", "!", "…") or not all(
                t.pos in ("ADV", "CCONJ", "PART") or t.text == ","
                for t in sent if t.index < prep.index):
            return False  # (`Впервые о законе X заявил …`: an adverb may open the sentence)
        if not any(c.index > prep.index for c in self.children(verb.index, "nsubj")):
            return False  # (no subject of its own: a joined verb or an impersonal one)
        own = {t.index for t in self.subtree(prep.head)} if prep.head is not None else set()
        return not any(t.pos in ("VERB", "AUX") or t.feats.get("VerbForm") in ("Part", "Conv")
                       for t in sent if prep.index < t.index < verb.index and t.index not in own)
        # (`О законе X узнал из газет и сообщил …`: the phrase is the first verb's; a relative
        # clause inside the phrase, `О сделке, которую …, рассказал X`, is its own)

    def content_before(self, verb: Token) -> Span | None:
        """`Малайзия не хочет конфликтовать…, заявил премьер`: the words before `, verb` when the
        subject follows the verb (the inversion that marks reported speech)."""
        sent = self.a.sentence_tokens(verb.sent)
        pos = verb.index - sent[0].index
        if verb.feats.get("VerbForm") in ("Conv", "Part"):
            return None  # an inverted speech verb is finite (`…, заявил X`), not `…, жалуясь`
        if pos < 2 or sent[pos - 1].text not in (",", "—", "–", "-") \
                or (pos == 2 and sent[0].pos not in ("NOUN", "PROPN")):
            return None  # (`…, заявил X`, `… — сообщил X`; `Реформа, подчеркнул X, …`)
        subjects = self.children(verb.index, "nsubj")
        if any(c.index < verb.index and c.feats.get("Case") == "Nom" and _agrees(c, verb)
               and self._in_number(c, verb) for c in subjects):
            # (`Руководитель театра X, общаясь с …, анонсировал пять премьер, …`: a genitive after
            # a numeral that the parse made a second subject after the verb is its object; the
            # subject before the verb speaks, and nothing is inverted)
            subjects = [c for c in subjects if c.feats.get("Case") != "Gen"]
        if not any(c.index > verb.index for c in subjects) and \
                self.trailing_name(verb) is None and \
                not any(c.index > verb.index and (self._document(c) is not None or (
                    verb.feats.get("Number") == "Plur" and self._body_in(c)))
                        for c in self.children(verb.index, "obl")):
            return None  # (`…, говорится в пресс-релизе` names its document after the verb;
            # `…, поясняли в агентстве X` the body that spoke)
        if any(q.end <= verb.start
               and (_DASH_BEFORE.match(self.text[q.end:verb.start].lstrip("»\"“”"))
                    or self._opens_with_comma(q, self.text[q.end:verb.start]))
               for q in self._quotes_near(verb)):
            return None  # «…», — сказал X: the quote is what was said
        start = max(sent[0].start, self.text.rfind("\n", 0, verb.start) + 1)
        before = [t for t in sent if start <= t.start and t.index < verb.index - 1]
        if len([t for t in before if t.pos != "PUNCT"]) <= 3 and not any(
                t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short" for t in before):
            # `Кроме того, сообщает РБК, руководителем назначен X`: the verb is a parenthesis
            # after a connective; what was said follows the comma that closes it. A subject
            # before it (`Реформа, подчеркнул X, не затронет …`) is a clause the verb interrupts:
            # the whole sentence is said; with no comma after the verb, a subject and what is
            # said of it are all of the words (`— Ситуация стабильная, — рассказала X.`)
            comma = next((t for t in sent if t.index > verb.index and t.text == ","), None)
            subject = any(t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON")
                          for t in before)
            nouns = [t.index for t in before if t.pos in ("NOUN", "PROPN")]
            if comma is None and len(nouns) >= 2 \
                    and all(t.pos in ("NOUN", "PROPN", "PUNCT", "CCONJ") for t in before) \
                    and any(nouns[0] < t.index < nouns[-1] and (t.text == "," or t.pos == "CCONJ")
                            for t in before):
                subject = False  # (`Москва, Казань, Омск — сообщил X о городах`: a list of
                # names, no clause said of them; `— Катастрофа, — сказал X` stays)
            if comma is not None:
                return self.trimmed(start if subject else comma.end, sent[-1].end)
            return self.trimmed(start, sent[pos - 1].start) if subject else None
        return self.trimmed(start, sent[pos - 1].start)

    def trailing_name(self, verb: Token) -> str | None:
        """`…, передаёт «Интерфакс».`: an inverted verb after a comma or dash whose sentence ends
        with one name and nothing else is that name's, though the parse gave the verb no subject
        (a verb form written with ё, which the tagger read as a noun, leaves the tree broken)."""
        if self.children(verb.index, "nsubj"):
            return None
        sent = self.a.sentence_tokens(verb.sent)
        pos = verb.index - sent[0].index
        if pos < 2 or sent[pos - 1].text not in (",", "—", "–"):
            return None
        if any(self.verb(t) for t in sent if t.index < verb.index):
            return None  # (`«…», — ответили власти …, сообщает X`: another's words retold)
        rest = [t for t in sent if t.index > verb.index and t.pos != "PUNCT"]
        keys = {self.by_token.get(t.index) for t in rest}
        if len(keys) != 1 or None in keys:
            return None
        return keys.pop()

    def content_dialogue(self, verb: Token) -> Span | None:
        """`— В декабре, — ответил X.`, `— Нет, — коротко сказал X`: a line opened by a dash whose
        words close with a comma (or `!`, `…`) and a dash right before the verb (one adverb
        may stand between) is a line of dialogue, and all of it is what was said, whatever its
        shape (a bare `Нет`, a phrase, a clause). A dash with no such mark before it (`Москва,
        Казань — сообщил X о городах`) is no dialogue line, nor is a second narration of the
        same line (`— А, — сказал X, — Б, — добавил он`: the first verb's)."""
        sent = self.a.sentence_tokens(verb.sent)
        start = max(sent[0].start, self.text.rfind("\n", 0, verb.start) + 1)
        lead = self.text[start:verb.start].lstrip(" \t\xa0")
        if not lead or lead[0] not in "—–":
            return None
        before = [t for t in sent if start <= t.start and t.index < verb.index]
        k = len(before)
        if k and before[-1].pos == "ADV":
            k -= 1  # `— …, — коротко сказал X`
        if k < 3 or before[k - 1].text not in ("—", "–") or before[k - 2].text not in (
                ",", "!", "…", "!.."):
            return None  # (a line closed by `?` is asked, not said: `— Когда откроется мост? —
            # обратился к губернатору X`)
        if any(t.text in ("—", "–") for t in before[1:k - 1]):
            return None
        if any(t.index > verb.index and t.text in ("—", "–")
               and self.a.tokens[t.index - 1].text == "," for t in sent):
            return None  # (`— А, — сказал X, — Б`: the quote the verb interrupts, read elsewhere)
        words = [t for t in before[1:k - 2] if t.pos != "PUNCT"]
        if len(words) == 1 and len(words[0].text) == 2 and words[0].text.isalpha():
            return span(self.text, words[0].start, words[0].end)  # `— Да, — ответил X`
        return self.trimmed(start, before[k - 2].start)

    def content_as(self, verb: Token) -> Span | None:
        """`Как пишет X, …`: the words after the comma that closes the `как` clause."""
        sent = self.a.sentence_tokens(verb.sent)
        before = [t for t in sent if t.index < verb.index]
        while len(before) > 1 and before[-1].pos == "ADV" and verb.index - before[-1].index <= 2:
            before = before[:-1]  # `Как позднее сообщил X, …`
        if not before or norm(before[-1].text) != "как":
            return None
        prior = [t for t in before[:-1] if t.pos != "PUNCT"]
        if prior and self._time_pronoun(prior[-1]):
            return None  # (`после того, как заявил …`: a clause of time, not `как заявил X`;
            # `Кроме того, как отмечает X, …` is one)
        words = [t for t in before[:-2] if t.pos != "PUNCT"]
        connective = len(words) <= 3 and not any(
            t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short" for t in words)
        if len(before) >= 3 and before[-2].text == "," and not connective:
            # `Ремонт начнётся в мае, как сообщил X` (not `Более того, как сообщает X, …`)
            start = max(sent[0].start, self.text.rfind("\n", 0, verb.start) + 1)
            return self.trimmed(start, before[-2].start)
        # the clause ends at the comma after the speaker's name (`Как пишет …, Питер Цвак, …`),
        # or at the first comma when no name follows the verb
        first = next((t for t in sent if t.index > verb.index and t.text == ","), None)
        if first is not None and any(t.index in self.by_token for t in sent
                                     if verb.index < t.index < first.index):
            end = verb.end  # the speaker is named before the first comma (`Как сообщила газета X,`)
        else:
            names = [t for t in sent if t.index > verb.index
                     and self.kind(self.by_token.get(t.index)) == "person"]
            end = names[0].end if names else verb.end
        comma = next((t for t in sent if t.start >= end and t.text == ","), None)
        first_comma = comma
        while comma is not None:
            # `Как заявила X, пресс-секретарь суда, который …, …`: a person noun in apposition to
            # the speaker, and the relative clauses on it, are not yet what was said
            nxt = next((t for t in sent if t.index > comma.index and t.text == ","), None)
            if nxt is None:
                break
            part = [t for t in sent if comma.index < t.index < nxt.index and t.pos != "PUNCT"]
            roots = [t for t in part if t.head is None or not comma.index < t.head < nxt.index]
            if comma is first_comma:
                # (also a participle on the document or the speaker, `Как говорится в
                # докладе, опубликованном на сайте X, …`, and a person set after `один из`,
                # `…, один из участников, бывший офицер X, …`)
                fits = all(self._apposed(t, part, verb, comma) for t in roots) and not any(
                    t.pos in ("VERB", "AUX") and t.feats.get("VerbForm", "Fin") == "Fin"
                    for t in part)
                # `Как сообщила газета X, ссылаясь на свои источники, …`: whom the speaker cites
                fits = fits or bool(part) and citing_converb(part[0])
            else:
                fits = all(t.rel.startswith("acl") and t.head is not None
                           and first_comma.index < t.head < comma.index for t in roots)
            if not roots or not fits:
                break
            comma = nxt
        if comma is not None and before[0].index < before[-1].index - 1 and any(
                self.verb(t) for t in sent if t.index == comma.index + 1):
            # `Министр X, как сообщает ТАСС, заявил, что …`: the `как` clause is set inside
            # another's statement, which its own verb reports; the outlet says nothing of its own
            # (as `…, считает X, сообщает РБК`)
            return None
        return self.trimmed(comma.end, sent[-1].end) if comma else None

    def _apposed(self, t: Token, part: list[Token], verb: Token, comma: Token) -> bool:
        """t, a word heading the words after the comma that closes a `как` clause, is an
        apposition or a participle on a word of that clause: a person noun or a person's name
        hung on it (or left without a head, the phrase naming a person), or a participle."""
        inside = t.head is not None and verb.index < t.head < comma.index
        if t.rel.startswith("acl") and t.feats.get("VerbForm") == "Part":
            return inside
        person = (t.pos == "NOUN" and t.feats.get("Animacy") == "Anim") \
            or self.kind(self.by_token.get(t.index)) == "person"
        return person and (inside or (t.head is None and any(
            self.kind(self.by_token.get(x.index)) == "person" for x in part)))

    def content_colon(self, verb: Token) -> Span | None:
        """`напомнила о пути классика: его первые опыты …`: the rest of the sentence after a colon
        that closes the verb's own short clause (no quote marks, no other verb before it)."""
        sent = self.a.sentence_tokens(verb.sent)
        after = [t for t in sent if t.index > verb.index]
        colon = next((t for t in after if t.text == ":"), None)
        if colon is None or colon.index - verb.index > 8:
            return None
        between = [t for t in after if t.index < colon.index]
        if any(t.pos in ("VERB", "AUX") or t.text in ",«»\"" or self.verb(t) for t in between):
            return None
        # only the subject, adverbs and an `о` phrase (`признал себя виновным по пунктам: …` is
        # a plea, and its colon opens a list, not words said)
        # (and the one it was said to, a bare dative noun on the verb: `признался журналистам:`)
        # (the verb's own subject, titled: `согласен и экономист X: …`)
        own = {w.index for s in self.children(verb.index, "nsubj") if s.index > verb.index
               for w in self.subtree(s.index)}
        entry = self.verb(verb)  # (and its own noun: `дал комментарий: …`)
        own |= {o.index for o in self.children(verb.index, "obj", "obl") if entry is not None
                and entry.particle and norm(o.lemma) == entry.particle and o.index > verb.index}
        rest = [t for t in between if not (t.pos in ("ADV", "PART") or t.index in own
                                           or (t.pos == "PROPN" and t.feats.get("Case") == "Nom")
                                           or (t.pos == "NOUN" and t.feats.get("Case") == "Dat"
                                               and t.head == verb.index
                                               and not self.children(t.index, "case")))]
        if rest and norm(rest[0].text) not in ("о", "об", "обо"):
            return None
        rest = self.text[colon.end:sent[-1].end]
        if "\n" in self.text[verb.end:colon.start] or not rest.strip() \
                or rest.lstrip(" ")[:1] in "\n«\"„“'":
            return None  # a quote or a paragraph after the colon is found as a quote
        return self.trimmed(colon.end, sent[-1].end)

    def content_this(self, verb: Token) -> Span | None:
        """`Об этом сообщил X`, `Эту информацию подтвердил X`: what was said is the sentence before,
        in the same paragraph or closing the one before (a headline, which has no full stop, says
        nothing)."""
        if verb.sent == 0 or any(norm(c.text) in ("не", "ничего")
                                 and not self._contrast_not(verb, c)
                                 for c in self.a.children(verb.index)):
            return None  # (`сделал не X, а Y`: Y did make it)
        this = any(norm(c.lemma) == "это" and [norm(x.text) for x in self.children(c.index, "case")]
                   in (["о"], ["об"], ["обо"]) for c in self.children(verb.index, "obl"))
        # `Эту информацию подтвердил X`, `Это сообщил X`: the news the sentence before gave
        this = this or any((norm(c.lemma) == "это" and c.pos == "PRON") or (
            self.sources.get(norm(c.lemma)) == "news"
            and any(norm(d.lemma) == "этот" for d in self.children(c.index, "det")))
            for c in self.children(verb.index, "obj"))
        if not (this or self.such_words(verb)):
            return None
        if this and self._after_own_act(verb):
            return None  # (`сняла кандидатуру и сообщила об этом`: the act of its own sentence)
        sent = self.a.sentence_tokens(verb.sent)
        colon = next((t for t in reversed(sent) if t.index < verb.index and t.text == ":"), None)
        if colon is not None and colon.index > sent[0].index and verb.index - colon.index <= 4:
            # `X был убит: об этом заявил Y`: what was said stands before the colon (on its line)
            return self.trimmed(max(sent[0].start, self.text.rfind("\n", 0, colon.start) + 1),
                                colon.start)
        prev = self.a.sentences[verb.sent - 1]
        spoken = [t for t in self.a.sentence_tokens(prev.index)
                  if self.verb(t) and not t.rel.startswith("acl")]
        # (not a verb of a clause on a noun: `роман, в котором рассказывается о …`)
        earlier = [t for t in spoken if self.speaker_of(t)[0] is not None]
        if earlier:
            # the sentence before is someone's speech: its own statement says it; `Аналогичное
            # заявление сделал и Y` repeats those words for Y, another speaker
            # (a person: `Об этом также сообщил ТАСС` after a minister's words is the outlet
            # passing them on, not saying them again)
            first = earlier[0]
            again = self.speaker_of(verb)[0]
            if self._repeated(verb) and again not in (None, self.speaker_of(first)[0]) \
                    and self.kind(again) == "person" and not self.negated(first) \
                    and not self.hypothetical(first):
                # (a statement not made, `X не заявлял, что …`, is none to make again; the words
                # are those of the first statement, its clause or its quote, never the sentence
                # with its frame: `«…», — заявил X` gives the quote)
                said = [q for q in self.quotes if prev.start <= q.start < prev.end
                        and (q.start, q.end) in self.used_quotes]
                return (self.content_after(first) or self.content_before(first)
                        or (self.trimmed(said[0].start, said[0].end) if said else None))
            return None
        if spoken and not any(norm(c.lemma) in self.sources and self.sources[norm(c.lemma)] in (
                "person", "spokesperson") for t in spoken for c in self.children(t.index, "nsubj")):
            return None
        # `Источник в ведомстве заявил, что … . Об этом сообщило агентство X`: the speaker before
        # is unnamed; the outlet that reports it speaks for the sentence
        gap = self.text[prev.end:self.a.sentences[verb.sent].start]
        closed = self.text[prev.start:prev.end].rstrip().endswith((".", "!", "?", "»", "\""))
        if gap.count("\n") > 2 or ("\n" in gap and not closed):
            return None
        return self.trimmed(prev.start, prev.end)

    def _after_own_act(self, verb: Token) -> bool:
        """`X сняла кандидатуру и сообщила об этом`: a speech verb joined by `и` to an act of its
        own sentence before it (the nearest finite verb before it is a main-clause verb that is no
        speech verb) says `об этом` of that act, not of the sentence before; `X подтвердил … и
        сообщил об этом` is left as it was. (The parse may hang the second verb on a converb
        opening the sentence, so the nearest finite verb is looked for, not the verb's head.)"""
        if not any(norm(c.text) == "и" for c in self.children(verb.index, "cc")):
            return False
        before = [t for t in self.a.sentence_tokens(verb.sent) if t.index < verb.index
                  and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
        if not before:
            return False
        first = before[-1]
        return (first.head is None or first.rel.split(":")[0] in ("root", "conj")) \
            and self.verb(first) is None

    def _repeated(self, verb: Token) -> bool:
        """`Аналогичное (подобное, такое же) заявление сделал Y`, `Такое заявление сделал и Y`,
        `Об этом же сообщил Y`: the words pointed back to are said again, by one more speaker."""
        for c in self.children(verb.index, "obj", "obl", "nsubj"):
            if c.index > verb.index:
                continue
            if norm(c.lemma) == "это" and any(norm(x.text) == "же"
                                               for x in self.a.children(c.index)):
                return True  # `Об этом же сообщил Y`
            for d in self.children(c.index, "det", "amod"):
                if norm(d.lemma) in ("аналогичный", "подобный") or (
                        norm(d.lemma) == "такой" and any(
                            norm(x.text) == "же" for x in self.a.children(d.index))):
                    return True
        subjects = [s for s in self.children(verb.index, "nsubj") if s.index > verb.index]
        return any(norm(x.text) in ("и", "также", "тоже") and x.index < s.index
                   for s in subjects for x in self.a.children(s.index)) or any(
            norm(x.text) in ("также", "тоже") for x in self.a.children(verb.index))

    def such_words(self, verb: Token) -> bool:
        """`Такое заявление сделал X`, `С таким заявлением выступил X`, `Такое мнение высказал X`,
        `Соответствующее заявление сделал X`: the verb's own noun before it, pointed back by
        `такой`, `этот`, `соответствующий`, or a document's or news noun by `такой` and its kin
        (not `этот`: `Эту статью написал X` names the article's author): the words are the
        sentence before, as with `Об этом заявил X`."""
        entry = self.verb(verb)
        for c in self.children(verb.index, "obj", "obl", "nsubj"):
            if c.index > verb.index \
                    or [norm(x.text) for x in self.children(c.index, "case")] not in ([], ["с"]):
                continue
            own = entry is not None and entry.particle and norm(c.lemma) == entry.particle
            if not own and self.sources.get(norm(c.lemma)) not in ("document", "news"):
                continue
            if any(norm(d.lemma) in _POINTING_BACK and (own or norm(d.lemma) != "этот")
                   for d in self.children(c.index, "det", "amod")):
                return True
        return False

    def content_reason(self, verb: Token) -> Span | None:
        """`объяснил своё решение преклонным возрастом`, `мотивировала просьбу необходимостью
        ухода за сыном`: the reason given, a noun in the instrumental after a verb of
        speech_reason_verbs.txt, and the words that hang on it (not a clause joined after it,
        `…, после чего покинул зал`; not `тем, что …`, read as a clause)."""
        if norm(verb.lemma) not in normed_words("speech_reason_verbs") or self.negated(verb):
            return None
        kids = self.children(verb.index, "obl", "iobj", "obj", "nmod", "xcomp")
        kids += [c for o in self.children(verb.index, "obj") for c in self.children(o.index, "nmod")]
        # (the parser may hang the reason on the object: `мотивировала просьбу необходимостью`)
        why = next((c for c in sorted(kids, key=lambda t: t.index)
                    if c.index > verb.index and c.pos == "NOUN" and c.feats.get("Case") == "Ins"
                    and not self.children(c.index, "case") and c.index not in self.by_token), None)
        if why is None:
            return None
        sent = self.a.sentence_tokens(verb.sent)
        stop = next((t.start for t in sent if t.index > why.index and t.text in ":;"), sent[-1].end)
        reason = self.subtree(why.index)  # (`усталостью и болезнью жены`), not a clause after it
        start = min(t.start for t in reason)  # (`преклонным возрастом`)
        return self.trimmed(start, min(stop, max(t.end for t in reason)))

    def content_infinitive(self, verb: Token) -> Span | None:
        """`советует воздерживаться от поездок`, `пообещав упростить кодекс`: the infinitive."""
        inf = [c for c in self.children(verb.index, "xcomp") if c.feats.get("VerbForm") == "Inf"
               and c.index > verb.index]
        if not inf:
            return None
        tree = self.subtree(inf[0].index)
        return self.trimmed(tree[0].start, tree[-1].end)

    def content_naming(self, verb: Token) -> Span | None:
        """`назвал Петрова лучшим вратарём сезона`: the object and the instrumental
        it was called, when both follow the verb."""
        obj = [c for c in self.children(verb.index, "obj") if c.index > verb.index]
        called = [c for c in self.children(verb.index, "xcomp", "obl")
                  if c.index > verb.index and c.feats.get("Case") == "Ins"
                  and c.pos != "PROPN" and c.index not in self.by_token]  # (a name given is
        # no speech: `назвал сына Олегом`)
        if obj and not called and any(self._as_role(c) or self._fronted_role(c, verb)
                                      for c in self.children(verb.index, "xcomp", "obl")):
            # `в качестве причины назвала разницу во взглядах`: what it was called is the role,
            # what was said the object after the verb (of two words at least: `в качестве
            # посла назвала сына` names a person for a post)
            tree = self.subtree(obj[0].index)
            if len(tree) < 2:
                return None
            return self.trimmed(min(t.start for t in tree), max(t.end for t in tree))
        if obj and not called:
            # `охарактеризовал X как «провидца»`: what it was called may follow `как` (a noun or
            # an adjective, not a clause: `назвал причину, как сообщает X`)
            called = [self.a.tokens[t.head] for t in self.subtree(verb.index)
                      if t.index > obj[0].index and norm(t.text) == "как"
                      and t.rel.split(":")[0] in ("case", "mark") and t.head is not None
                      and t.head > t.index
                      and self.a.tokens[t.head].pos in ("NOUN", "ADJ")][:1]
        if not obj or not called:
            return None
        if norm(called[0].lemma) in normed_words("speech_name_nouns") \
                and obj[0].feats.get("Animacy") == "Inan":
            # `назвал улицу своим именем`: a name given to a thing, not words said (a person
            # called by a name, `назвали стрелка именем X`, is what a claim said of him)
            return None
        tree = self.subtree(obj[0].index) + self.subtree(called[0].index)
        return self.trimmed(min(t.start for t in tree), max(t.end for t in tree))

    def _fronted_role(self, t: Token, verb: Token) -> bool:
        """`Основанием для решения называют ложные данные`: an instrumental common noun opening
        the sentence before the verb is the role the object after the verb is named in."""
        first = self.a.sentence_tokens(verb.sent)[0]
        return t.index == first.index and t.index < verb.index and t.pos == "NOUN" \
            and t.feats.get("Case") == "Ins" and t.index not in self.by_token

    def _as_role(self, t: Token) -> bool:
        """`в качестве причины`: a noun after `в качестве`, the role something is named in."""
        k = t.index
        return k >= 2 and norm(self.a.tokens[k - 1].text) == "качестве" \
            and norm(self.a.tokens[k - 2].text) == "в" and t.pos == "NOUN"

    def content_object(self, verb: Token) -> Span | None:
        """`подтвердило факт похищения`: the direct object is what was said; before the verb
        when its subject follows (`Его смерть подтвердил X`)."""
        after = any(c.index > verb.index for c in self.children(verb.index, "nsubj"))
        obj = [c for c in self.children(verb.index, "obj")
               if c.pos == "NOUN" and (c.index > verb.index or after)]
        entry = self.verb(verb)
        if not obj or (entry is None or not entry.admission) and any(
                norm(d.lemma) == "свой" for d in self.children(obj[0].index, "det")):
            return None  # (`отмечает свой юбилей` celebrates its own, it does not say it;
            # `признал свою вину`, `своё участие в драке` is an admission all the same)
        if self.sources.get(norm(obj[0].lemma)) == "news" and any(
                norm(d.lemma) == "этот" for d in self.children(obj[0].index, "det")):
            return None  # `эту версию подтвердил X`: the news of the sentence before, not words
        if _occasion(verb, obj[0]):
            return None  # `город отметил 300-летие`, `отмечают праздник`: a celebration
        if obj[0].feats.get("Animacy") == "Anim" and obj[0].feats.get("Case") == "Acc":
            return None  # `отметил сотрудников премией`, `поддержал коллег`: people honoured or
            # helped, not words (`отметил заслуги сотрудников` names what was said)
        if entry is not None and (entry.admission or entry.comparison or entry.estimate) \
                and self.negated(verb):
            return None  # `не признал вину`: an admission not made
        framed = entry is not None and (entry.comparison or entry.estimate)
        with_ = self._compared_with(verb, obj[0], "с" if entry.comparison else "в") \
            if framed else None
        if framed and with_ is None:
            return None  # `сравнил подписи на документах`, `оценил работу`: an act, not words
        if entry.comparison and word_list("comparison_act_nouns") & {
                norm(obj[0].lemma), norm(with_.lemma)}:
            return None  # `сравнил образец с эталоном`: a laboratory's act, not words
        if entry is not None and entry.admission and self._named_so(verb):
            return None  # `суд признал закон недействующим`, `признал X виновным`: a ruling that
            # names the object so, not words about it
        tree = [t for t in self.subtree(obj[0].index) if t.index > verb.index or after]
        ids = {t.index for t in tree}
        cut = next((k for k in range(obj[0].index + 1, tree[-1].index)
                    if self.a.tokens[k].pos == "VERB"
                    and self.a.tokens[k].feats.get("VerbForm") == "Fin"
                    and (k not in ids or self.a.tokens[k].rel == "conj")), None) if tree else None
        if cut is not None:
            # (`признал участие в драке, но отверг обвинения в …`: a finite verb joined to the
            # speech verb, or hung in the object, is an act of its own, not part of what was
            # admitted, even when the parse hangs a later noun on the object)
            tree = [t for t in tree if t.index < cut]
            while tree and (tree[-1].pos in ("PUNCT", "CCONJ")):
                tree.pop()
        if with_ is not None:  # (`сравнил санкции с бумерангом`: the two things likened)
            tree = sorted({*tree, *(t for t in self.subtree(with_.index)
                                    if t.index > verb.index or after)}, key=lambda t: t.index)
            if entry.estimate:
                # (`в 200 миллиардов долларов`: the unit the parse hangs elsewhere is still the
                # number's, so the words run over the genitive nouns right after it)
                while tree[-1].index + 1 < len(self.a.tokens):
                    nxt = self.a.tokens[tree[-1].index + 1]
                    if nxt.sent != verb.sent or nxt.pos != "NOUN" \
                            or nxt.feats.get("Case") != "Gen":
                        break
                    tree.append(nxt)
        if len(tree) < 2:
            return None
        return self.trimmed(tree[0].start, tree[-1].end)

    def _compared_with(self, verb: Token, obj: Token, prep: str) -> Token | None:
        """`сравнил семейную жизнь с фильмом`, `связывает рост цен с неурожаем` (`prep` `с`):
        the noun of a `с` phrase in the instrumental on the verb or within its object (the parse
        may hang it on the object's genitive); `оценил ущерб в миллион рублей` (`в`): the noun
        of a `в` phrase in the accusative that holds a number (`в 650 млн рублей`, `в два
        триллиона`), not a place or a time (`оценил работу в Москве`, `в среду`). None when
        there is none."""
        if prep == "в":
            # (read along the clause after the verb, not by the parse, which may hang `в 17,6 млрд
            # долларов` on a converb after it; a year, `в 2013 году`, is a time)
            for t in self.a.sentence_tokens(verb.sent):
                if t.index <= verb.index:
                    continue
                if t.text in ",;:.!?" or (t.feats.get("VerbForm") == "Fin" and t is not verb):
                    return None
                if norm(t.text) not in ("в", "во"):
                    continue
                words = self.a.tokens[t.index + 1:t.index + 4]
                if any(norm(w.lemma) == "год" or w.text in ",;:.!?" for w in words[:2]):
                    continue
                number = next((w for w in words if w.pos == "NUM" or w.text[:1].isdigit()
                               or norm(w.lemma) in _NUMBER_WORDS), None)
                if number is not None:
                    return self.a.tokens[number.head] if number.head is not None \
                        and self.a.tokens[number.head].index > t.index else number
            return None
        for c in [*self.children(verb.index, "obl", "nmod"), *self.subtree(obj.index)]:
            if c.index == obj.index or c.pos not in ("NOUN", "PROPN", "PRON", "NUM") \
                    or [norm(x.text) for x in self.children(c.index, "case")] != [prep]:
                continue
            if c.feats.get("Case") == "Ins":
                return c
        return None

    def _named_so(self, verb: Token) -> bool:
        """A predicate in the instrumental after the verb, before the next finite verb of its
        sentence (`признал X виновным`, `признал закон не соответствующим …`): an adjective or a
        participle that qualifies no noun (not `amod`) and heads no prepositional phrase, or a noun
        the parser makes the verb's predicate (`признал город столицей`)."""
        for t in self.a.sentence_tokens(verb.sent):
            if t.index <= verb.index:
                continue
            if t.feats.get("VerbForm") == "Fin":
                return False
            if t.feats.get("Case") == "Ins" and (t.pos == "ADJ" or t.feats.get("VerbForm") == "Part"
                                                 or t.pos == "NOUN") \
                    and t.rel.split(":")[0] not in ("amod", "det", "nummod") \
                    and not self.children(t.index, "case"):
                return True
        return False

    def trimmed(self, start: int, end: int) -> Span | None:
        while start < end and (self.text[start].isspace() or self.text[start] in ",:—–"):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".,;:!?"):
            end -= 1
        return span(self.text, start, end) if end - start >= 3 else None

    def resumed(self, verb: Token, first: Quote) -> Quote | None:
        """`«…», — сказал Трамп, когда его спросили… — «…»`: the quote that picks up after the
        verb's clause, in the same paragraph, when the first one came before the verb."""
        if first.end > verb.start or first.colon_paragraph:
            return None
        for q in self.quotes:
            if q.start <= verb.end or q.colon_paragraph or (q.start, q.end) in self.used_quotes:
                continue
            gap = self.text[verb.end:q.start].rstrip("«\"„“ ")
            if (q.start, q.end) in self.broken_parts:  # `— сказал X.` + line break + `— …»`
                gap = gap.replace("\n", " ", 1)
            between = self.tokens_in(verb.end, q.start)
            if _RESUMED.match(gap) and not any(self.verb(t) for t in between):
                return q
            return None
        return None

    def _opens_sentence(self, q: Quote) -> bool:
        """The quote stands at the start of its sentence (`«…». Так X ответил`), not at the end of
        a sentence of the narration (`получил название «…». Так сообщил X`: a title)."""
        sent = next((s for s in self.a.sentences if s.start <= q.start < s.end), None)
        return sent is not None and not self.text[sent.start:q.start].strip(" \t\n«\"„“—–-")

    def quote_for(self, verb: Token, content: Span | None, framed: bool = False) -> Quote | None:
        """A quote this verb introduces: `«…», — сказал X`, `сказал X: «…»`, a colon paragraph, or
        a quote inside the verb's own clause (`назвал «серьёзнейшей ошибкой»`); only the first
        two when `framed` (a verb that is speech only when it frames a quote)."""
        sent = self.a.sentences[verb.sent]
        free = [q for q in self._quotes_near(verb) if (q.start, q.end) not in self.used_quotes]
        # (a quote a later verb frames after a dash is that verb's: `Как заявил X, он не видит
        # причин: «…», — сказал министр`)
        free = [q for q in free if q.end <= verb.start or self.framing_verb(q) in (None, verb)]
        for q in free:  # «…», — сказал X (the quote may start sentences earlier)
            gap = self.text[q.end:verb.start]
            if q.end <= verb.start and (_DASH_BEFORE.match(gap.lstrip("»\"“”"))
                                        or _SO_BEFORE.match(gap.lstrip("»\"“”"))
                                        or (_SO_NEXT.match(gap) and self._opens_sentence(q))
                                        or self._manner_between(q, verb)
                                        or self._opens_with_comma(q, gap)):
                return q
        for q in free:  # сказал X: «…» or сказал X:\n<paragraph>
            # (a site's dot before the colon ends no sentence: `сказал Lenta.ru: «…»`)
            if q.start >= verb.end and \
                    _COLON_BEFORE.match(_SITE_DOT.sub("·", self.text[verb.end:q.start])
                                        .rstrip("«\"„“ ")) \
                    and not any(self.verb(t) and not self.hypothetical(t)
                                and not t.rel.startswith("acl")
                                and ((self._coordinated(t) and t.feats.get("VerbForm") == "Fin")
                                     or self.speaker_of(t)[0] is not None)
                                for t in self.tokens_in(verb.end, q.start)):
                return q  # (not past another speech verb that has a speaker of its own to
                # take it: `заявил, что …, и подчеркнул: «…»`; one in a clause on a noun does
                # not, `о письме, о котором говорил X:`)
        if framed:
            return None
        voiced = next((q for q in free if self._voiced(verb, q)), None)
        if voiced is not None:
            return voiced  # (`крикнул «Ура!»`: a shout is words said however short)
        # a quote inside the clause must look like words said, not a quoted name
        # (`«Большой двадцатки»`): it starts in lower case or runs to several words
        free = [q for q in free if (q.colon_paragraph or self.text[q.start].islower()
                or len(self.text[q.start:q.end].split()) >= 4) and not self._named_quote(q)]
        if content is not None:
            inside = [q for q in free if content.start <= q.start and q.end <= content.end
                      and not q.colon_paragraph]
            if inside:
                return max(inside, key=lambda q: q.end - q.start)
        # as the verb's object, one word is a scare quote (`добавил «мигалок» Госдуме`) unless
        # the verb names (`назвал «позором»`)
        entry = self.verb(verb)
        naming = entry is not None and entry.naming
        for q in free:  # the quote is the object of the verb, in the same sentence
            if len(self.text[q.start:q.end].split()) < 2 and not naming:
                continue
            if verb.end <= q.start < sent.end and not q.colon_paragraph:
                between = self.tokens_in(verb.end, q.start)
                # (nor past a finite verb joined to this one, whose object the quote is:
                # `прокомментировал отставку и порассуждал о «великой миссии»`)
                if not any(self.verb(t) or t.text in ".!?" or self._joined_act(t, verb)
                           for t in between):
                    return q
        return None

    def _voiced(self, verb: Token, q: Quote) -> bool:
        """`крикнул «Ура! Победа!»`, `кричит «Помогите»`: a quote right after a verb of the voice
        (kg/data/ru/speech_voice_verbs.txt) in its sentence, with at most three words and no mark
        or verb between them (`крикнул в толпу «…»`), is its object and the words shouted, in
        whatever case and however short; past a comma (`кричал от боли, а «Спартак» …`) it is
        not."""
        if norm(verb.lemma) not in normed_words("speech_voice_verbs") or q.colon_paragraph \
                or q.start < verb.end or q.start >= self.a.sentences[verb.sent].end:
            return False
        # (the quote's opening mark, right before its start, is no word between)
        words = [t for t in self.tokens_in(verb.end, q.start) if t.start < q.start - 1]
        return len(words) <= 3 and not any(t.pos in ("PUNCT", "VERB", "AUX") or t.text in "«\"„“"
                                           for t in words)

    def _joined_act(self, t: Token, verb: Token) -> bool:
        """`t` is a finite verb joined to `verb` after it (`прокомментировал … и порассуждал`):
        a predicate of its own, whose words are not the first verb's."""
        return t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" \
            and t.rel.split(":")[0] == "conj" and t.head == verb.index

    def framing_verb(self, q: Quote) -> Token | None:
        """The speech verb a dash after the quote sets it before (`«…», — сказал X`, `«…», — тихо
        сказала она`), if any: the quote is that verb's words even when a colon opens it after
        another verb (`Как заявил X, он не видит причин: «…», — сказал министр`)."""
        if q.colon_paragraph:
            return None
        after = [t for t in self.tokens_in(q.end, q.end + 60) if t.start >= q.end][:8]
        for t in after:
            if t.pos in ("VERB", "AUX"):
                gap = self.text[q.end:t.start].lstrip("»\"“”")
                framed = _DASH_BEFORE.match(gap) or self._manner_between(q, t)
                return t if framed and self.verb(t) is not None else None
        return None

    def cut_before_framed(self, content: Span, verb: Token) -> Span | None:
        """What was said ends at a colon that opens a quote another verb frames after a dash
        (`Как заявил X, он не видит причин: «…», — сказал министр`): the quote is that verb's
        statement, the first verb's words stop at the colon."""
        for q in self.quotes:
            if not content.start < q.start < content.end or q.colon_paragraph:
                continue
            before = self.text[content.start:q.start].rstrip("«\"„“ \t")
            other = self.framing_verb(q) if before.endswith(":") else None
            if other is not None and other.index != verb.index:
                return self.trimmed(content.start, content.start + len(before) - 1)
        return content

    def _named_quote(self, q: Quote) -> bool:
        """The quote is the name of the noun right before it (`закон «О связи»`, `орденом «За
        заслуги перед Отечеством»`, `фильм «…»`; kg/data/ru/title_nouns.txt), not words said. A
        name starts in upper case: `назвал закон «позорным»` gives the words a naming verb said."""
        if q.colon_paragraph or not self.text[q.start:q.start + 1].isupper():
            return False
        i = q.start
        while i > 0 and (self.text[i - 1].isspace() or self.text[i - 1] in "«\"„“'"):
            i -= 1
        t = self.a.token_at(i - 1) if i > 0 else None
        return t is not None and t.pos == "NOUN" and norm(t.lemma) in self.title_nouns

    def _opens_with_comma(self, q: Quote, gap: str) -> bool:
        """`«Это редкость. Находка уникальна», сказал X`: a quote that opens its sentence and runs
        to four words at least frames a verb after a bare comma too (a quoted name inside a
        sentence, `играл за «Спартак», сказал тренер`, does not)."""
        if q.colon_paragraph or not _COMMA_BEFORE.match(gap.lstrip("»\"“”")) \
                or len(self.text[q.start:q.end].split()) < 4:
            return False
        before = self.text[:q.start].rstrip("«\"„“'’ \t\xa0")
        return not before or before[-1] in "\n.!?…:"

    def _manner_between(self, q: Quote, verb: Token) -> bool:
        """`«…», — тихо сказала она`, `— с улыбкой добавил X`: between the dash and the verb only
        a few words that modify the verb (its adverbs and adverbial phrases), never its subject."""
        gap = self.text[q.end:verb.start]
        m = _DASH_WORDS_BEFORE.match(gap.lstrip("»\"“”"))
        if m is None:
            return False
        start = q.end + (len(gap) - len(gap.lstrip("»\"“”"))) + m.start("words")
        words = self.tokens_in(start, verb.start)
        inside = {t.index for t in words}
        roots = [t for t in words if t.head not in inside]
        return 0 < len(words) <= 4 and all(t.pos != "VERB" for t in words) and \
            all(t.head == verb.index and t.rel.split(":")[0] in ("advmod", "obl") for t in roots)

    def _quotes_near(self, verb: Token) -> list[Quote]:
        """The quotes `quote_for` can pick for this verb, in the order of `self.quotes`: those that
        overlap the verb's sentence, end where only marks and spaces separate them from the verb
        (`«…», — сказал`), or start within reach of a colon after it (`сказал X: «…»`)."""
        if self._quote_buckets is None:
            self._quote_buckets = {}
            for n, q in enumerate(self.quotes):
                for b in range(q.start // _BUCKET, max(q.end - 1, q.start) // _BUCKET + 1):
                    self._quote_buckets.setdefault(b, []).append(n)
        sent = self.a.sentences[verb.sent]
        lo = verb.start
        while lo > 0 and (self.text[lo - 1] in _MARKS_BEFORE or self.text[lo - 1].isspace()):
            lo -= 1
        reach = verb.end + 252  # _COLON_BEFORE: up to 250 characters, then the colon
        hi = _GAP_AFTER.match(self.text, min(reach, len(self.text))).end()
        lo, hi = min(lo, sent.start), max(hi, sent.end)
        if verb.sent > 0 and self.a.tokens[sent.first].text == "Так":
            lo = min(lo, self.a.sentences[verb.sent - 1].start)  # (`«…». Так X ответил`)
        found = {n for b in range(lo // _BUCKET, hi // _BUCKET + 1)
                 for n in self._quote_buckets.get(b, ())}
        return [self.quotes[n] for n in sorted(found)
                if self.quotes[n].end >= lo and self.quotes[n].start <= hi]
