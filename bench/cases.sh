#!/usr/bin/env bash
# National Referral Mechanism benchmark on PostgreSQL: generates 200,000 cases with 1,000,000
# timeline entries, then prints the p50/p95 of a case worker's list, a case page and accepting a
# referral, and whole flows (intake -> screening -> sign-off -> referral -> accept) per second from
# 8 concurrent clients. About 5 minutes. Usage: bench/cases.sh
# Options (java -D... via BENCH_OPTS): bench.cases=N, bench.requests=N, bench.flow-clients=N,
# bench.flow-seconds=N.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
source bench/postgres.sh
if [ -z "$BENCH_PG_URL" ]; then
  echo "PostgreSQL: not available on this machine (run as root with postgresql installed)"
  exit 1
fi
java ${BENCH_OPTS:-} -cp "$cp" th.tipnet.bench.CasesBench "$BENCH_PG_URL" "$BENCH_PG_USER" "$BENCH_PG_PASSWORD" 2>&1 \
  | grep -vE "^\s*$|WARN|:: Spring|=====|^ +[./(\\'=]|^\( "
