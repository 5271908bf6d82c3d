#!/usr/bin/env bash
# Real fuzzing of the decoders with Jazzer: each fuzz test of wps-json's DecoderFuzzTest (one per
# decoder entry point family) and wps-csv's DeploymentCsvFuzzTest in turn, for a set time each, one
# JVM per family (Jazzer fuzzes one test per run). Plain `./mvnw verify` runs the same tests in
# regression mode only.
#
# Usage: scripts/fuzz.sh [DURATION] [FAMILY...]
#   DURATION  per family, in Jazzer's syntax (30s, 5m, 1h); default 5m
#   FAMILY    method names of DecoderFuzzTest, or deploymentCsv; default all fifteen
#
# Inputs that break the contract are written by Jazzer to
# <module>/src/test/resources/<package>/<Class>Inputs/<family>/crash-*, where every later test run
# replays them; inputs that found new coverage go to <module>/.cifuzz-corpus/ (not committed).
# Logs: target/fuzz/<family>.log.
# On a shared machine run it as `nice scripts/fuzz.sh`.
set -u
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
families=("$@")
if [ ${#families[@]} -eq 0 ]; then
  families=(resolution mission mandate genderStaffingTable signatory compactCommitment compactReport
    deployment parityTargets parityAnalysis validationReport catalog anyKind ndjson deploymentCsv)
fi
mkdir -p target/fuzz
status=0
printf '%-20s %12s %8s %10s %s\n' family executions seconds exec/s result
for family in "${families[@]}"; do
  log="target/fuzz/${family}.log"
  module=wps-json
  test="DecoderFuzzTest#${family}"
  if [ "$family" = deploymentCsv ]; then
    module=wps-csv
    test="DeploymentCsvFuzzTest#${family}"
  fi
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" ./mvnw -B test -pl "$module" -am \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  if [ -z "$runs" ]; then
    # A finding stops libFuzzer before "Done"; its last status line has the count.
    runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  fi
  rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  if [ $rc -eq 0 ]; then result="no finding"; else result="FINDING or failure (see $log)"; status=1; fi
  printf '%-20s %12s %8s %10s %s\n' "$family" "${runs:-?}" "${secs:-?}" "${rate:-?}" "$result"
done
exit $status
