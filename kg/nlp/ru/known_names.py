"""Document-level consolidation of the NER's name mentions: what one mention teaches about the rest.

The NER tags each occurrence on its own, so a name it found once can be missed elsewhere in the
same text (a surname as the headline's first word, an abbreviation repeated without tags), a
parenthesis that glosses a name (`Фонд борьбы с коррупцией (ФБК)`, `Джон Смит (John Smith)`)
becomes a second entity or none, and a capitalised common word at the start of a line is glued to
the name after it (`Император Акихито`, `Флаг ИГИЛ`). Each pass here uses only the document's own
mentions as evidence.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.nlp.base import casefold_name, span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.lexicon import word_list
from kg.records import EntityKind, Span


@dataclass
class NameMention:
    """One mention of a name: its span, normalised name, kind and tokens."""

    span: Span
    name: str  # the normalised name
    kind: EntityKind
    nominative: bool  # the mention's last word is in the nominative case
    first: int  # token indices
    last: int
    alias_of: tuple[int, int] | None = None  # (start, end) of the mention this one glosses or abbreviates
    derived: bool = False  # an adjective made from the name (`Нобелевской`): `name` is the entity's, not the text's


# `(ФБК)`, `(John Smith)`, `(King’s College London, KCL)`: a parenthesis right after a name, or
# after the closing quote of a quoted name (`«Бургер Кинг» (Burger King)`)
_PAREN = re.compile(r"[»”\"']?\s*\(([^()\n]{1,80})\)")
# `ФТС`, `ФТС РФ`: capitals, and a second word of capitals (the country the body belongs to)
_ABBR = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]*[A-ZА-ЯЁ0-9](?: [A-ZА-ЯЁ]{2,3})?$")
# Latin letters with the diacritics of European names (`Janković`, `Bratušek`, `Éticos`)
_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
_LATIN_NAME = re.compile(rf"^[A-ZÀ-ÖØ-ÞĀ-ɏ][{_LATIN}.'’-]*(?:\s+(?:[{_LATIN}.'’&-]+))*$")
# a name in a script of its own, neither Latin nor Cyrillic (`三浦雄一郎`, `田中 ユミ`, `زمیرا حکیمی`,
# `ნინო ბურჯანაძე`): Greek, Armenian, Hebrew, Arabic (with the Persian joiner), Devanagari, Thai,
# Georgian, Hangul, kana and the CJK ideographs
_SCRIPT_LETTERS = ("\u0370-\u03ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
                   "\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff"
                   "\u3400-\u9fff\uac00-\ud7af")
_NATIVE_SCRIPT = re.compile(rf"^[{_SCRIPT_LETTERS}][{_SCRIPT_LETTERS}\u200c ·]*$")
# the CJK ideographs alone: a gloss in them may follow any name; one in the other scripts above
# only a person's (the annotation counts a person's native spelling as a mention, and not a
# hospital's name in Hebrew, which is also how a body, a party or a city is translated)
_IDEOGRAPHS = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff ·]*$")
# a Cyrillic abbreviation (`КПРФ`, `ЛДПР`, `США`): after a person's name, their party or country
_CYRILLIC_ABBR = re.compile(r"^[А-ЯЁ][А-ЯЁ0-9-]*[А-ЯЁ0-9](?: [А-ЯЁ]{2,3})?$")
_MAX_GLOSS_WORDS = 6
# a body's other name in quotes, alone in the parenthesis after it: `Nordic Wings («Северные
# крылья»)`, `радиостанция «Волна Севера» («Волна»)`, `блок «…» («Общий парус»)`
_QUOTED_GLOSS = re.compile(r"[«„“\"]([А-ЯЁA-Z0-9][^«»„“”\"()\n]{0,60})[»“”\"]")


def _gloss_part(p: str, person: bool) -> bool:
    return bool(p) and bool(
        _ABBR.match(p) and sum(c.isupper() for c in p) >= 2
        or _LATIN_NAME.match(p) and len(p.split()) <= _MAX_GLOSS_WORDS
        or _NATIVE_SCRIPT.match(p) and len(p.split()) <= _MAX_GLOSS_WORDS
        and (person or _IDEOGRAPHS.match(p)))


def _script(p: str) -> str:
    return "native" if _NATIVE_SCRIPT.match(p) else "latin" if _LATIN_NAME.match(p) else "abbreviation"


def _gloss_parts(content: str, person: bool = False) -> list[str]:
    """The names a parenthesis holds: `ФБК`, `John Smith`, or `King’s College London, KCL`; two
    spellings of one name in two scripts joined by `или` (`زمیرا حکیمی или Zamira Hakimi`), but
    not two names of one script so joined (`ФСБ или МВД`: one body or another, neither named).
    `person`: the parenthesis follows a person's name, so a script other than Latin, Cyrillic and
    the ideographs may spell it."""
    parts = []
    for p in (p.strip() for p in re.split(r"[,;]", content)):
        either = [q.strip() for q in p.split(" или ")]
        if len(either) > 1 and all(_gloss_part(q, person) for q in either) \
                and len({_script(q) for q in either}) == len(either):
            parts.extend(either)
        elif _gloss_part(p, person):
            parts.append(p)
    return parts


_ONE_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _other_name(content: str) -> bool:
    """`Феодосий (Сомов)`, `Анна Котова (Берг)`, `Саша (Александра)`: one capitalised Cyrillic
    word in the parenthesis after a person's name, which the dictionary knows neither as a place's
    or a body's name nor as a common word, is another name of the person: a secular or maiden
    name, a full first name, another spelling."""
    from kg.nlp.ru.name_types import common_word, place_or_body_name  # imports this module

    return bool(_ONE_WORD.fullmatch(content)) and not place_or_body_name(content) \
        and not common_word(content)


_FULL_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+){1,2}")


def _full_name(content: str) -> bool:
    """`Олег Самойлов`, `Олег Петрович Самойлов`: two or three capitalised Cyrillic words opening
    with a word the dictionary knows as a first name."""
    from kg.nlp.ru.name_types import first_name_gender  # imports this module

    first = content.split(" ")[0]
    return bool(_FULL_NAME.fullmatch(content)) and first_name_gender(first) is not None


def _pseudonym(a: Analysis, m: NameMention) -> bool:
    """A one-word name that can be a person's other name: a person's, or a Latin word (a handle,
    tagged as a body or a brand) right after a lower-case noun of a kind of person (`блогер`)."""
    from kg.nlp.ru.person_nouns import person_word  # imports this module

    if m.last != m.first:
        return False
    t = a.tokens[m.first]
    if m.kind == "person":
        # not a name a common noun governs (`глава фирмы Альфа (Иван Петров)`: the firm, whatever
        # the NER's tag, and the man who heads it)
        before = a.tokens[t.index - 1] if t.index > 0 else None
        return not (before is not None and before.pos == "NOUN" and before.text.islower()
                    and not person_word(before.lemma))
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", t.text)) and t.index > 0 \
        and a.tokens[t.index - 1].text.islower() and person_word(a.tokens[t.index - 1].text)


def _surname_only(word: str) -> bool:
    """The dictionary reads the word as a person's name and never as a place's or a body's."""
    from kg.nlp.ru.name_types import personal_name, place_or_body_name  # imports this module

    return personal_name(word) and not place_or_body_name(word)


def parenthetical_aliases(a: Analysis, mentions: list[NameMention], late: bool = False) -> list[NameMention]:
    """`Полное название (АББР)`, `Имя Фамилия (Latin Name)`, `митрополит Феодосий (Сомов)`: the
    abbreviation, the gloss or the person's other name in the parenthesis right after a mention is
    another mention of the same entity (it was untagged, or tagged as an entity of its own).

    `late`: called again on the names the later passes found (`фонтана «Зелёный лист» (Green
    Leaf)`), it only adds glosses nothing was tagged at, and only after a name that stands alone
    and is the whole of a quoted name it ends (not `Уоррен` of a title `«Пришёл Уоррен» (Warren is
    in the house)`, not a place nested at the end of a body's quoted name)."""
    by_start = {m.span.start: m for m in mentions}
    out = list(mentions)
    for m in mentions:
        if m.alias_of is not None:
            continue
        paren = _PAREN.match(a.text, m.span.end)
        if not paren:
            continue
        if late and (any(x is not m and x.span.start <= m.span.start and m.span.end <= x.span.end
                         for x in mentions)
                     or paren.group(0)[:1] in "»”\"'" and a.text[m.span.start - 1:m.span.start] not in "«„“\"'"
                     or any(x.span.start == paren.start(1) for x in mentions)):
            continue
        offset = paren.start(1)
        other_name = m.kind == "person" and _other_name(paren.group(1))
        tagged = by_start.get(paren.start(1))
        if not late and tagged is not None and tagged.kind == "person" \
                and tagged.span.end == paren.end(1) and _pseudonym(a, m) \
                and _full_name(paren.group(1)):
            # `рэперу Крюку (Олег Самойлов)`, `блогер Zentrix (Густав Линдквист)`: a one-word stage
            # name or handle, the person's own name in the parenthesis
            tagged.alias_of, m.kind = (m.span.start, m.span.end), "person"
            continue
        person = m.kind == "person"
        quoted = m.kind == "organization" and _QUOTED_GLOSS.fullmatch(paren.group(1))
        if quoted and len(quoted.group(1).split()) <= _MAX_GLOSS_WORDS:
            # the quoted name is the body's other name (a translation, the brand), a mention of
            # it; after a person a quoted name is the club or party (`Месси («Барселона»)`)
            parts = [quoted.group(1)]
        else:
            parts = [paren.group(1)] if other_name else _gloss_parts(paren.group(1), person)
        for part in parts:
            start = a.text.index(part, offset)
            end = start + len(part)
            offset = end
            if m.kind == "person" and _CYRILLIC_ABBR.match(part):
                continue  # `Игорь Ветров (КПРФ)`: the person's party, club or country, not a name
            tagged = by_start.get(start)
            if late and tagged is not None:
                continue
            if other_name and tagged is not None and tagged.span.end == end \
                    and (tagged.kind == "person" or _surname_only(part)):
                # `Феодосий (Сомов)`: the NER took the surname for a place or a person of its own
                tagged.alias_of, tagged.kind = (m.span.start, m.span.end), "person"
                continue
            if other_name and tagged is not None:
                continue  # `Имя Фамилия (Ювентус)`: the club, the band or the country of the person
            if tagged is not None and (tagged.span.end != end or tagged.kind == "place"):
                continue  # the NER saw something else there, or a place qualifies the name (`Сан-Франциско (США)`)
            if tagged is not None:
                tagged.alias_of, tagged.kind = (m.span.start, m.span.end), m.kind
                continue
            first, last = _token_range(a, start, end)
            if first is None:
                continue
            out.append(NameMention(span(a.text, start, end), part, m.kind, True, first, last,
                                   alias_of=(m.span.start, m.span.end)))
    return sorted(out, key=lambda m: m.span.start)


# an abbreviation in capitals alone in a parenthesis (`(ИГ)`, `(NRA)`)
_PAREN_ABBR = re.compile(r"\(([A-ZА-ЯЁ]{2,8})\)")
_SPELLED_WORDS = 10  # most words a spelled-out name takes, function words included


def spelled_abbreviations(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Исламское государство (ИГ)`, `Союз вольных художников (СВХ)`: the words right before an
    abbreviation in a parenthesis whose initials spell it, the first of them capitalised and none
    inside a mention, are the name it abbreviates, a mention of the abbreviation's kind, where the
    NER tagged only the abbreviation, there or elsewhere in the text (its letters are the
    evidence; parenthetical_aliases then makes the abbreviation a mention of the same entity).
    The words a Russian abbreviation leaves out (kg/data/ru/abbreviation_skip_words.txt: `по`,
    `и`, `при`) may stand between them (`Фонд помощи по делам ветеранов (ФПДВ)`); a lower-case
    first word (`организаторов распространения информации (ОРИ)`) is a description, not a
    name."""
    # the kinds the NER gave each abbreviation anywhere in the text (`(ИГ)` untagged, `ИГ
    # опубликовало` tagged); one written with two kinds tells none
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        kinds.setdefault(m.span.text, set()).add(m.kind)
    taken = [(m.span.start, m.span.end) for m in mentions]
    skip = word_list("abbreviation_skip_words")
    added = []
    for paren in _PAREN_ABBR.finditer(a.text):
        kind = kinds.get(paren.group(1), set())
        if len(kind) != 1 or "person" in kind or a.text[paren.start() - 1:paren.start()] != " ":
            continue
        before = a.token_at(paren.start() - 2)
        if before is None:
            continue
        letters, first = paren.group(1), None
        i = before.index
        while i >= 0 and before.index - i < _SPELLED_WORDS and letters:
            t = a.tokens[i]
            if t.sent != before.sent or not t.text.isalpha() \
                    or a.text[t.end:a.tokens[i + 1].start if i < before.index else t.end].strip() \
                    or any(s < t.end and t.start < e for s, e in taken):
                break
            if t.text.islower() and t.text in skip:
                i -= 1
                continue
            if t.text[0].upper() != letters[-1]:
                break
            letters, first = letters[:-1], t
            i -= 1
        if letters or first is None or not first.text[:1].isupper() or first.index == before.index:
            continue
        added.append(NameMention(span(a.text, first.start, before.end),
                                 a.text[first.start:before.end], next(iter(kind)),
                                 before.feats.get("Case") == "Nom", first.index, before.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def nickname_aliases(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Иван Петров, более известный как Кит`, `Иван Петров по прозвищу «Кит»`: the name right after
    such words (kg/data/ru/nickname_cues.txt) is another name of the person before them, one
    entity with the full name whatever kind it was tagged, or a mention of its own where the NER
    left it untagged (a quoted nickname)."""
    from kg.nlp.ru.name_types import common_word  # imports this module

    cue = _nickname_cue()
    by_start = {m.span.start: m for m in mentions}
    out = list(mentions)
    for m in mentions:
        if m.kind != "person" or m.alias_of is not None:
            continue
        found = cue.match(a.text, m.span.end)
        if not found or _cue_gender_clash(found.group("cue"), m):
            continue
        start, end = found.span("name")
        tagged = by_start.get(start)
        if tagged is not None:
            if tagged.alias_of is None and tagged is not m:
                tagged.alias_of, tagged.kind = (m.span.start, m.span.end), "person"
            continue
        if any(x.span.start < end and start < x.span.end for x in mentions):
            continue  # the NER took the name into something else
        if any(common_word(w) for w in found.group("name").split(" ")):
            continue  # `по прозвищу «Челюсти»`: a common word the NER left untagged names no one
        first, last = _token_range(a, start, end)
        if first is not None:
            out.append(NameMention(span(a.text, start, end), found.group("name"), "person", True,
                                   first, last, alias_of=(m.span.start, m.span.end)))
    return sorted(out, key=lambda m: m.span.start)


def _cue_gender_clash(cue: str, m: NameMention) -> bool:
    """The cue is said of a woman (`урождённая`, `известная как`, `она же`) and the name before it
    is a man's by its first name, or the other way round (`с Олегом Лаптевым, урождённая Анна
    Смирнова`: her maiden name is not his): the cue is about someone else."""
    from kg.nlp.ru.name_types import first_name_gender  # imports this module

    words = cue.casefold().split()
    said = {"Fem" for w in words if w == "она" or w.endswith(("ая", "яя"))} \
        | {"Masc" for w in words if w == "он" or w.endswith(("ый", "ий", "ой"))}
    parts = m.name.split(" ")
    gender = first_name_gender(parts[0]) if len(parts) > 1 else None
    return len(said) == 1 and gender is not None and gender not in said


@functools.cache
def _nickname_cue() -> re.Pattern:
    """`, более известный как «Name»`: a cue of nickname_cues.txt after a name, and the name after it."""
    cues = "|".join(re.escape(c).replace("\\ ", r"\s+") for c in sorted(word_list("nickname_cues"), key=len, reverse=True))
    adverbs = "|".join(re.escape(w) for w in sorted(word_list("nickname_cue_adverbs"), key=len, reverse=True))
    # the cue in any case (`Более известный как`), the name capitalised
    # `Имя Фамилия (, при рождении …`: a comma may follow the bracket (a lost gloss)
    return re.compile(rf"(?:[ \t]*[,—–(-]){{0,2}}[ \t]*"
                      rf"(?P<cue>(?i:(?:(?:{adverbs})\s+)?(?:{cues})))[ \t]+[«\"„“]?"
                      r"(?P<name>[A-ZА-ЯЁ][\w’'-]*(?: [A-ZА-ЯЁ][\w’'-]*){0,2})")


# an age written in words (`Шестидесятивосьмилетняя`): a compound the dictionary does not know
# whole, though every such word is a common adjective
_AGE_WORD = re.compile(r"[а-яё]{4,}летн(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими)")


def trim_leading_words(a: Analysis, mentions: list[NameMention], surname_key=None) -> list[NameMention]:
    """`Император Акихито`, `Флаг ИГИЛ`, `Восьмидесятилетний Маккейн`: a mention that starts a
    sentence or line with a common word (capitalised only for its place) is cut to the name after
    it, when that name is known as the same kind of thing from another mention of the document
    (`Администрация Дональда Трампа` stays a body), or the word is a title. With `surname_key`
    (one key for a surname's case forms) a surname in another case is known too (`Пресс-агент
    Сомова` beside `Олег Сомов`); a name in Latin letters, which has no case, is known as written
    (`Журнал Forbes` beside `Forbes`)."""
    mentions = _titles_cut(a, mentions)
    known = {(casefold_name(_clean(m.span.text)), m.kind) for m in mentions}
    # a person's surname alone is known too (`Восьмидесятилетний Маккейн` beside `Джон Маккейн`)
    known |= {(casefold_name(_clean(m.span.text).split(" ")[-1]), "person") for m in mentions
              if m.kind == "person"}
    stems = {surname_key(_clean(m.span.text).split(" ")[-1]) for m in mentions
             if m.kind == "person" and m.last > m.first} if surname_key else set()
    from kg.nlp.ru.name_types import common_word  # imports this module

    titles = word_list("job_titles")
    captions = word_list("caption_nouns")
    # first names the document gives a surname inside a sentence (`…гибели Честера Беннингтона`):
    # opening a line before that surname, such a word is the name's own, however common it is
    # (`Честер`, `Франк`, `Си` are also common words)
    firsts = _first_and_last(m for m in mentions if not starts_line(a, m.first))
    out = []
    for m in mentions:
        if m.last > m.first and starts_line(a, m.first):
            lead = a.tokens[m.first]
            rest = a.tokens[m.first + 1]
            remainder = a.text[rest.start:m.span.end]
            # a title, or any word the dictionary knows only as a common word (`Кронпринц`,
            # `Шестидесятилетняя`): a person's name does not begin with one. Only where the line
            # or sentence begins: inside a sentence a capitalised word is the name's own (`Ума`,
            # `Эмир`, `Пак` are first names the dictionary knows as common words)
            # a word of common words joined by hyphens (`Экс-советник`, `Пресс-агент`), which the
            # dictionary does not know whole, is such a word too
            common = common_word(lead.text) or "-" in lead.text.strip("-") and all(
                common_word(part) for part in lead.text.split("-") if part) \
                or _AGE_WORD.fullmatch(lead.text.lower()) is not None
            title = m.kind == "person" and (lead.lemma in titles or common
                                            and not _first_name_of(lead.text, m.span.text.split(" ")[-1], firsts))
            # a person after a word of description (`Восьмидесятилетний Маккейн`), or a body or
            # place in the genitive after a noun (`Флаг ИГИЛ`), not a name in apposition (`Башня Монпарнас`)
            latin = _latin(remainder)
            owned = m.kind == "person" or lead.pos == "NOUN" and (
                latin or a.tokens[m.last].feats.get("Case") == "Gen")
            # `Пресс-агент Сомова`: a word the dictionary knows only as a common one (never a first
            # name: `Вера Сомова` stays) before a surname of the document's people in another case
            inflected = (m.kind == "person" and surname_key is not None and " " not in remainder
                         and not latin and common_word(lead.text.split("-")[-1])
                         and surname_key(remainder) in stems)
            name_known = (casefold_name(remainder), m.kind) in known
            # `Флаг ИГИЛ`, `Город Сиена` under a picture: what the picture shows, before its name
            pictured = m.kind != "person" and lead.lemma in captions
            if ((lead.pos in ("NOUN", "ADJ") or title or inflected or pictured)
                    and rest.text[:1].isupper() and not _latin(lead.text)
                    and (title or inflected or pictured or owned and name_known)):
                m = NameMention(span(a.text, rest.start, m.span.end), _rest_name(m.name, remainder),
                                m.kind, m.nominative, m.first + 1, m.last, m.alias_of)
        out.append(m)
    return out


def _titles_cut(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`что Император Масахиро выступил`, `Австралийский Премьер-министр Джон Ховард`, `наследию
    Митрополита Никодима`: inside a sentence too, a title written with a capital (a post of
    kg/data/ru/job_titles.txt, or a royal's or cleric's title of kg/data/ru/title_cues.tsv) is not
    part of the person's name after it, nor an adjective of the title after it (`Папа Римский`),
    when the name agrees with it in case.
    A word the dictionary reads as a name (`Королёв`), or a title that is also a first name
    (kg/data/ru/title_first_names.txt: `Эмир`, `Шейх`), stays the name's."""
    from kg.link.names import title_word
    from kg.nlp.ru.name_types import personal_name  # imports this module

    titles = word_list("job_titles")
    keep = word_list("title_first_names")
    out = []
    for m in mentions:
        lead = a.tokens[m.first]
        if m.kind == "person" and m.last > m.first and lead.text[:1].isupper() \
                and (lead.lemma in titles or title_word(lead.text, "ru")) \
                and lead.lemma not in keep and lead.text.lower() not in keep \
                and not personal_name(lead.text) and not _latin(lead.text):
            first = m.first + 1
            while first < m.last and a.tokens[first].pos == "ADJ":
                first += 1  # `Папа Римский`
            rest = a.tokens[first]
            if rest.text[:1].isupper() and rest.pos != "ADJ" and _agrees(lead.text, rest.text):
                remainder = a.text[rest.start:m.span.end]
                m = NameMention(span(a.text, rest.start, m.span.end), _rest_name(m.name, remainder),
                                m.kind, m.nominative, first, m.last, m.alias_of)
        out.append(m)
    return out


def _agrees(title: str, word: str) -> bool:
    """The name after a title stands in the title's case (`Митрополита Никодима`), or the
    dictionary does not know it (`Императора Масахиро`): `Короля Лир`, a name in the nominative
    after a title in the genitive, is a name of its own that holds the title (a play's)."""
    from kg.nlp.ru.models import word_parses

    def cases(w: str) -> set:
        return {p.feats.get("Case") for p in word_parses(w) if p.is_known and p.pos in ("NOUN", "PROPN")
                and p.feats.get("Number", "Sing") == "Sing"}

    known, own = cases(word), cases(title)
    return not known or not own or bool(known & own)


def _latin(text: str) -> bool:
    """Written in Latin letters only, no Cyrillic (`Burger King`, `Forbes`)."""
    return any("a" <= c.lower() <= "z" for c in text) and not any("а" <= c.lower() <= "я" or c in "ёЁ" for c in text)


def _first_and_last(mentions: Iterable[NameMention]) -> list[tuple[str, str]]:
    """(first word, later word) of each person mention of more than one word: its last word, and
    in a name of three words or more every capitalised word between (`Мейв Кеннеди Таунсенд` gives
    `Кеннеди` too: the text may call her `Мейв Кеннеди` later, a surname of a double one)."""
    pairs = []
    for m in mentions:
        if m.kind != "person" or m.last <= m.first:
            continue
        words = m.span.text.split(" ")
        later = [w for w in words[1:-1] if w[:1].isupper() and len(w.rstrip(".")) > 1]
        pairs += [(words[0], w) for w in (*later, words[-1])]
    return pairs


def _first_name_of(word: str, surname: str, pairs: list[tuple[str, str]]) -> bool:
    """The word is a first name the pairs (first word, last word of a person's name) give this
    surname, in any case form of either (`Честер` and `Честера Беннингтона`)."""
    from kg.nlp.ru.entities import surname_stem, word_key  # imports this module

    def stem(name: str) -> str:  # `Кампаньоль` and `Кампаньоля`: the soft sign goes with the ending
        return surname_stem(name).rstrip("ьй")

    return any(_same_first(word_key(word), word_key(f)) and stem(surname) == stem(s) for f, s in pairs)


def _same_first(a: str, b: str) -> bool:
    """First-name keys of one name in two cases (`геннад` of `Геннадий`, `геннади` of
    `Геннадия`): equal, or one the other and a letter more."""
    return a == b or min(len(a), len(b)) >= 3 and abs(len(a) - len(b)) <= 1 and (a.startswith(b) or b.startswith(a))


def first_names_before(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Геннадий Фисун прокомментировал`, a caption `Робен Кампийо`: the NER tagged the surname
    alone (or only the document pass found it), but the capitalised word right before it is the
    first name the text gives that surname elsewhere (`Геннадия Фисуна`); the two are one
    mention of the full name."""
    pairs = _first_and_last(mentions)
    if not pairs:
        return mentions
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for m in mentions:
        prev = a.tokens[m.first - 1] if m.first > 0 else None
        if (m.kind == "person" and m.first == m.last and prev is not None and prev.index not in taken
                and prev.text[:1].isupper() and not prev.text.isupper() and prev.text.isalpha()
                and a.text[prev.end:m.span.start] == " " and prev.sent == a.tokens[m.first].sent
                and _first_name_of(prev.text, m.span.text, pairs)):
            nominative = m.nominative and prev.feats.get("Case") == "Nom"
            m = NameMention(span(a.text, prev.start, m.span.end), f"{prev.text} {m.name}", "person",
                            nominative, prev.index, m.last, m.alias_of)
        out.append(m)
    return out


def trim_trailing_words(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Тимченко клевета`: a person's name does not end in a word written in lower case; such
    words the NER took in after the name are cut off."""
    out = []
    for m in mentions:
        last = m.last
        while m.kind == "person" and last > m.first and not any(ch.isupper() for ch in a.tokens[last].text) \
                and not _initial_dot(a, last):
            last -= 1
        if last != m.last:
            end = a.tokens[last].end
            kept = len(a.text[m.span.start:end].split(" "))
            m = NameMention(span(a.text, m.span.start, end), " ".join(m.name.split(" ")[:kept]), m.kind,
                            a.tokens[last].feats.get("Case") == "Nom", m.first, last, m.alias_of)
        out.append(m)
    return out


def _initial_dot(a: Analysis, index: int) -> bool:
    """The token is the dot of an initial (`Х.` of `Хамза Х.`), part of the name."""
    before = a.tokens[index - 1].text if index > 0 else ""
    return a.tokens[index].text == "." and len(before) == 1 and before.isupper() \
        and a.tokens[index - 1].end == a.tokens[index].start


def _rest_name(name: str, remainder: str) -> str:
    words = name.split(" ")
    n = len(remainder.split(" "))
    return " ".join(words[-n:]) if len(words) > n else remainder


def starts_line(a: Analysis, index: int) -> bool:
    """The token opens its sentence, or its line (a caption, a headline)."""
    t = a.tokens[index]
    if a.sentences[t.sent].first == index:
        return True
    before = a.text[:t.start].rstrip(" \t«\"„“'")
    return not before or before.endswith("\n")


def repeated_names(a: Analysis, mentions: list[NameMention], surname_key) -> list[NameMention]:
    """Every occurrence of a name the document's mentions already hold is a mention: the exact
    forms tagged somewhere (`Путин` as the headline's first word, `ФБК` after its definition),
    and a known person's surname in any case form (`Навальным` beside `Алексей Навальный`).
    An occurrence inside another mention, in lower case, or (for a one-word name that is also a
    common word) at a sentence start is left alone; a person's mention ending on a title is no
    surname's evidence."""
    stop = word_list("ner_stoplist") | word_list("product_names")
    covered = bytearray(len(a.text) + 1)  # characters inside a mention already
    for m in mentions:
        covered[m.span.start:m.span.end] = b"\x01" * (m.span.end - m.span.start)
    starts = {t.start: t.index for t in a.tokens}
    ends = {t.end: t.index for t in a.tokens}
    forms: dict[str, NameMention] = {}
    for m in mentions:
        form = _clean(m.span.text)
        if len(form) >= 2 and form[:1].isupper() and casefold_name(form) not in stop \
                and not _NATIVE_SCRIPT.match(form) and form not in forms:
            forms[form] = m
    surnames = {}
    # `Болгарским Патриархом`, `Вселенский Патриарх`: a person's mention the NER ends on a title
    # (kg/data/ru/job_titles.txt) names no surname, and the title's other uses are no names
    titles = word_list("job_titles")
    for m in mentions:
        if m.kind == "person":
            last = _clean(m.span.text).split(" ")[-1]
            if len(last) >= 4 and last[:1].isupper() \
                    and a.tokens[m.last].lemma.lower() not in titles:
                surnames.setdefault(surname_key(last), m)
    added: list[NameMention] = []

    def free(start: int, end: int) -> bool:
        return not any(covered[start:end])

    def add(start: int, end: int, source: NameMention, name: str, alias_of=None) -> None:
        first, last = starts.get(start), ends.get(end)
        if first is None or last is None:
            return  # not whole tokens
        one_word = first == last
        if one_word and starts_line(a, first) and a.tokens[first].pos not in ("PROPN",) \
                and not _is_caps_or_latin(a.tokens[first].text):
            return  # `Дом`, `Мир` opening a sentence: more likely the common word
        covered[start:end] = b"\x01" * (end - start)
        added.append(NameMention(span(a.text, start, end), name, source.kind,
                                 a.tokens[last].feats.get("Case") == "Nom", first, last, alias_of))

    for form in sorted(forms, key=len, reverse=True):  # longer names first
        for start in _whole_word_hits(a.text, form):
            if free(start, start + len(form)):
                src = forms[form]  # an abbreviation's later uses join what it abbreviates
                add(start, start + len(form), src, src.name, src.alias_of)
    for t in a.tokens:
        if len(t.text) < 4 or not t.text[:1].isupper() or t.text.isupper():
            continue
        src = surnames.get(surname_key(t.text))
        if src is not None and free(t.start, t.end) and t.pos in ("PROPN", "NOUN", "ADJ", "X"):
            add(t.start, t.end, src, t.text)
    return sorted([*mentions, *added], key=lambda m: m.span.start)


_WORDLIKE = re.compile(r"[\w-]")


def _whole_word_hits(text: str, form: str) -> Iterable[int]:
    """The starts of `form` in `text` with no word character or hyphen on either side, left to
    right and not overlapping, as `re.finditer(r"(?<![\\w-])FORM(?![\\w-])")` finds them: a plain
    substring search, with the sides checked only where the form stands (a pattern that opens
    on a look-behind is tried at every position of the text, once for each name)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _WORDLIKE.match(text, at - 1)) and not _WORDLIKE.match(text, end):
            yield at
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def _is_caps_or_latin(word: str) -> bool:
    return word.isupper() or word.isascii()


def _token_range(a: Analysis, start: int, end: int) -> tuple[int | None, int | None]:
    inside = [t.index for t in a.tokens if t.start >= start and t.end <= end]
    return (inside[0], inside[-1]) if inside else (None, None)


@functools.lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip("\"'«»„“”()[].,:;!?—–- \t\r\n\xa0"))


def agree_kinds(mentions: list[NameMention]) -> list[NameMention]:
    """One written form is one kind of thing within a text: the NER tags `Словении` as a place in
    one sentence and as a person in the next, which would make two entities of one name. Every
    mention of a form takes the kind most of its mentions have; on a tie a name of several words
    is a person's (`Ли Пэн`), a one-word name is not (`Норфолк`, `Зенита`), and between a place
    and a body the first mention decides."""
    by_form: dict[str, list[NameMention]] = {}
    for m in mentions:
        if not m.derived:
            by_form.setdefault(casefold_name(_clean(m.span.text)), []).append(m)
    kind_of: dict[str, EntityKind] = {}
    for form, group in by_form.items():
        kinds = [m.kind for m in group]
        if len(set(kinds)) < 2:
            continue
        counts = {k: kinds.count(k) for k in kinds}
        top = max(counts.values())
        tied = [k for k in dict.fromkeys(kinds) if counts[k] == top]  # in order of first mention
        if len(tied) > 1 and "person" in tied:
            tied = ["person"] if " " in form else [k for k in tied if k != "person"]
        kind_of[form] = tied[0]
    if not kind_of:
        return mentions
    out = []
    for m in mentions:
        kind = kind_of.get(casefold_name(_clean(m.span.text))) if not m.derived else None
        if kind is not None and kind != m.kind:
            m = dataclasses.replace(m, kind=kind)
        out.append(m)
    return out
