"""Dump speed: the store writing N-Triples (and N-Quads) in process, beside the same dump over
HTTP from `kg serve`, in triples (quads) per second; the difference is the cost of the HTTP path.
Every run is shown. The server writes each generation's dump files in the background once no write
has come for `KG_DUMP_DELAY` seconds (kg.store.oxigraph.dump_files); `--wait-prepared` waits for them first, so
the HTTP runs are file reads; with `KG_DUMP_DELAY=-1` the first HTTP run streams from the store
and keeps a copy, and later runs read it. `--pid` prints the memory of the server and of its child
processes (query workers, dump preparation) before and after each HTTP run.

    python bench/dump_speed.py --store DIR [--url http://127.0.0.1:PORT] [--formats nt,nq]
                               [--http-only] [--wait-prepared] [--pid SERVER_PID]
"""

from __future__ import annotations

import argparse
import http.client
import os
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class _Sink:
    """A binary file that only counts bytes and lines."""

    def __init__(self) -> None:
        self.bytes = 0
        self.lines = 0

    def write(self, data: bytes) -> int:
        self.bytes += len(data)
        self.lines += data.count(b"\n")
        return len(data)

    def flush(self) -> None:
        pass


def in_process(store_dir: str, fmt: str) -> tuple[float, int, int]:
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    sink = _Sink()
    t0 = time.perf_counter()
    store.dump(sink, fmt)
    dt = time.perf_counter() - t0
    store.close()
    return dt, sink.lines, sink.bytes


def over_http(url: str, fmt: str) -> tuple[float, int, int]:
    u = urllib.parse.urlsplit(url)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing {url}: loopback only")
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=600)
    sink = _Sink()
    t0 = time.perf_counter()
    conn.request("GET", f"/dump.{fmt}")
    r = conn.getresponse()
    if r.status != 200:
        raise SystemExit(f"GET /dump.{fmt}: HTTP {r.status}")
    while chunk := r.read(1 << 20):
        sink.write(chunk)
    dt = time.perf_counter() - t0
    conn.close()
    return dt, sink.lines, sink.bytes


def _status(pid: int) -> dict[str, int]:
    """The kB fields of /proc/PID/status."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if value.strip().endswith("kB"):
                out[key] = int(value.split()[0])
    return out


def _children(pid: int) -> list[int]:
    """Child processes started by any thread of `pid` (each thread lists its own)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(p) for p in f.read().split()]
        except OSError:
            continue
    return sorted(out)


def memory(pid: int) -> str:
    """RssAnon / RssFile / VmHWM in MiB of the server and each child, and their sums."""
    rows, total = [], [0, 0, 0]
    for i, p in enumerate([pid, *_children(pid)]):
        try:
            s = _status(p)
        except OSError:  # gone meanwhile
            continue
        vals = [s.get("RssAnon", 0) // 1024, s.get("RssFile", 0) // 1024, s.get("VmHWM", 0) // 1024]
        total = [a + b for a, b in zip(total, vals, strict=True)]
        rows.append(f"{'server' if i == 0 else p}: {vals[0]}/{vals[1]}/{vals[2]}")
    return (f"RssAnon/RssFile/VmHWM MiB  {'  '.join(rows)}  all: "
            f"{total[0]}/{total[1]}/{total[2]}")


def wait_prepared(url: str, formats: list[str], timeout: float) -> float:
    """Wait until the server has the dump file of every format ready (its HEAD answer then
    carries a Content-Length); return the seconds waited."""
    u = urllib.parse.urlsplit(url)
    t0 = time.monotonic()
    todo = list(formats)
    while todo and time.monotonic() - t0 < timeout:
        conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=30)
        conn.request("HEAD", f"/dump.{todo[0]}")
        r = conn.getresponse()
        r.read()
        conn.close()
        if r.getheader("Content-Length") is not None:
            todo.pop(0)
        else:
            time.sleep(0.2)
    if todo:
        raise SystemExit(f"no prepared dump file for {todo} after {timeout:g} s")
    return time.monotonic() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="store folder, opened read-only (may be served meanwhile)")
    ap.add_argument("--url", help="base URL of a running `kg serve` on loopback")
    ap.add_argument("--formats", default="nt,nq")
    ap.add_argument("--repeat", type=int, default=2, help="runs per case, each shown")
    ap.add_argument("--http-only", action="store_true", help="no in-process runs")
    ap.add_argument("--wait-prepared", type=float, default=0, metavar="SECONDS",
                    help="first wait up to SECONDS for the server's prepared dump files")
    ap.add_argument("--pid", type=int, help="the server's process id: print its memory")
    args = ap.parse_args(argv)
    formats = args.formats.split(",")
    if args.pid:
        print("start  ", memory(args.pid), flush=True)
    if args.wait_prepared:
        waited = wait_prepared(args.url, formats, args.wait_prepared)
        print(f"prepared files ready after {waited:.1f} s")
        if args.pid:
            print("ready  ", memory(args.pid), flush=True)
    for fmt in formats:
        cases = [("over HTTP", over_http, args.url)]
        if not args.http_only:
            cases.insert(0, ("in process", in_process, args.store))
        for where, fn, target in cases:
            if not target:
                continue
            for run in range(1, args.repeat + 1):
                dt, lines, size = fn(target, fmt)
                print(f"{fmt} {where:<11} run {run}  {lines:>9} lines  {size / 2**20:8.1f} MiB  "
                      f"{dt:6.2f} s  {lines / dt:>9.0f} lines/s  {size / 2**20 / dt:6.1f} MiB/s",
                      flush=True)
                if args.pid and fn is over_http:
                    print("after  ", memory(args.pid), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
