#!/usr/bin/env bash
# Results day: hundreds of signed-in parents opening their child's results at once. For PostgreSQL
# (a throwaway cluster on loopback) and SQLite: seeds a province (seed-demo's bulk path), grades and
# parent accounts for GRADED schools (ResultsDaySeed), starts the published app, signs PARENTS parents
# in (bearer tokens and cookies), then in one run of one process measures with wrk:
# GET /bench/bare (one row through the same driver, no sign-in), GET /api/v1/me (bearer), the
# portal API and the page /gia-dinh/{id}/ket-qua (each parent their own child). See README.md.
#   APP_DIR=… SEED_DIR=…  reuse builds; PERMITS=1024 QUEUE=1024 the app's concurrency limiter
#   WORK=/dir  keep the seeded databases there and reuse them on the next run (seeding a province takes
#              minutes per engine; measuring needs a quiet machine — do them at different times);
#              SEED_ONLY=1 stops after seeding
#   bench/results-day/run.sh     SCHOOLS=500 STUDENTS=1000 GRADED=20 PARENTS=300 CONNS=256 DURATION=15 ENGINES="Postgres Sqlite"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
schools=${SCHOOLS:-500}; students=${STUDENTS:-1000}; graded=${GRADED:-20}; parents=${PARENTS:-300}
conns=${CONNS:-256}; threads=${THREADS:-2}; duration=${DURATION:-15}; engines=${ENGINES:-Postgres Sqlite}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -n "${WORK:-}" ]; then run=$WORK; mkdir -p "$run"; KEEP=1; else run=$(mktemp -d /tmp/truongso-resultsday.XXXXXX); fi; chmod 755 "$run"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$run"
pg_port=$(cat "$run/pg.port" 2>/dev/null || echo $(( 40000 + RANDOM % 10000 ))); echo "$pg_port" > "$run/pg.port"; app_port=$(( 30000 + RANDOM % 5000 ))
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$run/pg" -m fast stop >/dev/null 2>&1 || true
  [ "${KEEP:-}" = 1 ] && echo "kept: $run" >&2 || rm -rf "$run"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
base="http://127.0.0.1:$app_port"

# APP_DIR / SEED_DIR: reuse a published app and a built seeder instead of building them here.
rm -rf "$run/app" "$run/seed"
if [ -n "${APP_DIR:-}" ]; then cp -r "$APP_DIR" "$run/app"; else dotnet publish "$repo/src/TruongSo.Web" -c Release -o "$run/app" -nologo -v q >/dev/null; fi
# The seeder is built only when a database still has to be seeded.
seeder() {
  [ -d "$run/seed" ] && return
  if [ -n "${SEED_DIR:-}" ]; then cp -r "$SEED_DIR" "$run/seed"; else dotnet build "$here/ResultsDaySeed.csproj" -c Release -o "$run/seed" -nologo -v q >/dev/null; fi
}
if [[ " $engines " == *" Postgres "* ]]; then
  fresh=$([ -d "$run/pg" ] && echo 0 || echo 1)
  [ "$fresh" = 1 ] && as_pg "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" -o "-h 127.0.0.1 -p $pg_port -k $run -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
  [ "$fresh" = 1 ] && as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE truongso" >/dev/null
fi

# bench ENGINE NAME MODE URL: one wrk run; prints the line with the load average and server CPU per request.
bench() {
  local engine=$1 name=$2 mode=$3 url=$4 c0 c1 out
  c0=$(cpu_ticks "$app_pid")
  if [ "$mode" = bare ]; then out=$(wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 5s -s "$here/bare.lua" "$url" | tail -n 1)
  else out=$(MODE=$mode THREADS=$threads FAMILIES=$([ "$mode" = page ] && echo "$run/cookies.txt" || echo "$run/tokens.txt") \
    wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 5s -s "$here/family.lua" "$url" | tail -n 1); fi
  c1=$(cpu_ticks "$app_pid")
  local rps=${out%% req/s*}
  printf '%-9s %-24s %s | server CPU %s µs/req | load %s\n' "$engine" "$name" "$out" \
    "$(awk -v t=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v r="$rps" -v d="$duration" 'BEGIN { printf "%.0f", (r > 0 ? t / hz * 1e6 / (r * d) : 0) }')" "$(load)"
}

echo "TruongSo results day — $(date -u '+%F %H:%M') UTC — $(nproc) cores — commit $(git -C "$repo" rev-parse --short HEAD)"
echo "$schools schools × $students students; grades and $parents parent accounts in $graded of them; wrk -t$threads -c$conns -d${duration}s"
for engine in $engines; do
  if [ "$engine" = Postgres ]; then cs="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=truongso;Maximum Pool Size=100;Command Timeout=600"; else cs=""; fi
  export ASPNETCORE_ENVIRONMENT=Development TRUONGSO_DATA_DIR="$run/data-$engine" Database__Provider=$engine Database__ConnectionString="$cs" \
    Logging__LogLevel__Default=Warning
  mkdir -p "$run/data-$engine"
  if [ -f "$run/data-$engine/seeded" ]; then
    echo "== $engine: reusing the province seeded earlier ($(cat "$run/data-$engine/seeded")); load $(load)"
  else
    t0=$(date +%s)
    dotnet "$run/app/TruongSo.Web.dll" seed-demo --schools "$schools" --students-per-school "$students" > "$run/seed-$engine.log" 2>&1
    t1=$(date +%s)
    seeder
    dotnet "$run/seed/ResultsDaySeed.dll" "$engine" "$cs" "$run/data-$engine" "$run/families-$engine.txt" "$graded" "$parents" >> "$run/seed-$engine.log"
    t2=$(date +%s)
    if [ "$engine" = Postgres ]; then as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -d truongso -qc "VACUUM ANALYZE" >/dev/null
    else sqlite3 "$run/data-$engine/truongso.db" "ANALYZE;"; fi
    echo "$schools schools × $students students, grades and $parents parents in $graded; seeded in $((t1 - t0)) s + $((t2 - t1)) s at $(date -u '+%F %H:%M') UTC" > "$run/data-$engine/seeded"
    echo "== $engine: province seeded in $((t1 - t0)) s, grades and parents in $((t2 - t1)) s ($(tail -n 2 "$run/seed-$engine.log" | head -n 1)); load $(load)"
  fi
  [ "${SEED_ONLY:-}" = 1 ] && continue
  cp "$run/families-$engine.txt" "$run/families.txt"

  # The global concurrency limiter (default 16+16 per core) must let the expected connections in:
  # at 256 connections the default answers most requests 503 at once (see README).
  Demo__Enabled=false Bench__BareEndpoint=true RateLimits__SignInPerMinutePerClient=1000000 \
    RateLimits__MaxConcurrentRequests="${PERMITS:-1024}" RateLimits__MaxQueuedRequests="${QUEUE:-1024}" \
    dotnet "$run/app/TruongSo.Web.dll" --urls "$base" > "$run/app-$engine.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.1; done
  # Every parent signs in twice: a bearer token for the API, and (just before the page runs, see
  # README: a cookie older than 5 minutes is re-validated on each request, since wrk drops the renewed
  # one) a cookie from the sign-in form for the page.
  token_for() {
    echo "$(curl -fs -X POST "$base/api/v1/auth/token" -H 'content-type: application/json' \
      -d "{\"userName\":\"$1\",\"password\":\"Bench@2026\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/') $2"
  }
  cookie_for() {
    local jar form; jar=$(mktemp "$run/jar.XXXXXX")
    form=$(curl -fs -c "$jar" -b "$jar" "$base/dang-nhap" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/dang-nhap" --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=Bench@2026" \
      --data-urlencode "_handler=sign-in" --data-urlencode "__RequestVerificationToken=$form"
    echo "$(awk '$6 ~ /^truongso\.auth/ { printf "%s%s=%s", sep, $6, $7; sep = ";" }' "$jar") $2"
    rm -f "$jar"
  }
  export -f token_for cookie_for; export base run
  t0=$(date +%s)
  xargs -P 8 -L 1 bash -c 'token_for "$0" "$1"' < "$run/families.txt" > "$run/tokens.txt"
  echo "   signed in $(grep -c . "$run/tokens.txt") parents (bearer tokens) in $(( $(date +%s) - t0 )) s; load $(load)"
  read -r tok kid < "$run/tokens.txt"
  # A miss: the first read of a child (placement, class evaluation for open periods, lock state).
  echo "   first read of one child (cache miss): $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' -H "Authorization: Bearer $tok" "$base/api/v1/portal/children/$kid/results"), again: $(curl -s -o /dev/null -w '%{http_code} %{time_total}s' -H "Authorization: Bearer $tok" "$base/api/v1/portal/children/$kid/results")"
  t0=$(date +%s)
  xargs -P 4 -L 1 bash -c 'curl -s -o /dev/null -H "Authorization: Bearer $0" "$base/api/v1/portal/children/$1/results"' < "$run/tokens.txt"
  echo "   first read of every parent's child (misses, 4 at a time): $(( $(date +%s) - t0 )) s; load $(load)"
  MODE=api THREADS=$threads FAMILIES="$run/tokens.txt" wrk -t"$threads" -c"$conns" -d10s --timeout 10s -s "$here/family.lua" "$base" | sed 's/^/   warm-up api (fills the cache): /' | tail -n 1
  bench "$engine" "bare /bench/bare" bare "$base/bench/bare"
  bench "$engine" "GET /api/v1/me" me "$base"
  bench "$engine" "portal results API" api "$base"
  t0=$(date +%s)
  xargs -P 8 -L 1 bash -c 'cookie_for "$0" "$1"' < "$run/families.txt" > "$run/cookies.txt"
  echo "   signed in $(grep -c . "$run/cookies.txt") parents (cookies, sign-in form) in $(( $(date +%s) - t0 )) s; load $(load)"
  MODE=page THREADS=$threads FAMILIES="$run/cookies.txt" wrk -t"$threads" -c"$conns" -d5s --timeout 10s -s "$here/family.lua" "$base" | sed 's/^/   warm-up page: /' | tail -n 1
  bench "$engine" "portal results page" page "$base"
  bench "$engine" "bare /bench/bare (again)" bare "$base/bench/bare"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
