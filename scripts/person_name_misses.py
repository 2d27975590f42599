"""List nerel-dev's people with a wrong canonical name, and the people split or merged, by class.

    python scripts/person_name_misses.py [--texts DIR] [--only A,B,…] [--counts]

Runs the shared entity scorer in process (as scripts/score_nerel.py does, without the SHACL
check) over the articles outside tests/gold-nerel/frozen*/ARTICLES only (the frozen ones are never
read), view `proper-flat`. For every matched Person entity whose name the scorer judges wrong it
prints one tab-separated line: article, class, gold name, knowledge-base name, system labels,
system mention texts, gold mention texts; then every gold person split over several system
entities and every system person merging several gold entities. The class is a first sorting by
the forms alone (see `name_class`); docs/quality.md reads them one by one. `--counts` prints only
the number per class. `--only` restricts the run to the named articles (faster re-checks).
"""

from __future__ import annotations

import collections
import contextlib
import io
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import score_nerel  # noqa: E402
from held_out import unstudied  # noqa: E402
from nerel_mention_errors import match_entities  # noqa: E402

VIEW = "proper-flat"
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_PARTICLES = {"аль", "ал", "эль", "ибн", "бин", "бен", "ван", "фон", "де", "да", "ди", "дю", "дель",
              "ла", "ле", "о", "мак", "оглы", "кызы"}


def _words(name: str) -> list[str]:
    return re.sub(r"[«»\"„“”]", "", name).replace("ё", "е").replace("Ё", "Е").lower().split()


def name_class(gold: str, kb: str, system: str) -> str:
    """A first class of a wrong name, by its forms alone."""
    from kg.nlp.ru.entities import word_key

    g, s, k = _words(gold), _words(system), _words(kb)
    if bool(_LATIN.search(gold)) != bool(_LATIN.search(system)):
        return "script: Latin vs Cyrillic"
    if any("." in w for w in g + s):
        return "initials"
    if any("-" in w or w in _PARTICLES for w in g + s) and len(g) != len(s):
        return "particle or hyphen"
    for ref in (g, k):
        if len(ref) == 3 and len(s) == 2 and [ref[0], ref[2]] == s:
            return "patronymic kept by the gold"
    if len(s) > len(g) and all(w in s for w in g):
        return "boundary: words glued to the name"
    if len(s) < len(g):
        if len(s) == 1 and word_key(s[0]) == word_key(g[-1]):
            return "surname alone"
        if len(s) == 1 and word_key(s[0]) == word_key(g[0]):
            return "first name alone"
        return "boundary: words missing"
    if len(s) == len(g):
        keys = [word_key(a) == word_key(b) for a, b in zip(g, s, strict=True)]
        if all(keys):
            return "left inflected or lemmatiser slip"
        near = [_distance(a, b) <= 2 for a, b in zip(g, s, strict=True)]
        if all(near):
            return "spelling"
        if any(keys):
            return "one word another"
    return "other"


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def _misses(sc, gold, gm_all, ents, ments, text, out) -> None:
    gm = [m for m in gm_all if sc.counted(m, VIEW)]
    sm_all = [dict(b=b, e=e, type=ents[i]["type"], ent=i) for b, e, i in ments]
    ignored = {j for j, m in enumerate(gm_all) if not sc.counted(m, VIEW)}
    to_gold = sc.align_overlap(sm_all, gm_all, False)
    sm = [s for i, s in enumerate(sm_all) if to_gold.get(i) not in ignored]
    gents = {e["id"]: e for e in gold["entities"]}
    al, _, match = match_entities(sc, sm, gm, ents, gents)
    s_texts = collections.defaultdict(list)
    for s in sm:
        s_texts[s["ent"]].append(text[s["b"]:s["e"]])
    g_texts = collections.defaultdict(list)
    for m in gm:
        g_texts[m["ent"]].append(m["text"])
    doc = gold["doc"]
    for s, g in match.items():
        ge = gents[g]
        if ge["type"] != "Person" or not ge.get("name"):
            continue
        accepted = {sc.norm_name(ge["name"])}
        if ge.get("kb_name"):
            accepted.add(sc.norm_name(ge["kb_name"]))
        labels = sorted(ents[s]["labels"])
        if any(sc.norm_name(x) in accepted for x in labels):
            continue
        cls = name_class(ge["name"], ge.get("kb_name") or "", labels[0] if labels else "")
        out.append(("name", doc, cls, ge["name"], ge.get("kb_name") or "", " | ".join(labels),
                    " | ".join(s_texts[s]), " | ".join(g_texts[g])))
    g2s, s2g = collections.defaultdict(set), collections.defaultdict(set)
    for i, j in al.items():
        g2s[gm[j]["ent"]].add(sm[i]["ent"])
        s2g[sm[i]["ent"]].add(gm[j]["ent"])
    for g, ss in g2s.items():
        if gents[g]["type"] == "Person" and len(ss) > 1:
            out.append(("split", doc, "", gents[g].get("name") or "", "",
                        " || ".join(" | ".join(sorted(ents[s]["labels"])) for s in ss),
                        " || ".join(" | ".join(s_texts[s]) for s in ss), " | ".join(g_texts[g])))
    for s, gs in s2g.items():
        if ents[s]["type"] == "Person" and len(gs) > 1:
            out.append(("merged", doc, "", " || ".join(gents[g].get("name") or "" for g in gs), "",
                        " | ".join(sorted(ents[s]["labels"])), " | ".join(s_texts[s]),
                        " || ".join(" | ".join(g_texts[g]) for g in gs)))


def main(argv: list[str]) -> int:
    frozen = unstudied()  # held-out and judge articles are never read
    texts = (Path(argv[argv.index("--texts") + 1]) if "--texts" in argv
             else ROOT.parent / "shared" / "data" / "nerel-dev")
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    names = sorted(p.name[:-len(".gold.json")] for p in texts.glob("*.gold.json"))
    names = [n for n in names if n not in frozen and (only is None or n in only)]
    scorer = score_nerel._load("entities")
    runner = score_nerel.InProcess(validate=False)
    scorer.ingest = lambda kg, path, store, slug, published: runner.ingest(
        path, store, slug, published)
    scorer.query = lambda kg, store, sparql: runner.query(store, sparql)
    out: list[tuple] = []
    score_doc = scorer.score_doc

    def listing(gold, gm, ents, ments, view):
        if view == VIEW:
            text = (texts / f"{gold['doc']}.txt").read_text(encoding="utf-8")
            _misses(scorer, gold, gm, ents, ments, text, out)
        return score_doc(gold, gm, ents, ments, view)

    scorer.score_doc = listing
    # the readable articles only: the frozen ones are never read
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            for suffix in (".txt", ".gold.json"):
                (Path(tmp) / (n + suffix)).symlink_to((texts / (n + suffix)).resolve())
        sys.argv = ["score_entities.py", "--kg", "in-process", "--texts", tmp, "--view", VIEW]
        with contextlib.redirect_stdout(io.StringIO()):
            scorer.main()
        runner.stores.clear()
    counts = collections.Counter((r[0], r[2]) for r in out)
    print(f"{len(names)} articles outside the frozen set, view {VIEW}")
    for (kind, cls), n in sorted(counts.items()):
        print(f"{n:5d}  {kind} {cls}".rstrip())
    if "--counts" not in argv:
        for r in sorted(out, key=lambda r: (r[0], r[2], r[1])):
            print("\t".join(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
