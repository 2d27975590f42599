"""The `kg` command line: ingest, serve, dump, query, validate, delete. Thin: it parses arguments,
calls the core, and turns KgError into a message on stderr and a non-zero exit code."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.errors import InputError, KgError, NotFound, ShapeViolation
from kg.settings import Settings

EXIT_ERROR, EXIT_USAGE, EXIT_INVALID = 1, 2, 3


def _settings(args: argparse.Namespace) -> Settings:
    """The run's settings; once the store is open, with the store's base IRI (kg.store.base)."""
    settled = getattr(args, "_settled", None)
    if settled is not None:
        return settled
    return Settings.load({k: getattr(args, k, None) for k in (
        "store", "base", "host", "port", "lang", "scheduler", "workers")})


def _open(args: argparse.Namespace, *, read_only: bool = False, write: bool = False):
    """Open the store (read-only beside a running server for reading commands) and settle the
    base IRI with it: the store's own, or an error naming both when --base/KG_BASE contradicts it.
    A command that writes also brings the ontology in its graph https://w3id.org/newskg up to date."""
    from kg.store import open_store
    from kg.store.base import settle
    from kg.store.ontology import ensure_ontology

    settings = _settings(args)
    store = open_store(settings, read_only=read_only)
    args._settled = settle(settings, store, writing=not read_only)
    if write:
        ensure_ontology(store)
    return store


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str | KgError, str | None, Path | None]]:
    """(text, default id, path) for each file, each .txt file of a folder, or stdin for '-'. A file
    that cannot be read as text comes as a KgError in place of its text, so a batch goes on."""
    for p in paths:
        if p == "-":
            yield sys.stdin.read(), None, None
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.suffix == ".txt" and f.is_file())
            if not files:
                raise InputError(f"{p}: no .txt files in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"{p}: no such file or folder")
        for f in files:
            try:
                text: str | KgError = f.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                text = InputError(f"{f}: not UTF-8 text ({exc.reason} at byte {exc.start})")
            except OSError as exc:
                text = InputError(f"{f}: cannot be read ({exc.strerror})")
            yield text, f.stem, f


def _count_inputs(paths: Sequence[str]) -> int | None:
    """How many documents `paths` hold (None when stdin is among them): for the progress line."""
    if "-" in paths:
        return None
    total = 0
    for p in paths:
        path = Path(p)
        total += sum(1 for f in path.iterdir() if f.suffix == ".txt" and f.is_file()) if path.is_dir() else 1
    return total


class _Progress:
    """`kg: 120/714 documents, 8.1/s, about 1 min 19 s left` on stderr, at most every few seconds."""

    EVERY_S = 5.0

    def __init__(self, total: int | None, enabled: bool):
        self.total, self.enabled = total, enabled and (total or 0) > 1
        self.started = self.shown = time.monotonic()
        self.done = 0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.enabled or (now - self.shown < self.EVERY_S and self.done != self.total):
            return
        self.shown = now
        rate = self.done / max(now - self.started, 1e-9)
        line = f"kg: {self.done}/{self.total} documents, {rate:.1f}/s"
        if self.total and self.done < self.total:
            left = int((self.total - self.done) / rate) if rate else 0
            line += f", about {left // 60} min {left % 60} s left"
        print(line, file=sys.stderr, flush=True)


def _sidecar(path: Path | None) -> dict:
    """Metadata from NAME.meta.json beside NAME.txt, when there is one."""
    if path is None:
        return {}
    meta = path.with_suffix(".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{meta}: not valid JSON: {exc}") from exc
    return {k: data.get(k) for k in ("id", "title", "published", "url", "lang") if k in data}


def cmd_ingest(args: argparse.Namespace) -> int:
    from kg.pipeline import ingest, make_document

    if args.id and (len(args.paths) > 1 or Path(args.paths[0]).is_dir()):
        raise InputError("--id names one document; give one input with it")
    settings = _settings(args)
    if settings.scheduler or settings.workers:
        from kg import cluster

        return cluster.cmd_ingest(args, settings)
    total = _count_inputs(args.paths)
    inputs = _inputs(args.paths)
    store = _open(args, write=True)
    settings = _settings(args)
    progress = _Progress(total, args.progress or sys.stderr.isatty())
    stored, failed = 0, []
    for text, stem, path in inputs:
        try:
            if isinstance(text, KgError):
                raise text
            meta = _sidecar(path)
            flags = {"id": args.id, "title": args.title, "published": args.published,
                     "url": args.url, "lang": args.lang}
            meta.update({k: v for k, v in flags.items() if v is not None})
            if "id" not in meta and stem is not None:
                meta["id"] = stem
            doc = make_document(text, settings=settings, **meta)
            result = ingest(doc, settings=settings, store=store, reconciler=_reconciler(args))
        except KgError as exc:
            if total == 1 or list(args.paths) == ["-"]:  # one document: its own error and status
                raise
            failed.append((path, exc))
            name = f"{path}: " if path is not None and not exc.message.startswith(str(path)) else ""
            detail = f"\n{exc.report.text}" if isinstance(exc, ShapeViolation) else ""
            print(f"kg: {name}{exc.message} (not stored){detail}", file=sys.stderr, flush=True)
        else:
            stored += 1
            print(f"{result.doc_iri}\t{result.triples} triples\t{result.entities} entities\t"
                  f"{result.events} events\t{result.statements} statements"
                  + ("\t(replaced)" if result.replaced else ""), flush=True)
        progress.step()
    store.flush()
    if failed:
        print(f"kg: {stored} documents stored, {len(failed)} failed", file=sys.stderr)
        return EXIT_ERROR
    return 0


def _reconciler(args: argparse.Namespace):
    """The online reconciler when --link-online or --endpoint asks for one (one per run: it caches)."""
    if not (getattr(args, "link_online", False) or getattr(args, "endpoint", None)):
        return None
    if getattr(args, "_reconciler", None) is None:
        from kg.link import load_gazetteer
        from kg.link.reconcile import WIKIDATA, Reconciler

        args._reconciler = Reconciler(args.endpoint or WIKIDATA, args.link_cache,
                                      gazetteer=load_gazetteer(_settings(args).gazetteer))
    return args._reconciler


def cmd_link(args: argparse.Namespace) -> int:
    from kg.link.relink import relink

    args.link_online = True
    store = _open(args, write=True)
    settings = _settings(args)
    reconciler = _reconciler(args)
    failed: list[str] = []

    def report(doc_id: str, exc: KgError) -> None:
        failed.append(doc_id)
        print(f"kg: {doc_id}: left as it was: {exc.message}", file=sys.stderr)

    results = relink(store, settings, reconciler, args.docs, on_error=report)
    if args.docs and not results and not failed:
        raise NotFound("none of the named documents is in the store")
    for r in results:
        print(f"{r.doc_iri}\t{r.triples} triples\t{r.entities} entities")
    state = "reachable" if reconciler.available else "unreachable (entities left as the gazetteer linked them)"
    print(f"{len(results)} documents; {reconciler.requests} requests to {reconciler.endpoint}, {state}")
    store.flush()
    return EXIT_ERROR if failed else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from server import create_app
    from server.serving import create_server

    app = create_app(_settings(args))
    settings = app.config["KG_SETTINGS"]  # with the store's base IRI
    # the audit lines of server.write_guard (writes, refused tokens) and errors, on stderr
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    _log_access_to_stderr()
    base = f"http://{'localhost' if settings.host in ('127.0.0.1', '0.0.0.0') else settings.host}:{settings.port}"
    print(f"newskg serving the store {settings.store}\n"
          f"  query page      {base}/\n"
          f"  SPARQL endpoint {base}/sparql\n"
          f"  dump            {base}/dump.ttl\n"
          f"  IRIs under      {settings.base}", flush=True)
    server = create_server(app, settings, settings.host, settings.port)
    server.run()
    return 0


def _log_access_to_stderr() -> None:
    """One access-log line per request on standard error (docs/operations.md)."""
    import logging

    access = logging.getLogger("newskg.access")
    if not access.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False


def cmd_dump(args: argparse.Namespace) -> int:
    from kg.rdf.formats import rdf_format

    spec = rdf_format(args.format)
    if spec is None:
        raise InputError(f"unknown format {args.format!r}")
    store = _open(args, read_only=True)
    if args.output and args.output.endswith(".gz"):  # the same bytes as the HTTP /dump.*.gz
        import gzip

        with open(args.output, "wb") as raw, \
                gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as out:
            store.dump(out, spec.key)
    elif args.output and args.output != "-":
        with open(args.output, "wb") as out:
            store.dump(out, spec.key)
    else:
        store.dump(sys.stdout.buffer, spec.key)
        sys.stdout.buffer.flush()
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import format_result

    if args.file:
        text = Path(args.file).read_text(encoding="utf-8") if args.file != "-" else sys.stdin.read()
    elif args.sparql:
        text = args.sparql
    else:
        raise InputError("give a query, or -f FILE")
    store = _open(args, read_only=True)
    result = store.query(text)
    sys.stdout.write(format_result(result, args.format))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from rdflib import Dataset, Graph

    from kg.validate import validate

    if args.file:
        from kg.rdf.formats import rdf_format

        spec = rdf_format(Path(args.file).suffix.lstrip(".")) or rdf_format("ttl")
        try:
            if spec.dataset:
                ds = Dataset()
                ds.parse(args.file, format=spec.rdflib_name)
                graphs = [(str(g.identifier), g) for g in ds.graphs() if len(g)]
            else:
                graphs = [(args.file, Graph().parse(args.file, format=spec.rdflib_name))]
        except Exception as exc:  # rdflib raises many parser-specific types
            raise InputError(f"{args.file}: cannot parse as {spec.key}: {exc}") from exc
    else:
        store = _open(args, read_only=True)
        from kg.rdf.vocab import ONTOLOGY_GRAPH

        # the document graphs; the ontology's graph holds terms, not data the shapes describe
        graphs = [(name, store.graph(name)) for name in store.graph_names()
                  if name != ONTOLOGY_GRAPH]
    failed = 0
    for name, g in graphs:
        report = validate(g)
        if report.conforms:
            print(f"conforms\t{name}\t{len(g)} triples")
        else:
            failed += 1
            print(f"VIOLATES\t{name}\n{report.text}")
    print(f"{len(graphs) - failed} of {len(graphs)} graphs conform")
    return EXIT_INVALID if failed else 0


def cmd_load(args: argparse.Namespace) -> int:
    from kg.loader import load

    settings = _settings(args)
    if settings.scheduler or settings.workers:
        from kg import cluster

        summary = cluster.cmd_load(args, settings)
    else:
        summary = load(_open(args, write=True), args.files, graph=args.graph, processes=args.processes)
    for name, report in summary.refused.items():
        print(f"VIOLATES\t{name}\n{report}", file=sys.stderr)
    print(summary.line())
    return EXIT_INVALID if summary.refused else 0


def cmd_delete(args: argparse.Namespace) -> int:
    from kg.rdf import iris

    store = _open(args, write=True)
    settings = _settings(args)
    target = args.doc if "/" in args.doc else iris.doc_iri(settings.base, args.doc)
    if not store.drop_graph(target):
        raise NotFound(f"no document {target} in the store")
    print(f"deleted {target}")
    return 0


def cmd_optimize(args: argparse.Namespace) -> int:
    store = _open(args)
    started = time.monotonic()
    if not store.optimize():
        raise InputError(f"the store at {store.location!r} has nothing to compact")
    print(f"compacted {store.location} in {time.monotonic() - started:.1f} s")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the store, taken beside a running server (read-only open)."""
    target = Path(args.target)
    if target.exists() and any(target.iterdir()):
        raise InputError(f"{target}: exists and is not empty; give a new folder")
    store = _open(args, read_only=True)
    started = time.monotonic()
    if target.exists():
        target.rmdir()  # the backup creates the folder itself
    store.backup(str(target))
    print(f"backed up {store.location} to {target} in {time.monotonic() - started:.1f} s "
          f"({len(store.graph_names())} graphs); serve it with `kg serve --store {target}`, or "
          f"restore it by moving the folder into place while the server is stopped")
    return 0


def cmd_rebase(args: argparse.Namespace) -> int:
    from kg.store.base import rebase

    store = _open_for_rebase(args)
    result = rebase(store, args.new_base)
    store.flush()
    if result["old"] in (None, result["new"]):
        print(f"the store's base IRI is {result['new']}")
    else:
        print(f"moved {result['triples']} triples in {result['graphs']} graphs from {result['old']} "
              f"to {result['new']}")
    return 0


def _open_for_rebase(args: argparse.Namespace):
    """The store without settling its base: rebase is how a base is changed."""
    from kg.store import open_store

    return open_store(_settings(args))


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.eval import evaluate, format_report

    report = evaluate(Path(args.gold_dir), Path(args.corpus) if args.corpus else None)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_report(report, details=args.details))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="newskg: Russian news in, a knowledge graph out.")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--store", help="store folder (default ./data/store, or KG_STORE)")
        sp.add_argument("--base", help="base IRI of minted IRIs (KG_BASE)")

    def dask(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="run the work on this Dask scheduler's workers (KG_SCHEDULER)")
        sp.add_argument("--workers", type=int, metavar="N",
                        help="run the work on a local Dask cluster of N processes (KG_WORKERS)")

    def online(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--endpoint", help="SPARQL endpoint for online linking (default Wikidata's)")
        sp.add_argument("--link-cache", default="./data/wikidata-cache",
                        help="folder of cached endpoint answers (default ./data/wikidata-cache)")

    s = sub.add_parser("ingest", help="extract, validate and store articles")
    s.add_argument("paths", nargs="+", help="text files, folders of .txt files, or - for stdin")
    s.add_argument("--id", help="document id (one input only)")
    s.add_argument("--published", help="publication date, YYYY-MM-DD")
    s.add_argument("--title")
    s.add_argument("--url")
    s.add_argument("--lang", help="article language (default ru)")
    s.add_argument("--progress", action="store_true",
                   help="print progress (count, rate, time left) on stderr; on by default at a terminal")
    online(s)
    s.add_argument("--link-online", action="store_true",
                   help="also link online what the offline gazetteer did not settle (see kg link)")
    dask(s)
    common(s)
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("link", help="link stored entities online (Wikidata SPARQL) where the gazetteer did not")
    s.add_argument("docs", nargs="*", metavar="DOC_IRI_OR_ID", help="documents to relink (default all)")
    online(s)
    common(s)
    s.set_defaults(func=cmd_link)

    s = sub.add_parser("serve", help="serve SPARQL, dumps and pages over HTTP")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    common(s)
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("dump", help="write the whole store in one RDF format")
    s.add_argument("--format", default="ttl", help="ttl, nt, nq, trig, jsonld or rdf (default ttl)")
    s.add_argument("-o", "--output", help="output file (default stdout)")
    common(s)
    s.set_defaults(func=cmd_dump)

    s = sub.add_parser("query", help="run a SPARQL query against the store")
    s.add_argument("sparql", nargs="?", help="the query text")
    s.add_argument("-f", "--file", help="read the query from a file (- for stdin)")
    s.add_argument("--format", default="table", choices=["table", "json", "csv", "tsv", "xml"])
    common(s)
    s.set_defaults(func=cmd_query)

    s = sub.add_parser("validate", help="validate an RDF file, or every document in the store")
    s.add_argument("file", nargs="?")
    common(s)
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("load", help="bulk-load RDF files through the SHACL gate, graph by graph")
    s.add_argument("files", nargs="+", help=".nq, .trig (graphs kept), .ttl, .nt, .rdf, .jsonld; .gz too")
    s.add_argument("--graph", help="graph IRI for triples that come without one (.ttl, .nt …)")
    s.add_argument("--processes", type=int, help="validation processes (default: one per CPU)")
    dask(s)
    common(s)
    s.set_defaults(func=cmd_load)

    s = sub.add_parser("delete", help="remove a document by id or IRI")
    s.add_argument("doc", metavar="DOC_IRI_OR_ID")
    common(s)
    s.set_defaults(func=cmd_delete)

    s = sub.add_parser("optimize", help="compact the on-disk store for faster reads (kg load "
                                        "does it itself; useful after many ingests)")
    common(s)
    s.set_defaults(func=cmd_optimize)

    s = sub.add_parser("backup", help="copy the store to a new folder, consistently, even while it is served")
    s.add_argument("target", metavar="FOLDER", help="a new (or empty) folder for the copy")
    common(s)
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("rebase", help="move every IRI of the store to a new base IRI and record it")
    s.add_argument("new_base", metavar="NEW_BASE", help="the new base IRI, e.g. https://news.example.org/")
    common(s)
    s.set_defaults(func=cmd_rebase)

    s = sub.add_parser("eval", help="score the pipeline against gold annotations (tests/gold)")
    s.add_argument("gold_dir", metavar="GOLD_DIR")
    s.add_argument("--corpus", help="folder of the articles (default ../shared/corpus)")
    s.add_argument("--json", action="store_true", help="print the figures as JSON")
    s.add_argument("--details", action="store_true", help="list what each article got wrong")
    s.set_defaults(func=cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ShapeViolation as exc:
        print(f"kg: {exc.message}\n{exc.report.text}", file=sys.stderr)
        return EXIT_INVALID
    except KgError as exc:
        print(f"kg: error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE if exc.status == 400 else EXIT_ERROR
    except ValueError as exc:  # bad KG_* values
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kg dump | head`: the reader left, which is not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
