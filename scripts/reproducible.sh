#!/usr/bin/env bash
# Checks the claim that a release build is reproducible: builds the static Linux release
# (x86_64-unknown-linux-musl, or the target given) twice, from two copies of the committed tree
# at different paths into two fresh target folders, with the same SOURCE_DATE_EPOCH and every
# build path remapped, then compares the two binaries byte for byte.
#
#   scripts/reproducible.sh [TARGET]
#
# Exit 0 and "reproducible: SHA256" when the bytes match; exit 1 and both digests when not.
# Needs: git, the Rust toolchain (the target is added with rustup), a C compiler for the target
# (ring builds C; on Debian, musl-tools for musl).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-x86_64-unknown-linux-musl}
rustup target add "$target" >/dev/null
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
digests=()
for n in 1 2; do
  src=$work/copy-$n/timpush
  mkdir -p "$src"
  git archive HEAD | tar -x -C "$src"
  (
    cd "$src"
    RUSTFLAGS="--remap-path-prefix=$src=/build/timpush --remap-path-prefix=$cargo_home=/cargo" \
      CARGO_TARGET_DIR="$work/target-$n" \
      cargo build --release --locked --target "$target" --quiet
  )
  digests+=("$(sha256sum "$work/target-$n/$target/release/timpush" | cut -d' ' -f1)")
  echo "build $n: ${digests[-1]}  ($(stat -c %s "$work/target-$n/$target/release/timpush") bytes)"
done
if [ "${digests[0]}" = "${digests[1]}" ]; then
  echo "reproducible: ${digests[0]} (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH, $target)"
else
  echo "not reproducible: the two builds differ" >&2
  exit 1
fi
