#!/usr/bin/env bash
# Runs a command from FOLDER with HOME=FOLDER, as on a fresh machine: nothing may come from the source tree or from
# the user's own console data.
#
#   installer/fresh-home.sh FOLDER COMMAND [ARG...]
#
# The JVM takes user.home from the password database, not from HOME, so HOME alone would leave the console on the
# user's ~/.local/share/checkout-console: the data and configuration folders are therefore named inside FOLDER,
# where they would be on a fresh machine. JavaFX's native-library cache (`java -jar` only) stays the user's.
set -euo pipefail
folder="$1"
shift
cd "$folder"
exec env -u CHECKOUT_CONSOLE_DATA_DIR HOME="$folder" \
  XDG_DATA_HOME="$folder/.local/share" XDG_CONFIG_HOME="$folder/.config" XDG_CACHE_HOME="$folder/.cache" "$@"
