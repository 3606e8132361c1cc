#!/usr/bin/env bash
# The import benchmark: 10,000 students from one xlsx into fresh SQLite and PostgreSQL databases,
# next to a raw bulk load of the same rows. Uses TRUONGSO_BENCH_PG (or TRUONGSO_TEST_PG) when set;
# otherwise starts a throwaway PostgreSQL on loopback (like test.sh) and stops it on exit.
#   bench/import/run.sh            ROWS=10000 by default
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "${TRUONGSO_BENCH_PG:-${TRUONGSO_TEST_PG:-}}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  run=$(mktemp -d /tmp/truongso-bench-pg.XXXXXX)
  chmod 755 "$run"
  as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$run"
  port=$(( 50000 + RANDOM % 10000 ))
  as_pg "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  # Durable settings (fsync on), unlike the test cluster: a benchmark should pay for commits.
  as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" -o "-h 127.0.0.1 -p $port -k $run" start >/dev/null
  trap 'as_pg "$pgbin/pg_ctl" -D "$run/pg" -m fast stop >/dev/null 2>&1 || true; rm -rf "$run"' EXIT
  export TRUONGSO_BENCH_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi
dotnet run -c Release --project "$here/ImportBench.csproj"
