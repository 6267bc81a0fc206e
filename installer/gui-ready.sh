#!/usr/bin/env bash
# Starts the console GUI headless under Xvfb, waits for its `ready in N ms` line (logged once the first page of
# sessions is on screen) and stops it. Prints three numbers, in ms:
#   N            as the app logs it: from JVM start, so without what a launcher does before it starts the JVM
#   wall         from the command's start (xvfb-run's own start of Xvfb included) to the line, seen by polling
#   CPU          user + system time of the app's process (all threads) and of the children it waited for (the
#                jpackage launcher's package-manager queries); Xvfb not counted
# Fails when the line does not come within the timeout, or when the log shows a class, module or native library
# the runtime lacks.
#
# When ON_READY is set, it is run by bash once the line is seen, with the app's process group id as $1, and
# gui-ready.sh fails when it fails: a probe of the running app.
#
#   installer/gui-ready.sh TIMEOUT_SECONDS COMMAND [ARG...]
#   e.g. installer/gui-ready.sh 60 target/installer/checkout-console/bin/checkout-console
set -euo pipefail

timeout_seconds="$1"
shift
log="$(mktemp -t checkout-console-gui.XXXXXX)"

# setsid: the app, xvfb-run and its Xvfb form one process group, stopped together below.
started_ns="$(date +%s%N)"
setsid xvfb-run -a -s "-screen 0 1600x1000x24" "$@" >"$log" 2>&1 &
group=$!
# The app alone gets the TERM, and time to exit (a JVM started with -XX:ArchiveClassesAtExit writes its archive
# then): xvfb-run takes the X server away once its command is gone, and an app that loses its display dies without
# the JVM's orderly exit. So only the innermost processes get it: the console's JVM, whose first JVM (java -jar) or
# Maven (javafx:run) then ends with it, as on a window's close. Then xvfb-run stops its Xvfb and the group empties.
stop() {
  local pid
  for pid in $(pgrep -g "$group"); do
    case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
      Xvfb | xvfb-run) ;;
      *) pgrep -P "$pid" >/dev/null || kill -TERM "$pid" 2>/dev/null || true ;;
    esac
  done
  local waited=0
  while kill -0 -- "-$group" 2>/dev/null && [ "$waited" -lt 600 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  kill -KILL -- "-$group" 2>/dev/null || true
}
trap stop EXIT
trap "exit 1" INT TERM

# CPU time of the process group but Xvfb: the app's JVM and its reaped children, plus the negligible xvfb-run shell.
cpu_ms() {
  local ticks=0 pid stat
  for pid in $(pgrep -g "$group"); do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    case "$stat" in *"(Xvfb)"*) continue ;; esac
    # Fields after the ")" that ends the command name: utime, stime, cutime and cstime are the 12th to 15th.
    read -r -a fields <<<"${stat##*) }"
    ticks=$((ticks + fields[11] + fields[12] + fields[13] + fields[14]))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

missing='IllegalAccessError|NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError|FindException|Unable to open DISPLAY'
deadline=$((SECONDS + timeout_seconds))
while [ "$SECONDS" -lt "$deadline" ]; do
  if grep -Eq "$missing" "$log"; then
    echo "the GUI failed to start; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  fi
  ready="$(sed -n 's/.*ready in \([0-9][0-9]*\) ms.*/\1/p' "$log" | head -n 1)"
  if [ -n "$ready" ]; then
    if [ -n "${ON_READY:-}" ] && ! bash -c "$ON_READY" on-ready "$group"; then
      echo "the probe run once the GUI was ready failed: $ON_READY; the GUI's log ($log):" >&2
      cat "$log" >&2
      exit 1
    fi
    echo "$ready $(( ($(date +%s%N) - started_ns) / 1000000 )) $(cpu_ms)"
    rm -f "$log"
    exit 0
  fi
  if ! kill -0 "$group" 2>/dev/null; then
    echo "the GUI exited before it was ready; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.05
done
echo "no 'ready in N ms' within ${timeout_seconds}s; the GUI's log ($log):" >&2
cat "$log" >&2
exit 1
