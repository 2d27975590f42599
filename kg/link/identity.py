"""Entity identity: one entity per real-world thing inside a document, and one IRI across documents.

Inside a document, entities linked to one Wikidata item, or unlinked ones whose names normalise to
one slug (`Совет НАТО-Россия` / `Совет Россия-НАТО`, `ё` / `е`), become one entity; then bodies and
places sharing a written mention, a body named by the first words of one other body's name, and a
compound abbreviation and the name it shortens, a body or place named without the leading
adjectives of one other name, and an abbreviation and the one name of the text whose initials it
is, are joined (docs/linking.md). Across documents,
`assign_slugs` looks the store up: an item already stored keeps its IRI; a name already taken by a
different item (or a different kind of thing) gives the newcomer a suffixed slug instead of a merge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from kg.link.gazetteer import Gazetteer
from kg.link.names import (abbreviation, adjective_form, in_own_script, is_caps, name_key, names_region,
                           patronymic_key, stem_key)
from kg.nlp.lines import blocks, headline
from kg.rdf import iris
from kg.records import Entity, Event, Extraction

_GROUP = {"country": "place", "place": "place", "organization": "organization", "person": "person"}
_CLASS_KIND = {"http://schema.org/Person": "person", "http://schema.org/Organization": "organization",
               "http://schema.org/Place": "place"}
WD = "http://www.wikidata.org/entity/"
_NOT_REFERENCES = {"key", "kind", "name", "aliases", "job_title", "slug", "duration", "anonymous_source"}


default_slug = iris.default_slug


def merge_entities(extraction: Extraction, groups: Iterable[list[str]]) -> Extraction:
    """Merge each group of entity keys into its first, and point every reference at the survivor."""
    by_key = {e.key: e for e in extraction.entities}
    rename: dict[str, str] = {}
    merged: dict[str, Entity] = {}
    for keys in groups:
        keys = [k for k in keys if k in by_key]
        if len(keys) < 2:
            continue
        parts = [by_key[k] for k in keys]
        head = parts[0]
        names = {n for p in parts for n in (p.name, *p.aliases)} - {head.name}
        mentions = sorted({m for p in parts for m in p.mentions}, key=lambda m: (m.start, m.end))
        merged[head.key] = dataclasses.replace(
            head, mentions=tuple(mentions), aliases=tuple(sorted(names)),
            kind="country" if any(p.kind == "country" for p in parts) else head.kind,
            job_title=next((p.job_title for p in parts if p.job_title), None),
            affiliation=next((p.affiliation for p in parts if p.affiliation), None),
            link=next((p.link for p in parts if p.link), None),
            stands_for=next((p.stands_for for p in parts if p.stands_for), None),
            personal_name=any(p.personal_name for p in parts))
        rename.update({k: head.key for k in keys[1:]})
    if not rename:
        return extraction
    entities = tuple(_renamed(merged.get(e.key, e), rename) for e in extraction.entities
                     if e.key not in rename)
    events = tuple(_renamed(ev, rename) for ev in extraction.events)
    return dataclasses.replace(
        extraction, entities=entities,
        events=join_retold(extraction.events, events, extraction.document.text),
        statements=tuple(_renamed(st, rename) for st in extraction.statements))


def _actors(ev: Event) -> frozenset[str]:
    return frozenset(ev.actors)


def _one_time(a: Event, b: Event) -> bool:
    return a.time is None or b.time is None or \
        (a.time.year, a.time.month, a.time.day) == (b.time.year, b.time.month, b.time.day)


def join_retold(before: tuple[Event, ...], after: tuple[Event, ...],
                text: str) -> tuple[Event, ...]:
    """The headline's event and the lead's telling of it, kept apart by the extractor only because
    the two named their actor in two spellings (`Камерон Диас стала мамой` over `Кэмерон Диаз
    впервые стала мамой`: two entities until the names were joined here), are one event: same
    class and factuality, the same actors now (and not before the merge), no two times or places.
    The lead is the first paragraph after the headline (kg.nlp.lines); elsewhere two acts of one
    class and one actor may be two (`снова задержан`), which the extractor has already weighed.
    The headline's event stays, with the lead's words among its mentions. `before` are the events
    as the extractor gave them, `after` the same with the merged entities' keys."""
    if after == before:  # no actor was renamed: no two tellings can have come together
        return after
    title = headline(text)
    if title is None or len(after) < 2:
        return after
    # the lead: up to the end of the first paragraph of prose after the headline (a photo's
    # caption or a dateline before it has no closing stop)
    end = next((e for s, e in blocks(text)
                if s >= title[1] and text[s:e].rstrip()[-1:] in ".!?…»\""), None)
    if end is None:
        return after
    lead = (title[1], end)
    out = list(after)
    gone: set[int] = set()
    for i, a in enumerate(out):
        if not title[0] <= a.trigger.start < title[1] or not _actors(a):
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if j in gone or not lead[0] <= b.trigger.start < lead[1] or b.kind != a.kind or \
                    b.factuality != a.factuality or not _actors(a) <= _actors(b) or \
                    _kept_apart(before[i], before[j], a, b) or not _one_time(a, b) or \
                    (a.place and b.place and a.place != b.place) or \
                    (_actors(a) != _actors(b) and not _same_roles(a, b)):
                continue
            mentions = sorted({*a.mentions, b.trigger, *b.mentions} - {a.trigger},
                              key=lambda m: (m.start, m.end))
            # the lead names those the headline had no room for (`Полиция арестовала двух
            # человек` … `полиция арестовала X`): the headline's act takes them
            a = dataclasses.replace(a, agents=_with(a.agents, b.agents, a),
                                    targets=_with(a.targets, b.targets, a),
                                    others=_with(a.others, b.others, a))
            a = dataclasses.replace(a, mentions=tuple(mentions), time=a.time or b.time,
                                    place=a.place or b.place, duration=a.duration or b.duration,
                                    post=a.post or b.post, award=a.award or b.award)
            out[i] = a
            gone.add(j)
    return tuple(ev for k, ev in enumerate(out) if k not in gone)


def _kept_apart(a0: Event, b0: Event, a: Event, b: Event) -> bool:
    """The extractor saw the two with the actors they share now and kept them apart (a0, b0 as it
    gave them, a, b with the merged entities' keys): the relation is not new from the merge."""
    return _actors(a0) == _actors(b0) or (_actors(a) != _actors(b) and _actors(a0) <= _actors(b0))


def _same_roles(a: Event, b: Event) -> bool:
    """Every actor of a stands in the same role in b (no doer of one the done-to of the other)."""
    return all(set(getattr(a, r)) <= set(getattr(b, r)) for r in ("agents", "targets", "others"))


def _with(mine: tuple[str, ...], theirs: tuple[str, ...], ev: Event) -> tuple[str, ...]:
    """mine, then those of theirs that are no actor of ev yet."""
    return (*mine, *(k for k in theirs if k not in ev.actors))


def _renamed(record, rename: dict[str, str]):
    """The record with every entity-key reference (a str field, or a tuple of them) renamed."""
    changes = {}
    for f in dataclasses.fields(record):
        if f.name in _NOT_REFERENCES:
            continue
        value = getattr(record, f.name)
        if isinstance(value, str) and value in rename:
            new = rename[value]
            changes[f.name] = None if new == record.key else new  # never a reference to itself
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            renamed = tuple(dict.fromkeys(rename.get(v, v) for v in value))
            if renamed != value:
                changes[f.name] = renamed
    return dataclasses.replace(record, **changes) if changes else record


def _bare_of(e: Entity, bare: str, lang: str) -> bool:
    """Every name of the entity is the region's bare name (`Белгород`, `Белгороде`), none a
    region's."""
    stem = stem_key(bare, lang)
    return all(stem_key(n, lang) == stem and not names_region(n, lang) for n in (e.name, *e.aliases))


def unlink_settlements(extraction: Extraction, gaz: Gazetteer) -> Extraction:
    """A place named only by a region's bare name (`Белгород`) beside a place linked to that
    region under a region's name (`Белгородская область`) is the city, not the region: it loses
    the link, so the two are never merged (docs/linking.md "City or region")."""
    by_qid: dict[str, list[Entity]] = {}
    for e in extraction.entities:
        if e.link and e.kind == "place":
            by_qid.setdefault(e.link.qid, []).append(e)
    drop: set[str] = set()
    for qid, group in by_qid.items():
        item = gaz.items.get(qid)
        if item is None or not item.bare or len(group) < 2:
            continue
        bare = [e.key for e in group if _bare_of(e, item.bare, gaz.lang)]
        if bare and len(bare) < len(group):
            drop.update(bare)
    if not drop:
        return extraction
    return dataclasses.replace(extraction, entities=tuple(
        dataclasses.replace(e, link=None) if e.key in drop else e for e in extraction.entities))


def merge_same_identity(extraction: Extraction, gaz: Gazetteer) -> Extraction:
    """One entity per Wikidata item, and one per (kind, normalised name) among unlinked entities."""
    extraction = unlink_settlements(extraction, gaz)
    groups: dict[tuple[str, str], list[str]] = {}
    # an entity that took its item only because another name of the document reached it
    # (`gazetteer-…/document`: `Национальная ассамблея` beside `Национальная ассамблея Кубы`)
    # joins that one and does not lead: the name that reached the item stays the canonical name;
    # among the rest, the one the item's label reached leads (`Ростов-на-Дону` beside `Ростов`); a
    # name that only equals the label but reached the item at a lower strength does not
    # (`Конго`, the label of the Republic of the Congo that the texts use for the other Congo and
    # the gazetteer keeps at mention strength, beside `Республика Конго`)
    def led(e: Entity) -> tuple[bool, bool]:
        return (bool(e.link and e.link.method.endswith("/document")),
                bool(e.link and e.kind != "person" and not (
                    e.name == e.link.label_ru and e.link.method.startswith("gazetteer-label"))))

    for e in sorted(extraction.entities, key=led):
        ident = ("qid", e.link.qid) if e.link else (_GROUP[e.kind], default_slug(e))
        groups.setdefault(ident, []).append(e.key)
    by_key = {e.key: e for e in extraction.entities}
    merged = [part for ident, g in groups.items() if len(g) > 1
              for part in (_apart_namesakes(g, by_key) if ident[0] == "person" else [g])]
    extraction = merge_entities(extraction, (g for g in merged if len(g) > 1))
    extraction = join_addressed_people(extraction)
    extraction = join_short_bodies(join_same_forms(extraction), gaz.lang)
    return join_abbreviations(join_unqualified_names(extraction, gaz.lang), gaz.lang)


def join_addressed_people(extraction: Extraction) -> Extraction:
    """`Эдуард Васильевич` beside `Эдуард Назаров`, linked to the item labelled `Эдуард Васильевич
    Назаров`: an unlinked person every name of whom is a first name and a patronymic joins the one
    linked person of the text whose item's label holds both words, the first name first. The text
    names such a person in full nowhere, so only the label says whose patronymic it is; two people
    whose labels hold them leave it alone."""
    people = [e for e in extraction.entities if e.kind == "person"]
    # the label's words of every linked person, read once
    labels = {p.key: name_key(p.link.label_ru.replace(",", " ")).split()
              for p in people if p.link and p.link.label_ru}
    joins: dict[str, str] = {}
    for e in people:
        names = [name_key(n).split(" ") for n in (e.name, *e.aliases)]
        if e.link or not names or any(len(w) != 2 or not patronymic_key(w[1]) for w in names):
            continue
        pairs = {tuple(w) for w in names}
        owners = [key for key, label in labels.items()
                  if any(_first_then(label, pair) for pair in pairs)]
        if len(owners) == 1:
            joins[e.key] = owners[0]
    return _merge_joins(extraction, joins)


def _first_then(label: list[str], pair: tuple[str, ...]) -> bool:
    """The label's words hold the first name with the patronymic right after it (`эдуард васильевич
    назаров`, `назаров эдуард васильевич`)."""
    return any(label[i:i + 2] == list(pair) for i in range(len(label) - 1))


def _middle_words(name: str) -> tuple[str, ...]:
    """The capitalised words between a person's first word and surname, as name keys (initials
    and lower-case particles left out): `Иван Петрович Сомов` → `петрович`."""
    words = name.split()[1:-1]
    return tuple(name_key(w) for w in words if w[:1].isupper() and len(w.rstrip(".")) > 1)


def _apart_namesakes(keys: list[str], by_key: dict[str, Entity]) -> list[list[str]]:
    """Unlinked people of one canonical name («Имя Фамилия»), split by their middle names:
    `Иван Петрович Сомов` and `Иван Ильич Сомов`, which the text named apart, are namesakes and
    stay two; an entity whose names carry no middle name joins the first group. Entities whose
    middle names are one (written alike) are one person."""
    parts: list[tuple[set[tuple[str, ...]], list[str]]] = []
    plain: list[str] = []
    for k in keys:
        e = by_key[k]
        middles = {m for m in (_middle_words(n) for n in (e.name, *e.aliases)) if m}
        if not middles:
            plain.append(k)
            continue
        part = next((p for p in parts if p[0] & middles), None)
        if part is None:
            parts.append((set(middles), [k]))
        else:
            part[0].update(middles)
            part[1].append(k)
    if not parts:
        return [keys]
    groups = [p[1] for p in parts]
    groups[0] = sorted(groups[0] + plain, key=keys.index)
    return groups


def join_same_forms(extraction: Extraction) -> Extraction:
    """Two organisations or two places one written name stands for (`Храмовой горе` read once as
    `Храмовая гора`, once as `Храмовая горе`; `Центром частного права` as `Центр частного права`
    and `Центр частное право`) are one entity: the canonical names differ only in how the name
    was put in the nominative. People are left alone (`Кастро` is two brothers), and so are two
    entities linked to different items, and any entity whose written names they share too (which
    of the two it is, the name does not settle). The linked entity, else the one named most often,
    leads."""
    ents = [e for e in extraction.entities if e.kind != "person"]
    parent = {e.key: e.key for e in ents}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    by_key = {e.key: e for e in ents}
    seen: dict[tuple[str, str], str] = {}
    for e in ents:
        for m in e.mentions:
            other = seen.setdefault((_GROUP[e.kind], name_key(m.text)), e.key)
            a, b = root(other), root(e.key)
            if a != b:
                parent[b] = a
    groups: dict[str, list[str]] = {}
    for e in ents:
        groups.setdefault(root(e.key), []).append(e.key)
    # a group whose written names reach two linked items is left apart as a whole: which item an
    # unlinked member is, the written name does not settle (nor may the entities' order)
    ordered = [sorted(g, key=lambda k: (by_key[k].link is None, -len(by_key[k].mentions)))
               for g in groups.values() if len(g) > 1
               and len({by_key[k].link.qid for k in g if by_key[k].link}) <= 1]
    return merge_entities(extraction, ordered) if ordered else extraction


def _body_forms(e: Entity, lang: str) -> list[tuple[list[str], list[str]]]:
    """(stem words, written words) of every name and mention of an entity."""
    out = []
    for n in dict.fromkeys((e.name, *e.aliases, *e.surface_forms)):
        written = n.split()
        out.append((stem_key(n, lang).split(), written))
    return out


def join_short_bodies(extraction: Extraction, lang: str) -> Extraction:
    """An unlinked organisation named only by the first words of one other organisation's name,
    that name going on with a capitalised word (`Верховный суд` beside `Верховный суд Нарнии`,
    `Следственный комитет` beside `Следственный комитет России`), is that organisation: it joins
    it after linking, so the longer entity keeps its canonical name and its link. Two or more such
    longer names (`Верховный суд` beside two countries' courts), a name of one word (`Сенат` beside
    `Сенат Италии` is as often the other chamber the text speaks of), a Latin name or an
    abbreviation leave it alone."""
    orgs = [e for e in extraction.entities if e.kind == "organization"]
    if len(orgs) < 2:
        return extraction
    forms = {e.key: _body_forms(e, lang) for e in orgs}
    joins: dict[str, str] = {}
    for s in orgs:
        names = (s.name, *s.aliases, *s.surface_forms)
        if s.link or any(not in_own_script(n, lang) or is_caps(n) for n in names):
            continue
        shorts = {tuple(stems) for stems, _ in forms[s.key]}
        if min(map(len, shorts)) < 2:  # `Сенат`, `Конгресс`: a head noun alone is as often another body
            continue
        longer = set()
        for t in orgs:
            if t.key == s.key:
                continue
            for stems, written in forms[t.key]:
                n = len(stems)
                if any(len(sh) < n and tuple(stems[: len(sh)]) in shorts and len(written) == n
                       and written[len(sh)][:1].isupper() for sh in shorts):
                    longer.add(t.key)
        if len(longer) == 1:
            joins[s.key] = longer.pop()
    joins.update(_compound_joins(orgs, joins, lang))
    return _merge_joins(extraction, joins)


def join_unqualified_names(extraction: Extraction, lang: str) -> Extraction:
    """An unlinked organisation or place of two words or more named by the end of one other name
    of its kind, that name's leading words all adjectives (`Суд Кёльна` beside `Административный
    суд Кёльна`, `Знаменского собора` beside `Синодальный Знаменский собор`), is that one: the
    text drops the qualifying adjectives once it has given them. Every name of two words or more
    the entity has must be such a form of that one: an entity an earlier join gave a longer name
    (`Коммунистическая партия Вьетнама` with `Коммунистическая партия`) is another body than
    `Китайская коммунистическая партия`. Two such longer names, a name of one word (`Суд`), a
    Latin name or an abbreviation leave it alone; the longer one leads."""
    ents = [e for e in extraction.entities if e.kind != "person"]
    forms = {e.key: _body_forms(e, lang) for e in ents}
    joins: dict[str, str] = {}
    for s in ents:
        names = (s.name, *s.aliases, *s.surface_forms)
        if s.link or any(not in_own_script(n, lang) or is_caps(n) or abbreviation(n) for n in names):
            continue
        shorts = {tuple(stems) for stems, _ in forms[s.key] if len(stems) >= 2}
        if not shorts:
            continue
        longer = set()
        for t in ents:
            if t.key == s.key or _GROUP[t.kind] != _GROUP[s.kind]:
                continue
            qualified = {sh for stems, written in forms[t.key] if len(written) == len(stems)
                         for sh in shorts if _qualifies(stems, written, sh, lang)}
            if qualified == shorts:
                longer.add(t.key)
        if len(longer) == 1:
            joins[s.key] = longer.pop()
    return _merge_joins(extraction, joins)


def _merge_joins(extraction: Extraction, joins: dict[str, str]) -> Extraction:
    """Each entity merged into the one it joins (source key → target key); a target that itself
    joins another is left out of this pass, so no chain is followed on a guess."""
    joins = {s: t for s, t in joins.items() if t not in joins}
    if not joins:
        return extraction
    groups: dict[str, list[str]] = {}
    for s, t in joins.items():
        groups.setdefault(t, [t]).append(s)
    return merge_entities(extraction, groups.values())


def _qualifies(stems: list[str], written: list[str], short: tuple[str, ...], lang: str) -> bool:
    """A name (its stem words and written words) is the short name with leading adjectives
    before it (`Административный суд Кёльна` of `суд кёльн`)."""
    k = len(stems) - len(short)
    return k > 0 and tuple(stems[k:]) == short and all(adjective_form(w, lang) for w in written[:k])


def _initials(name: str) -> set[str]:
    """The abbreviations a name of two or more words can have: the first letters of its words,
    with and without its short lower-case function words (`Фонд борьбы с коррупцией` → `ФБК`,
    `ФБСК`), numbers and signs left out (`Клиническая инфекционная больница № 1` → `КИБ`), each
    part of a hyphenated word with its own letter (`Северо-Кавказский федеральный округ` → `СКФО`,
    not `СФО`)."""
    words = [w for w in name.replace("«", " ").replace("»", " ").split() if w[:1].isalpha()]
    if len(words) < 2:  # one word, hyphenated or not, has no initials (`Ростов-на-Дону`)
        return set()
    words = [p for w in words for p in w.split("-") if p[:1].isalpha()]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if not (len(w) <= 2 and w.islower())).upper()
    return {every, content}


def join_abbreviations(extraction: Extraction, lang: str) -> Extraction:
    """A body or place named only by an abbreviation in capitals (`МКС`, `СКР`, inflected `МКСа`)
    and the one other body or place of the text with a name of two or more words, in the same
    script, whose initials it is (`Международной космической станции`, `Следственный комитет
    России`) are one entity; the full name leads. Two such names, two entities linked to different
    items, a linked abbreviation beside an unlinked name of another kind (organisation / place),
    or a name not in capitals leave it alone."""
    ents = [e for e in extraction.entities if e.kind != "person"]
    joins: list[list[str]] = []
    taken: set[str] = set()
    for s in ents:
        names = (s.name, *s.aliases, *s.surface_forms)
        cores = {abbreviation(n) for n in names}
        if len(cores) != 1 or None in cores or s.key in taken:
            continue
        core = cores.pop()
        script = in_own_script(core, lang)
        full = [t for t in ents if t.key != s.key and t.key not in taken
                and not (t.link and s.link and t.link.qid != s.link.qid)
                # a link the abbreviation alone reached names the item those letters stand for:
                # a full name of another kind is something else (`МО` read as a region beside
                # `Министерство обороны`), and would take that link
                and not (s.link and not t.link and _GROUP[s.kind] != _GROUP[t.kind])
                and any(core in _initials(n) and in_own_script(n, lang) == script
                        for n in (t.name, *t.aliases, *t.surface_forms) if not is_caps(n))]
        if len(full) == 1:
            joins.append([full[0].key, s.key])
            taken.update((full[0].key, s.key))
    return merge_entities(extraction, joins) if joins else extraction


def _compound(word: str, words: list[str]) -> int:
    """How many of `words` the one word is a compound abbreviation of (`кабмин` of `кабинет
    министров`: 2, `нацгвардия` of `национальная гвардия`: 2), each part the start of its word
    (two letters or more, the last part also the word's stem); 0 when it is none."""

    def fits(rest: str, i: int) -> int:
        if i >= len(words):
            return 0
        w = words[i]
        if i >= 1 and len(rest) >= 3 and (w.startswith(rest) or rest.startswith(w[: max(3, len(w) - 2)])) \
                and len(rest) <= len(w) + 1:
            return i + 1
        for n in range(min(len(rest) - 2, len(w)), 1, -1):
            if w.startswith(rest[:n]):
                got = fits(rest[n:], i + 1)
                if got:
                    return got
        return 0

    return fits(word, 0)


def _compound_joins(orgs: list[Entity], taken: dict[str, str], lang: str) -> dict[str, str]:
    """A body named by one compound abbreviation (`Кабмин`, `Нацгвардия`, `Госдума`) beside the
    one other body whose name it shortens (`Кабинет министров Страны`, the name going on, if at
    all, with capitalised words), and a body named by the last part of such a compound beside it
    (`Дума` beside `Госдума`), is that body; the linked one of the two leads (two different
    links: none joins). A linked abbreviation is not joined to an unlinked name that goes on past
    it (`Нацгвардия`, linked, beside `Национальная гвардия Тавриды`): the link may be another
    country's body of that name."""
    out: dict[str, str] = {}
    by_key = {t.key: t for t in orgs}
    full = {t.key: [(name_key(n).split(), n.split()) for n in dict.fromkeys(
        (t.name, *t.aliases, *([t.link.label_ru] if t.link and t.link.label_ru else [])))] for t in orgs}
    for s in orgs:
        if s.key in taken or " " in s.name.strip() or not in_own_script(s.name, lang) \
                or is_caps(s.name):
            continue
        word = name_key(s.name)
        found = set()
        named_on: set[str] = set()  # bodies whose name goes on past the compound (`… Тавриды`)
        for t in orgs:
            if t.key == s.key or s.link and t.link and s.link.qid != t.link.qid:
                continue
            for keys, written in full[t.key]:
                if len(keys) < 2 or len(keys) != len(written):
                    continue
                k = _compound(word, keys)
                if k and all(w[:1].isupper() for w in written[k:]):
                    found.add(t.key)
                    if k < len(keys):
                        named_on.add(t.key)
            # `Дума` beside `Госдума` (`Государственная дума`): the compound's last part
            compounds = [f for f in t.surface_forms if " " not in f.strip() and not is_caps(f)]
            if any(keys[-1] == word for keys, _ in full[t.key] if len(keys) == 2) and any(
                    _compound(name_key(f), keys) == 2 for f in compounds for keys, _ in full[t.key]):
                found.add(t.key)
        if len(found) == 1:
            t = found.pop()
            lead_short = s.link is not None and by_key[t].link is None
            if lead_short and t in named_on:
                continue  # `Госдума` linked to one country's body, `Государственная дума Нарнии`
                # another's: the link says which body the abbreviation was taken for, not the text
            if lead_short:
                out[t] = s.key
            else:
                out[s.key] = t
    return out


def _own_slug(e: Entity, gaz: Gazetteer) -> str:
    """The default slug, but `…-region` for a region the gazetteer labels with its main city's bare
    name (Q232382 `Тартус`): the unlinked city of that name elsewhere must not share its IRI."""
    slug = default_slug(e)
    if e.link and e.kind == "place" and e.link.label_ru:
        item = gaz.items.get(e.link.qid)
        if item is not None and item.bare and item.bare == name_key(e.link.label_ru):
            return f"{slug}-region"
    return slug


def assign_slugs(extraction: Extraction, store, base: str, gaz: Gazetteer) -> Extraction:
    """Set `Entity.slug` where the store says the default slug would merge two different things.

    A linked entity whose item is already stored reuses that IRI; a slug already held by another
    Wikidata item, or by another kind of thing, gets a suffix (`-q123`, or `-person`) for the
    newcomer; a region labelled with a city's bare name gets `-region`.
    """
    doc = iris.doc_iri(base, extraction.document.id)
    wanted = {e.key: _own_slug(e, gaz) for e in extraction.entities}
    existing = _stored(store, doc, [iris.entity_iri(base, s) for s in set(wanted.values())],
                       sorted({e.link.qid for e in extraction.entities if e.link}))
    by_qid, by_iri = existing
    entity_prefix = iris.entity_iri(base, "")
    out = []
    for e in extraction.entities:
        slug = wanted[e.key]
        chosen = slug
        ours = sorted(i for i in by_qid.get(e.link.qid, ()) if i.startswith(entity_prefix)) if e.link else []
        if ours:
            chosen = ours[0][len(entity_prefix):]
        else:
            held = by_iri.get(iris.entity_iri(base, slug))
            if held:
                qids, kinds = held
                if e.link and qids and e.link.qid not in qids:
                    chosen = f"{slug}-{e.link.qid.lower()}"
                elif kinds and _GROUP[e.kind] not in kinds:
                    chosen = f"{slug}-{e.kind}"
        # None: the default, minted by the build
        wanted_slug = None if chosen == default_slug(e) else chosen
        out.append(e if e.slug == wanted_slug else dataclasses.replace(e, slug=wanted_slug))
    return dataclasses.replace(extraction, entities=tuple(out))


def _stored(store, doc: str, entity_iris: list[str], qids: list[str]):
    """What other documents already say: QID → entity IRIs, and entity IRI → (QIDs, kind groups)."""
    by_qid: dict[str, set[str]] = {}
    by_iri: dict[str, tuple[set[str], set[str]]] = {}
    if qids:
        values = " ".join(f"<{WD}{q}>" for q in qids)
        rows = store.query(
            "SELECT ?s ?q WHERE { GRAPH ?g { VALUES ?q { " + values + " } ?s <http://www.w3.org/2002/07/owl#sameAs> ?q } "
            f"FILTER(?g != <{doc}>) }}")
        for row in rows:
            by_qid.setdefault(row["q"].value[len(WD):], set()).add(row["s"].value)
    if entity_iris:
        values = " ".join(f"<{i}>" for i in entity_iris)
        rows = store.query(
            "SELECT ?s ?t ?q WHERE { GRAPH ?g { VALUES ?s { " + values + " } ?s a ?t "
            "OPTIONAL { ?s <http://www.w3.org/2002/07/owl#sameAs> ?q } } "
            f"FILTER(?g != <{doc}>) }}")
        for row in rows:
            qids, kinds = by_iri.setdefault(row["s"].value, (set(), set()))
            kind = _CLASS_KIND.get(row["t"].value)
            if kind:
                kinds.add(kind)
            q = row["q"]
            if q is not None and q.value.startswith(WD):
                qids.add(q.value[len(WD):])
    return by_qid, by_iri
