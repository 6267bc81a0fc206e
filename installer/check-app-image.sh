#!/usr/bin/env bash
# Builds the app-image and checks that the packaged app works without a JDK, like `java -jar` does:
#   1. `checkout-console --version` prints the pom's version;
#   2. a CLI command against the embedded sandbox (Javalin/Jetty, sqlite-jdbc's native library, OkHttp, Jackson)
#      succeeds;
#   3. the GUI, started headless under Xvfb, logs `ready in N ms` (first page of sessions on screen);
#   4. the app's own classes load from the app-image's CDS archive (build.sh's record_app_archive).
#
#   installer/check-app-image.sh       needs xvfb-run and GTK 3 (Debian: xvfb xauth libgtk-3-0)
#
# APP_JAR, JAVA_HOME, MAVEN_REPO and MVN_FLAGS are passed on to build.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

fail() { echo "check-app-image: FAIL: $*" >&2; exit 1; }

installer/build.sh app-image
LAUNCHER="$ROOT/target/installer/checkout-console/bin/checkout-console"
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"

pom_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
version_line="$("$LAUNCHER" --version)" || fail "--version exited with $?"
[ "$version_line" = "checkout-console $pom_version" ] \
  || fail "--version printed '$version_line', expected 'checkout-console $pom_version'"
echo "check-app-image: --version: $version_line"

scratch="$(mktemp -d -t checkout-console-check.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
fresh() {
  "$ROOT/installer/fresh-home.sh" "$scratch" "$@"
}
sessions="$(fresh "$LAUNCHER" sessions list --sandbox 2>"$scratch/cli.err")" \
  || { cat "$scratch/cli.err" >&2; fail "'sessions list --sandbox' exited with an error"; }
[ -n "$sessions" ] || fail "'sessions list --sandbox' printed nothing"
echo "check-app-image: sessions list --sandbox: $(wc -l <<<"$sessions") lines"

command -v xvfb-run >/dev/null || fail "xvfb-run is missing (Debian: apt-get install xvfb xauth libgtk-3-0)"
ready="$(fresh "$ROOT/installer/gui-ready.sh" 120 "$LAUNCHER")" || fail "the GUI did not log 'ready in N ms'"
read -r ready_ms wall_ms cpu_ms <<<"$ready"
echo "check-app-image: GUI headless under Xvfb: ready in $ready_ms ms from JVM start, $wall_ms ms from launch ($cpu_ms ms CPU)"

# A stale or unusable archive is dropped without a word (-Xlog:cds+dynamic=off): ask where a class came from.
source_of_launcher="$(JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$LAUNCHER" --version 2>&1 \
  | sed -n 's/.*dev\.checkoutconsole\.app\.Launcher source: //p')"
[ "$source_of_launcher" = "shared objects file (top)" ] \
  || fail "the Launcher class came from '$source_of_launcher', not the app-image's CDS archive"
echo "check-app-image: app classes from the CDS archive: $source_of_launcher"
echo "check-app-image: OK"
