"""Word evidence for names and kinds the NER cannot give: facilities tagged as organisations
(`Исаакиевский собор`, `стадион «Маракана»`), names given by an adjective (`Нобелевской премии`),
bodies named by a common noun (`Сенат одобрил`, `Сенат Италии`), and common words the NER takes
for names (`Верёвка` under a photo).

The word lists are learned from annotated news by scripts/learn_name_types.py
(kg/data/ru/facility_words.tsv, name_adjectives.tsv, body_heads.tsv, name_nouns.tsv); the learner
and the extraction read words through the same functions here, so both see the same lemmas.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from kg.link.names import stem_key
from kg.nlp.base import casefold_name, span
from kg.nlp.ru.analysis import Analysis, Token, opens_sentence
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import norm, rule_words, table, word_list


@functools.lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str | None:
    """The lemma of a word whose most likely reading is a noun (`соборе` → `собор`, `ГЭС` → `гэс`),
    else None; one-letter and two-letter words are never taken (prepositions read as letters)."""
    from kg.nlp.ru.models import word_parses

    parses = word_parses(word)
    if len(word) < 3 or not parses or parses[0].pos != "NOUN":
        return None
    return parses[0].normal.lower()


@functools.lru_cache(maxsize=65536)
def adjective_lemma(word: str) -> str | None:
    """The lemma of a word whose most likely reading is an adjective (`Каннского` → `каннский`),
    else None."""
    from kg.nlp.ru.models import word_parses

    parses = word_parses(word)
    if not parses or parses[0].pos != "ADJ":
        return None
    return parses[0].normal.lower()


@functools.cache
def facility_words() -> dict[str, frozenset[str]]:
    """{`head` | `before` | `located`: lemmas} of facility_words.tsv and the hand-written
    facility_heads.tsv: a name whose first noun is a `head` lemma (`собор`, `кладбище`, `ГЭС`), or
    that follows a `before` lemma (`стадионе «…»`, `станции метро «…»`), names a facility; so does
    one whose first noun is a `located` lemma after a preposition of place (`в Доме моряка`);
    `apart` lemmas head facilities that stay apart from the town after them (`госпиталь Далласа`);
    a quoted name after a `quoted` lemma is a facility even where the NER left it untagged."""
    out: dict[str, set[str]] = {"head": set(), "before": set(), "located": set(), "apart": set(),
                                "quoted": set()}
    for row in (*table("facility_words"), *table("facility_heads")):
        if len(row) >= 2 and row[1] in out:
            out[row[1]].add(row[0])
    return {k: frozenset(v) for k, v in out.items()}


# prepositions of place before a facility's name (`в Доме моряка`, `у Дома кино`)
_LOCATED = frozenset({"в", "во", "на", "у", "возле", "около", "из", "под"})


@functools.cache
def name_adjectives() -> dict[str, tuple[str, str]]:
    """Adjective lemma → (kind, the entity's name) for capitalised adjectives that name an entity
    (`нобелевский` → the person Альфред Нобель, `каннский` → the place Канны)."""
    kinds = {"Person": "person", "Organization": "organization", "Place": "place"}
    return {r[0]: (kinds[r[1]], r[2]) for r in table("name_adjectives") if len(r) >= 3 and r[1] in kinds}


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some span (start, end) of `taken` shares a character with `start`–`end`. (A plain loop:
    the passes ask it for every token against every mention.)"""
    for s, e in taken:
        if s < end and start < e:
            return True
    return False


def as_facilities(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """An organisation whose first noun is a facility's head word (`Исаакиевский собор`,
    `Саяно-Шушенской ГЭС`), or that follows one (`стадионе «Маракана»`, `отеля «Премьер-палас»`,
    a quoted name after a head: `госпиталя «Дубки»`), is a place: the NER knows no facilities and
    tags most of them as organisations."""
    words = facility_words()
    out = []
    for m in mentions:
        if m.kind == "organization" and _facility(a, m, words):
            m = dataclasses.replace(m, kind="place")
        out.append(m)
    return out


def _facility(a: Analysis, m: NameMention, words: dict[str, frozenset[str]]) -> bool:
    tokens = a.tokens[m.first:m.last + 1]
    head = next((lemma for lemma in (noun_lemma(t.text) for t in tokens if t.text[:1].isalnum()) if lemma), None)
    if head in words["head"]:
        return True
    i = m.first - 1
    while i >= 0 and not a.tokens[i].text[:1].isalnum():  # `станции метро «…»`: over the quote
        i -= 1
    before = a.tokens[i] if i >= 0 and a.tokens[i].sent == a.tokens[m.first].sent else None
    # `в Доме моряка`: a name headed by a `located` word after a preposition of place
    if head in words["located"] and before is not None and before.text.lower() in _LOCATED:
        return True
    if before is None:
        return False
    # `АЭС «Фукусима-1»`, `ГЭС «Зелёная»`: a head written as an abbreviation in capitals is the
    # common noun all the same (a capitalised word is a name's own, `Большой «Сатурн»`)
    caps = before.text.isupper() and len(before.text) > 1 and before.text.lower() in words["head"]
    if not (before.text[:1].islower() or caps):
        return False
    lemma = before.text.lower() if caps else noun_lemma(before.text)
    # `госпиталя «Дубки»`, `парк «Звёздный»`: a quoted name after the noun that heads facilities'
    # names is that facility's name
    return lemma in words["before"] \
        or lemma in words["head"] and _quoted(a.text, m.span.start, m.span.end)


# a quoted name opening in one of these cases is an oblique dependent of the noun before it (its
# owner), not that noun's own name, which is written in the nominative
_OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})


def quoted_facilities(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`фонтан «Зелёный лист»`, `станции метро «Заречная»`, `мемориала «Белый парус»`: a short
    quoted name, capitalised and outside every mention, right after a noun of a `quoted` row of
    kg/data/ru/facility_heads.tsv (written or capitalised opening a line), is a facility, a place:
    the NER leaves most such names untagged. A quote whose first word the tagger reads in an
    oblique case (`о переходе «Северной звезды»`) is the noun's dependent and is left alone."""
    heads = facility_words()["quoted"]
    taken = [(m.span.start, m.span.end) for m in mentions]
    by_end = {t.end: t for t in a.tokens}
    added = []
    for quote in _SHORT_QUOTE.finditer(a.text):
        start, end = quote.start(1), quote.end(1)
        if len(quote.group(1).split()) > 4 or not quote.group(1)[:1].isupper() \
                or _overlaps(taken, start, end):
            continue
        noun = by_end.get(quote.start() - 1) if a.text[quote.start() - 1:quote.start()] == " " else None
        if noun is None or noun_lemma(noun.text.lower()) not in heads:
            continue
        first, last = a.token_at(start), a.token_at(end - 1)
        if first is None or last is None:
            continue
        if first.feats.get("Case") in _OBLIQUE_CASES:
            continue  # `о переходе «Северной звезды» на новую арену`: the noun's owner, no name
        added.append(NameMention(span(a.text, start, end), quote.group(1), "place", True,
                                 first.index, last.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def adjective_mentions(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Нобелевской премии`, `Каннского фестиваля`, `Американский фермер` opening a sentence: a
    capitalised adjective of kg/data/ru/name_adjectives.tsv outside every other mention is a mention
    of the entity it names, under that entity's name."""
    table_ = name_adjectives()
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or _overlaps(taken, t.start, t.end):
            continue
        nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
        lemma = adjective_lemma(t.text) or ""
        found = table_.get(lemma) or _acting_country(t, nxt) or _opening_place(a, t)
        if found is None or lemma in country_names() and _nickname(a, t):
            continue  # a learned country adjective is a nationality before a nickname too
        if nxt is not None and nxt.text[:1].isupper() and nxt.sent == t.sent \
                and not _office(nxt.text, t.feats.get("Case")):
            continue  # `Московский Кремль`, `Британская академия`: the adjective begins a longer name
        kind, name = found
        added.append(NameMention(span(a.text, t.start, t.end), name, kind, True, t.index, t.index,
                                 derived=True))
    return sorted([*mentions, *added], key=lambda m: m.span.start)


@functools.cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Country adjective lemma → the country's names, first the usual one
    (kg/data/ru/country_adjectives.tsv, the hand-written table, which holds countries the learned
    name_adjectives.tsv may miss)."""
    return {r[0]: tuple(r[1].split("|")) for r in table("country_adjectives") if len(r) >= 2}


@functools.cache
def country_name_set() -> frozenset[str]:
    """Every country name of kg/data/ru/country_adjectives.tsv, as written there."""
    return frozenset(n for names in country_names().values() for n in names)


def _acting_country(t: Token, nxt: Token | None) -> tuple[str, str] | None:
    """`Британская полиция сообщила`, `Греческое правительство заявило`: a capitalised country
    adjective right before a lower-case collective head of its sentence
    (kg/data/ru/collective_heads.txt) names the country acting, as the lower-case phrase does
    inside a sentence; ("place", the country's name), else None. Elsewhere (`Британский актёр`) a
    capitalised country adjective is a mention only where name_adjectives.tsv learned it is."""
    country = country_names().get(adjective_lemma(t.text) or "", (None,))[0]
    if country is None or nxt is None or nxt.sent != t.sent or not nxt.text[:1].islower() \
            or noun_lemma(nxt.text) not in word_list("collective_heads"):
        return None
    return "place", country


def _opening_place(a: Analysis, t: Token) -> tuple[str, str] | None:
    """`Американская компания`, `Итальянская пресса сообщает`, `Ливерпульский клуб` opening a line
    or a sentence: a capitalised adjective of a country (kg/data/ru/country_adjectives.tsv) or of a
    town (kg.nlp.ru.country_adjectives.adjective_place) before a lower-case noun of its sentence
    (past at most two lower-case adjectives: `Канадский морской штаб`) names the place, as news
    annotators mark it (inside a sentence a country's adjective is written in lower case; a
    town's, capitalised there, is read by place_adjectives). Counted on the readable nerel-dev
    articles, NEREL marks such an adjective before a thing or a body every time it stands so
    (`компания`, `пресса`, `авианосец`, `клуб`: 15 of 15), and before a kind of person about
    half the time (`Американский фермер` marked, `Французский актёр` not).
    Before a private person it does not: the adjective tells a nationality, no place (`Французский
    актёр`, `Российская пловчиха`: NATIONALITY 33 times, COUNTRY 6 on the readable articles);
    before an office held for a country or one who serves it (kg/data/ru/
    country_adjective_offices.txt: `Китайский лидер`, `Американские сенаторы`, `Американский
    солдат`) it does, as NEREL marks it (COUNTRY 14 times of 14), unless the office word is an
    adjective of the noun after it (`Российский военный эксперт`) or a monarch's title is a figure
    of speech (`Британская королева красоты`): a private person again. A quoted title
    (`«Американская семейка»`) and the heads of kg/data/ru/country_adjective_heads_not.txt
    (`Французский язык`: a language) are left alone. ("place", the place's name), else None."""
    from kg.nlp.ru.country_adjectives import adjective_place
    from kg.nlp.ru.known_names import starts_line

    lemma = adjective_lemma(t.text) or ""
    country = country_names().get(lemma, (None,))[0] or (adjective_place(lemma) if lemma else None)
    if country is None or not starts_line(a, t.index) \
            or a.text[:t.start].rstrip(" ").endswith(tuple("«\"„“'")):
        return None
    head = None
    for i in range(t.index + 1, min(t.index + 4, len(a.tokens))):
        nxt = a.tokens[i]
        if nxt.sent == t.sent and _office(nxt.text, t.feats.get("Case")) \
                and not _describes_noun(a, nxt, t.feats.get("Case")):
            if _figurative_title(a, nxt):
                return None  # `Британская королева красоты`: a private person's nickname
            return "place", country  # `Китайский лидер`, `Российский Президент`: an office
        if nxt.sent != t.sent or not nxt.text[:1].islower() \
                or not nxt.text.replace("-", "").isalpha():
            return None
        if nxt.pos == "ADJ":
            continue
        head = nxt
        break
    noun = noun_lemma(head.text) if head is not None and head.pos == "NOUN" else None
    if noun is None or noun in word_list("country_adjective_heads_not") \
            or noun in word_list("brand_product_nouns"):  # `Жигулёвское пиво`: a brand
        return None
    from kg.nlp.ru.person_nouns import person_word

    if head.feats.get("Animacy") == "Anim" or person_word(noun):
        return None
    return "place", country


def _office(word: str, case: str | None) -> bool:
    """Some noun reading of the word, in the case of the adjective before it where that is known,
    is an office held for a country (kg/data/ru/country_adjective_offices.txt): `премьера` after
    `Британского` is the premier's genitive, not a show's first night; capitalised or not
    (`Российский Президент`)."""
    offices = word_list("country_adjective_offices")
    return any(r.tag.POS == "NOUN" and r.normal_form.replace("ё", "е") in offices
               and (case not in _OPENCORPORA_CASES or _OPENCORPORA_CASES[case] in r.tag)
               for r in _readings(word.lower()))


def _noun_after(a: Analysis, word: Token) -> Token | None:
    """The word right after `word` in its sentence when it is a lower-case noun (`эксперт` of
    `военный эксперт`, `красоты` of `королева красоты`), else None."""
    nxt = a.tokens[word.index + 1] if word.index + 1 < len(a.tokens) else None
    if nxt is None or nxt.sent != word.sent or nxt.pos != "NOUN" or not nxt.text[:1].islower():
        return None
    return nxt


def _describes_noun(a: Analysis, word: Token, case: str | None) -> bool:
    """An office word that can be an adjective (`военный`, `полицейский`) right before a
    lower-case noun of its sentence in the case of the country adjective (`военный эксперт`,
    `военные врачи`, `полицейский пёс`): it describes that noun, it is no office."""
    nxt = _noun_after(a, word)
    if nxt is None or nxt.feats.get("Case") not in (None, case):
        return False
    return word.pos == "ADJ" or any(r.tag.POS == "ADJF" for r in _readings(word.text.lower()))


def _figurative_title(a: Analysis, word: Token) -> bool:
    """A monarch's title before a lower-case genitive noun of its sentence (`королева красоты`,
    `король рок-н-ролла`; kg/data/ru/country_adjective_figurative_titles.txt): a figure of speech
    for a private person, no office."""
    nxt = _noun_after(a, word)
    return nxt is not None and nxt.feats.get("Case") == "Gen" \
        and word.lemma.replace("ё", "е") in word_list("country_adjective_figurative_titles")


def _nickname(a: Analysis, t: Token) -> bool:
    """The first office word among the lower-case words after the country adjective `t` is a
    monarch's title used as a figure of speech (`Британская королева красоты`, `Украинский король
    шансона`): the adjective tells a private person's nationality."""
    for nxt in a.tokens[t.index + 1:t.index + 4]:
        if nxt.sent != t.sent or not nxt.text[:1].islower():
            return False
        if _office(nxt.text, t.feats.get("Case")):
            return _figurative_title(a, nxt)
    return False


# the tagger's case names and the dictionary's
_OPENCORPORA_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
                      "Loc": "loct"}


# dictionary tags of names: a word with one of them may be a name however common it looks
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


@functools.lru_cache(maxsize=65536)
def common_word(word: str) -> bool:
    """A word the dictionary knows only as a common word (`Верёвка`, `Подруга`, `Наиболее`), never
    as a name, a place, an organisation or an abbreviation (`Надежда`, `Путин`, `Москва` are names)."""
    from kg.nlp.ru.models import load_models, word_parses

    vocab = load_models().morph_vocab
    lower = word.lower()
    if not vocab.word_is_known(lower):
        return False
    return not any(_NAME_TAGS & set(p.tag.grammemes) for p in word_parses(word))


_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# parts of speech of words that are never names: conjunctions, particles, prepositions, adverbs,
# pronouns, predicatives, interjections
_FUNCTION_POS = frozenset({"CONJ", "PRCL", "PREP", "ADVB", "NPRO", "PRED", "INTJ"})


@functools.lru_cache(maxsize=131072)
def dictionary_tags(word: str) -> tuple[frozenset[str], ...]:
    """Every reading's grammemes (cached: the name rules ask for the same words again and again;
    kg.nlp.ru.dates reads the tense of a verb the tagger mistook off them)."""
    from kg.nlp.ru.models import word_parses

    return tuple(frozenset(p.tag.grammemes) for p in word_parses(word))


@functools.lru_cache(maxsize=65536)
def personal_name(word: str) -> bool:
    """The dictionary reads the word as a person's first name, surname or patronymic (`Гор`,
    `Долорес`, `Песков`), whatever else it reads it as."""
    return any(_PERSON_TAGS & tags for tags in dictionary_tags(word))


@functools.lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str | None:
    """`Masc` or `Fem` when the dictionary knows the word and reads it as the nominative of a
    first name of that gender only (`Роберт`, `Анна`); None for words it does not know (its
    guesses for `Лин`, `Уэйко` say nothing) or names of either gender."""
    from kg.nlp.ru.models import load_models

    if not load_models().morph_vocab.word_is_known(word.lower()):
        return None
    genders = {g for tags in dictionary_tags(word) if {"Name", "nomn", "sing"} <= tags
               for g in ("masc", "femn") if g in tags}  # (`Роберт`, not a plural of `Роберта`)
    return {"masc": "Masc", "femn": "Fem"}[genders.pop()] if len(genders) == 1 else None


@functools.lru_cache(maxsize=65536)
def inflected_first_name_gender(word: str) -> str | None:
    """`Masc` or `Fem` when every reading of a known word as a first name, in any case, is of that
    gender (`Ольги`, `Петру`); None where the readings are of both (`Александру`: his dative, her
    accusative) or the dictionary does not know the word."""
    from kg.nlp.ru.models import load_models

    if not load_models().morph_vocab.word_is_known(word.lower()):
        return None
    genders = {g for tags in dictionary_tags(word) if "Name" in tags
               for g in ("masc", "femn") if g in tags}
    return {"masc": "Masc", "femn": "Fem"}[genders.pop()] if len(genders) == 1 else None


@functools.lru_cache(maxsize=65536)
def genitive_form(word: str) -> bool:
    """The dictionary (or its guess for a word it does not know) reads the word as a genitive in
    some reading (`Сергея`, `Фолькера`, the undeclined `Пьетро`), unlike `Олег`, `Пётр`."""
    return any("gent" in tags for tags in dictionary_tags(word))


@functools.lru_cache(maxsize=65536)
def declined_nominative(word: str) -> bool:
    """The dictionary reads the word as the nominative of a word that declines (`Джорджия`,
    `Виктория`), not only as one that does not (`Самоа`, `Тонга`)."""
    return any("nomn" in tags and "Fixd" not in tags for tags in dictionary_tags(word))


@functools.lru_cache(maxsize=65536)
def indeclinable(word: str) -> bool:
    """The dictionary itself knows the word and reads it as a word that does not decline only
    (`врио`, `замглавы`, `замминистра`): a case its tagger gives says nothing of its role."""
    readings = [p for p in _readings(word) if len(p.methods_stack) == 1]
    return bool(readings) and all("Fixd" in p.tag.grammemes for p in readings)


@functools.lru_cache(maxsize=65536)
def deputy_title(word: str) -> bool:
    """`замгубернатора`, `замначальника`: `зам` glued to the genitive of a post of
    job_titles.txt, a title that does not decline whatever the dictionary knows of it."""
    lower = word.lower().replace("ё", "е")
    rest = lower[3:]
    if not lower.startswith("зам") or len(rest) < 4:
        return False
    posts = word_list("job_titles")
    return any("gent" in p.tag.grammemes and p.normal_form.replace("ё", "е") in posts
               for p in _readings(rest))


def _readings(word: str) -> tuple:
    from kg.nlp.ru.models import word_parses

    return word_parses(word)


@functools.lru_cache(maxsize=65536)
def place_or_body_name(word: str) -> bool:
    """The dictionary reads the word as a geographic name or an organisation's (`Вашингтон`,
    `Виктория`), whatever else it reads it as."""
    return any({"Geox", "Orgn"} & tags for tags in dictionary_tags(word))


@functools.lru_cache(maxsize=65536)
def known_place_or_body_name(word: str) -> bool:
    """The dictionary itself (not its guess for an unknown word by its ending: `Коулмане` as a
    feminine place in `-а`) reads the word as a geographic name or an organisation's."""
    return bool({"Geox", "Orgn"} & _known_grammemes(word))


@functools.lru_cache(maxsize=65536)
def known_surname(word: str) -> bool:
    """The dictionary itself (not its guess by the ending) reads the word as a surname
    (`Иванов`, `Ивашов`; not `Дымаков`)."""
    return "Surn" in _known_grammemes(word)


def _known_grammemes(word: str) -> frozenset[str]:
    """The grammemes of the dictionary's own readings of the word (no guess for an unknown word)."""
    from kg.nlp.ru.models import word_parses

    return frozenset(g for p in word_parses(word)
                     if len(p.methods_stack) == 1 for g in p.tag.grammemes)


@functools.lru_cache(maxsize=65536)
def patronymic(word: str) -> bool:
    """The dictionary reads the word as a patronymic only (`Анатольевич`, `Петровна`), never as a
    first name or a surname."""
    tags = dictionary_tags(word)
    return any("Patr" in t for t in tags) and not any({"Name", "Surn"} & t for t in tags)


# verb forms no name shares: infinitives, full participles, adverbial participles (a finite verb
# in the singular or a short participle may be a foreign name: `Робел`, `Лью`, `Мори`, `Серена`)
_VERB_POS = frozenset({"INFN", "PRTF", "GRND"})


@functools.lru_cache(maxsize=65536)
def verb_form(word: str) -> bool:
    """A word the dictionary knows only as an infinitive, a full participle, an adverbial
    participle or a finite verb in the plural (`Помиловать`, `Нападавшего`, `Размечтались`), never
    as a noun or a name: capitalised, it opens a clause whose full stop was lost, or an order's
    item (`1 Помиловать …`); it names no one."""
    from kg.nlp.ru.models import load_models

    if not load_models().morph_vocab.word_is_known(word.lower()):
        return False
    tags = dictionary_tags(word)
    return bool(tags) and all((_VERB_POS & t or "VERB" in t and "plur" in t) and not _NAME_TAGS & t
                              for t in tags)


@functools.lru_cache(maxsize=65536)
def function_word(word: str) -> bool:
    """A word the dictionary knows only as a function word (`Так`, `Однако`, `Впрочем`), never as a
    noun or a name: capitalised, it opens a sentence the segmenter missed, it names nothing."""
    from kg.nlp.ru.models import load_models

    if not load_models().morph_vocab.word_is_known(word.lower()):
        return False
    tags = dictionary_tags(word)
    return bool(tags) and all(_FUNCTION_POS & t and not _NAME_TAGS & t for t in tags)


@functools.cache
def body_heads() -> frozenset[str]:
    """Lemmas of kg/data/ru/body_heads.tsv (`полиция`, `госдума`, `сенат`, `власть`,
    `правительство`…), less kg/data/ru/bare_collective_heads.txt (`власть`: `Власти Эквадора` is
    Ecuador acting). The other collective heads of kg/data/ru/collective_heads.txt join: written
    with a capital (`Правительство Франции`, `Полиция Нью-Йорка`), NEREL marks the phrase as one
    organisation; in lower case (`правительство Франции`) it is left to the event roles, which
    read it as France acting (docs/events.md)."""
    return frozenset(r[0] for r in table("body_heads") if r) - word_list("bare_collective_heads")


def join_body_heads(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Полиция Нью-Йорка`, `Власти США`, `Госдума России`: a capitalised common noun of
    kg/data/ru/body_heads.tsv right before a place or organisation in the genitive makes one
    organisation with it (the NER tags only the place, or the two apart)."""
    heads, collective = body_heads(), word_list("collective_heads")
    by_first = {m.first: m for m in mentions}
    by_last = {m.last: m for m in mentions}
    out = list(mentions)
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or noun_lemma(t.text) not in heads:
            continue
        owner = by_first.get(t.index + 1)
        own = by_last.get(t.index)
        if owner is None or owner.kind == "person" or a.text[t.end:owner.span.start] != " " \
                or a.tokens[owner.last].feats.get("Case") != "Gen" or (own is not None and own.first != t.index):
            continue
        head = own.name if own is not None else (t.text if t.feats.get("Case") == "Nom" else t.lemma.capitalize())
        joined = NameMention(span(a.text, t.start, owner.span.end), f"{head} {a.text[owner.span.start:owner.span.end]}",
                             "organization", own.nominative if own is not None else t.feats.get("Case") == "Nom",
                             t.index, owner.last)
        # a collective head's owner stays a mention of its own inside the body: the event roles
        # read `Власти Эквадора выслали` as Ecuador acting (kg/data/ru/collective_heads.txt)
        keep = noun_lemma(t.text) in collective
        out = [m for m in out if (m is not owner or keep) and m is not own] + [joined]
    return sorted(out, key=lambda m: m.span.start)


@functools.lru_cache(maxsize=65536)
def _declined_genitive(word: str) -> bool:
    """The dictionary reads the word as a genitive whose nominative is written otherwise
    (`Голоса` of `Голос`, `Единой` of `Единый`), not as a word that does not decline
    (`Лефортово`)."""
    from kg.nlp.ru.models import word_parses

    for p in word_parses(word):
        if "gent" in p.tag and "Fixd" not in p.tag:
            nominative = p.inflect({"Nom"})
            if nominative is not None and nominative.word != word.lower():
                return True
    return False


def quoted_owners(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Совета директоров «Дельта-Инвеста»`, `Русской службы «Радио Полночь»`, `Высшего совета партии
    «Народный союз»`: a body's name ending in a lower-case word, then the quoted name of the
    organisation it belongs to, is one organisation, closing quote included, as NEREL marks it; the
    quoted name stays a mention nested in it. The quoted name must be an organisation the text
    names there and, right after the body, read in the genitive by the tagger and as a declined genitive by the
    dictionary (`СИЗО «Лефортово»`, `газете «Вечерний город»` name the body itself), or
    follow a noun of kg/data/ru/quoted_owner_nouns.txt in the genitive (`партии «…»`, `ЗАО «…»`),
    which it names in any case."""
    nouns = word_list("quoted_owner_nouns")
    by_start = {m.span.start: m for m in mentions if m.kind == "organization"}
    out = list(mentions)
    for m in mentions:
        if m.kind != "organization" or m.first == m.last or not a.tokens[m.last].text[:1].islower():
            continue
        gap = re.match(r" (?:(\w+) )?«", a.text[m.span.end:m.span.end + 40])
        if not gap:
            continue
        owner = by_start.get(m.span.end + gap.end())
        if owner is None or a.text[owner.span.end:owner.span.end + 1] != "»" \
                or a.tokens[owner.first].sent != a.tokens[m.last].sent:
            continue
        # the noun of the owner's kind: between the two (`партии «…»`) or ending the body's name
        noun = a.token_at(m.span.end + 1) if gap.group(1) else a.tokens[m.last]
        if gap.group(1) and (noun is None or noun_lemma(noun.text) not in nouns):
            continue
        if noun is not None and noun_lemma(noun.text) in nouns \
                and (noun.feats.get("Case") == "Gen" or noun.text.isupper()):
            pass  # `партии «Народный союз»`, `ЗАО «Вектор»`: the quoted name names the noun, any case
        else:
            first = a.tokens[owner.first].text
            if a.tokens[owner.first].feats.get("Case") != "Gen" or not _declined_genitive(first):
                continue
        end = owner.span.end + 1
        joined = NameMention(span(a.text, m.span.start, end), a.text[m.span.start:end], "organization",
                             m.nominative, m.first, owner.last)
        out = [x for x in out if x is not m] + [joined]
    return sorted(out, key=lambda m: m.span.start)


def kinds_before_quotes(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`СИЗО «Лефортово»`, `ОВД «Северное»`: an abbreviation of a kind of institution
    (kg/data/ru/quoted_kind_abbreviations.txt) right before a quote is the common noun of the
    quoted name, no mention of its own: NEREL marks the quoted name alone there, and a bare `СИЗО`
    (`его отправили в СИЗО`), which names the one the text speaks of, stays a body."""
    kinds = word_list("quoted_kind_abbreviations")
    starts = {n.span.start for n in mentions}
    out = []
    for m in mentions:
        # only where the quoted name is a mention itself (`ИВС "Центральный"` the NER left
        # untagged, `СИЗО "не место для больных"`: the abbreviation is the only mention there)
        if m.kind == "organization" and m.first == m.last and m.span.text.lower() in kinds \
                and re.match(r" [«„“\"]\w", a.text[m.span.end:m.span.end + 3]) \
                and starts & {m.span.end + 1, m.span.end + 2}:
            continue
        out.append(m)
    return out


# the adjectives of someone's own room (`в рабочем кабинете X`, `в своём кабинете`): not the body
# his cabinet of ministers is
_ROOM_WORDS = rule_words("room_word")


def _post_holder_in_genitive(a: Analysis, body: Token) -> bool:
    """The body noun is the genitive of a post's head in the genitive (`доклад председателя
    правительства X`, `визит главы кабинета X`): the genitive name agrees with the post, whose
    holder it is, as the nominative does (`председатель правительства X`); after a post in
    another case (`министр правительства X`) the name is the body's leader."""
    if body.index == 0:
        return False
    post = a.tokens[body.index - 1]
    return post.sent == body.sent and post.feats.get("Case") == "Gen" \
        and noun_lemma(post.text.lower()) in word_list("job_titles")


def leader_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`правительство Медведева`, `Кабинет Франсуа Олланда`, `кабинете Абэ`: a noun of
    kg/data/ru/leader_bodies.txt right before a person named in the genitive, outside every other
    mention, makes one organisation with the name; the person stays a mention nested in it. A
    person in the nominative (`председатель правительства Виктор Сомов`) holds a post of the body
    and is left alone."""
    nouns = word_list("leader_bodies")
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for m in mentions:
        if m.kind != "person" or m.first == 0:
            continue
        head = a.tokens[m.first - 1]
        if a.text[head.end:m.span.start] != " " or head.sent != a.tokens[m.first].sent \
                or noun_lemma(head.text.lower()) not in nouns or _overlaps(taken, head.start, head.end) \
                or any(c.head == head.index and c.rel in ("amod", "det") and c.lemma in _ROOM_WORDS
                       for c in a.tokens[max(0, head.index - 3):head.index]) \
                or _post_holder_in_genitive(a, head) \
                or any(t.feats.get("Case") != "Gen" for t in a.tokens[m.first:m.last + 1] if t.text[:1].isalpha()):
            continue
        name = f"{noun_lemma(head.text.lower()).capitalize()} {a.text[m.span.start:m.span.end]}"
        added.append(NameMention(span(a.text, head.start, m.span.end), name, "organization",
                                 head.feats.get("Case") == "Nom", head.index, m.last))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


@functools.cache
def body_phrase_heads() -> frozenset[str]:
    """Lemmas of kg/data/ru/body_phrase_heads.tsv (`суд`, `палата`, `кабинет`, `служба`…), less
    kg/data/ru/bare_collective_heads.txt (`власть`: the country acting)."""
    return frozenset(r[0] for r in table("body_phrase_heads") if r) - word_list("bare_collective_heads")


_PHRASE_WORDS = 3  # lower-case words between the capitalised word and the owner (`палата парламента`)


def phrase_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Кабинет министров Украины`, `Верхняя палата парламента Японии`, `Специальный суд Пакистана`:
    a capitalised word outside every mention, one to three lower-case nouns or adjectives, and a
    place or organisation in the genitive right after them make one organisation, when the
    phrase's first noun is of kg/data/ru/body_phrase_heads.tsv. The NER misses such names most
    where they open a sentence. The owner stays a mention nested in the body, as after a
    collective head (`join_body_heads`), so the event roles still find the place."""
    heads = body_phrase_heads()
    taken = [(m.span.start, m.span.end) for m in mentions]
    by_first = {m.first: m for m in mentions}
    added = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or not t.text.replace("-", "").isalpha() \
                or _overlaps(taken, t.start, t.end) \
                or noun_lemma(t.text) is None and adjective_lemma(t.text) is None:
            continue  # `Сегодня пресс-служба Кремля`: an adverb opens no body's name
        words, i = [t], t.index + 1
        while i < len(a.tokens) and len(words) <= _PHRASE_WORDS:
            w = a.tokens[i]
            if w.sent != t.sent or a.text[words[-1].end:w.start] != " ":
                break
            owner = by_first.get(i)
            if owner is not None:
                if len(words) > 1 and owner.kind != "person" \
                        and a.tokens[owner.last].feats.get("Case") == "Gen" \
                        and _phrase_head(words) in heads:
                    added.append(NameMention(span(a.text, t.start, owner.span.end),
                                             a.text[t.start:owner.span.end], "organization",
                                             t.feats.get("Case") == "Nom", t.index, owner.last))
                break
            if not w.text[:1].islower() or not w.text.replace("-", "").isalpha() \
                    or noun_lemma(w.text) is None and adjective_lemma(w.text) is None:
                break
            words.append(w)
            i += 1
    return sorted([*mentions, *added], key=lambda m: m.span.start)


def _phrase_head(words: list) -> str | None:
    return next((lemma for lemma in (noun_lemma(w.text) for w in words) if lemma), None)


@functools.cache
def name_nouns() -> dict[str, str]:
    """Lemma → kind for capitalised common nouns that name an entity on their own
    (kg/data/ru/name_nouns.tsv: `полиция`, `сенат`, `дума`)."""
    kinds = {"Person": "person", "Organization": "organization", "Place": "place"}
    return {r[0]: kinds[r[1]] for r in table("name_nouns") if len(r) >= 2 and r[1] in kinds}


def noun_mentions(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Полиция задержала…`, `Сенат одобрил…`: a capitalised common noun of
    kg/data/ru/name_nouns.tsv, alone and outside every other mention, names an entity (the police,
    the senate the text is about), named by its nominative."""
    nouns = name_nouns()
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or _overlaps(taken, t.start, t.end):
            continue
        kind = nouns.get(noun_lemma(t.text) or "")
        nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
        if kind is None or nxt is not None and nxt.text[:1].isupper() and nxt.sent == t.sent \
                or not common_word(t.text):
            continue
        name = t.text if t.feats.get("Case") == "Nom" else noun_lemma(t.text).capitalize()
        added.append(NameMention(span(a.text, t.start, t.end), name, kind, t.feats.get("Case") == "Nom",
                                 t.index, t.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start)


PLACE_ADJECTIVE_ENDINGS = ("ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую",
                    "цкий", "цкого", "цкому", "цким", "цком", "цкая", "цкой", "цкую")


@functools.lru_cache(maxsize=65536)
def _grammemes(word: str) -> frozenset[str]:
    """Every dictionary tag any reading of the word carries."""
    from kg.nlp.ru.models import word_parses

    return frozenset(g for p in word_parses(word) for g in p.tag.grammemes)


def split_place_adjectives(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`герцога Брабантского Филиппа`, `митрополита Новгородского Никодима`: the NER runs a
    territorial adjective and the first name after it into one name; the adjective names the
    place and the rest is the person. Taken only when the adjective is no surname in the
    dictionary (`Достоевского Фёдора` stays one) and the next word is a first name."""
    out = []
    for m in mentions:
        if m.last > m.first:
            lead, nxt = a.tokens[m.first], a.tokens[m.first + 1]
            if (lead.text[:1].isupper() and lead.text.lower().endswith(PLACE_ADJECTIVE_ENDINGS)
                    and "Surn" not in _grammemes(lead.text) and "Name" not in _grammemes(lead.text)
                    and nxt.text[:1].isupper() and "Name" in _grammemes(nxt.text)
                    and a.text[lead.end:nxt.start] == " "):
                known = name_adjectives().get(adjective_lemma(lead.text) or "")
                if known is not None and known[0] == "place":
                    place = NameMention(span(a.text, lead.start, lead.end), known[1], "place", True,
                                        lead.index, lead.index, derived=True)
                else:
                    place = NameMention(span(a.text, lead.start, lead.end), masculine_adjective(lead.text),
                                        "place", lead.feats.get("Case") == "Nom", lead.index, lead.index)
                words = m.name.split(" ")
                whole = len(words) == m.last - m.first + 1
                rest = " ".join(words[1:]) if whole else a.text[nxt.start:m.span.end]
                person = NameMention(span(a.text, nxt.start, m.span.end), rest, "person",
                                     m.nominative, m.first + 1, m.last, m.alias_of)
                out.extend((place, person))
                continue
        out.append(m)
    return out


def masculine_adjective(word: str) -> str:
    """The adjective in the nominative singular masculine (`Брабантского` → `Брабантский`)."""
    lower = word.lower()
    for end in sorted(PLACE_ADJECTIVE_ENDINGS, key=len, reverse=True):
        if lower.endswith(end):
            return word[: len(word) - len(end)] + end[:2] + "ий"
    return word


@functools.cache
def body_tails() -> frozenset[str]:
    """First-noun lemmas of a `по` phrase that belongs to the body named before it
    (kg/data/ru/body_tails.tsv: `область` of `УФСБ по Пермской области`, `право` of `суд по правам
    человека`), and the hand-written kinds of territory a branch serves
    (kg/data/ru/body_tail_words.txt: `край` of `УФСБ по Пермскому краю`, `город` of `ГУ МВД по
    городу Москве`)."""
    return frozenset(r[0] for r in table("body_tails") if r) | word_list("body_tail_words")


def territory_tails() -> frozenset[str]:
    """The hand-written kinds of territory of kg/data/ru/body_tail_words.txt that the learned
    kg/data/ru/body_tails.tsv lacks: they join the body only before the territory's name."""
    return word_list("body_tail_words") - frozenset(r[0] for r in table("body_tails") if r)


_TAIL_WORDS = 3  # most words between `по` and the phrase's first noun, that noun included


def _remit_body(a: Analysis, m: NameMention) -> bool:
    """The organisation's name is headed by a noun of a body named by its remit
    (kg/data/ru/remit_body_heads.txt: `Комитет Госдумы`, `Контактной группе`), and no lower-case
    noun of such a body stands right before it (`комитета Совета Федерации по обороне`: the
    phrase is the committee's; `член Комитета Палаты по …` is the member of the named one)."""
    heads = word_list("remit_body_heads")
    noun = next((noun_lemma(a.tokens[i].text) for i in range(m.first, m.last + 1)
                 if noun_lemma(a.tokens[i].text) is not None), None)
    if noun not in heads:
        return False
    before = a.tokens[m.first - 1] if m.first > 0 else None
    return before is None or before.sent != a.tokens[m.first].sent \
        or not (before.text[:1].islower() and noun_lemma(before.text) in heads)


def _coordinated_genitive(a: Analysis, i: int) -> bool:
    """Tokens i, i+1 are `,` or `и` and a genitive noun or adjective that goes on a list of
    genitives (`семьи, женщин и детей`), not a participle or a new clause."""
    if i + 1 >= len(a.tokens) or a.tokens[i].text not in (",", "и"):
        return False
    nxt = a.tokens[i + 1]
    return nxt.sent == a.tokens[i].sent and nxt.pos in ("NOUN", "ADJ") \
        and nxt.feats.get("Case") == "Gen" and nxt.text[:1].islower() \
        and a.tokens[i - 1].feats.get("Case") == "Gen"


def extend_body_tails(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`УФСБ` + `по Пермской области`, `Европейский суд` + `по правам человека`: an organisation's
    name runs on over `по` and a noun phrase whose first noun is of kg/data/ru/body_tails.tsv, up
    to that noun and the genitive or capitalised words right after it (not over a comma, a
    preposition or a verb). A mention the phrase holds (`Москве`) becomes part of the name."""
    tails = body_tails()
    if not tails:
        return mentions
    out = list(mentions)
    extended: list[NameMention] = []
    kept_before: dict[tuple[int, int], int] = {}  # a remit's body → where its name ended before
    # (`УФСБ по Омской области Игорь Веденеев`: the person after the territory is the body's
    # officer, named apart, not words of the body's name)
    people = {x.first for x in mentions if x.kind == "person"}
    for k, m in enumerate(mentions):
        po = m.last + 1
        if m.kind != "organization" or po >= len(a.tokens) or a.tokens[po].text != "по" \
                or a.tokens[po].sent != a.tokens[m.last].sent:
            continue
        head = next((i for i in range(po + 1, min(po + 1 + _TAIL_WORDS, len(a.tokens)))
                     if noun_lemma(a.tokens[i].text) is not None), None)
        lemma = noun_lemma(a.tokens[head].text) if head is not None else None
        # (a body named by its remit takes any `по` phrase: `Комитет … по внутренней безопасности`)
        # (not a `по` phrase of manner, cause or time: `Комитет … по итогам заседания принял`)
        remit = head is not None and lemma not in tails \
            and lemma not in word_list("remit_adverbial_nouns") and _remit_body(a, m)
        if head is None or (lemma not in tails and not remit) \
                or any(not a.tokens[i].text[:1].isalpha() for i in range(po + 1, head + 1)):
            continue
        last = head
        while last + 1 < len(a.tokens) and a.tokens[last + 1].sent == a.tokens[head].sent \
                and last + 1 not in people:
            t = a.tokens[last + 1]
            if remit and _coordinated_genitive(a, last + 1):
                # (`по вопросам семьи, женщин и детей`: a remit lists its fields)
                last += 2
                continue
            if t.pos not in ("NOUN", "PROPN", "ADJ") \
                    or not (t.feats.get("Case") == "Gen" or t.text[:1].isupper() and not remit):
                break  # (a remit's words are genitives: `по обороне Олег Сомов` is a member's name)
            last += 1
        # a hand-written kind of territory belongs to the body only where the territory is named
        # (`по Камчатскому краю`, `по городу Москве`, `по Республике Тыва`): `отделения банка по
        # всему району`, `филиалы ВТБ по республике` say where the body acts
        if noun_lemma(a.tokens[head].text) in territory_tails() \
                and not any(a.tokens[i].text[:1].isupper() for i in range(po + 1, last + 1)):
            continue
        end = a.tokens[last].end
        name = f"{m.name} {a.text[a.tokens[po].start:end]}"
        out[k] = NameMention(span(a.text, m.span.start, end), name, m.kind, m.nominative, m.first,
                             last, m.alias_of)
        extended.append(out[k])
        if remit:
            kept_before[(out[k].span.start, end)] = m.span.end

    def inside(x: NameMention, y: NameMention) -> bool:
        return y.span.start <= x.span.start and x.span.end <= y.span.end \
            and (y.span.start, y.span.end) != (x.span.start, x.span.end) \
            and x.span.end > kept_before.get((y.span.start, y.span.end), -1)

    # mentions the longer names now hold are part of them (an owner nested before stays); a
    # remit's body keeps the owner its name held before the remit nested (`Комитет Госдумы по …`:
    # the Duma is named, and linked, in its own right)
    return [x for x in out if not any(inside(x, y) for y in extended)]


_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


@functools.lru_cache(maxsize=65536)
def _place_nominative(word: str) -> str | None:
    """The nominative of a word the dictionary knows as a geographic name (a noun tagged `Geox`)
    and never as a person's name (`Европы` → `Европа`, `Алтае` → `Алтай`), else None."""
    from kg.nlp.ru.models import word_parses

    parses = word_parses(word)
    if any(_PERSON_TAGS & set(p.tag.grammemes) for p in parses):
        return None
    geo = next((p for p in parses if "Geox" in p.tag.grammemes and p.tag.POS == "NOUN"), None)
    if geo is None:
        return None
    return "-".join(part[:1].upper() + part[1:] for part in geo.normal_form.split("-"))


def geographic_mentions(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`чемпионка Европы`, `дни на Алтае`: a capitalised word inside a sentence, outside every
    mention and not followed by another capitalised word, that the dictionary knows only as a
    geographic name is a place the NER missed (it misses them most inside titles and set
    phrases). A sentence's first word is left alone: there a capital says nothing."""
    from kg.nlp.ru.known_names import starts_line

    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for t in a.tokens:
        if len(t.text) < 3 or not t.text[:1].isupper() or t.text.isupper() \
                or _overlaps(taken, t.start, t.end) or starts_line(a, t.index):
            continue
        nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.sent == t.sent:
            continue  # `Южной Кореи`, `Красной Звезды`: a longer name the NER did not take
        name = _place_nominative(t.text)
        if name is None:
            continue
        added.append(NameMention(span(a.text, t.start, t.end), name, "place",
                                 t.feats.get("Case") == "Nom", t.index, t.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


# `Сочи-2014`, `Россия-96`: a name glued to the year of a games, a contest or a season
_WITH_YEAR = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)-(?:\d{2}|\d{4})")


def places_with_years(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`чемпионка Сочи-2014`, `«Мисс Бразилия-2019»`, `турнир Берлин-96`: a word the dictionary
    knows only as a geographic name, glued to a year by a hyphen, is a mention of the place (the
    games, contest or season held there is no entity). The tokenizer keeps the year in the word,
    so the NER misses the place or tags the whole word as a person. A word quoted alone
    (`телеканал «Омск-24»`), or right after a noun of an outlet or a company
    (kg/data/ru/media_nouns.txt, maker_nouns.txt: `телеканал Омск-24`), is the name of a channel,
    a film or a club, and stays."""
    bodies = word_list("media_nouns") | word_list("maker_nouns")
    added, covered = [], set()
    for t in a.tokens:
        found = _WITH_YEAR.fullmatch(t.text)
        if found is None or _quoted(a.text, t.start, t.end):
            continue  # `телеканал «Омск-24»`: a quoted word is a name of its own
        if t.index > 0 and a.tokens[t.index - 1].sent == t.sent and \
                noun_lemma(a.tokens[t.index - 1].text.lower()) in bodies:
            continue  # `телеканал Омск-24`: the channel's own name
        name = _place_nominative(found.group(1))
        if name is None:
            continue
        covered.add((t.start, t.end))
        end = t.start + len(found.group(1))
        added.append(NameMention(span(a.text, t.start, end), name, "place",
                                 _singular_nominative(found.group(1)), t.index, t.index))
    if not added:
        return mentions
    # the NER's mention of the whole word, or of a name inside it, gives way to the place
    kept = [m for m in mentions
            if not any(s <= m.span.start and m.span.end <= e for s, e in covered)]
    return sorted([*kept, *added], key=lambda m: (m.span.start, -m.span.end))


def facility_heads(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Здание Министерства финансов Чили`, `Памятник Ивану Сомову`, `Штаб-квартира МВД Латвии`:
    a capitalised noun outside every mention whose lemma heads facilities' names
    (kg/data/ru/facility_words.tsv, `head`), in the singular and right before a name of the same
    sentence, makes with that name one facility, a place; the name stays a mention nested in it.
    The NER tags the name after the noun and leaves the noun out (mostly under photos)."""
    heads = facility_words()["head"]
    by_start = {m.span.start: m for m in mentions}
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or _overlaps(taken, t.start, t.end):
            continue
        nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
        named = by_start.get(nxt.start) if nxt is not None and a.text[t.end:nxt.start] == " " else None
        if named is None or nxt.sent != t.sent or t.feats.get("Number") == "Plur":
            continue
        lemma = noun_lemma(t.text)
        if lemma not in heads:
            continue
        if opens_sentence(a, t) and not _singular_nominative(t.text):
            continue  # `Здания ФСИН и суда охраняются`: a sentence opens with a plural subject
        name = f"{lemma[:1].upper()}{lemma[1:]} {named.span.text}"
        added.append(NameMention(span(a.text, t.start, named.span.end), name, "place",
                                 t.feats.get("Case") == "Nom", t.index, named.last))
    return sorted([*mentions, *added], key=lambda m: (m.span.start, -m.span.end))


@functools.lru_cache(maxsize=65536)
def _singular_nominative(word: str) -> bool:
    """The word has a reading in the nominative singular (`Здание`, not `Здания`)."""
    return any({"sing", "nomn"} <= tags for tags in dictionary_tags(word))


def quoted_products(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`антидепрессант «…»`, `эсминцем «…»`, `под торговыми марками «…»`: a quoted name right after
    a lower-case noun of a made thing (kg/data/ru/product_nouns.txt) names a product, which is no
    entity here; the NER tags many of them as bodies. So is every name of a run of quoted names
    after such a noun (`истребители «…» и «…»`, `под марками «…», «…», «…»`)."""
    nouns = word_list("product_nouns")
    listed = {(found.start(2) + title.start(1), found.start(2) + title.end(1))
              for found in _TITLE_RUN.finditer(a.text)
              if found.group(1)[:1].islower() and noun_lemma(found.group(1)) in nouns
              for title in re.finditer(_TITLE, found.group(2))}
    out = []
    for m in mentions:
        if (m.span.start, m.span.end) in listed and m.kind != "person":
            continue
        if m.kind != "person" and m.span.start >= 2 and a.text[m.span.start - 1] in "«„“\"" \
                and m.span.end < len(a.text) and a.text[m.span.end] in "»“”\"":
            i = m.first - 1
            while i >= 0 and not a.tokens[i].text[:1].isalnum():
                i -= 1
            before = a.tokens[i] if i >= 0 and a.tokens[i].sent == a.tokens[m.first].sent else None
            if before is not None and before.end == m.span.start - 2 and before.text[:1].islower() \
                    and noun_lemma(before.text) in nouns:
                continue
        out.append(m)
    return out


@functools.cache
def _latin_countries() -> tuple[dict[str, str], re.Pattern[str]]:
    """{Latin name or adjective: Russian name} of kg/data/ru/latin_countries.tsv, and a pattern
    finding any of them as a whole word."""
    names = {row[0]: row[1] for row in table("latin_countries")}
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return names, re.compile(rf"(?<![\w.])(?:{words})(?![\w])")


# a Latin word (or a particle of a Latin name) before a country's name makes it part of a longer
# name: `Air France`, `Times of India`, `RT America`, `Miss Teen USA`
_LATIN_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|of|de|du|al|la|el)\s+$")


def latin_countries(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`победила на US Open`, `в финале Australian Open`, `шоу «American Idol»`: a country's name
    or adjective written in Latin letters (kg/data/ru/latin_countries.tsv), outside every mention
    and not after another capitalised Latin word (`Air France` is a company's name), is a mention
    of the country, named as the article names it (`США`)."""
    names, pattern = _latin_countries()
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for found in pattern.finditer(a.text):
        start, end = found.span()
        if _overlaps(taken, start, end) \
                or _LATIN_BEFORE.search(a.text[max(0, start - 30):start]):
            continue
        tokens = [t.index for t in a.tokens_in(start, end)]
        if not tokens:
            continue
        added.append(NameMention(span(a.text, start, end), names[found.group()], "place", True,
                                 tokens[0], tokens[-1]))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


# `фильм «…»`, `сериала «…»`: a lower-case word, then a quoted title of one line. Each pattern
# below opening on a word starts at a word's first letter (the look-behind): the word must end
# where the rest begins, so a try inside it finds what the try at its start found, and scanning
# from every letter costs the most of name typing on a long text. The word may be capitalised
# (`Альбом «…»` opening a sentence: quoted_works checks where it stands)
_QUOTED_TITLE = re.compile(
    r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё][а-яё-]*) ?[«„“\"]([^«»„“”\"\n]{1,80})[»“”\"]")
# a run of quoted titles after one noun: `фильмах «…», «…» и «…»`, `песни, как «…», «…»`,
# `синглами, среди которых «…», «…»`, `произведений: «…» (1989), «…»`; a year or a note in
# brackets may follow a title
_TITLE = r"[«„“\"]([^«»„“”\"\n]{1,80})[»“”\"]"
_TITLE_GAP = r"(?:\s*\([^()\n]{1,30}\))?(?:,\s*|\s+и\s+|,\s*а также\s+|\s+или\s+)"
_TITLE_LEAD = r"(?::\s*|,?\s+как\s+|,\s+(?:среди которых|в том числе|например),?\s+|\s+)"
_TITLE_RUN = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё][а-яё-]*)" + _TITLE_LEAD
                        + "((?:" + _TITLE + _TITLE_GAP + r")+" + _TITLE + ")")


def _work_noun(a: Analysis, found: re.Match, nouns: frozenset[str]) -> bool:
    """The word opening `found` is a noun of `nouns`: written in lower case, or capitalised as the
    first word of a sentence (`Альбом «…» вышел`; elsewhere a capital marks a name's own word). A
    compound's last part is its head (`поп-альбом`, `синти-поп-синглами`)."""
    word = found.group(1)
    if word[:1].isupper():
        t = a.token_at(found.start(1))
        if t is None or not opens_sentence(a, t):
            return False
        word = word.lower()
    return noun_lemma(word.rsplit("-", 1)[-1]) in nouns


def quoted_works(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`сериал «Полярный лис»` … `звезда «Полярного лиса»`, `альбом «Марина»`: a quoted title right
    after a lower-case noun of a work or a show (kg/data/ru/work_nouns.txt, show_nouns.txt) names
    the work, which is no entity; so is every quoted mention of the text written as that title
    (the NER tags titles as bodies, and titles named after people as people). So is every title
    of a run of quoted titles joined by commas or `и` after such a noun (`в фильмах «…», «…» и
    «…»`, `такие песни, как «…», «…»`, `произведений: «…», «…»`); counted on the gold of the
    readable nerel-dev articles, no title after the first of such a run is a NEREL mention (57).
    The author's name may stand between the noun and the title (`сериал Олега Сомова «…»`), and
    the title's other mentions may be in another case (`в «Полярном лисе»`)."""
    nouns = word_list("work_nouns") | word_list("show_nouns")
    titles = {found.group(2).strip().lower() for found in _QUOTED_TITLE.finditer(a.text)
              if _work_noun(a, found, nouns)}
    # `в фильмах «…», «…» и «…»`: every title of a run that follows such a noun is a work
    titles |= {title.group(1).strip().lower() for found in _TITLE_RUN.finditer(a.text)
               if _work_noun(a, found, nouns) for title in re.finditer(_TITLE, found.group(2))}
    # `сериал Дэвида Линча «…»`: the author's name between the noun and the title
    titles |= {found.group(3).strip().lower() for found in _AUTHORED_TITLE.finditer(a.text)
               if noun_lemma(found.group(1)) in nouns}
    if not titles:
        return mentions
    # `сериала «Клан Ловцов»` … `в «Клане Ловцов»`: a title in another case is the same title
    # (each word's case ending cut, as the linker compares names: `спартак` is no form of `спарта`)
    keys = {stem_key(t, "ru") for t in titles}
    return [m for m in mentions if not (_quoted(a.text, m.span.start, m.span.end)
                                        and stem_key(m.span.text, "ru") in keys)
            or _after_facility_noun(a, m, nouns)]


def _after_facility_noun(a: Analysis, m: NameMention, works: frozenset[str]) -> bool:
    """`на станции метро «Сосновка»` beside `фильм «Сосновка»`: a quoted name right after a noun
    that heads facilities' names (facility_words `before` and `quoted` rows) names the facility,
    whatever work shares its title. A noun of a work (`works`) is no such noun, though the learned
    rows hold one (`передача`)."""
    words = facility_words()
    i = m.first - 1
    while i >= 0 and not a.tokens[i].text[:1].isalnum():  # over the opening quote
        i -= 1
    if i < 0 or a.tokens[i].sent != a.tokens[m.first].sent or not a.tokens[i].text[:1].islower():
        return False
    lemma = noun_lemma(a.tokens[i].text)
    return lemma in words["before"] | words["quoted"] and lemma not in works


# a work noun, one to three capitalised words of its author and the quoted title
_AUTHORED_TITLE = re.compile(r"(?<![а-яё-])([а-яё-]+)((?: [А-ЯЁ][а-яё-]+){1,3}) [«„“\"]([^«»„“”\"\n]{1,80})[»“”\"]")


def _quoted(text: str, start: int, end: int) -> bool:
    """text[start:end] stands between an opening and a closing quote."""
    return 0 < start and end < len(text) and text[start - 1] in "«„“\"" and text[end] in "»“”\""


_LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z0-9.'’&!+-]*(?: [A-Za-z0-9][A-Za-z0-9.'’&!+-]*)*")


def latin_products(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`автомобиль Zelmora` … `водитель Zelmora`, `браузер Orbis` … `проект Orbis`: a name in Latin
    letters that the text writes once right after a lower-case noun of a made thing
    (kg/data/ru/product_nouns.txt) names that product in every sentence of the text, and is no
    entity anywhere in it (the NER tags such names as bodies). A name the text also writes right
    after a noun of a company (kg/data/ru/maker_nouns.txt: `компания Zelmora`), after the head
    of a post in it (kg/data/ru/job_titles.txt: `представитель Zelmora`, `глава Zelmora`) is the
    maker, and stays. (A subject is no sign: `Zelmora разбился` is the aircraft.) A work or a show
    is such a made thing too (kg/data/ru/work_nouns.txt, show_nouns.txt: `альбом Nightfall`,
    `песню Rolling Thunder`), but a Latin name does not decline, and after a work's noun it is as
    often the work's maker in the genitive (`альбом Metallica`, `передача BBC`): such a name is
    the work only where every noun the text writes it after is one of a work or a thing (not
    `группа Metallica`, `телеканал BBC`), and no quoted title follows it (`сериал Netflix «…»`:
    the channel or studio that made the titled work), and no plural work's noun stands before it
    (`одна из песен Beatles`: a title names one work, many works name their maker)."""
    # a brand (`марки Valtaro`) names its maker as often as its goods
    products = word_list("product_nouns") - {"марка", "бренд"}
    works = word_list("work_nouns") | word_list("show_nouns")
    products = products | works
    makers = word_list("maker_nouns")
    posts = word_list("job_titles")
    forms = {a.text[m.span.start:m.span.end] for m in mentions if m.kind != "person"}
    forms = {f for f in forms if _LATIN_ONLY.fullmatch(f)}
    if not forms:
        return mentions
    by_start = {t.start: t for t in a.tokens}
    dropped = set()
    for form in forms:
        nouns, companies, acting = set(), set(), False
        for found in re.finditer(rf"(?<![\w@.]){re.escape(form)}(?![\w@])", a.text):
            t = by_start.get(found.start())
            if t is None:
                continue
            i = t.index - 1
            while i >= 0 and not a.tokens[i].text[:1].isalnum():  # over a quote or a bracket
                i -= 1
            before = a.tokens[i] if i >= 0 and a.tokens[i].sent == t.sent else None
            if before is None:
                continue
            lemma = noun_lemma(before.text)
            if lemma in works and re.match(r"['’»“”\"]*\s*[«„“\"]", a.text[found.end():]):
                acting = True  # `сериал Netflix «…»`: the maker of the titled work
            if lemma in works and before.feats.get("Number") == "Plur":
                # `одна из песен Beatles`, `альбомов Metallica`: a title names one work
                acting = True
            companies.add(lemma)  # `Компания Zelmora` opening a sentence is the maker too
            # `Альбом Nightfall вышел`: a noun opening a sentence is as plain as one in lower case
            if before.text[:1].islower() or opens_sentence(a, before):
                nouns.add(lemma)
            if noun_lemma(before.text.lower()) in posts:
                acting = True  # `представитель Zelmora`: a body with posts, not a thing
        if nouns & works and not companies - {None} <= products:
            continue  # `альбом Metallica` beside `группа Metallica`: the band
        if nouns & products and not companies & makers and not acting:
            dropped.add(form)
    if not dropped:
        return mentions
    return [m for m in mentions
            if m.kind == "person" or a.text[m.span.start:m.span.end] not in dropped]


# `Telegram-канале`, `VIP-палате`, `YouTube-блогером`: a Latin word joined by a hyphen to a
# lower-case Russian noun
_LATIN_COMPOUND = re.compile(r"[A-Za-z][A-Za-z0-9]*-[а-яё]{3,}")


def latin_compounds(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`в своём Telegram-канале`, `в VIP-палате`, `первым YouTube-блогером`: a Latin name joined by
    a hyphen to a lower-case Russian noun makes a common noun (a kind of channel, ward, blogger),
    no entity; the NER tags such words as bodies. (Counted on the gold of the readable articles:
    17 such words, none an entity.)"""
    return [m for m in mentions
            if not _LATIN_COMPOUND.fullmatch(a.text[m.span.start:m.span.end])]


@functools.cache
def _compound_places() -> dict[str, str]:
    """{case-folded name: name} of kg/data/ru/compound_places.txt."""
    return {casefold_name(n): n for n in word_list("compound_places")}


def untagged_places(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Героя Советского Союза`, `в Советском Союзе`: a capitalised adjective and noun whose lemmas
    are a row of kg/data/ru/untagged_places.tsv, outside every mention, are that place (the NER
    leaves such names untagged)."""
    rows = {(r[0], r[1]): r[2] for r in table("untagged_places") if len(r) >= 3}
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for t, nxt in zip(a.tokens, a.tokens[1:]):
        if not (t.text[:1].isupper() and nxt.text[:1].isupper()) or a.text[t.end:nxt.start] != " " \
                or _overlaps(taken, t.start, nxt.end):
            continue
        name = rows.get((adjective_lemma(t.text) or "", noun_lemma(nxt.text) or ""))
        if name is not None:
            added.append(NameMention(span(a.text, t.start, nxt.end), name, "place",
                                     nxt.feats.get("Case") == "Nom", t.index, nxt.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


# a road's number: a letter of its class (`М`, `Р`, `А`, `Е`, in Cyrillic or Latin) and its digits
_ROAD_NUMBER = re.compile(r"([А-ЯЁа-яё]+) ([МРАЕMPAE]-?\d{1,4})(?![\w-])")


def road_numbers(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`на трассе Р-215`, `участок автодороги М-12`, `Трасса М-11 закрыта`: a road's number right
    after a noun of a road (kg/data/ru/road_nouns.txt), outside every mention, names the road, a
    facility (a place), as NEREL marks it; the NER leaves such codes untagged."""
    nouns = word_list("road_nouns")
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for found in _ROAD_NUMBER.finditer(a.text):
        start, end = found.start(2), found.end(2)
        if noun_lemma(found.group(1)) not in nouns or _overlaps(taken, start, end):
            continue
        noun = a.token_at(found.start(1))
        if noun is not None and noun.pos == "ADJ":  # `купил дорогой A6`: an expensive car, no road
            continue
        # `Трасса М-11 закрыта`: a capitalised road noun opens a sentence or a caption as its
        # subject, in the nominative (`Дорогой A6…` is a car's price, however read)
        if found.group(1)[:1].isupper() and (noun is None or noun.feats.get("Case") != "Nom"):
            continue
        first, last = a.token_at(start), a.token_at(end - 1)
        if first is None or last is None:
            continue
        added.append(NameMention(span(a.text, start, end), found.group(2), "place", True,
                                 first.index, last.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def compound_places(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Тринидада и Тобаго`, `штате Джамму и Кашмир`: two places joined by `и` whose names make
    one name of kg/data/ru/compound_places.txt are that one place (the NER tags them apart)."""
    names = _compound_places()
    ordered = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))
    out: list[NameMention] = []
    skip: set[int] = set()
    for i, m in enumerate(ordered):
        if i in skip:
            continue
        nxt = next((j for j in range(i + 1, len(ordered)) if ordered[j].span.start >= m.span.end), None)
        if nxt is not None and m.kind == "place" and ordered[nxt].kind == "place" \
                and a.text[m.span.end:ordered[nxt].span.start] == " и ":
            whole = names.get(casefold_name(f"{m.name} и {ordered[nxt].name}"))
            if whole is not None:
                other = ordered[nxt]
                out.append(NameMention(span(a.text, m.span.start, other.span.end), whole, "place",
                                       m.nominative and other.nominative, m.first, other.last))
                skip.add(nxt)
                continue
        out.append(m)
    return out


def compass_places(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`на Юге США`, `на Юго-Западе Москвы`: a noun of a side of the world
    (kg/data/ru/compass_nouns.txt) written with a capital inside a sentence, right before a place's
    mention whose first word is in the genitive, makes one place with it, named by the noun's
    nominative and the place as written (`Юг США`). The noun's mention, where the NER tagged it
    alone, gives way; the place's own mention stays inside the region's (NEREL marks the whole as
    one place with the country nested in it; the event roles and the project's golds read `на
    Юго-Западе Москвы` as Moscow, the place of what happens there); a mention the NER gave the
    whole is named so too (`Востока Украины` → «Восток Украины», not «Восток Украина»). A
    sentence's or a line's first word is left alone (there a capital says nothing), as is a quoted
    word (`«Восток»`), a noun in lower case (`на юге США`: a direction, no name) and a place not in
    the genitive (`Запад Москва не интересует`)."""
    from kg.nlp.ru.known_names import starts_line

    nouns = word_list("compass_nouns")
    starts = {m.span.start: m for m in mentions}
    replaced: set[tuple[int, int]] = set()
    added, renamed = [], {}
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() or starts_line(a, t.index) \
                or a.text[t.start - 1] in "«„“\"'":
            continue
        # `Юг` is too short for noun_lemma, which takes no two-letter word
        lemma = t.text.lower() if t.text.lower() in nouns else noun_lemma(t.text.lower())
        if lemma not in nouns:
            continue
        noun = "-".join(p[:1].upper() + p[1:] for p in lemma.split("-"))
        own = starts.get(t.start)
        covering = [m for m in mentions if m.span.start < t.end and t.start < m.span.end]
        if own is not None and own.kind == "place" and own.span.end > t.end and covering == [own]:
            # the NER took the whole (`Востока Украины`): its name keeps the place as written
            if a.text[t.end:t.end + 1] == " ":
                renamed[(own.span.start, own.span.end)] = noun + a.text[t.end:own.span.end]
            continue
        if covering and not (own is not None and own.span.end == t.end and own.kind == "place"):
            continue  # inside another name (`Дальнего Востока`, `Ближнего Востока`)
        place = starts.get(t.end + 1) if a.text[t.end:t.end + 1] == " " else None
        if place is None or place.kind not in ("place", "country"):
            continue
        first = a.token_at(place.span.start)
        if first is None or first.sent != t.sent or first.feats.get("Case") != "Gen":
            continue
        if own is not None:
            replaced.add((own.span.start, own.span.end))
        added.append(NameMention(span(a.text, t.start, place.span.end),
                                 noun + a.text[t.end:place.span.end], "place",
                                 t.feats.get("Case") == "Nom", t.index, place.last))
    if not added and not renamed:
        return mentions
    kept = [dataclasses.replace(m, name=renamed[(m.span.start, m.span.end)])
            if (m.span.start, m.span.end) in renamed else m
            for m in mentions if (m.span.start, m.span.end) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.span.start, -m.span.end))


# a short quoted title (`«Внук Гагарина»`, `«Портрет Анны Карловны Бенуа»`); longer quotes are
# speech, where the NER reads names as in prose
_SHORT_QUOTE = re.compile(r"«([^«»\n]{1,120})»")
_TITLE_WORDS = 8


@functools.lru_cache(maxsize=65536)
def _person_name_parse(word: str) -> str | None:
    """The nominative of a word whose most likely dictionary reading is a first name, surname or
    patronymic, in that reading's gender (`Гагарина` → `Гагарин`, `Соколовой` → `Соколова`,
    `Карловны` → `Карловна`; the dictionary's lemma is the masculine), else None."""
    from kg.nlp.ru.models import word_parses

    parses = word_parses(word)
    if not parses or not _PERSON_TAGS & set(parses[0].tag.grammemes):
        return None
    form = parses[0].inflect({"Nom"})
    return (form.word if form else parses[0].normal_form).capitalize()


def names_in_titles(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`фильм «Внук Гагарина»`, `«Портрет Анны Карловны Бенуа»`, `«Развод Надера и Симин»`: a
    capitalised word inside a short quoted title, not its first word and outside every mention,
    that the dictionary reads first as a person's name, is a mention of a person (a run of such
    words is one name), when its last word is a word of a person the text names outside the title
    (`«Закон Гагарина»` beside `Юрий Гагарин`): the NER leaves names inside titles untagged, where
    NEREL marks the person. Counted on the readable nerel-dev articles: such words are NEREL
    people 37 times, nothing or another kind 19 times; first words of titles only 6 times of 14
    (`«Борис Годунов»`), so they are left. A name known only from a title is left too: the text
    never gives that person's full name (taking them all cost Person names 0.962 → 0.957)."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    # the people the text names outside the title: a title's name that is none of theirs (`«Дядя
    # Ваня»`) would be a person known by one word only, whose full name the text never gives
    known = {casefold_name(w) for m in mentions if m.kind == "person" for w in m.name.split(" ")}
    by_start = {t.start: t for t in a.tokens}
    added = []
    for quote in _SHORT_QUOTE.finditer(a.text):
        if len(quote.group(1).split()) > _TITLE_WORDS:
            continue
        run: list = []
        for found in re.finditer(r"\S+", quote.group(1)):
            t = by_start.get(quote.start(1) + found.start())
            name = None
            if t is not None and t.index > 0 and t.start > quote.start(1) and t.text[:1].isupper() \
                    and not t.text.isupper() and t.text.isalpha() \
                    and not _overlaps(taken, t.start, t.end):
                name = _person_name_parse(t.text)
            if name and (not run or a.text[run[-1][0].end:t.start] == " "):
                run.append((t, name))
                continue
            if run:
                added.append(_title_person(a, run))
            run = [(t, name)] if name else []
        if run:
            added.append(_title_person(a, run))
    added = [m for m in added if casefold_name(m.name.split(" ")[-1]) in known]
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def coordinated_persons(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Путин и Джо Байден встретились`: a capitalised word outside every mention, joined by `и`
    to a person's name right after it, that the dictionary reads first as a surname or a first
    name, is a person (in the nominative): the NER may leave such a lone surname untagged opening a
    sentence before a longer name (in news the NER or a repeated full name mostly finds it)."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    starts = {m.first for m in mentions if m.kind == "person"}
    added = []
    for t in a.tokens[:-2]:
        if not t.text[:1].isupper() or t.text.isupper() or not t.text.replace("-", "").isalpha() \
                or a.tokens[t.index + 1].text != "и" or t.index + 2 not in starts \
                or _overlaps(taken, t.start, t.end):
            continue
        name = _person_name_parse(t.text)
        if name:
            added.append(_title_person(a, [(t, name)]))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


# a run of three or more short quoted names: `«Вега», «Лира» и «Орион»`
_RUN_ITEM = r"«[^«»\n]{1,40}»"
_QUOTED_RUN = re.compile(_RUN_ITEM + r"(?:(?:,\s*|\s+и\s+|\s+или\s+)" + _RUN_ITEM + r"){2,}")


def quoted_runs(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`клубы «Вега», «Лира», «Орион» и «Сигма»`: in a run of three or more quoted names, where
    more than half are mentions of one kind (a body or a place) and none of another kind, a
    capitalised name of the run the NER left untagged is one of the same kind: the items of a
    list are alike (readable nerel-dev: 4 such untagged names are NEREL's, 1 of another type; a
    run where half or fewer are tagged holds titles of songs or journals, left alone)."""
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    taken = [(m.span.start, m.span.end) for m in mentions]
    added = []
    for run in _QUOTED_RUN.finditer(a.text):
        items = [(run.start() + q.start() + 1, run.start() + q.end() - 1)
                 for q in re.finditer(_RUN_ITEM, run.group(0))]
        kinds = {by_span[i].kind for i in items if i in by_span}
        tagged = sum(i in by_span for i in items)
        if len(kinds) != 1 or "person" in kinds or 2 * tagged <= len(items):
            continue
        kind = kinds.pop()
        for start, end in items:
            if (start, end) in by_span or _overlaps(taken, start, end) or not a.text[start:start + 1].isupper() \
                    or len(a.text[start:end].split()) > 4:
                continue
            first, last = a.token_at(start), a.token_at(end - 1)
            if first is None or last is None:
                continue
            added.append(NameMention(span(a.text, start, end), a.text[start:end], kind,
                                     first.feats.get("Case") in (None, "Nom"), first.index, last.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


# prepositions of place that take the genitive: after the others (`на`, `в`, `под`) an adjectival
# `-ого`/`-его` is the accusative of a person (`«Ставка на Гремячего»`); a place's: `-ом`, `-ее`
_GENITIVE_PREPOSITIONS = frozenset({"из", "близ"})


@functools.cache
def title_place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions (as written) and the noun lemmas of kg/data/ru/title_place_cues.tsv."""
    rows = table("title_place_cues")
    return (frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "preposition"),
            frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "noun"))


def places_in_titles(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`снимок «Свидание на Таймс-Сквер»`, `фильм «Пекарь из Омахи»`, `пейзаж «Утро, мост
    Ватерлоо»`: a capitalised word inside a short quoted title, not its first word and outside
    every mention, right after a preposition of place or a noun of a geographic or built place
    (kg/data/ru/title_place_cues.tsv), is a place's name, unless the dictionary reads it as a
    common word or a person's name, or it is an adjectival `-ого`/`-его` after a preposition that
    does not take the genitive (`«Ставка на Гремячего»`, a person's accusative): inside a Russian
    title only names take a capital, and the NER leaves them untagged where NEREL marks the
    place."""
    prepositions, nouns = title_place_cues()
    taken = [(m.span.start, m.span.end) for m in mentions]
    by_start = {t.start: t for t in a.tokens}
    added = []
    for quote in _SHORT_QUOTE.finditer(a.text):
        if len(quote.group(1).split()) > _TITLE_WORDS:
            continue
        for found in re.finditer(r"\S+", quote.group(1)):
            t = by_start.get(quote.start(1) + found.start())
            if t is None or t.start == quote.start(1) or t.index == 0 or not t.text[:1].isupper() \
                    or t.text.isupper() or not t.text.replace("-", "").isalpha() \
                    or _overlaps(taken, t.start, t.end):
                continue
            cue = a.tokens[t.index - 1]
            if cue.start < quote.start(1) or not (cue.text in prepositions or cue.lemma in nouns):
                continue
            nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
            if nxt is not None and nxt.start < quote.end(1) and nxt.text[:1].isupper():
                continue  # `«Сад Анны Петровны»`: a longer name, a person's as often
            if t.pos == "ADJ" or common_word(t.text) or "-" not in t.text and personal_name(t.text):
                continue  # `«Жизнь в Радости»`, `«Письмо к Анне»`; `Таймс-Сквер` is a name
            if cue.text not in _GENITIVE_PREPOSITIONS and t.text.lower().endswith(("ого", "его")):
                continue  # `«Ставка на Гремячего»`: a person's accusative, not a place
            name = _place_nominative(t.text) or _title_place_name(t)
            added.append(NameMention(span(a.text, t.start, t.end), name, "place",
                                     t.feats.get("Case") == "Nom", t.index, t.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def _title_place_name(t) -> str:
    """The nominative the tagger gives a one-word place (`Омахи` → `Омаха`); a hyphenated or
    undeclined word as written (`Таймс-Сквер`)."""
    if "-" in t.text or t.feats.get("Case") in (None, "Nom") or not t.lemma:
        return t.text
    return t.lemma[:1].upper() + t.lemma[1:]


def _title_person(a: Analysis, run: list) -> NameMention:
    first, last = run[0][0], run[-1][0]
    return NameMention(span(a.text, first.start, last.end), " ".join(name for _, name in run), "person",
                       all(t.feats.get("Case") == "Nom" for t, _ in run), first.index, last.index)


_OPEN_PREPOSITIONS = frozenset({"по", "за"})


def _open_end(a: Analysis, m: NameMention) -> bool:
    """The name's last word leaves its phrase open: a lower-case adjective (`Верховной палаты
    народного`), a lower-case noun a `по` or `за` of the name governs (`Комиссия по вопросам`,
    `Бюро по надзору за вывозом`): a body's name ends in neither; or a lower-case genitive noun
    after the name's head that a genitive noun after `и` is joined to (`Союза писателей` + `и
    журналистов`)."""
    last = a.tokens[m.last]
    if not last.text[:1].islower() or not last.text.replace("-", "").isalpha():
        return False
    if last.pos == "ADJ":
        return True
    if last.pos != "NOUN":
        return False
    if last.feats.get("Case") == "Gen":
        # `Союза писателей` + `и журналистов`: a genitive noun the next noun is joined to by `и`,
        # not the name's head noun itself (`Общественного совета и полпредства` are two bodies)
        if not any(t.pos in ("NOUN", "PROPN") for t in a.tokens[m.first:m.last]):
            return False
        i = m.last + 2
        while i < len(a.tokens) and a.tokens[i].pos == "ADJ":
            i += 1
        return i < len(a.tokens) and a.tokens[m.last + 1].text == "и" and a.tokens[i].pos == "NOUN" \
            and a.tokens[i].head == m.last and a.tokens[i].feats.get("Case") == "Gen" \
            and a.tokens[i].text[:1].islower() and a.tokens[i].sent == last.sent
    return m.last - 1 > m.first and a.tokens[m.last - 1].text in _OPEN_PREPOSITIONS


def _closing_word(a: Analysis, m: NameMention, i: int, last: int) -> bool:
    """Token i may go on the name `m` reaching token `last`: a lower-case noun or adjective in the
    genitive, or one in the case of the word of the name it is joined to by `и` (`по регламенту и
    организации`), that governs no word before the name (`Следователи из … прибыли`: a verb the
    parse took for a noun)."""
    t = a.tokens[i]
    if not t.text[:1].islower() or not t.text.replace("-", "").isalpha() or t.pos not in ("NOUN", "ADJ"):
        return False
    case = t.feats.get("Case")
    if case != "Gen" and not (a.tokens[i - 1].text == "и" and t.head is not None
                              and m.first <= t.head <= last and a.tokens[t.head].feats.get("Case") == case):
        return False
    return not any(x.head == i and x.index < m.first for x in a.tokens[max(0, m.first - 30):m.first])


_CONVOCATION_WORDS = 5  # `четвёртого и пятого созывов`


def _convocation(a: Analysis, m: NameMention) -> int | None:
    """The index of `созыва` / `созывов` when lower-case ordinal words (joined by `и` or commas)
    and that noun follow the body's name (`Госдумы седьмого созыва`, `Государственной думы
    третьего и четвёртого созывов`): a parliament named with its convocation is one name."""
    end = min(m.last + 2 * (_CONVOCATION_WORDS + 1) + 2, len(a.tokens))  # ordinals, `и`s, `созыва`
    if not any(t.text.lower().startswith("созыв") for t in a.tokens[m.last + 1:end]):
        return None  # (the dictionary look-ups below are the slow part: most names have none)
    i, words = m.last + 1, 0
    while i < len(a.tokens) and words <= _CONVOCATION_WORDS and a.tokens[i].sent == a.tokens[m.last].sent:
        t = a.tokens[i]
        if t.text in ("и", ",") and words:
            i += 1
            continue
        if not t.text[:1].islower() or not t.text.isalpha():
            return None
        if noun_lemma(t.text) == "созыв":
            return i if words else None
        if not any("Anum" in tags for tags in dictionary_tags(t.text)):  # an ordinal (`седьмого`)
            return None
        words, i = words + 1, i + 1
    return None


def close_open_ends(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Комиссия по вопросам` + `гражданства`, `Верховной палаты народного` + `представительства`,
    `Комитета по регламенту` + `и этике депутатской работы`: an organisation or place
    whose name the NER cut where its phrase is still open (`_open_end`) runs on over the lower-case
    words that close it: the noun an adjective agrees with, then genitive nouns and adjectives, a
    second one joined by `и`, an enumeration `A, B и C` of them (never over a comma no `и` closes,
    a preposition, a verb or a capitalised word). A body's convocation after it is part of its
    name too (`Госдумы седьмого созыва`, `_convocation`)."""
    out = []
    for m in mentions:
        convocation = _convocation(a, m) if m.kind == "organization" else None
        if convocation is not None:
            end = a.tokens[convocation].end
            out.append(NameMention(span(a.text, m.span.start, end), f"{m.name} {a.text[m.span.end:end].strip()}",
                                   m.kind, m.nominative, m.first, convocation, m.alias_of))
            continue
        if m.kind == "person" or not _open_end(a, m):
            out.append(m)
            continue
        sent, i, last = a.tokens[m.last].sent, m.last + 1, m.last
        toks = a.tokens

        def at(k):
            return toks[k] if k < len(toks) and toks[k].sent == sent \
                and a.text[toks[k - 1].end:toks[k].start] in (" ", "") else None
        if toks[m.last].pos == "ADJ":  # the noun the adjective agrees with
            t = at(i)
            if t is None or t.pos != "NOUN" or not t.text[:1].islower() \
                    or t.feats.get("Case") != toks[m.last].feats.get("Case"):
                out.append(m)
                continue
            last, i = i, i + 1
        comma_open = None  # the last word before a comma no `и` has closed yet
        while True:
            t = at(i)
            if t is None:
                break
            if t.text not in ("и", ",") and _closing_word(a, m, i, last):
                last, i = i, i + 1
                continue
            if t.text in ("и", ",") and at(i + 1) is not None and _closing_word(a, m, i + 1, last):
                if t.text == ",":
                    comma_open = last if comma_open is None else comma_open
                else:
                    comma_open = None
                last, i = i + 1, i + 2
                continue
            break
        if comma_open is not None:
            last = comma_open
        if last == m.last:
            out.append(m)
            continue
        end = toks[last].end
        out.append(NameMention(span(a.text, m.span.start, end), f"{m.name} {a.text[m.span.end:end].strip()}",
                               m.kind, m.nominative, m.first, last, m.alias_of))
    extended = [x for x, y in zip(out, mentions) if x is not y]
    return [x for x in out if not any(y.span.start <= x.span.start and x.span.end <= y.span.end
                                      and x is not y for y in extended)]


@functools.cache
def lower_body_heads() -> dict[str, str]:
    """Lemma → what must follow it (`field`, `owner`, `alone`, `place`, `city`),
    kg/data/ru/lower_body_heads.tsv."""
    return {r[0]: r[1] for r in table("lower_body_heads") if len(r) >= 2}


_FIELD_WORDS = 4  # most lower-case genitive words after the head (`иностранных дел`, `полиции`)


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Common nouns that stand for a country or a place (the rows of those kinds in
    kg/data/ru/anaphoric_nouns.tsv: `страна`, `государство`): a body's owner, never its field
    (`министерства страны`)."""
    return frozenset(w for r in table("anaphoric_nouns") if len(r) >= 3 and r[1] in ("country", "place")
                     for w in (r[0], *r[2].split()))


_UNDECLINED_ENDINGS = ("о", "и", "у", "ю", "е", "э")  # `Сан-Диего`, `Миссури`, `Баку`


def _undeclined(a: Analysis, owner: NameMention, after_place_word: bool) -> bool:
    """Whether an owner the tagger did not read as a genitive may still be one: it follows a
    territory's kind in the genitive (`штата Миссури`: in apposition, its case says nothing),
    or its last word has the ending of a name that does not decline (`полиции Сан-Диего`)."""
    if owner.kind not in ("place", "organization"):
        return False
    return after_place_word or a.tokens[owner.last].text.lower().endswith(_UNDECLINED_ENDINGS)


def is_country_name(name: str) -> bool:
    """Whether a place's name is a country's (kg/data/ru/country_adjectives.tsv)."""
    return casefold_name(name) in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(casefold_name(n) for n in country_name_set())


def _adjectives_before(a: Analysis, head: Token) -> Token:
    """The first of the lower-case adjectives right before `head` that agree with it in case
    (`федеральная прокуратура`), or `head` itself."""
    first = head
    while first.index > 0:
        w = a.tokens[first.index - 1]
        if not (w.pos == "ADJ" and w.text[:1].islower() and w.sent == head.sent
                and w.feats.get("Case") == head.feats.get("Case")
                and a.text[w.end:first.start] == " "):
            break
        first = w
    return first


def lower_case_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`министерство здравоохранения`, `департамент транспорта Москвы`, `пресс-служба полиции Тверской
    области`, `центризбирком`: a body written in lower case, headed by a noun of
    kg/data/ru/lower_body_heads.tsv, is an organisation (news annotators mark it as one, and it is
    the speaker of what it reports). After the head come lower-case genitive words (the body's
    field, or the kind of body that owns it: `полиции`), at least one, and for `owner` heads a
    place or organisation in the genitive right after them, which stays a mention nested in the
    body. A press office right before its named owner (`пресс-служба МВД России`) is left: it
    speaks for that owner (docs/speech.md). Named by the head's nominative, capitalised
    (`Министерство здравоохранения`). A `place` head (`прокуратура`, `полиция`) needs no
    field: a place or organisation right after it, or after a territory's kind (`полиция
    штата Миссури`: kg/data/ru/region_kind_words.txt), is its owner, and adjectives before
    the head join the name (`федеральная прокуратура Бельгии`); an undeclined owner
    (`Сан-Диего`) is taken whatever case the tagger gave it. A `city` head (`администрация`,
    `мэрия`) is a `place` head whose owner must be a town: a place named in no country's line
    of kg/data/ru/country_adjectives.tsv (`администрация Самары`, not `администрация США`)."""
    heads = lower_body_heads()
    taken = [(m.span.start, m.span.end) for m in mentions]
    by_first = {m.first: m for m in mentions}
    added = []
    for t in a.tokens:
        if not (t.text[:1].islower() or t.text[1:].islower() and opens_sentence(a, t)):
            continue  # opening a sentence, the capital is the sentence's, not a name's
        lemma = noun_lemma(t.text)
        needs = heads.get(lemma or "")
        if needs is None or t.feats.get("Number") == "Plur":
            continue  # `посетила министерства страны`: several bodies, no name
        city = needs == "city"  # a `place` head whose owner must be a town, not a country
        needs = "place" if city else needs
        if _overlaps(taken, t.start, t.end):
            continue
        last, i = t.index, t.index + 1
        while needs != "alone" and i < len(a.tokens) and i - t.index <= _FIELD_WORDS \
                and a.tokens[i].sent == t.sent and i not in by_first \
                and a.text[a.tokens[i - 1].end:a.tokens[i].start] == " ":
            w = a.tokens[i]
            place_word = noun_lemma(w.text) in _place_nouns() \
                or needs == "place" and w.text.lower() in word_list("region_kind_words")
            if not (w.text[:1].islower() and w.text.replace("-", "").isalpha()
                    and w.pos in ("NOUN", "ADJ") and w.feats.get("Case") == "Gen") \
                    or place_word and needs != "place" or needs == "place" and not place_word:
                break  # (`министерство здравоохранения страны`: the country is the owner)
            last, i = i, i + 1
        while last > t.index and a.tokens[last].pos != "NOUN":  # end on a noun, not an adjective
            last -= 1
        owner = by_first.get(last + 1)
        if owner is not None and (owner.kind == "person" or a.text[a.tokens[last].end:owner.span.start] != " "
                                  or a.tokens[owner.last].feats.get("Case") != "Gen"
                                  and not (needs == "place"
                                           and _undeclined(a, owner, last > t.index))):
            owner = None
        if city and owner is not None and (owner.kind != "place" or is_country_name(owner.name)):
            owner = None  # `администрация США` is the country acting (collective_heads.txt)
        if needs in ("field", "owner") and last == t.index \
                or needs in ("owner", "place") and owner is None:
            continue  # `пресс-служба МВД`: the office right before a named owner speaks for it
        first = _adjectives_before(a, t) if needs == "place" else t
        end = owner.span.end if owner is not None else a.tokens[last].end
        first_word = t.text if t.feats.get("Case") == "Nom" else lemma
        if first is not t:
            first_word = a.text[first.start:t.start] + first_word
        name = first_word[:1].upper() + first_word[1:] + a.text[t.end:end]
        added.append(NameMention(span(a.text, first.start, end), name, "organization",
                                 t.feats.get("Case") == "Nom", first.index,
                                 owner.last if owner is not None else last))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


@functools.cache
def numbered_heads() -> dict[str, str]:
    """Lemma → kind of kg/data/ru/numbered_heads.tsv (`армия` → organization)."""
    return {r[0]: r[1] for r in table("numbered_heads") if len(r) >= 2 and r[1] in ("organization", "place")}


_ORDINAL = re.compile(r"\d{1,4}-?[а-яё]{1,3}")
_NUMBERED_ADJECTIVES = 3  # most adjectives between the ordinal and the head (`2-й гвардейской армии`)


def numbered_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`1-й армии`, `2-й гвардейской армии`, `15-м экипажем`, `21-го лицея`, `17-й больницы`: an
    ordinal in digits, up to three adjectives and a head noun of kg/data/ru/numbered_heads.tsv
    make a name of the head's kind; a mention the NER gave for the words after the ordinal
    (`Украинского фронта`) takes the ordinal in. The name ends at its head: an owner after it
    (`1-й армии США`) stays a place of its own, as the corpus gold reads it (NEREL nests it in the
    body), so this runs after the owners are joined (`_join_owners`)."""
    heads = numbered_heads()
    by_first = {m.first: m for m in mentions}
    taken = [(m.span.start, m.span.end) for m in mentions]
    out, replaced = list(mentions), set()
    for t in a.tokens:
        if not _ORDINAL.fullmatch(t.text) or _overlaps(taken, t.start, t.end):
            continue
        i = t.index + 1
        while i < len(a.tokens) and i - t.index <= _NUMBERED_ADJECTIVES and a.tokens[i].pos == "ADJ" \
                and a.tokens[i].sent == t.sent and i not in by_first:
            i += 1
        if i >= len(a.tokens) or a.tokens[i].sent != t.sent or a.text[t.end:a.tokens[t.index + 1].start] != " ":
            continue
        own = by_first.get(t.index + 1)
        head_i = i if own is None else next((k for k in range(own.first, own.last + 1)
                                             if noun_lemma(a.tokens[k].text) in heads), None)
        if head_i is None or own is None and (i in by_first or not a.tokens[i].text[:1].islower()):
            continue
        kind = heads.get(noun_lemma(a.tokens[head_i].text) or "")
        if kind is None:
            continue
        name = _numbered_name(a, t.index, head_i)
        if own is not None:
            if own.kind == "person":
                continue
            if own.last > head_i:  # `Украинского фронта СССР`: the owner is a place of its own
                rest = a.tokens[head_i + 1:own.last + 1]
                owner = a.text[rest[0].start:own.span.end]
                if not all(w.text[:1].isupper() and (w.text.isupper() or place_or_body_name(w.text)) for w in rest):
                    continue
                geographic = any("Geox" in tags for w in rest for tags in dictionary_tags(w.text))
                out.append(NameMention(span(a.text, rest[0].start, own.span.end), owner,
                                       "place" if geographic else "organization", own.nominative,
                                       rest[0].index, own.last))
            end = a.tokens[head_i]
            new = NameMention(span(a.text, t.start, end.end), name, kind, end.feats.get("Case") == "Nom",
                              t.index, head_i)
            replaced.add(id(own))
        else:
            end = a.tokens[head_i]
            new = NameMention(span(a.text, t.start, end.end), name, kind,
                              end.feats.get("Case") == "Nom", t.index, head_i)
        out.append(new)
    if len(out) == len(mentions):
        return mentions
    return sorted((m for m in out if id(m) not in replaced), key=lambda m: m.span.start)


_ORDINAL_ENDINGS = {"Masc": "-й", "Fem": "-я", "Neut": "-е"}


def _numbered_name(a: Analysis, first: int, head: int) -> str:
    """The nominative of `1-й армией`, `2-й гвардейской армии` (`1-я армия`, `2-я гвардейская
    армия`): the ordinal's ending and the adjectives agree with the head noun's gender."""
    from kg.nlp.ru.models import inflected, word_parses

    parses = word_parses(a.tokens[head].text)
    noun = parses[0] if parses else None
    gender = noun.feats.get("Gender", "Masc") if noun is not None else "Masc"
    number = noun.feats.get("Number", "Sing") if noun is not None else "Sing"

    def nominative(word: str, grams: set[str]) -> str:
        ps = word_parses(word)
        form = inflected(ps[0], grams) if ps else None
        out = form.word if form is not None else word
        return out[:1].upper() + out[1:] if word[:1].isupper() else out
    digits = re.match(r"\d+", a.tokens[first].text).group(0)
    words = [digits + (_ORDINAL_ENDINGS.get(gender, "-й") if number == "Sing" else "-е")]
    adjective_grams = {"Nom", "Sing", gender} if number == "Sing" else {"Nom", "Plur"}
    words += [nominative(a.tokens[i].text, adjective_grams) for i in range(first + 1, head)]
    words.append(nominative(a.tokens[head].text, {"Nom", number}))
    return " ".join(words)


@functools.cache
def _seat_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """{`near` | `in` | `staff` | `answer`: word sequences} of kg/data/ru/seat_senses.tsv."""
    out: dict[str, set[tuple[str, ...]]] = {
        "near": set(), "in": set(), "staff": set(), "answer": set()}
    for row in table("seat_senses"):
        if len(row) >= 2 and row[1] in out:
            out[row[1]].add(tuple(row[0].split(" ")))
    return {k: frozenset(v) for k, v in out.items()}


def _words_before(a: Analysis, first: int, n: int) -> tuple[str, ...] | None:
    """The n words right before token `first` in its sentence, normalised; None where the
    sentence has fewer."""
    if first - n < 0 or a.tokens[first - n].sent != a.tokens[first].sent:
        return None
    return tuple(norm(t.text) for t in a.tokens[first - n:first])


def _head_outside(a: Analysis, m: NameMention) -> Token | None:
    """The word outside the mention that governs it."""
    inside = range(m.first, m.last + 1)
    return next((a.tokens[t.head] for t in a.tokens[m.first:m.last + 1]
                 if t.head is not None and t.head not in inside), None)


def _said_by_those_inside(a: Analysis, m: NameMention) -> bool:
    """`В Кремле заявили`, `в Белом доме считают`: the name is governed by a verb in the plural with
    no subject of its own, a clause that speaks for the people of the body, not of the building;
    so too a short adjective in the plural (`В Кремле уверены`, `готовы`, `довольны`) and an
    impersonal short participle (`В Кремле было заявлено`), which tell the same people's view or
    word with no subject."""
    head = _head_outside(a, m)
    if head is None:
        return False
    plural = head.pos == "VERB" and head.feats.get("Number") == "Plur" or \
        head.pos == "ADJ" and head.feats.get("Variant") == "Short" \
        and head.feats.get("Number") == "Plur"
    impersonal = head.pos == "VERB" and head.feats.get("Variant") == "Short" \
        and head.feats.get("Gender") == "Neut"
    if not plural and not impersonal:
        return False
    return not any(t.head == head.index and t.rel.startswith("nsubj")
                   for t in a.tokens[max(0, head.index - 12):head.index + 12])


def _list_head(a: Analysis, m: NameMention, mentions: list[NameMention]) -> NameMention:
    """The first name of the list the mention closes (`перед Кремлём и Белым домом`, `в Кремле и
    Белом доме`: `Кремлём`, `Кремле`), read for the preposition they share; the mention itself
    where no name in the same case stands right before an `и`, `или` or a comma before it."""
    while m.first >= 2 and a.tokens[m.first - 1].text.lower() in ("и", "или", ",") \
            and a.tokens[m.first - 1].sent == a.tokens[m.first].sent:
        prev = next((p for p in mentions if p.last == m.first - 2), None)
        if prev is None \
                or a.tokens[prev.last].feats.get("Case") != a.tokens[m.last].feats.get("Case"):
            break
        m = prev
    return m


def _seat_sense(a: Analysis, m: NameMention, words: dict[str, frozenset[tuple[str, ...]]]) -> str:
    """`place` for the building, `organization` for the body it houses (`_seat_words`); a name
    listed after another is read by the preposition before the list (`_list_head`)."""
    if any(_words_before(a, m.first, n) in words["near"] for n in (2, 1)):
        head = _head_outside(a, m)
        if head is not None and (norm(head.lemma),) in words["answer"]:
            return "organization"  # `отчитаться перед Кремлём`: the one answered to
        return "place"  # `стоя перед Белым домом`, `недалеко от Белого дома`
    prep = _words_before(a, m.first, 1)
    # (a name the tagger gives no case, `на Даунинг-стрит`, is read as the prepositional)
    if prep is None or prep not in words["in"] \
            or a.tokens[m.last].feats.get("Case", "Loc") != "Loc":
        return "organization"  # `Белый дом заявил`, `в сообщении Кремля`, `на работу в Белый дом`
    owner = _words_before(a, m.first - 1, 1)
    lemma = noun_lemma(owner[0]) if owner else None
    if lemma is not None and (lemma,) in words["staff"] or _said_by_those_inside(a, m):
        return "organization"  # `источники в Кремле`, `должность в Белом доме`, `в Кремле заявили`
    return "place"  # `встреча прошла в Кремле`, `выступил в Белом доме`


def seat_senses(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Белый дом заявил …`, then `пикет перед Белым домом`: a name of kg/data/ru/seat_bodies.txt
    means the body it houses or the building by its context (`_seat_sense`), mention by mention,
    so the two are two entities of two kinds, as NEREL has them; a name the NER tagged as a
    person is read the same way. Runs after
    known_names.agree_kinds, which would make one written form one kind."""
    seats = word_list("seat_bodies")
    words = _seat_words()
    out = []
    for m in mentions:
        # (a person so named is the NER's slip: `В заявлении Даунинг-стрит` names no one)
        if not m.derived and norm(m.name) in seats:
            kind = _seat_sense(a, _list_head(a, m, mentions), words)
            if kind != m.kind:
                m = dataclasses.replace(m, kind=kind)
        out.append(m)
    return out
