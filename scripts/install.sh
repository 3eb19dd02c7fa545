#!/bin/sh
# Installs a released timpush binary: downloads {base}/v{version}/timpush-{target}.tar.xz, its
# .sha256 and its minisign signature (.sig), checks them, runs the new binary once, and only
# then puts it in the install folder. On any failure nothing is installed and a timpush already
# there is kept. Used by action.yml; runs on its own too:
#
#   TIMPUSH_VERSION=0.1.0 sh scripts/install.sh
#
# Environment:
#   TIMPUSH_VERSION        latest (the default), or a version: 0.1.0, v0.1.0, 1.2.0-rc.1
#   TIMPUSH_SHA256         the archive's expected SHA-256; checked besides the published .sha256
#   TIMPUSH_VERIFY         how the archive's origin is checked [default: auto]:
#                            minisign     its .sig against the timpush release key (needs minisign)
#                            attestation  its GitHub artifact attestation (needs gh, on a runner)
#                            auto         minisign where it is installed, else attestation on a
#                                         GitHub runner with gh, else the checksum alone (said)
#                            checksum     the published .sha256 alone (integrity, not origin)
#   TIMPUSH_DOWNLOAD_BASE  where releases are [default: https://github.com/timpush/timpush/releases/download]
#                          https:// only; http:// only for a loopback test server
#   TIMPUSH_INSTALL_DIR    where the binary goes [default: $HOME/.local/bin]
#   TIMPUSH_TARGET         the target triple [default: this machine's]
#   TIMPUSH_REPO           the repository attestations name [default: timpush/timpush]
#   TIMPUSH_MINISIGN_PUBKEY  the release key [default: the one below, as in Cargo.toml]
#   GITHUB_PATH            when set (GitHub Actions), the install folder is added to it
set -eu

# The public half of the timpush release key; the same as Cargo.toml's
# [package.metadata.binstall.signing] pubkey (a test keeps them equal).
RELEASE_PUBKEY=RWS7oDB61x3VbpFDQHI8J6RhQoNww7SoBsDoGgPwAnuzKso9dmrXG0GG

say() { printf 'timpush-install: %s\n' "$*" >&2; }
kept=""
fail() {
  say "error: $*"
  say "nothing was installed$kept"
  exit 1
}

base=${TIMPUSH_DOWNLOAD_BASE:-https://github.com/timpush/timpush/releases/download}
base=${base%/}
version=${TIMPUSH_VERSION:-latest}
install_dir=${TIMPUSH_INSTALL_DIR:-${HOME:?HOME is not set}/.local/bin}
verify=${TIMPUSH_VERIFY:-auto}
repo=${TIMPUSH_REPO:-timpush/timpush}
pubkey=${TIMPUSH_MINISIGN_PUBKEY:-$RELEASE_PUBKEY}
[ -x "$install_dir/timpush" ] && kept=" (the timpush in $install_dir is kept)"

# Only `latest` or a semantic version: anything else could climb out of the release folder.
case "$version" in
  latest) ;;
  *)
    printf '%s\n' "$version" | grep -Eq '^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z]+(\.[0-9A-Za-z]+)*)?$' ||
      fail "TIMPUSH_VERSION must be latest or a version such as 0.1.0 or v1.2.0-rc.1, not \"$version\""
    ;;
esac
case "$verify" in
  auto | minisign | attestation | checksum) ;;
  *) fail "TIMPUSH_VERIFY must be auto, minisign, attestation or checksum, not \"$verify\"" ;;
esac

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
case "$target" in
  x86_64-unknown-linux-musl | aarch64-unknown-linux-musl | x86_64-apple-darwin | aarch64-apple-darwin) ;;
  *) fail "no prebuilt timpush for target \"$target\": the targets are x86_64-unknown-linux-musl, aarch64-unknown-linux-musl, x86_64-apple-darwin and aarch64-apple-darwin" ;;
esac

# Plain HTTP only for a loopback server (the test's); everywhere else HTTPS, redirects included.
case "$base" in
  https://*) proto='=https' ;;
  http://127.0.0.1:* | http://127.0.0.1/* | http://localhost:* | http://localhost/* | "http://[::1]:"* | "http://[::1]/"*) proto='=http' ;;
  *) fail "TIMPUSH_DOWNLOAD_BASE must start with https:// (http:// only for a loopback server), not \"$base\"" ;;
esac

archive=timpush-$target.tar.xz
case "$version" in
  latest) url=${base%/download}/latest/download/$archive; shown=latest ;;
  v*) url=$base/$version/$archive; shown=$version ;;
  *) url=$base/v$version/$archive; shown=v$version ;;
esac

if command -v curl >/dev/null 2>&1; then
  get() { exec curl -fsL --proto "$proto" --proto-redir "$proto" -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  if [ "$proto" = '=https' ]; then
    get() { exec wget -q --https-only -O "$2" "$1"; }
  else
    get() { exec wget -q -O "$2" "$1"; }
  fi
else
  fail "curl or wget is needed to download timpush"
fi
# Each download runs in the background and is waited for, so that Ctrl-C or SIGTERM is acted
# on at once (a shell runs its traps only when the command in the foreground ends) and the
# download is stopped with the installer (`get` execs the downloader, so the background job is
# the download itself).
child=""
fetch() {
  get "$1" "$2" &
  child=$!
  status=0
  wait "$child" || status=$?
  child=""
  return "$status"
}
if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d' ' -f1; }
else
  fail "sha256sum or shasum is needed to check the download"
fi

if [ "$verify" = auto ]; then
  if command -v minisign >/dev/null 2>&1; then
    verify=minisign
  elif [ "${GITHUB_ACTIONS:-}" = true ] && command -v gh >/dev/null 2>&1; then
    verify=attestation
  else
    verify=checksum
  fi
fi

tmp=$(mktemp -d)
new=""
cleanup() {
  if [ -n "$child" ]; then
    kill "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  if [ -n "$new" ]; then rm -f "$new"; fi
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; say "interrupted; nothing was installed$kept"; exit 130' INT
trap 'cleanup; trap - EXIT; say "stopped; nothing was installed$kept"; exit 143' TERM

say "downloading timpush $shown for $target"
fetch "$url" "$tmp/$archive" ||
  fail "timpush $shown has no archive for $target at $url (is the version right? releases: ${base%/download})"
fetch "$url.sha256" "$tmp/$archive.sha256" ||
  fail "timpush $shown has no checksum file at $url.sha256; refusing to install an unchecked archive"

have=$(sha256 "$tmp/$archive")
published=$(cut -d' ' -f1 <"$tmp/$archive.sha256" | tr 'A-F' 'a-f')
[ "$have" = "$published" ] ||
  fail "the archive's SHA-256 is $have, but its published .sha256 says $published"
if [ -n "${TIMPUSH_SHA256:-}" ]; then
  want=$(printf '%s' "$TIMPUSH_SHA256" | tr 'A-F' 'a-f')
  [ "$have" = "$want" ] ||
    fail "the archive's SHA-256 is $have, but $want was expected (the sha256 input)"
fi

case "$verify" in
  minisign)
    command -v minisign >/dev/null 2>&1 || fail "TIMPUSH_VERIFY=minisign, but minisign is not installed"
    fetch "$url.sig" "$tmp/$archive.sig" ||
      fail "timpush $shown has no signature at $url.sig; refusing to install an unsigned archive"
    minisign -Vm "$tmp/$archive" -x "$tmp/$archive.sig" -P "$pubkey" -q >/dev/null 2>&1 ||
      fail "the archive's signature ($url.sig) does not verify with the timpush release key $pubkey"
    checked="its minisign signature (the timpush release key)"
    ;;
  attestation)
    command -v gh >/dev/null 2>&1 || fail "TIMPUSH_VERIFY=attestation, but the GitHub CLI (gh) is not installed"
    gh attestation verify "$tmp/$archive" --repo "$repo" >/dev/null 2>&1 ||
      fail "the archive has no valid GitHub artifact attestation from $repo (gh attestation verify)"
    checked="its GitHub artifact attestation (built by $repo's release workflow)"
    ;;
  checksum)
    say "note: no minisign here, so only the published SHA-256 was checked: that proves the download is whole, not who made it (install minisign, or set TIMPUSH_VERIFY=attestation on a GitHub runner)"
    checked="its published SHA-256"
    ;;
esac

tar -xJf "$tmp/$archive" -C "$tmp" || fail "the archive $archive could not be unpacked"
bin=$tmp/timpush-$target/timpush
[ -f "$bin" ] || fail "the archive $archive holds no timpush-$target/timpush"
# The new binary must run here before it replaces anything.
chmod 755 "$bin"
new_version=$("$bin" --version 2>/dev/null) ||
  fail "the new binary does not run on this machine (a wrong target, $target, or a broken archive)"

mkdir -p "$install_dir" || fail "the install folder $install_dir cannot be made"
# Copied beside the old one, then renamed over it: a failure never leaves half a binary.
new="$install_dir/.timpush.new.$$"
cp "$bin" "$new" || fail "the binary could not be copied into $install_dir (is the disk full?)"
chmod 755 "$new" || fail "the copy in $install_dir could not be made executable"
mv -f "$new" "$install_dir/timpush" || fail "the binary could not be moved into place in $install_dir"
new=""
say "installed $new_version in $install_dir, checked by $checked"
if [ -n "${GITHUB_PATH:-}" ]; then
  printf '%s\n' "$install_dir" >>"$GITHUB_PATH"
fi
