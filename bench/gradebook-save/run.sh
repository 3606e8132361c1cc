#!/usr/bin/env bash
# Saving class sheets under load: TEACHERS teachers (default 50), each saving their own 45 × 6 Toán
# sheet (270 cells, one transaction with the subject results and the audit entry) again and again,
# one wrk thread and connection per teacher, against the app published in Release — on SQLite,
# then on PostgreSQL (a throwaway cluster on loopback, durable settings) — next to GET /api/v1/me
# with the same tokens and connections in the same run. Every process it starts is stopped on exit.
#   bench/gradebook-save/run.sh            DURATION=20 WARMUP=30 TEACHERS=50 STUDENTS=45 SCHOOLS=1 ENGINES="Sqlite Postgres"
#   APPS="/published/before /published/after"   measures those builds one after the other on the same data
#                                               (before/after) instead of publishing this tree
# Then the goal's question, p99 at a given rate: the same teachers offering RATE_Sqlite / RATE_Postgres saves
# per second in an open loop (pace/, default 100 and 200, the issue's goals), latency counted from when each
# save was due. PG_POOL caps the app's PostgreSQL connections (default 100).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=${DURATION:-20}; warmup=${WARMUP:-30}; teachers=${TEACHERS:-50}; students=${STUDENTS:-45}; schools=${SCHOOLS:-1}; engines=${ENGINES:-Sqlite Postgres}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
run=$(mktemp -d /tmp/truongso-marks.XXXXXX); chmod 755 "$run"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$run"
pg_port=$(( 40000 + RANDOM % 10000 )); app_port=$(( 30000 + RANDOM % 5000 ))
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$run/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$run"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" -o "-h 127.0.0.1 -p $pg_port -k $run -c max_connections=200" start >/dev/null
as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE truongso" >/dev/null

# APPS: published builds to compare in one run (before/after), each against the same set-up data.
apps=${APPS:-}
if [ -z "$apps" ]; then dotnet publish "$repo/src/TruongSo.Web" -c Release -o "$run/app" -nologo -v q >/dev/null; apps="$run/app"; fi
dotnet build "$here/GradebookSaveBench.csproj" -c Release -o "$run/setup" -nologo -v q >/dev/null
dotnet build "$here/pace/GradebookSavePace.csproj" -c Release -o "$run/pace" -nologo -v q >/dev/null

# Every sheet back to empty (version 0), as save.lua and the pacer expect; the app may be running.
reset_marks() {
  local sql="DELETE FROM gradebook_subject_results; DELETE FROM gradebook_mark_rows; DELETE FROM gradebook_sheets;"
  if [ "$1" = Sqlite ]; then sqlite3 "$run/truongso.db" "$sql"; else as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -d truongso -qc "$sql" >/dev/null; fi
}

echo "TruongSo gradebook save — $(date -u '+%F %H:%M') UTC — $(nproc) cores — commit $(git -C "$repo" rev-parse --short HEAD)"
echo "$teachers teachers in $schools school(s) × $students students × 6 columns; one wrk thread and connection per teacher; ${duration}s per run"
for engine in $engines; do
  if [ "$engine" = Sqlite ]; then cs="Data Source=$run/truongso.db"; else cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=truongso;Maximum Pool Size=${PG_POOL:-100}${PG_OPTIONS:+;$PG_OPTIONS}"; fi
  mkdir -p "$run/data-$engine"
  dotnet "$run/setup/GradebookSaveBench.dll" "$engine" "$cs" "$run/data-$engine" "$run/teachers.txt" "$teachers" "$students" "$schools"
  for app in $apps; do
    ASPNETCORE_ENVIRONMENT=Production TRUONGSO_DATA_DIR="$run/data-$engine" Database__Provider=$engine Database__ConnectionString="$cs" \
      Demo__Enabled=false Logging__LogLevel__Default=Warning RateLimits__SignInPerMinutePerClient=100000 \
      dotnet "$app/TruongSo.Web.dll" --urls "http://127.0.0.1:$app_port" > "$run/app-$engine.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && break; sleep 0.1; done
    : > "$run/tokens.txt"
    while read -r user rest; do
      token=$(curl -fs -X POST "http://127.0.0.1:$app_port/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"userName\":\"$user\",\"password\":\"Bench@2026\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
      echo "$token $rest" >> "$run/tokens.txt"
    done < "$run/teachers.txt"
    export TEACHERS="$run/tokens.txt"
    echo "== $engine, app $app"
    # Warm-up: a server that has run for a while has compiled its hot paths at their final tier; the JIT's
    # background recompilation took a quarter of the CPU in the first minute. Then the sheets start empty again.
    wrk -t"$teachers" -c"$teachers" -d"${warmup}s" --timeout 10s -s "$here/save.lua" "http://127.0.0.1:$app_port" >/dev/null
    wrk -t"$teachers" -c"$teachers" -d5s -s "$here/me.lua" "http://127.0.0.1:$app_port" >/dev/null
    reset_marks "$engine"
    printf '%-8s save sheet: ' "$engine"
    wrk -t"$teachers" -c"$teachers" -d"${duration}s" --timeout 10s -s "$here/save.lua" "http://127.0.0.1:$app_port" | tail -n 1
    echo "         load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    sleep 2   # let the saves still in flight finish before the baseline
    printf '%-8s /api/v1/me: ' "$engine"
    wrk -t"$teachers" -c"$teachers" -d"${duration}s" -s "$here/me.lua" "http://127.0.0.1:$app_port" | tail -n 1
    echo "         load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    reset_marks "$engine"   # the paced saves start from empty sheets too
    rate_var="RATE_$engine"; rate=${!rate_var:-$([ "$engine" = Sqlite ] && echo 100 || echo 200)}
    printf '%-8s paced:      ' "$engine"
    dotnet "$run/pace/GradebookSavePace.dll" "http://127.0.0.1:$app_port" "$run/tokens.txt" "$rate" "$duration" || true
    echo "         load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
    reset_marks "$engine"   # the next build starts from empty sheets, as save.lua expects (version 0)
  done
done
