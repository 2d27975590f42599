"""Lists, for a blind reading of unlabeled articles, every sentence that may report speech beside
the statements the extraction gives for it, so that a reader can mark what was missed and check
what was found (docs/quality.md, "Reported speech, eleventh round").

    python scripts/speech_blind.py draw --seed speech11: \
        --skip-seeds speakers3:55,speech4:230,speech5:350 --n 120 --out /tmp/sample.txt
    python scripts/speech_blind.py draw --seed speech17: --skip-files scripts/speech_read.txt \
        --n 100 --out /tmp/sample.txt
    python scripts/speech_blind.py list --cache DIR [--misses] [--json F] [--only ARTICLE]

`draw` orders the nerel-dev articles that are in no tests/gold-nerel/*/ARTICLES by the SHA-256 of
a seed and the file name, leaves out the first N of earlier readings' orders, and writes the
first `--n` names. The cache is that of `scripts/speech_audit.py cache` (run it on a folder of
links to the drawn files). `list` runs the speech rules of the working tree on the pickles and
prints each candidate sentence: `+` with the statements that fall in it (speaker, source, words),
`-` when none does. A sentence is a candidate when it has a quote with a speech verb, a colon or a
dash beside it, a line opened by a dash, a lemma of kg/data/ru/speech_verbs.tsv or of the broad
list of speech_audit.py, or a cue or speech noun (`по словам`, `по данным`, `по мнению`,
`заявление`, `говорится в`, `как отмечается`, `считает, что`, `уверен, что`). The frozen articles
and the judge folders' (scripts/held_out.py `unstudied`) are refused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import unstudied  # noqa: E402

GOLD = ROOT / "tests" / "gold-nerel"
FROZEN = unstudied()

QUOTE = re.compile(r"[«„“\"][^«»„“”\"\n]{3,}[»“”\"]")
FRAME = re.compile(r"[»“”\"]\s*,?\s*[—–-]|:\s*[«„“\"]|^\s*[—–-]\s|:\s*$")
CUE = re.compile(r"(?<!\w)(по (его |ее |её |их |собственным )?словам|по данным|по мнению|"
                 r"по информации|"
                 r"по сообщению|по сведениям|по версии|по оценке|по утверждению|по заявлению|"
                 r"по оценкам|по мнению|согласно|со ссылкой на|как (сообщает|сообщил|сообщила|"
                 r"сообщили|отмечает|отмечается|пишет|передает|передаёт|говорится|сообщается|"
                 r"заявил|заявила|заявили|рассказал|рассказала|рассказали|отметил|отметила)|"
                 r"говорится в|сказано в|заявлени|интервью|цитирует|приводит слова|"
                 r"(считает|считают|уверен|уверена|уверены|убежден|убеждён|убеждена|полагает), что|"
                 r"на (его|её|ее|их) взгляд|с (его|её|ее|их) слов)(?!\w)", re.I)


def gold_articles() -> set[str]:
    out: set[str] = set()
    for f in GOLD.glob("*/ARTICLES"):
        out |= {x.strip() for x in f.read_text().splitlines()
                if x.strip() and not x.startswith("#")}
    return out


def draw(texts: Path, seed: str, skip: str, n: int, out: Path, skip_files: str = "") -> None:
    gold = gold_articles()
    pool = [p.name for p in sorted(texts.glob("*.txt"))
            if p.stem not in gold and p.name not in gold]

    def order(s: str) -> list[str]:
        return sorted(pool, key=lambda x: hashlib.sha256((s + x).encode()).hexdigest())

    used: set[str] = set()
    for f in filter(None, skip_files.split(",")):  # names an earlier reading wrote down
        used |= {x.strip().removesuffix(".txt") + ".txt"
                 for x in Path(f).read_text(encoding="utf-8").splitlines()
                 if x.strip() and not x.startswith("#")}
    for item in filter(None, skip.split(",")):
        s, k = item.rsplit(":", 1)
        used |= set(order(s + ":")[:int(k)])
    chosen = [x for x in order(seed) if x not in used][:n]
    out.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(pool)} articles in no gold folder, {len(used)} read before, {len(chosen)} drawn")


def list_(cache: Path, misses: bool, json_out: Path | None, only: str | None) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from speech_audit import BROAD  # noqa: E402

    from kg.nlp.ru.lexicon import norm  # noqa: E402
    from kg.nlp.ru.speech import find_statements  # noqa: E402

    verbs = set(BROAD)
    for line in (ROOT / "kg/data/ru/speech_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "lemma")):
            verbs.add(line.split("\t")[0].split()[0])
    rows = []
    n_cand = n_hit = n_stmt = 0
    for p in sorted(cache.glob("*.pkl")):
        if p.stem in FROZEN or (only and p.stem != only):
            continue
        document, a, entities, times = pickle.loads(p.read_bytes())
        names = {e.key: e.name for e in entities}
        statements = find_statements(a, entities, document, times)
        n_stmt += len(statements)
        print(f"\n=== {p.stem} ({len(statements)} statements)")
        for sent in a.sentences:
            text = a.text[sent.start:sent.end]
            toks = a.sentence_tokens(sent.index)
            why = []
            if QUOTE.search(text) and (FRAME.search(text) or any(
                    norm(t.lemma) in verbs for t in toks)):
                why.append("quote")
            elif re.match(r"\s*[—–]\s", text):
                why.append("dash")
            v = [t.text for t in toks
                 if norm(t.lemma) in verbs and t.pos in ("VERB", "ADJ", "AUX", "NOUN")]
            if v:
                why.append("verb:" + "/".join(v[:3]))
            c = CUE.search(text)
            if c:
                why.append("cue:" + c.group(0).lower())
            if text.rstrip().endswith(":"):
                why.append("colon")
            if not why:
                continue
            mine = [s for s in statements
                    if sent.start <= s.trigger.start < sent.end
                    or any(x is not None and x.start < sent.end and sent.start < x.end
                           for x in (s.quote, s.content, *s.more_quotes))]
            n_cand += 1
            n_hit += bool(mine)
            if misses and mine:
                continue
            mark = "+" if mine else "-"
            line = f"{mark} [{sent.index}] {' '.join(why)} | {text.strip()[:600]}"
            print(line.replace("\n", " / "))
            for s in mine:
                said = a.text[s.quote.start:s.quote.end] if s.quote else (
                    a.text[s.content.start:s.content.end] if s.content else "")
                who = names.get(s.speaker, "-") if s.speaker else "-"
                src = names.get(s.source, "") if s.source else (s.anonymous_source or "")
                print(f"    {s.key} {a.text[s.trigger.start:s.trigger.end]!r} speaker={who!r}"
                      f"{' source=' + repr(src) if src else ''} {'Q' if s.quote else 'C'}: "
                      f"{said[:160]!r}".replace("\n", " / "))
            rows.append(dict(article=p.stem, sent=sent.index, why=why, statements=[
                dict(trigger=a.text[s.trigger.start:s.trigger.end], speaker=names.get(s.speaker),
                     source=names.get(s.source) if s.source else s.anonymous_source,
                     quote=a.text[s.quote.start:s.quote.end] if s.quote else None,
                     content=a.text[s.content.start:s.content.end] if s.content else None)
                for s in mine]))
    print(f"\nstatements {n_stmt}; candidate sentences {n_cand}; with a statement {n_hit}; "
          f"without {n_cand - n_hit}")
    if json_out:
        json_out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--texts", type=Path, default=ROOT / "../shared/data/nerel-dev")
    d.add_argument("--seed", required=True)
    d.add_argument("--skip-seeds", default="")
    d.add_argument("--skip-files", default="",
                   help="comma-separated files of article names read before (one per line)")
    d.add_argument("--n", type=int, default=120)
    d.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("list")
    r.add_argument("--cache", type=Path, required=True)
    r.add_argument("--misses", action="store_true")
    r.add_argument("--only", default=None)
    r.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if args.cmd == "draw":
        draw(args.texts, args.seed, args.skip_seeds, args.n, args.out, args.skip_files)
    else:
        list_(args.cache, args.misses, args.json, args.only)


if __name__ == "__main__":
    main()
