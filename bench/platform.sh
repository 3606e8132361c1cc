#!/usr/bin/env bash
# Platform figures for one machine, in one run (about 4 minutes on 2 cores): cold start,
# throughput and latency against a bare Kestrel baseline, peak memory, and behaviour past
# capacity. Loopback only; every process it starts is stopped on exit. See bench/README.md.
#   bench/platform.sh            publish both apps (Release), measure, print the table
#   KEEP=1 bench/platform.sh     keep the work dir (logs, raw wrk output) afterwards
# Knobs (env): DURATION=15 WARMUP=5 CONNS=64 THREADS=2 RUNS=5 PORT=5710 QUIET_WAIT=60
#   LIMIT=32+32 TIGHT=4+4   concurrency limits (permits+queue) for the past-capacity runs
#   REF=<commit>   measure that commit of the app instead of the working tree (REF=HEAD)
#   APP_DIR=<published app> BASE_DIR=<published baseline>   use these instead of publishing
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
RUNS=${RUNS:-5}
PORT=${PORT:-5710}
QUIET_WAIT=${QUIET_WAIT:-60}
LIMIT=${LIMIT:-32+32}
TIGHT=${TIGHT:-4+4}
OVER_CONNS=$((CONNS * 2))
ours_port=$PORT
base_port=$((PORT + 1))
host=127.0.0.1

for tool in dotnet wrk curl awk; do
  command -v "$tool" >/dev/null || { echo "platform.sh: needs $tool (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/truongso-bench.XXXXXX)
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && kill -TERM "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "${KEEP:-}" = 1 ]; then echo "work dir kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" >&2; }
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { printf (b > 0 ? f : "-"), a / b }'; }
port_free() { ! (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }
status_of() { curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$@" || true; }
hwm_mb() { awk '/^VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status"; }
rss_mb() { awk '/^VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
tck=$(getconf CLK_TCK)
ncpu=$(nproc)
# CPU ticks: of one process; of the whole machine (irq time left out: loopback traffic lands
# there, whoever sends it); of our waited children (wrk, curl).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $9}' /proc/stat; }   # user nice system steal
child_ticks() {
  times >"$work/times"
  awk -v t="$tck" 'END { split($1, u, "m"); split($2, s, "m"); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * t }' "$work/times"
}

# Others' share of the machine while nothing of ours runs, sampled over 2 s.
machine_busy_pct() {
  local b0 b1; b0=$(busy_ticks); sleep 2; b1=$(busy_ticks)
  awk -v d=$((b1 - b0)) -v t="$tck" -v n="$ncpu" 'BEGIN { printf "%d", d / (2 * t * n) * 100 }'
}

# Stops one process we started, by its id: TERM, then KILL if it has not gone in 10 s.
stop() {
  local p=$1 i
  kill -TERM "$p" 2>/dev/null || true
  for i in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
  wait "$p" 2>/dev/null || true
}

# start_ours NAME DATA_DIR [VAR=value ...]: the published app, from its folder (its content
# root, so that appsettings.json applies); sets $pid.
start_ours() {
  local name=$1 data=$2; shift 2
  (cd "$app_dir" && exec env TRUONGSO_DATA_DIR="$data" ASPNETCORE_ENVIRONMENT=Development "$@" \
    dotnet TruongSo.Web.dll --urls "http://$host:$ours_port") >>"$work/$name.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

start_base() {
  (cd "$base_dir" && exec env BASELINE_DATA_DIR="$work" dotnet Baseline.dll --urls "http://$host:$base_port") >>"$work/baseline.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

# wait_ready SINCE URL: polls about every 10 ms until 200 (120 s at most); sets $ready_ms.
# Fails (1) if the process has gone: on a shared machine, others' clean-ups may stop it.
wait_ready() {
  local since=$1 url=$2 deadline=$(($(now_ms) + 120000))
  until [ "$(status_of "$url")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    if [ "$(now_ms)" -gt "$deadline" ]; then say "not ready in 120 s: $url (logs in $work)"; KEEP=1; exit 1; fi
    sleep 0.01
  done
  ready_ms=$(($(now_ms) - since))
}

# launch ours|base NAME DATA_DIR new|existing [VAR=value ...]: starts one server and waits until
# it is ready; sets $pid and $ready_ms (from launch). A process stopped from outside before it
# was ready is started again, twice at most ("new": on an emptied data dir).
launch() {
  local kind=$1 name=$2 data=$3 fresh=$4 try t0; shift 4
  for try in 1 2 3; do
    if [ "$fresh" = new ]; then rm -rf "$data"; mkdir -p "$data"; fi
    t0=$(now_ms)
    if [ "$kind" = ours ]; then start_ours "$name" "$data" "$@"; else start_base; fi
    if wait_ready "$t0" "http://$host:$([ "$kind" = ours ] && echo "$ours_port/health" || echo "$base_port/db")"; then return 0; fi
    say "   $name: the server stopped before it was ready (signal from outside?); starting it again"
    wait "$pid" 2>/dev/null || true
  done
  say "$name: the server keeps being stopped (logs in $work)"; KEEP=1; exit 1
}

# alive PID WHAT: the server must still be there after a measurement.
alive() { kill -0 "$1" 2>/dev/null || { say "the server was stopped from outside during $2 (logs in $work)"; KEEP=1; exit 1; }; }

token_for() {
  curl -s --max-time 10 -X POST -H 'Content-Type: application/json' \
    -d '{"userName":"hieutruong","password":"TruongSo@2026"}' "http://$host:$ours_port/api/v1/auth/token" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

# write_lua TOKEN FILE [count]: adds the bearer header; with "count", also counts answers by
# status and prints them as "status N count" (costs the client a little, so only in (d)).
write_lua() {
  echo "wrk.headers[\"Authorization\"] = \"Bearer $1\"" >"$2"
  [ "${3:-}" = count ] || return 0
  cat >>"$2" <<'EOF'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("status %d %d\n", k, v)) end
end
EOF
}

# bench NAME URL CONNS SERVER_PID [LUA]: warm up, then measure; sets the r_* figures.
bench() {
  local name url=$2 conns=$3 server=$4 lua=${5:-} out c0 c1 b0 b1 w0 w1 t0 t1
  name=$(tr -c 'a-zA-Z0-9\n' '-' <<<"$1"); out="$work/wrk-$name.txt"
  local script=(); if [ -n "$lua" ]; then script=(-s "$lua"); fi
  wrk -t"$THREADS" -c"$conns" -d"${WARMUP}s" "${script[@]}" "$url" >"$work/wrk-$name-warmup.txt" 2>&1
  c0=$(cpu_ticks "$server"); b0=$(busy_ticks); w0=$(child_ticks); t0=$(now_ms)
  wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --timeout 5s --latency "${script[@]}" "$url" >"$out" 2>&1
  c1=$(cpu_ticks "$server"); b1=$(busy_ticks); w1=$(child_ticks); t1=$(now_ms)
  read -r r_rps r_p50 r_p99 r_total r_non2xx r_timeouts r_errors < <(awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }  /^ +99%/ { p99 = ms($2) }
    / requests in / { total = $1 }
    /Non-2xx or 3xx/ { non = $NF }
    /Socket errors/ { gsub(",", ""); errs = $4 + $6 + $8; tmo = $10 }
    END { printf "%.0f %.1f %.1f %d %d %d %d\n", rps, p50, p99, total, non, tmo, errs }' "$out")
  r_cpu_us=$(awk -v d=$((c1 - c0)) -v n="$r_total" -v t="$tck" 'BEGIN { printf "%.0f", n ? d / t * 1e6 / n : 0 }')
  # Others' share of both cores during the run: all busy time less the server's and wrk's.
  r_noise=$(awk -v o=$(((b1 - b0) - (c1 - c0) - (w1 - w0))) -v ms=$((t1 - t0)) -v t="$tck" -v n="$ncpu" \
    'BEGIN { v = o / (ms / 1000 * t * n) * 100; printf "%d", v < 0 ? 0 : v }')
  r_503=$(awk '$1 == "status" && $2 == 503 { print $3 }' "$out"); r_503=${r_503:-0}
  r_2xx=$(awk '$1 == "status" && $2 >= 200 && $2 < 300 { s += $3 } END { print s + 0 }' "$out")
  alive "$server" "$1"
}

# ---------------------------------------------------------------------------------------------
for p in "$ours_port" "$base_port"; do port_free "$p" || { say "port $p is in use; set PORT="; exit 1; }; done
app_dir=${APP_DIR:-$work/app}
base_dir=${BASE_DIR:-$work/baseline}
publish() {
  say "== publishing $1 (Release)"
  dotnet publish "$1" -c Release -o "$2" -nologo -v q >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
}
# REF=<commit>: measure that commit (exported with git archive), not the working tree.
app_src=$repo
app_what="working tree at $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -z "$(git -C "$repo" status --porcelain -- src 2>/dev/null)" ] || echo ' + uncommitted changes in src/')"
if [ -n "${REF:-}" ]; then
  mkdir -p "$work/ref"; git -C "$repo" archive --format=tar "$REF" | tar -x -C "$work/ref"
  app_src="$work/ref"; app_what="commit $(git -C "$repo" rev-parse --short "$REF")"
fi
[ -n "${APP_DIR:-}" ] && app_what="$APP_DIR"
[ -n "${APP_DIR:-}" ] || publish "$app_src/src/TruongSo.Web" "$app_dir"
[ -n "${BASE_DIR:-}" ] || publish "$here/Baseline" "$base_dir"

# Other work on the machine skews every figure: wait a little for quiet, then say how busy it was.
quiet_deadline=$(($(now_ms) + QUIET_WAIT * 1000))
busy_before=$(machine_busy_pct)
if [ "$busy_before" -gt 10 ] && [ "$QUIET_WAIT" -gt 0 ]; then
  say "== machine is ${busy_before}% busy with other work; waiting up to ${QUIET_WAIT}s for it to be quiet"
  while [ "$busy_before" -gt 10 ] && [ "$(now_ms)" -lt "$quiet_deadline" ]; do busy_before=$(machine_busy_pct); done
  [ "$busy_before" -le 10 ] || say "== still ${busy_before}% busy; measuring anyway (see 'others%')"
fi
started=$(now_ms)

say "== (a) cold start, $RUNS runs each (ours on a new data dir, ours on an existing one, bare)"
cold_new=() cold_old=() rss_new=() rss_old=()
for i in $(seq "$RUNS"); do
  launch ours "cold-new-$i" "$work/data-new-$i" new; cold_new+=("$ready_ms"); rss_new+=("$(hwm_mb "$pid")")
  stop "$pid"
done
existing="$work/data-new-1"
for i in $(seq "$RUNS"); do
  launch ours "cold-old-$i" "$existing" existing; cold_old+=("$ready_ms"); rss_old+=("$(hwm_mb "$pid")")
  stop "$pid"
done

cold_base=()
for i in $(seq "$RUNS"); do
  launch base "cold-base-$i" "" existing; cold_base+=("$ready_ms")
  stop "$pid"
done

say "== (b) bare baseline: / and /db"
declare -A rps p50 p99 cpu non noise
keep() { rps[$1]=$r_rps p50[$1]=$r_p50 p99[$1]=$r_p99 cpu[$1]=$r_cpu_us non[$1]=$r_non2xx noise[$1]=$r_noise; }
launch base baseline "" existing; base_pid=$pid
bench "bare /" "http://$host:$base_port/" "$CONNS" "$base_pid"; keep "bare /"
bench "bare /db" "http://$host:$base_port/db" "$CONNS" "$base_pid"; keep "bare /db"
base_hwm=$(hwm_mb "$base_pid")
stop "$base_pid"

say "== (b) ours: /health, /api/v1/me, /api/v1/org-units"
launch ours main "$existing" existing; ours_pid=$pid
ours_ready_rss=$(rss_mb "$ours_pid")
token=$(token_for); write_lua "$token" "$work/bearer.lua"
[ "$(status_of -H "Authorization: Bearer $token" "http://$host:$ours_port/api/v1/me")" = 200 ] \
  || { say "no bearer token (see $work/main.log)"; KEEP=1; exit 1; }
bench "ours /health" "http://$host:$ours_port/health" "$CONNS" "$ours_pid"; keep "ours /health"
bench "ours /api/v1/me" "http://$host:$ours_port/api/v1/me" "$CONNS" "$ours_pid" "$work/bearer.lua"; keep "ours /api/v1/me"
bench "ours /api/v1/org-units" "http://$host:$ours_port/api/v1/org-units" "$CONNS" "$ours_pid" "$work/bearer.lua"; keep "ours /api/v1/org-units"

say "== (c) memory after the load"
ours_hwm=$(hwm_mb "$ours_pid"); ours_rss=$(rss_mb "$ours_pid")
stop "$ours_pid"

# (d) Twice the connections on /api/v1/me, under three settings of the global concurrency limiter.
declare -A o_rps o_2xx o_503 o_non o_bad o_p50 o_p99 o_probe o_noise
overload() {
  local name=$1 permits=$2 queue=$3 server tok prober n_probes=$(((DURATION > 5 ? DURATION - 4 : 1) * 2))
  say "== (d) limiter $name ($permits+$queue), $OVER_CONNS connections"
  launch ours "over-$name" "$existing" existing RateLimits__MaxConcurrentRequests="$permits" RateLimits__MaxQueuedRequests="$queue"
  server=$pid
  tok=$(token_for); write_lua "$tok" "$work/over-$name.lua" count
  # One extra client asking now and then during the measured run: how fast it hears back, and what.
  (sleep "$WARMUP.5"; sleep 1; for _ in $(seq "$n_probes"); do
     curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $tok" \
       "http://$host:$ours_port/api/v1/me" || echo "000 10"; sleep 0.5; done) >"$work/probes-$name.txt" &
  prober=$!; pids+=("$prober")
  bench "over-$name" "http://$host:$ours_port/api/v1/me" "$OVER_CONNS" "$server" "$work/over-$name.lua"
  wait "$prober" 2>/dev/null || true
  o_rps[$name]=$r_rps o_2xx[$name]=$((r_2xx / DURATION)) o_503[$name]=$r_503 o_non[$name]=$r_non2xx
  o_bad[$name]=$((r_timeouts + r_errors)) o_p50[$name]=$r_p50 o_p99[$name]=$r_p99 o_noise[$name]=$r_noise
  o_probe[$name]=$(sort -k1,1 -k2,2n "$work/probes-$name.txt" | awk '
    { n[$1]++; v[$1, n[$1]] = $2 * 1000 }
    END { for (s in n) { m = n[s] % 2 ? v[s, (n[s] + 1) / 2] : (v[s, n[s] / 2] + v[s, n[s] / 2 + 1]) / 2
                         printf "%s%s×%d %.0fms", sep, s, n[s], m; sep = ", " } }')
  stop "$server"
}
overload configured "${LIMIT%+*}" "${LIMIT#*+}"
overload tight "${TIGHT%+*}" "${TIGHT#*+}"
overload off 100000 100000
elapsed=$((($(now_ms) - started) / 1000))
busy_after=$(machine_busy_pct)

# ---------------------------------------------------------------------------------------------
new_med=$(echo "${cold_new[*]}" | median); old_med=$(echo "${cold_old[*]}" | median); base_med=$(echo "${cold_base[*]}" | median)
goal() { if [ "$1" -lt "$2" ]; then echo "ok, goal < $2"; else echo "OVER goal < $2"; fi; }
echo
echo "TruongSo platform bench — $(date +%F) — $ncpu cores — Release, Development env (demo seed) — $(dotnet --version)"
echo "app: $app_what"
echo "load: wrk -t$THREADS -c$CONNS -d${DURATION}s after ${WARMUP}s warm-up; client and server share the cores"
echo "machine busy with other work: ${busy_before}% before, ${busy_after}% after (per-run share in 'others %')"
echo
echo "(a) Cold start: launch → first 200 on /health, median of $RUNS"
printf '  %-30s %9s  %-30s %s\n' "" "median ms" "runs (ms)" "peak RSS at ready (MB)"
printf '  %-30s %9s  %-30s %s\n' "new data dir (migrate + seed)" "$new_med" "${cold_new[*]}" "$(echo "${rss_new[*]}" | median)"
printf '  %-30s %9s  %-30s %-5s %s\n' "existing database" "$old_med" "${cold_old[*]}" "$(echo "${rss_old[*]}" | median)" "($(goal "$old_med" 2000))"
printf '  %-30s %9s  %-30s %s\n' "bare baseline (to first /db)" "$base_med" "${cold_base[*]}" "ours ÷ bare: new $(ratio "$new_med" "$base_med"), existing $(ratio "$old_med" "$base_med")"
echo
echo "(b) Throughput and latency, $CONNS connections"
printf '  %-24s %7s %7s %7s %8s %7s %8s %9s %9s %7s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "CPU µs/r" "non-2xx" "rps÷bare/" "rps÷bare/db" "CPU×bare/db" "others%"
for n in "bare /" "bare /db" "ours /health" "ours /api/v1/me" "ours /api/v1/org-units"; do
  printf '  %-24s %7s %7s %7s %8s %7s %8s %9s %9s %7s\n' "$n" "${rps[$n]}" "${p50[$n]}" "${p99[$n]}" "${cpu[$n]}" "${non[$n]}" \
    "$(ratio "${rps[$n]}" "${rps[bare /]}")" "$(ratio "${rps[$n]}" "${rps[bare /db]}")" "$(ratio "${cpu[$n]}" "${cpu[bare /db]}" %.1f)" "${noise[$n]}"
done
echo
echo "(c) Memory (MB)"
printf '  %-42s %5s\n' "ours: RSS when ready (existing database)" "$ours_ready_rss"
printf '  %-42s %5s  (%s)\n' "ours: peak RSS (VmHWM) after all of (b)" "$ours_hwm" "$(goal "$ours_hwm" 300)"
printf '  %-42s %5s\n' "ours: RSS after all of (b)" "$ours_rss"
printf '  %-42s %5s  ours ÷ bare = %s\n' "bare baseline: peak RSS after its runs" "$base_hwm" "$(ratio "$ours_hwm" "$base_hwm")"
echo
echo "(d) Past capacity: GET /api/v1/me, $OVER_CONNS connections (capacity from (b): ${rps[ours /api/v1/me]} req/s at $CONNS)"
printf '  %-24s %7s %7s %7s %8s %7s %7s %8s %7s  %s\n' "limiter (permits+queue)" "req/s" "2xx/s" "503s" "non-2xx" "t/o+err" "p50 ms" "p99 ms" "others%" "probes: status×n median"
for n in configured tight off; do
  case $n in configured) label="$LIMIT (configured)" ;; tight) label="$TIGHT (tight)" ;; off) label="100000+100000 (off)" ;; esac
  printf '  %-24s %7s %7s %7s %8s %7s %7s %8s %7s  %s\n' "$label" "${o_rps[$n]}" "${o_2xx[$n]}" "${o_503[$n]}" "${o_non[$n]}" \
    "${o_bad[$n]}" "${o_p50[$n]}" "${o_p99[$n]}" "${o_noise[$n]}" "${o_probe[$n]}"
done
echo
echo "measured in ${elapsed}s (publishing excluded); raw wrk output and logs: $([ "${KEEP:-}" = 1 ] && echo "$work" || echo "rerun with KEEP=1")"
