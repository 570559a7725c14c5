#!/usr/bin/env bash
# Bill.com calls and ledger writes of a full, then an incremental sync of a generated org (default size S).
# Usage: benchmarks/sync-cost.sh [demo|s|m]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl local/runtime test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java_home=$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1 || true)
java_bin=${JAVA_HOME:-$java_home}/bin/java
[ -x "$java_bin" ] || java_bin=java
cp="local/runtime/target/test-classes:local/runtime/target/classes:$(cat local/runtime/target/bench-classpath.txt)"
DDB_LOCAL_TELEMETRY=0 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
  "$java_bin" --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.com.billsync.sync=warn \
  -cp "$cp" com.billsync.local.runtime.SyncCostBenchmark "${1:-s}"
