#!/usr/bin/env bash
# Builds the libFuzzer targets of the import readers with clang (ASan + UBSan) in BUILD_DIR and
# runs each for SECONDS, starting from the seed corpus tests/data/import.
#   tests/fuzz/run-libfuzzer.sh [--no-install] BUILD_DIR SECONDS
# With --no-install (how CTest runs it), missing clang/libFuzzer packages make it exit 77
# (reported as skipped) instead of installing them.
# Inputs that find new coverage go to BUILD_DIR/fuzz-corpus/<target>/ (kept between runs; the
# seeds are never modified); crashes to BUILD_DIR/fuzz-artifacts/<target>/crash-…, which
# reproduce with: BUILD_DIR/tests/fuzz/fuzz_<target> <crash file>. Exits non-zero on a crash.
set -euo pipefail

usage="usage: $0 [--no-install] BUILD_DIR SECONDS"
install=1
if [[ "${1:-}" == "--no-install" ]]; then
  install=0
  shift
fi
build=${1:?$usage}
seconds=${2:?$usage}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

missing=()
command -v clang++-14 >/dev/null || missing+=(clang-14)
compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null \
  || missing+=(libclang-rt-14-dev)
if ((${#missing[@]})) && ((install == 0)); then
  echo "libFuzzer needs ${missing[*]} (apt-get install ${missing[*]}); skipping"
  exit 77
fi
if ((${#missing[@]})); then
  echo "Installing ${missing[*]}"
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >"$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; exit 1; }
cmake --build "$build" -j2 --target fuzz_csv_reader fuzz_json_user_reader

status=0
for name in csv_reader json_user_reader; do
  corpus=$build/fuzz-corpus/$name
  artifacts=$build/fuzz-artifacts/$name
  mkdir -p "$corpus" "$artifacts"
  echo "== fuzz_$name for ${seconds}s"
  if ! "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$corpus" "$source_dir/tests/data/import"; then
    echo "fuzz_$name found a problem: see $artifacts" >&2
    status=1
  fi
done
exit $status
