#!/usr/bin/env bash
# The Windows release build, run for real under Wine against its own emulator (also the Windows
# build, under Wine) on loopback: a config file and profile written by config init, key files
# as they are checked there, revoke, push, batch, the journal, pacing between two processes,
# Ctrl-C and -o json. Each step's exit status and output are checked; the first that differs
# stops the script with what it saw. Then the tests that run on Windows, under Wine.
#
#   scripts/wine.sh          (run by scripts/lint.sh)
#
# Installs what it needs when missing: Wine and the MinGW C compiler from Debian's packages,
# the Rust target with rustup. Wine 8 lacks bcryptprimitives.dll, which Rust's standard library
# uses for random bytes on Windows 10 and later; scripts/wine/bcryptprimitives.c stands in for
# it beside the binary, for this run only.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
if [ ${#need[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1
cargo build --release --locked -q --target x86_64-pc-windows-gnu

work=$(mktemp -d)
emulator_pid=
cleanup() {
  [ -z "$emulator_pid" ] || kill "$emulator_pid" 2>/dev/null || true
  WINEPREFIX=$work/prefix wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp target/x86_64-pc-windows-gnu/release/timpush.exe "$work/"
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" scripts/wine/bcryptprimitives.c -ladvapi32
export WINEPREFIX=$work/prefix WINEDEBUG=-all
wineboot -i >/dev/null 2>&1
# Nothing of this machine's timpush settings reaches the run.
for v in $(env | sed -n 's/^\(TIMPUSH_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done
unset HTTPS_PROXY HTTP_PROXY ALL_PROXY https_proxy http_proxy all_proxy

tp() { wine "$work/timpush.exe" "$@"; }
steps=0
# expect STATUS NAME COMMAND...: runs COMMAND (stdout and stderr kept), checks its status.
expect() {
  local want=$1 name=$2 got=0
  shift 2
  "$@" >"$work/out" 2>"$work/err" </dev/null || got=$?
  tr -d '\r' <"$work/out" >"$work/out.txt"
  tr -d '\r' <"$work/err" >"$work/err.txt"
  if [ "$got" != "$want" ]; then
    echo "wine: $name: exit $got, expected $want" >&2
    echo "--- stdout" >&2; cat "$work/out.txt" >&2
    echo "--- stderr" >&2; cat "$work/err.txt" >&2
    exit 1
  fi
  steps=$((steps + 1))
}
# same FILE TEXT: the whole of stdout (out) or stderr (err) is TEXT.
same() {
  local got
  got=$(cat "$work/$1.txt")
  if [ "$got" != "$2" ]; then
    echo "wine: step $steps: $1 differs" >&2
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$got") >&2 || true
    exit 1
  fi
}
# has FILE TEXT: stdout or stderr holds TEXT.
has() {
  if ! grep -qF -- "$2" "$work/$1.txt"; then
    echo "wine: step $steps: $1 does not hold: $2" >&2
    cat "$work/$1.txt" >&2
    exit 1
  fi
}

key=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
export TIMPUSH_EMULATOR_SECRET_KEY=$key
wine "$work/timpush.exe" emulator --listen 127.0.0.1:0 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do
  [ -s "$work/emulator.out" ] && break
  sleep 0.1
done
url=$(head -n1 "$work/emulator.out" | tr -d '\r')
case $url in http://127.0.0.1:*) ;; *) echo "wine: the emulator did not start: $(cat "$work/emulator.err")" >&2; exit 1 ;; esac
unset TIMPUSH_EMULATOR_SECRET_KEY
new_task() {
  curl -sf -X POST -H 'Content-Type: application/json' "$url/_emulator/tasks" -d '{}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["TaskId"])'
}

# A profile, written by config init from standard input, where Windows keeps it.
expect 0 "config path" tp config path
config=$(cat "$work/out.txt")
case $config in 'C:\users\'*'\AppData\Roaming\timpush\config\config.toml') ;; *) echo "wine: config path $config" >&2; exit 1 ;; esac
has err "chosen by default (the user's roaming AppData folder)"
printf '%s\r\n' "$key" >"$work/key.txt"
expect 0 "config init" sh -c "wine '$work/timpush.exe' -p emu --endpoint '$url' --sdkappid 1400000000 config init --secret-key-stdin <'$work/key.txt'"
keyfile=${config%config.toml}emu.key
same err "timpush: note: stored the secret key in $keyfile
timpush: note: wrote profile \"emu\" in $config; check it with: timpush -p emu doctor"
expect 0 "doctor" tp -p emu doctor
has out "✓ service    the SDKAppID, endpoint, identifier and UserSig are accepted"
expect 0 "config show" tp -p emu config show -o json
python3 - "$work/out.txt" "$keyfile" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))
assert v["journal"]["value"] is None and v["problems"] == [], v
assert v["credential"]["source"].startswith("secret key from file " + sys.argv[2]), v["credential"]
PY
expect 0 "config show (text)" tp -p emu config show
has out '\AppData\Local\timpush\data\journal.db'

# Key files as they are checked here: no modes on Windows; a file that is not there, or is
# empty, is refused before anything is sent; a key with a CR LF ending is read without it.
export TIMPUSH_ENDPOINT=$url TIMPUSH_SDKAPPID=1400000000
cat >"$work/files.toml" <<TOML
[profiles.missing]
secret_key_file = "Z:$work/none.key"
[profiles.empty]
secret_key_file = "Z:$work/empty.key"
[profiles.crlf]
secret_key_file = "Z:$work/key.txt"
TOML
: >"$work/empty.key"
task=$(new_task)
expect 3 "a key file that is not there" tp -c "Z:$work/files.toml" -p missing revoke --task-id "$task"
has err "cannot read secret key file"
expect 3 "an empty key file" tp -c "Z:$work/files.toml" -p empty revoke --task-id "$task"
has err "empty"
expect 0 "a key file with CR LF" tp -c "Z:$work/files.toml" -p crlf revoke --task-id "$task"
same out "recalled $task"

# revoke, push and batch, in text and JSON; the journal has each.
task=$(new_task)
expect 0 "revoke" tp -p emu revoke --task-id "$task" --title Correction --desc "Please ignore"
same out "recalled $task"
expect 0 "revoke again (-o json)" tp -p emu revoke --task-id "$task" -o json
python3 - "$work/out.txt" "$task" <<'PY'
import json, sys
v = json.loads(open(sys.argv[1]).read())
assert (v["TaskId"], v["outcome"], v["ErrorCode"], v["exit_code"]) == (sys.argv[2], "already_revoked", 90050, 0), v
PY
expect 0 "push" tp -p emu push --tag vip --title Sale --desc "Today only"
pushed=$(cat "$work/out.txt")
same err "timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to users with all of tags: vip, on app emu (1400000000)
timpush: note: to recall it: timpush --profile emu revoke --task-id $pushed"
expect 5 "the same push again" tp -p emu push --tag vip --title Sale --desc "Today only"
has err "an identical push was sent"
expect 0 "batch (-o json)" tp -p emu batch --to alice --to bob --title Sale --desc "Today only" -o json
python3 - "$work/out.txt" <<'PY'
import json, sys
v = json.loads(open(sys.argv[1]).read())
assert v["outcome"] == "pushed" and v["accounts"] == 2 and v["TaskId"].startswith("batch_"), v
PY
expect 0 "log" tp -p emu log -o json
python3 - "$work/out.txt" "$pushed" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
commands = [(l["command"], l["outcome"]) for l in lines]
assert ("push", "pushed") in commands and ("batch", "pushed") in commands, commands
assert ("revoke", "revoked") in commands and ("revoke", "already_revoked") in commands, commands
assert any(l.get("TaskId") == sys.argv[2] for l in lines), lines
PY

# Pacing between two processes: two recalls at once against the emulator's limit of one a
# second per app; neither is throttled.
a=$(new_task)
b=$(new_task)
before=$(curl -sf "$url/_emulator/state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["throttled"])')
wine "$work/timpush.exe" -p emu revoke --task-id "$a" --max-attempts 1 >"$work/a.out" 2>&1 &
pa=$!
wine "$work/timpush.exe" -p emu revoke --task-id "$b" --max-attempts 1 >"$work/b.out" 2>&1 &
pb=$!
ra=0; rb=0
wait "$pa" || ra=$?
wait "$pb" || rb=$?
after=$(curl -sf "$url/_emulator/state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["throttled"])')
if [ "$ra$rb" != 00 ] || [ "$before" != "$after" ]; then
  echo "wine: two processes at once: exits $ra $rb, throttled $before -> $after" >&2
  cat "$work/a.out" "$work/b.out" >&2
  exit 1
fi
steps=$((steps + 1))

# Ctrl-C: the call that is out finishes and is reported, the next is not attempted, exit 130.
a=$(new_task)
b=$(new_task)
calls() { curl -sf "$url/_emulator/state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["calls"])'; }
curl -sf -X POST -H 'Content-Type: application/json' "$url/_emulator/faults" -d '{"faults": ["stall:3"]}' >/dev/null
before=$(calls)
wine "$work/timpush.exe" -p emu revoke --task-id "$a" --task-id "$b" -o json >"$work/c.out" 2>"$work/c.err" &
pc=$!
for _ in $(seq 100); do
  [ "$(calls)" -gt "$before" ] && break
  sleep 0.1
done
kill -INT "$pc"
rc=0
wait "$pc" || rc=$?
tr -d '\r' <"$work/c.out" >"$work/out.txt"
tr -d '\r' <"$work/c.err" >"$work/err.txt"
python3 - "$work/out.txt" "$a" "$b" "$rc" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
got = [(l["TaskId"], l["outcome"]) for l in lines]
assert sys.argv[4] == "130", f"exit {sys.argv[4]}: {got}"
assert got == [(sys.argv[2], "revoked"), (sys.argv[3], "not_attempted")], got
PY
has err "timpush: interrupted: waiting for the call that is out to end, then stopping"
steps=$((steps + 1))

# The tests that run on Windows (as the windows-latest job runs them), here under Wine: the
# unit tests and the command lines in process.
mkdir -p target/x86_64-pc-windows-gnu/debug/deps
cp "$work/bcryptprimitives.dll" target/x86_64-pc-windows-gnu/debug/deps/
CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine cargo test --locked -q --target x86_64-pc-windows-gnu --lib >"$work/tests.txt" 2>&1 || {
  tail -n 60 "$work/tests.txt" >&2
  echo "wine: the tests failed under Wine" >&2
  exit 1
}
grep '^test result' "$work/tests.txt"

echo "wine: all $steps steps passed (timpush.exe under $(wine --version)), and the tests"
