"""Entity records → Wikidata QIDs with the offline gazetteer, by name, type and the document's context.

Rules (docs/linking.md "How an entity is linked"): candidates must fit the entity's type; a name
several items share is settled by rank, a type word before the name (`штат`, `город`) or the
countries the document is about, else left unlinked; a surname alone links only when the document's
full name or a unique well-known candidate settles it; a person links only when the country the text
gives for their position agrees with the gazetteer; a place named as a settlement is not the region
csc-states labels with its bare name; a body known only from NEREL mentions needs the document's
support. No link beats a wrong link.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from kg.link.gazetteer import Gazetteer, Item
from kg.link.names import (abbreviation, adjective_form, country_at_end, first_names_agree, is_caps,
                           label_words, name_conjunctions, name_key, names_region, patronymic_key,
                           seat_names, split_person, title_word, stem_key, type_cue_wholes,
                           type_word)
from kg.records import Entity, Extraction, Link, Span

MIN_CONFIDENCE = 0.6  # links below this are not made offline (unconfirmed csc city ids score 0.5)
COMPATIBLE = {"person": {"person"}, "organization": {"organization"},
              "place": {"place", "country"}, "country": {"country", "place"}}
# Confidence of a match by how the name matched (docs/linking.md "Confidence and method").
BASE = {"label": 0.95, "alias": 0.92, "english": 0.9, "mention": 0.86, "name-variant": 0.88,
        "first-name-variant": 0.8, "stem": 0.8, "surname": 0.7, "surname-office": 0.65,
        "surname-in-document": 0.86, "family": 0.8, "abbreviation": 0.84, "title": 0.8,
        "initials": 0.8}
_BASIS = {3: "label", 2: "alias", 1: "mention"}
MENTIONS_ONLY_PENALTY = 0.15  # an item known only from NEREL mentions, with no country to check
SETTLEMENT_SOURCE = "naturalearth"  # the gazetteer source that lists only populated places
SURNAME_NOTABLE_DOCS = 3  # a bare surname links only to the one candidate this well attested (or in office)


@dataclass(frozen=True, slots=True)
class _Cand:
    item: Item
    strength: int  # 3 label, 2 alias / English name / exact first name, 1 mention / short first name
    basis: str


@dataclass
class _Context:
    text: str
    lang: str = "ru"  # the document's language: which cue words (kg/data/LANG/) apply
    countries: set[str] = field(default_factory=set)  # QIDs of the countries the document is about
    links: dict[str, Item] = field(default_factory=dict)  # entity key → linked item (first pass)
    entities: dict[str, Entity] = field(default_factory=dict)  # entity key → entity of the document
    surnames: set[str] = field(default_factory=set)  # surname keys of the people named in full
    place_countries: set[str] = field(default_factory=set)  # countries of the places the document links


def _cue(e: Entity, text: str, lang: str) -> str | None:
    """`city` or `region` when a word like `штате` / `городе` stands right before a mention; a
    plural one before a name in an oblique case names what the name's bearer holds (`одного из
    штатов Венесуэлы`: the country), not its kind."""
    nominative = {name_key(n) for n in (e.name, *e.aliases)}
    for m in e.mentions:
        words = text[max(0, m.start - 30):m.start].split()
        if words and name_key(words[-1]) in type_cue_wholes(lang) \
                and name_key(text[m.start:m.end]) not in nominative:
            continue
        selects = type_word(words[-1], lang) if words else None
        if selects:
            return selects
    return None


def _as_region(e: Entity, text: str, lang: str) -> bool:
    """The entity is named as a region: a region word in its name (`Белгородская область`) or right
    after a mention (`Тартус (провинция)`)."""
    if any(names_region(n, lang) for n in (e.name, *e.aliases, *e.surface_forms)):
        return True
    for m in e.mentions:
        words = text[m.end:m.end + 30].strip(" ()«»\"").split()
        if words and type_word(words[0], lang) == "region":
            return True
    return False


def _whole_forms(e: Entity) -> list[str]:
    """The entity's written forms but those shortening a whole name it also has."""
    return [f for f in e.surface_forms if f not in e.shortened] or list(e.surface_forms)


def _whole_names(e: Entity) -> tuple[str, ...]:
    """The entity's names and written forms, but a short form of a whole name the text gives
    (`Верховный суд` beside `Верховный суд России`), which fits more items than the whole name:
    the whole name settles the link."""
    return tuple(n for n in (e.name, *e.aliases, *_whole_forms(e)) if n not in e.shortened)


def _named_only_bare(e: Entity, item: Item, gaz: Gazetteer) -> bool:
    """The entity reaches the region only through the bare name csc-states gives it (the row Q3329
    Belgorod Oblast labelled `Белгород`): no other name of the entity is one of the item's."""
    if not item.bare or _no_settlement_name(item, gaz):
        return False
    names = {name_key(n) for n in _whole_names(e)} - {item.bare}
    return not any(i.qid == item.qid for n in names for i, _ in gaz.lookup(n))


def _no_settlement_name(item: Item, gaz: Gazetteer) -> bool:
    """The region's bare name is no settlement's: no other item carries it, and it opens with an
    adjective (`Северная Ирландия`, `Западная Фландрия`), as a region's compass or people's name
    does and a town's name, given alone, rarely does."""
    words = item.bare.split(" ")
    return (len(words) >= 2 and adjective_form(words[0], gaz.lang)
            and all(i.qid == item.qid for i, _ in gaz.lookup(item.bare)))


def _mentions_only_unsupported(e: Entity, item: Item, gaz: Gazetteer, ctx: _Context) -> bool:
    """An item known only from NEREL's mentions (`ЦИК` → Q4504117) the document does not support:
    its country (from the mentions) is not the document's, or, country unknown, the name is an
    abbreviation or the head of longer names (`ЦИК`, `Министерство обороны`): many countries have
    one."""
    names = _whole_names(e)
    spelled = [n for n in names if not (is_caps(n) or abbreviation(n))]
    if any(i.qid == item.qid for n in spelled for i, _ in gaz.lookup(n)):
        names = tuple(spelled)  # the full name reaches the item: its abbreviation adds no doubt
    if item.country:
        return item.country not in ctx.countries and not any(
            country_at_end(n, gaz.countries_of) == item.country for n in names)
    # a person's `Андрей Владимирович` heads many names, but not when the person also carries the
    # longer one (`Андрей Владимирович Панин`): then it is that name's head, not a doubt
    keys = [name_key(n) for n in names] if e.kind == "person" else []
    return any(is_caps(n) or abbreviation(n) or gaz.is_head(n) and not any(
        k.startswith(name_key(n) + " ") for k in keys) for n in names)


_OPENING, _CLOSING = "«„“\"", "»“”\""


def _quoted_only(e: Entity, text: str) -> bool:
    """Every mention stands alone inside quotes (`фильм «Катынь»`, `трасса «Байкал»`, a player's
    nickname `«Лидс»`): a title, a road or a nickname that borrows a place's name, not the place,
    which prose names without quotes."""
    return all(0 < m.start and m.end < len(text) and text[m.start - 1] in _OPENING
               and text[m.end] in _CLOSING for m in e.mentions)


# a number, with the letters any language writes after an ordinal (`1-го`, `2nd`), or a Roman one
_ORDINAL = re.compile(r"(?:^|\s)(?:\d+(?:-?[^\W\d_]{1,3})?|[IVX]+)\s*$")


def _numbered(e: Entity, text: str) -> bool:
    """`1-го Украинского фронта`: a number before every mention makes it another, numbered thing."""
    return bool(e.mentions) and all(_ORDINAL.search(text[max(0, m.start - 12):m.start]) for m in e.mentions)


def _candidates(e: Entity, gaz: Gazetteer, kinds: set[str] | None = None) -> dict[str, _Cand]:
    found: dict[str, _Cand] = {}
    kinds = kinds or COMPATIBLE[e.kind]

    def offer(c: _Cand) -> None:
        if c.item.kind not in kinds:
            return
        old = found.get(c.item.qid)
        if old is None or c.strength > old.strength:
            found[c.item.qid] = c

    forms = _whole_forms(e)
    names = dict.fromkeys(_whole_names(e))
    abbreviations = [abbreviation(f) for f in forms]
    if abbreviations and all(abbreviations):
        # only ever written as `МИД` / `МИДа`: the normal form `Мид` the NLP makes of it is no name
        names = dict.fromkeys(a for a in abbreviations if a)
    native: set[str] = set()  # items some name not in Latin letters finds
    whole: set[str] = set()  # items a name of two or more words finds
    surname_found: set[str] = set()  # items a one-word name other than a first name finds
    for n in names:
        for item, strength in gaz.lookup(n):
            basis = "english" if strength == 2 and n.isascii() else (
                "abbreviation" if gaz.is_derived(n, item.qid) else _BASIS[strength])
            offer(_Cand(item, strength, basis))
            if not n.isascii() and item.kind in kinds:
                native.add(item.qid)
            if " " in n.strip():
                whole.add(item.qid)
            elif not gaz.is_first_name(n):
                surname_found.add(item.qid)
    if e.kind == "person":
        # `Эдуард Васильевич` written by NEREL's annotators under the item of `Юрий Норштейн`: a
        # NEREL mention is one annotator's reading of one text, and a first name and patronymic
        # the item's own name contradicts are another person's
        found = {q: c for q, c in found.items()
                 if c.basis != "mention" or not _other_first_name(e, c.item, gaz)}
    if native and not e.name.isascii():
        # `«Секретной вооружённой организации» (OAS)`: the name in the text's script settles the
        # item; a Latin gloss that names another one (`OAS`, the American states) is ambiguous
        found = {q: c for q, c in found.items() if q in native}
    if e.kind == "person":  # `Владимир Путин` for `Владимир Владимирович Путин`, `Джозеф` for `Джо`
        for n in (e.name, *e.aliases):
            parts = split_person(n)
            if parts is None:
                continue
            for first, item in gaz.by_surname(parts[1]):
                if first == parts[0]:
                    offer(_Cand(item, 2, "name-variant"))
                    whole.add(item.qid)
                elif first_names_agree(first, parts[0]):
                    offer(_Cand(item, 1, "first-name-variant"))
                    whole.add(item.qid)
        for n in (e.name, *e.aliases):
            for item in _by_initials(n, gaz):
                offer(_Cand(item, 1, "initials"))
                whole.add(item.qid)
        if whole & set(found):
            # `Тарас Шевченко` written once in full: the item labelled with the bare surname
            # `Шевченко` (another Шевченко) is not this person when the full name finds one
            found = {q: c for q, c in found.items() if q in whole}
        elif any(" " in n.strip() for n in (e.name, *e.aliases)):
            # `Филипп Сомов` written `Филипп`: the first name alone does not say which Филипп
            found = {q: c for q, c in found.items() if q in surname_found}
    if not found:  # `Мьянмы`, `Джулиану Ассанжу`: forms the NLP left inflected
        for n in names:
            if len(name_key(n)) >= 4 and (e.kind != "person" or split_person(n)):
                for item in gaz.lookup_stem(n):
                    offer(_Cand(item, 1, "stem"))
    return found


def _other_first_name(e: Entity, item: Item, gaz: Gazetteer) -> bool:
    """Every name of two words or more the person has is a first name and a patronymic (`Эдуард
    Васильевич` for `Юрий Норштейн`), where that first name is none of the item's name words and
    does not even begin with the letter of the item's first name (spellings and short forms do:
    `Наталия` / `Наталья`, `Джеймс` / `Джим`). The item's first name is one of the gazetteer's
    first names, or the word after the comma of a label `Фамилия, Имя Отчество`. A full name under
    another first name (`Карен Карапетян` under `Самвел Карапетян`) is left to the mention: NEREL's
    annotators give a relative the QID of the one the text is about as often as they slip."""
    own = split_person(item.name or "")
    if own is None or not (gaz.is_first_name(own[0]) or "," in (item.label_ru or "")):
        return False
    words = set(name_key(f"{item.label_ru or ''} {item.name}").replace(",", " ").split())
    names = [parts for parts in map(split_person, (e.name, *e.aliases)) if parts]
    return bool(names) and all(
        _initial(first) != _initial(own[0]) and first not in words and patronymic_key(last)
        for first, last in names)


def _initial(word: str) -> str:
    """The first letter, the letters two transcriptions of one foreign name begin with taken as one
    (`Герман` / `Херман` Кейн, `Эмили` / `Емили`)."""
    return {"х": "г", "э": "е"}.get(word[:1], word[:1])


def _by_initials(name: str, gaz: Gazetteer) -> list[Item]:
    """`В. В. Путин`, `А. Сомова`: the people of that surname whose first name, and patronymic
    when the label gives one, begin with the initials."""
    words = name_key(name).split(" ")
    # `В. В.` and `В.В.` alike
    initials = [i for w in words[:-1] for i in w.split(".") if i]
    if not 1 <= len(initials) <= 2 or any(len(i) != 1 or not i.isalpha() for i in initials):
        return []
    out = []
    for first, item in gaz.by_surname(words[-1]):
        label = name_key(item.label_ru or "").split(" ")
        middle = label[1:-1] if len(label) == 3 and "," not in (item.label_ru or "") else []
        if first.startswith(initials[0]) and (len(initials) == 1 or not middle
                                              or middle[0].startswith(initials[1])):
            out.append(item)
    return list({i.qid: i for i in out}.values())


def never_linked(e: Entity, gaz: Gazetteer, text: str) -> bool:
    """Entities no source should link: common nouns (`Запад`) and numbered units (`1-го … фронта`)."""
    return any(gaz.is_blocked(n) for n in (e.name, *_whole_forms(e))) or (
        e.kind == "organization" and _numbered(e, text))


def candidate_qids(e: Entity, gaz: Gazetteer, text: str = "", lang: str = "ru") -> frozenset[str]:
    """Every QID the gazetteer offers for the entity's names and type, settled or not; with the
    text (in `lang`), not a region reached only through its bare name by a place named as a
    settlement."""
    found = _candidates(e, gaz)
    if text and _cue(e, text, lang) != "region" and not _as_region(e, text, lang):
        return frozenset(q for q, c in found.items() if not _named_only_bare(e, c.item, gaz))
    return frozenset(found)


def _person_countries(e: Entity, ctx: _Context) -> set[str]:
    aff = ctx.links.get(e.affiliation or "")
    return {aff.qid} if aff is not None and aff.kind == "country" else set()


def _decide(e: Entity, gaz: Gazetteer, ctx: _Context, kinds: set[str] | None = None,
            ) -> tuple[Item, float, str] | None:
    if e.kind == "person" and kinds is None and all(len(n.split()) == 1 for n in (e.name, *e.aliases)):
        # `Мария` alone is a first name many people share, not the surname of `Дева Мария`: only
        # a person known by that one name, or the document's own linked full name, settles whose
        if gaz.is_first_name(e.name):
            return (_titled(e, gaz, ctx) or _mononym(e, gaz, ctx)
                    or _surname_in_document(e, gaz, ctx) or _family_member(e, gaz, ctx))
        return _titled(e, gaz, ctx) or _mononym(e, gaz, ctx) or _surname(e, gaz, ctx)
    cands = list(_candidates(e, gaz, kinds).values())
    if not cands:
        return _titled(e, gaz, ctx) if e.kind == "person" and kinds is None else None
    how = ""
    cue = _cue(e, ctx.text, ctx.lang) if e.kind in ("place", "country") else None
    if cue:
        fitting = [c for c in cands if c.item.is_city == (cue == "city") and c.item.kind == "place"]
        if fitting and len(cands) > 1:
            cands, how = fitting, "/cue"
    elif any(gaz.is_blocked(n) for n in (e.name, *_whole_forms(e))):
        return None  # `Запад`: the sources use this name as a common noun
    if e.kind == "organization" and _numbered(e, ctx.text):
        return None
    if cue != "region" and not _as_region(e, ctx.text, ctx.lang):
        # named as a settlement: not the region csc-states labels with the city's bare name
        cands = [c for c in cands if not _named_only_bare(e, c.item, gaz)]
    if not cands:
        return None
    if e.kind == "place" and len(cands) > 1:
        within = _qualifier_country(e, ctx)
        inside = [c for c in cands if within and c.item.kind == "place" and c.item.country == within]
        if inside and max(inside, key=_rank) is not max(cands, key=_rank):
            # `Сан-Хосе, Калифорния`: the city of the region or country named right after it, even
            # where another country's capital carries the name (rank then settles among them)
            cands, how = inside, "/context"
    cands.sort(key=_rank, reverse=True)
    top = cands[0]
    shortened = [c for c in cands[1:] if _shortened_elsewhere(c.item, e, ctx)] \
        if e.kind in ("place", "country") else []
    if len(shortened) == 1:
        # `Ростове` beside `Ростове-на-Дону`: the bare first part of a compound place name the
        # document links is that place, not the smaller town the bare name labels
        return _confidence(e, shortened[0], "/document", gaz, ctx)
    if not how and not top.item.is_city and top.item.kind == "place" and not _settlement(top.item):
        # a city and a region of one name in one country (Хомс, Женева): unqualified, the city is meant
        city = [c for c in cands if c.item.is_city and c.strength == top.strength
                and c.item.country == top.item.country and c.item.kind == "place"]
        if len(city) == 1:
            cands = [city[0]] + [c for c in cands if c is not city[0]]
            top, how = city[0], "/city"
    if len(cands) > 1 and how != "/city":
        tied = [c for c in cands if _rank(c) == _rank(top)]
        if len(tied) == 1:
            how = how or "/rank"
        else:
            fit, how = [c for c in tied if _fits_context(c.item, e, ctx)], "/context"
            if len(fit) != 1:
                # `BBC` (the corporation or its channel) beside `Би-би-си`, linked by its own
                # label: the item another name of the document settled is the one meant, unless
                # an unlinked name of the document could be the other item
                fit, how = [c for c in tied if _linked_elsewhere(c.item, e, ctx)], "/document"
                if len(fit) == 1 and _unlinked_rival(fit[0].item, e, ctx):
                    return None
            if len(fit) != 1:
                return None  # the document does not settle which one: no link
            top = fit[0]
    if top.item.mentions_only and _mentions_only_unsupported(e, top.item, gaz, ctx):
        return None
    if top.basis == "alias" and e.kind in ("place", "country") \
            and _qualified_elsewhere(e, top.item, ctx):
        return None
    return _confidence(e, top, how, gaz, ctx)


def _confidence(e: Entity, top: _Cand, how: str, gaz: Gazetteer, ctx: _Context,
                ) -> tuple[Item, float, str] | None:
    """The link to the chosen candidate with its confidence (docs/linking.md "Confidence and
    method"), None when a person's country contradicts it."""
    conf = BASE[top.basis] - {"": 0, "/rank": 0.05, "/cue": 0.03, "/city": 0.05, "/context": 0.08,
                           "/document": 0.08}[how]
    if top.item.status in ("unconfirmed", "clash"):
        conf = min(conf, 0.5)  # README "csc city QIDs": treat as unconfirmed
    elif top.item.status == "csc-region":
        conf -= 0.03
    if top.item.mentions_only and not top.item.country:
        conf -= MENTIONS_ONLY_PENALTY  # nothing but the name: no country, no label to check it by
    if e.kind == "person" and top.item.kind == "person":
        adjusted = _person_agreement(e, top.item, ctx, conf)
        if adjusted is None:
            return None
        conf = adjusted
    return top.item, conf, f"gazetteer-{top.basis}{how}"


def _settlement(item: Item) -> bool:
    """A place Natural Earth's populated places list is a settlement, whatever type another source
    gives it (`Ричмонд`, Virginia's capital, typed a district): not a region a city outranks."""
    return SETTLEMENT_SOURCE in item.src


def _rank(c: _Cand) -> tuple[int, int]:
    """(strength, prior); a confirmed capital named by its label or an alias ranks as a label
    (`Лима`, an alias of Peru's capital, the label of a town in Ohio): a capital ranks above every
    other place of its name, and a country keeps its own name (prior 100)."""
    capital = c.item.kind == "place" and c.item.capital_of and c.item.status == "confirmed"
    return (max(c.strength, 3) if capital and c.strength >= 2 else c.strength), c.item.prior


_QUALIFIER_OPEN = re.compile(r"[ \t]*(?:,|\()[ \t]*")
_QUALIFIER_TYPE = re.compile(r"(?P<type>[^\W\d_]+)[ \t]+")  # `провинция Онтарио`, `штат Алабама`
# after the qualifier: its closing bracket, a sentence's end, or a comma before a lower-case word
# (`Сан-Хосе, Калифорния, прошла`); a comma before a capital opens a list (`Лондон, Канада,
# Австралия`), and `и` joins one, neither of which qualifies the first name
_QUALIFIER_CLOSE = re.compile(r"[ \t]*(?:\)|[.;:!?]|$|,[ \t]*[^\W\d_A-ZА-ЯЁ])", re.M)


def _qualifier_country(e: Entity, ctx: _Context) -> str | None:
    """The country of a region or country the first pass linked and the text names right after a
    mention of the place, set off by a comma or in brackets (`Сан-Хосе, Калифорния`, `Лондоне
    (провинция Онтарио)`, `Лондон, Кентукки`), so the place is one of that country's, else None."""
    starts = {}
    for k, item in ctx.links.items():
        other = ctx.entities.get(k)
        if other is None or k == e.key or item.kind == "place" and item.is_city \
                or item.kind not in ("place", "country"):
            continue
        for m in other.mentions:
            starts[m.start] = (m.end, item.qid if item.kind == "country" else item.country)
    for m in e.mentions:
        opened = _QUALIFIER_OPEN.match(ctx.text, m.end)
        if opened is None:
            continue
        at = opened.end()
        if at not in starts:
            typed = _QUALIFIER_TYPE.match(ctx.text, at)
            if typed is None or type_word(typed.group("type"), ctx.lang) != "region":
                continue
            at = typed.end()
        if at not in starts:
            continue
        end, country = starts[at]
        if country and _QUALIFIER_CLOSE.match(ctx.text, end):
            return country
    return None


def _fits_context(item: Item, e: Entity, ctx: _Context) -> bool:
    if item.kind == "person":
        return bool(set(item.office_countries) & (_person_countries(e, ctx) or ctx.countries))
    if item.kind == "country" and item.qid in ctx.place_countries:
        # `Конго` beside `Киншасе`: of two countries one name gives, the one whose city or region
        # the document names
        return True
    return item.qid in ctx.countries or (item.country or "") in ctx.countries


def _linked_elsewhere(item: Item, e: Entity, ctx: _Context) -> bool:
    """Another entity of the document is linked to the item by names of its own (the first pass,
    which reads the names alone)."""
    return any(k != e.key and linked.qid == item.qid for k, linked in ctx.links.items())


def _shortened_elsewhere(item: Item, e: Entity, ctx: _Context) -> bool:
    """Another entity of the document, linked to the item by its own names, is named by a
    compound that opens with every name of this one and a hyphen (`Ростов-на-Дону` for
    `Ростов`, `Франкфурт-на-Майне` for `Франкфурт`): the text shortens the compound."""
    mine = {name_key(n) for n in (e.name, *e.aliases)}
    for k, linked in ctx.links.items():
        other = ctx.entities.get(k)
        if k == e.key or linked.qid != item.qid or other is None:
            continue
        longer = {name_key(n) for n in (other.name, *other.aliases)}
        if all(any(x.startswith(n + "-") for x in longer) for n in mine):
            return True
    return False


def _qualified_elsewhere(e: Entity, item: Item, ctx: _Context) -> bool:
    """A one-word name the document also gives with a leading adjective for another country
    (`Кореи` beside `Северной Кореи`), while the one its alias reaches is a country too (`Корея`
    of South Korea): the bare word may be either of the two, or the whole peninsula, and the
    alias does not say which. Beside a continent or a region (`Америка` of the United States
    beside `Южная Америка`) the alias still links."""
    names = {stem_key(n, ctx.lang) for n in (e.name, *e.aliases)}
    if item.kind != "country" or any(" " in n for n in names):
        return False
    for k, linked in ctx.links.items():
        other = ctx.entities.get(k)
        if k == e.key or other is None or linked.qid == item.qid or linked.kind != "country":
            continue
        for n in (other.name, *other.aliases):
            words = n.split()
            if len(words) == 2 and adjective_form(words[0], ctx.lang) \
                    and stem_key(words[1], ctx.lang) in names:
                return True
    return False


def _unlinked_rival(item: Item, e: Entity, ctx: _Context) -> bool:
    """A body or place of the item's kind the first pass left unlinked opens its name with the
    first word of a name that reached the item (`Министерство обороны Украины` beside
    `Министерство обороны Российской Федерации`, for `Минобороны`): the tied name may be that
    one's, which the gazetteer does not know. A person's first word is a first name, no rival; nor
    is a name of one word (`Правительство` beside `Правительство Российской Федерации`, for
    `Правительство РФ`), the bare noun every such body is called by."""
    group = "place" if item.kind == "country" else item.kind
    if group == "person":
        return False

    def first_words(x: Entity) -> set[str]:
        return {stem_key(n.split()[0], ctx.lang) for n in (x.name, *x.aliases) if n.split()}

    reached = set().union(*(first_words(ctx.entities[k]) for k, linked in ctx.links.items()
                            if k != e.key and linked.qid == item.qid and k in ctx.entities))
    return any(k != e.key and k not in ctx.links and " " in x.name
               and ("place" if x.kind == "country" else x.kind) == group and first_words(x) & reached
               for k, x in ctx.entities.items())


def _person_agreement(e: Entity, item: Item, ctx: _Context, conf: float) -> float | None:
    """None when the country of the text's position contradicts the gazetteer; else the confidence."""
    countries = _person_countries(e, ctx)
    if countries and item.office_countries:
        if not countries & set(item.office_countries):
            return None
        conf += 0.03
    if e.job_title and item.offices:
        head = name_key(e.job_title).split(" ")[0]
        if any(head in name_key(o).split(" ") for o in item.offices):
            conf += 0.02
    return conf


def _mononym(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    """A person known by one name (`Бейонсе`, `Неймар`, `Папа Франциск` named `Франциск`): the one
    person whose Russian label or alias is exactly that name."""
    found: dict[str, tuple[Item, int]] = {}
    first_name = gaz.is_first_name(e.name)
    for n in (e.name, *e.aliases):
        for item, strength in gaz.lookup(n):
            if first_name and item.src == ("nerel",) and name_key(item.label_ru or "") == name_key(n):
                continue  # `Филипп`: a first name as a NEREL note names someone in one text only
            if item.kind == "person" and strength >= 2 and strength > found.get(item.qid, (None, 0))[1]:
                found[item.qid] = (item, strength)
    if len(found) != 1:
        return None
    item, strength = next(iter(found.values()))
    conf = _person_agreement(e, item, ctx, BASE[_BASIS[strength]])
    return None if conf is None else (item, conf, f"gazetteer-{_BASIS[strength]}")


def _titles_before(e: Entity, text: str, lang: str) -> set[str]:
    """Title stems (kg/data/LANG/title_cues.tsv) among the two words before any mention:
    `принц Чарльз`, `Папа Римский Бенедикт`, `герцогу Йоркскому Эндрю`."""
    out = set()
    for m in e.mentions:
        # the words of its own sentence only (`…с королём. Гарри` has no title)
        line = re.split(r"[\n.!?]", text[max(0, m.start - 60):m.start])[-1]
        words = re.findall(r"[^\W\d_]+", line)
        if len(words) >= 2 and words[-1] in name_conjunctions(lang) and words[-2][:1].isupper():
            words = words[:-2]  # `принцы Чарльз и Гарри`: the title before the first name
        out |= {t for t in (title_word(w, lang) for w in words[-2:]) if t}
    return out


def _titled(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    """A one-word name after a title (`принц Гарри`, `императора Акихито`): the one person whose
    Russian label holds the name and whose label or offices hold the title (`Гарри Чарльз Альберт
    Дэвид`, office `принц`). A person whose offices the gazetteer places in countries links so
    only where the document names one of them (two princes `Филипп`, of Belgium and of Britain)."""
    titles = _titles_before(e, ctx.text, ctx.lang)
    if not titles:
        return None
    found = {}
    # `принца Гарри Уэльского`: a name the NER took with a word after it is looked up by its first
    for n in dict.fromkeys(x.split(" ")[0] for x in (e.name, *e.aliases)):
        for item in gaz.with_label_word(n):
            if item.office_countries and not set(item.office_countries) & ctx.countries:
                continue  # `принц Филипп` of Belgium only where the document names Belgium
            words = label_words(" ".join((item.label_ru or "", *item.offices)))
            if titles & {title_word(w, ctx.lang) for w in words} and _rest_in_label(e, n, item):
                found[item.qid] = item
    # `принц Чарльз`: the prince called so first, not the one with it as a middle name (`Гарри
    # Чарльз Альберт Дэвид`)
    first = [i for i in found.values() if label_words(i.label_ru or "")[0]
             in {name_key(n.split(" ")[0]) for n in (e.name, *e.aliases)}]
    if len(first) == 1:
        found = {first[0].qid: first[0]}
    if len(found) != 1:
        return None
    item = next(iter(found.values()))
    conf = _person_agreement(e, item, ctx, BASE["title"])
    return None if conf is None else (item, conf, "gazetteer-title")


def _rest_in_label(e: Entity, first: str, item: Item) -> bool:
    """Every later word of the entity's full names that begin with `first` is, in some case form
    (its first five letters), a word of the item's label: `Уильям Кембриджский` fits `Уильям,
    герцог Кембриджский`; `Джон Смит` does not fit another `Джон`."""
    label = {w[:5] for w in label_words(item.label_ru or "")}
    rests = [name_key(x).split(" ")[1:] for x in (e.name, *e.aliases) if x.split(" ")[0] == first]
    return any(all(w[:5] in label for w in rest) for rest in rests)


def _surname_in_document(e: Entity, gaz: Gazetteer, ctx: _Context,
                         ) -> tuple[Item, float, str] | None:
    """The one person linked elsewhere in the document whose name ends in this name."""
    key = name_key(e.name)
    in_doc = {item.qid: item for k, item in ctx.links.items() if k != e.key and item.kind == "person"
              and item.label_ru and name_key(item.label_ru).split(" ")[-1] == key}
    if len(in_doc) == 1:
        return next(iter(in_doc.values())), BASE["surname-in-document"], "gazetteer-surname-in-document"
    return None


def _family_member(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    """A first name alone (`Мишель`, `Виктории`) in a text that names another person of some
    surname in full (`Барак Обама`): the one gazetteer person whose name is that first name and
    that surname (`Мишель Обама`), a relative the text calls by the first name only. Several such
    people, or none, leave it unlinked."""
    firsts = {name_key(n) for n in (e.name, *e.aliases)}
    # a reign's number is no surname (`Альберт II` does not make `Елизавета` `Елизавета II`)
    surnames = {s for s in ctx.surnames if not re.fullmatch(r"[ivxlc]+", s)}
    found = {item.qid: item for s in surnames for first, item in gaz.by_surname(s)
             if first in firsts and item.kind == "person"}
    if len(found) != 1:
        return None
    item = next(iter(found.values()))
    conf = _person_agreement(e, item, ctx, BASE["family"])
    return None if conf is None else (item, conf, "gazetteer-family")


def _surname(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    """A person named by a surname alone: the document's full name, or a unique well-known candidate."""
    found = _surname_in_document(e, gaz, ctx)
    if found is not None:
        return found
    key = name_key(e.name)
    people = {item.qid: item for _, item in gaz.by_surname(key)}
    notable = [i for i in people.values() if i.key_office or i.docs >= SURNAME_NOTABLE_DOCS]
    method = "gazetteer-surname"
    if len(notable) > 1:  # `Обама`: of Barack and Michelle, one held a head-of-state-like office
        notable, method = [i for i in notable if i.key_office], "gazetteer-surname-office"
    if len(notable) != 1:  # `Буш`: two presidents; `Данилов`: nobody well known
        return None
    item = notable[0]
    conf = _person_agreement(e, item, ctx, BASE[method.removeprefix("gazetteer-")])
    return None if conf is None else (item, conf, method)


def _pass(entities: tuple[Entity, ...], gaz: Gazetteer, ctx: _Context,
          event_places: set[str]) -> dict[str, tuple[Item, float, str]]:
    out = {}
    for e in entities:
        decision = _decide(e, gaz, ctx)
        if decision is None and not _candidates(e, gaz):
            other = None
            if e.kind == "place" and e.key not in event_places and not e.stands_for \
                    and e.name.casefold().replace("ё", "е") not in seat_names(ctx.lang):
                # a place the sources know only as a body (`Кремль` acting, tagged a place); the
                # names of seat_bodies.txt had their sense read from the context (`перед Белым
                # домом` is the building) and stay as they are
                other = {"organization"}
            elif e.kind == "organization" and not all(n.isascii() for n in (e.name, *e.surface_forms)):
                # `Вашингтон ответил`, `Москва потребовала`: a city or country acting is still that
                # place; a body written only in Latin letters (`Honda`) is a company, not a town
                other = {"place", "country"}
            elif _not_a_person(e, gaz):
                # `Галифакс`, `Гоминьдан` tagged as a person: a name no person of the sources bears
                other = {"place", "country", "organization"}
            decision = _decide(e, gaz, ctx, other) if other else None
            if decision is not None:
                decision = (decision[0], decision[1] - 0.05, decision[2] + "/kind")
        if decision is not None and decision[0].kind in ("place", "country") and _quoted_only(e, ctx.text):
            decision = None
        if decision is not None and decision[1] >= MIN_CONFIDENCE:
            out[e.key] = decision
    return out


def _not_a_person(e: Entity, gaz: Gazetteer) -> bool:
    """A person entity of one word that the sources know only as the label or alias of one place
    or body: no person has it as a surname or a first name (`Виктория`, `Чарльз` stay people),
    and every item labelled so is of one kind."""
    if e.kind != "person" or e.personal_name or any(" " in n for n in (e.name, *e.aliases)):
        return False  # `Клинтон и Гор`: the language's dictionary reads the word as a person's name
    if gaz.by_surname(e.name) or gaz.is_first_name(e.name):
        return False
    found = [item for item, strength in gaz.lookup(e.name) if strength >= 2]
    kinds = {"place" if item.kind == "country" else item.kind for item in found}
    return len(kinds) == 1 and "person" not in kinds


def _compounds(entities: tuple[Entity, ...], gaz: Gazetteer, ctx: _Context,
               ) -> tuple[dict[str, tuple[Item, float, str]], set[str]]:
    """`Генеральной Ассамблеи` + `ООН` split by the NER, where the whole (`Генеральная Ассамблея ООН`)
    is one item: the first entity links to it, and the second, seen only inside such wholes, is part
    of another name, not linked. Returns (decisions of first entities, keys of swallowed entities)."""
    starts = {m.start: (e, m) for e in entities for m in e.mentions}
    decided: dict[str, tuple[Item, float, str]] = {}
    inside: dict[str, int] = {}
    for e in entities:
        if e.kind == "person":
            continue
        for m in e.mentions:
            gap = len(ctx.text[m.end:]) - len(ctx.text[m.end:].lstrip(" "))
            nxt = starts.get(m.end + gap) if gap <= 1 else None
            if nxt is None or nxt[0].key == e.key or nxt[0].kind == "person":
                continue
            whole = ctx.text[m.start:nxt[1].end]
            probe = dataclasses.replace(e, name=whole, aliases=(), mentions=(Span(m.start, nxt[1].end, whole),))
            decision = _decide(probe, gaz, ctx)
            if decision is not None and decision[1] >= MIN_CONFIDENCE:
                decided.setdefault(e.key, (decision[0], decision[1] - 0.05, decision[2] + "/compound"))
                inside[nxt[0].key] = inside.get(nxt[0].key, 0) + 1
    swallowed = {k for k, n in inside.items() if n == len(next(x for x in entities if x.key == k).mentions)}
    return decided, swallowed


def link_entities(extraction: Extraction, gaz: Gazetteer) -> Extraction:
    """The extraction with `Entity.link` set where the gazetteer settles it (place → country refined)."""
    entities = extraction.entities
    ctx = _Context(extraction.document.text, extraction.document.lang)
    ctx.surnames = {parts[1] for e in entities if e.kind == "person"
                    for parts in map(split_person, (e.name, *e.aliases)) if parts}
    places = {ev.place for ev in extraction.events if ev.place}  # must stay places (sem:hasPlace)
    first = _pass(entities, gaz, ctx, places)  # without context: what the names alone settle
    ctx.links = {k: d[0] for k, d in first.items()}
    ctx.entities = {e.key: e for e in entities}
    ctx.countries = {d[0].qid for d in first.values() if d[0].kind == "country"}
    ctx.place_countries = {d[0].country for d in first.values() if d[0].kind == "place" and d[0].country}
    final = _pass(entities, gaz, ctx, places)
    compound, swallowed = _compounds(entities, gaz, ctx)
    final.update(compound)
    out = []
    for e in entities:
        if e.link is not None or e.key not in final or e.key in swallowed:  # upstream links are kept
            out.append(e)
            continue
        item, conf, method = final[e.key]
        kind = e.kind
        if e.kind == "place" and item.kind in ("country", "organization") \
                or e.kind == "organization" and item.kind in ("place", "country") \
                or e.kind == "person" and item.kind != "person":
            kind = item.kind
        link = Link(item.qid, round(min(conf, 0.99), 3), method, item.label_en, item.label_ru)
        name, aliases = e.name, e.aliases
        if item.kind == "person" and item.canonical_ru and item.canonical_ru != e.name:
            # a linked person is named by the gazetteer's «Имя Фамилия»; the text's form stays an alias
            name, aliases = item.canonical_ru, tuple(sorted({*e.aliases, e.name} - {item.canonical_ru}))
        out.append(dataclasses.replace(e, link=link, kind=kind, name=name, aliases=aliases))
    return dataclasses.replace(extraction, entities=tuple(out))
