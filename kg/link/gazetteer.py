"""The offline Wikidata gazetteer (kg/data/gazetteer/index.json.gz), loaded once per process.

The index is built by scripts/build_gazetteer.py from ../shared/data/gazetteer/; docs/linking.md says
what it holds and where every fact in it came from.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.link.names import (inflects, is_caps, label_words, name_key, nominative_endings, split_person,
                           stem_parts)

INDEX = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "index.json.gz"
# Match strengths in the index: label, Russian alias, English name, inflected mention (NEREL),
# abbreviation derived from the Russian label (docs/linking.md "Derived abbreviations").
STRENGTH = {"L": 3, "A": 2, "E": 2, "M": 1, "D": 1}


@dataclass(frozen=True, slots=True)
class Item:
    """One Wikidata item the gazetteer knows, with what the linker weighs."""

    qid: str
    kind: str  # country, place, organization or person
    label_ru: str | None
    label_en: str | None
    prior: int  # rank among items sharing a name (docs/linking.md "Shared names")
    status: str = ""  # places: confirmed, csc-region, unconfirmed, clash
    type: str = ""  # places: csc / NEREL type (city, state, canton…); organisations: intergovernmental
    country: str | None = None  # places: the country's QID
    capital_of: str | None = None
    offices: tuple[str, ...] = ()  # people: office labels (NEREL WORKS_AS)
    office_countries: tuple[str, ...] = ()
    key_office: bool = False
    docs: int = 0  # people: NEREL documents linking them
    bare: str = ""  # regions: a name key only csc-states gives (often the main city's name)
    src: tuple[str, ...] = ()  # the sources the item drew on (docs/linking.md "Sources")
    name: str = ""  # people: the canonical name «Имя Фамилия» where the label is not one

    @property
    def canonical_ru(self) -> str | None:
        """The canonical nominative name: a person's «Имя Фамилия», else the Russian label."""
        return self.name or self.label_ru

    @property
    def mentions_only(self) -> bool:
        """Known only from NEREL's mentions: no Russian label, no source but NEREL."""
        return not self.label_ru and self.src == ("nerel",)

    @property
    def is_city(self) -> bool:
        return self.capital_of is not None or "city" in self.type or "capital" in self.type


class Gazetteer:
    """Name keys → candidate items, plus a surname index for people."""

    def __init__(self, data: dict):
        self.lang: str = data.get("lang", "ru")  # the language of its labels and name keys
        self.items: dict[str, Item] = {}
        for qid, e in data["entities"].items():
            self.items[qid] = Item(
                qid=qid, kind=e["kind"], label_ru=e.get("ru"), label_en=e.get("en"),
                prior=e.get("prior", 0), status=e.get("status", ""), type=e.get("type", ""),
                country=e.get("country"), capital_of=e.get("capital_of"),
                offices=tuple(e.get("offices", ())), office_countries=tuple(e.get("office_countries", ())),
                key_office=e.get("key_office", False), docs=e.get("docs", 0),
                bare=e.get("bare", ""), src=tuple(e.get("src", ())), name=e.get("name", ""))
        self.names: dict[str, tuple[tuple[str, str], ...]] = {
            k: tuple((q, s) for q, s in v) for k, v in data["names"].items()}
        self.names = {k: _disputed_short_labels(v, self.items) if " " not in k else v
                      for k, v in self.names.items()}
        self.caps: dict[str, tuple[tuple[str, str], ...]] = {
            k: tuple((q, s) for q, s in v) for k, v in data.get("caps", {}).items()}
        self.rules: dict[str, str] = data.get("rules", {})
        self.blocked: frozenset[str] = frozenset(data.get("blocked", ()))
        # stem key → qids, from Russian labels, aliases and mentions: forms the NLP could not normalise
        stems: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for key, cands in self.names.items():
            stem, endings = stem_parts(key, self.lang)
            for qid, strength in cands:
                # a mention is itself inflected: it serves only when it ends as a nominative does
                usable = strength in ("L", "A") or strength == "M" and nominative_endings(endings, self.lang)
                if usable and (qid, endings) not in stems[stem]:
                    stems[stem].append((qid, endings))
        self.stems = dict(stems)
        # surname key → [(first-name key, qid)] from people's labels and aliases (nominative forms)
        surnames: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, cands in self.names.items():
            parts = split_person(key)
            if parts is None:
                continue
            for qid, strength in cands:
                item = self.items[qid]
                if item.kind == "person" and strength in ("L", "A") and _surname_of(parts[1], item):
                    if (parts[0], qid) not in surnames[parts[1]]:
                        surnames[parts[1]].append((parts[0], qid))
        self.surnames = dict(surnames)
        # first-name keys of the people: a one-word name among them may be a person's, whatever
        # else it names
        self.first_names: frozenset[str] = frozenset(f for v in surnames.values() for f, _ in v)
        # name keys that begin longer names (`министерство обороны` of `министерство обороны сша`)
        self.heads = frozenset(" ".join(w[:i]) for w in (k.split(" ") for k in self.names)
                               for i in range(1, len(w)))

    def lookup(self, name: str) -> list[tuple[Item, int]]:
        """Items carrying `name` (any form), with the strength of the match. An abbreviation in
        capitals (`МИД`) matches only names the sources write in capitals, not `Мид`."""
        table = self.caps if is_caps(name) else self.names
        return [(self.items[q], STRENGTH[s]) for q, s in table.get(name_key(name), ())]

    def is_derived(self, name: str, qid: str) -> bool:
        """The name reaches the item only as an abbreviation derived from its label (`ОБСЕ`)."""
        return ("" if not is_caps(name) else dict(self.caps.get(name_key(name), ())).get(qid, "")) == "D"

    def lookup_stem(self, name: str) -> list[Item]:
        """Items of which `name` is an oblique case form (`Мьянмы` of `Мьянма`), by the endings
        each case can take (kg.link.names.case_endings); a nominative-looking name matches nothing."""
        stem, endings = stem_parts(name, self.lang)
        qids = dict.fromkeys(q for q, base in self.stems.get(stem, ()) if inflects(endings, base, self.lang))
        return [self.items[q] for q in qids]

    def is_head(self, name: str) -> bool:
        """A name that other names qualify (`Министерство обороны` / `… США`): it names many
        bodies."""
        return name_key(name) in self.heads

    def countries_of(self, key: str) -> set[str]:
        """Countries a name key (any form) names: a country's, or a confirmed place's country
        (NEREL's texts name it so; csc-only names such as `Сан-Маркос` are too often another
        place's)."""
        out = set()
        for qid, _ in self.names.get(key, ()):
            item = self.items[qid]
            if item.kind == "country":
                out.add(qid)
            elif item.kind == "place" and item.country and item.status == "confirmed":
                out.add(item.country)
        return out

    def is_blocked(self, name: str) -> bool:
        """A name of a class item the index left out (`запад`, `правительство`): a common noun."""
        return name_key(name) in self.blocked

    def is_first_name(self, name: str) -> bool:
        """The name is a first name of a person the gazetteer knows (`Виктория`, `Чарльз`)."""
        return name_key(name) in self.first_names

    @functools.cached_property
    def _label_words(self) -> dict[str, tuple[str, ...]]:
        """Word key of a person's Russian label → the people whose label holds it (`кембриджский` →
        `Уильям, герцог Кембриджский`), built on first use."""
        out: dict[str, list[str]] = defaultdict(list)
        for item in self.items.values():
            if item.kind == "person" and item.label_ru:
                for w in dict.fromkeys(label_words(item.label_ru)):
                    out[w].append(item.qid)
        return {k: tuple(v) for k, v in out.items()}

    def with_label_word(self, word: str) -> list[Item]:
        """The people one word of whose Russian label is `word` (`Чарльз` → `Чарльз, принц
        Уэльский`, `Чарльз Дарвин`, …)."""
        return [self.items[q] for q in self._label_words.get(name_key(word), ())]

    def by_surname(self, surname: str) -> list[tuple[str, Item]]:
        """(first-name key, item) of every person whose nominative name ends in `surname`."""
        return [(f, self.items[q]) for f, q in self.surnames.get(name_key(surname), ())]


def _surname_of(surname: str, item: Item) -> bool:
    """The key can be the person's surname: a word of the canonical name «Имя Фамилия» other than
    the first name. A label written «Фамилия, Имя» (`Масляков, Александр`) would otherwise make
    the first name a surname, and `Александр` alone the name of every such person."""
    words = name_key(item.canonical_ru or "").split(" ")
    if len(words) < 2:
        return True
    later = {w for word in words[1:] for w in (word, *word.split("-"))}
    return surname in later


def _disputed_short_labels(cands: tuple[tuple[str, str], ...], items: dict[str, Item],
                           ) -> tuple[tuple[str, str], ...]:
    """A one-word name: the Russian label of an item that only NEREL gives (`Реал`, `Думе`: the
    annotators' short form, sometimes a case form) counts as a mention where NEREL's annotators
    also linked the word to another item of that kind (Real Madrid, the State Duma): the
    annotators used it for both, so the label does not outrank the other item; rank, the
    document's context or nothing decides."""
    def disputed(qid: str) -> bool:
        item = items[qid]
        return item.src == ("nerel",) and any(
            s == "M" and q != qid and items[q].kind == item.kind for q, s in cands)
    return tuple((q, "M" if s == "L" and disputed(q) else s) for q, s in cands)


@functools.cache
def load_gazetteer(path: str = "") -> Gazetteer:
    """The gazetteer at `path` ('' = the index shipped with the project); read once per process."""
    with gzip.open(Path(path) if path else INDEX, "rt", encoding="utf-8") as fh:
        return Gazetteer(json.load(fh))


def index_kinds(name: str, path: str = "") -> frozenset[str] | None:
    """The kinds of the items the index at `path` ('' = the one shipped) knows by `name` (empty
    for none); None when the index cannot be read. For the language layer's checks: a place
    adjective's place asks the index the linker uses (Settings.gazetteer), the mention model's
    features the shipped one it was trained with."""
    try:
        found = load_gazetteer(path).lookup(name)
    except (OSError, ValueError):
        return None
    return frozenset(item.kind for item, _ in found)
