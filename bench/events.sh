#!/usr/bin/env bash
# Events benchmark of a running server. First, warm-up rounds of the same load on other events until
# the JIT compilers are done (a fresh JVM compiles for about two minutes under this load on 2 cores;
# each warm-up round is printed with its share of compiling, so the cold start is visible too). Then
# three rounds of 5,000 registration attempts over HTTP from 200 concurrent clients, each for a fresh
# 400/400 event with group quotas (each round is printed, and their median), then the last event's
# 800 check-ins by signed ticket from 20 door devices, each scanning every 50 ms (400 people a
# second); on H2 and on PostgreSQL (when a local one can be started). Prints registrations/s,
# p50/p95, the confirmed and waiting counts, check-in p50/p95, and the door under stress (devices
# scanning again as soon as answered). About 6 minutes. Usage: bench/events.sh
# Options (java -D...): bench.warmup=N (at least 6 warm-up rounds), bench.warmup-max=N (40),
# bench.jit-share=0.03 (warm once a round compiles under 3% of a core), bench.rounds=N measured rounds,
# bench.scan-ms=N, bench.cpu=true (CPU per thread kind, the JVM's compiler and GC threads included),
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
