#!/usr/bin/env bash
# Makes a new minisign key pair for signing releases and puts its public half where it is read:
# Cargo.toml ([package.metadata.binstall.signing], for cargo binstall) and scripts/install.sh
# (for the installer and the GitHub Action). The secret half is printed once, for the
# repository's MINISIGN_SECRET_KEY secret (the release workflow signs with it); keep no other copy.
#
#   scripts/release-key.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v minisign >/dev/null || { echo "minisign is needed (apt-get install minisign)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
minisign -G -W -p "$work/key.pub" -s "$work/key.sec" >/dev/null
new=$(tail -n1 "$work/key.pub")
old=$(sed -n 's/^RELEASE_PUBKEY=//p' scripts/install.sh)
sed -i "s|$old|$new|" scripts/install.sh Cargo.toml
echo "the release key is now $new (Cargo.toml, scripts/install.sh)" >&2
echo "store this as the repository secret MINISIGN_SECRET_KEY:" >&2
cat "$work/key.sec"
