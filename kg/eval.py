"""`kg eval`: runs the pipeline on gold-annotated articles and scores entities, links, events,
statements and time values against the gold (format: tests/gold/README.md; matching rules:
docs/quality.md).

Matching, in short. Entities: one predicted entity per gold entity, same type (a country counts
as a place; `alt_types` also allowed) and the same canonical name (case, `ё`/`е` and dashes
ignored; the gold's `aliases` also allowed). Mentions: exact offsets. Every predicted entity is
also aligned, for roles and links, to the gold entity most of its mentions overlap. Links: a
predicted QID is right when its entity is aligned to a gold entity with that QID. Events: same
class, the same set of actors (agents, targets and others, through the alignment) and the same
time value; a second prediction of an already matched gold event is counted as a duplicate, not as
an error. A gold that gives no `factuality` lists only events the text asserts or schedules, so
predicted negated and possible events are left out against it; where the gold gives it, factuality
accuracy is scored over the events matched on class and actors (among gold events of one class and
actors, a prediction is paired with one of its own factuality first). Events are also scored per class.
Statements: a prediction matches the gold statement whose quoted or reported words its own
overlap; it is right when its speaker is one of the gold speakers (or both have none).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from kg.nlp.base import casefold_name
from kg.records import Entity, Event, Extraction, TimeValue

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")


# ---- gold ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldDoc:
    article: str
    published: date | None
    entities: tuple[dict, ...]
    times: tuple[dict, ...]
    events: tuple[dict, ...]
    statements: tuple[dict, ...]

    def entity(self, gid: str) -> dict:
        return next(e for e in self.entities if e["id"] == gid)


def span_hash(text: str) -> str:
    """The hash a gold file records beside a span's offsets (tests/gold/README.md): the first 12
    hex digits of the SHA-256 of its text, so a changed article shows up as a mismatch."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_gold(path: Path) -> GoldDoc:
    """One gold file (tests/gold/*.json)."""
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    pub = date.fromisoformat(d["published"]) if d.get("published") else None
    return GoldDoc(d["article"], pub, tuple(d["entities"]), tuple(d["times"]),
                   tuple(d["events"]), tuple(d["statements"]))


# ---- scores ----------------------------------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total


@dataclass
class DocResult:
    article: str
    scores: dict[str, Score] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    duplicates: int = 0
    classes: dict[str, Score] = field(default_factory=dict)  # events per class
    invented_years: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what was missed or wrong, for --details


SCORES = ("entities", "entity mentions", "entity links", "events", "events (class + actors)",
          "statements", "statements (words only)", "time values")
RATIOS = ("speaker accuracy", "attribution accuracy", "factuality accuracy")
ASSERTED = ("Actual", "Planned")


# ---- matching helpers ------------------------------------------------------------------------
def _type(kind: str) -> str:
    return "place" if kind == "country" else kind


def _type_ok(e: Entity, g: dict) -> bool:
    return _type(e.kind) in {_type(t) for t in [g["type"], *g.get("alt_types", [])]}


def _name_ok(e: Entity, g: dict) -> bool:
    return casefold_name(e.name) in {casefold_name(n) for n in [g["name"], *g.get("aliases", [])]}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _mention_overlap(e: Entity, g: dict) -> int:
    return sum(1 for m in e.mentions for s, t, _ in g["mentions"]
               if _overlap((m.start, m.end), (s, t)))


def time_value(t: TimeValue | None) -> dict:
    """The normalised fields of a time value, as the gold writes them."""
    if t is None:
        return {}
    out: dict = {}
    for k in ("begin", "end"):
        v = getattr(t, k)
        if v is not None:
            out[k] = v.isoformat()
    for k in ("year", "month", "day", "season"):
        v = getattr(t, k)
        if v is not None:
            out[k] = v
    if "begin" in out:  # a full date says year, month and day already
        for k in ("year", "month", "day"):
            out.pop(k, None)
        out.setdefault("end", out["begin"])
    return out


def _gold_time(gold: GoldDoc, tid: str | None) -> dict:
    if tid is None:
        return {}
    v = dict(next(t for t in gold.times if t["id"] == tid)["value"])
    if "begin" in v:
        v.setdefault("end", v["begin"])
    return v


# ---- one document ----------------------------------------------------------------------------
def score_document(gold: GoldDoc, text: str, x: Extraction,
                   classes: frozenset[str] | None = None) -> DocResult:
    """Compare one extraction with its gold; `classes`: the event classes the gold was annotated
    with (its folder's CLASSES file), None for all."""
    r = DocResult(gold.article)
    align = _entities(gold, x, r)
    _links(gold, x, align, r)
    _events(gold, x, align, r, classes)
    _statements(gold, x, align, r)
    _times(gold, x, r)
    r.invented_years = invented_years(text, gold.published, x)
    return r


def _entities(gold: GoldDoc, x: Extraction, r: DocResult) -> dict[str, str]:
    """Scores entities and mentions; returns the alignment predicted key → gold id."""
    s = Score()
    matched: dict[str, str] = {}
    free = list(x.entities)
    for g in gold.entities:
        cands = [e for e in free if _type_ok(e, g) and _name_ok(e, g)]
        if cands:
            best = max(cands, key=lambda e: _mention_overlap(e, g))
            free.remove(best)
            matched[best.key] = g["id"]
            s.tp += 1
        else:
            s.fn += 1
            r.errors.append(f"entity missed: {g['type']} {g['name']}")
    s.fp = len(free)
    r.errors += [f"entity not in gold: {e.kind} {e.name}" for e in free]
    r.scores["entities"] = s

    gold_m = {(st, en): g for g in gold.entities for st, en, _ in g["mentions"]}
    pred_m = {(m.start, m.end): e for e in x.entities for m in e.mentions}
    ms = Score()
    for span, e in pred_m.items():
        if span in gold_m and _type_ok(e, gold_m[span]):
            ms.tp += 1
        else:
            ms.fp += 1
    ms.fn = len(gold_m) - ms.tp
    r.scores["entity mentions"] = ms

    align = dict(matched)
    for e in x.entities:
        if e.key in align:
            continue
        best = max(gold.entities, key=lambda g: _mention_overlap(e, g), default=None)
        if best is not None and _mention_overlap(e, best):
            align[e.key] = best["id"]
    return align


def _links(gold: GoldDoc, x: Extraction, align: dict[str, str], r: DocResult) -> None:
    s = Score()
    found: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for e in x.entities:
        if e.link is None:
            continue
        gid = align.get(e.key)
        pair = (gid or e.key, e.link.qid)
        if pair in seen:  # two predicted entities of one gold entity, one link
            continue
        seen.add(pair)
        want = gold.entity(gid).get("wikidata", {}).get("qid") if gid else None
        if want == e.link.qid:
            s.tp += 1
            found.add(gid)
        else:
            s.fp += 1
            r.errors.append(f"wrong link: {e.name} → {e.link.qid} (gold {want or 'none'})")
    for g in gold.entities:
        if g.get("wikidata") and g["id"] not in found:
            s.fn += 1
            r.errors.append(f"link missed: {g['name']} → {g['wikidata']['qid']}")
    r.scores["entity links"] = s


def _actors(keys: Iterable[str], align: dict[str, str]) -> frozenset[str]:
    return frozenset(align.get(k, f"?{k}") for k in keys)


def events_with_gold_actors(gold: GoldDoc, x: Extraction) -> list[tuple[Event, frozenset[str]]]:
    """Each predicted event beside its actors as gold entity ids, aligned as the scores align
    them (an actor no gold entity matches keeps its own key, marked `?`)."""
    align = _entities(gold, x, DocResult(gold.article))
    return [(e, _actors(e.actors, align)) for e in x.events]


def _events(gold: GoldDoc, x: Extraction, align: dict[str, str], r: DocResult,
            classes: frozenset[str] | None = None) -> None:
    s, loose = Score(), Score()
    preds = [e for e in x.events if e.kind != "Statement"]  # statements are scored below
    if classes is not None:  # a gold written before a class existed says nothing of its events
        preds = [e for e in preds if e.kind in classes]
    with_factuality = any("factuality" in g for g in gold.events)
    if not with_factuality:  # such a gold lists only what the text asserts or schedules
        preds = [e for e in preds if e.factuality in ASSERTED]
    per_class: dict[str, Score] = {}

    def cls(name: str) -> Score:
        return per_class.setdefault(name, Score())

    gold_keys = []
    for g in gold.events:
        gold_keys.append((g["class"], frozenset(g["agents"] + g["targets"] + g["others"]),
                          _gold_time(gold, g["time"])))
    matched: set[int] = set()
    for e in preds:
        key = (e.kind, _actors(e.actors, align), time_value(e.time))
        hit = next((i for i, k in enumerate(gold_keys) if k == key and i not in matched), None)
        if hit is not None:
            matched.add(hit)
            s.tp += 1
            cls(e.kind).tp += 1
        elif key in gold_keys:
            r.duplicates += 1
        else:
            s.fp += 1
            cls(e.kind).fp += 1
            names = sorted(a for a in key[1])
            r.errors.append(f"event not in gold: {e.kind} {e.trigger.text!r} "
                            f"actors={names} time={key[2]}")
    s.fn = len(gold_keys) - len(matched)
    for i, g in enumerate(gold.events):
        if i not in matched:
            cls(g["class"]).fn += 1
            r.errors.append(f"event missed: {g['class']} actors={sorted(gold_keys[i][1])} "
                            f"time={gold_keys[i][2]}")
    r.scores["events"] = s

    lmatched: set[int] = set()
    factuality = Ratio()
    # the same without the time: tells role errors from time errors. Among gold events of one class
    # and actors (two unnamed attacks, one Actual and one Possible), each prediction is paired with
    # one of its own factuality first: the pairing decides no match, only which gold event's
    # factuality it is held to, and the order of the gold list should not decide that
    loose_keys = [(e.kind, _actors(e.actors, align)) for e in preds]
    paired: dict[int, int] = {}
    for same_factuality in (True, False):
        for j, (e, key) in enumerate(zip(preds, loose_keys)):
            if j in paired:
                continue
            hit = next((i for i, k in enumerate(gold_keys) if k[:2] == key and i not in lmatched
                        and (not same_factuality
                             or gold.events[i].get("factuality") == e.factuality)), None)
            if hit is not None:
                paired[j] = hit
                lmatched.add(hit)
    for j, (e, key) in enumerate(zip(preds, loose_keys)):
        hit = paired.get(j)
        if hit is not None:
            loose.tp += 1
            want = gold.events[hit].get("factuality")
            if want:
                factuality.total += 1
                factuality.right += e.factuality == want
                if e.factuality != want:
                    r.errors.append(f"factuality wrong: {e.kind} {e.trigger.text!r} "
                                    f"{e.factuality} (gold {want})")
        elif not any(k[:2] == key for k in gold_keys):
            loose.fp += 1
    loose.fn = len(gold_keys) - len(lmatched)
    r.scores["events (class + actors)"] = loose
    r.ratios["factuality accuracy"] = factuality
    r.classes = per_class


def _said(spans: Iterable) -> list[tuple[int, int]]:
    return [(s[0], s[1]) for s in spans if s]


def _statements(gold: GoldDoc, x: Extraction, align: dict[str, str], r: DocResult) -> None:
    full, words = Score(), Score()
    speaker, attribution = Ratio(), Ratio()
    free = list(range(len(gold.statements)))
    gspans = [_said([*g["quotes"], g["content"]]) for g in gold.statements]
    for st in x.statements:
        mine = _said([(st.quote.start, st.quote.end) if st.quote else None,
                      (st.content.start, st.content.end) if st.content else None,
                      *((q.start, q.end) for q in st.more_quotes)])
        best, size = None, 0
        for i in free:
            o = sum(_overlap(a, b) for a in mine for b in gspans[i])
            if o > size:
                best, size = i, o
        if best is None:
            words.fp += 1
            full.fp += 1
            r.errors.append(f"statement not in gold: {st.trigger.text!r} "
                            f"speaker={align.get(st.speaker, st.speaker)}")
            continue
        free.remove(best)
        g = gold.statements[best]
        words.tp += 1
        who = align.get(st.speaker, f"?{st.speaker}") if st.speaker else None
        ok = who in g["speakers"] if g["speakers"] else who is None
        speaker.total += 1
        speaker.right += ok
        src = align.get(st.source, f"?{st.source}") if st.source else None
        attribution.total += 1
        attributed = (src == g["source"]) and (bool(st.anonymous_source) == g["anonymous"])
        attribution.right += attributed
        if not attributed:
            r.errors.append(f"statement source wrong: {st.trigger.text!r} → {src}"
                            f"{' (anonymous)' if st.anonymous_source else ''} (gold {g['source']}"
                            f"{' anonymous' if g['anonymous'] else ''})")
        if ok:
            full.tp += 1
        else:
            full.fp += 1
            full.fn += 1
            r.errors.append(f"statement speaker wrong: {st.trigger.text!r} → {who} "
                            f"(gold {g['speakers']})")
    words.fn = len(free)
    full.fn += len(free)
    for i in free:
        g = gold.statements[i]
        r.errors.append(f"statement missed: trigger at {g['trigger'][0]} "
                        f"speakers={g['speakers']} source={g['source']}")
    r.scores["statements"] = full
    r.scores["statements (words only)"] = words
    r.ratios["speaker accuracy"] = speaker
    r.ratios["attribution accuracy"] = attribution


def _times(gold: GoldDoc, x: Extraction, r: DocResult) -> None:
    s = Score()
    free = list(gold.times)
    preds = [t for t in x.times if time_value(t)]  # an expression that settles nothing is no value
    for t in preds:
        v = time_value(t)
        hit = next((g for g in free if _overlap((t.span.start, t.span.end), tuple(g["span"][:2]))
                    and _gold_time(gold, g["id"]) == v), None)
        if hit is None:
            s.fp += 1
            r.errors.append(f"time value not in gold: {t.span.text!r} {v}")
        else:
            free.remove(hit)
            s.tp += 1
    s.fn = len(free)
    r.errors += [f"time value missed: at {g['span'][0]} {g['value']}" for g in free]
    r.scores["time values"] = s


def invented_years(text: str, published: date | None, x: Extraction) -> list[str]:
    """Years in the output that neither the text nor the publication date gives (a date resolved
    against the publication date may fall in the year before or after it)."""
    allowed = {int(y) for y in _YEAR_IN_TEXT.findall(text)}
    if published:
        allowed |= {published.year - 1, published.year, published.year + 1}
    values = [*x.times, *(e.time for e in x.events), *(s.time for s in x.statements)]
    bad = []
    for t in values:
        if t is None:
            continue
        years = {d.year for d in (t.begin, t.end) if d} | ({t.year} if t.year else set())
        bad += [f"{y} in {t.span.text!r}" for y in sorted(years - allowed)]
    return sorted(set(bad))


# ---- the whole gold folder -------------------------------------------------------------------
@dataclass
class Report:
    gold_dir: str
    documents: list[DocResult]

    def total(self, name: str) -> Score:
        s = Score()
        for d in self.documents:
            if name in d.scores:
                s.add(d.scores[name])
        return s

    def ratio(self, name: str) -> Ratio:
        q = Ratio()
        for d in self.documents:
            if name in d.ratios:
                q.add(d.ratios[name])
        return q

    def per_class(self) -> dict[str, Score]:
        """Events scored per class, over all documents."""
        out: dict[str, Score] = {}
        for d in self.documents:
            for name, sc in d.classes.items():
                out.setdefault(name, Score()).add(sc)
        return dict(sorted(out.items()))

    def as_dict(self) -> dict:
        return {"gold": self.gold_dir, "articles": len(self.documents),
                "event classes": {n: s.as_dict() for n, s in self.per_class().items()},
                "scores": {n: self.total(n).as_dict() for n in SCORES},
                "ratios": {n: {**asdict(self.ratio(n)), "value": round(self.ratio(n).value, 4)}
                           for n in RATIOS},
                "event duplicates": sum(d.duplicates for d in self.documents),
                "invented years": [f"{d.article}: {y}" for d in self.documents
                                   for y in d.invented_years],
                "documents": {d.article: {"scores": {n: s.as_dict() for n, s in d.scores.items()},
                                          "errors": d.errors} for d in self.documents}}


def gold_classes(gold_dir: Path) -> frozenset[str] | None:
    """The event classes a gold folder was annotated with (its CLASSES file), None for all."""
    path = gold_dir / "CLASSES"
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def evaluate(gold_dir: Path, corpus_dir: Path | None = None,
             predict: Callable[[Path, GoldDoc, str], Extraction] | None = None) -> Report:
    """Run the pipeline on every gold article and score it. `predict(gold_file, gold, text)`, when
    given, supplies the extraction to score instead of the pipeline (scripts/gold_agreement.py
    scores a second annotation of the same articles this way, with the same matching)."""
    from kg.errors import InputError

    if predict is None:
        from kg.pipeline import extract, make_document

        def pipeline(path: Path, gold: GoldDoc, text: str) -> Extraction:
            return extract(make_document(text, id=Path(gold.article).stem,
                                         published=gold.published))

        predict = pipeline

    corpus = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise InputError(f"{gold_dir}: no gold files (*.json)")
    classes = gold_classes(Path(gold_dir))
    docs = []
    for path in files:
        gold = load_gold(path)
        article = corpus / gold.article
        if not article.exists():
            raise InputError(f"{article}: the article of {path.name} is missing")
        text = article.read_text(encoding="utf-8")
        x = predict(path, gold, text)
        docs.append(score_document(gold, text, x, classes))
    return Report(str(gold_dir), docs)


def score_table(report: Report, names: Iterable[str]) -> list[str]:
    """The top of the plain-text table: a header, one line per score named, a blank line, one
    line per ratio (shared with scripts/gold_agreement.py, which names fewer scores)."""
    lines = [f"{'':26}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
    for n in names:
        s = report.total(n)
        lines.append(f"{n:26}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}   {s.tp}/{s.fp}/{s.fn}")
    lines.append("")
    for n in RATIOS:
        q = report.ratio(n)
        lines.append(f"{n:26}{q.value:7.3f}   {q.right}/{q.total}")
    return lines


def format_report(report: Report, details: bool = False) -> str:
    """The figures as a plain-text table (and, with `details`, what each article got wrong)."""
    lines = [f"kg eval {report.gold_dir}: {len(report.documents)} articles", "",
             *score_table(report, SCORES)]
    lines += ["", "events per class"]
    for n, s in report.per_class().items():
        lines.append(f"  {n:24}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}   {s.tp}/{s.fp}/{s.fn}")
    lines.append("")
    lines.append(f"{'event duplicates':26}{sum(d.duplicates for d in report.documents):7d}")
    years = [f"{d.article}: {y}" for d in report.documents for y in d.invented_years]
    lines.append(f"{'invented years':26}{len(years):7d}")
    lines += [f"  {y}" for y in years]
    if details:
        for d in report.documents:
            lines += ["", f"== {d.article}"] + [f"  {e}" for e in d.errors]
    return "\n".join(lines) + "\n"
