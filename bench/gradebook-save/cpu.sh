#!/usr/bin/env bash
# What one save costs, not how fast a loaded machine turns it around: the CPU time the app process
# (and, on PostgreSQL, the server's backends) spends per saved 45 × 6 sheet and per GET /api/v1/me,
# read from /proc before and after a fixed-length run at low concurrency (TEACHERS connections, one
# teacher each), and on PostgreSQL the statements per save (pg_stat_statements). A figure that holds
# on a machine shared with other work, where wall-clock throughput does not.
#   bench/gradebook-save/cpu.sh            DURATION=10 WARMUP=20 TEACHERS=4 STUDENTS=45 ENGINES="Sqlite Postgres"
#   APPS="/published/before /published/after" bench/gradebook-save/cpu.sh
#   TRACE_DIR=/tmp/traces bench/gradebook-save/cpu.sh   also samples the app's CPU stacks during the saves and the /me run (perf)
#   NETTRACE_DIR=/tmp/traces bench/gradebook-save/cpu.sh   … or its managed stacks (dotnet-trace, speedscope JSON beside the .nettrace)
# The app runs with tiered compilation off (TIERED=1 turns it back on): on a loaded machine the JIT's
# background tiering was still a quarter of the process's CPU after a minute of warm-up, which a
# server running for hours no longer pays; with it off, every method is compiled optimised once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=${DURATION:-10}; warmup=${WARMUP:-20}; teachers=${TEACHERS:-4}; students=${STUDENTS:-45}; engines=${ENGINES:-Sqlite Postgres}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
run=$(mktemp -d /tmp/truongso-cpu.XXXXXX); chmod 755 "$run"
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
as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" -o "-h 127.0.0.1 -p $pg_port -k $run -c max_connections=200 \
  -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" start >/dev/null
pg() { as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
pg -qc "CREATE DATABASE truongso" >/dev/null
pg -d truongso -qc "CREATE EXTENSION pg_stat_statements" >/dev/null

apps=${APPS:-}
if [ -z "$apps" ]; then dotnet publish "$repo/src/TruongSo.Web" -c Release -o "$run/app" -nologo -v q >/dev/null; apps="$run/app"; fi
dotnet build "$here/GradebookSaveBench.csproj" -c Release -o "$run/setup" -nologo -v q >/dev/null

# utime + stime in clock ticks of one process, or of every child of the PostgreSQL postmaster (its backends).
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_ticks() {
  local master; master=$(head -n 1 "$run/pg/postmaster.pid")
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v m="$master" '$4 == m { t += $14 + $15 } END { print t + 0 }' || true   # processes come and go
}
hz=$(getconf CLK_TCK)
reset_marks() {
  local sql="DELETE FROM gradebook_subject_results; DELETE FROM gradebook_mark_rows; DELETE FROM gradebook_sheets;"
  if [ "$1" = Sqlite ]; then sqlite3 "$run/truongso.db" "$sql"; else pg -d truongso -qc "$sql" >/dev/null; fi
}
# Runs wrk with a script and prints "<requests> <app ms> <pg ms>": the app's and the backends' CPU over the run.
measure() {
  local script=$1 out a0 a1 p0 p1
  a0=$(ticks "$app_pid"); p0=$(pg_ticks)
  out=$(wrk -t"$teachers" -c"$teachers" -d"${duration}s" --timeout 10s -s "$here/$script" "http://127.0.0.1:$app_port" | tail -n 1)
  a1=$(ticks "$app_pid"); p1=$(pg_ticks)
  echo "$out" >&2
  echo "$out" | awk -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v hz="$hz" '{ n = $(NF-3) } END { printf "%d %.1f %.1f\n", n, a * 1000 / hz, p * 1000 / hz }'
}

echo "TruongSo gradebook save, CPU per request — $(date -u '+%F %H:%M') UTC — $(nproc) cores — commit $(git -C "$repo" rev-parse --short HEAD) — load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$teachers teachers × $students students × 6 columns, one connection each, ${duration}s per measurement"
for engine in $engines; do
  if [ "$engine" = Sqlite ]; then cs="Data Source=$run/truongso.db"; else cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=truongso;Maximum Pool Size=${PG_POOL:-100}${PG_OPTIONS:+;$PG_OPTIONS}"; fi
  mkdir -p "$run/data-$engine"
  dotnet "$run/setup/GradebookSaveBench.dll" "$engine" "$cs" "$run/data-$engine" "$run/teachers.txt" "$teachers" "$students" 1 >/dev/null
  for app in $apps; do
    DOTNET_TieredCompilation=${TIERED:-0} DOTNET_PerfMapEnabled=${TRACE_DIR:+1} DOTNET_EnableWriteXorExecute=${TRACE_DIR:+0} ASPNETCORE_ENVIRONMENT=Production TRUONGSO_DATA_DIR="$run/data-$engine" Database__Provider=$engine Database__ConnectionString="$cs" \
      Demo__Enabled=false Logging__LogLevel__Default=Warning RateLimits__SignInPerMinutePerClient=100000 \
      dotnet "$app/TruongSo.Web.dll" --urls "http://127.0.0.1:$app_port" > "$run/app-$engine.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && break; sleep 0.1; done
    : > "$run/tokens.txt"
    while read -r user rest; do
      token=$(curl -fs -X POST "http://127.0.0.1:$app_port/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"userName\":\"$user\",\"password\":\"Bench@2026\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
      echo "$token $rest" >> "$run/tokens.txt"
    done < "$run/teachers.txt"
    export TEACHERS="$run/tokens.txt"
    echo "== $engine, app $app"
    # Warm-up (JIT tiering), then the sheets start again from version 0 as save.lua expects.
    wrk -t"$teachers" -c"$teachers" -d"${warmup}s" --timeout 10s -s "$here/save.lua" "http://127.0.0.1:$app_port" >/dev/null
    wrk -t"$teachers" -c"$teachers" -d5s -s "$here/me.lua" "http://127.0.0.1:$app_port" >/dev/null
    reset_marks "$engine"
    [ "$engine" = Postgres ] && pg -d truongso -qc "SELECT pg_stat_statements_reset()" >/dev/null
    if [ -n "${TRACE_DIR:-}" ]; then
      mkdir -p "$TRACE_DIR"
      perf record -F 499 -g -p "$app_pid" -o "$TRACE_DIR/save-$engine-$(basename "$app").perf" -- sleep "$duration" >/dev/null 2>&1 &
      perf_pid=$!
    fi
    if [ -n "${NETTRACE_DIR:-}" ]; then
      mkdir -p "$NETTRACE_DIR"
      "${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}" collect -p "$app_pid" --profile dotnet-sampled-thread-time --format Speedscope \
        --duration "00:00:00:$(printf %02d "$duration")" -o "$NETTRACE_DIR/save-$engine-$(basename "$app").nettrace" >/dev/null 2>&1 &
      trace_pid=$!
    fi
    read -r saves app_ms pg_ms < <(measure save.lua)
    [ -n "${TRACE_DIR:-}" ] && wait "$perf_pid"
    [ -n "${NETTRACE_DIR:-}" ] && wait "$trace_pid"
    if [ "$engine" = Postgres ]; then
      pg -d truongso -Atc "SELECT sum(calls) FROM pg_stat_statements WHERE query !~* 'pg_stat_statements'" > "$run/calls"
      pg -d truongso -Atc "SELECT calls, round(total_exec_time::numeric, 0), left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements
        WHERE query !~* 'pg_stat_statements' ORDER BY calls DESC LIMIT 25" > "$run/top"
      # Updates that left every index alone (HOT) need room on the row's page: the table's fillfactor.
      pg -d truongso -Atc "SELECT relname, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables
        WHERE relname IN ('gradebook_mark_rows', 'gradebook_subject_results', 'gradebook_sheets', 'audit_chain_heads') ORDER BY relname" > "$run/hot"
    fi
    if [ -n "${TRACE_DIR:-}" ]; then
      perf record -F 499 -g -p "$app_pid" -o "$TRACE_DIR/me-$engine-$(basename "$app").perf" -- sleep "$duration" >/dev/null 2>&1 &
      perf_pid=$!
    fi
    read -r mes me_ms me_pg_ms < <(measure me.lua)
    [ -n "${TRACE_DIR:-}" ] && wait "$perf_pid"
    awk -v n="$saves" -v a="$app_ms" -v p="$pg_ms" 'BEGIN { printf "%-8s save: %d saves, app %.1f CPU-ms/save, postgres %.1f CPU-ms/save\n", "'"$engine"'", n, a / n, p / n }'
    awk -v n="$mes" -v a="$me_ms" -v p="$me_pg_ms" 'BEGIN { printf "%-8s /me:  %d requests, app %.3f CPU-ms/request, postgres %.3f CPU-ms/request\n", "'"$engine"'", n, a / n, p / n }'
    if [ "$engine" = Postgres ]; then
      awk -v n="$saves" '{ printf "         %.1f statements per save\n", $1 / n }' "$run/calls"
      sed 's/^/         /' "$run/top"
      awk -F'|' '{ printf "         %s: %d updates, %d HOT\n", $1, $2, $3 }' "$run/hot"
    fi
    echo "         load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
    reset_marks "$engine"
  done
done
