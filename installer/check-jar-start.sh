#!/usr/bin/env bash
# Checks a bare `java -jar target/checkout-console.jar`, which goes on in a tuned second JVM (TunedJvmRelaunch):
#   1. the first start, headless under Xvfb, logs `ready in N ms` and leaves the second JVM's class archive, whole,
#      in the cache folder;
#   2. the next start logs it too, and its second JVM has that archive mapped.
#
#   installer/check-jar-start.sh       after `mvn verify`; needs xvfb-run and GTK 3 (Debian: xvfb xauth libgtk-3-0)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/checkout-console.jar"

fail() { echo "check-jar-start: FAIL: $*" >&2; exit 1; }

[ -f "$JAR" ] || fail "no $JAR: run mvn verify first"
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (Debian: apt-get install xvfb xauth libgtk-3-0)"
scratch="$(mktemp -d -t checkout-console-jar.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
fresh() {
  "$ROOT/installer/fresh-home.sh" "$scratch" "$ROOT/installer/gui-ready.sh" 120 "$@"
}

first="$(fresh java -jar "$JAR")" || fail "the first start did not log 'ready in N ms'"
cache="$scratch/.cache/checkout-console/jvm"
archives=("$cache"/console-*.jsa)
[ ${#archives[@]} -eq 1 ] && [ -s "${archives[0]}" ] || fail "the first start left no archive in $cache: $(ls -A "$cache" 2>&1)"
parts=("$cache"/*.part)
[ ! -e "${parts[0]}" ] || fail "the first start left an unfinished recording: ${parts[*]}"
echo "check-jar-start: first start (records the archive): ready in ${first%% *} ms; $(du -m "${archives[0]}" | cut -f1) MB archive"

# The second JVM is the process whose command line has -Dcheckout-console.launchedAt.
second="$(ON_READY='grep -q "/console-[0-9a-f]*\.jsa$" "/proc/$(pgrep -g "$1" -f -- "-Dcheckout-console.launchedAt")/maps"' \
  fresh java -jar "$JAR")" || fail "the next start did not log 'ready in N ms' with the archive mapped"
read -r ready_ms wall_ms cpu_ms <<<"$second"
echo "check-jar-start: next start, archive mapped: ready in $ready_ms ms from the first JVM's start, $wall_ms ms from launch ($cpu_ms ms CPU)"
echo "check-jar-start: OK"
