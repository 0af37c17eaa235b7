#!/usr/bin/env bash
# Build the Debian package from a configured and built build directory into a
# scratch directory and check its metadata and contents.
#
#   packaging/check-deb.sh BUILD_DIR [APP_ID]
set -euo pipefail
exec </dev/null

fail() {
  printf 'check-deb: FAIL: %s\n' "$*" >&2
  exit 1
}

(($# >= 1)) || {
  echo "Usage: $0 BUILD_DIR [APP_ID]" >&2
  exit 2
}
build_dir=$(cd "$1" && pwd)
app_id="${2:-io.github.gatehouse.Gatehouse}"
config="$build_dir/CPackConfig.cmake"
[[ -f "$config" ]] || fail "$config not found: configure the project first"

work=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$config" -G DEB -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB failed"
fi

shopt -s nullglob
debs=("$work"/*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || {
  cat "$work/cpack.log" >&2
  fail "expected exactly one .deb in $work, found ${#debs[@]}"
}
deb="${debs[0]}"

package=$(dpkg-deb -f "$deb" Package)
[[ "$package" == "gatehouse" ]] || fail "Package is '$package', expected 'gatehouse'"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Package names in Depends, without version constraints or alternatives.
dep_names=$(sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d' <<<"${depends//[,|]/$'\n'}")
missing=0
# libqt6core6 comes from dpkg-shlibdeps; the others are loaded at run time.
for needed in libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libqt6core6; do
  if ! grep -qxF "$needed" <<<"$dep_names"; then
    printf 'check-deb: Depends lacks %s\n' "$needed" >&2
    missing=1
  fi
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in \
  ./usr/bin/gatehouse \
  ./usr/bin/gatehouse-cli \
  "./usr/share/applications/$app_id.desktop" \
  "./usr/share/metainfo/$app_id.metainfo.xml" \
  "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  if ! grep -qxF "$path" <<<"$contents"; then
    printf 'check-deb: package lacks %s\n' "$path" >&2
    missing=1
  fi
done
((missing == 0)) || {
  echo "Package contents:" >&2
  dpkg-deb -c "$deb" >&2
  fail "incomplete Depends or contents"
}

echo "check-deb: $(basename "$deb") ok"
