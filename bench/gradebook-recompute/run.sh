#!/usr/bin/env bash
# Recompute a 2,000-student THCS's school year from its marks (every subject result and every stored
# student result), on SQLite and on PostgreSQL, with the app's own CLI: `gradebook recompute` prints
# the time to load the rows, to compute, and to write, so the load alone is the baseline of the run.
#   bench/gradebook-recompute/run.sh          STUDENTS=2000 ROUNDS=5 (NO_BENCH=1 skips BenchmarkDotNet)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
students=${STUDENTS:-2000}
rounds=${ROUNDS:-5}
work=$(mktemp -d /tmp/truongso-recompute.XXXXXX)
chmod 755 "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Development
dotnet publish "$root/src/TruongSo.Web" -c Release -o "$work/app" -nologo -v q >/dev/null
# The calculation alone under BenchmarkDotNet (Bench/: RecomputeYear.Compute over the year loaded once, next to LoadAsync).
dotnet build "$root/bench/gradebook-recompute/Bench/RecomputeBench.csproj" -c Release -o "$work/bench" -nologo -v q >/dev/null

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
port=$(( 50000 + RANDOM % 10000 ))
as_pg "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" -o "-h 127.0.0.1 -p $port -k $work" start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

run_engine() {
  local name=$1; shift
  export TRUONGSO_DATA_DIR="$work/data-$name"
  mkdir -p "$TRUONGSO_DATA_DIR"
  # School 01BM00001 is the THCS of the large demo (index 1: lower secondary).
  dotnet "$work/app/TruongSo.Web.dll" seed-demo --schools 2 --students-per-school "$students" --with-grades "$@" >/dev/null
  echo "== $name: gradebook recompute --school 01BM00001 ($students students), $rounds runs in one process (run 1 is cold)"
  dotnet "$work/app/TruongSo.Web.dll" gradebook recompute --school 01BM00001 --repeat "$rounds" "$@" | grep -E "run=|học sinh,"
  if [ -z "${NO_BENCH:-}" ]; then
    echo "== $name: BenchmarkDotNet, RecomputeYear.Compute (the calculation) and LoadAsync (the load) of the same year"
    (cd "$work" && dotnet "$work/bench/RecomputeBench.dll" 01BM00001 --TRUONGSO_DATA_DIR="$TRUONGSO_DATA_DIR" "$@" | grep -E "^// 01BM|^\| *(Method|Compute|Load)")
  fi
}
run_engine sqlite
run_engine postgres --Database:Provider=Postgres "--Database:ConnectionString=Host=127.0.0.1;Port=$port;Username=postgres;Database=recompute"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
