#!/usr/bin/env bash
# Events benchmark, after six warm-up rounds of the same load on other events (a fresh JVM spends
# its first minute compiling): three rounds of 5,000 registration attempts over HTTP from 200
# concurrent clients, each for a fresh 400/400 event with group quotas (each round is printed, and
# their median), then the last event's 800 check-ins by signed ticket from 20 door devices,
# each scanning every 50 ms (400 people a second); on H2 and on PostgreSQL (when a local one can be
# started). Prints registrations/s, p50/p95, the confirmed and waiting counts, check-in p50/p95,
# and the door under stress (devices scanning again as soon as answered). Usage: bench/events.sh
# Options (java -D...): bench.warmup=N rounds, bench.rounds=N measured rounds, bench.scan-ms=N, bench.cpu=true (CPU per thread kind),
# bench.jfr=target/ev.jfr (a flight recording of each measured phase).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$cp" th.tipnet.bench.EventsBench h2 2>&1 | grep -vE "^\s*$|WARN|:: Spring|=====|^ +[./(\\'=]|^\( "
source bench/postgres.sh
if [ -n "$BENCH_PG_URL" ]; then
  java -cp "$cp" th.tipnet.bench.EventsBench postgres "$BENCH_PG_URL" "$BENCH_PG_USER" "$BENCH_PG_PASSWORD" 2>&1 \
    | grep -vE "^\s*$|WARN|:: Spring|=====|^ +[./(\\'=]|^\( "
else
  echo "PostgreSQL: not available on this machine (run as root with postgresql installed)"
fi
