"""Build the offline Wikidata gazetteer index (kg/data/gazetteer/) from ../shared/data/gazetteer/*.tsv.

Usage: `python scripts/build_gazetteer.py [SRC_DIR] [OUT_DIR]` or `make gazetteer`. The rules it applies
(which rows are kept, how names shared by several items are settled) are in docs/linking.md; every
choice it makes is written to OUT_DIR/conflicts.tsv. The output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.link.names import (  # noqa: E402
    country_at_end, has_upper, inflects, is_caps, name_key, names_region, stem_parts)

DEFAULT_SRC = ROOT.parent / "shared" / "data" / "gazetteer"
DEFAULT_OUT = ROOT / "kg" / "data" / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")
FILES = ("countries.tsv", "places.tsv", "organisations.tsv", "people.tsv", "cities-naturalearth.tsv")
# Which dataset a `source` entry of a row names (README "Sources"); the keys are those of *_src columns.
SOURCE_KEYS = (("json/countries.json", "csc-countries"), ("states.sqlite3", "csc-states"),
               ("contributions/cities", "csc-cities"), ("mledoze/", "mledoze"), ("NEREL", "nerel"),
               ("natural-earth", "naturalearth"),
               ("RuBQ", "rubq"), ("supraverden", "sprvd"))
KIND_GROUP = {"country": "place", "place": "place", "organization": "organization", "person": "person"}
# label, Russian alias, English name, inflected mention, abbreviation derived from the label
STRENGTH = {"L": 3, "A": 2, "E": 2, "M": 1, "D": 1}
LARGEST_FACTOR = 10  # a city this many times as populous as its namesakes is the one news mean
METROPOLIS = 1_000_000  # … or, alone of its name in Natural Earth, a city this populous
SKIP_WORDS = ROOT / "kg" / "data" / "ru" / "abbreviation_skip_words.txt"
PATRONYMICS = ROOT / "kg" / "data" / "ru" / "patronymics.tsv"
MIN_ABBREVIATION = 3  # two-letter initials (ЕС, ВС) name too many things
LANG = "ru"  # the language of the sources' labels (`label_ru`, `aliases_ru`): the index's name keys
NEREL_LABEL = re.compile(r"label_ru also '([^']+)' in nerel")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


def names_a_class(label: str, mentions: list[str]) -> bool:
    """A NEREL item whose label is a common noun (`запад`, `правительство`), or whose label the
    texts also use as a common noun (`министерстве иностранных дел`): a class, not one body or place."""
    if not label:
        return False
    if label[0].islower() and not has_upper(label):
        return True
    words = [w[:5] for w in name_key(label).split(" ")]
    return len(words) > 1 and any(not has_upper(m) and [w[:5] for w in name_key(m).split(" ")] == words
                                  for m in mentions)


def person_name(label: str, patronymics: list[tuple[str, str]]) -> str:
    """The canonical name «Имя Фамилия» of a person's label: `Песков, Дмитрий Сергеевич` and
    `Дмитрий Сергеевич Песков` → `Дмитрий Песков`; `Ильхам Гейдар оглы Алиев` → `Ильхам Алиев`.
    A bracketed note is no part of the name (`Кузнецов, Сергей Николаевич (чиновник)` → `Сергей
    Кузнецов`), and a title after the comma is no given name (`Чарльз, принц Уэльский` stays)."""
    label = re.sub(r"\s*\([^()]*\)$", "", label).strip()  # a note ends the label; `(941) Маррей` has none
    if label.count(",") == 1:
        surname, given = (p.strip() for p in label.split(","))
        if given[:1].islower():  # `Чарльз, принц Уэльский`: a title, the label is already the name
            return label
        label = f"{given} {surname}" if given and surname else label
    words = label.split()
    markers = {f for k, f in patronymics if k == "marker"}
    endings = tuple(f for k, f in patronymics if k == "ending")
    for i, w in enumerate(words):
        # the father's name before `оглы` may be two words (`Рустам Мамед Ибрагим оглы …`)
        if w in markers and 1 <= i - 1 and i < len(words) - 1:
            return " ".join(words[:1] + words[i + 1:])
    if len(words) == 3 and words[1].endswith(endings) and words[1][:1].isupper():
        return f"{words[0]} {words[2]}"
    return label


def initials(label: str, skip: set[str]) -> str | None:
    """The capitals of a label's words (`Организация по безопасности и сотрудничеству в Европе` →
    `ОБСЕ`), `skip` words left out; None unless the label is three or more Cyrillic words."""
    words = [w for w in label.split() if w.casefold() not in skip]
    if len(words) < MIN_ABBREVIATION or not all(re.fullmatch(r"[А-ЯЁа-яё-]+", w) for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def source_keys(row: dict[str, str]) -> list[str]:
    found = {key for part in row.get("source", "").split(";") for marker, key in SOURCE_KEYS
             if marker in part}
    return sorted(found)


def label_src_nerel(row: dict[str, str]) -> bool:
    return row.get("label_ru_src", "") == "nerel"


class Builder:
    def __init__(self) -> None:
        self.entities: dict[str, dict] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)  # key → qid → strongest strength
        self.caps: dict[str, dict[str, str]] = defaultdict(dict)  # the same, for names written in capitals
        self.choices: list[tuple[str, str, str, str]] = []  # (what, subject, decision, reason)
        self.blocked: set[str] = set()  # names of left-out class items: common nouns, never linked
        self.common: set[str] = set()  # … of them, those written in lower case too
        self.pending_weak: list[tuple[str, str]] = []  # (qid, csc country name replaced as label)

    def note(self, what: str, subject: str, decision: str, reason: str) -> None:
        self.choices.append((what, subject, decision, reason))

    def add_entity(self, qid: str, record: dict, file: str) -> bool:
        if not QID.match(qid):
            self.note("row", f"{file}:{qid}", "left out", "QID not well-formed")
            return False
        if qid in self.entities:  # files are read in order of precedence: countries, places, organisations, people
            self.note("row", f"{file}:{qid}", "left out",
                      f"QID already taken by a {self.entities[qid]['kind']} row of an earlier file")
            return False
        record["src"] = record.get("src") or []
        self.entities[qid] = {k: v for k, v in record.items() if v not in (None, "", [], False)}
        return True

    def add_name(self, qid: str, name: str, strength: str) -> None:
        key = name_key(name)
        if len(key) < 2:
            return
        tables = (self.names, self.caps) if is_caps(name) else (self.names,)
        for table in tables:
            old = table[key].get(qid)
            if old is None or STRENGTH[strength] > STRENGTH[old]:
                table[key][qid] = strength

    def add_names(self, qid: str, row: dict[str, str], kind: str) -> None:
        if row.get("label_ru"):
            self.add_name(qid, row["label_ru"], "L")
        for alias in split(row.get("aliases_ru", "")):
            self.add_name(qid, alias, "A")
        for name in [row.get("label_en", ""), row.get("abbr_en", ""), *split(row.get("aliases_en", ""))]:
            # Latin names appear in Russian news for media and companies; two-letter codes (DC, WA) are noise
            if len(name) >= 4 or (len(name) == 3 and name.isupper() and kind == "organization"):
                self.add_name(qid, name, "E")
        for mention in split(row.get("mentions_ru", "")):
            if not has_upper(mention):
                continue  # `администрации президента`: a common noun, not a name
            if kind == "person" and " " not in mention.strip():
                continue  # a bare surname or first name: the linker's surname rule handles these
            self.add_name(qid, mention, "M")

    def block(self, row: dict[str, str]) -> None:
        for name in [row["label_ru"], *split(row.get("mentions_ru", ""))]:
            if len(name_key(name)) >= 2:
                self.blocked.add(name_key(name))
                if not name[:1].isupper():
                    self.common.add(name_key(name))

    def unblock_names(self) -> None:
        """A class item's mention written only with a capital (`Госдума` among the mentions of
        Q35749 «парламент») that a kept item also carries (Q715641 «Государственная дума») is that
        item's name, an annotator's link to the class aside: it is not blocked. A name the class
        item's mentions also write in lower case (`Парламент`, `парламент`) stays blocked."""
        for key in sorted(self.blocked):
            carriers = self.names.get(key, {})
            # one item's name, spelled out (not `МИД`, which many ministries share); an entity
            # still stays unlinked while any other of its names is blocked (`Запад` beside `Западе`)
            if key not in self.common and len(carriers) == 1 and key not in self.caps:
                self.blocked.discard(key)
                self.note("name", key, "not blocked", f"a capitalised name of {' '.join(sorted(self.names[key]))}")

    # --- the four files -------------------------------------------------------------------
    def countries(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            r = self.country_label(r)
            rec = {"kind": "country", "ru": r["label_ru"], "en": r["label_en"], "iso2": r["iso2"],
                   "capital": r["capital_qid"] if QID.match(r["capital_qid"]) else None,
                   "prior": 100, "src": source_keys(r)}
            if r["notes"]:
                self.note("country", r["qid"], "kept as the sources say", r["notes"])
            if self.add_entity(r["qid"], rec, "countries.tsv"):
                self.add_names(r["qid"], r, "country")
        for qid, name in self.pending_weak:
            self.add_name(qid, name, "M")
        self.names_used_for_another(rows)

    def names_used_for_another(self, rows: list[dict[str, str]]) -> None:
        """`Конго` is csc's label of the Republic of the Congo (Q971), and NEREL's news texts use it
        only for the Democratic Republic (Q974): a country's label or alias that the texts give to
        another country and never to this one is that name at mention strength only, so the two
        tie and the document (its cities, its other countries) decides, else nothing is linked."""
        used = {r["qid"]: {name_key(m) for m in split(r["mentions_ru"])} for r in rows if r["qid"] in self.entities}
        for qid, keys in sorted(used.items()):
            for key in sorted(keys):
                cands = self.names.get(key, {})
                for other, strength in sorted(cands.items()):
                    if other != qid and strength != "M" and self.entities[other]["kind"] == "country" \
                            and key not in used.get(other, set()):
                        cands[other] = "M"
                        self.note("country", other, f"name {key!r} at mention strength",
                                  f"NEREL's texts use it for {qid}, never for {other}")

    def country_label(self, r: dict[str, str]) -> dict[str, str]:
        """csc's Russian names are machine-like in places (`Джордан` for Jordan, `Джорджия` for
        Georgia): when NEREL's news texts never use csc's name but use a name that mledoze also
        gives, that name is the label, and csc's is kept only as a weak (mention-strength) name."""
        aliases, srcs = split(r["aliases_ru"]), split(r["aliases_ru_src"])
        mentions = {name_key(m) for m in split(r["mentions_ru"])}
        confirmed = [a for a, s in zip(aliases, srcs, strict=False) if "mledoze" in s and "nerel" in s]
        if not confirmed or not mentions or name_key(r["label_ru"]) in mentions:
            return r
        label = confirmed[0]
        self.note("country", r["qid"], f"label {label!r}",
                  f"csc's {r['label_ru']!r} is not in NEREL's mentions; {label!r} is given by mledoze and NEREL")
        keep = [(a, s) for a, s in zip(aliases, srcs, strict=False) if a != label]
        self.pending_weak.append((r["qid"], r["label_ru"]))
        return {**r, "label_ru": label, "aliases_ru": "|".join(a for a, _ in keep),
                "aliases_ru_src": "|".join(s for _, s in keep)}

    def region_label(self, r: dict[str, str]) -> tuple[dict[str, str], str | None]:
        """csc-states often labels a region with its main city's bare name (Q3329 Belgorod Oblast is
        `Белгород`). When NEREL's texts never use csc's name but label the item otherwise
        (`Белгородская область`), NEREL's label is the label and csc's a plain alias. Returns the
        row
        and the bare name, when only csc gives it (no other source, no NEREL mention of any case):
        a text using that name without a region word means the city (docs/linking.md)."""
        label = r["label_ru"]
        if r["label_ru_src"] != "csc-states" or not label or names_region(label, LANG):
            return r, None
        key = name_key(label)
        stem, endings = stem_parts(key, LANG)
        mentions = [stem_parts(m, LANG) for m in split(r["mentions_ru"])]
        attested = {name_key(a) for a, s in zip(split(r["aliases_ru"]), split(r["aliases_ru_src"]),
                                                  strict=False) if s != "csc-states"}
        # RuBQ's Russian names hold Wikidata's label, and the shared build drops a name equal to the
        # label: a row citing RuBQ with no Russian name from it had Wikidata's label = csc's label
        rubq_same = "RuBQ" in r["source"] and "rubq" not in r["aliases_ru_src"]
        if key in attested or rubq_same or any(
                m == (stem, endings) or m[0] == stem and inflects(m[1], endings, LANG) for m in mentions):
            return r, None
        nerel = NEREL_LABEL.search(r["notes"])
        if nerel and nerel.group(1) in split(r["aliases_ru"]):
            new = nerel.group(1)
            self.note("place", r["qid"], f"label {new!r}",
                      f"csc's {label!r} is not in NEREL's mentions; NEREL labels the item {new!r}")
            aliases = [a for a in split(r["aliases_ru"]) if a != new] + [label]
            r = {**r, "label_ru": new, "aliases_ru": "|".join(aliases)}
        self.note("place", r["qid"], f"bare name {label!r}",
                  "only csc-states names the region so; "
                  "without a region word the name means a settlement")
        return r, key

    def places(self, rows: list[dict[str, str]], capitals: dict[str, str]) -> None:
        for r in rows:
            types = r["type"].split("|")
            is_city = any("city" in t or t == "country_capital" for t in types)
            bare = None
            # a row of a taken QID is left out below; Scotland, a `country` row, names no city
            if not is_city and "country" not in types and r["qid"] not in self.entities:
                r, bare = self.region_label(r)
            check = r["qid_check"]
            label_src = r["label_ru_src"]
            # README "csc city QIDs": a csc city id without NEREL's confirmation is unconfirmed; a known
            # clash (NEREL gives the same Russian name another QID) ranks below the confirmed reading.
            from_csc_city = label_src == "csc-cities" or (not label_src and "nerel" not in r["source"])
            if check.startswith("nerel-label-other-qid"):
                # a csc city id NEREL contradicts is suspect; a region is a namesake (canton Geneva)
                status, prior = ("clash", 30) if is_city and from_csc_city else ("homonym", 55)
            elif check == "nerel-same-qid" or label_src == "nerel":
                status, prior = "confirmed", 85 if is_city else 75
            elif is_city and from_csc_city:
                status, prior = "unconfirmed", 40
            else:
                status, prior = "csc-region", 60
            if label_src == "nerel" and names_a_class(r["label_ru"], split(r["mentions_ru"])):
                self.note("place", r["qid"], "left out", f"label {r['label_ru']!r} names a class, not a place")
                self.block(r)
                continue
            if r["qid"] in capitals and status == "confirmed":
                prior = 90
            rec = {"kind": "place", "ru": r["label_ru"], "en": r["label_en"], "type": types[-1],
                   "country": r["country_qid"] or None, "capital_of": capitals.get(r["qid"]),
                   "status": status, "prior": prior, "bare": bare, "src": source_keys(r)}
            if status in ("clash", "unconfirmed") or r["notes"]:
                self.note("place", r["qid"], f"status {status}, prior {prior}",
                          "; ".join(x for x in (check, r["notes"]) if x) or "csc city id without NEREL confirmation")
            if self.add_entity(r["qid"], rec, "places.tsv"):
                self.add_names(r["qid"], r, "place")

    def cities(self, rows: list[dict[str, str]], iso2: dict[str, str]) -> None:
        """Natural Earth's populated places: a curated QID for every capital and most large cities.
        Its city QIDs agree with NEREL's where csc's city files disagree (Kyiv, Minsk, Geneva), so a
        city it confirms is confirmed, and a csc city of the same name and country with another QID
        ranks below it. Regions and countries keep their QIDs: Natural Earth only adds settlements."""
        by_name: dict[tuple[str, str | None], list[str]] = defaultdict(list)
        for qid, e in self.entities.items():
            if e["kind"] == "place" and e.get("type") != "administrative region":
                by_name[(name_key(e.get("ru", "")), e.get("country"))].append(qid)
        for r in rows:
            qid, label = r["qid"], r["label_ru"]
            if not QID.match(qid) or not label:
                continue
            country = iso2.get(r["country_iso2"])
            capital = r["feature_class"].startswith("Admin-0 capital")
            prior = 90 if capital else 85 if r["feature_class"].startswith("Admin-1") else 80
            old = self.entities.get(qid)
            if old is not None:
                if old["kind"] != "place":
                    self.note("row", f"cities-naturalearth.tsv:{qid}", "left out",
                              f"QID already taken by a {old['kind']} row")
                    continue
                if old.get("status") in ("unconfirmed", "clash"):
                    self.note("place", qid, f"status confirmed, prior {max(prior, old.get('prior', 0))}",
                              f"Natural Earth gives the same QID (was {old['status']})")
                    old["status"], old["prior"] = "confirmed", max(prior, old.get("prior", 0))
                elif old.get("prior", 0) < prior and old.get("status") == "confirmed":
                    # `Барселона` Q1492, a confirmed place at 75, is Catalonia's capital in Natural
                    # Earth: it ranks as one, not below Venezuela's Barcelona (Anzoátegui's capital)
                    self.note("place", qid, f"prior {prior}", f"Natural Earth's {r['feature_class']} (was {old.get('prior', 0)})")
                    old["prior"] = prior
                old["src"] = sorted({*old.get("src", []), "naturalearth"})
                old.setdefault("country", country)
                self.add_name(qid, label, "A")
                continue
            for other in by_name.get((name_key(label), country), []):
                e = self.entities[other]
                if e.get("status") in ("unconfirmed", "clash") and e.get("prior", 0) >= 30:
                    e["status"], e["prior"] = "clash", 30
                    self.note("place", other, "status clash, prior 30",
                              f"Natural Earth names the city {label!r} with {qid}")
            rec = {"kind": "place", "ru": label, "en": r["label_en"], "type": "city",
                   "country": country, "capital_of": country if capital else None,
                   "status": "confirmed", "prior": prior, "src": ["naturalearth"]}
            if self.add_entity(qid, rec, "cities-naturalearth.tsv"):
                self.add_name(qid, label, "L")
                if len(r["label_en"]) >= 4:
                    self.add_name(qid, r["label_en"], "E")
        self.largest_namesakes(rows)

    def largest_namesakes(self, rows: list[dict[str, str]]) -> None:
        """`Лас-Вегас` is the city of Nevada (1.8 million), not its namesake in New Mexico (17,000):
        where Natural Earth gives a name to a city at least LARGEST_FACTOR times as populous as any
        other city it so names, that city ranks one above the cities of that name it ties with
        (never above a region: `Флорида` stays the state, not Uruguay's city)."""
        by_label: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for r in rows:
            if QID.match(r["qid"]) and r["label_ru"] and r["qid"] in self.entities:
                by_label[name_key(r["label_ru"])].append((int(r["population_max"] or 0), r["qid"]))
        for key, cities in sorted(by_label.items()):
            cities.sort(reverse=True)
            (people, qid), rest = cities[0], cities[1:]
            if people <= 0 or rest and people < LARGEST_FACTOR * rest[0][0] or not rest and people < METROPOLIS:
                continue
            top = self.entities[qid]
            # with no other city of the name in Natural Earth, a metropolis outranks only a
            # namesake known from NEREL's links alone (no population, no curated row): `Флорида`
            # stays the state, `Кембридж` (128,000; Cambridge, Massachusetts is not in Natural
            # Earth) stays undecided
            tied = [q for q in self.names.get(key, {}) if q != qid and self.entities[q]["kind"] == "place"
                    and self.entities[q].get("type") == "city"
                    and (rest or self.entities[q].get("src") == ["nerel"])
                    and self.entities[q].get("prior", 0) == top.get("prior", 0)]
            if tied:
                top["prior"] = top.get("prior", 0) + 1
                self.note("place", qid, f"prior {top['prior']}",
                          f"the largest city named {key!r} by Natural Earth ({people}); ties with {' '.join(sorted(tied))}")
        self.used_for_largest(rows)

    def used_for_largest(self, rows: list[dict[str, str]]) -> None:
        """`Ростов` is Natural Earth's label of Rostov Veliky (34,000), and NEREL's news texts use
        it for Rostov-on-Don (1.05 million), whose label is the compound: where the texts' name for
        a city (a NEREL mention) is another Natural Earth city's label or name, and the city the
        texts mean is at least LARGEST_FACTOR times as populous as every other city the name
        reaches, the smaller cities' claim to the name is no stronger than that mention, so rank
        (the prior) or the document decides, not the label. Regions keep their names (the linker's
        city-or-region rule weighs them)."""
        people = {r["qid"]: int(r["population_max"] or 0) for r in rows
                  if QID.match(r["qid"]) and r["qid"] in self.entities}
        for key, cands in sorted(self.names.items()):
            cities = sorted(((people[q], q) for q in cands
                             if q in people and self.entities[q]["kind"] == "place"), reverse=True)
            if len(cities) < 2:
                continue
            (most, qid), rest = cities[0], cities[1:]
            if cands[qid] != "M" or most < LARGEST_FACTOR * rest[0][0]:
                continue
            smaller = sorted(q for _, q in rest if STRENGTH[cands[q]] > STRENGTH["M"])
            for q in smaller:
                cands[q] = "M"
                self.note("place", q, f"name {key!r} at mention strength",
                          f"the texts use it for {qid} ({most}), {LARGEST_FACTOR}+ times as populous ({people[q]})")

    def organisations(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            label = r["label_ru"]
            if label_src_nerel(r) and names_a_class(label, split(r["mentions_ru"])):
                # NEREL links some mentions to class items (Q4508 «военно-морской флот», Q66344
                # «центральный банк»): a concept, never the body the text means.
                self.note("organisation", r["qid"], "left out", f"label {label!r} names a class, not a body")
                self.block(r)
                continue
            interg = r["category"].startswith("intergovernmental")
            rec = {"kind": "organization", "ru": label, "en": r["label_en"],
                   "type": "intergovernmental" if interg else None,
                   "country": self.mentions_country(r) if not label else None,
                   "prior": 80 if interg else 70, "src": source_keys(r)}
            if r["notes"]:
                self.note("organisation", r["qid"], "kept as the sources say", r["notes"])
            if self.add_entity(r["qid"], rec, "organisations.tsv"):
                self.add_names(r["qid"], r, "organization")

    def countries_of(self, key: str) -> set[str]:
        """Countries a name key (any form) names: a country's, or a confirmed place's country."""
        out = set()
        for qid in self.names.get(key, {}):
            e = self.entities[qid]
            if e["kind"] == "country":
                out.add(qid)
            elif e["kind"] == "place" and e.get("country") and e.get("status") == "confirmed":
                out.add(e["country"])
        return out

    def mentions_country(self, r: dict[str, str]) -> str | None:
        """The one country an unlabelled body's NEREL mentions name (`Следственный комитет
        Белоруссии`, `полиции Сан-Диего`): the linker links it only in a document about that
        country."""
        found = {country_at_end(m, self.countries_of) for m in split(r["mentions_ru"])} - {None}
        if len(found) != 1:
            return None
        country = found.pop()
        self.note("organisation", r["qid"], f"country {country}",
                  "the country its NEREL mentions name")
        return country

    def people(self, rows: list[dict[str, str]]) -> None:
        patronymics = [tuple(ln.split("\t")[:2]) for ln in PATRONYMICS.read_text(encoding="utf-8").splitlines()
                       if ln.strip() and not ln.startswith("#")][1:]
        for r in rows:
            if r["check"] == "label-mention-mismatch":
                self.note("person", r["qid"], "left out",
                          f"label {r['label_ru']!r} shares no word with NEREL's mentions (often a wrong link)")
                continue
            offices = [o.split("=", 1) for o in split(r["offices"])]
            rec = {"kind": "person", "ru": r["label_ru"], "en": r["label_en"],
                   "offices": [o[1] for o in offices if len(o) == 2],
                   "office_countries": split(r["office_country_qids"]),
                   "key_office": r["key_office"] == "yes", "docs": int(r["n_docs"] or 0),
                   "prior": 50, "src": source_keys(r)}
            name = person_name(r["label_ru"], patronymics) if r["label_ru"] else ""
            if name != r["label_ru"]:  # the canonical name, where the label is not one
                rec["name"] = name
            if self.add_entity(r["qid"], rec, "people.tsv"):
                self.add_names(r["qid"], r, "person")
                if name and name != r["label_ru"] and " " in name:
                    # a one-word name left by a bracketed note (`Владимир (Сабодан)`) is a first
                    # name many share: no look-up name. At mention strength: a namesake's label (`Дмитрий Сергеевич Песков`) matched as a
                    # name variant outranks a canonical name derived from an inverted label
                    self.add_name(r["qid"], name, "M")

    # --- abbreviations derived from Russian labels -----------------------------------------
    def derived_abbreviations(self) -> None:
        """`ОБСЕ` for Q81299 «Организация по безопасности и сотрудничеству в Европе»: the initials
        of an organisation's Russian label, prepositions and conjunctions left out, in capitals.
        Added only where no source gives that name to any item or begins a name with it, and no
        other label derives it."""
        skip = {ln.strip() for ln in SKIP_WORDS.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")}
        derived: dict[str, list[str]] = defaultdict(list)
        for qid, e in self.entities.items():
            abbr = initials(e.get("ru", ""), skip) if e["kind"] == "organization" else None
            if abbr:
                derived[abbr].append(qid)
        # the first words of the names the sources give: `РИА` begins `РИА Новости`, so it is that
        # agency's short name, not the initials of `Русская императорская армия`
        first_words: dict[str, set[str]] = defaultdict(set)
        for k, cands in self.names.items():
            if " " in k:
                first_words[k.split(" ")[0]].update(cands)  # the QIDs carrying the name
        for abbr, qids in sorted(derived.items()):
            key = name_key(abbr)
            if len(qids) > 1:
                self.note("abbreviation", abbr, "not derived", f"the initials of {len(qids)} labels: {' '.join(sorted(qids))}")
            elif key in self.names or key in self.blocked:
                self.note("abbreviation", abbr, "not derived", "a name the sources already give")
            elif first_words.get(key, set()) - {qids[0]}:
                self.note("abbreviation", abbr, "not derived", "the first word of another item's name")
            else:
                self.add_name(qids[0], abbr, "D")
                self.note("abbreviation", qids[0], abbr, f"initials of the label {self.entities[qids[0]]['ru']!r}")

    # --- names shared by several items ----------------------------------------------------
    def rules(self) -> dict[str, str]:
        """For each name key carried by two or more items, the rule that settles it."""
        rules: dict[str, str] = {}
        for key, cands in sorted(self.names.items()):
            if len(cands) < 2:
                continue
            groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
            for qid, strength in cands.items():
                e = self.entities[qid]
                groups[KIND_GROUP[e["kind"]]].append((STRENGTH[strength], e["prior"], qid))
            parts = []
            for group, items in sorted(groups.items()):
                items.sort(reverse=True)
                if len(items) == 1:
                    parts.append(f"{group}=unique")
                elif items[0][:2] > items[1][:2]:
                    parts.append(f"{group}=rank:{items[0][2]}")
                else:
                    parts.append(f"{group}=context")
            rule = ("kind;" if len(groups) > 1 else "") + ";".join(parts)
            rules[key] = rule
            self.note("name", key, rule, " ".join(f"{q}:{s}" for q, s in sorted(cands.items())))
        return rules

    def index(self, inputs: dict[str, str]) -> dict:
        rules = self.rules()
        return {"format": 1, "lang": LANG, "inputs": inputs,
                "entities": dict(sorted(self.entities.items())),
                "names": {k: sorted(v.items()) for k, v in sorted(self.names.items())},
                "caps": {k: sorted(v.items()) for k, v in sorted(self.caps.items())},
                "rules": rules, "blocked": sorted(self.blocked)}


def build(src: Path, out: Path) -> dict:
    tables = {f: read_tsv(src / f) for f in FILES}
    inputs = {f: hashlib.sha256((src / f).read_bytes()).hexdigest()[:16] for f in FILES}
    capitals = {r["capital_qid"]: r["qid"] for r in tables["countries.tsv"] if QID.match(r["capital_qid"])}
    b = Builder()
    b.countries(tables["countries.tsv"])
    b.places(tables["places.tsv"], capitals)
    b.cities(tables["cities-naturalearth.tsv"],
             {r["iso2"]: r["qid"] for r in tables["countries.tsv"] if r["iso2"]})
    b.organisations(tables["organisations.tsv"])
    b.people(tables["people.tsv"])
    b.unblock_names()
    b.derived_abbreviations()
    index = b.index(inputs)
    out.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    with (out / "index.json.gz").open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    with (out / "conflicts.tsv").open("w", encoding="utf-8") as fh:
        fh.write("what\tsubject\tdecision\treason\n")
        for row in b.choices:
            fh.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    return index


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    missing = [f for f in FILES if not (src / f).exists()]
    if missing:
        print(f"build_gazetteer: {src} lacks {', '.join(missing)}", file=sys.stderr)
        return 2
    index = build(src, out)
    kinds: dict[str, int] = defaultdict(int)
    for e in index["entities"].values():
        kinds[e["kind"]] += 1
    size = (out / "index.json.gz").stat().st_size
    print(f"{len(index['entities'])} items ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
          f"{len(index['names'])} names, {len(index['rules'])} shared names with a rule; "
          f"{out / 'index.json.gz'} {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
