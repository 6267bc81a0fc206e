#!/usr/bin/env bash
# Compares GUI start-up: `mvn javafx:run` (offline, from this source tree) and `java -jar` on the shaded jar against
# the packaged launcher(s). Runs each one ROUNDS times, interleaved so that a change in machine load hits them alike,
# headless under Xvfb (gui-ready.sh), and prints each run and the medians of `ready in N ms` (from JVM start to the
# first page of sessions on screen), of the wall-clock time from launch to that line (what a user waits, launcher
# and for javafx:run Maven's own start included) and of the CPU time used.
#
#   installer/measure-startup.sh [ROUNDS] [LAUNCHER...]
#   default: 5 rounds; launchers target/installer/checkout-console/bin/checkout-console, and
#   /usr/bin/checkout-console when the .deb is installed
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

rounds="${1:-5}"
shift || true
launchers=("$@")
if [ ${#launchers[@]} -eq 0 ]; then
  launchers=("$ROOT/target/installer/checkout-console/bin/checkout-console")
  [ -x /usr/bin/checkout-console ] && launchers+=(/usr/bin/checkout-console)
fi
JAR="$ROOT/target/checkout-console.jar"
# The fresh HOME below has no Maven repository: javafx:run reads this user's, offline.
MAVEN_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"

# Every run starts as on a fresh machine apart from its own caches: an empty HOME and data folder per command.
homes="$(mktemp -d -t checkout-console-measure.XXXXXX)"
trap 'rm -rf "$homes"' EXIT
run() {
  local label="$1" home="$homes/$2"
  shift 2
  mkdir -p "$home"
  local result ready wall cpu
  result="$("$ROOT/installer/fresh-home.sh" "$home" "$ROOT/installer/gui-ready.sh" 120 "$@")"
  read -r ready wall cpu <<<"$result"
  printf '%-40s ready %6s ms  launch-to-ready %6s ms  cpu %6s ms  load %s\n' \
    "$label" "$ready" "$wall" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  printf '%s\t%s\t%s\t%s\n' "$label" "$ready" "$wall" "$cpu" >>"$homes/results"
}

# This machine's speed drifts with its host's load (by 1.6 times within an hour): a fixed shell loop, timed before
# and after, says how fast it was while these runs were made, so that figures of different days can be compared.
cpu_gauge() {
  local start i=0
  start="$(date +%s%N)"
  while [ "$i" -lt 300000 ]; do i=$((i + 1)); done
  echo "cpu gauge (300,000 shell loop steps): $(( ($(date +%s%N) - start) / 1000000 )) ms"
}
cpu_gauge

# The first run of a bare `java -jar` start, and of `mvn javafx:run`, records its second JVM's class archive in the
# (fresh) cache folder (TunedJvmRelaunch); the rounds then start as every later start does. Those first runs are
# shown on their own.
javafx_run=(mvn -o -q -f "$ROOT/pom.xml" -Dmaven.repo.local="$MAVEN_REPO" javafx:run)
first_javafx_run="mvn javafx:run, first start (records)"
run "$first_javafx_run" mvn "${javafx_run[@]}"
first_jar_start="java -jar, first start (records)"
run "$first_jar_start" jar java -jar "$JAR"

for round in $(seq 1 "$rounds"); do
  echo "round $round"
  run "mvn javafx:run" mvn "${javafx_run[@]}"
  run "java -jar target/checkout-console.jar" jar java -jar "$JAR"
  for i in "${!launchers[@]}"; do
    run "${launchers[$i]#"$ROOT/"}" "launcher$i" "${launchers[$i]}"
  done
done

echo "medians over $rounds runs:"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
for label in "$first_javafx_run" "$first_jar_start" "mvn javafx:run" "java -jar target/checkout-console.jar" "${launchers[@]#"$ROOT/"}"; do
  column() { awk -F'\t' -v l="$label" -v c="$1" '$1 == l {print $c}' "$homes/results" | median; }
  printf '%-40s ready %6s ms  launch-to-ready %6s ms  cpu %6s ms\n' "$label" "$(column 2)" "$(column 3)" "$(column 4)"
done
cpu_gauge
