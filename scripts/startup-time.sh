#!/usr/bin/env bash
# Start-up time of the wps tool, for docs/PERFORMANCE.md ("Start-up of the tool"): `--version` and
# `validate` on one small document, each way of running interleaved round by round (so that a
# shared, busy machine slows them alike), the median of the rounds in wall-clock and CPU seconds.
# Usage, from the project root after ./mvnw -B -q package -DskipTests:
#   scripts/startup-time.sh [ROUNDS] [BEFORE_JAR]
# BEFORE_JAR (optional) is a wps.jar of an earlier build, run the same way for comparison.
set -euo pipefail
rounds=${1:-9}
before=${2:-}
jar=wps-cli/target/wps.jar
doc=wps-examples/src/main/resources/samples/resolutions/s-res-1325-2000.json
[ -s "$jar" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
./wps --version >/dev/null # creates the class-data-sharing archive if need be
out=$(mktemp)
declare -a ways=("java -jar $jar" "./wps")
[ -n "$before" ] && ways=("java -jar $before" "${ways[@]}")
for ((r = 0; r < rounds; r++)); do
  for way in "${ways[@]}"; do
    for args in "--version" "validate $doc"; do
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S" -o "$out.t" $way $args >/dev/null 2>&1 || true
      read -r wall user sys <"$out.t"
      printf '%s|%s|%s|%s\n' "$way" "${args%% *}" "$wall" "$(echo "$user + $sys" | bc)" >>"$out"
    done
  done
done
printf '%-45s %-10s %12s %12s\n' "how" "command" "wall median" "CPU median"
awk -F'|' '{k=$1"|"$2; w[k]=w[k]" "$3; c[k]=c[k]" "$4} END {for (k in w) print k"|"w[k]"|"c[k]}' "$out" |
  while IFS='|' read -r way cmd walls cpus; do
    med() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
    printf '%-45s %-10s %11ss %11ss\n' "$way" "$cmd" "$(echo "$walls" | med)" "$(echo "$cpus" | med)"
  done | sort
echo "(${rounds} rounds; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
rm -f "$out" "$out.t"
