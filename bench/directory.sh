#!/usr/bin/env bash
# Directory benchmark: 10,000 generated organisations, then server-side p50/p95 latency of search
# (Thai words, English words, misspelt English, filters) and of who-can-help, on H2 and on
# PostgreSQL (when a local one can be started). Usage: bench/directory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$cp" th.tipnet.bench.DirectoryBench h2
source bench/postgres.sh
if [ -n "$BENCH_PG_URL" ]; then
  java -cp "$cp" th.tipnet.bench.DirectoryBench postgres "$BENCH_PG_URL" "$BENCH_PG_USER" "$BENCH_PG_PASSWORD"
else
  echo "PostgreSQL: not available on this machine (run as root with postgresql installed)"
fi
