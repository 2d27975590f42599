"""Runs the shared reference scorers (../shared/eval/) with the extraction in process.

The scorers ingest each article with the `kg` CLI and read it back with `kg query`: about 7 s an
article, mostly model loading. This script imports the same scorer module, replaces only its two
CLI calls (ingest, query) with the project's pipeline and an in-memory store, and runs its own
`main()`: the matching and the figures are the scorer's, the speed is the pipeline's (714 articles
in minutes). Figures to claim are taken with the scorer itself; `tests/test_score_nerel.py` shows
both give the same counts on a sample.

    python scripts/score_nerel.py entities --texts ../shared/data/nerel-dev --view proper-flat [--limit N] [--json F] [--dump F]
    python scripts/score_nerel.py events --texts ../shared/data/nerel-dev [--limit N] [--json F] [--events-dump F]
    … [--articles LIST] [--no-validate] [--mention-model PATH] [--mention-threshold T]

Any other scorer flag passes through. `--kg` is not needed (it is set to "in-process").
- For entities it also prints link recall restricted to the gold QIDs the gazetteer index holds
  (what offline linking can reach), beside the overall recall.
- `--no-validate` skips the SHACL check (faster; the graph is otherwise the one `kg ingest`
  stores).
- `--articles LIST` scores only the articles named in the file LIST (one name a line, as
  `nerel-dev-123`): one half of a 2-fold split (scripts/learn_triggers.py --fold-out,
  scripts/learn_event_actors.py split) or a cross-validation fold of scripts/learn_mentions.py.
- `--mention-model PATH` and `--mention-threshold T` set KG_MENTION_MODEL / KG_MENTION_THRESHOLD
  (kg.nlp.ru.mention_model) for the run ('' = off); `KG_EVENT_ACTOR_MODEL=F` and
  `KG_LEARNED_TRIGGERS=F` in the environment choose the other learned parts.
- `--dump F` (entities) also writes the readable articles' gold and system mentions, as
  scripts/nerel_failure_classes.py does, for scripts/nerel_mention_errors.py.
- `--events-dump F` (events) writes each readable article's events (class, trigger spans and
  words) as one JSON line, for scripts/trigger_folds.py --dump.
The held-out articles and the judge folders' (dev10, dev11, dev12: scripts/held_out.py
`unstudied`) are scored but never written to a dump, and their per-article lines are left out
of what the scorer prints (its totals count them): a log looked at while a run goes shows nothing
of them.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT / "scripts"))
# the checkout this script lies in, not the editable install the venv points at (main's): a
# worktree or a clean export scores its own code
sys.path.insert(0, str(ROOT))
from held_out import unstudied  # noqa: E402

SCORERS = {"entities": "score_entities.py", "events": "score_nerel_events.py"}


class HideHeldOut(io.TextIOBase):
    """A text stream passing on whole lines, except those whose first word names a held-out
    article (the scorers' per-article table rows)."""

    def __init__(self, out, names: frozenset[str]):
        self.out, self.names, self.pending = out, names, ""

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            words = line.split(maxsplit=1)
            if not (words and words[0] in self.names):
                self.out.write(line + "\n")
        return len(text)

    def flush(self) -> None:
        self.out.flush()


def _load(name: str):
    path = EVAL / SCORERS[name]
    if not path.exists():
        sys.exit(f"score_nerel: {path} not found (../shared must sit beside the project)")
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class InProcess:
    """The CLI's `ingest` and `query` as in-process calls over one in-memory store per path."""

    def __init__(self, validate: bool = True, events_dump: str | None = None,
                 overrides: dict | None = None) -> None:
        from kg.settings import Settings

        self.settings = Settings.load(overrides)
        self.validate = validate
        self.stores: dict[str, pyoxigraph.Store] = {}
        self.events_dump = open(events_dump, "w", encoding="utf-8") if events_dump else None

    def ingest(self, path: str, store: str, slug: str, published: str | None) -> None:
        from kg import pipeline
        from kg.rdf.build import build_graph

        text = Path(path).read_text(encoding="utf-8")
        document = pipeline.make_document(text, id=slug, published=published, settings=self.settings)
        extraction = pipeline.extract(document, self.settings)
        if self.events_dump is not None and Path(path).name not in unstudied():
            self._dump_events(Path(path).name[: -len(".txt")], text, extraction)
        graph = (pipeline.validated_graph(extraction, self.settings) if self.validate
                 else build_graph(extraction, self.settings.base))
        oxi = pyoxigraph.Store()
        oxi.load(graph.serialize(format="nt").encode("utf-8"), "application/n-triples")
        self.stores[store] = oxi

    def _dump_events(self, doc: str, text: str, extraction) -> None:
        """One JSON line per article: each event's class and trigger spans (its first trigger
        and its later mentions), with the trigger's words, for scripts/trigger_folds.py --dump."""
        import json

        events = [{"kind": e.kind, "trigger": text[e.trigger.start:e.trigger.end],
                   "spans": [[m.start, m.end] for m in (e.trigger, *e.mentions)]}
                  for e in extraction.events]
        record = {"doc": doc, "events": events}
        self.events_dump.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.events_dump.flush()

    def query(self, store: str, sparql: str) -> list[dict[str, str]]:
        oxi = self.stores.get(store)
        if oxi is None:
            raise RuntimeError(f"no store at {store}")
        out = []
        results = oxi.query(sparql)
        names = [v.value for v in results.variables]
        for solution in results:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term.value
            out.append(row)
        return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in SCORERS:
        print(__doc__)
        return 2
    which, rest = argv[0], argv[1:]
    validate = "--no-validate" not in rest
    rest = [a for a in rest if a != "--no-validate"]
    dump = events_dump = None
    if "--dump" in rest:
        i = rest.index("--dump")
        dump = rest[i + 1]
        del rest[i:i + 2]
    if "--events-dump" in rest:
        i = rest.index("--events-dump")
        events_dump = rest[i + 1]
        del rest[i:i + 2]
    overrides = {}
    for flag, key, kind in (("--mention-model", "mention_model", str),
                            ("--mention-threshold", "mention_threshold", float)):
        if flag in rest:
            i = rest.index(flag)
            overrides[key] = kind(rest[i + 1])
            del rest[i:i + 2]
    if "--articles" in rest:
        i = rest.index("--articles")
        listed = Path(rest[i + 1]).read_text(encoding="utf-8").split()
        del rest[i:i + 2]
        rest = _only_articles(rest, listed)
    if "--kg" not in rest:
        rest = ["--kg", "in-process"] + rest
    scorer = _load(which)
    runner = InProcess(validate=validate, events_dump=events_dump if which == "events" else None,
                       overrides=overrides)

    if which == "entities":
        scorer.ingest = lambda kg, path, store, slug, published: runner.ingest(path, store, slug, published)
        scorer.query = lambda kg, store, sparql: runner.query(store, sparql)
        covered = _count_covered_links(scorer, runner, _option(rest, "--view", "all"))
        if dump:
            _dump_readable(scorer, dump, _option(rest, "--view", "all"))
    else:
        def run(args: list[str]) -> str:
            # the only command the events scorer runs besides `query` is its ingest
            i = args.index("ingest")
            path, store, slug = args[i + 1], args[args.index("--store") + 1], args[args.index("--id") + 1]
            runner.ingest(path, store, slug, None)
            return ""
        scorer.run = run
        scorer.query = lambda kg, store, sparql: runner.query(store, sparql)
    sys.argv = [SCORERS[which]] + rest
    shown, sys.stdout = sys.stdout, HideHeldOut(sys.stdout, unstudied())
    try:
        status = scorer.main()
    finally:
        if sys.stdout.pending:
            shown.write(sys.stdout.pending)
        sys.stdout = shown
    if which == "entities":
        found, gold, all_found, all_gold = covered
        print(f"link recall over gold QIDs the gazetteer covers: "
              f"{found / gold if gold else 1:.3f} ({found}/{gold}); overall "
              f"{all_found / all_gold if all_gold else 1:.3f} ({all_found}/{all_gold})")
    return status


def _only_articles(args: list[str], names: list[str]) -> list[str]:
    """The arguments with --texts (and --gold) pointing at a temporary folder that links only the
    listed articles' text and gold files."""
    import atexit
    import shutil
    import tempfile

    texts = Path(_option(args, "--texts", "."))
    gold = Path(_option(args, "--gold", str(texts)))
    folder = Path(tempfile.mkdtemp(prefix="score-nerel-"))
    atexit.register(shutil.rmtree, folder, True)
    for name in names:
        for src in (texts / f"{name}.txt", gold / f"{name}.gold.json"):
            if not src.exists():
                sys.exit(f"score_nerel: {src} not found (--articles names {name})")
            (folder / src.name).symlink_to(src.resolve())
    args = list(args)
    args[args.index("--texts") + 1] = str(folder)
    if "--gold" in args:
        args[args.index("--gold") + 1] = str(folder)
    return args


def _option(args: list[str], name: str, default: str) -> str:
    return args[args.index(name) + 1] if name in args and args.index(name) + 1 < len(args) else default


def _count_covered_links(scorer, runner: InProcess, view: str) -> list[int]:
    """Wrap the scorer's per-article scoring to count, in `view`, the judged gold QIDs found, split
    by whether the gazetteer index holds them: [found covered, covered, found all, all]."""
    from kg.link import load_gazetteer

    items = load_gazetteer(runner.settings.gazetteer).items
    counts = [0, 0, 0, 0]
    score_doc = scorer.score_doc

    def counting(gold, gmentions, sys_ents, sys_mentions, v):
        c = score_doc(gold, gmentions, sys_ents, sys_mentions, v)
        if v == view:
            ents = {e["id"]: e for e in gold["entities"]}
            gold_q = {ents[m["ent"]]["wikidata"] for m in gmentions if scorer.counted(m, v)
                      and ents[m["ent"]].get("wikidata")
                      and ents[m["ent"]].get("name_basis") != "kb_name_generic_not_used"}
            sys_q = {q for e in sys_ents.values() for q in e["qids"]}
            inside = {q for q in gold_q if q in items}
            counts[0] += len(inside & sys_q)
            counts[1] += len(inside)
            counts[2] += len(gold_q & sys_q)
            counts[3] += len(gold_q)
        return c

    scorer.score_doc = counting
    return counts


def _dump_readable(scorer, path: str, view: str) -> None:
    """Wrap the scorer's per-article scoring to write, in `view`, one JSON line per article outside
    tests/gold-nerel/frozen*/ARTICLES: gold mentions, gold entities and spans, system mentions and
    entities (the records scripts/nerel_mention_errors.py reads)."""
    import json

    frozen = unstudied()  # the judge folders' articles are read by totals only, like frozen ones
    out = open(path, "w", encoding="utf-8")
    score_doc = scorer.score_doc

    def dumping(gold, gmentions, sys_ents, sys_mentions, v):
        if v == view and gold["doc"] not in frozen:
            record = {"doc": gold["doc"], "gold": gmentions, "gold_entities": gold["entities"],
                      "spans": gold.get("spans", []), "mentions": sys_mentions,
                      "entities": {k: {"type": e["type"], "labels": sorted(e["labels"]),
                                       "qids": sorted(e["qids"])} for k, e in sys_ents.items()}}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
        return score_doc(gold, gmentions, sys_ents, sys_mentions, v)

    scorer.score_doc = dumping


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
