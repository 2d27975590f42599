"""Pipeline speed: every corpus article through NLP + graph + SHACL (and, separately, + store write),
several rounds; prints articles per second per core and where the time goes, stage by stage.

Stages are timed with perf_counter wrappers put around the functions that kg.pipeline and the
language extractors (kg.nlp.<lang>) call from other kg modules, so a stage added to the pipeline
(events, speech, time…) shows up under its module's name without changing this script. Time is
exclusive: a wrapped call inside another wrapped call counts for the inner stage only, and what no
wrapper covers is shown as the caller's remainder ("nlp other", "pipeline other").
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import json
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time
import types
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

# module → stage name; kg.nlp.<lang>.<module> not listed here is named by its last component
_STAGE_OF_MODULE = {
    "kg.nlp": "nlp other",
    "kg.link": "linking",
    "kg.rdf.build": "build",
    "kg.validate": "validate",
    "kg.pipeline": "pipeline other",
}
_STAGE_ORDER = ["analysis", "entities", "dates", "time", "events", "speech", "nlp other", "linking", "build",
                "validate", "store", "pipeline other"]


class StageClock:
    """Exclusive wall and CPU time per stage, from wrappers that push and pop a stack of running
    stages. CPU time (process_time, all threads) is the figure to trust on a busy machine: wall
    time also counts the time the process waited for a core."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[Any]] = []  # [stage, start, cpu start, nested wall, nested cpu]

    def reset(self) -> None:
        self.seconds.clear()
        self.cpu.clear()
        self.calls.clear()

    def wrap(self, stage: str, fn: Callable) -> Callable:
        clock = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [stage, time.perf_counter(), time.process_time(), 0.0, 0.0]
            clock._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                clock._stack.pop()
                wall = time.perf_counter() - frame[1]
                cpu = time.process_time() - frame[2]
                clock.seconds[stage] += wall - frame[3]
                clock.cpu[stage] += cpu - frame[4]
                clock.calls[stage] += 1
                if clock._stack:
                    clock._stack[-1][3] += wall
                    clock._stack[-1][4] += cpu

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed


def _stage_name(module: str) -> str | None:
    if module in _STAGE_OF_MODULE:
        return _STAGE_OF_MODULE[module]
    for prefix, stage in _STAGE_OF_MODULE.items():
        if module.startswith(prefix + "."):
            if prefix == "kg.nlp":
                return module.rsplit(".", 1)[-1] if module.count(".") >= 3 else "nlp other"
            return stage
    return None


def instrument(clock: StageClock) -> list[str]:
    """Wrap the cross-module kg functions that the pipeline and the extractors call by name."""
    from kg import nlp

    namespaces = [importlib.import_module("kg.pipeline"), nlp]
    for lang in nlp.languages():
        nlp.extractor_for(lang)  # loads the extractor module (and its models) once
        namespaces.append(importlib.import_module(nlp._EXTRACTORS[lang].partition(":")[0]))
    wrapped = []
    for ns in namespaces:
        for name, obj in list(vars(ns).items()):
            if not isinstance(obj, types.FunctionType) or hasattr(obj, "__wrapped__"):
                continue
            if obj.__module__ == ns.__name__ and ns.__name__ != "kg.nlp":
                continue  # the namespace's own helpers stay in its remainder
            stage = _stage_name(obj.__module__)
            if stage is None or name in ("make_document", "languages", "extractor_for"):
                continue
            setattr(ns, name, clock.wrap(stage, obj))
            wrapped.append(f"{ns.__name__}.{name} -> {stage}")
    return wrapped


class TimedStore:
    """A store whose writes count as the 'store' stage; everything else passes through."""

    def __init__(self, store: Any, clock: StageClock) -> None:
        self._store = store
        self.replace_graph = clock.wrap("store", store.replace_graph)
        self.has_graph = clock.wrap("store", store.has_graph)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def load_corpus(folder: Path) -> list[tuple[str, str]]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt articles in {folder}")
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def run_mode(articles, rounds: int, clock: StageClock, settings, store=None) -> dict:
    """`rounds` passes over the corpus; per-round wall and CPU seconds, per-stage seconds."""
    from kg import pipeline

    per_round, stage_totals, stage_cpu = [], defaultdict(float), defaultdict(float)
    failures: dict[str, str] = {}
    for r in range(rounds):
        clock.reset()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        done = 0
        for stem, text in articles:
            doc_id = f"{stem}-r{r}" if store is not None else stem  # new graphs each round
            try:
                doc = pipeline.make_document(text, id=doc_id, settings=settings)
                if store is None:
                    pipeline.prepare(doc, settings)
                else:
                    pipeline.ingest(doc, settings=settings, store=store)
                done += 1
            except Exception as exc:  # a broken stage is a finding, not a reason to stop
                failures[stem] = f"{type(exc).__name__}: {exc}"[:300]
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        per_round.append({"wall_s": wall, "cpu_s": cpu, "articles": done,
                          "stages": dict(clock.seconds), "stages_cpu": dict(clock.cpu)})
        for k, v in clock.seconds.items():
            stage_totals[k] += v
        for k, v in clock.cpu.items():
            stage_cpu[k] += v
    walls = [x["wall_s"] for x in per_round]
    cpus = [x["cpu_s"] for x in per_round]
    n = len(articles)
    chars = sum(len(t) for _, t in articles)
    return {
        "rounds": per_round,
        "articles_per_round": n,
        "chars_per_round": chars,
        "median_wall_s": statistics.median(walls),
        "median_cpu_s": statistics.median(cpus),
        "articles_per_s_wall": n / statistics.median(walls),
        "articles_per_cpu_s": n / statistics.median(cpus),
        "chars_per_cpu_s": chars / statistics.median(cpus),
        "stage_s_per_article": {k: v / (rounds * n) for k, v in stage_totals.items()},
        "stage_cpu_s_per_article": {k: v / (rounds * n) for k, v in stage_cpu.items()},
        "failures": failures,
    }


def print_mode(title: str, res: dict) -> None:
    print(f"\n== {title}")
    print(f"  {res['articles_per_round']} articles ({res['chars_per_round']} chars) per round, "
          f"{len(res['rounds'])} rounds")
    for i, r in enumerate(res["rounds"]):
        print(f"  round {i + 1}: wall {r['wall_s']:.2f} s, cpu {r['cpu_s']:.2f} s, {r['articles']} ok")
    print(f"  articles/s (wall, one process): {res['articles_per_s_wall']:.2f}")
    print(f"  articles per CPU-second (per core): {res['articles_per_cpu_s']:.2f}"
          f"   ({res['chars_per_cpu_s']:.0f} chars per CPU-second)")
    stages, cpu = res["stage_s_per_article"], res["stage_cpu_s_per_article"]
    total = sum(cpu.values()) or 1.0
    print("  stage            CPU ms/article   share   wall ms/article")
    for name in sorted(stages, key=lambda s: (_STAGE_ORDER.index(s) if s in _STAGE_ORDER else 99, s)):
        print(f"  {name:<16} {cpu[name] * 1000:14.1f}   {cpu[name] / total:5.1%}   {stages[name] * 1000:15.1f}")
    for stem, err in res["failures"].items():
        print(f"  FAILED {stem}: {err}")


def profile_once(articles, settings, top: int) -> str:
    """cProfile of one pass of prepare() (profiling inflates Python-heavy code; use for shape only)."""
    from kg import pipeline

    prof = cProfile.Profile()
    prof.enable()
    for stem, text in articles:
        try:
            pipeline.prepare(pipeline.make_document(text, id=stem, settings=settings), settings)
        except Exception:
            pass
    prof.disable()
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out).strip_dirs()
    st.sort_stats("cumulative").print_stats(top)
    st.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("NEWSKG_CORPUS", DEFAULT_CORPUS)))
    ap.add_argument("--rounds", type=int, default=3, help="passes over the corpus per mode (default 3)")
    ap.add_argument("--mode", choices=("both", "prepare", "ingest"), default="both",
                    help="prepare = NLP+graph+SHACL, ingest = the same plus the store write")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also print a cProfile of one pass, top N functions")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)

    from kg.settings import Settings
    from kg.store import open_store

    articles = load_corpus(args.corpus)
    clock = StageClock()
    t0 = time.perf_counter()
    wrapped = instrument(clock)
    from kg import pipeline

    # warm-up: models, shapes and caches load here, outside the measured rounds
    pipeline.prepare(pipeline.make_document(articles[0][1], id="warmup"), Settings.load(environ={}))
    startup = time.perf_counter() - t0
    print(f"start-up (models, shapes, first article): {startup:.2f} s")
    print("timed stages: " + ", ".join(wrapped))
    out: dict[str, Any] = {"startup_s": startup, "corpus": str(args.corpus), "wrapped": wrapped,
                           "cpus": os.cpu_count()}
    if args.mode in ("both", "prepare"):
        settings = Settings.load({"store": ""}, environ={})
        out["prepare"] = run_mode(articles, args.rounds, clock, settings)
        print_mode("NLP + graph + SHACL (no store)", out["prepare"])
    if args.mode in ("both", "ingest"):
        with tempfile.TemporaryDirectory(prefix="newskg-bench-store-") as tmp:
            settings = Settings.load({"store": tmp}, environ={})
            store = open_store(tmp)
            out["ingest"] = run_mode(articles, args.rounds, clock, settings, TimedStore(store, clock))
            store.close()
        print_mode("NLP + graph + SHACL + store write (on-disk Oxigraph)", out["ingest"])
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {out['peak_rss_mib']:.0f} MiB")
    if args.profile:
        text = profile_once(articles, Settings.load({"store": ""}, environ={}), args.profile)
        out["profile"] = text
        print("\n== cProfile of one pass (prepare)\n" + text)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
