"""Russian time expressions → TimeValue: dates, ranges, nights, months, seasons, years, `вчера`.

A date the text gives without a year gets one only from the publication date, and then the tense
of the clause decides which side of it the date lies on; with no publication date it keeps only
its month and day. A month's adjective in lower case (`после мартовских выборов`) is that month,
with a year only when the text gives one after its noun (`мартовских выборов 2008 года`).
Word forms (months, month adjectives, seasons, weekdays, relative words) are data in
kg/data/ru/time_words.tsv; future-marking lemmas in kg/data/ru/tense_words.txt, where verbs marked
`+inf` (`призвать`, `планировать`) put what their infinitive complement asks for in the future.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis, Token, future_be
from kg.nlp.ru.lexicon import table, word_list
from kg.records import TimeValue

Tense = Literal["past", "present", "future"]
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_DASH = r"\s*[-‐‑–—]\s*"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s*(?:года|году|год|г\.)|-?(?:го|м)\b)?"
_DAY = r"(?:-?(?:го|е)\b)?"  # "5-го марта"
_DAY_KINDS = ("night_range", "night", "range", "numeric", "iso", "day")
_NUMYEAR = r"(?:1[5-9]\d\d|20\d\d)"


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    month_adjs: dict[str, int]
    seasons: dict[str, str]
    weekdays: dict[str, int]
    weekday_rels: dict[str, int]
    days: dict[str, int]
    years: dict[str, int]


@functools.cache
def _words() -> _Words:
    w = _Words({}, {}, {}, {}, {}, {}, {})
    target = {"month": w.months, "month_adj": w.month_adjs, "season": w.seasons,
              "weekday": w.weekdays, "weekday_rel": w.weekday_rels, "day": w.days,
              "year": w.years}
    for kind, value, forms in table("time_words"):
        if kind not in target:  # units and number words are read by event_time.py
            continue
        for form in forms.split():
            target[kind][form] = value if kind == "season" else int(value)
    return w


def _alt(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """The expressions, most specific first; an earlier match claims its characters."""
    w = _words()
    mon = rf"(?:{_alt(w.months)})\b"
    year_opt = rf"(?:\s+{_YEAR})?"
    instr = [f for f, s in w.seasons.items() if f.endswith(("ой", "ом", "ью"))]
    other = [f for f in w.seasons if f not in instr]
    pats = [
        ("night_range", rf"\bв\s+ночь\s+с\s+(?P<d1>\d{{1,2}})\s+на\s+(?P<d2>\d{{1,2}})\s+"
                        rf"(?P<m2>{mon}){year_opt}"),
        ("night", rf"\bв\s+ночь\s+на\s+(?P<d2>\d{{1,2}})\s+(?P<m2>{mon}){year_opt}"),
        ("range", rf"\b(?:с\s+)?(?P<d1>\d{{1,2}}){_DAY}(?:\s+(?P<m1>{mon}))?"
                  rf"(?:{_DASH}|\s+по\s+|\s+до\s+|\s+и\s+)"
                  rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{mon}){year_opt}"),
        ("numeric", rf"\b(?P<d2>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<year>{_NUMYEAR})\b"),
        ("iso", rf"\b(?P<year>{_NUMYEAR})-(?P<mn>\d{{2}})-(?P<d2>\d{{2}})\b"),
        ("day", rf"\b(?P<d2>\d{{1,2}}){_DAY}\s+(?P<m2>{mon}){year_opt}"),
        ("month", rf"(?:\b(?P<pre>(?:в|во|к|до|с|со|по|на)\s+(?:(?:начал|конц|середин)[а-я]*\s+)?"
                  rf"|(?:начал|конц|середин)[а-я]*\s+))?\b(?P<m2>{mon}){year_opt}"),
        ("month_adj", rf"\b(?P<ma>{_alt(w.month_adjs)})(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\b"
                      rf"(?:(?:\s+[а-яё-]+){{1,2}}?\s+{_YEAR})?"),
        ("season", rf"\b(?P<s>{_alt(instr)})\b{year_opt}"),
        ("season", rf"\b(?:с|со|до|к|ко|начале|начала|конце|конца|середине|середины)\s+"
                   rf"(?P<s>{_alt(other)})\b{year_opt}"),
        ("year", rf"\b(?P<year>1[5-9]\d\d|20\d\d)(?:{_DASH}(?:1[5-9]\d\d|20\d\d))?"
                 rf"(?:\s*(?:годах|годов|годы|года|году|год|гг\.|г\.)|-(?:го|м)\b)"),
        ("night_weekday", rf"\bв\s+ночь\s+на\s+(?P<wd>{_alt(w.weekdays)})\b"),
        ("weekday", rf"\bв[о]?\s+(?:(?P<rel>(?:{_alt(w.weekday_rels)})\w+)\s+)?"
                    rf"(?P<wd>{_alt(w.weekdays)})\b"),
        ("relyear", rf"\bв\s+(?P<ry>{_alt(w.years)})\s+году\b"),
        ("relday", rf"\b(?P<rd>{_alt(w.days)})\b"),
    ]
    return tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in pats)


@functools.cache
def _lower_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """`_patterns` without IGNORECASE, for a text put in lower case (`_lowered`): the same
    matches at the same offsets, several times faster (every literal of the patterns is in
    lower case)."""
    return tuple((kind, re.compile(p.pattern)) for kind, p in _patterns())


def _lowered(text: str) -> str | None:
    """`text` in lower case where matching it without IGNORECASE finds what matching `text` with
    it finds: each character lowers to one (offsets keep) and to the one the matcher compares
    (`ſ` and the old Cyrillic `ᲀ` lower to themselves but match `s` and `в`: then None)."""
    low = text.lower()
    return low if len(low) == len(text) and low.upper().lower() == low else None


def find_times(text: str, published: date | None = None,
               analysis: Analysis | None = None) -> tuple[TimeValue, ...]:
    """Every time expression of `text`, in text order. With `analysis`, the tense of each
    expression's clause picks past or future when a year comes from `published`."""
    taken: list[tuple[int, int]] = []
    found: list[TimeValue] = []
    weekdays: list[TimeValue] = []
    counted: list[TimeValue] = []  # counted from the publication date
    # the days and months whose year the text leaves out
    guessed: list[tuple[TimeValue, str, re.Match, int, int, Tense | None]] = []
    low = _lowered(text)
    for kind, pat in _lower_patterns() if low is not None else _patterns():
        for m in pat.finditer(low if low is not None else text):
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            i = bisect_left(taken, (end,)) - 1  # taken stretches are disjoint and sorted
            if i >= 0 and taken[i][1] > start:
                continue
            tense = tense_at(analysis, start) if analysis is not None else None
            try:
                tv = _value(kind, m, text, start, end, published, tense)
            except ValueError:  # "31 февраля" and the like: not a date
                tv = None
            if tv is not None or kind in _DAY_KINDS:
                insort(taken, (start, end))  # an impossible day ("31 февраля") is no month either
            if tv is not None:
                found.append(tv)
                if kind in ("weekday", "night_weekday"):
                    weekdays.append(tv)
                if kind in _PUBLICATION_KINDS:
                    counted.append(tv)
                if kind in _ANCHORED_KINDS and not m.groupdict().get("year"):
                    guessed.append((tv, kind, m, start, end, tense))
    found = _dated_weekdays(text, found, weekdays)
    if analysis is not None and guessed:
        found = _anchor_years(found, guessed, text, analysis, counted)
    found.sort(key=lambda t: t.span.start)
    found += _anaphors(text, found, taken)
    return tuple(sorted(found, key=lambda t: t.span.start))


def _dated_weekdays(text: str, found: list[TimeValue],
                    weekdays: list[TimeValue]) -> list[TimeValue]:
    """`в среду, 17 апреля`, `17 апреля, в среду`, `в четверг 6 сентября`: a weekday set off by
    a comma beside a written day, or standing right before it on the same line, names that day,
    so the day is the time and the weekday, counted from the publication date, is dropped (it
    would date the event by another week, `во время задержания в среду, 17 апреля`, and as a
    second day split one event into two stages, `прощание состоится в четверг 6 сентября`)."""
    days = [t for t in found if t.day is not None and t not in weekdays]
    gone = {id(w) for w in weekdays for d in days if re.fullmatch(
        r"[ \t\u00a0]*,?[ \t\u00a0]*" if w.span.end <= d.span.start else r"\s*,\s*",
        text[w.span.end:d.span.start] if w.span.end <= d.span.start
        else text[d.span.end:w.span.start])}
    return [t for t in found if id(t) not in gone]


# days counted from the publication date (`в среду`, `вчера`): their year is the publication's,
# which a past clause's tense settles better for a bare day after them (`в прошлом году` is a
# story's year and still gives one)
_PUBLICATION_KINDS = ("weekday", "night_weekday", "relday")
# a day or a month without a year, which the publication date dates (or leaves undated) unless its
# sentence gives one
_ANCHORED_KINDS = ("night", "day", "month")
# where a time expression stands in a clause of its own that describes a word, not in the
# sentence's story (`премии, учреждённой в 1968 году, …`, `X, родившийся в 1950 году, …`); an
# `amod` only as a participle
_ATTRIBUTIVE_RELS = frozenset({"acl", "acl:relcl", "amod", "appos", "parataxis"})


def _anchor_years(found: list[TimeValue], guessed: list, text: str, a: Analysis,
                  counted: list[TimeValue] | tuple = ()) -> list[TimeValue]:
    """A day or a month whose year the text leaves out takes the year the sentence gave before it
    (`В 2010 году губернатор назначил выборы на 10 сентября`, `принят 14 июня 2017 года, а 28
    июня одобрен`), not the publication's: the story is told on that year's calendar. A bare year
    or month gives it only within its own clause (`родился в 1950 году, а 5 февраля скончался`
    tells of two times), a full date to the whole sentence. A time in a clause that describes a
    word (`премии, учреждённой в 1968 году, станет известен 14 октября`) dates that word alone
    and gives no year. After a full date a day earlier in the
    calendar that the clause puts ahead moves to the next year (`21 декабря 2017 года … когда 19
    апреля будет сформирован`). A day counted from the publication date (`в среду`, `вчера`)
    gives none: its year is the publication's, not the story's (`арестован в среду, а 17 апреля
    освобождён`)."""
    yearless = {id(tv) for tv, *_ in guessed} | {id(w) for w in counted}  # none gives a year
    replace: dict[int, TimeValue] = {}
    for tv, kind, m, start, end, tense in guessed:
        here = a.token_at(start)
        if here is None:
            continue
        anchor = None
        for other in found:
            if id(other) in yearless or other.year is None or other.span.end > start:
                continue
            tok = a.token_at(other.span.start)
            if tok is None or tok.sent != here.sent or _attributive(a, tok):
                continue
            if a.quote_of(tok) != a.quote_of(here):
                continue  # "выставка «Москва, 9 мая 1945 года» откроется 12 мая": a title's date
            if tok.rel == "nmod" and any(c.rel == "case" and c.lemma == "от"
                                         for c in a.children(tok.index)):
                continue  # "закон от 14 июня 2017 года отменён 12 мая": a document's date
            if other.day is None and _clause(a, tok) != _clause(a, here):
                continue  # "родился в 1950 году, а 5 февраля скончался": its own clause's year
            if a.tokens[_clause(a, tok)].lemma in word_list("life_date_verbs"):
                continue  # "родился 3 марта 1950 года, а 5 мая назначен": a life's start
            if anchor is None or other.span.start > anchor.span.start:
                anchor = other
        if anchor is None:
            continue
        # a full date told as still ahead (`выборы пройдут 10 сентября 2026 года, а 5 марта
        # начнётся регистрация`) is no point the clause looks ahead from
        ahead = tense_at(a, anchor.span.start) != "future"
        try:
            new = _value(kind, m, text, start, end, None, tense, anchor=anchor, ahead=ahead)
        except ValueError:
            new = None
        if new is not None:
            replace[id(tv)] = new
    return [replace.get(id(tv), tv) for tv in found]


def _attributive(a: Analysis, tok: Token) -> bool:
    """Whether `tok` stands inside a clause that describes a word (_ATTRIBUTIVE_RELS)."""
    cur = a.tokens[tok.head] if tok.head is not None else None  # (`2010` hangs on `году`)
    seen: set[int] = set()
    while cur is not None and cur.index not in seen:
        seen.add(cur.index)
        if cur.rel in _ATTRIBUTIVE_RELS and (
                cur.rel != "amod" or cur.feats.get("VerbForm") == "Part"):
            return True
        cur = a.tokens[cur.head] if cur.head is not None else None
    return False


def _clause(a: Analysis, tok: Token) -> int:
    """The index of the verb (or the sentence's root) whose clause `tok` belongs to."""
    cur, seen = tok, set()
    while cur.head is not None and cur.pos not in ("VERB", "AUX") and cur.index not in seen:
        seen.add(cur.index)
        cur = a.tokens[cur.head]
    return cur.index


def _anchored_year(anchor: TimeValue, month: int, day: int | None, tense: Tense | None,
                   ahead: bool = True) -> int:
    """The year of a day or month told after the time `anchor` in one sentence: the anchor's, or
    the next when the anchor names a later day and the clause looks ahead from it (`ahead`: the
    anchor is not itself told as to come)."""
    y = anchor.year
    if ahead and anchor.month is not None and tense == "future" and \
            (month, day or 1) < (anchor.month, anchor.day or 1):
        y += 1
    return y


# how far back (in characters) the time an anaphor refers to may stand: a few sentences, not
# another part of the article
_ANAPHOR_REACH = 600


@functools.cache
def _anaphor_pattern() -> tuple[re.Pattern, dict[str, str]]:
    refers = {phrase: what for phrase, what in table("time_anaphors")}
    words = sorted(refers, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE), refers


def _anaphors(text: str, found: list[TimeValue],
              taken: list[tuple[int, int]]) -> list[TimeValue]:
    """`в тот же день`, `на следующий день`, `тогда же` (kg/data/ru/time_anaphors.tsv): the value
    the nearest earlier time expression gives them, if it is near and says enough (a day for
    `в тот же день`, a full date to count a day from); never a value the text does not give."""
    pattern, refers = _anaphor_pattern()
    starts = [tv.span.start for tv in found]
    out = []
    for m in pattern.finditer(text):
        i = bisect_left(taken, (m.end(),)) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue
        j = bisect_left(starts, m.start()) - 1
        prev = found[j] if j >= 0 else None
        if out and (prev is None or out[-1].span.start > prev.span.start):
            prev = out[-1]  # `на следующий день … в тот же день`: the day just named
        if prev is None or m.start() - prev.span.end > _ANAPHOR_REACH:
            continue
        tv = _refer(refers[" ".join(m.group(0).lower().split())], prev,
                    span(text, m.start(), m.end()))
        if tv is not None:
            out.append(tv)
    return out


def _refer(what: str, prev: TimeValue, sp) -> TimeValue | None:
    """The value an anaphor of kind `what` takes from the time expression `prev` before it."""
    one_day = prev.begin is not None and prev.end is None
    if what == "same":
        return TimeValue(sp, begin=prev.begin, end=prev.end, year=prev.year, month=prev.month,
                         day=prev.day, season=prev.season)
    if what == "same-day" and prev.day is not None and (prev.begin is None or one_day):
        return TimeValue(sp, begin=prev.begin, year=prev.year, month=prev.month, day=prev.day)
    if what in ("next-day", "prev-day") and one_day:
        d = prev.begin + timedelta(days=1 if what == "next-day" else -1)
        return TimeValue(sp, begin=d, year=d.year, month=d.month, day=d.day)
    if what == "same-month" and prev.month is not None and prev.season is None:
        return TimeValue(sp, year=prev.year, month=prev.month)
    if what == "same-year" and prev.year is not None:
        return TimeValue(sp, year=prev.year)
    return None


def _value(kind: str, m: re.Match, text: str, start: int, end: int, published: date | None,
           tense: Tense | None, anchor: TimeValue | None = None,
           ahead: bool = True) -> TimeValue | None:
    w = _words()
    g = m.groupdict()
    sp = span(text, start, end)
    year = int(g["year"]) if g.get("year") else None
    if kind in ("night", "night_range", "range", "day", "numeric", "iso"):
        month = w.months[g["m2"].lower()] if g.get("m2") else int(g["mn"])
        day = int(g["d2"])
        date(2000, month, day)  # raises ValueError for a day the month does not have (2000: leap)
        if kind in ("range", "night_range"):
            m1 = w.months[g["m1"].lower()] if g.get("m1") else month
            d1 = int(g["d1"])
        else:
            m1, d1 = month, day
        wraps = (m1, d1) > (month, day)  # "с 30 декабря по 2 января": the range crosses a year
        if year is not None:  # the text's year belongs to the end of a range
            first_year, last_year = year - wraps, year
        elif anchor is not None:
            first_year = _anchored_year(anchor, m1, d1, tense, ahead)
            last_year = first_year + wraps
        elif published is not None:
            first_year = _resolve_year(published, m1, d1, tense)
            last_year = first_year + wraps
        else:
            if kind == "night":
                return TimeValue(sp, month=month, day=day)
            return TimeValue(sp, month=m1, day=d1)
        last = date(last_year, month, day)
        first = date(first_year, m1, d1)
        if kind == "night":  # the night *on* the 31st begins on the 30th
            first = last - timedelta(days=1)
        if first > last:
            return None
        return TimeValue(sp, begin=first, end=last if last != first else None,
                         year=first.year, month=first.month, day=first.day)
    if kind == "month":
        if not g.get("pre") and year is None:
            return None  # a bare "Марта" is as likely a name as a month
        month = w.months[g["m2"].lower()]
        if year is None and anchor is not None:
            year = _anchored_year(anchor, month, None, tense, ahead)
        elif year is None and published is not None:
            year = _resolve_year(published, month, None, tense)
        return TimeValue(sp, year=year, month=month)
    if kind == "month_adj":
        if not text[start].islower():
            return None  # `Октябрьская революция`, `Майский`: a name
        # the year only as the text gives it (`мартовских выборов 2008 года`): a month's
        # adjective often names a past event (`августовский путч`), which the publication date
        # does not date
        return TimeValue(sp, year=year, month=w.month_adjs[g["ma"].lower()])
    if kind == "season":
        season = w.seasons[g["s"].lower()]
        if year is None and published is not None:
            year = _resolve_year(published, _SEASON_START[season], None, tense, season=True)
        return TimeValue(sp, year=year, season=season)
    if kind == "year":
        return TimeValue(sp, year=year)
    if published is None:  # relative expressions mean nothing without a publication date
        return None
    if kind == "relyear":
        return TimeValue(sp, year=published.year + w.years[g["ry"].lower()])
    if kind == "relday":
        if text[end:end + 1] in "»\"“" and end < len(text):
            return None  # the end of a name in quotes: «Россия сегодня»
        d = published + timedelta(days=w.days[g["rd"].lower()])
        return TimeValue(sp, begin=d, year=d.year, month=d.month, day=d.day)
    if kind == "weekday":
        d = _weekday(published, w.weekdays[g["wd"].lower()], (g.get("rel") or "").lower(), tense)
        return TimeValue(sp, begin=d, year=d.year, month=d.month, day=d.day)
    if kind == "night_weekday":  # "в ночь на субботу": from Friday evening into Saturday
        d = _weekday(published, w.weekdays[g["wd"].lower()], "", tense)
        first = d - timedelta(days=1)
        return TimeValue(sp, begin=first, end=d, year=first.year, month=first.month,
                         day=first.day)
    return None


def _resolve_year(published: date, month: int, day: int | None, tense: Tense | None,
                  season: bool = False) -> int:
    """The year that puts month/day on the side of `published` the tense asks for, nearest first."""
    def when(y: int) -> date:
        if season and month == 12:  # a winter is named by the year it starts in
            return date(y, 12, 1)
        return date(y, month, day or 1)

    def contains(y: int) -> bool:  # a month or season named in the text may be the current one
        if day is not None:
            return False
        if season:
            s = when(y)
            e = date(s.year + (s.month + 3 > 12), (s.month + 2) % 12 + 1, 1)
            return s <= published < e
        return (y, month) == (published.year, published.month)

    years = [published.year - 1, published.year, published.year + 1]
    if tense == "past":
        ok = [y for y in years if when(y) <= published or contains(y)]
        return max(ok) if ok else published.year
    if tense == "future":
        ok = [y for y in years if when(y) >= published or contains(y)]
        return min(ok) if ok else published.year
    return min(years, key=lambda y: (0 if contains(y) else 1, abs((when(y) - published).days)))


def _weekday(published: date, weekday: int, rel: str, tense: Tense | None) -> date:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    # `прошлую`, `минувшую`, `следующую`: the stem's side of the week (kg/data/ru/time_words.tsv)
    side = next((v for stem, v in _words().weekday_rels.items() if rel.startswith(stem)), 0)
    if side < 0:
        return published - timedelta(days=back or 7)
    if side > 0 or tense == "future":
        return published + timedelta(days=ahead or (7 if rel else 0))
    return published - timedelta(days=back)


def tense_at(a: Analysis, offset: int) -> Tense | None:
    """The tense of the clause a time expression at `offset` belongs to: up its syntactic heads to
    the first finite verb, or a lemma that marks the future (`должны пройти`, `предстоящие`)."""
    tok = a.token_at(offset)
    if tok is None:
        return None
    future, ahead = _tense_lemmas()
    sets = setting_lemmas()
    seen: set[int] = set()
    cur, prev, before = tok, None, None
    while cur is not None and cur.index not in seen:
        if a.quote_of(cur) != a.quote_of(tok):
            return None  # a parse that hangs the words before a quote on a word inside it
        seen.add(cur.index)
        if prev is not None and prev.feats.get("VerbForm") == "Inf" and prev.rel == "xcomp" \
                and cur.lemma in ahead:
            return "future"  # "призвал прийти 6 апреля": the act asked for is still to come
        kids = a.children(cur.index)
        past_aux = any(c.pos == "AUX" and c.feats.get("Tense") == "Past" for c in kids)
        if cur.lemma in future | sets and cur.index != tok.index and _took_place(a, cur):
            return "past"  # "назначенная на 10 февраля встреча прошла": the day set has come
        if cur.lemma in future and cur.index != tok.index:
            return "past" if past_aux else "future"
        if cur.lemma in sets and prev is not None and prev.index == tok.index and \
                prev.rel in ("obj", "nsubj:pass") and not past_aux:
            return "future"  # "суд назначен на 15 мая": the event set, still ahead
        if cur.lemma in sets and prev is not None and prev.rel == "obl" and not past_aux and any(
                c.rel == "case" and c.lemma == "на" for c in a.children(prev.index)):
            return "future"  # the day it is set for: "назначено на 15 мая" is a 15 May ahead
        if cur.lemma in sets and prev is not None and before is not None and \
                prev.rel in ("obj", "nsubj:pass") and before.rel == "nmod" and not past_aux and \
                any(c.rel == "case" and c.lemma == "на" for c in a.children(before.index)):
            return "future"  # "назначил выборы на 10 сентября": the day the event is set for
        for c in a.children(cur.index):
            if c.lemma in future and c.rel in ("amod", "acl"):
                return "future"
            if c.lemma in sets and c.rel in ("amod", "acl") and cur.index == tok.index:
                return "future"  # "назначенная на май встреча"
        cop = [c for c in kids if c.rel == "cop" and c.lemma == "быть"]
        if cop and cur.pos not in ("VERB", "AUX"):  # "прощание будет в театре": a nominal predicate
            word = cop[0].text.lower()
            if word.startswith("буд"):
                return "future"
            if word.startswith("был"):
                return "past"
        if cur.pos in ("VERB", "AUX") and cur.feats.get("VerbForm") == "Fin":
            aux = [c for c in a.children(cur.index) if c.pos == "AUX"]
            if any(c.feats.get("Tense") == "Past" for c in aux):
                return "past"
            if any(future_be(c) for c in aux):
                return "future"
            t = cur.feats.get("Tense")
            if t == "Past" and _PERSONAL_ENDING.search(cur.text.lower()):
                # a rare verb the tagger reads as past (`отслужит`, `отречётся`): a past form ends
                # in `-л`/a consonant stem (`служил`, `нёс`), never in a personal ending `-т`, so
                # it is the perfective's future or the imperfective's present (which of them the
                # dictionary says, not the tagger's aspect)
                t = _not_past(cur)
            return {"Past": "past", "Fut": "future", "Pres": "present"}.get(t or "")
        if cur.feats.get("VerbForm") == "Inf" or cur.feats.get("Variant") == "Short":
            aux = [c for c in a.children(cur.index) if c.pos == "AUX"]
            if any(c.feats.get("Tense") == "Past" for c in aux):
                return "past"
            if any(c.text.lower().startswith("буд") for c in aux):
                return "future"
            if cur.feats.get("Variant") == "Short" and cur.feats.get("Tense") == "Past" and \
                    not any(c.feats.get("VerbForm") == "Inf" for c in aux):  # "может быть сделано"
                return "past"
        if cur.feats.get("VerbForm") == "Part" and cur.feats.get("Tense") == "Past" and \
                cur.feats.get("Variant") != "Short" and cur.index != tok.index and \
                not _PRESENT_SUFFIX.search(cur.text.lower()):
            # a past participle's own time (`скончавшийся в пятницу актёр будет похоронен`):
            # its act is past whatever the tense of the clause around the noun it describes
            return "past"
        before, prev, cur = prev, cur, (a.tokens[cur.head] if cur.head is not None else None)
    return None


# a present participle's suffix (`задерживающий`, `разыскиваемый`), which the tagger may call past
_PRESENT_SUFFIX = re.compile(r"(?:[ую]щ|[ая]щ)(?:ий|ая|ее|ие|его|ей|ему|ем|им|ими|их|ую|ой)(?:ся)?$"
                             r"|[еио]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ом)$")


# the third person's ending (`-ет`, `-ит`, `-ут`, `-ят`, with `-ся`), which no past form has
_PERSONAL_ENDING = re.compile(r"[аеёиуюя]т(ся)?$")


def _not_past(verb: Token) -> str:
    """The tense of a finite verb with a personal ending that the tagger read as past: the
    dictionary's finite readings of the form say future or present, since the tagger's aspect is
    as wrong on such a rare word as its tense (`пребудет`, `разведётся` tagged imperfective are
    futures, `влечёт` tagged perfective a present); the tagger's aspect decides only between the
    readings of a verb of both aspects (`аннексирует`). A word with no finite reading of that
    kind (a noun the tagger took for a verb) keeps the past it was given."""
    from kg.nlp.ru.name_types import dictionary_tags

    tenses = {"Fut" if "futr" in tags else "Pres" for tags in dictionary_tags(verb.text.lower())
              if "VERB" in tags and {"futr", "pres"} & tags}
    if len(tenses) == 1:
        return tenses.pop()
    if not tenses:
        return "Past"
    return "Fut" if verb.feats.get("Aspect") == "Perf" else "Pres"


def _took_place(a: Analysis, word: Token) -> bool:
    """Whether `word`, a participle of planning or setting (`запланированная`, `назначенная`),
    describes the subject of a finite past verb (`… встреча прошла`, `… визит был отменён`): the
    day it names is no longer ahead, whatever the participle says."""
    if word.rel not in ("acl", "amod") or word.head is None:
        return False
    noun = a.tokens[word.head]
    verb = a.tokens[noun.head] if noun.head is not None else None
    if noun.rel not in ("nsubj", "nsubj:pass") or verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    # the auxiliary's tense first: `была проведена` past, `будет проведена` ahead
    aux = [c for c in a.children(verb.index) if c.pos == "AUX"]
    return (aux[0] if aux else verb).feats.get("Tense") == "Past"


@functools.cache
def setting_lemmas() -> frozenset[str]:
    """kg/data/ru/tense_words.txt, the verbs marked `=`: what they set (their object, passive
    subject or the noun their participle describes) is still ahead."""
    return frozenset(w.split()[0] for w in word_list("tense_words") if w.split()[1:] == ["="])


@functools.cache
def _tense_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """kg/data/ru/tense_words.txt: the future-marking lemmas, and the verbs marked `+inf` whose
    infinitive complement lies ahead."""
    entries = [w.split() for w in word_list("tense_words")]
    return (frozenset(w[0] for w in entries if len(w) == 1),
            frozenset(w[0] for w in entries if w[1:] == ["+inf"]))
