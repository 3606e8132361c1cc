#!/usr/bin/env bash
# Name search over a province: seeds SCHOOLS × STUDENTS students into a throwaway PostgreSQL on
# loopback (seed-demo's large mode), then measures GET /api/v1/students?q=… as the Sở officer of
# that province (scope: every school of the province), next to /health of the same app in the same run.
#   bench/search/run.sh                      500 schools × 1000 students (about 5 minutes to seed)
#   SCHOOLS=50 STUDENTS=1000 bench/search/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
schools=${SCHOOLS:-500}; students=${STUDENTS:-1000}; seconds=${SECONDS_PER_RUN:-20}
run=$(mktemp -d /tmp/truongso-search.XXXXXX); chmod 755 "$run"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$run"
port=$(( 40000 + RANDOM % 10000 )); app_port=$(( 30000 + RANDOM % 5000 ))
as_pg "$pgbin/initdb" -D "$run/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_pg "$pgbin/pg_ctl" -D "$run/pg" -w -l "$run/pg.log" -o "-h 127.0.0.1 -p $port -k $run -c shared_buffers=512MB" start >/dev/null
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; as_pg "$pgbin/pg_ctl" -D "$run/pg" -m fast stop >/dev/null 2>&1 || true; rm -rf "$run"; }
trap cleanup EXIT

dotnet publish src/TruongSo.Web -c Release -o "$run/app" -nologo -v q >/dev/null
export ASPNETCORE_ENVIRONMENT=Development TRUONGSO_DATA_DIR="$run/data" Database__Provider=Postgres
export Database__ConnectionString="Host=127.0.0.1;Port=$port;Username=postgres;Database=truongso"
export Logging__LogLevel__Default=Warning
as_pg psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE truongso" >/dev/null

echo "Seeding $schools schools × $students students …"
start=$(date +%s)
dotnet "$run/app/TruongSo.Web.dll" seed-demo --schools "$schools" --students-per-school "$students" > "$run/seed.log"
seeded=$(( $(date +%s) - start ))
as_pg psql -h 127.0.0.1 -p "$port" -U postgres -d truongso -qc "VACUUM ANALYZE" >/dev/null
count=$(as_pg psql -h 127.0.0.1 -p "$port" -U postgres -d truongso -tAc "SELECT count(*) FROM people_students")

dotnet "$run/app/TruongSo.Web.dll" --urls "http://127.0.0.1:$app_port" > "$run/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && break; sleep 0.1; done
token=$(curl -fs -X POST "http://127.0.0.1:$app_port/api/v1/auth/token" -H 'content-type: application/json' \
  -d '{"userName":"so.hanoi","password":"TruongSo@2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
sample=$(curl -fs "http://127.0.0.1:$app_port/api/v1/students?pageSize=1&q=nguyen%20van%20an" -H "Authorization: Bearer $token" | grep -o '"totalCount":[0-9]*')

echo
echo "TruongSo name search — $(date -u +%F) — $(nproc) cores — PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}')"
echo "students in the province: $count (seeded in ${seeded} s); 'nguyen van an' matches ${sample#*:}"
for c in 1 8; do
  printf 'search, %2d connection(s): ' "$c"
  wrk -t1 -c"$c" -d"${seconds}s" -s bench/search/search.lua -H "Authorization: Bearer $token" "http://127.0.0.1:$app_port" | tail -n 1
  printf '/health, %2d connection(s): ' "$c"
  wrk -t1 -c"$c" -d"${seconds}s" -s bench/search/bare.lua "http://127.0.0.1:$app_port/health" | tail -n 1
done
