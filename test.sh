#!/usr/bin/env bash
# Runs every test. Installs what the tests need when missing (Debian packages), starts a
# throwaway PostgreSQL on loopback, runs the whole suite (SQLite, PostgreSQL, browser), stops
# what it started, and ends with the line "N passed, N failed".
#   ./test.sh                    everything
#   ./test.sh --filter Audit     only tests whose name matches (dotnet test --filter syntax)
set -euo pipefail
cd "$(dirname "$0")"

filter=()
if [ "${1:-}" = "--filter" ] && [ -n "${2:-}" ]; then filter=(--filter "$2"); fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages the tests drive: the database, the browser, the independent verifiers.
packages=(postgresql chromium poppler-utils xmlsec1 zbar-tools qrencode fonts-noto-core wrk libxml2-utils)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL cluster on loopback, gone when this script ends.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run=$(mktemp -d /tmp/truongso-test.XXXXXX)
chmod 755 "$run"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$run"
port=$(( 40000 + RANDOM % 10000 ))
as_pg "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" \
  -o "-h 127.0.0.1 -p $port -k $run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
  start >/dev/null
cleanup() { as_pg "$pgbin/pg_ctl" -D "$run/pg" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$run"; }
trap cleanup EXIT

export TRUONGSO_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=20"
export TRUONGSO_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 3. The suite: every database test runs on both engines; browser tests drive Debian's chromium.
dotnet build TruongSo.slnx -c Release -nologo -v q
status=0
dotnet test tests/TruongSo.Tests -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$run/results" "${filter[@]}" || status=$?

# 4. The summary line CI reads.
trx="$run/results/results.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
else
  passed=0; failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
