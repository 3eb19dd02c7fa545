#!/usr/bin/env bash
# The lints that need tools .ci/run does not have, runnable here as in the CI workflow:
#   - zizmor on the workflows and the Action (installed from PyPI when missing)
#   - cargo deny check licenses bans sources, by deny.toml (installed with cargo when missing)
#   - the tests checked for Windows: cargo check --tests --target x86_64-pc-windows-gnu
#     (the target with rustup, its C compiler from Debian's gcc-mingw-w64-x86-64)
#   - the client-only build checked: cargo check --no-default-features
#   - the Windows release build run for real under Wine: scripts/wine.sh
#
#   scripts/lint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v zizmor >/dev/null; then
  python3 -m pip install -q zizmor
fi
zizmor --offline .github/workflows/ action.yml
if ! command -v cargo-deny >/dev/null; then
  cargo install --locked -q cargo-deny
fi
cargo deny check licenses bans sources
rustup target add x86_64-pc-windows-gnu >/dev/null
if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq gcc-mingw-w64-x86-64 >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq gcc-mingw-w64-x86-64 >/dev/null
  fi
fi
cargo check --locked --tests --target x86_64-pc-windows-gnu
cargo check --locked --no-default-features --all-targets
bash scripts/wine.sh
echo "lint: all clean"
