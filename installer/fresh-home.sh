#!/usr/bin/env bash
# Runs a command from FOLDER with HOME=FOLDER and no data-folder settings, as on a fresh machine: nothing may come
# from the source tree or from the user's own console data.
#
#   installer/fresh-home.sh FOLDER COMMAND [ARG...]
set -euo pipefail
folder="$1"
shift
cd "$folder"
exec env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u CHECKOUT_CONSOLE_DATA_DIR HOME="$folder" "$@"
