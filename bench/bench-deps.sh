#!/usr/bin/env bash
# Installs what bench/run_peers.sh needs beyond the Python venv: Virtuoso from Debian (the peer
# that ../shared/bench/peers.sh measures only when virtuoso-t is installed). Benchmarks only.
set -eu
if command -v virtuoso-t >/dev/null; then
  echo "virtuoso-t already installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "bench-deps.sh: run as root to install virtuoso-opensource; peers.sh will skip Virtuoso" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q virtuoso-opensource
