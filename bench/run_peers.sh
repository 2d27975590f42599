#!/usr/bin/env bash
# run_peers.sh - our SPARQL server measured beside the peers (Oxigraph server, Virtuoso,
# rdflib-endpoint) on the same generated data, in one run, on loopback only.
#
# Generates the data with ../shared/bench/gen.py (if missing), loads it into a newskg store in
# the work folder (with `kg load` when the CLI has it, else bench/load_store.py), starts
# `kg serve` on a free loopback port, runs ../shared/bench/peers.sh --target on it, then times
# the N-Triples and N-Quads dumps over HTTP and records the server's memory (VmHWM) in
# newskg.meta.json beside the peers' results. Stops only the server it started, by PID.
#
# Usage: bash bench/run_peers.sh [--docs 2000] [--seed 1] [--clients 1,4] [--duration 20]
#                                [--timeout 30] [--only oxigraph,virtuoso,rdflib]
#                                [--loader auto|kg|script] [--reuse-store] [--base URL]
#                                [-- more peers.sh options, e.g. --rdflib-skip 06,08]
# Environment: NEWSKG_BENCH_DIR (work folder, outside the project; default ~/.cache/newskg-bench).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${NEWSKG_SHARED:-$(cd "$ROOT/../shared" && pwd)}
DOCS=2000 SEED=1 CLIENTS=1,4 DURATION=20 TIMEOUT=30 ONLY=oxigraph,virtuoso,rdflib
LOADER=auto REUSE=0 BASE=http://localhost:5000/
EXTRA=()
export NEWSKG_BENCH_DIR=${NEWSKG_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newskg-bench}
WORK=$NEWSKG_BENCH_DIR
PY="$ROOT/.venv/bin/python"
kg() { (cd "$ROOT" && exec "$PY" -m kg "$@"); }  # from the project root: the checkout, whatever is installed

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2;;
    --seed) SEED=$2; shift 2;;
    --clients) CLIENTS=$2; shift 2;;
    --duration) DURATION=$2; shift 2;;
    --timeout) TIMEOUT=$2; shift 2;;
    --only) ONLY=$2; shift 2;;
    --loader) LOADER=$2; shift 2;;
    --reuse-store) REUSE=1; shift;;
    --base) BASE=$2; shift 2;;
    --) shift; EXTRA=("$@"); break;;
    -h|--help) usage 0;;
    *) echo "unknown option: $1" >&2; usage 2;;
  esac
done

log() { printf '[%s] run_peers: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
status_mib() { awk -v k="$2:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "-"; }
tree_mib() {  # PID FIELD: the field (VmRSS, VmHWM, RssAnon) summed over the process and its children (query workers, dumps)
  local pid total=0 v
  for pid in "$1" $(pgrep -P "$1" || true); do
    v=$(awk -v k="$2:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${v:-0}))
  done
  echo "$total"
}

mkdir -p "$WORK/data" "$WORK/logs"
WORK=$(cd "$WORK" && pwd); export NEWSKG_BENCH_DIR=$WORK  # absolute: the server runs from the project root
DATA="$WORK/data/news-$DOCS-s$SEED.nq.gz"   # the path peers.sh uses, so it reuses the file
STORE="$WORK/newskg-$DOCS-s$SEED"
STAMP=$(date +%Y%m%d-%H%M%S)
LOGS="$WORK/logs/$STAMP-docs$DOCS"
mkdir -p "$LOGS"
SERVER_PID=

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------- data and store
if [ ! -s "$DATA" ]; then
  log "generating $DOCS documents -> $DATA"
  python3 "$SHARED/bench/gen.py" --docs "$DOCS" --seed "$SEED" --base "$BASE" -o "$DATA.tmp.gz"
  mv "$DATA.tmp.gz" "$DATA"
fi

if [ "$LOADER" = auto ]; then
  if kg load --help >/dev/null 2>&1; then LOADER=kg; else LOADER=script; fi
fi
if [ "$REUSE" = 1 ] && [ -f "$STORE/.bench-loaded" ]; then
  log "reusing the store $STORE ($(cat "$STORE/.bench-loaded"))"
  LOADER="$(cut -d' ' -f1 "$STORE/.bench-loaded") (reused)"
  load_s=$(awk '{ print $NF }' "$STORE/.bench-loaded")
else
  rm -rf "$STORE"
  log "loading $DATA into $STORE with $LOADER"
  t0=$(now)
  if [ "$LOADER" = kg ]; then
    kg load --store "$STORE" --base "$BASE" "$DATA" > "$LOGS/newskg-load.log" 2>&1
  else
    "$PY" "$HERE/load_store.py" "$STORE" "$DATA" > "$LOGS/newskg-load.log" 2>&1
  fi
  load_s=$(since "$t0")
  echo "$LOADER $(basename "$DATA") $(git -C "$ROOT" rev-parse --short HEAD) ${load_s}s" > "$STORE/.bench-loaded"
  log "loaded in $load_s s: $(tail -1 "$LOGS/newskg-load.log")"
fi

# ---------------------------------------------------------------- our server
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
(cd "$ROOT" && KG_QUERY_TIMEOUT=$TIMEOUT exec "$PY" -m kg serve --store "$STORE" --base "$BASE" \
  --host 127.0.0.1 --port "$PORT") > "$LOGS/newskg-server.log" 2>&1 &
SERVER_PID=$!
# the code the server runs: the commit at start, and whether the tree had uncommitted changes
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- kg server 2>/dev/null || echo "+dirty")
t0=$(date +%s)
until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H 'Accept: application/sparql-results+json' \
          --data-urlencode 'query=ASK {}' "$URL/sparql" || true)" = 200 ]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { log "kg serve exited: $(tail -5 "$LOGS/newskg-server.log")"; exit 1; }
  [ $(( $(date +%s) - t0 )) -ge 120 ] && { log "kg serve does not answer after 120 s"; exit 1; }
  sleep 0.3
done
rss_start=$(tree_mib "$SERVER_PID" VmRSS); anon_start=$(tree_mib "$SERVER_PID" RssAnon)
log "kg serve pid $SERVER_PID on $URL, RSS $rss_start MiB (with its children)"

# ---------------------------------------------------------------- peers and us, one run
bash "$SHARED/bench/peers.sh" --docs "$DOCS" --seed "$SEED" --clients "$CLIENTS" --duration "$DURATION" \
  --timeout "$TIMEOUT" --only "$ONLY" --base "$BASE" --target "$URL/sparql" "${EXTRA[@]}" \
  > "$LOGS/peers.out" 2> "$LOGS/peers.err" || log "peers.sh exited with $?"
RES=$(sed -n 's/.*results in \(.*\)$/\1/p' "$LOGS/peers.err" | tail -1)
[ -n "$RES" ] && [ -d "$RES" ] || { log "no results folder in $LOGS/peers.err"; exit 1; }
hwm_queries=$(status_mib "$SERVER_PID" VmHWM); anon_queries=$(status_mib "$SERVER_PID" RssAnon)
hwm_queries_tree=$(tree_mib "$SERVER_PID" VmHWM); anon_queries_tree=$(tree_mib "$SERVER_PID" RssAnon)

# name our results "newskg" instead of peers.sh's "target1"
for f in "$RES"/target1-c*.json; do
  [ -e "$f" ] || continue
  "$PY" - "$f" <<'EOF'
import json, os, sys
p = sys.argv[1]
d = json.load(open(p))
d["name"] = "newskg"
json.dump(d, open(p.replace("target1-", "newskg-"), "w"), indent=1)
os.remove(p)
EOF
done

# ---------------------------------------------------------------- dumps over HTTP
dump() {  # EXT -> "seconds lines"
  local t0 n
  t0=$(now)
  n=$(curl -s -f "$URL/dump.$1" | wc -l)
  echo "$(since "$t0") $n"
}
read -r nt_s nt_lines < <(dump nt) || true
hwm_nt=$(status_mib "$SERVER_PID" VmHWM); anon_nt=$(status_mib "$SERVER_PID" RssAnon)
# the server keeps the first download per write generation in a file: the second is a file read
read -r nt2_s nt2_lines < <(dump nt) || true
read -r nq_s nq_lines < <(dump nq) || true
hwm_nq=$(status_mib "$SERVER_PID" VmHWM); anon_nq=$(status_mib "$SERVER_PID" RssAnon)
hwm_end_tree=$(tree_mib "$SERVER_PID" VmHWM); anon_end_tree=$(tree_mib "$SERVER_PID" RssAnon)
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%d", n / s; else print "-" }'; }
log "dump.nt: $nt_lines triples in $nt_s s ($(rate "$nt_lines" "$nt_s")/s), again $nt2_s s; dump.nq: $nq_lines quads in $nq_s s"

"$PY" - "$RES/newskg.meta.json" <<EOF
import json, sys
json.dump({"name": "newskg", "commit": "$COMMIT", "loader": "$LOADER",
           "load_s": "$load_s", "store_mib": "$(du -sm "$STORE" | cut -f1)",
           "rss_after_start_mib": "$rss_start", "peak_rss_queries_mib": "$hwm_queries",
           "peak_rss_queries_with_workers_mib": "$hwm_queries_tree",
           "anon_after_start_with_workers_mib": "$anon_start", "anon_queries_mib": "$anon_queries",
           "anon_queries_with_workers_mib": "$anon_queries_tree",
           "dump_nt_triples": "$nt_lines", "dump_nt_s": "$nt_s", "dump_nt_per_s": "$(rate "$nt_lines" "$nt_s")",
           "dump_nt_again_s": "$nt2_s", "dump_nt_again_per_s": "$(rate "$nt2_lines" "$nt2_s")",
           "peak_rss_after_nt_mib": "$hwm_nt", "anon_after_nt_mib": "$anon_nt",
           "dump_nq_quads": "$nq_lines", "dump_nq_s": "$nq_s", "dump_nq_per_s": "$(rate "$nq_lines" "$nq_s")",
           "peak_rss_after_nq_mib": "$hwm_nq", "anon_after_nq_mib": "$anon_nq",
           "peak_rss_end_with_workers_mib": "$hwm_end_tree",
           "anon_end_with_workers_mib": "$anon_end_tree"}, open(sys.argv[1], "w"))
EOF
cp "$LOGS"/*.log "$LOGS/peers.err" "$RES/" 2>/dev/null || true
"$PY" "$SHARED/bench/report.py" "$RES" > "$RES/report.txt"
"$PY" "$SHARED/bench/report.py" "$RES" --markdown > "$RES/report.md"
cat "$RES/report.txt"
log "results in $RES"
