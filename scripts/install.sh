#!/bin/sh
# Installs a released timpush binary: downloads {base}/v{version}/timpush-{target}.tar.xz and its
# .sha256, refuses a mismatch, and puts the binary in the install folder. Nothing is installed on
# any failure. Used by action.yml; runs on its own too:
#
#   TIMPUSH_VERSION=0.1.0 sh scripts/install.sh
#
# Environment:
#   TIMPUSH_VERSION        the version to install (0.1.0 or v0.1.0); "latest" or unset: the latest
#   TIMPUSH_SHA256         the archive's expected SHA-256; checked besides the published .sha256
#   TIMPUSH_DOWNLOAD_BASE  where releases are [default: https://github.com/timpush/timpush/releases/download]
#   TIMPUSH_INSTALL_DIR    where the binary goes [default: $HOME/.local/bin]
#   TIMPUSH_TARGET         the target triple [default: this machine's]
#   GITHUB_PATH            when set (GitHub Actions), the install folder is added to it
set -eu

say() { printf 'timpush-install: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

base=${TIMPUSH_DOWNLOAD_BASE:-https://github.com/timpush/timpush/releases/download}
base=${base%/}
version=${TIMPUSH_VERSION:-latest}
install_dir=${TIMPUSH_INSTALL_DIR:-${HOME:?HOME is not set}/.local/bin}

target=${TIMPUSH_TARGET:-}
if [ -z "$target" ]; then
  case "$(uname -s)" in
    Linux) os=unknown-linux-musl ;;
    Darwin) os=apple-darwin ;;
    *) fail "no prebuilt timpush for $(uname -s); build it with: cargo install timpush" ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) fail "no prebuilt timpush for $(uname -m); build it with: cargo install timpush" ;;
  esac
  target=$arch-$os
fi

archive=timpush-$target.tar.xz
case "$version" in
  latest | "") url=${base%/download}/latest/download/$archive; shown=latest ;;
  v*) url=$base/$version/$archive; shown=$version ;;
  *) url=$base/v$version/$archive; shown=v$version ;;
esac

if command -v curl >/dev/null 2>&1; then
  fetch() { curl -fsSL --proto '=https,http' -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget -q -O "$2" "$1"; }
else
  fail "curl or wget is needed to download timpush"
fi
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d' ' -f1; }
else
  fail "sha256sum or shasum is needed to check the download"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

say "downloading timpush $shown for $target"
fetch "$url" "$tmp/$archive" ||
  fail "timpush $shown has no archive for $target at $url (is the version right? releases: ${base%/download})"
fetch "$url.sha256" "$tmp/$archive.sha256" ||
  fail "timpush $shown has no checksum file at $url.sha256; refusing to install an unchecked archive"

have=$(sha256 "$tmp/$archive")
published=$(cut -d' ' -f1 <"$tmp/$archive.sha256" | tr 'A-F' 'a-f')
[ "$have" = "$published" ] ||
  fail "the archive's SHA-256 is $have, but its published .sha256 says $published; nothing was installed"
if [ -n "${TIMPUSH_SHA256:-}" ]; then
  want=$(printf '%s' "$TIMPUSH_SHA256" | tr 'A-F' 'a-f')
  [ "$have" = "$want" ] ||
    fail "the archive's SHA-256 is $have, but $want was expected (the sha256 input); nothing was installed"
fi

tar -xJf "$tmp/$archive" -C "$tmp" || fail "the archive $archive could not be unpacked; nothing was installed"
bin=$tmp/timpush-$target/timpush
[ -f "$bin" ] || fail "the archive $archive holds no timpush-$target/timpush; nothing was installed"

mkdir -p "$install_dir"
# Copied beside the old one, then renamed over it: a failure never leaves half a binary.
cp "$bin" "$install_dir/.timpush.new.$$"
chmod 755 "$install_dir/.timpush.new.$$"
mv -f "$install_dir/.timpush.new.$$" "$install_dir/timpush"
say "installed $("$install_dir/timpush" --version) in $install_dir"
if [ -n "${GITHUB_PATH:-}" ]; then
  printf '%s\n' "$install_dir" >>"$GITHUB_PATH"
fi
