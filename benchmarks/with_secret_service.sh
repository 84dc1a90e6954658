#!/usr/bin/env bash
# Run a command beside a throwaway desktop keyring, as on a chair's laptop: GNOME Keyring's
# Secret Service on a private D-Bus session, unlocked, its files in a temporary folder.
# Needs Debian's dbus and gnome-keyring.   Example:
#   benchmarks/with_secret_service.sh python benchmarks/gui_benchmark.py --only start
set -euo pipefail
exec dbus-run-session -- bash -c '
  home=$(mktemp -d); trap "rm -rf \"$home\"" EXIT
  export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf throwaway | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  "$@"' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
