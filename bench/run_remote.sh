#!/usr/bin/env bash
# run_remote.sh - newskg over Virtuoso beside Virtuoso alone and newskg embedded, in one run.
#
# Starts a Virtuoso of its own (loopback ports, a folder in the work folder), loads the generated
# data into it through newskg (`kg load` with KG_STORE_QUERY_URL set: the SHACL gate, the
# set-semantics union graph), starts `kg serve` over it, then runs bench/run_peers.sh with that
# server as an extra target: run_peers.sh measures newskg embedded, peers.sh Virtuoso alone (its
# own bulk load of the same file) and the extra target, on the same query mix, in one run.
#
# Usage: bash bench/run_remote.sh [--docs 2000] [--seed 1] [--clients 1,4] [--duration 20]
#                                 [--timeout 30] [--base URL]
# Environment: NEWSKG_BENCH_DIR (work folder, outside the project; default ~/.cache/newskg-bench).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${NEWSKG_SHARED:-$(cd "$ROOT/../shared" && pwd)}
DOCS=2000 SEED=1 CLIENTS=1,4 DURATION=20 TIMEOUT=30 BASE=http://localhost:5000/
export NEWSKG_BENCH_DIR=${NEWSKG_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newskg-bench}
WORK=$NEWSKG_BENCH_DIR
PY="$ROOT/.venv/bin/python"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2;;
    --seed) SEED=$2; shift 2;;
    --clients) CLIENTS=$2; shift 2;;
    --duration) DURATION=$2; shift 2;;
    --timeout) TIMEOUT=$2; shift 2;;
    --base) BASE=$2; shift 2;;
    -h|--help) usage 0;;
    *) echo "unknown option: $1" >&2; usage 2;;
  esac
done
command -v virtuoso-t >/dev/null || { echo "virtuoso-t not installed (bench/bench-deps.sh)" >&2; exit 1; }

log() { printf '[%s] run_remote: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

mkdir -p "$WORK/data" "$WORK/logs"
WORK=$(cd "$WORK" && pwd); export NEWSKG_BENCH_DIR=$WORK
DATA="$WORK/data/news-$DOCS-s$SEED.nq.gz"
LOGS="$WORK/logs/$(date +%Y%m%d-%H%M%S)-remote-docs$DOCS"
VT="$WORK/newskg-virtuoso-$DOCS-s$SEED"
mkdir -p "$LOGS"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if [ ! -s "$DATA" ]; then
  log "generating $DOCS documents -> $DATA"
  python3 "$SHARED/bench/gen.py" --docs "$DOCS" --seed "$SEED" --base "$BASE" -o "$DATA.tmp.gz"
  mv "$DATA.tmp.gz" "$DATA"
fi

# ---------------------------------------------------------------- Virtuoso for newskg
HTTP=$(port) SQL=$(port)
rm -rf "$VT"; mkdir -p "$VT"
cat > "$VT/virtuoso.ini" <<EOF
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$SQL
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
MaxQueryMem = 2G
[HTTPServer]
ServerPort = 127.0.0.1:$HTTP
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = $TIMEOUT
MaxQueryCostEstimationTime = 0
EOF
(cd "$VT" && exec virtuoso-t +foreground +configfile virtuoso.ini) > "$LOGS/virtuoso.log" 2>&1 &
PIDS+=($!)
until curl -s -o /dev/null -m 5 "http://127.0.0.1:$HTTP/sparql?query=ASK%7B%7D"; do sleep 0.5; done
export KG_STORE_QUERY_URL="http://127.0.0.1:$HTTP/sparql" KG_STORE_UPDATE_URL="http://127.0.0.1:$HTTP/sparql-auth"
export KG_STORE_USER=dba KG_STORE_PASSWORD=dba KG_BASE="$BASE"

# Virtuoso 7.2.5 (Debian) refuses xsd:duration literals in SPARQL Update (upstream
# openlink/virtuoso-opensource#224), so newskg over it gets the data without them; Virtuoso alone
# bulk-loads the full file (its loader keeps durations as numbers). Of the query mix, only
# 02-calls-between reads them (an OPTIONAL ?duration): the same rows, without their durations.
LOADED="$WORK/data/news-$DOCS-s$SEED-no-durations.nq.gz"
[ -s "$LOADED" ] || zcat "$DATA" | grep -v 'XMLSchema#duration>' | gzip > "$LOADED"
log "kg load $LOADED ($(zcat "$DATA" | grep -c 'XMLSchema#duration>') duration quads left out) into Virtuoso through the SHACL gate"
t0=$(now)
(cd "$ROOT" && "$PY" -m kg load "$LOADED") > "$LOGS/newskg-virtuoso-load.log" 2>&1
load_s=$(since "$t0")
log "loaded in $load_s s: $(tail -1 "$LOGS/newskg-virtuoso-load.log")"

PORT=$(port)
(cd "$ROOT" && KG_QUERY_TIMEOUT=$TIMEOUT exec "$PY" -m kg serve --host 127.0.0.1 --port "$PORT") \
  > "$LOGS/newskg-virtuoso-server.log" 2>&1 &
PIDS+=($!)
SERVE_PID=$!
until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' --data-urlencode 'query=ASK {}' \
          "http://127.0.0.1:$PORT/sparql" || true)" = 200 ]; do
  # a server that cannot start (e.g. the store does not answer) must end the run, not stall it
  kill -0 "$SERVE_PID" 2>/dev/null || { log "kg serve exited: $(tail -5 "$LOGS/newskg-virtuoso-server.log")"; exit 1; }
  sleep 0.3
done
echo "{\"name\": \"newskg over Virtuoso\", \"commit\": \"$(git -C "$ROOT" rev-parse --short HEAD)\", \"load_s\": \"$load_s\"}" \
  > "$LOGS/newskg-virtuoso.meta.json"

# ---------------------------------------------------------------- the one run
unset KG_STORE_QUERY_URL KG_STORE_UPDATE_URL KG_STORE_USER KG_STORE_PASSWORD
bash "$HERE/run_peers.sh" --docs "$DOCS" --seed "$SEED" --clients "$CLIENTS" --duration "$DURATION" \
  --timeout "$TIMEOUT" --only virtuoso --base "$BASE" -- --target "http://127.0.0.1:$PORT/sparql" \
  --target-method form
log "newskg over Virtuoso is the second target (target2 in the report); logs in $LOGS"
