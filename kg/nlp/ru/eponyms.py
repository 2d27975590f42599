"""Names that a word before them makes or unmakes: the person a law or treaty is named after
(`закона Яровой`, `пакт Молотова-Риббентропа`), the physician an illness is named after
(`болезни Паркинсона`: no person of the text), a web service used as a place to write or buy
in (`в Telegram`, `на eBay`: a product, no organisation), the people of a ruling house
(`дома Романовых`), a clan or a tribe (`клана Кастеллано`: an organisation), and a street
named after a person (`на улице Михаила Сомова`: a place) or a structure whose name opens on its
capitalised noun (`на Аллее славы`: a place).

The nouns are data: kg/data/ru/eponym_nouns.txt, eponym_disease_nouns.txt, service_names.txt,
service_nouns.txt, dynasty_nouns.txt, dynasty_building_nouns.tsv, street_nouns.txt,
structure_name_nouns.txt, clan_nouns.txt and eponym_place_nouns.txt.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis, Token, opens_sentence
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import possessives, rule_words, table, word_list
from kg.nlp.ru.models import word_parses

# quotes that may stand before a service's name (`в «Telegram»`)
_QUOTES = "«\"„“'"


@functools.lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    parses = word_parses(word)
    return parses[0].normal.lower() if parses else word.lower()


def _genitive_surname(word: str) -> bool:
    """The dictionary's likeliest reading of the capitalised word is a surname, and it can be one
    in the genitive (`Яровой`, `Молотова`, `Магнитского`); a place (`Украины`) or a common noun
    is not."""
    if len(word) < 3 or not word[:1].isupper() or word.isupper() \
            or not re.fullmatch(r"[А-ЯЁа-яё]+", word):
        return False
    parses = word_parses(word)
    if not parses or "Surn" not in parses[0].tag.grammemes:
        return False
    return any("Surn" in p.tag.grammemes and p.feats.get("Case") == "Gen" for p in parses)


def _taken(mentions: list[NameMention], start: int, end: int) -> bool:
    return any(m.span.start < end and start < m.span.end for m in mentions)


def _plural_surname(a: Analysis, t: Token) -> bool:
    """The capitalised word is a surname in the genitive plural to the dictionary (`Романовых`,
    `Габсбургов`), or a plural the NER tagged as a person (a surname the dictionary lacks)."""
    if not t.text[:1].isupper() or t.text.isupper() or not re.fullmatch(r"[А-ЯЁа-яё]+", t.text):
        return False
    if any({"Surn", "plur", "gent"} <= set(p.tag.grammemes) for p in word_parses(t.text)):
        return True
    return t.feats.get("Number") == "Plur" and any(
        sp.type == "PER" and sp.start == t.start and sp.end == t.end for sp in a.ner)


def _plural_nominative(word: str) -> str:
    """`Романовых` → `Романовы`: the house's name as the dictionary puts its surname reading in
    the nominative plural; the word as written where it has none."""
    reading = next((p for p in word_parses(word) if {"Surn", "plur"} <= set(p.tag.grammemes)), None)
    form = reading.inflect({"Nom", "Plur"}) if reading is not None else None
    return form.word.capitalize() if form is not None else word


@functools.cache
def _building_prepositions() -> dict[str, frozenset[str]]:
    """The nouns of a house that also name a building, with the prepositions that make them the
    building (kg/data/ru/dynasty_building_nouns.tsv)."""
    return {r[0]: frozenset(r[1].split()) for r in table("dynasty_building_nouns") if len(r) >= 2}


def _building(a: Analysis, t: Token) -> bool:
    """The house noun is a building here: a preposition of place governs it (`в доме Сомовых`,
    `у дома Сомовых`), as the parse attaches it or as the word right before it."""
    preps = _building_prepositions().get(_lemma(t.text))
    if not preps:
        return False
    before = a.tokens[t.index - 1] if t.index > 0 and a.tokens[t.index - 1].sent == t.sent else None
    governing = [c for c in a.children(t.index) if c.rel == "case"]
    return any(p.text.lower() in preps for p in [*governing, *([before] if before else [])]
               if p.pos == "ADP")


def house_persons(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`дома Романовых`, `династии Габсбургов`, `рода Сомовых`: a plural surname right after a noun
    of a ruling or noble house (kg/data/ru/dynasty_nouns.txt), outside every mention, names the
    house's people, a person mention in news annotation (NEREL), where a plural surname
    elsewhere (`семья Сомовых`, `отравление Скрипалей`) names a family and is dropped
    (kg.nlp.ru.entities). Not after the adverb `дома` (`дома Сомовых не застал`), nor after a
    capitalised noun, which opens a body's name the NER tagged whole (`Главой Дома Романовых`),
    nor after a noun a preposition of place makes a building (`в доме Сомовых`)."""
    nouns = word_list("dynasty_nouns")
    added: list[NameMention] = []
    for t in a.tokens[:-1]:
        if t.pos != "NOUN" or not t.text.islower() or _lemma(t.text) not in nouns \
                or _building(a, t):
            continue
        nxt = a.tokens[t.index + 1]
        if nxt.sent != t.sent or a.text[t.end:nxt.start] != " " or not _plural_surname(a, nxt) \
                or _taken(mentions, nxt.start, nxt.end):
            continue
        added.append(NameMention(span(a.text, nxt.start, nxt.end), _plural_nominative(nxt.text),
                                 "person", False, nxt.index, nxt.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def eponym_persons(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`закона Яровой`, `«пакета Яровой»`, `пакт Молотова-Риббентропа`, `поправки Джексона —
    Вэника`: capitalised surnames in the genitive right after a noun of a law, treaty or plan
    (kg/data/ru/eponym_nouns.txt), outside every mention, are the people it is named after. The
    NER leaves most of them untagged: the law's name reads to it as one common phrase."""
    nouns = word_list("eponym_nouns")
    added: list[NameMention] = []
    for t in a.tokens[:-1]:
        if not t.text[:1].isalpha() or _lemma(t.text) not in nouns:
            continue
        nxt = a.tokens[t.index + 1]
        if nxt.sent != t.sent or a.text[t.end:nxt.start] != " ":
            continue
        # `Молотова-Риббентропа` (one token or three), `Джексона — Вэника`
        parts = [(nxt.start + p.start(), nxt.start + p.end())
                 for p in re.finditer(r"[^-]+", nxt.text)]
        rest = nxt.index + 1
        while rest + 1 < len(a.tokens) and a.tokens[rest].text in ("-", "—", "–"):
            after = a.tokens[rest + 1]
            if after.sent != t.sent or not _genitive_surname(after.text):
                break
            parts.append((after.start, after.end))
            rest += 2
        words = [(s, e) for s, e in parts if _genitive_surname(a.text[s:e])]
        if len(words) != len(parts) or any(_taken(mentions, s, e) for s, e in words):
            continue
        for s, e in words:
            first, last = a.token_at(s), a.token_at(e - 1)
            added.append(NameMention(span(a.text, s, e), a.text[s:e], "person", False,
                                     first.index, last.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def clans_named(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`клана Кастеллано`, `картеля Синалоа`, `племя Вазири`: a person's or a place's mention right
    after a lower-case noun of a clan, a tribe or a criminal ring (kg/data/ru/clan_nouns.txt), one
    space away in its sentence, is the group's name, an organisation: the NER reads the family's
    name as a person and the town's as a place."""
    nouns = word_list("clan_nouns")
    out, changed = [], False
    for m in mentions:
        if m.kind in ("person", "place") and m.first > 0:
            before, first = a.tokens[m.first - 1], a.tokens[m.first]
            if before.sent == first.sent and a.text[before.end:first.start] == " " \
                    and before.text.islower() and _lemma(before.text) in nouns:
                m, changed = dataclasses.replace(m, kind="organization"), True
        out.append(m)
    return out if changed else mentions


def streets_named_after(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`на улице Михаила Сомова`, `площадь Героя Сомова`: a person's name right after a singular,
    lower-case noun of a street or square (kg/data/ru/street_nouns.txt), every word of it able to
    be a genitive, names the street, a place: NEREL marks it so, the NER tags the person. The name
    is kept as written (`Михаила Сомова`, the genitive is the street's own name). A name that
    cannot be a genitive is the next clause's subject (`На улице Анна Сомова встретила …`)."""
    streets = word_list("street_nouns")
    out = []
    for m in mentions:
        if m.kind == "person" and m.first > 0 and _street_before(a, m, streets) \
                and all(t.feats.get("Case") == "Gen" or _can_be_genitive(t.text)
                        for t in a.tokens[m.first:m.last + 1]):
            m = dataclasses.replace(m, kind="place", name=m.span.text, nominative=False)
        out.append(m)
    return out


def _street_before(a: Analysis, m: NameMention, streets: frozenset[str] | set[str]) -> bool:
    """The token right before the mention, in its sentence and one space away, is a lower-case
    street noun in the singular (`вышли на улицы Тбилиси`: the plural names the town's streets)."""
    before, first = a.tokens[m.first - 1], a.tokens[m.first]
    return before.sent == first.sent and a.text[before.end:first.start] == " " \
        and before.text[:1].islower() and _lemma(before.text) in streets \
        and before.feats.get("Number") != "Plur"


def structure_names(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`на Аллее славы`, `в «Башню короля»`, `по Мосту влюблённых`: a noun of a structure
    (kg/data/ru/structure_name_nouns.txt) capitalised inside a sentence, where the capital marks a
    name's own word, and the lower-case noun in the genitive right after it are the structure's
    own name, a place (NEREL marks it so; the NER tags nothing). Opening a sentence or a line the
    capital says nothing (`Улица города опустела`). A mention holding more words stands. The place
    is named with the noun in the nominative (`Аллея славы` for `Аллее славы`): one structure in
    every case."""
    nouns = word_list("structure_name_nouns")
    out, changed = list(mentions), False
    for t in a.tokens[:-1]:
        if not t.text[:1].isupper() or t.text.isupper() or t.pos not in ("NOUN", "PROPN") \
                or _lemma(t.text) not in nouns or opens_sentence(a, t):
            continue
        nxt = a.tokens[t.index + 1]
        if nxt.sent != t.sent or a.text[t.end:nxt.start] != " " or not nxt.text.islower() \
                or nxt.pos != "NOUN" or nxt.feats.get("Case") != "Gen":
            continue
        start, end = t.start, nxt.end
        inside = [m for m in out if m.span.start < end and start < m.span.end]
        if any(m.span.start < start or m.span.end > end for m in inside):
            continue  # part of a longer name: that name stands
        name = _lemma(t.text).capitalize() + a.text[t.end:end]
        out = [m for m in out if m not in inside]
        out.append(NameMention(span(a.text, start, end), name, "place", False, t.index, nxt.index))
        changed = True
    return sorted(out, key=lambda m: m.span.start) if changed else mentions


@functools.lru_cache(maxsize=65536)
def _can_be_genitive(word: str) -> bool:
    """The dictionary reads the word as a genitive, or knows it as a name that does not decline
    (`Пеле`, `Гюго`); an initial (`А.`) is any case. (A surname the dictionary does not know is
    read in its sentence: the tagger's case.)"""
    if re.fullmatch(r"[А-ЯЁA-Z]\.", word):
        return True
    grams = [p.tag.grammemes for p in word_parses(word)]
    return any("gent" in g or "Fixd" in g for g in grams)


def _stem(word: str) -> str:
    """A surname without its case ending (`Неруды`, `Неруда` → `неруд`)."""
    return re.sub(r"(?:ого|ому|ой|ым|ом|ей|ем|ы|а|у|е|и|ю|я)$", "", word.lower())


def eponymous_diseases(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`болезни Паркинсона`, `синдромом Дауна`: a one-word person right after a noun of an illness
    (kg/data/ru/eponym_disease_nouns.txt) whose surname is one illnesses are named after
    (kg/data/ru/eponymous_illness_names.txt) names the illness, not someone of the text, unless
    the text names a person of that surname in full (`болезнью Неруды` beside `Пабло Неруда`).
    Any other surname there is a person of the text who is ill (`слухи о болезни Путина`)."""
    nouns = word_list("eponym_disease_nouns")
    eponyms = {_stem(n) for n in word_list("eponymous_illness_names")}
    # `болезнью Неруды` beside `Пабло Неруда`: the illness of a person of the text
    named = {_stem(m.span.text.split()[-1]) for m in mentions
             if m.kind == "person" and len(m.span.text.split()) > 1}
    out = []
    for m in mentions:
        if m.kind == "person" and m.first == m.last and m.first > 0 \
                and _stem(m.span.text) in eponyms and _stem(m.span.text) not in named:
            before = a.tokens[m.first - 1]
            if before.sent == a.tokens[m.first].sent and before.text[:1].islower() \
                    and _lemma(before.text) in nouns:
                continue
        out.append(m)
    return out


_PREPOSITIONS = frozenset({"в", "во", "на"})
# case endings a Cyrillic service's name takes (`Фейсбуке`, `Твиттера`, `Инстаграмом`)
_ENDINGS = ("", "а", "у", "е", "ом", "ы", "и", "ах", "ам", "ов", "ами")


@functools.lru_cache(maxsize=65536)
def _service(word: str, names: frozenset[str]) -> bool:
    """The word is a service's name of `names` (kg/data/ru/service_names.txt) in some case form
    (`Фейсбуке`). Cached: it is asked of every word before a name, against every service."""
    low = word.lower().strip("'’\"«»“”")
    if low in names:
        return True
    return bool(re.fullmatch(r"[а-яё]+", low)) and any(
        low.startswith(n) and low[len(n):] in _ENDINGS for n in names if len(n) > 3)


def _own(word: str) -> bool:
    """A possessive pronoun of kg/data/ru/possessives.tsv in any case form (`своём`, `моей`,
    `их`), or an adjective of one's own account (rule_words `account_adjective`: `официальном`,
    `личной`)."""
    own = possessives()
    lemma = _lemma(word)
    return word.lower() in own or lemma in own or lemma in rule_words("account_adjective")


def _used_at(a: Analysis, first: Token, names: frozenset[str], nouns: frozenset[str]) -> bool:
    """The words before the name, back to `в`/`во`/`на`, are possessives, service nouns and
    other services joined by `и` or a comma only (`в своём Фейсбуке`, `в чате Telegram`, `в
    Telegram и WhatsApp`)."""
    i = first.index - 1
    while i >= 0 and a.tokens[i].sent == first.sent:
        t = a.tokens[i]
        low = t.text.lower()
        if low in _PREPOSITIONS:
            return True
        if t.text in _QUOTES or _own(t.text) or low in ("и", ",") or _service(t.text, names) \
                or t.text[:1].islower() and _lemma(t.text) in nouns:
            i -= 1
            continue
        return False
    return False


def _speaks(a: Analysis, m: NameMention) -> bool:
    """A speech verb in the plural right after the name (`В Facebook заявили`, `в Telegram
    ответили отказом`): the company's people speak, as in `В ООН заявили`."""
    from kg.nlp.ru.speech_clauses import speech_verb_lemmas

    if m.last + 1 >= len(a.tokens):
        return False
    t = a.tokens[m.last + 1]
    return t.sent == a.tokens[m.last].sent and t.pos == "VERB" \
        and t.feats.get("Number") == "Plur" and t.lemma.replace("ё", "е") in speech_verb_lemmas()


def _addressed(a: Analysis, m: NameMention) -> bool:
    """The `в`/`на` before the name belongs to a verb of kg/data/ru/service_body_verbs.txt with
    at most its object between (`обратились в Facebook`, `вложил деньги в Telegram`): the
    company addressed or invested in. Another preposition between (`жалуются на сбои в
    YouTube`) ties the phrase to its noun instead."""
    verbs = word_list("service_body_verbs")
    i, prepositions = m.first - 1, 0
    while i >= 0 and a.tokens[i].sent == a.tokens[m.first].sent:
        t = a.tokens[i]
        if t.pos in ("VERB", "AUX"):
            return prepositions == 1 and t.lemma.replace("ё", "е") in verbs
        if t.pos == "ADP":
            prepositions += 1
        elif t.pos == "PUNCT" and t.text not in _QUOTES:
            return False
        i -= 1
    return False


def services_used(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`в Telegram`, `на eBay`, `в своём Фейсбуке`, `в мессенджерах Telegram и WhatsApp`: a web
    service of kg/data/ru/service_names.txt after `в`/`на` (over possessives and the nouns of
    kg/data/ru/service_nouns.txt, and other services joined by `и` or a comma) is where something
    was written or bought: a product, which NEREL marks as no entity. The company stays where its
    people speak (`В Facebook заявили`) or where it is addressed or invested in (`обратились в
    Facebook`, `вложил деньги в Telegram`)."""
    names, nouns = word_list("service_names"), word_list("service_nouns")
    out: list[NameMention] = []
    for m in mentions:
        words = m.span.text.split()
        if len(words) == 1 and _service(words[0], names) \
                and _used_at(a, a.tokens[m.first], names, nouns) \
                and not _speaks(a, m) and not _addressed(a, m):
            continue
        out.append(m)
    return out


def _surname_forms(surname: str) -> set[str]:
    """The stems an adjective of the surname may be made on (`Абель` → `абель`, `абел`;
    `Толстой` → `толстой`, `толст`)."""
    s = surname.lower().replace("ё", "е")
    forms = {s}
    if s.endswith(("ь", "й")):
        forms.add(s[:-1])
    if s.endswith(("ой", "ий", "ый")):
        forms.add(s[:-2])
    return {f for f in forms if len(f) >= 3}


def _adjective_stems(lemma: str) -> set[str]:
    """The stems a `-ский` adjective is made on (`шукшинский` → `шукшин`; `абелевский` →
    `абелев`, `абел`; `баховский` → `бахов`, `бах`), none for any other adjective."""
    lemma = lemma.replace("ё", "е")
    if not lemma.endswith("ский"):
        return set()
    base = lemma[:-4]
    stems = {base}
    if base.endswith(("ов", "ев")):
        stems.add(base[:-2])
    return {s for s in stems if len(s) >= 3}


def surname_adjectives(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Шукшинский кинофестиваль`, `лауреат Абелевской премии`, `«Шукшинские дни»`: a capitalised
    `-ский` adjective outside every mention, made on the surname of the one person the text names
    in full (`Василий Шукшин`, `Нильс Абель`), is a mention of that person, under the person's
    name, as `Нобелевской` is of Alfred Nobel (name_types.adjective_mentions, which knows only
    the adjectives learned from the annotated articles). Not where a capitalised word follows
    (`Саудовской Аравии`: the adjective opens a longer name), nor before a street, a territory or
    a church (kg/data/ru/eponym_place_nouns.txt: `Ленинский проспект`, `Ивановская область`,
    `Ильинский храм`: a place), nor for the adjective of a known place
    (kg.nlp.ru.country_adjectives)."""
    from kg.nlp.ru.country_adjectives import adjective_place  # imports name_types
    from kg.nlp.ru.name_types import adjective_lemma, country_names, name_adjectives

    people: dict[str, set[str]] = {}  # surname stem → the full names that end in that surname
    for m in mentions:
        words = m.name.split(" ")
        if m.kind == "person" and not m.derived and len(words) >= 2 and words[-1][:1].isupper():
            for form in _surname_forms(words[-1]):
                people.setdefault(form, set()).add(m.name)
    if not people:
        return mentions
    areas = word_list("eponym_place_nouns") | word_list("street_nouns")
    added: list[NameMention] = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper() \
                or not re.fullmatch(r"[А-ЯЁа-яё]+", t.text) or _taken(mentions, t.start, t.end):
            continue
        lemma = adjective_lemma(t.text)
        stems = _adjective_stems(lemma or "")
        if not stems or lemma in name_adjectives() or lemma in country_names() \
                or adjective_place(lemma):
            continue
        names = set().union(*(people.get(s, set()) for s in stems))
        if len(names) != 1:
            continue  # no person of that surname, or two (`Иван` and `Пётр Сомов`): not told
        nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
        if nxt is not None and nxt.sent == t.sent and (
                nxt.text[:1].isupper() or _lemma(nxt.text) in areas):
            continue
        added.append(NameMention(span(a.text, t.start, t.end), next(iter(names)), "person", True,
                                 t.index, t.index, derived=True))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions
