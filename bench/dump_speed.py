"""Dump speed: the store writing N-Triples (and N-Quads) in process, beside the same dump over
HTTP from `kg serve`, in triples (quads) per second; the difference is the cost of the HTTP path.
Every run is shown: the server keeps the first download of each format per write generation in a
file, so its first HTTP run builds that file and later runs read it.

    python bench/dump_speed.py --store DIR [--url http://127.0.0.1:PORT] [--formats nt,nq]
"""

from __future__ import annotations

import argparse
import http.client
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="store folder, opened read-only (may be served meanwhile)")
    ap.add_argument("--url", help="base URL of a running `kg serve` on loopback")
    ap.add_argument("--formats", default="nt,nq")
    ap.add_argument("--repeat", type=int, default=2, help="runs per case, each shown")
    args = ap.parse_args(argv)
    for fmt in args.formats.split(","):
        for where, fn, target in (("in process", in_process, args.store), ("over HTTP", over_http, args.url)):
            if not target:
                continue
            for run in range(1, args.repeat + 1):
                dt, lines, size = fn(target, fmt)
                print(f"{fmt} {where:<11} run {run}  {lines:>9} lines  {size / 2**20:8.1f} MiB  "
                      f"{dt:6.2f} s  {lines / dt:>9.0f} lines/s  {size / 2**20 / dt:6.1f} MiB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
