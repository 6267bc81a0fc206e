#!/usr/bin/env bash
# Builds the Checkout Console packages with the JDK's jlink and jpackage, under target/installer/:
#
#   installer/build.sh [app-image|deb|all|runtime]      (default: all)
#
#   app-image  target/installer/checkout-console/          portable folder, launcher bin/checkout-console
#   deb        target/installer/checkout-console_<version>-1_<arch>.deb   for Debian 12 / Ubuntu
#   runtime    only the slim jar (target/installer-work/input/) and the trimmed runtime
#              (target/installer-work/runtime/), for jpackage with installer/windows or installer/macos/jpackage.cfg
#
# jpackage builds only for the OS it runs on: app-image and deb are built on Linux; on Windows (Git Bash) and
# macOS run `runtime` and then jpackage with that OS's parameter file (see installer/README.md).
#
# Environment:
#   APP_JAR      package this shaded jar instead of target/checkout-console.jar (built with `mvn package` when
#                missing or older than the sources)
#   JAVA_HOME    the JDK (17+) whose jdeps, jlink and jpackage run; default: the one `javac` belongs to
#   MAVEN_REPO   where the JavaFX platform jars are; default ~/.m2/repository
#   MVN_FLAGS    extra flags for mvn, e.g. -o
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${APP_JAR:-}" ]; then
  # Absolute, as the caller meant it: the script works from the repository root and inside work folders.
  APP_JAR="$(cd "$(dirname "$APP_JAR")" && pwd)/$(basename "$APP_JAR")"
fi
cd "$ROOT"

WHAT="${1:-all}"
case "$WHAT" in
  app-image|deb|all|runtime) ;;
  *) echo "usage: installer/build.sh [app-image|deb|all|runtime]" >&2; exit 2 ;;
esac

NAME=checkout-console
MAIN_CLASS=dev.checkoutconsole.app.Launcher
OUT="$ROOT/target/installer"
WORK="$ROOT/target/installer-work"
MAVEN_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"

# The JavaFX modules the app uses; javafx.base and javafx.graphics come with them.
JAVAFX_MODULES=(base graphics controls fxml)
# Modules that jdeps cannot see because they are reached by reflection or service loading:
#   jdk.unsupported  sun.misc.Unsafe, which class-path libraries (Jetty, Kotlin's runtime) look up reflectively
#   jdk.crypto.ec    elliptic-curve TLS cipher suites for the real Conomy API over HTTPS
#   jdk.zipfs        the zip file system some libraries open their own jar with
#   java.naming, java.management, java.sql: named again so a jdeps change cannot drop them
#     (sqlite-jdbc's DataSource, the `ready in N ms` clock, the JDBC driver)
EXTRA_MODULES=jdk.unsupported,jdk.crypto.ec,jdk.zipfs,java.naming,java.management,java.sql
# Same as the javafx-maven-plugin's options in pom.xml: with JavaFX as named modules (not the class path as in
# `java -jar`), ControlsFX reaches this internal package only when it is exported to the class path; and C2 compiles
# a method only after 100 times the usual calls, so it does not spend a core on start-up code (pom.xml says why).
JAVA_OPTIONS="--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
JAVA_OPTIONS+=" -XX:Tier4InvocationThreshold=500000 -XX:Tier4MinInvocationThreshold=60000"
JAVA_OPTIONS+=" -XX:Tier4CompileThreshold=1500000 -XX:Tier4BackEdgeThreshold=4000000"

log() { echo "[installer] $*" >&2; }

# The shaded jar: APP_JAR, or target/checkout-console.jar rebuilt when the sources are newer.
app_jar() {
  if [ -n "${APP_JAR:-}" ]; then
    echo "$APP_JAR"
    return
  fi
  local jar="$ROOT/target/$NAME.jar"
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
    log "mvn package"
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} package -DskipTests >&2
  fi
  echo "$jar"
}

# The project version, as the jar's manifest carries it (Implementation-Version comes from the pom).
jar_version() {
  local dir="$WORK/manifest"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && "$JDK_BIN/jar" xf "$1" META-INF/MANIFEST.MF)
  sed -n 's/^Implementation-Version: *\([^[:space:]]*\).*/\1/p' "$dir/META-INF/MANIFEST.MF"
}

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}

# This system as JavaFX's jar classifier and sqlite-jdbc's native folder name.
platform() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=win ;;
    *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
  esac
  echo "$os $arch"
}

PLATFORM="$(platform)"
OS="${PLATFORM% *}"
ARCH="${PLATFORM#* }"

javafx_classifier() {
  if [ "$ARCH" = aarch64 ]; then echo "$OS-aarch64"; else echo "$OS"; fi
}

sqlite_native_folder() {
  case "$OS" in
    linux) echo "Linux/$ARCH" ;;
    mac) echo "Mac/$ARCH" ;;
    win) echo "Windows/$ARCH" ;;
  esac
}

# The JavaFX platform jars from the local Maven repository, as a module path.
javafx_module_path() {
  local version classifier module jar path=""
  version="$(pom_property javafx.version)"
  classifier="$(javafx_classifier)"
  for module in "${JAVAFX_MODULES[@]}"; do
    jar="$MAVEN_REPO/org/openjfx/javafx-$module/$version/javafx-$module-$version-$classifier.jar"
    if [ ! -f "$jar" ]; then
      echo "missing $jar (run mvn package once, online)" >&2
      exit 1
    fi
    path="${path:+$path:}$jar"
  done
  echo "$path"
}

# The shaded jar without what this package never loads: the JavaFX classes and native libraries (they come from
# the runtime's JavaFX modules; a copy on the class path would be shadowed by them), and sqlite-jdbc's native
# libraries for other systems (it extracts the one for this OS and architecture to the temp folder). Stored, not
# compressed, like the shaded jar (pom.xml): classes load without inflating, and xz packs the plain entries better
# (.deb 34 MB instead of 40 MB; the folder grows by 21 MB).
slim_jar() {
  local jar="$1" module_path="$2" dir="$WORK/slim"
  rm -rf "$dir" "$WORK/input" && mkdir -p "$dir" "$WORK/input"
  tr ':' '\n' <<<"$module_path" | while read -r fx; do
    "$JDK_BIN/jar" tf "$fx"
  done | grep -v -e '/$' -e '^META-INF/' | sort -u >"$WORK/javafx-entries.txt"
  (
    cd "$dir"
    "$JDK_BIN/jar" xf "$jar"
    xargs rm -f <"$WORK/javafx-entries.txt"
    find org/sqlite/native -mindepth 2 -maxdepth 2 -type d ! -path "org/sqlite/native/$(sqlite_native_folder)" \
      -exec rm -rf {} +
    find . -type d -empty -delete
    mv META-INF/MANIFEST.MF "$WORK/MANIFEST.MF"
    "$JDK_BIN/jar" --create --no-compress --file "$WORK/input/$NAME.jar" --manifest "$WORK/MANIFEST.MF" -C . .
  )
  rm -rf "$dir"
}

# The JDK modules the app needs: what jdeps finds in the jar, plus the reflective ones, plus JavaFX.
runtime_modules() {
  local found
  found="$("$JDK_BIN/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$2" "$1")"
  tr ',' '\n' <<<"$found,$EXTRA_MODULES" | sort -u | paste -sd, -
}

# The trimmed runtime, with the JDK's default class-data sharing archive (lib/server/classes.jsa) dumped for it:
# jlink leaves that archive out, and without it the JVM starts slower than the JDK's own `java -jar`. Its bin/
# stays until the archive is final (finish_runtime); the jpackage launcher starts the JVM from lib/.
# --compress=0: jlink's own compression (zip, level 2) makes lib/modules 31 MB instead of 66 MB, but the .deb is
# xz-compressed anyway and xz does far better on the plain file: .deb 37 MB instead of 53 MB, and classes load
# without inflating (installer/README.md has the figures).
build_runtime() {
  local modules="$1" module_path="$2"
  log "jlink --add-modules $modules"
  rm -rf "$WORK/runtime"
  "$JDK_BIN/jlink" --module-path "$module_path" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=0 \
    --output "$WORK/runtime"
  "$WORK/runtime/bin/java" -Xshare:dump >/dev/null
}

# Dumps the runtime's default archive again from the classes the packaged console loads up to its first page
# (recorded by starting it once under Xvfb): then JavaFX's classes and lambdas come mapped from the archive too,
# not only the JDK's. The archive holds only classes of the runtime's own modules, so it moves with the folder and
# needs no launcher option; the app jar's classes load as before.
train_runtime_archive() {
  local app_image="$1" class_list="$WORK/startup.classlist"
  log "recording the classes of a start-up of $app_image under Xvfb"
  rm -f "$class_list"
  local home
  home="$(mktemp -d -t checkout-console-training.XXXXXX)"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$class_list" \
    "$ROOT/installer/fresh-home.sh" "$home" "$ROOT/installer/gui-ready.sh" 120 "$app_image/bin/$NAME" >/dev/null
  rm -rf "$home"
  # The list also names the app jar's classes, which a dump without that jar cannot find: it reports and skips them.
  if ! "$WORK/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$class_list" >"$WORK/cds-dump.log" 2>&1; then
    cat "$WORK/cds-dump.log" >&2
    echo "the CDS dump from $class_list failed" >&2
    exit 1
  fi
  log "CDS archive from $(grep -vc '^#' "$class_list") recorded entries: $(du -h "$WORK/runtime/lib/server/classes.jsa" | cut -f1)"
}

# Records a second, dynamic CDS archive on top of the runtime's (lib/app/checkout-console.jsa) from one start-up of
# the finished app-image under Xvfb, and names it in the launcher's options: then the app jar's classes (Jackson,
# Jetty, OkHttp, the console's own) come mapped and verified too, not only the JDK's and JavaFX's. JDK 17 ties it to
# the jar's absolute path, size and time: in a moved folder the JVM drops this layer and starts on the runtime's
# archive alone, as before (-Xlog:cds+dynamic=off keeps that from printing a warning at every start). The .deb,
# installed elsewhere, does not get it.
record_app_archive() {
  local app_image="$1" archive="$1/lib/app/$NAME.jsa" home
  log "recording the app classes' CDS archive of $app_image under Xvfb"
  home="$(mktemp -d -t checkout-console-archive.XXXXXX)"
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" \
    "$ROOT/installer/fresh-home.sh" "$home" "$ROOT/installer/gui-ready.sh" 120 "$app_image/bin/$NAME" >/dev/null
  rm -rf "$home"
  if [ ! -s "$archive" ]; then
    echo "no archive at $archive: the console did not write it as it exited" >&2
    exit 1
  fi
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$NAME.jsa" 'java-options=-Xlog:cds+dynamic=off' \
    >>"$app_image/lib/app/$NAME.cfg"
  log "app classes' CDS archive: $(du -h "$archive" | cut -f1)"
}

finish_runtime() {
  rm -rf "$WORK/runtime/bin"
}

# Options both package types share.
common_jpackage_options() {
  local version="$1"
  printf '%s\n' \
    --name "$NAME" \
    --app-version "$version" \
    --vendor "Checkout Console authors" \
    --copyright "Copyright (c) 2026 Checkout Console authors, MIT licence" \
    --description "Admin console and CLI for the Conomy payments API, with an embedded sandbox" \
    --input "$WORK/input" \
    --main-jar "$NAME.jar" \
    --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --java-options "$JAVA_OPTIONS" \
    --icon "$ROOT/installer/icons/png/$NAME-256.png"
}

# The app-image folder $2/checkout-console.
build_app_image() {
  local version="$1" dest="$2" options
  log "jpackage --type app-image --dest $dest"
  rm -rf "${dest:?}/$NAME"
  mapfile -t options < <(common_jpackage_options "$version")
  "$JDK_BIN/jpackage" --type app-image --dest "$dest" "${options[@]}"
}

build_deb() {
  local version="$1" options
  log "jpackage --type deb"
  rm -f "$OUT"/"$NAME"_*.deb
  mapfile -t options < <(common_jpackage_options "$version")
  "$JDK_BIN/jpackage" --type deb --dest "$OUT" "${options[@]}" \
    --license-file "$ROOT/LICENSE" \
    --resource-dir "$ROOT/installer/linux" \
    --install-dir /opt \
    --linux-package-name "$NAME" \
    --linux-deb-maintainer "maintainers@checkoutconsole.dev" \
    --linux-menu-group "Office;Finance;" \
    --linux-app-category misc \
    --linux-package-deps "libgtk-3-0, libgl1" \
    --linux-shortcut
}

main() {
  local jar version module_path
  mkdir -p "$OUT" "$WORK"
  jar="$(app_jar)"
  version="$(jar_version "$jar")"
  if [ -z "$version" ]; then
    echo "no Implementation-Version in $jar" >&2
    exit 1
  fi
  # Debian versions may not contain '-' in the upstream part: 1.0-SNAPSHOT becomes 1.0~SNAPSHOT.
  version="${version//-/\~}"
  module_path="$(javafx_module_path)"
  log "packaging $jar, version $version"
  slim_jar "$jar" "$module_path"
  build_runtime "$(runtime_modules "$WORK/input/$NAME.jar" "$module_path")" "$module_path"
  if [ "$WHAT" = runtime ]; then
    finish_runtime
    log "built $WORK/input/$NAME.jar and $WORK/runtime"
    return
  fi
  if [ "$OS" != linux ]; then
    echo "jpackage builds only for the OS it runs on: use 'runtime' and installer/windows or installer/macos/jpackage.cfg there" >&2
    exit 1
  fi
  if command -v xvfb-run >/dev/null; then
    # A first app-image, only to record what a start-up loads; the packages are then built on the trained runtime.
    build_app_image "$version" "$WORK/training"
    train_runtime_archive "$WORK/training/$NAME"
    rm -rf "${WORK:?}/training"
  else
    log "no xvfb-run: the runtime keeps the JDK's default CDS archive (Debian: apt-get install xvfb xauth libgtk-3-0)"
  fi
  finish_runtime
  if [ "$WHAT" = app-image ] || [ "$WHAT" = all ]; then
    build_app_image "$version" "$OUT"
    if command -v xvfb-run >/dev/null; then
      record_app_archive "$OUT/$NAME"
    fi
    log "built $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1))"
  fi
  if [ "$WHAT" = deb ] || [ "$WHAT" = all ]; then
    build_deb "$version"
    log "built $(ls "$OUT"/"$NAME"_*.deb) ($(du -h "$OUT"/"$NAME"_*.deb | cut -f1))"
  fi
}

main
