#!/usr/bin/env bash
# Every jar the build made for a library module (classes, sources, javadoc) carries the Apache-2.0
# LICENSE in META-INF (run by .ci/run after ./mvnw -B verify).
set -euo pipefail
cd "$(dirname "$0")/.."
checked=0
for module in wps-core wps-json wps-csv wps-report; do
  for kind in "" -sources -javadoc; do
    jar=$(ls "$module"/target/"$module"-*"$kind".jar 2>/dev/null | grep -v -- '-tests\.jar' \
      | { if [ -z "$kind" ]; then grep -v -e '-sources\.jar' -e '-javadoc\.jar'; else cat; fi; } | head -1)
    [ -n "$jar" ] || { echo ".ci/jars-check: no $module$kind jar was built" >&2; exit 1; }
    # The JDK's jar tool, not unzip: CI machines may have nothing but a JDK.
    jar tf "$jar" | grep -qx META-INF/LICENSE \
      || { echo ".ci/jars-check: $jar has no META-INF/LICENSE" >&2; exit 1; }
    checked=$((checked + 1))
  done
done
echo ".ci/jars-check: the LICENSE is in all $checked jars of the library modules"
