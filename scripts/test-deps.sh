#!/usr/bin/env bash
# Installs the external test clients (Debian and npm packages) when the machine allows it.
# Every test that needs one of them skips with a printed reason when it is missing, so a
# failure here is reported and tolerated, never fatal.
set -u
cd "$(dirname "$0")/.."

# Debian packages: command that proves the package is there -> package.
declare -A APT=(
  [/usr/bin/chromium]=chromium
  [/usr/bin/rapper]=raptor2-utils
  [/usr/bin/roqet]=rasqal-utils
  [/usr/share/java/jena-arq.jar]=libapache-jena-java
  [/usr/bin/virtuoso-t]=virtuoso-opensource
)

missing=()
for probe in "${!APT[@]}"; do
  [ -e "$probe" ] || missing+=("${APT[$probe]}")
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "test-deps: no apt-get on this machine; tests needing ${missing[*]} will skip"
  elif [ "$(id -u)" != 0 ]; then
    echo "test-deps: not root, cannot install ${missing[*]}; tests needing them will skip"
  else
    echo "test-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get update -qq; then
      echo "test-deps: apt-get update failed; trying the install with the lists already here"
    fi
    # One package at a time, so one that cannot be had does not block the others.
    for pkg in "${missing[@]}"; do
      apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
        || echo "test-deps: could not install $pkg; tests needing it will skip"
    done
  fi
fi

# npm packages (YASGUI for the query page, Comunica and rdf-validate-shacl for the tests),
# exactly as package-lock.json pins them; skipped when all are there and the lock has not changed
# (`make setup` may have installed the runtime part only, with --omit=dev).
npm_ok=1
for pkg in @zazuko/yasgui @comunica/query-sparql rdf-validate-shacl n3; do
  [ -f "node_modules/$pkg/package.json" ] || npm_ok=0
done
[ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] || npm_ok=0
if ! command -v npm >/dev/null; then
  echo "test-deps: no npm on this machine; the query page falls back to its plain editor and the Node clients' tests skip"
elif [ "$npm_ok" = 0 ]; then
  npm ci --no-audit --no-fund --loglevel=error \
    || echo "test-deps: npm ci failed; the Node clients' tests skip"
fi
exit 0
