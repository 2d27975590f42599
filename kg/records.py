"""Plain extraction records: what the NLP finds in an article, with code-point offsets and no RDF.

Records are frozen; stages return new records instead of mutating. Entities, events and
statements refer to each other by `key`, a string that is unique within one Extraction.
See ../shared/MODEL.md (and docs/data-model.md) for how each record becomes RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntityKind = Literal["person", "organization", "place", "country"]
Factuality = Literal["Actual", "Planned", "Possible", "Negated"]


@dataclass(frozen=True, slots=True)
class Document:
    """An article as submitted: its text and optional metadata."""

    id: str
    text: str
    lang: str = "ru"
    title: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: `text == document.text[start:end]` (code points)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """An identity in an external graph (Wikidata), with how sure the linker is and how it decided."""

    qid: str
    confidence: float
    method: str
    label_en: str | None = None
    label_ru: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place, merged over all its mentions in one article."""

    key: str
    kind: EntityKind
    name: str  # canonical name, nominative case
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()  # other normalised names seen (e.g. "Джо Байден" beside "Джозеф Байден")
    job_title: str | None = None  # "президент России"
    affiliation: str | None = None  # key of the country or organisation of the job title
    link: Link | None = None
    stands_for: str | None = None  # metonymy: "Кремль" acting stands for the key of a government
    slug: str | None = None  # set by the pipeline only to resolve a clash between different entities
    # the language's dictionary reads the name as a person's first name, surname or patronymic
    # (`Гор`, `Долорес`): the linker does not retype such a person as a place of that name
    personal_name: bool = False
    # names and written forms that shorten another name of the entity (`Петербург` beside
    # `Санкт-Петербург`, `Apple` beside `Apple Inc.`): the whole name settles the link, not these
    shortened: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.text for m in self.mentions))


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised time expression. Only what the text (and the publication date) settles is set."""

    span: Span
    begin: date | None = None  # known to the day, year included
    end: date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None  # "spring", "summer", "autumn", "winter"


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when; `kind` is a class name of the kg: event ontology."""

    key: str
    kind: str  # e.g. "PhoneCall", "Meeting", "Threat"
    trigger: Span
    agents: tuple[str, ...] = ()  # entity keys
    targets: tuple[str, ...] = ()
    others: tuple[str, ...] = ()  # other participants, neither agent nor target
    place: str | None = None  # entity key
    time: TimeValue | None = None
    duration: str | None = None  # xsd:duration, e.g. "PT50M"
    sentence: Span | None = None
    factuality: Factuality = "Actual"  # what the article says of its reality (MODEL.md)
    post: str | None = None  # the post of an appointment, election or resignation ("министр обороны")
    award: str | None = None  # the prize or order of an award ("Нобелевская премия")
    mentions: tuple[Span, ...] = ()  # later mentions of the same event ("Смерть актёра…")

    @property
    def actors(self) -> tuple[str, ...]:
        """Every actor's entity key: the agents, then the targets, then the others."""
        return (*self.agents, *self.targets, *self.others)


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: who said what (quoted or paraphrased), to whom, according to which source."""

    key: str
    trigger: Span  # the speech verb or noun
    speaker: str | None = None  # entity key (the first speaker of a joint statement)
    quote: Span | None = None  # the quoted words, without the quote marks
    content: Span | None = None  # indirect speech
    addressee: str | None = None
    source: str | None = None  # entity key of the cited source ("в заявлении Белого дома")
    anonymous_source: str | None = None  # label of an unnamed source ("unnamed US officials")
    time: TimeValue | None = None
    sentence: Span | None = None
    more_quotes: tuple[Span, ...] = ()  # the quote resumed after the verb: «…», — сказал он. — «…»
    co_speakers: tuple[str, ...] = ()  # the further speakers of a joint statement (`X и Y заявили`)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    times: tuple[TimeValue, ...] = field(default=())  # every time expression found, used or not

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
