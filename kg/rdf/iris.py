"""The only place that mints IRIs (MODEL.md "IRI patterns"): documents, mentions, entities, events."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian and Belarusian letters that appear in names
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}

_DOC_ID = re.compile(r"[\w.~-]{1,128}")  # fullmatch: `$` would let a trailing newline through


def transliterate(text: str) -> str:
    """Russian text to lowercase ASCII: `Джозеф Байден` → `dzhozef bayden`."""
    out = []
    for ch in text.lower():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode())
    return "".join(out)


def slugify(name: str) -> str:
    """The entity slug of a canonical name: lowercase ASCII words joined by hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", transliterate(name)).strip("-")
    return slug or "x" + hashlib.sha256(name.encode()).hexdigest()[:10]


# Proper names joined by a dash inside an organisation's name: `Совет НАТО-Россия`, `Форум Россия – Африка`
_NAME_COMPOUND = re.compile(r"[A-ZА-ЯЁ][\w.]*(?:\s*[-‐‑–—]\s*[A-ZА-ЯЁ][\w.]*)+")


def entity_slug(name: str, kind: str = "") -> str:
    """The slug of an entity's canonical name. In organisation names the order of dash-joined proper
    names does not matter (`Совет НАТО-Россия` = `Совет Россия-НАТО`); `ё` and `е` are one letter."""
    if kind == "organization":
        name = _NAME_COMPOUND.sub(
            lambda m: "-".join(sorted(re.split(r"\s*[-‐‑–—]\s*", m.group(0)), key=transliterate)), name)
    return slugify(name)


def default_slug(entity) -> str:
    """The slug of an entity record when no clash intervenes (the one rule, for the build and for
    identity across documents): from the gazetteer's Russian label when linked, else its name."""
    link = entity.link
    return entity_slug(link.label_ru if link and link.label_ru else entity.name, entity.kind)


def is_valid_doc_id(doc_id: str) -> bool:
    """Caller-chosen ids are letters, digits, `.`, `_`, `~` and `-` (any script), at most 128."""
    return bool(_DOC_ID.fullmatch(doc_id)) and doc_id not in {".", ".."}


def text_doc_id(text: str) -> str:
    """The id of a document whose caller gave none: stable for the same text."""
    return "t" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def doc_iri(base: str, doc_id: str) -> str:
    return f"{base}doc/{doc_id}"


def mention_iri(doc: str, start: int, end: int) -> str:
    """RFC 5147 fragment, as NIF does: `…/doc/x#char=10,25`."""
    return f"{doc}#char={start},{end}"


def entity_iri(base: str, slug: str) -> str:
    return f"{base}entity/{slug}"


def event_iri(base: str, doc_id: str, start: int, kind: str = "") -> str:
    """Deterministic from document and the trigger's position; `kind` tells apart events on one trigger."""
    suffix = f"-{kind.lower()}" if kind else ""
    return f"{base}event/{doc_id}-{start}{suffix}"


def activity_iri(doc: str) -> str:
    return f"{doc}#extraction"


def link_iri(doc: str, slug: str) -> str:
    """The reified owl:sameAs statement that carries a link's confidence and method."""
    return f"{doc}#link-{slug}"


def doc_id_of(base: str, iri: str) -> str | None:
    """The id of a document IRI minted under `base`, or None."""
    prefix = f"{base}doc/"
    if iri.startswith(prefix) and "#" not in iri:
        return iri[len(prefix):]
    return None
