#!/usr/bin/env bash
# Documents benchmark of a running server (H2; printing does not depend on the database): the name
# badges of the reference event's 800 participants (all at the door: the worst case) printed as one
# PDF, cold and then warm; then 200 single certificates of attendance over HTTP from 20 concurrent
# participants, each asking again as soon as answered. Prints the badge time, the certificates'
# p50/p95, how many were told to retry (503 with Retry-After), the Chromium processes the printer
# started, and the most Chromium processes seen at once as children of the server. About 3 minutes.
# Usage: bench/documents.sh
# Options in BENCH_JAVA_OPTS (java -D...): bench.badges=N (800), bench.certificates=N (200),
# bench.clients=N (20), and the printer's own settings, e.g. BENCH_JAVA_OPTS="-Dtipnet.pdf.pages=3".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java ${BENCH_JAVA_OPTS:-} -cp "$cp" th.tipnet.bench.DocumentsBench 2>&1 | grep -vE "^\s*$|WARN|:: Spring|=====|^ +[./(\\'=]|^\( "
