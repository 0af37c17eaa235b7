#!/usr/bin/env bash
# Run a command with a throwaway, unlocked gnome-keyring (Secret Service) on
# the current D-Bus session bus. Meant to be started inside a private bus:
#
#   dbus-run-session -- packaging/with-keyring.sh [options] COMMAND [ARGS...]
#
# When the keyring comes up, COMMAND sees GATEHOUSE_TEST_KEYCHAIN=1; otherwise
# a note is printed and COMMAND runs without it. The keyring lives in its own
# temporary directory, and the daemon is killed by its PID when COMMAND ends.
# Exits with COMMAND's status.
#
# Options:
#   --stderr-fd N       first make file descriptor N the standard error
#                       (lets the caller send the bus daemon's messages elsewhere)
#   --started-file F    create file F on start (tells the caller the bus came up)
set -euo pipefail

while (($# > 0)); do
  case "$1" in
    --stderr-fd)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "with-keyring: --stderr-fd needs a number" >&2; exit 2; }
      exec 2>&"$2"
      eval "exec $2>&-"
      shift 2
      ;;
    --started-file)
      : >"$2"
      shift 2
      ;;
    --)
      shift
      break
      ;;
    *) break ;;
  esac
done

if (($# == 0)); then
  echo "Usage: dbus-run-session -- $0 [--stderr-fd N] [--started-file F] COMMAND [ARGS...]" >&2
  exit 2
fi

note() { printf 'with-keyring: %s\n' "$*" >&2; }

unset GATEHOUSE_TEST_KEYCHAIN
keyring_dir=""
daemon_pid=""

stop_daemon() {
  if [[ -n "$daemon_pid" ]]; then
    kill "$daemon_pid" 2>/dev/null || true
    local _
    for _ in $(seq 1 20); do
      kill -0 "$daemon_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
    daemon_pid=""
  fi
  if [[ -n "$keyring_dir" ]]; then
    rm -rf "$keyring_dir"
    keyring_dir=""
  fi
}
trap stop_daemon EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

secrets_has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'
}

start_keyring() {
  if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    note "no D-Bus session bus; keychain tests will be skipped"
    return 1
  fi
  if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-send >/dev/null 2>&1; then
    note "gnome-keyring-daemon or dbus-send not found; keychain tests will be skipped"
    return 1
  fi
  if secrets_has_owner; then
    # Not a private bus: never let tests write into someone's real keyring.
    note "a Secret Service already runs on this bus; keychain tests will be skipped"
    return 1
  fi

  keyring_dir=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-keyring.XXXXXX")
  mkdir -m 700 "$keyring_dir/data" "$keyring_dir/runtime"
  local password
  password=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
  # The daemon reads the unlock password from standard input; it must not be empty.
  env XDG_DATA_HOME="$keyring_dir/data" XDG_RUNTIME_DIR="$keyring_dir/runtime" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    <<<"$password" >"$keyring_dir/daemon.log" 2>&1 &
  daemon_pid=$!

  local _
  for _ in $(seq 1 30); do
    if secrets_has_owner; then
      return 0
    fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  note "gnome-keyring did not come up; keychain tests will be skipped"
  if [[ -s "$keyring_dir/daemon.log" ]]; then
    sed 's/^/  /' "$keyring_dir/daemon.log" >&2
  fi
  stop_daemon
  return 1
}

if start_keyring; then
  export GATEHOUSE_TEST_KEYCHAIN=1
fi

status=0
"$@" || status=$?
stop_daemon
exit "$status"
