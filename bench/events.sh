#!/usr/bin/env bash
# Events benchmark (after one warm-up round on another event): 5,000 registration attempts over HTTP
# from 200 concurrent clients for a 400/400
# event with group quotas, then 800 check-ins by signed ticket from 20 devices; on H2 and on
# PostgreSQL (when a local one can be started). Prints registrations/s, p50/p95, confirmed and
# waiting counts, and check-in p50/p95. Usage: bench/events.sh
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
