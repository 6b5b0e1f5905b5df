#!/usr/bin/env bash
# Start-up benchmark: time from launching TIPNet to a healthy /actuator/health, and resident memory
# once healthy, on H2 with the reference data. Two ways of running it:
#   jar  - java -jar target/tipnet-*.jar, as built
#   cds  - the deployment recipe in the README: the jar extracted, with an AppCDS class archive
# For each: five fresh starts (empty data folder: migrations run, reference data loads) and five
# restarts on existing data. Prints medians. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
jar=$(ls target/tipnet-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/tipnet-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
common_args=(--server.port="$port" --tipnet.admin.password=bench-password-123 --logging.level.root=WARN)

# The CDS deployment: extract, then one training run that stops after refresh and writes the archive.
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$work/app/tipnet.jsa" -Dspring.context.exit=onRefresh -jar "$app_jar" \
  "${common_args[@]}" --tipnet.data-dir="$work/training" >"$work/training.log" 2>&1 || true

start_once() { # $1 = mode, $2 = data dir; prints "seconds rss_mb"
  local mode=$1 data=$2 t0 t1 pid rss
  local cmd=(java -jar "$jar")
  [ "$mode" = cds ] && cmd=(java -XX:SharedArchiveFile="$work/app/tipnet.jsa" -jar "$app_jar")
  t0=$(date +%s.%N)
  "${cmd[@]}" "${common_args[@]}" --tipnet.data-dir="$data" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "TIPNet exited; log:" >&2; cat "$work/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.3f %d\n", b - a, r / 1024 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

report() { # $1 = label, $2 = file of "seconds rss" lines
  printf '%-34s start-up median %6.2f s (min %.2f, max %.2f)   RSS median %4d MB (max %d)\n' "$1" \
    "$(cut -d' ' -f1 "$2" | median)" "$(cut -d' ' -f1 "$2" | sort -n | head -1)" "$(cut -d' ' -f1 "$2" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 "$2" | median)" "$(cut -d' ' -f2 "$2" | sort -n | tail -1)"
}

echo "TIPNet start-up benchmark: $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
for mode in jar cds; do
  for i in $(seq 1 "$runs"); do start_once "$mode" "$work/$mode-fresh-$i" >>"$work/$mode-fresh"; done
  for i in $(seq 1 "$runs"); do start_once "$mode" "$work/$mode-fresh-1" >>"$work/$mode-restart"; done
  report "$mode: fresh install (migrate+load)" "$work/$mode-fresh"
  report "$mode: restart (existing data)" "$work/$mode-restart"
done
echo "targets: start-up <= 10 s, RSS <= 600 MB"
