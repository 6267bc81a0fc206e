#!/usr/bin/env bash
# Checks the two starts that go on in a tuned second JVM (TunedJvmRelaunch): a bare
# `java -jar target/checkout-console.jar`, and `mvn javafx:run`, whose second JVM runs target/classes packed into a
# jar. For each, from a fresh home:
#   1. the first start, headless under Xvfb, logs `ready in N ms` and leaves the second JVM's class archive, whole,
#      in the cache folder (and, for javafx:run, the packed jar);
#   2. the next start logs it too, and its second JVM has that archive mapped.
#
#   installer/check-tuned-start.sh     after `mvn verify`; needs xvfb-run and GTK 3 (Debian: xvfb xauth libgtk-3-0)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/checkout-console.jar"
# The fresh HOME below has no Maven repository: javafx:run reads this user's.
MAVEN_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"

fail() { echo "check-tuned-start: FAIL: $*" >&2; exit 1; }

[ -f "$JAR" ] || fail "no $JAR: run mvn verify first"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (Debian: apt-get install xvfb xauth libgtk-3-0)"
scratch="$(mktemp -d -t checkout-console-tuned.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# check LABEL COMMAND [ARG...]: both starts of COMMAND from one fresh home.
check() {
  local label="$1"
  shift
  local home="$scratch/$label"
  mkdir -p "$home"
  fresh() {
    "$ROOT/installer/fresh-home.sh" "$home" "$ROOT/installer/gui-ready.sh" 180 "$@"
  }
  local first
  first="$(fresh "$@")" || fail "$label: the first start did not log 'ready in N ms'"
  local cache="$home/.cache/checkout-console/jvm"
  local archives=("$cache"/console-*.jsa)
  [ ${#archives[@]} -eq 1 ] && [ -s "${archives[0]}" ] \
    || fail "$label: the first start left no archive in $cache: $(ls -A "$cache" 2>&1)"
  local parts=("$cache"/*.part)
  [ ! -e "${parts[0]}" ] || fail "$label: the first start left something unfinished: ${parts[*]}"
  echo "check-tuned-start: $label, first start (records the archive): ready in ${first%% *} ms;" \
    "$(du -m "${archives[0]}" | cut -f1) MB archive"

  # The second JVM is the process whose command line has -Dcheckout-console.launchedAt.
  local second ready_ms wall_ms cpu_ms
  second="$(ON_READY='grep -q "/console-[0-9a-f]*\.jsa$" "/proc/$(pgrep -g "$1" -f -- "-Dcheckout-console.launchedAt")/maps"' \
    fresh "$@")" || fail "$label: the next start did not log 'ready in N ms' with the archive mapped"
  read -r ready_ms wall_ms cpu_ms <<<"$second"
  echo "check-tuned-start: $label, next start, archive mapped: ready in $ready_ms ms from the first JVM's start," \
    "$wall_ms ms from launch ($cpu_ms ms CPU)"
}

check java-jar java -jar "$JAR"
packed_jars=("$scratch/java-jar/.cache/checkout-console/jvm"/console-*.jar)
[ ! -e "${packed_jars[0]}" ] || fail "java-jar: a jar start packed a jar of its own: ${packed_jars[*]}"
check javafx-run mvn -B -q -f "$ROOT/pom.xml" -Dmaven.repo.local="$MAVEN_REPO" javafx:run
packed_jars=("$scratch/javafx-run/.cache/checkout-console/jvm"/console-*.jar)
[ ${#packed_jars[@]} -eq 1 ] && [ -s "${packed_jars[0]}" ] || fail "javafx-run: no jar packed from target/classes"
echo "check-tuned-start: OK"
