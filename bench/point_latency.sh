#!/usr/bin/env bash
# point_latency.sh - the point queries (01-ask-call, 11-doc-mentions) alone, on our server and on
# Oxigraph server, alternating A/B for several rounds, so that their p50s rest on thousands of
# samples (in the whole mix a peer answers each query only a few times per run).
#
# Needs what run_peers.sh leaves in the work folder: the newskg store, the Oxigraph store and the
# peers' venv (with the oxigraph server). Loopback only; stops only the servers it started.
#
# Usage: bash bench/point_latency.sh [--docs 2000] [--seed 1] [--clients 1] [--duration 10]
#                                    [--rounds 2] [--queries 01,11] [--base URL]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${NEWSKG_SHARED:-$(cd "$ROOT/../shared" && pwd)}
DOCS=2000 SEED=1 CLIENTS=1 DURATION=10 ROUNDS=2 QUERIES=01,11 BASE=http://localhost:5000/
WORK=${NEWSKG_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newskg-bench}
PY="$ROOT/.venv/bin/python"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS=$2; shift 2;;
    --seed) SEED=$2; shift 2;;
    --clients) CLIENTS=$2; shift 2;;
    --duration) DURATION=$2; shift 2;;
    --rounds) ROUNDS=$2; shift 2;;
    --queries) QUERIES=$2; shift 2;;
    --base) BASE=$2; shift 2;;
    -h|--help) usage 0;;
    *) echo "unknown option: $1" >&2; usage 2;;
  esac
done
log() { printf '[%s] point_latency: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

STORE="$WORK/newskg-$DOCS-s$SEED"
OXI_STORE="$WORK/oxigraph-$DOCS-s$SEED"
OXI="$WORK/venv/bin/oxigraph"
for need in "$STORE" "$OXI_STORE" "$OXI"; do
  [ -e "$need" ] || { log "missing $need: run bench/run_peers.sh --docs $DOCS first"; exit 1; }
done
RES="$WORK/results/$(date +%Y%m%d-%H%M%S)-points-docs$DOCS"
mkdir -p "$RES/queries"
for q in ${QUERIES//,/ }; do cp "$SHARED"/bench/queries/"$q"-*.rq "$RES/queries/"; done

PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

wait_ask() {  # URL PID
  local t0; t0=$(date +%s)
  until [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H 'Accept: application/sparql-results+json' \
            --data-urlencode 'query=ASK {}' "$1" || true)" = 200 ]; do
    kill -0 "$2" 2>/dev/null || { log "server $2 exited"; exit 1; }
    [ $(( $(date +%s) - t0 )) -ge 120 ] && { log "no answer from $1"; exit 1; }
    sleep 0.3
  done
}

P1=$(free_port)
(cd "$ROOT" && exec "$PY" -m kg serve --store "$STORE" --base "$BASE" --host 127.0.0.1 --port "$P1") \
  > "$RES/newskg-server.log" 2>&1 &
PIDS+=($!); wait_ask "http://127.0.0.1:$P1/sparql" "${PIDS[-1]}"
P2=$(free_port)
"$OXI" serve-read-only --location "$OXI_STORE" --bind "127.0.0.1:$P2" --union-default-graph \
  > "$RES/oxigraph-server.log" 2>&1 &
PIDS+=($!); wait_ask "http://127.0.0.1:$P2/query" "${PIDS[-1]}"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- kg server 2>/dev/null || echo "+dirty")
echo "{\"name\": \"newskg\", \"commit\": \"$COMMIT\"}" > "$RES/newskg.meta.json"

uptime > "$RES/uptime.txt"  # how busy the machine was: before the rounds, and after them below
for r in $(seq "$ROUNDS"); do
  for who in newskg oxigraph; do
    if [ "$who" = newskg ]; then url="http://127.0.0.1:$P1/sparql"; else url="http://127.0.0.1:$P2/query"; fi
    log "round $r: $who, $CLIENTS client(s), ${DURATION}s"
    "$PY" "$SHARED/bench/load.py" "$url" --queries "$RES/queries" --clients "$CLIENTS" \
      --duration "$DURATION" --warmup 2 --base "$BASE" --name "$who-r$r" \
      --json "$RES/$who-r$r-c$CLIENTS.json" > /dev/null
  done
done
uptime >> "$RES/uptime.txt"
"$PY" "$SHARED/bench/report.py" "$RES" | tee "$RES/report.txt"
log "load before and after: $(cut -d, -f3- "$RES/uptime.txt" | tr '\n' ' ')"
log "results in $RES"
