#!/usr/bin/env bash
# The `wps` launcher script against the jar the build made (run by .ci/run after ./mvnw -B verify):
# the unit tests run the tool inside their JVM and never see the script, its class-data-sharing
# archive or its exit codes.
set -euo pipefail
cd "$(dirname "$0")/.."
jsa=wps-cli/target/wps.jsa
valid=wps-examples/src/main/resources/samples/resolutions/s-res-1325-2000.json
invalid=wps-examples/src/main/resources/samples/invalid/deployment-unknown-mission.json
fail() { echo ".ci/launcher-check: $*" >&2; exit 1; }
expect() { # expect EXIT_CODE TEXT -- ARGS...: runs ./wps ARGS, checks the exit code and the output
  local code=$1 text=$2 rc=0; shift 3
  out=$(./wps "$@" 2>&1) || rc=$?
  [ "$rc" = "$code" ] || fail "wps $* exited $rc, expected $code: $out"
  case $out in *"$text"*) ;; *) fail "wps $* did not print '$text': $out" ;; esac
  case $out in *"at io.github"* | *"Exception in thread"*) fail "wps $* printed a stack trace: $out" ;; esac
}

rm -f "$jsa"
expect 0 "wps " -- --version
[ -s "$jsa" ] || fail "the first run did not record the class-data-sharing archive $jsa"
expect 0 "Validation report: VALID" -- validate "$valid"
expect 1 "WPS-PAR-003" -- validate "$invalid"
expect 2 "no-such-file.json" -- validate no-such-file.json
expect 2 "Did you mean" -- valdate "$valid"
# A damaged archive is the JVM's to refuse: the tool still runs (the launcher passes -Xshare:auto).
touch -d '+1 minute' "$jsa" 2>/dev/null || true
printf 'not an archive' >"$jsa"
touch -d '+1 minute' "$jsa" 2>/dev/null || true
expect 0 "Validation report: VALID" -- validate "$valid"
WPS_CDS=off expect 0 "Validation report: VALID" -- validate "$valid"
rm -f "$jsa"
echo ".ci/launcher-check: the wps launcher works (archive recorded, exit codes 0/1/2, damaged archive ignored)"
