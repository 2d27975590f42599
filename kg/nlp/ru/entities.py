"""Named entities of a Russian article: NER spans → canonical nominative names → merged Entities.

Within a document, person mentions merge by surname: full names whose first names agree (equal, or
one a short form of the other: `Джо` / `Джозеф`) are one person, and a bare surname joins the full
name it belongs to (of the gender its ending tells, the nearest one before it when two people share
the surname), a name written surname first or a nickname after `известный как` the person so named,
and a first name with a patronymic (`Игорь Викторович`) the person the text names in full with
both. Surnames are compared without their case endings (`Байденом` = `Байден`), because the NER's
normaliser often leaves foreign names inflected. Places and organisations merge by their normalised
name. Job titles come from the position phrase before a person's name (`президент России Владимир
Путин`). Damaged text is cleaned first: spans are cut at line breaks and unbalanced quotes, and a
run of names in a caption is split into the people it lists.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.nlp.base import casefold_name, one_edit, span
from kg.nlp.ru import mention_model
from kg.nlp.ru.analysis import Analysis, NerSpan, Token, past_gender
from kg.nlp.ru.country_adjectives import (
    country_names,
    national_bodies,
    place_adjectives,
    place_adjectives_before_persons,
)
from kg.nlp.ru.deities import deity_persons
from kg.nlp.ru.eponyms import (
    clans_named,
    eponym_persons,
    eponymous_diseases,
    house_persons,
    services_used,
    streets_named_after,
    structure_names,
    surname_adjectives,
)
from kg.nlp.ru.known_names import (
    NameMention,
    agree_kinds,
    first_names_before,
    nickname_aliases,
    parenthetical_aliases,
    repeated_names,
    spelled_abbreviations,
    trim_leading_words,
    trim_trailing_words,
)
from kg.nlp.ru.lexicon import norm, normed_words, possessives, rule_words, table, word_list
from kg.nlp.ru.models import inflected, word_parses
from kg.nlp.ru.name_cases import one_name_in_cases
from kg.nlp.ru.name_types import (
    adjective_lemma,
    adjective_mentions,
    as_facilities,
    close_open_ends,
    common_word,
    compass_places,
    compound_places,
    coordinated_persons,
    declined_nominative,
    dictionary_tags,
    extend_body_tails,
    facility_heads,
    facility_words,
    first_name_gender,
    function_word,
    geographic_mentions,
    inflected_first_name_gender,
    join_body_heads,
    kinds_before_quotes,
    known_place_or_body_name,
    known_surname,
    latin_compounds,
    latin_countries,
    latin_products,
    leader_bodies,
    lower_case_bodies,
    name_adjectives,
    names_in_titles,
    noun_lemma,
    noun_mentions,
    numbered_bodies,
    patronymic,
    personal_name,
    phrase_bodies,
    places_in_titles,
    places_with_years,
    quoted_facilities,
    quoted_owners,
    quoted_products,
    quoted_runs,
    quoted_works,
    road_numbers,
    seat_senses,
    split_place_adjectives,
    untagged_places,
    verb_form,
)
from kg.nlp.ru.person_nouns import person_noun, person_word
from kg.nlp.ru.quotes import OPENING_QUOTES, QUOTE_MARKS
from kg.nlp.ru.short_forms import country_abbreviation_of, short_form_of, words
from kg.nlp.ru.title_places import title_places
from kg.nlp.ru.town_genitives import towns_from
from kg.nlp.ru.transliteration import spelling_key
from kg.records import Entity, EntityKind

_KINDS: dict[str, EntityKind] = {"PER": "person", "ORG": "organization", "LOC": "place"}
_EDGE = "\"'«»„“”()[].,:;!?—–- \t\r\n\xa0\xad"  # \xad: a soft hyphen left by web pages
# a quote, a bracket, or a semicolon (`Кира Сомова; Kira Somova`: two forms listed)
_CUT = re.compile(r"[«»„“”\"()\[\];]")
# a kind of body and its quoted name (`ЗАО «Медиа-Мост»`), the closing quote inside or not, and
# the bracket the NER may take in after it (`ЗАО «Медиа-Мост» (ММ)`: the abbreviation is glossed
# later, by known_names.parenthetical_aliases)
_QUOTED_TAIL = re.compile(r"[^«»„“”\"()\[\]\n]*[^\s«»„“”\"()\[\]] «([^«»„“”\"()\[\]\n]+)»?(?:\s*\([^()\n]*\))?")
# a name's last word a single Cyrillic capital after another word (`Сомчук И. Ф`, `Нуреддин Х`;
# not a Latin regnal number: `Кигели V.` ends a sentence)
_LAST_INITIAL = re.compile(r"\S[\s.][А-ЯЁ]$")
# the same after another initial (`Сомчук И. Ф`, `Сомчук И.Ф`)
_SECOND_INITIAL = re.compile(r"(?:^|[\s.])[А-ЯЁ]\.\s?[А-ЯЁ]$")
# `Нуреддин Х.`, `Михальчук И. Ф.`, `John F.`: the dot is the name's; not after a Latin capital
# that follows a Cyrillic word (`Харальд V.`: a regnal number ending the sentence)
_INITIAL = re.compile(r"(?:(?:^|[\s.])[А-ЯЁ]|(?:^|\.|(?<![А-Яа-яЁё])\s)[A-Z])\.$")
_TITLE_GAP = 6  # most tokens between a title's head noun and the name
# case endings of Russian nouns and adjectives, longest first; stripped to compare surnames
_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой", "ей", "ую",
            "юю", "ая", "яя", "ий", "ый", "ов", "ев", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и")


_Mention = NameMention


@dataclass
class _Cluster:
    kind: EntityKind
    mentions: list[_Mention] = field(default_factory=list)
    first_names: set[str] = field(default_factory=set)
    surname: str = ""
    job_title: str | None = None
    affiliation_span: tuple[int, int] | None = None
    relative: bool = False  # named by surname inheritance (`с женой Мишель`)
    # the spans of short forms merged into the cluster (`Петербург` of `Санкт-Петербург`)
    short_spans: set[tuple[int, int]] = field(default_factory=set)

    @property
    def first_offset(self) -> int:
        return min(m.span.start for m in self.mentions)


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A word without its case ending, for comparing inflected names: `Байденом` → `байден`."""
    parts = []
    for part in casefold_name(word).split("-"):
        for end in _ENDINGS:
            if part.endswith(end) and len(part) - len(end) >= 2:  # `Ына` → `ын`
                part = part[: -len(end)]
                break
        parts.append(part)
    return "-".join(parts)


def surname_stem(word: str) -> str:
    """A surname without its case ending and its possessive suffix, one key for all its forms:
    `Голунов`, `Голунова`, `Голуновым` → `голун`."""
    return word_key(word_key(word))


def _same_surname(a: str, b: str) -> bool:
    """Surname keys of one person: equal, or two transliterations of one foreign name that differ
    in a single vowel (`Хантсман` / `Хантсмен`) or in a doubled letter (`Миддлтон` / `Мидлтон`);
    long keys only, so short names never merge."""
    if a == b or surname_stem(a) == surname_stem(b):  # `сомов` (of `Сомова`) and `сом` (of `Сомов`)
        return True
    if min(len(a), len(b)) >= 6 and _single(a) == _single(b):  # a letter doubled or not
        return True
    if len(a) != len(b) or len(a) < 6:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    vowels = "аеиоуыэюя"
    return len(diff) == 1 and diff[0][0] in vowels and diff[0][1] in vowels


def _single(key: str) -> str:
    """The key with every doubled letter written once: transliterations differ in them."""
    return re.sub(r"(.)\1", r"\1", key)


_GENERATION = re.compile(r"-(?:младш|старш)$")


def _generation_marks(mentions: list[_Mention]) -> dict[str, set[str]]:
    """Surname key without its generation mark → the marks the text writes with it (`Вэнс` →
    {`-младш`} for `Сайрус Вэнс-младший`), over every person mention."""
    marks: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person":
            key = word_key(m.name.split(" ")[-1])
            found = _GENERATION.search(key)
            marks.setdefault(_GENERATION.sub("", key), set()).add(found.group(0) if found else "")
    return marks


def _one_generation(a: str, b: str, marks: dict[str, set[str]]) -> bool:
    """Surname keys of one person though one carries a generation mark and the other none
    (`Вэнс` / `Вэнс-младший`): the text writes the surname with one mark only, so a surname alone
    is that person's (beside both `-младший` and `-старший` it could be either). Only for a
    surname alone: a full name without the mark is as often the father (`Хулио Иглесиас` beside
    `Хулио Иглесиас-младший`)."""
    base_a, base_b = _GENERATION.sub("", a), _GENERATION.sub("", b)
    if (a == base_a) == (b == base_b) or not base_a:
        return False
    if not (base_a == base_b or surname_stem(base_a) == surname_stem(base_b)):
        return False
    return len(marks.get(base_a, set()) - {""}) == 1


def _part_of_double(key: str, surname: str) -> bool:
    """A surname alone (its key) is one part of a double surname (`пайпер` of
    `стефанишин-пайпер`), each part four letters or more; a generation mark is no part."""
    parts = _GENERATION.sub("", surname).split("-")
    if "-" in key or len(parts) != 2 or min(map(len, parts)) < 4:
        return False
    return any(p == key or surname_stem(p) == surname_stem(key) for p in parts)


_ELDER_KIN = rule_words("elder_kin")
_YOUNGER_KIN = rule_words("younger_kin")


def _by_generation(a: Analysis, key: str, cands: list[_Cluster]) -> list[_Cluster]:
    """Of the people bearing a marked surname alone's surname without the mark, the one its mark
    (`-младш`, `-старш`) names where a kinship noun introduced one of them (`его отец Гарольд
    Хоторн`: the elder; `с сыном`: the younger) and leaves one; none where the kin leave two or
    more; all where no kinship noun tells (sisters, namesakes), for the later rules."""
    found = _GENERATION.search(key)
    if len(cands) < 2 or not found:
        return cands
    mark = found.group(0)[1:]

    def generation(c: _Cluster) -> str | None:
        kin = _kin_above(a, min(c.mentions, key=lambda x: x.span.start), _KIN_RELS)
        lemma = a.tokens[kin].lemma if kin is not None else None
        return "старш" if lemma in _ELDER_KIN else "младш" if lemma in _YOUNGER_KIN else None

    told = [generation(c) for c in cands]
    if not any(told):
        return cands
    named = [c for c, g in zip(cands, told) if g == mark]
    if not named and mark not in told:  # the kin named is the other generation: the rest
        named = [c for c, g in zip(cands, told) if g is None]
    return named if len(named) == 1 else []


def _compatible(a: str, b: str) -> bool:
    """First names that can be one person's: equal, or one a short form of the other."""
    if a.endswith(".") or b.endswith("."):  # an initial: `Г. А. Зюганов` is `Геннадий Зюганов`
        return a[:1].casefold() == b[:1].casefold()
    if _given_forms(a) & _given_forms(b):  # `Ваня` and `Иван`, `Катерина` and `Екатерина`
        return True
    # `Эмили` and `Емили`: a transliteration writes `э` as `е`
    a, b = word_key(a).replace("э", "е"), word_key(b).replace("э", "е")
    return a == b or (min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)))


@functools.cache
def _short_first_names() -> dict[str, frozenset[str]]:
    """A short form or variant of a Russian first name → its full names (kg/data/ru/
    short_first_names.tsv: `маша` → {`мария`})."""
    return {r[0]: frozenset(x.strip() for x in r[1].split(",") if x.strip())
            for r in table("short_first_names") if len(r) >= 2}


@functools.lru_cache(maxsize=8192)
def _given_forms(name: str) -> frozenset[str]:
    """A first name (nominative) as the full names it stands for: itself, and where it is a short
    form (`Маша`) the full ones (`мария`); lower case, `ё` as `е`."""
    key = casefold_name(name)
    return frozenset({key} | _short_first_names().get(key, frozenset()))


def _short_of(m: _Mention, full: list[_Mention]) -> bool:
    """The full name opens with a short form of the first name of another full name with its
    surname (`Ваня Кедров` beside `Иван Кедров`); a stage name stays (`Гоша Кедр` beside
    `Георгий Кедров`)."""
    words = m.name.split(" ")
    long = _short_first_names().get(casefold_name(words[0]), frozenset())
    return bool(long) and any(casefold_name(x.name.split(" ")[0]) in long
                              and casefold_name(x.name.split(" ")[-1]) == casefold_name(words[-1])
                              for x in full)


def _same_first(a: str, b: str) -> bool:
    """One first name in two case forms (`Фиделя`, `Фидель`), or a short form and its full name
    (`Маша`, `Мария`); a short form of several (`Саша`: `Александр`, `Александра`) alone says
    too little (`дочь — Саша` beside `Александр Сомов`)."""
    if _first_key(a) == _first_key(b):
        return True
    # `Наташа` (`Наталья`, `Наталия`: two spellings of one woman's name) says enough
    return bool(_given_forms(a) & _given_forms(b)) and not _ambiguous_short(a) \
        and not _ambiguous_short(b)


def _raw_mentions(a: Analysis) -> list[_Mention]:
    """NER spans cut at line breaks and quotes, trimmed, filtered; with their normalised names."""
    stoplist, products = word_list("ner_stoplist"), word_list("product_names")  # products: learned, see the file
    titles = word_list("job_titles")
    honorifics = word_list("honorifics")
    out = []
    for sp in a.ner:
        kind = _KINDS.get(sp.type)
        if kind is None:
            continue
        for start, end in _pieces(a.text, sp.start, sp.end):
            if kind == "person":
                end = _cyrillic_head(a.text, start, end)
            first, last = _token_range(a, start, end)
            if first is None:
                continue
            whole = (start, end) == (sp.start, sp.end)
            name = _clean(sp.normal if whole else _piece_normal(a.text, sp, start, end))
            name = written_yo(name, _clean(a.text[start:end]))
            forms = {casefold_name(name), casefold_name(_clean(a.text[start:end]))}
            if not name or forms & stoplist or forms & products and not _company_named(a, start, titles):
                continue
            tokens = a.tokens[first:last + 1]
            if kind == "person" and len(tokens) > 1 and tokens[0].text.lower() in honorifics:
                # `Сэр Алекс Фергюсон`, `Госпожа Анна Ким`: the form of address is not the name
                start, first, tokens = tokens[1].start, first + 1, tokens[1:]
                words = name.split(" ")
                name = (" ".join(words[1:]) if len(words) == len(tokens) + 1
                        else _clean(a.text[start:end]))
            if len(tokens) == 1 and not tokens[0].text.isupper() and function_word(tokens[0].text):
                continue  # `Так сложилось…` after a lost full stop: a capitalised conjunction
            if kind == "person" and len(tokens) > 1 and _opening_preposition(a, tokens):
                # `О Гюнтере Грассе написано…`, `С Анной Сомовой встретился…`: the preposition
                # opening the sentence is capitalised, but governs the name, it is no part of it
                start, first, tokens = tokens[1].start, first + 1, tokens[1:]
                words = name.split(" ")
                name = (" ".join(words[1:]) if len(words) == len(tokens) + 1
                        else _clean(a.text[start:end]))
            if kind == "person" and not tokens[0].text.isupper() and verb_form(tokens[0].text):
                # `Размечтались`, `Нападавшего`, `1 Помиловать Ивана Сомова`: a verb form opening
                # a clause is not the name, nor part of it; a name's particle may follow it
                # (`Защищавший ван Дейка`)
                if not any(t.text[:1].isupper() for t in tokens[1:]):
                    continue
                start, first, tokens = tokens[1].start, first + 1, tokens[1:]
                words = name.split(" ")
                name = (" ".join(words[1:]) if len(words) == len(tokens) + 1
                        else _clean(a.text[start:end]))
            if kind == "person" and len(tokens) == 1 and tokens[0].lemma in titles and common_word(tokens[0].text):
                continue  # `Папа подчеркнул…`, `нового Папу`: a title written with a capital names no one by itself
            if kind == "person" and len(tokens) == 1 and person_noun(tokens[0]) and \
                    not _surname_elsewhere(a, sp) and not _named_after_a_person_noun(a, tokens[0]):
                continue  # `…, Певец скончался`: a person noun written with a capital names no one by itself
            if kind != "organization" and len(tokens) == 1 and _common_word_alone(a, tokens[0]):
                continue  # `Верёвка для…` under a photo, `Подруга олигарха…`: a word, not a name
            if kind == "organization" and len(tokens) == 1 and _common_adjective_alone(a, tokens[0]):
                continue  # `Кредитные карты` under a photo: a body is named by a noun, not an adjective
            if kind == "person" and (len(tokens) == 1 and tokens[0].pos == "ADJ"
                                     or tokens[-1].feats.get("Number") == "Plur"):
                continue  # a capitalised adjective or a family ("Хантсменов"), not a person
            # a person's name is nominative when all its words are: the tagger guesses an unknown
            # surname's case (`Йоргосу Папасу` has a dative first name and a "nominative" surname)
            nominative = all(t.feats.get("Case") == "Nom" for t in (tokens if kind == "person" else tokens[-1:]))
            lead_word = next((t.text for t in tokens if t.text[:1].isalpha() and not (
                len(t.text) == 1 and a.text[t.end:t.end + 1] == ".")), "")
            if kind == "person" and nominative and _never_nominative_name(lead_word):
                # the tagger carries a case down a chain of genitives and names (`председателем
                # союза Республики Татарстан Зухрой …`): a name whose first word (after initials)
                # the dictionary reads in oblique cases only is no nominative; a later word proves
                # nothing (`Лори Кае` is hers, not a case of `Кай`)
                nominative = False
            if kind == "person" and nominative and len(tokens) > 1 \
                    and _genitive_only_ending(tokens[-1].text):
                # `Паоло Скарпы`: no singular nominative ends in a hard consonant and `-ы`; the
                # tagger's guess for a surname it does not know proves nothing
                nominative = False
            if kind != "person":
                name = _agree_leading_modifier(tokens, name)
            if kind == "person":
                name = _undo_soft_stem_guess(_clean(a.text[start:end]), name)
                name = _undo_common_noun_lemma(_clean(a.text[start:end]), name)
                name = _first_name_lemma(_clean(a.text[start:end]), name)
                name = _undo_fleeting_vowel_guess(_clean(a.text[start:end]), name)
                name = _instrumental_parts(tokens, _clean(a.text[start:end]), name)
                name = _oblique_inner_parts(tokens, _clean(a.text[start:end]), name)
                if _LAST_INITIAL.search(a.text, start, end) and a.text[end:end + 1] == "." \
                        and _initial_dot(a.text, start, end):
                    # `Сомчука И. Ф.`, `Нуреддин Х.`: the NER leaves the last initial's dot out
                    end += 1
                    name = name if name.endswith(".") else name + "."
                # `О.Сеньков`, `Г.А.Сомов`: initials written without a space are words of their own
                name = _GLUED_INITIALS.sub(r"\1 ", name)
            out.append(_Mention(span(a.text, start, end), name, kind, nominative, first, last))
    return out


_GLUED_INITIALS = re.compile(r"(?<!\w)([А-ЯЁ]\.)(?=[А-ЯЁ])")


def _instrumental_parts(tokens: list[Token], written: str, name: str) -> str:
    """`с Луисом Иньясиу Лулой да Силвой`, `с Габриэлем Гарсией Маркесом`: in a name of several
    parts that the normaliser put in the nominative from the instrumental (a word it changed is
    tagged `Ins`), a part it left as written with the instrumental ending of the first declension
    (`-ой`, `-ей`) and a reading as that instrumental is put in the nominative too (`Лула`,
    `Гарсия`). Other cases stay: their endings are also those of names that do not decline
    (`Ники`, `Иньясиу`)."""
    words, normal = written.split(" "), name.split(" ")
    if len(words) < 2 or len(words) != len(normal) or len(words) != len(tokens):
        return name
    if not any(w != n and t.feats.get("Case") == "Ins"
               for w, n, t in zip(words, normal, tokens, strict=True)):
        return name
    out = []
    for w, n in zip(words, normal, strict=True):
        if w == n and w[:1].isupper() and w[1:].islower() and w.endswith(("ой", "ей")):
            form = next((inflected(p, {"Nom", "Sing"}) for p in word_parses(w)
                         if p.pos in ("NOUN", "PROPN") and p.feats.get("Case") == "Ins"
                         and p.feats.get("Number", "Sing") == "Sing"
                         and p.normal.endswith(("а", "я"))), None)
            if form is not None:
                n = form.word[:1].upper() + form.word[1:]
        out.append(n)
    return " ".join(out)


def _oblique_inner_parts(tokens: list[Token], written: str, name: str) -> str:
    """`сын Габриэля Гарсии Маркеса`, `визит Луиса Инасиу Лулы да Силвы`: in a name of three or
    more parts that the normaliser put in the nominative from an oblique case (a word it changed
    is tagged in that case), an inner part it left as written whose ending is an oblique case's
    of the first declension only is put in the nominative too: `-ии` after a consonant (the
    genitive, dative or prepositional of `-ия`: `Гарсия`) and a hard consonant's `-ы` (the
    genitive: `Лула`). The first and the last word are left to the rules for first names and
    surnames (`Такэси Фудзии`: a surname that does not decline)."""
    words, normal = written.split(" "), name.split(" ")
    if len(words) < 3 or len(words) != len(normal) or len(words) != len(tokens):
        return name
    cases = {t.feats.get("Case") for w, n, t in zip(words, normal, tokens, strict=True)
             if w != n and t.feats.get("Case") not in (None, "Nom")}
    if not cases:
        return name
    out = list(normal)
    for i in range(1, len(words) - 1):
        w, n = words[i], normal[i]
        if w != n or not (w[:1].isupper() and w[1:].islower()):
            continue
        low = w.lower()
        if low.endswith("ии") and len(low) > 4 and low[-3] not in "аеёиоуыэюяйь" \
                and cases & {"Gen", "Dat", "Loc"}:
            out[i] = w[:-1] + "я"
        elif _genitive_only_ending(w) and "Gen" in cases:
            out[i] = w[:-1] + "а"
    return " ".join(out)


def _opening_preposition(a: Analysis, tokens: list[Token]) -> bool:
    """The name's first word opens its sentence or line, is read by the tagger as a preposition
    and by the dictionary first as one (`О`, `С`, `У`, `От`; not the particles of names, `Де`, `Ван`, `Ибн`,
    read first as particles), and a capitalised word follows: the preposition, not a name."""
    head, nxt = tokens[0], tokens[1]
    if head.pos != "ADP" or a.text[head.end:head.end + 1] == "." or not nxt.text[:1].isupper():
        return False
    if not _opens(a, head):
        return False
    tags = dictionary_tags(head.text)
    return bool(tags) and "PREP" in tags[0]

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.!&'’-]*")


def _company_named(a: Analysis, start: int, posts: frozenset[str]) -> bool:
    """`основатель Vexly`, `глава Vexly`, `компании Vexly`: a name of the learned product list
    (kg/data/ru/product_names.txt: social networks, services) written in Latin letters right after
    the head of a post (kg/data/ru/job_titles.txt) or a noun of a company
    (kg/data/ru/maker_nouns.txt) names the company that runs the service, as NEREL marks it; `в
    Vexly`, `на странице в Vexly` are the service (readable nerel-dev: 3 of 4 such names after
    `основатель`, `глава`, `компания` are NEREL's bodies)."""
    t = a.token_at(start)
    if t is None or not _LATIN_WORD.fullmatch(t.text):
        return False
    i = t.index - 1
    while i >= 0 and not a.tokens[i].text[:1].isalnum():  # over a quote
        i -= 1
    if i < 0 or a.tokens[i].sent != t.sent:
        return False
    lemma = noun_lemma(a.tokens[i].text.lower())
    return lemma in posts or lemma in word_list("maker_nouns")


def _initial_dot(text: str, start: int, end: int) -> bool:
    """The full stop after a name's last one-letter word is the initial's: another initial comes
    before it (`Сомчук И. Ф.`), or the text writes that letter with a dot inside a sentence
    (`Хамза Х. был задержан` beside `Нуреддин Х.`). A one-letter name alone ends the sentence
    (`министр Ван И. Он…`)."""
    if _SECOND_INITIAL.search(text, start, end):
        return True
    letter = re.escape(text[end - 1])
    return re.search(rf"(?<![А-Яа-яЁёA-Za-z]){letter}\.\s+[а-яё]", text) is not None


def _cyrillic_head(text: str, start: int, end: int) -> int:
    """The end of a person's Cyrillic name that Latin words follow in one span (`Пака Чэ Сана
    Gangnam Style`: a name, then the song's title): the name ends before the first Latin word
    that is not a regnal number."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2 or not re.search(r"[А-Яа-яЁё]", words[0].group(0)):
        return end
    for w in words[1:]:
        if re.fullmatch(r"[IVXLCDM]+\.?", w.group(0)):
            continue  # a regnal number (`Годрик V`)
        if re.fullmatch(r"[A-Za-z][A-Za-z'’.-]*", w.group(0)):
            return start + len(text[start:start + w.start()].rstrip())
        if not re.search(r"[А-Яа-яЁё]", w.group(0)):
            return end
    return end


def _undo_soft_stem_guess(written: str, name: str) -> str:
    """The normaliser's guess for a foreign name in a consonant and `-и` that the dictionary does not
    know (`Уитни` → `Уитня`, `Паганини` → `Паганиня`) is undone: such a name does not decline.
    Names the dictionary knows keep their lemma (`Тани` → `Таня`, `Любови` → `Любовь`)."""
    from kg.nlp.ru.models import load_models

    words, normal = written.split(" "), name.split(" ")
    if len(words) != len(normal):
        return name
    vocab = load_models().morph_vocab
    for i, (w, n) in enumerate(zip(words, normal, strict=True)):
        low = w.lower()
        if len(low) > 2 and low.endswith("и") and low[-2] not in "аеёиоуыэюяйь" \
                and n.lower() in (low[:-1] + "я", low[:-1] + "ь") and not vocab.word_is_known(low):
            normal[i] = w
    return " ".join(normal)


# a case ending of a noun declined as a man's name, by case (`Олафа`, `Шольца`; `Олафом`,
# `Шольцем`): a name's two words in one case take endings of one group
_CASE_ENDINGS = (("а", "я"), ("у", "ю"), ("ом", "ем", "ём"), ("е",))


def _undo_common_noun_lemma(written: str, name: str) -> str:
    """A word of a person's name that the normaliser put in the lemma of a common noun (`Мари` →
    `марь`, a plant; `Жене` → `жена`; `Саше` left as `саше`, a sachet) where the dictionary also
    knows the word as a person's name takes that reading instead: the word as written where the
    name does not decline (`Мари Кюри`, not «Марь Кюри»), else the name's lemma where it has one
    (`Жене` → `Женя`, `Саше` → `Саша`). A lemma that is itself a person's name (`Лили` → `Лиля`,
    `Тони` → `Тоня`) and a word with no person's reading stay the normaliser's."""
    words, normal = written.split(" "), name.split(" ")
    if len(words) != len(normal):
        return name
    for i, (w, n) in enumerate(zip(words, normal, strict=True)):
        low, n_low = w.lower(), n.lower().replace("ё", "е")
        if not w[:1].isupper() or w.isupper():
            continue
        found = [p for p in word_parses(w) if p.pos in ("NOUN", "PROPN")]
        # a name's plural (`Джин`: the genitive plural of `Джина`) names no one person
        person = [p for p in found if _PERSON_GRAMMEMES & set(p.tag.grammemes) and p.is_known
                  and p.feats.get("Number", "Sing") == "Sing"]
        as_lemma = [p for p in found if p.normal == n_low]
        if not person or not as_lemma or any(_PERSON_GRAMMEMES & set(p.tag.grammemes) for p in as_lemma):
            continue
        lemmas = {p.normal for p in person}
        if low in lemmas:  # a name that does not decline: as written
            normal[i] = w
        elif len(lemmas) == 1:
            lemma = lemmas.pop()
            normal[i] = lemma[:1].upper() + lemma[1:]
    return " ".join(normal)


def _first_name_lemma(written: str, name: str) -> str:
    """A word the normaliser left as written that the dictionary knows only as an oblique case of
    one first name (`жену Кармелу` → `Кармела`, `с сестрой Терезой` → `Тереза`) is put in that
    name's nominative. A word with a nominative reading (`Анне`, `Мари`, `Тони`), with a reading
    of another lemma (`Ники`: `Ника`, `ник`) or unknown to the dictionary stays as it is."""
    words, normal = written.split(" "), name.split(" ")
    if len(words) != len(normal):
        return name
    for i, (w, n) in enumerate(zip(words, normal, strict=True)):
        if w != n or not w[:1].isupper() or w.isupper():
            continue
        found = [p for p in word_parses(w) if p.pos in ("NOUN", "PROPN", "ADJ", "VERB")]
        # (every reading singular: `Кларин`, `Керимов` are only plurals' genitives to it)
        if not found or any(not p.is_known or "Name" not in p.tag.grammemes
                            or p.feats.get("Case") == "Nom" or p.feats.get("Number") != "Sing"
                            for p in found):
            continue
        lemmas = {p.normal for p in found}
        if len(lemmas) == 1 and lemmas != {w.lower()}:
            lemma = lemmas.pop()
            normal[i] = lemma[:1].upper() + lemma[1:]
    return " ".join(normal)


def _same_case_endings(ending: str) -> tuple[str, ...]:
    """The ending and the other stem's ending of its case (`а` → `а`, `я`; `ом` → `ом`, `ем`, `ём`)."""
    return next((group for group in _CASE_ENDINGS if ending in group), (ending,))


def _fleeting_stem(word: str, lemma: str) -> str | None:
    """The word's stem as written where `lemma` is the morphology's guess of a fleeting vowel
    before a stem's last consonant after a soft sign (`Шольца`, `шолец` → `Шольц`), else None."""
    low, n_low = word.lower(), lemma.lower()
    ending = next((e for group in _CASE_ENDINGS for e in group
                   if low.endswith(e) and low[:-len(e)].endswith(n_low[-1:])), None)
    stem = low[:-len(ending)] if ending else ""
    if len(stem) < 4 or stem[-2] != "ь" or stem[-1] in "аеёиоуыэюяй" \
            or n_low not in (stem[:-2] + "е" + stem[-1], stem[:-2] + "о" + stem[-1]):
        return None
    return word[:len(stem)]


def _undo_fleeting_vowel_guess(written: str, name: str) -> str:
    """The normaliser's guess for a foreign surname it does not know whose stem ends in a soft sign
    and a consonant (`Шольца` → `Шолец`, as `стрельца` → `стрелец`) is undone: a foreign surname
    keeps its stem (`Шольц`); a word the dictionary knows keeps its lemma (`Стрельца`). Then a first
    name the normaliser left as written (`Олафа`: unknown to the dictionary) loses the case ending
    the surname lost where it is one of the same case (`Олафа Шольца` → `Олаф Шольц`)."""
    from kg.nlp.ru.models import load_models

    words, normal = written.split(" "), name.split(" ")
    if len(words) != len(normal):
        return name
    vocab = load_models().morph_vocab
    for i, (w, n) in enumerate(zip(words, normal, strict=True)):
        stem = _fleeting_stem(w, n)
        if stem is None or vocab.word_is_known(w.lower()):
            continue
        ending = w[len(stem):].lower()
        normal[i] = w[:len(stem)]
        if i == len(words) - 1 and i > 0:
            first = words[0]
            group = next(g for g in _CASE_ENDINGS if ending in g)
            end = next((e for e in group if first.lower().endswith(e)), None)
            if normal[0] == first and end and len(first) - len(end) >= 3 \
                    and first[-len(end) - 1].lower() not in "аеёиоуыэюяйь" \
                    and not vocab.word_is_known(first.lower()):
                normal[0] = first[:-len(end)]
    return " ".join(normal)


def _surname_elsewhere(a: Analysis, sp: NerSpan) -> bool:
    """The word of a one-word person span ends a longer person span of the text (`Лебедь` after
    `Александр Лебедь`): a surname, though the dictionary knows it as a common noun."""
    word = a.tokens[sp.first].lemma
    return any(o.type == "PER" and o.last > o.first and a.tokens[o.last].lemma == word for o in a.ner)


def _named_after_a_person_noun(a: Analysis, t) -> bool:
    """The word stands somewhere right after a noun of a kind of person (`Певица Мадонна дала
    концерт`): a name in apposition there, though the dictionary knows it as a noun too."""
    return any(o.text == t.text and o.index > 0 and a.tokens[o.index - 1].sent == o.sent
               and a.tokens[o.index - 1].pos in ("NOUN", "PROPN")
               and person_word(a.tokens[o.index - 1].text.lower()) for o in a.tokens)


def written_yo(name: str, written: str) -> str:
    """The normaliser's name with the `ё` the text wrote put back: it writes every word it
    rebuilds with `е` (`Объединённые Арабские Эмираты` → `Объединенные …`, `в Королёве` →
    `Королев`). Word by word, where the written word has `ё` at a place the name's word has `е`
    and the two agree letter for letter up to there (`Орёл` → `Орёл`; `Орла` keeps `Орел`)."""
    words, text = name.split(" "), written.split(" ")
    if len(words) != len(text) or "ё" not in written.lower():
        return name
    return " ".join(_yo_as_written(w, x, "ё") for w, x in zip(words, text, strict=True))


def _yo_as_written(word: str, written: str, letter: str) -> str:
    """`word` with `letter` (`ё` or `е`) wherever the written word has it and `word` the other one,
    the two agreeing letter for letter up to there (`Орла` never gives `Орёл` its `ё`)."""
    other = "е" if letter == "ё" else "ё"
    letters = list(word)
    for i, c in enumerate(written[:len(word)]):
        if c.lower() == letter and word[i].lower() == other and \
                casefold_name(word[:i]) == casefold_name(written[:i]):
            letters[i] = letter.upper() if word[i].isupper() else letter
    return "".join(letters)


def _piece_normal(text: str, sp, start: int, end: int) -> str:
    """The normaliser's words for a piece of a span (`Годрика I` of `Годрика I. Альберт` → `Годрик
    I`) where it gave one word per written word and they begin alike; else the piece as written."""
    written = text[start:end]
    normal, whole = sp.normal.split(), text[sp.start:sp.end].split()
    k, n = len(text[sp.start:start].split()), len(written.split())
    if len(normal) != len(whole) or k + n > len(normal):
        return written
    words = [w if x.endswith(".") else w.rstrip(".")
             for w, x in zip(normal[k:k + n], written.split(), strict=True)]
    same = all(casefold_name(w)[:3] == casefold_name(x)[:3]
               for w, x in zip(words, written.split(), strict=True))
    return " ".join(words) if same else written


def _common_word_alone(a: Analysis, t) -> bool:
    """A one-word mention that opens its line or sentence, and that the dictionary knows only as a
    common word, capitalised for its place; not quoted (`кинотеатр «Юность»` names a thing) and
    never written capitalised, in any case form, inside a sentence elsewhere in the text. Organisations keep such
    names: news call bodies by their common nouns (`Полиция задержала…`, `Кремль ответил…`)."""
    if t.text.isupper() or not t.text[:1].isupper() or a.text[:t.start].rstrip()[-1:] in OPENING_QUOTES \
            or not _opens(a, t):
        return False
    if not common_word(t.text):
        return False
    key = noun_lemma(t.text) or t.text.lower()  # `Кремля` inside a sentence keeps `Кремль` opening one
    return not any(o.index != t.index and o.text[:1].isupper() and (noun_lemma(o.text) or o.text.lower()) == key
                   and not _opens(a, o) for o in a.tokens)


def _common_adjective_alone(a: Analysis, t) -> bool:
    """`Кредитные карты`, `Подземные толчки` opening a line: a one-word mention the dictionary
    knows only as a common adjective, capitalised for its place and followed by a lower-case word,
    and no adjective of a name, a country or a place (`Нобелевской`, `Американский`, any `-ский`:
    name_adjectives.tsv, country_adjectives.tsv)."""
    lemma = adjective_lemma(t.text)
    nxt = a.tokens[t.index + 1] if t.index + 1 < len(a.tokens) else None
    return lemma is not None and nxt is not None and nxt.text[:1].islower() and nxt.sent == t.sent \
        and lemma not in name_adjectives() and lemma not in country_names() \
        and not lemma.endswith(("ский", "цкий")) and _common_word_alone(a, t)


def _opens(a: Analysis, t) -> bool:
    """The token opens its sentence or its line."""
    before = a.text[:t.start].rstrip(" \t«\"„“'")
    return a.sentences[t.sent].first == t.index or not before or before.endswith("\n")


def _agree_leading_modifier(tokens, name: str) -> str:
    """The normaliser put the head noun in the nominative but left a leading participle or
    adjective inflected (`Соединённого Королевства` → `Соединенного Королевство`): give it the
    nominative of the head's gender and number."""
    words = name.split(" ")
    first, head = tokens[0], tokens[-1]
    if len(words) != len(tokens) or len(words) < 2 or words[-1] == head.text:
        return name
    case = first.feats.get("Case")
    plural = head.feats.get("Number") == "Plur"  # (`Объединённых Арабских Эмиратах`: no gender)
    if casefold_name(words[0]) != casefold_name(first.text) or case in (None, "Nom") \
            or not (head.feats.get("Gender") or plural):
        return name
    from kg.nlp.ru.models import word_parses

    grams = {"Nom", "Plur"} if plural else {"Nom", "Sing", head.feats["Gender"]}
    for p in word_parses(first.text):
        if p.feats.get("Case") == case and p.pos in ("ADJ", "VERB"):
            form = inflected(p, grams)
            if form:
                word = form.word
                if words[0][:1].isupper():
                    word = word[:1].upper() + word[1:]
                return " ".join([word, *words[1:]])
    return name


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a span between line breaks, cut before a stray quote mark, edges trimmed."""
    out = []
    pos = start
    # a line break, or a regnal number ending a sentence (`короля Годрика I. Альберт купил…`: the
    # Latin numeral after a Cyrillic name is no initial)
    for piece in re.split(r"(\n+|(?<=[а-яё] [IVX])\. (?=[А-ЯЁ])|(?<=[а-яё] [IVX]{2})\. (?=[А-ЯЁ])"
                          r"|(?<=[а-яё] [IVX]{3})\. (?=[А-ЯЁ]))", text[start:end]):
        p_start, p_end = pos, pos + len(piece)
        pos = p_end
        if "\n" in piece or piece == ". ":
            continue
        quoted = _QUOTED_TAIL.fullmatch(text, p_start, p_end)
        if quoted and quoted.group(1)[:1].isupper():
            # `ЗАО «Медиа-Мост»`, `партия «Единство»`: the kind of body before the quoted name is
            # not part of it (news annotators mark the quoted name alone)
            p_start, p_end = quoted.start(1), quoted.end(1)
        m = _CUT.search(text, p_start, p_end)
        if m:
            p_end = m.start()
        while p_start < p_end and text[p_start] in _EDGE:
            p_start += 1
        while p_end > p_start and text[p_end - 1] in _EDGE and not (
                text[p_end - 1] == "." and _INITIAL.search(text, p_start, p_end)
                or _bang_kept(text, p_start, p_end)):
            p_end -= 1
        if p_end - p_start >= 2:
            out.append((p_start, p_end))
    return out


def _bang_kept(text: str, start: int, end: int) -> bool:
    """The `!` glued to the last word of a name belongs to it where it ends no sentence: a name in
    Latin letters (`Yahoo! купила…`: brands are written so), or the last word of a quoted name
    (`группы «Вперёд!»`). A Cyrillic name before `!` outside quotes ends an exclamation."""
    if end - start < 2 or text[end - 1] != "!" or not text[end - 2].isalnum():
        return False
    name = text[start:end]
    if re.search(r"[A-Za-z]", name) and not re.search(r"[А-Яа-яЁё]", name):
        return True
    return text[end:end + 1] in ("»", "“", '"')


def _token_range(a: Analysis, start: int, end: int) -> tuple[int | None, int | None]:
    inside = a.tokens_within(start, end)
    return (inside[0].index, inside[-1].index) if inside else (None, None)


@functools.lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    """The name without edge punctuation and doubled spaces; an initial keeps its dot (`Хамза Х.`).
    (Cached: every pass over the mentions cleans the same names.)"""
    out = re.sub(r"\s+", " ", name.strip(_EDGE))
    if _INITIAL.search(name.rstrip()) and not out.endswith("."):
        out += "."
    return out


def _split_name_runs(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`Рафаэль Корреа Эдвард Сноуден` (a caption listing people) → two mentions, when each half
    ends in a surname that the document uses on its own elsewhere; `Имя Отчество Фамилия Фамилия`
    → two mentions after the first surname."""
    surnames = {word_key(m.name.split(" ")[-1]) for m in mentions
                if m.kind == "person" and len(m.name.split(" ")) <= 3}
    out = []
    for m in mentions:
        words = m.span.text.split(" ")
        cut = None
        if m.kind == "person" and len(words) == 2 and _two_people(m, words, mentions):
            cut = 1  # `сын Сатохито Ёсимаро`, `свержения Маркоса Акино`
        elif m.kind != "person" or len(words) < 4 or " " not in m.span.text:
            out.append(m)
            continue
        if cut is None:
            cut = next((i for i in range(2, len(words) - 1)
                        if word_key(words[i - 1]) in surnames and word_key(words[-1]) in surnames), None)
        if cut is None and patronymic(words[1]) and len(words[2]) > 3 \
                and all(w[:1].isupper() for w in words[3:]):
            # `Сергей Павлович Гончаров Иванову вручил`: one surname follows a patronymic, and the
            # name ends there; the words after it name someone else (a full stop or comma lost).
            # A short word there is a surname's particle (`Марина Андреевна Де Вит`)
            cut = 3
        if cut is None:
            out.append(m)
            continue
        left_end = m.span.start + len(" ".join(words[:cut]))
        right_start = left_end + 1
        normal = m.name.split(" ")
        # the normaliser's words where it gave one per written word (`Сергея Павловича Гончарова` →
        # `Сергей Павлович Гончаров`), else the text's
        names = ([" ".join(normal[:cut]), " ".join(normal[cut:])] if len(normal) == len(words)
                 else [" ".join(words[:cut]), " ".join(words[cut:])])
        pieces = ((m.span.start, left_end), (right_start, m.span.end))
        for (s, e), name in zip(pieces, names, strict=True):
            first, last = _token_range(a, s, e)
            if first is not None:
                out.append(_Mention(span(a.text, s, e), name, "person",
                                    a.tokens[last].feats.get("Case") == "Nom", first, last))
    return out


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _name_readings(word: str, tag: str) -> set[tuple[str, str]]:
    """(case, gender) of the dictionary's readings of `word` as a `tag` (`Name`, `Patr`)."""
    out = set()
    for p in word_parses(word):
        g = set(p.tag.grammemes)
        if tag in g and "sing" in g:
            out |= {(c, gen) for c in _CASES if c in g for gen in ("masc", "femn") if gen in g}
    return out


def _first_names_before_patronymics(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`графини Прасковьи` + `Дмитриевны Шереметевой`: a person mention that opens with a
    patronymic is a name without its first name, which the NER tagged as another kind
    (`Прасковьи` as a place) or left out; the word right before it, in the same sentence, that
    the dictionary reads as a first name of the patronymic's case and gender is that first name,
    and the two are one person mention."""
    by_end = {m.span.end: m for m in mentions}
    out, dropped = [], set()
    for n in mentions:
        words = _clean(n.span.text).split(" ")
        if n.kind != "person" or len(words) < 2 or not patronymic(words[0]) or n.first == 0:
            out.append(n)
            continue
        t = a.tokens[n.first - 1]
        m = by_end.get(t.end)
        if m is not None and (m.first != m.last or m.kind == "person"):
            out.append(n)  # a name of several words, or a person the joining of names reads
            continue
        shared = _name_readings(t.text, "Name") & _name_readings(words[0], "Patr")
        if not t.text[:1].isupper() or t.text.isupper() or t.sent != a.tokens[n.first].sent \
                or a.text[t.end:n.span.start] != " " or not shared:
            out.append(n)
            continue
        if m is not None:
            dropped.add(id(m))
        reading = next((p for p in word_parses(t.text) if "Name" in p.tag.grammemes), None)
        form = reading.inflect({"Nom"}) if reading is not None else None
        first = form.word.capitalize() if form is not None else t.text
        out.append(_Mention(span(a.text, t.start, n.span.end), f"{first} {n.name}", "person",
                            n.nominative, t.index, n.last))
    return sorted((m for m in out if id(m) not in dropped), key=lambda m: m.span.start)


def _join_split_names(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`Фёдора` + `Емельяненко`, `Марина Васильевна` + `Ходорковская`, `Сомова` + `Зоя Петровна`:
    the NER sometimes tags one person's name as two person spans side by side. They are one name
    when one part is a first name (with a patronymic or a middle name) and the other a surname,
    and the words agree in case and gender. A name in another case beside it is someone else's
    (`адвокат Гаева Александр Аснис`, `сын Джоли Мэддокс`), and so is a full name beside a
    surname (`советника Путина Михаила Лесина`): left as two."""
    out: list[_Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        after = mentions[i + 2] if i + 2 < len(mentions) else None
        joined = _joined_name(a, m, n) if n is not None else None
        if joined is not None and after is not None and _joined_name(a, n, after) is not None \
                and _given_names(_clean(n.span.text).split(" ")):
            # `Сомова Зоя` + `Петрова`: the first name goes with the surname after it
            joined = None
        if joined is None:
            out.append(m)
            i += 1
            continue
        out.append(joined)
        i += 2
    return out


def _joined_name(a: Analysis, m: _Mention, n: _Mention) -> _Mention | None:
    """The one person mention that two adjacent person mentions make (see _join_split_names), or
    None."""
    if m.kind != "person" or n.kind != "person" or a.text[m.span.end:n.span.start] != " " \
            or a.tokens[m.last].sent != a.tokens[n.first].sent:
        return None
    left, right = _clean(m.span.text).split(" "), _clean(n.span.text).split(" ")
    words = left + right
    if len(words) > 4 or not all(w[:1].isupper() and not w.isupper() and _plain_name(w) for w in words):
        return None
    if _given_names(left) and len(left) <= 2 and _surname_word(right[-1]):
        name = f"{m.name} {n.name}"  # `Фёдора` + `Емельяненко`
    elif len(left) == 1 and _surname_word(left[0]) and _given_names(right) and len(right) <= 2:
        # `Сомова` + `Зоя Петровна`: surname first, as in lists and documents; with a patronymic
        # _surname_first puts it in the usual order, without one (`Сомова` + `Анна Мария`) it is
        # done here
        name = f"{m.name} {n.name}" if len(right) == 2 and patronymic(right[1]) \
            else f"{n.name} {m.name}"
    else:
        return None
    cases = _agreeing(a, m, n, words)
    if not cases:
        return None
    # nominative when the words can all be, and the tagger reads one part so (`Сомова Зоя`)
    nominative = "Nom" in cases and (m.nominative or n.nominative)
    return _Mention(span(a.text, m.span.start, n.span.end), name, "person", nominative, m.first, n.last)


def _given_names(words: list[str]) -> bool:
    """A first name, then patronymics or more first names (`Марина Васильевна`, `Нил Патрик`):
    words the dictionary knows as first names or patronymics."""
    return bool(words) and _known_tags(words[0], "Name") and all(
        _known_tags(w, "Name") or _known_tags(w, "Patr") for w in words[1:])


def _surname_word(word: str) -> bool:
    """A word that can be a surname: not a first name or a patronymic the dictionary knows."""
    return not _known_tags(word, "Name") and not _known_tags(word, "Patr")


def _known_tags(word: str, grammeme: str) -> bool:
    """The dictionary knows the word with that grammeme (`Name`, `Patr`, `Surn`), in the singular;
    its guesses for words it does not know (`Юлдашева` as a first name) do not count."""
    return any(p.is_known and grammeme in p.tag.grammemes and p.feats.get("Number", "Sing") == "Sing"
               for p in word_parses(word))


# a Russian surname's case form ending in a vowel (`Сомову`, `Летина`, `Бельского`): it declines,
# so the guesser's parses tell its case and gender
_DECLINED_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)[аеуы]$|(?:ая|яя|ую|юю|ого|его|ому|ему)$", re.I)


def _agreeing(a: Analysis, m: _Mention, n: _Mention, words: list[str]) -> set[str]:
    """The cases in which the words of two adjacent name parts can stand with one gender: by their
    parses (the tagger's case counts too, for a word the dictionary knows as no noun); a foreign
    word the dictionary does not know that ends in a vowel may be in any case (`Емельяненко`,
    `Фриске` do not decline), unless it ends as a declined Russian surname (`Сомову`)."""
    tokens = a.tokens[m.first:m.last + 1] + a.tokens[n.first:n.last + 1]
    if len(tokens) != len(words):
        return set()
    readings = []
    for word, t in zip(words, tokens, strict=True):
        found = {(p.feats.get("Case"), p.feats.get("Gender")) for p in word_parses(word)
                 if p.pos in ("NOUN", "PROPN") and p.feats.get("Number", "Sing") == "Sing"}
        known = any(p.is_known for p in word_parses(word))
        noun = any(p.is_known and p.pos in ("NOUN", "PROPN") for p in word_parses(word))
        if not known and word[-1:].lower() in "аеёиоуыэюя" and not _DECLINED_SURNAME.search(word):
            found = None  # any case, any gender
        elif not noun and t.feats.get("Case"):
            # the tagger's case only for a word the dictionary does not know as a noun: it reads
            # a known noun's oblique form as a nominative beside one (`Подруга Ремизовой Жанна`)
            found.add((t.feats.get("Case"), t.feats.get("Gender")))
        if found and not noun and oblique_surname(word):
            # nor is a surname with a never-nominative ending (`Сомовой`, `Летовой`) a nominative
            found = {(c, g) for c, g in found if c != "Nom"}
        readings.append(found)
    out = set()
    for case in ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc"):
        genders = {"Masc", "Fem"}
        for found in readings:
            if found is None:
                continue
            here = {g for c, g in found if c == case}
            if not here:
                genders = set()
                break
            if None not in here:
                genders &= here
        if genders:
            out.add(case)
    return out


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.'’&!+-]*(?: [A-Za-z0-9][A-Za-z0-9.'’&!+-]*)*")
_YEAR_AFTER = re.compile(r"[ \t]*\((?:1[89]|20)\d\d\)")
# a word in Latin letters right before a year alone in brackets: one entry of a list of works
_LATIN_WITH_YEAR = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.'’&!+-]*[ \t]*\((?:1[89]|20)\d\d\)")


def _works_with_years(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`Music For Nobody (1994), Glass Rooms (2009)`: names in Latin letters that the NER took
    for bodies, each followed by a year alone in brackets, are works (albums, films, songs) listed
    with the years they came out. One such name alone is no list: a company or a club is given the
    year it was founded so (`Компания Microsoft (1975)`), and stays. Names in Cyrillic letters keep
    their kind (`Ла Сапиенца (2006)` in a list of a man's honours)."""
    if len(_LATIN_WITH_YEAR.findall(a.text)) < 2:
        return mentions
    return [m for m in mentions
            if not (m.kind == "organization" and _LATIN_NAME.fullmatch(m.span.text)
                    and _YEAR_AFTER.match(a.text, m.span.end))]


def _declined_alike(first: str, surname: str) -> bool:
    """The surname is declined in a case and gender the first name is in (`Александра Жукова`:
    both a man's genitive): one name, whatever else the text calls `Александра` (`Аарона
    Александра`). An undeclined surname (`Маркоса Акино`) shows no case."""
    cases = {(c, g) for c, g in _name_readings(first, "Name") if c != "nomn"}
    for p in word_parses(surname):
        grams = set(p.tag.grammemes)
        if p.normal == surname.lower() or "Fixd" in grams or not ({"Surn", "NOUN"} & grams):
            continue
        if any(c in grams and g in grams for c, g in cases):
            return True
    return False


def _noun_readings(word: str) -> set[tuple[str | None, str | None, bool]]:
    """(case, gender, undeclined) of the dictionary's singular noun readings of `word`."""
    return {(p.feats.get("Case"), p.feats.get("Gender"), "Fixd" in p.tag.grammemes)
            for p in word_parses(word)
            if p.pos in ("NOUN", "PROPN") and p.feats.get("Number", "Sing") == "Sing"}


def _cases_apart(left: str, right: str) -> bool:
    """Two Cyrillic words of one name stand in one case; a first word that is a surname (the
    dictionary knows it as one, or its ending is a surname's oblique case) and no first name,
    read only in an oblique case (`Тер-Петросяном`, `Соколовым`), before one read in the
    nominative and never in that case (`Петров`), or in it only as an undeclined word of the
    other gender (`Кочарян`, a woman's), are two people's names side by side (`С Соколовым Петров
    не разговаривает`). A first name before the surname is never taken apart: a foreign one often
    has no reading in the surname's case (`Мариной Уилер`, `Брэда Питта`); nor is a declined
    word the dictionary reads in that case in another gender (`Карлосом Сантаной`)."""
    if not (_CYRILLIC_WORD.fullmatch(left) and _CYRILLIC_WORD.fullmatch(right)):
        return False
    if _known_tags(left, "Name") or not (_known_tags(left, "Surn") or oblique_surname(left)):
        return False
    first, second = _noun_readings(left), _noun_readings(right)
    if not first or any(c in (None, "Nom") for c, _, _ in first):
        return False
    agree = any(c == c2 and (g == g2 or not fixed)
                for c, g, _ in first for c2, g2, fixed in second)
    return any(c == "Nom" for c, _, _ in second) and not agree


_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*")


def _two_people(m: _Mention, words: list[str], mentions: list[_Mention]) -> bool:
    """`после убийства Сомса Макгрегора` (Макгрегор acting), `После Уэйко Рено оказалась…`: a
    two-word person mention whose words are two of the text's names: the second is the surname of
    a person named in full elsewhere (a surname seen only alone may have this as its full name:
    `Тайсон Фьюри`), the first the surname of another person named in full elsewhere, or a place
    or body the text names alone. A first word that opens a full name elsewhere (`Серена` of
    `Серена Уильямс`) is the name's own, and so is one the dictionary knows as a first name, unless
    a full name elsewhere ends in that very word: otherwise such a split cannot be told from a name
    in the genitive (`Александра Жукова`)."""
    left, right = (_clean(w) for w in words)
    if not (left[:1].isupper() and right[:1].isupper()) or left.isupper() or right.isupper():
        return False
    if _cases_apart(left, right):
        return True  # `С Тер-Петросяном Кочарян не разговаривает`: one in the instrumental
    others = [x for x in mentions if x is not m]
    people = [_clean(x.span.text).split(" ") for x in others if x.kind == "person"]
    full = [w for w in people if len(w) > 1]
    # a first word the dictionary knows as a first name is another person's surname only where a
    # full name elsewhere, in an oblique case, ends in that very form (`свержения Маркоса Акино`
    # after `Фердинанда Маркоса`); a surname of the same stem in another form says nothing
    # (`Ивана` of `Иванов`), nor one in the nominative (`Зиновия Рудаков` beside `Клара Зиновия`:
    # the man's first name in the genitive, her surname as it is)
    if _known_tags(left, "Name") and (not any(
            x.kind == "person" and not x.nominative and " " in _clean(x.span.text)
            and casefold_name(_clean(x.span.text).split(" ")[-1]) == casefold_name(left) for x in others)
            or _declined_alike(left, right)):
        return False
    if any(word_key(w[0]) == word_key(left) or word_key(w[-1]) == word_key(left)
           and word_key(w[0]) == word_key(right) for w in full):
        return False
    # `сын Акихито Нарухито`: two people known by one name each, both of whom the text has named
    # alone before; neither word a first name the dictionary knows (`Мария`, `Хуан`), and no
    # name of the text's holds either beside another word. A full name that comes first is an
    # introduction, whatever parts of it follow alone (`девушки Кэрри Саймондс` … `Кэрри` …
    # `Саймондс`)
    alone = {word_key(_clean(x.span.text)) for x in others if x.kind == "person"
             and " " not in _clean(x.span.text) and x.span.start < m.span.start}
    if word_key(left) in alone and word_key(right) in alone \
            and not _known_tags(right, "Name") and not _known_tags(left, "Name") \
            and not any(word_key(x) in (word_key(left), word_key(right)) for w in full for x in w):
        return True
    if not any(surname_stem(w[-1]) == surname_stem(right) for w in full):
        return False
    left_surname = any(surname_stem(w[-1]) == surname_stem(left) for w in full)
    left_place = any(x.kind != "person" and _clean(x.span.text) == left for x in others)
    return left_surname or left_place


@functools.cache
def _region_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap between a body and its place, with or without the lower-case genitive of a
    territory's kind (kg/data/ru/region_kind_words.txt: `суд штата Огайо`), and that genitive
    ending a body's own name (`Университета штата` + `Небраска`)."""
    words = "|".join(sorted(re.escape(w) for w in word_list("region_kind_words")))
    return re.compile(rf" (?:({words}) )?"), re.compile(rf" (?:{words})$")


def _join_owners(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`МИД` + `Италии`, `Совет нацбезопасности` + `Украины`: an organisation (an abbreviation or a
    name of several words) followed directly by the country or body it belongs to, in the
    genitive, is one organisation (`МИД Италии`), so two countries' ministries are not merged into
    one `МИД`. A body the NER tags as one word (`Армии США`, `Президиума РАМН`, `Минюсте РФ`) joins
    its owner too, as NEREL marks it, but the owner stays a mention nested in it: the event roles
    read `Армия Израиля атаковала` as the country acting (kg/data/ru/collective_heads.txt). A
    mention nested in the organisation (the place of `Администрации Ленинского района`) does not
    stand between the two."""
    out: list[_Mention] = []
    host: int | None = None  # index in `out` of the last mention not nested in another
    for m in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        prev = out[host] if host is not None else None
        if prev is not None and prev.span.start <= m.span.start and m.span.end <= prev.span.end:
            out.append(m)
            continue
        region_gap, region_end = _region_patterns()
        region = region_gap.fullmatch(a.text, prev.span.end, m.span.start) if prev is not None else None
        if (prev is not None and prev.kind == "organization" and m.kind == "place" and region
                and (region.group(1) or region_end.search(prev.span.text))
                and a.tokens[prev.last].sent == a.tokens[m.first].sent):
            # `Верховный суд штата Айова`, `Университета штата` + `Небраска`: a body and the state,
            # province or district it serves, named by a lower-case noun in the genitive and the
            # place in any case, are one organisation
            out[host] = _Mention(span(a.text, prev.span.start, m.span.end),
                                 f"{prev.name}{a.text[prev.span.end:m.span.start]}{_clean(m.span.text)}",
                                 "organization", prev.nominative, prev.first, m.last)
            out.append(m)  # the place stays, nested: it is named, and linked, in its own right
            continue
        if (prev is not None and prev.kind == "organization" and m.kind != "person"
                and a.text[prev.span.end:m.span.start] == " "
                # `Баптистского госпиталя` + `Далласа`: a facility and its town are two places
                and not (m.kind == "place" and _facility_head(a, prev))
                # the whole owner in the genitive: `Банк России` after a body is a body of its own
                and a.tokens[m.first].feats.get("Case") == a.tokens[m.last].feats.get("Case") == "Gen"
                and a.tokens[prev.last].sent == a.tokens[m.first].sent):
            out[host] = _Mention(span(a.text, prev.span.start, m.span.end),
                                 f"{prev.name} {_clean(m.span.text)}", "organization",
                                 prev.nominative, prev.first, m.last)
            if prev.last == prev.first and not a.tokens[prev.first].text.isupper():
                out.append(m)  # `Армии` + `США`: the owner stays, nested
            continue
        out.append(m)
        host = len(out) - 1
    return sorted(out, key=lambda m: m.span.start)


def _facility_head(a: Analysis, m: _Mention) -> bool:
    """The mention's first noun heads facilities that NEREL keeps apart from the town after them
    (`госпиталь`, `кладбище`: the `apart` rows of kg/data/ru/facility_heads.tsv); the NER tags
    such names as bodies, as_facilities makes them places later."""
    heads = facility_words()["apart"]
    return next((lemma for lemma in (noun_lemma(t.text) for t in a.tokens[m.first:m.last + 1]
                                     if t.text[:1].isalnum()) if lemma), None) in heads


def find_entities(a: Analysis) -> tuple[Entity, ...]:
    """All entities of the analysed text, keyed e1, e2, … in order of first mention."""
    mentions = _first_names_before_patronymics(a, _raw_mentions(a))  # `Прасковьи` + `Дмитриевны …`
    mentions = _split_name_runs(a, _join_split_names(a, mentions))
    mentions = title_places(a, split_place_adjectives(a, mentions))
    mentions = close_open_ends(a, extend_body_tails(a, _join_owners(a, mentions)))
    # document-level consolidation (kg.nlp.ru.known_names): what one mention teaches about the rest
    mentions = trim_trailing_words(a, trim_leading_words(a, mentions, surname_stem))
    # `Исламское государство (ИГ)` where the NER tagged only the abbreviation: the words it spells
    mentions = nickname_aliases(a, parenthetical_aliases(a, spelled_abbreviations(a, mentions)))
    mentions = first_names_before(a, repeated_names(a, mentions, surname_stem))
    # kinds and names the NER does not give (kg.nlp.ru.name_types): facilities, name adjectives
    mentions = leader_bodies(a, lower_case_bodies(a, phrase_bodies(a, join_body_heads(a, mentions))))
    mentions = facility_heads(a, noun_mentions(a, adjective_mentions(a, as_facilities(a, mentions))))
    mentions = quoted_facilities(a, mentions)
    mentions = latin_countries(a, geographic_mentions(a, places_with_years(a, mentions)))
    mentions = quoted_owners(a, quoted_products(a, numbered_bodies(a, _join_owners(a, national_bodies(a, mentions)))))
    mentions = names_in_titles(a, latin_compounds(a, quoted_works(a, latin_products(a, mentions))))
    mentions = coordinated_persons(a, mentions)  # `Путин и Джо Байден`: the lone surname too
    mentions = quoted_runs(a, places_in_titles(a, untagged_places(a, compound_places(a, mentions))))
    mentions = compass_places(a, mentions)  # `на Юге США`: the region
    mentions = road_numbers(a, mentions)  # `на трассе Р-215`: the road
    mentions = place_adjectives(a, mentions)  # `по Киотскому протоколу`: the adjective's town
    mentions = place_adjectives_before_persons(a, mentions)  # `Украинская лётчица`: the country
    # the glosses of the names the passes above found (`фонтана «Зелёный лист» (Green Leaf)`): the
    # first call saw only the NER's names
    mentions = parenthetical_aliases(a, mentions, late=True)
    mentions = kinds_before_quotes(a, mentions)  # `СИЗО «…»`: the quoted name alone is the body
    # `закона Яровой`: the law's person; `болезни Паркинсона`, `в Telegram`: no entity of the text
    mentions = services_used(a, eponymous_diseases(a, eponym_persons(a, mentions)))
    mentions = deity_persons(a, mentions)  # `Господь ему судья`: a person NEREL marks
    mentions = house_persons(a, mentions)  # `дома Романовых`: the house's people
    mentions = clans_named(a, mentions)  # `клана Кастеллано`: the clan, a body
    mentions = surname_adjectives(a, mentions)  # `Шукшинский фестиваль`: Василий Шукшин's
    mentions = _works_with_years(a, mentions)  # `Invaders Must Die (2009)`: an album, no body
    mentions = agree_kinds(mentions)  # one written form, one kind: not a person here, a place there
    mentions = streets_named_after(a, mentions)  # `на улице Михаила Сомова`: the street
    mentions = towns_from(a, mentions)  # `школьник из Иванова`: the town Иваново
    mentions = structure_names(a, mentions)  # `на Аллее славы`: the alley
    # `перед Белым домом` the building, `Белый дом заявил` the body
    mentions = seat_senses(a, mentions)
    mentions = _surnames_as_subjects(a, mentions)  # `Вашингтон был президентом` after `Джордж Вашингтон`
    mentions = _place_before_person(a, mentions)
    mentions = _without_families(_surname_first(_names_of_people(mentions, a)))
    mentions = mention_model.apply(a, mentions)  # the learned last word (off unless KG_MENTION_MODEL)
    persons: list[_Cluster] = []
    others: dict[str, _Cluster] = {}  # by normalised name: one name is one entity, whatever the tag
    bare: list[_Mention] = []
    addressed: list[_Mention] = []  # `Игорь Викторович`: a first name and a patronymic, no surname

    marks = _generation_marks(mentions)
    genders = _Genders(a)  # what each full name tells of a gender, worked out once
    # the men's full names the text writes in the nominative (`Евгений Душко`)
    his_names = [m.name for m in mentions if m.kind == "person" and m.nominative
                 and len(m.name.split(" ")) == 2
                 and first_name_gender(m.name.split(" ")[0]) == "Masc"]
    for m in mentions:
        if m.kind != "person":
            # a building's name means the building or the body it houses (`seat_senses`): two
            # entities of one name, one of each kind
            key = casefold_name(m.name)
            if m.kind == "place" and norm(m.name) in normed_words("seat_bodies"):
                key += "\tplace"
            c = others.setdefault(key, _Cluster(m.kind))
            c.mentions.append(m)
            continue
        parts = m.name.split(" ")
        if len(parts) == 1:
            bare.append(m)
            continue
        if len(parts) == 2 and _patronymic_form(m):
            addressed.append(m)
            continue
        m = _mans_name_as_written(a, _womans_name_as_written(a, m), his_names)
        parts = m.name.split(" ")
        surname, first = word_key(parts[-1]), parts[0]
        # `Александра Орлова` beside `Александр Орлов`, `Андрей Смирнова` beside `Андрей Смирнов`:
        # one key for both names, but a daughter and a father, two people
        c = next((c for c in persons if _same_surname(c.surname, surname)
                  and any(_compatible(first, f) for f in c.first_names)
                  and not _short_gender_clash(m, c) and not _gender_clash(genders, m, c)
                  and not _middle_names_clash(m, c)), None)
        if c is None:
            # `Ростислав Дымаков` beside `Ростислав Дымков`: one first name, a surname one letter
            # off, is one person's name mistyped or spelt another way
            c = next((c for c in persons if _misspelt_of(a, m, c) and not _gender_clash(genders, m, c)),
                     None)
        if c is None:
            # `Мейв Кеннеди` beside `Мейв Кеннеди Таунсенд`: the first name and the middle word of a
            # longer name (a double surname, a second given name) are that person's, where one
            # person of the text fits (`Хуан Карлос` beside two `Хуан Карлос …` is neither's)
            # two such names in one sentence (`Анна Петрова Смирнова и Анна Петрова`), or the newer
            # one under a kinship noun (`его сын Хулио Иглесиас`), are two people
            fit = [c for c in persons if _middle_of_longer(m, c) and not _gender_clash(genders, m, c)
                   and not _beside_or_kin(a, m, c, mentions)]
            c = fit[0] if len(fit) == 1 else None
        if c is None:
            c = _Cluster("person", surname=surname)
            persons.append(c)
        c.first_names.add(first)
        c.mentions.append(m)
        _attach_title(a, m, c)

    for m in addressed:
        # `Игорь Викторович` beside `Игорь Викторович Самохвалов`: the person the text names in
        # full with both; else the person so addressed elsewhere, or one of their own as written
        first, middle = m.name.split(" ")
        c = _addressed_person(m, persons) or next(
            (c for c in persons if c.surname == word_key(middle)
             and any(_compatible(first, f) for f in c.first_names)), None)
        if c is None:
            c = _Cluster("person", surname=word_key(middle), first_names={first})
            persons.append(c)
        c.mentions.append(m)
        _attach_title(a, m, c)

    for m in bare:
        key = word_key(m.name)
        # `Голунова` (key `голунов`) is a form of `Голунов` (key `голун`): compare the stems too
        candidates = [c for c in persons if c.first_names and (
            c.surname == key or surname_stem(c.surname) == surname_stem(key)
            or min(len(c.surname), len(key)) >= 6 and _single(c.surname) == _single(key)
            or key in _short_surnames(c))]
        # `Вэнс` beside `Сайрус Вэнс-младший` alone, `Торнвуд-младший` beside `Бенджамин Торнвуд`:
        # no person of the text bears the surname as written, one bears it with or without a mark
        # beside two such (`Рэймонд Хоторн`, `его отец Гарольд Хоторн`, `Хоторн-младший`) the
        # kinship noun that introduced one tells which generation it is
        if not candidates:
            candidates = _by_generation(a, key, [c for c in persons if c.first_names
                                                 and _one_generation(c.surname, key, marks)])
        if not candidates:
            # `Пайпер` beside `Хайдемария Стефанишин-Пайпер` alone: one part of the one double
            # surname of the text that has it
            double = [c for c in persons if c.first_names and _part_of_double(key, c.surname)]
            candidates = double if len(double) == 1 else []
        # a surname alone means the person named with it, not a relative who inherited it
        candidates = [c for c in candidates if not c.relative] or candidates
        # `Соколовой` is not `Олег Соколов`: a surname whose ending tells a gender joins only a
        # person of that gender (or of none the text tells)
        # a man's nominative ending (`Удальцов`) is no case form of a woman's surname (`Удальцова`)
        written = _clean(m.span.text)
        gender = surname_gender(written, False) \
            or ("Masc" if surname_gender(written, True) == "Masc" else None)
        if gender:
            # (`Тальниковой` beside `Бориса Тальникова` alone: the first name tells a man)
            # a woman who bears the surname written just so (`Остин` beside `Джейн Остин`: a
            # foreign surname in a consonant does not decline) stays, whatever its ending tells
            candidates = [c for c in candidates if _cluster_gender(c) in (None, gender)
                          and _names_tell(genders, c, context=False) <= {gender}
                          or _her_surname_as_written(written, c)]
        # `Орлова сказала` beside `Александр Орлов` alone: a woman's nominative (not his genitive)
        # by the verb's ending, so no man's, where his names tell a man in every reading; a
        # surname in a consonant likewise (`Стайлз скончалась`: no man's case form)
        womans = surname_gender(written, True) == "Fem" \
            or written[-1:].lower() in "бвгджзклмнпрстфхцчшщ"
        verb = "Fem" if (not gender and womans and _predicate_gender(a, m) == "Fem"
                         and _sole_subject(a, m)) else None
        if verb and len(candidates) == 1 and _names_tell(genders, candidates[0]) == {"Masc"}:
            candidates = []
        # `Визбора` is not `Варвара Визбор`'s: a woman's surname in a consonant does not decline
        candidates = [c for c in candidates if not _declined_past_a_woman(written, c)]
        # `госпожа Обама`, `мистер Смит`: the form of address before the surname tells the gender
        # among several bearers of the surname; beside one bearer of the other gender it is left
        # to him (`госпожа Обама` beside `Барак Обама` alone: his wife, whose own name the text
        # may not give, and whom a kinship noun after it would lose as the owner)
        if len(candidates) > 1:
            # `Клинтон позвонила`: the past-tense verb the surname is the subject of tells the
            # gender where the surname's ending does not
            told = _honorific_gender(a, m) or _predicate_gender(a, m)
            if told:
                candidates = [c for c in candidates if _person_gender(a, c) == told] or [
                    c for c in candidates if _person_gender(a, c) in (None, told)] or candidates
        if len(candidates) > 1:
            # `Сомов` after `Иван Сомов … его жена Ольга Сомова … брат Пётр Сомов`: a surname alone
            # is the person the text introduced first among those bearing it, the article's own
            # subject, not the relative named most recently (readable nerel-dev: 34 bare surnames
            # of the main person went to a relative or namesake named just before, 4 the other way)
            before = [c for c in candidates if c.first_offset < m.span.start] or candidates
            # `Внук писателя Льва Сомова, депутат Пётр Сомов`: a namesake introduced as the
            # genitive of a kinship noun that the other is the apposition of is the relative
            before = [c for c in before if not _introduced_as_kin(a, c, before)] or before
            candidates = [min(before, key=lambda c: c.first_offset)]
        if not candidates:
            # `Мишель` beside `Мишель Обама`: a first name alone is the one person of the text with it
            # (never a surname of the text's people, which was tried above)
            stem = surname_stem(key)
            by_first = [] if any(surname_stem(x.surname) == stem for x in persons) else [
                c for c in persons if c.first_names and any(_same_first(f, m.name)
                                                            for f in c.first_names)]
            candidates = _dominant(by_first)
        if not candidates:
            # `Петреус` beside `Дэвид Петрэус`, `Краник` beside `Владимир Крамник`: a surname alone,
            # one letter off the surname of one fully named person only, is that person's, spelt
            # another way or mistyped
            near = [c for c in persons if c.first_names and not c.relative and _near_surname(c, m.name)
                    and not _declined_past_a_woman(written, c)
                    and (not verb or _names_tell(genders, c) != {"Masc"})
                    # a case ending only one gender's surname takes is no slip of the other's
                    and not (gender and oblique_surname(written)
                             and not _names_tell(genders, c, context=False) <= {gender})]
            candidates = near if len(near) == 1 else []
        if not candidates:
            inherited = _relative_name(a, m, persons) or _family_member_name(a, m, persons)
            if inherited:  # `с женой Мишель` after `Барак Обама`: Мишель Обама, a person of her own
                c = _Cluster("person", surname=word_key(inherited.split(" ")[-1]), first_names={m.name},
                             relative=True)
                m = _Mention(m.span, inherited, "person", m.nominative, m.first, m.last, m.alias_of)
                persons.append(c)
                candidates = [c]
        if candidates:
            c = candidates[0]
        else:
            c = next((c for c in persons if not c.first_names
                      and surname_stem(c.surname) == surname_stem(key)), None)
            if c is None:
                c = _Cluster("person", surname=key)
                persons.append(c)
        c.mentions.append(m)
        _attach_title(a, m, c)

    # `Лиманска` and `Лиманске`: one unknown name in two cases, one entity named `Лиманск`
    by_list = {id(c.mentions): c for c in others.values()}
    places = [by_list.get(id(g)) or _Cluster(g[0].kind, mentions=g)
              for g in one_name_in_cases(a, [c.mentions for c in others.values()])]
    persons = _relatives_by_first_name(persons)
    clusters = _merge_short_forms(_merge_aliases([*persons, *places]))
    clusters = sorted(clusters, key=lambda c: c.first_offset)
    keys = {id(c): f"e{i}" for i, c in enumerate(clusters, 1)}
    by_span = {(m.span.start, m.span.end): c for c in clusters for m in c.mentions}
    entities = []
    for c in clusters:
        name = _canonical(c, a)
        words = name.split(" ")
        if c.kind == "person" and len(words) in (3, 4) and patronymic(words[1]):
            # news name people «Имя Фамилия» (MODEL.md); `Имя Отчество Фамилия` stays an alias
            # (`Имя Отчество Де Фамилия` too)
            name = " ".join([words[0], *words[2:]])
        elif c.kind == "person" and len(words) == 3 and patronymic(words[2]) \
                and not patronymic(words[1]) and not patronymic(words[0]):
            # `Сомова Зоя Петровна`, put in the nominative as written: surname first
            name = f"{words[1]} {words[0]}"
        if c.kind == "person":
            name = _one_of_the_family(a, c, name)
        aff = _owner_of(c.affiliation_span, by_span) if c.affiliation_span else None
        kinds = Counter(m.kind for m in c.mentions)
        entities.append(Entity(
            key=keys[id(c)], kind=kinds.most_common(1)[0][0], name=name,
            mentions=tuple(sorted({m.span for m in c.mentions}, key=lambda s: s.start)),
            aliases=tuple(sorted({m.name for m in c.mentions} - {name})),
            job_title=c.job_title,
            affiliation=keys[id(aff)] if aff is not None and aff is not c else None,
            personal_name=c.kind == "person" and any(personal_name(w) for w in name.split(" ")),
            shortened=_shortened(c, name)))
    return tuple(entities)


def _one_of_the_family(a: Analysis, c: _Cluster, name: str) -> str:
    """`Вера и Илья Политковские`, `Тамерлан и Джохар Царнаевы`: a first name whose gender the
    dictionary knows, before a surname the text writes in the plural nominative, names one of the
    family; the surname is put in the singular of that gender (`Илья Политковский`, `Джохар
    Царнаев`, `Марина Ходорковская`). Any other name is returned as it is."""
    words = name.split(" ")
    gender = first_name_gender(words[0]) if len(words) == 2 else None
    if gender is None:
        return name
    surname = words[1]
    # the tagger gives the surname the first name's number (`flat:name`), so the plural is read
    # off the ending, after a first name in the nominative: no singular case form of a surname
    # ends so there (`Сомовы`, `Ходорковские`); after a first name in an oblique case, off the
    # plural's ending of that case (`с Иваном и Марией Петровыми`, `об Анне и Петре Сомовых`:
    # the table's `Plur…` rows; `-ым` after an instrumental is a man's singular, not a plural)
    cases = set()
    for m in c.mentions:
        written = _clean(m.span.text).split(" ")
        if m.first is None or m.first >= len(a.tokens) or len(written) != 2 or written[-1] != surname:
            continue
        case = a.tokens[m.first].feats.get("Case")
        if case == "Nom" and a.tokens[m.first].text == words[0]:
            cases.add("Plur")
        elif case not in (None, "Nom"):
            cases.add("Plur" + case)
    single = _family_singular(surname, gender, cases) if cases else None
    return f"{words[0]} {single}" if single else name


def _family_singular(surname: str, gender: str, cases: set[str]) -> str | None:
    """A family's plural surname (`Петровы`; `Петровых` by `PlurGen`, …) in the singular of the
    gender (`Петров`, `Петрова`), or None where its ending is no such plural's."""
    single = possessive_nominative(surname, gender, cases)
    if single is None and "Plur" in cases and re.search(r"[сц]кие$", surname):  # an adjective's
        found = [p for p in word_parses(surname) if p.pos in ("ADJ", "NOUN", "PROPN")
                 and p.feats.get("Number") == "Plur" and p.feats.get("Case") == "Nom"]
        form = inflected(found[0], {"Nom", "Sing", gender}) if found else None
        if form is not None and re.search(r"[сц]к(?:ий|ая)$", form.word):
            single = surname[:1] + form.word[1:]
    return single


def _family_member_name(a: Analysis, m: _Mention, persons: list[_Cluster]) -> str | None:
    """`Иван и Мария Петровы`, `с Иваном и Марией Петровыми`: a first name alone, joined by `и`
    to a first name and a family's plural surname in the same case, is one of that family too
    (`Иван Петров`). None for anything else: a first name before another person's full name in
    the singular (`Иван и Мария Петрова`), a word of no known gender, another case."""
    first = m.name if m.nominative or " " in m.name else (_nominative_person(a, m) or m.name)
    gender = first_name_gender(first) if " " not in first else None
    if gender is None or m.last is None or m.last + 2 >= len(a.tokens) \
            or a.tokens[m.last + 1].text != "и":
        return None
    case = a.tokens[m.first].feats.get("Case")
    for c in persons:
        for x in c.mentions:
            written = _clean(x.span.text).split(" ")
            if x.first != m.last + 2 or len(written) != 2 or case is None \
                    or a.tokens[x.first].feats.get("Case") != case:
                continue
            single = _family_singular(written[1], gender, {"Plur" if case == "Nom" else "Plur" + case})
            if single:
                return f"{first} {single}"
    return None


def _surnames_as_subjects(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`Вашингтон был президентом` after `Джордж Вашингтон`: a one-word name the NER took for a
    place or a body, written as the nominative surname of a person the text has already named in
    full, and standing as the only subject of its clause with no preposition before it and no other
    subject joined to it, is that person; the same word after a preposition (`в Вашингтоне`), as an
    object (`посетил Вашингтон`) or beside another subject (`Вашингтон и Москва договорились`)
    keeps its kind. A capital standing for its government is the news's commonest subject, so the
    NER's kind stands wherever the text leans to the place: the name comes before the person's
    (`Лондон потребовал …`, then `писатель Джек Лондон`), the text names the place so elsewhere
    (`в Вашингтоне`), an adjective qualifies it (`Официальный Вашингтон`), or its predicate is a
    kind of place (`Киров стал столицей области`)."""
    from kg.link.names import type_word

    first_full: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and not m.derived and len(m.name.split(" ")) >= 2:
            key = casefold_name(m.name.split(" ")[-1])
            first_full[key] = min(first_full.get(key, m.span.start), m.span.start)
    if not first_full:
        return mentions

    def subject(m: _Mention) -> bool:
        if not (m.kind in ("place", "organization") and not m.derived and m.nominative
                and " " not in m.name and casefold_name(_clean(m.span.text)) in first_full
                and casefold_name(m.name) in first_full
                and first_full[casefold_name(m.name)] < m.span.start):
            return False
        t = _head_token(a, m)
        if t is None or not t.rel.startswith("nsubj") or not _sole_subject(a, m):
            return False
        before = a.tokens[m.first - 1] if m.first is not None and m.first > 0 else None
        if before is not None and before.pos == "ADP" and before.sent == t.sent:
            return False
        # `Вашингтон и Москва договорились`: a subject joined to another is left as tagged;
        # `Официальный Вашингтон`: a person's surname takes no adjective
        if any(c.rel == "conj" or c.rel.split(":")[0] == "amod" for c in a.children(t.index)):
            return False
        head = a.tokens[t.head] if t.head is not None else None
        predicates = [head] if head is not None else []
        if head is not None:
            predicates += [c for c in a.children(head.index) if c.rel.split(":")[0] in ("xcomp", "obl")
                           and c.feats.get("Case") == "Ins"]
        return not any(p.pos == "NOUN" and type_word(p.text, "ru") for p in predicates)

    turned = {id(m) for m in mentions if subject(m)}
    # the text's own use of the word for the place, anywhere else, leaves every such subject as tagged
    placed = {casefold_name(m.name) for m in mentions
              if m.kind in ("place", "organization") and id(m) not in turned}
    return [dataclasses.replace(m, kind="person")
            if id(m) in turned and casefold_name(m.name) not in placed else m for m in mentions]


_FAMILY_ENDINGS = ("ов", "ев", "ей")  # `Бекхэмов`, `Скрипалей`: the genitive plural of a surname


def _place_before_person(a: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """`король Тавалии Иона Тупеу IV`, `главы города Сомова Петра Ланина`: a person's name of three
    or more words, after a lower-case word, whose first word is a place the text names elsewhere
    (the same stem: `Тавалия`), is that place in the genitive followed by the person (the NER
    reads the title's place into the name). The dictionary alone is no evidence (`писатель Нгуи
    Ва Тхионго`: it guesses a place for an unknown word). Not where the rest is a first name and a
    patronymic (`Сомова Анна Петровна`: the surname goes first)."""
    from kg.link.names import stem_key

    places = {stem_key(m.name, "ru"): m.name for m in mentions if m.kind == "place"}
    out: list[_Mention] = []
    for m in mentions:
        tokens = a.tokens[m.first:m.last + 1]
        if m.kind != "person" or len(tokens) < 3 or m.first == 0 or not tokens[0].text.isalpha() \
                or not tokens[0].text[:1].isupper() or tokens[0].text.isupper() \
                or a.text[tokens[0].end:tokens[1].start] != " " or patronymic(tokens[-1].text):
            out.append(m)
            continue
        before = a.tokens[m.first - 1]
        place = places.get(stem_key(tokens[0].text, "ru"))
        if place is None or before.sent != tokens[0].sent or not before.text.isalpha() or not before.text.islower():
            out.append(m)
            continue
        if casefold_name(tokens[0].text) == casefold_name(place) and declined_nominative(tokens[0].text):
            # `актриса Джорджия Мэй Сомерс`, the state of Georgia named elsewhere: a place in its
            # nominative is no title's owner (`король Тавалии`), but the person's first name
            out.append(m)
            continue
        words = m.name.split(" ")
        name = " ".join(words[1:]) if len(words) == len(tokens) else _clean(a.text[tokens[1].start:m.span.end])
        out.append(_Mention(span(a.text, tokens[0].start, tokens[0].end), place, "place", False,
                            m.first, m.first))
        out.append(_Mention(span(a.text, tokens[1].start, m.span.end), name, "person", m.nominative,
                            m.first + 1, m.last))
    return out


def _without_families(mentions: list[_Mention]) -> list[_Mention]:
    """`семья Бекхэмов`, `отравление Скрипалей`: a one-word name that is the plural of the surname
    of one of the text's fully named people names the family, not a person; the tagger reads
    such forms as singular, so the plural test of _raw_mentions misses them."""
    surnames = {casefold_name(m.name.split(" ")[-1]).rstrip("ь") for m in mentions
                if m.kind == "person" and " " in m.name}

    def family(m: _Mention) -> bool:
        word = casefold_name(_clean(m.span.text))
        return m.kind == "person" and " " not in word and word.endswith(_FAMILY_ENDINGS) \
            and len(word) > 5 and word[:-2].rstrip("ь") in surnames

    return [m for m in mentions if not family(m)] if surnames else mentions


def _names_of_people(mentions: list[_Mention], a: Analysis | None = None) -> list[_Mention]:
    """`Ампелонский и Едидин`, `Печерского`, `Демис освоил гитару` tagged as a body or a place: a
    one-word name that is, in some case form, the surname or the first name of a person the text
    names in full (`Вадим Ампелонский`, `Демис Руссос`) is that person's, unless the dictionary
    knows the word as a place or a body (`Вашингтон` beside `Джордж Вашингтон` stays the city).
    The person's mentions of that name must be at least as many as the word's mentions of the
    other kind: a town the NER once glued to a surname (`Уэйко Рено`, three times `Уэйко` alone)
    stays a town. A word in the locative after `в` (`в Лиманове`, `во Львове`) is where something
    is, no person (`Пётр Лиманов … в Лиманове`: the town named after a family), wherever the NER
    tagged it a place or a body."""
    full = [_clean(m.span.text).split(" ") for m in mentions if m.kind == "person"]
    full = [w for w in full if len(w) >= 2 and all(x[:1].isupper() for x in w)]
    if not full:
        return mentions
    named = {surname_stem(w[-1]) for w in full} | {_first_key(w[0]) for w in full}
    # a one-word person mention counts for its word as a surname and as a first name
    alone = [[_clean(m.span.text)] for m in mentions if m.kind == "person" and " " not in m.name]
    surnames = Counter(surname_stem(w[-1]) for w in full + alone)
    firsts = Counter(_first_key(w[0]) for w in full + alone)
    others = Counter(_clean(m.span.text) for m in mentions if m.kind != "person")
    out = []
    for m in mentions:
        word = _clean(m.span.text)
        # a hyphenated word only as a double surname of the text (`Абанго-Мбеки`); the dictionary's
        # own place or body names only, not its guess for an unknown word (`Коулмане`)
        if m.kind != "person" and not m.derived and m.alias_of is None and " " not in word \
                and ("-" not in word or surname_stem(word) in named) \
                and word[:1].isupper() and not word.isupper() \
                and len(word) > 3 \
                and (surname_stem(word) in named or _first_key(word) in named) \
                and max(surnames[surname_stem(word)], firsts[_first_key(word)]) >= others[word] \
                and not known_place_or_body_name(word) and not _in_a_place(a, m):
            m = dataclasses.replace(m, kind="person")
        out.append(m)
    return out


def _in_a_place(a: Analysis | None, m: _Mention) -> bool:
    """The one-word mention stands in the locative right after `в`/`во` (`в Лиманове`): a person is
    hardly ever `in` someone, while `о Лиманове`, `при Лиманове`, `в Лиманова` (accusative) are."""
    if a is None or m.first <= 0:
        return False
    before, t = a.tokens[m.first - 1], a.tokens[m.first]
    return before.text.lower() in ("в", "во") and before.pos == "ADP" and before.sent == t.sent \
        and (t.feats.get("Case") == "Loc" or casefold_name(t.text).endswith("е"))


def _surname_first(mentions: list[_Mention]) -> list[_Mention]:
    """`Кораблев Глеб Вячеславович`, `Соловьёва Александра Васильевича`: the official order, surname
    first, is named in the order of the rest of the text (`Глеб Вячеславович Кораблев`), so that it
    joins the person named `Глеб Кораблёв` and is named so. Read off the patronymic, which closes
    such a name and is the middle word of the usual order."""
    out = []
    for m in mentions:
        written, normal = _clean(m.span.text).split(" "), m.name.split(" ")
        if m.kind == "person" and len(written) == len(normal) == 3 and patronymic(written[2]) \
                and not patronymic(written[1]) and not patronymic(written[0]) \
                and all(w[:1].isupper() for w in written):
            words = written if m.nominative else normal  # the normaliser writes `ё` as `е`
            m = dataclasses.replace(m, name=" ".join([words[1], words[2], words[0]]))
        out.append(m)
    return out


def surname_gender(word: str, nominative: bool) -> str | None:
    """`Fem` or `Masc` where the ending of a Russian-pattern surname tells it
    (kg/data/ru/surname_gender_endings.tsv): `Соколовой` → Fem, `Соколовым` → Masc, `Соколова`
    → Fem only when known to be nominative; else None."""
    lower = casefold_name(word)
    for ending, gender, case in _gender_endings():
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return gender if case != "nom" or nominative else None
    return None


def oblique_surname(word: str) -> bool:
    """The surname's ending is never a nominative's (`Соколовой`, `Соколовым`, `Ольского`)."""
    lower = casefold_name(word)
    return any(lower.endswith(ending) and len(lower) > len(ending) + 2 and case == "obl"
               for ending, _, case in _gender_endings())


@functools.cache
def _gender_endings() -> tuple[tuple[str, str, str], ...]:
    rows = [(r[0], r[1], r[2]) for r in table("surname_gender_endings")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _cluster_gender(c: _Cluster) -> str | None:
    """The gender the surnames of a person's full names tell, when they agree."""
    found = {surname_gender(_clean(m.span.text).split(" ")[-1], m.nominative)
             for m in c.mentions if " " in m.name}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _person_gender(a: Analysis, c: _Cluster) -> str | None:
    """The gender of a person: the one the past-tense verbs of their full-name mentions show
    (`Колин Маккалоу родилась`, whatever the dictionary says of `Колин`), else the one their
    surnames' endings tell, else the one all their first names tell (`Хиллари`, `Сара`)."""
    shown = {_predicate_gender(a, m) for m in c.mentions if " " in m.name}
    shown.discard(None)
    if len(shown) == 1:
        return shown.pop()
    told = _cluster_gender(c)
    genders = {first_name_gender(f) for f in c.first_names}
    if told and not (told == "Masc" and genders == {"Fem"}):
        # (a man's ending under a woman's first name is a foreign surname she bears undeclined:
        # `Джейн Остин`, `Сара Пэйлин`)
        return told
    return genders.pop() if len(genders) == 1 else None


def _head_token(a: Analysis, m: _Mention) -> Token | None:
    """The name's own head word: the one whose head lies outside it (`Колин` of `Колин
    Маккалоу`); None for a mention without tokens."""
    if m.first is None or m.last is None or m.last >= len(a.tokens):
        return None
    inside = range(m.first, m.last + 1)
    return next((a.tokens[i] for i in inside if a.tokens[i].head not in inside), None)


def _predicate_gender(a: Analysis, m: _Mention) -> str | None:
    """`Fem` or `Masc` where the mention's last word is the subject of a verb in the past tense
    singular, by the verb's ending (`Клинтон позвонила`, `Сомов развёлся`)."""
    t = _head_token(a, m)
    if t is None or not t.rel.startswith("nsubj") or t.head is None:
        return None
    return past_gender(a.tokens[t.head])


def _honorific_gender(a: Analysis, m: _Mention) -> str | None:
    """`Fem` or `Masc` where a form of address of that gender (kg/data/ru/honorific_genders.tsv)
    stands right before the mention: `госпожа Обама`, `мисс Остин`, `мистера Смита`."""
    if m.first is None or m.first == 0:
        return None
    before = a.tokens[m.first - 1]
    if before.sent != a.tokens[m.first].sent:
        return None
    return _honorific_genders().get(before.text.lower())


@functools.cache
def _honorific_genders() -> dict[str, str]:
    """Form of address → the gender it tells (kg/data/ru/honorific_genders.tsv)."""
    return {r[0]: r[1] for r in table("honorific_genders")}


def _her_surname_as_written(word: str, c: _Cluster) -> bool:
    """The person is a woman (every first name of hers a woman's) one of whose full names ends in
    the word as written, a surname in a consonant (`Остин` of `Джейн Остин`, `Пэйлин` of `Сара
    Пэйлин`): a foreign surname a woman bears undeclined, whatever a Russian ending would tell."""
    lower = casefold_name(word)
    if not lower[-1:].isalpha() or lower[-1] in "аеёиоуыэюяйь":
        return False
    if not c.first_names or {first_name_gender(f) for f in c.first_names} != {"Fem"}:
        return False
    return any(" " in x.name and casefold_name(_clean(x.span.text).split(" ")[-1]) == lower
               for x in c.mentions)


# case endings a man's surname in a consonant takes (`Визбора`, `Визбору`, `Визбором`, `Визборе`)
_MASCULINE_CASE_ENDINGS = ("а", "у", "ом", "е", "ем", "я", "ю")


def _declined_past_a_woman(word: str, c: _Cluster) -> bool:
    """The person is a woman (her first names are women's, none of her surnames' endings tells a
    man) whose surname ends in a consonant, and the word is that surname with a case ending: a
    man's form, since a woman's such surname does not decline (`Варвары Визбор`, `с Леей
    Абрамович`; `Визбора`, `Абрамовичу` are a man's)."""
    firsts = {first_name_gender(f) for f in c.first_names}
    # a man's nominative ending under her first name is her foreign surname undeclined (`Джейн
    # Остин`); a man's case ending (`Остином`) tells a man
    if firsts != {"Fem"} or _cluster_gender(c) == "Masc" and any(
            oblique_surname(_clean(x.span.text).split(" ")[-1])
            for x in c.mentions if " " in x.name):
        return False
    lower = casefold_name(word)
    surnames = {casefold_name(x.name.split(" ")[-1]) for x in c.mentions if " " in x.name}
    return any(s[-1:].isalpha() and s[-1] not in "аеёиоуыэюяйь" and lower != s and lower.startswith(s)
               and lower[len(s):] in _MASCULINE_CASE_ENDINGS for s in surnames)


def _patronymic_form(m: _Mention) -> bool:
    """`Игорь Викторович`, `Ольгу Сергеевну`: a first name and a word the dictionary reads only as
    a patronymic (never as a surname: `Абрамович`, `Бабич` are surnames too), as written and as
    normalised."""
    written = _clean(m.span.text).split(" ")
    return len(written) == 2 and patronymic(written[1]) and patronymic(m.name.split(" ")[-1])


def _addressed_person(m: _Mention, persons: list[_Cluster]) -> _Cluster | None:
    """The one person the text also names in full with this first name and this patronymic
    (`Игорь Викторович Самохвалов`). A first name alone does not settle it: `Владимир Кириллович`
    beside `Владимир Путин` is someone else, and a rare surname can read as a patronymic."""
    first, middle = m.name.split(" ")
    named = [c for c in persons if any(
        len(x.name.split(" ")) == 3 and _compatible(first, x.name.split(" ")[0])
        and word_key(x.name.split(" ")[1]) == word_key(middle) for x in c.mentions)]
    return named[0] if len(named) == 1 else None


def _middle_of_longer(m: _Mention, c: _Cluster) -> bool:
    """One of the two names is «Имя X» and the other «Имя X Y» (three words or more, X no
    patronymic): `Мейв Кеннеди` and `Мейв Кеннеди Таунсенд`, `Габриэль Гарсиа` and `Габриэль Гарсиа
    Маркес`, whichever comes first. A patronymic in the middle (`Иван Петрович Сомов`) leaves
    `Иван Петров` another man's name."""
    def fits(short: list[str], long: list[str]) -> bool:
        return (len(short) == 2 and len(long) >= 3 and _compatible(short[0], long[0])
                and word_key(short[1]) == word_key(long[1]) and not patronymic(long[1])
                and not patronymic(short[1]))
    words = m.name.split(" ")
    if len(words) >= 3 and any(len(x.name.split(" ")) >= 3 and word_key(x.name.split(" ")[-1])
                               != word_key(words[-1]) for x in c.mentions):
        return False  # `Хуан Карлос Гомес` is not the person already named `Хуан Карлос Лопес`
    return any(fits(words, x.name.split(" ")) or fits(x.name.split(" "), words) for x in c.mentions)


def _beside_or_kin(a: Analysis, m: _Mention, c: _Cluster, mentions: list[_Mention]) -> bool:
    """Whether the name stands in a sentence with one of the person's names or with a name it
    pairs with as the shorter or longer (the text's later ones too), or hangs from a kinship noun
    itself: a longer name beside a shorter one there is a relative or a namesake."""
    def sent(x: _Mention) -> int | None:
        return None if x.first is None else a.tokens[x.first].sent
    here = [x for x in (*c.mentions, *mentions) if x is not m and x.kind == "person"
            and sent(x) is not None and sent(x) == sent(m)]
    return any(x in c.mentions or _middle_of_longer(m, _Cluster("person", mentions=[x]))
               for x in here) or m.first is not None and _kin_above(a, m, _KIN_RELS) is not None


def _short_surnames(c: _Cluster) -> set[str]:
    """The surnames of the person's «Имя X» names where a longer name holds X in the middle
    (`Энрике Каприлеса` beside `Энрике Каприлес Радонски`, joined by `_middle_of_longer`): the
    surname alone (`Каприлес`) is that person's too."""
    longer = {word_key(x.name.split(" ")[1]) for x in c.mentions if len(x.name.split(" ")) >= 3}
    return {k for x in c.mentions if len(x.name.split(" ")) == 2
            for k in [word_key(x.name.split(" ")[1])] if k in longer}


def _ambiguous_short(first: str) -> bool:
    """A short form of a man's and a woman's first name (`Саша`, `Женя`, `Валя`): of several full
    names, and of no one gender by the dictionary (`Наташа` is a woman's)."""
    return len(_short_first_names().get(casefold_name(first), ())) > 1 \
        and first_name_gender(first) is None


def _full_name_gender(m: _Mention) -> str | None:
    """The gender of a full name: its first name's, or for a short form of a man's and a woman's
    name the one its surname's ending tells (`Саша Кузнецова`: a woman)."""
    first = m.name.split(" ")[0]
    if _ambiguous_short(first):
        return surname_gender(_clean(m.span.text).split(" ")[-1], m.nominative)
    return first_name_gender(first)


def _short_gender_clash(m: _Mention, c: _Cluster) -> bool:
    """`Саша Кузнецова` beside `Александр Кузнецов`: a short form of a man's and a woman's name
    stands for the one of the surname's gender, so it joins no full name of the other gender."""
    full = [x for x in c.mentions if " " in x.name]
    if not _ambiguous_short(m.name.split(" ")[0]) \
            and not any(_ambiguous_short(x.name.split(" ")[0]) for x in full):
        return False
    g = _full_name_gender(m)
    return g is not None and any(_full_name_gender(x) not in (None, g) for x in full)


def _name_genders(a: Analysis, m: _Mention) -> tuple[str | None, str | None, str | None]:
    """What a full name tells of its bearer's gender (`Masc`, `Fem` or None each): its first
    name's and its surname ending's, and the past-tense verb's it is the subject of (`Андрей
    Смирнова присоединилась`). A name in the nominative tells it by its normalised words
    (`Александра Орлова`); an inflected one only by what its written words tell in every reading
    (`Ольги Лебедевой`: a woman; `Александру Орлову` may be his dative or her accusative)."""
    words = m.name.split(" ")
    written = _clean(m.span.text).split(" ")
    # a name the normaliser left as written it read as a nominative (`Евгения Мурашова`, where the
    # tagger took the surname for a genitive); a man's genitive it puts back (`Бориса Талькова`)
    # a name hanging as an object or a noun's dependant is in an oblique case whatever the tagger
    # says of its words (`Мать Евгения Мурашова рассказала`: his mother)
    head = _head_token(a, m)
    oblique = head is not None and head.rel.split(":")[0] in ("nmod", "obj", "iobj", "obl")
    if not oblique and (m.nominative or [casefold_name(w) for w in written]
                        == [casefold_name(w) for w in words]):
        first = None if _ambiguous_short(words[0]) else first_name_gender(words[0])
        surname = surname_gender(words[-1], True)
    else:
        first = inflected_first_name_gender(written[0]) if len(written) == len(words) else None
        surname = surname_gender(written[-1], False)
    return first, surname, _context_gender(a, m)


_NOUN_GENDERS = {"Fem": "Fem", "Masc": "Masc"}
_OWNER_PRONOUNS = possessives(lemmas=True)


def _context_gender(a: Analysis, m: _Mention) -> str | None:
    """The gender the name's context tells: the past-tense verb it is the subject of (`Андрей
    Смирнова присоединилась`), or the kinship noun it is the apposition of (`его сестра Евгения
    Мурашова`, whatever case the tagger reads the name in), or that noun's own past-tense verb."""
    told = _predicate_gender(a, m) if _sole_subject(a, m) else None
    if told:
        return told
    if _apposed_to_a_womans_office(a, m):
        return "Fem"
    kin = _kin_above(a, m, frozenset({"appos", "flat"}))
    # only a kinship noun with its owner's pronoun (`его сестра Евгения Мурашова`): without one
    # the name after it is mostly the relative's genitive (`жена Евгения Мурашова`: his wife)
    if kin is None:
        return None
    t = a.tokens[kin]
    if not any(c.lemma in _OWNER_PRONOUNS for c in a.children(kin)):
        return None
    told = _NOUN_GENDERS.get(t.feats.get("Gender", ""))
    if told is None and t.rel.startswith("nsubj") and t.head is not None:
        told = past_gender(a.tokens[t.head])
    return told


def _apposed_to_a_womans_office(a: Analysis, m: _Mention) -> bool:
    """`Глава администрации Евгения Орлова заявила`: the name is the apposition of the verb's
    subject, a noun of an office whose own genitive is a common noun before the name (`главы`
    takes `администрации`, so the name is no one's genitive there), and the past-tense verb is
    feminine: a woman holds the office, whatever the noun's gender (`глава`, `министр`). A
    masculine verb tells nothing (`министр … заявил` is said of women too); a noun with no
    genitive of its own (`Адвокат Евгения Орлова заявила`: his lawyer, or she) is left."""
    t = _head_token(a, m)
    if t is None or t.head is None or t.rel.split(":")[0] != "appos":
        return False
    office = a.tokens[t.head]
    if office.rel.split(":")[0] == "nmod" and office.head is not None and office.text[:1].islower() \
            and office.feats.get("Case") == "Gen" and office.index < m.first:
        # the parser hangs the name from the office's genitive as often (`главы администрации`)
        office = a.tokens[office.head]
    if not office.rel.startswith("nsubj") or office.head is None or office.pos != "NOUN" \
            or office.lemma in word_list("kinship_nouns"):
        return False
    owned = any(c.rel.split(":")[0] == "nmod" and c.pos == "NOUN" and c.index < m.first
                and c.feats.get("Case") == "Gen" and c.text[:1].islower()
                for c in a.children(office.index))
    return owned and past_gender(a.tokens[office.head]) == "Fem"


def _sole_subject(a: Analysis, m: _Mention) -> bool:
    """The name is its verb's only subject: in `Орлова поддержала партия` the tagger reads both
    `Орлова` and `партия` as subjects, and the verb's ending is the noun's (a man's accusative
    before it), so it tells nothing of the name's bearer."""
    t = _head_token(a, m)
    if t is None or t.head is None:
        return True
    return not any(c.rel.startswith("nsubj") and not m.first <= c.index <= m.last
                   for c in a.children(t.head))


def _womans_name_as_written(a: Analysis, m: _Mention) -> _Mention:
    """`его сестра Евгения Мурашова`, `дочь Борислава Талькова показала`: a name the tagger read as
    a man's genitive (`Евгений Мурашов`) is a woman's nominative as written where its first name
    is a woman's nominative, its surname's ending a woman's nominative, and a kinship noun it is
    the apposition of or the verb it is the subject of is feminine."""
    written = _clean(m.span.text).split(" ")
    words = m.name.split(" ")
    if m.nominative or len(written) != 2 or len(words) != 2 or written == words \
            or first_name_gender(written[0]) != "Fem" \
            or surname_gender(written[1], True) != "Fem" \
            or _context_gender(a, m) != "Fem":
        return m
    # read as a nominative: the canonical name is then the name as written, not the tagger's case
    return _Mention(m.span, " ".join(written), m.kind, True, m.first, m.last, m.alias_of)


def _mans_name_as_written(a: Analysis, m: _Mention, his_names: list[str]) -> _Mention:
    """`главу администрации Евгения Душко` beside `Евгений Душко`: a name the normaliser read as a
    woman's nominative, whose first word is also a man's genitive or accusative (`Евгения`,
    `Александра`, `Валентина`) and whose surname has no ending that tells a gender (`Душко`,
    `Шевченко`, `Смит`), is that man's case form where the text names him in the nominative with
    the same surname as written, and the name's own context tells no woman."""
    written = _clean(m.span.text).split(" ")
    words = m.name.split(" ")
    if len(written) != 2 or len(words) != 2 \
            or casefold_name(written[1]) != casefold_name(words[1]) \
            or casefold_name(written[0]) != casefold_name(words[0]) \
            or first_name_gender(words[0]) != "Fem" \
            or surname_gender(written[1], True) or surname_gender(written[1], False):
        return m
    his = {p.normal_form for p in word_parses(written[0])
           if {"Name", "masc"} <= set(p.tag.grammemes) and {"gent", "accs"} & set(p.tag.grammemes)}
    named = [n for n in his_names if casefold_name(n.split(" ")[0]) in his
             and casefold_name(n.split(" ")[1]) == casefold_name(written[1])]
    if not named or _context_gender(a, m) == "Fem":
        return m
    return _Mention(m.span, named[0], m.kind, False, m.first, m.last, m.alias_of)


class _Genders:
    """What each full name of one document tells of its bearer's gender (`_name_genders`), worked
    out once a mention: the clustering asks it of every full name of a person for each name it
    tries to join, which would parse the same names over and over."""

    def __init__(self, a: Analysis):
        self.a = a
        # id → (the mention, kept so that its id is not reused while this lives; what it tells)
        self._told: dict[int, tuple[_Mention, tuple[str | None, str | None, str | None]]] = {}

    def __call__(self, m: _Mention) -> tuple[str | None, str | None, str | None]:
        hit = self._told.get(id(m))
        if hit is None or hit[0] is not m:
            hit = self._told[id(m)] = (m, _name_genders(self.a, m))
        return hit[1]


def _names_tell(genders: _Genders, c: _Cluster, context: bool = True) -> set[str]:
    """The genders the person's full names (and, with `context`, their verbs and kinship nouns)
    tell (`_name_genders`): `Александра Панфилова` in the genitive tells none, `Александр Орлов`
    a man."""
    return {g for x in c.mentions if " " in x.name
            for g in genders(x)[:3 if context else 2] if g}


def _gender_clash(genders: _Genders, m: _Mention, c: _Cluster) -> bool:
    """The full name tells one gender and the person's full names the other (`Александра Орлова`
    beside `Александр Орлов`, `Евгения Орлова` beside `Евгений Орлов`, `Андрей Смирнова` beside
    `Андрей Смирнов`): first name against first name, surname ending against surname ending, and
    where one side's names tell nothing, the verb it is the subject of against the other's names."""
    mine = genders(m)
    theirs = [genders(x) for x in c.mentions if " " in x.name]
    for i in (0, 1):
        if mine[i] and any(t[i] not in (None, mine[i]) for t in theirs):
            return True
    named = {g for g in mine[:2] if g}
    others = {g for t in theirs for g in t[:2] if g}
    if not named and mine[2] and len(others) == 1:
        return mine[2] not in others
    told = {t[2] for t in theirs} - {None}
    if len(named) == 1 and not others and len(told) == 1:
        return named != told
    return False


def _middle_names(name: str) -> tuple[str, ...]:
    """The capitalised words between a full name's first word and its surname, each as its key
    (`Мухаммад Ахмад Мафаль Джабарин` → `ахмад`, `мафал`); particles (`бен`, `бин`, `аль-`) and
    initials are left out."""
    words = name.split(" ")[1:-1]
    return tuple(word_key(w) for w in words if w[:1].isupper() and len(w.rstrip(".")) > 1)


def _middle_names_clash(m: _Mention, c: _Cluster) -> bool:
    """`Мухаммад Ахмад Мафаль Джабарин` beside `Мухаммад Хамад Абд аль-Латиф Джабарин`: one first
    name and surname, but middle names that differ are two namesakes. A name without middle names
    (`Мухаммад Джабарин`) clashes with none, nor does one that agrees (`_middle_names_agree`)."""
    mine = _middle_names(m.name)
    if not mine:
        return False
    theirs = [t for t in (_middle_names(x.name) for x in c.mentions) if t]
    return bool(theirs) and not any(_middle_names_agree(t, mine) for t in theirs)


def _middle_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names' middle names are one person's: the shorter opens the longer (`Ахмад` of `Ахмад
    Мафаль`: a chain of fathers' names cut short), or word by word they are one letter off at most,
    long words beginning alike (`Петрович` written `Петровмч`, `Салих` / `Салехх`)."""
    short, long_ = sorted((a, b), key=len)
    if long_[:len(short)] == short:
        return True
    return len(a) == len(b) and all(
        x == y or min(len(x), len(y)) >= _NEAR_MIN and x[0] == y[0] and one_edit(x, y) for x, y in zip(a, b))


def _misspelt_of(a: Analysis, m: _Mention, c: _Cluster) -> bool:
    """A full name with the first name of the cluster's and a surname one letter off
    (`_near_surname`) is the cluster's person's name mistyped (`Ростислав Дымаков` beside
    `Ростислав Дымков`); not where the two stand in one sentence (`Андрей Савин и Андрей Сапин`:
    two people side by side), nor where both surnames are ones the dictionary itself knows
    (`Иван Иванов`, `Иван Ивашов`: namesakes more likely than a slip)."""
    parts = m.name.split(" ")
    if c.relative or not _near_surname(c, parts[-1]) \
            or not any(_first_key(parts[0]) == _first_key(f) for f in c.first_names):
        return False
    sent = a.tokens[m.first].sent if m.first is not None and m.first < len(a.tokens) else None
    if sent is not None and any(x.first is not None and x.first < len(a.tokens)
                                and a.tokens[x.first].sent == sent for x in c.mentions):
        return False
    surnames = {x.name.split(" ")[-1] for x in c.mentions if " " in x.name}
    return not (known_surname(parts[-1]) and surnames and all(map(known_surname, surnames)))


_NEAR_MIN = 5  # shortest surname compared letter by letter: short names differ by a letter often


def _near_surname(c: _Cluster, word: str) -> bool:
    """The word is one edit (a letter added, dropped, changed, or two swapped) from the surname of
    the cluster's full names, as written or without its case ending; both begin alike and are
    long enough (`Холмквест` / `Холмквисту`, `Марченков` / `Мраченков`, `Буров` / `Буркова`); or
    the two are two transliterations of one name (`kg.nlp.ru.transliteration`: `Бэкстен` /
    `Бекстэн`, `Кабейо` / `Кабельо`)."""
    surnames = {casefold_name(x.name.split(" ")[-1]) for x in c.mentions if " " in x.name} | {c.surname}
    forms = {casefold_name(word), word_key(word)}
    return any(len(f) >= _NEAR_MIN and len(s) >= _NEAR_MIN and f[0] == s[0] and (
        one_edit(f, s) or f != s and spelling_key(f) == spelling_key(s))
        for f in forms for s in surnames)


def _first_key(name: str) -> str:
    """A first name's key without a final soft sign or `й`, so that its case forms agree:
    `Фиделя` and `Фидель` are both `фидел`; a doubled letter once, since transliterations differ
    in it (`Лолла` / `Лола`, `Филлип` / `Филип`)."""
    return _single(word_key(name).rstrip("ьй"))


def _dominant(people: list[_Cluster]) -> list[_Cluster]:
    """The one person a first name alone means: the only one with it, or the one named at least
    twice as often as each other (`Андрей` beside `Андрей Бельянинов` ×3 and `Андрей Струков` ×1)."""
    if len(people) <= 1:
        return people
    ranked = sorted(people, key=lambda c: len(c.mentions), reverse=True)
    return ranked[:1] if len(ranked[0].mentions) >= 2 * len(ranked[1].mentions) else []


def _kin_above(a: Analysis, m: _Mention, rels: frozenset[str]) -> int | None:
    """The index of the kinship noun (kg/data/ru/kinship_nouns.txt) the mention's head word hangs
    from within three steps of the dependency relations `rels`, if any."""
    t = _head_token(a, m)
    kin = word_list("kinship_nouns")
    for _ in range(3):
        if t is None or t.head is None or t.rel.split(":")[0] not in rels:
            return None
        t = a.tokens[t.head]
        if t.lemma in kin:
            return t.index
    return None


_OWNER_RELS = frozenset({"nmod", "appos", "flat"})
_KIN_RELS = frozenset({"appos", "conj", "flat"})


def _introduced_as_kin(a: Analysis, c: _Cluster, others: list[_Cluster]) -> bool:
    """Whether the person's first mention is the genitive owner of a kinship noun whose
    apposition introduces another of `others` (`Внук писателя Льва Сомова, депутат Пётр Сомов`:
    Лев is named as Пётр's relative, not as the one the text is about)."""
    first = min(c.mentions, key=lambda x: x.span.start)
    if first.first is None or a.tokens[first.first].feats.get("Case") != "Gen":
        return False
    kin = _kin_above(a, first, _OWNER_RELS)
    return kin is not None and any(
        _kin_above(a, min(o.mentions, key=lambda x: x.span.start), _KIN_RELS) == kin
        for o in others if o is not c)


def _relative_name(a: Analysis, m: _Mention, persons: list[_Cluster]) -> str | None:
    """`Барак Обама с женой Мишель`, `Олег Сомов и его дочь Анна`: a first name right after a
    kinship noun (kg/data/ru/kinship_nouns.txt) takes the surname of the person named last before
    it in the sentence, in the first name's gender (`Соколов` → `Соколова`)."""
    kin = word_list("kinship_nouns")
    if m.first == 0 or a.tokens[m.first - 1].lemma not in kin:
        return None
    sent = a.tokens[m.first].sent
    # the owner may be named by the surname alone (`преемника Мугабе с его женой Грейс`) when the
    # text gives the full name elsewhere
    before = [(x, c) for c in persons for x in c.mentions
              if (" " in x.name or c.first_names) and x.span.end <= m.span.start
              and a.tokens[x.last].sent == sent]
    if not before:
        return None
    owner, cluster = max(before, key=lambda xc: xc[0].span.start)
    # the surname from a full name of the owner's, nominative where the text has one (`Барака Обамы`
    # may keep the normaliser's `Обамы`), never from `Имя Отчество`
    full = [x for x in cluster.mentions if " " in x.name and not _patronymic_form(x)]
    if not full:
        return None
    owner = next((x for x in full if x.nominative), owner if owner in full else full[0])
    surname = owner.name.split(" ")[-1]
    if not owner.nominative:  # `Барака Обамы` … `Обама`: the nominative the text writes
        written = next((_clean(x.span.text) for x in cluster.mentions
                        if x.nominative and " " not in x.name
                        and word_key(_clean(x.span.text)) == word_key(surname)), None)
        # else the surname of the owner's own name (`Сергея Скрипаля и его дочь Юлию`: `Скрипаль`,
        # which the normaliser left in the genitive)
        whole = None if written else _canonical(cluster, a)
        # (a soft stem's sign is no ending to `surname_stem`: `скрипаль` / `скрипал`)
        if whole and " " in whole and surname_stem(whole.split(" ")[-1]).rstrip("ьй") \
                == surname_stem(surname).rstrip("ьй"):
            written = whole.split(" ")[-1]
        surname = written or surname
    if re.fullmatch(r"[IVXLC]+", surname):  # `Элеонора II … с сыном Робертом`: a reign's number
        return None
    return f"{_clean(m.name)} {_surname_for(surname, a.tokens[m.first].feats.get('Gender'))}"


def _relatives_by_first_name(persons: list[_Cluster]) -> list[_Cluster]:
    """`Малика` named alone before and after `его дочь Малика` (a relative who inherited the
    surname): the one-word mentions of that first name are hers, when one relative of the text
    bears it."""
    out = []
    relatives = [c for c in persons if c.relative]
    for c in persons:
        words = {_first_key(m.name) for m in c.mentions}
        alone = not c.first_names and len(words) == 1 and all(" " not in m.name for m in c.mentions)
        owner = [r for r in relatives
                 if alone and {_first_key(f) for f in r.first_names} == words]
        if len(owner) == 1:
            owner[0].mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


def _surname_for(surname: str, gender: str | None) -> str:
    """A Russian-pattern surname in the feminine for a woman (`Соколов` → `Соколова`, `Ольский` →
    `Ольская`), in the masculine for a man (`Соколова` → `Соколов`); any other surname as it is
    (`Обама`). A generation mark is the owner's own (`Ортис-младший`'s son is `Ортис`)."""
    surname = re.sub(r"-(?:младший|старший)$", "", surname, flags=re.IGNORECASE)
    if gender == "Masc":  # `Анна Сорнева … её сын Павел`: Павел Сорнев
        if surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1]
        if surname.endswith(("ская", "цкая")):
            return surname[:-2] + "ий"
    if gender != "Fem":
        return surname
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    return surname


def _merge_aliases(clusters: list[_Cluster]) -> list[_Cluster]:
    """A cluster holding a gloss or an abbreviation of another cluster's mention (`ФБК` after
    `Фонд борьбы с коррупцией`) joins that cluster, and takes its kind."""
    owner = {(m.span.start, m.span.end): c for c in clusters for m in c.mentions}
    parent = {id(c): c for c in clusters}

    def root(c: _Cluster) -> _Cluster:
        while parent[id(c)] is not c:
            c = parent[id(c)]
        return c

    for c in clusters:
        for m in c.mentions:
            head = owner.get(m.alias_of) if m.alias_of else None
            if head is not None and root(head) is not root(c):
                parent[id(root(c))] = root(head)
    out = []
    for c in clusters:
        r = root(c)
        if r is c:
            out.append(c)
        else:
            r.mentions.extend(c.mentions)
            r.first_names |= c.first_names
            r.job_title = r.job_title or c.job_title
            r.affiliation_span = r.affiliation_span or c.affiliation_span
    for c in out:
        c.kind = next((m.kind for m in sorted(c.mentions, key=lambda m: m.span.start)
                       if m.alias_of is None), c.kind)
    return out


def _merge_short_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """A place or body named only by a short form of another's name in the text (`Петербург`
    beside `Санкт-Петербург`, `Apple` beside `Apple Inc.`, `СК` beside `Следственный комитет
    Казахстана`, `kg.nlp.ru.short_forms`) joins it, and is named by the whole name; a short form
    two names of the text share (`Реал` beside `Реал Мадрид` and `Реал Сосьедад`, `СК` beside
    `Следственный комитет Казахстана` and `СК России`) joins neither."""
    others = [c for c in clusters if c.kind != "person"]
    names = {id(c): {m.name for m in c.mentions if not m.derived} for c in others}
    gone: set[int] = set()
    for c in others:
        if not names[id(c)]:
            continue
        fits = [o for o in others if o is not c and o.kind == c.kind and id(o) not in gone
                and all(any(_short_or_abbreviation(s, w) for w in names[id(o)])
                        for s in names[id(c)])]
        if len(fits) != 1:
            continue
        own = {w for s in names[id(c)] for w in words(s)}
        if any(o is not c and o is not fits[0] and any(own <= set(words(w)) for w in names[id(o)])
               for o in others):
            continue
        fits[0].mentions.extend(c.mentions)
        fits[0].short_spans |= {(m.span.start, m.span.end) for m in c.mentions} | c.short_spans
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _short_or_abbreviation(short: str, whole: str) -> bool:
    """Whether a name of the text is a short form (`Петербург` of `Санкт-Петербург`) or an
    abbreviation without the country (`СК` of `Следственный комитет Казахстана`) of another."""
    return short_form_of(short, whole) or country_abbreviation_of(short, whole)


def _shortened(c: _Cluster, name: str) -> tuple[str, ...]:
    """The names and written forms of the cluster's short-form mentions (`_merge_short_forms`)
    that no whole-name mention shares."""
    short = [m for m in c.mentions if (m.span.start, m.span.end) in c.short_spans]
    whole = [m for m in c.mentions if (m.span.start, m.span.end) not in c.short_spans]
    kept = {m.name for m in whole} | {m.span.text for m in whole} | {name}
    return tuple(sorted({x for m in short for x in (m.name, m.span.text)} - kept))


def _owner_of(where: tuple[int, int], by_span: dict) -> _Cluster | None:
    """The entity a title names as its owner: the mention at that span, or the joined mention
    that took it in (`России` inside `МИД России`)."""
    if where in by_span:
        return by_span[where]
    for (start, end), c in by_span.items():
        if start <= where[0] and where[1] <= end:
            return c
    return None


def _canonical(c: _Cluster, a: Analysis) -> str:
    """The nominative name: a full name seen in the nominative, else assembled from the first
    name and a nominative surname, else the normaliser's first full name; for places and
    organisations the most frequent normalised name."""
    # an adjective made from the name (`Нобелевской`) carries the entity's name, not a form of it
    written = [m for m in c.mentions if not m.derived]
    if not written:
        return c.mentions[0].name
    # an abbreviation or a gloss in another script names the entity only when nothing else does
    mentions = sorted([m for m in written if _plain_name(m.name)] or written,
                      key=lambda m: m.span.start)
    if c.kind != "person":
        # the whole name, not a short form of it the text also uses (`_merge_short_forms`)
        mentions = [m for m in mentions
                    if (m.span.start, m.span.end) not in c.short_spans] or mentions
        counts = Counter(m.name for m in mentions)
        return max(counts, key=lambda n: (counts[n], -min(m.span.start for m in mentions
                                                          if m.name == n)))
    full = [m for m in mentions if " " in m.name]
    # `Игорь Викторович` names the person as well as `Игорь Самохвалов`, but is no «Имя Фамилия»
    full = [m for m in full if not _patronymic_form(m)] or full
    # `Ваня Кедров` beside `Иван Кедров`: the full first name, not its everyday short form
    full = [m for m in full if not _short_of(m, full)] or full
    nominative_full = [m for m in full if m.nominative]
    # a name the text gives in fewer words (`его сын Мигель`, who inherits the surname) is not as
    # written
    # nor one written surname first (`Кораблев Глеб Вячеславович`)
    nominative_full = [m for m in nominative_full
                       if len(_clean(m.span.text).split(" ")) == len(m.name.split(" "))
                       and word_key(_clean(m.span.text).split(" ")[0])
                       == word_key(m.name.split(" ")[0])]
    if nominative_full:
        return _clean(nominative_full[0].span.text)
    if full:  # a surname seen in the nominative, even alone, beats the normaliser's guess
        name = full[0].name.split(" ")
        # the tagger's guess of a rare surname's case is not trusted where the ending tells it
        surnames = [m.span.text.split(" ")[-1] for m in mentions
                    if m.nominative and not oblique_surname(m.span.text.split(" ")[-1])]
        if surnames and word_key(surnames[0]) == word_key(name[-1]):
            name[-1] = surnames[0]
            return " ".join(name)
    for m in full:  # `позвонил Йоргосу Папасу`: the whole name put in the nominative by morphology
        whole = _nominative_person(a, m)
        if whole:
            # (a man's part of the first declension has no reading of his gender: `Гарсией`)
            tokens = a.tokens[m.first:m.last + 1]
            whole = _instrumental_parts(tokens, _clean(m.span.text), whole)
            return _oblique_inner_parts(tokens, _clean(m.span.text), whole)
    as_written = [m for m in full if _clean(m.span.text) == m.name]
    if as_written:  # the normaliser left these as they are: the shortest is the least inflected
        return min((_clean(m.span.text) for m in as_written), key=len)
    if not full:
        # a gloss in brackets (`Никодима (Сомова)`, a cleric's surname) names the person only
        # where nothing else does
        mentions = [m for m in mentions if m.alias_of is None] or mentions
        nominative = [m for m in mentions if m.nominative]
        if not nominative:  # `с Шакирой`: one name, seen only in an oblique case
            whole = _nominative_person(a, mentions[0])
            if whole:
                return whole
        return _clean((nominative or mentions)[0].name)
    name = full[0].name.split(" ")
    name[-1] = _surname_like_first(_clean(full[0].span.text).split(" "), name)
    return " ".join(name)


def _foreign_first_before_instrumental(written: list[str]) -> str | None:
    """`с Ники Лаудой`, `с Альберту Фернандесом`: a first name and a surname whose every singular
    reading is an instrumental, where the first name has no reading in the instrumental (`Ники`
    is to the dictionary `Ника`'s genitive, `Альберту` `Альберт`'s dative): a foreign first name
    that does not decline, kept as written, before the surname put in the nominative. None where
    the first name reads as an instrumental (`с Анной Сомовой`: the general rules) or the
    surname's readings allow another case."""
    if len(written) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in written):
        return None
    # (an adjective's readings too: `о Глебе Береговом` is the locative of `Береговой`, though the
    # dictionary's one noun reading is the instrumental of `берегово`)
    sing = [p for p in word_parses(written[1]) if p.pos in ("NOUN", "PROPN", "ADJ")
            and p.feats.get("Number", "Sing") == "Sing"]
    # the readings as a person's name where there are any (`Лаудой`: not the guess of an
    # inanimate `лаудой` in the nominative)
    sing = [p for p in sing if _PERSON_GRAMMEMES & set(p.tag.grammemes)] or sing
    if not sing or any(p.feats.get("Case") != "Ins" for p in sing):
        return None
    if any(possessive_nominative(written[1], g, {"Gen", "Dat", "Ins", "Loc"})
           for g in ("Fem", "Masc")):
        # a surname of the possessive pattern is the general rules' (`о Ларисе Долиной`: the
        # dictionary knows `Долиной` only as the instrumental of the noun `долина`, but a woman's
        # surname of the pattern ends so in every oblique case; `Марии Петровым` is a plural)
        return None
    if written[0].lower().endswith(("ом", "ем", "ём", "ой", "ей")):
        # `с Янном Веннером`: a first name the dictionary does not know, with an instrumental's
        # ending of its own, is declined, not foreign
        return None
    if any(p.feats.get("Case") == "Ins" for p in word_parses(written[0])
           if p.pos in ("NOUN", "PROPN", "ADJ")):
        return None
    form = inflected(sing[0], {"Nom", "Sing"})
    if form is None or form.word == written[1].lower():
        return None
    return f"{written[0]} {form.word[:1].upper()}{form.word[1:]}"


def _undeclining_word(word: str) -> bool:
    """Every reading of the word as a noun, the dictionary's or its guess, is one that does not
    decline (`Хосе`, `Паоло`; `Юкио`, `Ёсихидэ`, which it guesses so), and the word ends in a
    vowel: a foreign first name, whose form tells no case."""
    found = [p for p in word_parses(word) if p.pos in ("NOUN", "PROPN")]
    return bool(found) and word[-1:].lower() in "аеёиоуыэюя" \
        and all("Fixd" in p.tag.grammemes for p in found)


def _genitive_only_ending(word: str) -> bool:
    """A capitalised word ending in a hard consonant other than a velar or a hiss and `-ы`
    (`Скарпы`, `Хатоямы`): to a name, the genitive of the first declension only."""
    low = word.lower()
    return word[:1].isupper() and len(low) > 3 and low.endswith("ы") \
        and low[-2] not in "аеёиоуыэюякгхжшщчйь"


def _surname_after_undeclined_first(written: list[str]) -> str | None:
    """`Юкио Хатоямы`, `Паоло Скарпы`, `с Юкио Хатоямой`: after a first name that does not decline,
    a surname of the first declension whose ending tells its case alone, the genitive in a hard
    consonant and `-ы` or the instrumental in `-ой`/`-ей`, put in the nominative (`Хатояма`,
    `Скарпа`). No singular nominative ends so, and the first name stays as written. The other
    endings (`-и`, `-е`, `-у`) are left: surnames that do not decline end so too (`Судзуки`,
    `Дутерте`, `Роналду`)."""
    if len(written) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in written):
        return None
    if not _undeclining_word(written[0]):
        return None
    surname = written[1]
    low = surname.lower()
    if _genitive_only_ending(surname):
        declined = _first_declension_surname(surname, "ы")
    elif low.endswith(("ой", "ей")):
        declined = _first_declension_surname(surname, "ом")
    else:
        return None
    return f"{written[0]} {declined}" if declined else None


def _nominative_person(a: Analysis, m: _Mention) -> str | None:
    """The nominative of a person's name seen only in an oblique case, by the morphology of the
    whole name: every word has a parse in the mention's case and one gender (the first name's),
    and is put in the nominative of that gender (`Йоргосу Папасу` → `Йоргос Папас`, `Анной
    Соколовой` → `Анна Соколова`). A word with no such parse (`Корреа`, `Дутерте`: indeclinable)
    stays as written. None when the case is unknown or nominative, or nothing changes."""

    written = _clean(m.span.text).split(" ")
    if len(written) == 2 and written[0][:1].isupper() and written[1][:1].isupper() \
            and (_undeclined_first_name(written[0]) or _undeclined_name_in(written[0], "Ins")) \
            and first_name_gender(written[0]) == "Masc" and written[1].lower().endswith(("ой", "ей")):
        # `с Хосе Мединой`: a man's first name that does not decline, and his surname of the
        # first declension in the instrumental, the only case a man's name ends so in
        declined = _first_declension_surname(written[1], "ом")
        if declined:
            return f"{written[0]} {declined}"
    after_undeclined = _surname_after_undeclined_first(written)
    if after_undeclined:
        return after_undeclined
    instrumental = _foreign_first_before_instrumental(written)
    if instrumental:
        return instrumental
    # initials (`А. П. Фамилиной`) stay as written; the first other word leads
    lead = next((i for i, w in enumerate(written) if not _INITIALS_WORD.match(w)), None)
    # the first name's case: the tagger knows first names better than rare surnames (written
    # second where the surname comes first: `Самойловой Ирине Петровне`)
    named = a.tokens[m.first] if lead == 0 else None
    if named is not None and len(written) == 3 and patronymic(written[2]):
        named = next((t for t in a.tokens[m.first:m.last + 1] if _known_tags(t.text, "Name")), named)
    case = (named.feats.get("Case") if named is not None else None) \
        or a.tokens[m.last].feats.get("Case")
    if lead == 0 and len(written) == 2 and (_undeclined_first_name(written[0]) or any(
            _undeclined_name_in(written[0], c) for c in ("Dat", "Ins"))):
        # `пресс-секретарю Билла Клинтона Джо Локхарту`: the tagger gives a first name that does
        # not decline the case of the genitive before it; the surname's own form tells the case
        # where it tells one only (the guesses that put a vowel into the stem, `Локхарту` as a form
        # of `локхарот`, do not count)
        own = {p.feats.get("Case") for p in word_parses(written[1])
               if p.pos in ("NOUN", "PROPN") and p.feats.get("Number", "Sing") == "Sing"
               and written[1].lower().startswith(p.normal)
               and p.feats.get("Gender") in (first_name_gender(written[0]), None)
               and not _guessed_soft_stem(written[1], p)}
        # only a dative or an instrumental: `-е` and `-а` also end foreign surnames that do not
        # decline (`Жозе Алваладе`, read by a guess as a prepositional of `алваладь`)
        if len(own) == 1 and own <= {"Dat", "Ins"} and (
                _undeclined_first_name(written[0])
                or _undeclined_name_in(written[0], next(iter(own)))):
            # (`Абу Хамзой`: `Абу` is also the accusative of `Аба`, but not in the instrumental)
            case = own.pop()
    if lead is not None:
        # the tagger carries a case down a chain of genitives or a list (`председателем союза
        # Республики Татарстан Зухрой …`, `с А. Сомовым, Н. …`): where the leading word's own
        # readings as a person's name allow no form of the tagger's case, and allow one case only,
        # that case
        own_case = _single_name_case(written[lead])
        # (a nominative gives way only to a word the dictionary knows in oblique cases only: its
        # guesses for an unknown word, `Мотсе` a prepositional of `Мотс`, do not count)
        if own_case and own_case != case and (case not in (None, "Nom")
                                              or _never_nominative_name(written[lead])) and not any(
                p.feats.get("Case") == case for p in word_parses(written[lead])
                if _PERSON_GRAMMEMES & set(p.tag.grammemes)
                and p.feats.get("Number", "Sing") == "Sing") \
                and not (len(written) > lead + 1 and any(
                    p.is_known and p.feats.get("Case") == case for p in word_parses(written[-1]))):
            # (unless the surname the dictionary knows agrees with the tagger: `Янну Веннеру`, a
            # dative, is a man's name the dictionary reads as `Янна`'s accusative)
            case = own_case
    if lead is None or case in (None, "Nom") or any(not w[:1].isupper() for w in written) \
            or len(written) != len(m.name.split(" ")):  # a name given more words than the text has
        return None
    # a person's accusative is the genitive's form (`увидел Стивена Кларксона`)
    cases = {case, "Gen"} if case == "Acc" else {case}

    normal = m.name.split(" ")
    normal = normal if len(normal) == len(written) else [None] * len(written)

    # the first name of a name in two or more words, written before the surname (no patronymic
    # closing the name, which may mean the surname came first)
    first_then_surname = len(written) > lead + 1 and not patronymic(written[-1])

    def parses(word: str, gender: str | None, guide: str | None = None):
        found = [p for p in word_parses(word) if p.pos in ("NOUN", "PROPN") and p.feats.get("Case") in cases
                 and p.feats.get("Number", "Sing") == "Sing"
                 # a surname of common gender (`Обамой`: Michelle's or Barack's) has no gender
                 and (gender is None or p.feats.get("Gender") in (gender, None))
                 and not _guessed_soft_stem(word, p)]
        # a reading as a person's name first (`Дали` the painter, not `даль`), then, for the first
        # word of a first name and surname, a first name's (`о Павле Сомове` is `Павел`'s, not the
        # surname `Павля`'s), then an animate one, then one that declines where it is of the
        # gender of the one that does not (`Анне` in an oblique case is `Анна`'s, not the French
        # `Анне`, which the normaliser also leaves as written; but `Тони` may be the man's `Тони`
        # as well as `Тоня`'s genitive, and only the surname tells which), then a common name
        # ending in a soft sign over its rare hard-stem twin (`об Игоре` is `Игорь`'s, not
        # `Игор`'s: the dictionary reads it as both, and the tagger's lemma takes the rare one),
        # then the normaliser's lemma (`Коле` is `Коля` to it, not `Кола`)
        declining = {p.feats.get("Gender") for p in found if "Fixd" not in p.tag.grammemes}
        lead_word = word is written[lead] and first_then_surname
        normals = {p.normal for p in found}
        soft = {n for n in normals if n.endswith("ь") and n[:-1] in normals
                and n in _soft_stem_first_names()}
        return sorted(found, key=lambda p: (not _PERSON_GRAMMEMES & set(p.tag.grammemes),
                                            lead_word and "Name" not in p.tag.grammemes,
                                            p.feats.get("Animacy") != "Anim",
                                            "Fixd" in p.tag.grammemes
                                            and p.feats.get("Gender") in declining
                                            and not _attested_undeclined_name(word),
                                            p.normal + "ь" in soft,
                                            guide is None or p.normal != guide.lower()))

    first = [p for p in parses(written[lead], None, normal[lead]) if p.feats.get("Animacy") == "Anim"] \
        or parses(written[lead], None, normal[lead])
    told = surname_gender(written[-1], False) if first_then_surname else None
    if told and any(p.feats.get("Gender") == told for p in first):
        # the surname's ending tells the gender (`о Камиле Сомовой`: a woman's): of the first
        # name's readings in the case (`Камил`'s and `Камила`'s alike), that gender's. The
        # dictionary has no woman's `Павла`, so `о Павле Сомовой` gets the surname `Павля` (rev31)
        first = [p for p in first if p.feats.get("Gender") == told]
    # a surname of common gender (`Обамы`) has none: alone, it is put in the nominative without one
    gender = first[0].feats.get("Gender") if first else None
    if first and not gender and len(written) > lead + 1:
        # a first name of either gender (`Жене`: Евгений's or Евгения's) takes the one the
        # surname's ending tells (`Сомовой`: a woman's)
        gender = surname_gender(written[-1], False)
    if lead == 0 and len(written) == 2 and gender in (None, "Fem"):
        his = _his_surname_only(written[1], parses)
        if his:
            # `Рики Мартина`, `Янну Веннеру`, `Янном Веннером`: the surname is a man's in this case
            # and has no woman's reading, while the first name has none of a man's (`Рики` is to
            # the dictionary a genitive of `Рика`, `Янну` an accusative of `Янна`, `Янном` nothing):
            # the first name is a man's the dictionary does not know; it drops the ending the
            # surname has in the case where it has the same after a consonant (`Янну` → `Янн`),
            # else it is one that does not decline (`Рики`)
            firsts = [p for p in parses(written[0], None) if "Name" in p.tag.grammemes]
            # (`Жене`, `Саше`: a name of either gender is his as well)
            if not any(p.feats.get("Gender") in ("Masc", None) for p in firsts) \
                    and not any(p.is_known and p.feats.get("Case") == "Nom"
                                and p.feats.get("Number", "Sing") == "Sing"
                                for p in word_parses(written[0]) if "Name" in p.tag.grammemes):
                ending = _case_ending(written[1], his)
                name = written[0]
                if ending and name.lower().endswith(ending) and len(name) - len(ending) >= 3 \
                        and name[-len(ending) - 1].lower() not in "аеёиоуыэюяйь":
                    name = name[:-len(ending)]
                return f"{name} {his[:1].upper()}{his[1:]}"
    if not first and lead is not None and lead > 0 and len(written) == lead + 1 \
            and surname_gender(written[lead], False) == "Fem" \
            and not any(p.pos == "ADJ" and p.normal.endswith("ой")
                        for p in word_parses(written[lead])):
        # `с Н. Сомовой`: after initials, a surname of the possessive pattern with a woman's oblique
        # ending, which the dictionary knows at most as an adjective (`сомовый`); not a stressed
        # adjective's (`Береговой`, his nominative too)
        single = possessive_nominative(written[lead], "Fem", {"Gen", "Dat", "Ins", "Loc"})
        if single:
            return " ".join([*written[:lead], single])
    if not first or not gender and len(written) > lead + 1:
        return None
    out = []
    def adjectiveword_parses(word: str):
        # a surname declined as an adjective that the dictionary knows only as one (`Береговой`,
        # `Белого`): the adjective of the first name's gender
        return [p for p in word_parses(word) if p.pos == "ADJ" and "ADJF" in p.tag.grammemes
                and p.feats.get("Case") in cases and p.feats.get("Number", "Sing") == "Sing"
                and gender is not None and p.feats.get("Gender") == gender]

    def nominative(word: str, guide: str | None) -> str:
        found = parses(word, gender, guide)
        if word is not written[lead] and gender:
            # `Петра Сомова`, `Андрея Травникова`, `Анны Травниковой`: a surname of the possessive
            # pattern with the ending the first name's gender and case ask for, which the
            # dictionary knows only as an adjective (`сомовый`) or not at all, is put in the
            # nominative by the pattern; a stressed adjective (`Береговой`) stays one, and a first
            # name (`дочь Петра Марина`: two people glued) is no surname of the pattern
            possessive = possessive_nominative(word, gender, cases)
            if possessive and not any(_PERSON_GRAMMEMES & set(p.tag.grammemes) for p in found) \
                    and not _known_tags(word, "Name") \
                    and not any(p.normal.endswith("ой") for p in adjectiveword_parses(word)):
                return possessive.lower()
        if not found and word is not written[lead]:
            found = adjectiveword_parses(word)
        if found and not found[0].is_known and _fleeting_stem(word, found[0].normal):
            return _fleeting_stem(word, found[0].normal).lower()  # `Шольца`: `Шольц`, not `Шолец`
        form = inflected(found[0], {"Nom", "Sing"} | ({gender} if gender else set())) if found else None
        if found and form is None and gender:
            form = inflected(found[0], {"Nom", "Sing"})
        if form and not found[0].is_known:
            # a guessed paradigm's `ё` the text did not write (`Уокером` → `Уокер`, not `Уокёр`:
            # `партнёр`'s paradigm, guessed for it)
            return _yo_as_written(form.word, word, "е")
        return form.word if form else word.lower()

    for i, (word, guide) in enumerate(zip(written, normal, strict=True)):
        parts = word.split("-")
        if i < lead or _INITIALS_WORD.match(word) or word.isupper() or not _plain_name(word):
            out.append(word)  # a regnal number (`XVI`), an abbreviation, a Latin word: as written
            continue
        if len(parts) > 1 and parts[0][:1].isupper():
            # `Жаном-Полем` is `Жан-Поль`: each part declines as a name of its own, and a
            # generation mark as an adjective (`Бодрова-младшего` → `Бодров-младший`)
            done = []
            for part in parts:
                if part[:1].isupper():
                    done.append(nominative(part, None))
                    continue
                found = adjectiveword_parses(part)
                form = inflected(found[0], {"Nom", "Sing", gender}) if found else None
                done.append(form.word if form else part)
            out.append("-".join(d[:1].upper() + d[1:] if w[:1].isupper() else d
                                for w, d in zip(parts, done, strict=True)))
            continue
        word_nom = nominative(word, guide)
        out.append("-".join(part[:1].upper() + part[1:] for part in word_nom.split("-"))
                   if word[:1].isupper() else word_nom)
    if len(out) > lead + 1 and out[-1].lower() == written[-1].lower() and gender == "Masc" \
            and out[lead].lower() != written[lead].lower() and "-" not in written[-1]:
        # `Карлосом Сантаной`: a man's surname of the first declension the morphology does not
        # know, in the case the first name's ending tells
        declined = _first_declension_surname(written[-1], _case_ending(written[lead], out[lead]))
        out[-1] = declined or out[-1]
    if len(out) > lead + 1 and out[-1].lower() == written[-1].lower() \
            and out[lead].lower() != written[lead].lower() \
            and _case_ending(written[lead], out[lead]) \
            and written[-1].lower().endswith(_same_case_endings(_case_ending(written[lead], out[lead]))):
        # the surname is unknown to the morphology: the older rules know it better (also where it
        # is of the other stem, `Ивана Скрипаля`)
        return None
    name = " ".join(out)
    return name if name != " ".join(written) else None


_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@functools.cache
def _soft_stem_first_names() -> frozenset[str]:
    """The lemmas of kg/data/ru/soft_stem_first_names.txt (`игорь`), as the dictionary has them."""
    return frozenset(w.lower() for w in word_list("soft_stem_first_names"))


def _his_surname_only(word: str, parses) -> str | None:
    """The nominative of a surname the dictionary knows only as a man's in the cases `parses` reads
    (`Мартина`, `Веннеру`): None where it also reads it as a woman's or of either gender, or not at
    all."""
    found = [p for p in parses(word, None) if p.is_known]
    if not found or any(p.feats.get("Gender") != "Masc" for p in found):
        return None
    form = inflected(found[0], {"Nom", "Sing", "Masc"})
    # a man's surname in an oblique case has its ending (`Мартина`); one written as its nominative
    # (`Ольгу Гросс`, `Ольгу Березняк`: the dictionary's inanimate `гросс`, `березняк`, whose
    # accusative is the nominative) is a woman's that does not decline, and her first name tells
    if form is None or form.word == word.lower():
        return None
    return form.word


@functools.lru_cache(maxsize=65536)
def _single_name_case(word: str) -> str | None:
    """The one case, other than the nominative, in which every singular reading of the word as a
    person's name stands (`Зухрой`: Ins; `Сомовым`: Ins, its plural dative aside); None where the
    readings allow several (`Петрова`, `Анне`) or the word is no name to the dictionary."""
    cases = {p.feats.get("Case") for p in word_parses(word)
             if _PERSON_GRAMMEMES & set(p.tag.grammemes)
             and p.feats.get("Number", "Sing") == "Sing"}
    return cases.pop() if len(cases) == 1 and None not in cases and "Nom" not in cases else None


@functools.lru_cache(maxsize=65536)
def _never_nominative_name(word: str) -> bool:
    """The dictionary knows the word as a person's name and reads it in no nominative, singular or
    plural (`Зухрой`, `Мирзу`, `Ивановича`); `Ники` (also a plural nominative) and words it only
    guesses at are not."""
    if not word[:1].isupper():
        return False
    known = [p for p in word_parses(word) if p.is_known]
    return bool(known) and any(_PERSON_GRAMMEMES & set(p.tag.grammemes) for p in known) \
        and not any(p.feats.get("Case") == "Nom" for p in known)


def _undeclined_first_name(word: str) -> bool:
    """The dictionary knows the word as a first name and reads it in no form but one that does not
    decline (`Джо`, `Мари`, `Рене`)."""
    found = [p for p in word_parses(word) if p.pos in ("NOUN", "PROPN")]
    return bool(found) and all("Fixd" in p.tag.grammemes for p in found) \
        and any(p.is_known and "Name" in p.tag.grammemes for p in found)


def _attested_undeclined_name(word: str) -> bool:
    """The dictionary's likeliest reading of the word, above every other, is the nominative of a
    first name that does not decline (`Нелли`, `Натали`, `Элли`): its counts saw the word written
    as that name, so the name wins over a rare name's genitive of the same letters (`Нелля`,
    `Наталя`). Where the readings tie (`Анне`: the French name or `Анна`'s dative; `Лили`,
    `Тони`) the declining name's reading stays first."""
    found = word_parses(word)
    if len(found) < 2 or not found[0].is_known:
        return False
    top = found[0]
    return "Fixd" in top.tag.grammemes and "Name" in top.tag.grammemes \
        and top.feats.get("Case") == "Nom" and top.feats.get("Number", "Sing") == "Sing" \
        and top.score > found[1].score


def _undeclined_name_in(word: str, case: str) -> bool:
    """The dictionary reads the word, in `case`, only as a first name that does not decline:
    `Абу` before an instrumental (`с Абу Хамзой`), though it is also the accusative of `Аба`."""
    found = [p for p in word_parses(word)
             if p.pos in ("NOUN", "PROPN") and p.feats.get("Case") == case]
    return bool(found) and all("Fixd" in p.tag.grammemes for p in found) \
        and any(p.is_known and "Name" in p.tag.grammemes for p in found)


@functools.cache
def _possessive_cases() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    return tuple((gender, case, "" if ending == "0" else ending, tuple(suffixes.split()))
                 for gender, case, ending, suffixes in table("possessive_surname_cases"))


def possessive_nominative(word: str, gender: str, cases: set[str]) -> str | None:
    """The nominative of a surname of the possessive pattern (kg/data/ru/possessive_surname_cases.tsv)
    whose written ending is the one that pattern gives the gender in one of the cases: `Сомова`
    (Masc, Gen) → `Сомов`, `Травниковой` (Fem, Dat) → `Травникова`, `Ильиным` (Masc, Ins) →
    `Ильин`. None where the ending is another's (`Сомова` for a woman's genitive, `Сомового`) or
    the stem before the suffix is shorter than two letters (`Мина`)."""
    lower = word.lower()
    rows = [r for r in _possessive_cases() if r[0] == gender]
    nominative = next((ending for _, case, ending, _ in rows if case == "Nom"), None)
    if nominative is None:
        return None
    for _, case, ending, suffixes in rows:
        if case not in cases or case == "Nom":
            continue
        for suffix in suffixes:
            tail = suffix + ending
            if lower.endswith(tail) and len(lower) - len(tail) >= 2:
                return word[:len(word) - len(ending)] + nominative
    return None


def _case_ending(written: str, nominative: str) -> str:
    """The ending the written word has in place of its nominative's (`Джулиану`/`Джулиан` → `у`;
    of a hyphenated name, its last part's: `Жаном-Полем`/`Жан-Поль` → `ем`)."""
    w, n = written.split("-")[-1].lower(), nominative.split("-")[-1].lower()
    i = 0
    while i < min(len(w), len(n)) and w[i] == n[i]:
        i += 1
    return w[i:]


# a word of initials (`А.`, `А.П.`)
_INITIALS_WORD = re.compile(r"^(?:[А-ЯЁA-Z]\.)+$")


def _guessed_soft_stem(word: str, p) -> bool:
    """A parse the morphology guessed for a word it does not know that ends in a consonant and
    `-и`, making it a case form of a noun in `-ь` or `-я` (`Паганини` → `паганиня`, `Вивальди` →
    `вивальдь`, `Росси` → `росся`): such a word is a foreign surname, which does not decline.
    Known names keep their parses (`Любови` → `Любовь`, `Тани` → `Таня`, `Берии` → `Берия`)."""
    w = word.lower()
    return (not p.is_known and len(w) > 2 and w.endswith("и") and w[-2] not in "аеёиоуыэюяй"
            and p.normal[-1:] in ("ь", "я"))


def _plain_name(name: str) -> bool:
    """A name in Cyrillic letters, not an abbreviation in capitals."""
    return any("а" <= ch <= "я" or ch == "ё" for ch in name.lower()) and not name.isupper()


def _surname_like_first(written: list[str], normal: list[str]) -> str:
    """The normaliser put the first name in the nominative but left an unknown surname inflected
    (`Джулиану Ассанжу` → `Джулиан Ассанжу`): take the same case ending off the surname when
    what remains ends in a consonant (`Ассанж`, `Теффт`, `Буш-младший`); never touch a
    surname that ends in a vowel after it (`Корреа`, `Дутерте`)."""
    surname = normal[-1]
    if len(written) != len(normal):
        return surname
    if not written[0].startswith(normal[0]):
        # a soft stem (`Рафаэля` → `Рафаэль`, `Сергея` → `Сергей`): the surname's same ending goes
        # the same way (`Надаля` → `Надаль`, `Скрипаля` → `Скрипаль`)
        stem = len(os.path.commonprefix([written[0].lower(), normal[0].lower()]))
        ending = written[0][stem:].lower()
        if normal[0][stem:] in ("ь", "й") and ending in ("я", "ю", "ем", "е") and surname == written[-1]:
            return _soft_surname(surname, ending) or surname
        return surname
    ending = written[0][len(normal[0]):].lower()
    declined = _first_declension_surname(surname, ending) if surname == written[-1] else None
    if declined:  # `Карлоса Сантаны`: a man's surname of the first declension
        return declined
    # a hard first name before a soft surname of the same case (`Ивана Скрипаля`, `Ивану Скрипалю`)
    soft = {"а": "я", "у": "ю", "ом": "ем"}.get(ending)
    if soft and surname == written[-1] and _soft_surname(surname, soft):
        return _soft_surname(surname, soft)
    if ending not in ("а", "я", "у", "ю", "е", "ом", "ем"):
        return surname
    parts = surname.split("-")
    head = parts[0]
    if head.lower().endswith(ending) and len(head) - len(ending) >= 2 \
            and head[-len(ending) - 1].lower() not in "аеёиоуыэюяй":
        parts[0] = head[:-len(ending)]
    for i, part in enumerate(parts[1:], 1):  # `-младшем` → `-младший`
        for end in ("его", "ему", "ем", "им", "ого", "ому", "ом", "ым"):
            if part.lower().endswith(end) and len(part) > len(end) + 2:
                stem = part[:-len(end)]
                parts[i] = stem + ("ий" if stem[-1].lower() in "гкхжшщч" else "ый")
                break
    return "-".join(parts)


def _first_declension_surname(surname: str, first_ending: str) -> str | None:
    """A man's surname of the first declension (`Сантана`, `Дудка`, `Гарсия`) put in the nominative
    from the case its first name's ending tells: the instrumental (`Карлосом Сантаной`, `Луисом
    Гарсией`) and the genitive (`Карлоса Сантаны`, `Алексея Дудки`, `Луиса Гарсии`). None where
    the ending is not that case's, where the dictionary knows the word as one that does not decline
    or reads it as a nominative (`Шойгу`, `Береговой`), for a family's plural (`Петровы`), and
    for a genitive in a consonant and `-и` other than `к`, `г`, `х` (`Ираклия Гарибашвили`: a
    foreign surname that does not decline). The dative, accusative and
    prepositional (`-е`, `-у`) are left: foreign surnames that do not decline end so too
    (`Жозе Алваладе`, `Сергея Шойгу`)."""
    low = surname.lower()
    # a family's plural (`Дети Ивана Петровы`) is the family rule's
    if len(low) < 4 or possessive_nominative(surname, "Masc", {"Plur"}) \
            or any(p.is_known and ("Fixd" in p.tag.grammemes or p.feats.get("Case") == "Nom"
                                           and p.feats.get("Number", "Sing") == "Sing")
                           for p in word_parses(surname)):
        return None
    stem, end, before = surname[:-2], low[-2:], low[-3]
    vowel = before in "аеёиоуыэюя"
    # (a man's first name of the first declension ends so too: `Ильёй`, `Никитой`, `Ильи`,
    # `Никиты`; the callers ask only for a man's name)
    if first_ending in ("ом", "ем", "ём", "ой", "ей", "ёй"):
        if end == "ой" and not vowel:
            return stem + "а"
        if end == "ей":
            return stem + ("а" if before in "жшщчц" else "я")
        return None
    if first_ending in ("а", "я", "ы", "и"):
        stem, end, before = surname[:-1], low[-1], low[-2]
        vowel = before in "аеёиоуыэюя"
        if end == "ы" and not vowel and before not in "кгхжшщч":
            return stem + "а"
        if end == "и" and before in "кгх":
            return stem + "а"
        if end == "и" and vowel and before != "ы":
            return stem + "я"
    return None


def _soft_surname(surname: str, ending: str) -> str | None:
    """A man's surname of the soft declension put in the nominative (`Скрипаля`, `Скрипалю`,
    `Скрипалем` → `Скрипаль`) where it has the case ending `ending` after a consonant; None where
    it has not, or the consonant is a hiss or `ц`, after which `-ем` is a hard stem's (`Кузнецем`),
    or the dictionary knows the word as a surname that does not decline (`Эмиля Золя`)."""
    head = surname.split("-")[0]
    low = head.lower()
    if not low.endswith(ending) or len(head) - len(ending) < 2:
        return None
    if any(p.is_known and "Fixd" in p.tag.grammemes and _PERSON_GRAMMEMES & set(p.tag.grammemes)
           for p in word_parses(head)):
        return None
    before = low[-len(ending) - 1]
    if before in "аеоуэ" and len(head) - len(ending) >= 3:
        # a stem in `-й` after a vowel (`Гайдая`, `Цзивея`, `Гайдаем` → `Гайдай`, `Цзивей`); not
        # after `и` (`Лаврентия Берия`: a surname of the first declension)
        return head[:-len(ending)] + "й" + surname[len(head):]
    if before in "аеёиоуыэюяйь" or ending == "ем" and before in "жшщчц":
        return None
    return head[:-len(ending)] + "ь" + surname[len(head):]


def _attach_title(a: Analysis, m: _Mention, c: _Cluster) -> None:
    """Find `президента России` before `Владимира Путина` and keep it, nominative, as the job title."""
    if c.job_title is not None:
        return
    titles = word_list("job_titles")
    sent_first = a.sentences[a.tokens[m.first].sent].first
    head = None
    for i in range(m.first - 1, max(sent_first, m.first - _TITLE_GAP) - 1, -1):
        t = a.tokens[i]
        if t.text in QUOTE_MARKS and _marks_org(a, i):
            continue  # `директор «Газпрома» X`: the marks of a body's name are the title's
        if t.pos in ("VERB", "PUNCT", "CCONJ", "SCONJ", "AUX") and t.text != "-":
            break
        if any(n.type == "PER" for n in a.ner_over(i)):
            break  # another person's name: a title before it is that person's
        if t.pos == "ADP" and not (t.text.lower() == "по" or
                                   t.text.lower() == "при" and _starts_org(a, i + 1)):
            # "представитель ЕС по иностранным делам", "представитель Китая при ООН"; but
            # "при президенте X" makes X the president
            break
        if t.lemma in titles and t.pos in ("NOUN", "ADJ", "PROPN"):
            head = i
    if head is None:
        return
    # an adjective right before the head belongs to the title ("постоянный представитель")
    while head > sent_first and a.tokens[head - 1].pos == "ADJ" and \
            a.tokens[head - 1].feats.get("Case") == a.tokens[head].feats.get("Case"):
        head -= 1
    words = [_nominative(a, head, i) for i in range(head, m.first)]
    title = re.sub(r"\s+-\s+", "-", " ".join(words))
    c.job_title = re.sub(r"\s+([»”])", r"\1", re.sub(r"([«„“])\s+", r"\1", title))
    inside = [n for n in a.ner_within(a.tokens[head].start, m.span.start)
              if n.type in ("LOC", "ORG")]
    c.affiliation_span = (inside[-1].start, inside[-1].end) if inside else None


def _marks_org(a: Analysis, i: int) -> bool:
    """The quote mark at token i opens or closes the name of an organisation the NER found (the
    word inside the marks, next to it, is in an ORG span)."""
    inward = [i - 1] if a.tokens[i].text in "»”" else [i + 1] if a.tokens[i].text in "«„" \
        else [i - 1, i + 1]
    return any(0 <= j < len(a.tokens) and a.tokens[j].sent == a.tokens[i].sent
               and any(n.type == "ORG" for n in a.ner_over(j)) for j in inward)


def _starts_org(a: Analysis, i: int) -> bool:
    return i < len(a.tokens) and any(n.first == i and n.type == "ORG" for n in a.ner_over(i))


def _nominative(a: Analysis, head: int, i: int) -> str:
    """Words of a title: the leading adjectives and the head noun in the nominative (lemma, lower
    case), the genitive modifiers after them as written."""
    t = a.tokens[i]
    if t.text.isupper() or not all(a.tokens[j].pos == "ADJ" for j in range(head, i)):
        return t.text
    if t.pos == "ADJ":
        return _adjective_nominative(a, t)
    return t.lemma


def _adjective_nominative(a: Analysis, t) -> str:
    from kg.nlp.ru.models import word_parses

    for p in word_parses(t.text):
        if p.pos == "ADJ":
            form = inflected(p, {"Nom", "Sing", "Masc"})
            if form:
                return form.word
    return t.lemma
