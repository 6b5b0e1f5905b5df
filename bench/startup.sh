#!/usr/bin/env bash
# Start-up benchmark: time from launching the jar to a healthy /actuator/health, and resident
# memory once healthy, on H2 with the reference data. Five fresh starts (empty data folder: the
# migrations run and the reference data loads) and five restarts on the same data; medians printed.
# Usage: bench/startup.sh [runs]   (builds the jar first if needed)
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

start_once() { # $1 = data dir; prints "seconds rss_mb"
  local data=$1 t0 pid rss
  t0=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --tipnet.data-dir="$data" --tipnet.admin.password=bench-password-123 \
    --logging.level.root=WARN >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "TIPNet exited; log:" >&2; cat "$work/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  local t1; t1=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.3f %d\n", b - a, r / 1024 }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

report() { # $1 = label, $2 = file of "seconds rss" lines
  printf '%-28s start-up median %6.2f s (min %.2f, max %.2f)   RSS median %4d MB (max %d)\n' "$1" \
    "$(cut -d' ' -f1 "$2" | median)" "$(cut -d' ' -f1 "$2" | sort -n | head -1)" "$(cut -d' ' -f1 "$2" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 "$2" | median)" "$(cut -d' ' -f2 "$2" | sort -n | tail -1)"
}

echo "TIPNet start-up benchmark: $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do start_once "$work/fresh-$i" >>"$work/fresh"; done
for i in $(seq 1 "$runs"); do start_once "$work/fresh-1" >>"$work/restart"; done
report "fresh install (migrate+load)" "$work/fresh"
report "restart (existing data)" "$work/restart"
echo "targets: start-up <= 10 s, RSS <= 600 MB"
