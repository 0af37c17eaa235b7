#!/usr/bin/env bash
# Run the Gatehouse test suite with everything it needs:
#
#   packaging/run-tests.sh BUILD_DIR [extra ctest arguments, e.g. -L unit or -R name]
#
# - a private temporary HOME, XDG_* directories and TMPDIR, so no test touches
#   the user's real workspace or settings; QT_QPA_PLATFORM=offscreen; no DISPLAY;
# - a throwaway PostgreSQL on 127.0.0.1 (GATEHOUSE_TEST_PG_URL);
# - a private D-Bus session with an unlocked throwaway gnome-keyring
#   (GATEHOUSE_TEST_KEYCHAIN=1 when it came up), see with-keyring.sh;
# then ctest in parallel. Everything is stopped and removed on exit.
set -euo pipefail

# Tests never read standard input; CI may run with it closed.
exec </dev/null

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

note() { printf 'run-tests: %s\n' "$*" >&2; }
die() {
  note "$*"
  exit 1
}

if (($# < 1)); then
  echo "Usage: $0 BUILD_DIR [extra ctest arguments]" >&2
  exit 2
fi
[[ -d "$1" ]] || die "build directory '$1' does not exist"
build_dir=$(cd "$1" && pwd)
shift
[[ -f "$build_dir/CTestTestfile.cmake" ]] ||
  die "no CTestTestfile.cmake in '$build_dir': configure and build first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-tests.XXXXXX")
pg_bin=""
pg_dir="$tmp/pg"
pg_data="$pg_dir/data"
as_pg=()

# Runs a PostgreSQL tool as the right user, from a directory that user can enter.
pg_tool() {
  local tool="$1"
  shift
  (cd "$pg_dir" && "${as_pg[@]}" "$pg_bin/$tool" "$@")
}

# shellcheck disable=SC2317 # invoked from the EXIT trap
cleanup() {
  local status=$?
  set +e
  if [[ -n "$pg_bin" && -f "$pg_data/postmaster.pid" ]]; then
    pg_tool pg_ctl -D "$pg_data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      pg_tool pg_ctl -D "$pg_data" -m immediate -w -t 10 stop >/dev/null 2>&1
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- private environment -----------------------------------------------------
chmod 711 "$tmp" # the postgres user must be able to reach its own subdirectory
mkdir -m 700 "$tmp/runtime" "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" \
  "$tmp/state" "$tmp/tmp"
export XDG_RUNTIME_DIR="$tmp/runtime"
export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_STATE_HOME="$tmp/state"
export TMPDIR="$tmp/tmp"
export QT_QPA_PLATFORM=offscreen
# For a build configured with -DGATEHOUSE_SANITIZE=ON (ignored otherwise): every finding fails the
# test that made it, with a stack; leaks in libraries outside Gatehouse are listed in
# packaging/lsan.supp.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS \
  GATEHOUSE_TEST_PG_URL GATEHOUSE_TEST_KEYCHAIN

# --- throwaway PostgreSQL ----------------------------------------------------
find_pg_bin() {
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo /usr/lib/postgresql/15/bin
    return 0
  fi
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null |
    sort -V | tail -n 1)
  if [[ -n "$dir" ]]; then
    dirname "$dir"
    return 0
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (: <>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

start_postgres() {
  pg_bin=$(find_pg_bin) || die "PostgreSQL server binaries (initdb, pg_ctl) not found: install 'postgresql'"
  [[ -x "$pg_bin/pg_ctl" ]] || die "pg_ctl not found next to $pg_bin/initdb"

  mkdir -m 700 "$pg_dir"
  if [[ "$(id -u)" -eq 0 ]]; then
    # initdb and postgres refuse to run as root.
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run PostgreSQL as"
    command -v runuser >/dev/null 2>&1 || die "running as root but 'runuser' is not available"
    chown postgres: "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi

  local password
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  (umask 077 && printf '%s\n' "$password" >"$pg_dir/pwfile")
  if ((${#as_pg[@]} > 0)); then
    chown postgres: "$pg_dir/pwfile"
  fi

  if ! pg_tool initdb -D "$pg_data" -U postgres --pwfile="$pg_dir/pwfile" \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$tmp/initdb.log" 2>&1; then
    note "PostgreSQL initdb failed:"
    sed 's/^/  /' "$tmp/initdb.log" >&2
    exit 1
  fi
  rm -f "$pg_dir/pwfile"

  local port=55432 tries=0
  while :; do
    while port_in_use "$port"; do
      port=$((port + 1))
      ((port < 55632)) || die "no free TCP port for PostgreSQL between 55432 and 55631"
    done
    if pg_tool pg_ctl -D "$pg_data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k '$pg_dir' -c fsync=off" \
      start >"$tmp/pg_ctl.log" 2>&1; then
      break
    fi
    tries=$((tries + 1))
    # Someone else may have taken the port meanwhile: try the next one a few times.
    if port_in_use "$port" && ((tries < 5)) && [[ ! -f "$pg_data/postmaster.pid" ]]; then
      port=$((port + 1))
      continue
    fi
    note "PostgreSQL did not start on 127.0.0.1:$port:"
    sed 's/^/  /' "$tmp/pg_ctl.log" >&2
    if [[ -f "$pg_dir/server.log" ]]; then
      tail -n 20 "$pg_dir/server.log" | sed 's/^/  /' >&2
    fi
    exit 1
  done

  export GATEHOUSE_TEST_PG_URL="postgres://postgres:${password}@127.0.0.1:${port}/postgres"

  if command -v psql >/dev/null 2>&1; then
    if ! PGCONNECT_TIMEOUT=10 psql -X -q -At -c 'select 1' "$GATEHOUSE_TEST_PG_URL" \
      >"$tmp/psql.log" 2>&1; then
      note "PostgreSQL started but does not accept password logins on 127.0.0.1:$port:"
      sed 's/^/  /' "$tmp/psql.log" >&2
      exit 1
    fi
  fi
  local version
  version=$("$pg_bin/postgres" --version | sed -n 's/^postgres (PostgreSQL) \([^ ]*\).*/\1/p')
  note "PostgreSQL ${version:-?} running on 127.0.0.1:$port"
}

start_postgres

# --- tests under a private D-Bus session with a throwaway keyring -----------
ctest_cmd=(ctest --test-dir "$build_dir" --output-on-failure -j2 --no-tests=error
  --timeout 600 "$@")

run_without_bus() {
  # Point the session bus at nothing so no test reaches a real keyring.
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-session-bus"
  "${ctest_cmd[@]}"
}

status=0
if command -v dbus-run-session >/dev/null 2>&1; then
  # The bus daemon's own messages go to a log; the tests' standard error is
  # handed through on file descriptor 3.
  dbus-run-session -- "$here/with-keyring.sh" --stderr-fd 3 \
    --started-file "$tmp/bus-started" "${ctest_cmd[@]}" 3>&2 2>"$tmp/dbus.log" ||
    status=$?
  if [[ ! -e "$tmp/bus-started" ]]; then
    note "could not start a private D-Bus session; keychain tests will be skipped"
    sed 's/^/  /' "$tmp/dbus.log" >&2
    status=0
    run_without_bus || status=$?
  fi
else
  note "dbus-run-session not found (package 'dbus'); keychain tests will be skipped"
  run_without_bus || status=$?
fi
exit "$status"
