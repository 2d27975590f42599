"""Entity records → Wikidata QIDs with the offline gazetteer, by name, type and the document's context.

Rules (docs/linking.md "How an entity is linked"): candidates must fit the entity's type; a name
several items share is settled by rank, a type word before the name (`штат`, `город`) or the
countries the document is about, else left unlinked; a surname alone links only when the document's
full name or a unique well-known candidate settles it; a person links only when the country the text
gives for their position agrees with the gazetteer. No link beats a wrong link.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field

from kg.link.gazetteer import INDEX, Gazetteer, Item
from kg.link.names import abbreviation, first_names_agree, name_key, split_person
from kg.records import Entity, Extraction, Link

MIN_CONFIDENCE = 0.6  # links below this are not made offline (unconfirmed csc city ids score 0.5)
COMPATIBLE = {"person": {"person"}, "organization": {"organization"},
              "place": {"place", "country"}, "country": {"country", "place"}}
# Confidence of a match by how the name matched (docs/linking.md "Confidence and method").
BASE = {"label": 0.95, "alias": 0.92, "english": 0.9, "mention": 0.86, "name-variant": 0.88,
        "first-name-variant": 0.8, "surname": 0.7, "surname-in-document": 0.86}
_BASIS = {3: "label", 2: "alias", 1: "mention"}
SURNAME_NOTABLE_DOCS = 3  # a bare surname links only to the one candidate this well attested (or in office)


@dataclass(frozen=True, slots=True)
class _Cand:
    item: Item
    strength: int  # 3 label, 2 alias / English name / exact first name, 1 mention / short first name
    basis: str


@dataclass
class _Context:
    text: str
    countries: set[str] = field(default_factory=set)  # QIDs of the countries the document is about
    links: dict[str, Item] = field(default_factory=dict)  # entity key → linked item (first pass)


@functools.cache
def _type_cues() -> tuple[tuple[str, str], ...]:
    path = INDEX.parent / "type_cues.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return tuple((r[0].strip(), r[1].strip()) for r in rows[1:] if len(r) >= 2)


def _cue(e: Entity, text: str) -> str | None:
    """`city` or `region` when a word like `штате` / `городе` stands right before a mention."""
    for m in e.mentions:
        words = text[max(0, m.start - 30):m.start].split()
        if not words:
            continue
        word = name_key(words[-1])
        for stem, selects in _type_cues():
            if word.startswith(stem):
                return selects
    return None


def _candidates(e: Entity, gaz: Gazetteer) -> dict[str, _Cand]:
    found: dict[str, _Cand] = {}

    def offer(c: _Cand) -> None:
        if c.item.kind not in COMPATIBLE[e.kind]:
            return
        old = found.get(c.item.qid)
        if old is None or c.strength > old.strength:
            found[c.item.qid] = c

    names = dict.fromkeys([e.name, *e.aliases, *e.surface_forms])
    abbreviations = [abbreviation(f) for f in e.surface_forms]
    if abbreviations and all(abbreviations):
        # only ever written as `МИД` / `МИДа`: the normal form `Мид` the NLP makes of it is no name
        names = dict.fromkeys(a for a in abbreviations if a)
    for n in names:
        for item, strength in gaz.lookup(n):
            basis = "english" if strength == 2 and n.isascii() else _BASIS[strength]
            offer(_Cand(item, strength, basis))
    if e.kind == "person":  # `Владимир Путин` for `Владимир Владимирович Путин`, `Джозеф` for `Джо`
        for n in (e.name, *e.aliases):
            parts = split_person(n)
            if parts is None:
                continue
            for first, item in gaz.by_surname(parts[1]):
                if first == parts[0]:
                    offer(_Cand(item, 2, "name-variant"))
                elif first_names_agree(first, parts[0]):
                    offer(_Cand(item, 1, "first-name-variant"))
    return found


def _person_countries(e: Entity, ctx: _Context) -> set[str]:
    aff = ctx.links.get(e.affiliation or "")
    return {aff.qid} if aff is not None and aff.kind == "country" else set()


def _decide(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    if e.kind == "person" and all(len(n.split()) == 1 for n in (e.name, *e.aliases)):
        return _surname(e, gaz, ctx)
    cands = list(_candidates(e, gaz).values())
    if not cands:
        return None
    how = ""
    if e.kind in ("place", "country") and len(cands) > 1:
        cue = _cue(e, ctx.text)
        if cue:
            fitting = [c for c in cands if c.item.is_city == (cue == "city") and c.item.kind == "place"]
            if fitting:
                cands, how = fitting, "/cue"
    cands.sort(key=lambda c: (c.strength, c.item.prior), reverse=True)
    top = cands[0]
    if len(cands) > 1:
        tied = [c for c in cands if (c.strength, c.item.prior) == (top.strength, top.item.prior)]
        if len(tied) == 1:
            how = how or "/rank"
        else:
            fit = [c for c in tied if _fits_context(c.item, e, ctx)]
            if len(fit) != 1:
                return None  # the document does not settle which one: no link
            top, how = fit[0], "/context"
    conf = BASE[top.basis] - {"": 0, "/rank": 0.05, "/cue": 0.03, "/context": 0.08}[how]
    if top.item.status in ("unconfirmed", "clash"):
        conf = min(conf, 0.5)  # README "csc city QIDs": treat as unconfirmed
    elif top.item.status == "csc-region":
        conf -= 0.03
    if e.kind == "person":
        adjusted = _person_agreement(e, top.item, ctx, conf)
        if adjusted is None:
            return None
        conf = adjusted
    return top.item, conf, f"gazetteer-{top.basis}{how}"


def _fits_context(item: Item, e: Entity, ctx: _Context) -> bool:
    if item.kind == "person":
        return bool(set(item.office_countries) & (_person_countries(e, ctx) or ctx.countries))
    return item.qid in ctx.countries or (item.country or "") in ctx.countries


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


def _surname(e: Entity, gaz: Gazetteer, ctx: _Context) -> tuple[Item, float, str] | None:
    """A person named by a surname alone: the document's full name, or a unique well-known candidate."""
    key = name_key(e.name)
    in_doc = {item.qid: item for k, item in ctx.links.items() if k != e.key and item.kind == "person"
              and item.label_ru and name_key(item.label_ru).split(" ")[-1] == key}
    if len(in_doc) == 1:
        return next(iter(in_doc.values())), BASE["surname-in-document"], "gazetteer-surname-in-document"
    people = {item.qid: item for _, item in gaz.by_surname(key)}
    notable = [i for i in people.values() if i.key_office or i.docs >= SURNAME_NOTABLE_DOCS]
    if len(notable) != 1:  # `Буш`: two presidents; `Данилов`: nobody well known
        return None
    item = notable[0]
    conf = _person_agreement(e, item, ctx, BASE["surname"])
    return None if conf is None else (item, conf, "gazetteer-surname")


def _pass(entities: tuple[Entity, ...], gaz: Gazetteer, ctx: _Context) -> dict[str, tuple[Item, float, str]]:
    out = {}
    for e in entities:
        decision = _decide(e, gaz, ctx)
        if decision is not None and decision[1] >= MIN_CONFIDENCE:
            out[e.key] = decision
    return out


def link_entities(extraction: Extraction, gaz: Gazetteer) -> Extraction:
    """The extraction with `Entity.link` set where the gazetteer settles it (place → country refined)."""
    entities = extraction.entities
    ctx = _Context(extraction.document.text)
    first = _pass(entities, gaz, ctx)  # without context: what the names alone settle
    ctx.links = {k: d[0] for k, d in first.items()}
    ctx.countries = {d[0].qid for d in first.values() if d[0].kind == "country"}
    final = _pass(entities, gaz, ctx)
    out = []
    for e in entities:
        if e.link is not None or e.key not in final:  # an upstream link is kept as it is
            out.append(e)
            continue
        item, conf, method = final[e.key]
        kind = "country" if item.kind == "country" and e.kind == "place" else e.kind
        link = Link(item.qid, round(min(conf, 0.99), 3), method, item.label_en, item.label_ru)
        out.append(dataclasses.replace(e, link=link, kind=kind))
    return dataclasses.replace(extraction, entities=tuple(out))
