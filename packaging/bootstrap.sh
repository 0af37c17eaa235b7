#!/usr/bin/env bash
# Set up a Debian 12 machine for Gatehouse, build it, and run it or its tests.
#
#   ./packaging/bootstrap.sh run [-- extra gatehouse arguments]
#   ./packaging/bootstrap.sh test
#
# Missing Debian packages are installed (as root, or through sudo), the project
# is configured into ./build with Ninja (an existing build directory is reused)
# and built. With CI=true in the environment, the "ci" preset of CMakePresets.json is used:
# warnings are errors and the build is instrumented with AddressSanitizer and
# UndefinedBehaviorSanitizer, so every test also checks for memory errors, leaks and
# undefined behaviour.
set -euo pipefail

# Without a standard input (CI closes it), give commands /dev/null instead.
{ : <&0; } 2>/dev/null || exec </dev/null

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly BUILD_DIR=build
readonly PACKAGES=(
  cmake ninja-build g++ dpkg-dev file ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qtkeychain-qt6-dev libsecret-1-0
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6svg6 qt6-httpserver-dev qt6-charts-dev libqt6opengl6-dev
  libssl-dev libsqlite3-dev libargon2-dev libpq-dev
  xvfb xauth fonts-dejavu-core dbus gnome-keyring
  postgresql postgresql-contrib
  desktop-file-utils appstream
  clang-14 libclang-rt-14-dev
)

usage() {
  cat >&2 <<'EOF'
Usage: ./packaging/bootstrap.sh run [-- extra gatehouse arguments]
       ./packaging/bootstrap.sh test

  run   install missing packages, build, start Gatehouse
  test  install missing packages, build, run the whole test suite
EOF
}

log() { printf 'bootstrap: %s\n' "$*" >&2; }

is_ci() {
  case "${CI:-}" in
    [Tt][Rr][Uu][Ee] | 1 | [Yy][Ee][Ss]) return 0 ;;
    *) return 1 ;;
  esac
}

install_missing_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    log "dpkg-query not found: this script expects Debian 12. Install these packages by hand:"
    printf '  %s\n' "${PACKAGES[*]}" >&2
    exit 1
  fi

  local missing=() pkg status
  for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  local -a as_root
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=(env)
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env)
  else
    log "these Debian packages are missing and neither root nor sudo is available:"
    printf '  %s\n' "${missing[*]}" >&2
    log "install them with: apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi

  log "installing missing packages: ${missing[*]}"
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  if is_ci; then
    # The "ci" preset (CMakePresets.json): warnings are errors, and the tests run under
    # AddressSanitizer and UndefinedBehaviorSanitizer. Clones in different directories share
    # ccache's results.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
    cmake --preset ci
  else
    local -a args=(-S . -B "$BUILD_DIR")
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
      args+=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    fi
    cmake "${args[@]}"
  fi
  cmake --build "$BUILD_DIR" -j2
}

main() {
  local command="${1:-}"
  case "$command" in
    run | test) shift ;;
    -h | --help | help)
      usage
      exit 0
      ;;
    *)
      usage
      exit 2
      ;;
  esac

  install_missing_packages
  configure_and_build

  case "$command" in
    run)
      if [[ "${1:-}" == "--" ]]; then
        shift
      fi
      if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        echo "No display: Gatehouse is a desktop application and needs a graphical session (or run it under xvfb-run)." >&2
        exit 2
      fi
      exec "$BUILD_DIR/app/gui/gatehouse" "$@"
      ;;
    test)
      exec ./packaging/run-tests.sh "$BUILD_DIR" "$@"
      ;;
  esac
}

main "$@"
