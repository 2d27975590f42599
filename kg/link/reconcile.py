"""Online reconciliation, on request: entities the gazetteer left unlinked → a SPARQL endpoint (Wikidata's).

A Russian label or alias match, type-compatible candidates only, and the document's countries and
positions to choose among several; answers are cached on disk (a second run makes no request). A
polite User-Agent, a timeout, backoff on 429; when the endpoint cannot be reached the entities
simply stay unlinked. See docs/linking.md "Online reconciliation".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import EndpointError
from kg.link.gazetteer import Gazetteer, load_gazetteer
from kg.link.identity import merge_same_identity
from kg.link.linker import candidate_qids, never_linked
from kg.link.names import abbreviation, name_key
from kg.records import Entity, Extraction, Link

WIKIDATA = "https://query.wikidata.org/sparql"
USER_AGENT = f"newskg/{__version__} (news knowledge graph; https://w3id.org/newskg) SPARQLWrapper"
WD = "http://www.wikidata.org/entity/"
# Kinds of the candidates, by their Wikidata classes (docs/linking.md says where these ids are documented)
_QUERY = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?item ?kind ?label ?en ?country ?citizen ?positionLabel WHERE {
  { ?item rdfs:label NAME } UNION { ?item skos:altLabel NAME }
  { ?item wdt:P31 wd:Q5 . BIND("person" AS ?kind) }
  UNION { ?item wdt:P31/wdt:P279* wd:Q6256 . BIND("country" AS ?kind) }
  UNION { ?item wdt:P31/wdt:P279* wd:Q43229 . BIND("organization" AS ?kind) }
  UNION { ?item wdt:P625 ?coordinates . BIND("place" AS ?kind) }
  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "LANG") }
  OPTIONAL { ?item rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?item wdt:P17 ?country }
  OPTIONAL { ?item wdt:P27 ?citizen }
  OPTIONAL { ?item wdt:P39 ?position . ?position rdfs:label ?positionLabel
             FILTER(LANG(?positionLabel) = "LANG") }
} LIMIT 300"""
_FITS = {"person": {"person"}, "organization": {"organization"}, "place": {"place", "country"},
         "country": {"country", "place"}}


@dataclass
class _Candidate:
    qid: str
    kinds: set[str] = field(default_factory=set)
    label: str | None = None
    en: str | None = None
    countries: set[str] = field(default_factory=set)  # P17 country, P27 citizenship
    positions: set[str] = field(default_factory=set)


class Reconciler:
    """Links unlinked entities against a SPARQL endpoint; one instance per run (it caches answers)."""

    def __init__(self, endpoint: str = WIKIDATA, cache_dir: str | Path = "./data/wikidata-cache", *,
                 timeout: float = 10.0, retries: int = 3, sleep: Callable[[float], None] = time.sleep,
                 gazetteer: Gazetteer | None = None):
        self.endpoint = endpoint
        self.cache_dir = Path(cache_dir)
        self.timeout = timeout
        self.retries = retries
        self.sleep = sleep
        self.requests = 0  # HTTP requests made, for reports and tests
        # the index the offline linker used (Settings.gazetteer), so both agree on what is settled
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.available = True  # set False after the endpoint failed once: no waiting on it again

    # --- the endpoint, behind a disk cache -------------------------------------------------
    def _cache_path(self, query: str) -> Path:
        digest = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def select(self, query: str) -> list[dict[str, str]]:
        """The bindings of a SELECT query as {variable: value}; cached; EndpointError when unavailable."""
        path = self._cache_path(query)
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        if not self.available:
            raise EndpointError(f"{self.endpoint} did not answer earlier in this run")
        try:
            data = self._fetch(query)
        except EndpointError:
            self.available = False
            raise
        rows = [{k: v["value"] for k, v in b.items()} for b in data.get("results", {}).get("bindings", [])]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # a cache entry is whole or absent
        return rows

    def _fetch(self, query: str) -> dict:
        from SPARQLWrapper import GET, JSON, SPARQLWrapper

        for attempt in range(self.retries + 1):
            client = SPARQLWrapper(self.endpoint, agent=USER_AGENT)
            client.setQuery(query)
            client.setMethod(GET)
            client.setReturnFormat(JSON)
            client.setTimeout(self.timeout)
            self.requests += 1
            try:
                return client.queryAndConvert()
            except urllib.error.HTTPError as exc:
                if exc.code in (429, 503) and attempt < self.retries:
                    self.sleep(_retry_after(exc, attempt))
                    continue
                raise EndpointError(f"{self.endpoint} answered HTTP {exc.code}") from exc
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                raise EndpointError(f"{self.endpoint} unreachable: {exc}") from exc
            except Exception as exc:  # SPARQLWrapper's own errors (bad answers, 5xx)
                raise EndpointError(f"{self.endpoint}: {exc}") from exc
        raise EndpointError(f"{self.endpoint} kept refusing (HTTP 429)")

    # --- candidates and decisions ------------------------------------------------------------
    def candidates(self, name: str) -> dict[str, _Candidate]:
        lang = self.gazetteer.lang  # names are matched, and labels read, in the gazetteer's language
        literal = json.dumps(name, ensure_ascii=False) + "@" + lang
        out: dict[str, _Candidate] = {}
        for row in self.select(_QUERY.replace("NAME", literal).replace('"LANG"', json.dumps(lang))):
            if not row.get("item", "").startswith(WD):
                continue
            c = out.setdefault(row["item"][len(WD):], _Candidate(row["item"][len(WD):]))
            c.kinds.add(row.get("kind", ""))
            c.label = c.label or row.get("label")
            c.en = c.en or row.get("en")
            for key in ("country", "citizen"):
                if row.get(key, "").startswith(WD):
                    c.countries.add(row[key][len(WD):])
            if row.get("positionLabel"):
                c.positions.add(row["positionLabel"])
        return out

    def decide(self, e: Entity, countries: set[str], affiliation: str | None,
               hints: frozenset[str] = frozenset()) -> tuple[Link, set[str]] | None:
        """The link for one entity and the kinds of its item, or None when nothing fits or it is
        unclear. `hints`: QIDs the gazetteer offered but could not confirm (csc city ids)."""
        names = list(dict.fromkeys(n for n in (e.name, *e.aliases) if len(n.split()) > 1 or e.kind != "person"))
        abbreviations = [abbreviation(f) for f in e.surface_forms]
        if abbreviations and all(abbreviations):  # `МИДа`: ask for `МИД`, not the NLP's `Мид`
            names = list(dict.fromkeys(a for a in abbreviations if a))
        found: dict[str, _Candidate] = {}
        for n in names:  # a bare surname is never looked up: too many namesakes
            for variant in dict.fromkeys((n, n.replace("ё", "е"))):
                found.update(self.candidates(variant))
        fits = [c for c in found.values() if c.kinds & _FITS[e.kind]]
        if e.kind == "person" and affiliation:  # the text's country for the position must agree
            fits = [c for c in fits if not c.countries or affiliation in c.countries]
        if not fits:
            return None
        method, conf = "wikidata-sparql", 0.8
        if len(fits) > 1 and len([c for c in fits if c.qid in hints]) == 1:
            # the endpoint confirms the one the gazetteer offered (Хомс: the city, not the governorate)
            fits, method, conf = [c for c in fits if c.qid in hints], "wikidata-sparql/gazetteer", 0.78
        elif len(fits) > 1:
            narrowed = [c for c in fits if c.countries & ({affiliation} if affiliation else countries)]
            if e.job_title and len(narrowed) != 1:
                head = name_key(e.job_title).split(" ")[0]
                narrowed = [c for c in fits if any(head in name_key(p).split(" ") for p in c.positions)]
            if len(narrowed) != 1:
                return None  # the document does not settle it: no link
            fits, method, conf = narrowed, "wikidata-sparql/context", 0.72
        c = fits[0]
        return Link(c.qid, conf, method, c.en, c.label), c.kinds

    def reconcile(self, extraction: Extraction) -> Extraction:
        """The extraction with links added where the endpoint settles them; unchanged if unreachable."""
        linked = {e.key: e.link.qid for e in extraction.entities if e.link}
        countries = {e.link.qid for e in extraction.entities if e.link and e.kind == "country"}
        text = extraction.document.text
        out = []
        for e in extraction.entities:
            if e.link is not None or not self.available or never_linked(e, self.gazetteer, text):
                out.append(e)
                continue
            try:
                decision = self.decide(e, countries, linked.get(e.affiliation or ""),
                                       candidate_qids(e, self.gazetteer, text,
                                                      extraction.document.lang))
            except EndpointError:
                decision = None
            if decision is None:
                out.append(e)
                continue
            link, kinds = decision
            kind = "country" if e.kind == "place" and "country" in kinds else e.kind
            out.append(dataclasses.replace(e, link=link, kind=kind))
        return merge_same_identity(dataclasses.replace(extraction, entities=tuple(out)), self.gazetteer)


def _retry_after(exc: urllib.error.HTTPError, attempt: int) -> float:
    """Seconds to wait before the next try: the server's Retry-After, else 1, 2, 4… (at most 60)."""
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        return min(float(value), 60.0) if value is not None else min(2.0 ** attempt, 60.0)
    except ValueError:
        return min(2.0 ** attempt, 60.0)
